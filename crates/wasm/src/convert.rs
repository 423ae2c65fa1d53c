//! The shape records take in JavaScript: the CLI's JSON fields, UTF-16 offsets and the quote.
//!
//! Nothing here depends on wasm-bindgen, so it is unit-tested natively with `cargo test`.

use serde::{Deserialize, Serialize};
use zhibiao::{Analysis, Meta, OffsetIndex, RecordRow, Span};

/// Options accepted by `analyze(text, options)`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct JsOptions {
    /// The report's year, when the text does not say it.
    pub year: Option<i32>,
    /// The region, when the text does not say it.
    pub region: Option<String>,
    /// A file name copied into every record's `file` field.
    pub file: Option<String>,
}

impl JsOptions {
    /// The core's options.
    pub fn core(&self) -> zhibiao::Options {
        zhibiao::Options {
            year: self.year,
            region: self.region.clone(),
        }
    }
}

/// The whole result: one entry per report found in the text.
#[derive(Debug, Serialize)]
pub struct JsAnalysis<'a> {
    pub docs: Vec<JsDoc<'a>>,
}

/// One report, with UTF-16 offsets of its extent.
#[derive(Debug, Serialize)]
pub struct JsDoc<'a> {
    pub start: usize,
    pub end: usize,
    /// Region and year (`启东市2020H1`), or null.
    pub label: Option<String>,
    /// The core's [`Meta`] as it serializes (level lowercase, absent fields null).
    pub meta: &'a Meta,
    pub records: Vec<JsRecord<'a>>,
}

/// One record: the CLI's JSONL fields with offsets in UTF-16 code units, plus the qualifier's
/// hardness. In JavaScript it also carries `file` (the option) and `doc` (its doc's label),
/// added by `js/inflate.js` with the quote.
#[derive(Debug, Serialize)]
pub struct JsRecord<'a> {
    #[serde(flatten)]
    pub fields: RecordRow<'a>,
    pub hardness: Option<&'static str>,
}

/// An analysis as it crosses into JavaScript (`js/inflate.js` makes the objects): every
/// record's fields as numbers, [`RECORD_FIELDS`] of them in that order, strings as indices into
/// one table of the strings that occur (`-1` for null, NaN for a null number, 0 or 1 for a
/// flag), and the rest as a little JSON. The numbers are read in place from wasm memory: no text
/// to write, decode and parse per record. The quote is `text.slice(start, end)` in JavaScript.
#[derive(Debug)]
pub struct Packed {
    /// `{"strings": [...], "docs": [{"start", "end", "label", "meta", "records": count}]}`.
    pub json: String,
    /// The records' fields, docs in order, records in order.
    pub numbers: Vec<f64>,
}

/// The fields of a record in [`Packed::numbers`], in order: the packed fields of data/record.json,
/// from which `js/inflate.js` is generated to read them by position (a test holds the two equal).
pub const RECORD_FIELDS: [&str; 16] = [
    "kind",
    "indicator",
    "canonical",
    "verb",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "hardness",
    "measure",
    "absent",
    "period",
    "placeholder",
    "headline",
    "start",
    "end",
];

/// A hasher for the table of a [`Packed`] analysis: a word's length and its first and last eight
/// bytes, mixed by one multiplication. Its keys are a report's own short words, asked for several
/// times per record, where SipHash (and even a pass over every byte) cost more than the rest.
#[derive(Default)]
struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let word = |b: &[u8]| match b.first_chunk::<8>() {
            Some(w) => u64::from_le_bytes(*w),
            None => b.iter().fold(0, |w, &x| w << 8 | u64::from(x)),
        };
        let (head, tail) = (word(bytes), word(&bytes[bytes.len().saturating_sub(8)..]));
        self.0 = (self.0.rotate_left(5) ^ head ^ tail.rotate_left(29) ^ bytes.len() as u64)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// Packs an analysis for JavaScript.
