//! Finding a short word (or the first of a few, [`first_of`]) in a short stretch of text: a
//! clause, a sentence, a heading. (The lexicon, verbs and units, read at every position for the
//! longest phrase there, are `phrases::PhraseIndex`'s job.)
//!
//! `str::contains` and `str::find` set up a two-way searcher on every call. In WebAssembly,
//! which has no vector path to make up for it, setting up searchers for the two- to six-char
//! words this crate looks for took a sixth of `analyze`; natively, too, the setups outweigh the
//! vector path on such short stretches (all of `analyze` does 2% less work with [`scan`]).
//! Searches over whole sentences for one char stay with `str` (its `memchr`). [`Words`] uses
//! [`scan`]: a set of the word's bytes (one bit each, by their low six bits) lets the scan jump
//! a word's length past any byte the word cannot hold. A word in UTF-8 can only match where a
//! char starts, so it agrees with `str`'s search.

/// Word search on `str` by [`scan`].
pub(crate) trait Words {
    /// Whether `word` occurs.
    fn has(&self, word: &str) -> bool;
    /// The byte offset of the first occurrence of `word`.
    fn find_word(&self, word: &str) -> Option<usize>;
}

impl Words for str {
    #[inline]
    fn has(&self, word: &str) -> bool {
        scan(self.as_bytes(), word.as_bytes()).is_some()
    }

    #[inline]
    fn find_word(&self, word: &str) -> Option<usize> {
        scan(self.as_bytes(), word.as_bytes())
    }
}

/// Where `word` occurs in `s`, left to right, by [`Words::find_word`] (no searcher set up per call).
pub(crate) fn occurrences<'a>(s: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + s.get(from..)?.find_word(word)?;
        from = at + word.len().max(1);
        Some(at)
    })
}

/// The leftmost occurrence of any of `words` in `h`, and which (the first listed of those that
/// start there): each word scanned for once, each stopping at the best place found so far.
pub(crate) fn first_of(h: &str, words: &[&'static str]) -> Option<(&'static str, usize)> {
    let mut best: Option<(&'static str, usize)> = None;
    for w in words {
        let end = best.map_or(h.len(), |(_, at)| (at + w.len()).min(h.len()));
        if let Some(at) = scan(&h.as_bytes()[..end], w.as_bytes()) {
            if best.is_none_or(|(_, b)| at < b) {
                best = Some((w, at));
            }
        }
    }
    best
}

/// The first occurrence of `w` in `h`. Each window is judged by its last byte: equal to `w`'s
/// last, the window is compared; absent from `w`, no window holding that byte can match, and
/// the scan moves past it.
pub(crate) fn scan(h: &[u8], w: &[u8]) -> Option<usize> {
    let n = w.len();
    let Some(&last) = w.last() else {
        return Some(0);
    };
    let set = w.iter().fold(0u64, |set, &b| set | 1 << (b & 63));
    let mut i = 0;
    while let Some(&x) = h.get(i + n - 1) {
        if x == last && h[i..i + n] == *w {
            return Some(i);
        }
        i += if set >> (x & 63) & 1 == 0 { n } else { 1 };
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{first_of, scan, Words};

    #[test]
    fn first_of_takes_the_leftmost_then_the_first_listed() {
        let words = ["保持基本一致", "基本一致", "一致"];
        assert_eq!(
            first_of("经济基本一致,保持基本一致", &words),
            Some(("基本一致", 6))
        );
        assert_eq!(first_of("保持基本一致", &words), Some(("保持基本一致", 0)));
        assert_eq!(first_of("一致,基本一致", &words), Some(("一致", 0)));
        assert_eq!(first_of("同步", &words), None);
        // Against the byte walk it stands for: every position, every word in order.
        let walk = |h: &str| {
            (0..h.len()).find_map(|i| {
                words
                    .iter()
                    .find(|w| h.as_bytes()[i..].starts_with(w.as_bytes()))
                    .map(|w| (*w, i))
            })
        };
        for h in [
            "",
            "一",
            "一致一致",
            "基本一致",
            "持基本一致保持基本一致",
            "x一致y基本一致",
        ] {
            assert_eq!(first_of(h, &words), walk(h), "{h:?}");
        }
    }

    #[test]
    fn agrees_with_str_find() {
        let alphabet = [
            "目",
            "标",
            "是",
            "5",
            "%",
            ",",
            "目标",
            "年均",
            "a",
            "𠀀",
            "é",
            "十三五",
        ];
        let words = [
            "目标",
            "标是",
            "年均",
            "5%",
            "%,",
            "目标是",
            "a",
            "",
            "𠀀é",
            "十三五",
            "三五",
            "标目标",
            "é",
        ];
        // Every text of up to four pieces of the alphabet, and a long one.
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |p| format!("{t}{p}")))
                .collect();
            texts.extend(longer.into_iter().filter(|t| t.len() < 16));
        }
        texts.push("年均增长".repeat(200) + "目标是");
        for t in &texts {
            for w in words {
                assert_eq!(scan(t.as_bytes(), w.as_bytes()), t.find(w), "{t:?} {w:?}");
                assert_eq!(t.find_word(w), t.find(w), "{t:?} {w:?}");
                assert_eq!(t.has(w), t.contains(w));
            }
        }
    }
}
