//! Throughput of `analyze` on the seed reports and on a slice of ≥ 10 MB of ../shared/corpus/gov.
//!
//! `make bench` (or `cargo bench --bench analyze`); criterion prints MB/s (Throughput::Bytes).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::{Path, PathBuf};

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.is_dir().then_some(p)
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    if let Ok(rd) = std::fs::read_dir(dir) {
        let mut entries: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                files(&p, out);
            } else {
                out.push(p);
            }
        }
    }
}

fn bench(c: &mut Criterion) {
    let Some(shared) = shared() else {
        eprintln!("SKIPPED: ../shared is absent; nothing to measure");
        return;
    };
    let mut seeds = Vec::new();
    files(&shared.join("corpus/seeds"), &mut seeds);
    let seeds: Vec<String> = seeds
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let mut gov = Vec::new();
    files(&shared.join("corpus/gov"), &mut gov);
    // Every 7th report until 10 MB: a slice across levels, regions and years.
    let mut slice = Vec::new();
    let mut size = 0;
    for p in gov.iter().step_by(7).chain(gov.iter()) {
        if size >= 10_000_000 {
            break;
        }
        if let Ok(t) = std::fs::read_to_string(p) {
            size += t.len();
            slice.push(t);
        }
    }
    let mut g = c.benchmark_group("analyze");
    g.sample_size(10);
    for (name, texts) in [("seeds", &seeds), ("gov_10mb", &slice)] {
        let bytes: usize = texts.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| zhibiao::analyze(t).docs.len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
