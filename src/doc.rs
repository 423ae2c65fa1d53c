//! Reports inside a text: where each one starts, and what it says of itself
//! (region, level, year, title, date, speaker).

use crate::{Level, Meta};

/// Byte ranges (in normalized text) of the reports a text holds. A new report starts at a
/// title line (…政府工作报告, …执行情况的报告) standing well after the previous report's start.
pub(crate) fn split(text: &str) -> Vec<(usize, usize)> {
    const MIN_DOC: usize = 3000;
    let mut starts = vec![0usize];
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let head: &str = {
            let end = line.char_indices().nth(48).map_or(line.len(), |(i, _)| i);
            &line[..end]
        };
        if is_title(head) && line_start >= starts.last().unwrap() + MIN_DOC {
            starts.push(line_start);
        }
        line_start += line.len();
    }
    let mut out = Vec::with_capacity(starts.len());
    for (i, s) in starts.iter().enumerate() {
        let e = starts.get(i + 1).copied().unwrap_or(text.len());
        out.push((*s, e));
    }
    out
}

fn is_title(head: &str) -> bool {
    head.contains("政府工作报告") || head.contains("执行情况的报告") || head.contains("执行情况报告")
}

/// What the report in `text` (normalized) says of itself.
pub(crate) fn meta(text: &str) -> Meta {
    let head_end = text.char_indices().nth(1200).map_or(text.len(), |(i, _)| i);
    let head = &text[..head_end];
    let mut m = Meta::default();
    m.title = title(head);
    let date = date(head);
    m.date = date.map(|(y, mo, d)| match d {
        Some(d) => format!("{y:04}-{mo:02}-{d:02}"),
        None => format!("{y:04}-{mo:02}"),
    });
    m.half_year = head.contains("上半年") && !head.contains("上半年以来") || head.contains("半年工作");
    m.year = date.map(|(y, _, _)| y).or_else(|| m.title.as_deref().and_then(leading_year)).or_else(|| year_from_cues(text));
    let national = head.contains("全国人民代表大会") || head.contains("国务院总理") || head.contains("我代表国务院");
    if national {
        m.region = Some("全国".to_string());
        m.level = Some(Level::National);
    } else {
        m.region = region(head, m.title.as_deref());
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
        .map(|l| l.trim().trim_matches(|c| c == '*' || c == '#' || c == ' ' || c == '-'))
        .find(|l| l.chars().count() <= 60 && (l.contains("报告") || l.contains("讲话")) && !l.contains(',') && !l.contains('。') && !l.contains("我代表"))
        .map(|l| l.rsplit('】').next().unwrap_or(l).to_string())
}

fn leading_year(s: &str) -> Option<i32> {
    let digits: String = s.chars().skip_while(|c| !c.is_ascii_digit()).take_while(|c| c.is_ascii_digit()).collect();
    let y: i32 = digits.parse().ok()?;
    let after = s.find(&digits)? + digits.len();
    ((1949..=2100).contains(&y) && s[after..].starts_with('年')).then_some(y)
}

/// The first full date in the head: 2024年1月10日.
fn date(head: &str) -> Option<(i32, u32, Option<u32>)> {
    let b = head.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        if b[i..i + 4].iter().all(u8::is_ascii_digit) && (i == 0 || !b[i - 1].is_ascii_digit()) && head[i + 4..].starts_with('年') {
            let y: i32 = head[i..i + 4].parse().ok()?;
            let rest = &head[i + 4 + '年'.len_utf8()..];
            let mo: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if let Ok(mo) = mo.parse::<u32>() {
                let rest = &rest[mo.to_string().len()..];
                if (1..=12).contains(&mo) && rest.starts_with('月') && (1949..=2100).contains(&y) {
                    let rest = &rest['月'.len_utf8()..];
                    let d: String = rest.chars().take_while(char::is_ascii_digit).collect();
                    let d = d.parse::<u32>().ok().filter(|d| (1..=31).contains(d) && rest[d.to_string().len()..].starts_with('日'));
                    return Some((y, mo, d));
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
    let vote = |y: i32, w: i32, counts: &mut Vec<(i32, i32)>| match counts.iter_mut().find(|(k, _)| *k == y) {
        Some((_, c)) => *c += w,
        None => counts.push((y, w)),
    };
    while i + 4 < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()) && b[i..i + 4].iter().all(u8::is_ascii_digit) && text[i + 4..].starts_with('年') {
            let y: i32 = text[i..i + 4].parse().unwrap_or(0);
            if (1949..=2100).contains(&y) {
                let after = &text[i + 7..];
                let after = &after[..after.char_indices().nth(16).map_or(after.len(), |(k, _)| k)];
                if after.contains("工作回顾") || after.starts_with(",是") || after.starts_with("工作总结") || after.starts_with("以来") {
                    vote(y + 1, 3, &mut counts);
                } else if after.contains("主要预期目标") || after.contains("工作安排") || after.contains("主要目标") || after.contains("开局之年") {
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
    counts.into_iter().max_by_key(|(y, c)| (*c, *y)).map(|(y, _)| y)
}

const ADMIN_SUFFIXES: [&str; 9] = ["自治区", "自治州", "自治县", "省", "市", "县", "区", "旗", "盟"];

/// The region whose government reports.
fn region(head: &str, title: Option<&str>) -> Option<String> {
    // 在句容市第十七届人民代表大会…, 在启东市第十七届人大常委会…
    let mut from = 0;
    while let Some(p) = head[from..].find("届") {
        let at = from + p;
        let after = &head[at + "届".len()..];
        if after.starts_with("人民代表大会") || after.starts_with("人大") {
            if let Some(name) = name_before(&head[..at], true) {
                return Some(name);
            }
        }
        from = at + "届".len();
    }
    if let Some(t) = title {
        for cue in ["人民政府工作报告", "政府工作报告", "国民经济和社会发展", "人民政府"] {
            if let Some(p) = t.find(cue) {
                if let Some(name) = name_before(&t[..p], false) {
                    return Some(name);
                }
            }
        }
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
        // Drop 第十七 before 届.
        let cut = s.rfind('第')?;
        s = &s[..cut];
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
    for lead in ["在", "年", "我代表", "代表", "关于", "受"] {
        if let Some(p) = name.rfind(lead) {
            name = &name[p + lead.len()..];
        }
    }
    // Keep the last administrative unit: 南通市启东市 → 启东市, xx市xx区 → xx区.
    let units = split_units(name);
    let last = units.last().copied().unwrap_or(name);
    let n = last.chars().count();
    if n < 2 || last.len() <= suffix.len() || last == "人民" {
        return None;
    }
    Some(last.to_string())
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
            if end - start > sfx.len() && !rest[sfx.len()..].starts_with(['区', '州', '县']) {
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

/// The level of a region from its name.
pub(crate) fn level_of(region: &str) -> Option<Level> {
    const MUNICIPALITIES: [&str; 4] = ["北京市", "上海市", "天津市", "重庆市"];
    if region == "全国" {
        return Some(Level::National);
    }
    if region.ends_with('省') || region.ends_with("自治区") || MUNICIPALITIES.contains(&region) {
        return Some(Level::Province);
    }
    if region.ends_with('州') || region.ends_with('盟') || region.ends_with("地区") {
        return Some(Level::City);
    }
    if region.ends_with('市') {
        let prefectures = include_str!("../data/prefectures.txt");
        return Some(if prefectures.lines().any(|l| l == region) { Level::City } else { Level::County });
    }
    if region.ends_with('县') || region.ends_with('旗') {
        return Some(Level::County);
    }
    if region.ends_with('区') {
        return Some(Level::District);
    }
    None
}

const TITLES: [&str; 14] = ["代理市长", "代市长", "代县长", "代区长", "代省长", "市长", "县长", "区长", "省长", "主席", "总理", "主任", "局长", "书记"];

/// The speaker: a short line near the top naming an office holder (市长 束克之).
fn speaker(head: &str) -> Option<String> {
    for line in head.lines().take(12) {
        let l: String = line.chars().filter(|c| !c.is_whitespace() && *c != '*').collect();
        let n = l.chars().count();
        if n == 0 || n > 24 || l.contains("代表") || l.contains("报告") || l.contains(':') || l.contains('。') || l.contains("title") {
            continue;
        }
        if let Some((p, t)) = TITLES.iter().filter_map(|t| l.rfind(t).map(|p| (p, *t))).max_by_key(|(p, _)| *p) {
            let name = &l[p + t.len()..];
            if (2..=4).contains(&name.chars().count()) && name.chars().all(crate::normalize::is_han) {
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
            return ((2..=4).contains(&n) && l.chars().all(crate::normalize::is_han)).then(|| l.to_string());
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
        let m = meta("——2024年1月10日\n在句容市第十七届人民代表大会第三次会议上\n市 长 束克之\n各位代表:\n");
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
    fn splits_pages_of_reports() {
        let body = "各位代表:".to_string() + &"经济运行稳中有进。".repeat(400) + "\n";
        let text = format!("2021年甲县政府工作报告\n{body}2021年乙县政府工作报告\n{body}");
        let docs = split(&text);
        assert_eq!(docs.len(), 2);
        assert!(text[docs[1].0..].starts_with("2021年乙县"));
    }
}
