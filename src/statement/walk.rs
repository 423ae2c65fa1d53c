//! The walk over a doc's sentences: where each stands in the outline (sections, the main-targets
//! paragraph, five-year parts), which figures it holds, and the records read from each.

use super::clauses::{names_slogans, spells_out_slogan};
use super::context::{self, Origin, Section, Time};
use super::{measure, Sentence};
use crate::events::Events;
use crate::quantity::Quantity;
use crate::{Kind, Record};

/// How far after a bare 主要预期目标: its list may run, in bytes of normalized text.
const LIST_REACH: usize = 1200;

/// Extracts every statement of `text[from..to]`, its span in normalized offsets; `quantities` are all figures of the text, in order.
/// `at` is told the start of each sentence read, for progress reports.
#[inline(never)] // a phase of `analyze`: see there
pub(crate) fn extract(
    text: &str,
    from: usize,
    to: usize,
    quantities: &[Quantity],
    events: &Events,
    time: Time,
    at: &mut dyn FnMut(usize),
) -> Vec<Record> {
    let mut section = Section::Review;
    let mut qi = quantities.partition_point(|q| q.start < from);
    // Room for a record per figure (reports hold a little fewer): records are large, and a list
    // that grows by doubling copies them over and over.
    let mut out = Vec::with_capacity(quantities[qi..].partition_point(|q| q.start < to));
    let mut s = from;
    let mut next_end = events.sentence_ends.partition_point(|p| *p < from);
    // Cursors into the walk's cue pairs and clause marks: sentences come in order, so each list
    // is walked once instead of searched per sentence; each starts at this doc (a text of many
    // docs must not walk the lists from the text's start for every one).
    let mut ci = events.cues.partition_point(|(p, _)| *p <= from);
    let mut mi = events.clause_marks.partition_point(|p| *p < from);
    let mut yi = events.years_and_fives.partition_point(|p| *p < from);
    let mut pending = Vec::new();
    // The records of the first sentence that sets a GDP growth target.
    let mut first_gdp_target: Option<std::ops::Range<usize>> = None;
    // Where a main-targets list that opened on its own line (主要预期目标:) stops counting.
    let mut list_until = 0;
    // After a list that ends on numbered slogans (实现“一个翻番、两个提前”目标), how far sentences
    // spelling them out (“两个提前”，即…) continue it.
    let mut slogans_until = 0;
    // A main-targets list stated in sentences of one paragraph (…目标为:生产总值增长6.5%左右。
    // 一般公共预算收入增长6.5%左右。…): the paragraph's sentences after the cue go on with it.
    let mut list_paragraph = false;
    let mut list_paragraph_until = 0;
    // A paragraph that opens on the five years past (五年来,…) speaks of them throughout.
    let mut five_year_paragraph = false;
    let mut paragraph_start = true;
    // The report has turned to its goals: a heading said so, or the main targets were stated.
    let mut forward = false;
    // A paragraph of the goals' part that looks back (过去一年,…): the section it speaks in.
    let mut looking_back: Option<Section> = None;
    while s < to {
        at(s);
        while next_end < events.sentence_ends.len() && events.sentence_ends[next_end] < s {
            next_end += 1;
        }
        let e = events
            .sentence_ends
            .get(next_end)
            .copied()
            .filter(|p| *p < to)
            .unwrap_or(to);
        let sentence = &text[s..e];
        // The cue pairs inside the sentence: noted at their second char, so after `s`.
        ci = advance(&events.cues, ci, |(p, _)| *p <= s);
        let cues = &events.cues[ci..advance(&events.cues, ci, |(p, _)| *p < e)];
        let mask = crate::events::mask(cues, s, e);
        let targets_word = mask & crate::cues::TARGET_WORD != 0;
        // A 年 or 五 among the first 24 chars stands within the first 96 bytes.
        yi = advance(&events.years_and_fives, yi, |p| *p < s);
        let lead_may_cue = events
            .years_and_fives
            .get(yi)
            .is_some_and(|p| *p < e.min(s + 96));
        // 五 and 年 differ in their first byte.
        let five = events.years_and_fives[yi..]
            .iter()
            .take_while(|p| **p < e)
            .any(|p| text.as_bytes()[*p] == "五".as_bytes()[0]);
        if paragraph_start {
            list_paragraph = false;
            five_year_paragraph = five && context::opens_on_five_years(sentence);
            looking_back = None;
        }
        if let Some((next, origin)) = context::section_cue(
            sentence,
            time,
            looking_back.unwrap_or(section),
            paragraph_start && text.as_bytes().get(e) == Some(&b'\n'),
            targets_word,
            lead_may_cue,
        ) {
            let back = matches!(next, Section::Review | Section::Review5);
            // Once a report has turned to its goals, words of the past in running text (一年来,
            // 2018年…) speak for their paragraph, not for the rest of the report; so do a plan's
            // years named in running text (“十四五”时期,我们要…).
            if origin == Origin::Text && (back && forward || next == Section::Plan5) {
                looking_back = Some(next);
            } else {
                section = next;
                looking_back = None;
                forward = !back && (origin != Origin::Text || forward);
            }
        }
        paragraph_start = text.as_bytes().get(e) == Some(&b'\n');
        let section = looking_back.unwrap_or(section);
        // The main targets of the year, or of a plan (its goals' list reads the same way; only the
        // year's are marked headline).
        let goals = matches!(section, Section::Target | Section::Plan5);
        let mut headline_from = if goals && targets_word {
            context::main_targets_at(sentence).map(|p| s + p)
        } else {
            None
        };
        forward |= headline_from.is_some();
        match headline_from {
            // 主要预期目标: ⏎ 一是…: the list stands in the sentences that follow.
            Some(h) if text[h..e].trim().is_empty() => list_until = e + LIST_REACH,
            None if list_paragraph && goals && list_item(sentence) => headline_from = Some(s),
            None if s < list_until && goals && context::heading_text(sentence).is_none() => {
                headline_from = Some(s)
            }
            None if s < slogans_until && goals && spells_out_slogan(sentence) => {
                headline_from = Some(s);
                slogans_until = e + LIST_REACH;
            }
            Some(_) if goals && names_slogans(sentence) => {
                list_until = 0;
                slogans_until = e + LIST_REACH;
            }
            _ => list_until = 0,
        }
        // The list goes on while each sentence is an item of it, as far as a list may reach; it
        // opens on a sentence that states main targets (主要经济指标为1997年以来最好水平 does not).
        let opens_list = headline_from.is_some() && goals && !list_paragraph;
        if headline_from.is_none() || !goals {
            list_paragraph = false;
        }
        list_paragraph &= e < list_paragraph_until;
        let q_end = advance(quantities, qi, |q| q.start < e);
        let qs = &quantities[qi..q_end];
        let before = out.len();
        mi = advance(&events.clause_marks, mi, |p| *p < s);
        let bounds = &events.clause_marks[mi..advance(&events.clause_marks, mi, |p| *p < e)];
        let st = std::cell::OnceCell::new();
        if five_year_paragraph {
            let mut facts = context::SentenceTime::read(
                sentence,
                time,
                mask & crate::cues::ESTIMATE != 0,
                five,
                mask,
            );
            facts.five_years = true;
            let _ = st.set(facts);
        }
        Sentence {
            text,
            start: s,
            end: e,
            section,
            time,
            headline_from,
            bounds,
            cues,
            mask,
            five,
            st,
        }
        .read(qs, &mut out, &mut pending);
        if opens_list {
            list_paragraph = out[before..].iter().any(|r| r.headline);
            list_paragraph_until = e + LIST_REACH;
        }
        // Records in text order: qualitative ones are read between figures.
        out[before..].sort_by_key(|s| s.span.start);
        for r in &mut out[before..] {
            // The words next to the figure decide (a list's span can run a long way back).
            let from = r.span.end.saturating_sub(72).max(r.span.start);
            let from = (from..r.span.end)
                .find(|i| text.is_char_boundary(*i))
                .unwrap_or(r.span.end);
            r.measure = measure::of(r, text.get(from..r.span.end).unwrap_or(""));
        }
        if first_gdp_target.is_none() && out[before..].iter().any(is_growth_target_of_gdp) {
            first_gdp_target = Some(before..out.len());
        }
        qi = q_end;
        s = e + text[e..].chars().next().map_or(1, char::len_utf8);
    }
    // A report without a main-targets paragraph states its main targets in a sentence of their
    // own (综合考虑各方面因素,今年地区生产总值增长8%左右): the first that sets GDP growth.
    if !out.iter().any(|r| r.headline) {
        if let Some(range) = first_gdp_target {
            out[range]
                .iter_mut()
                .filter(|r| r.kind == Kind::Target && r.verb.as_deref() != Some("力争"))
                .for_each(|r| r.headline = true);
        }
    }
    out
}

