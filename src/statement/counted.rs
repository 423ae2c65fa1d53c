//! Counts in a work plan: a count before the noun it counts (新增10家研发平台), and planned work
//! done in full (10件民生实事全部完成).

use super::{verb, Subject};
use crate::quantity::Quantity;
use crate::search::Words;
use crate::words;

/// A count followed by the noun it counts (新增10家国家级研发平台, 建设6个湿地公园, 加快电子城等
/// 166个项目建设): that noun, as a subject standing after the figure. `to`: where the clause or
/// the next figure begins. None when the noun goes on into a predicate (38个重大项目超额完成…:
/// the count only qualifies the subject of another statement).
/// `any_unit`: a measure (480万千瓦火电项目) as well as a count, for a figure whose gap names
/// nothing but an action (加快, 抓好).
pub(super) fn counted_noun<'a>(
    text: &'a str,
    q: &Quantity,
    to: usize,
    any_unit: bool,
) -> Option<Subject<'a>> {
    let unit = q.unit.as_ref().filter(|_| q.end < to)?;
    let counter = unit.is_counter();
    let after = within(text, q.end, to, 24);
    // 消除60%的城市黑臭水体: a share of a thing, named by the thing.
    if any_unit && unit.base == "%" {
        let thing = after.strip_prefix('的')?;
        let end = thing
            .char_indices()
            .find(|(_, c)| !crate::normalize::is_han(*c))
            .map_or(thing.len(), |(i, _)| i);
        let thing = &thing[..end];
        // The thing ends where an action or predicate on it starts (80%的村建成…: 村).
        let end = thing
            .char_indices()
            .skip(1)
            .find(|(i, _)| {
                crate::names::action_at(&thing[*i..]).is_some()
                    || words::COUNT_PREDICATES
                        .iter()
                        .any(|p| thing[*i..].starts_with(p))
            })
            .map_or(thing.len(), |(i, _)| i);
        let thing = &thing[..end];
        let n = thing.chars().count();
        return ((3..=12).contains(&n)
            && !crate::names::is_fragment(thing)
            && crate::names::action_at(thing).is_none()
            && verb::first_in(thing, 0, thing.len()).is_none())
        .then(|| Subject::phrase(thing.as_ptr() as usize - text.as_ptr() as usize, thing));
    }
    // 完成12万人次农民工培训任务: a task's figure counts its object, whatever the unit.
    let counts_a_task = || unit.base.starts_with('人') && after.ends_with("任务");
    if !counter
        && (!any_unit || matches!(unit.base, "%" | "个百分点" | "百分点" | "‰" | ""))
        && !counts_a_task()
    {
        return None;
    }
    let after = after.split('的').next().unwrap_or(after);
    let mut name = after.trim_end_matches(['、', ' ']);
    let joined = name.len() < after.len() || name.ends_with(['及', '和', '与']);
    // A list's joining word at the end (…平台和), read by its last char first.
    if name.ends_with(['及', '和', '与', '等']) {
        for w in ["以及", "和", "及", "与", "等"] {
            name = name.strip_suffix(w).unwrap_or(name);
        }
    }
    // 7所公办和29所普惠托育机构, 4个百亿元、1个千亿元产业集群: a modifier before the join takes
    // the head of the next count's noun.
    let head = Some(())
        .filter(|_| joined && to < text.len() && name.chars().count() <= 3)
        .filter(|_| name.ends_with(['办', '域', '元', '级', '型', '营', '属']))
        .and_then(|_| shared_head(text, to, unit.base, name));
    let first = name.chars().next()?;
    // 以上, 左右, 以内, 以下 (a qualifier), 之 (之一), or time and times (次, 年, 月, 天, 倍).
    if !(crate::normalize::is_han(first) || first == '“')
        || matches!(first, '之' | '次' | '年' | '月' | '天' | '倍')
        || first == '以' && ["以上", "以内", "以下"].iter().any(|w| name.starts_with(w))
        || name.starts_with("左右")
        // 8个方面的工作: how the plan is arranged, not a count of its work.
        || name.starts_with("方面")
    {
        return None;
    }
    // A task's object (农民工职业技能提升培训任务) is one noun, whatever verbs it is made of.
    let mut task = false;
    if name.ends_with(['设', '作', '务']) {
        if let Some(r) = words::COUNTED_TAILS.iter().find_map(|t| {
            name.strip_suffix(t)
                .filter(|r| r.chars().count() >= 2 && !crate::names::is_fragment(r))
        }) {
            task = name.ends_with("任务");
            name = if name.ends_with("项目建设") {
                &name[..r.len() + "项目".len()]
            } else {
                r
            };
        }
    }
    // 88个贫困县全部摘帽, 2家共同体进入省级行列, 6个码头进行改扩建: what is counted ends where
    // its predicate starts; work done to it (进行改扩建, 予以提标) is part of the name.
    // 100亿元支持职业教育发展: the figure is spent on an action, it counts no thing.
    if ["支持", "用于", "予以"].iter().any(|p| name.starts_with(p)) {
        return None;
    }
    let (lead, name) = match predicate_at(name) {
        Some((at, "进行")) if name.len() - at > "进行".len() + 3 => {
            (&name[..at], &name[at + "进行".len()..])
        }
        // A bare generic noun (59个问题全部办结: 问题) says less than the whole phrase.
        Some((at, _)) if name[..at].chars().count() >= 3 => ("", &name[..at]),
        _ => ("", name),
    };
    let n = name.chars().count() + lead.chars().count();
    let plain = name.chars().all(|c| {
        crate::normalize::is_han(c)
            || c.is_ascii_alphanumeric()
            || matches!(c, '“' | '”' | '、' | '(' | ')' | '+' | '·')
    });
    // Work named by what it does (产业智能提升工程) is one noun, verbs and all.
    let work = ["工程", "项目", "行动", "计划"]
        .iter()
        .any(|w| name.ends_with(w))
        && !["完成", "实现", "超额", "达到"].iter().any(|w| name.has(w));
    if !(2..=20).contains(&n)
        || !plain
        || !task
            && !work
            && verb::first_in(name, 0, name.len())
                .is_some_and(|v| !matches!(v.text, "建设" | "改造" | "新建" | "培育" | "开工"))
    {
        return None;
    }
    const PROSE: [char; 8] = ['我', '们', '了', '这', '将', '要', '把', '对'];
    if name.contains(PROSE) {
        return None;
    }
    // Where the name stands (after 进行 when work done to the thing names it).
    let start = name.as_ptr() as usize - text.as_ptr() as usize;
    Some(Subject {
        lead,
        tail: head.unwrap_or(""),
        ..Subject::phrase(start, name)
    })
}

