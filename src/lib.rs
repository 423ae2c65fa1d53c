#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod charset;
pub mod compare;
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
