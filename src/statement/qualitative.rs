//! Goals and progress stated without a figure: 居民收入增长与经济增长同步, 超额完成年度计划.

use super::context::Section;
use crate::search::{first_of, Words};

/// What a clause without a figure says, if it states a goal or progress at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Qualitative {
    pub verb: &'static str,
    /// Byte offset of the verb inside the clause (where the indicator phrase must end).
    pub at: usize,
    /// Whether only the subject (the first indicator) is meant: 居民收入与经济增长同步.
    pub subject_only: bool,
    /// Whether this reads as progress against a target rather than a goal.
    pub progress: bool,
    /// Whether the indicator may stand after the verb (完成国家下达的能耗“双控”目标).
    pub object_ok: bool,
    /// The clause says no target is set (没有提出全年经济增速具体目标).
    pub absent: bool,
}

fn has_goal_word(s: &str) -> bool {
    s.has("目标") || s.has("任务") || s.has("计划") || s.has("指标")
}

use crate::cues::*;

/// Outside goal sections a clause needs one of these pairs to read as anything.
const REVIEW_CUES: u32 = GOAL | DRIFT | EXPECT | DONE | ACHIEVE;

/// How a past year's work stood against what was expected of it (好于预期, 未能达到年初预期).
const AGAINST_EXPECTATION: [&str; 10] = [
    "好于预期",
    "符合预期",
    "高于预期",
    "低于预期",
    "不及预期",
    "超出了预期",
    "超出预期",
    "超过预期",
    "好于年初预期",
    "预期性成果",
];

/// Work done in full (全部完成, 圆满完成, 胜利收官): progress without a goal word.
const DONE_IN_FULL: [&str; 5] = ["全部完成", "全面完成", "圆满完成", "如期完成", "顺利完成"];

/// Falling short (未能达到年初预期, 没有实现年初定下的计划), with a goal or expectation named.
const SHORT_OF: [&str; 6] = [
    "未能达到",
    "未达到",
    "没有达到",
    "没有实现",
    "未能实现",
    "没有完成",
];

/// Whether any clause of a sentence whose cue pairs are `m` may read as a statement in `section`
/// (outside goal sections most sentences may not, and are not read clause by clause).
pub(crate) fn possible(section: Section, m: u32) -> bool {
    matches!(section, Section::Target | Section::Plan5) || m & REVIEW_CUES != 0
}

