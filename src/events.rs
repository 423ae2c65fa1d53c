//! Notes on the normalized text, taken in the one walk that normalizes it: where sentences and
//! clauses end, where a figure may start, and the character pairs that cue a qualitative goal.
//! Later stages then visit these notes instead of the text.

use crate::cues::pair as cue_pair;

/// What the walk noted, each list in ascending offset order (normalized bytes).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Events {
    /// 。 ! ? and line breaks.
    pub sentence_ends: Vec<usize>,
    /// , : ; (full-width forms are half-width by now).
    pub clause_marks: Vec<usize>,
    /// A digit after a non-digit, an X, or a Chinese numeral.
    pub figures: Vec<usize>,
    /// The second char of a cue pair (同步, 目标 …) and the pair's bit.
    pub cues: Vec<(usize, u32)>,
    /// 年 and 五: a section cue at a sentence's start holds one (see `context::section_cue`).
    pub years_and_fives: Vec<usize>,
}

/// What the walk looks for in a char of the basic plane, one byte per code point: a sentence end
/// (。), a Chinese numeral, the second char of a cue pair. One lookup per char instead of three tests.
/// Bits 0–3 only: normalization adds its own bit to a copy of the table (see `normalize::walk`).
const END: u8 = 1;
const NUMERAL: u8 = 2;
const CUE: u8 = 4;
const YEAR_OR_FIVE: u8 = 8;

pub(crate) fn flags() -> &'static [u8] {
    static TABLE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = vec![0u8; 0x10000];
        let mut mark = |c: char, f: u8| {
            if let Some(x) = t.get_mut(c as usize) {
                *x |= f;
            }
        };
        mark('。', END);
        crate::charset::NUMERALS
            .chars()
            .for_each(|c| mark(c, NUMERAL));
        crate::cues::seconds().for_each(|c| mark(c, CUE));
        mark('年', YEAR_OR_FIVE);
        mark('五', YEAR_OR_FIVE);
        t
    })
}

impl Events {
    /// Room for the notes of a text of `len` bytes, a little less than reports need (in the
    /// benchmark texts a sentence end per 110 bytes, a clause mark per 72, a figure start per 79,
    /// a cue pair per 379, a 年 or 五 per 633): lists that grow by doubling copy themselves over
    /// and over, and a few percent of the walk went to that.
    pub fn with_capacity(len: usize) -> Events {
        Events {
            sentence_ends: Vec::with_capacity(len / 160),
            clause_marks: Vec::with_capacity(len / 96),
            figures: Vec::with_capacity(len / 112),
            cues: Vec::with_capacity(len / 512),
            years_and_fives: Vec::with_capacity(len / 1024),
        }
    }

    /// Walks `text` once (normalization walks its output itself: see `normalize::walk`).
    #[cfg(test)]
    pub fn scan(text: &str) -> Events {
        let mut e = Events::default();
        let mut prev = 0u32;
        for (i, c) in text.char_indices() {
            e.note(i, prev, c);
            prev = c as u32;
        }
        e
    }

    /// Notes `c` standing at `pos` after the char `prev` (a code point).
    #[inline]
    pub fn note(&mut self, pos: usize, prev: u32, c: char) {
        let cp = c as u32;
        if cp < 0x80 {
            self.note_ascii(pos, prev, cp as u8);
        } else if let Some(&f) = flags().get(cp as usize).filter(|f| **f != 0) {
            self.note_flagged(pos, prev, cp, f);
        }
    }

    /// [`Events::note`] for an ASCII char.
    #[inline(always)]
    pub fn note_ascii(&mut self, pos: usize, prev: u32, x: u8) {
        match x {
            b'\n' | b'!' | b'?' => self.sentence_ends.push(pos),
            b',' | b':' | b';' => self.clause_marks.push(pos),
            b'0'..=b'9' if !(0x30..=0x39).contains(&prev) => self.figures.push(pos),
            b'X' | b'x' => self.figures.push(pos),
            _ => {}
        }
    }

    /// [`Events::note`] for a char of the basic plane whose flags (see [`flags`]) are `f`, not 0.
    #[inline]
    pub fn note_flagged(&mut self, pos: usize, prev: u32, cp: u32, f: u8) {
        if f & END != 0 {
            self.sentence_ends.push(pos);
        } else if f & NUMERAL != 0 {
            self.figures.push(pos);
        }
        if f & YEAR_OR_FIVE != 0 {
            self.years_and_fives.push(pos);
        }
        if f & CUE != 0 {
            let char_of = |cp: u32| char::from_u32(cp).unwrap_or('\0');
            let bit = cue_pair(char_of(prev), char_of(cp));
            if bit != 0 {
                self.cues.push((pos, bit));
            }
        }
    }

    /// The bits of the cue pairs wholly inside `from..to`.
    #[cfg(test)]
    pub fn cue_mask(&self, from: usize, to: usize) -> u32 {
        mask(&self.cues, from, to)
    }
}

/// The bits of the pairs among `cues` (a sentence's, say) wholly inside `from..to`: a short
/// list filtered whole, a long one narrowed first (see [`count_before`]).
pub(crate) fn mask(cues: &[(usize, u32)], from: usize, to: usize) -> u32 {
    let inside = if cues.len() <= 16 {
        cues
    } else {
        let first = count_before(cues, |(p, _)| *p <= from);
        &cues[first..first + count_before(&cues[first..], |(p, _)| *p < to)]
    };
    inside
        .iter()
        .filter(|(p, _)| from < *p && *p < to)
        .fold(0, |m, (_, bit)| m | bit)
}

/// How many of `items` come before the first for which `before` fails (`before` holds for a
/// prefix of them: they are in order). A sentence's few are read through, one mispredicted
/// branch at the end instead of one per step of a binary search; a long list (a sentence that
/// never ends) is searched, so that asking clause by clause stays linear.
pub(crate) fn count_before<T>(items: &[T], before: impl Fn(&T) -> bool) -> usize {
    if items.len() <= 16 {
        items.iter().take_while(|x| before(x)).count()
    } else {
        items.partition_point(before)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes() {
        let t = "增长7.5%,目标是:X%。\n一是";
        let e = Events::scan(t);
        assert_eq!(e.sentence_ends.len(), 2);
        assert_eq!(e.clause_marks.len(), 2);
        assert_eq!(e.figures.len(), 4); // 7, 5 (after the point: the scanner skips it), X, 一
        assert_ne!(e.cue_mask(0, t.len()), 0);
        assert_eq!(e.cue_mask(0, t.find('目').unwrap() + 3), 0);
    }
}
