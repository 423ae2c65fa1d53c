//! Statements: an indicator, a verb and a figure (or a qualitative goal), with kind and period.
//!
//! One pass over the sentences of a doc. Each figure is tied to the indicator phrase before
//! it in its clause, or, when the clause only carries a verb (,增长25.7%), to the indicator
//! the sentence is about. 分别 lists share one indicator and split it (城乡 → 城镇, 农村).

mod context;
mod measure;
mod qualitative;
mod verb;

pub(crate) use context::Time;
pub(crate) use qualitative::{pair as cue_pair, seconds as cue_seconds, REPORT as REPORT_CUE};

use crate::charset::ByChar;
use crate::events::Events;
use crate::search::Words;

use crate::indicator::{self, Found};
use crate::period;
use crate::quantity::{self, Quantity, Unit};
use std::borrow::Cow;
use crate::{Kind, Qualifier, Record, Span};
use context::{Origin, Section};


/// A canonical id: one of the lexicon's, or `other:` and a name as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Id<'a> {
    Known(&'static str),
    Other(&'a str),
}

impl Id<'_> {
    fn of(name: &str) -> Id<'_> {
        indicator::lookup(name).map_or(Id::Other(name), |e| Id::Known(e.canonical))
    }

    fn render(self) -> Cow<'static, str> {
        match self {
            Id::Known(c) => Cow::Borrowed(c),
            Id::Other(n) => {
                let mut id = String::with_capacity("other:".len() + n.len());
                id.push_str("other:");
                id.push_str(n);
                Cow::Owned(id)
            }
        }
    }
}

/// How far after a bare 主要预期目标: its list may run, in bytes of normalized text.
const LIST_REACH: usize = 1200;

/// The indicator a sentence is currently about (borrowed: nothing is allocated until a record is made).
#[derive(Debug, Clone, Copy)]
struct Subject<'a> {
    start: usize,
    name: &'a str,
    /// `name` as one of the crate's own words (a lexicon alias, a pair's member), when it is one:
    /// a record borrows it instead of copying the name.
    word: Option<&'static str>,
    id: Id<'a>,
    pair: &'static [&'static str],
}

impl<'a> Subject<'a> {
    /// The lexicon phrase found (the text there is the alias, byte for byte).
    fn from_found(f: &Found) -> Subject<'static> {
        Subject { start: f.start, name: f.alias, word: Some(f.alias), id: Id::Known(f.entry.canonical), pair: f.entry.pair }
    }

    /// A member of a combined phrase (城乡居民… → 城镇居民…), placed where the phrase stands.
    fn member(start: usize, name: &'static str) -> Subject<'static> {
        Subject { start, name, word: Some(name), id: Id::of(name), pair: &[] }
    }

    /// The name as a record holds it.
    fn indicator(&self) -> Cow<'static, str> {
        match self.word {
            Some(w) => Cow::Borrowed(w),
            // Brackets as reports write them (the normalized text has them half-width).
            None if self.name.contains(['(', ')']) => Cow::Owned(self.name.chars().map(|c| match c {
                '(' => '（',
                ')' => '）',
                c => c,
            }).collect()),
            None => Cow::Owned(self.name.to_string()),
        }
    }
}

/// Extracts every statement of `text[from..to]`, its span in normalized offsets; `quantities` are all figures of the text, in order.
/// `at` is told the start of each sentence read, for progress reports.
#[inline(never)] // a phase of `analyze`: see there
pub(crate) fn extract(text: &str, from: usize, to: usize, quantities: &[Quantity], events: &Events, time: Time, at: &mut dyn FnMut(usize)) -> Vec<Record> {
    let mut out = Vec::new();
    let mut section = Section::Review;
    let mut qi = quantities.partition_point(|q| q.start < from);
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
        let e = events.sentence_ends.get(next_end).copied().filter(|p| *p < to).unwrap_or(to);
        let sentence = &text[s..e];
        // The cue pairs inside the sentence: noted at their second char, so after `s`.
        ci = advance(&events.cues, ci, |(p, _)| *p <= s);
        let cues = &events.cues[ci..advance(&events.cues, ci, |(p, _)| *p < e)];
        let mask = crate::events::mask(cues, s, e);
        let targets_word = mask & qualitative::TARGET_WORD != 0;
        // A 年 or 五 among the first 24 chars stands within the first 96 bytes.
        yi = advance(&events.years_and_fives, yi, |p| *p < s);
        let lead_may_cue = events.years_and_fives.get(yi).is_some_and(|p| *p < e.min(s + 96));
        // 五 and 年 differ in their first byte.
        let five = events.years_and_fives[yi..].iter().take_while(|p| **p < e).any(|p| text.as_bytes()[*p] == "五".as_bytes()[0]);
        if paragraph_start {
            five_year_paragraph = five && context::opens_on_five_years(sentence);
            looking_back = None;
        }
        if let Some((next, origin)) = context::section_cue(sentence, time, looking_back.unwrap_or(section), paragraph_start && text.as_bytes().get(e) == Some(&b'\n'), targets_word, lead_may_cue) {
            let back = matches!(next, Section::Review | Section::Review5);
            // Once a report has turned to its goals, words of the past in running text (一年来,
            // 2018年…) speak for their paragraph, not for the rest of the report; so do a plan's
            // years named in running text (“十四五”时期,我们要…).
            if origin == Origin::Text && (back && forward || next == Section::Plan5) {
                looking_back = Some(next);
            } else {
                section = next;
                looking_back = None;
                forward = !back && origin != Origin::Text || forward && !back;
            }
        }
        paragraph_start = text.as_bytes().get(e) == Some(&b'\n');
        let section = looking_back.unwrap_or(section);
        // The main targets of the year, or of a plan (its goals' list reads the same way; only the
        // year's are marked headline).
        let goals = matches!(section, Section::Target | Section::Plan5);
        let mut headline_from = if goals && targets_word { context::main_targets_at(sentence).map(|p| s + p) } else { None };
        forward |= headline_from.is_some();
        match headline_from {
            // 主要预期目标: ⏎ 一是…: the list stands in the sentences that follow.
            Some(h) if text[h..e].trim().is_empty() => list_until = e + LIST_REACH,
            None if s < list_until && goals && context::heading_text(sentence).is_none() => headline_from = Some(s),
            _ => list_until = 0,
        }
        let q_end = advance(quantities, qi, |q| q.start < e);
        let qs = &quantities[qi..q_end];
        let before = out.len();
        mi = advance(&events.clause_marks, mi, |p| *p < s);
        let bounds = &events.clause_marks[mi..advance(&events.clause_marks, mi, |p| *p < e)];
        let st = std::cell::OnceCell::new();
        if five_year_paragraph {
            let mut facts = context::SentenceTime::read(sentence, time, mask & qualitative::ESTIMATE != 0, five, mask);
            facts.five_years = true;
            let _ = st.set(facts);
        }
        Sentence { text, start: s, end: e, section, time, headline_from, bounds, cues, mask, five, st }.read(qs, &mut out, &mut pending);
        // Records in text order: qualitative ones are read between figures.
        out[before..].sort_by_key(|s| s.span.start);
        for r in &mut out[before..] {
            // The words next to the figure decide (a list's span can run a long way back).
            let from = r.span.end.saturating_sub(72).max(r.span.start);
            let from = (from..r.span.end).find(|i| text.is_char_boundary(*i)).unwrap_or(r.span.end);
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
            out[range].iter_mut().filter(|r| r.kind == Kind::Target && r.verb.as_deref() != Some("力争")).for_each(|r| r.headline = true);
        }
    }
    out
}

