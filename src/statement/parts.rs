//! The parts of a phrase that names several indicators: A、B和C, a list's shared lead and
//! tail (受污染耕地、重点建设用地安全利用率), names joined by 和 and fused words (客货运量).

use super::{Id, Subject};
use crate::indicator::Found;
use crate::words;

/// The run of indicators ending the found list that are joined only by 、和与及: A、B和C.
pub(super) fn co_subjects<'a>(text: &'a str, found: &[Found]) -> Vec<Subject<'a>> {
    let mut first = found.len() - 1;
    while first > 0 {
        let between = &text[found[first - 1].end..found[first].start];
        if !matches!(between, "、" | "和" | "与" | "及" | "以及" | "") {
            break;
        }
        first -= 1;
    }
    found[first..]
        .iter()
        .map(|f| Subject::from_found(f))
        .collect()
}

/// The parts of a name joined by 、 (受污染耕地、重点建设用地安全利用率), each a subject where it stands.
/// Words the last part adds after its own head are the list's: 受污染耕地 takes 安全利用率 and
/// 粮食 takes 种植面积 (see [`shared_tail`]).
pub(super) fn name_parts<'a>(text: &str, sub: Subject<'a>) -> Vec<Subject<'a>> {
    // A part of one char shares a head rather than naming (国、省专精特新企业): no list.
    if sub.name.split('、').any(|part| part.chars().count() < 2) {
        return Vec::new();
    }
    split_names(text, sub.name, &['、'])
}

/// Two indicators written as one word (客货运量: 客运量 and 货运量), and their members.
pub(super) const FUSED: [(&str, [&str; 2]); 3] = [
    ("客货", ["客", "货"]),
    ("存出栏", ["存栏", "出栏"]),
    ("存贷款", ["存款", "贷款"]),
];

/// The indicators a 分别 list names in one phrase: the parts joined by 和 when each is a name of
/// its own (卫生厕所普及率和生活垃圾治理率), or the members of a fused word (公路铁路民航客货运量 →
/// 公路铁路民航客运量, 公路铁路民航货运量). Empty when the phrase names one indicator.
pub(super) fn joined_parts<'a>(text: &str, sub: Subject<'a>) -> Vec<Subject<'a>> {
    if sub.name.contains('、') {
        return Vec::new();
    }
    if sub.name.contains('和') {
        let mut parts = split_names(text, sub.name, &['和']);
        // 城市居民和农村居民最低生活保障标准: the first ends like the second's holder (居民) and
        // takes what follows it.
        if let [first, second] = &mut parts[..] {
            if first.tail.is_empty() {
                first.tail = parallel_tail(first.name, second.name);
            }
        }
        let whole = parts.len() == 2
            && parts
                .iter()
                .all(|p| p.name.chars().count() >= 3 && !crate::names::is_fragment(p.name));
        return if whole { parts } else { Vec::new() };
    }
    let Some((at, (word, members))) = FUSED
        .iter()
        .find_map(|(w, m)| sub.name.find(w).map(|at| (at, (*w, m))))
    else {
        return Vec::new();
    };
    let (lead, tail) = (&sub.name[..at], &sub.name[at + word.len()..]);
    members
        .iter()
        .map(|m| Subject {
            start: sub.start,
            name: m,
            word: None,
            id: Id::Other(m),
            pair: &[],
            tail,
            lead,
        })
        .collect()
}

/// What `last` says after a holder written like `first`'s (the same last char, no further in
/// than `first` is long, plus one): 最低生活保障标准 of 城市居民 and 农村居民最低生活保障标准.
pub(super) fn parallel_tail<'a>(first: &str, last: &'a str) -> &'a str {
    let Some(c) = first.chars().last() else {
        return "";
    };
    let n = first.chars().count() + 1;
    let limit = last.char_indices().nth(n).map_or(last.len(), |(i, _)| i);
    match last[..limit].rfind(c).map(|p| p + c.len_utf8()) {
        Some(p) if p < last.len() => &last[p..],
        _ => "",
    }
}

/// The parts of `phrase` (a slice of `text`) between the separators, each a subject where it
/// stands with its id ([`part_id`]) and the list's shared tail.
pub(super) fn split_names<'a>(
    text: &str,
    phrase: &'a str,
    separators: &[char],
) -> Vec<Subject<'a>> {
    let inside = (phrase.as_ptr() as usize)
        .checked_sub(text.as_ptr() as usize)
        .is_some_and(|at| at + phrase.len() <= text.len());
    if !inside {
        return Vec::new();
    }
    let last = phrase.rsplit(separators).next().unwrap_or("");
    let first = phrase.split(separators).next().unwrap_or("");
    let lead = list_lead(first, phrase[first.len()..].split(separators).skip(1));
    phrase
        .split(separators)
        .map(|part| {
            let start = part.as_ptr() as usize - text.as_ptr() as usize;
            let id = part_id(text, start, part);
            let tail = if part.len() < phrase.len() - last.len() {
                shared_tail(part, last, id)
            } else {
                ""
            };
            Subject {
                start,
                name: part,
                word: None,
                id,
                pair: &[],
                tail,
                lead: if start == phrase_start(text, first) {
                    ""
                } else {
                    lead
                },
            }
        })
        .collect()
}

