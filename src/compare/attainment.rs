//! Targets against achieved figures.
//!
//! A target of year N (stated in the report of year N) is held against the figure for year N
//! that a report of the same government states, preferring the report that reviews year N
//! (the report of year N+1), and against the first-half figure of year N where a report gives
//! one. Only like is compared with like: same canonical id, same unit family
//! ([`super::figure::family`]), levels converted to one base unit.
//!
//! # The rules
//! Values are read in the direction the target is written: for a 下降 target (能耗下降3%) the
//! decline is the figure, so a decline of 3.5% is 3.5 against 3 and a rise of 0.5% is −0.5.
//!
//! | target | met | exceeded | missed |
//! |---|---|---|---|
//! | floor: 以上, 不低于, 超过 | actual ≥ value | actual > value + tolerance | actual < value |
//! | ceiling: 以内, 以下, 不超过 | actual ≤ value | — | actual > value |
//! | 左右, 约, 近, or a bare figure | within value ± tolerance | above the band | below the band |
//! | the same, for a lower-is-better goal (控制在…, CPI, unemployment) | actual ≤ value + tolerance | — | above the band |
//! | range a–b (bare) | a ≤ actual ≤ b | above b | below a |
//! | range a–b 左右 | within a − tolerance … b + tolerance | above | below |
//! | 与经济增长同步 (no figure) | the indicator's growth within GDP growth ± tolerance | faster | slower |
//!
//! Bounds are inclusive (以下 and 超过 too: reports do not distinguish). The tolerance is
//! [`Options::about_points`] for rates and [`Options::about_percent`] of the value for levels.
//! Other targets without a figure, and targets no figure is found for, are `unknown`.
//!
//! The gap is actual − target in percentage points for rates and points, and in per cent of the
//! target for levels; the target is the bound the rule tests (the nearer bound of a range, 0 inside
//! it). For a half-year level figure against an annual level target the figure is on schedule
//! (met) when it reaches [`Options::half_year_share`] of the target (时间过半、任务过半); the gap is
//! then relative to that share.

use super::figure::{self, Family, Figure};
use super::identity::{self, annual_year};
use super::matching::judge_target;
pub use super::rules::{Stage, Status};
use super::{Location, Options, View};
use crate::Kind;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One target against an achieved figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attainment<L = Location> {
    /// The canonical id.
    pub canonical: String,
    /// The unit family.
    pub family: Family,
    /// The region of the report that set the target.
    pub region: Option<String>,
    /// The year of the target.
    pub year: Option<i32>,
    /// Against the annual or the first-half figure.
    pub stage: Stage,
    /// The target.
    pub target: Figure,
    /// The achieved figure, where one was found.
    pub actual: Option<Figure>,
    /// For a goal set against another figure (与经济增长同步): that figure.
    pub reference: Option<Figure>,
    /// Met, missed, exceeded or unknown.
    pub status: Status,
    /// Actual − target: percentage points for rates, per cent of the target for levels.
    pub gap: Option<f64>,
    /// `个百分点` or `%`.
    pub gap_unit: Option<String>,
    /// For levels: the actual as a share of the target, in per cent.
    pub completion: Option<f64>,
    /// The rule applied, in words.
    pub rule: String,
    /// Index of the doc that set the target, in [`super::Comparison::docs`].
    pub target_doc: usize,
    /// Index of the doc that states the actual.
    pub actual_doc: Option<usize>,
    /// Where the target is stated.
    pub target_at: L,
    /// Where the actual is stated.
    pub actual_at: Option<L>,
    /// Where the reference figure is stated.
    pub reference_at: Option<L>,
}

impl<L> Attainment<L> {
    pub(crate) fn map_locations<M>(self, f: &mut impl FnMut(L) -> M) -> Attainment<M> {
        Attainment {
            canonical: self.canonical,
            family: self.family,
            region: self.region,
            year: self.year,
            stage: self.stage,
            target: self.target,
            actual: self.actual,
            reference: self.reference,
            status: self.status,
            gap: self.gap,
            gap_unit: self.gap_unit,
            completion: self.completion,
            rule: self.rule,
            target_doc: self.target_doc,
            actual_doc: self.actual_doc,
            target_at: f(self.target_at),
            actual_at: self.actual_at.map(&mut *f),
            reference_at: self.reference_at.map(f),
        }
    }
}

