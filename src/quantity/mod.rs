//! Numbers with their units, ranges, placeholders and qualifiers, found in normalized text.

mod arabic;
mod chinese;

mod unit;
pub(crate) use unit::MAGNITUDES;

use crate::Qualifier;

pub(crate) use unit::{is_counter_unit, spelled, Unit};

/// One figure in the normalized text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Quantity {
    /// Normalized byte offset of the number's first char (or of a qualifier before it).
    pub start: usize,
    /// Normalized byte offset just past the unit (or a qualifier after it).
    pub end: usize,
    /// Start of the number itself, qualifiers before it excluded.
    pub number_start: usize,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<Unit>,
    pub placeholder: bool,
    pub qualifier: Option<Qualifier>,
    /// The qualifier word before the number, when it also reads as a verb (突破, 超过).
    pub verb_before: Option<&'static str>,
}

/// Finds every figure in `text`, left to right, trying only the places `starts` names (a digit
/// after a non-digit, an X, a Chinese numeral: see `Events`). Linear in the text's length.
#[inline(never)] // a phase of `analyze`: see there
pub(crate) fn scan(text: &str, starts: &[usize]) -> Vec<Quantity> {
    let bytes = text.as_bytes();
    // About two in five places hold a figure (reports).
    let mut out = Vec::with_capacity(starts.len() / 2);
    // Everything before `next` is consumed: a figure, or a run of letters and digits that made none.
    let mut next = 0;
    for &i in starts {
        if i < next {
            continue;
        }
        let b = bytes[i];
        let found = if b.is_ascii_digit() {
            number_at(text, i)
        } else if b == b'X' || b == b'x' {
            placeholder_at(text, i)
        } else {
            chinese_at(text, i)
        };
        match found {
            Some(q) => {
                next = q.end.max(i + 1);
                out.push(q);
            }
            None if b.is_ascii_alphanumeric() => {
                next = i + 1;
                while next < bytes.len()
                    && (bytes[next].is_ascii_alphanumeric()
                        || bytes[next] == b'.'
                        || bytes[next] == b',')
                {
                    next += 1;
                }
            }
            None => next = i + 1,
        }
    }
    out
}

/// [`scan`] over every place of `text` (for tests).
#[cfg(test)]
fn scan_all(text: &str) -> Vec<Quantity> {
    scan(text, &crate::events::Events::scan(text).figures)
}

fn prev_char(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// Whether an ordinal's number (after 第) is a rank (第24位, 第3名), a figure of its own;
/// other ordinals (第3季度, 第二批) number things and are no figures.
fn ranked_number(rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && rest[digits..].starts_with(['位', '名'])
}

/// An Arabic number at `i`, with its unit, range and qualifiers.
fn number_at(text: &str, i: usize) -> Option<Quantity> {
    if let Some(p) = prev_char(text, i) {
        if p.is_ascii_alphanumeric()
            || p == '第' && !ranked_number(&text[i..])
            // 居全省前10位, 后3名: a band of ranks, no figure.
            || matches!(p, '前' | '后') && ranked_number(&text[i..])
            || p == '.'
            || p == '-' && prev_is_digit(text, i - 1)
        {
            return None;
        }
    }
    let (value, after) = arabic::parse(text, i)?;
    // 1030多亿元, 130余名: more than the number, the unit after the 多.
    let more = ['多', '余']
        .into_iter()
        .find(|c| text[after..].starts_with(*c))
        .map(char::len_utf8);
    // 4万多亿元: more than 4万亿元, the 多 inside the magnitude.
    let inside = ["万多亿", "万余亿"]
        .iter()
        .any(|w| text[after..].starts_with(*w))
        .then(|| unit::parse(text, after + "万多".len()))
        .and_then(|(u, end)| Some((u.filter(|u| u.magnitude == "亿")?, end)));
    let (unit, after_unit, more) = match (inside, more.map(|n| unit::parse(text, after + n))) {
        (Some((u, end)), _) => (
            Some(Unit {
                magnitude: "万亿",
                base: u.base,
            }),
            end,
            true,
        ),
        (None, Some((Some(u), end))) => (Some(u), end, true),
        _ => {
            let (u, end) = unit::parse(text, after);
            (u, end, false)
        }
    };
    // 保6争7: growth rates in per cent, the unit left unwritten.
    let unit = unit.or_else(|| {
        commitment_pair(text, i, after).then_some(Unit {
            magnitude: "",
            base: "%",
        })
    });
    // 受教育年限10.8年: years as a measure (a decimal, so no calendar year).
    let years = unit.is_none()
        && value < 100.0
        && text[i..after].contains('.')
        && text[after..].starts_with('年');
    let (unit, after_unit) = if years {
        (
            Some(Unit {
                magnitude: "",
                base: "年",
            }),
            after + '年'.len_utf8(),
        )
    } else {
        (unit, after_unit)
    };
    let mut q = finish(text, i, Some(value), unit, after_unit, false)?;
    if more {
        q.qualifier = q.qualifier.or(Some(Qualifier::Over));
    }
    Some(q)
}

/// Whether the number at `start..end` is one of a 保X争Y pair.
fn commitment_pair(text: &str, start: usize, end: usize) -> bool {
    match prev_char(text, start) {
        Some('保') => text[end..]
            .strip_prefix('争')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())),
        Some('争') => {
            let before = text[..start - '争'.len_utf8()]
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
            before.ends_with('保') && before.len() < start - '争'.len_utf8()
        }
        _ => false,
    }
}

