//! Data-driven cases: every `tests/cases/*.toml` holds sentences and the records they must give.
//!
//! A case lists `[[case.expect]]` records in text order; each names the fields it checks
//! (kind, indicator, canonical, verb, value, value_max, unit, qualifier, measure, period, placeholder, headline,
//! quote). `count` (optional) fixes how many records the text gives in all.

use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    year: Option<i32>,
    count: Option<usize>,
    #[serde(default)]
    expect: Vec<Expect>,
}

#[derive(Deserialize, Default)]
struct Expect {
    kind: Option<String>,
    indicator: Option<String>,
    canonical: Option<String>,
    verb: Option<String>,
    value: Option<f64>,
    value_max: Option<f64>,
    unit: Option<String>,
    qualifier: Option<String>,
    measure: Option<String>,
    period: Option<String>,
    placeholder: Option<bool>,
    headline: Option<bool>,
    quote: Option<String>,
    no_value: Option<bool>,
    absent: Option<bool>,
}

fn check(case: &Case) -> Result<(), String> {
    let options = zhibiao::Options {
        year: case.year,
        region: None,
    };
    let analysis = zhibiao::analyze_with(&case.text, &options);
    let records: Vec<&zhibiao::Record> = analysis.records().map(|(_, r)| r).collect();
    let shown = || {
        records
            .iter()
            .map(|r| {
                format!(
                    "  {:?} {} {:?} {:?} {:?} {:?} {:?} {:?} «{}»",
                    r.kind,
                    r.canonical,
                    r.verb,
                    r.value,
                    r.value_max,
                    r.unit,
                    r.qualifier.map(|q| q.as_str()),
                    r.period,
                    &case.text[r.span.start..r.span.end]
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    if let Some(n) = case.count {
        if records.len() != n {
            return Err(format!(
                "{}: {} records, expected {n}\n{}",
                case.name,
                records.len(),
                shown()
            ));
        }
    }
    let mut from = 0;
    for (k, e) in case.expect.iter().enumerate() {
        let hit = records.iter().enumerate().skip(from).find(|(_, r)| {
            e.kind.as_deref().is_none_or(|v| r.kind.as_str() == v)
                && e.indicator.as_deref().is_none_or(|v| r.indicator == v)
                && e.canonical.as_deref().is_none_or(|v| r.canonical == v)
                && e.verb
                    .as_deref()
                    .is_none_or(|v| r.verb.as_deref() == Some(v))
                && e.value
                    .is_none_or(|v| r.value.is_some_and(|x| (x - v).abs() < 1e-9))
                && e.value_max
                    .is_none_or(|v| r.value_max.is_some_and(|x| (x - v).abs() < 1e-9))
                && e.unit
                    .as_deref()
                    .is_none_or(|v| r.unit.as_deref() == Some(v))
                && e.qualifier
                    .as_deref()
                    .is_none_or(|v| r.qualifier.map(|q| q.as_str()) == Some(v))
                && e.measure
                    .as_deref()
                    .is_none_or(|v| r.measure.map(|m| m.as_str()) == Some(v))
                && e.period
                    .as_deref()
                    .is_none_or(|v| r.period.as_deref() == Some(v))
                && e.placeholder.is_none_or(|v| r.placeholder == v)
                && e.headline.is_none_or(|v| r.headline == v)
                && e.no_value.is_none_or(|v| r.value.is_none() == v)
                && e.absent.is_none_or(|v| r.absent == v)
                && e.quote
                    .as_deref()
                    .is_none_or(|v| &case.text[r.span.start..r.span.end] == v)
        });
        match hit {
            Some((i, _)) => from = i + 1,
            None => {
                return Err(format!(
                    "{}: expectation #{} not met in order\n{}",
                    case.name,
                    k + 1,
                    shown()
                ))
            }
        }
    }
    Ok(())
}

#[test]
fn cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut n = 0;
    for path in &files {
        let file: File = toml::from_str(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for case in &file.case {
            n += 1;
            if let Err(e) = check(case) {
                failures.push(format!(
                    "{}: {e}",
                    path.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    assert!(n > 0, "no cases found");
    assert!(
        failures.is_empty(),
        "{} of {n} cases failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
