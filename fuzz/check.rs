//! The invariants every analysis must keep, checked by the fuzz targets, the property tests
//! (tests/props.rs) and the corpus replay (tests/regressions/issue_5.rs).

/// Analyzes `text` and panics unless every span is valid: doc and record spans lie on char
/// boundaries; docs tile the text in order (the first starts at 0, each where the previous one
/// ends, the last at the end); records lie inside their doc, in text order; the code-point
/// and UTF-16 offsets of a record's ends are right; no value is NaN.
pub fn check(text: &str) {
    let analysis = zhibiao::analyze(text);
    assert!(!analysis.docs.is_empty(), "no doc");
    let chars = zhibiao::OffsetIndex::chars(text);
    let utf16 = zhibiao::OffsetIndex::utf16(text);
    // (byte, UTF-16 unit) of every char boundary; its index is the code-point offset.
    let mut bounds = Vec::with_capacity(text.len() + 1);
    let mut units = 0;
    for (i, c) in text.char_indices() {
        bounds.push((i, units));
        units += c.len_utf16();
    }
    bounds.push((text.len(), units));
    let expect = |byte: usize| {
        let k = bounds
            .binary_search_by_key(&byte, |&(b, _)| b)
            .expect("not a char boundary");
        (k, bounds[k].1)
    };
    let mut at = 0;
    for doc in &analysis.docs {
        let d = doc.span;
        assert!(
            d.start <= d.end && d.end <= text.len(),
            "doc span {d:?} outside {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(d.start) && text.is_char_boundary(d.end),
            "doc span {d:?} off a char boundary"
        );
        assert_eq!(d.start, at, "docs do not tile the text at {d:?}");
        at = d.end;
        let mut prev = d.start;
        for r in &doc.records {
            let s = r.span;
            assert!(
                s.start <= s.end && s.end <= text.len(),
                "record span {s:?} outside {} bytes",
                text.len()
            );
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "record span {s:?} off a char boundary"
            );
            assert!(
                d.start <= s.start && s.end <= d.end,
                "record {s:?} outside its doc {d:?}"
            );
            assert!(s.start >= prev, "records out of text order at {s:?}");
            prev = s.start;
            for byte in [s.start, s.end] {
                let got = (chars.convert(text, byte), utf16.convert(text, byte));
                assert_eq!(
                    got,
                    expect(byte),
                    "code-point and UTF-16 offsets of byte {byte}"
                );
            }
            assert!(
                !r.value.is_some_and(f64::is_nan) && !r.value_max.is_some_and(f64::is_nan),
                "NaN value at {s:?}"
            );
        }
    }
    assert_eq!(at, text.len(), "docs end before the text does");
}
