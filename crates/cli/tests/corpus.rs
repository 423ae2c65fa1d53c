//! The core over every report of `../shared/corpus/gov`: no panic, spans that hold, and the
//! metadata it detects measured against the path (`gov/<level>/<region>/<year>.md`,
//! `gov/national/<year>.md`).
//!
//! A debug build reads every 4th file (a debug analyze is some ten times slower); a release
//! build (`cargo test --release -p zhibiao-cli --test corpus -- --nocapture`) reads all 2,974.
//! Without `../shared` the test says so and passes, except under `CI=true`, where it fails.

mod common;

use common::corpus_dir;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use zhibiao::Level;

/// What the path says of a report.
struct Expected {
    level: Level,
    /// A municipality (北京, 上海, 天津, 重庆), filed under cities, is a province as well.
    also: Option<Level>,
    region: Option<String>,
    year: Option<i32>,
}

fn expected(dir: &Path, file: &Path) -> Expected {
    let rel: Vec<String> = file
        .strip_prefix(dir)
        .unwrap()
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let stem = rel.last().unwrap();
    let year = stem.get(..4).and_then(|y| y.parse().ok());
    let (level, region) = match rel[0].as_str() {
        "national" => (Level::National, None),
        "province" => (Level::Province, Some(rel[1].clone())),
        _ => (Level::City, Some(rel[1].clone())),
    };
    let municipality = ["北京市", "上海市", "天津市", "重庆市"].contains(&rel[1].as_str());
    let also = municipality.then_some(Level::Province);
    Expected {
        level,
        also,
        region,
        year,
    }
}

fn files(dir: &Path) -> Vec<PathBuf> {
    fn walk(d: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "md") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

#[derive(Default, Clone, Copy)]
struct Tally {
    files: usize,
    level: usize,
    region: usize,
    region_asked: usize,
    year: usize,
    records: usize,
}

/// One detection that disagrees with the path, for inspection.
type Miss = String;

/// What one file gave: the level its path names, the tally, the misses.
type Checked = (Level, Tally, Vec<Miss>, zhibiao::quality::Tally);

impl Tally {
    fn add(&mut self, o: Tally) {
        self.files += o.files;
        self.level += o.level;
        self.region += o.region;
        self.region_asked += o.region_asked;
        self.year += o.year;
        self.records += o.records;
    }
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "-".into()
    } else {
        format!("{:5.1}% ({n}/{d})", 100.0 * n as f64 / d as f64)
    }
}

#[test]
fn whole_corpus_without_panic_and_metadata_accuracy() {
    let Some(dir) = corpus_dir() else { return };
    let all = files(&dir);
    assert!(all.len() > 100, "corpus too small: {}", all.len());
    let step = if cfg!(debug_assertions) { 4 } else { 1 };
    let chosen: Vec<&PathBuf> = all.iter().step_by(step).collect();
    let started = std::time::Instant::now();

    let results: Vec<(String, Result<Checked, String>)> = chosen
        .par_iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            let exp = expected(&dir, path);
            let outcome = std::panic::catch_unwind(|| zhibiao::analyze(&text)).map_err(|e| {
                e.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default()
            });
            let name = path.strip_prefix(&dir).unwrap().display().to_string();
            let analysis = match outcome {
                Ok(a) => a,
                Err(msg) => return (name, Err(format!("panic: {msg}"))),
            };
            // Every span lies on character boundaries inside its doc.
            for doc in &analysis.docs {
                if doc.span.start > doc.span.end || !text.is_char_boundary(doc.span.end) {
                    return (name, Err(format!("bad doc span {:?}", doc.span)));
                }
                for r in &doc.records {
                    let s = r.span;
                    let ok = s.start <= s.end
                        && doc.span.start <= s.start
                        && s.end <= doc.span.end
                        && text.is_char_boundary(s.start)
                        && text.is_char_boundary(s.end);
                    if !ok {
                        return (
                            name,
                            Err(format!("bad record span {s:?} in doc {:?}", doc.span)),
                        );
                    }
                }
            }
            // The first doc stands for the file (a file of the corpus holds one report).
            let mut t = Tally {
                files: 1,
                ..Tally::default()
            };
            t.records = analysis.docs.iter().map(|d| d.records.len()).sum();
            let mut misses = Vec::new();
            if let Some(doc) = analysis.docs.first() {
                let m = &doc.meta;
                let level_ok =
                    m.level == Some(exp.level) || (m.level.is_some() && m.level == exp.also);
                let year_ok = m.year.is_some() && m.year == exp.year;
                t.level += usize::from(level_ok);
                t.year += usize::from(year_ok);
                if !level_ok {
                    misses.push(format!("level {name}: {:?}", m.level));
                }
                if !year_ok {
                    misses.push(format!("year {name}: {:?}", m.year));
                }
                if let Some(region) = &exp.region {
                    t.region_asked = 1;
                    let ok = m
                        .region
                        .as_deref()
                        .is_some_and(|r| zhibiao::compare::same_region(r, region));
                    t.region += usize::from(ok);
                    if !ok {
                        misses.push(format!("region {name}: {:?}", m.region));
                    }
                }
            }
            let mut quality = zhibiao::quality::Tally::default();
            analysis.docs.iter().for_each(|d| quality.add(d));
            (name, Ok((exp.level, t, misses, quality)))
        })
        .collect();

    let mut failures = Vec::new();
    let mut by_level: Vec<(Level, Tally)> = Vec::new();
    let mut total = Tally::default();
    let mut misses: Vec<&Miss> = Vec::new();
    let mut quality = zhibiao::quality::Tally::default();
    for (name, r) in &results {
        match r {
            Err(msg) => failures.push(format!("{name}: {msg}")),
            Ok((level, t, m, q)) => {
                misses.extend(m);
                quality = quality.merge(*q);
                total.add(*t);
                match by_level.iter_mut().find(|(l, _)| l == level) {
                    Some((_, acc)) => acc.add(*t),
                    None => by_level.push((*level, *t)),
                }
            }
        }
    }
    println!(
        "corpus: {} of {} files (every {step}th), {:.1?}, {} records",
        chosen.len(),
        all.len(),
        started.elapsed(),
        total.records
    );
    by_level.push((Level::National, total));
    let n = by_level.len();
    for (i, (level, t)) in by_level.iter().enumerate() {
        let name = if i == n - 1 { "all" } else { level.as_str() };
        println!(
            "{name:9} files {:5}  level {}  region {}  year {}",
            t.files,
            pct(t.level, t.files),
            pct(t.region, t.region_asked),
            pct(t.year, t.files)
        );
    }
    for field in ["level", "region", "year"] {
        let of_field: Vec<&&Miss> = misses.iter().filter(|m| m.starts_with(field)).collect();
        if !of_field.is_empty() {
            println!("first {field} misses:");
            for m in of_field.iter().take(8) {
                println!("  {m}");
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} files failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Quality without gold (`zhibiao summary` prints the same figures): floors where the
    // extractor stands, so that a change losing ground on the corpus fails.
    println!("quality: {quality}");
    // Every report when built with optimizations; every fourth in a debug build (a sample).
    let gdp_floor = if step == 1 { 0.98 } else { 0.97 };
    assert!(
        quality.headline_gdp_share() >= gdp_floor,
        "headline GDP target in too few reports: {quality}"
    );
    assert!(
        quality.fragment_share() < 0.01,
        "too many records named by a verb or fragment: {quality}"
    );
    assert!(
        quality.gdp_out_of_range_share() < 0.003,
        "too many GDP targets outside 0-20 %: {quality}"
    );
}