/// The record of a figure: its value, unit and qualifier; the indicator, verb and period to be
/// filled in.
fn record_of(q: &Quantity, kind: Kind) -> Record {
    Record {
        kind,
        indicator: Cow::Borrowed(""),
        canonical: Cow::Borrowed(""),
        verb: None,
        value: q.value,
        value_max: q.value_max,
        unit: q.unit.as_ref().map(Unit::as_str),
        qualifier: q.qualifier,
        measure: None,
        absent: false,
        period: None,
        placeholder: q.placeholder,
        headline: false,
        span: Span { start: q.start, end: q.end },
    }
}

/// A target of GDP growth in per cent.
fn is_growth_target_of_gdp(r: &Record) -> bool {
    r.kind == Kind::Target && r.canonical == "gdp" && r.unit.as_deref() == Some("%") && r.value.is_some()
}

/// How many of a sentence's clause marks (ascending) stand before `at`.
fn marks_before(marks: &[usize], at: usize) -> usize {
    crate::events::count_before(marks, |m| *m < at)
}

/// The index of the first of `items` from `at` on that is not `before` (items in order).
fn advance<T>(items: &[T], mut at: usize, before: impl Fn(&T) -> bool) -> usize {
    while at < items.len() && before(&items[at]) {
        at += 1;
    }
    at
}

struct Sentence<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    section: Section,
    time: Time,
    headline_from: Option<usize>,
    /// Offsets of the clause separators in the sentence, ascending.
    bounds: &'a [usize],
    /// The cue pairs in the sentence, and all their bits.
    cues: &'a [(usize, u32)],
    mask: u32,
    /// It holds a 五 (see [`context::SentenceTime::five`]).
    five: bool,
    /// What the sentence says of time, read when a statement first needs it.
    st: std::cell::OnceCell<context::SentenceTime>,
}


/// What a clause's words say, read once for all its figures.
struct ClauseFacts {
    kind_period: (Kind, Option<Cow<'static, str>>),
    year: Option<i32>,
    /// 分别: its figures go one to each indicator named.
    respectively: bool,
}

impl ClauseFacts {
    /// Reads the clause `from..to` of `sentence`.
    fn read(sentence: &Sentence<'_>, from: usize, to: usize) -> ClauseFacts {
        let clause = &sentence.text[from..to];
        let cues = sentence.cue_mask(from, to);
        let year = context::clause_year(clause);
        ClauseFacts {
            kind_period: context::kind_and_period(sentence.setting(to), clause, cues, || year),
            year,
            respectively: cues & qualitative::RESPECTIVELY != 0,
        }
    }
}

/// A figure read in its sentence, before list members are split.
struct Pending<'a> {
    stmt: Record,
    subject: Subject<'a>,
    /// Index of the statement this one continues as a list member (分别 …和…), if any.
    list_of: Option<usize>,
    /// Indicators named together before a 分别 list (规上工业增加值、固定资产投资分别增长…).
    co: Vec<Subject<'a>>,
}

impl<'a> Sentence<'a> {
    /// Where the sentence stands (what it says of time read once, when first needed).
    /// `to`: where the clause read ends (what the sentence says before it counts: 今年…,增长11%).
    fn setting(&self, to: usize) -> context::Setting {
        let sentence = *self.st.get_or_init(|| {
            let estimate = self.mask & qualitative::ESTIMATE != 0;
            context::SentenceTime::read(&self.text[self.start..self.end], self.time, estimate, self.five, self.mask)
        });
        let this_year = sentence.this_year.is_some_and(|p| self.start + p < to);
        context::Setting { section: self.section, time: self.time, sentence, this_year }
    }

    /// The bits of the cue pairs inside `from..to`.
    fn cue_mask(&self, from: usize, to: usize) -> u32 {
        crate::events::mask(self.cues, from, to)
    }

    fn clause_start(&self, at: usize) -> usize {
        let i = marks_before(self.bounds, at);
        if i == 0 {
            self.start
        } else {
            let b = self.bounds[i - 1];
            b + self.text[b..].chars().next().map_or(1, char::len_utf8)
        }
    }

    fn clause_end(&self, at: usize) -> usize {
        let i = marks_before(self.bounds, at);
        self.bounds.get(i).copied().unwrap_or(self.end)
    }

