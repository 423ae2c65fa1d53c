//! Finding the figure a target is judged by: the same government's figure for the target's year,
//! of the same indicator and measure, preferring the report that reviews that year.

use super::figure::{self, Family, Figure, VerbClass};
use super::rules::{evaluate, half_year_level, in_step_verdict, Stage, Status, Verdict};
use super::{Options, View};
use crate::{Kind, Measure, Record};

/// A figure found in a doc.
pub(super) type Found<'v, 'a> = (&'v View<'a>, &'a Record, Figure);

/// How well a found figure fits, lowest best (see [`find_actual`]).
pub(super) type Rank = (u8, u8, u8, u8, usize, usize);

pub(super) struct Judged<'v, 'a> {
    pub(super) family: Family,
    pub(super) actual: Option<Found<'v, 'a>>,
    pub(super) reference: Option<Found<'v, 'a>>,
    pub(super) verdict: Verdict,
}

pub(super) fn judge_target<'v, 'a>(
    views: &'v [View<'a>],
    view: &View,
    record: &Record,
    target: &Figure,
    period: &str,
    stage: Stage,
    options: &Options,
) -> Judged<'v, 'a> {
    let family = target.family();
    let unknown = |rule: &str| Verdict {
        status: Status::Unknown,
        gap: None,
        completion: None,
        rule: rule.into(),
    };
    // No target set (没有提出全年经济增速具体目标): nothing to be met.
    if record.absent {
        return Judged {
            family,
            actual: None,
            reference: None,
            verdict: unknown("no target set"),
        };
    }
    // A goal without a figure, set against GDP growth (与经济增长同步).
    if target.value.is_none() {
        let in_step = target.verb.as_deref().is_some_and(|v| v.contains("同步"));
        if !in_step {
            return Judged {
                family,
                actual: None,
                reference: None,
                verdict: unknown("qualitative target"),
            };
        }
        let growth = Some(VerbClass::Change);
        let actual = find_actual(
            views,
            view,
            &record.canonical,
            None,
            &Family::Rate,
            growth,
            None,
            period,
        );
        let reference = find_actual(
            views,
            view,
            "gdp",
            None,
            &Family::Rate,
            growth,
            None,
            period,
        );
        let verdict = match (&actual, &reference) {
            (Some(a), Some(r)) => in_step_verdict(&a.2, &r.2, options),
            _ => unknown("in step with GDP growth: growth figures not found"),
        };
        return Judged {
            family: Family::Rate,
            actual,
            reference,
            verdict,
        };
    }
    let class = figure::verb_class(target.verb.as_deref());
    let actual = find_actual(
        views,
        view,
        &record.canonical,
        record.measure,
        &family,
        class,
        Some(&target.indicator),
        period,
    );
    let verdict = match &actual {
        None => unknown("no comparable figure found"),
        Some((_, _, a)) => {
            let lower_is_better = crate::indicator::lower_is_better(&record.canonical);
            match stage {
                Stage::HalfYear if !family.is_rate() => half_year_level(target, a, options),
                _ => evaluate(target, a, lower_is_better, options),
            }
        }
    };
    Judged {
        family,
        actual,
        reference: None,
        verdict,
    }
}

/// The achieved figure for `period` of the same government: same canonical id and unit family,
/// a change against a change (增长6.9% against 增长6.5%, not 提高到15% or 增加到82.7万亿元), the
/// period the extractor gave the figure (undated figures and 年均 averages are left out).
/// Preferred: the report whose own review period it is, the same kind of verb, the indicator
/// written as in the target, an exact figure (no 约, 超过, 以上), the first statement.
#[allow(clippy::too_many_arguments)] // the target's facts, each a filter of its own
pub(super) fn find_actual<'v, 'a>(
    views: &'v [View<'a>],
    target_view: &View,
    canonical: &str,
    measure: Option<Measure>,
    family: &Family,
    class: Option<VerbClass>,
    indicator: Option<&str>,
    period: &str,
) -> Option<Found<'v, 'a>> {
    let mut best: Option<(Rank, Found)> = None;
    for v in views.iter().filter(|v| v.same_government(target_view)) {
        let review = v.info.year.map(|y| {
            if v.info.half_year {
                format!("{y}H1")
            } else {
                (y - 1).to_string()
            }
        });
        for r in &v.doc.records {
            if r.kind != Kind::Actual
                || r.canonical != canonical
                || r.value.is_none()
                || r.placeholder
            {
                continue;
            }
            if figure::family(r.unit.as_deref()).0 != *family {
                continue;
            }
            // An increment is no level (新增贷款8000亿元 against 贷款余额8万亿元), a share no growth.
            if measure.zip(r.measure).is_some_and(|(t, a)| t != a) {
                continue;
            }
            // A change against a level is no comparison; a verb that says neither may stand for either.
            let (tc, ac) = (class, figure::verb_class(r.verb.as_deref()));
            if tc.is_some() && ac.is_some() && tc != ac {
                continue;
            }
            // An average over years is not the year's figure, whatever period it carries.
            if r.verb.as_deref().is_some_and(|v| v.contains("年均")) {
                continue;
            }
            // Only the extractor's period: a figure it could not date is left out.
            let Some(p) = r.period.clone() else { continue };
            if p != period {
                continue;
            }
            let rank = (
                u8::from(review.as_deref() != Some(period)),
                u8::from(tc != ac),
                u8::from(indicator.is_some_and(|i| i != r.indicator)),
                u8::from(r.qualifier.is_some()),
                v.index,
                r.span.start,
            );
            if best.as_ref().is_none_or(|(b, _)| rank < *b) {
                best = Some((rank, (v, r, Figure::of(r, Some(p.to_string())))));
            }
        }
    }
    best.map(|(_, found)| found)
}
