//! Comparing reports: a target matrix across docs, each year's targets against what the next
//! year's report says was achieved, and what changed between two reports.
//!
//! ```
//! let a = zhibiao::analyze("2024年主要预期目标是：地区生产总值增长5%左右。");
//! let b = zhibiao::analyze("2025年主要预期目标是：地区生产总值增长5%以上。");
//! let cmp = zhibiao::compare::compare(&[a, b]);
//! assert_eq!(cmp.docs.len(), 2);
//! ```
//!
//! Every row names the statements it rests on by [`Location`] (input, doc, byte span);
//! [`Comparison::map_locations`] turns them into what a front end needs (file and code points
//! for the CLI, UTF-16 offsets for JavaScript).
//!
//! Docs are matched by region ([`identity::same_region`]: 湖北省 is 湖北) and compatible levels;
//! figures by period ([`identity::record_period`]): a report of year N reviews year N−1.

pub mod attainment;
pub mod diff;
pub mod figure;
pub mod identity;
mod matching;
pub mod matrix;
pub mod panel;
mod rules;
#[cfg(test)]
mod testing;

pub use attainment::{Attainment, Progress, Stage, Status};
pub use diff::{Change, Diff, DiffRow};
pub use figure::{Family, Figure};
pub use identity::{region_key, same_region};
pub use matrix::{Cell, Matrix, MatrixRow};

use crate::{Analysis, Doc, Level, Span};
use serde::{Deserialize, Serialize};

/// Where a statement stands: which input, which doc of it, which bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Location {
    /// Index of the analysis among the inputs.
    pub input: usize,
    /// Index of the doc in that analysis.
    pub doc: usize,
    /// Byte span in that input's text.
    pub span: Span,
}

/// Metadata the caller supplies for an input whose report lacks it (or states it wrongly).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Overrides {
    /// The region.
    #[serde(default)]
    pub region: Option<String>,
    /// The level.
    #[serde(default)]
    pub level: Option<Level>,
    /// The year the report was given in.
    #[serde(default)]
    pub year: Option<i32>,
}

/// One input: an analysis and the caller's overrides for its docs.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// What [`crate::analyze`] returned for one text.
    pub analysis: &'a Analysis,
    /// Applied to every doc of the analysis.
    pub overrides: &'a Overrides,
}

/// Tolerances of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Options {
    /// How far a rate may lie from a 左右 / 约 / 近 (or bare) target and still meet it, in
    /// percentage points. Default 0.3: 6%左右 is met by 5.7% to 6.3%.
    pub about_points: f64,
    /// The same for levels, in per cent of the target. Default 2: 1000亿元左右 is met by 980 to 1020.
    pub about_percent: f64,
    /// Share of an annual level target a half-year figure must reach to be on schedule
    /// (时间过半、任务过半), in per cent. Default 50.
    pub half_year_share: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            about_points: 0.3,
            about_percent: 2.0,
            half_year_share: 50.0,
        }
    }
}

/// A doc as compared: its place and the metadata in force (the caller's over the report's).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocInfo {
    /// Index of the analysis among the inputs.
    pub input: usize,
    /// Index of the doc in that analysis.
    pub doc: usize,
    /// Region and year, as [`Doc::label`] writes them.
    pub label: String,
    /// The region.
    pub region: Option<String>,
    /// The level.
    pub level: Option<Level>,
    /// The year the report was given in.
    pub year: Option<i32>,
    /// A mid-year report.
    pub half_year: bool,
}

/// Everything compare finds, its rows pointing at statements by `L` (a [`Location`] by default).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison<L = Location> {
    /// The docs compared, in input order; rows name them by index into this list.
    pub docs: Vec<DocInfo>,
    /// Canonical indicator × doc.
    pub matrix: Matrix<L>,
    /// Targets against achieved figures.
    pub attainment: Vec<Attainment<L>>,
    /// Progress statements as the reports give them.
    pub progress: Vec<Progress<L>>,
    /// Changes of targets from one report to the next of the same region (or between the two
    /// docs, when exactly two are compared).
    pub diffs: Vec<Diff<L>>,
}

impl<L> Comparison<L> {
    /// The same comparison with every location converted by `f`.
    pub fn map_locations<M>(self, mut f: impl FnMut(L) -> M) -> Comparison<M> {
        Comparison {
            docs: self.docs,
            matrix: self.matrix.map_locations(&mut f),
            attainment: self
                .attainment
                .into_iter()
                .map(|a| a.map_locations(&mut f))
                .collect(),
            progress: self
                .progress
                .into_iter()
                .map(|p| p.map_locations(&mut f))
                .collect(),
            diffs: self
                .diffs
                .into_iter()
                .map(|d| d.map_locations(&mut f))
                .collect(),
        }
    }
}

