//! The attainment rule table (see [`super::attainment`]): a target's bound, its tolerance and
//! the verdict on a figure, including half-year figures on schedule and goals in step with GDP.

use super::figure::{self, Family, Figure};
use super::Options;
use crate::Hardness;
use serde::{Deserialize, Serialize};

/// How a target binds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Bound {
    Floor,
    Ceiling,
    Point,
}

/// Judges an achieved figure against a target with a figure (see the module docs).
pub fn evaluate(
    target: &Figure,
    actual: &Figure,
    lower_is_better: bool,
    options: &Options,
) -> Verdict {
    let family = target.family();
    let (Some(value), Some(a)) = (target.value, actual.signed()) else {
        return Verdict {
            status: Status::Unknown,
            gap: None,
            completion: None,
            rule: "no figure".into(),
        };
    };
    let factor = figure::family(target.unit.as_deref()).1;
    let s = figure::sign(target.verb.as_deref());
    // Everything in the direction the target is written, in the base unit.
    let x = s * a;
    let lo = value * factor;
    let hi = target.value_max.map_or(lo, |m| m * factor);
    let range = target.value_max.is_some();
    let hardness = target.qualifier.map(|q| q.hardness());
    let bound = match hardness {
        Some(Hardness::Floor) => Bound::Floor,
        Some(Hardness::Ceiling) => Bound::Ceiling,
        _ => Bound::Point,
    };
    let controlled = target.verb.as_deref().is_some_and(|v| v.contains("控制"));
    let favour_down = bound == Bound::Point && (lower_is_better || controlled);
    let soft = hardness == Some(Hardness::Soft) || (hardness.is_none() && !range);
    let tol = if !soft {
        0.0
    } else if family.is_rate() {
        options.about_points
    } else {
        lo.abs() * options.about_percent / 100.0
    };
    let eps = 1e-9 * lo.abs().max(1.0);
    let q = target.qualifier.map_or("bare figure", |q| q.as_str());
    let (status, reference, rule) = match bound {
        Bound::Floor => {
            let status = if x < lo - eps {
                Status::Missed
            } else if x > lo + options_tol(&family, lo, options) + eps {
                Status::Exceeded
            } else {
                Status::Met
            };
            (
                status,
                lo,
                format!("{q}: met when actual ≥ target, exceeded beyond the tolerance"),
            )
        }
        Bound::Ceiling => {
            let status = if x <= hi + eps {
                Status::Met
            } else {
                Status::Missed
            };
            (status, hi, format!("{q}: met when actual ≤ target"))
        }
        Bound::Point if favour_down => {
            let status = if x <= hi + tol + eps {
                Status::Met
            } else {
                Status::Missed
            };
            let reference = if range && x >= lo && x <= hi { x } else { hi };
            (
                status,
                reference,
                format!(
                    "{q}, lower is better: met when actual ≤ target + {}",
                    tol_text(tol, &family, lo)
                ),
            )
        }
        Bound::Point => {
            let status = if x < lo - tol - eps {
                Status::Missed
            } else if x > hi + tol + eps {
                Status::Exceeded
            } else {
                Status::Met
            };
            // The nearer bound of a range (none inside it); the value of a single figure.
            let reference = if !range || x < lo {
                lo
            } else if x > hi {
                hi
            } else {
                x
            };
            let what = if range { "range" } else { "about" };
            (
                status,
                reference,
                format!(
                    "{q} ({what}): met within the target ± {}",
                    tol_text(tol, &family, lo)
                ),
            )
        }
    };
    let (gap, completion) = if family.is_rate() {
        (Some(round(x - reference)), None)
    } else {
        let gap = (reference != 0.0).then(|| round((x - reference) / reference.abs() * 100.0));
        let completion = (lo != 0.0).then(|| round(x / lo * 100.0));
        (gap, completion)
    };
    Verdict {
        status,
        gap,
        completion,
        rule,
    }
}

/// The tolerance a floor is exceeded beyond: the one of 左右 (a floor met by a hair is met).
pub(super) fn options_tol(family: &Family, value: f64, options: &Options) -> f64 {
    if family.is_rate() {
        options.about_points
    } else {
        value.abs() * options.about_percent / 100.0
    }
}

pub(super) fn tol_text(tol: f64, family: &Family, value: f64) -> String {
    if family.is_rate() {
        format!("{} percentage points", round(tol))
    } else if value != 0.0 {
        format!("{}%", round(tol / value.abs() * 100.0))
    } else {
        "0".into()
    }
}

/// A half-year level against the annual level target: on schedule at `half_year_share` of it.
pub(super) fn half_year_level(target: &Figure, actual: &Figure, options: &Options) -> Verdict {
    let unknown = Verdict {
        status: Status::Unknown,
        gap: None,
        completion: None,
        rule: "no figure".into(),
    };
    let (Some(t), Some(a)) = (target.signed_mid(), actual.signed()) else {
        return unknown;
    };
    if t == 0.0 {
        return unknown;
    }
    let completion = a / t * 100.0;
    let due = options.half_year_share;
    Verdict {
        status: if completion + 1e-9 >= due {
            Status::Met
        } else {
            Status::Missed
        },
        gap: Some(round((completion - due) / due * 100.0)),
        completion: Some(round(completion)),
        rule: format!("half year: on schedule at {due}% of the annual target"),
    }
}

/// Growth held against GDP growth: in step within the tolerance.
pub(super) fn in_step_verdict(actual: &Figure, gdp: &Figure, options: &Options) -> Verdict {
    let (Some(x), Some(g)) = (actual.signed(), gdp.signed()) else {
        return Verdict {
            status: Status::Unknown,
            gap: None,
            completion: None,
            rule: "no figure".into(),
        };
    };
    let tol = options.about_points;
    let status = if x < g - tol - 1e-9 {
        Status::Missed
    } else if x > g + tol + 1e-9 {
        Status::Exceeded
    } else {
        Status::Met
    };
    Verdict {
        status,
        gap: Some(round(x - g)),
        completion: None,
        rule: format!(
            "in step with GDP growth: met within GDP growth ± {} percentage points",
            round(tol)
        ),
    }
}

/// Rounds away binary noise (6.9 − 6.5 = 0.4000000000000004).
pub(super) fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// How a target fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The target was met.
    Met,
    /// The target was not met.
    Missed,
    /// The target was beaten by more than the tolerance.
    Exceeded,
    /// No comparable figure, or a goal without one.
    Unknown,
}

impl Status {
    /// The lowercase name used in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Missed => "missed",
            Status::Exceeded => "exceeded",
            Status::Unknown => "unknown",
        }
    }
}

/// Which figure a target is held against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// The figure for the whole year.
    Annual,
    /// The figure for the first half of the year.
    HalfYear,
}

/// The verdict of one rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// Met, missed, exceeded or unknown.
    pub status: Status,
    /// Actual − target (points for rates, per cent for levels).
    pub gap: Option<f64>,
    /// For levels: the actual in per cent of the target.
    pub completion: Option<f64>,
    /// The rule, in words.
    pub rule: String,
}