/// The head of the noun a count at `at` counts in `base` units, past the modifier that stands
/// where `modifier` does (普惠 of 普惠托育机构 → 托育机构; 省级 of 省级企业技术中心, by the 级 that
/// ends 国家级), when there is more than that.
fn shared_head<'a>(text: &'a str, at: usize, base: &str, modifier: &str) -> Option<&'a str> {
    let window = within(text, at, text.len(), 16);
    let p = window.find(base).filter(|_| !base.is_empty())? + base.len();
    let noun = &window[p..];
    let end = noun
        .char_indices()
        .find(|(_, c)| {
            !crate::normalize::is_han(*c) || matches!(c, '和' | '及' | '与' | '等' | '的')
        })
        .map_or(noun.len(), |(i, _)| i);
    // The noun ends where its predicate starts (…普通高中结对).
    let end = verb::first_in(noun, 0, end).map_or(end, |v| v.start);
    let noun = &noun[..end];
    let end = predicate_at(noun).map_or(noun.len(), |(p, _)| p);
    let noun = &noun[..end];
    let n = modifier.chars().count();
    let last = modifier.chars().last()?;
    let limit = noun
        .char_indices()
        .nth(n + 1)
        .map_or(noun.len(), |(i, _)| i);
    let cut = match noun[..limit].find(last) {
        Some(i) => i + last.len_utf8(),
        None => noun.char_indices().nth(n)?.0,
    };
    (noun[cut..].chars().count() >= 2).then_some(&noun[cut..])
}

