//! Reports inside a text: where each one starts, and what it says of itself
//! (region, level, year, title, date, speaker).

use crate::events::Events;
use crate::search::Words;
use crate::{Level, Meta};

/// Byte ranges (in normalized text) of the reports a text holds. A new report starts at a
/// title line (…政府工作报告, …执行情况的报告) standing well after the previous report's start.
/// `events`: the walk's notes (its line breaks, and its 报告 pairs: a title holds one).
#[inline(never)] // a phase of `analyze`: see there
pub(crate) fn split(text: &str, events: &Events) -> Vec<(usize, usize)> {
    const MIN_DOC: usize = 3000;
    let b = text.as_bytes();
    // Where 报告 stands (its second char), ascending.
    let mut reports = events
        .cues
        .iter()
        .filter(|(_, bit)| bit & crate::cues::REPORT != 0)
        .map(|(p, _)| *p)
        .peekable();
    let mut starts = vec![0usize];
    let breaks: Vec<usize> = events
        .sentence_ends
        .iter()
        .copied()
        .filter(|p| b.get(*p) == Some(&b'\n'))
        .collect();
    // Each line as its start and its end (its line break, or the end of the text).
    let lines = std::iter::once(0)
        .chain(breaks.iter().map(|p| p + 1))
        .zip(breaks.iter().copied().chain(std::iter::once(text.len())));
    for (line_start, line_end) in lines {
        // Cheapest tests first: most lines stand too close to the last start to open a report,
        // and almost none holds a 报告.
        if line_start < starts.last().unwrap() + MIN_DOC {
            continue;
        }
        while reports.next_if(|p| *p < line_start).is_some() {}
        match reports.peek() {
            None => break,
            Some(&report) if report >= line_end => continue,
            Some(_) => {}
        }
        let head = head(&text[line_start..], 48);
        let head = head.find('\n').map_or(head, |i| &head[..=i]);
        if is_title(head) && opens_a_report(&text[line_start..]) {
            starts.push(line_start);
        }
    }
    let mut out = Vec::with_capacity(starts.len());
    for (i, s) in starts.iter().enumerate() {
        let e = starts.get(i + 1).copied().unwrap_or(text.len());
        out.push((*s, e));
    }
    out
}

/// Whether a report begins here: its opening address or its session line follows the title
/// closely (an appendix titled 政府工作报告名词解释 has neither).
fn opens_a_report(rest: &str) -> bool {
    let window = head(rest, 300);
    window.contains("各位代表") || window.contains("人民代表大会") || window.contains("人大常委会")
}

/// A title line: short, no clause punctuation, naming a work report.
fn is_title(head: &str) -> bool {
    let line = head.trim();
    // Every title names a 报告: one search rules out almost every line.
    line.contains("报告")
        && line.chars().count() <= 40
        && !line.contains([',', '。', ';', '《', '“'])
        && (line.contains("政府工作报告")
            || line.contains("执行情况的报告")
            || line.contains("执行情况报告"))
}

/// The first `n` chars of `s`.
fn head(s: &str, n: usize) -> &str {
    &s[..s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)]
}

