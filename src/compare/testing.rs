//! Hand-built records and docs for the tests of compare.

use crate::{Analysis, Doc, Kind, Level, Meta, Qualifier, Record, Span};

/// A record with a figure; the builder methods set the rest.
pub fn rec(
    kind: Kind,
    canonical: &str,
    verb: &str,
    value: f64,
    unit: &str,
    q: Option<Qualifier>,
) -> Record {
    Record {
        kind,
        indicator: canonical.to_string().into(),
        canonical: canonical.to_string().into(),
        verb: (!verb.is_empty()).then(|| verb.to_string().into()),
        value: Some(value),
        value_max: None,
        unit: (!unit.is_empty()).then(|| unit.to_string().into()),
        qualifier: q,
        measure: None,
        absent: false,
        period: None,
        placeholder: false,
        headline: false,
        span: Span { start: 0, end: 0 },
    }
}

/// Builder methods on a record.
pub trait RecordExt {
    fn period(self, p: &str) -> Record;
    fn headline(self) -> Record;
    fn no_value(self) -> Record;
}

impl RecordExt for Record {
    fn period(mut self, p: &str) -> Record {
        self.period = Some(p.to_string().into());
        self
    }
    fn headline(mut self) -> Record {
        self.headline = true;
        self
    }
    fn no_value(mut self) -> Record {
        self.value = None;
        self.unit = None;
        self
    }
}

/// A one-doc analysis.
pub fn analysis(
    region: Option<&str>,
    level: Option<Level>,
    year: Option<i32>,
    half: bool,
    records: Vec<Record>,
) -> Analysis {
    let mut records = records;
    for (i, r) in records.iter_mut().enumerate() {
        if r.span.end == 0 {
            r.span = Span {
                start: i * 20,
                end: i * 20 + 10,
            };
        }
    }
    Analysis {
        docs: vec![Doc {
            span: Span {
                start: 0,
                end: 10_000,
            },
            meta: Meta {
                region: region.map(str::to_string),
                level,
                year,
                half_year: half,
                ..Meta::default()
            },
            records,
        }],
    }
}
