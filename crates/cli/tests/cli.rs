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
    let d = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(test);
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
    let mut out = if le {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
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

/// Runs a command that must succeed and returns its standard output.
trait OkStdout {
    fn ok_stdout(&mut self) -> Vec<u8>;
}

impl OkStdout for Command {
    fn ok_stdout(&mut self) -> Vec<u8> {
        self.assert().success().get_output().stdout.clone()
    }
}

fn jsonl(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Every field of the schema, in every row.
const SCHEMA: [&str; 18] = [
    "file",
    "doc",
    "kind",
    "indicator",
    "canonical",
    "verb",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "measure",
    "absent",
    "period",
    "placeholder",
    "headline",
    "start",
    "end",
    "quote",
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
        let out = zhibiao().args(["extract", f]).ok_stdout();
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
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            r["quote"].as_str().unwrap()
        );
    }
}

#[test]
fn jsonl_rows_follow_the_schema() {
    let d = dir("schema");
    let f = write(&d, "report.txt", REPORT.as_bytes());
    let out = zhibiao()
        .args(["extract", &f, "--format", "jsonl"])
        .ok_stdout();
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
    let binary = write(
        &d,
        "binary.bin",
        &[
            0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0,
        ],
    );
    let good = write(&d, "good.txt", REPORT.as_bytes());
    let missing = d.join("missing.txt").to_string_lossy().into_owned();
    let assert = zhibiao()
        .args([
            "extract", "--format", "json", &empty, &binary, &good, &missing,
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty.txt").and(predicate::str::contains("empty")))
        .stderr(predicate::str::contains("binary.bin").and(predicate::str::contains("binary")))
        .stderr(
            predicate::str::contains("missing.txt").and(predicate::str::contains("cannot read")),
        );
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
        .ok_stdout();
    let rows = jsonl(&out);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["file"] == "-"));
    zhibiao()
        .args(["extract", "-"])
        .write_stdin("")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("-: empty"));
}

#[test]
fn csv_opens_in_excel() {
    let d = dir("csv");
    let f = write(&d, "report.txt", REPORT.as_bytes());
    let out = zhibiao()
        .args(["extract", &f, "--format", "csv"])
        .ok_stdout();
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
    let out = zhibiao()
        .args(["extract", &a, &b, "--format", "table"])
        .ok_stdout();
    let text = String::from_utf8(out).unwrap();
    let a_at = text.find("== a.txt (UTF-8)").unwrap();
    let b_at = text.find("== b.txt (UTF-16LE)").unwrap();
    assert!(a_at < b_at, "input order");
    assert!(text.contains("gdp"));
}

#[test]
fn output_keeps_input_order() {
    let d = dir("order");
    let names: Vec<String> = (0..40)
        .map(|i| write(&d, &format!("r{i:02}.txt"), REPORT.as_bytes()))
        .collect();
    let mut args = vec!["extract".to_string(), "--format".into(), "json".into()];
    args.extend(names.iter().rev().cloned());
    let out = zhibiao().args(&args).ok_stdout();
    let json: Value = serde_json::from_slice(&out).unwrap();
    let got: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    let want: Vec<String> = (0..40).rev().map(|i| format!("r{i:02}.txt")).collect();
    assert_eq!(got, want);
}

#[test]
fn summary_counts_and_lists() {
    let d = dir("summary");
    write(&d, "report.txt", REPORT.as_bytes());
    write(&d, "plain.txt", "今天天气很好。".as_bytes());
    let folder = d.to_string_lossy().into_owned();
    let out = zhibiao()
        .args(["summary", &folder, "--format", "json"])
        .ok_stdout();
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
        .stdout(
            predicate::str::contains("2 files, 2 docs")
                .and(predicate::str::contains("docs without headline targets")),
        );
}

#[test]
fn caller_metadata_overrides() {
    let d = dir("meta");
    let f = write(&d, "report.txt", REPORT.as_bytes());
    let out = zhibiao()
        .args([
            "summary", &f, "--format", "json", "--year", "2024", "--region", "某县",
        ])
        .ok_stdout();
    let json: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["docs"][0]["year"], 2024);
    assert_eq!(json["docs"][0]["region"], "某县");
}

