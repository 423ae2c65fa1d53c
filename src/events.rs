//! One walk over the normalized text that notes everything later stages look for: where
//! sentences and clauses end, where a figure may start, and the character pairs that cue a
//! qualitative goal. Later stages then visit these notes instead of the text.

use crate::statement::cue_pair;

/// What the walk noted, each list in ascending offset order (normalized bytes).
#[derive(Debug, Default)]
pub(crate) struct Events {
    /// 。 ! ? and line breaks.
    pub sentence_ends: Vec<usize>,
    /// , : ; (full-width forms are half-width by now).
    pub clause_marks: Vec<usize>,
    /// A digit after a non-digit, an X, or a Chinese numeral.
    pub figures: Vec<usize>,
    /// The second char of a cue pair (同步, 目标 …) and the pair's bit.
    pub cues: Vec<(usize, u32)>,
}

/// What the walk looks for in a char of the basic plane, one byte per code point: a sentence end
/// (。), a Chinese numeral, the second char of a cue pair. One lookup per char instead of three tests.
const END: u8 = 1;
const NUMERAL: u8 = 2;
const CUE: u8 = 4;

fn flags() -> &'static [u8] {
    static TABLE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = vec![0u8; 0x10000];
        let mut mark = |c: char, f: u8| {
            if let Some(x) = t.get_mut(c as usize) {
                *x |= f;
            }
        };
        mark('。', END);
        crate::quantity::NUMERALS.chars().for_each(|c| mark(c, NUMERAL));
        crate::statement::cue_seconds().for_each(|c| mark(c, CUE));
        t
    })
}

impl Events {
    /// Walks `text` once.
    pub fn scan(text: &str) -> Events {
        let flags = flags();
        let b = text.as_bytes();
        let mut e = Events::default();
        // The previous char's code point (0 after a char outside the basic plane's 3-byte range).
        let mut prev = 0u32;
        let mut prev_digit = false;
        let mut i = 0;
        while i < b.len() {
            let x = b[i];
            if x < 0x80 {
                match x {
                    b'\n' | b'!' | b'?' => e.sentence_ends.push(i),
                    b',' | b':' | b';' => e.clause_marks.push(i),
                    b'0'..=b'9' if !prev_digit => e.figures.push(i),
                    b'X' | b'x' => e.figures.push(i),
                    _ => {}
                }
                prev_digit = x.is_ascii_digit();
                prev = x as u32;
                i += 1;
                continue;
            }
            prev_digit = false;
            if (0xe0..0xf0).contains(&x) && i + 2 < b.len() {
                let cp = ((x as u32 & 0x0f) << 12) | ((b[i + 1] as u32 & 0x3f) << 6) | (b[i + 2] as u32 & 0x3f);
                let f = flags[cp as usize];
                if f != 0 {
                    if f & END != 0 {
                        e.sentence_ends.push(i);
                    } else if f & NUMERAL != 0 {
                        e.figures.push(i);
                    }
                    if f & CUE != 0 {
                        let char_of = |cp: u32| char::from_u32(cp).unwrap_or('\0');
                        let bit = cue_pair(char_of(prev), char_of(cp));
                        if bit != 0 {
                            e.cues.push((i, bit));
                        }
                    }
                }
                prev = cp;
                i += 3;
            } else {
                prev = 0;
                i += if x >= 0xf0 { 4 } else { 2 };
            }
        }
        e
    }

    /// The cue pairs wholly inside `from..to`.
    pub fn cue_mask(&self, from: usize, to: usize) -> u32 {
        // A pair is noted at its second char, which starts at least one char after `from`.
        let start = self.cues.partition_point(|(p, _)| *p <= from);
        self.cues[start..].iter().take_while(|(p, _)| *p < to).fold(0, |m, (_, bit)| m | bit)
    }

    /// The clause marks inside `from..to`.
    pub fn clause_marks_in(&self, from: usize, to: usize) -> &[usize] {
        let a = self.clause_marks.partition_point(|p| *p < from);
        let z = self.clause_marks.partition_point(|p| *p < to);
        &self.clause_marks[a..z]
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
