//! Statements: an indicator, a verb and a figure (or a qualitative goal), with kind and period.
//!
//! One pass over the sentences of a doc. Each figure is tied to the indicator phrase before
//! it in its clause, or, when the clause only carries a verb (,增长25.7%), to the indicator
//! the sentence is about. 分别 lists share one indicator and split it (城乡 → 城镇, 农村).

use crate::words;
mod clauses;
mod context;
mod counted;
mod gaps;
mod heads;
mod lists;
mod measure;
mod name;
mod parts;
mod progress;
mod qualitative;
mod rank;
mod subject;
mod verb;
mod walk;

use counted::{counted_noun, done_before, done_in_full, planned_work};
use gaps::{aspiration, is_baseline, is_list_gap, is_modifier, states_target};
use heads::{headed_phrase, share_subject};
use lists::{distribute_lists, joined_names};
use name::{clean_name, other_subject, strip_actions};
use parts::{co_subjects, name_parts, says_all};
use progress::{done_task, is_progress_gap, is_task_tail, progress_tail};
use subject::{Id, Subject};

pub(crate) use context::Time;
pub(crate) use walk::extract;

use crate::search::Words;

use crate::indicator;
use crate::period;
use crate::quantity::{self, Quantity, Unit};
use crate::{Kind, Record, Span};
use context::Section;
use std::borrow::Cow;

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

