//! Reading an input and finding its encoding.
//!
//! Detection, in order: a byte-order mark names the encoding; NUL bytes mean UTF-16 when they
//! fall on one parity (ASCII in UTF-16 LE leaves NULs at odd offsets, BE at even ones), and
//! binary otherwise; valid UTF-8 is UTF-8; then GB18030 (a superset of GBK and GB2312) when it
//! decodes without an error. Whatever is left is refused, as is an empty text or
//! one made mostly of control characters. The page's www/decode.js detects the same way, and
//! both are tested on the files of tests/encodings.

use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE, UTF_8};
use std::fmt;
use std::io::{self, Read};

/// An input that holds no readable text.
#[derive(Debug)]
pub enum InputError {
    /// The file could not be read.
    Io(io::Error),
    /// No bytes, or only white space.
    Empty,
    /// NUL bytes or control characters that no text encoding explains.
    Binary,
    /// Neither UTF-8, UTF-16 nor GB18030.
    Undecodable,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Io(e) => write!(f, "cannot read: {e}"),
            InputError::Empty => f.write_str("empty input: no text to read"),
            InputError::Binary => f.write_str("binary data, not a text"),
            InputError::Undecodable => {
                f.write_str("not a text in UTF-8, UTF-16 or GBK/GB18030 (undecodable bytes)")
            }
        }
    }
}

/// A decoded input.
#[derive(Debug)]
pub struct Input {
    /// The base name of the file (`-` for standard input).
    pub name: String,
    /// The text, without a byte-order mark.
    pub text: String,
    /// The encoding it was read in.
    pub encoding: &'static Encoding,
}

/// Reads a file (or standard input for `-`) and decodes it.
pub fn load(path: &str) -> Result<Input, InputError> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map_err(InputError::Io)?;
        buf
    } else {
        std::fs::read(path).map_err(InputError::Io)?
    };
    let (text, encoding) = decode(&bytes)?;
    Ok(Input {
        name: base_name(path),
        text,
        encoding,
    })
}

/// The last component of a path, as the JSONL `file` field wants it.
pub fn base_name(path: &str) -> String {
    if path == "-" {
        return "-".to_string();
    }
    std::path::Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

/// Detects the encoding of `bytes` and decodes them; the text carries no byte-order mark.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static Encoding), InputError> {
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((enc, bom_len)) => (enc, &bytes[bom_len..]),
        None => (sniff(bytes)?, bytes),
    };
    let text = encoding
        .decode_without_bom_handling_and_without_replacement(body)
        .ok_or(if encoding == UTF_8 || encoding == GB18030 {
            InputError::Undecodable
        } else {
            InputError::Binary
        })?;
    check_text(&text)?;
    Ok((text.into_owned(), encoding))
}

/// The encoding of a text without a byte-order mark.
fn sniff(bytes: &[u8]) -> Result<&'static Encoding, InputError> {
    if bytes.contains(&0) {
        // ASCII in UTF-16 leaves NULs on one parity (odd offsets in LE, even ones in BE), but
        // so do CJK characters of the form U+xx00 (一 is U+4E00) on the other: rather than
        // count NULs, read both ways and keep the one that gives text.
        return match utf16_reading(bytes) {
            Some((share, enc)) if share >= 0.8 => Ok(enc),
            _ => Err(InputError::Binary),
        };
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Ok(UTF_8);
    }
    // (UTF-16 without NULs would be Chinese without a digit, a space or a line break: no report.
    // Reading such bytes as UTF-16 would turn any even-length Latin-1 text into ideographs.)
    if GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .is_some()
    {
        return Ok(GB18030);
    }
    // Bytes no text holds: C0 controls other than white space.
    let control = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    Err(if control * 10 > bytes.len() {
        InputError::Binary
    } else {
        InputError::Undecodable
    })
}

