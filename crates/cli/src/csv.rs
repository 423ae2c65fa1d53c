//! CSV as Excel opens it: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting.

use std::io::{self, Write};

/// The byte-order mark that makes Excel read the file as UTF-8.
pub const BOM: &[u8] = "\u{FEFF}".as_bytes();

/// Writes one record: fields holding a comma, a quote or a line break are quoted, quotes doubled.
pub fn write_record<I, S>(w: &mut impl Write, cells: I) -> io::Result<()>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        let cell = cell.as_ref();
        if cell.contains([',', '"', '\n', '\r']) {
            w.write_all(b"\"")?;
            w.write_all(cell.replace('"', "\"\"").as_bytes())?;
            w.write_all(b"\"")?;
        } else {
            w.write_all(cell.as_bytes())?;
        }
    }
    w.write_all(b"\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        let mut out = Vec::new();
        write_record(&mut out, ["a", "b,c", "say \"hi\"", "two\nlines", ""]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"
        );
    }
}
