//! A figure as compare reads it: its sign, the family and scale of its unit, and the one
//! target a doc sets per indicator.
//!
//! Only like is compared with like: a growth rate (`%`) with a growth rate, a change in a ratio
//! (`个百分点`) with a change, a level with a level of the same base unit (亿元, 万元 and
//! 万亿元 are all 元, scaled).

use crate::{Kind, Qualifier, Record};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

use crate::quantity::MAGNITUDES;
pub use crate::verbs::{is_change, is_decline, verb_class, VerbClass};

/// What a unit measures, so that only like is compared with like. Serialized as its
/// [`Family::label`]: `"%"`, `"个百分点"`, the base unit (`"元"`), or `""`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", from = "String")]
pub enum Family {
    /// A rate or ratio in per cent.
    Rate,
    /// A change of a ratio in percentage points.
    Points,
    /// A level in a base unit (`元` for 亿元, `人` for 万人, `美元` for 亿美元).
    Level(String),
    /// No unit: a qualitative goal.
    None,
}

impl Family {
    /// True for rates and points, whose gaps are differences; levels' gaps are ratios.
    pub fn is_rate(&self) -> bool {
        matches!(self, Family::Rate | Family::Points)
    }

    /// How the family is shown: `%`, `个百分点`, the base unit, or empty.
    pub fn label(&self) -> &str {
        match self {
            Family::Rate => "%",
            Family::Points => "个百分点",
            Family::Level(base) => base,
            Family::None => "",
        }
    }
}

impl From<Family> for String {
    fn from(f: Family) -> String {
        f.label().to_string()
    }
}

impl From<String> for Family {
    fn from(s: String) -> Family {
        match s.as_str() {
            "%" => Family::Rate,
            "个百分点" => Family::Points,
            "" => Family::None,
            _ => Family::Level(s),
        }
    }
}

/// The family of a unit and the factor to its base unit: 亿元 → (元, 1e8).
pub fn family(unit: Option<&str>) -> (Family, f64) {
    let Some(unit) = unit.map(str::trim).filter(|u| !u.is_empty()) else {
        return (Family::None, 1.0);
    };
    match unit {
        "%" | "％" => return (Family::Rate, 1.0),
        "个百分点" | "百分点" => return (Family::Points, 1.0),
        _ => {}
    }
    let mut base = unit;
    let mut factor = 1.0;
    // 万千瓦 is 万 × 千瓦: strip prefixes while one remains that leaves a base.
    'strip: loop {
        for (prefix, f) in MAGNITUDES {
            if let Some(rest) = base.strip_prefix(prefix) {
                if !rest.is_empty() {
                    base = rest;
                    factor *= f;
                    continue 'strip;
                }
            }
        }
        break;
    }
    (Family::Level(base.to_string()), factor)
}

/// +1, or −1 for a decline.
pub fn sign(verb: Option<&str>) -> f64 {
    if is_decline(verb) {
        -1.0
    } else {
        1.0
    }
}

/// A figure as stated: what the matrix, the diff and the target-vs-actual table show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The number in the unit as written; `None` for a qualitative goal.
    pub value: Option<f64>,
    /// The upper bound of a range.
    pub value_max: Option<f64>,
    /// The unit as written.
    pub unit: Option<String>,
    /// 左右, 以上, 以内 …
    pub qualifier: Option<Qualifier>,
    /// The verb as written; a 下降 verb makes the figure a negative rate.
    pub verb: Option<String>,
    /// The indicator as written.
    pub indicator: String,
    /// The period it speaks of (`2023`, `2023H1`).
    pub period: Option<String>,
    /// True inside the report's main-targets paragraph.
    pub headline: bool,
}

impl Figure {
    /// The figure of a record, with the period compare settled on.
    pub fn of(record: &Record, period: Option<String>) -> Figure {
        Figure {
            value: record.value,
            value_max: record.value_max,
            unit: record.unit.as_deref().map(str::to_string),
            qualifier: record.qualifier,
            verb: record.verb.as_deref().map(str::to_string),
            indicator: record.indicator.to_string(),
            period,
            headline: record.headline,
        }
    }

    /// The unit family.
    pub fn family(&self) -> Family {
        family(self.unit.as_deref()).0
    }

    /// The value in the base unit with its sign: 下降5.6% → −5.6, 1.2万亿元 → 1.2e12.
    pub fn signed(&self) -> Option<f64> {
        let (_, factor) = family(self.unit.as_deref());
        self.value.map(|v| v * factor * sign(self.verb.as_deref()))
    }

    /// The middle of a range, or the value, with its sign, in the base unit.
    pub fn signed_mid(&self) -> Option<f64> {
        let (_, factor) = family(self.unit.as_deref());
        let v = self.value?;
        let mid = self.value_max.map_or(v, |m| (v + m) / 2.0);
        Some(mid * factor * sign(self.verb.as_deref()))
    }
}

/// The key a target is known by across docs: its canonical id and unit family.
pub type TargetKey = (String, Family);

/// The targets of one doc, one per canonical id and unit family: the first headline statement,
/// else the first one. Placeholders (`X%`) are left out.
pub fn primary_targets(records: &[Record]) -> Vec<&Record> {
    let mut out: Vec<&Record> = Vec::new();
    let mut keys: HashSet<TargetKey> = HashSet::new();
    let candidates = records
        .iter()
        .filter(|r| r.kind == Kind::Target && !r.placeholder);
    for r in candidates
        .clone()
        .filter(|r| r.headline)
        .chain(candidates.filter(|r| !r.headline))
    {
        if keys.insert(key_of(r)) {
            out.push(r);
        }
    }
    out.sort_by_key(|r| r.span.start);
    out
}

/// The key of a record.
pub fn key_of(r: &Record) -> TargetKey {
    (r.canonical.to_string(), family(r.unit.as_deref()).0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_and_scales() {
        assert_eq!(family(Some("%")), (Family::Rate, 1.0));
        assert_eq!(family(Some("个百分点")), (Family::Points, 1.0));
        assert_eq!(family(Some("亿元")), (Family::Level("元".into()), 1e8));
        assert_eq!(family(Some("万亿元")), (Family::Level("元".into()), 1e12));
        assert_eq!(family(Some("万元")), (Family::Level("元".into()), 1e4));
        assert_eq!(family(Some("亿美元")), (Family::Level("美元".into()), 1e8));
        assert_eq!(family(Some("万人")), (Family::Level("人".into()), 1e4));
        assert_eq!(family(Some("万千瓦")), (Family::Level("瓦".into()), 1e7));
        assert_eq!(family(Some("万")), (Family::Level("万".into()), 1.0));
        assert_eq!(family(None), (Family::None, 1.0));
    }

    #[test]
    fn family_round_trips_as_its_label() {
        for f in [
            Family::Rate,
            Family::Points,
            Family::Level("元".into()),
            Family::None,
        ] {
            let json = serde_json::to_string(&f).unwrap();
            assert_eq!(json, format!("\"{}\"", f.label()));
            assert_eq!(serde_json::from_str::<Family>(&json).unwrap(), f);
        }
    }
}
