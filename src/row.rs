//! A record as readers outside Rust see it: its fields flat, its offsets in the unit the reader
//! counts in (code points for the CLI's JSONL, UTF-16 units for JavaScript, see [`OffsetIndex`]),
//! and the text it quotes. The CLI's rows and the WebAssembly package's records are both this.

use serde::Serialize;

use crate::{OffsetIndex, Record};

/// A record's fields, borrowed from the record and its text, with converted offsets.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecordRow<'a> {
    /// [`crate::Kind::as_str`].
    pub kind: &'static str,
    /// See [`Record::indicator`].
    pub indicator: &'a str,
    /// See [`Record::canonical`].
    pub canonical: &'a str,
    /// See [`Record::verb`].
    pub verb: Option<&'a str>,
    /// See [`Record::value`].
    pub value: Option<f64>,
    /// See [`Record::value_max`].
    pub value_max: Option<f64>,
    /// See [`Record::unit`].
    pub unit: Option<&'a str>,
    /// [`crate::Qualifier::as_str`].
    pub qualifier: Option<&'static str>,
    /// [`crate::Measure::as_str`].
    pub measure: Option<&'static str>,
    /// See [`Record::absent`].
    pub absent: bool,
    /// See [`Record::period`].
    pub period: Option<&'a str>,
    /// See [`Record::placeholder`].
    pub placeholder: bool,
    /// See [`Record::headline`].
    pub headline: bool,
    /// Start of the span, in the index's unit.
    pub start: usize,
    /// End of the span, in the index's unit.
    pub end: usize,
    /// The text of the span, unchanged.
    pub quote: &'a str,
}

impl<'a> RecordRow<'a> {
    /// Converts a record of `text`, with `index` built over the same text.
    ///
    /// A span that is not a range of `text` on char boundaries (which `analyze` never returns)
    /// quotes nothing.
    pub fn new(record: &'a Record, text: &'a str, index: &OffsetIndex) -> RecordRow<'a> {
        let Record {
            kind,
            indicator,
            canonical,
            verb,
            value,
            value_max,
            unit,
            qualifier,
            measure,
            absent,
            period,
            placeholder,
            headline,
            span,
        } = record;
        RecordRow {
            kind: kind.as_str(),
            indicator,
            canonical,
            verb: verb.as_deref(),
            value: *value,
            value_max: *value_max,
            unit: unit.as_deref(),
            qualifier: qualifier.map(|q| q.as_str()),
            measure: measure.map(|m| m.as_str()),
            absent: *absent,
            period: period.as_deref(),
            placeholder: *placeholder,
            headline: *headline,
            start: index.convert(text, span.start),
            end: index.convert(text, span.end),
            quote: text.get(span.start..span.end).unwrap_or(""),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row's fields are the schema's (data/record.json) in its order, less the two the readers
    /// add (the file and the doc's label).
    #[test]
    fn fields_are_the_schemas() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../data/record.json")).unwrap();
        let want: Vec<&str> = schema["fields"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["row"] == true)
            .map(|f| f["name"].as_str().unwrap())
            .filter(|n| !matches!(*n, "file" | "doc"))
            .collect();
        let text = "今年地区生产总值增长6%左右。";
        let a = crate::analyze(text);
        let (_, r) = a.records().next().unwrap();
        let json =
            serde_json::to_string(&RecordRow::new(r, text, &OffsetIndex::chars(text))).unwrap();
        // The keys in the order serialized: each `"name":` at the top level of the object.
        let keys: Vec<&str> = want
            .iter()
            .copied()
            .filter(|k| json.contains(&format!("\"{k}\":")))
            .collect();
        let mut at: Vec<(usize, &str)> = keys
            .iter()
            .map(|k| (json.find(&format!("\"{k}\":")).unwrap(), *k))
            .collect();
        at.sort();
        let order: Vec<&str> = at.into_iter().map(|(_, k)| k).collect();
        assert_eq!(order, want, "{json}");
    }

    #[test]
    fn offsets_in_the_index_unit_and_the_quote() {
        let text = "𠀀序言。今年主要预期目标是:地区生产总值增长6%左右。";
        let a = crate::analyze(text);
        let (_, r) = a.records().next().expect("a record");
        let cp = RecordRow::new(r, text, &OffsetIndex::chars(text));
        let u16 = RecordRow::new(r, text, &OffsetIndex::utf16(text));
        assert_eq!(cp.quote, &text[r.span.start..r.span.end]);
        assert_eq!(
            text.chars()
                .skip(cp.start)
                .take(cp.end - cp.start)
                .collect::<String>(),
            cp.quote
        );
        assert_eq!(
            u16.start,
            cp.start + 1,
            "the astral char is two UTF-16 units"
        );
        assert_eq!((cp.kind, cp.qualifier), ("target", Some("左右")));
    }
}
