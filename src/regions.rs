//! The administrative hierarchy (`data/regions.txt`): every province and the prefecture-level
//! divisions under it since 2000, old names kept, and the renames that make two names one
//! government (襄樊市 → 襄阳市).
//!
//! Regions are known by [`region_key`] (湖北省 and 湖北 are one), and a key names a government
//! together with its level: 吉林 is a province and a city of it. Real metadata varies: 湖北省 and
//! 湖北, 凉山彝族自治州 and 凉山州, a county that became a district (宝兴县 → 宝兴区), a county-level
//! city filed as a city or as a county: regions are compared by the key, with administrative
//! suffixes removed, and levels by tiers that only rule out clear contradictions ([`levels_agree`]).

use crate::Level;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The national government's name in the hierarchy.
pub const NATION: &str = "全国";

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

/// Peoples named in the names of autonomous regions, prefectures and counties (`data/peoples.txt`:
/// 凉山彝族自治州 → 凉山).
pub(crate) fn peoples() -> &'static [&'static str] {
    static P: OnceLock<Vec<&'static str>> = OnceLock::new();
    P.get_or_init(|| {
        include_str!("../data/peoples.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect()
    })
}

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
        if let Some(i) = peoples()
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

struct Hierarchy {
    /// Province key → its full name.
    provinces: HashMap<String, &'static str>,
    /// Division key → (its full name, its province's full name).
    divisions: HashMap<String, (&'static str, &'static str)>,
    /// Key of an old name → key of the name the government goes by now.
    renames: HashMap<String, String>,
}

fn hierarchy() -> &'static Hierarchy {
    static H: OnceLock<Hierarchy> = OnceLock::new();
    H.get_or_init(|| parse(include_str!("../data/regions.txt")))
}

fn parse(src: &'static str) -> Hierarchy {
    let mut h = Hierarchy {
        provinces: HashMap::new(),
        divisions: HashMap::new(),
        renames: HashMap::new(),
    };
    for line in src
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let mut words = line.split_whitespace();
        let Some(first) = words.next() else { continue };
        if first == "=" {
            if let (Some(old), Some(new)) = (words.next(), words.next()) {
                h.renames.insert(region_key(old), region_key(new));
            }
            continue;
        }
        h.provinces.insert(region_key(first), first);
        for division in words {
            h.divisions.insert(region_key(division), (division, first));
        }
    }
    h
}

/// The key a government goes by now: an old name's key becomes the new name's (襄樊 → 襄阳);
/// any other key stays.
pub fn current_key(key: &str) -> &str {
    hierarchy().renames.get(key).map_or(key, String::as_str)
}

/// The government above a region of the given level, by full name: a province's is
/// [`NATION`], a prefecture-level division's its province. `None` for the nation, for a
/// region the hierarchy does not hold, and for counties and districts (whose city the
/// hierarchy does not record).
pub fn parent(region: &str, level: Option<Level>) -> Option<&'static str> {
    let h = hierarchy();
    let key = region_key(region);
    let key = current_key(&key);
    match level? {
        Level::National => None,
        Level::Province => h.provinces.contains_key(key).then_some(NATION),
        Level::City => h.divisions.get(key).map(|(_, province)| *province),
        Level::County | Level::District => None,
    }
}

/// The full name of a province or division by any of its names (湖北 → 湖北省), of the given level.
pub fn full_name(region: &str, level: Option<Level>) -> Option<&'static str> {
    let h = hierarchy();
    let key = region_key(region);
    match level? {
        Level::National => Some(NATION),
        Level::Province => h.provinces.get(&key).copied(),
        Level::City => h
            .divisions
            .get(current_key(&key))
            .or_else(|| h.divisions.get(&key))
            .map(|(name, _)| *name),
        Level::County | Level::District => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_the_keys_cannot_derive() {
        assert_eq!(parent("克州", Some(Level::City)), Some("新疆维吾尔自治区"));
        assert_eq!(
            full_name("博州", Some(Level::City)),
            Some("博尔塔拉蒙古自治州")
        );
        assert_eq!(
            parent("伊犁州", Some(Level::City)),
            Some("新疆维吾尔自治区")
        );
    }

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
    fn parents() {
        assert_eq!(parent("湖北省", Some(Level::Province)), Some(NATION));
        assert_eq!(parent("武汉市", Some(Level::City)), Some("湖北省"));
        assert_eq!(parent("凉山州", Some(Level::City)), Some("四川省"));
        // A key names a government with its level: 吉林 the province and 吉林 the city.
        assert_eq!(parent("吉林省", Some(Level::Province)), Some(NATION));
        assert_eq!(parent("吉林市", Some(Level::City)), Some("吉林省"));
        assert_eq!(parent("上海市", Some(Level::Province)), Some(NATION));
        assert_eq!(parent("全国", Some(Level::National)), None);
        assert_eq!(parent("宝兴县", Some(Level::County)), None);
        assert_eq!(parent("武汉市", None), None);
    }

    #[test]
    fn renamed_regions_are_one_government() {
        assert_eq!(current_key("襄樊"), "襄阳");
        assert_eq!(current_key("武汉"), "武汉");
        assert_eq!(parent("襄樊市", Some(Level::City)), Some("湖北省"));
        assert_eq!(full_name("湖北", Some(Level::Province)), Some("湖北省"));
        assert_eq!(
            full_name("恩施州", Some(Level::City)),
            Some("恩施土家族苗族自治州")
        );
    }
}
