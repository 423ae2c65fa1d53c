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
        let mut marks = Vec::with_capacity(text.len() / 64 + 2);
        let mut units = 0usize;
        let mut next_mark = 0usize;
        for (b, c) in text.char_indices() {
            if b >= next_mark {
                marks.push((b, units));
                next_mark = b + 64;
            }
            units += if utf16 { c.len_utf16() } else { 1 };
        }
        marks.push((text.len(), units));
        OffsetIndex { marks, utf16 }
    }

    /// The unit offset of byte offset `byte` (which must be a char boundary of the text).
    pub fn convert(&self, text: &str, byte: usize) -> usize {
        let i = match self.marks.binary_search_by(|m| m.0.cmp(&byte)) {
            Ok(i) => return self.marks[i].1,
            Err(i) => i - 1,
        };
        let (b0, u0) = self.marks[i];
        let slice = &text[b0..byte];
        u0 + if self.utf16 { slice.encode_utf16().count() } else { slice.chars().count() }
    }
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
}
