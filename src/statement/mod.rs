//! Statements: an indicator, a verb and a figure (or a qualitative goal), with kind and period.
//!
//! One pass over the sentences of a doc. Each figure is tied to the indicator phrase before
//! it in its clause, or, when the clause only carries a verb (,增长25.7%), to the indicator
//! the sentence is about. 分别 lists share one indicator and split it (城乡 → 城镇, 农村).

mod context;
mod counted;
mod measure;
mod name;
mod qualitative;
mod rank;
mod verb;

use counted::{counted_noun, done_before, done_in_full, planned_work};
use name::{
    clean_name, co_subjects, headed_phrase, name_parts, other_subject, says_all, share_subject,
    strip_actions,
};

pub(crate) use context::Time;

use crate::events::Events;
use crate::search::Words;

use crate::indicator::{self, Found};
use crate::period;
use crate::quantity::{self, Quantity, Unit};
use crate::{Kind, Qualifier, Record, Span};
use context::{Origin, Section};
use std::borrow::Cow;

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
    /// Words the name shares with the list it stands in, written after the last member only
    /// (粮食、蔬菜种植面积: 粮食 takes 种植面积): the record's name is `lead`, `name` and `tail`.
    tail: &'a str,
    /// Words the name shares with the list it stands in, written before the first member only
    /// (自贸试验区新设企业数、进出口总额: 进出口总额 takes 自贸试验区).
    lead: &'a str,
}

impl<'a> Subject<'a> {
    /// The lexicon phrase found (the text there is the alias, byte for byte).
    fn from_found(f: &Found) -> Subject<'static> {
        Subject {
            start: f.start,
            name: f.alias,
            word: Some(f.alias),
            id: Id::Known(f.entry.canonical),
            pair: f.entry.pair,
            tail: "",
            lead: "",
        }
    }

    /// A phrase of the text that no lexicon entry names: its id is `other:` the phrase unless
    /// [`Id::of`] knows it.
    pub(crate) fn phrase(start: usize, name: &'a str) -> Subject<'a> {
        Subject {
            start,
            name,
            word: None,
            id: Id::of(name),
            pair: &[],
            tail: "",
            lead: "",
        }
    }

    /// A member of a combined phrase (城乡居民… → 城镇居民…), placed where the phrase stands.
    fn member(start: usize, name: &'static str) -> Subject<'static> {
        Subject {
            start,
            name,
            word: Some(name),
            id: Id::of(name),
            pair: &[],
            tail: "",
            lead: "",
        }
    }

    /// The name as a record holds it.
    fn indicator(&self) -> Cow<'static, str> {
        if !self.tail.is_empty() || !self.lead.is_empty() {
            return Cow::Owned(brackets_as_written(
                &[self.lead, self.name, self.tail].concat(),
            ));
        }
        match self.word {
            Some(w) => Cow::Borrowed(w),
            // Brackets as reports write them (the normalized text has them half-width).
            None if self.name.contains(['(', ')']) => Cow::Owned(brackets_as_written(self.name)),
            None => Cow::Owned(self.name.to_string()),
        }
    }

    /// The canonical id as a record holds it (of the whole name when a tail completes it).
    fn canonical(&self) -> Cow<'static, str> {
        if !self.lead.is_empty() {
            // A part of the list's subject (自贸试验区进出口总额) is not the region's own indicator:
            // the whole name's id, as the lexicon knows it (单位国内生产总值能耗) or as written.
            return Id::of(&[self.lead, self.name, self.tail].concat()).render();
        }
        if self.tail.is_empty() {
            return self.id.render();
        }
        // The whole name's own id, else the id of the name the tail completes (粮食 + 总产).
        let name = [self.name, self.tail].concat();
        match (Id::of(&name), self.id) {
            (Id::Other(_), Id::Known(c)) => Cow::Borrowed(c),
            (id, _) => id.render(),
        }
    }
}

/// Brackets as reports write them (the normalized text has them half-width).
fn brackets_as_written(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            c => c,
        })
        .collect()
}

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
    // After a list that ends on numbered slogans (实现“一个翻番、两个提前”目标), how far sentences
    // spelling them out (“两个提前”，即…) continue it.
    let mut slogans_until = 0;
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
        span: Span {
            start: q.start,
            end: q.end,
        },
    }
}

