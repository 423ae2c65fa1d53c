//! The indicator lexicon: phrases as written → canonical ids.
//!
//! Compiled in from `data/indicators.toml` by the build script.

use std::sync::OnceLock;

use crate::phrases::PhraseIndex;

include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

/// One lexicon entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub canonical: &'static str,
    /// For combined phrases (城乡居民…), the two members a 分别 list splits into.
    pub pair: &'static [&'static str],
}

/// An indicator phrase found in normalized text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    /// The alias found (the text at `start..end`).
    pub alias: &'static str,
    pub entry: Entry,
}

fn index() -> &'static PhraseIndex<Entry> {
    static INDEX: OnceLock<PhraseIndex<Entry>> = OnceLock::new();
    INDEX.get_or_init(|| {
        PhraseIndex::new(
            LEXICON
                .iter()
                .map(|&(alias, canonical, pair)| (alias, Entry { canonical, pair })),
        )
    })
}

/// Whether less is better for the indicator `canonical` (prices, unemployment: `lower_is_better`
/// in data/indicators.toml), so that a soft or bare target of it reads as a ceiling.
pub(crate) fn lower_is_better(canonical: &str) -> bool {
    LOWER_IS_BETTER.contains(&canonical)
}

/// The entry of an exact alias (the lexicon lists each alias once).
pub(crate) fn lookup(phrase: &str) -> Option<Entry> {
    index().exact(phrase)
}

/// Every indicator phrase in `text[from..to]`, leftmost-longest, left to right. A position
/// whose longest phrase runs past `to` holds none.
pub(crate) fn find_all(text: &str, from: usize, to: usize) -> Vec<Found> {
    let mut out = Vec::new();
    index().scan(text, from, to, |start, alias, entry| {
        let end = start + alias.len();
        if end <= to {
            out.push(Found {
                start,
                end,
                alias,
                entry,
            });
        }
        end <= to
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_wins() {
        let t = "全市规模以上工业增加值增长";
        let f = find_all(t, 0, t.len());
        assert_eq!(f.len(), 1);
        assert_eq!(&t[f[0].start..f[0].end], "规模以上工业增加值");
        assert_eq!(f[0].entry.canonical, "industrial_value_added");
    }

    #[test]
    fn pairs() {
        let e = lookup("城乡居民人均可支配收入").unwrap();
        assert_eq!(e.pair.len(), 2);
        assert_eq!(
            lookup(e.pair[1]).unwrap().canonical,
            "disposable_income_rural"
        );
    }
}
