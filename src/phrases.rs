//! Phrases looked up by where they start: a bit per character of the basic plane answers "no"
//! for most positions, and the rank of that bit locates the phrases starting with the character,
//! longest first (a [`ByChar`] group). The indicator lexicon, the verb list and the units are all
//! read this way.

use crate::charset::ByChar;

/// A list of phrases, each with a value, indexed by first character.
pub(crate) struct PhraseIndex<T: 'static> {
    /// The phrases by first char, longest first (equal lengths in the order listed).
    by_first: ByChar<Phrase<T>>,
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
    let mask = if n == 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    };
    (u64::from_le_bytes(buf), mask)
}

impl<T: Copy> PhraseIndex<T> {
    /// Indexes `phrases`; of two equal phrases, both are kept and the first listed wins.
    pub fn new(phrases: impl IntoIterator<Item = (&'static str, T)>) -> PhraseIndex<T> {
        let mut listed: Vec<(char, Phrase<T>)> = phrases
            .into_iter()
            .filter_map(|(text, value)| {
                let (head, mask) = head(text.as_bytes());
                Some((
                    text.chars().next()?,
                    Phrase {
                        text,
                        value,
                        head,
                        mask,
                    },
                ))
            })
            .collect();
        // Stable: equal lengths keep the order they were listed in (and the grouping keeps this order).
        listed.sort_by_key(|(_, p)| std::cmp::Reverse(p.text.len()));
        PhraseIndex {
            by_first: ByChar::new(listed),
        }
    }

    /// The longest phrase that `text[i..]` starts with, and its value.
    #[inline]
    pub fn longest_at(&self, text: &str, i: usize) -> Option<(&'static str, T)> {
        let rest = text.get(i..)?;
        let c = rest.chars().next()?;
        self.longest_from(rest, c)
    }

    /// The value of the phrase that is all of `phrase`, if it is one.
    pub fn exact(&self, phrase: &str) -> Option<T> {
        let c = phrase.chars().next()?;
        self.by_first
            .get(c as u32)
            .iter()
            .find(|p| p.text == phrase)
            .map(|p| p.value)
    }

    /// [`PhraseIndex::longest_at`] for `rest`, whose first char `c` the caller has decoded.
    #[inline]
    fn longest_from(&self, rest: &str, c: char) -> Option<(&'static str, T)> {
        Self::longest_of(self.by_first.get(c as u32), rest.as_bytes())
    }

    /// The first of `candidates` (phrases starting with `rest`'s first char, longest first) that
    /// `rest` starts with.
    #[inline]
    fn longest_of(candidates: &[Phrase<T>], rest: &[u8]) -> Option<(&'static str, T)> {
        if candidates.is_empty() {
            return None;
        }
        let (at, _) = head(rest);
        candidates
            .iter()
            .find(|p| {
                at & p.mask == p.head && (p.text.len() <= 8 || rest.starts_with(p.text.as_bytes()))
            })
            .map(|p| (p.text, p.value))
    }

    /// Walks the positions of `text` from `from` to `to`, left to right: at each, the longest
    /// phrase `text` holds there goes to `take` (start, phrase, value), and when `take` keeps it
    /// the walk goes on after it (leftmost-longest, no overlaps), else one char later.
    /// Each char is decoded once.
    pub fn scan(
        &self,
        text: &str,
        from: usize,
        to: usize,
        mut take: impl FnMut(usize, &'static str, T) -> bool,
    ) {
        let b = text.as_bytes();
        if !text.is_char_boundary(from) {
            return;
        }
        let mut i = from;
        while i < to {
            // The char at `i` (a char boundary: `from` is one, and steps go by whole chars),
            // read from its bytes: most are three-byte Han characters.
            let Some(&x) = b.get(i) else { return };
            let (cp, len) = match (x, b.get(i + 1..i + 3)) {
                (0..=0x7f, _) => (x as u32, 1),
                (0xe0..=0xef, Some(&[y, z])) => (
                    ((x as u32 & 0x0f) << 12) | ((y as u32 & 0x3f) << 6) | (z as u32 & 0x3f),
                    3,
                ),
                _ => match text[i..].chars().next() {
                    Some(c) => (c as u32, c.len_utf8()),
                    None => return,
                },
            };
            if let Some((p, v)) = Self::longest_of(self.by_first.get(cp), &b[i..]) {
                if take(i, p, v) {
                    i += p.len();
                    continue;
                }
            }
            i += len;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PhraseIndex;

    #[test]
    fn exact_phrases_and_chars_on_both_sides_of_a_word_of_bits() {
        // 增 (U+589E) and 坤 (U+5764) share no word of bits with each other; 䀀 and 䀁 share one.
        let idx = PhraseIndex::new([("增长", 1), ("坤", 2), ("䀁a", 3), ("䀀", 4), ("𠀀x", 5)]);
        assert_eq!(idx.exact("增长"), Some(1));
        assert_eq!(idx.exact("增"), None);
        assert_eq!(idx.exact("坤"), Some(2));
        assert_eq!(idx.longest_at("䀁ab", 0), Some(("䀁a", 3)));
        assert_eq!(idx.longest_at("䀀", 0), Some(("䀀", 4)));
        // Beyond the basic plane nothing starts a phrase.
        assert_eq!(idx.exact("𠀀x"), None);
    }

    #[test]
    fn longest_match_at_a_position() {
        let idx = PhraseIndex::new([("增长", 1), ("增长率", 2), ("下降", 3)]);
        let t = "全年增长率为5%,增长";
        assert_eq!(
            idx.longest_at(t, t.find("增长率").unwrap()),
            Some(("增长率", 2))
        );
        assert_eq!(
            idx.longest_at(t, t.rfind("增长").unwrap()),
            Some(("增长", 1))
        );
        assert_eq!(idx.longest_at(t, 0), None);
        assert_eq!(idx.longest_at(t, t.len()), None);
        // A phrase longer than the rest of the text, and one past the eight bytes compared first.
        assert_eq!(idx.longest_at("增长", 0), Some(("增长", 1)));
        let long = PhraseIndex::new([("规模以上工业增加值", 1), ("规模以上工业", 2)]);
        assert_eq!(
            long.longest_at("规模以上工业增加值增长", 0),
            Some(("规模以上工业增加值", 1))
        );
        assert_eq!(
            long.longest_at("规模以上工业企业", 0),
            Some(("规模以上工业", 2))
        );
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
