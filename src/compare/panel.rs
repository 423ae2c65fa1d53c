//! The researcher's panel: one row per region, year and indicator, with the target, the figure
//! achieved, whether the target was met, and the parent government's target the same year
//! (the markup of 层层加码).
//!
//! ```
//! use zhibiao::compare::{panel, Input, Options, Overrides};
//! let province = zhibiao::analyze("湖北省2024年政府工作报告\n主要预期目标是：地区生产总值增长6%左右。");
//! let city = zhibiao::analyze("武汉市2024年政府工作报告\n主要预期目标是：地区生产总值增长6.5%以上。");
//! let none = Overrides::default();
//! let inputs = [Input { analysis: &province, overrides: &none }, Input { analysis: &city, overrides: &none }];
//! let p = panel::panel(&inputs, &Options::default(), |id| id == "gdp");
//! let row = p.rows.iter().find(|r| r.region == "武汉市").unwrap();
//! assert_eq!(row.parent.as_deref(), Some("湖北省"));
//! assert_eq!(row.markup, Some(0.5));
//! ```
//!
//! One report counts per government and year: the first of the inputs; any other of the same
//! region, level and year is listed in [`Panel::duplicates`] and read for nothing else. A target
//! is held against the figures of the same government's other reports as [`super::attainment`]
//! does (like with like: same indicator, unit family and measure). The parent of a
//! prefecture-level division is its province and a province's the nation ([`crate::regions`]).

use super::attainment::{self, Stage, Status};
use super::figure::{family, Family, Figure};
use super::{doc_infos, region_key, DocInfo, Input, Location, Options, View};
use crate::{regions, Hardness, Kind, Level, Measure, Record};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Where the achieved figure of a row comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The next year's report of the same government, which reviews the year.
    NextReport,
    /// The report that set the target (an estimate of the year, as a mid-year report gives).
    SameReport,
    /// Another report of the same government.
    OtherReport,
}

impl Source {
    /// The snake-case name used in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::NextReport => "next_report",
            Source::SameReport => "same_report",
            Source::OtherReport => "other_report",
        }
    }
}

/// One region, year and indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PanelRow<L = Location> {
    /// The region's full name where the hierarchy knows it, else as the report writes it.
    pub region: String,
    /// Its level.
    pub level: Option<Level>,
    /// The year the target is for.
    pub year: i32,
    /// Canonical indicator id.
    pub canonical: String,
    /// The target as the report states it.
    pub target: Figure,
    /// How binding its qualifier makes it.
    pub hardness: Option<Hardness>,
    /// What it measures.
    pub measure: Option<Measure>,
    /// The report states that no target is set.
    pub absent: bool,
    /// The figure achieved, where one is found.
    pub actual: Option<Figure>,
    /// Where that figure comes from.
    pub source: Option<Source>,
    /// Met, missed, exceeded or unknown.
    pub status: Status,
    /// Actual minus target (percentage points for rates, per cent of the target for levels).
    pub gap: Option<f64>,
    /// The unit of the gap.
    pub gap_unit: Option<String>,
    /// Why the status is unknown, or the rule that decided it.
    pub why: String,
    /// The government above, by full name.
    pub parent: Option<String>,
    /// Its target for the same indicator, measure and year, where its report is loaded.
    pub parent_target: Option<Figure>,
    /// The target's markup over the parent's, in percentage points (growth rates only).
    pub markup: Option<f64>,
    /// Index of the target's doc in [`Panel::docs`].
    pub doc: usize,
    /// The target statement.
    pub target_at: L,
    /// The achieved figure's statement.
    pub actual_at: Option<L>,
    /// The parent's target statement.
    pub parent_at: Option<L>,
}

/// A report left out because another of the same government and year came first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duplicate {
    /// Index of the doc left out in [`Panel::docs`].
    pub doc: usize,
    /// Index of the doc counted.
    pub of: usize,
}

/// Every row, the docs they come from, and the reports counted once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Panel<L = Location> {
    /// Every doc of the inputs, in input order.
    pub docs: Vec<DocInfo>,
    /// Rows by region (input order of its first report), year and indicator.
    pub rows: Vec<PanelRow<L>>,
    /// Reports of a government and year already counted.
    pub duplicates: Vec<Duplicate>,
}

