//! `zhibiao compare`: the target matrix, targets against achieved figures, progress statements
//! and the diff of reports, as a table, CSV or JSON.

use crate::extract::{analyse_path, Analysed};
use crate::row::format_number;
use crate::{csv, run, table, MetaArgs};
use clap::ValueEnum;
use serde::Serialize;
use std::io::{self, Write};
use zhibiao::compare::{self as cmp, Comparison, Figure, Location, Overrides};
use zhibiao::{Level, OffsetIndex};

/// Output formats of `compare`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// Aligned sections for reading.
    Table,
    /// One section as UTF-8 CSV with a byte-order mark.
    Csv,
    /// Everything, every row with its spans.
    Json,
}

/// The parts of a comparison.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Section {
    /// Canonical indicator × doc.
    Matrix,
    /// Targets against achieved figures.
    Attainment,
    /// Progress statements as given.
    Progress,
    /// Changes between reports.
    Diff,
}

/// Where a statement stands, as a front end jumps to it: file and code points.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct FileSpan {
    pub file: String,
    pub start: usize,
    pub end: usize,
    pub quote: String,
}

#[derive(Serialize)]
struct Output {
    files: Vec<String>,
    options: cmp::Options,
    #[serde(flatten)]
    comparison: Comparison<FileSpan>,
}

/// Parses `NAME:key=value,key=value` (keys `region`, `level`, `year`).
pub fn parse_override(s: &str) -> Result<(String, Overrides), String> {
    let (name, rest) = s
        .rsplit_once(':')
        .ok_or("expected FILE:key=value[,key=value]")?;
    let mut o = Overrides::default();
    for pair in rest.split(',').filter(|p| !p.is_empty()) {
        let (k, v) = pair
            .split_once('=')
            .ok_or_else(|| format!("expected key=value, got {pair:?}"))?;
        match k.trim() {
            "region" => o.region = Some(v.trim().to_string()),
            "year" => o.year = Some(v.trim().parse().map_err(|_| format!("not a year: {v:?}"))?),
            "level" => {
                let level: Level =
                    serde_json::from_value(serde_json::Value::String(v.trim().to_string()))
                        .map_err(|_| {
                            format!(
                                "not a level (national, province, city, county, district): {v:?}"
                            )
                        })?;
                o.level = Some(level);
            }
            other => return Err(format!("unknown key {other:?} (region, level, year)")),
        }
    }
    Ok((name.to_string(), o))
}

/// Settings of one `compare` run.
pub struct CompareArgs<'a> {
    pub format: CompareFormat,
    pub only: Option<Section>,
    pub meta: &'a MetaArgs,
    pub overrides: &'a [(String, Overrides)],
    pub options: cmp::Options,
}

