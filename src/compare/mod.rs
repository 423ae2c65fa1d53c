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
pub mod matrix;

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
        Options { about_points: 0.3, about_percent: 2.0, half_year_share: 50.0 }
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
            attainment: self.attainment.into_iter().map(|a| a.map_locations(&mut f)).collect(),
            progress: self.progress.into_iter().map(|p| p.map_locations(&mut f)).collect(),
            diffs: self.diffs.into_iter().map(|d| d.map_locations(&mut f)).collect(),
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
}

impl View<'_> {
    /// The location of a span of this doc.
    pub fn at(&self, span: Span) -> Location {
        Location { input: self.input, doc: self.doc_index, span }
    }

    /// True when both docs speak of the same government.
    pub fn same_government(&self, other: &View) -> bool {
        match (&self.info.region, &other.info.region) {
            (Some(a), Some(b)) => {
                let key = region_key(a);
                key == region_key(b) && identity::levels_agree(self.info.level, other.info.level, &key)
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
    let inputs: Vec<Input> = analyses.iter().map(|analysis| Input { analysis, overrides: &none }).collect();
    compare_inputs(&inputs, &Options::default())
}

/// Compares the docs of the inputs, with the caller's metadata and tolerances.
pub fn compare_inputs(inputs: &[Input], options: &Options) -> Comparison {
    let mut infos = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        for (d, doc) in input.analysis.docs.iter().enumerate() {
            let o = input.overrides;
            let mut meta = doc.meta.clone();
            meta.region = o.region.clone().or(meta.region);
            meta.level = o.level.or(meta.level);
            meta.year = o.year.or(meta.year);
            let label = Doc { span: doc.span, meta: meta.clone(), records: Vec::new() }.label();
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
    let views: Vec<View> = infos
        .iter()
        .enumerate()
        .map(|(index, (doc, info))| View { index, input: info.input, doc_index: info.doc, doc, info })
        .collect();
    Comparison {
        matrix: matrix::build(&views),
        attainment: attainment::attainment(&views, options),
        progress: attainment::progress(&views),
        diffs: diff::diffs(&views),
        docs: infos.iter().map(|(_, info)| info.clone()).collect(),
    }
}
