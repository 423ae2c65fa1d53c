//! What a figure measures: a rate of growth, a level, an increment, a share, a change in
//! percentage points or a count. Targets are only comparable with actuals of the same measure:
//! 新增贷款8000亿元 (an increment) is no loan balance (贷款余额8万亿元, a level).

use crate::search::Words;
use crate::{Measure, Record};

/// Words that make a figure an increment: what is added in the period (新增, 新建, 净增 …).
const INCREMENT_WORDS: [&str; 10] = [
    "新增",
    "新建",
    "新改建",
    "新开工",
    "净增",
    "新培育",
    "新引进",
    "新认定",
    "新登记",
    "新设",
];

/// Endings of an indicator's name that make a percentage a share or a rate (城镇化率, 占…比重).
const RATE_ENDINGS: [&str; 9] = [
    "率",
    "比重",
    "比例",
    "占比",
    "覆盖面",
    "强度",
    "水平",
    "系数",
    "指数",
];

/// The measure of a record with a value (`None` for a goal without a figure); `quote` is the
/// record's span in the normalized text (indicator, verb and figure).
pub(crate) fn of(record: &Record, quote: &str) -> Option<Measure> {
    record.value?;
    let unit = record.unit.as_deref().unwrap_or("");
    if unit.ends_with("百分点") {
        return Some(Measure::ChangePp);
    }
    let verb = record.verb.as_deref().unwrap_or("");
    let name = &*record.indicator;
    if unit == "%" || unit == "‰" {
        let rate = RATE_ENDINGS.iter().any(|w| name.ends_with(w)) || name.contains(['占', '覆']);
        // A rate that rises or falls by a percentage still moves as a rate of growth only when
        // the verb says so and the name is no rate (单位GDP能耗下降3%); 失业率控制在5.5% is a share.
        let change = crate::verbs::is_change(Some(verb));
        return Some(
            if rate && !change || rate && name.ends_with("率") && !name.has("增长率") {
                Measure::Share
            } else {
                Measure::Growth
            },
        );
    }
    // Every increment word holds 新 or 净.
    if (quote.has("新") || quote.has("净")) && INCREMENT_WORDS.iter().any(|w| quote.has(w)) {
        return Some(Measure::Increment);
    }
    if unit == "倍" {
        return Some(Measure::Growth);
    }
    // 比上年增加42亿元: a change in the amount (crate::verbs says which verbs tell a change).
    if crate::verbs::is_change(Some(verb)) && !verb.starts_with("年均") {
        return Some(Measure::Increment);
    }
    let counter = record
        .unit
        .as_deref()
        .is_some_and(crate::quantity::is_counter_unit);
    Some(if counter {
        Measure::Count
    } else {
        Measure::Level
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(text: &str) -> Vec<Option<&'static str>> {
        let a = crate::analyze_with(
            text,
            &crate::Options {
                year: Some(2024),
                region: None,
            },
        );
        a.records()
            .map(|(_, r)| r.measure.map(Measure::as_str))
            .collect()
    }

    #[test]
    fn measures() {
        assert_eq!(
            measure("今年主要预期目标是:地区生产总值增长6%左右,城镇调查失业率控制在5.5%以内。"),
            [Some("growth"), Some("share")]
        );
        assert_eq!(
            measure("今年主要预期目标是:新增贷款8000亿元以上,贷款余额达到8万亿元。"),
            [Some("increment"), Some("level")]
        );
        assert_eq!(
            measure("二、2024年工作安排\n城镇化率提高2个百分点,建设6个湿地公园。"),
            [Some("change_pp"), Some("count")]
        );
    }
}
