//! Indicator names: the phrase a figure belongs to, cleaned of noise, actions and list numbers.
//! Whole phrases around a lexicon phrase are `heads`, the parts of a phrase naming several `parts`.

use super::Subject;
use crate::charset::ByChar;
use crate::search::Words;
use crate::words;

pub(super) const NOISE_PREFIXES: &[&str] = &[
    "比上年",
    "较上年",
    "比去年",
    "建设",
    "新建",
    "改造",
    "实施",
    "开工",
    "培育",
    "打造",
    "全市",
    "全县",
    "全区",
    "全省",
    "全州",
    "全旗",
    "全盟",
    "全镇",
    "我市",
    "我县",
    "我区",
    "我省",
    "全年",
    "每年",
    "今年",
    "去年末",
    "去年底",
    "去年",
    "上半年",
    "下半年",
    "其中",
    "预计",
    "力争",
    "确保",
    "实现",
    "完成",
    "累计",
    "同比",
    "当年",
    "年内",
    "并",
    "和",
    "及",
    "其",
    "共",
    "把",
    "将",
    "已",
    "均",
    "总量",
    "”",
    " ",
    "(",
    ")",
    "、",
    "一是",
    "二是",
    "三是",
    "四是",
    "五是",
];

pub(super) const NOISE_SUFFIXES: &[&str] = &[
    "拟按",
    "按",
    "拟",
    "持续",
    "保持",
    "始终",
    "继续",
    "稳定",
    "同比",
    "累计",
    "分别",
    "总量",
    "均",
    "已",
    "的",
    "将",
    "全年",
    "比上年",
    "较上年",
    "比去年",
    "共",
    " ",
    "“",
    "达",
    "可",
    "实现",
    "取得",
    "又",
    "也",
    "还",
    "就",
    "或",
    "并",
];

/// The indicator phrase of a gap, noise words stripped.
pub(super) fn clean_name(gap: &str) -> &str {
    // The noise words by the char they start (or end) with, in list order within one.
    static ENDS: std::sync::OnceLock<(ByChar<&str>, ByChar<&str>)> = std::sync::OnceLock::new();
    let (firsts, lasts) = ENDS.get_or_init(|| {
        let by = |words: &[&'static str], key: fn(&str) -> Option<char>| {
            ByChar::new(words.iter().filter_map(|w| Some((key(w)?, *w))))
        };
        (
            by(NOISE_PREFIXES, |w| w.chars().next()),
            by(NOISE_SUFFIXES, |w| w.chars().next_back()),
        )
    });
    let mut s = gap.trim();
    loop {
        let before = s.len();
        s = strip_year(strip_numbering(s));
        let Some(first) = s.chars().next() else {
            return s;
        };
        // The first word of the list that opens `s`.
        if let Some(r) = firsts
            .get(first as u32)
            .iter()
            .find_map(|p| s.strip_prefix(p))
        {
            s = r;
        }
        let Some(last) = s.chars().next_back() else {
            return s;
        };
        if let Some(r) = lasts
            .get(last as u32)
            .iter()
            .find_map(|p| s.strip_suffix(p))
        {
            s = r;
        }
        // Quotes stay when they enclose part of the name (“三公”经费), not when one is left alone.
        if s.starts_with('“') && !s.contains('”') {
            s = &s['“'.len_utf8()..];
        }
        if s.ends_with('”') && !s.contains('“') {
            s = &s[..s.len() - '”'.len_utf8()];
        }
        if s.len() == before {
            return s;
        }
    }
}

/// Whether a phrase names only a span of time and the economy (“十三五”时期经济年均增长, 今后五年
/// 经济, “十一五”): its figure is the economy's growth.
pub(super) fn names_the_economy(name: &str) -> bool {
    let mut rest = name;
    let (mut timed, mut plan) = (false, false);
    loop {
        let before = rest.len();
        if let Some(r) = rest.strip_prefix('“').and_then(|r| {
            let (name, r) = r.split_once('”')?;
            (name.starts_with('十') && name.ends_with('五') && name.chars().count() <= 3)
                .then_some(r)
        }) {
            rest = r;
            plan = true;
        }
        for w in words::SPANS_OF_TIME {
            rest = rest.strip_prefix(w).unwrap_or(rest);
        }
        if rest.len() == before {
            break;
        }
        timed = true;
    }
    for w in ["年均增长", "年均", "增长"] {
        rest = rest.strip_suffix(w).unwrap_or(rest);
    }
    // A bare span (五年下降28%) goes on with the indicator in view; a plan's name alone, or the
    // economy, names the economy.
    timed && (rest == "经济" || rest.is_empty() && plan)
}

/// Strips the number of a list item: 4.新建…, 2、…, (3)….
pub(super) fn strip_numbering(s: &str) -> &str {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=2).contains(&digits) {
        if let Some(r) = s[digits..].strip_prefix(['.', '、', ')']) {
            return r;
        }
    }
    s
}