/// Runs `compare`; returns whether every input was read.
pub fn run(paths: &[String], args: &CompareArgs, out: &mut impl Write) -> io::Result<bool> {
    let (inputs, all_ok): (Vec<(String, Analysed)>, bool) = run::collect(paths, |p| {
        analyse_path(p, args.meta).map(|a| (p.to_string(), a))
    })?;
    let none = Overrides::default();
    let overrides: Vec<&Overrides> = inputs
        .iter()
        .map(|(path, a)| {
            args.overrides
                .iter()
                .find(|(name, _)| name == path || *name == a.input.name)
                .map_or(&none, |(_, o)| o)
        })
        .collect();
    let cmp_inputs: Vec<cmp::Input> = inputs
        .iter()
        .zip(&overrides)
        .map(|((_, a), o)| cmp::Input {
            analysis: &a.analysis,
            overrides: o,
        })
        .collect();
    let comparison = cmp::compare_inputs(&cmp_inputs, &args.options);
    let indexes: Vec<OffsetIndex> = inputs
        .iter()
        .map(|(_, a)| OffsetIndex::chars(&a.input.text))
        .collect();
    let comparison = comparison.map_locations(|l: Location| {
        let a = &inputs[l.input].1;
        let text = a.input.text.as_str();
        FileSpan {
            file: a.input.name.clone(),
            start: indexes[l.input].convert(text, l.span.start),
            end: indexes[l.input].convert(text, l.span.end),
            quote: text.get(l.span.start..l.span.end).unwrap_or("").to_string(),
        }
    });
    let files: Vec<String> = inputs.iter().map(|(_, a)| a.input.name.clone()).collect();
    match args.format {
        CompareFormat::Json => {
            serde_json::to_writer_pretty(
                &mut *out,
                &Output {
                    files,
                    options: args.options,
                    comparison,
                },
            )?;
            writeln!(out)?;
        }
        CompareFormat::Csv => {
            let section = args.only.unwrap_or(Section::Attainment);
            out.write_all(csv::BOM)?;
            let (headers, rows) = section_rows(&comparison, section, true);
            csv::write_record(out, &headers)?;
            for r in rows {
                csv::write_record(out, r)?;
            }
        }
        CompareFormat::Table => {
            let sections = [
                Section::Matrix,
                Section::Attainment,
                Section::Progress,
                Section::Diff,
            ];
            for section in sections
                .into_iter()
                .filter(|s| args.only.is_none_or(|o| o == *s))
            {
                let (headers, rows) = section_rows(&comparison, section, false);
                writeln!(out, "== {} ({} rows)", title(section), rows.len())?;
                if !rows.is_empty() {
                    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                    table::write_table(out, &headers, &rows)?;
                }
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(all_ok)
}

fn title(s: Section) -> &'static str {
    match s {
        Section::Matrix => "target matrix",
        Section::Attainment => "targets against actual figures",
        Section::Progress => "progress statements",
        Section::Diff => "changes of targets",
    }
}

/// A figure as a reader writes it: 增长6.5%左右, 控制在3%以内, 6–6.5%, 同步.
pub fn figure_text(f: &Figure) -> String {
    let mut s = f.verb.clone().unwrap_or_default();
    if let Some(v) = f.value {
        s.push_str(&format_number(v));
        if let Some(m) = f.value_max {
            s.push('–');
            s.push_str(&format_number(m));
        }
        s.push_str(f.unit.as_deref().unwrap_or(""));
    }
    // 超过90万人, not 超过90万人超过: the verb may be the qualifier's word.
    if let Some(q) = f
        .qualifier
        .filter(|q| f.verb.as_deref() != Some(q.as_str()))
    {
        s.push_str(q.as_str());
    }
    s
}

fn span_text(at: Option<&FileSpan>) -> String {
    at.map_or(String::new(), |a| {
        format!("{}:{}-{}", a.file, a.start, a.end)
    })
}

fn opt_num(v: Option<f64>) -> String {
    v.map(format_number).unwrap_or_default()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Headers and rows of one section; `full` adds the columns a spreadsheet wants (spans, rules).
fn section_rows(
    c: &Comparison<FileSpan>,
    section: Section,
    full: bool,
) -> (Vec<String>, Vec<Vec<String>>) {
    let label = |i: usize| c.docs.get(i).map_or(String::new(), |d| d.label.clone());
    match section {
        Section::Matrix => {
            let mut headers = strings(&["canonical", "unit"]);
            headers.extend(c.docs.iter().map(|d| {
                if d.label.is_empty() {
                    format!("#{}", d.input)
                } else {
                    d.label.clone()
                }
            }));
            let rows = c
                .matrix
                .rows
                .iter()
                .map(|r| {
                    let mut row = vec![r.canonical.clone(), r.family.label().to_string()];
                    row.extend(r.cells.iter().map(|cell| {
                        cell.as_ref()
                            .map_or(String::new(), |c| figure_text(&c.target))
                    }));
                    row
                })
                .collect();
            (headers, rows)
        }
        Section::Attainment => {
            let mut headers = strings(&[
                "region",
                "year",
                "stage",
                "canonical",
                "target",
                "actual",
                "status",
                "gap",
                "gap_unit",
                "completion",
            ]);
            if full {
                headers.extend(strings(&["reference", "rule", "target_at", "actual_at"]));
            }
            let rows = c
                .attainment
                .iter()
                .map(|a| {
                    let mut row = vec![
                        a.region.clone().unwrap_or_default(),
                        a.year.map(|y| y.to_string()).unwrap_or_default(),
                        match a.stage {
                            cmp::Stage::Annual => "year".into(),
                            cmp::Stage::HalfYear => "H1".into(),
                        },
                        a.canonical.clone(),
                        figure_text(&a.target),
                        a.actual.as_ref().map(figure_text).unwrap_or_default(),
                        a.status.as_str().to_string(),
                        opt_num(a.gap),
                        a.gap_unit.clone().unwrap_or_default(),
                        opt_num(a.completion),
                    ];
                    if full {
                        row.push(a.reference.as_ref().map(figure_text).unwrap_or_default());
                        row.push(a.rule.clone());
                        row.push(span_text(Some(&a.target_at)));
                        row.push(span_text(a.actual_at.as_ref()));
                    }
                    row
                })
                .collect();
            (headers, rows)
        }
        Section::Progress => {
            let mut headers = strings(&["doc", "period", "canonical", "indicator", "statement"]);
            if full {
                headers.push("at".into());
            }
            let rows = c
                .progress
                .iter()
                .map(|p| {
                    let mut row = vec![
                        label(p.doc),
                        p.statement.period.clone().unwrap_or_default(),
                        p.canonical.clone(),
                        p.statement.indicator.clone(),
                        figure_text(&p.statement),
                    ];
                    if full {
                        row.push(span_text(Some(&p.at)));
                    }
                    row
                })
                .collect();
            (headers, rows)
        }
        Section::Diff => {
            let mut headers = strings(&[
                "before",
                "after",
                "canonical",
                "unit",
                "changes",
                "was",
                "now",
                "delta",
            ]);
            if full {
                headers.extend(strings(&["before_at", "after_at"]));
            }
            let mut rows = Vec::new();
            for d in &c.diffs {
                for r in &d.rows {
                    let changes: Vec<&str> = r.changes.iter().map(|c| c.as_str()).collect();
                    let mut row = vec![
                        label(d.before),
                        label(d.after),
                        r.canonical.clone(),
                        r.family.label().to_string(),
                        if changes.is_empty() {
                            "unchanged".into()
                        } else {
                            changes.join(" ")
                        },
                        r.before.as_ref().map(figure_text).unwrap_or_default(),
                        r.after.as_ref().map(figure_text).unwrap_or_default(),
                        opt_num(r.delta),
                    ];
                    if full {
                        row.push(span_text(r.before_at.as_ref()));
                        row.push(span_text(r.after_at.as_ref()));
                    }
                    rows.push(row);
                }
            }
            (headers, rows)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_as_written() {
        use zhibiao::Qualifier;
        let mut f = Figure {
            value: Some(6.5),
            value_max: None,
            unit: Some("%".into()),
            qualifier: Some(Qualifier::About),
            verb: Some("增长".into()),
            indicator: "地区生产总值".into(),
            period: None,
            headline: true,
        };
        assert_eq!(figure_text(&f), "增长6.5%左右");
        f.value_max = Some(7.0);
        f.qualifier = None;
        assert_eq!(figure_text(&f), "增长6.5–7%");
        f = Figure {
            value: Some(90.0),
            value_max: None,
            unit: Some("万人".into()),
            qualifier: Some(Qualifier::Over),
            verb: Some("超过".into()),
            ..f
        };
        assert_eq!(figure_text(&f), "超过90万人");
        f = Figure {
            value: None,
            unit: None,
            qualifier: None,
            verb: Some("同步".into()),
            ..f
        };
        assert_eq!(figure_text(&f), "同步");
    }

    #[test]
    fn overrides_parse() {
        let (name, o) = parse_override("2024.md:region=湖北省,year=2024,level=province").unwrap();
        assert_eq!(name, "2024.md");
        assert_eq!(o.region.as_deref(), Some("湖北省"));
        assert_eq!(o.year, Some(2024));
        assert_eq!(o.level, Some(Level::Province));
        assert!(parse_override("a.md:year=soon").is_err());
        assert!(parse_override("a.md:colour=red").is_err());
        assert!(parse_override("a.md:level=village").is_err());
        assert!(parse_override("no-colon").is_err());
    }
}
