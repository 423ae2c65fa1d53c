//! A set of characters of the basic plane with constant-time membership: the first test of
//! every lexicon scan, so that most characters cost one bit lookup.

/// A bit per code point of the basic multilingual plane.
pub(crate) struct CharSet {
    bits: Vec<u64>,
}

impl CharSet {
    /// The set of `chars` (those beyond the basic plane are left out: no lexicon word starts there).
    pub fn new(chars: impl IntoIterator<Item = char>) -> CharSet {
        let mut bits = vec![0u64; 0x10000 / 64];
        for c in chars {
            let cp = c as u32;
            if cp < 0x10000 {
                bits[(cp / 64) as usize] |= 1 << (cp % 64);
            }
        }
        CharSet { bits }
    }

    /// Whether `c` is in the set.
    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let cp = c as u32;
        cp < 0x10000 && self.bits[(cp / 64) as usize] & (1 << (cp % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::CharSet;

    #[test]
    fn membership() {
        let s = CharSet::new("增长%".chars());
        assert!(s.contains('增') && s.contains('%'));
        assert!(!s.contains('减') && !s.contains('𠀀'));
    }
}
