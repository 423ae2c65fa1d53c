//! Converting byte offsets to code-point or UTF-16 offsets, in one linear pass.

/// Converts byte offsets of `text` into another unit.
///
/// Offsets may be queried in any order: the index, built once in `O(n)`, holds the unit count
/// before every 64th byte, and a query adds the units of at most 63 bytes. A byte's units do not
/// depend on its neighbours (a char's first byte counts it), so the marks need not fall on char
/// boundaries, and bytes are counted eight at a time.
pub struct OffsetIndex {
    /// The units before byte `64 * k`, for every `k` up to the text's end.
    marks: Vec<usize>,
    utf16: bool,
}

const CHUNK: usize = 64;

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
        let mut marks = Vec::with_capacity(text.len() / CHUNK + 1);
        let mut units = 0;
        marks.push(0);
        for chunk in text.as_bytes().chunks_exact(CHUNK) {
            units += units_in(chunk, utf16);
            marks.push(units);
        }
        OffsetIndex { marks, utf16 }
    }

    /// The unit offset of byte offset `byte` (which must be a char boundary of the text).
    pub fn convert(&self, text: &str, byte: usize) -> usize {
        let k = (byte / CHUNK).min(self.marks.len() - 1);
        self.marks[k] + units_in(&text.as_bytes()[k * CHUNK..byte], self.utf16)
    }
}

/// The units `bytes` add: one for each byte that starts a char (a byte not of the form
/// 10xxxxxx), and in UTF-16 one more for each that starts a four-byte char (11110xxx).
fn units_in(bytes: &[u8], utf16: bool) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    let mut n = 0;
    for w in &mut words {
        let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        // Bit 7 of each byte set where the byte is a continuation byte (bit 7 set, bit 6 clear).
        let continuation = w & !(w << 1) & HIGH;
        n += 8 - continuation.count_ones() as usize;
        if utf16 {
            n += (w & (w << 1) & (w << 2) & (w << 3) & HIGH).count_ones() as usize;
        }
    }
    n + words
        .remainder()
        .iter()
        .map(|&x| usize::from(x & 0xc0 != 0x80) + usize::from(utf16 && x >= 0xf0))
        .sum::<usize>()
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
    fn four_byte_chars_across_chunk_and_word_edges() {
        for pad in 0..9 {
            let text = "x".repeat(pad) + &"增𠀀é5".repeat(30);
            let (chars, utf16) = (OffsetIndex::chars(&text), OffsetIndex::utf16(&text));
            for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    chars.convert(&text, b),
                    text[..b].chars().count(),
                    "pad {pad} byte {b}"
                );
                assert_eq!(
                    utf16.convert(&text, b),
                    text[..b].encode_utf16().count(),
                    "pad {pad} byte {b}"
                );
            }
        }
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
