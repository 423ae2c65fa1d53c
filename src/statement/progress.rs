//! Progress: figures and statements measured against a target (完成全年目标的52.4%, 超额完成
//! 年度任务, 主要经济指标好于预期), and the targets such a statement speaks of.

use super::name::clean_name;
use super::{marks_before, Id, Pending, Subject};
use crate::search::Words;
use crate::words;
use crate::{Kind, Qualifier};

/// Whether a goal or task names work of its own (高职扩招三年行动目标, 脱贫攻坚战), not the year's
/// or the plan's targets in general (全年预期目标, 国家下达的年度任务, 各项目标任务).
pub(super) fn names_work_of_its_own(name: &str) -> bool {
    let mut rest = name;
    // Peel the general words off both ends until none is left to peel.
    loop {
        let before = rest.len();
        for w in words::GENERAL_GOAL_WORDS {
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
pub(super) fn target_object(text: &str, from: usize, to: usize) -> Subject<'_> {
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

/// The phrase of `clause` that names targets in general, ending on its head (指标, 目标, 任务,
/// 计划) and starting after the words that say they were met (圆满完成了, 均, 没有实现).
pub(super) fn goal_phrase(clause: &str) -> Option<(usize, usize)> {
    // The first head, and the heads joined to it (主要目标和任务, 目标任务).
    let (at, head) = words::GOAL_HEADS
        .iter()
        .filter_map(|h| clause.find(h).map(|i| (i, *h)))
        .min()?;
    let mut end = at + head.len();
    loop {
        let rest = &clause[end..];
        let rest = rest.strip_prefix('和').unwrap_or(rest);
        match words::GOAL_HEADS.iter().find(|h| rest.starts_with(**h)) {
            Some(h) => end = clause.len() - rest.len() + h.len(),
            None => break,
        }
    }
    let mut start = at;
    while let Some(c) = clause[..start].chars().next_back() {
        let before = &clause[..start];
        if !(c == '“' || c == '”' || c.is_alphanumeric())
            || c.is_ascii_digit()
            || words::GOAL_OPENERS
                .iter()
                .chain(words::MANNER)
                .any(|w| before.ends_with(w))
        {
            break;
        }
        start -= c.len_utf8();
    }
    // Without the words of place and time that open it (全市, 今年).
    let phrase = clean_name(&clause[start..end]);
    let start = phrase.as_ptr() as usize - clause.as_ptr() as usize;
    let end = start + phrase.len();
    // A bare head (目标, 任务) says no more than the general name.
    (phrase.chars().count() > 2 && !crate::names::is_fragment(phrase)).then_some((start, end))
}

/// A gap that leads to a figure stated against a target: 完成全年目标的, 超过…目标, 完成率.
/// `cues`: the gap's cue pairs from the walk, so that most gaps need no search at all.
pub(super) fn is_progress_gap(gap: &str, cues: u32) -> bool {
    // A goal word that names planned work (计划项目) measures nothing against it.
    let goal = cues & crate::cues::GOAL != 0
        && ["目标", "任务", "指标", "计划"].iter().any(|w| {
            gap.match_indices(w)
                .any(|(p, _)| !gap[p + w.len()..].starts_with("项目"))
        });
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
    // 占总规划的38%: the share of a plan's whole that is done.
    let of_plan = gap.has("占总规划") || gap.has("占规划");
    (goal || rate || of_plan || cues & crate::cues::SCHEDULE != 0) && !(goal && stated())
}

/// 的年度目标以内 after a figure: progress against a ceiling. Returns the tail's length and qualifier.
pub(super) fn progress_tail(after: &str) -> Option<(usize, Option<Qualifier>)> {
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

/// 完成…的43.7万亩高标准农田建设任务: a figure inside a task that was completed.
pub(super) fn is_task_tail(cues: u32, after: &str) -> bool {
    cues & crate::cues::DONE != 0 && (after.ends_with("任务") || after.ends_with("目标"))
}

/// Whether the words before a task's figure in the year's work say it is done (已完成, 完成了),
/// not set (要完成, 完成…任务 as an order).
pub(super) fn done_task(gap: &str) -> bool {
    ["已", "了", "超额"].iter().any(|w| gap.has(w))
}

impl super::Sentence<'_> {
    /// Figures reported as meeting their targets are progress: …下降1.6%、…减少1%的节能减排目标
    ///预计可以完成 (the clause of the figures), …下降20%以上,均超额完成国家下达的目标任务 (the run of
    /// clauses with figures before it).
    pub(super) fn figures_done(&self, pending: &mut [Pending]) {
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
}
