//! The seed gold set: extraction scored by `../shared/tools/score.py` must meet the project's bars.
//!
//! Skips with a message when `../shared` is absent (a fresh clone); fails under `CI=true`.

#[path = "support/shared.rs"]
mod shared;

use std::io::Write;

fn rows(file: &str, text: &str) -> Vec<serde_json::Value> {
    let a = zhibiao::analyze(text);
    let idx = zhibiao::OffsetIndex::chars(text);
    a.records()
        .map(|(d, r)| {
            serde_json::json!({
                "file": file, "doc": d.label(), "kind": r.kind.as_str(), "indicator": r.indicator,
                "canonical": r.canonical, "verb": r.verb, "value": r.value, "value_max": r.value_max,
                "unit": r.unit, "qualifier": r.qualifier.map(|q| q.as_str()), "period": r.period,
                "placeholder": r.placeholder, "headline": r.headline,
                "start": idx.convert(text, r.span.start), "end": idx.convert(text, r.span.end),
                "quote": &text[r.span.start..r.span.end],
            })
        })
        .collect()
}

#[test]
fn seed_gold_set_meets_the_bars() {
    let (Some(seeds), Some(gold), Some(score)) = (shared::shared("corpus/seeds"), shared::shared("gold/seeds.jsonl"), shared::shared("tools/score.py")) else {
        return;
    };
    let out = std::env::temp_dir().join(format!("zhibiao-gold-{}.jsonl", std::process::id()));
    let mut f = std::fs::File::create(&out).unwrap();
    let mut names: Vec<_> = std::fs::read_dir(&seeds).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for p in &names {
        let text = shared::read_text(p);
        for row in rows(&p.file_name().unwrap().to_string_lossy(), &text) {
            writeln!(f, "{row}").unwrap();
        }
    }
    drop(f);
    let result = std::process::Command::new("python3").arg(&score).arg(&gold).arg(&out).arg("--texts").arg(&seeds).arg("--json").output().expect("python3 runs score.py");
    assert!(result.status.success(), "score.py failed: {}", String::from_utf8_lossy(&result.stderr));
    let r: serde_json::Value = serde_json::from_slice(&result.stdout).unwrap();
    println!("{r}");
    let recall = |k: &str| r["recall"][k]["recall"].as_f64().unwrap();
    let bars = [
        ("recall target", recall("target"), 0.95),
        ("recall actual", recall("actual"), 0.90),
        ("recall plan5", recall("plan5"), 0.90),
        ("recall progress", recall("progress"), 0.90),
        ("headline precision", r["headline_precision"]["precision"].as_f64().unwrap(), 0.95),
        ("precision where the gold speaks", r["overlap_precision"]["precision"].as_f64().unwrap(), 0.90),
        ("canonical agreement", r["fields"]["canonical"].as_f64().unwrap(), 0.95),
        ("qualifier agreement", r["fields"]["qualifier"].as_f64().unwrap(), 0.98),
        ("period agreement", r["fields"]["period"].as_f64().unwrap(), 0.95),
    ];
    let low: Vec<String> = bars.iter().filter(|(_, v, bar)| v < bar).map(|(n, v, bar)| format!("{n} {v} < {bar}")).collect();
    let _ = std::fs::remove_file(&out);
    assert!(low.is_empty(), "below the bar: {low:?}");
}
