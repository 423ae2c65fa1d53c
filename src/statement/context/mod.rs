//! Which part of a report a sentence stands in, and so the kind and period of its figures.
//!
//! A report reviews the past (actuals), sets this year's targets, and in plan years sets
//! five-year goals. Headings (一、2023年工作回顾; 二、“十四五”主要目标任务) and cue phrases
//! (主要预期目标是, 预计, 年均, 到2025年) move a reader between them; so does this module.

mod sections;
mod years;

pub(crate) use sections::{heading_text, main_targets_at, section_cue};
pub(crate) use years::{clause_year, years_written};
use years::{future_year, named_plan, plan_containing, this_year_at, vision_year, YEARS_AHEAD};

use crate::search::Words;
use crate::{period, Kind};
use std::borrow::Cow;

/// The part of a report a sentence belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// Review of the past year (or half-year, in a mid-year report).
    Review,
    /// Review of the past five-year plan period.
    Review5,
    /// This year's work and targets.
    Target,
    /// Five-year plan goals.
    Plan5,
}

/// What the report says of its own time.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Time {
    /// The year the report was given in.
    pub year: Option<i32>,
    /// A mid-year report: the review covers the first half of `year`.
    pub half_year: bool,
}

/// Where a section cue stands: a heading of the outline's top level (一、…), a heading below it
/// ((一)…), or running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    Top,
    Sub,
    /// A main-targets paragraph opening in running text (主要预期目标是:…).
    Targets,
    Text,
}

/// Whether a clause of the goals' part gives last year's figure (预计全年增长6%, 去年完成投资80亿元)
/// rather than this year's measured against it (比去年增加5600亿元, 今年新开工…, 去年开建的项目).
fn speaks_of_last_year(clause: &str) -> bool {
    if clause.has("今年") {
        return false;
    }
    if clause.has("预计") {
        // 预计全年退税减税2.5万亿元 in the year's work: the year ahead.
        return !clause.has("全年");
    }
    clause.match_indices("去年").any(|(p, _)| {
        let before = clause[..p].chars().next_back();
        let after = &clause[p + "去年".len()..];
        !matches!(before, Some('比' | '较' | '同' | '于' | '上'))
            && !after.starts_with('的')
            && !after.starts_with("同期")
            && !after.starts_with("开")
            && !after.starts_with("底")
    })
}

/// Whether a clause in a five-year review speaks of the whole period (年均, 累计, 较2015年)
/// rather than of where the last year ended (总量达945亿元).
fn spans_period(clause: &str) -> bool {
    [
        "年均",
        "累计",
        "五年",
        "十三五",
        "十二五",
        "较20",
        "是20",
        "比20",
        "新增",
        "控制在",
        "以内",
        "维持在",
        "稳定在",
        "连续",
    ]
    .iter()
    .any(|w| clause.has(w))
}

/// What a sentence says of time, read once for all its figures.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SentenceTime {
    /// It looks forward to a later year (到2025年) or a plan's end.
    pub future: bool,
    /// A five-year plan it names (not as a baseline).
    pub named: Option<(i32, i32)>,
    /// A long-range horizon it looks out to (展望2035年远景目标): its year.
    pub vision: Option<i32>,
    /// Where the first 今年 that speaks of the year ahead stands (see [`this_year_at`]), in bytes
    /// from the sentence's start.
    pub this_year: Option<usize>,
    /// It gives estimates (预计) or speaks of last year (去年).
    pub estimate: bool,
    /// It opens on the five years past (五年来, 过去五年): its figures cover the whole period.
    pub five_years: bool,
    /// It holds a 五 (else it names no plan, nor do its clauses).
    pub five: bool,
}

impl SentenceTime {
    /// Reads a sentence; `estimate`: it holds 预计 or 去年 (from the walk's cue pairs); `five`:
    /// it holds a 五 (from the walk's notes); `cues`: all its cue pairs (今年, 远景, 展望 among them).
    pub fn read(sentence: &str, time: Time, estimate: bool, five: bool, cues: u32) -> SentenceTime {
        SentenceTime {
            future: sentence.contains('到')
                && (future_year(sentence, time).is_some()
                    || sentence.has("到“十四五”末")
                    || sentence.has("到“十五五”末")),
            named: if five { named_plan(sentence) } else { None },
            vision: if cues & crate::cues::VISION != 0 {
                vision_year(sentence, time)
            } else {
                None
            },
            this_year: if time.half_year || cues & crate::cues::THIS_YEAR == 0 {
                None
            } else {
                this_year_at(sentence)
            },
            estimate,
            five_years: five && opens_on_five_years(sentence),
            five,
        }
    }
}

