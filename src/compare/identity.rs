//! Which docs speak of the same government, and which year a figure belongs to.
//!
//! Real metadata varies: 湖北省 and 湖北, 凉山彝族自治州 and 凉山州, a county that became a
//! district (宝兴县 → 宝兴区), a county-level city filed as a city or as a county. Regions are
//! compared by a key with administrative suffixes removed, and levels by tiers that only rule
//! out clear contradictions.

use crate::{Doc, Level, Record};

/// Administrative suffixes, longest first; removed from the end of a name.
const SUFFIXES: [&str; 15] = [
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "新区",
    "地区",
    "省",
    "市",
    "县",
    "区",
    "盟",
];

/// Peoples named in the names of autonomous prefectures and counties (凉山彝族自治州 → 凉山).
const PEOPLES: [&str; 22] = [
    "哈萨克",
    "柯尔克孜",
    "蒙古",
    "彝族",
    "藏族",
    "回族",
    "苗族",
    "土家族",
    "白族",
    "傣族",
    "景颇族",
    "傈僳族",
    "朝鲜族",
    "壮族",
    "哈尼族",
    "布依族",
    "侗族",
    "羌族",
    "瑶族",
    "土族",
    "撒拉族",
    "纳西族",
];

/// Names the State Council's reports go by.
const NATIONAL: [&str; 5] = ["全国", "中国", "国务院", "中华人民共和国", "中央"];

/// The municipalities directly under the centre: a province and a city at once.
const MUNICIPALITIES: [&str; 4] = ["北京", "上海", "天津", "重庆"];

/// The comparable core of a region's name: 湖北省 → 湖北, 凉山彝族自治州 → 凉山, 宝兴县 → 宝兴.
pub fn region_key(name: &str) -> String {
    let mut s: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    if NATIONAL.contains(&s.as_str()) {
        return "全国".to_string();
    }
    // A full path (湖北省武汉市) names its last part.
    for sep in ["自治区", "省", "自治州", "市"] {
        if let Some(i) = s.rfind(sep) {
            let rest = &s[i + sep.len()..];
            if i > 0 && rest.chars().count() >= 2 {
                s = rest.to_string();
            }
        }
    }
    let autonomous = s.ends_with("自治州") || s.ends_with("自治县") || s.ends_with("自治旗");
    for suffix in SUFFIXES {
        if let Some(stem) = s.strip_suffix(suffix) {
            if stem.chars().count() >= 2 {
                s = stem.to_string();
                break;
            }
        }
    }
    if autonomous {
        if let Some(i) = PEOPLES
            .iter()
            .filter_map(|p| s.find(p))
            .filter(|&i| i > 0)
            .min()
        {
            s.truncate(i);
        }
    }
    // The short form of a prefecture: 凉山州 → 凉山 (but 杭州 stays 杭州).
    if let Some(stem) = s.strip_suffix('州') {
        if stem.chars().count() >= 2 {
            s = stem.to_string();
        }
    }
    s
}

/// True when two region names name the same government.
pub fn same_region(a: &str, b: &str) -> bool {
    region_key(a) == region_key(b)
}

/// True unless the levels contradict each other. Unknown levels agree with anything; a county
/// and a district are one tier (counties become districts); a county-level city is filed as a
/// city or a county; a municipality is a province and a city.
pub fn levels_agree(a: Option<Level>, b: Option<Level>, key: &str) -> bool {
    use Level::*;
    let (Some(a), Some(b)) = (a, b) else {
        return true;
    };
    match (a, b) {
        _ if a == b => true,
        (County, District) | (District, County) | (City, County) | (County, City) => true,
        (Province, City) | (City, Province) => MUNICIPALITIES.contains(&key),
        _ => false,
    }
}

/// The period a record speaks of: its own where the extractor found one; else, for a target,
/// the year of the report, and for an achieved figure the year before it (a report given in
/// January or March reviews the previous year) or the first half of the year in a mid-year report.
///
/// Held against targets, achieved figures count only with the extractor's own period (see
/// [`super::attainment`]); the fallback serves display.
pub fn record_period(record: &Record, doc: &Doc, year: Option<i32>) -> Option<String> {
    if let Some(p) = &record.period {
        return Some(p.to_string());
    }
    let year = year?;
    Some(match record.kind {
        crate::Kind::Actual | crate::Kind::Progress if doc.meta.half_year => format!("{year}H1"),
        crate::Kind::Actual => (year - 1).to_string(),
        crate::Kind::Target | crate::Kind::Progress => year.to_string(),
        crate::Kind::Plan5 => return None,
    })
}

/// The year of an annual period (`2023` → 2023); `None` for half-years and spans.
pub fn annual_year(period: &str) -> Option<i32> {
    if period.len() == 4 {
        period.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(region_key("湖北省"), "湖北");
        assert_eq!(region_key("湖北"), "湖北");
        assert_eq!(region_key("广西壮族自治区"), "广西");
        assert_eq!(region_key("内蒙古自治区"), "内蒙古");
        assert_eq!(region_key("新疆维吾尔自治区"), "新疆");
        assert_eq!(region_key("凉山彝族自治州"), "凉山");
        assert_eq!(region_key("凉山州"), "凉山");
        assert_eq!(region_key("伊犁哈萨克自治州"), "伊犁");
        assert_eq!(region_key("杭州市"), "杭州");
        assert_eq!(region_key("杭州"), "杭州");
        assert_eq!(region_key("宝兴县"), "宝兴");
        assert_eq!(region_key("湖北省武汉市"), "武汉");
        assert_eq!(region_key("上海市 "), "上海");
        assert_eq!(region_key("国务院"), "全国");
        assert_eq!(region_key("锡林郭勒盟"), "锡林郭勒");
    }

    #[test]
    fn same_regions() {
        assert!(same_region("湖北省", "湖北"));
        assert!(same_region("宝兴县", "宝兴区"));
        assert!(same_region("句容市", "句容"));
        assert!(!same_region("湖北省", "湖南省"));
        assert!(!same_region("杭州市", "广州市"));
    }

    #[test]
    fn levels() {
        use Level::*;
        assert!(levels_agree(Some(County), Some(District), "宝兴"));
        assert!(levels_agree(None, Some(Province), "湖北"));
        assert!(levels_agree(Some(Province), Some(City), "上海"));
        assert!(!levels_agree(Some(Province), Some(City), "吉林"));
        assert!(!levels_agree(Some(City), Some(District), "朝阳"));
        assert!(!levels_agree(Some(National), Some(Province), "全国"));
    }

    #[test]
    fn periods() {
        assert_eq!(annual_year("2023"), Some(2023));
        assert_eq!(annual_year("2023H1"), None);
        assert_eq!(annual_year("2021-2025"), None);
    }
}
