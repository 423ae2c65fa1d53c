//! `zhibiao extract`: every record of every input, as JSONL, JSON, CSV or a table.

use crate::input::{self, Input, InputError};
use crate::row::{format_number, Row, COLUMNS};
use crate::{csv, run, table, Format, MetaArgs};
use serde::Serialize;
use std::io::{self, Write};
use zhibiao::{Analysis, Meta, OffsetIndex, RecordRow};

/// A decoded and analysed input.
pub struct Analysed {
    pub input: Input,
    pub analysis: Analysis,
}

/// Reads and analyses one path.
pub fn analyse_path(path: &str, meta: &MetaArgs) -> Result<Analysed, InputError> {
    let input = input::load(path)?;
    let analysis = zhibiao::analyze_with(&input.text, &meta.options());
    Ok(Analysed { input, analysis })
}

/// Reports a failed input on standard error.
pub fn report_error(path: &str, err: &InputError) {
    eprintln!("zhibiao: {path}: {err}");
}

/// Runs `extract`; returns whether every input was read.
pub fn run(
    paths: &[String],
    format: Format,
    meta: &MetaArgs,
    out: &mut impl Write,
) -> io::Result<bool> {
    let mut all_ok = true;
    let mut first = true;
    match format {
        Format::Csv => {
            out.write_all(csv::BOM)?;
            csv::write_record(out, COLUMNS)?;
        }
        Format::Json => out.write_all(b"[")?,
        Format::Jsonl | Format::Table => {}
    }
    run::ordered(
        paths,
        |path| analyse_path(path, meta).and_then(|a| render(&a, format).map_err(InputError::Io)),
        |path, result| {
            match result {
                Ok(bytes) => {
                    if format == Format::Json {
                        out.write_all(if first { b"\n" } else { b",\n" })?;
                    }
                    first = false;
                    out.write_all(&bytes)?;
                }
                Err(e) => {
                    report_error(path, &e);
                    all_ok = false;
                }
            }
            out.flush()
        },
    )?;
    if format == Format::Json {
        out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
    }
    out.flush()?;
    Ok(all_ok)
}

/// One doc of `--format json`.
#[derive(Serialize)]
struct JsonDoc<'a> {
    doc: String,
    start: usize,
    end: usize,
    meta: &'a Meta,
    records: Vec<RecordRow<'a>>,
}

/// One file of `--format json`.
#[derive(Serialize)]
struct JsonFile<'a> {
    file: &'a str,
    encoding: &'static str,
    docs: Vec<JsonDoc<'a>>,
}

/// The output of one input in `format` (without the separators JSON puts between files).
fn render(a: &Analysed, format: Format) -> io::Result<Vec<u8>> {
    let text = a.input.text.as_str();
    let file = a.input.name.as_str();
    let index = OffsetIndex::chars(text);
    let labels: Vec<String> = a.analysis.docs.iter().map(|d| d.label()).collect();
    let rows = || {
        a.analysis
            .docs
            .iter()
            .zip(&labels)
            .flat_map(|(doc, label)| Row::of_doc(file, label, doc, text, &index))
    };
    let mut out = Vec::new();
    match format {
        Format::Jsonl => {
            for row in rows() {
                serde_json::to_writer(&mut out, &row)?;
                out.push(b'\n');
            }
        }
        Format::Csv => {
            for row in rows() {
                csv::write_record(&mut out, row.cells())?;
            }
        }
        Format::Table => {
            writeln!(out, "== {file} ({})", a.input.encoding.name())?;
            let cells: Vec<Vec<String>> = rows().map(|r| table_cells(&r)).collect();
            if cells.is_empty() {
                writeln!(out, "(no records)")?;
            } else {
                table::write_table(&mut out, &TABLE_COLUMNS, &cells)?;
            }
            writeln!(out)?;
        }
        Format::Json => {
            let docs = a
                .analysis
                .docs
                .iter()
                .zip(&labels)
                .map(|(doc, label)| JsonDoc {
                    doc: label.clone(),
                    start: index.convert(text, doc.span.start),
                    end: index.convert(text, doc.span.end),
                    meta: &doc.meta,
                    records: doc
                        .records
                        .iter()
                        .map(|r| RecordRow::new(r, text, &index))
                        .collect(),
                })
                .collect();
            let json = JsonFile {
                file,
                encoding: a.input.encoding.name(),
                docs,
            };
            serde_json::to_writer_pretty(&mut out, &json)?;
        }
    }
    Ok(out)
}

/// The columns a person reads: the doc, what, how much, and where.
const TABLE_COLUMNS: [&str; 11] = [
    "doc",
    "kind",
    "period",
    "canonical",
    "indicator",
    "verb",
    "value",
    "unit",
    "qualifier",
    "hl",
    "chars",
];

fn table_cells(row: &Row) -> Vec<String> {
    let f = &row.fields;
    let opt = |s: Option<&str>| s.unwrap_or("").to_string();
    let value = match (f.value, f.value_max) {
        _ if f.placeholder => "X".to_string(),
        (Some(v), Some(max)) => format!("{}–{}", format_number(v), format_number(max)),
        (Some(v), None) => format_number(v),
        (None, _) => String::new(),
    };
    vec![
        row.doc.to_string(),
        f.kind.to_string(),
        opt(f.period),
        f.canonical.to_string(),
        f.indicator.to_string(),
        opt(f.verb),
        value,
        opt(f.unit),
        opt(f.qualifier),
        if f.headline {
            "*".into()
        } else {
            String::new()
        },
        format!("{}-{}", f.start, f.end),
    ]
}