/// Whether a sentence opens on the five years past (五年来, 过去五年, 这五年).
pub(crate) fn opens_on_five_years(sentence: &str) -> bool {
    let lead = &sentence[..sentence
        .char_indices()
        .nth(12)
        .map_or(sentence.len(), |(i, _)| i)];
    lead.contains('五') && ["五年来", "过去五年", "这五年"].iter().any(|c| lead.has(c))
}

/// Where a sentence stands: the section it is in, the report's own time, and what the sentence
/// says of time.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Setting {
    pub section: Section,
    pub time: Time,
    pub sentence: SentenceTime,
    /// The sentence speaks of this year (今年…) before the clause read ends.
    pub this_year: bool,
}

/// Kind and period of a figure in a clause of a sentence standing in `setting`.
/// `cues`: the clause's cue pairs (from the walk); `clause_year`: [`clause_year`] of the clause
/// (a caller that has it already passes it on).
pub(crate) fn kind_and_period(
    setting: Setting,
    clause: &str,
    cues: u32,
    clause_year: impl FnOnce() -> Option<i32>,
) -> (Kind, Option<Cow<'static, str>>) {
    let Setting {
        section,
        time,
        sentence: st,
        this_year,
    } = setting;
    let y = time.year;
    let range = |(a, b): (i32, i32)| Some(period::span(a, b));
    let review_year = || {
        y.map(|y| {
            if time.half_year {
                period::half_year(y)
            } else {
                period::year(y - 1)
            }
        })
    };
    let target_year = || y.map(period::year);
    let explicit_future = st.future;
    let annual_average = cues & crate::cues::ANNUAL != 0;
    // An explicit plan name in the sentence wins over the section's default.
    let named = st.named;
    let opening = clause.trim_start();
    match section {
        Section::Plan5 => {
            let p = named
                .filter(|p| y.is_none_or(|y| p.1 >= y))
                .or_else(|| y.map(plan_containing));
            // Goals out to a far horizon run from the plan's start to it (2021-2035).
            let p = match (st.vision, p) {
                (Some(v), Some((a, _))) if named.is_none() => Some((a, v)),
                _ => p,
            };
            (Kind::Plan5, p.and_then(range))
        }
        Section::Target | Section::Review | Section::Review5 if explicit_future && !st.estimate => {
            let p = named.or_else(|| y.map(plan_containing));
            (Kind::Plan5, p.and_then(range))
        }
        Section::Target if annual_average => {
            let p = named
                .filter(|p| y.is_none_or(|y| p.1 >= y))
                .or_else(|| y.map(plan_containing));
            (Kind::Plan5, p.and_then(range))
        }
        Section::Target if cues & crate::cues::ESTIMATE != 0 && speaks_of_last_year(clause) => {
            (Kind::Actual, y.map(|y| period::year(y - 1)))
        }
        // …;五年内国家财政将投入200多亿元: a clause that opens on the years ahead speaks of the plan.
        Section::Target
            if YEARS_AHEAD
                .iter()
                .chain(&["五年内", "5年内"])
                .any(|w| opening.starts_with(w)) =>
        {
            (Kind::Plan5, y.map(plan_containing).and_then(range))
        }
        // “十二五”期间新建保障性住房210万套: the whole plan's goal, though in the year's work.
        Section::Target
            if named.is_some_and(|p| y.is_some_and(|y| p.0 <= y && y <= p.1))
                && ["”期间", "”时期", "”末"].iter().any(|w| clause.has(w)) =>
        {
            (Kind::Plan5, named.and_then(range))
        }
        // 规划“十二五”期间新建…210万套: the plan's goal, recalled in a review.
        Section::Review5 | Section::Review
            if named.is_some_and(|p| y.is_some_and(|y| p.0 <= y && y <= p.1))
                && ["规划", "计划"].iter().any(|w| opening.starts_with(w))
                && ["”期间", "”时期", "”末"].iter().any(|w| clause.has(w)) =>
        {
            (Kind::Plan5, named.and_then(range))
        }
        Section::Target => match clause_year() {
            // 2012年财政性教育经费支出占国内生产总值比重达到4% (in 2011's plan): a goal for a later
            // year is a long-range one.
            Some(cy) if y.is_some_and(|y| cy > y) && !time.half_year => {
                (Kind::Plan5, Some(period::year(cy)))
            }
            _ => (Kind::Target, target_year()),
        },
        // 今年力争…增长8%: the year ahead, wherever the report's outline stands.
        Section::Review5 | Section::Review
            if this_year && cues & crate::cues::ESTIMATE == 0 && !annual_average =>
        {
            (Kind::Target, target_year())
        }
        Section::Review5 | Section::Review
            if annual_average
                || st.five_years && !time.half_year
                || section == Section::Review5 && spans_period(clause)
                || st.five && named_plan(clause).is_some_and(|p| y.is_some_and(|y| p.1 < y))
                || time.half_year && named.is_some_and(|p| y.is_some_and(|y| p.1 == y)) =>
        {
            let last = |y: i32| if time.half_year { y } else { y - 1 };
            let p = named
                .filter(|p| y.is_none_or(|y| p.1 <= last(y)))
                .or_else(|| y.map(|y| (last(y) - 4, last(y))));
            (Kind::Actual, p.and_then(range))
        }
        Section::Review5 | Section::Review => match clause_year() {
            Some(cy) if y.is_none_or(|y| cy < y) => (Kind::Actual, Some(period::year(cy))),
            _ if section == Section::Review5 => (Kind::Actual, y.map(|y| period::year(y - 1))),
            _ => (Kind::Actual, review_year()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::sections::{lead, COME, FIVE, GO, YEAR};
    use super::*;

    const T: Time = Time {
        year: Some(2021),
        half_year: false,
    };

    #[test]
    fn headings_move_sections() {
        assert_eq!(
            section_cue("一、2020年工作回顾", T, Section::Review, false, true, true),
            Some((Section::Review, Origin::Top))
        );
        assert_eq!(
            section_cue(
                "二、“十四五”时期主要目标任务",
                T,
                Section::Review,
                false,
                true,
                true
            ),
            Some((Section::Plan5, Origin::Top))
        );
        assert_eq!(
            section_cue("三、2021年工作安排", T, Section::Review, false, true, true),
            Some((Section::Target, Origin::Top))
        );
        assert_eq!(
            section_cue(
                "（一）加快推动重大部署早见成效",
                T,
                Section::Review,
                false,
                true,
                true
            ),
            None
        );
        assert_eq!(
            section_cue(
                "今年全市经济社会发展的主要预期目标是:地区生产总值增长6%",
                T,
                Section::Review,
                false,
                true,
                true
            ),
            Some((Section::Target, Origin::Targets))
        );
        assert_eq!(
            section_cue(
                "主要预期目标基本实现",
                T,
                Section::Review,
                false,
                true,
                true
            ),
            None
        );
    }

    #[test]
    fn lead_holds_the_first_chars() {
        assert_eq!(lead("过去一年,我们"), ("过去一年,我们", GO | YEAR));
        let long = "五年来,全市上下奋力拼搏,经济社会发展取得了来之不易的成绩,下一步";
        let (l, held) = lead(long);
        assert_eq!(l.chars().count(), 24);
        assert!(long.starts_with(l));
        assert_eq!(held, FIVE | YEAR | COME);
        assert_eq!(lead("é𠀀x来").1, COME);
    }

    #[test]
    fn plans() {
        assert_eq!(plan_containing(2021), (2021, 2025));
        assert_eq!(plan_containing(2024), (2021, 2025));
        assert_eq!(plan_containing(2020), (2016, 2020));
        assert_eq!(named_plan("“十三五”时期"), Some((2016, 2020)));
    }

    #[test]
    fn kinds() {
        let k = |section, sentence: &str, clause: &str, time| {
            let st = SentenceTime::read(
                sentence,
                time,
                sentence.contains("预计"),
                sentence.contains('五'),
                crate::events::Events::scan(sentence).cue_mask(0, sentence.len()),
            );
            let setting = Setting {
                section,
                time,
                sentence: st,
                this_year: st.this_year.is_some(),
            };
            kind_and_period(
                setting,
                clause,
                crate::events::Events::scan(clause).cue_mask(0, clause.len()),
                || clause_year(clause),
            )
        };
        assert_eq!(
            k(Section::Review, "地区生产总值增长3%", "", T),
            (Kind::Actual, Some("2020".into()))
        );
        assert_eq!(
            k(Section::Review, "年均增长7%", "年均增长7%", T),
            (Kind::Actual, Some("2016-2020".into()))
        );
        assert_eq!(
            k(Section::Target, "增长6%", "", T),
            (Kind::Target, Some("2021".into()))
        );
        assert_eq!(
            k(Section::Target, "到2025年,地区生产总值年均增长6%", "", T),
            (Kind::Plan5, Some("2021-2025".into()))
        );
        let h = Time {
            year: Some(2020),
            half_year: true,
        };
        assert_eq!(
            k(Section::Review, "增长1%", "", h),
            (Kind::Actual, Some("2020H1".into()))
        );
    }
}
