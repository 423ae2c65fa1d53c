//! The typed records the extractor returns.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What a statement of a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A goal for the coming year or half-year (主要预期目标).
    Target,
    /// A five-year or long-range goal (十四五, 到2025年).
    Plan5,
    /// An achieved figure of a past period, estimates (预计) included.
    Actual,
    /// A figure stated against a target (完成全年目标的52.4%).
    Progress,
}

impl Kind {
    /// The lowercase name used in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Target => "target",
            Kind::Plan5 => "plan5",
            Kind::Actual => "actual",
            Kind::Progress => "progress",
        }
    }
}

/// How a figure is bounded: the hardness of a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Qualifier {
    /// 左右: about; a soft target.
    #[serde(rename = "左右")]
    About,
    /// 以上: at least (inclusive); a hard floor.
    #[serde(rename = "以上")]
    AtLeast,
    /// 不低于: not below; a hard floor.
    #[serde(rename = "不低于")]
    NotBelow,
    /// 以内: within; a ceiling.
    #[serde(rename = "以内")]
    Within,
    /// 以下: below; a ceiling.
    #[serde(rename = "以下")]
    Below,
    /// 不超过: not above; a ceiling.
    #[serde(rename = "不超过")]
    NotAbove,
    /// 约: approximately.
    #[serde(rename = "约")]
    Approx,
    /// 近: nearly, just under.
    #[serde(rename = "近")]
    Nearly,
    /// 超过 / 突破 / 超: more than.
    #[serde(rename = "超过")]
    Over,
}

impl Qualifier {
    /// The qualifier as written in the schema (simplified Chinese).
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::About => "左右",
            Qualifier::AtLeast => "以上",
            Qualifier::NotBelow => "不低于",
            Qualifier::Within => "以内",
            Qualifier::Below => "以下",
            Qualifier::NotAbove => "不超过",
            Qualifier::Approx => "约",
            Qualifier::Nearly => "近",
            Qualifier::Over => "超过",
        }
    }

    /// Parses the schema spelling back.
    pub fn from_str_opt(s: &str) -> Option<Qualifier> {
        Some(match s {
            "左右" => Qualifier::About,
            "以上" => Qualifier::AtLeast,
            "不低于" => Qualifier::NotBelow,
            "以内" => Qualifier::Within,
            "以下" => Qualifier::Below,
            "不超过" => Qualifier::NotAbove,
            "约" => Qualifier::Approx,
            "近" => Qualifier::Nearly,
            "超过" => Qualifier::Over,
            _ => return None,
        })
    }

    /// How binding the qualifier makes a target: `hard` floors, `soft` approximations, `ceiling`s.
    pub fn hardness(self) -> Hardness {
        match self {
            Qualifier::AtLeast | Qualifier::NotBelow | Qualifier::Over => Hardness::Floor,
            Qualifier::Within | Qualifier::Below | Qualifier::NotAbove => Hardness::Ceiling,
            Qualifier::About | Qualifier::Approx | Qualifier::Nearly => Hardness::Soft,
        }
    }
}

/// The direction a qualifier binds a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Hardness {
    /// At least the value (以上, 不低于, 超过).
    Floor,
    /// At most the value (以内, 以下, 不超过).
    Ceiling,
    /// About the value (左右, 约, 近).
    Soft,
}

impl Hardness {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Hardness::Floor => "floor",
            Hardness::Ceiling => "ceiling",
            Hardness::Soft => "soft",
        }
    }
}

/// What a figure measures. Targets and actuals are compared only within one measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// A rate of change in per cent (增长8%, 下降3%, 年均增长6%).
    Growth,
    /// A level or amount reached (达到5000亿元, 完成50亿元).
    Level,
    /// What is added in the period (新增城镇就业10万人, 新增贷款8000亿元, 比上年增加42亿元).
    Increment,
    /// A share or rate in per cent (城镇化率65%, 占GDP比重2.5%, 失业率5.5%).
    Share,
    /// A change in percentage points (提高2个百分点).
    ChangePp,
    /// A number of things (建设6个湿地公园, 抓好66个重大项目).
    Count,
}

