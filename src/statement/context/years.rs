//! Years and plans as a text writes them: the year a clause names (2020年达48亿元), a horizon
//! (到2025年), this year (今年), a five-year plan by name (“十四五”) and the years it spans.

use super::Time;
use crate::search::occurrences;
use crate::search::Words;

/// A five-year plan named in the text (十三五 → 2016-2020); a plan named as a baseline
/// (较“十二五”末, 是“十二五”时期的) is not the period spoken of.
/// The five years to come, as reports name them.
pub(crate) const YEARS_AHEAD: [&str; 4] = ["今后五年", "未来五年", "今后5年", "未来5年"];

/// The five-year plans by name, with their first years.
pub(crate) const PLANS: [(&str, i32); 6] = [
    ("十一五", 2006),
    ("十二五", 2011),
    ("十三五", 2016),
    ("十四五", 2021),
    ("十五五", 2026),
    ("十六五", 2031),
];

pub(crate) fn named_plan(s: &str) -> Option<(i32, i32)> {
    // Every plan's name is three chars ending in 五: one walk over the 五s, the leftmost wins.
    for (p, _) in s.match_indices('五') {
        let Some(at) = p.checked_sub("十一".len()) else {
            continue;
        };
        let Some((name, y)) = s
            .get(at..p + "五".len())
            .and_then(|w| PLANS.iter().find(|(n, _)| *n == w))
        else {
            continue;
        };
        let after = s[at + name.len()..].trim_start_matches('”');
        let before = s[..at].trim_end_matches('“');
        let baseline = after.starts_with('末')
            || after.starts_with("时期的")
            || before.ends_with('较')
            || before.ends_with('比');
        if !baseline {
            return Some((*y, y + 4));
        }
    }
    None
}

/// Any plan a heading names (“十二五”时期的主要目标: a heading names no baseline).
pub(crate) fn plan_in_heading(h: &str) -> Option<(i32, i32)> {
    PLANS
        .iter()
        .find(|(n, _)| h.has(n))
        .map(|(_, y)| (*y, y + 4))
}

/// The plan period containing `year`.
pub(crate) fn plan_containing(year: i32) -> (i32, i32) {
    let start = year - (year - 2001).rem_euclid(5);
    (start, start + 4)
}

/// The first year at least ten years past the report's named in `s` (2035年): a long-range horizon.
pub(crate) fn vision_year(s: &str, time: Time) -> Option<i32> {
    let t = time.year?;
    years_written(s).find(|y| *y >= t + 10)
}

/// The years written in `s` as four digits and 年 (2035年), 1949 to 2100, left to right.
pub(crate) fn years_written(s: &str) -> impl Iterator<Item = i32> + '_ {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(6)).filter_map(move |i| {
        let four =
            b[i..i + 4].iter().all(u8::is_ascii_digit) && (i == 0 || !b[i - 1].is_ascii_digit());
        let y: i32 = if four && s[i + 4..].starts_with('年') {
            s[i..i + 4].parse().ok()?
        } else {
            return None;
        };
        (1949..=2100).contains(&y).then_some(y)
    })
}

/// Where `s` first speaks of the year ahead (今年力争…, 今年要在…基础上), not of the year so far
/// (今年以来, 今年上半年, 今年1-5月) nor of what this year continues (今年是…).
pub(crate) fn this_year_at(s: &str) -> Option<usize> {
    occurrences(s, "今年").find(|p| {
        let after = &s[p + "今年".len()..];
        ![
            "以来",
            "上半年",
            "前",
            "一季度",
            "1-",
            "1至",
            "是",
            "的",
            "年初",
        ]
        .iter()
        .any(|w| after.starts_with(w))
            && !after.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// Whether `s` speaks of the report's own year (今年, 2021年).
pub(crate) fn names_this_year(s: &str, time: Time) -> bool {
    s.has("今年") || time.year.is_some_and(|y| year_in(s, y))
}

/// A year the sentence looks forward to (到2025年), if later than the report's own year.
pub(crate) fn future_year(s: &str, time: Time) -> Option<i32> {
    let mut from = 0;
    while let Some(p) = s[from..].find('到') {
        let at = from + p + "到".len();
        let rest = &s[at..];
        if rest.len() >= 7
            && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && rest[4..].starts_with('年')
        {
            let y: i32 = rest[..4].parse().ok()?;
            if time.year.is_none_or(|t| y > t) {
                return Some(y);
            }
        }
        from = at;
    }
    None
}

/// A year a clause names as its own (2020年达48.12亿元), not a baseline (较2015年) nor a horizon (到2025年).
pub(crate) fn clause_year(clause: &str) -> Option<i32> {
    let b = clause.as_bytes();
    let mut i = 0;
    while i + 4 < b.len() {
        // No run of four digits holds a non-digit: none starts at i, i + 1, i + 2 or i + 3.
        if !b[i + 3].is_ascii_digit() {
            i += 4;
            continue;
        }
        if b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && clause[i + 4..].starts_with('年')
        {
            let before = &clause[..i];
            let baseline = ["较", "比", "到", "从", "由", "是", "于", "至"]
                .iter()
                .any(|w| before.ends_with(w));
            let after = &clause[i + 4 + '年'.len_utf8()..];
            let ranged = after.starts_with('的')
                || after.starts_with('末')
                || after.starts_with('-')
                || after.starts_with('至');
            if !baseline && !ranged {
                return clause[i..i + 4]
                    .parse()
                    .ok()
                    .filter(|y| (1949..=2100).contains(y));
            }
            i += 4;
            continue;
        }
        i += 1;
    }
    None
}

/// Whether `s` names the year `y` (2021年).
pub(crate) fn year_in(s: &str, y: i32) -> bool {
    let mut buf = [0u8; 4];
    let digits = year_digits(y, &mut buf);
    let mut from = 0;
    while let Some(p) = s[from..].find_word(digits) {
        let at = from + p;
        if s[at + 4..].starts_with('年') {
            return true;
        }
        from = at + 4;
    }
    false
}

pub(crate) fn year_digits(y: i32, buf: &mut [u8; 4]) -> &str {
    let y = y.clamp(0, 9999) as u32;
    for (i, b) in buf.iter_mut().enumerate() {
        *b = b'0' + (y / 10u32.pow(3 - i as u32) % 10) as u8;
    }
    std::str::from_utf8(buf).unwrap_or("0000")
}
