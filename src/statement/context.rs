//! Which part of a report a sentence stands in, and so the kind and period of its figures.
//!
//! A report reviews the past (actuals), sets this year's targets, and in plan years sets
//! five-year goals. Headings (一、2023年工作回顾; 二、“十四五”主要目标任务) and cue phrases
//! (主要预期目标是, 预计, 年均, 到2025年) move a reader between them; so does this module.

use crate::search::Words;
use crate::{period, Kind};
use std::borrow::Cow;

/// The part of a report a sentence belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// Review of the past year (or half-year, in a mid-year report).
    Review,
    /// Review of the past five-year plan period.
    Review5,
    /// This year's work and targets.
    Target,
    /// Five-year plan goals.
    Plan5,
}

/// What the report says of its own time.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Time {
    /// The year the report was given in.
    pub year: Option<i32>,
    /// A mid-year report: the review covers the first half of `year`.
    pub half_year: bool,
}

/// The numerals that number headings (一、…, （三）…).
fn is_heading_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// Where a section cue stands: a heading of the outline's top level (一、…), a heading below it
/// ((一)…), or running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    Top,
    Sub,
    /// A main-targets paragraph opening in running text (主要预期目标是:…).
    Targets,
    Text,
}

/// Whether a sentence starts like a section heading (一、…, （一）…) — or is short enough to be one.
pub(crate) fn heading_text(sentence: &str) -> Option<&str> {
    heading(sentence).map(|(h, _)| h)
}