/// A progress statement as a report gives it (完成全年目标的52.4%, 超过目标1.2个百分点).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress<L = Location> {
    /// The canonical id.
    pub canonical: String,
    /// The region of the report.
    pub region: Option<String>,
    /// The year of the report.
    pub year: Option<i32>,
    /// The statement.
    pub statement: Figure,
    /// Index of the doc, in [`super::Comparison::docs`].
    pub doc: usize,
    /// Where it is stated.
    pub at: L,
}

impl<L> Progress<L> {
    pub(crate) fn map_locations<M>(self, f: &mut impl FnMut(L) -> M) -> Progress<M> {
        Progress {
            canonical: self.canonical,
            region: self.region,
            year: self.year,
            statement: self.statement,
            doc: self.doc,
            at: f(self.at),
        }
    }
}

/// Every progress statement of every doc, in doc and text order.
pub(crate) fn progress(views: &[View]) -> Vec<Progress> {
    let mut out = Vec::new();
    for v in views {
        for r in v.doc.records.iter().filter(|r| r.kind == Kind::Progress) {
            out.push(Progress {
                canonical: r.canonical.to_string(),
                region: v.info.region.clone(),
                year: v.info.year,
                statement: Figure::of(r, identity::record_period(r, v.doc, v.info.year)),
                doc: v.index,
                at: v.at(r.span),
            });
        }
    }
    out
}

/// Every target of every doc against the achieved figures the docs state.
pub(crate) fn attainment(views: &[View], options: &Options) -> Vec<Attainment> {
    // Annual reports first, so a target restated in a mid-year report is read from the annual one.
    let mut order: Vec<&View> = views.iter().collect();
    order.sort_by_key(|v| v.info.half_year);
    let mut out: Vec<Attainment> = Vec::new();
    // The docs that set each (canonical, family, period) already.
    let mut seen: HashMap<(String, Family, String), Vec<usize>> = HashMap::new();
    for view in order {
        for record in figure::primary_targets(&view.doc.records) {
            let Some(period) = identity::record_period(record, view.doc, view.info.year) else {
                continue;
            };
            let Some(year) = annual_year(&period) else {
                continue;
            };
            let (canonical, family) = figure::key_of(record);
            let setters = seen
                .entry((canonical.clone(), family.clone(), period.clone()))
                .or_default();
            if setters.iter().any(|&vi| views[vi].same_government(view)) {
                continue;
            }
            setters.push(view.index);
            let target = Figure::of(record, Some(period.clone()));
            let mut row = |stage: Stage| {
                let actual_period = match stage {
                    Stage::Annual => period.clone(),
                    Stage::HalfYear => format!("{period}H1"),
                };
                let judged =
                    judge_target(views, view, record, &target, &actual_period, stage, options);
                if stage == Stage::HalfYear && judged.actual.is_none() {
                    return;
                }
                out.push(Attainment {
                    canonical: canonical.clone(),
                    family: family.clone(),
                    region: view.info.region.clone(),
                    year: Some(year),
                    stage,
                    target: target.clone(),
                    actual: judged.actual.as_ref().map(|(_, _, f)| f.clone()),
                    reference: judged.reference.as_ref().map(|(_, _, f)| f.clone()),
                    status: judged.verdict.status,
                    gap: judged.verdict.gap,
                    gap_unit: judged
                        .verdict
                        .gap
                        .map(|_| gap_unit(&judged.family).to_string()),
                    completion: judged.verdict.completion,
                    rule: judged.verdict.rule,
                    target_doc: view.index,
                    actual_doc: judged.actual.as_ref().map(|(v, _, _)| v.index),
                    target_at: view.at(record.span),
                    actual_at: judged.actual.as_ref().map(|(v, r, _)| v.at(r.span)),
                    reference_at: judged.reference.as_ref().map(|(v, r, _)| v.at(r.span)),
                });
            };
            row(Stage::Annual);
            row(Stage::HalfYear);
        }
    }
    out
}

fn gap_unit(family: &Family) -> &'static str {
    if family.is_rate() {
        "个百分点"
    } else {
        "%"
    }
}