    /// Reads the sentence's statements into `out`; `pending` is scratch space, empty in and out
    /// (kept by the caller so that its room is allocated once, not per sentence).
    fn read(&self, qs: &[Quantity], out: &mut Vec<Record>, pending: &mut Vec<Pending<'a>>) {
        let text = self.text;
        // The indicator the sentence is about, and the clause it was named in.
        let mut subject: Option<Subject<'_>> = None;
        // Indicators enumerated in the latest clause, for a later 分别 list: A、B增长实现转正,分别增长1%和2%.
        let mut recent: Vec<Subject<'_>> = Vec::new();
        let mut recent_clause = usize::MAX;
        // Where the current clause's figures start in `pending`, and what its words say, read once
        // per clause: a clause may hold many figures (1%、2%、3%…) and must not be rescanned for each.
        let mut clause_first = 0;
        let mut facts: Option<ClauseFacts> = None;
        let mut prev_end = self.start;
        let mut qualitative_from = self.start;
        for (qn, q) in qs.iter().enumerate() {
            let cs = self.clause_start(q.start);
            let ce = self.clause_end(q.end);
            // Clauses without figures between the last figure and this one.
            if let Some(r) = self.qualitative(qualitative_from, cs, true, &mut subject, out) {
                recent = r;
            }
            qualitative_from = ce;
            if recent_clause != cs {
                // A new clause: the previous one's figures enumerate its indicators.
                let mut names: Vec<Subject<'_>> = Vec::new();
                for p in pending[clause_first..].iter().filter(|p| p.list_of.is_none()) {
                    if !names.iter().any(|n| n.id == p.subject.id) {
                        names.push(p.subject);
                    }
                }
                if names.len() >= 2 {
                    recent = names;
                }
                recent_clause = cs;
                clause_first = pending.len();
                facts = None;
            }
            if subject.as_ref().is_some_and(|s| !self.near(s.start, cs)) {
                subject = None;
            }
            let same_clause = prev_end > cs;
            let gap_from = if same_clause { prev_end } else { cs };
            let gap = &text[gap_from..q.start];
            let gap_cues = self.cue_mask(gap_from, q.start);
            let progress_gap = is_progress_gap(gap, gap_cues);
            let mut found = indicator::find_all(text, gap_from, q.start);
            if progress_gap {
                found.retain(|f| !GENERIC.contains(&f.entry.canonical));
            }
            let after = &text[q.end..ce];
            let noun_to = qs.get(qn + 1).map_or(ce, |n| n.start.min(ce));
            // 10件民生实事全部完成: a count of planned work done in full is progress; 全面完成25项
            // 为民办实事项目 too, the words of its being done before it.
            let done = done_in_full(text, q, noun_to);
            let counted = done.or_else(|| counted_noun(text, q, noun_to, false));
            let done = done.or_else(|| counted.filter(|n| planned_work(n.name) && done_before(&text[gap_from..q.start])));
            let baseline = is_baseline(gap, after);
            if baseline || counted.is_none() && is_modifier(q, gap, after, &text[self.start..q.start]) {
                if let Some(f) = found.last() {
                    subject = Some(Subject::from_found(f));
                } else if baseline {
                    // 补助标准由每人每年640元提高到670元: the words before 由 name what moves.
                    let to = gap_from + gap.rfind(['由', '从']).unwrap_or(0);
                    let (name, _) = strip_actions(clean_name(&text[gap_from..to]));
                    if let Some(named) = other_subject(text, gap_from, to, name).filter(|_| !crate::names::is_fragment(name)) {
                        subject = Some(named);
                    }
                }
                // In a review, where a figure started from is a past figure of its own:
                // 经济总量从2017年的1.64万亿元增加至2.9万亿元 (2017), 财政收入从3.16万亿元… (the
                // year before the period reviewed).
                if baseline {
                    let f = facts.get_or_insert_with(|| ClauseFacts::read(self, cs, ce));
                    if let (Kind::Actual, Some(sub)) = (f.kind_period.0, subject.as_ref()) {
                        let named = year_named(gap);
                        let before_period = f.kind_period.1.as_deref().and_then(|p| p.split_once('-')).and_then(|(a, _)| a.parse::<i32>().ok()).map(|a| a - 1);
                        out.push(Record {
                            indicator: sub.indicator(),
                            canonical: sub.id.render(),
                            period: named.or(before_period).map(period::year),
                            span: Span { start: sub.start.min(q.start), end: q.end },
                            ..record_of(q, Kind::Actual)
                        });
                    }
                }
                prev_end = q.end;
                continue;
            }
            let f = facts.get_or_insert_with(|| ClauseFacts::read(self, cs, ce));
            let (kind, mut period) = (f.kind_period.0, f.kind_period.1.clone());
            let progress_tail = progress_tail(after);
            let progress = progress_gap || progress_tail.is_some() || is_task_tail(gap_cues, after);
            let mut stmt = record_of(q, kind);
            let mut list_of = None;
            let mut aspired = false;
            let mut co: Vec<Subject<'_>> = Vec::new();
            let last_pending = pending.len().checked_sub(1);
            if let Some(noun) = counted.filter(|_| !progress_gap) {
                // 新增10家国家级研发平台: the count's noun is the indicator, the gap's verb its verb.
                let v = verb::last_in(text, gap_from, q.number_start);
                stmt.verb = v.map(|v| Cow::Borrowed(v.text));
                stmt.span.start = v.map_or(q.start, |v| v.start);
                stmt.span.end = noun.start + noun.name.len();
                subject = Some(noun);
            } else if let Some(share) = share_subject(text, gap_from, q.start, &found) {
                stmt.verb = verb::last_in(text, gap_from, q.number_start).map(|v| Cow::Borrowed(v.text));
                stmt.span.start = share.start;
                subject = Some(share);
            } else if let Some(f) = found.last() {
                // The indicator named before the figure; a run of them (A、B和C) shares it.
                co = co_subjects(text, &found);
                let v = verb::last_in(text, f.end, q.number_start);
                let v_before = verb::last_in(text, gap_from, f.start).filter(|v| f.start - v.end <= 9);
                stmt.verb = v.or(v_before).map(|v| Cow::Borrowed(v.text));
                stmt.span.start = v_before.map_or(co[0].start, |v| v.start.min(co[0].start));
                subject = Some(co[0].clone());
                // 城镇居民和农村居民人均可支配收入均增长8%: one figure for each member.
                if co.len() == 1 && co[0].pair.len() >= 2 && says_all(&text[f.end..q.start]) {
                    co = co[0].pair.iter().map(|m| Subject::member(f.start, m)).collect();
                    subject = Some(co[0]);
                } else if co.len() == 1 {
                    subject = co.pop();
                    // A head after the phrase makes it another indicator: 经济增长的贡献率,
                    // 生产总值综合能耗, GDP占比 (the head of a Chinese noun phrase comes last).
                    if let Some(headed) = headed_phrase(text, f, v.map_or(q.start, |v| v.start)) {
                        subject = Some(headed);
                    }
                }
            } else if let (Some(sub), true) = (subject.as_ref(), progress) {
                if f.respectively {
                    co = recent.clone();
                }
                stmt.verb = verb::first_in(text, gap_from, q.number_start).map(|v| Cow::Borrowed(v.text));
                stmt.span.start = sub.start;
            } else if let Some((last, verb)) = last_pending.zip(aspiration(gap)).filter(|_| same_clause) {
                // 确保增长14%、力争15%, 保6争7: the aspiration beside the commitment, of the same
                // indicator; only the commitment is the headline figure.
                subject = Some(pending[last].subject);
                stmt.verb = Some(Cow::Borrowed(verb));
                stmt.kind = pending[last].stmt.kind;
                period = pending[last].stmt.period.clone();
                stmt.span.start = pending[last].stmt.span.start;
                aspired = true;
            } else if is_list_gap(gap) && same_clause && last_pending.is_some() {
                let last = last_pending.unwrap_or(0);
                let head = pending[last].list_of.unwrap_or(last);
                list_of = Some(head);
                stmt.verb = pending[head].stmt.verb.clone();
                stmt.kind = pending[last].stmt.kind;
                period = pending[last].stmt.period.clone();
                stmt.span.start = pending[last].stmt.span.start;
            } else {
                let v = verb::last_in(text, gap_from, q.number_start);
                let (name_from, name_to) = match v {
                    // 新增转移农村劳动力8800人: the indicator follows the verb.
                    Some(v) if v.end < q.start && clean_name(&text[v.end..q.start]).chars().count() >= 2 => (gap_from, q.start),
                    Some(v) => (gap_from, v.start.min(q.start)),
                    None => (gap_from, q.start),
                };
                let (name, acted) = strip_actions(clean_name(&text[name_from..name_to]));
                // 粮食稳产丰收,产量达到555亿斤: a bare measure word continues the sentence's indicator.
                let measure = subject.is_some() && MEASURE_WORDS.contains(&name);
                if measure {
                    // 粮食播种面积746万亩、产量330万吨: the output of the crop in view.
                    if let Some(sub) = subject.as_mut().filter(|s| s.name.starts_with("粮食") && matches!(name, "产量" | "总产" | "年产")) {
                        sub.id = Id::Known("grain_output");
                    }
                }
                // 地区生产总值…,人均达12.5万元: per head of the indicator in view.
                if name == "人均" && subject.as_ref().is_some_and(|s| s.id == Id::Known("gdp")) {
                    subject = Some(Subject::member(name_from + text[name_from..name_to].find("人均").unwrap_or(0), "人均地区生产总值"));
                }
                let name = if name == "人均" && subject.is_some() { "" } else { name };
                // A verb or a fragment (实际增长, 同口径增长, 加快) names nothing: the indicator in view
                // does, or the noun after the figure (加快480万千瓦火电项目建设).
                // A word that is no name acts as the verb (增产74亿斤, 高于全国1.2个百分点).
                // An action (加快, 新建) takes the thing after the figure instead.
                let action = crate::names::action_at(name).is_some_and(|a| a.len() == name.len());
                let fragment = !name.is_empty() && !measure && crate::names::is_fragment(name);
                let verbal = fragment && !action;
                let name = if measure || fragment { "" } else { name };
                let untied = subject.is_none() || v.is_none() && q.verb_before.is_none() && !verbal;
                let after_noun = if name.is_empty() && untied { counted_noun(text, q, noun_to, true) } else { None };
                if let Some(noun) = after_noun {
                    stmt.span.end = noun.start + noun.name.len();
                    subject = Some(noun);
                } else if name.is_empty() {
                    if f.respectively && recent.len() >= 2 {
                        co = recent.clone();
                    }
                    match subject.as_ref() {
                        Some(sub) if v.is_some() || q.verb_before.is_some() || measure || verbal => stmt.span.start = sub.start,
                        _ => {
                            prev_end = q.end;
                            continue;
                        }
                    }
                } else if let Some(sub) = other_subject(text, name_from, name_to, name).filter(|_| v.is_some() || acted || name.chars().count() <= 10) {
                    stmt.span.start = sub.start;
                    subject = Some(sub);
                    // 受污染耕地、重点建设用地安全利用率分别达93%、95%; A、B均增长30%: each named
                    // part is an indicator of its own.
                    let shared = f.respectively || says_all(&text[sub.start + sub.name.len()..q.start]);
                    if shared && sub.name.contains('、') {
                        co = name_parts(sub);
                    }
                } else {
                    prev_end = q.end;
                    continue;
                }
                stmt.verb = v.map(|v| Cow::Borrowed(v.text));
            }
            stmt.verb = stmt.verb.filter(|t| !t.is_empty()).or(q.verb_before.map(Cow::Borrowed));
            if let Some((len, qual)) = progress_tail {
                stmt.span.end = q.end + len;
                stmt.qualifier = stmt.qualifier.or(qual);
            }
            if progress || done.is_some() {
                stmt.kind = Kind::Progress;
            }
            if stmt.kind != Kind::Plan5 {
                if let Some(y) = f.year {
                    if self.time.year.is_none_or(|t| y <= t) && stmt.kind != Kind::Target {
                        period = Some(period::year(y));
                    }
                }
            }
            stmt.period = period;
            let Some(sub) = subject.clone().or_else(|| co.first().cloned()) else {
                prev_end = q.end;
                continue;
            };
            stmt.indicator = sub.indicator();
            stmt.canonical = sub.id.render();
            stmt.headline = stmt.kind == Kind::Target && !aspired && self.headline_from.is_some_and(|h| q.start >= h);
            let separate_co = co.len() > 1 && !f.respectively;
            pending.push(Pending { stmt, subject: sub, list_of, co: if separate_co { Vec::new() } else { co.clone() } });
            if separate_co {
                // One figure shared by several indicators: 进出口总额、实际利用外资年均增长均在10%以上.
                let base = pending.last().map(|p| p.stmt.clone());
                if let Some(base) = base {
                    for c in co.iter().skip(1) {
                        let mut s = base.clone();
                        s.indicator = c.indicator();
                        s.canonical = c.id.render();
                        s.span.start = c.start;
                        pending.push(Pending { stmt: s, subject: c.clone(), list_of: None, co: Vec::new() });
                    }
                }
            }
            prev_end = q.end;
        }
        self.qualitative(qualitative_from, self.end, false, &mut subject, out);
        distribute_lists(pending);
        if self.mask & qualitative::DONE != 0 && self.mask & qualitative::GOAL != 0 {
            self.figures_done(pending);
        }
        out.extend(pending.drain(..).map(|mut p| {
            // A bare 亿 after the list is shared: money (工业投资73.5亿).
            if let Some(u) = p.stmt.unit.as_deref() {
                if let Some(m) = ["亿", "万亿", "千亿", "百亿"].into_iter().find(|m| *m == u) {
                    p.stmt.unit = Some(quantity::spelled(m, "元"));
                }
            }
            p.stmt
        }));
    }

