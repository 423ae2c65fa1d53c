#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod charset;
mod doc;
mod events;
mod indicator;
mod normalize;
mod offsets;
mod quantity;
mod statement;
mod record;
pub mod compare;

pub use offsets::OffsetIndex;
pub use record::{Analysis, Doc, Hardness, Kind, Level, Meta, Qualifier, Record, Span};

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
    let norm = normalize::Normalized::new(text);
    let t = norm.text.as_str();
    let events = events::Events::scan(t);
    let quantities = quantity::scan(t, &events.figures);
    let ranges = doc::split(t);
    // Doc spans tile the original text: each runs to where the next begins, the first from 0.
    let starts: Vec<usize> = ranges.iter().enumerate().map(|(i, r)| if i == 0 { 0 } else { norm.original_start(r.0) }).collect();
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
            let time = statement::Time { year: meta.year, half_year: meta.half_year };
            let records = statement::extract(t, from, to, &quantities, &events, time)
                .into_iter()
                .map(|mut r| {
                    r.span = norm.original_span(r.span.start, r.span.end);
                    r
                })
                .collect();
            let span = Span { start: starts[i], end: starts.get(i + 1).copied().unwrap_or(text.len()) };
            Doc { span, meta, records }
        })
        .collect();
    Analysis { docs }
}
