//! What a verb says of its figure: a decline (下降5.6% is −5.6), a change (增加50万人 is not
//! 50万人) or a level reached (达到, 提高到15%). The one owner of these words: extraction reads
//! them to tell a growth from a share or an increment, compare to set like against like.

use crate::words;

/// Whether a verb ends on the level it arrives at (降到, 提高至, 分别为, 稳定在).
fn arrives(v: &str) -> bool {
    v.ends_with(['到', '至', '为', '在'])
}

/// True when the verb states a decline (下降, 降低 …) rather than a level it falls to (降到, 降至).
pub fn is_decline(verb: Option<&str>) -> bool {
    let Some(v) = verb else { return false };
    words::DECLINE.iter().any(|d| v.contains(d)) && !v.ends_with(['到', '至', '为'])
}

/// True when the verb states a change (增加 …) rather than a level (达到, 实现, 新增 …).
pub fn is_change(verb: Option<&str>) -> bool {
    verb_class(verb) == Some(VerbClass::Change)
}

/// What a verb says a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbClass {
    /// A change: 增长, 增加, 下降 …
    Change,
    /// A level reached: 达到, 提高到, 稳定在, 突破 …
    Level,
}

/// Whether the verb states a change (增加50万人) or a level (达到, 提高到15%); `None` when it
/// says neither (no verb, 新增, 涨幅 …).
pub fn verb_class(verb: Option<&str>) -> Option<VerbClass> {
    let v = verb?;
    if arrives(v) {
        return Some(VerbClass::Level);
    }
    if words::CHANGE.iter().any(|d| v.contains(d)) {
        return Some(VerbClass::Change);
    }
    if words::LEVEL.iter().any(|d| v.contains(d)) {
        return Some(VerbClass::Level);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declines_and_classes() {
        assert!(is_decline(Some("下降")));
        assert!(is_decline(Some("同比下降")));
        assert!(is_decline(Some("削减")));
        assert!(!is_decline(Some("降到")));
        assert!(!is_decline(Some("下降到")));
        assert!(!is_decline(Some("增长")));
        assert!(!is_decline(None));
        assert_eq!(verb_class(Some("提高到")), Some(VerbClass::Level));
        assert_eq!(verb_class(Some("增加到")), Some(VerbClass::Level));
        assert_eq!(verb_class(Some("实现增长")), Some(VerbClass::Change));
        assert_eq!(verb_class(Some("年均增长")), Some(VerbClass::Change));
        assert_eq!(verb_class(Some("上涨")), Some(VerbClass::Change));
        assert_eq!(verb_class(Some("达到")), Some(VerbClass::Level));
        assert_eq!(verb_class(None), None);
        assert_eq!(verb_class(Some("新增")), None);
        assert!(is_change(Some("增加")));
        assert!(!is_change(Some("达到")));
        assert!(!is_change(Some("新增")));
    }
}