pub(super) fn phrase_start(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// Words a list's first member opens with that every member is about, written once (the list's
/// subject): 自贸试验区 of 自贸试验区新设企业数、进出口总额、吸引外资, 省属国有企业 of 省属国有企业资产总额、
/// 营业收入、利润, 单位国内生产总值 of 单位国内生产总值用水量、能耗. "" when no member after the first
/// names a holder of its own (高新技术企业、科技型中小微企业 are two lists' worth of firms).
pub(super) fn list_lead<'a, 'b>(
    first: &'a str,
    others: impl Iterator<Item = &'b str> + Clone,
) -> &'a str {
    if let Some(p) = words::PER_UNIT
        .iter()
        .find(|p| first.starts_with(**p) && first.len() > p.len())
    {
        return &first[..p.len()];
    }
    if others.clone().next().is_none()
        || others
            .clone()
            .any(|o| o.chars().count() < 2 || words::LIST_HOLDERS.iter().any(|h| o.contains(h)))
    {
        return "";
    }
    // The last holder word of the first member that leaves a measure of two chars or more.
    let cut = words::LIST_HOLDERS
        .iter()
        .filter_map(|h| first.rfind(h).map(|p| p + h.len()))
        .filter(|&p| first[p..].chars().count() >= 2 && first[..p].chars().count() >= 3)
        .max();
    // A subject is a name: Han characters (no year, no figure, no bracket).
    cut.map(|p| &first[..p])
        .filter(|lead| lead.chars().all(crate::normalize::is_han) && !lead.contains('年'))
        .unwrap_or("")
}

/// The id of a part of a list of names at `start`: the lexicon's phrase that ends it (吸引外资:
/// foreign investment; head last), else the part as written.
pub(super) fn part_id<'a>(text: &str, start: usize, part: &'a str) -> Id<'a> {
    let end = start + part.len();
    crate::indicator::find_all(text, start, end)
        .last()
        .filter(|g| g.end == end)
        .map_or(Id::of(part), |g| Id::Known(g.entry.canonical))
}

/// What a measure the list's last member names adds for an earlier member (`part`), or "":
/// the words after the last member's own head, where it ends like `part` (…耕地、…用地安全利用率
/// → 安全利用率), else a measure word the last member ends on and `part` lacks. `id`: the part's.
pub(super) fn shared_tail<'a>(part: &str, last: &'a str, id: Id<'_>) -> &'a str {
    let Some(measure) = words::LIST_MEASURES
        .iter()
        .find(|m| last.ends_with(**m) && last.len() > m.len())
    else {
        return "";
    };
    if words::LIST_MEASURES.iter().any(|m| part.ends_with(m)) {
        return "";
    }
    // A part with a head of its own (研发经费投入, 游客人数) takes no measure word, only a share
    // of something (…投资额、…进出口额占全市比重).
    let own_head = words::HEADS_OF_ITS_OWN.iter().any(|h| part.ends_with(h));
    // The tail starts after the last member's head: the char `part` ends on (地 of 耕地, 用地).
    let head_end = part.chars().last().and_then(|c| {
        last[..last.len() - measure.len()]
            .rfind(c)
            .map(|p| p + c.len_utf8())
    });
    let tail = match head_end {
        Some(p) if p < last.len() => &last[p..],
        _ => &last[last.len() - measure.len()..],
    };
    if own_head && !tail.starts_with('占') {
        return "";
    }
    // An indicator of the lexicon keeps its name unless the tail makes another of it (地区生产总值
    // takes no 增加值; 粮食 takes 种植面积).
    let known = |name: &str| crate::indicator::lookup(name).is_some();
    if matches!(id, Id::Known(_)) && !known(&[part, tail].concat()) {
        return "";
    }
    tail
}

/// Whether a gap says its figure holds for each thing named (均增长, 均达到), not an average
/// (年均, 平均, 人均).
pub(super) fn says_all(gap: &str) -> bool {
    gap.match_indices('均')
        .any(|(p, _)| !gap[..p].ends_with(['年', '平', '人']))
}
