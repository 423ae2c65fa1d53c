//! `zhibiao panel`: one row per region, year and indicator over any number of reports — the
//! target, the figure achieved and whether it was met, the parent government's target and the
//! markup over it — as CSV, JSON lines or a table.
//!
//! Thousands of reports are read in parallel and kept small: of each analysis only the records of
//! the indicators asked for stay, their spans already in code points, and the text is dropped.

use crate::compare::figure_text;
use crate::extract::analyse_path;
use crate::input::InputError;
use crate::row::format_number;
use crate::{csv, run, table, MetaArgs};
use clap::ValueEnum;
use std::io::{self, Write};
use zhibiao::compare::panel::{self, Panel, PanelRow};
use zhibiao::compare::{Figure, Input, Location, Options, Overrides};
use zhibiao::{Analysis, OffsetIndex, Span};

/// Output formats of `panel`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PanelFormat {
    /// UTF-8 CSV with a byte-order mark, one row per region, year and indicator.
    Csv,
    /// One JSON object per row.
    Jsonl,
    /// Aligned columns for reading.
    Table,
}

/// The columns of the CSV and the keys of the JSON lines, in order.
const COLUMNS: [&str; 29] = [
    "region",
    "level",
    "year",
    "parent",
    "canonical",
    "indicator",
    "measure",
    "target",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "hardness",
    "headline",
    "absent",
    "actual",
    "actual_value",
    "actual_unit",
    "source",
    "status",
    "gap",
    "gap_unit",
    "why",
    "parent_target",
    "parent_value",
    "markup",
    "target_at",
    "actual_at",
    "parent_at",
];

/// The columns of the table.
const TABLE_COLUMNS: [&str; 10] = [
    "region",
    "year",
    "canonical",
    "target",
    "actual",
    "status",
    "gap",
    "parent",
    "parent_target",
    "markup",
];

/// One analysed input as the panel keeps it: its name and the records asked for.
struct Kept {
    name: String,
    analysis: Analysis,
}

/// Which indicators a run keeps: the ids asked for, or every id of the lexicon.
struct Wanted(Vec<String>);

impl Wanted {
    fn accepts(&self, canonical: &str) -> bool {
        panel::wants(&self.0, canonical)
    }
}

/// Reads one input and keeps what the panel needs.
fn keep(path: &str, meta: &MetaArgs, wanted: &Wanted) -> Result<Kept, InputError> {
    let a = analyse_path(path, meta)?;
    let text = a.input.text.as_str();
    let index = OffsetIndex::chars(text);
    let chars = |s: Span| Span {
        start: index.convert(text, s.start),
        end: index.convert(text, s.end),
    };
    let mut analysis = a.analysis;
    for doc in &mut analysis.docs {
        // GDP growth stays: a target set "in step with growth" is judged against it.
        doc.records
            .retain(|r| wanted.accepts(&r.canonical) || r.canonical == "gdp");
        for r in &mut doc.records {
            r.span = chars(r.span);
        }
        doc.span = chars(doc.span);
    }
    Ok(Kept {
        name: path.to_string(),
        analysis,
    })
}

/// `file:start-end` of a location (code points), or empty.
fn at(kept: &[Kept], l: Option<Location>) -> String {
    l.map_or(String::new(), |l| {
        format!("{}:{}-{}", kept[l.input].name, l.span.start, l.span.end)
    })
}

fn num(v: Option<f64>) -> String {
    v.map(format_number).unwrap_or_default()
}

/// The cells of a row, in [`COLUMNS`] order.
fn cells(kept: &[Kept], r: &PanelRow) -> Vec<String> {
    let fig = |f: Option<&Figure>| f.map(figure_text).unwrap_or_default();
    vec![
        r.region.clone(),
        r.level.map(|l| l.as_str().to_string()).unwrap_or_default(),
        r.year.to_string(),
        r.parent.clone().unwrap_or_default(),
        r.canonical.clone(),
        r.target.indicator.clone(),
        r.measure
            .map(|m| m.as_str().to_string())
            .unwrap_or_default(),
        figure_text(&r.target),
        num(r.target.value),
        num(r.target.value_max),
        r.target.unit.clone().unwrap_or_default(),
        r.target
            .qualifier
            .map(|q| q.as_str().to_string())
            .unwrap_or_default(),
        r.hardness
            .map(|h| h.as_str().to_string())
            .unwrap_or_default(),
        r.target.headline.to_string(),
        r.absent.to_string(),
        fig(r.actual.as_ref()),
        num(r.actual.as_ref().and_then(|a| a.value)),
        r.actual
            .as_ref()
            .and_then(|a| a.unit.clone())
            .unwrap_or_default(),
        r.source.map(|s| s.as_str().to_string()).unwrap_or_default(),
        r.status.as_str().to_string(),
        num(r.gap),
        r.gap_unit.clone().unwrap_or_default(),
        r.why.clone(),
        fig(r.parent_target.as_ref()),
        num(r.parent_target.as_ref().and_then(|p| p.value)),
        num(r.markup),
        at(kept, Some(r.target_at)),
        at(kept, r.actual_at),
        at(kept, r.parent_at),
    ]
}