    /// Figures reported as meeting their targets are progress: …下降1.6%、…减少1%的节能减排目标
    ///预计可以完成 (the clause of the figures), …下降20%以上,均超额完成国家下达的目标任务 (the run of
    /// clauses with figures before it).
    fn figures_done(&self, pending: &mut [Pending]) {
        let clause_of = |at: usize| marks_before(self.bounds, at);
        let n = self.bounds.len() + 1;
        let clause_text = |k: usize| {
            let from = if k == 0 { self.start } else { self.bounds[k - 1] + 1 };
            &self.text[from..self.bounds.get(k).copied().unwrap_or(self.end)]
        };
        // Per clause: whether it holds figures, and whether they are all rates (one pass).
        let mut with_figures = vec![false; n];
        let mut rates = vec![true; n];
        for p in pending.iter() {
            let k = clause_of(p.stmt.span.end.saturating_sub(1));
            with_figures[k] = true;
            rates[k] &= p.stmt.unit.as_deref().is_some_and(|u| u == "%" || u.ends_with("百分点"));
        }
        let mut done = vec![false; n];
        for k in 0..n {
            let c = clause_text(k);
            let completes = ["完成", "实现"].iter().any(|w| c.has(w)) && ["目标", "任务", "计划"].iter().any(|w| c.has(w));
            if !completes {
                continue;
            }
            if with_figures[k] {
                // The figures name the target themselves (…的节能减排目标预计可以完成).
                done[k] = c.has("的") && (c.has("预计") || c.has("可以") || c.has("均"));
            } else if c.has("均") || c.has("全部") {
                // 均 speaks of the run of figures before it, of one kind (rates, or amounts).
                let kind = k.checked_sub(1).map(|j| rates[j]);
                let mut j = k;
                while j > 0 && with_figures[j - 1] && Some(rates[j - 1]) == kind {
                    j -= 1;
                    done[j] = true;
                }
            }
        }
        if !done.contains(&true) {
            return;
        }
        for p in pending.iter_mut().filter(|p| p.stmt.kind == Kind::Actual && done[clause_of(p.stmt.span.end.saturating_sub(1))]) {
            p.stmt.kind = Kind::Progress;
        }
    }

