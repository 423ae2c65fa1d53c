//! The `zhibiao` binary end to end: encodings, formats, exit codes, messages, standard input.
//!
//! Inputs are short sentences of our own, written into a temporary folder in every encoding
//! the CLI reads.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A short report of our own: a review figure and a main-targets paragraph.
const REPORT: &str = "政府工作报告\n\
2023年，全县地区生产总值增长5.2%。\n\
2024年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长4%以上，城镇调查失业率控制在5.5%以内。\n";

fn dir(test: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli").join(test);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}

fn utf16(text: &str, le: bool) -> Vec<u8> {
    let mut out = if le { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
    for u in text.encode_utf16() {
        out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

fn gbk(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

fn zhibiao() -> Command {
    Command::cargo_bin("zhibiao").unwrap()
}

fn jsonl(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Every field of the schema, in every row.
const SCHEMA: [&str; 16] = [
    "file", "doc", "kind", "indicator", "canonical", "verb", "value", "value_max", "unit", "qualifier",
    "period", "placeholder", "headline", "start", "end", "quote",
];

#[test]
fn every_encoding_gives_the_same_records() {
    let d = dir("encodings");
    let mut bom8 = vec![0xEF, 0xBB, 0xBF];
    bom8.extend_from_slice(REPORT.as_bytes());
    let files = [
        write(&d, "utf8.txt", REPORT.as_bytes()),
        write(&d, "utf8bom.txt", &bom8),
        write(&d, "gbk.txt", &gbk(REPORT)),
        write(&d, "utf16le.txt", &utf16(REPORT, true)),
        write(&d, "utf16be.txt", &utf16(REPORT, false)),
    ];
    let mut outputs = Vec::new();
    for f in &files {
        let out = zhibiao().args(["extract", f]).assert().success().get_output().stdout.clone();
        let mut rows = jsonl(&out);
        for r in &mut rows {
            r.as_object_mut().unwrap().remove("file");
        }
        outputs.push(rows);
    }
    let chars: Vec<char> = REPORT.chars().collect();
    for rows in &outputs {
        assert_eq!(rows, &outputs[0]);
    }
    // The core extracts the sample's figures, and every quote is the slice its offsets name.
    let rows = &outputs[0];
    assert!(rows.len() >= 3, "records of the sample: {rows:?}");
    for r in rows {
        let (s, e) = (r["start"].as_u64().unwrap() as usize, r["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), r["quote"].as_str().unwrap());
    }
}

#[test]
fn jsonl_rows_follow_the_schema() {
    let d = dir("schema");
    let f = write(&d, "report.txt", REPORT.as_bytes());
    let out = zhibiao().args(["extract", &f, "--format", "jsonl"]).assert().success().get_output().stdout.clone();
    let rows = jsonl(&out);
    assert!(!rows.is_empty());
    for r in &rows {
        let keys: Vec<&str> = r.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        assert_eq!(keys.len(), SCHEMA.len(), "{keys:?}");
        for k in SCHEMA {
            assert!(r.get(k).is_some(), "missing {k}");
        }
        assert_eq!(r["file"], "report.txt");
    }
    let gdp_target = rows
        .iter()
        .find(|r| r["kind"] == "target" && r["canonical"] == "gdp")
        .expect("the GDP target");
    assert_eq!(gdp_target["value"], 5.5);
    assert_eq!(gdp_target["unit"], "%");
    assert_eq!(gdp_target["qualifier"], "左右");
}

#[test]
fn bad_inputs_are_named_and_the_rest_still_processed() {
    let d = dir("bad");
    let empty = write(&d, "empty.txt", b"");
    let binary = write(&d, "binary.bin", &[0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0]);
    let good = write(&d, "good.txt", REPORT.as_bytes());
    let missing = d.join("missing.txt").to_string_lossy().into_owned();
    let assert = zhibiao()
        .args(["extract", "--format", "json", &empty, &binary, &good, &missing])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty.txt").and(predicate::str::contains("empty")))
        .stderr(predicate::str::contains("binary.bin").and(predicate::str::contains("binary")))
        .stderr(predicate::str::contains("missing.txt").and(predicate::str::contains("cannot read")));
    let json: Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    let files = json.as_array().unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0]["file"], "good.txt");
    assert_eq!(files[0]["encoding"], "UTF-8");
    assert!(files[0]["docs"][0]["meta"].is_object());
}

#[test]
fn undecodable_bytes_are_refused() {
    let d = dir("undecodable");
    let f = write(&d, "latin.txt", b"caf\xe9 \xff\x80 text");
    zhibiao()
        .args(["extract", &f])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("latin.txt").and(predicate::str::contains("undecodable")));
}

#[test]
fn standard_input() {
    let out = zhibiao()
        .args(["extract", "-"])
        .write_stdin(gbk(REPORT))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows = jsonl(&out);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["file"] == "-"));
    zhibiao().args(["extract", "-"]).write_stdin("").assert().code(1).stderr(predicate::str::contains("-: empty"));
}

#[test]
fn csv_opens_in_excel() {
    let d = dir("csv");
    let f = write(&d, "report.txt", REPORT.as_bytes());
    let out = zhibiao().args(["extract", &f, "--format", "csv"]).assert().success().get_output().stdout.clone();
    assert!(out.starts_with(&[0xEF, 0xBB, 0xBF]));
    let text = String::from_utf8(out[3..].to_vec()).unwrap();
    let mut lines = text.split("\r\n");
    assert_eq!(lines.next().unwrap(), SCHEMA.join(","));
    let rows: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r.starts_with("report.txt,")));
}

#[test]
fn table_is_aligned_per_file() {
    let d = dir("table");
    let a = write(&d, "a.txt", REPORT.as_bytes());
    let b = write(&d, "b.txt", &utf16(REPORT, true));
    let out = zhibiao().args(["extract", &a, &b, "--format", "table"]).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).unwrap();
    let a_at = text.find("== a.txt (UTF-8)").unwrap();
    let b_at = text.find("== b.txt (UTF-16LE)").unwrap();
    assert!(a_at < b_at, "input order");
    assert!(text.contains("gdp"));
}

