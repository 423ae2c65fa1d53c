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
    if sub.name.split('、').any(|part| part.chars().count() < 2) || quotes_a_list(sub.name) {
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
        return if parts.len() == 2 && each_names(&parts) {
            parts
        } else {
            Vec::new()
        };
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
    // A rate or share (森林覆盖率) is per nothing: a per-unit lead is the list's only when no
    // other member is one.
    let rates = || {
        others
            .clone()
            .any(|o| o.ends_with('率') || o.ends_with("比重") || o.ends_with("比例"))
    };
    if let Some(p) = words::PER_UNIT
        .iter()
        .find(|p| first.starts_with(**p) && first.len() > p.len())
        .filter(|_| !rates())
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

/// Goal words a list of tasks shares, written after its last member only (政府债务化解和融资平台
/// 改革转型年度任务: 政府债务化解 takes 年度任务). Longest first.
const GOAL_TAILS: [&str; 7] = [
    "年度目标任务",
    "年度任务",
    "年度目标",
    "目标任务",
    "攻坚任务",
    "目标",
    "任务",
];

/// The things a statement of progress judges when its phrase names several: a list of tasks
/// sharing the words after its last member (A和B年度任务超额完成, A、B目标, 棚户区和老旧小区年度改造
/// 任务, A、B等改革任务), or a list of indicators (A和B比重、C没有完成…目标), each a subject where it
/// stands. Empty when the phrase names one thing.
pub(super) fn judged_parts<'a>(text: &str, name: &'a str) -> Vec<Subject<'a>> {
    // A list of examples (土耳其、津巴布韦等国抗疫援助任务) names its category once: no parts.
    if name
        .rfind('等')
        .is_some_and(|p| name[..p].contains(['、', '和']))
    {
        return Vec::new();
    }
    if quotes_a_list(name) {
        return Vec::new();
    }
    let last = name.rsplit(['、', '和']).next().unwrap_or("");
    // The goal words the last member ends on, from its year on (年度改造任务).
    let goal = GOAL_TAILS
        .iter()
        .find(|t| last.ends_with(**t) && last.len() > t.len())
        .map(|g| match last.find("年度").filter(|&p| p > 0) {
            Some(p) => &last[p..],
            None => &last[last.len() - g.len()..],
        });
    let parts = if name.contains('、') {
        split_names(text, name, &['、'])
    } else if goal.is_some() && name.contains('和') {
        split_names(text, name, &['和'])
    } else {
        return Vec::new();
    };
    // 单位生产总值能耗下降、主要污染物减排完成…任务: a part's direction is no part of its name.
    let parts: Vec<Subject<'a>> = parts
        .into_iter()
        .map(|mut p| {
            if let Some(d) = words::DECLINE.iter().find(|d| p.name.ends_with(**d)) {
                p.name = &p.name[..p.name.len() - d.len()];
                p.id = part_id(text, p.start, p.name);
            }
            p
        })
        .collect();
    if parts.len() < 2 || !each_names(&parts) {
        return Vec::new();
    }
    let n = parts.len();
    parts
        .into_iter()
        .enumerate()
        .flat_map(|(i, mut part)| match goal {
            Some(g) => {
                // 乡镇债务和义务教育债务化解任务: a part written like the last's holder takes what
                // follows the holder (化解任务), else the goal words.
                if i + 1 < n {
                    let parallel = Some(parallel_tail(part.name, last))
                        .filter(|_| !part.name.ends_with('”'))
                        .unwrap_or("");
                    part.tail = if !parallel.is_empty() {
                        parallel
                    } else if part.name.ends_with(g) {
                        ""
                    } else {
                        g
                    };
                }
                vec![part]
            }
            None => {
                let joined = joined_parts(text, part);
                if joined.is_empty() {
                    vec![part]
                } else {
                    joined
                }
            }
        })
        .collect()
}

/// The goals a goal of a plan's list joins by 和 (城镇化和农业现代化, 经济结构和产业结构明显改善):
/// each part a name of its own, three chars at least. Empty when the phrase names one.
pub(super) fn goal_parts<'a>(text: &str, sub: Subject<'a>) -> Vec<Subject<'a>> {
    if !sub.name.contains('和') || sub.name.contains('、') {
        return Vec::new();
    }
    let parts = split_names(text, sub.name, &['和']);
    if parts.len() == 2 && each_names(&parts) {
        parts
    } else {
        Vec::new()
    }
}

/// Whether every part is a name of its own: three chars at least (国、省 share a head; 活动、… is
/// cut short), no fragment.
fn each_names(parts: &[Subject<'_>]) -> bool {
    parts
        .iter()
        .all(|p| p.name.chars().count() >= 3 && !crate::names::is_fragment(p.name))
}

/// The members of a combined phrase (城乡居民…, 城镇和农村常住居民…): as the text words them where
/// it joins them ([`written_members`]), else the pair's own names; none for a phrase of one.
pub(super) fn members<'a>(text: &'a str, sub: &Subject<'_>) -> Vec<Subject<'a>> {
    match written_members(text, sub) {
        Some(written) => written.to_vec(),
        None => sub
            .pair
            .iter()
            .map(|m| Subject::member(sub.start, m))
            .collect(),
    }
}

/// The members of a combined phrase written with a join (城镇和农村常住居民人均可支配收入), named as
/// the text words them: the first takes what follows the second's modifier (城镇 and 常住居民人均
/// 可支配收入), each keeps its member's id. None without a join (城乡居民…): the pair's names stand.
pub(super) fn written_members<'a>(text: &'a str, sub: &Subject<'_>) -> Option<[Subject<'a>; 2]> {
    let [first_id, second_id] = sub.pair else {
        return None;
    };
    let phrase = text.get(sub.start..sub.start + sub.name.len())?;
    let (at, sep) = phrase
        .char_indices()
        .find(|(_, c)| matches!(c, '和' | '、' | '与'))?;
    let (first, rest) = (&phrase[..at], &phrase[at + sep.len_utf8()..]);
    let cut = rest.char_indices().nth(first.chars().count())?.0;
    let member = |start, name, id, tail| Subject {
        start,
        name,
        word: None,
        id,
        pair: &[],
        tail,
        lead: "",
    };
    Some([
        member(sub.start, first, Id::of(first_id), &rest[cut..]),
        member(sub.start + at + sep.len_utf8(), rest, Id::of(second_id), ""),
    ])
}

/// Whether a 、 stands inside quotes: the words of one slogan or name (“隆重、喜庆、节俭、祥和”的
/// 目标, “森林城乡、花园南昌”品牌), no list.
fn quotes_a_list(name: &str) -> bool {
    name.split('“')
        .skip(1)
        .any(|q| q.split('”').next().is_some_and(|q| q.contains('、')))
}