/// What the report in `text` (normalized) says of itself.
#[inline(never)] // a phase of `analyze`: see there
pub(crate) fn meta(text: &str) -> Meta {
    let head_end = text.char_indices().nth(1200).map_or(text.len(), |(i, _)| i);
    let head = &text[..head_end];
    let mut m = Meta {
        title: title(head),
        ..Meta::default()
    };
    let date = date(head);
    m.date = date.map(|(y, mo, d)| match d {
        Some(d) => format!("{y:04}-{mo:02}-{d:02}"),
        None => format!("{y:04}-{mo:02}"),
    });
    m.half_year = is_half_year(head, m.title.as_deref(), date);
    // The year a report is for: its title's, else its date's (a report given in November or
    // December speaks for the coming year), else what its own headings say.
    // A dated report speaks for the year of its date (a site may title a report by the year it
    // reviews: 2016年…政府工作报告 given on 2017年1月16日 is 2017's).
    // A date far from the title's year is a page's, not the report's (a 2003 report dated 2010).
    let titled = m.title.as_deref().and_then(title_year);
    let dated = date
        .filter(|(_, _, d)| d.is_some())
        .map(|(y, mo, _)| if mo >= 11 && !m.half_year { y + 1 } else { y })
        .filter(|y| titled.is_none_or(|t| (y - t).abs() <= 1));
    m.year = dated
        .or(titled)
        .or_else(|| date.map(|(y, mo, _)| if mo >= 11 && !m.half_year { y + 1 } else { y }))
        .or_else(|| year_from_cues(text));
    let national = head.contains("全国人民代表大会")
        || head.contains("国务院总理")
        || head.contains("我代表国务院");
    if national {
        m.region = Some("全国".to_string());
        m.level = Some(Level::National);
    } else {
        m.region = region(head, m.title.as_deref())
            .or_else(|| most_named_region(text, head))
            .map(official_name);
        m.level = m.region.as_deref().and_then(level_of);
    }
    m.speaker = speaker(head);
    m
}

fn title(head: &str) -> Option<String> {
    if let Some(rest) = head.strip_prefix("---\n") {
        for line in rest.lines().take(8) {
            if let Some(t) = line.strip_prefix("title:") {
                return Some(t.trim().trim_matches('"').to_string()).filter(|t| !t.is_empty());
            }
        }
    }
    head.lines()
        .take(6)
        .map(|l| {
            l.trim()
                .trim_matches(|c| c == '*' || c == '#' || c == ' ' || c == '-')
        })
        .find(|l| {
            l.chars().count() <= 60
                && (l.contains("报告") || l.contains("讲话"))
                && !l.contains(',')
                && !l.contains('。')
                && !l.contains("我代表")
        })
        .map(|l| l.rsplit('】').next().unwrap_or(l).to_string())
}

/// A mid-year report: its title, or the opening of its text, speaks of the first half-year.
fn is_half_year(head: &str, title: Option<&str>, date: Option<(i32, u32, Option<u32>)>) -> bool {
    if title.is_some_and(|t| t.contains("上半年") || t.contains("半年")) {
        return true;
    }
    let opening = &head[..head.char_indices().nth(300).map_or(head.len(), |(i, _)| i)];
    let mid_year = date.is_some_and(|(_, mo, _)| (6..=9).contains(&mo));
    opening.contains("上半年")
        && (mid_year || opening.contains("执行情况") || opening.contains("半年工作"))
}

/// A year a title names: 2019年…报告, …报告（2012）.
fn title_year(t: &str) -> Option<i32> {
    let b = t.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        if b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
        {
            let y: i32 = t[i..i + 4].parse().ok()?;
            // 政府工作报告（2022年12月11日 …）names the day it was given, not the year it is for.
            let dated = t[i + 4..]
                .strip_prefix('年')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
            if (1949..=2100).contains(&y) && !dated {
                return Some(y);
            }
        }
        i += 1;
    }
    None
}

/// The first full date in the head: 2024年1月10日, or 二〇二三年一月十五日.
fn date(head: &str) -> Option<(i32, u32, Option<u32>)> {
    let arabic = arabic_date(head);
    let chinese = chinese_date(head);
    match (arabic, chinese) {
        (Some((a, ai)), Some((c, ci))) => Some(if ci < ai { c } else { a }),
        (a, c) => a.or(c).map(|(d, _)| d),
    }
}

fn chinese_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .map(|p| p as u32)
        .or((c == '零').then_some(0))
}

/// 一 … 三十一 as a number.
fn small_chinese(s: &str) -> Option<u32> {
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        ['十'] => Some(10),
        [d] => chinese_digit(*d),
        ['十', d] => Some(10 + chinese_digit(*d)?),
        [t, '十'] => Some(chinese_digit(*t)? * 10),
        [t, '十', d] => Some(chinese_digit(*t)? * 10 + chinese_digit(*d)?),
        _ => None,
    }
}