#[test]
fn usage_errors() {
    zhibiao()
        .arg("extract")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("FILES"));
    zhibiao()
        .args(["extract", "x", "--format", "xml"])
        .assert()
        .code(2);
}

/// Two reports of one county of our own: targets for 2023, then the 2023 figures and 2024 targets.
const REPORT_2023: &str = "2023年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业5万人以上，居民消费价格涨幅3%左右。\n";
const REPORT_2024: &str = "2023年，全县地区生产总值增长6%，城镇新增就业6.2万人，居民消费价格上涨0.5%。\n\
2024年经济社会发展的主要预期目标是：地区生产总值增长6%，城镇新增就业5万人以上，居民消费价格涨幅3%左右，一般公共预算收入增长5%以上。\n";

fn compare_files(test: &str) -> (PathBuf, [String; 4]) {
    let d = dir(test);
    let a = write(&d, "a.txt", REPORT_2023.as_bytes());
    // The later report in GBK: spans are code points of the decoded text all the same.
    let b = write(&d, "b.txt", &gbk(REPORT_2024));
    (
        d,
        [
            a,
            b,
            "--set=a.txt:region=某县,year=2023,level=county".into(),
            "--set=b.txt:region=某县,year=2024,level=county".into(),
        ],
    )
}

fn slice(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn compare_json_rows_carry_verdicts_and_spans() {
    let (_d, args) = compare_files("compare_json");
    let out = zhibiao()
        .arg("compare")
        .args(&args)
        .args(["--format", "json"])
        .ok_stdout();
    let json: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["files"], serde_json::json!(["a.txt", "b.txt"]));
    let rows = json["attainment"].as_array().unwrap();
    let row = |canonical: &str, year: i64| {
        rows.iter()
            .find(|r| r["canonical"] == canonical && r["year"] == year && r["stage"] == "annual")
            .unwrap()
    };
    let gdp = row("gdp", 2023);
    for field in [
        "canonical",
        "region",
        "year",
        "target",
        "actual",
        "status",
        "gap",
        "target_at",
        "actual_at",
    ] {
        assert!(gdp.get(field).is_some(), "{field}");
    }
    assert_eq!(gdp["region"], "某县");
    assert_eq!(
        (
            gdp["target"]["value"].as_f64(),
            gdp["target"]["qualifier"].as_str()
        ),
        (Some(6.5), Some("左右"))
    );
    assert_eq!(gdp["actual"]["value"], 6.0);
    assert_eq!(
        (gdp["status"].as_str(), gdp["gap"].as_f64()),
        (Some("missed"), Some(-0.5))
    );
    let jobs = row("urban_new_jobs", 2023);
    assert_eq!(
        (
            jobs["status"].as_str(),
            jobs["gap"].as_f64(),
            jobs["gap_unit"].as_str()
        ),
        (Some("exceeded"), Some(24.0), Some("%"))
    );
    let cpi = row("cpi", 2023);
    assert_eq!(
        (cpi["status"].as_str(), cpi["gap"].as_f64()),
        (Some("met"), Some(-2.5))
    );
    assert_eq!(row("gdp", 2024)["status"], "unknown");
    // Spans are code points into each decoded file and hold the quoted text.
    for (at, text) in [
        (&gdp["target_at"], REPORT_2023),
        (&gdp["actual_at"], REPORT_2024),
    ] {
        let (s, e) = (at["start"].as_u64().unwrap(), at["end"].as_u64().unwrap());
        assert_eq!(slice(text, s, e), at["quote"].as_str().unwrap());
    }
    assert_eq!(gdp["target_at"]["file"], "a.txt");
    assert_eq!(gdp["actual_at"]["file"], "b.txt");
    // Two files: their diff.
    let diff = &json["diffs"].as_array().unwrap()[0];
    let change = |canonical: &str| {
        diff["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["canonical"] == canonical)
            .unwrap()["changes"]
            .clone()
    };
    assert_eq!(change("gdp"), serde_json::json!(["lowered", "hardened"]));
    assert_eq!(change("urban_new_jobs"), serde_json::json!([]));
    assert_eq!(
        change("public_budget_revenue"),
        serde_json::json!(["added"])
    );
    // The matrix: one column per doc.
    let gdp_row = json["matrix"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["canonical"] == "gdp")
        .unwrap();
    assert_eq!(gdp_row["cells"].as_array().unwrap().len(), 2);
}

#[test]
fn compare_table_and_csv() {
    let (_d, args) = compare_files("compare_table");
    zhibiao()
        .arg("compare")
        .args(&args)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("== target matrix")
                .and(predicate::str::contains(
                    "== targets against actual figures",
                ))
                .and(predicate::str::contains("== changes of targets"))
                .and(predicate::str::contains("missed")),
        );
    let out = zhibiao()
        .arg("compare")
        .args(&args)
        .args(["--format", "csv", "--only", "diff"])
        .ok_stdout();
    assert!(out.starts_with(&[0xEF, 0xBB, 0xBF]));
    let text = String::from_utf8(out[3..].to_vec()).unwrap();
    assert!(text
        .starts_with("before,after,canonical,unit,changes,was,now,delta,before_at,after_at\r\n"));
    assert!(text.contains(",gdp,%,lowered hardened,"));
    // With a tolerance of one point, 6% meets 6.5%左右.
    let out = zhibiao()
        .arg("compare")
        .args(&args)
        .args(["--format", "csv", "--about-points", "1"])
        .ok_stdout();
    let text = String::from_utf8(out[3..].to_vec()).unwrap();
    let gdp = text
        .lines()
        .find(|l| l.contains(",2023,year,gdp,"))
        .unwrap();
    assert!(gdp.contains(",met,-0.5,"), "{gdp}");
}

