//! Converting byte offsets to code-point or UTF-16 offsets, in one linear pass.

/// Converts ascending byte offsets of `text` into another unit.
///
/// Offsets must be queried in any order; the index is built once in `O(n)` and each
/// query is `O(log n)`.
pub struct OffsetIndex {
    /// For every 64th byte-aligned char boundary: (byte offset, unit offset).
    marks: Vec<(usize, usize)>,
    utf16: bool,
}

impl OffsetIndex {
    /// An index converting to Unicode code points (what the JSONL schema uses).
    pub fn chars(text: &str) -> OffsetIndex {
        OffsetIndex::build(text, false)
    }

    /// An index converting to UTF-16 code units (what JavaScript's `String.prototype.slice` uses).
    pub fn utf16(text: &str) -> OffsetIndex {
        OffsetIndex::build(text, true)
    }

    fn build(text: &str, utf16: bool) -> OffsetIndex {
        let b = text.as_bytes();
        let mut marks = Vec::with_capacity(b.len() / 64 + 2);
        let mut units = 0usize;
        let mut next_mark = 0usize;
        // Bytes, not chars: a char starts at every byte that is not a continuation byte, and
        // takes two UTF-16 units when its lead byte says it has four bytes.
        for (i, &x) in b.iter().enumerate() {
            let starts = x & 0xc0 != 0x80;
            if starts && i >= next_mark {
                marks.push((i, units));
                next_mark = i + 64;
            }
            units += units_of(x, utf16);
        }
        marks.push((b.len(), units));
        OffsetIndex { marks, utf16 }
    }

    /// The unit offset of byte offset `byte` (which must be a char boundary of the text).
    pub fn convert(&self, text: &str, byte: usize) -> usize {
        let i = match self.marks.binary_search_by(|m| m.0.cmp(&byte)) {
            Ok(i) => return self.marks[i].1,
            Err(i) => i - 1,
        };
        let (b0, u0) = self.marks[i];
        u0 + text.as_bytes()[b0..byte].iter().map(|&x| units_of(x, self.utf16)).sum::<usize>()
    }
}

/// The units a byte adds: 1 for the first byte of a char (2 in UTF-16 for a four-byte char).
#[inline]
fn units_of(x: u8, utf16: bool) -> usize {
    usize::from(x & 0xc0 != 0x80) + usize::from(utf16 && x >= 0xf0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chars_and_utf16_differ_outside_the_bmp() {
        let text = "𠀀增长5%";
        let b = text.find('5').unwrap();
        assert_eq!(OffsetIndex::chars(text).convert(text, b), 3);
        assert_eq!(OffsetIndex::utf16(text).convert(text, b), 4);
    }

    #[test]
    fn long_text_marks() {
        let text = "增长".repeat(500) + "7%";
        let b = text.find('7').unwrap();
        assert_eq!(OffsetIndex::chars(&text).convert(&text, b), 1000);
        assert_eq!(OffsetIndex::chars(&text).convert(&text, text.len()), 1002);
    }

    #[test]
    fn agrees_with_counting_chars_everywhere() {
        let text = "a增𠀀长\n5%".repeat(40);
        let (chars, utf16) = (OffsetIndex::chars(&text), OffsetIndex::utf16(&text));
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(chars.convert(&text, b), text[..b].chars().count());
            assert_eq!(utf16.convert(&text, b), text[..b].encode_utf16().count());
        }
    }
}