/// Where a counted noun's predicate starts (an adverb or verb after a noun of at least two
/// chars), and its word. 入围, 进入 stay in the name: 企业入围中国企业500强 says which firms.
fn predicate_at(name: &str) -> Option<(usize, &'static str)> {
    name.char_indices().skip(2).find_map(|(i, _)| {
        words::COUNT_PREDICATES
            .iter()
            .find(|p| name[i..].starts_with(**p))
            .map(|p| (i, *p))
    })
}

/// `text[from..to]`, cut after `chars` chars (a name runs no longer; nothing past it is read).
pub(super) fn within(text: &str, from: usize, to: usize, chars: usize) -> &str {
    let s = &text[from..to];
    &s[..s.char_indices().nth(chars).map_or(s.len(), |(i, _)| i)]
}

/// A count of planned work followed by its being done in full (10件民生实事全部完成): the work,
/// as a subject standing after the figure. `to`: where the next figure starts (or the clause
/// ends); `clause_end`: where the clause ends. A count that joins a list of counts (383个计划项目
/// 和40个重点项目全部开工) is done as the list is.
pub(super) fn done_in_full<'a>(
    text: &'a str,
    q: &Quantity,
    to: usize,
    clause_end: usize,
) -> Option<Subject<'a>> {
    if !q.unit.as_ref().is_some_and(|u| u.is_counter()) || q.end >= to {
        return None;
    }
    let own = within(text, q.end, to, 30);
    let listed = to < clause_end && own.len() == to - q.end && own.ends_with(['和', '、']);
    let after = if listed {
        within(text, to, clause_end, 30)
    } else {
        own
    };
    // Every wording holds 全 or 如 or 圆 before its verb; one search rules out most clauses.
    if !(after.has("全") || after.has("圆满") || after.has("如期")) {
        return None;
    }
    let (_, at) = crate::search::first_of(
        after,
        &[
            "全部完成",
            "全面完成",
            "圆满完成",
            "如期完成",
            "全部落实",
            "全部建成",
            "全部开工",
        ],
    )?;
    // In a list the next member's words run up to the verb: they must be a count of work too.
    let name = if listed {
        if !planned_work(&after[..at]) {
            return None;
        }
        own.trim_end_matches(['和', '、'])
    } else {
        after[..at].trim_end_matches(['、', ' '])
    };
    let name = name
        .strip_suffix("年度任务")
        .or_else(|| name.strip_suffix("任务"))
        .unwrap_or(name);
    let n = name.chars().count();
    (planned_work(name)
        && (2..=20).contains(&n)
        && name
            .chars()
            .all(|c| crate::normalize::is_han(c) || matches!(c, '“' | '”' | '、')))
    .then_some(Subject::phrase(q.end, name))
}

/// Whether a name is of planned work (民生实事, 重点项目, 民生工程): its being done is progress.
pub(super) fn planned_work(name: &str) -> bool {
    ["实事", "大事", "工程", "项目", "任务", "计划"]
        .iter()
        .any(|w| name.has(w))
}

/// Whether a gap ends on work being done in full (全面完成, 圆满完成).
pub(super) fn done_before(gap: &str) -> bool {
    let g = gap.trim_end();
    [
        "全面完成",
        "全部完成",
        "圆满完成",
        "超额完成",
        "如期完成",
        "全部落实",
    ]
    .iter()
    .any(|w| g.ends_with(w))
}
