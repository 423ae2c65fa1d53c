//! A set of characters of the basic plane with constant-time membership (as a rank), and values
//! grouped by a char on top of it: the first test of every lexicon scan, so that most characters
//! cost one bit lookup, and the group of the others found by the rank of their bit, no hashing.

/// A bit per code point of the basic multilingual plane.
pub(crate) struct CharSet {
    bits: Vec<u64>,
    /// For each word of `bits`, how many chars of the set come before it.
    ranks: Vec<u32>,
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
        let ranks = bits
            .iter()
            .scan(0u32, |before, w| {
                let r = *before;
                *before += w.count_ones();
                Some(r)
            })
            .collect();
        CharSet { bits, ranks }
    }

    /// How many chars of the set come before the code point `cp`, if it is in the set.
    #[inline]
    pub fn rank(&self, cp: u32) -> Option<usize> {
        let word = *self.bits.get((cp / 64) as usize)?;
        let bit = 1u64 << (cp % 64);
        if word & bit == 0 {
            return None;
        }
        Some((self.ranks[(cp / 64) as usize] + (word & (bit - 1)).count_ones()) as usize)
    }
}

/// Values grouped by a char of the basic plane, each group in the order the values were given.
pub(crate) struct ByChar<T> {
    chars: CharSet,
    /// Each char's group in `items`, the chars in code point order.
    groups: Vec<(u32, u32)>,
    items: Vec<T>,
}

impl<T> ByChar<T> {
    /// Groups `items` by their char (those beyond the basic plane are left out).
    pub fn new(items: impl IntoIterator<Item = (char, T)>) -> ByChar<T> {
        let mut keyed: Vec<(char, T)> = items
            .into_iter()
            .filter(|(c, _)| (*c as u32) < 0x10000)
            .collect();
        keyed.sort_by_key(|(c, _)| *c); // stable: each group keeps the order given
        let mut groups: Vec<(u32, u32)> = Vec::new();
        for (i, (c, _)) in keyed.iter().enumerate() {
            match groups.last_mut() {
                Some(g) if i > 0 && keyed[i - 1].0 == *c => g.1 += 1,
                _ => groups.push((i as u32, i as u32 + 1)),
            }
        }
        ByChar {
            chars: CharSet::new(keyed.iter().map(|(c, _)| *c)),
            groups,
            items: keyed.into_iter().map(|(_, v)| v).collect(),
        }
    }

    /// The values of the char with code point `cp` (none for most).
    #[inline]
    pub fn get(&self, cp: u32) -> &[T] {
        match self.chars.rank(cp) {
            Some(r) => {
                let (from, to) = self.groups[r];
                &self.items[from as usize..to as usize]
            }
            None => &[],
        }
    }
}

/// The Chinese numerals, digits and magnitudes (the walk notes where a figure may start at one).
pub(crate) const NUMERALS: &str = "〇零一二两三四五六七八九十百千万亿";

#[cfg(test)]
mod tests {
    use super::{ByChar, CharSet};

    #[test]
    fn membership() {
        let s = CharSet::new("增长%".chars());
        assert!(s.rank('增' as u32).is_some() && s.rank('%' as u32).is_some());
        assert!(s.rank('减' as u32).is_none() && s.rank('𠀀' as u32).is_none());
    }

    #[test]
    fn groups_by_char_in_order_given() {
        // 䀀 and 䀁 share a word of bits, 增 stands in another; 𠀀 is beyond the basic plane.
        let g = ByChar::new([('增', 1), ('䀁', 2), ('增', 3), ('䀀', 4), ('𠀀', 5)]);
        assert_eq!(g.get('增' as u32), [1, 3]);
        assert_eq!(g.get('䀁' as u32), [2]);
        assert_eq!(g.get('䀀' as u32), [4]);
        assert!(g.get('减' as u32).is_empty() && g.get('𠀀' as u32).is_empty());
        let s = CharSet::new("ba".chars());
        assert_eq!(
            (s.rank('a' as u32), s.rank('b' as u32), s.rank('c' as u32)),
            (Some(0), Some(1), None)
        );
    }
}
