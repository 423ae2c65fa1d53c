//! Indicator names: the phrase a figure belongs to, cleaned of noise, actions and list numbers,
//! with its head (a rate or share after an indicator makes another one) and its parts (A、B分别…).

use super::{verb, Id, Subject};
use crate::charset::ByChar;
use crate::indicator::Found;
use crate::search::Words;

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
    "今年",
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

/// Actions that are also nouns inside a name (家庭医生签约服务, 职业技能培训补贴, 生态修复工程):
/// no phrase is cut at them, though one that opens a name is stripped.
const NOMINAL_ACTIONS: [&str; 16] = [
    "培训", "治理", "整治", "签约", "供应", "储备", "安置", "搬迁", "修复", "种植", "投入", "更新",
    "推广", "孵化", "收储", "淘汰",
];

/// Strips the actions that open a work-plan item (建成开业, 举办, 拟安排: `data/actions.txt`) off
/// the start of a name; says whether there were any.
pub(super) fn strip_actions(name: &str) -> (&str, bool) {
    let mut s = name;
    // 在市域高校设立就业服务驿站, 西安咸阳国际机场新开通全货运航线: a phrase of place, actor or
    // beneficiary, then the action, then the thing.
    let placed = s.starts_with(['在', '为', '对', '向', '给']);
    // Only a name long enough to hold a phrase before its action is searched (most are short).
    let long = s.len() >= 5 * 3;
    // 重点 after a 、 is a member's adjective (…耕地、重点建设用地…), not an action.
    let list_at = s.find('、').unwrap_or(s.len());
    let inner = s
        .char_indices()
        .skip(1)
        .filter(|_| long)
        .filter(|(i, _)| *i < list_at || !s[*i..].starts_with("重点"))
        .filter_map(|(i, _)| {
            crate::names::action_at(&s[i..])
                .filter(|a| !NOMINAL_ACTIONS.contains(a))
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
    while let Some(r) = crate::names::action_at(s).map(|a| &s[a.len()..]) {
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
    const ARRANGING: [&str; 5] = ["安排", "下达", "筹集", "拨付", "发放"];
    let action = ARRANGING.iter().find(|a| name.ends_with(**a))?;
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
    if !(2..=48).contains(&n) || longest > 20 {
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
    // Function words mark running prose, not an indicator's name.
    const PROSE: [char; 13] = [
        '我', '们', '了', '这', '该', '各', '将', '要', '把', '在', '是', '从', '由',
    ];
    const ACTIONS: [&str; 5] = ["新一轮", "安排", "发行", "下达", "拟"];
    // A span of time or a whole region is what a figure covers, not what it measures.
    let time_or_place =
        name.ends_with('年') || matches!(name, "全国" | "全省" | "全市" | "全县" | "全区" | "全州");
    // 以下 of a qualifier (万元以下), not of a class (国三及以下柴油货车).
    let below = name
        .find_word("以下")
        .is_some_and(|p| !name[..p].ends_with('及'));
    if time_or_place
        || name.contains(PROSE)
        // 对 opens a phrase of what is acted on (对6个码头…); inside a name it is a term's
        // (中央对地方转移支付, 对外贸易).
        || name.starts_with('对')
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

/// Heads that turn the indicator before them into another one (a rate, a share, a consumption).
pub(super) const HEADS: [&str; 10] = [
    "贡献率",
    "比重",
    "占比",
    "比例",
    "能耗",
    "强度",
    "密度",
    "弹性系数",
    "排名",
    "位次",
];

/// The phrase `f` with the head that follows it before `to` (经济增长的贡献率), when there is one.
pub(super) fn headed_phrase<'a>(text: &'a str, f: &Found, to: usize) -> Option<Subject<'a>> {
    let tail = text.get(f.end..to)?;
    if tail.is_empty() || tail.len() > 8 * 3 {
        return None;
    }
    let head_end = HEADS
        .iter()
        .filter_map(|h| tail.find_word(h).map(|p| p + h.len()))
        .min()?;
    let (name, _) = strip_actions(clean_name(&text[f.start..f.end + head_end]));
    other_subject(text, f.start, f.end + head_end, name)
}

/// Words before a lexicon phrase that leave it the same indicator (金融机构人民币存款余额 is
/// deposits, 外贸进出口总额 foreign trade); any other modifier makes another one (省外产业招商到位资金).
const SAME_INDICATOR: [&str; 19] = [
    "本市",
    "本省",
    "本区",
    "本县",
    "国民",
    "金融机构",
    "金融",
    "实际",
    "人民币",
    "本外币",
    "全社会",
    "全口径",
    "地方",
    "外贸",
    "货物",
    "对外贸易",
    "外商投资",
    "规模以上",
    "规上",
];

/// Words that make a phrase before an indicator a deed or a list rather than its modifier
/// (成功申报外贸, 新批外商投资, 大数据等新兴服务业, 省重大项目和省民间投资).
const DOINGS: [&str; 24] = [
    "确定", "提出", "预计", "要求", "申报", "办理", "编制", "促进", "支持", "新批", "设立", "净增",
    "现有", "减免", "列入", "利用", "成功", "争取", "带动", "等", "和", "与", "及", "、",
];

/// The lexicon phrase `f` with the noun modifiers written right before it in `text[from..]`
/// (金融机构人民币存款余额, 六大生产性服务业营业收入): the whole noun phrase, head last. Its id is
/// the phrase's own unless the modifiers only repeat what the lexicon phrase means.
pub(super) fn modified_phrase<'a>(text: &'a str, from: usize, f: &Found) -> Option<Subject<'a>> {
    let before = text.get(from..f.start)?;
    let (m, _) = strip_actions(clean_name(before));
    // Modifiers are nouns: no time (年末, 今后五年, “十三五”时期), no whole region (全国), no
    // effort (力促), no figure.
    let noun = |c: char| {
        crate::normalize::is_han(c) && !matches!(c, '年' | '期' | '全' | '今' | '到' | '力')
    };
    if m.is_empty()
        || !before.ends_with(m)
        || !m.chars().all(noun)
        || m.chars().count() > 12
        || m.ends_with('的')
        || crate::names::is_fragment(m)
        || verb::first_in(m, 0, m.len()).is_some()
        || m.char_indices().any(|(i, _)| {
            crate::names::action_at(&m[i..]).is_some()
                || DOINGS.iter().any(|w| m[i..].starts_with(w))
        })
    {
        return None;
    }
    let start = f.start - m.len();
    let name = &text[start..f.end];
    let mut rest = m;
    while let Some(w) = SAME_INDICATOR.iter().find(|w| rest.starts_with(**w)) {
        rest = &rest[w.len()..];
    }
    // A region's name (北京市生产总值, 西藏生产总值): the region's own indicator, as the
    // lexicon phrase alone would say.
    let region = || {
        use crate::Level;
        [Level::Province, Level::City]
            .into_iter()
            .any(|l| crate::regions::full_name(rest, Some(l)).is_some())
    };
    let sub = other_subject(text, start, f.end, name)?;
    Some(Subject {
        id: if rest.is_empty() || region() {
            Id::Known(f.entry.canonical)
        } else {
            Id::of(name)
        },
        pair: f.entry.pair,
        ..sub
    })
}

/// A share of GDP (制造业增加值占GDP比重达23%, 研发经费支出相当于生产总值的比例): the whole
/// phrase is the indicator; research spending as a share of GDP is R&D intensity.
pub(super) fn share_subject<'a>(
    text: &'a str,
    from: usize,
    to: usize,
    found: &[Found],
) -> Option<Subject<'a>> {
    let f = found.last()?;
    let before = &text[from..f.start];
    if !(before.ends_with('占') || before.ends_with("相当于")) {
        return None;
    }
    // 占GDP比重, 占地区生产总值的比例, or the figure right after the whole (占地区生产总值12.8%).
    let rest = &text[f.end..to];
    let tail = match ["比重", "比例"]
        .iter()
        .filter_map(|w| rest.find_word(w).map(|p| p + w.len()))
        .min()
    {
        Some(t) => t,
        None if f.entry.canonical != "gdp" => return None,
        None if clean_name(rest).is_empty()
            || verb::last_in(rest, 0, rest.len())
                .is_some_and(|v| clean_name(&rest[..v.start]).is_empty()) =>
        {
            0
        }
        None => return None,
    };
    let (name, _) = strip_actions(clean_name(&text[from..f.end + tail]));
    let start = from + first_occurrence(&text[from..to], name)?;
    let research = ["研发", "R&D", "研究与试验发展"]
        .iter()
        .any(|w| name.has(w));
    let id = if research {
        Id::Known("rd_intensity")
    } else {
        Id::of(name)
    };
    Some(Subject {
        start,
        name,
        word: None,
        id,
        pair: &[],
        tail: "",
        lead: "",
    })
}

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
const FUSED: [(&str, [&str; 2]); 3] = [
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
fn parallel_tail<'a>(first: &str, last: &'a str) -> &'a str {
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

