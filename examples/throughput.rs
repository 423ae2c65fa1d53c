//! Prints single-thread throughput of `analyze` over the files named on the command line:
//! the best of `ZHIBIAO_PASSES` passes over all of them (default 1), so that a benchmark can
//! look past the moments a shared machine is slow.
//!
//! `cargo run --release --example throughput -- ../shared/corpus/gov/province/*/*.md`

use std::time::Instant;

fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let passes: usize = std::env::var("ZHIBIAO_PASSES")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(1)
        .max(1);
    let mut best = f64::INFINITY;
    let mut records = 0;
    for _ in 0..passes {
        let start = Instant::now();
        records = texts
            .iter()
            .map(|t| zhibiao::analyze(t).records().count())
            .sum::<usize>();
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{} files, {:.1} MB, {} records, {:.3} s, {:.1} MB/s",
        texts.len(),
        bytes as f64 / 1e6,
        records,
        best,
        bytes as f64 / 1e6 / best
    );
}
