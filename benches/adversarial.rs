//! Adversarial inputs at 1, 10 and 40 MB: `analyze` must take time linear in the length.
//!
//! `cargo bench --bench adversarial` (part of `make bench`). Criterion measures each input at
//! 1 and 10 MB (Throughput::Bytes, so MiB/s are comparable across sizes); a table at the end
//! gives milliseconds per MB at 1, 10 and 40 MB. From 1 to 10 MB the text leaves the caches,
//! which can cost up to about 3 times the time per MB even for a linear pass, so that step
//! hides a mild quadratic term (one once passed it at 2.95); from 10 to 40 MB a linear pass
//! keeps its time per MB and a quadratic one takes 4 times as long. Flagged: more than 2 from
//! 10 to 40 MB, or more than 4 from 1 to 10 MB. An input whose single run takes 2 s or more is
//! left out of criterion's samples (the table still times it once). `ADVERSARIAL=name,name`
//! runs a subset; `ADVERSARIAL_QUICK=1` prints only the table.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::time::{Duration, Instant};

const MB: usize = 1_000_000;

/// Repeats `unit` until the text is at least `size` bytes.
fn fill(unit: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + unit.len());
    while s.len() < size {
        s.push_str(unit);
    }
    s
}

/// `open` repeated to half the size, then `close` to the other half: nesting `size / 2` deep.
fn nest(open: &str, close: &str, size: usize) -> String {
    let n = size / (open.len() + close.len());
    let mut s = String::with_capacity(size);
    for _ in 0..n {
        s.push_str(open);
    }
    s.push_str("地区生产总值增长6%左右");
    for _ in 0..n {
        s.push_str(close);
    }
    s
}

/// The adversarial inputs: (name, generator of a text of about `size` bytes).
/// A named input of the given size in bytes.
type Maker = (&'static str, fn(usize) -> String);

fn inputs() -> Vec<Maker> {
    vec![
        ("digits", |n| fill("0123456789", n)),
        ("one_number", |n| {
            format!("地区生产总值增长{}.5%左右。", fill("1", n))
        }),
        ("fullwidth_number", |n| {
            format!("地区生产总值增长{}%左右。", fill("１２３４５", n))
        }),
        ("grouped_number", |n| {
            format!("收入{}亿元。", fill("1,234", n))
        }),
        ("zengzhang", |n| fill("增长", n)),
        ("brackets_nested", |n| nest("（", "）", n)),
        ("brackets_mixed", |n| nest("(【《“（", "）”》】)", n)),
        ("brackets_open", |n| fill("（", n)),
        ("pinyin", |n| {
            fill("发(fā)展（zhǎn）经(jīng)济(jì)增(zēng)长(zhǎng)", n)
        }),
        ("pinyin_unclosed", |n| fill("发(fā", n)),
        ("endless_line", |n| {
            fill("地区生产总值增长7.5%左右，一般公共预算收入增长6%以上，", n)
        }),
        ("no_punctuation", |n| {
            fill(
                "地区生产总值增长一般公共预算收入达到城镇调查失业率控制在",
                n,
            )
        }),
        ("dunhao", |n| fill("、", n)),
        ("comma", |n| fill("，", n)),
        ("percent_list", |n| fill("1%、", n)),
        ("percent_spaced", |n| fill("1% ", n)),
        ("amount_list", |n| fill("1亿元、", n)),
        ("fenbie_list", |n| {
            let half = fill(
                "地区生产总值、一般公共预算收入、社会消费品零售总额、",
                n / 2,
            );
            format!("{half}分别增长{}。", fill("7.5%、", n / 2))
        }),
        ("fenbie_many", |n| {
            fill("地区生产总值、一般公共预算收入分别增长7%、8%，", n)
        }),
        ("placeholders", |n| {
            fill("地区生产总值增长X%左右，收入增长XX%。", n)
        }),
        ("chinese_numerals", |n| {
            fill("一千二百三十四万五千六百七十八亿", n)
        }),
        ("year_cues", |n| fill("2023年2024年“十四五”时期到2025年", n)),
        ("newlines", |n| fill("\n", n)),
        ("spaces_in_number", |n| format!("增长{}%", fill("1 ", n))),
        ("titles", |n| {
            fill(
                "2021年甲县政府工作报告\n各位代表：地区生产总值增长6%左右。\n",
                n,
            )
        }),
        ("report_like", |n| {
            fill(
                "一、2023年工作回顾\n过去一年，全市地区生产总值增长5.2%，一般公共预算收入完成120亿元，增长8%。\n\
                 二、2024年主要预期目标\n地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右。\n",
                n,
            )
        }),
    ]
}

fn wanted(name: &str) -> bool {
    match std::env::var("ADVERSARIAL") {
        Ok(list) if !list.is_empty() => list.split(',').any(|n| n == name),
        _ => true,
    }
}

/// One timed run: milliseconds per MB.
fn ms_per_mb(text: &str) -> f64 {
    let start = Instant::now();
    let analysis = zhibiao::analyze(text);
    let secs = start.elapsed().as_secs_f64();
    std::hint::black_box(analysis);
    secs * 1e3 / (text.len() as f64 / MB as f64)
}

fn bench(c: &mut Criterion) {
    let quick = std::env::var_os("ADVERSARIAL_QUICK").is_some();
    let mut table = Vec::new();
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for (name, make) in inputs() {
        if !wanted(name) {
            continue;
        }
        let mut row = Vec::new();
        for size in [MB, 10 * MB, 40 * MB] {
            let text = make(size);
            // Best of three single runs for the table (the machine is shared), one if it is slow.
            let first = ms_per_mb(&text);
            let secs = first * text.len() as f64 / MB as f64 / 1e3;
            row.push(if secs < 1.0 {
                first.min(ms_per_mb(&text)).min(ms_per_mb(&text))
            } else {
                first
            });
            // Criterion takes ten samples and more: only at 1 and 10 MB, for inputs that are not pathological.
            if !quick && secs < 2.0 && size <= 10 * MB {
                g.throughput(Throughput::Bytes(text.len() as u64));
                g.bench_with_input(
                    BenchmarkId::new(name, format!("{}MB", size / MB)),
                    &text,
                    |b, t| b.iter(|| zhibiao::analyze(t)),
                );
            }
        }
        eprintln!(
            "{name:<18} {:>9.1} ms/MB at 1 MB {:>9.1} at 10 MB {:>9.1} at 40 MB",
            row[0], row[1], row[2]
        );
        table.push((name, row[0], row[1], row[2]));
    }
    g.finish();
    // From 1 to 10 MB the text leaves the caches (up to 3 times the time per MB); from 10 to
    // 40 MB a linear pass keeps its time per MB and a quadratic one takes four times as long.
    println!(
        "\nadversarial inputs: milliseconds per MB (best of 3 runs under 1 s), at 1, 10 and 40 MB"
    );
    println!(
        "{:<18} {:>9} {:>9} {:>9} {:>10}",
        "input", "1 MB", "10 MB", "40 MB", "40 / 10"
    );
    for (name, one, ten, forty) in table {
        let flag = if forty / ten > 2.0 || ten / one > 4.0 {
            "  SUPER-LINEAR?"
        } else {
            ""
        };
        println!(
            "{name:<18} {one:>9.1} {ten:>9.1} {forty:>9.1} {:>10.2}{flag}",
            forty / ten
        );
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
