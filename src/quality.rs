//! Figures of extraction quality that need no gold: read over any set of reports (all of a
//! corpus), they show where the extractor stands on reports nobody annotated.

use crate::{Doc, Kind};

/// Counts over docs, added up one doc at a time ([`Tally::add`]) and merged across threads
/// ([`Tally::merge`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Tally {
    /// Docs of a known year from 2000 on.
    pub docs_since_2000: usize,
    /// Of those, the docs with a headline GDP target (in the main-targets paragraph): a growth
    /// rate, a level (迈上1万亿元) or one set against another government's (高于全省0.5个百分点,
    /// 与全国同步).
    pub with_headline_gdp: usize,
    /// Records of every kind.
    pub records: usize,
    /// Records whose indicator has no canonical id (`other:`).
    pub other: usize,
    /// Of those, records named by a verb, a generic word or a fragment ([`crate::is_fragment`]).
    pub fragments: usize,
    /// Headline GDP growth targets (in %).
    pub gdp_targets: usize,
    /// Of those, targets outside 0 to 20 %: misread figures, as no report has set such a goal.
    pub gdp_out_of_range: usize,
}

impl Tally {
    /// Adds one doc's records.
    pub fn add(&mut self, doc: &Doc) {
        let mut headline_gdp = false;
        for r in &doc.records {
            self.records += 1;
            if r.canonical.starts_with("other:") {
                self.other += 1;
                self.fragments += usize::from(crate::is_fragment(&r.indicator));
            }
            if r.kind == Kind::Target && r.headline && r.canonical == "gdp" {
                headline_gdp = true;
            }
            if r.kind == Kind::Target
                && r.headline
                && r.canonical == "gdp"
                && r.unit.as_deref() == Some("%")
            {
                if let Some(v) = r.value {
                    self.gdp_targets += 1;
                    self.gdp_out_of_range += usize::from(!(0.0..=20.0).contains(&v));
                }
            }
        }
        if doc.meta.year.is_some_and(|y| y >= 2000) {
            self.docs_since_2000 += 1;
            self.with_headline_gdp += usize::from(headline_gdp);
        }
    }

    /// Adds another tally's counts.
    pub fn merge(mut self, other: Tally) -> Tally {
        self.docs_since_2000 += other.docs_since_2000;
        self.with_headline_gdp += other.with_headline_gdp;
        self.records += other.records;
        self.other += other.other;
        self.fragments += other.fragments;
        self.gdp_targets += other.gdp_targets;
        self.gdp_out_of_range += other.gdp_out_of_range;
        self
    }

    /// Share of docs from 2000 on with a headline GDP target.
    pub fn headline_gdp_share(&self) -> f64 {
        ratio(self.with_headline_gdp, self.docs_since_2000)
    }

    /// Share of all records named by a fragment.
    pub fn fragment_share(&self) -> f64 {
        ratio(self.fragments, self.records)
    }

    /// Share of headline GDP targets outside 0 to 20 %.
    pub fn gdp_out_of_range_share(&self) -> f64 {
        ratio(self.gdp_out_of_range, self.gdp_targets)
    }
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "headline GDP target in {}/{} reports from 2000 on ({:.1} %); fragment names {}/{} records ({:.2} %, {} other: records); GDP targets outside 0-20 %: {}/{}",
            self.with_headline_gdp,
            self.docs_since_2000,
            100.0 * self.headline_gdp_share(),
            self.fragments,
            self.records,
            100.0 * self.fragment_share(),
            self.other,
            self.gdp_out_of_range,
            self.gdp_targets
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_a_report() {
        let a = crate::analyze_with(
            "今年主要预期目标是:地区生产总值增长6%左右,新增养老床位1000张。",
            &crate::Options {
                year: Some(2021),
                region: None,
            },
        );
        let mut t = Tally::default();
        for d in &a.docs {
            t.add(d);
        }
        assert_eq!(
            (
                t.docs_since_2000,
                t.with_headline_gdp,
                t.gdp_targets,
                t.gdp_out_of_range
            ),
            (1, 1, 1, 0)
        );
        assert_eq!(t.fragments, 0);
        assert_eq!(t.merge(t).records, 2 * t.records);
    }
}
