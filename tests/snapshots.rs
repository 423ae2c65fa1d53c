//! Whole-report snapshots of the seed reports: record fields and code-point offsets, no report text.
//!
//! Review changes with `cargo insta review` (or `INSTA_UPDATE=always cargo test --test snapshots`
//! and `git diff tests/snapshots/`).

#[path = "support/shared.rs"]
mod shared;

#[test]
fn seed_reports() {
    let Some(seeds) = shared::shared("corpus/seeds") else {
        return;
    };
    let mut names: Vec<_> = std::fs::read_dir(&seeds)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for p in names {
        let text = shared::read_text(&p);
        let a = zhibiao::analyze(&text);
        let idx = zhibiao::OffsetIndex::chars(&text);
        let docs: Vec<serde_json::Value> = a
            .docs
            .iter()
            .map(|d| {
                let records: Vec<serde_json::Value> = d
                    .records
                    .iter()
                    .map(|r| {
                        // `other:` ids carry report wording: snapshots keep only that they are other.
                        let canonical = if r.canonical.starts_with("other:") { "other" } else { &*r.canonical };
                        serde_json::json!([r.kind.as_str(), canonical, r.verb, r.value, r.value_max, r.unit, r.qualifier.map(|q| q.as_str()), r.measure.map(|m| m.as_str()), r.absent, r.period, r.placeholder, r.headline, idx.convert(&text, r.span.start), idx.convert(&text, r.span.end)])
                    })
                    .collect();
                serde_json::json!({ "region": d.meta.region, "level": d.meta.level, "year": d.meta.year, "half_year": d.meta.half_year, "records": records })
            })
            .collect();
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_json_snapshot!(name, docs);
        });
    }
}
