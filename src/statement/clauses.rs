//! Clauses without figures in the sentence walk: qualitative goals and progress
//! (进出口促稳提质, 如期打赢脱贫攻坚战) and the numbered slogans that name no indicator.

use super::heads::share_subject;
use super::name::{clean_name, other_subject, strip_actions};
use super::parts::{self, co_subjects, judged_parts, name_parts};
use super::progress::{names_work_of_its_own, target_object};
use super::{context, marks_before, qualitative, trim_end, Id, Sentence, Subject, GENERIC};
use crate::indicator::{self, Found};
use crate::period;
use crate::search::Words;
use crate::words::MANNER;
use crate::{Kind, Record, Span};
use std::borrow::Cow;

impl<'a> Sentence<'a> {
    /// Qualitative goals and progress in the clauses of `from..to` (no figures there).
    /// Returns the indicators the last such clause enumerates (two or more), if any.
    /// `track`: figures follow in the sentence, so the indicators named here matter to them.
    pub(super) fn qualitative(
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
            // The slogan check only matters for a clause that reads as a statement (most do not).
            let read = if possible {
                qualitative::read(clause, self.section, in_headline, self.cue_mask(c, ce))
                    .filter(|_| !names_goals_elsewhere(clause))
            } else {
                None
            };
            if read.is_none() && c < track_from {
                c = ce + text[ce..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            let found = indicator::find_all(text, c, ce);
            if let Some(f) = found.last() {
                // 提高工业增加值占GDP的比重,由…: the share, not the economy.
                *subject = Some(
                    share_subject(text, c, ce, &found).unwrap_or_else(|| Subject::from_found(f)),
                );
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
                            // 实现了…目标: the aspect word is the verb's.
                            let from = at + ql.verb.len();
                            let from = from
                                + if text[from..].starts_with('了') {
                                    '了'.len_utf8()
                                } else {
                                    0
                                };
                            let to = trim_end(text, from.min(ce), ce);
                            let whole = clean_name(text.get(from..to).unwrap_or(""));
                            // A list of tasks (确诊患者“零死亡”、医护人员“零感染”目标) is kept whole
                            // for its parts: an action inside one member cuts no other.
                            let name = if judged_parts(text, whole).is_empty() {
                                strip_actions(whole).0
                            } else {
                                whole
                            };
                            other_subject(text, from, to, name).filter(|_| {
                                !generic
                                    && !crate::names::is_fragment(name)
                                    && names_work_of_its_own(name)
                            })
                        };
                        let sub = own()
                            .or_else(done)
                            .or(if generic { None } else { *subject })
                            .unwrap_or_else(|| target_object(text, c, ce));
                        // 政府债务化解和融资平台改革转型年度任务超额完成: each task judged.
                        let parts = judged_parts(text, sub.name);
                        if parts.is_empty() {
                            vec![sub]
                        } else {
                            parts
                        }
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
                        || matches!(kind, Kind::Plan5 | Kind::Target)
                            && matches!(ql.verb, "高于" | "快于" | "不低于" | "超过")
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
                        // 新型工业化、信息化、城镇化和农业现代化: a part joined by 和 is two goals.
                        let parts = |sub| {
                            let parts = name_parts(text, sub);
                            let parts = if parts.is_empty() { vec![sub] } else { parts };
                            parts
                                .into_iter()
                                .flat_map(|p| {
                                    let joined = parts::goal_parts(text, p);
                                    if joined.is_empty() {
                                        vec![p]
                                    } else {
                                        joined
                                    }
                                })
                                .collect()
                        };
                        named.map_or_else(Vec::new, parts)
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
                } else if ql.progress && GENERIC.contains(&before[0].entry.canonical) {
                    // 胜利完成“十一五”规划的主要目标和任务: the targets as the clause names them.
                    vec![target_object(text, c, ce)]
                } else if ql.progress {
                    // 服务业增加值和就业比重、研发经费支出占国内生产总值比重没有完成…目标: each named.
                    let parts = judged_parts(text, clean_name(&text[c..at]));
                    if parts.is_empty() {
                        vec![Subject::from_found(before[0])]
                    } else {
                        parts
                    }
                } else if ql.subject_only {
                    vec![Subject::from_found(before[0])]
                } else {
                    before.iter().map(|f| Subject::from_found(f)).collect()
                };
                // A combined phrase names two indicators: 粮食播种面积和产量 → 粮食播种面积, 粮食产量.
                let subjects: Vec<Subject<'_>> = subjects
                    .into_iter()
                    .flat_map(|s| {
                        let joined = text
                            .get(s.start..s.start + s.name.len())
                            .is_some_and(|t| t.contains(['和', '、']));
                        if s.pair.len() == 2 && !ql.progress && !ql.subject_only && joined {
                            // 城镇、农村居民收入: the members as written, where they are.
                            match parts::written_members(text, &s) {
                                Some(written) => written.to_vec(),
                                None => {
                                    s.pair.iter().map(|m| Subject::member(s.start, m)).collect()
                                }
                            }
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
pub(super) const SLOGAN_NUMERALS: [char; 11] = [
    '一', '两', '二', '三', '四', '五', '六', '七', '八', '九', '十',
];

/// Whether a quoted numbered slogan (“两个提前”) opens `s` at a quote.
pub(super) fn slogan_at(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next() == Some('“')
        && chars.next().is_some_and(|c| SLOGAN_NUMERALS.contains(&c))
        && chars.next() == Some('个')
}

/// Whether a clause only names goals read where they are spelled out: numbered slogans listed
/// (力争实现“一个翻番、两个提前”目标), or one opening its spelling out (“两个提前”,即…).
pub(super) fn names_goals_elsewhere(clause: &str) -> bool {
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
pub(super) fn names_slogans(sentence: &str) -> bool {
    sentence
        .match_indices('“')
        .any(|(p, _)| slogan_at(&sentence[p..]))
        && sentence.has("”目标")
}

/// Whether a sentence spells a numbered slogan out (“两个提前”，即…).
pub(super) fn spells_out_slogan(sentence: &str) -> bool {
    let t = sentence.trim_start();
    slogan_at(t)
        && t.find('”').is_some_and(|p| {
            t[p..]
                .trim_start_matches(['”', ',', '，', ' '])
                .starts_with('即')
        })
}