/// Reads a clause (no figure in it) in the light of its section.
/// `headline`: the clause stands in the main-targets paragraph, where any indicator with a
/// direction (继续下降, 稳定改善, 基本平衡) states a goal.
/// `m`: the clause's cue pairs (see [`pair`]).
pub(crate) fn read(clause: &str, section: Section, headline: bool, m: u32) -> Option<Qualitative> {
    // The centenary goals (百年奋斗目标) are the Party's aims, not a plan's targets.
    if m & GOAL != 0 && clause.has("百年奋斗目标") {
        return None;
    }
    if m & GOAL != 0 && clause.contains(['提', '设']) {
        if let Some(at) = no_target(clause) {
            return Some(Qualitative {
                verb: "未设定",
                at,
                subject_only: true,
                progress: false,
                object_ok: true,
                absent: true,
            });
        }
    }
    let goal = matches!(section, Section::Target | Section::Plan5);
    // Every cue below holds one of these character pairs (or ends the clause): one walk decides.
    let doubling = goal && clause.contains('翻');
    let ends_growing =
        goal && ["增长", "有升", "稳定"].iter().any(|w| clause.ends_with(w)) || doubling;
    let wanted = if goal {
        SYNC | FLAT | SAME | IMPROVE | RAISE | CONTROL | DONE
    } else {
        REVIEW_CUES
    };
    if m & wanted == 0 && !ends_growing {
        // In a main-targets list any direction states a goal (the specific wordings first).
        return figureless_goal(clause, section, headline);
    }
    let has = |bit: u32| m & bit != 0;
    let q = |verb: &'static str, at, subject_only, progress| {
        Some(Qualitative {
            verb,
            at,
            subject_only,
            progress,
            object_ok: verb.ends_with("完成") || verb == "控制在",
            absent: false,
        })
    };
    if goal {
        // 比2010年翻一番, 在2020年基础上实现翻番: a doubling set as a goal (value null by convention).
        if let Some((w, p)) = Some(())
            .filter(|_| doubling)
            .and_then(|_| first_of(clause, &["翻一番", "翻两番", "翻三番", "翻番"]))
        {
            return q(w, p, false, false);
        }
        if let Some((_, p)) = first_of(clause, &["同步"]).filter(|_| has(SYNC)) {
            return q("同步", p, true, false);
        }
        if let Some((_, p)) = first_of(clause, &["持平"]).filter(|_| has(FLAT)) {
            return q("持平", p, true, false);
        }
        if let Some((w, p)) = Some(())
            .filter(|_| has(SAME))
            .and_then(|_| first_of(clause, &["保持基本一致", "基本一致", "保持一致", "一致"]))
        {
            return q(
                if w == "保持基本一致" {
                    w
                } else {
                    "一致"
                },
                p,
                true,
                false,
            );
        }
        for w in [
            "稳步增长",
            "平稳增长",
            "稳定增长",
            "持续增长",
            "较快增长",
            "同步增长",
            "稳中有升",
        ] {
            if clause.ends_with(w) {
                return q(w, clause.len() - w.len(), false, false);
            }
        }
        if let Some((_, p)) = Some(()).filter(|_| has(IMPROVE)).and_then(|_| {
            first_of(
                clause,
                &[
                    "进一步改善",
                    "持续改善",
                    "明显改善",
                    "稳步改善",
                    "不断改善",
                    "总体改善",
                ],
            )
        }) {
            return q("改善", p, false, false);
        }
        if let Some((_, p)) = Some(())
            .filter(|_| has(RAISE))
            .and_then(|_| first_of(clause, &["持续提升", "稳步提升", "进一步提升", "不断提升"]))
        {
            return q("提升", p, false, false);
        }
        if let Some((_, p)) = Some(())
            .filter(|_| has(CONTROL))
            .and_then(|_| first_of(clause, &["控制在"]))
        {
            if clause[p..].has("范围") || has_goal_word(&clause[p..]) {
                return q("控制在", p, false, false);
            }
        }
        if let Some((_, p)) = Some(())
            .filter(|_| has(DONE) && has(GOAL))
            .and_then(|_| first_of(clause, &["完成"]))
        {
            {
                return q("完成", p, false, false);
            }
        }
        if clause.ends_with("稳定") && clause.starts_with("确保") {
            return q("稳定", clause.len() - "稳定".len(), false, false);
        }
        return figureless_goal(clause, section, headline);
    }
    // 如期打赢脱贫攻坚战, 提前实现, “十三五”规划胜利收官: achieved as planned, or ahead of it.
    if let Some((w, p)) = Some(()).filter(|_| has(ACHIEVE)).and_then(|_| {
        first_of(
            clause,
            &[
                "提前一年实现",
                "提前实现",
                "提前一年完成",
                "如期打赢",
                "胜利收官",
            ],
        )
    }) {
        return q(w, p, false, true);
    }
    if let Some((w, p)) = Some(())
        .filter(|_| has(EXPECT))
        .and_then(|_| first_of(clause, &AGAINST_EXPECTATION))
    {
        return q(w, p, false, true);
    }
    // Every wording of falling short holds 未 or 没.
    if let Some((w, p)) = Some(())
        .filter(|_| (has(EXPECT) || has(GOAL)) && clause.contains(['未', '没']))
        .and_then(|_| first_of(clause, &SHORT_OF))
    {
        return q(w, p, false, true);
    }
    if has(DONE) && !has(GOAL) {
        // Done in full at the clause's end (…三年行动圆满完成), not a step of the work (全面完成了改造,…),
        // and of something planned: a programme of 实事, an action plan, a plan (a reform done is
        // an achievement, measured against nothing).
        let end = clause.trim_end();
        if let Some(w) = DONE_IN_FULL
            .iter()
            .find(|w| end.len() > w.len() && end.ends_with(**w))
        {
            if ["实事", "行动", "规划", "计划"].iter().any(|p| end.has(p)) {
                return q(w, end.len() - w.len(), false, true);
            }
        }
    }
    if let Some((w, p)) = Some(()).filter(|_| has(DONE) && has(GOAL)).and_then(|_| {
        first_of(
            clause,
            &[
                "超额完成",
                "提前完成",
                "全面完成",
                "顺利完成",
                "较好完成",
                "总体完成",
                "圆满完成",
                "基本完成",
                "完成",
            ],
        )
    }) {
        {
            let verb = match w {
                "超额完成" | "提前完成" => w,
                _ => "完成",
            };
            return q(verb, p, false, true);
        }
    }
    if let Some((_, p)) = Some(())
        .filter(|_| has(CONTROL))
        .and_then(|_| first_of(clause, &["控制在"]))
    {
        if clause[p..].has("范围") || has_goal_word(&clause[p..]) {
            return q("控制在", p, false, true);
        }
    }
    if let Some((w, p)) = Some(())
        .filter(|_| has(REALIZE))
        .and_then(|_| first_of(clause, &["基本实现", "实现"]))
    {
        if clause.has("目标") {
            return q(w, p, false, true);
        }
    }
    if let Some((_, p)) = Some(())
        .filter(|_| has(GAP))
        .and_then(|_| first_of(clause, &["有差距", "存在差距", "有一定差距", "有较大差距"]))
    {
        if has_goal_word(clause) {
            return q("有差距", p, false, true);
        }
    }
    if let Some((_, p)) = Some(())
        .filter(|_| has(DRIFT))
        .and_then(|_| first_of(clause, &["脱幅较大"]))
    {
        return q("脱幅较大", p, false, true);
    }
    if let Some((_, p)) = Some(())
        .filter(|_| has(EXPECT))
        .and_then(|_| first_of(clause, &["超出了预期", "超出预期", "超过预期"]))
    {
        return q("超出", p, false, true);
    }
    if let Some(p) = Some(())
        .filter(|_| has(OVER))
        .and_then(|_| clause.find_word("均超"))
    {
        if has_goal_word(clause) {
            return q("超过", p, false, true);
        }
    }
    // 超过全年预期目标, 低于年初确定的目标: a figure just given, against its target.
    if let Some((w, p)) = Some(())
        .filter(|_| has(GOAL) && clause.contains(['超', '高', '低', '好']))
        .and_then(|_| first_of(clause, &["超过", "超出", "高于", "低于", "好于"]))
    {
        if has_goal_word(&clause[p..]) {
            return q(w, p, false, true);
        }
    }
    None
}

