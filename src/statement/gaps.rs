//! What the words around a figure say of it: a target stated (目标为16%), a starting point (由…
//! 提高到), a figure that only describes (500千伏, 二期), an aspiration beside a commitment (力争),
//! a list that goes on (、).

use super::name::clean_name;
use super::verb;
use crate::quantity::Quantity;
use crate::search::Words;

/// Whether the words between a verb and its figure only say that the figure is a target
/// (广义货币增长目标为16%, 增速预期目标是6%): they name nothing.
pub(super) fn states_target(between: &str) -> bool {
    let w = clean_name(between).trim_end_matches(['为', '是', ':', '：', ' ']);
    matches!(w, "目标" | "预期目标" | "目标值" | "预期" | "预期值")
}

/// A figure that is a starting point (由564亿元增加到945亿元, 从2015年的32%), not a statement.
/// `after`: the clause after the figure, which names where it went (提高到, 增至) when a few words
/// stand between 由 and the figure (由每人每年640元提高到670元).
pub(super) fn is_baseline(gap: &str, after: &str) -> bool {
    let g = gap.trim_end();
    if g.ends_with('由')
        || g.ends_with('从')
        || g.ends_with('的') && (g.contains('由') || g.contains('从'))
    {
        return true;
    }
    let Some(p) = g.rfind(['由', '从']) else {
        return false;
    };
    let between = &g[p + '由'.len_utf8()..];
    between.chars().count() <= 6
        && between.chars().all(crate::normalize::is_han)
        && after.contains(['到', '至'])
}

/// A count that qualifies a noun (38个重大能源项目超额完成…), not a figure of its own.
/// `before`: the sentence up to the figure (an age is a figure where it speaks of 寿命 or 年龄).
pub(super) fn is_modifier(q: &Quantity, gap: &str, after: &str, before: &str) -> bool {
    // A grade or a rate per unit is a specification, not a figure: 10万吨级泊位, 每50公斤, 60岁以上老人.
    let age = q.unit.as_ref().is_some_and(|u| u.base == "岁")
        && !before.has("寿命")
        && !before.has("年龄");
    if after.starts_with('级') || gap.trim_end().ends_with('每') || age {
        return true;
    }
    // 10个方面的工作: how the report arranges its work, not a figure of it.
    if after.starts_with("方面") {
        return true;
    }
    // 抓好锦宁巨科20万吨高精铝板带箔深加工等7个项目: a figure in an example's name.
    let capacity = q
        .unit
        .as_ref()
        .is_some_and(|u| !u.base.contains('元') && !u.base.is_empty() && !u.is_counter());
    if capacity && !after.starts_with('的') && example_of_projects(after) {
        return true;
    }
    // A figure inside a quoted name (“5个3”保洁机制, “一元剧场”) is part of the name: a quote
    // opened before it in the sentence and closed after it, the figure not ending the quote.
    // Only the last words before it are read: a sentence may be endless, its figures many.
    let mut cut = before.len().saturating_sub(48);
    while !before.is_char_boundary(cut) {
        cut += 1;
    }
    let near = &before[cut..];
    let open = near
        .rfind('“')
        .is_some_and(|o| near.rfind('”').is_none_or(|c| c < o));
    if open && !after.starts_with('”') && after.find('”').is_some_and(|c| c <= 24) {
        return true;
    }
    let counter = q.unit.as_ref().is_some_and(|u| u.is_counter());
    let noun_follows = after.chars().next().is_some_and(crate::normalize::is_han)
        && !after.starts_with("以上")
        && !after.starts_with("左右");
    counter
        && noun_follows
        && clean_name(gap).is_empty()
        && verb::last_in(gap, 0, gap.len()).is_none()
}

/// A gap that only joins list members: 、 和 与 及 (or nothing).
/// A gap that turns from a commitment to an aspiration (、力争, 争): the verb it records.
pub(super) fn aspiration(gap: &str) -> Option<&'static str> {
    let g = gap.trim().trim_start_matches(['、', ',', ' ']);
    matches!(g, "力争" | "争取" | "争" | "努力").then_some("力争")
}

pub(super) fn is_list_gap(gap: &str) -> bool {
    let g = gap.trim();
    g.is_empty() || matches!(g, "、" | "和" | "与" | "及" | "以及" | "," | "或")
}

/// Whether the words after a figure make it part of an example in a list of projects: a name
/// goes on after it, and the list ends in a count of projects (…等7个项目).
fn example_of_projects(after: &str) -> bool {
    if !after.chars().next().is_some_and(crate::normalize::is_han) {
        return false;
    }
    let Some(p) = after.find('等') else {
        return false;
    };
    let rest = &after[p + '等'.len_utf8()..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let tail: String = rest[digits..].chars().take(6).collect();
    digits > 0 && (tail.contains("项目") || tail.contains("工程"))
}
