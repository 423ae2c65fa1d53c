//! Prints single-thread throughput of `analyze` over the files named on the command line.
//!
//! `cargo run --release --example throughput -- ../shared/corpus/gov/province/*/*.md`

use std::time::Instant;

fn main() {
    let texts: Vec<String> = std::env::args().skip(1).filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let start = Instant::now();
    let mut records = 0;
    for t in &texts {
        records += zhibiao::analyze(t).records().count();
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{} files, {:.1} MB, {} records, {:.2} s, {:.1} MB/s", texts.len(), bytes as f64 / 1e6, records, secs, bytes as f64 / 1e6 / secs);
}
