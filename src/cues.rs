//! The cue words of the engine: character pairs (同步, 目标, 完成, 今年 …) whose second char the
//! one walk over the text notes (`events`), each with its bit; the stages above read a clause's
//! cues as one mask of these bits. The bottom layer: it depends on nothing of the crate.

// Character pairs the cues need, as bits of one mask.
pub(crate) const SYNC: u32 = 1;
pub(crate) const FLAT: u32 = 1 << 1;
pub(crate) const SAME: u32 = 1 << 2;
pub(crate) const IMPROVE: u32 = 1 << 3;
pub(crate) const RAISE: u32 = 1 << 4;
pub(crate) const CONTROL: u32 = 1 << 5;
pub(crate) const DONE: u32 = 1 << 6;
pub(crate) const GOAL: u32 = 1 << 7;
pub(crate) const DRIFT: u32 = 1 << 8;
pub(crate) const EXPECT: u32 = 1 << 9;
pub(crate) const REALIZE: u32 = 1 << 10;
pub(crate) const GAP: u32 = 1 << 11;
pub(crate) const OVER: u32 = 1 << 12;
pub(crate) const RANGE: u32 = 1 << 13;
/// 目标, 指标: a main-targets paragraph may open here.
pub(crate) const TARGET_WORD: u32 = 1 << 14;
/// 预计, 去年: estimates, or last year's figures.
pub(crate) const ESTIMATE: u32 = 1 << 15;
/// 进度: progress against a schedule.
pub(crate) const SCHEDULE: u32 = 1 << 16;
/// 报告: a line may be a report's title (see `doc::split`).
pub(crate) const REPORT: u32 = 1 << 17;
/// 分别: a clause's figures go one to each indicator it names.
pub(crate) const RESPECTIVELY: u32 = 1 << 18;
/// 年均: an annual average over a plan period.
pub(crate) const ANNUAL: u32 = 1 << 19;
/// 今年: the year ahead may be spoken of.
pub(crate) const THIS_YEAR: u32 = 1 << 20;
/// 远景, 展望: a long-range horizon.
pub(crate) const VISION: u32 = 1 << 21;
/// 打赢, 收官, 提前: work achieved as planned or ahead of plan.
pub(crate) const ACHIEVE: u32 = 1 << 22;

/// The cue pairs and their bits.
const PAIRS: [(char, char, u32); 29] = [
    ('同', '步', SYNC),
    ('持', '平', FLAT),
    ('一', '致', SAME),
    ('改', '善', IMPROVE),
    ('提', '升', RAISE),
    ('控', '制', CONTROL),
    ('完', '成', DONE),
    ('目', '标', GOAL | TARGET_WORD),
    ('指', '标', GOAL | TARGET_WORD),
    ('任', '务', GOAL),
    ('计', '划', GOAL),
    ('预', '计', ESTIMATE),
    ('去', '年', ESTIMATE),
    ('进', '度', SCHEDULE),
    ('报', '告', REPORT),
    ('分', '别', RESPECTIVELY),
    ('年', '均', ANNUAL),
    ('脱', '幅', DRIFT),
    ('预', '期', EXPECT),
    ('实', '现', REALIZE),
    ('差', '距', GAP),
    ('均', '超', OVER),
    ('范', '围', RANGE),
    ('今', '年', THIS_YEAR),
    ('远', '景', VISION),
    ('展', '望', VISION),
    ('打', '赢', ACHIEVE),
    ('收', '官', ACHIEVE),
    ('提', '前', ACHIEVE),
];

/// The second characters of the cue pairs (the event walk flags them).
pub(crate) fn seconds() -> impl Iterator<Item = char> {
    PAIRS.iter().map(|p| p.1)
}

/// The bit of a cue pair (同步, 目标 …), or 0.
pub(crate) fn pair(prev: char, c: char) -> u32 {
    PAIRS
        .iter()
        .find(|p| p.0 == prev && p.1 == c)
        .map_or(0, |p| p.2)
}