#[cfg(test)]
mod tests {
    use super::super::rules::{evaluate, half_year_level, in_step_verdict};
    use super::*;
    use crate::Qualifier::{self, *};

    fn fig(value: f64, unit: &str, q: Option<Qualifier>, verb: &str) -> Figure {
        Figure {
            value: Some(value),
            value_max: None,
            unit: Some(unit.to_string()),
            qualifier: q,
            verb: (!verb.is_empty()).then(|| verb.to_string()),
            indicator: String::new(),
            period: None,
            headline: false,
        }
    }

    fn range(lo: f64, hi: f64, q: Option<Qualifier>) -> Figure {
        Figure {
            value_max: Some(hi),
            ..fig(lo, "%", q, "增长")
        }
    }

    /// Status and gap of `actual` (增长 …%) against `target`.
    fn judge(target: &Figure, actual: f64) -> (Status, f64) {
        judge_with(
            target,
            &fig(actual, "%", None, "增长"),
            false,
            &Options::default(),
        )
    }

    fn judge_with(
        target: &Figure,
        actual: &Figure,
        lower_is_better: bool,
        o: &Options,
    ) -> (Status, f64) {
        let v = evaluate(target, actual, lower_is_better, o);
        (v.status, v.gap.unwrap())
    }

    use Status::{Exceeded, Met, Missed};

    #[test]
    fn floors_are_met_at_or_above_the_value() {
        for q in [AtLeast, NotBelow, Over] {
            let t = fig(6.0, "%", Some(q), "增长");
            assert_eq!(judge(&t, 6.0), (Met, 0.0), "{q:?}");
            assert_eq!(judge(&t, 6.2), (Met, 0.2), "{q:?}");
            assert_eq!(judge(&t, 6.5), (Exceeded, 0.5), "{q:?}");
            assert_eq!(judge(&t, 5.9), (Missed, -0.1), "{q:?}");
        }
    }

    #[test]
    fn ceilings_are_met_at_or_below_the_value() {
        for q in [Within, Below, NotAbove] {
            let t = fig(3.0, "%", Some(q), "控制在");
            assert_eq!(judge(&t, 2.5), (Met, -0.5), "{q:?}");
            assert_eq!(judge(&t, 3.0), (Met, 0.0), "{q:?}");
            assert_eq!(judge(&t, 3.1), (Missed, 0.1), "{q:?}");
        }
    }

    #[test]
    fn about_is_met_within_the_tolerance() {
        for q in [Some(About), Some(Approx), Some(Nearly), None] {
            let t = fig(6.0, "%", q, "增长");
            assert_eq!(judge(&t, 5.8), (Met, -0.2), "{q:?}");
            assert_eq!(judge(&t, 6.3), (Met, 0.3), "{q:?}");
            assert_eq!(judge(&t, 6.4), (Exceeded, 0.4), "{q:?}");
            assert_eq!(judge(&t, 5.6), (Missed, -0.4), "{q:?}");
        }
    }

    #[test]
    fn the_tolerance_is_configurable() {
        let t = fig(6.0, "%", Some(About), "增长");
        let wide = Options {
            about_points: 0.5,
            ..Options::default()
        };
        assert_eq!(
            judge_with(&t, &fig(5.6, "%", None, "增长"), false, &wide),
            (Met, -0.4)
        );
        let exact = Options {
            about_points: 0.0,
            ..Options::default()
        };
        assert_eq!(
            judge_with(&t, &fig(6.1, "%", None, "增长"), false, &exact),
            (Exceeded, 0.1)
        );
    }

    #[test]
    fn lower_is_better_reads_about_as_a_ceiling() {
        let cpi = fig(3.0, "%", Some(About), "");
        let o = Options::default();
        assert_eq!(
            judge_with(&cpi, &fig(2.0, "%", None, "上涨"), true, &o),
            (Met, -1.0)
        );
        assert_eq!(
            judge_with(&cpi, &fig(3.2, "%", None, "上涨"), true, &o),
            (Met, 0.2)
        );
        assert_eq!(
            judge_with(&cpi, &fig(3.5, "%", None, "上涨"), true, &o),
            (Missed, 0.5)
        );
        // 控制在 makes any indicator's soft target a ceiling.
        let controlled = fig(5.5, "%", Some(About), "控制在");
        assert_eq!(judge(&controlled, 4.0), (Met, -1.5));
        assert_eq!(judge(&controlled, 6.0), (Missed, 0.5));
    }