impl Measure {
    /// The snake_case name used in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Growth => "growth",
            Measure::Level => "level",
            Measure::Increment => "increment",
            Measure::Share => "share",
            Measure::ChangePp => "change_pp",
            Measure::Count => "count",
        }
    }
}

/// A span of the original text, as byte offsets (`start..end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// One statement of a figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Target, five-year goal, actual figure or progress against a target.
    pub kind: Kind,
    /// The indicator as written, in simplified characters, noise removed.
    pub indicator: Cow<'static, str>,
    /// A stable id (`gdp`, `retail_sales`, …) or `other:<name>`.
    ///
    /// This field and `indicator`, `verb`, `unit` and `period` are mostly words of the crate's own
    /// lists (a lexicon id or alias, a verb, a unit, a year): those are borrowed, and a record
    /// costs no allocation for them.
    pub canonical: Cow<'static, str>,
    /// The verb as written, simplified (增长, 下降, 控制在 …).
    pub verb: Option<Cow<'static, str>>,
    /// The number in the unit as written (7 for 7%); `None` for qualitative goals and placeholders.
    pub value: Option<f64>,
    /// Upper bound of a range (4.5%至5% → 5).
    pub value_max: Option<f64>,
    /// The unit, simplified (`%`, `个百分点`, `亿元` …).
    pub unit: Option<Cow<'static, str>>,
    /// 左右, 以上, 以内 …
    pub qualifier: Option<Qualifier>,
    /// What the figure measures; `None` for a goal without a figure.
    pub measure: Option<Measure>,
    /// The report says no target is set (没有提出全年经济增速具体目标): value null, and a panel
    /// shows "no target" rather than a gap.
    #[serde(default)]
    pub absent: bool,
    /// `2021`, `2020H1`, `2021-2025` …
    pub period: Option<Cow<'static, str>>,
    /// True where the figure is an `X`/`XX` placeholder.
    pub placeholder: bool,
    /// True inside the report's main-targets paragraph.
    pub headline: bool,
    /// Byte offsets into the original text, indicator through number and qualifier.
    pub span: Span,
}

/// Administrative level of the government that gave a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The State Council.
    National,
    /// Province, autonomous region or municipality directly under the centre.
    Province,
    /// Prefecture-level city (or league, autonomous prefecture).
    City,
    /// County or county-level city.
    County,
    /// City district.
    District,
}

impl Level {
    /// The lowercase name used in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Province => "province",
            Level::City => "city",
            Level::County => "county",
            Level::District => "district",
        }
    }
}

/// What a report says of itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The region whose government reports (湖南省, 句容市, 宝兴县 …).
    pub region: Option<String>,
    /// Its administrative level.
    pub level: Option<Level>,
    /// The year the report was given in; targets are for this year, actuals mostly for the one before.
    pub year: Option<i32>,
    /// True for a mid-year report (上半年 …): actuals are for the first half of `year`.
    pub half_year: bool,
    /// The title line, where there is one.
    pub title: Option<String>,
    /// The date the report was given, `YYYY-MM-DD` or `YYYY-MM`, where stated.
    pub date: Option<String>,
    /// Who gave it, where stated.
    pub speaker: Option<String>,
}

/// One report inside a text: a file may hold several.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    /// Byte span of the report in the original text.
    pub span: Span,
    /// Region, level, year, title, date, speaker.
    pub meta: Meta,
    /// Every statement of a figure, in text order.
    pub records: Vec<Record>,
}

impl Doc {
    /// A short label for the doc: region and year where known.
    pub fn label(&self) -> String {
        let mut s = self.meta.region.clone().unwrap_or_default();
        if let Some(y) = self.meta.year {
            s.push_str(&y.to_string());
            if self.meta.half_year {
                s.push_str("H1");
            }
        }
        s
    }
}

/// The result of [`crate::analyze`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The reports found in the text, in order.
    pub docs: Vec<Doc>,
}

impl Analysis {
    /// Every record of every doc, in text order.
    pub fn records(&self) -> impl Iterator<Item = (&Doc, &Record)> {
        self.docs
            .iter()
            .flat_map(|d| d.records.iter().map(move |r| (d, r)))
    }
}