impl<L> Panel<L> {
    /// The same panel with every location converted by `f`.
    pub fn map_locations<M>(self, mut f: impl FnMut(L) -> M) -> Panel<M> {
        let rows = self
            .rows
            .into_iter()
            .map(|r| PanelRow {
                target_at: f(r.target_at),
                actual_at: r.actual_at.map(&mut f),
                parent_at: r.parent_at.map(&mut f),
                region: r.region,
                level: r.level,
                year: r.year,
                canonical: r.canonical,
                target: r.target,
                hardness: r.hardness,
                measure: r.measure,
                absent: r.absent,
                actual: r.actual,
                source: r.source,
                status: r.status,
                gap: r.gap,
                gap_unit: r.gap_unit,
                why: r.why,
                parent: r.parent,
                parent_target: r.parent_target,
                markup: r.markup,
                doc: r.doc,
            })
            .collect();
        Panel {
            docs: self.docs,
            rows,
            duplicates: self.duplicates,
        }
    }
}

/// The government a doc speaks for: its current region key and its level's tier (a
/// municipality is a province).
type Government = (String, u8);

fn tier(level: Option<Level>) -> u8 {
    match level {
        Some(Level::National) => 0,
        Some(Level::Province) => 1,
        Some(Level::City) => 2,
        Some(Level::County) | Some(Level::District) => 3,
        None => 4,
    }
}

/// Whether a panel of `indicators` (canonical ids) holds `id`: every id of the lexicon when the
/// list is empty, never an `other:` one then.
pub fn wants(indicators: &[String], id: &str) -> bool {
    if indicators.is_empty() {
        !id.starts_with("other:")
    } else {
        indicators.iter().any(|w| w == id)
    }
}