/// A heading's first chars and its level in the outline.
fn heading(sentence: &str) -> Option<(&str, Origin)> {
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
fn title_line(sentence: &str, line: bool) -> Option<(&str, Origin)> {
    let s = sentence.trim_matches([' ', '*', '#', '\u{3000}']);
    let short = line && !s.is_empty() && s.len() <= 20 * 3 && s.chars().count() <= 20;
    // A report's own title (2020年上半年政府工作报告) heads the whole of it, not a part.
    (short && !s.contains([',', ':', ';', '。']) && !s.has("报告")).then_some((s, Origin::Sub))
}

/// A five-year plan named in the text (十三五 → 2016-2020); a plan named as a baseline
/// (较“十二五”末, 是“十二五”时期的) is not the period spoken of.
/// The five years to come, as reports name them.
const YEARS_AHEAD: [&str; 4] = ["今后五年", "未来五年", "今后5年", "未来5年"];

/// The five-year plans by name, with their first years.
const PLANS: [(&str, i32); 6] = [
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
fn plan_in_heading(h: &str) -> Option<(i32, i32)> {
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
const YEAR: u8 = 1;
const GO: u8 = 2;
const FIVE: u8 = 4;
const COME: u8 = 8;

/// A sentence's first 24 chars, where cues to a section stand, and which of 年去五来 they hold.
/// A walk over bytes without data-dependent branches: every sentence is read this way, and
/// which chars come is anyone's guess.
fn lead(sentence: &str) -> (&str, u8) {
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
fn is_five_year_cue(before: &str, after: &str, time: Time) -> bool {
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

/// The first year at least ten years past the report's named in `s` (2035年): a long-range horizon.
fn vision_year(s: &str, time: Time) -> Option<i32> {
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
fn names_this_year(s: &str, time: Time) -> bool {
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
fn year_in(s: &str, y: i32) -> bool {
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

fn year_digits(y: i32, buf: &mut [u8; 4]) -> &str {
    let y = y.clamp(0, 9999) as u32;
    for (i, b) in buf.iter_mut().enumerate() {
        *b = b'0' + (y / 10u32.pow(3 - i as u32) % 10) as u8;
    }
    std::str::from_utf8(buf).unwrap_or("0000")
}

/// Whether a clause of the goals' part gives last year's figure (预计全年增长6%, 去年完成投资80亿元)
/// rather than this year's measured against it (比去年增加5600亿元, 今年新开工…, 去年开建的项目).
fn speaks_of_last_year(clause: &str) -> bool {
    if clause.has("今年") {
        return false;
    }
    if clause.has("预计") {
        // 预计全年退税减税2.5万亿元 in the year's work: the year ahead.
        return !clause.has("全年");
    }
    clause.match_indices("去年").any(|(p, _)| {
        let before = clause[..p].chars().next_back();
        let after = &clause[p + "去年".len()..];
        !matches!(before, Some('比' | '较' | '同' | '于' | '上'))
            && !after.starts_with('的')
            && !after.starts_with("同期")
            && !after.starts_with("开")
            && !after.starts_with("底")
    })
}

/// Whether a clause in a five-year review speaks of the whole period (年均, 累计, 较2015年)
/// rather than of where the last year ended (总量达945亿元).
fn spans_period(clause: &str) -> bool {
    [
        "年均",
        "累计",
        "五年",
        "十三五",
        "十二五",
        "较20",
        "是20",
        "比20",
        "新增",
        "控制在",
        "以内",
        "维持在",
        "稳定在",
        "连续",
    ]
    .iter()
    .any(|w| clause.has(w))
}

/// Whether `cue` opens a clause of `s` (比去年, 近一年来 and 在去年基础上 compare, they do not
/// look back).
fn opens_clause(s: &str, cue: &str) -> bool {
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

/// Where `word` occurs in `s`, left to right, by [`Words::find_word`] (no searcher set up per call).
fn occurrences<'a>(s: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + s.get(from..)?.find_word(word)?;
        from = at + word.len().max(1);
        Some(at)
    })
}

/// Whether the year `y` opens a clause of `s`, followed by `then` (2020年, / 2021年是).
fn year_opens_clause(s: &str, y: i32, then: &str) -> bool {
    let mut buf = [0u8; 4];
    let digits = year_digits(y, &mut buf);
    let found = occurrences(s, digits)
        .any(|p| s[p + 4..].starts_with(then) && opens_clause(&s[..p + 4], digits));
    found
}

fn starts_with_any(s: &str, cues: &[&str]) -> bool {
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

/// What a sentence says of time, read once for all its figures.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SentenceTime {
    /// It looks forward to a later year (到2025年) or a plan's end.
    pub future: bool,
    /// A five-year plan it names (not as a baseline).
    pub named: Option<(i32, i32)>,
    /// A long-range horizon it looks out to (展望2035年远景目标): its year.
    pub vision: Option<i32>,
    /// Where the first 今年 that speaks of the year ahead stands (see [`this_year_at`]), in bytes
    /// from the sentence's start.
    pub this_year: Option<usize>,
    /// It gives estimates (预计) or speaks of last year (去年).
    pub estimate: bool,
    /// It opens on the five years past (五年来, 过去五年): its figures cover the whole period.
    pub five_years: bool,
    /// It holds a 五 (else it names no plan, nor do its clauses).
    pub five: bool,
}

impl SentenceTime {
    /// Reads a sentence; `estimate`: it holds 预计 or 去年 (from the walk's cue pairs); `five`:
    /// it holds a 五 (from the walk's notes); `cues`: all its cue pairs (今年, 远景, 展望 among them).
    pub fn read(sentence: &str, time: Time, estimate: bool, five: bool, cues: u32) -> SentenceTime {
        SentenceTime {
            future: sentence.contains('到')
                && (future_year(sentence, time).is_some()
                    || sentence.has("到“十四五”末")
                    || sentence.has("到“十五五”末")),
            named: if five { named_plan(sentence) } else { None },
            vision: if cues & crate::cues::VISION != 0 {
                vision_year(sentence, time)
            } else {
                None
            },
            this_year: if time.half_year || cues & crate::cues::THIS_YEAR == 0 {
                None
            } else {
                this_year_at(sentence)
            },
            estimate,
            five_years: five && opens_on_five_years(sentence),
            five,
        }
    }
}

/// Whether a sentence opens on the five years past (五年来, 过去五年, 这五年).
pub(crate) fn opens_on_five_years(sentence: &str) -> bool {
    let lead = &sentence[..sentence
        .char_indices()
        .nth(12)
        .map_or(sentence.len(), |(i, _)| i)];
    lead.contains('五') && ["五年来", "过去五年", "这五年"].iter().any(|c| lead.has(c))
}

/// Where a sentence stands: the section it is in, the report's own time, and what the sentence
/// says of time.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Setting {
    pub section: Section,
    pub time: Time,
    pub sentence: SentenceTime,
    /// The sentence speaks of this year (今年…) before the clause read ends.
    pub this_year: bool,
}

/// Kind and period of a figure in a clause of a sentence standing in `setting`.
/// `cues`: the clause's cue pairs (from the walk); `clause_year`: [`clause_year`] of the clause
/// (a caller that has it already passes it on).
pub(crate) fn kind_and_period(
    setting: Setting,
    clause: &str,
    cues: u32,
    clause_year: impl FnOnce() -> Option<i32>,
) -> (Kind, Option<Cow<'static, str>>) {
    let Setting {
        section,
        time,
        sentence: st,
        this_year,
    } = setting;
    let y = time.year;
    let range = |(a, b): (i32, i32)| Some(period::span(a, b));
    let review_year = || {
        y.map(|y| {
            if time.half_year {
                period::half_year(y)
            } else {
                period::year(y - 1)
            }
        })
    };
    let target_year = || y.map(period::year);
    let explicit_future = st.future;
    let annual_average = cues & crate::cues::ANNUAL != 0;
    // An explicit plan name in the sentence wins over the section's default.
    let named = st.named;
    match section {
        Section::Plan5 => {
            let p = named
                .filter(|p| y.is_none_or(|y| p.1 >= y))
                .or_else(|| y.map(plan_containing));
            // Goals out to a far horizon run from the plan's start to it (2021-2035).
            let p = match (st.vision, p) {
                (Some(v), Some((a, _))) if named.is_none() => Some((a, v)),
                _ => p,
            };
            (Kind::Plan5, p.and_then(range))
        }
        Section::Target | Section::Review | Section::Review5 if explicit_future && !st.estimate => {
            let p = named.or_else(|| y.map(plan_containing));
            (Kind::Plan5, p.and_then(range))
        }
        Section::Target if annual_average => {
            let p = named
                .filter(|p| y.is_none_or(|y| p.1 >= y))
                .or_else(|| y.map(plan_containing));
            (Kind::Plan5, p.and_then(range))
        }
        Section::Target if cues & crate::cues::ESTIMATE != 0 && speaks_of_last_year(clause) => {
            (Kind::Actual, y.map(|y| period::year(y - 1)))
        }
        // “十二五”期间新建保障性住房210万套: the whole plan's goal, though in the year's work.
        Section::Target
            if named.is_some_and(|p| y.is_some_and(|y| p.0 <= y && y <= p.1))
                && ["”期间", "”时期", "”末"].iter().any(|w| clause.has(w)) =>
        {
            (Kind::Plan5, named.and_then(range))
        }
        Section::Target => match clause_year() {
            // 2012年财政性教育经费支出占国内生产总值比重达到4% (in 2011's plan): a goal for a later
            // year is a long-range one.
            Some(cy) if y.is_some_and(|y| cy > y) && !time.half_year => {
                (Kind::Plan5, Some(period::year(cy)))
            }
            _ => (Kind::Target, target_year()),
        },
        // 今年力争…增长8%: the year ahead, wherever the report's outline stands.
        Section::Review5 | Section::Review
            if this_year && cues & crate::cues::ESTIMATE == 0 && !annual_average =>
        {
            (Kind::Target, target_year())
        }
        Section::Review5 | Section::Review
            if annual_average
                || st.five_years && !time.half_year
                || section == Section::Review5 && spans_period(clause)
                || st.five && named_plan(clause).is_some_and(|p| y.is_some_and(|y| p.1 < y))
                || time.half_year && named.is_some_and(|p| y.is_some_and(|y| p.1 == y)) =>
        {
            let last = |y: i32| if time.half_year { y } else { y - 1 };
            let p = named
                .filter(|p| y.is_none_or(|y| p.1 <= last(y)))
                .or_else(|| y.map(|y| (last(y) - 4, last(y))));
            (Kind::Actual, p.and_then(range))
        }
        Section::Review5 | Section::Review => match clause_year() {
            Some(cy) if y.is_none_or(|y| cy < y) => (Kind::Actual, Some(period::year(cy))),
            _ if section == Section::Review5 => (Kind::Actual, y.map(|y| period::year(y - 1))),
            _ => (Kind::Actual, review_year()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: Time = Time {
        year: Some(2021),
        half_year: false,
    };

    #[test]
    fn headings_move_sections() {
        assert_eq!(
            section_cue("一、2020年工作回顾", T, Section::Review, false, true, true),
            Some((Section::Review, Origin::Top))
        );
        assert_eq!(
            section_cue(
                "二、“十四五”时期主要目标任务",
                T,
                Section::Review,
                false,
                true,
                true
            ),
            Some((Section::Plan5, Origin::Top))
        );
        assert_eq!(
            section_cue("三、2021年工作安排", T, Section::Review, false, true, true),
            Some((Section::Target, Origin::Top))
        );
        assert_eq!(
            section_cue(
                "（一）加快推动重大部署早见成效",
                T,
                Section::Review,
                false,
                true,
                true
            ),
            None
        );
        assert_eq!(
            section_cue(
                "今年全市经济社会发展的主要预期目标是:地区生产总值增长6%",
                T,
                Section::Review,
                false,
                true,
                true
            ),
            Some((Section::Target, Origin::Targets))
        );
        assert_eq!(
            section_cue(
                "主要预期目标基本实现",
                T,
                Section::Review,
                false,
                true,
                true
            ),
            None
        );
    }

    #[test]
    fn lead_holds_the_first_chars() {
        assert_eq!(lead("过去一年,我们"), ("过去一年,我们", GO | YEAR));
        let long = "五年来,全市上下奋力拼搏,经济社会发展取得了来之不易的成绩,下一步";
        let (l, held) = lead(long);
        assert_eq!(l.chars().count(), 24);
        assert!(long.starts_with(l));
        assert_eq!(held, FIVE | YEAR | COME);
        assert_eq!(lead("é𠀀x来").1, COME);
    }

    #[test]
    fn plans() {
        assert_eq!(plan_containing(2021), (2021, 2025));
        assert_eq!(plan_containing(2024), (2021, 2025));
        assert_eq!(plan_containing(2020), (2016, 2020));
        assert_eq!(named_plan("“十三五”时期"), Some((2016, 2020)));
    }

    #[test]
    fn kinds() {
        let k = |section, sentence: &str, clause: &str, time| {
            let st = SentenceTime::read(
                sentence,
                time,
                sentence.contains("预计"),
                sentence.contains('五'),
                crate::events::Events::scan(sentence).cue_mask(0, sentence.len()),
            );
            let setting = Setting {
                section,
                time,
                sentence: st,
                this_year: st.this_year.is_some(),
            };
            kind_and_period(
                setting,
                clause,
                crate::events::Events::scan(clause).cue_mask(0, clause.len()),
                || clause_year(clause),
            )
        };
        assert_eq!(
            k(Section::Review, "地区生产总值增长3%", "", T),
            (Kind::Actual, Some("2020".into()))
        );
        assert_eq!(
            k(Section::Review, "年均增长7%", "年均增长7%", T),
            (Kind::Actual, Some("2016-2020".into()))
        );
        assert_eq!(
            k(Section::Target, "增长6%", "", T),
            (Kind::Target, Some("2021".into()))
        );
        assert_eq!(
            k(Section::Target, "到2025年,地区生产总值年均增长6%", "", T),
            (Kind::Plan5, Some("2021-2025".into()))
        );
        let h = Time {
            year: Some(2020),
            half_year: true,
        };
        assert_eq!(
            k(Section::Review, "增长1%", "", h),
            (Kind::Actual, Some("2020H1".into()))
        );
    }
}