/// A doc with the metadata in force, as the parts of compare see it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct View<'a> {
    pub index: usize,
    pub input: usize,
    pub doc_index: usize,
    pub doc: &'a Doc,
    pub info: &'a DocInfo,
    /// [`region_key`] of the region, computed once.
    pub key: Option<&'a str>,
}

impl View<'_> {
    /// The location of a span of this doc.
    pub fn at(&self, span: Span) -> Location {
        Location {
            input: self.input,
            doc: self.doc_index,
            span,
        }
    }

    /// True when both docs speak of the same government.
    pub fn same_government(&self, other: &View) -> bool {
        match (self.key, other.key) {
            (Some(a), Some(b)) => {
                a == b && identity::levels_agree(self.info.level, other.info.level, a)
            }
            // Without a region on either side the caller compares one government's reports.
            (None, None) => identity::levels_agree(self.info.level, other.info.level, ""),
            _ => false,
        }
    }
}

/// Compares the docs of any number of analyses with the metadata they detected.
pub fn compare(analyses: &[Analysis]) -> Comparison {
    let none = Overrides::default();
    let inputs: Vec<Input> = analyses
        .iter()
        .map(|analysis| Input {
            analysis,
            overrides: &none,
        })
        .collect();
    compare_inputs(&inputs, &Options::default())
}

/// Compares the docs of the inputs, with the caller's metadata and tolerances.
pub fn compare_inputs(inputs: &[Input], options: &Options) -> Comparison {
    let infos = doc_infos(inputs);
    let keys: Vec<Option<String>> = infos
        .iter()
        .map(|(_, info)| info.region.as_deref().map(region_key))
        .collect();
    let views: Vec<View> = infos
        .iter()
        .zip(&keys)
        .enumerate()
        .map(|(index, ((doc, info), key))| View {
            index,
            input: info.input,
            doc_index: info.doc,
            doc,
            info,
            key: key.as_deref(),
        })
        .collect();
    Comparison {
        matrix: matrix::build(&views),
        attainment: attainment::attainment(&views, options),
        progress: attainment::progress(&views),
        diffs: diff::diffs(&views),
        docs: infos.iter().map(|(_, info)| info.clone()).collect(),
    }
}

