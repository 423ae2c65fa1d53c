//! What changed between two reports' targets: indicators added and dropped, figures raised or
//! lowered, qualifiers hardened (左右 → 以上) or softened.
//!
//! Targets are matched by canonical id and unit family, one per doc
//! ([`super::figure::primary_targets`]). Raised and lowered compare the figure as written, in
//! one base unit, ranges by their middle (下降3% → 下降2.5% is lowered); a target that turns
//! from a rise into a decline compares by its signed value. Hardness ranks 左右 / 约 / 近 below a
//! bare figure below a floor or ceiling (以上, 不低于, 超过, 以内, 以下, 不超过).

use super::figure::{self, Family, Figure};
use super::{identity, Location, View};
use crate::{Hardness, Qualifier, Record};
use serde::{Deserialize, Serialize};

/// One kind of change of a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// A target the later report sets and the earlier did not.
    Added,
    /// A target the earlier report set and the later does not.
    Dropped,
    /// A higher figure.
    Raised,
    /// A lower figure.
    Lowered,
    /// A harder qualifier (左右 → 以上).
    Hardened,
    /// A softer qualifier (以上 → 左右).
    Softened,
}

impl Change {
    /// The lowercase name used in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Dropped => "dropped",
            Change::Raised => "raised",
            Change::Lowered => "lowered",
            Change::Hardened => "hardened",
            Change::Softened => "softened",
        }
    }
}

/// One indicator in two reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiffRow<L = Location> {
    /// The canonical id.
    pub canonical: String,
    /// The unit family.
    pub family: Family,
    /// The indicator as written (in the later report where it stands there).
    pub indicator: String,
    /// What changed; empty when the target stayed as it was.
    pub changes: Vec<Change>,
    /// The earlier target.
    pub before: Option<Figure>,
    /// The later target.
    pub after: Option<Figure>,
    /// After − before: percentage points for rates, per cent for levels.
    pub delta: Option<f64>,
    /// Where the earlier target is stated.
    pub before_at: Option<L>,
    /// Where the later target is stated.
    pub after_at: Option<L>,
}

/// The targets of two docs side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diff<L = Location> {
    /// Index of the earlier doc in [`super::Comparison::docs`].
    pub before: usize,
    /// Index of the later doc.
    pub after: usize,
    /// The indicators of the earlier report in its order, then those the later one adds.
    pub rows: Vec<DiffRow<L>>,
}

impl<L> Diff<L> {
    pub(crate) fn map_locations<M>(self, f: &mut impl FnMut(L) -> M) -> Diff<M> {
        Diff {
            before: self.before,
            after: self.after,
            rows: self
                .rows
                .into_iter()
                .map(|r| DiffRow {
                    canonical: r.canonical,
                    family: r.family,
                    indicator: r.indicator,
                    changes: r.changes,
                    before: r.before,
                    after: r.after,
                    delta: r.delta,
                    before_at: r.before_at.map(&mut *f),
                    after_at: r.after_at.map(&mut *f),
                })
                .collect(),
        }
    }
}

/// The diffs to report: the two docs when exactly two are compared; else each annual report
/// against the next one of the same government.
pub(crate) fn diffs(views: &[View]) -> Vec<Diff> {
    if views.len() == 2 {
        let (a, b) = (&views[0], &views[1]);
        let key = |v: &View| (v.info.year, v.info.half_year);
        let (before, after) = if key(b) < key(a) && b.info.year.is_some() {
            (b, a)
        } else {
            (a, b)
        };
        return vec![diff(before, after)];
    }
    let mut out = Vec::new();
    for a in views.iter().filter(|v| !v.info.half_year) {
        let Some(year) = a.info.year else { continue };
        let next = views
            .iter()
            .filter(|b| {
                !b.info.half_year && b.info.year.is_some_and(|y| y > year) && b.same_government(a)
            })
            .min_by_key(|b| (b.info.year, b.index));
        if let Some(b) = next {
            out.push(diff(a, b));
        }
    }
    out
}