/// UTF-16 read both ways: the better reading's share of plausible characters and its encoding.
fn utf16_reading(bytes: &[u8]) -> Option<(f64, &'static Encoding)> {
    if bytes.len() % 2 != 0 {
        return None;
    }
    [UTF_16LE, UTF_16BE]
        .into_iter()
        .filter_map(|enc| {
            let text = enc.decode_without_bom_handling_and_without_replacement(bytes)?;
            Some((plausible_share(&text), enc))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
}

/// The share of characters a Chinese or ASCII text is made of: ASCII printables and white
/// space, CJK punctuation, common CJK ideographs, full-width forms.
fn plausible_share(text: &str) -> f64 {
    let mut total = 0usize;
    let mut good = 0usize;
    for c in text.chars() {
        total += 1;
        let u = c as u32;
        if matches!(u, 0x20..=0x7E | 0x09 | 0x0A | 0x0D | 0x3000..=0x303F | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF)
            || matches!(c, '—' | '“' | '”' | '‘' | '’' | '…' | '·')
        {
            good += 1;
        }
    }
    if total == 0 {
        0.0
    } else {
        good as f64 / total as f64
    }
}

/// Refuses a decoded text that is blank or mostly control characters.
fn check_text(text: &str) -> Result<(), InputError> {
    let mut total = 0usize;
    let mut control = 0usize;
    let mut blank = true;
    for c in text.chars() {
        total += 1;
        if !c.is_whitespace() {
            blank = false;
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') || c == '\u{FFFD}' {
            control += 1;
        }
    }
    if blank {
        return Err(InputError::Empty);
    }
    // More than one character in ten that no text holds: a binary file that happened to decode.
    if control * 10 > total {
        return Err(InputError::Binary);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "一、今年预期目标：地区生产总值增长6%左右。\n";

    fn utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend_from_slice(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
        }
        for u in s.encode_utf16() {
            out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        out
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decode(SAMPLE.as_bytes()).unwrap(),
            (SAMPLE.to_string(), UTF_8)
        );
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice(SAMPLE.as_bytes());
        assert_eq!(decode(&b).unwrap(), (SAMPLE.to_string(), UTF_8));
    }

    #[test]
    fn utf16_every_way() {
        for (le, bom) in [(true, true), (false, true), (true, false), (false, false)] {
            let (text, enc) = decode(&utf16(SAMPLE, le, bom)).unwrap();
            assert_eq!(text, SAMPLE, "le={le} bom={bom}");
            assert_eq!(enc, if le { UTF_16LE } else { UTF_16BE });
        }
    }

    #[test]
    fn gbk() {
        let (bytes, _, bad) = GB18030.encode(SAMPLE);
        assert!(!bad);
        assert!(std::str::from_utf8(&bytes).is_err());
        assert_eq!(decode(&bytes).unwrap(), (SAMPLE.to_string(), GB18030));
    }

    /// The files the page's decoder is tested on too (tests/node/decode.test.mjs).
    #[test]
    fn shared_encoding_files() {
        // The repository's tests/encodings, from this crate or from a crate that includes this file.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .ancestors()
            .map(|a| a.join("tests/encodings"))
            .find(|d| d.is_dir())
            .expect("tests/encodings");
        let expected = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
        let mut n = 0;
        for line in expected.lines() {
            let (name, want) = line.split_once(' ').unwrap();
            let bytes = std::fs::read(dir.join(name)).unwrap();
            let got = match decode(&bytes) {
                Ok((text, enc)) => {
                    assert!(text.contains("生产总值"), "{name}: {text:?}");
                    enc.name().to_ascii_lowercase()
                }
                Err(InputError::Empty) => "empty".into(),
                Err(InputError::Binary) => "binary".into(),
                Err(InputError::Undecodable) => "undecodable".into(),
                Err(e) => panic!("{name}: {e}"),
            };
            assert_eq!(got, want, "{name}");
            n += 1;
        }
        assert!(n >= 15);
    }

    #[test]
    fn refusals() {
        assert!(matches!(decode(b""), Err(InputError::Empty)));
        assert!(matches!(decode(b" \n\r\n"), Err(InputError::Empty)));
        assert!(matches!(
            decode(&[0u8, 1, 2, 3, 0, 0, 7, 0, 0xFF]),
            Err(InputError::Binary)
        ));
        assert!(matches!(
            decode(&[1u8, 2, 3, 4, 5, 6, 7, 8, b'a']),
            Err(InputError::Binary)
        ));
        // 0x80 and 0xFF are no GB18030 lead bytes and no UTF-8 either; odd, so no UTF-16.
        assert!(matches!(
            decode(&[b'a', 0xFF, 0x80, 0xFF, b'b']),
            Err(InputError::Undecodable)
        ));
    }
}