/// Where a clause says that no growth target is set (没有提出全年经济增速具体目标, 不设定
///经济增长目标): the offset of its verb.
fn no_target(clause: &str) -> Option<usize> {
    let (_, at) = first_of(
        clause,
        &[
            "没有提出",
            "未提出",
            "不提出",
            "没有设定",
            "未设定",
            "不设定",
            "没有设置",
            "不设置",
            "不再设定",
        ],
    )?;
    let rest = &clause[at..];
    (rest.has("目标")
        && ["增速", "增长", "生产总值", "GDP"]
            .iter()
            .any(|w| rest.has(w)))
    .then_some(at)
}

/// Directions that end a goal of a main-targets list (国际收支基本平衡, 生态环境进一步改善, 贫困人口全部
/// 脱贫).
const LIST_ENDS: [&str; 34] = [
    "下降",
    "改善",
    "提升",
    "提高",
    "增长",
    "平衡",
    "优化",
    "稳定",
    "减少",
    "降低",
    "好转",
    "向好",
    "提质",
    "彰显",
    "健全",
    "有力",
    "完善",
    "增强",
    "形成",
    "建成",
    "前列",
    "成效",
    "突破",
    "翻一番",
    "翻番",
    "活力",
    "有质量",
    "转变",
    "迈进",
    "平均水平",
    "前列水平",
    "缩小",
    "脱贫",
    "摘帽",
];

/// Degree and comparison words that open a goal's predicate (更加稳健, 显著提升, 基本形成, 高于全省
/// 平均水平): the name ends there.
const DEGREES: [&str; 22] = [
    "更加",
    "大幅",
    "逐步",
    "提前",
    "率先",
    "全部",
    "进一步",
    "显著",
    "明显",
    "基本",
    "持续",
    "稳步",
    "全面",
    "不断",
    "根本",
    "稳中",
    "取得",
    "实现",
    "走在",
    "高于",
    "快于",
    "进入",
];

/// Predicates that open a goal and name it after them (基本建成…创新中心, 基本实现…现代化).
const OPENERS: [&str; 4] = ["基本建成", "基本实现", "基本形成", "形成"];

