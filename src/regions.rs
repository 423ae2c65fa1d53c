//! The administrative hierarchy (`data/regions.txt`): every province and the prefecture-level
//! divisions under it since 2000, old names kept, and the renames that make two names one
//! government (襄樊市 → 襄阳市).
//!
//! Regions are known by [`region_key`](crate::compare::region_key) (湖北省 and 湖北 are one), and a
//! key names a government together with its level: 吉林 is a province and a city of it.

use crate::compare::region_key;
use crate::Level;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The national government's name in the hierarchy.
pub const NATION: &str = "全国";

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
