//! Units after a number: magnitudes (万, 亿) and base units (元, 人, 吨, %).

use crate::phrases::PhraseIndex;
use std::borrow::Cow;

/// A unit as written, simplified: magnitude plus base (`亿元`, `万人`, `%`, `个百分点`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unit {
    /// Magnitude prefix as written (万, 亿, 万亿, 千万 …), empty when none.
    pub magnitude: &'static str,
    /// Base unit (元, 人, %, 个百分点 …), empty when only a magnitude was written.
    pub base: &'static str,
}

impl Unit {
    /// The unit as the schema spells it (borrowed: every magnitude and base is spelled together once).
    pub fn as_str(&self) -> Cow<'static, str> {
        spelled(self.magnitude, self.base)
    }

    /// Whether the base is a counter (个, 家, 项 …) rather than a measure.
    pub fn is_counter(&self) -> bool {
        // Every counter but one is a single char: compared as chars, not as strings.
        let mut cs = self.base.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => COUNTER_CHARS.contains(&c),
            (Some('个'), Some(_)) => self.base == "个工作日",
            _ => false,
        }
    }
}

/// Whether a unit as the schema spells it (`万个`, `家`) counts things.
pub(crate) fn is_counter_unit(unit: &str) -> bool {
    // A unit ends on its base; every counter but 个工作日 is one char, and no other base ends on one.
    unit.chars()
        .next_back()
        .is_some_and(|c| COUNTER_CHARS.contains(&c))
        || unit.ends_with("个工作日")
}

/// `magnitude` and `base` (each from the lists below, or empty) as one unit: `亿` + `元` → `亿元`.
pub(crate) fn spelled(magnitude: &'static str, base: &'static str) -> Cow<'static, str> {
    if magnitude.is_empty() {
        return Cow::Borrowed(base);
    }
    if base.is_empty() {
        return Cow::Borrowed(magnitude);
    }
    static JOINED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let joined = JOINED.get_or_init(|| {
        magnitude_words()
            .iter()
            .flat_map(|m| BASES.iter().map(move |b| format!("{m}{b}")))
            .collect()
    });
    // The words come from the lists themselves (the unit index hands them out): found by address,
    // by content only when not.
    let slot = |list: &[&str], w: &str| {
        list.iter()
            .position(|x| std::ptr::eq(*x, w))
            .or_else(|| list.iter().position(|x| *x == w))
    };
    match (slot(magnitude_words(), magnitude), slot(BASES, base)) {
        (Some(m), Some(b)) => Cow::Borrowed(joined[m * BASES.len() + b].as_str()),
        _ => Cow::Owned(format!("{magnitude}{base}")),
    }
}

/// Magnitude prefixes of units and their factors, longest first: the one table of them. A unit is
/// read with the magnitudes from 十万 up (千 and 百 begin units of their own: 千瓦, 百分点);
/// compare scales by every one (千瓦 is 1,000 瓦).
pub(crate) const MAGNITUDES: [(&str, f64); 10] = [
    ("万亿", 1e12),
    ("千亿", 1e11),
    ("百亿", 1e10),
    ("亿", 1e8),
    ("千万", 1e7),
    ("百万", 1e6),
    ("十万", 1e5),
    ("万", 1e4),
    ("千", 1e3),
    ("百", 1e2),
];

/// The magnitudes a unit is read with (see [`MAGNITUDES`]).
fn magnitude_words() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        MAGNITUDES
            .iter()
            .filter(|(_, f)| *f >= 1e4)
            .map(|(w, _)| *w)
            .collect()
    })
}

/// Base units (longest first where one is a prefix of another, as the index reads them).
const BASES: &[&str] = &[
    "个百分点",
    "百分点",
    "%",
    "‰",
    "亿美元",
    "美元",
    "元人民币",
    "元/人",
    "元",
    "欧元",
    "人次",
    "人",
    "吨标准煤",
    "吨标煤",
    "吨",
    "平方公里",
    "平方千米",
    "平方米",
    "公里",
    "千米",
    "微克/立方米",
    "立方米",
    "千瓦时",
    "千瓦",
    "兆瓦",
    "MW",
    "GW",
    "kW",
    "公顷",
    "亩",
    "公斤",
    "千克",
    "斤",
    "标箱",
    "辆",
    "台",
    "套",
    "个工作日",
    "个",
    "家",
    "项",
    "户",
    "座",
    "所",
    "件",
    "条",
    "处",
    "张",
    "间",
    "栋",
    "艘",
    "部",
    "名",
    "支",
    "场",
    "批",
    "种",
    "类",
    "片",
    "块",
    "只",
    "架",
    "列",
    "床",
    "岁",
    "头",
    "位",
];