#[test]
fn compare_refuses_bad_overrides() {
    zhibiao()
        .args(["compare", "x.txt", "--set", "x.txt:year=soon"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a year"));
}

#[test]
fn panel_rows_with_actuals_parents_and_markup() {
    let d = dir("panel");
    let write_report = |name: &str, text: &str| write(&d, name, text.as_bytes());
    write_report("nation-2024.md", "政府工作报告\n——2024年3月5日在全国人民代表大会上\n今年发展主要预期目标是：国内生产总值增长5%左右。\n");
    write_report(
        "hubei-2024.md",
        "湖北省2024年政府工作报告\n今年主要预期目标是：全省地区生产总值增长6%左右。\n",
    );
    write_report(
        "wuhan-2024.md",
        "武汉市2024年政府工作报告\n今年主要预期目标是：地区生产总值增长6.5%以上。\n",
    );
    write_report("wuhan-2025.md", "武汉市2025年政府工作报告\n2024年，全市地区生产总值增长5.2%。今年主要预期目标是：地区生产总值增长5.5%左右。\n");
    write_report(
        "wuhan-2025x.md",
        "武汉市2025年政府工作报告\n今年主要预期目标是：地区生产总值增长5.5%左右。\n",
    );
    let out = zhibiao()
        .args(["panel", "--indicators", "gdp", "--format", "jsonl"])
        .arg(&d)
        .assert()
        .success();
    let output = out.get_output();
    let rows: Vec<Value> = String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 4, "one row per region-year: {rows:?}");
    let wuhan = rows
        .iter()
        .find(|r| r["region"] == "武汉市" && r["year"] == 2024)
        .unwrap();
    assert_eq!(wuhan["parent"], "湖北省");
    assert_eq!(wuhan["parent_value"], 6.0);
    assert_eq!(wuhan["markup"], 0.5);
    assert_eq!(wuhan["actual_value"], 5.2);
    assert_eq!(wuhan["source"], "next_report");
    assert_eq!(wuhan["status"], "missed");
    assert!(wuhan["target_at"]
        .as_str()
        .unwrap()
        .contains("wuhan-2024.md:"));
    let hubei = rows.iter().find(|r| r["region"] == "湖北省").unwrap();
    assert_eq!(
        (hubei["parent"].as_str(), hubei["markup"].as_f64()),
        (Some("全国"), Some(1.0))
    );
    assert_eq!(hubei["why"], "no report of 2025 loaded");
    // The second report of 武汉 2025 is named, not counted.
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("wuhan-2025x.md is a second report of"),
        "{stderr}"
    );
    // CSV: a header and the same rows.
    let csv = zhibiao()
        .args(["panel", "--indicators", "gdp"])
        .arg(&d)
        .ok_stdout();
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv
        .trim_start_matches('\u{feff}')
        .starts_with("region,level,year,parent,canonical"));
    assert_eq!(csv.lines().count(), 5);
}