/// A date as year, month and day when given.
type Ymd = (i32, u32, Option<u32>);

fn chinese_date(head: &str) -> Option<(Ymd, usize)> {
    let mut from = 0;
    while let Some(p) = head[from..].find('年') {
        let at = from + p;
        let before: Vec<(usize, char)> = head[..at].char_indices().rev().take(4).collect();
        if before.len() == 4 && before.iter().all(|(_, c)| chinese_digit(*c).is_some()) {
            let y = before
                .iter()
                .rev()
                .fold(0u32, |v, (_, c)| v * 10 + chinese_digit(*c).unwrap_or(0))
                as i32;
            let rest = &head[at + '年'.len_utf8()..];
            if let Some(mp) = rest.find('月') {
                if let Some(mo) = small_chinese(&rest[..mp]).filter(|m| (1..=12).contains(m)) {
                    let rest = &rest[mp + '月'.len_utf8()..];
                    let d = rest
                        .find('日')
                        .and_then(|dp| small_chinese(&rest[..dp]))
                        .filter(|d| (1..=31).contains(d));
                    if (1949..=2100).contains(&y) {
                        return Some(((y, mo, d), before[3].0));
                    }
                }
            }
        }
        from = at + '年'.len_utf8();
    }
    None
}

fn arabic_date(head: &str) -> Option<(Ymd, usize)> {
    let b = head.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        if b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && head[i + 4..].starts_with('年')
        {
            let y: i32 = head[i..i + 4].parse().ok()?;
            let rest = &head[i + 4 + '年'.len_utf8()..];
            let mo: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if let Ok(mo) = mo.parse::<u32>() {
                let rest = &rest[mo.to_string().len()..];
                if (1..=12).contains(&mo) && rest.starts_with('月') && (1949..=2100).contains(&y) {
                    let rest = &rest['月'.len_utf8()..];
                    let d: String = rest.chars().take_while(char::is_ascii_digit).collect();
                    let d = d.parse::<u32>().ok().filter(|d| {
                        (1..=31).contains(d) && rest[d.to_string().len()..].starts_with('日')
                    });
                    return Some(((y, mo, d), i));
                }
            }
        }
        i += 1;
    }
    None
}

/// The year a report without a date speaks from: 2020年工作回顾 → 2021; 2021年主要预期目标 → 2021.
fn year_from_cues(text: &str) -> Option<i32> {
    let mut counts: Vec<(i32, i32)> = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    let vote = |y: i32, w: i32, counts: &mut Vec<(i32, i32)>| match counts
        .iter_mut()
        .find(|(k, _)| *k == y)
    {
        Some((_, c)) => *c += w,
        None => counts.push((y, w)),
    };
    while i + 4 < b.len() {
        if b[i].is_ascii_digit()
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b[i..i + 4].iter().all(u8::is_ascii_digit)
            && text[i + 4..].starts_with('年')
        {
            let y: i32 = text[i..i + 4].parse().unwrap_or(0);
            let horizon = text[..i].ends_with('到') || text[..i].ends_with('至');
            if (1949..=2100).contains(&y) && !horizon {
                let after = &text[i + 7..];
                let after = &after[..after.char_indices().nth(16).map_or(after.len(), |(k, _)| k)];
                if after.contains("回顾")
                    || after.starts_with(",是")
                    || after.starts_with("工作总结")
                    || after.starts_with("以来")
                {
                    vote(y + 1, 3, &mut counts);
                } else if after.contains("主要预期目标")
                    || after.contains("工作安排")
                    || after.contains("主要目标")
                    || after.contains("开局之年")
                {
                    vote(y, 3, &mut counts);
                } else {
                    vote(y, 1, &mut counts);
                }
            }
            i += 4;
            continue;
        }
        i += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(y, c)| (*c, *y))
        .map(|(y, _)| y)
}