fn phrase_start(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// Words a list's first member opens with that every member is about, written once (the list's
/// subject): 自贸试验区 of 自贸试验区新设企业数、进出口总额、吸引外资, 省属国有企业 of 省属国有企业资产总额、
/// 营业收入、利润, 单位国内生产总值 of 单位国内生产总值用水量、能耗. "" when no member after the first
/// names a holder of its own (高新技术企业、科技型中小微企业 are two lists' worth of firms).
fn list_lead<'a, 'b>(first: &'a str, others: impl Iterator<Item = &'b str> + Clone) -> &'a str {
    const PER_UNIT: [&str; 6] = [
        "单位国内生产总值",
        "单位地区生产总值",
        "单位生产总值",
        "单位GDP",
        "万元GDP",
        "万元生产总值",
    ];
    const HOLDERS: [&str; 9] = [
        "企业",
        "试验区",
        "开发区",
        "园区",
        "新区",
        "自贸区",
        "行业",
        "公司",
        "集团",
    ];
    if let Some(p) = PER_UNIT
        .iter()
        .find(|p| first.starts_with(**p) && first.len() > p.len())
    {
        return &first[..p.len()];
    }
    if others.clone().next().is_none()
        || others
            .clone()
            .any(|o| o.chars().count() < 2 || HOLDERS.iter().any(|h| o.contains(h)))
    {
        return "";
    }
    // The last holder word of the first member that leaves a measure of two chars or more.
    let cut = HOLDERS
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
fn shared_tail<'a>(part: &str, last: &'a str, id: Id<'_>) -> &'a str {
    const MEASURES: [&str; 17] = [
        "种植面积",
        "播种面积",
        "面积",
        "覆盖率",
        "普及率",
        "利用率",
        "治理率",
        "处理率",
        "达标率",
        "数量",
        "产量",
        "营业收入",
        "增加值",
        "产值",
        "总额",
        "比重",
        "规模",
    ];
    let Some(measure) = MEASURES
        .iter()
        .find(|m| last.ends_with(**m) && last.len() > m.len())
    else {
        return "";
    };
    if MEASURES.iter().any(|m| part.ends_with(m)) {
        return "";
    }
    // A part with a head of its own (研发经费投入, 游客人数) takes no measure word, only a share
    // of something (…投资额、…进出口额占全市比重).
    const HEADS_OF_ITS_OWN: [&str; 8] = ["投入", "收入", "支出", "投资", "人数", "额", "率", "量"];
    let own_head = HEADS_OF_ITS_OWN.iter().any(|h| part.ends_with(h));
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
