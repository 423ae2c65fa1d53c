//! Aligned plain-text tables, counting a CJK character as two columns.

use std::io::{self, Write};

/// Cells wider than this are cut with an ellipsis.
const MAX_CELL: usize = 40;

/// Terminal columns a character takes: two for wide East Asian characters, one otherwise.
fn char_width(c: char) -> usize {
    let u = c as u32;
    let wide = matches!(u,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x20000..=0x2FFFD | 0x30000..=0x3FFFD);
    if wide {
        2
    } else {
        1
    }
}

/// Display width of a string.
pub fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// The cell as shown: line breaks flattened, cut to [`MAX_CELL`] columns.
fn shown(cell: &str) -> String {
    let flat: String = cell
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if width(&flat) <= MAX_CELL {
        return flat;
    }
    // A path keeps its end (the region and year of a corpus file), other text its start.
    let path = flat.contains('/');
    let mut kept = Vec::new();
    let mut w = 0;
    let chars: Vec<char> = if path {
        flat.chars().rev().collect()
    } else {
        flat.chars().collect()
    };
    for c in chars {
        if w + char_width(c) > MAX_CELL - 1 {
            break;
        }
        w += char_width(c);
        kept.push(c);
    }
    if path {
        std::iter::once('…').chain(kept.into_iter().rev()).collect()
    } else {
        kept.into_iter().chain(std::iter::once('…')).collect()
    }
}

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.parse::<f64>().is_ok()
}

/// Writes `rows` under `headers`, columns two spaces apart; numbers are right-aligned.
pub fn write_table(w: &mut impl Write, headers: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let shown_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| shown(c)).collect())
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for row in &shown_rows {
        for (i, cell) in row.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(width(cell));
            }
        }
    }
    let header_cells: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
    write_line(w, &header_cells, &widths, false)?;
    let rule: Vec<String> = widths.iter().map(|&n| "-".repeat(n)).collect();
    write_line(w, &rule, &widths, false)?;
    for row in &shown_rows {
        write_line(w, row, &widths, true)?;
    }
    Ok(())
}

fn write_line(
    w: &mut impl Write,
    cells: &[String],
    widths: &[usize],
    align_numbers: bool,
) -> io::Result<()> {
    let mut line = String::new();
    let last = cells.len().min(widths.len()).saturating_sub(1);
    for (i, cell) in cells.iter().enumerate().take(widths.len()) {
        let pad = " ".repeat(widths[i].saturating_sub(width(cell)));
        if align_numbers && is_number(cell) {
            line.push_str(&pad);
            line.push_str(cell);
        } else {
            line.push_str(cell);
            if i < last {
                line.push_str(&pad);
            }
        }
        if i < last {
            line.push_str("  ");
        }
    }
    writeln!(w, "{}", line.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_two_columns_wide() {
        assert_eq!(width("地区生产总值"), 12);
        assert_eq!(width("gdp"), 3);
        assert_eq!(width("％"), 2);
    }

    #[test]
    fn aligned() {
        let mut out = Vec::new();
        let rows = vec![
            vec!["地区".to_string(), "6.5".into()],
            vec!["gdp".into(), "10".into()],
        ];
        write_table(&mut out, &["name", "value"], &rows).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "name  value");
        assert_eq!(lines[2], "地区    6.5");
        assert_eq!(lines[3], "gdp      10");
    }

    #[test]
    fn long_cells_are_cut() {
        let long = "数".repeat(50);
        let s = shown(&long);
        assert!(width(&s) <= MAX_CELL);
        assert!(s.ends_with('…'));
        let path = format!(
            "../shared/corpus/gov/city-other/{}/2023.md",
            "长".repeat(30)
        );
        let s = shown(&path);
        assert!(width(&s) <= MAX_CELL);
        assert!(s.starts_with('…') && s.ends_with("/2023.md"), "{s}");
    }
}
