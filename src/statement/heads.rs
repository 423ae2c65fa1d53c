//! Whole noun phrases around a lexicon phrase, head last: a head after it makes another
//! indicator (经济增长的贡献率, 占GDP比重), noun modifiers before it narrow it or not
//! (金融机构人民币贷款余额 is loans, 海洋生产总值 is no GDP).

use super::name::{clean_name, first_occurrence, other_subject, strip_actions};
use super::{verb, Id, Subject};
use crate::indicator::Found;
use crate::search::Words;
use crate::words;

/// The phrase `f` with the head that follows it before `to` (经济增长的贡献率), when there is one.
pub(super) fn headed_phrase<'a>(text: &'a str, f: &Found, to: usize) -> Option<Subject<'a>> {
    let tail = text.get(f.end..to)?;
    if tail.is_empty() || tail.len() > 8 * 3 {
        return None;
    }
    let head_end = words::HEADS
        .iter()
        .filter_map(|h| tail.find_word(h).map(|p| p + h.len()))
        .min()?;
    let (name, _) = strip_actions(clean_name(&text[f.start..f.end + head_end]));
    let sub = other_subject(text, f.start, f.end + head_end, name)?;
    // A phrase the lexicon reads as a rate already (空气质量优良天数 is the good days' ratio)
    // stays that indicator with a rate's head (…比率, …覆盖率).
    let rate = ["_ratio", "_coverage", "_rate"]
        .iter()
        .any(|r| f.entry.canonical.ends_with(r));
    let rate_head = ["比率", "比例", "覆盖率", "覆盖面", "普及率"]
        .iter()
        .any(|h| name.ends_with(h));
    Some(if rate && rate_head {
        Subject {
            id: Id::Known(f.entry.canonical),
            ..sub
        }
    } else {
        sub
    })
}

/// The lexicon phrase `f` with the noun modifiers written right before it in `text[from..]`
/// (金融机构人民币存款余额, 六大生产性服务业营业收入): the whole noun phrase, head last. Its id is
/// the phrase's own unless the modifiers only repeat what the lexicon phrase means.
pub(super) fn modified_phrase<'a>(text: &'a str, from: usize, f: &Found) -> Option<Subject<'a>> {
    with_modifiers(text, from, f.start, Subject::from_found(f))
}

/// `sub`, a phrase standing at `at` (a lexicon phrase, or one with its head), with the noun
/// modifiers written right before it in `text[from..at]`, if there are any: the whole phrase keeps
/// `sub`'s id where the modifiers restrict nothing (金融机构, 本市, the region's own name) and is
/// an indicator of its own otherwise (海洋生产总值, 城镇保障性住房覆盖面).
pub(super) fn with_modifiers<'a>(
    text: &'a str,
    from: usize,
    at: usize,
    sub: Subject<'a>,
) -> Option<Subject<'a>> {
    let before = text.get(from..at)?;
    let (m, _) = strip_actions(clean_name(before));
    // Modifiers are nouns: no time (年末, 今后五年, “十三五”时期), no whole region (全国), no
    // effort (力促), no figure.
    let noun = |c: char| {
        crate::normalize::is_han(c) && !matches!(c, '年' | '期' | '全' | '今' | '到' | '力')
    };
    if m.is_empty()
        || !before.ends_with(m)
        || !m.chars().all(noun)
        || m.chars().count() > 12
        || m.ends_with('的')
        || crate::names::is_fragment(m)
        || verb::first_in(m, 0, m.len()).is_some()
        || m.char_indices().any(|(i, _)| {
            crate::names::action_at(&m[i..]).is_some()
                || words::DOINGS.iter().any(|w| m[i..].starts_with(w))
        })
    {
        return None;
    }
    let start = at - m.len();
    let end = sub.start + sub.name.len();
    let name = &text[start..end];
    let mut rest = m;
    while let Some(w) = words::SAME_INDICATOR.iter().find(|w| rest.starts_with(**w)) {
        rest = &rest[w.len()..];
    }
    // A region's name (北京市生产总值, 西藏生产总值): the region's own indicator, as the
    // lexicon phrase alone would say.
    let region = || {
        use crate::Level;
        [Level::Province, Level::City]
            .into_iter()
            .any(|l| crate::regions::full_name(rest, Some(l)).is_some())
    };
    let whole = other_subject(text, start, end, name)?;
    Some(Subject {
        id: if rest.is_empty() || region() {
            sub.id
        } else {
            Id::of(name)
        },
        pair: sub.pair,
        ..whole
    })
}

/// A share of GDP (制造业增加值占GDP比重达23%, 研发经费支出相当于生产总值的比例): the whole
/// phrase is the indicator; research spending as a share of GDP is R&D intensity.
pub(super) fn share_subject<'a>(
    text: &'a str,
    from: usize,
    to: usize,
    found: &[Found],
) -> Option<Subject<'a>> {
    let f = found.last()?;
    let before = &text[from..f.start];
    if !(before.ends_with('占') || before.ends_with("相当于")) {
        return None;
    }
    // 占GDP比重, 占地区生产总值的比例, or the figure right after the whole (占地区生产总值12.8%).
    let rest = &text[f.end..to];
    let tail = match ["比重", "比例"]
        .iter()
        .filter_map(|w| rest.find_word(w).map(|p| p + w.len()))
        .min()
    {
        Some(t) => t,
        None if f.entry.canonical != "gdp" => return None,
        None if clean_name(rest).is_empty()
            || verb::last_in(rest, 0, rest.len())
                .is_some_and(|v| clean_name(&rest[..v.start]).is_empty()) =>
        {
            0
        }
        None => return None,
    };
    let (name, _) = strip_actions(clean_name(&text[from..f.end + tail]));
    // 提高工业增加值占GDP的比重: the verb of change is the figure's, not the share's name.
    let name = words::CHANGE
        .iter()
        .find_map(|v| name.strip_prefix(v))
        .filter(|n| n.chars().count() >= 4)
        .unwrap_or(name);
    let start = from + first_occurrence(&text[from..to], name)?;
    let research = ["研发", "R&D", "研究与试验发展"]
        .iter()
        .any(|w| name.has(w));
    let id = if research {
        Id::Known("rd_intensity")
    } else {
        Id::of(name)
    };
    Some(Subject {
        start,
        name,
        word: None,
        id,
        pair: &[],
        tail: "",
        lead: "",
    })
}
