//! Lists of figures and names: 分别 lists give each named indicator its figure in turn, and a
//! phrase that joins names (游客人数和旅游总收入均增长28%) gives each the figure.

use super::name::{clean_name, strip_actions};
use super::parts;
use super::{Pending, Subject};
use crate::indicator::Found;

/// The names a phrase joins with 、 or 和 before `end` (the verb), the lexicon's phrase `f` among
/// them: 游客人数和旅游总收入, 新设企业数、进出口总额、吸引外资. None unless every part reads as
/// a name.
pub(super) fn joined_names<'a>(
    text: &'a str,
    from: usize,
    f: &Found,
    end: usize,
) -> Option<Vec<Subject<'a>>> {
    // The words between the names and the verb: 要分别, 年均, 均.
    let mut raw = &text[from..end];
    if !raw.contains(['、', '和']) {
        return None;
    }
    while let Some(r) = ["分别", "年均", "平均", "均", "要", "将", " "]
        .iter()
        .find_map(|w| raw.strip_suffix(w))
    {
        raw = r;
    }
    let (phrase, _) = strip_actions(clean_name(raw));
    if !phrase.contains(['、', '和']) || phrase.contains(['(', '“']) {
        return None;
    }
    let base = phrase.as_ptr() as usize - text.as_ptr() as usize;
    // The lexicon's phrase is one of the list; a combined one (城镇和农村居民…) has members of its own.
    if base > f.start || f.end > base + phrase.len() || !f.entry.pair.is_empty() {
        return None;
    }
    let parts = parts::split_names(text, phrase, &['、', '和']);
    let readable = parts
        .iter()
        .all(|p| (2..=12).contains(&p.name.chars().count()) && !crate::names::is_fragment(p.name));
    (readable && parts.len() >= 2).then_some(parts)
}

/// Splits 分别 lists: members share the head's indicator, verb and trailing qualifier;
/// a combined indicator (城乡居民…, 存贷款…) becomes its two members.
pub(super) fn distribute_lists(text: &str, pending: &mut [Pending]) {
    let mut i = 0;
    while i < pending.len() {
        let mut j = i + 1;
        while j < pending.len() && pending[j].list_of == Some(i) {
            j += 1;
        }
        if j - i >= 2 {
            let group = &mut pending[i..j];
            let shared_qual = group.last().and_then(|p| p.stmt.qualifier);
            let shared_unit = group.last().and_then(|p| p.stmt.unit.clone());
            for p in group.iter_mut() {
                if p.stmt.qualifier.is_none() {
                    p.stmt.qualifier = shared_qual;
                }
                if let (Some(u), Some(shared)) = (&p.stmt.unit, &shared_unit) {
                    if shared.starts_with(&**u) && u != shared {
                        p.stmt.unit = Some(shared.clone());
                    }
                }
            }
            let co = group[0].co.clone();
            let pair = group[0].subject.pair;
            if co.len() == group.len() {
                for (p, c) in group.iter_mut().zip(co) {
                    p.stmt.indicator = c.indicator();
                    p.stmt.canonical = c.canonical();
                }
            } else if pair.len() >= 2 && group.len() == pair.len() {
                // 城镇和农村常住居民人均可支配收入分别增长…: the members, as written where joined.
                let members = parts::members(text, &group[0].subject);
                for (p, member) in group.iter_mut().zip(members) {
                    p.stmt.indicator = member.indicator();
                    p.stmt.canonical = member.canonical();
                }
            }
        }
        i = j;
    }
}