/// The diff of two docs' targets.
pub(crate) fn diff(before: &View, after: &View) -> Diff {
    let old = figure::primary_targets(&before.doc.records);
    let new = figure::primary_targets(&after.doc.records);
    let figure_of =
        |v: &View, r: &Record| Figure::of(r, identity::record_period(r, v.doc, v.info.year));
    let old_keys: Vec<_> = old.iter().map(|r| figure::key_of(r)).collect();
    let new_keys: Vec<_> = new.iter().map(|r| figure::key_of(r)).collect();
    let mut rows = Vec::new();
    for (o, key) in old.iter().zip(old_keys.iter().cloned()) {
        let n = new_keys.iter().position(|k| *k == key).map(|i| new[i]);
        let b = figure_of(before, o);
        let a = n.map(|n| figure_of(after, n));
        let (changes, delta) = match &a {
            None => (vec![Change::Dropped], None),
            Some(a) => changes(&b, a),
        };
        rows.push(DiffRow {
            canonical: key.0,
            family: key.1,
            indicator: n.map_or(&o.indicator, |n| &n.indicator).to_string(),
            changes,
            before: Some(b),
            after: a,
            delta,
            before_at: Some(before.at(o.span)),
            after_at: n.map(|n| after.at(n.span)),
        });
    }
    for (n, (canonical, family)) in new
        .iter()
        .zip(new_keys)
        .filter(|(_, k)| !old_keys.contains(k))
    {
        rows.push(DiffRow {
            canonical,
            family,
            indicator: n.indicator.to_string(),
            changes: vec![Change::Added],
            before: None,
            after: Some(figure_of(after, n)),
            delta: None,
            before_at: None,
            after_at: Some(after.at(n.span)),
        });
    }
    Diff {
        before: before.index,
        after: after.index,
        rows,
    }
}

/// 0 for 左右 / 约 / 近, 1 for a bare figure, 2 for a floor or a ceiling.
fn hardness_rank(q: Option<Qualifier>) -> u8 {
    match q.map(Qualifier::hardness) {
        Some(Hardness::Soft) => 0,
        None => 1,
        Some(Hardness::Floor | Hardness::Ceiling) => 2,
    }
}