/// A target of GDP growth in per cent.
fn is_growth_target_of_gdp(r: &Record) -> bool {
    r.kind == Kind::Target
        && r.canonical == "gdp"
        && r.unit.as_deref() == Some("%")
        && r.value.is_some()
}

/// The index of the first of `items` from `at` on that is not `before` (items in order).
fn advance<T>(items: &[T], mut at: usize, before: impl Fn(&T) -> bool) -> usize {
    while at < items.len() && before(&items[at]) {
        at += 1;
    }
    at
}

/// Whether a sentence of a main-targets paragraph reads as an item of the list: short, and not
/// speaking of the targets as a whole (上述目标…, 这些目标…) nor turning to the year's work (今年的
/// 政府工作…, 重点做好…, 今年要…).
fn list_item(sentence: &str) -> bool {
    let s = sentence.trim_start();
    s.chars().count() <= 90
        && ![
            "上述",
            "这些",
            "以上",
            "实现上述",
            "确定上述",
            "完成上述",
            "今年的政府工作",
            "今年政府工作",
            "重点做好",
            "为此",
            "为实现",
            // The year's work (今年要新建…), not an item of the list (an item opens on its name).
            "今年",
            "要",
            "我们",
            "将",
            "同时",
        ]
        .iter()
        .any(|w| s.starts_with(w))
}
