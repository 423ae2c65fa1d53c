//! What an indicator's name may not be: a verb, an adverb, a comparison or measure word, a grade,
//! a generic noun (`data/fragments.txt`), an action that opens a work-plan item
//! (`data/actions.txt`), or a piece cut out of a longer phrase (an unclosed quote, a trailing 的).

use crate::charset::ByChar;
use std::sync::OnceLock;

/// The lists as the build script writes them (`data/actions.txt`, `data/fragments.txt`): one word
/// a line, comments and blank lines already left out.
const ACTIONS: &str = include_str!(concat!(env!("OUT_DIR"), "/actions.txt"));
const FRAGMENTS: &str = include_str!(concat!(env!("OUT_DIR"), "/fragments.txt"));

/// The word lists, each grouped by first char: the actions of `data/actions.txt`, and every word
/// that is no name on its own (`data/fragments.txt` and the actions).
struct Lists {
    actions: ByChar<&'static str>,
    stop: ByChar<&'static str>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let by_first = |words: &mut dyn Iterator<Item = &'static str>| {
            ByChar::new(words.filter_map(|w| Some((w.chars().next()?, w))))
        };
        let (actions, fragments) = (ACTIONS, FRAGMENTS);
        // Each char's actions longest first, so that the first that opens a text is the longest.
        let mut longest_first: Vec<&'static str> = actions.lines().collect();
        longest_first.sort_by_key(|a| std::cmp::Reverse(a.len()));
        Lists {
            actions: by_first(&mut longest_first.into_iter()),
            stop: by_first(&mut fragments.lines().chain(actions.lines())),
        }
    })
}

/// The longest action of `data/actions.txt` that opens `s`.
pub(crate) fn action_at(s: &str) -> Option<&'static str> {
    let first = s.chars().next()?;
    lists()
        .actions
        .get(first as u32)
        .iter()
        .find(|a| s.starts_with(**a))
        .copied()
}

/// Whether `name` reads as a verb, a generic word or a fragment rather than an indicator.
pub fn is_fragment(name: &str) -> bool {
    let name = name.trim();
    // One walk over the (short) name: its first and last chars, its length, its quotes.
    let (mut first, mut last, mut n, mut quotes) = ('\0', '\0', 0usize, 0i32);
    for c in name.chars() {
        if n == 0 {
            first = c;
        }
        last = c;
        n += 1;
        quotes += i32::from(c == '“') - i32::from(c == '”');
    }
    n < 2
        || quotes != 0
        || matches!(
            last,
            '的' | '了'
                | '和'
                | '与'
                | '及'
                | '在'
                | '对'
                | '把'
                | '将'
                | '是'
                | '等'
                | '至'
                | '到'
                | '下'
                | '内'
                | '后'
                | '前'
        )
        || matches!(first, '比' | '较' | '和' | '及' | '与' | '的')
        || matches!(first, '高' | '低' | '快' | '慢' | '好')
            && ["高于", "低于", "快于", "慢于", "好于"]
                .iter()
                .any(|w| name.starts_with(w))
        || lists().stop.get(first as u32).contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_and_names() {
        for f in [
            "推进",
            "同口径",
            "建成",
            "打通“最后",
            "四上”企业",
            "比上年",
            "投入",
            "实施",
        ] {
            assert!(is_fragment(f), "{f}");
        }
        for n in ["高标准农田", "养老床位", "“四上”企业", "森林覆盖率", "投资"]
        {
            assert!(!is_fragment(n), "{n}");
        }
    }
}