/// A target of GDP growth in per cent.
fn is_growth_target_of_gdp(r: &Record) -> bool {
    r.kind == Kind::Target
        && r.canonical == "gdp"
        && r.unit.as_deref() == Some("%")
        && r.value.is_some()
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
            respectively: cues & crate::cues::RESPECTIVELY != 0,
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
            let estimate = self.mask & crate::cues::ESTIMATE != 0;
            context::SentenceTime::read(
                &self.text[self.start..self.end],
                self.time,
                estimate,
                self.five,
                self.mask,
            )
        });
        let this_year = sentence.this_year.is_some_and(|p| self.start + p < to);
        context::Setting {
            section: self.section,
            time: self.time,
            sentence,
            this_year,
        }
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
                for p in pending[clause_first..]
                    .iter()
                    .filter(|p| p.list_of.is_none())
                {
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
            if subject.as_ref().is_some_and(|s| {
                !self.near(s.start, cs) || rank::is_rank_subject(s) && !rank::is_rank(text, q)
            }) {
                // A rank's subject (…全省位次) names no figure after it but another rank.
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
            let done = done.or_else(|| {
                counted.filter(|n| planned_work(n.name) && done_before(&text[gap_from..q.start]))
            });
            let baseline = is_baseline(gap, after);
            if baseline
                || counted.is_none() && is_modifier(q, gap, after, &text[self.start..q.start])
            {
                let ranked = (baseline && rank::is_rank(text, q))
                    .then(|| rank::subject(text, gap_from, q, subject))
                    .flatten();
                if ranked.is_some() {
                    // 从全省第7位跃升到第5位: where the rank started.
                    subject = ranked;
                } else if let Some(f) = found.last() {
                    subject = Some(Subject::from_found(f));
                } else if baseline {
                    // 补助标准由每人每年640元提高到670元: the words before 由 name what moves.
                    let to = gap_from + gap.rfind(['由', '从']).unwrap_or(0);
                    let (name, _) = strip_actions(clean_name(&text[gap_from..to]));
                    if let Some(named) = other_subject(text, gap_from, to, name)
                        .filter(|_| !crate::names::is_fragment(name))
                    {
                        subject = Some(named);
                    }
                }
                // In a review, where a figure started from is a past figure of its own:
                // 经济总量从2017年的1.64万亿元增加至2.9万亿元 (2017), 财政收入从3.16万亿元… (the
                // year before the period reviewed).
                if baseline {
                    let f = facts.get_or_insert_with(|| ClauseFacts::read(self, cs, ce));
                    if let (Kind::Actual, Some(sub)) = (f.kind_period.0, subject.as_ref()) {
                        // 从2017年的…: the year it names.
                        let named = context::years_written(gap).next();
                        let before_period = f
                            .kind_period
                            .1
                            .as_deref()
                            .and_then(|p| p.split_once('-'))
                            .and_then(|(a, _)| a.parse::<i32>().ok())
                            .map(|a| a - 1);
                        out.push(Record {
                            indicator: sub.indicator(),
                            canonical: sub.canonical(),
                            period: named.or(before_period).map(period::year),
                            span: Span {
                                start: sub.start.min(q.start),
                                end: q.end,
                            },
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
            // 今年要完成1000万贫困人口脱贫任务: a task set, not one done.
            let task_done =
                is_task_tail(gap_cues, after) && (kind != Kind::Target || done_task(gap));
            let progress = progress_gap || progress_tail.is_some() || task_done;
            let mut stmt = record_of(q, kind);
            let mut list_of = None;
            let mut aspired = false;
            let mut co: Vec<Subject<'_>> = Vec::new();
            let mut co_listed = false;
            let respectively = f.respectively;
            // The next figure continues a list (68%、60%): one figure for each name before it.
            let listed = qs
                .get(qn + 1)
                .is_some_and(|n| n.start < ce && is_list_gap(&text[q.end..n.start]));
            let last_pending = pending.len().checked_sub(1);
            let is_rank = rank::is_rank(text, q);
            let rank = is_rank
                .then(|| rank::subject(text, gap_from, q, subject))
                .flatten();
            if is_rank && rank.is_none() {
                // A rank of nothing named (居中西部第1位 alone) says nothing to keep.
                prev_end = q.end;
                continue;
            }
            if let Some(ranked) = rank {
                // 居全国第2位: a place among regions.
                stmt.verb = None;
                stmt.span.start = ranked.start.min(q.start);
                subject = Some(ranked);
            } else if let Some(noun) = counted.filter(|_| !progress_gap) {
                // 新增10家国家级研发平台: the count's noun is the indicator, the gap's verb its verb.
                let v = verb::last_in(text, gap_from, q.number_start);
                stmt.verb = v.map(|v| Cow::Borrowed(v.text));
                stmt.span.start = v.map_or(q.start, |v| v.start);
                stmt.span.end = noun.start + noun.name.len();
                subject = Some(noun);
            } else if let Some(share) = share_subject(text, gap_from, q.start, &found) {
                stmt.verb =
                    verb::last_in(text, gap_from, q.number_start).map(|v| Cow::Borrowed(v.text));
                stmt.span.start = share.start;
                subject = Some(share);
            } else if let Some(f) = found.last() {
                // The indicator named before the figure; a run of them (A、B和C) shares it.
                co = co_subjects(text, &found);
                let v = verb::last_in(text, f.end, q.number_start);
                let v_before =
                    verb::last_in(text, gap_from, f.start).filter(|v| f.start - v.end <= 9);
                stmt.verb = v.or(v_before).map(|v| Cow::Borrowed(v.text));
                stmt.span.start = v_before.map_or(co[0].start, |v| v.start.min(co[0].start));
                subject = Some(co[0]);
                // 城镇居民和农村居民人均可支配收入均增长8%: one figure for each member.
                let all = says_all(&text[f.end..q.start]);
                if co.len() == 1 && co[0].pair.len() >= 2 && all {
                    co = co[0]
                        .pair
                        .iter()
                        .map(|m| Subject::member(f.start, m))
                        .collect();
                    subject = Some(co[0]);
                } else if let Some(parts) = Some(())
                    // 年均 of a list of names (A、B年均增长10%): each grows by it.
                    .filter(|_| all || respectively || listed || text[f.end..q.start].has("年均"))
                    .and_then(|_| joined_names(text, gap_from, f, v.map_or(q.start, |v| v.start)))
                {
                    // 游客人数和旅游总收入均增长28%, 化学需氧量、氨氮排放量分别下降2%: each name
                    // the phrase joins, the lexicon's or not, takes the figure (or its own, in a
                    // list of figures).
                    co = parts;
                    co_listed = listed;
                    subject = Some(co[0]);
                } else if co.len() == 1 {
                    subject = co.pop();
                    // A head after the phrase makes it another indicator: 经济增长的贡献率,
                    // 生产总值综合能耗, GDP占比 (the head of a Chinese noun phrase comes last).
                    if let Some(headed) = headed_phrase(text, f, v.map_or(q.start, |v| v.start)) {
                        subject = Some(headed);
                    } else if let Some(whole) = Some(())
                        .filter(|_| v_before.is_none())
                        .and_then(|_| name::modified_phrase(text, gap_from, f))
                    {
                        // The noun modifiers before the phrase are part of the name.
                        subject = Some(whole);
                    }
                }
            } else if let (Some(sub), true) = (subject.as_ref(), progress) {
                if f.respectively {
                    co = recent.clone();
                }
                stmt.verb =
                    verb::first_in(text, gap_from, q.number_start).map(|v| Cow::Borrowed(v.text));
                stmt.span.start = sub.start;
            } else if let Some((last, verb)) =
                last_pending.zip(aspiration(gap)).filter(|_| same_clause)
            {
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
                    // 新增转移农村劳动力8800人: the indicator follows the verb; 增加运营里程91.7公里:
                    // without the verb that opens it (an action is stripped with its name).
                    Some(v)
                        if v.end < q.start
                            && !states_target(&text[v.end..q.start])
                            && !text[v.start..v.end].ends_with(['到', '至'])
                            && clean_name(&text[v.end..q.start]).chars().count() >= 2 =>
                    {
                        let opens = clean_name(&text[gap_from..v.start]).is_empty()
                            && crate::names::action_at(v.text).is_none();
                        (if opens { v.end } else { gap_from }, q.start)
                    }
                    Some(v) => (gap_from, v.start.min(q.start)),
                    None => (gap_from, q.start),
                };
                let raw = &text[name_from..name_to];
                let (name, acted) = strip_actions(clean_name(raw));
                // The category a list of examples ends on (…等赛事), unless each example takes a
                // figure of its own (A、B等产业分别增长…).
                let name = if f.respectively || listed {
                    name
                } else {
                    name::category(name)
                };
                // An action that opens the phrase (实施, 新建: clean_name drops some) acts on the name.
                let acted = acted
                    || crate::names::action_at(raw.trim_start_matches(['、', ',', ' '])).is_some();
                // 粮食稳产丰收,产量达到555亿斤: a bare measure word continues the sentence's indicator.
                let measure = subject.is_some() && MEASURE_WORDS.contains(&name);
                if measure {
                    // 粮食播种面积746万亩、产量330万吨: the output of the crop in view.
                    if let Some(sub) = subject.as_mut().filter(|s| {
                        s.name.starts_with("粮食") && matches!(name, "产量" | "总产" | "年产")
                    }) {
                        *sub = Subject {
                            name: &sub.name[..6],
                            word: None,
                            id: Id::Known("grain_output"),
                            tail: name,
                            pair: &[],
                            ..*sub
                        };
                    }
                }
                // 地区生产总值…,人均达12.5万元: per head of the indicator in view.
                if name == "人均" && subject.as_ref().is_some_and(|s| s.id == Id::Known("gdp")) {
                    subject = Some(Subject::member(
                        name_from + text[name_from..name_to].find("人均").unwrap_or(0),
                        "人均地区生产总值",
                    ));
                }
                let name = if name == "人均" && subject.is_some() {
                    ""
                } else {
                    name
                };
                // A verb or a fragment (实际增长, 同口径增长, 加快) names nothing: the indicator in view
                // does, or the noun after the figure (加快480万千瓦火电项目建设).
                // A word that is no name acts as the verb (增产74亿斤, 高于全国1.2个百分点).
                // An action (加快, 新建) takes the thing after the figure instead.
                let action_word = crate::names::action_at(name).filter(|a| a.len() == name.len());
                let action = action_word.is_some();
                let fragment = !name.is_empty() && !measure && crate::names::is_fragment(name);
                let verbal = fragment && !action;
                let name = if measure || fragment { "" } else { name };
                let untied = subject.is_none() || v.is_none() && q.verb_before.is_none() && !verbal;
                let acts = !name.is_empty()
                    && v.is_none()
                    && q.verb_before.is_none()
                    && name::ends_on_action(name);
                let after_noun = if name.is_empty() && untied || acts {
                    counted_noun(text, q, noun_to, true)
                } else {
                    None
                };
                // What is acted on is a thing (专项资金), not another action (219亿元支持…).
                let after_noun = after_noun.filter(|n| {
                    !acts
                        || !crate::names::is_fragment(n.name)
                            && crate::names::action_at(n.name).is_none()
                });
                // 中央财政…的投入拟安排9884.5亿元: with nothing acted on after the figure, the
                // action the name ends on is its verb.
                let (name, mut acting) = match (acts, &after_noun) {
                    (true, None) => {
                        name::trailing_action(name).map_or((name, None), |(n, a)| (n, Some(a)))
                    }
                    _ => (name, None),
                };
                if let Some(noun) = after_noun {
                    stmt.span.end = noun.start + noun.name.len();
                    subject = Some(noun);
                } else if name.is_empty() {
                    if f.respectively && recent.len() >= 2 {
                        co = recent.clone();
                    }
                    match subject.as_ref() {
                        Some(sub)
                            if v.is_some() || q.verb_before.is_some() || measure || verbal =>
                        {
                            stmt.span.start = sub.start
                        }
                        // 棚改新开工459套、建成1700套: the action is the verb, of the indicator in view.
                        Some(sub) if action && same_clause => {
                            stmt.span.start = sub.start;
                            acting = action_word;
                        }
                        _ => {
                            prev_end = q.end;
                            continue;
                        }
                    }
                } else if let Some(sub) = actor_spending(text, gap_from, v, q.start).or_else(|| {
                    // Without a verb, a short name only (quotes, as in “专精特新”企业, count for none).
                    other_subject(text, name_from, name_to, name).filter(|_| {
                        v.is_some()
                            || acting.is_some()
                            || acted
                            || name.chars().filter(|c| !matches!(c, '“' | '”')).count() <= 10
                    })
                }) {
                    stmt.span.start = sub.start;
                    subject = Some(sub);
                    // 受污染耕地、重点建设用地安全利用率分别达93%、95%; A、B均增长30%: each named
                    // part is an indicator of its own.
                    // A list of figures, one for each part, shares the name the same way (覆盖率
                    // 提高到68%、60%).
                    let shared = f.respectively
                        || listed
                        || says_all(&text[sub.start + sub.name.len()..q.start]);
                    if shared && sub.name.contains('、') {
                        co = name_parts(text, sub);
                        co_listed = listed;
                        subject = co.first().copied().or(subject);
                    } else if f.respectively {
                        // 普及率和治理率分别达到90%和100%, 客货运量分别达到…: one each.
                        co = name::joined_parts(text, sub);
                        co_listed = listed;
                        subject = co.first().copied().or(subject);
                    }
                } else {
                    prev_end = q.end;
                    continue;
                }
                stmt.verb = v
                    .map(|v| Cow::Borrowed(v.text))
                    .or(acting.map(Cow::Borrowed));
            }
            stmt.verb = stmt
                .verb
                .filter(|t| !t.is_empty())
                .or(q.verb_before.map(Cow::Borrowed));
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
            let Some(sub) = subject.or_else(|| co.first().cloned()) else {
                prev_end = q.end;
                continue;
            };
            stmt.indicator = sub.indicator();
            stmt.canonical = sub.canonical();
            stmt.headline = stmt.kind == Kind::Target
                && !aspired
                && self.headline_from.is_some_and(|h| q.start >= h);
            let separate_co = co.len() > 1 && (!f.respectively || !listed) && !co_listed;
            pending.push(Pending {
                stmt,
                subject: sub,
                list_of,
                co: if separate_co { Vec::new() } else { co.clone() },
            });
            if separate_co {
                // One figure shared by several indicators: 进出口总额、实际利用外资年均增长均在10%以上.
                let base = pending.last().map(|p| p.stmt.clone());
                if let Some(base) = base {
                    for c in co.iter().skip(1) {
                        let mut s = base.clone();
                        s.indicator = c.indicator();
                        s.canonical = c.canonical();
                        s.span.start = c.start;
                        pending.push(Pending {
                            stmt: s,
                            subject: *c,
                            list_of: None,
                            co: Vec::new(),
                        });
                    }
                }
            }
            prev_end = q.end;
        }
        self.qualitative(qualitative_from, self.end, false, &mut subject, out);
        distribute_lists(pending);
        if self.mask & crate::cues::DONE != 0 && self.mask & crate::cues::GOAL != 0 {
            self.figures_done(pending);
        }
        out.extend(pending.drain(..).map(|mut p| {
            // A bare 亿 after the list is shared: money (工业投资73.5亿).
            if let Some(u) = p.stmt.unit.as_deref() {
                if let Some(m) = ["亿", "万亿", "千亿", "百亿"].into_iter().find(|m| *m == u)
                {
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
            let from = if k == 0 {
                self.start
            } else {
                self.bounds[k - 1] + 1
            };
            &self.text[from..self.bounds.get(k).copied().unwrap_or(self.end)]
        };
        // Per clause: whether it holds figures, and whether they are all rates (one pass).
        let mut with_figures = vec![false; n];
        let mut rates = vec![true; n];
        for p in pending.iter() {
            let k = clause_of(p.stmt.span.end.saturating_sub(1));
            with_figures[k] = true;
            rates[k] &= p
                .stmt
                .unit
                .as_deref()
                .is_some_and(|u| u == "%" || u.ends_with("百分点"));
        }
        let mut done = vec![false; n];
        for k in 0..n {
            let c = clause_text(k);
            let completes = ["完成", "实现"].iter().any(|w| c.has(w))
                && ["目标", "任务", "计划"].iter().any(|w| c.has(w));
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
        for p in pending.iter_mut().filter(|p| {
            p.stmt.kind == Kind::Actual && done[clause_of(p.stmt.span.end.saturating_sub(1))]
        }) {
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
    fn qualitative(
        &self,
        from: usize,
        to: usize,
        track: bool,
        subject: &mut Option<Subject<'a>>,
        out: &mut Vec<Record>,
    ) -> Option<Vec<Subject<'a>>> {
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
            let read = if possible && !names_goals_elsewhere(clause) {
                qualitative::read(clause, self.section, in_headline, self.cue_mask(c, ce))
            } else {
                None
            };
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
                    .filter(|f| {
                        !(GENERIC.contains(&f.entry.canonical) && (named || subject.is_some()))
                    })
                    .collect();
                let (kind, period) = context::kind_and_period(
                    self.setting(ce),
                    clause,
                    self.cue_mask(c, ce),
                    || context::clause_year(clause),
                );
                // 没有提出全年经济增速具体目标: the year's main target, stated as absent.
                let (kind, period) = if ql.absent {
                    (Kind::Target, self.time.year.map(period::year).or(period))
                } else {
                    (kind, period)
                };
                let kind = if ql.progress { Kind::Progress } else { kind };
                let headline = kind == Kind::Target
                    && (ql.absent || self.headline_from.is_some_and(|h| c >= h));
                let subjects: Vec<Subject<'_>> = if before.is_empty() {
                    if ql.progress {
                        let generic = clause[..ql.at].has("指标");
                        // The clause's own subject (“四减四增”三年行动圆满完成), else the one in view.
                        let own = || {
                            let (name, _) = strip_actions(clean_name(&text[c..at]));
                            // 本届政府圆满(完成): the words before an adverb of manner name no task.
                            let adverb = MANNER.iter().any(|w| name.ends_with(w));
                            other_subject(text, c, at, name)
                                .filter(|_| !generic && !adverb && !crate::names::is_fragment(name))
                        };
                        // What was done, named after the verb (打赢脱贫攻坚战, 完成高职扩招三年行动目标),
                        // where it is more than the year's targets in general.
                        let done = || {
                            let from = at + ql.verb.len();
                            let to = trim_end(text, from.min(ce), ce);
                            let (name, _) =
                                strip_actions(clean_name(text.get(from..to).unwrap_or("")));
                            other_subject(text, from, to, name).filter(|_| {
                                !generic
                                    && !crate::names::is_fragment(name)
                                    && names_work_of_its_own(name)
                            })
                        };
                        own()
                            .or_else(done)
                            .or(if generic { None } else { *subject })
                            .or_else(|| Some(target_object(text, c, ce)))
                            .into_iter()
                            .collect()
                    } else if ql.absent {
                        // No figure and no name: the growth target of the economy.
                        vec![Subject {
                            start: at,
                            name: "经济增速",
                            word: Some("经济增速"),
                            id: Id::Known("gdp"),
                            pair: &[],
                            tail: "",
                            lead: "",
                        }]
                    } else if in_headline
                        || kind == Kind::Plan5 && matches!(ql.verb, "转变" | "迈进")
                    {
                        // A goal of a main-targets list named by its own words: 经济运行更加稳健 (the
                        // words before its predicate), 基本建成…创新中心 (the words after it); a
                        // list of them (基本建成A、B、C) is a goal each.
                        let (from, to) = if ql.at > 0 {
                            (c, at)
                        } else {
                            (at + ql.verb.len(), trim_end(text, c, ce))
                        };
                        let (name, _) = strip_actions(clean_name(text.get(from..to).unwrap_or("")));
                        // 推动产业层级从…向…转变: what shifts is named after 推动; “两个提升”,即…: the
                        // goals after 即.
                        let spelled = text[..c].trim_end().ends_with([',', '，'])
                            && text[..c]
                                .trim_end()
                                .trim_end_matches([',', '，'])
                                .ends_with('”');
                        let name = name
                            .strip_prefix("推动")
                            .filter(|n| n.chars().count() >= 2)
                            .unwrap_or(name);
                        let name = name
                            .strip_prefix('即')
                            .filter(|n| spelled && n.chars().count() >= 2)
                            .unwrap_or(name);
                        let named = other_subject(text, from, to, name)
                            .filter(|_| !crate::names::is_fragment(name));
                        match named.map(|sub| (sub, name_parts(text, sub))) {
                            Some((sub, parts)) if parts.is_empty() => vec![sub],
                            Some((_, parts)) => parts,
                            None => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    }
                } else if let Some(run) = Some(())
                    .filter(|_| ql.progress && before.len() >= 2)
                    .map(|_| co_subjects(text, &before.iter().map(|f| **f).collect::<Vec<Found>>()))
                    .filter(|run| run.len() >= 2)
                {
                    // 地区生产总值、固定资产投资等指标未能达到年初预期: each indicator of the run that
                    // ends the names is judged.
                    run
                } else if ql.subject_only || ql.progress {
                    vec![Subject::from_found(before[0])]
                } else {
                    before.iter().map(|f| Subject::from_found(f)).collect()
                };
                // A combined phrase names two indicators: 粮食播种面积和产量 → 粮食播种面积, 粮食产量.
                let subjects: Vec<Subject<'_>> = subjects
                    .into_iter()
                    .flat_map(|s| {
                        if s.pair.len() == 2
                            && !ql.progress
                            && !ql.subject_only
                            && s.name.contains('和')
                        {
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
                        canonical: sub.canonical(),
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
                        span: Span {
                            start: sub.start.min(at),
                            end,
                        },
                    });
                }
            }
            c = ce + text[ce..].chars().next().map_or(1, char::len_utf8);
        }
        recent
    }
}

/// Numerals of numbered slogans (“两个提前”, “五个全面提升”).
const SLOGAN_NUMERALS: [char; 11] = [
    '一', '两', '二', '三', '四', '五', '六', '七', '八', '九', '十',
];

/// Whether a quoted numbered slogan (“两个提前”) opens `s` at a quote.
fn slogan_at(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next() == Some('“')
        && chars.next().is_some_and(|c| SLOGAN_NUMERALS.contains(&c))
        && chars.next() == Some('个')
}

/// Whether a clause only names goals read where they are spelled out: numbered slogans listed
/// (力争实现“一个翻番、两个提前”目标), or one opening its spelling out (“两个提前”,即…).
fn names_goals_elsewhere(clause: &str) -> bool {
    clause.contains('“')
        && (slogan_at(clause.trim_start())
            || clause.match_indices('“').any(|(p, _)| {
                slogan_at(&clause[p..])
                    && clause[p..]
                        .split('”')
                        .next()
                        .is_some_and(|q| q.contains('、'))
            }))
}

/// Whether a sentence names numbered slogans as its goals (力争实现“一个翻番、两个提前”目标).
fn names_slogans(sentence: &str) -> bool {
    sentence
        .match_indices('“')
        .any(|(p, _)| slogan_at(&sentence[p..]))
        && sentence.has("”目标")
}

/// Whether a sentence spells a numbered slogan out (“两个提前”，即…).
fn spells_out_slogan(sentence: &str) -> bool {
    let t = sentence.trim_start();
    slogan_at(t)
        && t.find('”').is_some_and(|p| {
            t[p..]
                .trim_start_matches(['”', ',', '，', ' '])
                .starts_with('即')
        })
}

/// Words that name a measure of the indicator already in view, not an indicator of their own.
const MEASURE_WORDS: [&str; 14] = [
    "产量", "总产", "年产", "总量", "规模", "增速", "增幅", "总额", "总值", "余额", "收入", "占比",
    "比重", "产值",
];

/// Lexicon entries that name targets in general rather than an indicator.
const GENERIC: [&str; 3] = [
    "other:main_targets",
    "other:plan_targets",
    "other:main_indicators",
];

/// The names a phrase joins with 、 or 和 before `end` (the verb), the lexicon's phrase `f` among
/// them: 游客人数和旅游总收入, 新设企业数、进出口总额、吸引外资. None unless every part reads as
/// a name.
fn joined_names<'a>(text: &'a str, from: usize, f: &Found, end: usize) -> Option<Vec<Subject<'a>>> {
    // The words between the names and the verb: 要分别, 年均, 均.
    let mut raw = &text[from..end];
    if !raw.contains(['、', '和']) {
        return None;
    }
    while let Some(r) = ["分别", "年均", "平均", "均", "要", "将", " "]
        .iter()
        .find_map(|w| raw.strip_suffix(w))
    {
        raw = r;
    }
    let (phrase, _) = strip_actions(clean_name(raw));
    if !phrase.contains(['、', '和']) || phrase.contains(['(', '“']) {
        return None;
    }
    let base = phrase.as_ptr() as usize - text.as_ptr() as usize;
    // The lexicon's phrase is one of the list; a combined one (城镇和农村居民…) has members of its own.
    if base > f.start || f.end > base + phrase.len() || !f.entry.pair.is_empty() {
        return None;
    }
    let parts = name::split_names(text, phrase, &['、', '和']);
    let readable = parts
        .iter()
        .all(|p| (2..=12).contains(&p.name.chars().count()) && !crate::names::is_fragment(p.name));
    (readable && parts.len() >= 2).then_some(parts)
}

/// What a place or an actor spends or earns, named before its verb (集美新城要完成投资235亿元,
/// 重点项目完成年度投资): the actor's name and the measure after the verb (集美新城投资).
fn actor_spending<'a>(
    text: &'a str,
    from: usize,
    v: Option<verb::Verb>,
    figure: usize,
) -> Option<Subject<'a>> {
    const SPENDING: [&str; 5] = ["投资", "年度投资", "总投资", "营业收入", "产值"];
    let v = v.filter(|v| v.end < figure && v.text == "完成")?;
    let measure = clean_name(&text[v.end..figure]);
    SPENDING.contains(&measure).then_some(())?;
    let before = text[from..v.start].trim_end_matches(['要', '将', '拟', '共']);
    let actor = clean_name(before);
    let actor = other_subject(text, from, from + before.len(), actor).filter(|a| {
        !crate::names::is_fragment(a.name) && crate::names::action_at(a.name).is_none()
    })?;
    Some(Subject {
        tail: measure,
        ..actor
    })
}

/// Whether the words between a verb and its figure only say that the figure is a target
/// (广义货币增长目标为16%, 增速预期目标是6%): they name nothing.
fn states_target(between: &str) -> bool {
    let w = clean_name(between).trim_end_matches(['为', '是', ':', '：', ' ']);
    matches!(w, "目标" | "预期目标" | "目标值" | "预期" | "预期值")
}

/// End of a clause without trailing spaces.
fn trim_end(text: &str, from: usize, to: usize) -> usize {
    from + text[from..to].trim_end().len()
}

/// Whether a goal or task names work of its own (高职扩招三年行动目标, 脱贫攻坚战), not the year's
/// or the plan's targets in general (全年预期目标, 国家下达的年度任务, 各项目标任务).
fn names_work_of_its_own(name: &str) -> bool {
    const GENERAL: [&str; 24] = [
        "国家下达的",
        "省下达的",
        "上级下达的",
        "省定",
        "全年",
        "年度",
        "年初",
        "各项",
        "主要",
        "既定",
        "预期",
        "确定的",
        "的",
        "规划",
        "目标",
        "任务",
        "奋斗",
        "和",
        "指标",
        "经济",
        "宏观",
        "部分",
        "个别",
        "一些",
    ];
    let mut rest = name;
    // Peel the general words off both ends until none is left to peel.
    loop {
        let before = rest.len();
        for w in GENERAL {
            rest = rest.strip_prefix(w).unwrap_or(rest);
            rest = rest.strip_suffix(w).unwrap_or(rest);
        }
        if rest.len() == before {
            break;
        }
    }
    rest.chars().count() >= 2 && !rest.contains("十三五") && !rest.contains("十二五")
}

/// The object of a progress statement without an indicator: the plan's or the year's targets,
/// named as the clause writes them (主要宏观经济指标, 省十届人大一次会议确定的各项目标) when it does.
fn target_object(text: &str, from: usize, to: usize) -> Subject<'_> {
    let clause = &text[from..to];
    let (general, canonical) = if clause.has("十三五") || clause.has("十二五") || clause.has("规划")
    {
        ("规划目标任务", "other:plan_targets")
    } else if clause.has("指标") {
        ("主要指标", "other:main_indicators")
    } else {
        ("主要目标任务", "other:main_targets")
    };
    let (start, name, word) = match goal_phrase(clause) {
        Some((s, e)) => (from + s, &text[from + s..from + e], None),
        None => (
            from + (clause.len() - clause.trim_start().len()),
            general,
            Some(general),
        ),
    };
    // A task of its own (芦山地震灾区三年恢复重建任务) is no general target.
    let id = if word.is_none() && names_work_of_its_own(name) {
        Id::of(name)
    } else {
        Id::Known(canonical)
    };
    Subject {
        start,
        name,
        word,
        id,
        pair: &[],
        tail: "",
        lead: "",
    }
}

/// Adverbs of how a task was done (圆满完成, 超额完成): no part of what was done.
const MANNER: [&str; 10] = [
    "超额",
    "全面",
    "圆满",
    "胜利",
    "顺利",
    "较好",
    "如期",
    "提前",
    "基本",
    "高质量",
];

/// The phrase of `clause` that names targets in general, ending on its head (指标, 目标, 任务,
/// 计划) and starting after the words that say they were met (圆满完成了, 均, 没有实现).
fn goal_phrase(clause: &str) -> Option<(usize, usize)> {
    const HEADS: [&str; 4] = ["指标", "目标", "任务", "计划"];
    const BEFORE: [&str; 15] = [
        "完成", "实现", "达到", "了", "均", "都", "已", "没有", "未能", "未", "去年", "今年",
        "确保", "总体", "一些",
    ];
    // The first head, and the heads joined to it (主要目标和任务, 目标任务).
    let (at, head) = HEADS
        .iter()
        .filter_map(|h| clause.find(h).map(|i| (i, *h)))
        .min()?;
    let mut end = at + head.len();
    loop {
        let rest = &clause[end..];
        let rest = rest.strip_prefix('和').unwrap_or(rest);
        match HEADS.iter().find(|h| rest.starts_with(**h)) {
            Some(h) => end = clause.len() - rest.len() + h.len(),
            None => break,
        }
    }
    let mut start = at;
    while let Some(c) = clause[..start].chars().next_back() {
        let before = &clause[..start];
        if !(c == '“' || c == '”' || c.is_alphanumeric())
            || c.is_ascii_digit()
            || BEFORE.iter().chain(&MANNER).any(|w| before.ends_with(w))
        {
            break;
        }
        start -= c.len_utf8();
    }
    // A bare head (目标, 任务) says no more than the general name.
    // Without the words of place and time that open it (全市, 今年).
    let phrase = clean_name(&clause[start..end]);
    let start = phrase.as_ptr() as usize - clause.as_ptr() as usize;
    let end = start + phrase.len();
    (phrase.chars().count() > 2 && !crate::names::is_fragment(phrase)).then_some((start, end))
}

/// A gap that leads to a figure stated against a target: 完成全年目标的, 超过…目标, 完成率.
/// `cues`: the gap's cue pairs from the walk, so that most gaps need no search at all.
fn is_progress_gap(gap: &str, cues: u32) -> bool {
    let goal = cues & crate::cues::GOAL != 0;
    let rate = cues & crate::cues::DONE != 0 && gap.has("完成率");
    // 目标是/为/确定为: the target itself is stated, not measured against.
    let stated = || {
        [
            "目标是",
            "目标为",
            "目标确定为",
            "目标定为",
            "目标设定为",
            "目标拟定为",
        ]
        .iter()
        .any(|w| gap.has(w))
            // 经济增长预期目标6.5%—7%: the target named right before its figure, nothing done.
            || gap.trim_end().ends_with("目标")
                && !["完成", "实现", "超", "达", "低于", "高于", "高出", "低出", "控制", "未", "没有", "差"]
                    .iter()
                    .any(|w| gap.has(w))
    };
    (goal || rate || cues & crate::cues::SCHEDULE != 0) && !(goal && stated())
}

/// 的年度目标以内 after a figure: progress against a ceiling. Returns the tail's length and qualifier.
fn progress_tail(after: &str) -> Option<(usize, Option<Qualifier>)> {
    let tail = after.strip_prefix('的')?;
    let window: String = tail.chars().take(10).collect();
    let goal = ["目标", "计划", "指标", "控制线"]
        .iter()
        .filter_map(|g| window.find(g).map(|p| p + g.len()))
        .min()?;
    let rest = &tail[goal..];
    for (w, q) in [
        ("以内", Qualifier::Within),
        ("之内", Qualifier::Within),
        ("范围内", Qualifier::Within),
    ] {
        if rest.starts_with(w) {
            return Some(('的'.len_utf8() + goal + w.len(), Some(q)));
        }
    }
    None
}

/// A figure that is a starting point (由564亿元增加到945亿元, 从2015年的32%), not a statement.
/// `after`: the clause after the figure, which names where it went (提高到, 增至) when a few words
/// stand between 由 and the figure (由每人每年640元提高到670元).
fn is_baseline(gap: &str, after: &str) -> bool {
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
fn is_modifier(q: &Quantity, gap: &str, after: &str, before: &str) -> bool {
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

/// 完成…的43.7万亩高标准农田建设任务: a figure inside a task that was completed.
fn is_task_tail(cues: u32, after: &str) -> bool {
    cues & crate::cues::DONE != 0 && (after.ends_with("任务") || after.ends_with("目标"))
}

/// Whether the words before a task's figure in the year's work say it is done (已完成, 完成了),
/// not set (要完成, 完成…任务 as an order).
fn done_task(gap: &str) -> bool {
    ["已", "了", "超额"].iter().any(|w| gap.has(w))
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
                    p.stmt.canonical = c.canonical();
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
