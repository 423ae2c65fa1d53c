//! The one flat shape of a record that every output format writes.
//!
//! Offsets are Unicode code points into the decoded text (no byte-order mark), as the JSONL
//! schema wants; `quote` is the text between them, unchanged.

use serde::Serialize;
use zhibiao::{Doc, OffsetIndex, RecordRow};

/// A record with its place in a file, as written in JSONL, CSV and table output.
#[derive(Debug, Clone, Serialize)]
pub struct Row<'a> {
    /// Base name of the input file.
    pub file: &'a str,
    /// The doc label ([`Doc::label`]).
    pub doc: &'a str,
    /// Everything else, offsets in code points.
    #[serde(flatten)]
    pub fields: RecordRow<'a>,
}

/// Column names of CSV and table output, in the order of [`Row::cells`].
pub const COLUMNS: [&str; 18] = [
    "file",
    "doc",
    "kind",
    "indicator",
    "canonical",
    "verb",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "measure",
    "absent",
    "period",
    "placeholder",
    "headline",
    "start",
    "end",
    "quote",
];

impl<'a> Row<'a> {
    /// Every row of one doc of `text`.
    pub fn of_doc(
        file: &'a str,
        label: &'a str,
        doc: &'a Doc,
        text: &'a str,
        index: &'a OffsetIndex,
    ) -> impl Iterator<Item = Row<'a>> + 'a {
        doc.records.iter().map(move |r| Row {
            file,
            doc: label,
            fields: RecordRow::new(r, text, index),
        })
    }

    /// The row as text cells, in the order of [`COLUMNS`]; missing values are empty.
    pub fn cells(&self) -> [String; 18] {
        let f = &self.fields;
        let opt = |s: Option<&str>| s.unwrap_or("").to_string();
        [
            self.file.to_string(),
            self.doc.to_string(),
            f.kind.to_string(),
            f.indicator.to_string(),
            f.canonical.to_string(),
            opt(f.verb),
            f.value.map(format_number).unwrap_or_default(),
            f.value_max.map(format_number).unwrap_or_default(),
            opt(f.unit),
            opt(f.qualifier),
            opt(f.measure),
            f.absent.to_string(),
            opt(f.period),
            f.placeholder.to_string(),
            f.headline.to_string(),
            f.start.to_string(),
            f.end.to_string(),
            f.quote.to_string(),
        ]
    }
}

/// A number as a reader writes it: `7`, `6.5`, `50.05`, never `7.0` or `1e3`.
pub fn format_number(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The columns are the schema's row fields (data/record.json), in its order.
    #[test]
    fn columns_are_the_schemas() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/record.json");
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let row: Vec<&str> = schema["fields"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["row"] == true)
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(COLUMNS.to_vec(), row);
    }
    use zhibiao::{Kind, Meta, Qualifier, Record, Span};

    #[test]
    fn offsets_are_code_points_and_quote_is_the_slice() {
        let text = "𠀀今年目标：地区生产总值增长6%左右。";
        let start = text.find("地区").unwrap();
        let end = text.find('。').unwrap();
        let record = Record {
            kind: Kind::Target,
            indicator: "地区生产总值".into(),
            canonical: "gdp".into(),
            verb: Some("增长".into()),
            value: Some(6.0),
            value_max: None,
            unit: Some("%".into()),
            qualifier: Some(Qualifier::About),
            measure: None,
            absent: false,
            period: Some("2024".into()),
            placeholder: false,
            headline: true,
            span: Span { start, end },
        };
        let doc = Doc {
            span: Span {
                start: 0,
                end: text.len(),
            },
            meta: Meta::default(),
            records: vec![record],
        };
        let index = OffsetIndex::chars(text);
        let rows: Vec<Row> = Row::of_doc("a.txt", "某市2024", &doc, text, &index).collect();
        assert_eq!(rows.len(), 1);
        let f = &rows[0].fields;
        assert_eq!((f.start, f.end), (6, 18));
        assert_eq!(f.quote, "地区生产总值增长6%左右");
        let json = serde_json::to_value(&rows[0]).unwrap();
        assert_eq!(json["qualifier"], "左右");
        assert_eq!(json["file"], "a.txt");
        assert_eq!(json["value"], 6.0);
        assert_eq!(rows[0].cells()[6], "6");
    }

    #[test]
    fn numbers() {
        assert_eq!(format_number(7.0), "7");
        assert_eq!(format_number(50.05), "50.05");
        assert_eq!(format_number(0.5), "0.5");
    }
}