/// The changes from one target to the next, and the change of the figure.
pub fn changes(before: &Figure, after: &Figure) -> (Vec<Change>, Option<f64>) {
    let mut out = Vec::new();
    let mut delta = None;
    if let (Some(b), Some(a)) = (before.signed_mid(), after.signed_mid()) {
        // As written when both rise or both decline; signed when the direction turns.
        let same_direction =
            figure::is_decline(before.verb.as_deref()) == figure::is_decline(after.verb.as_deref());
        let (b, a) = if same_direction {
            (b.abs(), a.abs())
        } else {
            (b, a)
        };
        let eps = 1e-9 * b.abs().max(1.0);
        if a > b + eps {
            out.push(Change::Raised);
        } else if a < b - eps {
            out.push(Change::Lowered);
        }
        delta = if before.family().is_rate() {
            Some(((a - b) * 1e6).round() / 1e6)
        } else if b != 0.0 {
            Some(((a - b) / b.abs() * 100.0 * 1e6).round() / 1e6)
        } else {
            None
        };
    }
    let (hb, ha) = (
        hardness_rank(before.qualifier),
        hardness_rank(after.qualifier),
    );
    if ha > hb {
        out.push(Change::Hardened);
    } else if ha < hb {
        out.push(Change::Softened);
    }
    (out, delta)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testing::*;
    use crate::compare::{compare, Comparison};
    use crate::Kind::Target;
    use crate::Level;
    use crate::Qualifier::*;

    fn two(before: Vec<Record>, after: Vec<Record>) -> Comparison {
        let a = analysis(Some("某县"), Some(Level::County), Some(2023), false, before);
        let b = analysis(Some("某县"), Some(Level::County), Some(2024), false, after);
        // Given newest first: the diff still runs from the earlier report to the later.
        compare(&[b, a])
    }

    fn row<'c>(c: &'c Comparison, canonical: &str) -> &'c DiffRow {
        c.diffs[0]
            .rows
            .iter()
            .find(|r| r.canonical == canonical)
            .unwrap()
    }

    #[test]
    fn every_kind_of_change() {
        let c = two(
            vec![
                rec(Target, "gdp", "增长", 6.0, "%", Some(About)).headline(),
                rec(Target, "retail_sales", "增长", 8.0, "%", None).headline(),
                rec(Target, "cpi", "控制在", 3.0, "%", Some(About)).headline(),
                rec(Target, "energy_intensity", "下降", 3.0, "%", Some(About)).headline(),
                rec(Target, "grain_output", "稳定在", 500.0, "万吨", None),
                rec(Target, "exports", "增长", 5.0, "%", Some(AtLeast)),
            ],
            vec![
                rec(Target, "gdp", "增长", 6.5, "%", Some(AtLeast)).headline(),
                rec(Target, "retail_sales", "增长", 7.0, "%", Some(About)).headline(),
                rec(Target, "cpi", "控制在", 3.0, "%", Some(About)).headline(),
                rec(Target, "energy_intensity", "下降", 2.5, "%", Some(About)).headline(),
                rec(Target, "grain_output", "稳定在", 0.055, "亿吨", None),
                rec(Target, "urban_new_jobs", "新增", 5.0, "万人", Some(AtLeast)),
            ],
        );
        assert_eq!(c.diffs.len(), 1);
        let d = &c.diffs[0];
        assert_eq!(
            (c.docs[d.before].year, c.docs[d.after].year),
            (Some(2023), Some(2024))
        );
        assert_eq!(
            row(&c, "gdp").changes,
            vec![Change::Raised, Change::Hardened]
        );
        assert_eq!(row(&c, "gdp").delta, Some(0.5));
        assert_eq!(
            row(&c, "retail_sales").changes,
            vec![Change::Lowered, Change::Softened]
        );
        assert!(row(&c, "cpi").changes.is_empty());
        // 下降3% → 下降2.5% is a lower figure as written.
        assert_eq!(row(&c, "energy_intensity").changes, vec![Change::Lowered]);
        // 500万吨 → 0.055亿吨 is 550万吨: raised by 10%.
        assert_eq!(row(&c, "grain_output").changes, vec![Change::Raised]);
        assert_eq!(row(&c, "grain_output").delta, Some(10.0));
        assert_eq!(row(&c, "exports").changes, vec![Change::Dropped]);
        assert!(row(&c, "exports").after.is_none() && row(&c, "exports").after_at.is_none());
        assert_eq!(row(&c, "urban_new_jobs").changes, vec![Change::Added]);
        assert!(row(&c, "urban_new_jobs").before.is_none());
        // The earlier report's indicators in its order, then the additions.
        let order: Vec<&str> = d.rows.iter().map(|r| r.canonical.as_str()).collect();
        assert_eq!(
            order,
            [
                "gdp",
                "retail_sales",
                "cpi",
                "energy_intensity",
                "grain_output",
                "exports",
                "urban_new_jobs"
            ]
        );
    }

    #[test]
    fn a_rate_and_a_level_are_two_indicators() {
        let c = two(
            vec![rec(Target, "gdp", "增长", 6.0, "%", Some(About))],
            vec![rec(Target, "gdp", "达到", 1000.0, "亿元", None)],
        );
        let kinds: Vec<(&str, Vec<Change>)> = c.diffs[0]
            .rows
            .iter()
            .map(|r| (r.family.label(), r.changes.clone()))
            .collect();
        assert_eq!(
            kinds,
            [("%", vec![Change::Dropped]), ("元", vec![Change::Added])]
        );
    }

    #[test]
    fn a_rise_turned_decline_compares_signed() {
        let before = Figure::of(&rec(Target, "x", "增长", 2.0, "%", None), None);
        let after = Figure::of(&rec(Target, "x", "下降", 1.0, "%", None), None);
        assert_eq!(
            changes(&before, &after),
            (vec![Change::Lowered], Some(-3.0))
        );
        let soft = Figure::of(&rec(Target, "x", "增长", 2.0, "%", Some(About)), None);
        assert_eq!(changes(&soft, &before), (vec![Change::Hardened], Some(0.0)));
        let ceiling = Figure::of(&rec(Target, "x", "控制在", 2.0, "%", Some(Within)), None);
        assert_eq!(changes(&ceiling, &soft).0, vec![Change::Softened]);
    }

    #[test]
    fn consecutive_reports_of_each_government() {
        let mk = |region: &str, year| {
            analysis(
                Some(region),
                Some(Level::Province),
                Some(year),
                false,
                vec![rec(Target, "gdp", "增长", 6.0, "%", None)],
            )
        };
        let c = compare(&[
            mk("湖北省", 2022),
            mk("湖南省", 2023),
            mk("湖北", 2024),
            mk("湖北省", 2023),
            mk("湖南", 2024),
        ]);
        let pairs: Vec<(String, String)> = c
            .diffs
            .iter()
            .map(|d| {
                (
                    c.docs[d.before].label.clone(),
                    c.docs[d.after].label.clone(),
                )
            })
            .collect();
        assert_eq!(
            pairs,
            [
                ("湖北省2022".to_string(), "湖北省2023".to_string()),
                ("湖南省2023".into(), "湖南2024".into()),
                ("湖北省2023".into(), "湖北2024".into())
            ]
        );
    }
}