const ADMIN_SUFFIXES: [&str; 10] = [
    "自治区",
    "自治州",
    "自治县",
    "省",
    "市",
    "州",
    "县",
    "区",
    "旗",
    "盟",
];

/// The region whose government reports.
fn region(head: &str, title: Option<&str>) -> Option<String> {
    // The title names the region most plainly: 2012年石家庄市人民政府工作报告.
    if let Some(t) = title {
        for cue in [
            "人民政府工作报告",
            "政府工作报告",
            "国民经济和社会发展",
            "人民政府",
        ] {
            if let Some(p) = t.find(cue) {
                // 合肥市2017年政府工作报告: the year is not part of the name.
                let before = t[..p].trim_end_matches(|c: char| c.is_ascii_digit() || c == '年');
                if let Some(name) = name_before(before, false) {
                    return Some(name);
                }
            }
        }
    }
    // 在句容市第十七届人民代表大会…, 在启东市第十七届人大常委会…, 在恩施州七届人大… — in the
    // header, not in the body (完成市第十届人大…确定的目标).
    let opening = &head[..head.char_indices().nth(400).map_or(head.len(), |(i, _)| i)];
    let mut from = 0;
    while let Some(p) = opening[from..].find('届') {
        let at = from + p;
        let after = opening[at + "届".len()..].trim_start_matches(['*', ' ', '\n']);
        if after.starts_with("人民") || after.starts_with("人大") {
            if let Some(name) = name_before(&opening[..at], true) {
                return Some(name);
            }
        }
        from = at + "届".len();
    }
    for cue in ["我代表", "受"] {
        if let Some(p) = head.find(cue) {
            let rest = &head[p + cue.len()..];
            if let Some(q) = rest.find("人民政府") {
                if q <= 36 {
                    if let Some(name) = name_before(&rest[..q], false) {
                        return Some(name);
                    }
                }
            }
        }
    }
    None
}

/// The administrative name that `s` ends with (its last unit: xx市xx区 → xx区).
fn name_before(s: &str, session: bool) -> Option<String> {
    let mut s = s;
    if session {
        // Drop 第十七 (or a bare 七) before 届.
        let numerals = s.trim_end_matches(|c: char| "〇一二三四五六七八九十".contains(c));
        s = numerals.strip_suffix('第').unwrap_or(numerals);
    }
    let s = s.trim_end();
    let suffix = ADMIN_SUFFIXES.iter().find(|x| s.ends_with(*x))?;
    // Walk back over the name's characters.
    let mut start = s.len();
    for (i, c) in s.char_indices().rev() {
        if crate::normalize::is_han(c) || c.is_ascii_alphabetic() {
            start = i;
        } else {
            break;
        }
        if s.len() - i > 30 {
            break;
        }
    }
    let mut name = &s[start..];
    // Leading words that are not part of the name.
    for lead in [
        "在",
        "年",
        "我代表",
        "代表",
        "关于",
        "受",
        "向",
        "完成",
        "贯彻",
        "中共",
        "是",
    ] {
        if let Some(p) = name.rfind(lead) {
            name = &name[p + lead.len()..];
        }
    }
    // A date right before the name leaves its 日 or 月 behind (1月25日山西省…).
    if s[..start].ends_with(|c: char| c.is_ascii_digit()) {
        name = name.trim_start_matches(['日', '月']);
    }
    // Keep the last administrative unit: 南通市启东市 → 启东市, xx市xx区 → xx区.
    let units = split_units(name);
    let last = units.last().copied().unwrap_or(name);
    let n = last.chars().count();
    if n < 2 || last.len() <= suffix.len() || last == "人民" {
        return None;
    }
    const PROSE: [&str; 14] = [
        "完成", "了", "确定", "审议", "会议", "贯彻", "执行", "落实", "按照", "围绕", "认真",
        "部署", "大会", "报告",
    ];
    if PROSE.iter().any(|w| last.contains(w)) || last.starts_with(['我', '从', '全']) {
        return None;
    }
    Some(last.to_string())
}