/// Settings of one `panel` run.
pub struct PanelArgs<'a> {
    pub format: PanelFormat,
    /// Canonical ids to keep; every id of the lexicon when empty.
    pub indicators: &'a [String],
    pub meta: &'a MetaArgs,
    pub options: Options,
}

/// Runs `panel`; returns whether every input was read.
pub fn run(paths: &[String], args: &PanelArgs, out: &mut impl Write) -> io::Result<bool> {
    let wanted = Wanted(
        args.indicators
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
    );
    let (kept, all_ok) = run::collect(paths, |p| keep(p, args.meta, &wanted))?;
    let none = Overrides::default();
    let inputs: Vec<Input> = kept
        .iter()
        .map(|k| Input {
            analysis: &k.analysis,
            overrides: &none,
        })
        .collect();
    let p: Panel = panel::panel(&inputs, &args.options, |id| wanted.accepts(id));
    for d in &p.duplicates {
        let (doc, of) = (&p.docs[d.doc], &p.docs[d.of]);
        eprintln!(
            "zhibiao: {} is a second report of {}: {} counts",
            kept[doc.input].name, of.label, kept[of.input].name
        );
    }
    match args.format {
        PanelFormat::Csv => {
            out.write_all(csv::BOM)?;
            csv::write_record(out, COLUMNS)?;
            for r in &p.rows {
                csv::write_record(out, cells(&kept, r))?;
            }
        }
        PanelFormat::Jsonl => {
            for r in &p.rows {
                let object: serde_json::Map<String, serde_json::Value> = COLUMNS
                    .iter()
                    .zip(json_values(&kept, r))
                    .map(|(k, v)| (k.to_string(), v))
                    .collect();
                serde_json::to_writer(&mut *out, &object)?;
                writeln!(out)?;
            }
        }
        PanelFormat::Table => {
            let rows: Vec<Vec<String>> = p
                .rows
                .iter()
                .map(|r| {
                    let all = cells(&kept, r);
                    TABLE_COLUMNS
                        .iter()
                        .map(|c| all[COLUMNS.iter().position(|k| k == c).unwrap_or(0)].clone())
                        .collect()
                })
                .collect();
            writeln!(
                out,
                "== panel ({} rows from {} reports; {} second reports of a region-year left out)",
                rows.len(),
                p.docs.len(),
                p.duplicates.len()
            )?;
            table::write_table(out, &TABLE_COLUMNS, &rows)?;
        }
    }
    Ok(all_ok)
}

/// The values of a row for JSON: numbers as numbers, flags as booleans, empty cells as null.
fn json_values(kept: &[Kept], r: &PanelRow) -> Vec<serde_json::Value> {
    use serde_json::Value;
    let number = |v: Option<f64>| {
        v.and_then(serde_json::Number::from_f64)
            .map_or(Value::Null, Value::Number)
    };
    cells(kept, r)
        .into_iter()
        .zip(COLUMNS)
        .map(|(cell, column)| match column {
            "year" => Value::from(r.year),
            "value" => number(r.target.value),
            "value_max" => number(r.target.value_max),
            "actual_value" => number(r.actual.as_ref().and_then(|a| a.value)),
            "gap" => number(r.gap),
            "parent_value" => number(r.parent_target.as_ref().and_then(|p| p.value)),
            "markup" => number(r.markup),
            "headline" => Value::Bool(r.target.headline),
            "absent" => Value::Bool(r.absent),
            _ if cell.is_empty() => Value::Null,
            _ => Value::String(cell),
        })
        .collect()
}