pub fn pack<'a>(js: &'a JsAnalysis<'a>) -> Packed {
    #[derive(Serialize)]
    struct Head<'a> {
        strings: Vec<&'a str>,
        docs: Vec<DocHead<'a>>,
    }
    #[derive(Serialize)]
    struct DocHead<'a> {
        start: usize,
        end: usize,
        label: &'a Option<String>,
        meta: &'a Meta,
        records: usize,
    }
    /// The strings met so far, each with its index.
    #[derive(Default)]
    struct Table<'a> {
        strings: Vec<&'a str>,
        index: std::collections::HashMap<&'a str, usize, std::hash::BuildHasherDefault<WordHasher>>,
    }
    impl<'a> Table<'a> {
        fn id(&mut self, s: Option<&'a str>) -> f64 {
            let Some(s) = s else { return -1.0 };
            let next = self.strings.len();
            let i = *self.index.entry(s).or_insert(next);
            if i == next {
                self.strings.push(s);
            }
            i as f64
        }
    }
    let mut table = Table::default();
    let mut id = |s| table.id(s);
    let records: usize = js.docs.iter().map(|d| d.records.len()).sum();
    let mut numbers = Vec::with_capacity(records * RECORD_FIELDS.len());
    for r in js.docs.iter().flat_map(|d| &d.records) {
        let f = &r.fields;
        let number = |v: Option<f64>| v.unwrap_or(f64::NAN);
        numbers.extend([
            id(Some(f.kind)),
            id(Some(f.indicator)),
            id(Some(f.canonical)),
            id(f.verb),
            number(f.value),
            number(f.value_max),
            id(f.unit),
            id(f.qualifier),
            id(r.hardness),
            id(f.measure),
            f64::from(u8::from(f.absent)),
            id(f.period),
            f64::from(u8::from(f.placeholder)),
            f64::from(u8::from(f.headline)),
            f.start as f64,
            f.end as f64,
        ]);
    }
    let docs = js
        .docs
        .iter()
        .map(|d| DocHead {
            start: d.start,
            end: d.end,
            label: &d.label,
            meta: d.meta,
            records: d.records.len(),
        })
        .collect();
    // Plain data of strings and numbers: serializing it cannot fail.
    let json = serde_json::to_string(&Head {
        strings: table.strings,
        docs,
    })
    .unwrap_or_default();
    Packed { json, numbers }
}

/// A span the core returned that does not fall on character boundaries of the text.
#[derive(Debug, PartialEq, Eq)]
pub struct BadSpan(pub Span);

impl std::fmt::Display for BadSpan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "internal error: span {}..{} is not a valid range of the text",
            self.0.start, self.0.end
        )
    }
}

