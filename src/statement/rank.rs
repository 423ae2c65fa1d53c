//! Ranks: a region's place among others (居全国第2位, 全国排名从第24位提升至第19位). The
//! figure after 第 is a rank, and what is ranked is named before the word of standing, with the
//! field it stands in: 地区生产总值 + 全省 + 位次.

use super::name::{clean_name, strip_actions};
use super::{Id, Subject};
use crate::quantity::Quantity;
use crate::words;

/// Whether `q` is a rank: its unit is 位 or 名 and its number follows 第 or a word of standing.
pub(super) fn is_rank(text: &str, q: &Quantity) -> bool {
    let before = &text[..q.number_start];
    q.unit
        .as_ref()
        .is_some_and(|u| matches!(u.base, "位" | "名"))
        && (before.ends_with('第')
            || words::STANDING[..words::STANDING.len() - 2]
                .iter()
                .any(|w| before.ends_with(w)))
}

/// Whether a subject is a rank's (…全省位次, …全国排名): no figure but a rank goes on with it.
pub(super) fn is_rank_subject(sub: &Subject<'_>) -> bool {
    matches!(sub.tail, "位次" | "排名")
}

/// What a rank in `text[from..q]` ranks: the words before the first word of standing (else
/// `in_view`, the indicator the sentence is about), the field (全国, 全省), and 排名 or 位次.
/// None when nothing names what is ranked.
pub(super) fn subject<'a>(
    text: &'a str,
    from: usize,
    q: &Quantity,
    in_view: Option<Subject<'a>>,
) -> Option<Subject<'a>> {
    let gap = &text[from..q.number_start];
    let gap = gap.strip_suffix('第').unwrap_or(gap);
    let (at, word) = gap
        .char_indices()
        .find_map(|(i, _)| {
            words::STANDING
                .iter()
                .find(|w| gap[i..].starts_with(**w))
                .map(|w| (i, *w))
        })
        .unwrap_or((gap.len(), ""));
    // The field is what stands between the word of standing and 第, without 从 or 由.
    // Words of Han characters, letters and digits only (中国城市GDP百强).
    let plain = |s: &str| {
        s.chars()
            .all(|c| crate::normalize::is_han(c) || c.is_ascii_alphanumeric())
    };
    let field = gap[at + word.len()..].trim_start_matches(['从', '由']);
    let field = field.strip_suffix('从').unwrap_or(field);
    let field = if plain(field) && field.chars().count() <= 12 {
        field
    } else {
        ""
    };
    let tail = if word == "排名" { "排名" } else { "位次" };
    let (own, _) = strip_actions(clean_name(&gap[..at]));
    let named = own.chars().count() >= 2 && plain(own) && !crate::names::is_fragment(own);
    let (start, lead) = match in_view {
        _ if named => (own.as_ptr() as usize - text.as_ptr() as usize, own),
        // A rank in view already (…第4位、第1位; 从第24位提升至第19位) goes on, in the field
        // named anew if one is (从全省第7位跃升到第5位，列中国城市GDP百强第47位).
        Some(sub) if is_rank_subject(&sub) && !field.is_empty() => (sub.start, sub.lead),
        Some(sub) if is_rank_subject(&sub) || sub.name.ends_with("排名") => return Some(sub),
        Some(sub) if sub.lead.is_empty() && sub.tail.is_empty() => (sub.start, sub.name),
        _ => return None,
    };
    Some(Subject {
        start,
        name: field,
        word: None,
        // A rank is an indicator of its own (地区生产总值位次 is no GDP).
        id: Id::Other(""),
        pair: &[],
        tail,
        lead,
    })
}
