//! Phrases looked up by where they start: a [`CharSet`] of first characters answers "no" for most
//! positions with one bit, and the phrases starting with a character, longest first, give the
//! longest match. The indicator lexicon and the verb list are both read this way.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::charset::CharSet;

/// A list of phrases, each with a value, indexed by first character.
pub(crate) struct PhraseIndex<T: 'static> {
    starts: CharSet,
    by_first: HashMap<char, Vec<Phrase<T>>, BuildHasherDefault<CharHasher>>,
}

/// A phrase with its first eight bytes as a number, so that most candidates are told apart by
/// one comparison instead of a `memcmp`.
#[derive(Clone, Copy)]
struct Phrase<T> {
    text: &'static str,
    value: T,
    head: u64,
    mask: u64,
}

/// The first eight bytes of `b` (fewer if it is shorter, the rest zero) and the mask of those present.
#[inline]
fn head(b: &[u8]) -> (u64, u64) {
    if let Some(w) = b.first_chunk::<8>() {
        return (u64::from_le_bytes(*w), u64::MAX);
    }
    let mut buf = [0u8; 8];
    let n = b.len().min(8);
    buf[..n].copy_from_slice(&b[..n]);
    let mask = if n == 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
    (u64::from_le_bytes(buf), mask)
}

impl<T: Copy> PhraseIndex<T> {
    /// Indexes `phrases`; of two equal phrases, both are kept and the first listed wins.
    pub fn new(phrases: impl IntoIterator<Item = (&'static str, T)>) -> PhraseIndex<T> {
        let mut by_first: HashMap<char, Vec<Phrase<T>>, BuildHasherDefault<CharHasher>> = HashMap::default();
        for (text, value) in phrases {
            if let Some(c) = text.chars().next() {
                let (head, mask) = head(text.as_bytes());
                by_first.entry(c).or_default().push(Phrase { text, value, head, mask });
            }
        }
        for list in by_first.values_mut() {
            // Stable: equal lengths keep the order they were listed in.
            list.sort_by_key(|p| std::cmp::Reverse(p.text.len()));
        }
        PhraseIndex { starts: CharSet::new(by_first.keys().copied()), by_first }
    }

    /// The longest phrase that `text[i..]` starts with, and its value.
    #[inline]
    pub fn longest_at(&self, text: &str, i: usize) -> Option<(&'static str, T)> {
        let rest = text.get(i..)?;
        let c = rest.chars().next()?;
        self.longest_from(rest, c)
    }

    /// [`PhraseIndex::longest_at`] for `rest`, whose first char `c` the caller has decoded.
    #[inline]
    fn longest_from(&self, rest: &str, c: char) -> Option<(&'static str, T)> {
        if !self.starts.contains(c) {
            return None;
        }
        let (at, _) = head(rest.as_bytes());
        self.by_first
            .get(&c)?
            .iter()
            .find(|p| at & p.mask == p.head && (p.text.len() <= 8 || rest.starts_with(p.text)))
            .map(|p| (p.text, p.value))
    }

    /// Walks the positions of `text` from `from` to `to`, left to right: at each, the longest
    /// phrase `text` holds there goes to `take` (start, phrase, value), and when `take` keeps it
    /// the walk goes on after it (leftmost-longest, no overlaps), else one char later.
    /// Each char is decoded once.
    pub fn scan(&self, text: &str, from: usize, to: usize, mut take: impl FnMut(usize, &'static str, T) -> bool) {
        let mut i = from;
        while i < to {
            let Some(rest) = text.get(i..) else { return };
            let Some(c) = rest.chars().next() else { return };
            if let Some((p, v)) = self.longest_from(rest, c) {
                if take(i, p, v) {
                    i += p.len();
                    continue;
                }
            }
            i += c.len_utf8();
        }
    }
}

/// The hasher of a char key: one multiplication (keys are code points, not attacker-chosen
/// strings, and the table is built once from the project's own lists).
#[derive(Default)]
pub(crate) struct CharHasher(u64);

impl Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

#[cfg(test)]
mod tests {
    use super::PhraseIndex;

    #[test]
    fn longest_match_at_a_position() {
        let idx = PhraseIndex::new([("增长", 1), ("增长率", 2), ("下降", 3)]);
        let t = "全年增长率为5%,增长";
        assert_eq!(idx.longest_at(t, t.find("增长率").unwrap()), Some(("增长率", 2)));
        assert_eq!(idx.longest_at(t, t.rfind("增长").unwrap()), Some(("增长", 1)));
        assert_eq!(idx.longest_at(t, 0), None);
        assert_eq!(idx.longest_at(t, t.len()), None);
        // A phrase longer than the rest of the text, and one past the eight bytes compared first.
        assert_eq!(idx.longest_at("增长", 0), Some(("增长", 1)));
        let long = PhraseIndex::new([("规模以上工业增加值", 1), ("规模以上工业", 2)]);
        assert_eq!(long.longest_at("规模以上工业增加值增长", 0), Some(("规模以上工业增加值", 1)));
        assert_eq!(long.longest_at("规模以上工业企业", 0), Some(("规模以上工业", 2)));
        assert_eq!(long.longest_at("规模以上", 0), None);
    }

    #[test]
    fn scan_takes_leftmost_longest_and_skips_what_is_refused() {
        let idx = PhraseIndex::new([("增长", 1), ("增长率", 2), ("长率", 3)]);
        let t = "增长率增长";
        let mut all = Vec::new();
        idx.scan(t, 0, t.len(), |at, p, v| {
            all.push((at, p, v));
            true
        });
        assert_eq!(all, vec![(0, "增长率", 2), (9, "增长", 1)]);
        // A refused phrase lets the walk go on a char later, where 长率 starts.
        let mut taken = Vec::new();
        idx.scan(t, 0, 9, |at, p, v| {
            let keep = v != 2;
            if keep {
                taken.push((at, p));
            }
            keep
        });
        assert_eq!(taken, vec![(3, "长率")]);
    }
}