const PROVINCES: [&str; 34] = [
    "北京市",
    "天津市",
    "上海市",
    "重庆市",
    "河北省",
    "山西省",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "江苏省",
    "浙江省",
    "安徽省",
    "福建省",
    "江西省",
    "山东省",
    "河南省",
    "湖北省",
    "湖南省",
    "广东省",
    "海南省",
    "四川省",
    "贵州省",
    "云南省",
    "陕西省",
    "甘肃省",
    "青海省",
    "台湾省",
    "内蒙古自治区",
    "广西壮族自治区",
    "西藏自治区",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
    "香港特别行政区",
    "澳门特别行政区",
];

/// The short form a report uses for a region: 江西省 → 江西, 广西壮族自治区 → 广西, 合肥市 → 合肥,
/// 恩施土家族苗族自治州 → 恩施 (as in 恩施州).
fn short_name(full: &str) -> &str {
    if full.ends_with("自治州") {
        if let Some(p) = crate::regions::peoples()
            .iter()
            .filter_map(|w| full.find(w))
            .min()
        {
            if p > 0 {
                return &full[..p];
            }
        }
    }
    for suffix in [
        "壮族自治区",
        "回族自治区",
        "维吾尔自治区",
        "自治区",
        "特别行政区",
        "省",
        "市",
    ] {
        if let Some(s) = full.strip_suffix(suffix) {
            if s.chars().count() >= 2 {
                return s;
            }
        }
    }
    full
}

/// For a report that never names its government (我代表省人民政府): the province or city it
/// names most often, of the kind its own words say it is.
fn most_named_region(text: &str, head: &str) -> Option<String> {
    let province =
        head.contains("省人民政府") || head.contains("自治区人民政府") || head.contains("省政府");
    let city = head.contains("市人民政府") || head.contains("市政府");
    let candidates: Vec<&str> = if province {
        PROVINCES.to_vec()
    } else if city {
        prefectures()
            .iter()
            .copied()
            .chain(PROVINCES[..4].iter().copied())
            .collect()
    } else {
        return None;
    };
    let body = &text[..text
        .char_indices()
        .nth(20_000)
        .map_or(text.len(), |(i, _)| i)];
    // One walk over the body counts every candidate: names grouped by their first character.
    let shorts: Vec<&str> = candidates.iter().map(|c| short_name(c)).collect();
    let by_first = crate::charset::ByChar::new(
        shorts
            .iter()
            .enumerate()
            .filter_map(|(i, s)| Some((s.chars().next()?, i))),
    );
    let mut counts = vec![0usize; candidates.len()];
    let mut free_from = vec![0usize; candidates.len()];
    for (p, c) in body.char_indices() {
        for &i in by_first.get(c as u32) {
            // Non-overlapping occurrences, as str::matches counts them.
            if p >= free_from[i] && body[p..].starts_with(shorts[i]) {
                counts[i] += 1;
                free_from[i] = p + shorts[i].len();
            }
        }
    }
    // The most named, with at least three mentions; of equal counts, the last in the list.
    let mut best: Option<(usize, usize)> = None;
    for (i, &n) in counts.iter().enumerate() {
        if n >= 3 && best.is_none_or(|(_, m)| n >= m) {
            best = Some((i, n));
        }
    }
    best.map(|(i, _)| candidates[i].to_string())
}