    /// Whether an indicator named at `at` still governs a clause starting at `clause`
    /// (it was named in that clause or at most two clauses before).
    fn near(&self, at: usize, clause: usize) -> bool {
        let a = marks_before(self.bounds, at);
        let c = marks_before(self.bounds, clause);
        at >= clause || c - a <= 2
    }

    /// Qualitative goals and progress in the clauses of `from..to` (no figures there).
    /// Returns the indicators the last such clause enumerates (two or more), if any.
    /// `track`: figures follow in the sentence, so the indicators named here matter to them.
    fn qualitative(&self, from: usize, to: usize, track: bool, subject: &mut Option<Subject<'a>>, out: &mut Vec<Record>) -> Option<Vec<Subject<'a>>> {
        let possible = qualitative::possible(self.section, self.mask);
        // No clause between two figures of one clause.
        if from >= to || !track && !possible {
            return None;
        }
        let text = self.text;
        let mut c = from;
        let mut recent = None;
        let marks = self.bounds;
        // Only the last clauses before the figure can name its indicator (see `near`): earlier
        // ones need reading only for what they state themselves.
        let track_from = if track {
            let k = marks_before(marks, to);
            k.checked_sub(3).map_or(from, |i| marks[i])
        } else {
            to
        };
        // The first mark at or after `c`: each clause ends at the next one (marks are single bytes).
        let mut k = marks_before(marks, c);
        while c < to {
            let ce = marks.get(k).copied().filter(|p| *p < to).unwrap_or(to);
            k += 1;
            let clause = &text[c..ce];
            let in_headline = self.headline_from.is_some_and(|h| c >= h);
            let read = if possible { qualitative::read(clause, self.section, in_headline, self.cue_mask(c, ce)) } else { None };
            if read.is_none() && c < track_from {
                c = ce + text[ce..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            let found = indicator::find_all(text, c, ce);
            if let Some(f) = found.last() {
                *subject = Some(Subject::from_found(f));
            }
            if found.len() >= 2 {
                recent = Some(co_subjects(text, &found));
            }
            if let Some(ql) = read {
                let at = c + ql.at;
                let named = found.iter().any(|f| !GENERIC.contains(&f.entry.canonical));
                let before: Vec<&Found> = found
                    .iter()
                    .filter(|f| f.end <= at || ql.progress || ql.object_ok)
                    .filter(|f| !(GENERIC.contains(&f.entry.canonical) && (named || subject.is_some())))
                    .collect();
                let (kind, period) = context::kind_and_period(self.setting(ce), clause, self.cue_mask(c, ce), || context::clause_year(clause));
                // 没有提出全年经济增速具体目标: the year's main target, stated as absent.
                let (kind, period) = if ql.absent { (Kind::Target, self.time.year.map(period::year).or(period)) } else { (kind, period) };
                let kind = if ql.progress { Kind::Progress } else { kind };
                let headline = kind == Kind::Target && (ql.absent || self.headline_from.is_some_and(|h| c >= h));
                let subjects: Vec<Subject<'_>> = if before.is_empty() {
                    if ql.progress {
                        let generic = clause[..ql.at].has("指标");
                        // The clause's own subject (“四减四增”三年行动圆满完成), else the one in view.
                        let own = || {
                            let (name, _) = strip_actions(clean_name(&text[c..at]));
                            other_subject(text, c, at, name).filter(|_| !generic && !crate::names::is_fragment(name))
                        };
                        own().or(if generic { None } else { *subject }).or_else(|| Some(target_object(text, c, ce))).into_iter().collect()
                    } else if ql.absent {
                        // No figure and no name: the growth target of the economy.
                        vec![Subject { start: at, name: "经济增速", word: Some("经济增速"), id: Id::Known("gdp"), pair: &[] }]
                    } else if in_headline {
                        // A goal of a main-targets list named by its own words: 经济运行更加稳健 (the
                        // words before its predicate), 基本建成…创新中心 (the words after it).
                        let (from, to) = if ql.at > 0 { (c, at) } else { (at + ql.verb.len(), trim_end(text, c, ce)) };
                        let (name, _) = strip_actions(clean_name(text.get(from..to).unwrap_or("")));
                        other_subject(text, from, to, name).filter(|_| !crate::names::is_fragment(name)).into_iter().collect()
                    } else {
                        Vec::new()
                    }
                } else if ql.subject_only || ql.progress {
                    vec![Subject::from_found(before[0])]
                } else {
                    before.iter().map(|f| Subject::from_found(f)).collect()
                };
                // A combined phrase names two indicators: 粮食播种面积和产量 → 粮食播种面积, 粮食产量.
                let subjects: Vec<Subject<'_>> = subjects
                    .into_iter()
                    .flat_map(|s| {
                        if s.pair.len() == 2 && !ql.progress && !ql.subject_only && s.name.contains('和') {
                            s.pair.iter().map(|m| Subject::member(s.start, m)).collect()
                        } else {
                            vec![s]
                        }
                    })
                    .collect();
                let end = trim_end(text, c, ce);
                for sub in subjects {
                    out.push(Record {
                        kind,
                        indicator: sub.indicator(),
                        canonical: sub.id.render(),
                        verb: Some(Cow::Borrowed(ql.verb)),
                        value: None,
                        value_max: None,
                        unit: None,
                        qualifier: None,
                        measure: None,
                        absent: ql.absent,
                        period: period.clone(),
                        placeholder: false,
                        headline,
                        span: Span { start: sub.start.min(at), end },
                    });
                }
            }
            c = ce + text[ce..].chars().next().map_or(1, char::len_utf8);
        }
        recent
    }
}

/// Words that name a measure of the indicator already in view, not an indicator of their own.
const MEASURE_WORDS: [&str; 14] = ["产量", "总产", "年产", "总量", "规模", "增速", "增幅", "总额", "总值", "余额", "收入", "占比", "比重", "产值"];

/// Lexicon entries that name targets in general rather than an indicator.
const GENERIC: [&str; 3] = ["other:main_targets", "other:plan_targets", "other:main_indicators"];

/// End of a clause without trailing spaces.
fn trim_end(text: &str, from: usize, to: usize) -> usize {
    from + text[from..to].trim_end().len()
}

/// The object of a progress statement without an indicator: the plan's or the year's targets.
fn target_object(text: &str, from: usize, to: usize) -> Subject<'static> {
    let clause = &text[from..to];
    let (name, canonical) = if clause.has("十三五") || clause.has("十二五") || clause.has("规划") {
        ("规划目标任务", "other:plan_targets")
    } else if clause.has("指标") {
        ("主要指标", "other:main_indicators")
    } else {
        ("主要目标任务", "other:main_targets")
    };
    let start = from + (clause.len() - clause.trim_start().len());
    Subject { start, name, word: Some(name), id: Id::Known(canonical), pair: &[] }
}

/// A gap that leads to a figure stated against a target: 完成全年目标的, 超过…目标, 完成率.
/// `cues`: the gap's cue pairs from the walk, so that most gaps need no search at all.
fn is_progress_gap(gap: &str, cues: u32) -> bool {
    let goal = cues & qualitative::GOAL != 0;
    let rate = cues & qualitative::DONE != 0 && gap.has("完成率");
    // 目标是/为/确定为: the target itself is stated, not measured against.
    let stated = || ["目标是", "目标为", "目标确定为", "目标定为", "目标设定为", "目标拟定为"].iter().any(|w| gap.has(w));
    (goal || rate || cues & qualitative::SCHEDULE != 0) && !(goal && stated())
}

/// 的年度目标以内 after a figure: progress against a ceiling. Returns the tail's length and qualifier.
fn progress_tail(after: &str) -> Option<(usize, Option<Qualifier>)> {
    let tail = after.strip_prefix('的')?;
    let window: String = tail.chars().take(10).collect();
    let goal = ["目标", "计划", "指标", "控制线"].iter().filter_map(|g| window.find(g).map(|p| p + g.len())).min()?;
    let rest = &tail[goal..];
    for (w, q) in [("以内", Qualifier::Within), ("之内", Qualifier::Within), ("范围内", Qualifier::Within)] {
        if rest.starts_with(w) {
            return Some(('的'.len_utf8() + goal + w.len(), Some(q)));
        }
    }
    None
}

/// A share of GDP (制造业增加值占GDP比重达23%, 研发经费支出相当于生产总值的比例): the whole
/// phrase is the indicator; research spending as a share of GDP is R&D intensity.
fn share_subject<'a>(text: &'a str, from: usize, to: usize, found: &[Found]) -> Option<Subject<'a>> {
    let f = found.last()?;
    let before = &text[from..f.start];
    if !(before.ends_with('占') || before.ends_with("相当于")) {
        return None;
    }
    // 占GDP比重, 占地区生产总值的比例, or the figure right after the whole (占地区生产总值12.8%).
    let rest = &text[f.end..to];
    let tail = match ["比重", "比例"].iter().filter_map(|w| rest.find_word(w).map(|p| p + w.len())).min() {
        Some(t) => t,
        None if f.entry.canonical != "gdp" => return None,
        None if clean_name(rest).is_empty() || verb::last_in(rest, 0, rest.len()).is_some_and(|v| clean_name(&rest[..v.start]).is_empty()) => 0,
        None => return None,
    };
    let (name, _) = strip_actions(clean_name(&text[from..f.end + tail]));
    let start = from + first_occurrence(&text[from..to], name)?;
    let research = ["研发", "R&D", "研究与试验发展"].iter().any(|w| name.has(w));
    let id = if research { Id::Known("rd_intensity") } else { Id::of(name) };
    Some(Subject { start, name, word: None, id, pair: &[] })
}