#[test]
fn output_keeps_input_order() {
    let d = dir("order");
    let names: Vec<String> = (0..40).map(|i| write(&d, &format!("r{i:02}.txt"), REPORT.as_bytes())).collect();
    let mut args = vec!["extract".to_string(), "--format".into(), "json".into()];
    args.extend(names.iter().rev().cloned());
    let out = zhibiao().args(&args).assert().success().get_output().stdout.clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    let got: Vec<&str> = json.as_array().unwrap().iter().map(|f| f["file"].as_str().unwrap()).collect();
    let want: Vec<String> = (0..40).rev().map(|i| format!("r{i:02}.txt")).collect();
    assert_eq!(got, want);
}

#[test]
fn summary_counts_and_lists() {
    let d = dir("summary");
    write(&d, "report.txt", REPORT.as_bytes());
    write(&d, "plain.txt", "今天天气很好。".as_bytes());
    let folder = d.to_string_lossy().into_owned();
    let out = zhibiao().args(["summary", &folder, "--format", "json"]).assert().success().get_output().stdout.clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    let docs = json["docs"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    // A folder is read in name order.
    assert_eq!(docs[0]["file"], "plain.txt");
    assert_eq!(docs[1]["file"], "report.txt");
    assert_eq!(docs[0]["target"], 0);
    assert!(docs[1]["headline_targets"].as_u64().unwrap() >= 3);
    assert_eq!(json["totals"]["files"], 2);
    let listed: Vec<&str> = json["totals"]["without_headline_targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].contains("plain.txt"));

    zhibiao()
        .args(["extract", "--summary", "--format", "table", &folder])
        .assert()
        .success()
        .stdout(predicate::str::contains("2 files, 2 docs").and(predicate::str::contains("docs without headline targets")));
}

#[test]
fn caller_metadata_overrides() {
    let d = dir("meta");
    let f = write(&d, "report.txt", REPORT.as_bytes());
    let out = zhibiao()
        .args(["summary", &f, "--format", "json", "--year", "2024", "--region", "某县"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["docs"][0]["year"], 2024);
    assert_eq!(json["docs"][0]["region"], "某县");
}

#[test]
fn usage_errors() {
    zhibiao().arg("extract").assert().code(2).stderr(predicate::str::contains("FILES"));
    zhibiao().args(["extract", "x", "--format", "xml"]).assert().code(2);
}