/// The action that opens `s`, if it acts there: 重点 is an adverb before an action (重点支持),
/// an adjective before a noun (重点行业, 重点实验室).
fn acting_at(s: &str) -> Option<&'static str> {
    crate::names::action_at(s)
        .filter(|a| *a != "重点" || crate::names::action_at(&s[a.len()..]).is_some())
}

/// Strips the actions that open a work-plan item (建成开业, 举办, 拟安排: `data/actions.txt`) off
/// the start of a name; says whether there were any.
pub(super) fn strip_actions(name: &str) -> (&str, bool) {
    let mut s = name;
    // 在市域高校设立就业服务驿站, 西安咸阳国际机场新开通全货运航线: a phrase of place, actor or
    // beneficiary, then the action, then the thing.
    let placed = s.starts_with(['在', '为', '对', '向', '给']);
    // Only a name long enough to hold a phrase before its action is searched (most are short).
    let long = s.len() >= 5 * 3;
    // A share (新开工装配式建筑占新建建筑面积的比例) is one phrase from its subject on: no action
    // after 占 cuts it. (Both marks are only read in a long name.)
    let share_at = long.then(|| s.find('占')).flatten().unwrap_or(s.len());
    // 重点 after a 、 is a member's adjective (…耕地、重点建设用地…), not an action.
    let list_at = long.then(|| s.find('、')).flatten().unwrap_or(s.len());
    let inner = s
        .char_indices()
        .skip(1)
        .filter(|_| long)
        .filter(|(i, _)| *i < list_at || !s[*i..].starts_with("重点"))
        .filter(|(i, _)| *i < share_at)
        // After 的 a noun phrase starts: a word of action there is its modifier (人的全面发展).
        .filter(|(i, _)| !s[..*i].ends_with('的'))
        .filter_map(|(i, _)| {
            acting_at(&s[i..])
                .filter(|a| !words::NOMINAL_ACTIONS.contains(a))
                .map(|a| i + a.len())
        })
        // A word that ends a list member (研发经费投入、…) is the member's noun, not an action.
        .filter(|&at| !s[at..].starts_with(['、', '和']))
        // The last action that leaves a name after it (中央财政安排科技投入: not 投入).
        .filter(|&at| {
            let r = &s[at..];
            r.chars().count() >= if placed { 2 } else { 3 } && !crate::names::is_fragment(r)
        })
        .last();
    if let Some(r) = inner.map(|at| &s[at..]) {
        s = r.trim_start_matches('、');
    }
    while let Some(r) = acting_at(s).map(|a| &s[a.len()..]) {
        // An action is no name of its own: keep the last two chars at least.
        if r.chars().count() < 2 {
            break;
        }
        s = clean_name(r);
    }
    (s, s.len() < name.len())
}

/// Whether `name` ends on an action after the words of who acts (市财政安排, 国家今年再安排): the
/// thing acted on follows the figure (安排3亿元专项资金).
pub(super) fn ends_on_action(name: &str) -> bool {
    name.char_indices().skip(1).any(|(i, _)| {
        crate::names::action_at(&name[i..]).is_some_and(|a| i + a.len() == name.len())
    })
}

/// `name` without the action it ends on and the modal before it (中央财政…的投入拟安排 →
/// 中央财政…的投入, 安排), when what is left is a name: the action is the figure's verb.
pub(super) fn trailing_action(name: &str) -> Option<(&str, &'static str)> {
    // Only the actions of arranging money end a phrase as its verb; others end a noun
    // (科技投入, 职业技能培训).
    let action = words::ARRANGING.iter().find(|a| name.ends_with(**a))?;
    let at = name.len() - action.len();
    let mut rest = &name[..at];
    while let Some(r) = ["继续", "每年", "拟", "将", "要", "再", "共"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))
    {
        rest = r;
    }
    (rest.chars().count() >= 2 && !crate::names::is_fragment(rest)).then_some((rest, action))
}

/// The category a list of examples ends on: 赛事 of 环湖自行车赛、健美操锦标赛等赛事, 项目 of
/// 光谷未来城、大数据港等项目 (the examples are instances, the figure counts the category).
pub(super) fn category(name: &str) -> &str {
    let Some(p) = name.rfind('等') else {
        return name;
    };
    let rest = &name[p + '等'.len_utf8()..];
    // 等级, 等次, 等于, 等待 are words of their own; a category is a name of two chars or more.
    let word = rest.starts_with(['级', '次', '于', '待', '同', '效']);
    if word || rest.chars().count() < 2 || name[..p].chars().count() < 2 {
        return name;
    }
    rest
}