fn split_units(name: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < name.len() {
        let rest = &name[i..];
        if let Some(sfx) = ADMIN_SUFFIXES.iter().find(|x| rest.starts_with(*x)) {
            let end = i + sfx.len();
            // A unit needs at least one char of name before its suffix; 自治区 counts whole.
            if end - start > sfx.len()
                && !rest[sfx.len()..].starts_with(['区', '州', '县', '市', '盟'])
            {
                out.push(&name[start..end]);
                start = end;
            }
            i = end;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

/// The official name of a region written short: 恩施州 → 恩施土家族苗族自治州; 中卫市市 → 中卫市.
fn official_name(name: String) -> String {
    let name = name.replace("市市", "市");
    // 广西自治区, 宁夏自治区, 新疆自治区: the people's name left out.
    let without_people = |p: &str| {
        ["维吾尔", "壮族", "回族"]
            .iter()
            .find(|w| p.has(w))
            .map(|w| p.replace(w, ""))
    };
    if let Some(full) = PROVINCES
        .iter()
        .find(|p| short_name(p) == name || without_people(p).is_some_and(|p| p == name))
    {
        return full.to_string();
    }
    if let Some(short) = name.strip_suffix('州').filter(|s| !s.ends_with("自治")) {
        let full = prefectures()
            .iter()
            .find(|l| l.ends_with("自治州") && short_name(l) == short);
        if let Some(full) = full {
            return full.to_string();
        }
    }
    name
}

/// The names of data/prefectures.txt, in the file's order.
fn prefectures() -> &'static [&'static str] {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        include_str!("../data/prefectures.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect()
    })
}

/// Whether `name` is a prefecture-level city (a binary search over the names sorted).
fn is_prefecture(name: &str) -> bool {
    static SORTED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let mut names = prefectures().to_vec();
        names.sort_unstable();
        names
    });
    sorted.binary_search(&name).is_ok()
}

/// The level of a region from its name.
pub(crate) fn level_of(region: &str) -> Option<Level> {
    const MUNICIPALITIES: [&str; 4] = ["北京市", "上海市", "天津市", "重庆市"];
    if region == "全国" {
        return Some(Level::National);
    }
    if region.ends_with('省') || region.ends_with("自治区") || MUNICIPALITIES.contains(&region)
    {
        return Some(Level::Province);
    }
    if region.ends_with('州') || region.ends_with('盟') || region.ends_with("地区") {
        return Some(Level::City);
    }
    if region.ends_with('市') {
        return Some(if is_prefecture(region) {
            Level::City
        } else {
            Level::County
        });
    }
    if region.ends_with('县') || region.ends_with('旗') {
        return Some(Level::County);
    }
    if region.ends_with('区') {
        return Some(Level::District);
    }
    None
}

const TITLES: [&str; 14] = [
    "代理市长",
    "代市长",
    "代县长",
    "代区长",
    "代省长",
    "市长",
    "县长",
    "区长",
    "省长",
    "主席",
    "总理",
    "主任",
    "局长",
    "书记",
];