/// Every doc of the inputs with the metadata in force (the caller's over the report's).
pub(crate) fn doc_infos<'a>(inputs: &[Input<'a>]) -> Vec<(&'a Doc, DocInfo)> {
    let mut infos = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        for (d, doc) in input.analysis.docs.iter().enumerate() {
            let o = input.overrides;
            let mut meta = doc.meta.clone();
            meta.region = o.region.clone().or(meta.region);
            meta.level = o.level.or(meta.level);
            meta.year = o.year.or(meta.year);
            let label = Doc {
                span: doc.span,
                meta: meta.clone(),
                records: Vec::new(),
            }
            .label();
            infos.push((
                doc,
                DocInfo {
                    input: i,
                    doc: d,
                    label,
                    region: meta.region,
                    level: meta.level,
                    year: meta.year,
                    half_year: meta.half_year,
                },
            ));
        }
    }
    infos
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;
    use crate::Kind::{Actual, Progress as ProgressKind, Target};
    use crate::Qualifier::*;
    use crate::{Measure, Record};

    fn row<'c>(c: &'c Comparison, canonical: &str, stage: Stage) -> &'c Attainment {
        c.attainment
            .iter()
            .find(|a| a.canonical == canonical && a.stage == stage)
            .unwrap()
    }

    /// A province's 2023 report (targets for 2023) and 2024 report (figures for 2023).
    fn chain() -> Vec<Analysis> {
        vec![
            analysis(
                Some("湖北省"),
                Some(Level::Province),
                Some(2023),
                false,
                vec![
                    rec(Actual, "gdp", "增长", 4.3, "%", None),
                    rec(Target, "gdp", "增长", 6.5, "%", Some(About)).headline(),
                    rec(
                        Target,
                        "public_budget_revenue",
                        "增长",
                        8.0,
                        "%",
                        Some(AtLeast),
                    )
                    .headline(),
                    rec(Target, "cpi", "", 3.0, "%", Some(About)).headline(),
                    rec(Target, "disposable_income", "同步", 0.0, "", None)
                        .no_value()
                        .headline(),
                    rec(Target, "fixed_asset_investment", "增长", 10.0, "%", None).headline(),
                ],
            ),
            analysis(
                Some("湖北"),
                Some(Level::Province),
                Some(2024),
                false,
                vec![
                    // Neither an undated figure nor an average over years stands for 2023.
                    rec(Actual, "gdp", "增长", 9.9, "%", None),
                    rec(Actual, "gdp", "年均增长", 7.5, "%", None).period("2023"),
                    // A share of another figure is a level, not the growth the target sets.
                    rec(Actual, "gdp", "提高到", 15.0, "%", None).period("2023"),
                    // The review of 2023.
                    rec(Actual, "gdp", "增长", 6.0, "%", None).period("2023"),
                    rec(Actual, "public_budget_revenue", "增长", 11.9, "%", None).period("2023"),
                    rec(Actual, "cpi", "上涨", 0.3, "%", None).period("2023"),
                    rec(Actual, "disposable_income", "增长", 6.8, "%", None).period("2023"),
                    rec(Actual, "fixed_asset_investment", "下降", 1.2, "%", None).period("2023"),
                    rec(Target, "gdp", "增长", 5.5, "%", Some(About)).headline(),
                    rec(
                        ProgressKind,
                        "public_budget_revenue",
                        "超过",
                        3.9,
                        "个百分点",
                        None,
                    ),
                ],
            ),
        ]
    }

    #[test]
    fn targets_of_a_year_against_the_next_report() {
        let c = compare(&chain());
        let gdp = row(&c, "gdp", Stage::Annual);
        assert_eq!(
            (gdp.year, gdp.status, gdp.gap),
            (Some(2023), Status::Missed, Some(-0.5))
        );
        assert_eq!(gdp.actual.as_ref().unwrap().value, Some(6.0));
        assert_eq!((gdp.target_doc, gdp.actual_doc), (0, Some(1)));
        assert_eq!(gdp.actual_at.unwrap().input, 1);
        assert_eq!(gdp.gap_unit.as_deref(), Some("个百分点"));
        let revenue = row(&c, "public_budget_revenue", Stage::Annual);
        assert_eq!((revenue.status, revenue.gap), (Status::Exceeded, Some(3.9)));
        let cpi = row(&c, "cpi", Stage::Annual);
        assert_eq!((cpi.status, cpi.gap), (Status::Met, Some(-2.7)));
        let income = row(&c, "disposable_income", Stage::Annual);
        assert_eq!((income.status, income.gap), (Status::Exceeded, Some(0.8)));
        assert_eq!(income.reference.as_ref().unwrap().value, Some(6.0));
        let fai = row(&c, "fixed_asset_investment", Stage::Annual);
        assert_eq!((fai.status, fai.gap), (Status::Missed, Some(-11.2)));
        // 2024's target has no figure yet; the 2022 figure in the 2023 report matches no target.
        let later = c.attainment.iter().find(|a| a.year == Some(2024)).unwrap();
        assert_eq!((later.status, later.actual_doc), (Status::Unknown, None));
        assert_eq!(c.attainment.len(), 6);
        assert_eq!(c.progress.len(), 1);
        assert_eq!(c.progress[0].statement.value, Some(3.9));
    }

    #[test]
    fn an_increment_is_not_set_against_a_level() {
        let measured = |r: Record, m: Measure| Record {
            measure: Some(m),
            ..r
        };
        let inputs = vec![
            analysis(
                Some("甲省"),
                Some(Level::Province),
                Some(2023),
                false,
                vec![measured(
                    rec(Target, "loans", "新增", 8000.0, "亿元", Some(AtLeast)).headline(),
                    Measure::Increment,
                )],
            ),
            analysis(
                Some("甲省"),
                Some(Level::Province),
                Some(2024),
                false,
                vec![
                    measured(
                        rec(Actual, "loans", "超过", 8.0, "万亿元", None).period("2023"),
                        Measure::Level,
                    ),
                    measured(
                        rec(Actual, "loans", "新增", 9000.0, "亿元", None).period("2023"),
                        Measure::Increment,
                    ),
                ],
            ),
        ];
        let c = compare(&inputs);
        let loans = row(&c, "loans", Stage::Annual);
        assert_eq!(
            loans.actual.as_ref().unwrap().value,
            Some(9000.0),
            "the new loans, not the balance"
        );
        assert_eq!(loans.status, Status::Exceeded);
        // Without the increment the balance is no figure to judge new loans by.
        let only_balance = vec![
            inputs[0].clone(),
            analysis(
                Some("甲省"),
                Some(Level::Province),
                Some(2024),
                false,
                vec![measured(
                    rec(Actual, "loans", "超过", 8.0, "万亿元", None).period("2023"),
                    Measure::Level,
                )],
            ),
        ];
        assert_eq!(
            row(&compare(&only_balance), "loans", Stage::Annual).status,
            Status::Unknown
        );
    }

    #[test]
    fn only_the_same_government() {
        let mut inputs = chain();
        inputs[1].docs[0].meta.region = Some("湖南省".into());
        let c = compare(&inputs);
        assert_eq!(row(&c, "gdp", Stage::Annual).status, Status::Unknown);
        // The caller's overrides put it right.
        let none = Overrides::default();
        let fix = Overrides {
            region: Some("湖北".into()),
            ..Overrides::default()
        };
        let c = compare_inputs(
            &[
                Input {
                    analysis: &inputs[0],
                    overrides: &none,
                },
                Input {
                    analysis: &inputs[1],
                    overrides: &fix,
                },
            ],
            &Options::default(),
        );
        assert_eq!(row(&c, "gdp", Stage::Annual).status, Status::Missed);
        assert_eq!(c.docs[1].region.as_deref(), Some("湖北"));
    }

    #[test]
    fn a_year_given_by_the_caller() {
        let mut inputs = chain();
        inputs[0].docs[0].meta.year = None;
        // Undated targets of a report of unknown year have no period to be held against.
        assert!(!compare(&inputs)
            .attainment
            .iter()
            .any(|a| a.year == Some(2023)));
        let none = Overrides::default();
        let year = Overrides {
            year: Some(2023),
            ..Overrides::default()
        };
        let c = compare_inputs(
            &[
                Input {
                    analysis: &inputs[0],
                    overrides: &year,
                },
                Input {
                    analysis: &inputs[1],
                    overrides: &none,
                },
            ],
            &Options::default(),
        );
        let gdp = c
            .attainment
            .iter()
            .find(|a| a.canonical == "gdp" && a.year == Some(2023))
            .unwrap();
        assert_eq!((gdp.status, gdp.gap), (Status::Missed, Some(-0.5)));
    }

    #[test]
    fn half_year_against_the_annual_target() {
        let mut inputs = chain();
        inputs.push(analysis(
            Some("湖北省"),
            Some(Level::Province),
            Some(2023),
            true,
            vec![
                rec(Actual, "gdp", "增长", 6.9, "%", None).period("2023H1"),
                // A mid-year report restating the annual target adds no second row.
                rec(Target, "gdp", "增长", 6.5, "%", Some(About)).headline(),
            ],
        ));
        let c = compare(&inputs);
        let h1 = row(&c, "gdp", Stage::HalfYear);
        assert_eq!(
            (h1.status, h1.gap, h1.actual_doc),
            (Status::Exceeded, Some(0.4), Some(2))
        );
        assert_eq!(
            h1.actual.as_ref().unwrap().period.as_deref(),
            Some("2023H1")
        );
        assert_eq!(
            c.attainment
                .iter()
                .filter(|a| a.canonical == "gdp" && a.year == Some(2023))
                .count(),
            2
        );
    }

    #[test]
    fn matrix_of_targets() {
        let c = compare(&chain());
        let gdp = &c.matrix.rows[0];
        assert_eq!((gdp.canonical.as_str(), gdp.family.label()), ("gdp", "%"));
        let values: Vec<Option<f64>> = gdp
            .cells
            .iter()
            .map(|c| c.as_ref().and_then(|c| c.target.value))
            .collect();
        assert_eq!(values, [Some(6.5), Some(5.5)]);
        assert_eq!(gdp.cells[0].as_ref().unwrap().target.qualifier, Some(About));
        let revenue = c
            .matrix
            .rows
            .iter()
            .find(|r| r.canonical == "public_budget_revenue")
            .unwrap();
        assert!(revenue.cells[1].is_none());
    }

    #[test]
    fn locations_map_and_rows_serialize() {
        let c = compare(&chain()).map_locations(|l| format!("{}:{}", l.input, l.span.start));
        let json = serde_json::to_value(&c).unwrap();
        let row = json["attainment"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["canonical"] == "gdp")
            .unwrap();
        for field in [
            "canonical",
            "region",
            "year",
            "target",
            "actual",
            "status",
            "gap",
            "target_at",
            "actual_at",
        ] {
            assert!(row.get(field).is_some(), "{field}");
        }
        assert_eq!(row["status"], "missed");
        assert_eq!(row["target"]["qualifier"], "左右");
        assert_eq!(row["target_at"], "0:20");
        assert_eq!(row["actual_at"], "1:60");
        assert_eq!(row["family"], "%");
        let back: Comparison<String> = serde_json::from_value(json).unwrap();
        assert_eq!(back, c);
    }
}
