//! Reads Chinese government reports by their numbers.
//!
//! # Overview
//!
//! A work report (政府工作报告), a plan execution report or an official's speech reviews last
//! year's figures and sets this year's targets. [`analyze`] finds every such statement and
//! returns it as a typed [`Record`]: the indicator as written and its canonical id (`gdp`,
//! `urban_unemployment_surveyed`, or `other:` the phrase), the verb, the value (or a range), the
//! unit, the qualifier that makes a target hard or soft (左右, 以上, 以内 …), the [`Measure`]
//! (a growth rate, a level, an increment, a share, a change in points, a count), the period, and
//! the exact [`Span`] of the original text it came from. A record is a [`Kind::Target`] of the
//! year, a [`Kind::Plan5`] five-year goal, a [`Kind::Actual`] achieved figure or a
//! [`Kind::Progress`] statement against a target. Reports are split into [`Doc`]s (a page may
//! hold several), each with its [`Meta`]: title, region, level, year, date, speaker.
//!
//! [`compare`] sets reports side by side (the target matrix, targets against the actuals the
//! next year's report gives, what changed between two reports) and builds the researcher's
//! [`compare::panel`]: every region-year's target, its actual and its parent government's
//! target. [`regions`] knows the hierarchy of provinces and prefectures, [`quality`] the figures
//! of extraction quality that need no gold.
//!
//! # Usage
//!
//! ```
//! let analysis = zhibiao::analyze("今年主要预期目标是:地区生产总值增长6%左右,城镇调查失业率控制在5.5%以内。");
//! let targets: Vec<_> = analysis.records().map(|(_, r)| (&*r.canonical, r.value)).collect();
//! assert_eq!(targets, [("gdp", Some(6.0)), ("urban_unemployment_surveyed", Some(5.5))]);
//!
//! // Spans are byte offsets of the text given; OffsetIndex turns them into code points or
//! // UTF-16 units, as the CLI's JSONL and the npm package write them.
//! let text = "去年地区生产总值增长5.2%。";
//! let analysis = zhibiao::analyze(text);
//! let (_, r) = analysis.records().next().unwrap();
//! assert_eq!(&text[r.span.start..r.span.end], "地区生产总值增长5.2%");
//! let chars = zhibiao::OffsetIndex::chars(text);
//! assert_eq!(chars.convert(text, r.span.start), 2);
//! ```
//!
//! [`analyze_with`] takes the year and region where the text does not say them;
//! [`analyze_with_progress`] also reports how far it has come, for a progress bar.
//!
//! # Performance
//!
//! One linear pass over the text, about 100 MB/s on one core natively (55–65 MB/s as
//! WebAssembly). Records borrow what the crate spells itself (lexicon names and ids, verbs,
//! units, years) and allocate only for what the report spells. Inputs built to be slow (10 MB of
//! one number, of 、, of unclosed brackets, one endless sentence of lists) keep their time per MB
//! from 10 to 40 MB: `cargo bench --bench adversarial`. The figures and their history are in
//! `docs/performance.md`.
//!
//! # Untrusted input
//!
//! [`analyze`] takes any `&str` and never panics, never loops without end and never reads
//! outside the text: the span invariants (docs tile the text in order; every span lies on
//! char boundaries inside its doc; code-point and UTF-16 offsets agree) are checked by property
//! tests and by two fuzz targets whose corpus `cargo test` replays. Decoding bytes (UTF-8,
//! GB18030, UTF-16 with or without a byte-order mark) is the caller's: the CLI and the npm
//! package's page each do it with the same method, tested on the same files. The crate holds no
//! `unsafe` code.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod charset;
pub mod compare;
mod cues;
mod doc;
mod events;
mod indicator;
mod names;
mod normalize;
mod offsets;
mod period;
mod phrases;
pub mod quality;
mod quantity;
mod record;
pub mod regions;
mod row;
mod search;
mod statement;
mod verbs;
mod words;