/// Whether a gap says its figure holds for each thing named (均增长, 均达到), not an average
/// (年均, 平均, 人均).
fn says_all(gap: &str) -> bool {
    gap.match_indices('均').any(|(p, _)| !gap[..p].ends_with(['年', '平', '人']))
}

/// The parts of a name joined by 、 (受污染耕地、重点建设用地安全利用率), each a subject where it stands.
fn name_parts(sub: Subject<'_>) -> Vec<Subject<'_>> {
    let mut at = sub.start;
    sub.name
        .split('、')
        .map(|part| {
            let s = Subject { start: at, name: part, word: None, id: Id::of(part), pair: &[] };
            at += part.len() + '、'.len_utf8();
            s
        })
        .filter(|s| s.name.chars().count() >= 2)
        .collect()
}

/// Heads that turn the indicator before them into another one (a rate, a share, a consumption).
const HEADS: [&str; 10] = ["贡献率", "比重", "占比", "比例", "能耗", "强度", "密度", "弹性系数", "排名", "位次"];

/// The phrase `f` with the head that follows it before `to` (经济增长的贡献率), when there is one.
fn headed_phrase<'a>(text: &'a str, f: &Found, to: usize) -> Option<Subject<'a>> {
    let tail = text.get(f.end..to)?;
    if tail.is_empty() || tail.len() > 8 * 3 {
        return None;
    }
    let head_end = HEADS.iter().filter_map(|h| tail.find_word(h).map(|p| p + h.len())).min()?;
    let (name, _) = strip_actions(clean_name(&text[f.start..f.end + head_end]));
    other_subject(text, f.start, f.end + head_end, name)
}

/// The run of indicators ending the found list that are joined only by 、和与及: A、B和C.
fn co_subjects<'a>(text: &'a str, found: &[Found]) -> Vec<Subject<'a>> {
    let mut first = found.len() - 1;
    while first > 0 {
        let between = &text[found[first - 1].end..found[first].start];
        if !matches!(between, "、" | "和" | "与" | "及" | "以及" | "") {
            break;
        }
        first -= 1;
    }
    found[first..].iter().map(|f| Subject::from_found(f)).collect()
}

/// Words that end a counted noun phrase without being part of its name (20个美丽村庄建设).
const COUNTED_TAILS: [&str; 4] = ["项目建设", "建设", "工作", "任务"];

/// A count followed by the noun it counts (新增10家国家级研发平台, 建设6个湿地公园, 加快电子城等
/// 166个项目建设): that noun, as a subject standing after the figure. `to`: where the clause or
/// the next figure begins. None when the noun goes on into a predicate (38个重大项目超额完成…:
/// the count only qualifies the subject of another statement).
/// `any_unit`: a measure (480万千瓦火电项目) as well as a count, for a figure whose gap names
/// nothing but an action (加快, 抓好).
fn counted_noun<'a>(text: &'a str, q: &Quantity, to: usize, any_unit: bool) -> Option<Subject<'a>> {
    let Some(unit) = q.unit.as_ref().filter(|_| q.end < to) else { return None };
    let counter = unit.is_counter();
    if !counter && !(any_unit && !matches!(unit.base, "%" | "个百分点" | "百分点" | "‰" | "")) {
        return None;
    }
    let after = within(text, q.end, to, 24);
    let after = after.split('的').next().unwrap_or(after);
    let mut name = after.trim_end_matches(['、', ' ']);
    // A list's joining word at the end (…平台和), read by its last char first.
    if name.ends_with(['及', '和', '与', '等']) {
        for w in ["以及", "和", "及", "与", "等"] {
            name = name.strip_suffix(w).unwrap_or(name);
        }
    }
    let first = name.chars().next()?;
    // 以上, 左右, 以内, 以下 (a qualifier), 之 (之一), or time and times (次, 年, 月, 天, 倍).
    if !(crate::normalize::is_han(first) || first == '“') || matches!(first, '之' | '次' | '年' | '月' | '天' | '倍') || first == '以' && ["以上", "以内", "以下"].iter().any(|w| name.starts_with(w)) || name.starts_with("左右") {
        return None;
    }
    if name.ends_with(['设', '作', '务']) {
        if let Some(r) = COUNTED_TAILS.iter().find_map(|t| name.strip_suffix(t).filter(|r| r.chars().count() >= 2)) {
            name = if name.ends_with("项目建设") { &name[..r.len() + "项目".len()] } else { r };
        }
    }
    let n = name.chars().count();
    let plain = name.chars().all(|c| crate::normalize::is_han(c) || c.is_ascii_alphanumeric() || matches!(c, '“' | '”' | '、' | '(' | ')' | '+'));
    if !(2..=20).contains(&n) || !plain || verb::first_in(name, 0, name.len()).is_some_and(|v| !matches!(v.text, "建设" | "改造" | "新建" | "培育" | "开工")) {
        return None;
    }
    const PROSE: [char; 8] = ['我', '们', '了', '这', '将', '要', '把', '对'];
    if name.contains(PROSE) {
        return None;
    }
    Some(Subject { start: q.end, name, word: None, id: Id::of(name), pair: &[] })
}