fn prev_is_digit(text: &str, i: usize) -> bool {
    prev_char(text, i).is_some_and(|c| c.is_ascii_digit())
}

/// A placeholder figure (X%, XX亿元) at `i`.
fn placeholder_at(text: &str, i: usize) -> Option<Quantity> {
    if prev_char(text, i).is_some_and(|p| p.is_ascii_alphanumeric()) {
        return None;
    }
    let bytes = text.as_bytes();
    let mut j = i;
    while j < bytes.len() && (bytes[j] == b'X' || bytes[j] == b'x') && j - i < 4 {
        j += 1;
    }
    if j < bytes.len()
        && bytes[j] == b'.'
        && bytes.get(j + 1).is_some_and(|b| *b == b'X' || *b == b'x')
    {
        j += 2;
        while j < bytes.len() && (bytes[j] == b'X' || bytes[j] == b'x') {
            j += 1;
        }
    }
    if bytes.get(j).is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let (unit, after_unit) = unit::parse(text, j);
    unit.as_ref()?;
    finish(text, i, None, unit, after_unit, true)
}

/// A number in Chinese numerals (百分之七, 千亿元, 两位数) at `i`.
fn chinese_at(text: &str, i: usize) -> Option<Quantity> {
    let (value, value_max, unit, after) = chinese::parse(text, i)?;
    if let Some(p) = prev_char(text, i) {
        if chinese::is_numeral(p) || p == '第' {
            return None;
        }
    }
    // 最后一公里, 亿万人民: idioms, not figures.
    if text[..i].ends_with("最后") && text[i..].starts_with('一') || text[i..].starts_with("亿万")
    {
        return None;
    }
    let mut q = finish(text, i, Some(value), Some(unit), after, false)?;
    q.value_max = q.value_max.or(value_max);
    if text[i..].starts_with("两位数") {
        q.qualifier = q.qualifier.or(Some(Qualifier::AtLeast));
    }
    Some(q)
}

const RANGE_SEPARATORS: [&str; 9] = ["至", "到", "~", "-", "—", "–", "－", "～", "——"];

/// Range, qualifiers before and after, for a number spanning `number_start..after_unit`.
fn finish(
    text: &str,
    number_start: usize,
    value: Option<f64>,
    mut unit: Option<Unit>,
    mut end: usize,
    placeholder: bool,
) -> Option<Quantity> {
    let mut value_max = None;
    // Ranges: 4.5%至5%, 6%-6.5%, 6-6.5%.
    let rest = &text[end..];
    // Most figures are no range: one look at the next char rules the separators out.
    let may_range = rest
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '至' | '到' | '~' | '-' | '—' | '–' | '－' | '～'));
    for sep in RANGE_SEPARATORS.iter().rev().filter(|_| may_range) {
        if let Some(r) = rest.strip_prefix(sep) {
            let j = end + sep.len();
            if text.as_bytes().get(j).is_some_and(|b| b.is_ascii_digit()) {
                if let Some((v2, after2)) = arabic::parse(text, j) {
                    let (u2, after_u2) = unit::parse(text, after2);
                    let compatible = match (&unit, &u2) {
                        (Some(a), Some(b)) => a == b,
                        (None, Some(_)) => true,
                        _ => false,
                    };
                    if compatible && value.is_some_and(|v| v2 >= v) {
                        value_max = Some(v2);
                        unit = u2;
                        end = after_u2;
                    }
                }
            }
            let _ = r;
            break;
        }
    }
    let unit = unit?;
    let (qual_before, verb_before, start) = qualifier_before(text, number_start);
    let (qual_after, end) = qualifier_after(text, end);
    Some(Quantity {
        start,
        end,
        number_start,
        value,
        value_max,
        unit: Some(unit),
        placeholder,
        qualifier: qual_after.or(qual_before),
        verb_before,
    })
}

const BEFORE: &[(&str, Qualifier, Option<&str>)] = &[
    ("不低于", Qualifier::NotBelow, None),
    ("不少于", Qualifier::NotBelow, None),
    ("不超过", Qualifier::NotAbove, None),
    ("不高于", Qualifier::NotAbove, None),
    ("超过", Qualifier::Over, Some("超过")),
    ("突破", Qualifier::Over, Some("突破")),
    ("超", Qualifier::Over, Some("超")),
    ("大约", Qualifier::Approx, None),
    ("约", Qualifier::Approx, None),
    ("接近", Qualifier::Nearly, None),
    ("近", Qualifier::Nearly, None),
];

