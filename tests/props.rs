//! Property tests of `analyze` over generated text: report-like Chinese (indicators, verbs,
//! numbers in every width, qualifiers, traditional characters, inline pinyin, `X` placeholders,
//! headings) and arbitrary strings.
//!
//! Properties:
//! - spans: every doc and record span lies on char boundaries of the original text (so
//!   `&text[span]` is valid); docs tile the text in order, from 0 to its end; every record lies
//!   inside its doc, in text order; the code-point and UTF-16 offsets of a record's ends are
//!   right (fuzz/check.rs, shared with the fuzz targets);
//! - concatenation: for two texts A and B each made of whole statements (sentences ending in 。
//!   or ；, or paragraphs) generated from a vocabulary of leads, indicators, verbs, numbers,
//!   units and qualifiers, `analyze(A + "\n\n" + B)` finds exactly the records of `analyze(A)`
//!   plus those of `analyze(B)`, compared as multisets of (kind, canonical, value, unit), all
//!   three read with the same report year (`Options { year: Some(2024) }`): without it the year
//!   is inferred from cues anywhere in the text, so B's years rightly change how A's 到2025年
//!   is read.
//!   Main-targets headings (今年主要预期目标是：) and outline numbers (一、 （二）) are left out of
//!   these pieces: they make a heading whose cues rightly govern the paragraphs after it (a
//!   heading at the end of A makes B's figures this year's targets, an outline line of A that
//!   names 十四五 makes B's figures five-year goals).
//!
//! `PROPTEST_CASES=N cargo test --test props` runs more cases than the default 256.

use proptest::prelude::*;
use std::collections::BTreeMap;

/// Indicator phrases, simplified and traditional.
const INDICATORS: &[&str] = &[
    "地区生产总值",
    "国内生产总值",
    "一般公共预算收入",
    "规模以上工业增加值",
    "規模以上工業增加值",
    "社会消费品零售总额",
    "社會消費品零售總額",
    "固定资产投资",
    "城镇调查失业率",
    "城鎮調查失業率",
    "居民消费价格涨幅",
    "城镇新增就业",
    "城乡居民人均可支配收入",
    "进出口总额",
    "粮食产量",
    "单位地区生产总值能耗",
    "研发经费投入强度",
    "实际使用外资",
    "常住人口城镇化率",
];

const VERBS: &[&str] = &[
    "增长",
    "增長",
    "下降",
    "控制在",
    "达到",
    "達到",
    "完成",
    "突破",
    "超过",
    "提高",
    "稳定在",
    "同比增长",
    "年均增长",
    "分别增长",
];

const NUMBERS: &[&str] = &[
    "7.5",
    "6",
    "5.5",
    "3",
    "0.3",
    "12000",
    "1.2万",
    "３．５",
    "６",
    "１２",
    "X",
    "XX",
    "X.X",
    "一千二百",
    "两",
    "百分之五",
    "4.5至5",
    "5-6",
    "3.2万",
    "1,234.5",
];

const UNITS: &[&str] = &[
    "%",
    "％",
    "亿元",
    "万元",
    "万人",
    "个百分点",
    "万吨",
    "亿美元",
    "元",
    "斤",
    "",
];

const QUALIFIERS: &[&str] = &[
    "左右",
    "以上",
    "以内",
    "以下",
    "不低于",
    "不超过",
    "",
    "",
    "",
];

/// Headings of the main-targets paragraph: what follows them is read as this year's targets
/// until a heading or a cue of a past period says otherwise, across paragraph breaks.
const TARGET_HEADINGS: &[&str] = &[
    "今年主要预期目标是：",
    "今年经济社会发展的主要预期目标是：",
    "2024年发展的主要预期目标是：\n",
];

/// Leads whose effect ends with their sentence.
const LEADS: &[&str] = &[
    "2023年，",
    "2024年，",
    "过去一年，",
    "全年",
    "预计",
    "“十四五”时期，",
    "到2025年，",
    "上半年，",
    "前三季度，",
    "完成全年目标的",
    "政府工作报告\n",
    "",
];

/// Outline numbers: they make their line a section heading whose cues (十四五, a year) govern
/// the paragraphs after it.
const OUTLINE: &[&str] = &["一、", "（二）", "三是", "第四，"];

const PUNCT: &[&str] = &[
    "，", "。", "；", "、", "\n", "：", "（", "）", "(", ")", "【", "】", "《", "》", " ", "\r\n",
    "\u{3000}", "—", "……",
];

/// Inline pinyin annotations, as some reports print them after a character.
const PINYIN: &[&str] = &[
    "发(fā)展",
    "经（jīng）济",
    "增(zēng)长",
    "重(zhòng)点",
    "(fā)",
    "（zhǎn）",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::sample::select(list).prop_map(str::to_string)
}