/// `text[from..to]`, cut after `chars` chars (a name runs no longer; nothing past it is read).
fn within(text: &str, from: usize, to: usize, chars: usize) -> &str {
    let s = &text[from..to];
    &s[..s.char_indices().nth(chars).map_or(s.len(), |(i, _)| i)]
}

/// A count of planned work followed by its being done in full (10件民生实事全部完成): the work,
/// as a subject standing after the figure.
fn done_in_full<'a>(text: &'a str, q: &Quantity, to: usize) -> Option<Subject<'a>> {
    if !q.unit.as_ref().is_some_and(|u| u.is_counter()) || q.end >= to {
        return None;
    }
    let after = within(text, q.end, to, 30);
    // Every wording holds 全 or 如 or 圆 before its verb; one search rules out most clauses.
    if !(after.has("全") || after.has("圆满") || after.has("如期")) {
        return None;
    }
    let (_, at) = crate::search::first_of(after, &["全部完成", "全面完成", "圆满完成", "如期完成", "全部落实", "全部建成", "全部开工"])?;
    let name = after[..at].trim_end_matches(['、', ' ']);
    let name = name.strip_suffix("年度任务").or_else(|| name.strip_suffix("任务")).unwrap_or(name);
    let n = name.chars().count();
    (planned_work(name) && (2..=20).contains(&n) && name.chars().all(|c| crate::normalize::is_han(c) || matches!(c, '“' | '”' | '、'))).then_some(Subject { start: q.end, name, word: None, id: Id::of(name), pair: &[] })
}

/// Whether a name is of planned work (民生实事, 重点项目, 民生工程): its being done is progress.
fn planned_work(name: &str) -> bool {
    ["实事", "工程", "项目", "任务", "计划"].iter().any(|w| name.has(w))
}

/// Whether a gap ends on work being done in full (全面完成, 圆满完成).
fn done_before(gap: &str) -> bool {
    let g = gap.trim_end();
    ["全面完成", "全部完成", "圆满完成", "超额完成", "如期完成", "全部落实"].iter().any(|w| g.ends_with(w))
}

/// The first year written in `s` (从2017年的 → 2017).
fn year_named(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(6)).find_map(|i| {
        let four = b[i..i + 4].iter().all(u8::is_ascii_digit) && (i == 0 || !b[i - 1].is_ascii_digit());
        (four && s[i + 4..].starts_with('年')).then(|| s[i..i + 4].parse().ok()).flatten().filter(|y| (1949..=2100).contains(y))
    })
}

/// A figure that is a starting point (由564亿元增加到945亿元, 从2015年的32%), not a statement.
/// `after`: the clause after the figure, which names where it went (提高到, 增至) when a few words
/// stand between 由 and the figure (由每人每年640元提高到670元).
fn is_baseline(gap: &str, after: &str) -> bool {
    let g = gap.trim_end();
    if g.ends_with('由') || g.ends_with('从') || g.ends_with('的') && (g.contains('由') || g.contains('从')) {
        return true;
    }
    let Some(p) = g.rfind(['由', '从']) else { return false };
    let between = &g[p + '由'.len_utf8()..];
    between.chars().count() <= 6 && between.chars().all(crate::normalize::is_han) && after.contains(['到', '至'])
}

/// A count that qualifies a noun (38个重大能源项目超额完成…), not a figure of its own.
/// `before`: the sentence up to the figure (an age is a figure where it speaks of 寿命 or 年龄).
fn is_modifier(q: &Quantity, gap: &str, after: &str, before: &str) -> bool {
    // A grade or a rate per unit is a specification, not a figure: 10万吨级泊位, 每50公斤, 60岁以上老人.
    let age = q.unit.as_ref().is_some_and(|u| u.base == "岁") && !before.has("寿命") && !before.has("年龄");
    if after.starts_with('级') || gap.trim_end().ends_with('每') || age {
        return true;
    }
    let counter = q.unit.as_ref().is_some_and(|u| u.is_counter());
    let noun_follows = after.chars().next().is_some_and(crate::normalize::is_han) && !after.starts_with("以上") && !after.starts_with("左右");
    counter && noun_follows && clean_name(gap).is_empty() && verb::last_in(gap, 0, gap.len()).is_none()
}

/// 完成…的43.7万亩高标准农田建设任务: a figure inside a task that was completed.
fn is_task_tail(cues: u32, after: &str) -> bool {
    cues & qualitative::DONE != 0 && (after.ends_with("任务") || after.ends_with("目标"))
}

/// A gap that only joins list members: 、 和 与 及 (or nothing).
/// A gap that turns from a commitment to an aspiration (、力争, 争): the verb it records.
fn aspiration(gap: &str) -> Option<&'static str> {
    let g = gap.trim().trim_start_matches(['、', ',', ' ']);
    matches!(g, "力争" | "争取" | "争" | "努力").then_some("力争")
}

fn is_list_gap(gap: &str) -> bool {
    let g = gap.trim();
    g.is_empty() || matches!(g, "、" | "和" | "与" | "及" | "以及" | "," | "或")
}

const NOISE_PREFIXES: &[&str] = &["比上年", "较上年", "比去年", "建设", "新建", "改造", "实施", "开工", "培育", "打造",
    "全市", "全县", "全区", "全省", "全州", "全旗", "全盟", "全镇", "我市", "我县", "我区", "我省", "全年", "今年", "去年", "上半年", "下半年", "其中", "预计", "力争",
    "确保", "实现", "完成", "累计", "同比", "当年", "年内", "并", "和", "及", "其", "共", "已", "均", "总量", "”", " ", "(", ")", "、", "一是", "二是", "三是", "四是", "五是",
];
const NOISE_SUFFIXES: &[&str] = &["拟按", "按", "拟", "持续", "保持", "始终", "继续", "稳定", "同比", "累计", "分别", "总量", "均", "已", "的", "将", "全年", "比上年", "较上年", "比去年", "共", " ", "“", "达", "可"];