fn qualifier_before(text: &str, i: usize) -> (Option<Qualifier>, Option<&'static str>, usize) {
    let head = &text[..i];
    // Every word ends in one of these chars: one look rules the list out for most figures.
    if !head
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '于' | '过' | '破' | '超' | '约' | '近'))
    {
        return (None, None, i);
    }
    // 约 that ends a word (签约, 节约, 制约, 公约) is no "about".
    if head.ends_with('约')
        && crate::words::WORDS_ENDING_IN_YUE
            .iter()
            .any(|w| head.ends_with(w))
    {
        return (None, None, i);
    }
    for (w, q, v) in BEFORE {
        if head.ends_with(w) {
            // 超 inside 超额/超出 is a verb of its own, not a qualifier of this number.
            return (Some(*q), *v, i - w.len());
        }
    }
    (None, None, i)
}

const AFTER: &[(&str, Qualifier)] = &[
    ("左右", Qualifier::About),
    ("上下", Qualifier::About),
    ("以上", Qualifier::AtLeast),
    ("以内", Qualifier::Within),
    ("之内", Qualifier::Within),
    ("以下", Qualifier::Below),
];

fn qualifier_after(text: &str, i: usize) -> (Option<Qualifier>, usize) {
    let rest = &text[i..];
    // Every word starts with one of these chars.
    if !rest
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '左' | '上' | '以' | '之'))
    {
        return (None, i);
    }
    for (w, q) in AFTER {
        if rest.starts_with(w) {
            return (Some(*q), i + w.len());
        }
    }
    (None, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_rejects_cover_their_lists() {
        for sep in RANGE_SEPARATORS {
            let t = format!("5%{sep}6%");
            assert!(
                finish(&t, 0, Some(5.0), unit::parse(&t, 1).0, 2, false)
                    .unwrap()
                    .value_max
                    == Some(6.0),
                "{sep}"
            );
        }
        for (w, q, _) in BEFORE {
            assert_eq!(
                qualifier_before(&format!("甲{w}"), format!("甲{w}").len()).0,
                Some(*q),
                "{w}"
            );
        }
        for (w, q) in AFTER {
            assert_eq!(qualifier_after(w, 0).0, Some(*q), "{w}");
        }
    }

    fn one(text: &str) -> Quantity {
        let qs = scan_all(text);
        assert_eq!(qs.len(), 1, "{text}: {qs:?}");
        qs.into_iter().next().unwrap()
    }

    fn unit(q: &Quantity) -> &'static str {
        Box::leak(
            q.unit
                .as_ref()
                .map(|u| u.as_str())
                .unwrap_or_default()
                .into_owned()
                .into_boxed_str(),
        )
    }

    #[test]
    fn arabic_with_units() {
        let q = one("增长7.5%以上");
        assert_eq!(
            (q.value, unit(&q), q.qualifier),
            (Some(7.5), "%", Some(Qualifier::AtLeast))
        );
        let q = one("收入50.05亿元");
        assert_eq!((q.value, unit(&q)), (Some(50.05), "亿元"));
        let q = one("提高0.1个百分点");
        assert_eq!((q.value, unit(&q)), (Some(0.1), "个百分点"));
        let q = one("人口1,234万人");
        assert_eq!((q.value, unit(&q)), (Some(1234.0), "万人"));
    }

    #[test]
    fn ranges() {
        let q = one("增长4.5%至5%");
        assert_eq!(
            (q.value, q.value_max, unit(&q)),
            (Some(4.5), Some(5.0), "%")
        );
        let q = one("增长6-6.5%");
        assert_eq!(
            (q.value, q.value_max, unit(&q)),
            (Some(6.0), Some(6.5), "%")
        );
    }

    #[test]
    fn placeholders() {
        let q = one("增长X%");
        assert!(q.placeholder && q.value.is_none());
        assert_eq!(unit(&q), "%");
        assert!(scan_all("xx区人民政府").is_empty());
    }

    #[test]
    fn not_figures() {
        assert!(scan_all("2020年7月15日第3次会议").is_empty());
        assert!(scan_all("建设5G基站和G60走廊").is_empty());
    }

    #[test]
    fn qualifiers_before() {
        let q = one("增长不低于7.5%");
        assert_eq!(q.qualifier, Some(Qualifier::NotBelow));
        let q = one("突破1000亿元");
        assert_eq!(
            (q.qualifier, q.verb_before),
            (Some(Qualifier::Over), Some("突破"))
        );
    }

    #[test]
    fn chinese_numerals() {
        let q = one("突破千亿元");
        assert_eq!((q.value, unit(&q)), (Some(1000.0), "亿元"));
        let q = one("达到两位数");
        assert_eq!(
            (q.value, unit(&q), q.qualifier),
            (Some(10.0), "%", Some(Qualifier::AtLeast))
        );
        let q = one("百分之七");
        assert_eq!((q.value, unit(&q)), (Some(7.0), "%"));
        let q = one("新增就业突破万人");
        assert_eq!((q.value, unit(&q)), (Some(1.0), "万人"));
        assert!(scan_all("一是加快建设两个园区").is_empty());
    }
}
