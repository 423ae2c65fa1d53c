//! Traditional to simplified characters, one char at a time (offsets stay put).
//!
//! The pairs come from the MIT-licensed `fast2s` crate: the build script runs its conversion
//! over every Han code point of the basic plane and keeps the differences (`T2S`); at run time
//! they fill a dense table once, so a lookup is one index.

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/t2s.rs"));

const FIRST: u32 = 0x3400;
const LAST: u32 = 0x9fff;

/// The simplified form of each code point from FIRST to LAST, 0 where it has none. Every
/// simplified form lies in the basic plane, so 16 bits hold it (54 KB; cache-friendlier than 32).
fn table() -> &'static [u16] {
    static TABLE: OnceLock<Vec<u16>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = vec![0u16; (LAST - FIRST + 1) as usize];
        for &(from, to) in T2S {
            if let (true, Ok(to)) = (
                (FIRST..=LAST).contains(&(from as u32)),
                u16::try_from(to as u32),
            ) {
                table[(from as u32 - FIRST) as usize] = to;
            }
        }
        table
    })
}

/// Traditional → simplified with the table fetched once, for loops over many chars.
#[derive(Clone, Copy)]
pub(crate) struct Simplifier(&'static [u16]);

impl Simplifier {
    pub(crate) fn new() -> Simplifier {
        Simplifier(table())
    }

    #[inline]
    pub(crate) fn map(self, c: char) -> char {
        let cp = c as u32;
        if !(FIRST..=LAST).contains(&cp) {
            return c;
        }
        match self.0[(cp - FIRST) as usize] {
            0 => c,
            t => char::from_u32(t as u32).unwrap_or(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_characters() {
        let t = Simplifier::new();
        let s: String = "經濟發展億萬實現預計總產值達到"
            .chars()
            .map(|c| t.map(c))
            .collect();
        assert_eq!(s, "经济发展亿万实现预计总产值达到");
        assert_eq!(t.map('增'), '增');
        assert_eq!(t.map('7'), '7');
    }

    #[test]
    fn every_simplified_form_fits_the_table() {
        assert!(T2S.iter().all(|&(_, to)| (to as u32) < 0x10000));
    }
}