/// How many of a sentence's clause marks (ascending) stand before `at`.
fn marks_before(marks: &[usize], at: usize) -> usize {
    crate::events::count_before(marks, |m| *m < at)
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
            let is_rank = rank::is_rank(text, q);
            if subject
                .as_ref()
                .is_some_and(|s| !self.near(s.start, cs) || rank::is_rank_subject(s) && !is_rank)
            {
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
            let done = done_in_full(text, q, noun_to, ce);
            let counted = done.or_else(|| counted_noun(text, q, noun_to, false));
            let done = done.or_else(|| {
                counted.filter(|n| planned_work(n.name) && done_before(&text[gap_from..q.start]))
            });
            let baseline = is_baseline(gap, after);
            if baseline
                || counted.is_none() && is_modifier(q, gap, after, &text[self.start..q.start])
            {
                let ranked = (baseline && is_rank)
                    .then(|| rank::subject(text, gap_from, q, subject))
                    .flatten();
                if ranked.is_some() {
                    // 从全省第7位跃升到第5位: where the rank started.
                    subject = ranked;
                } else if let Some(share) = share_subject(text, gap_from, q.start, &found) {
                    // 工业增加值占GDP的比重,由46.2%提高到47.7%: the share moves, not the economy.
                    subject = Some(share);
                } else if let Some(f) = found.last() {
                    subject = Some(Subject::from_found(f));
                } else if baseline || gap.trim_end().ends_with('每') {
                    // 补助标准由每人每年640元提高到670元: the words before 由 name what moves;
                    // 小麦最低收购价每50公斤提高5到7元: the words before 每 name what is priced.
                    let to = gap_from
                        + if baseline {
                            gap.rfind(['由', '从']).unwrap_or(0)
                        } else {
                            // …最低收购价平均每50公斤: 平均 goes with 每.
                            gap.rfind('每')
                                .map_or(0, |p| gap[..p].trim_end_matches("平均").len())
                        };
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
                // 保障性住房、棚户区改造住房共1000万套: one figure, the list's total, named whole.
                let total = text[f.end..q.start]
                    .find_word("共")
                    .filter(|_| co.len() > 1)
                    .map(|p| f.end + p)
                    .and_then(|end| {
                        let name = clean_name(&text[co[0].start..end]);
                        other_subject(text, co[0].start, end, name)
                    });
                if let Some(whole) = total {
                    subject = Some(whole);
                    co = vec![whole];
                }
                // 城镇居民和农村居民人均可支配收入均增长8%: one figure for each member.
                let all = says_all(&text[f.end..q.start]);
                if co.len() == 1 && co[0].pair.len() >= 2 && all {
                    co = parts::members(text, &co[0]);
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
                        // 城镇保障性住房覆盖面: the modifiers before the phrase too.
                        subject = Some(
                            Some(())
                                .filter(|_| v_before.is_none())
                                .and_then(|_| {
                                    heads::with_modifiers(text, gap_from, f.start, headed)
                                })
                                .unwrap_or(headed),
                        );
                    } else if let Some(whole) = Some(())
                        .filter(|_| v_before.is_none())
                        .and_then(|_| heads::modified_phrase(text, gap_from, f))
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
                // “十三五”时期经济年均增长保持在6.5%以上, “十一五”年均增长7.5%: the economy's growth.
                let economy = name::names_the_economy(name);
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
                // 建设…项目3800个,总投资…; 规上工业增加值…、利润…; 做大做强…产业,…营业收入…: a
                // bare measure of the projects, holder or industry in view.
                let held = held_measure(text, self.start, name_from, name, subject);
                if held.is_some() {
                    subject = held;
                }
                let measure =
                    subject.is_some() && (words::MEASURE_WORDS.contains(&name) || held.is_some());
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
                // 消除60%的城市黑臭水体: a share of the thing after it, whatever is in view.
                let share_of = name.is_empty()
                    && text[q.end..noun_to].starts_with('的')
                    && q.unit.as_ref().is_some_and(|u| u.base == "%");
                let after_noun = if name.is_empty() && untied || acts || share_of {
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
                if economy {
                    stmt.span.start = name_from + (raw.len() - raw.trim_start().len());
                    subject = Some(Subject::member(stmt.span.start, "经济增长"));
                } else if let Some(noun) = after_noun {
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
                        co = parts::joined_parts(text, sub);
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
            // 常住人口超过2000万: a bare magnitude of people counts people.
            let people = match stmt.unit.as_deref() {
                Some("万") => Some("万人"),
                Some("亿") => Some("亿人"),
                _ => None,
            };
            if let Some(u) =
                people.filter(|_| ["人口", "人数"].iter().any(|w| stmt.indicator.ends_with(w)))
            {
                stmt.unit = Some(Cow::Borrowed(u));
            }
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
        distribute_lists(self.text, pending);
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

    /// Whether an indicator named at `at` still governs a clause starting at `clause`
    /// (it was named in that clause or at most two clauses before).
    fn near(&self, at: usize, clause: usize) -> bool {
        let a = marks_before(self.bounds, at);
        let c = marks_before(self.bounds, clause);
        at >= clause || c - a <= 2
    }
}

/// Lexicon entries that name targets in general rather than an indicator.
const GENERIC: [&str; 3] = [
    "other:main_targets",
    "other:plan_targets",
    "other:main_indicators",
];

/// What a place or an actor spends or earns, named before its verb (集美新城要完成投资235亿元,
/// 重点项目完成年度投资): the actor's name and the measure after the verb (集美新城投资).
fn actor_spending<'a>(
    text: &'a str,
    from: usize,
    v: Option<verb::Verb>,
    figure: usize,
) -> Option<Subject<'a>> {
    const SPENDING: [&str; 5] = ["投资", "年度投资", "总投资", "营业收入", "产值"];
    // 中央财政将投入100亿元: what an actor is to put in, named by the act (中央财政投入).
    let gap = text[from..figure].trim_end();
    if let Some(before) = gap
        .strip_suffix("投入")
        .filter(|b| b.ends_with(['将', '要', '拟', '再']))
    {
        let before = before.trim_end_matches(['要', '将', '拟', '再', '共', '每', '年']);
        let mut actor = clean_name(before);
        // 今后五年中央财政…: the span is the goal's period, not the actor's name.
        while let Some(r) = ["今后五年", "未来五年", "五年内", "今后", "每年"]
            .iter()
            .find_map(|w| actor.strip_prefix(w))
        {
            actor = r;
        }
        let actor = other_subject(text, from, from + before.len(), actor).filter(|a| {
            !crate::names::is_fragment(a.name) && crate::names::action_at(a.name).is_none()
        })?;
        return Some(Subject {
            tail: &gap[gap.len() - "投入".len()..],
            ..actor
        });
    }
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

/// The subject a bare measure word (`name`, at `name_from` in the sentence from `start`) names
/// with the subject in view: the projects counted (…项目3800个,总投资1万亿元 → …项目总投资), the
/// holder of another measure (规上工业增加值…、利润… → 规上工业利润), or the industry the sentence
/// opens on building up (做大做强光伏新能源产业,…营业收入 → 光伏新能源产业营业收入).
fn held_measure<'a>(
    text: &'a str,
    start: usize,
    name_from: usize,
    name: &'a str,
    subject: Option<Subject<'a>>,
) -> Option<Subject<'a>> {
    if words::PROJECT_MEASURES.contains(&name) {
        return subject
            .filter(|s| {
                (s.tail.is_empty() || words::PROJECT_MEASURES.contains(&s.tail))
                    && (s.name.ends_with("项目") || s.name.ends_with("工程"))
            })
            .map(|s| Subject { tail: name, ..s })
            .or_else(|| subject.filter(|s| s.tail == name));
    }
    if !words::HOLDER_MEASURES.contains(&name) {
        return None;
    }
    let holder = subject.filter(|s| s.lead.is_empty()).and_then(|s| {
        let (holder, m) = if words::HOLDER_MEASURES.contains(&s.tail) {
            (s.name, s.tail)
        } else if s.tail.is_empty() {
            let m = words::HOLDER_MEASURES
                .iter()
                .find(|m| s.name.ends_with(**m) && s.name.len() > m.len())?;
            (&s.name[..s.name.len() - m.len()], *m)
        } else {
            return None;
        };
        (m != name && holder.chars().count() >= 2).then_some(Subject {
            name: holder,
            word: None,
            id: Id::Other(name),
            pair: &[],
            tail: name,
            ..s
        })
    });
    holder
        .or_else(|| subject.filter(|s| s.tail == name))
        .or_else(|| {
            built_industry(text, start, name_from).map(|industry| Subject {
                tail: name,
                id: Id::Other(name),
                ..industry
            })
        })
}

/// The industry a sentence opens on building up (做大做强光伏新能源产业,…), when its first
/// clause, before `to`, is that and nothing more.
fn built_industry(text: &str, start: usize, to: usize) -> Option<Subject<'_>> {
    let head = text.get(start..to)?.trim_start();
    let verb = words::GROWING_INDUSTRIES
        .iter()
        .find(|w| head.starts_with(**w))?;
    let rest = &head[verb.len()..];
    let end = rest.find([',', '，', ';', '。'])?;
    let industry = &rest[..end];
    let n = industry.chars().count();
    ((3..=12).contains(&n)
        && industry.ends_with("产业")
        && industry.chars().all(crate::normalize::is_han))
    .then(|| {
        Subject::phrase(
            industry.as_ptr() as usize - text.as_ptr() as usize,
            industry,
        )
    })
}

/// End of a clause without trailing spaces.
fn trim_end(text: &str, from: usize, to: usize) -> usize {
    from + text[from..to].trim_end().len()
}
