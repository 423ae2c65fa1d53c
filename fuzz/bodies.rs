//! The bodies of the fuzz targets, shared with `cargo test`: tests/regressions/issue_5.rs
//! replays the committed corpus through them, so a fuzz input checks the same in both.

#![allow(dead_code)]

/// The span checks, shared with the property tests.
#[path = "check.rs"]
mod check;
pub use check::check;

/// The CLI's decoder, included as is (it is a module of the binary, not a library).
#[path = "../crates/cli/src/input.rs"]
mod input;

/// `analyze` on the bytes as UTF-8 (invalid sequences replaced), with every span checked.
pub fn analyze_bytes(data: &[u8]) {
    check(&String::from_utf8_lossy(data));
}

/// The CLI's encoding detection; a decoded text goes through `analyze` too.
pub fn decode_bytes(data: &[u8]) {
    let Ok((text, encoding)) = input::decode(data) else {
        return;
    };
    if encoding == encoding_rs::UTF_8 {
        // UTF-8 is passed through: the text is the input without its byte-order mark.
        let body = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
        assert_eq!(text.as_bytes(), body, "UTF-8 input changed by decoding");
    }
    assert!(!text.trim().is_empty(), "a blank text was accepted");
    check(&text);
}
