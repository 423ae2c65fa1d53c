//! `compare` in JavaScript: the analyses `analyze` returned in, the core's comparison out, every
//! cited statement located by input, doc, record and UTF-16 offsets.
//!
//! The records come back with UTF-16 offsets, not the core's bytes. Compare only orders spans
//! within a doc and hands them back, and UTF-16 offsets order the records as bytes do, so the
//! records are rebuilt with their UTF-16 offsets as spans and no text is needed: every location
//! the core returns is already in the caller's units. Each doc is its own input to the core, so
//! the caller's metadata applies per doc. Nothing here depends on wasm-bindgen.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use zhibiao::compare::{self as core, Comparison, Location, Overrides};
use zhibiao::{Analysis, Doc, Kind, Level, Measure, Meta, Qualifier, Record, Span};

/// A record as `analyze` returned it; fields compare does not read are ignored.
#[derive(Debug, Deserialize)]
pub struct InRecord {
    pub kind: Kind,
    pub indicator: String,
    pub canonical: String,
    #[serde(default)]
    pub verb: Option<String>,
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default)]
    pub value_max: Option<f64>,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
    #[serde(default)]
    pub measure: Option<Measure>,
    #[serde(default)]
    pub absent: bool,
    #[serde(default)]
    pub period: Option<String>,
    #[serde(default)]
    pub placeholder: bool,
    #[serde(default)]
    pub headline: bool,
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub quote: Option<String>,
}

/// The metadata of a doc as `analyze` returned it (absent fields are unknown).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InMeta {
    pub region: Option<String>,
    pub level: Option<Level>,
    pub year: Option<i32>,
    pub half_year: bool,
}

/// A doc as `analyze` returned it.
#[derive(Debug, Deserialize)]
pub struct InDoc {
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub end: usize,
    #[serde(default)]
    pub meta: InMeta,
    pub records: Vec<InRecord>,
}

/// An analysis as `analyze` returned it.
#[derive(Debug, Deserialize)]
pub struct InAnalysis {
    pub docs: Vec<InDoc>,
}

/// The caller's metadata for one input: one object for all its docs, or one per doc.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum InOverrides {
    PerDoc(Vec<Option<Overrides>>),
    All(Overrides),
}

/// Options of `compare(analyses, options)`.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CompareOptions {
    /// Per input (same index as the analyses): metadata to use instead of the report's.
    pub overrides: Vec<Option<InOverrides>>,
    /// 左右 tolerance for rates, in percentage points.
    pub about_points: Option<f64>,
    /// 左右 tolerance for levels, in per cent of the target.
    pub about_percent: Option<f64>,
    /// Share of an annual level target a half-year figure must reach, in per cent.
    pub half_year_share: Option<f64>,
}

impl CompareOptions {
    /// The option names.
    pub const FIELDS: [&'static str; 4] = [
        "overrides",
        "about_points",
        "about_percent",
        "half_year_share",
    ];

    /// The core's tolerances, defaults where not given.
    pub fn core(&self) -> Result<core::Options, String> {
        let d = core::Options::default();
        let check = |name: &str, v: Option<f64>, default: f64| match v {
            Some(x) if !(x.is_finite() && x >= 0.0) => {
                Err(format!("{name} must be a finite number ≥ 0, got {x}"))
            }
            Some(x) => Ok(x),
            None => Ok(default),
        };
        Ok(core::Options {
            about_points: check("about_points", self.about_points, d.about_points)?,
            about_percent: check("about_percent", self.about_percent, d.about_percent)?,
            half_year_share: check("half_year_share", self.half_year_share, d.half_year_share)?,
        })
    }

    /// The overrides of doc `doc` of input `input`.
    fn overrides(&self, input: usize, doc: usize) -> Overrides {
        match self.overrides.get(input) {
            Some(Some(InOverrides::All(o))) => o.clone(),
            Some(Some(InOverrides::PerDoc(v))) => v.get(doc).cloned().flatten().unwrap_or_default(),
            _ => Overrides::default(),
        }
    }
}

/// Where a cited statement stands, in the caller's terms.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JsLocation {
    /// Index of the analysis among the inputs.
    pub input: usize,
    /// Index of the doc in that analysis.
    pub doc: usize,
    /// Index of the record in that doc's `records`.
    pub record: usize,
    /// UTF-16 offsets in that input's text.
    pub start: usize,
    pub end: usize,
    /// The text there (the record's `quote`).
    pub quote: String,
}

