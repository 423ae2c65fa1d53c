//! Where a report's outline stands: headings and leads that open the review, the year's work,
//! the five-year plan or its review, and where the main targets' paragraph starts.

use super::years::{
    future_year, named_plan, names_this_year, plan_in_heading, year_digits, year_in, PLANS,
    YEARS_AHEAD,
};
use super::{Origin, Section, Time};
use crate::search::occurrences;
use crate::search::Words;

/// The numerals that number headings (一、…, （三）…).
pub(crate) fn is_heading_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// Whether a sentence starts like a section heading (一、…, （一）…) — or is short enough to be one.
pub(crate) fn heading_text(sentence: &str) -> Option<&str> {
    heading(sentence).map(|(h, _)| h)
}

/// A heading's first chars and its level in the outline.
pub(crate) fn heading(sentence: &str) -> Option<(&str, Origin)> {
    // Most sentences open on a Han character that numbers nothing: one look at the first char.
    let first = sentence.chars().next()?;
    if !(is_heading_numeral(first) || matches!(first, '(' | '（' | ' ' | '*' | '#' | '\u{3000}')) {
        return None;
    }
    let s = sentence.trim_start_matches([' ', '*', '#', '\u{3000}']);
    let mut chars = s.char_indices();
    let (_, c) = chars.next()?;
    let numbered = if is_heading_numeral(c) {
        s.chars().find(|c| !is_heading_numeral(*c)) == Some('、')
    } else {
        (c == '(' || c == '（') && s.chars().nth(1).is_some_and(is_heading_numeral)
    };
    if numbered {
        let end = s.char_indices().nth(40).map_or(s.len(), |(i, _)| i);
        return Some((
            &s[..end],
            if is_heading_numeral(c) {
                Origin::Top
            } else {
                Origin::Sub
            },
        ));
    }
    None
}

/// A line too short for prose and without a clause mark: a title (“十三五”发展目标任务).
pub(crate) fn title_line(sentence: &str, line: bool) -> Option<(&str, Origin)> {
    if !line {
        return None;
    }
    let s = sentence.trim_matches([' ', '*', '#', '\u{3000}']);
    let short = !s.is_empty() && s.len() <= 20 * 3 && s.chars().count() <= 20;
    // A report's own title (2020年上半年政府工作报告) heads the whole of it, not a part.
    (short && !s.contains([',', ':', ';', '。']) && !s.has("报告")).then_some((s, Origin::Sub))
}