pub use names::is_fragment;
pub use offsets::OffsetIndex;
pub use record::{Analysis, Doc, Hardness, Kind, Level, Measure, Meta, Qualifier, Record, Span};
pub use row::RecordRow;

/// Caller-supplied facts that override what the text says of itself.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The year the report was given in, when the text does not say it.
    pub year: Option<i32>,
    /// The region, when the text does not say it.
    pub region: Option<String>,
}

/// Reads a report (or a page holding several) and returns every statement of a figure.
///
/// Linear in the length of `text`; never panics on any input.
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, &Options::default())
}

/// [`analyze`] with caller-supplied metadata.
pub fn analyze_with(text: &str, options: &Options) -> Analysis {
    analyze_with_progress(text, options, &mut |_| {})
}

/// Share of the work done once the text is normalized and its figures found; the statements
/// (read doc by doc, sentence by sentence) take the rest.
const SCANNED: f64 = 0.25;

/// [`analyze_with`], telling `progress` how far it has come, for a progress bar over a large input:
/// fractions rising from 0 to 1 (1 last), at most a few hundred calls whatever the text's length.
// Its phases (the walk, figures, doc split and metadata, statements) run once per doc and are
// kept out of line: inlined into one function, V8 moved that function into its optimizing tier
// late or not at all, and the WebAssembly package ran at two thirds of its speed.
pub fn analyze_with_progress(
    text: &str,
    options: &Options,
    progress: &mut dyn FnMut(f64),
) -> Analysis {
    progress(0.0);
    let (norm, events) = normalize::walk(text);
    let t = norm.text.as_str();
    progress(SCANNED * 0.7);
    let quantities = quantity::scan(t, &events.figures);
    let ranges = doc::split(t, &events);
    progress(SCANNED);
    // Statements report every `step` bytes of normalized text (≥ 1/200 of it).
    let step = (t.len() / 200).max(1 << 16);
    let mut next = step;
    let mut at = |pos: usize| {
        if pos >= next {
            next = pos + step;
            progress(SCANNED + (1.0 - SCANNED) * pos as f64 / t.len() as f64);
        }
    };
    // Doc spans tile the original text: each runs to where the next begins, the first from 0.
    let starts: Vec<usize> = ranges
        .iter()
        .enumerate()
        .map(|(i, r)| if i == 0 { 0 } else { norm.original_start(r.0) })
        .collect();
    let docs = ranges
        .iter()
        .enumerate()
        .map(|(i, &(from, to))| {
            let mut meta = doc::meta(&t[from..to]);
            if options.year.is_some() {
                meta.year = options.year;
            }
            if let Some(r) = &options.region {
                meta.region = Some(r.clone());
                meta.level = doc::level_of(r).or(meta.level);
            }
            let time = statement::Time {
                year: meta.year,
                half_year: meta.half_year,
            };
            let records = statement::extract(t, from, to, &quantities, &events, time, &mut at)
                .into_iter()
                .map(|mut r| {
                    r.span = norm.original_span(r.span.start, r.span.end);
                    r
                })
                .collect();
            let span = Span {
                start: starts[i],
                end: starts.get(i + 1).copied().unwrap_or(text.len()),
            };
            Doc {
                span,
                meta,
                records,
            }
        })
        .collect();
    progress(1.0);
    Analysis { docs }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_rises_to_one_in_a_bounded_number_of_calls() {
        let para = "2023年全市地区生产总值增长5.2%,一般公共预算收入完成50.1亿元。\n";
        let text = para.repeat(40_000); // ~3.6 MB
        let mut seen = Vec::new();
        let with = analyze_with_progress(&text, &Options::default(), &mut |f| seen.push(f));
        assert!(
            seen.windows(2).all(|w| w[0] <= w[1]),
            "progress must not go back"
        );
        assert_eq!(seen.first(), Some(&0.0));
        assert_eq!(seen.last(), Some(&1.0));
        assert!(seen.len() > 50 && seen.len() <= 210, "{} calls", seen.len());
        assert_eq!(with, analyze(&text), "reporting progress changes nothing");
    }
}
