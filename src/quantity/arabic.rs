//! Arabic numbers: digits, thousands separators, decimals.

/// Parses a number at `i` (which holds a digit); returns the value and the offset after it.
pub(super) fn parse(text: &str, i: usize) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    let int_end = j;
    // Thousands groups: 1,234,567 — exactly three digits after each comma.
    let mut grouped = false;
    while b.get(j) == Some(&b',')
        && j + 4 <= b.len()
        && b[j + 1..j + 4].iter().all(u8::is_ascii_digit)
        && !b.get(j + 4).is_some_and(u8::is_ascii_digit)
        && int_end - i <= 3
    {
        j += 4;
        grouped = true;
    }
    if b.get(j) == Some(&b'.') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
        j += 1;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
    }
    if j - i > 24 {
        return None;
    }
    let s = &text[i..j];
    let v = if grouped {
        s.replace(',', "").parse().ok()?
    } else {
        s.parse().ok()?
    };
    Some((v, j))
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn forms() {
        assert_eq!(parse("12.5%", 0), Some((12.5, 4)));
        assert_eq!(parse("1,234.5亿", 0), Some((1234.5, 7)));
        assert_eq!(parse("12,3", 0), Some((12.0, 2)));
        assert_eq!(parse("7.", 0), Some((7.0, 1)));
        assert_eq!(parse(&"9".repeat(40), 0), None);
    }
}
