//! Full-width forms to their ASCII equivalents: ７．３％ → 7.3%, ， → ,.

/// The half-width form of a full-width ASCII variant; other chars unchanged.
pub(crate) fn to_half_width(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{2014}' | '\u{2013}' | '\u{2212}' | '\u{2010}' | '\u{2011}' => c,
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_and_signs() {
        let s: String = "７．３％，（１）：Ｘ".chars().map(to_half_width).collect();
        assert_eq!(s, "7.3%,(1):X");
        assert_eq!(to_half_width('增'), '增');
    }
}