/// The comparison as JavaScript sees it, with the tolerances applied.
#[derive(Debug, Serialize)]
pub struct JsComparison {
    pub options: core::Options,
    #[serde(flatten)]
    pub comparison: Comparison<JsLocation>,
}

/// A bad input, naming where it is.
#[derive(Debug, PartialEq, Eq)]
pub struct BadInput(pub String);

impl std::fmt::Display for BadInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn record(r: &InRecord) -> Record {
    Record {
        kind: r.kind,
        indicator: r.indicator.clone().into(),
        canonical: r.canonical.clone().into(),
        verb: r.verb.clone().map(Into::into),
        value: r.value,
        value_max: r.value_max,
        unit: r.unit.clone().map(Into::into),
        qualifier: r.qualifier,
        measure: r.measure,
        absent: r.absent,
        period: r.period.clone().map(Into::into),
        placeholder: r.placeholder,
        headline: r.headline,
        span: Span {
            start: r.start,
            end: r.end,
        },
    }
}

/// The analyses as the core's inputs: one per doc, its records rebuilt with UTF-16 spans, its
/// metadata and the caller's overrides; `places` names each one's (input, doc).
pub(crate) struct Singles {
    pub places: Vec<(usize, usize)>,
    pub analyses: Vec<Analysis>,
    pub overrides: Vec<Overrides>,
}

impl Singles {
    pub(crate) fn of(
        analyses: &[InAnalysis],
        options: &CompareOptions,
        what: &str,
    ) -> Result<Singles, BadInput> {
        let mut out = Singles {
            places: Vec::new(),
            analyses: Vec::new(),
            overrides: Vec::new(),
        };
        for (i, a) in analyses.iter().enumerate() {
            for (d, doc) in a.docs.iter().enumerate() {
                for (k, r) in doc.records.iter().enumerate() {
                    if r.start > r.end {
                        return Err(BadInput(format!(
                            "{what}: analyses[{i}].docs[{d}].records[{k}] ends ({}) before it starts ({})",
                            r.end, r.start
                        )));
                    }
                }
                let meta = Meta {
                    region: doc.meta.region.clone(),
                    level: doc.meta.level,
                    year: doc.meta.year,
                    half_year: doc.meta.half_year,
                    ..Meta::default()
                };
                out.places.push((i, d));
                out.analyses.push(Analysis {
                    docs: vec![Doc {
                        span: Span {
                            start: doc.start,
                            end: doc.end.max(doc.start),
                        },
                        meta,
                        records: doc.records.iter().map(record).collect(),
                    }],
                });
                out.overrides.push(options.overrides(i, d));
            }
        }
        Ok(out)
    }

    /// The core's inputs.
    pub(crate) fn inputs(&self) -> Vec<core::Input<'_>> {
        self.analyses
            .iter()
            .zip(&self.overrides)
            .map(|(analysis, overrides)| core::Input {
                analysis,
                overrides,
            })
            .collect()
    }

    /// Doc infos back in the caller's (input, doc) terms.
    pub(crate) fn place_docs(&self, docs: &mut [core::DocInfo]) {
        for info in docs {
            (info.input, info.doc) = self.places[info.input];
        }
    }

    /// A converter of the core's locations into the caller's: input, doc, record index, UTF-16
    /// offsets and the record's quote (the record a location names: the first of its doc with
    /// that span).
    pub(crate) fn locator<'a>(
        &'a self,
        analyses: &'a [InAnalysis],
    ) -> impl FnMut(Location) -> JsLocation + 'a {
        let mut by_span: HashMap<(usize, Span), usize> = HashMap::new();
        for (flat, a) in self.analyses.iter().enumerate() {
            for (k, r) in a.docs[0].records.iter().enumerate() {
                by_span.entry((flat, r.span)).or_insert(k);
            }
        }
        move |l: Location| {
            let (input, doc) = self.places[l.input];
            let record = by_span.get(&(l.input, l.span)).copied().unwrap_or(0);
            JsLocation {
                input,
                doc,
                record,
                start: l.span.start,
                end: l.span.end,
                quote: analyses[input].docs[doc]
                    .records
                    .get(record)
                    .and_then(|r| r.quote.clone())
                    .unwrap_or_default(),
            }
        }
    }
}