/// The speaker: a short line near the top naming an office holder (市长 束克之).
fn speaker(head: &str) -> Option<String> {
    for line in head.lines().take(12) {
        let kept = |c: &char| !c.is_whitespace() && *c != '*';
        // Most lines of a head are paragraphs: counted (as far as 25), not copied.
        let n = line.chars().filter(kept).take(25).count();
        if n == 0 || n > 24 {
            continue;
        }
        let l: String = line.chars().filter(kept).collect();
        if l.contains("代表")
            || l.contains("报告")
            || l.contains(':')
            || l.contains('。')
            || l.contains("title")
        {
            continue;
        }
        if let Some((p, t)) = TITLES
            .iter()
            .filter_map(|t| l.rfind(t).map(|p| (p, *t)))
            .max_by_key(|(p, _)| *p)
        {
            let name = &l[p + t.len()..];
            if (2..=4).contains(&name.chars().count()) && name.chars().all(crate::normalize::is_han)
            {
                return Some(name.to_string());
            }
        }
    }
    // A bare name on its own line right after the date line (——2014年1月9日在…会议上 / 韩立华).
    let mut after_date = false;
    for line in head.lines().take(14) {
        let l = line.trim();
        if after_date && !l.is_empty() {
            let n = l.chars().count();
            return ((2..=4).contains(&n) && l.chars().all(crate::normalize::is_han))
                .then(|| l.to_string());
        }
        if l.contains("会议上") {
            after_date = true;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_from_a_header() {
        let m = meta(
            "——2024年1月10日\n在句容市第十七届人民代表大会第三次会议上\n市 长 束克之\n各位代表:\n",
        );
        assert_eq!(m.region.as_deref(), Some("句容市"));
        assert_eq!(m.level, Some(Level::County));
        assert_eq!(m.year, Some(2024));
        assert_eq!(m.date.as_deref(), Some("2024-01-10"));
        assert_eq!(m.speaker.as_deref(), Some("束克之"));
    }

    #[test]
    fn regions_and_levels() {
        assert_eq!(level_of("湖南省"), Some(Level::Province));
        assert_eq!(level_of("衡阳市"), Some(Level::City));
        assert_eq!(level_of("宝兴县"), Some(Level::County));
        assert_eq!(level_of("斗门区"), Some(Level::District));
        assert_eq!(level_of("上海市"), Some(Level::Province));
        let m = meta("2021年宝兴县政府工作报告\n各位代表:");
        assert_eq!(m.region.as_deref(), Some("宝兴县"));
        assert_eq!(m.year, Some(2021));
        let m = meta("——2020年7月15日在xx市xx区第五届人民代表大会常务委员会会议上");
        assert_eq!(m.region.as_deref(), Some("xx区"));
    }

    #[test]
    fn chinese_numeral_dates_and_title_years() {
        let m = meta("政府工作报告\n二〇二三年一月十五日在甲市第十六届人民代表大会第一次会议上\n");
        assert_eq!(m.date.as_deref(), Some("2023-01-15"));
        assert_eq!(m.year, Some(2023));
        let m = meta("---\ntitle: 乙市人民政府工作报告（2012）\n---\n——2011年11月15日在乙市第十五届人民代表大会第一次会议上\n");
        assert_eq!(m.year, Some(2012));
        let m = meta("——2011年12月20日在丙市第十五届人民代表大会第一次会议上\n");
        assert_eq!(m.year, Some(2012));
    }

    #[test]
    fn regions_written_short_or_split_by_formatting() {
        let m = meta("——2016年1月12日在恩施州七届人大六次会议上\n各位代表:");
        assert_eq!(m.region.as_deref(), Some("恩施土家族苗族自治州"));
        assert_eq!(m.level, Some(Level::City));
        let m = meta("**──在太原市第十二届**\n\n**人民代表大会第一次会议上**\n各位代表:");
        assert_eq!(m.region.as_deref(), Some("太原市"));
        let m = meta("---\ntitle: 甲市政府工作报告（2022年12月11日 乙）\n---\n");
        assert_eq!(m.year, Some(2023));
        assert_eq!(level_of("兰州市"), Some(Level::City));
    }

    #[test]
    fn a_dated_report_is_of_its_date_not_of_the_title_a_site_gave_it() {
        let m = meta("---\ntitle: 2016年丁省人民政府工作报告\n---\n在丁省第十二届人民代表大会第五次会议上（2017年1月16日）\n各位代表:");
        assert_eq!(m.year, Some(2017));
        // A date years away from the title's is a web page's.
        let m = meta("---\ntitle: 戊省2003年政府工作报告\n---\n（2010年2月20日 某某）\n各位代表:");
        assert_eq!(m.year, Some(2003));
    }

    #[test]
    fn half_year_only_when_the_report_is_one() {
        assert!(!meta("——2024年1月10日在丁县第十七届人民代表大会第三次会议上\n今年上半年,我们召开了会议。").half_year);
        assert!(
            meta("——2020年7月29日在戊县人大常委会会议上\n现将2020年上半年计划执行情况报告如下")
                .half_year
        );
    }

    #[test]
    fn splits_pages_of_reports() {
        let body = "各位代表:".to_string() + &"经济运行稳中有进。".repeat(400) + "\n";
        let text = format!("2021年甲县政府工作报告\n{body}2021年乙县政府工作报告\n{body}");
        let docs = split(&text, &crate::events::Events::scan(&text));
        assert_eq!(docs.len(), 2);
        assert!(text[docs[1].0..].starts_with("2021年乙县"));
    }
}