/// Converts the core's byte-offset analysis of `text` into the JavaScript shape.
pub fn to_js<'a>(text: &'a str, analysis: &'a Analysis) -> Result<JsAnalysis<'a>, BadSpan> {
    let index = OffsetIndex::utf16(text);
    let check = |span: Span| -> Result<(), BadSpan> {
        let ok = span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end);
        if ok {
            Ok(())
        } else {
            Err(BadSpan(span))
        }
    };
    let docs = analysis
        .docs
        .iter()
        .map(|doc| {
            check(doc.span)?;
            let label = Some(doc.label()).filter(|l| !l.is_empty());
            let records = doc
                .records
                .iter()
                .map(|r| {
                    check(r.span)?;
                    Ok(JsRecord {
                        fields: RecordRow::new(r, text, &index),
                        hardness: r.qualifier.map(|q| q.hardness().as_str()),
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let (start, end) = (
                index.convert(text, doc.span.start),
                index.convert(text, doc.span.end),
            );
            Ok(JsDoc {
                start,
                end,
                label,
                meta: &doc.meta,
                records,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(JsAnalysis { docs })
}

#[cfg(test)]
mod tests {
    use super::*;
    use zhibiao::{Doc, Kind, Qualifier, Record};

    fn rec(text: &str, phrase: &str, kind: Kind, q: Option<Qualifier>) -> Record {
        let start = text.find(phrase).expect("phrase in text");
        Record {
            kind,
            indicator: "地区生产总值".into(),
            canonical: "gdp".into(),
            verb: Some("增长".into()),
            value: Some(6.0),
            value_max: None,
            unit: Some("%".into()),
            qualifier: q,
            measure: None,
            absent: false,
            period: Some("2024".into()),
            placeholder: false,
            headline: true,
            span: Span {
                start,
                end: start + phrase.len(),
            },
        }
    }

    fn analysis(text: &str, records: Vec<Record>) -> Analysis {
        let meta = Meta {
            region: Some("青岚市".into()),
            year: Some(2024),
            ..Meta::default()
        };
        Analysis {
            docs: vec![Doc {
                span: Span {
                    start: 0,
                    end: text.len(),
                },
                meta,
                records,
            }],
        }
    }

    /// Slices a string by UTF-16 code units, as JavaScript's `String.prototype.slice` does.
    fn js_slice(text: &str, start: usize, end: usize) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[start..end]).unwrap()
    }

    #[test]
    fn offsets_are_utf16_outside_the_bmp() {
        let text = "𠀀𠀁序言。地区生产总值增长6%左右。";
        let phrase = "地区生产总值增长6%左右";
        let a = analysis(
            text,
            vec![rec(text, phrase, Kind::Target, Some(Qualifier::About))],
        );
        let js = to_js(text, &a).unwrap();
        let r = &js.docs[0].records[0];
        // Two astral characters are four UTF-16 units but two code points and eight bytes.
        assert_eq!(r.fields.start, 4 + "序言。".encode_utf16().count());
        assert_eq!(js_slice(text, r.fields.start, r.fields.end), phrase);
        assert_eq!(r.fields.quote, phrase);
        assert_eq!(js.docs[0].end, text.encode_utf16().count());
    }

    #[test]
    fn byte_offsets_would_slice_the_wrong_text() {
        let text = "𠀀地区生产总值增长6%左右";
        let phrase = "地区生产总值增长6%左右";
        let r = rec(text, phrase, Kind::Target, None);
        let units = text.encode_utf16().count();
        assert!(r.span.start > 2, "byte offset past the astral char");
        assert!(r.span.end > units, "byte offsets overrun the UTF-16 length");
    }

    #[test]
    fn fields_mirror_the_cli() {
        let text = "今年地区生产总值增长6%左右。";
        let a = analysis(
            text,
            vec![rec(
                text,
                "地区生产总值增长6%左右",
                Kind::Target,
                Some(Qualifier::About),
            )],
        );
        let js = to_js(text, &a).unwrap();
        let r = &js.docs[0].records[0];
        assert_eq!(js.docs[0].label.as_deref(), Some("青岚市2024"));
        assert_eq!(r.fields.kind, "target");
        assert_eq!(r.fields.qualifier, Some("左右"));
        assert_eq!(r.hardness, Some("soft"));
        assert_eq!(js.docs[0].meta.region.as_deref(), Some("青岚市"));
    }

    /// The schema's fields (data/record.json) of which `keep` says yes, in order.
    pub(crate) fn schema_fields(keep: impl Fn(&serde_json::Value) -> bool) -> Vec<String> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/record.json");
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        schema["fields"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| keep(f))
            .map(|f| f["name"].as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn packed_fields_are_the_schemas() {
        assert_eq!(
            RECORD_FIELDS.to_vec(),
            schema_fields(|f| !f["pack"].is_null())
        );
    }

    /// Rebuilds the records' objects from a [`Packed`] as `js/inflate.js` does (less the quote).
    fn unpack(p: &Packed) -> Vec<serde_json::Value> {
        use serde_json::{json, Value};
        let head: Value = serde_json::from_str(&p.json).unwrap();
        let strings: Vec<&str> = head["strings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        p.numbers
            .chunks(RECORD_FIELDS.len())
            .map(|n| {
                let mut o = serde_json::Map::new();
                for (field, &x) in RECORD_FIELDS.iter().zip(n) {
                    let v = match *field {
                        "value" | "value_max" if x.is_nan() => Value::Null,
                        "value" | "value_max" => json!(x),
                        "start" | "end" => json!(x as usize),
                        "placeholder" | "headline" | "absent" => json!(x == 1.0),
                        _ if x < 0.0 => Value::Null,
                        _ => json!(strings[x as usize]),
                    };
                    o.insert(field.to_string(), v);
                }
                Value::Object(o)
            })
            .collect()
    }

    #[test]
    fn packed_records_unpack_to_the_objects() {
        let text = "𠀀今年主要预期目标是:地区生产总值增长6%左右,城镇调查失业率控制在5.5%以内,居民收入与经济增长同步。过去一年,全市完成固定资产投资X亿元。";
        let a = zhibiao::analyze(text);
        let js = to_js(text, &a).unwrap();
        let packed = pack(&js);
        let objects = serde_json::to_value(&js).unwrap();
        let records: Vec<serde_json::Value> = objects["docs"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|d| d["records"].as_array().unwrap().clone())
            .collect();
        assert!(records.len() >= 4, "{records:?}");
        let mut expected = records.clone();
        for r in &mut expected {
            r.as_object_mut().unwrap().remove("quote");
        }
        assert_eq!(unpack(&packed), expected);
        let head: serde_json::Value = serde_json::from_str(&packed.json).unwrap();
        for key in ["start", "end", "label", "meta"] {
            assert_eq!(head["docs"][0][key], objects["docs"][0][key], "{key}");
        }
        assert_eq!(head["docs"][0]["records"], records.len());
    }

    #[test]
    fn hardness_follows_the_qualifier() {
        let text = "增长6%以上，控制在3%以内";
        let a = analysis(
            text,
            vec![
                rec(text, "增长6%以上", Kind::Target, Some(Qualifier::AtLeast)),
                rec(text, "控制在3%以内", Kind::Target, Some(Qualifier::Within)),
            ],
        );
        let js = to_js(text, &a).unwrap();
        let h: Vec<_> = js.docs[0].records.iter().map(|r| r.hardness).collect();
        assert_eq!(h, vec![Some("floor"), Some("ceiling")]);
    }

    #[test]
    fn a_span_inside_a_character_is_an_error() {
        let text = "增长6%";
        let mut r = rec(text, "增长6%", Kind::Actual, None);
        r.span.start = 1;
        let err = to_js(text, &analysis(text, vec![r])).unwrap_err();
        assert!(err.to_string().contains("1.."), "{err}");
    }

    #[test]
    fn options_reach_the_core() {
        let o = JsOptions {
            year: Some(2023),
            region: Some("青岚市".into()),
            file: None,
        };
        let c = o.core();
        assert_eq!(c.year, Some(2023));
        assert_eq!(c.region.as_deref(), Some("青岚市"));
    }
}