/// Strips a leading year phrase: 2020年, 较2015年, 比2019年, 较“十二五”末.
pub(super) fn strip_year(s: &str) -> &str {
    if let Some(r) = s.strip_prefix('较').or_else(|| s.strip_prefix('比')) {
        for end in ["末", "时期", "期末"] {
            if let Some(p) = r.find(end) {
                if r[..p].chars().count() <= 8 {
                    return &r[p + end.len()..];
                }
            }
        }
    }
    let t = s
        .strip_prefix('较')
        .or_else(|| s.strip_prefix('比'))
        .unwrap_or(s);
    let b = t.as_bytes();
    if b.len() >= 7 && b[..4].iter().all(u8::is_ascii_digit) && t[4..].starts_with('年') {
        let r = &t[7..];
        return r
            .strip_prefix("上半年")
            .or_else(|| r.strip_prefix("全年"))
            .unwrap_or(r);
    }
    s
}

/// Where `name` first occurs in `hay`, as `hay.find_word(name)` says. `name` is mostly a slice of
/// `hay` already (a phrase with noise words cut off its ends): then only the stretch before that
/// slice can hold an earlier occurrence, and none when the slice opens `hay`.
pub(super) fn first_occurrence(hay: &str, name: &str) -> Option<usize> {
    let at = (name.as_ptr() as usize)
        .checked_sub(hay.as_ptr() as usize)
        .filter(|at| at + name.len() <= hay.len() && hay.is_char_boundary(*at));
    match at {
        Some(0) => Some(0),
        Some(at) if hay[at..].starts_with(name) => hay[..at + name.len()].find_word(name),
        _ => hay.find_word(name),
    }
}

/// An `other:` subject from a cleaned phrase inside `text[from..to]`, if it reads as an indicator.
pub(super) fn other_subject<'a>(
    text: &'a str,
    from: usize,
    to: usize,
    name: &'a str,
) -> Option<Subject<'a>> {
    // A list of names (A、B、C) is as long as its parts allow.
    let n = name.chars().count();
    let longest = if name.contains(['、', '和']) {
        name.split(['、', '和'])
            .map(|p| p.chars().count())
            .max()
            .unwrap_or(n)
    } else {
        n
    };
    // A share names two things (…企业研发投入占主营业务收入比重): room for both.
    let limit = if name.has("占") && !name.contains(|c: char| c.is_ascii_digit()) {
        26
    } else {
        20
    };
    if !(2..=48).contains(&n) || longest > limit {
        return None;
    }
    // Han characters, letters and digits (PM2.5 aside), quotes, a joining 、 (供排水、供热管网) and
    // brackets that close (县(区)域医疗卫生次中心).
    let plain = |c: char| {
        crate::normalize::is_han(c)
            || c.is_ascii_alphanumeric()
            || matches!(c, '“' | '”' | '、' | '(' | ')' | '·')
    };
    if !name.chars().all(plain)
        || name.starts_with('、')
        || name.ends_with('、')
        || name.matches('(').count() != name.matches(')').count()
    {
        return None;
    }
    if name.chars().next().is_some_and(|c| c.is_ascii_digit())
        || name.ends_with('的')
        || name.ends_with('中')
    {
        return None;
    }
    // Function words mark running prose, not an indicator's name (a `match`, not a list
    // compared char by char: every char of the name is tested).
    let prose = |c: char| {
        matches!(
            c,
            '我' | '们'
                | '了'
                | '这'
                | '该'
                | '各'
                | '将'
                | '要'
                | '把'
                | '在'
                | '是'
                | '从'
                | '由'
        )
    };
    const ACTIONS: [&str; 5] = ["新一轮", "安排", "发行", "下达", "拟"];
    // A span of time or a whole region is what a figure covers, not what it measures.
    let time_or_place =
        name.ends_with('年') || matches!(name, "全国" | "全省" | "全市" | "全县" | "全区" | "全州");
    // 以下 of a qualifier (万元以下), not of a class (国三及以下柴油货车).
    let below = name
        .find_word("以下")
        .is_some_and(|p| !name[..p].ends_with('及'));
    if time_or_place
        || name.contains(prose)
        // 对 opens a phrase of what is acted on (对6个码头…); inside a name it is a term's
        // (中央对地方转移支付, 对外贸易), and 对外 is 'outward' (对外开放).
        || name.starts_with('对') && !name.starts_with("对外")
        || name.starts_with('比')
        || name.starts_with('占')
        || name.starts_with('较')
        || below
        || ACTIONS.iter().any(|a| name.starts_with(a))
    {
        return None;
    }
    let start = from + first_occurrence(&text[from..to], name)?;
    Some(Subject::phrase(start, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_occurrence_agrees_with_find() {
        let hay = "全市全市生产总值生产总值";
        for (from, to) in [(0, 6), (6, 12), (12, 36), (24, 36), (3, 9)] {
            let name = &hay[from..to];
            assert_eq!(first_occurrence(hay, name), hay.find(name), "{name}");
        }
        // A name that is not a slice of the text is searched for.
        assert_eq!(first_occurrence(hay, "生产总值"), Some(12));
        assert_eq!(first_occurrence(hay, "增长"), None);
    }
}