/// Compares the docs of the analyses with the caller's options.
pub fn compare(
    analyses: &[InAnalysis],
    options: &CompareOptions,
) -> Result<JsComparison, BadInput> {
    let tolerances = options
        .core()
        .map_err(|e| BadInput(format!("compare: {e}")))?;
    let singles = Singles::of(analyses, options, "compare")?;
    let mut comparison = core::compare_inputs(&singles.inputs(), &tolerances);
    singles.place_docs(&mut comparison.docs);
    let comparison = comparison.map_locations(singles.locator(analyses));
    Ok(JsComparison {
        options: tolerances,
        comparison,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::to_js;
    use serde_json::{json, Value};

    /// What `analyze` returns in JavaScript, read back as compare's input.
    fn analyzed(text: &str, year: i32) -> (InAnalysis, Value) {
        let options = zhibiao::Options {
            year: Some(year),
            region: Some("青岚市".into()),
        };
        let analysis = zhibiao::analyze_with(text, &options);
        let js = to_js(text, &analysis).unwrap();
        let value = serde_json::to_value(&js).unwrap();
        (serde_json::from_value(value.clone()).unwrap(), value)
    }

    const YEAR1: &str =
        "𠀀今年主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。";
    const YEAR2: &str = "过去一年，地区生产总值增长6.3%，城镇调查失业率5.1%。今年主要预期目标是：地区生产总值增长6.5%以上。";

    fn utf16_slice(text: &str, start: usize, end: usize) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[start..end]).unwrap()
    }

    #[test]
    fn statuses_and_utf16_locations() {
        let (a, _) = analyzed(YEAR1, 2023);
        let (b, _) = analyzed(YEAR2, 2024);
        let out = compare(&[a, b], &CompareOptions::default()).unwrap();
        let c = &out.comparison;
        let gdp = c
            .attainment
            .iter()
            .find(|x| x.canonical == "gdp" && x.year == Some(2023))
            .unwrap();
        assert_eq!(gdp.status, core::Status::Met);
        let at = &gdp.target_at;
        assert_eq!((at.input, at.doc), (0, 0));
        assert_eq!(utf16_slice(YEAR1, at.start, at.end), at.quote);
        assert!(at.quote.contains("6%左右"), "{}", at.quote);
        let actual = gdp.actual_at.as_ref().unwrap();
        assert_eq!(actual.input, 1);
        assert_eq!(utf16_slice(YEAR2, actual.start, actual.end), actual.quote);
        let jobs = c
            .attainment
            .iter()
            .find(|x| x.canonical == "urban_unemployment_surveyed")
            .unwrap();
        assert_eq!(jobs.status, core::Status::Met);
        assert_eq!(c.diffs.len(), 1);
        assert_eq!(
            c.docs.iter().map(|d| d.year).collect::<Vec<_>>(),
            [Some(2023), Some(2024)]
        );
    }

    #[test]
    fn tolerance_and_per_doc_overrides() {
        let (a, _) = analyzed(YEAR1, 2023);
        let (b, _) = analyzed(YEAR2, 2024);
        let strict = CompareOptions {
            about_points: Some(0.2),
            ..CompareOptions::default()
        };
        let out = compare(&[a, b], &strict).unwrap();
        let gdp = out
            .comparison
            .attainment
            .iter()
            .find(|x| x.canonical == "gdp" && x.year == Some(2023))
            .unwrap();
        assert_eq!(gdp.status, core::Status::Exceeded);
        // Another region for the second doc: nothing to hold the 2023 targets against.
        let (a, _) = analyzed(YEAR1, 2023);
        let (b, _) = analyzed(YEAR2, 2024);
        let moved: CompareOptions = serde_json::from_value(
            json!({ "overrides": [null, [{ "region": "白石县", "year": 2024 }]] }),
        )
        .unwrap();
        let out = compare(&[a, b], &moved).unwrap();
        assert_eq!(out.comparison.docs[1].region.as_deref(), Some("白石县"));
        assert!(out
            .comparison
            .attainment
            .iter()
            .all(|x| x.status == core::Status::Unknown));
    }

    #[test]
    fn bad_options_are_named() {
        let bad = CompareOptions {
            about_points: Some(f64::NAN),
            ..CompareOptions::default()
        };
        let err = compare(&[], &bad).unwrap_err();
        assert!(err.to_string().contains("about_points"), "{err}");
        assert!(serde_json::from_value::<CompareOptions>(json!({ "tolerance": 1 })).is_err());
    }
}
