//! Numbers written in Chinese numerals: 百分之七, 两位数, 突破千亿元, 二〇三五.

use super::unit::{self, Unit};

/// Whether `c` is a Chinese numeral or magnitude character.
pub(super) fn is_numeral(c: char) -> bool {
    digit(c).is_some() || matches!(c, '十' | '百' | '千' | '万' | '亿')
}

fn digit(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Parses a Chinese-numeral figure at `i`: value, unit and the offset after the unit.
/// A range written in numerals gives its upper bound too.
pub(super) fn parse(text: &str, i: usize) -> Option<(f64, Option<f64>, Unit, usize)> {
    let rest = &text[i..];
    let first = rest.chars().next()?;
    if !is_numeral(first) {
        return None;
    }
    if let Some(r) = rest.strip_prefix("两位数") {
        let _ = r;
        return Some((
            10.0,
            None,
            Unit {
                magnitude: "",
                base: "%",
            },
            i + "两位数".len(),
        ));
    }
    if let Some(r) = rest.strip_prefix("百分之") {
        let j = i + "百分之".len();
        let (v, len) = decimal(r)?;
        let percent = Unit {
            magnitude: "",
            base: "%",
        };
        // 百分之八至九: a range, its upper bound in numerals too.
        let after = &r[len..];
        if let Some(sep) = ["至", "到"].iter().find(|s| after.starts_with(**s)) {
            if let Some((max, used)) = decimal(&after[sep.len()..]).filter(|(max, _)| *max > v) {
                return Some((v, Some(max), percent, j + len + sep.len() + used));
            }
        }
        return Some((v, None, percent, j + len));
    }
    let first = rest.chars().next()?;
    if !is_numeral(first) {
        return None;
    }
    // The numeral run, then split a trailing magnitude off as the unit's (千亿元 → 千 + 亿元).
    let run_len: usize = rest
        .chars()
        .take_while(|c| is_numeral(*c))
        .take(12)
        .map(char::len_utf8)
        .sum();
    let run = &rest[..run_len];
    // Prefer giving a trailing magnitude to the unit: 千亿元 is 1000 亿元, 四万亿元 is 4 万亿元.
    for suffix in ["万亿", "亿", "万", ""] {
        let Some(num) = run.strip_suffix(suffix) else {
            continue;
        };
        let num_len = num.len();
        let (Some(u), after) = unit::parse(text, i + num_len) else {
            continue;
        };
        if u.base.is_empty() {
            continue;
        }
        // A bare magnitude (万人, 千人, 百亿元) is a figure only after a verb of reaching: 突破万人,
        // 超百亿元; elsewhere it is a word (千人计划).
        let bare = num_len == 0 || matches!(num, "十" | "百" | "千");
        if bare
            && !["突破", "超过", "超", "近", "达到", "达", "逾", "上"]
                .iter()
                .any(|w| text[..i].ends_with(w))
        {
            return None;
        }
        let (v, used) = if num_len == 0 { (1, 0) } else { numeral(num)? };
        if used != num_len {
            return None;
        }
        // Counters need a real count: 两个, 十条 (a policy's name) are words, not figures.
        let big =
            num.chars().any(|c| matches!(c, '百' | '千' | '万' | '亿')) || !u.magnitude.is_empty();
        if u.is_counter() && !big {
            return None;
        }
        // 一元化, 三元区, 二元结构: 元 of a word or a place name, not money.
        if u.base == "元"
            && u.magnitude.is_empty()
            && text[after..].starts_with([
                '化', '区', '县', '市', '镇', '乡', '村', '路', '街', '论', '结', '制',
            ])
        {
            return None;
        }
        return Some((v as f64, None, u, after));
    }
    None
}

/// A numeral with its decimals read digit by digit (十一点八 → 11.8); value and bytes used.
fn decimal(s: &str) -> Option<(f64, usize)> {
    let (whole, len) = numeral(s)?;
    if len == 0 {
        return None;
    }
    let Some(rest) = s[len..].strip_prefix('点') else {
        return Some((whole as f64, len));
    };
    // The decimals as an integer over a power of ten: 十一点八 is 118 / 10.
    let (mut digits, mut scale, mut used) = (whole, 1u64, len + '点'.len_utf8());
    for d in rest.chars().take(6).map_while(digit) {
        digits = digits * 10 + d;
        scale *= 10;
        used += '〇'.len_utf8();
    }
    // A 点 without a digit after it is not part of the number.
    Some(if scale == 1 {
        (whole as f64, len)
    } else {
        (digits as f64 / scale as f64, used)
    })
}

/// Value of a numeral string (一千二百, 二〇三五, 十五); returns value and bytes used.
fn numeral(s: &str) -> Option<(u64, usize)> {
    let mut total: u64 = 0;
    let mut section: u64 = 0;
    let mut current: Option<u64> = None;
    let mut used = 0;
    let mut positional: Vec<u64> = Vec::new();
    let mut has_unit = false;
    for c in s.chars() {
        if let Some(d) = digit(c) {
            if let Some(cur) = current {
                positional.push(cur);
            }
            current = Some(d);
        } else {
            let m = match c {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                '万' => 10_000,
                '亿' => 100_000_000,
                _ => break,
            };
            has_unit = true;
            if m >= 10_000 {
                section += current.take().unwrap_or(0);
                total = total.checked_add(section.max(1).checked_mul(m)?)?;
                section = 0;
            } else {
                section = section.checked_add(current.take().unwrap_or(1).checked_mul(m)?)?;
            }
        }
        used += c.len_utf8();
    }
    if !has_unit && !positional.is_empty() {
        // Digit by digit: 二〇三五.
        let mut v = 0u64;
        for d in positional.into_iter().chain(current) {
            v = v.checked_mul(10)?.checked_add(d)?;
        }
        return Some((v, used));
    }
    if !positional.is_empty() {
        return None;
    }
    Some((total + section + current.unwrap_or(0), used))
}

#[cfg(test)]
mod tests {
    use super::numeral;

    #[test]
    fn numerals() {
        assert_eq!(numeral("七"), Some((7, 3)));
        assert_eq!(numeral("十五"), Some((15, 6)));
        assert_eq!(numeral("一千二百"), Some((1200, 12)));
        assert_eq!(numeral("二〇三五"), Some((2035, 12)));
        assert_eq!(numeral("三万五千"), Some((35000, 12)));
        assert_eq!(numeral("千"), Some((1000, 3)));
        assert_eq!(super::decimal("十一点八"), Some((11.8, 12)));
        assert_eq!(super::decimal("七点"), Some((7.0, 3)));
    }
}