/// The section a heading or cue sentence moves to, if it moves at all.
/// `targets_word`: the sentence holds 目标 or 指标 (from the walk's cue pairs); `lead_may_cue`:
/// a 年 or a 五 may stand among its first 24 chars (false only when the walk saw none there).
/// `current`: the section the sentence stands in (a plan's part stays one through its own
/// main-targets paragraph: 今后5年…主要预期目标是:…).
/// `line`: the sentence is a line of its own (an unnumbered title such as “十三五”发展目标任务
/// is a heading too, below the numbered top level).
pub(crate) fn section_cue(
    sentence: &str,
    time: Time,
    current: Section,
    line: bool,
    targets_word: bool,
    lead_may_cue: bool,
) -> Option<(Section, Origin)> {
    let y = time.year;
    let has_year = |d: i32| y.is_some_and(|y| year_in(sentence, y + d));
    if let Some((h, level)) = heading(sentence).or_else(|| title_line(sentence, line)) {
        // A plan not yet over when the report is given (十二五 in 2011, 十四五 in 2021), or the
        // five years to come.
        let plan = named_plan(h).or_else(|| plan_in_heading(h));
        let five = plan.is_some_and(|p| y.is_none_or(|y| p.1 >= y))
            || YEARS_AHEAD.iter().chain(&["五年规划"]).any(|w| h.has(w));
        // A heading of the top level names its part of the report (一、主要成绩); one below it
        // names a topic, whose words of achievement (早见成效) say nothing of time.
        let achievements = level == Origin::Top && (h.has("成绩") || h.has("成效"));
        if h.has("回顾") || h.has("过去") || h.has("执行情况") || achievements {
            let past_year = has_year(-1) || h.has("过去一年") || h.has("去年");
            let five = h.has("五年") || plan.is_some_and(|p| y.is_some_and(|y| p.1 < y));
            return Some((
                if five && !past_year {
                    Section::Review5
                } else {
                    Section::Review
                },
                level,
            ));
        }
        // A plan's goals (“十四五”时期主要目标任务), not a task that names the plan (抢抓“十四五”规划机遇).
        let task = ["着力", "抢抓", "实施", "推进", "加快", "抓好", "落实"]
            .iter()
            .any(|w| h.has(w));
        if five && !task && (h.has("目标") || h.has("时期") || h.has("规划纲要") || h.has("建议"))
        {
            return Some((Section::Plan5, level));
        }
        if h.has("今年")
            || h.has("下半年")
            || h.has("工作安排")
            || h.has("工作任务")
            || h.has("主要任务")
            || h.has("总体要求")
            || h.has("预期目标")
            || has_year(0) && (h.has("工作") || h.has("目标"))
        {
            return Some((Section::Target, level));
        }
        if has_year(-1) && h.has("工作") {
            return Some((Section::Review, level));
        }
        return None;
    }
    // Strong cues inside running text.
    if let Some(at) = targets_word.then(|| main_targets_at(sentence)).flatten() {
        let (before, after) = (&sentence[..at], &sentence[at..]);
        // In a plan's part, a main-targets paragraph whose goals run over years (年均) is the plan's.
        let head = &after[..after.char_indices().nth(40).map_or(after.len(), |(i, _)| i)];
        let plan = is_five_year_cue(before, after, time)
            || current == Section::Plan5 && !names_this_year(before, time) && head.has("年均");
        return Some((
            if plan {
                Section::Plan5
            } else {
                Section::Target
            },
            Origin::Targets,
        ));
    }
    // Cues near the start of a sentence (after 各位代表, and the like).
    // Every cue below holds a 年 or a 五 in the lead.
    if !lead_may_cue {
        return None;
    }
    let (lead, held) = lead(sentence);
    if held & (YEAR | FIVE) == 0 {
        return None;
    }
    // A sentence that opens on last year (2020年,… / 刚刚过去的2020年) reviews it.
    let past = y.is_some_and(|y| year_opens_clause(lead, y - 1, "年"))
        && !lead.has("以来")
        && !lead.contains('到');
    // Each cue list is tried only when the lead holds a char all its cues share.
    if past
        || held & (GO | COME) != 0
            && ["过去一年", "一年来", "去年", "今年以来"]
                .iter()
                .any(|c| opens_clause(lead, c))
    {
        return Some((Section::Review, Origin::Text));
    }
    if !time.half_year && held & FIVE != 0 {
        // A plan's time named at the start (“十三五”时期,…): past when it ended before the report's
        // year, else the plan the report looks ahead to.
        let opening = lead.trim_start_matches(['“', '*', ' ', '—']);
        let plan_time = named_plan(opening).filter(|_| {
            opening.starts_with('十') && ["时期", "以来", "期间"].iter().any(|w| lead.has(w))
        });
        if ["过去五年", "五年来", "回顾五年", "这五年"]
            .iter()
            .any(|c| lead.has(c))
            || plan_time.is_some_and(|p| y.is_some_and(|y| p.1 < y))
        {
            return Some((Section::Review5, Origin::Text));
        }
        if plan_time.is_some() || YEARS_AHEAD.iter().any(|c| opens_clause(lead, c)) {
            return Some((Section::Plan5, Origin::Text));
        }
    }
    let plan_of_year = y.is_some_and(|y| {
        year_in(lead, y)
            && ["重点工作", "工作安排", "工作任务", "主要任务"]
                .iter()
                .any(|w| lead.has(w))
    });
    let year_is = y.is_some_and(|y| year_opens_clause(lead, y, "年是"));
    if plan_of_year
        || year_is
        || starts_with_any(
            sentence,
            &["今年是", "今年工作", "今年的工作", "做好今年", "下半年"],
        )
        || opens_clause(lead, "今年是")
    {
        return Some((Section::Target, Origin::Text));
    }
    None
}

// Chars the lead cues need, as bits: one walk over the lead tells which it holds.
pub(crate) const YEAR: u8 = 1;

pub(crate) const GO: u8 = 2;

pub(crate) const FIVE: u8 = 4;

pub(crate) const COME: u8 = 8;

/// A sentence's first 24 chars, where cues to a section stand, and which of 年去五来 they hold.
/// A walk over bytes without data-dependent branches: every sentence is read this way, and
/// which chars come is anyone's guess.
pub(crate) fn lead(sentence: &str) -> (&str, u8) {
    let b = sentence.as_bytes();
    let (mut i, mut n, mut held) = (0, 0, 0);
    while i < b.len() && n < 24 {
        let x = b[i] as u32;
        let w = (x << 16)
            | (b.get(i + 1).copied().unwrap_or(0) as u32) << 8
            | b.get(i + 2).copied().unwrap_or(0) as u32;
        // The chars' UTF-8 bytes.
        held |= (u8::from(w == 0xe5b9b4) * YEAR)
            | (u8::from(w == 0xe58ebb) * GO)
            | (u8::from(w == 0xe4ba94) * FIVE)
            | (u8::from(w == 0xe69da5) * COME);
        i += 1 + usize::from(x >= 0xc0) + usize::from(x >= 0xe0) + usize::from(x >= 0xf0);
        n += 1;
    }
    (&sentence[..i.min(b.len())], held)
}