/// One statement: lead, indicator, verb, number, unit, qualifier.
fn statement() -> impl Strategy<Value = String> {
    (
        prop_oneof![4 => Just(String::new()), 1 => pick(TARGET_HEADINGS), 1 => pick(OUTLINE)],
        local_statement(),
    )
        .prop_map(|(h, s)| format!("{h}{s}"))
}

/// A statement without a main-targets heading or outline number.
fn local_statement() -> impl Strategy<Value = String> {
    (
        pick(LEADS),
        pick(INDICATORS),
        pick(VERBS),
        pick(NUMBERS),
        pick(UNITS),
        pick(QUALIFIERS),
    )
        .prop_map(|(l, i, v, n, u, q)| format!("{l}{i}{v}{n}{u}{q}"))
}

/// A token of report-like text: statement pieces, punctuation, pinyin, odd characters.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => statement(),
        2 => pick(PUNCT),
        1 => pick(INDICATORS),
        1 => pick(VERBS),
        1 => pick(NUMBERS),
        1 => pick(UNITS),
        1 => pick(QUALIFIERS),
        1 => pick(LEADS),
        1 => pick(TARGET_HEADINGS),
        1 => pick(OUTLINE),
        1 => pick(PINYIN),
        1 => "[0-9０-９.,，、%％]{1,12}",
        1 => "[\\u{4e00}-\\u{9fff}]{1,6}",
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,8}",
        1 => Just("\u{200b}\u{feff}\u{00ad}".to_string()),
        1 => Just("😀𠀀".to_string()),
    ]
}

fn report_like() -> impl Strategy<Value = String> {
    proptest::collection::vec(token(), 0..60).prop_map(|v| v.concat())
}

/// Any text: report-like, arbitrary Unicode, or arbitrary printable text.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![4 => report_like(), 1 => any::<String>(), 1 => "\\PC{0,200}"]
}

/// A whole statement ending in 。 or ；, or a paragraph break; no main-targets heading and no
/// outline number.
fn sentence() -> impl Strategy<Value = String> {
    (
        local_statement(),
        pick(&["。", "；", "。\n", "，其中"]),
        local_statement(),
        pick(&["。", "；", "。\n"]),
    )
        .prop_map(|(a, sep, b, end)| {
            if sep == "，其中" {
                format!("{a}{sep}{b}{end}")
            } else {
                format!("{a}{sep}")
            }
        })
}

fn sentences() -> impl Strategy<Value = String> {
    proptest::collection::vec(sentence(), 1..8).prop_map(|v| v.concat())
}

/// The checks of the fuzz targets (`check` panics on an invalid span; proptest shrinks it).
#[path = "../fuzz/check.rs"]
mod check;

fn check_spans(text: &str) -> Result<(), TestCaseError> {
    check::check(text);
    Ok(())
}

type Key = (String, String, Option<u64>, Option<String>);

/// The records of `text` read as a report given in 2024.
fn multiset(text: &str) -> BTreeMap<Key, usize> {
    let options = zhibiao::Options {
        year: Some(2024),
        region: None,
    };
    let mut m = BTreeMap::new();
    for (_, r) in zhibiao::analyze_with(text, &options).records() {
        let key = (
            r.kind.as_str().to_string(),
            r.canonical.to_string(),
            r.value.map(f64::to_bits),
            r.unit.as_deref().map(str::to_string),
        );
        *m.entry(key).or_insert(0) += 1;
    }
    m
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn spans_lie_on_char_boundaries(text in any_text()) {
        check_spans(&text)?;
    }

    #[test]
    fn spans_of_whole_sentences(text in sentences()) {
        check_spans(&text)?;
    }

    #[test]
    fn concatenation_finds_the_records_of_each_part(a in sentences(), b in sentences()) {
        let joined = format!("{a}\n\n{b}");
        let mut expected = multiset(&a);
        for (k, n) in multiset(&b) {
            *expected.entry(k).or_insert(0) += n;
        }
        prop_assert_eq!(multiset(&joined), expected, "A = {:?}\nB = {:?}", a, b);
    }
}

/// A few hand-picked inputs the generators reach only by chance.
#[test]
fn edge_inputs_keep_spans_valid() {
    let cases = [
        "",
        "\n",
        "\u{feff}",
        "\u{feff}地区生产总值增长6%左右。",
        "(fā)",
        "发(",
        "增长（",
        "地区生产总值增长\r\n7.5\r\n%左右",
        "地区生产总值增长７．５％左右",
        "地区生产总值增长X%左右，一般公共预算收入增长XX%。",
        "😀地区生产总值增长6%😀",
        "\u{200b}\u{200b}\u{200b}",
    ];
    for text in cases {
        check_spans(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
}