/// A goal without a figure where no cue word states one: any direction in a main-targets list
/// ([`list_goal`]); in a plan's goals, a shift the plan is to bring about (推动产业层级从中初级为主
/// 向中高端为主转变: named by the words between 推动 and 从).
fn figureless_goal(clause: &str, section: Section, headline: bool) -> Option<Qualitative> {
    if headline {
        return list_goal(clause);
    }
    // 县域地区生产总值增速高于全省平均水平: a goal set against the average, anywhere in the goals.
    let goals = matches!(section, Section::Plan5 | Section::Target);
    if goals && clause.ends_with("平均水平") {
        if let Some((w, at)) =
            first_of(clause, &["高于", "快于", "不低于", "超过"]).filter(|(_, p)| *p > 0)
        {
            return Some(Qualitative {
                verb: w,
                at,
                subject_only: false,
                progress: false,
                object_ok: false,
                absent: false,
            });
        }
    }
    if section != Section::Plan5 || !clause.starts_with("推动") {
        return None;
    }
    let end = ["转变", "迈进"].into_iter().find(|w| clause.ends_with(w))?;
    let from = clause.find_word("从")?;
    (clause[from..].has("向") && from > "推动".len() + 3).then_some(Qualitative {
        verb: end,
        at: from,
        subject_only: false,
        progress: false,
        object_ok: false,
        absent: false,
    })
}

/// A goal without a figure in a main-targets list (the year's or a plan's): a name, then a
/// direction at the clause's end (or a degree word and a short predicate: 经济运行更加稳健), or a
/// predicate that opens the clause and names it after.
fn list_goal(clause: &str) -> Option<Qualitative> {
    let goal = |verb: &'static str, at: usize, object_ok: bool| {
        Some(Qualitative {
            verb,
            at,
            subject_only: false,
            progress: false,
            object_ok,
            absent: false,
        })
    };
    if let Some(w) = OPENERS
        .iter()
        .find(|w| clause.starts_with(**w) && clause.len() > w.len() + 3)
    {
        return goal(w, 0, true);
    }
    // The first degree word that opens a short predicate: an earlier one may be part of the
    // name (基本公共服务均等化水平全面提升), a later one part of the predicate (更加显著).
    let degree = first_of(clause, &DEGREES)
        .filter(|(_, p)| *p > 0)
        .map(|(w, p)| {
            let short = |p: usize| clause[p..].chars().count() <= 8;
            if short(p) {
                return (w, p);
            }
            DEGREES
                .iter()
                .filter_map(|w| clause.rfind(w).map(|p| (*w, p)))
                .filter(|&(_, p)| short(p))
                .min_by_key(|&(_, p)| p)
                .unwrap_or((w, p))
        });
    // 推动产业层级从中初级为主向中高端为主转变: the name ends at 从.
    let from = clause
        .find_word("从")
        .filter(|_| clause.has("向") && clause.ends_with(['变', '进']));
    if let Some(end) = LIST_ENDS
        .iter()
        .find(|w| clause.ends_with(**w) && clause.len() > w.len())
    {
        let at = from
            .or(degree.map(|(_, p)| p))
            .unwrap_or(clause.len() - end.len());
        return goal(end, at, false);
    }
    // 经济运行更加稳健, 就业更加充分更有质量: a degree word close to the clause's end.
    let (w, p) = degree?;
    (clause[p + w.len()..].chars().count() <= 6).then_some(())?;
    goal(w, p, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(clause: &str) -> u32 {
        let mut prev = '\0';
        let mut m = 0;
        for c in clause.chars() {
            m |= pair(prev, c);
            prev = c;
        }
        m
    }

    fn read_(clause: &str, section: Section) -> Option<Qualitative> {
        read(clause, section, false, cues(clause))
    }

    #[test]
    fn any_direction_in_the_main_targets() {
        assert_eq!(
            read("单位生产总值能耗继续下降", Section::Target, true, 0)
                .unwrap()
                .verb,
            "下降"
        );
        assert!(read("单位生产总值能耗继续下降", Section::Target, false, 0).is_none());
    }

    #[test]
    fn goals() {
        assert_eq!(
            read_("居民收入增长与经济增长同步", Section::Target)
                .unwrap()
                .verb,
            "同步"
        );
        assert_eq!(
            read_("外贸进出口与上年持平", Section::Target).unwrap().verb,
            "持平"
        );
        assert_eq!(
            read_("居民收入稳步增长", Section::Target).unwrap().verb,
            "稳步增长"
        );
        assert_eq!(
            read_("生态环境质量进一步改善", Section::Target)
                .unwrap()
                .verb,
            "改善"
        );
        assert_eq!(
            read_("完成省下达的节能减排目标任务", Section::Target)
                .unwrap()
                .verb,
            "完成"
        );
        assert!(read_("加快建设现代产业体系", Section::Target).is_none());
    }

    #[test]
    fn progress() {
        let p = read_("超额完成年度投资计划", Section::Review).unwrap();
        assert!(p.progress);
        assert_eq!(p.verb, "超额完成");
        assert!(read_("完成了一批重点工程", Section::Review).is_none());
    }
}