/// Whether a main-targets cue speaks of a five-year plan: “十四五”时期…主要目标是 / 主要目标是:到2025年.
pub(crate) fn is_five_year_cue(before: &str, after: &str, time: Time) -> bool {
    if names_this_year(before, time) {
        return false;
    }
    let near: String = before
        .chars()
        .rev()
        .take(30)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    // A plan's name, the five years to come (五年 covers them all), or a long-range vision.
    PLANS
        .iter()
        .map(|(n, _)| *n)
        .chain(["五年", "今后5年", "未来5年", "远景"])
        .any(|w| near.has(w))
        || future_year(&near, time).is_some()
        || future_year(
            &after[..after.char_indices().nth(12).map_or(after.len(), |(i, _)| i)],
            time,
        )
        .is_some()
}

/// Whether `cue` opens a clause of `s` (比去年, 近一年来 and 在去年基础上 compare, they do not
/// look back).
pub(crate) fn opens_clause(s: &str, cue: &str) -> bool {
    occurrences(s, cue).any(|p| {
        let before = &s[..p];
        before
            .chars()
            .next_back()
            .is_none_or(|c| !crate::normalize::is_han(c))
            || before.ends_with("过去的")
            || before.ends_with("回顾")
    })
}

/// Whether the year `y` opens a clause of `s`, followed by `then` (2020年, / 2021年是).
pub(crate) fn year_opens_clause(s: &str, y: i32, then: &str) -> bool {
    let mut buf = [0u8; 4];
    let digits = year_digits(y, &mut buf);
    let found = occurrences(s, digits)
        .any(|p| s[p + 4..].starts_with(then) && opens_clause(&s[..p + 4], digits));
    found
}

pub(crate) fn starts_with_any(s: &str, cues: &[&str]) -> bool {
    let s = s.trim_start_matches([' ', '\u{3000}']);
    cues.iter().any(|c| s.starts_with(c))
}

/// Where a main-targets paragraph opens in a sentence (主要预期目标是: …), as a byte offset past the cue.
pub(crate) fn main_targets_at(sentence: &str) -> Option<usize> {
    // One walk over the 标 of 目标/指标, each checked for a heading word before and a 是/为/: after.
    // 主要预期目标, 主要预期调控目标, 总体目标, 经济增长目标确定为…; 主要预期指标, 预期性指标.
    const HEADS: [&str; 10] = [
        "主要预期",
        "主要经济",
        "主要",
        "预期",
        "发展",
        "奋斗",
        "远景",
        "调控",
        "总体",
        "增长",
    ];
    const INDICATOR_HEADS: [&str; 5] = ["主要", "主要经济", "预期", "预期性", "调控"];
    const TAILS: [&str; 22] = [
        "是:",
        "为:",
        "建议为:",
        "建议为",
        "建议:",
        "任务是:",
        "任务为:",
        "任务是",
        "的建议是",
        "建议是",
        "预期是",
        "预期为",
        "确定为",
        "初步确定为",
        "安排为",
        "安排是",
        "拟定为",
        "拟安排为",
        "是",
        "为",
        ":",
        "主要是",
    ];
    if !sentence.has("目标") && !sentence.has("指标") {
        return None;
    }
    for (p, _) in sentence.match_indices('标') {
        let before = &sentence[..p];
        let (word, indicators) = match before.chars().next_back() {
            Some('目') => (p - '目'.len_utf8(), false),
            Some('指') => (p - '指'.len_utf8(), true),
            _ => continue,
        };
        let head = &sentence[..word];
        let headed = if indicators {
            INDICATOR_HEADS.iter().any(|h| head.ends_with(h))
        } else {
            HEADS.iter().any(|h| head.ends_with(h))
        };
        if !headed {
            continue;
        }
        let at = p + '标'.len_utf8();
        // 展望2035年远景目标,…: a long-range vision lists its goals after a comma.
        if head.ends_with("远景") && sentence[at..].starts_with(',') {
            return Some(at + 1);
        }
        if let Some(t) = TAILS.iter().find(|t| sentence[at..].starts_with(**t)) {
            return Some(at + t.len());
        }
        // 主要预期目标坚持以…为导向,主要包括: the list opens a little later.
        let near = &sentence[at..sentence[at..]
            .char_indices()
            .nth(40)
            .map_or(sentence.len(), |(i, _)| at + i)];
        if let Some(q) = ["包括:", "如下:"]
            .iter()
            .filter_map(|w| near.find_word(w).map(|q| q + w.len()))
            .min()
        {
            return Some(at + q);
        }
    }
    None
}