/// The indicator phrase of a gap, noise words stripped.
fn clean_name(gap: &str) -> &str {
    // The noise words by the char they start (or end) with, in list order within one.
    static ENDS: std::sync::OnceLock<(ByChar<&str>, ByChar<&str>)> = std::sync::OnceLock::new();
    let (firsts, lasts) = ENDS.get_or_init(|| {
        let by = |words: &[&'static str], key: fn(&str) -> Option<char>| ByChar::new(words.iter().filter_map(|w| Some((key(w)?, *w))));
        (by(NOISE_PREFIXES, |w| w.chars().next()), by(NOISE_SUFFIXES, |w| w.chars().next_back()))
    });
    let mut s = gap.trim();
    loop {
        let before = s.len();
        s = strip_year(strip_numbering(s));
        let Some(first) = s.chars().next() else { return s };
        // The first word of the list that opens `s`.
        if let Some(r) = firsts.get(first as u32).iter().find_map(|p| s.strip_prefix(p)) {
            s = r;
        }
        let Some(last) = s.chars().next_back() else { return s };
        if let Some(r) = lasts.get(last as u32).iter().find_map(|p| s.strip_suffix(p)) {
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

/// Strips the actions that open a work-plan item (建成开业, 举办, 拟安排: `data/actions.txt`) off
/// the start of a name; says whether there were any.
fn strip_actions(name: &str) -> (&str, bool) {
    let mut s = name;
    // 在市域高校设立就业服务驿站, 西安咸阳国际机场新开通全货运航线: a phrase of place, actor or
    // beneficiary, then the action, then the thing.
    let placed = s.starts_with(['在', '为', '对', '向', '给']);
    // Only a name long enough to hold a phrase before its action is searched (most are short).
    let long = s.len() >= 5 * 3;
    let inner = s.char_indices().skip(1).filter(|_| long).filter_map(|(i, _)| crate::names::action_at(&s[i..]).map(|a| i + a.len())).last();
    if let Some(r) = inner.map(|at| &s[at..]).filter(|r| r.chars().count() >= if placed { 2 } else { 3 } && !crate::names::is_fragment(r)) {
        s = r;
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

/// Strips the number of a list item: 4.新建…, 2、…, (3)….
fn strip_numbering(s: &str) -> &str {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=2).contains(&digits) {
        if let Some(r) = s[digits..].strip_prefix(['.', '、', ')']) {
            return r;
        }
    }
    s
}

/// Strips a leading year phrase: 2020年, 较2015年, 比2019年, 较“十二五”末.
fn strip_year(s: &str) -> &str {
    if let Some(r) = s.strip_prefix('较').or_else(|| s.strip_prefix('比')) {
        for end in ["末", "时期", "期末"] {
            if let Some(p) = r.find(end) {
                if r[..p].chars().count() <= 8 {
                    return &r[p + end.len()..];
                }
            }
        }
    }
    let t = s.strip_prefix('较').or_else(|| s.strip_prefix('比')).unwrap_or(s);
    let b = t.as_bytes();
    if b.len() >= 7 && b[..4].iter().all(u8::is_ascii_digit) && t[4..].starts_with('年') {
        let r = &t[7..];
        return r.strip_prefix("上半年").or_else(|| r.strip_prefix("全年")).unwrap_or(r);
    }
    s
}

/// Where `name` first occurs in `hay`, as `hay.find_word(name)` says. `name` is mostly a slice of
/// `hay` already (a phrase with noise words cut off its ends): then only the stretch before that
/// slice can hold an earlier occurrence, and none when the slice opens `hay`.
fn first_occurrence(hay: &str, name: &str) -> Option<usize> {
    let at = (name.as_ptr() as usize).checked_sub(hay.as_ptr() as usize).filter(|at| at + name.len() <= hay.len() && hay.is_char_boundary(*at));
    match at {
        Some(0) => Some(0),
        Some(at) if hay[at..].starts_with(name) => hay[..at + name.len()].find_word(name),
        _ => hay.find_word(name),
    }
}

/// An `other:` subject from a cleaned phrase inside `text[from..to]`, if it reads as an indicator.
fn other_subject<'a>(text: &'a str, from: usize, to: usize, name: &'a str) -> Option<Subject<'a>> {
    let n = name.chars().count();
    if !(2..=20).contains(&n) {
        return None;
    }
    // Han characters, letters and digits (PM2.5 aside), quotes, a joining 、 (供排水、供热管网) and
    // brackets that close (县(区)域医疗卫生次中心).
    let plain = |c: char| crate::normalize::is_han(c) || c.is_ascii_alphanumeric() || matches!(c, '“' | '”' | '、' | '(' | ')');
    if !name.chars().all(plain) || name.starts_with('、') || name.ends_with('、') || name.matches('(').count() != name.matches(')').count() {
        return None;
    }
    if name.chars().next().is_some_and(|c| c.is_ascii_digit()) || name.ends_with('的') || name.ends_with('中') {
        return None;
    }
    // Function words mark running prose, not an indicator's name.
    const PROSE: [char; 14] = ['我', '们', '了', '这', '该', '各', '将', '要', '把', '对', '在', '是', '从', '由'];
    const ACTIONS: [&str; 5] = ["新一轮", "安排", "发行", "下达", "拟"];
    // A span of time or a whole region is what a figure covers, not what it measures.
    let time_or_place = name.ends_with('年') || matches!(name, "全国" | "全省" | "全市" | "全县" | "全区" | "全州");
    // 以下 of a qualifier (万元以下), not of a class (国三及以下柴油货车).
    let below = name.find_word("以下").is_some_and(|p| !name[..p].ends_with('及'));
    if time_or_place || name.contains(PROSE) || name.starts_with('比') || name.starts_with('占') || name.starts_with('较') || below || ACTIONS.iter().any(|a| name.starts_with(a)) {
        return None;
    }
    let start = from + first_occurrence(&text[from..to], name)?;
    Some(Subject { start, name, word: None, id: Id::of(name), pair: &[] })
}

/// Splits 分别 lists: members share the head's indicator, verb and trailing qualifier;
/// a combined indicator (城乡居民…, 存贷款…) becomes its two members.
fn distribute_lists(pending: &mut [Pending]) {
    let mut i = 0;
    while i < pending.len() {
        let mut j = i + 1;
        while j < pending.len() && pending[j].list_of == Some(i) {
            j += 1;
        }
        if j - i >= 2 {
            let group = &mut pending[i..j];
            let shared_qual = group.last().and_then(|p| p.stmt.qualifier);
            let shared_unit = group.last().and_then(|p| p.stmt.unit.clone());
            for p in group.iter_mut() {
                if p.stmt.qualifier.is_none() {
                    p.stmt.qualifier = shared_qual;
                }
                if let (Some(u), Some(shared)) = (&p.stmt.unit, &shared_unit) {
                    if shared.starts_with(&**u) && u != shared {
                        p.stmt.unit = Some(shared.clone());
                    }
                }
            }
            let co = group[0].co.clone();
            let pair = group[0].subject.pair;
            if co.len() == group.len() {
                for (p, c) in group.iter_mut().zip(co) {
                    p.stmt.indicator = c.indicator();
                    p.stmt.canonical = c.id.render();
                }
            } else if pair.len() >= 2 && group.len() == pair.len() {
                for (p, member) in group.iter_mut().zip(pair) {
                    p.stmt.indicator = Cow::Borrowed(member);
                    p.stmt.canonical = Id::of(member).render();
                }
            }
        }
        i = j;
    }
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
