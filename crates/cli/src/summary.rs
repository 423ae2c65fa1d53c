//! `zhibiao summary`: per doc, what the report says of itself and how many records of each kind.

use crate::extract::{analyse_path, report_error};
use crate::{csv, run, table, MetaArgs, SummaryFormat};
use serde::Serialize;
use std::io::{self, Write};
use zhibiao::quality::Tally;
use zhibiao::{Doc, Kind};

/// One doc's line of the summary.
#[derive(Debug, Clone, Serialize)]
pub struct DocSummary {
    pub file: String,
    pub path: String,
    pub doc: String,
    pub region: Option<String>,
    pub level: Option<&'static str>,
    pub year: Option<i32>,
    pub half_year: bool,
    pub target: usize,
    pub plan5: usize,
    pub actual: usize,
    pub progress: usize,
    pub headline_targets: usize,
}

impl DocSummary {
    pub fn new(path: &str, file: &str, doc: &Doc) -> DocSummary {
        let count = |k: Kind| doc.records.iter().filter(|r| r.kind == k).count();
        DocSummary {
            file: file.to_string(),
            path: path.to_string(),
            doc: doc.label(),
            region: doc.meta.region.clone(),
            level: doc.meta.level.map(|l| l.as_str()),
            year: doc.meta.year,
            half_year: doc.meta.half_year,
            target: count(Kind::Target),
            plan5: count(Kind::Plan5),
            actual: count(Kind::Actual),
            progress: count(Kind::Progress),
            headline_targets: doc
                .records
                .iter()
                .filter(|r| r.kind == Kind::Target && r.headline)
                .count(),
        }
    }

    fn cells(&self) -> Vec<String> {
        let opt = |v: Option<String>| v.unwrap_or_default();
        vec![
            self.path.clone(),
            self.doc.clone(),
            opt(self.region.clone()),
            opt(self.level.map(str::to_string)),
            opt(self.year.map(|y| y.to_string())),
            if self.half_year {
                "H1".into()
            } else {
                String::new()
            },
            self.target.to_string(),
            self.plan5.to_string(),
            self.actual.to_string(),
            self.progress.to_string(),
            self.headline_targets.to_string(),
        ]
    }
}

/// Columns of the table and CSV; `path` is the file as given (base names repeat in a corpus).
const COLUMNS: [&str; 11] = [
    "path", "doc", "region", "level", "year", "half", "target", "plan5", "actual", "progress",
    "headline",
];

/// The whole summary, as `--format json` writes it.
#[derive(Debug, Serialize)]
struct Totals {
    files: usize,
    docs: usize,
    target: usize,
    plan5: usize,
    actual: usize,
    progress: usize,
    /// Docs with no headline target: the reports to look at.
    without_headline_targets: Vec<String>,
    /// Figures of quality that need no gold (see `zhibiao::quality`).
    quality: Tally,
}

/// Runs `summary`; returns whether every input was read.
pub fn run(
    paths: &[String],
    format: SummaryFormat,
    meta: &MetaArgs,
    out: &mut impl Write,
) -> io::Result<bool> {
    let mut all_ok = true;
    let mut totals = Totals {
        files: 0,
        docs: 0,
        target: 0,
        plan5: 0,
        actual: 0,
        progress: 0,
        without_headline_targets: Vec::new(),
        quality: Tally::default(),
    };
    let mut table_rows = Vec::new();
    let mut first = true;
    match format {
        SummaryFormat::Csv => {
            out.write_all(csv::BOM)?;
            csv::write_record(out, COLUMNS)?;
        }
        SummaryFormat::Json => out.write_all(b"{\"docs\": [")?,
        SummaryFormat::Table => {}
    }
    run::ordered(
        paths,
        |path| {
            analyse_path(path, meta).map(|a| {
                let name = a.input.name.clone();
                let mut quality = Tally::default();
                let docs = a
                    .analysis
                    .docs
                    .iter()
                    .map(|d| {
                        quality.add(d);
                        DocSummary::new(path, &name, d)
                    })
                    .collect::<Vec<_>>();
                (docs, quality)
            })
        },
        |path, result| {
            let docs = match result {
                Ok((docs, quality)) => {
                    totals.quality = totals.quality.merge(quality);
                    docs
                }
                Err(e) => {
                    report_error(path, &e);
                    all_ok = false;
                    return Ok(());
                }
            };
            totals.files += 1;
            for d in docs {
                totals.docs += 1;
                totals.target += d.target;
                totals.plan5 += d.plan5;
                totals.actual += d.actual;
                totals.progress += d.progress;
                if d.headline_targets == 0 {
                    totals
                        .without_headline_targets
                        .push(format!("{} ({})", d.path, d.doc));
                }
                match format {
                    SummaryFormat::Csv => csv::write_record(out, d.cells())?,
                    SummaryFormat::Json => {
                        out.write_all(if first { b"\n" } else { b",\n" })?;
                        serde_json::to_writer(&mut *out, &d)?;
                    }
                    // A table needs every width first; it is the one format that waits.
                    SummaryFormat::Table => table_rows.push(d.cells()),
                }
                first = false;
            }
            Ok(())
        },
    )?;
    match format {
        // The CSV holds the docs alone; the figures go to the terminal.
        SummaryFormat::Csv => eprintln!("quality: {}", totals.quality),
        SummaryFormat::Json => {
            out.write_all(b"\n],\n\"totals\": ")?;
            serde_json::to_writer_pretty(&mut *out, &totals)?;
            out.write_all(b"}\n")?;
        }
        SummaryFormat::Table => {
            table::write_table(out, &COLUMNS, &table_rows)?;
            writeln!(
                out,
                "\n{} files, {} docs: {} target, {} plan5, {} actual, {} progress records",
                totals.files,
                totals.docs,
                totals.target,
                totals.plan5,
                totals.actual,
                totals.progress
            )?;
            writeln!(
                out,
                "{} docs without headline targets:",
                totals.without_headline_targets.len()
            )?;
            for d in &totals.without_headline_targets {
                writeln!(out, "  {d}")?;
            }
            writeln!(out, "quality: {}", totals.quality)?;
        }
    }
    out.flush()?;
    Ok(all_ok)
}