    #[test]
    fn ranges_by_their_bounds() {
        let t = range(6.0, 6.5, None);
        assert_eq!(judge(&t, 6.1), (Met, 0.0));
        assert_eq!(judge(&t, 6.0), (Met, 0.0));
        assert_eq!(judge(&t, 5.9), (Missed, -0.1));
        assert_eq!(judge(&t, 6.7), (Exceeded, 0.2));
        let about = range(6.0, 6.5, Some(About));
        assert_eq!(judge(&about, 5.8), (Met, -0.2));
        assert_eq!(judge(&about, 6.9), (Exceeded, 0.4));
    }

    #[test]
    fn a_decline_is_a_negative_rate() {
        let o = Options::default();
        let energy = fig(3.0, "%", Some(About), "下降");
        assert_eq!(
            judge_with(&energy, &fig(3.1, "%", None, "下降"), false, &o),
            (Met, 0.1)
        );
        assert_eq!(
            judge_with(&energy, &fig(3.5, "%", None, "下降"), false, &o),
            (Exceeded, 0.5)
        );
        assert_eq!(
            judge_with(&energy, &fig(0.5, "%", None, "增长"), false, &o),
            (Missed, -3.5)
        );
        let floor = fig(3.0, "%", Some(AtLeast), "下降");
        assert_eq!(
            judge_with(&floor, &fig(2.8, "%", None, "下降"), false, &o),
            (Missed, -0.2)
        );
        // A growth target against a decline.
        let growth = fig(5.0, "%", Some(About), "增长");
        assert_eq!(
            judge_with(&growth, &fig(2.0, "%", None, "下降"), false, &o),
            (Missed, -7.0)
        );
    }

    #[test]
    fn levels_convert_units_and_gap_in_per_cent() {
        let o = Options::default();
        let t = fig(1000.0, "亿元", Some(AtLeast), "突破");
        let v = evaluate(&t, &fig(0.11, "万亿元", None, "达到"), false, &o);
        assert_eq!(
            (v.status, v.gap, v.completion),
            (Exceeded, Some(10.0), Some(110.0))
        );
        let v = evaluate(&t, &fig(1010.0, "亿元", None, "达到"), false, &o);
        assert_eq!((v.status, v.gap), (Met, Some(1.0)));
        let v = evaluate(&t, &fig(950.0, "亿元", None, "达到"), false, &o);
        assert_eq!(
            (v.status, v.gap, v.completion),
            (Missed, Some(-5.0), Some(95.0))
        );
        let about = fig(50.0, "万人", Some(About), "新增");
        let v = evaluate(&about, &fig(49.2, "万人", None, "新增"), false, &o);
        assert_eq!((v.status, v.gap), (Met, Some(-1.6)));
    }

    #[test]
    fn half_year_levels_are_on_schedule_at_half() {
        let o = Options::default();
        let t = fig(100.0, "亿元", Some(About), "完成");
        let v = half_year_level(&t, &fig(52.0, "亿元", None, "完成"), &o);
        assert_eq!(
            (v.status, v.gap, v.completion),
            (Met, Some(4.0), Some(52.0))
        );
        let v = half_year_level(&t, &fig(45.0, "亿元", None, "完成"), &o);
        assert_eq!(
            (v.status, v.gap, v.completion),
            (Missed, Some(-10.0), Some(45.0))
        );
    }

    #[test]
    fn in_step_with_gdp() {
        let o = Options::default();
        let gdp = fig(6.0, "%", None, "增长");
        assert_eq!(
            in_step_verdict(&fig(6.2, "%", None, "增长"), &gdp, &o).status,
            Met
        );
        assert_eq!(
            in_step_verdict(&fig(7.0, "%", None, "增长"), &gdp, &o).status,
            Exceeded
        );
        let v = in_step_verdict(&fig(5.0, "%", None, "增长"), &gdp, &o);
        assert_eq!((v.status, v.gap), (Missed, Some(-1.0)));
    }
}