/// The panel of the inputs' docs for the indicators `wanted` accepts (see [`wants`]).
pub fn panel(inputs: &[Input], options: &Options, wanted: impl Fn(&str) -> bool) -> Panel {
    let infos = doc_infos(inputs);
    let government = |info: &DocInfo| -> Option<Government> {
        let key = region_key(info.region.as_deref()?);
        Some((regions::current_key(&key).to_string(), tier(info.level)))
    };
    // One annual report per government and year; the governments' docs, grouped.
    let mut counted: HashMap<(Government, i32), usize> = HashMap::new();
    let mut duplicates = Vec::new();
    let mut groups: HashMap<Government, Vec<usize>> = HashMap::new();
    let mut order: Vec<Government> = Vec::new();
    for (i, (_, info)) in infos.iter().enumerate() {
        let Some(gov) = government(info) else {
            continue;
        };
        if let (Some(year), false) = (info.year, info.half_year) {
            if let Some(&of) = counted.get(&(gov.clone(), year)) {
                duplicates.push(Duplicate { doc: i, of });
                continue;
            }
            counted.insert((gov.clone(), year), i);
        }
        let group = groups.entry(gov.clone()).or_default();
        if group.is_empty() {
            order.push(gov);
        }
        group.push(i);
    }
    let mut rows = Vec::new();
    for gov in &order {
        let members = &groups[gov];
        let views: Vec<View> = members
            .iter()
            .enumerate()
            .map(|(index, &i)| {
                let (doc, info) = &infos[i];
                View {
                    index,
                    input: info.input,
                    doc_index: info.doc,
                    doc,
                    info,
                    key: Some(gov.0.as_str()),
                }
            })
            .collect();
        let found = attainment::attainment(&views, options);
        // One row per doc and indicator: the headline target, a growth rate before a level.
        let mut best: HashMap<(usize, String), (u8, PanelRow)> = HashMap::new();
        for a in found
            .into_iter()
            .filter(|a| a.stage == Stage::Annual && wanted(&a.canonical))
        {
            let view = &views[a.target_doc];
            if view.info.half_year {
                continue;
            }
            let Some(year) = a.year else { continue };
            let Some(record) = view
                .doc
                .records
                .iter()
                .find(|r| r.kind == Kind::Target && r.span == a.target_at.span)
            else {
                continue;
            };
            let rank = u8::from(!record.headline) * 2
                + u8::from(family(record.unit.as_deref()).0 != Family::Rate);
            let source = a.actual_doc.map(|d| match views[d].info.year {
                Some(y) if y == year + 1 => Source::NextReport,
                Some(y) if y == year => Source::SameReport,
                _ => Source::OtherReport,
            });
            let why =
                if a.status == Status::Unknown && a.actual.is_none() && a.target.value.is_some() {
                    let next = views
                        .iter()
                        .any(|v| v.info.year == Some(year + 1) && !v.info.half_year);
                    if next {
                        format!("the {} report gives no comparable figure", year + 1)
                    } else {
                        format!("no report of {} loaded", year + 1)
                    }
                } else {
                    a.rule.clone()
                };
            let info = view.info;
            let region = info.region.as_deref().unwrap_or_default();
            let row = PanelRow {
                region: regions::full_name(region, info.level)
                    .map_or_else(|| region.to_string(), str::to_string),
                level: info.level,
                year,
                canonical: a.canonical.clone(),
                hardness: record.qualifier.map(|q| q.hardness()),
                measure: record.measure,
                absent: record.absent,
                actual: a.actual,
                source,
                status: a.status,
                gap: a.gap,
                gap_unit: a.gap_unit,
                why,
                parent: regions::parent(region, info.level).map(str::to_string),
                parent_target: None,
                markup: None,
                doc: members[a.target_doc],
                target: a.target,
                target_at: a.target_at,
                actual_at: a.actual_at,
                parent_at: None,
            };
            let slot = best
                .entry((row.doc, row.canonical.clone()))
                .or_insert((u8::MAX, row.clone()));
            if rank < slot.0 {
                *slot = (rank, row);
            }
        }
        let mut chosen: Vec<PanelRow> = best.into_values().map(|(_, r)| r).collect();
        // Indicators sharing a figure (A、B均增长8%) in the order of their ids: the same rows every run.
        chosen.sort_by(|a, b| {
            (a.year, a.doc, a.target_at.span.start, &a.canonical).cmp(&(
                b.year,
                b.doc,
                b.target_at.span.start,
                &b.canonical,
            ))
        });
        rows.extend(chosen);
    }
    // The parent's target of the same indicator, measure and year.
    for row in &mut rows {
        let Some(parent) = row.parent.as_deref() else {
            continue;
        };
        let parent_gov = (
            regions::current_key(&region_key(parent)).to_string(),
            tier(row.level) - 1,
        );
        let Some(&pd) = counted.get(&(parent_gov, row.year)) else {
            continue;
        };
        let (doc, info) = &infos[pd];
        let Some(record) = parent_target(doc, row) else {
            continue;
        };
        let target = Figure::of(record, Some(row.year.to_string()));
        row.markup = markup(&row.target, row.measure, &target, record.measure);
        row.parent_at = Some(Location {
            input: info.input,
            doc: info.doc,
            span: record.span,
        });
        row.parent_target = Some(target);
    }
    Panel {
        docs: infos.into_iter().map(|(_, info)| info).collect(),
        rows,
        duplicates,
    }
}

/// The parent doc's target for the row's indicator in the same unit family and measure: the
/// headline one first.
fn parent_target<'d>(doc: &'d crate::Doc, row: &PanelRow) -> Option<&'d Record> {
    let fam = row.target.family();
    let period = row.year.to_string();
    doc.records
        .iter()
        .filter(|r| r.kind == Kind::Target && !r.placeholder && r.canonical == row.canonical)
        .filter(|r| family(r.unit.as_deref()).0 == fam && r.measure == row.measure)
        .filter(|r| r.period.as_deref().is_none_or(|p| p == period))
        .min_by_key(|r| (!r.headline, r.span.start))
}

/// A growth target's markup over the parent's, in percentage points (the lower bounds of ranges).
fn markup(
    child: &Figure,
    child_measure: Option<Measure>,
    parent: &Figure,
    parent_measure: Option<Measure>,
) -> Option<f64> {
    let growth =
        |f: &Figure, m: Option<Measure>| f.family() == Family::Rate && m == Some(Measure::Growth);
    if !(growth(child, child_measure) && growth(parent, parent_measure)) {
        return None;
    }
    let signed = |f: &Figure| {
        f.value.map(|v| {
            if super::figure::is_decline(f.verb.as_deref()) {
                -v
            } else {
                v
            }
        })
    };
    let d = signed(child)? - signed(parent)?;
    Some((d * 100.0).round() / 100.0)
}