/// Counters: 个工作日, and these single chars.
const COUNTER_CHARS: &[char] = &[
    '个', '家', '项', '户', '座', '所', '件', '条', '处', '张', '间', '栋', '艘', '部', '名', '台',
    '辆', '套', '支', '场', '批', '种', '类', '片', '块', '只', '架', '列', '床', '位',
];

/// Parses a unit at `i`; returns it (if any) and the offset after it.
pub(super) fn parse(text: &str, i: usize) -> (Option<Unit>, usize) {
    let rest = &text[i..];
    // Most text is not a unit: reject on the first char before walking the lists.
    let Some(first) = rest.chars().next() else {
        return (None, i);
    };
    if !matches!(
        first,
        '万' | '亿'
            | '千'
            | '百'
            | '十'
            | '个'
            | '%'
            | '‰'
            | '美'
            | '元'
            | '欧'
            | '人'
            | '吨'
            | '平'
            | '公'
            | '亩'
            | '微'
            | '斤'
            | '标'
            | '辆'
            | '台'
            | '套'
            | '家'
            | '项'
            | '户'
            | '座'
            | '所'
            | '件'
            | '条'
            | '处'
            | '张'
            | '间'
            | '栋'
            | '艘'
            | '部'
            | '名'
            | '支'
            | '场'
            | '批'
            | '种'
            | '类'
            | '片'
            | '块'
            | '只'
            | '架'
            | '列'
            | '床'
            | '岁'
            | '头'
            | '位'
            | 'M'
            | 'G'
            | 'k'
    ) {
        return (None, i);
    }
    let (magnitudes, bases) = index();
    let (magnitude, j) = match magnitudes.longest_at(text, i) {
        Some((m, ())) => (m, i + m.len()),
        None => ("", i),
    };
    // 亿美元 reads as 亿 + 美元: the magnitude is matched first.
    if let Some((base, ())) = bases.longest_at(text, j) {
        if !magnitude.is_empty() && (base == "%" || base == "个百分点" || base == "百分点") {
            return (None, i);
        }
        // 迈上万亿台阶: a step, not machines.
        if base == "台" && text[j + base.len()..].starts_with('阶') {
            return (None, i);
        }
        return (Some(Unit { magnitude, base }), j + base.len());
    }
    if !magnitude.is_empty() {
        // 25万贫困人口, 30万院校毕业生: people counted, the noun naming them after the figure.
        let base = if counts_people(&text[j..]) { "人" } else { "" };
        return (Some(Unit { magnitude, base }), j);
    }
    (None, i)
}

/// Whether the words after a bare magnitude name people (贫困人口, 农村居民, 高校毕业生), a
/// qualifier (以上, 多, 余) between them.
fn counts_people(after: &str) -> bool {
    const PEOPLE: [&str; 22] = [
        "人口",
        "贫困人口",
        "农村贫困人口",
        "建档立卡贫困人口",
        "常住人口",
        "农村居民",
        "城镇居民",
        "居民",
        "农民工",
        "农民",
        "群众",
        "贫困群众",
        "高校毕业生",
        "院校毕业生",
        "毕业生",
        "学生",
        "农村劳动力",
        "劳动力",
        "职工",
        "青年",
        "老年人",
        "残疾人",
    ];
    let after = ["以上", "左右", "多", "余"]
        .iter()
        .find_map(|q| after.strip_prefix(q))
        .unwrap_or(after);
    PEOPLE.iter().any(|p| after.starts_with(p))
}

/// Magnitudes and base units by first char: the longest one written wins.
fn index() -> &'static (PhraseIndex<()>, PhraseIndex<()>) {
    static INDEX: std::sync::OnceLock<(PhraseIndex<()>, PhraseIndex<()>)> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let of = |list: &'static [&'static str]| PhraseIndex::new(list.iter().map(|w| (*w, ())));
        (of(magnitude_words()), of(BASES))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Option<String> {
        parse(s, 0).0.map(|u| u.as_str().into_owned())
    }

    #[test]
    fn units() {
        assert_eq!(u("亿元,增长"), Some("亿元".into()));
        assert_eq!(u("万亿元"), Some("万亿元".into()));
        assert_eq!(u("亿美元"), Some("亿美元".into()));
        assert_eq!(u("万美元"), Some("万美元".into()));
        assert_eq!(u("个百分点"), Some("个百分点".into()));
        assert_eq!(u("万人次"), Some("万人次".into()));
        assert_eq!(u("万、4.9"), Some("万".into()));
        assert_eq!(u("年"), None);
        assert_eq!(parse("%", 0).0.unwrap().base, "%");
        assert!(parse("家", 0).0.unwrap().is_counter());
        assert!(matches!(
            parse("万吨", 0).0.unwrap().as_str(),
            Cow::Borrowed("万吨")
        ));
        assert_eq!(spelled("亿", "元"), "亿元");
        assert_eq!(spelled("亿", "斗"), "亿斗");
    }
}
