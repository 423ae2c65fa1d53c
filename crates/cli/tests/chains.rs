//! Compare on real chains of reports from `../shared/corpus/gov`.
//!
//! Every expected figure was read in the texts by hand (the review of year N in the report of
//! year N+1); the tests assert statuses, gaps and diffs, never the texts themselves. Region and
//! year are given from the path, as a caller with a corpus does; one test relies on the
//! metadata the core detects alone.

mod common;

use zhibiao::compare::{self, Attainment, Change, Comparison, Input, Overrides, Stage, Status};
use zhibiao::{Analysis, Level};

/// Collects every disagreement of a test, so one run shows them all.
#[derive(Default)]
struct Checks(Vec<String>);

impl Checks {
    fn eq<T: PartialEq + std::fmt::Debug>(&mut self, what: &str, got: T, want: T) {
        if got != want {
            self.0.push(format!("{what}: got {got:?}, want {want:?}"));
        }
    }

    fn done(self) {
        assert!(
            self.0.is_empty(),
            "{} checks failed:\n{}",
            self.0.len(),
            self.0.join("\n")
        );
    }
}

/// Reads `gov/<rel>` and analyses it.
fn load(rel: &str) -> Option<Analysis> {
    let dir = common::corpus_dir()?;
    let text = std::fs::read_to_string(dir.join(rel)).unwrap();
    Some(zhibiao::analyze(&text))
}

/// Compares the reports `<prefix><year>.md` with region, level and year from the path.
fn chain(prefix: &str, region: &str, level: Level, years: &[i32]) -> Option<Comparison> {
    let analyses: Vec<Analysis> = years
        .iter()
        .map(|y| load(&format!("{prefix}{y}.md")))
        .collect::<Option<_>>()?;
    let overrides: Vec<Overrides> = years
        .iter()
        .map(|&y| Overrides {
            region: Some(region.into()),
            level: Some(level),
            year: Some(y),
        })
        .collect();
    let inputs: Vec<Input> = analyses
        .iter()
        .zip(&overrides)
        .map(|(analysis, overrides)| Input {
            analysis,
            overrides,
        })
        .collect();
    Some(compare::compare_inputs(
        &inputs,
        &compare::Options::default(),
    ))
}

fn annual<'c>(c: &'c Comparison, canonical: &str, year: i32) -> Option<&'c Attainment> {
    c.attainment
        .iter()
        .find(|a| a.canonical == canonical && a.year == Some(year) && a.stage == Stage::Annual)
}

/// Status, target value, actual value and gap of the annual row; `None` without a target row.
type Verdict = Option<(Status, Option<f64>, Option<f64>, Option<f64>)>;

fn verdict(c: &Comparison, canonical: &str, year: i32) -> Verdict {
    annual(c, canonical, year).map(|a| {
        (
            a.status,
            a.target.value,
            a.actual.as_ref().and_then(|x| x.value),
            a.gap,
        )
    })
}

/// Status and gap of the annual row.
fn status_gap(c: &Comparison, canonical: &str, year: i32) -> Option<(Status, Option<f64>)> {
    annual(c, canonical, year).map(|a| (a.status, a.gap))
}

fn status(c: &Comparison, canonical: &str, year: i32) -> Option<Status> {
    annual(c, canonical, year).map(|a| a.status)
}

/// The changes of an indicator in the diff from the report of `before_year`; `None` without a row.
fn changes(c: &Comparison, before_year: i32, canonical: &str, family: &str) -> Option<Vec<Change>> {
    let d = c
        .diffs
        .iter()
        .find(|d| c.docs[d.before].year == Some(before_year))?;
    d.rows
        .iter()
        .find(|r| r.canonical == canonical && r.family.label() == family)
        .map(|r| r.changes.clone())
}

#[test]
fn national_2017_against_2018() {
    let Some(c) = chain("national/", "全国", Level::National, &[2017, 2018]) else {
        return;
    };
    use Status::*;
    let mut t = Checks::default();
    // 6.5%左右 against 6.9%.
    t.eq(
        "gdp 2017",
        verdict(&c, "gdp", 2017),
        Some((Exceeded, Some(6.5), Some(6.9), Some(0.4))),
    );
    // 居民收入 in step with GDP: 7.3% against 6.9%.
    t.eq(
        "income 2017",
        status_gap(&c, "disposable_income", 2017),
        Some((Exceeded, Some(0.4))),
    );
    let reference = annual(&c, "disposable_income", 2017)
        .and_then(|a| a.reference.as_ref())
        .and_then(|r| r.value);
    t.eq("income 2017 reference", reference, Some(6.9));
    // The 2018 report states no 2017 CPI, energy intensity or registered unemployment: only
    // five-year averages and totals, which must not stand for the year.
    t.eq("cpi 2017", status(&c, "cpi", 2017), Some(Unknown));
    t.eq(
        "registered unemployment 2017",
        status(&c, "urban_unemployment_registered", 2017),
        Some(Unknown),
    );
    // The 2018 targets have no figures in these inputs.
    t.eq("gdp 2018", status(&c, "gdp", 2018), Some(Unknown));
    t.done();
}

/// The 2018 report reviews five years and then 2017: which figure belongs to which period.
#[test]
fn national_2017_periods_in_a_five_year_review() {
    let Some(c) = chain("national/", "全国", Level::National, &[2017, 2018]) else {
        return;
    };
    let mut t = Checks::default();
    // 1100万人以上 against 1351万人.
    t.eq(
        "jobs 2017",
        verdict(&c, "urban_new_jobs", 2017),
        Some((
            Status::Exceeded,
            Some(1100.0),
            Some(1351.0),
            Some(22.818182),
        )),
    );
    // Only a five-year decline is stated: no figure for 2017.
    t.eq(
        "energy 2017",
        status(&c, "energy_intensity", 2017),
        Some(Status::Unknown),
    );
    t.done();
}

#[test]
fn national_2017_to_2018_diff() {
    let Some(c) = chain("national/", "全国", Level::National, &[2017, 2018]) else {
        return;
    };
    let mut t = Checks::default();
    t.eq("diffs", c.diffs.len(), 1);
    for canonical in ["gdp", "cpi", "urban_unemployment_registered"] {
        t.eq(canonical, changes(&c, 2017, canonical, "%"), Some(vec![]));
    }
    t.eq(
        "jobs",
        changes(&c, 2017, "urban_new_jobs", "人"),
        Some(vec![]),
    );
    t.eq(
        "surveyed unemployment",
        changes(&c, 2017, "urban_unemployment_surveyed", "%"),
        Some(vec![Change::Added]),
    );
    // 下降3.4%以上 → 下降3%以上.
    t.eq(
        "energy",
        changes(&c, 2017, "energy_intensity", "%"),
        Some(vec![Change::Lowered]),
    );
    t.done();
}

#[test]
fn national_2022_against_2023() {
    let Some(c) = chain("national/", "全国", Level::National, &[2022, 2023]) else {
        return;
    };
    use Status::*;
    let mut t = Checks::default();
    // 5.5%左右 against 3%.
    t.eq(
        "gdp",
        verdict(&c, "gdp", 2022),
        Some((Missed, Some(5.5), Some(3.0), Some(-2.5))),
    );
    // 1100万人以上 against 1206万人.
    t.eq(
        "jobs",
        verdict(&c, "urban_new_jobs", 2022),
        Some((Exceeded, Some(1100.0), Some(1206.0), Some(9.636364))),
    );
    // 控制在5.5%以内 against 5.5% at the year's end.
    t.eq(
        "unemployment",
        verdict(&c, "urban_unemployment_surveyed", 2022),
        Some((Met, Some(5.5), Some(5.5), Some(0.0))),
    );
    // 3%左右 against 2%: lower is better.
    t.eq(
        "cpi",
        verdict(&c, "cpi", 2022),
        Some((Met, Some(3.0), Some(2.0), Some(-1.0))),
    );
    // 1.3万亿斤以上 against 1.37万亿斤.
    t.eq(
        "grain",
        verdict(&c, "grain_output", 2022),
        Some((Exceeded, Some(1.3), Some(1.37), Some(5.384615))),
    );
    // The 2023 report gives income growth only as a five-year average.
    t.eq(
        "income",
        status(&c, "disposable_income", 2022),
        Some(Unknown),
    );
    t.done();
}

#[test]
fn national_metadata_alone() {
    let (Some(a), Some(b)) = (load("national/2017.md"), load("national/2018.md")) else {
        return;
    };
    let c = compare::compare(&[a, b]);
    let mut t = Checks::default();
    t.eq(
        "years",
        c.docs.iter().map(|d| d.year).collect::<Vec<_>>(),
        vec![Some(2017), Some(2018)],
    );
    t.eq("gdp 2017", status(&c, "gdp", 2017), Some(Status::Exceeded));
    t.done();
}

#[test]
fn hubei_grain_2023() {
    let Some(c) = chain("province/湖北省/", "湖北省", Level::Province, &[2023, 2024]) else {
        return;
    };
    let mut t = Checks::default();
    // 粮食产量保持在500亿斤以上 against 555.4亿斤.
    t.eq(
        "grain 2023",
        verdict(&c, "grain_output", 2023),
        Some((Status::Exceeded, Some(500.0), Some(555.4), Some(11.08))),
    );
    t.done();
}

#[test]
fn hubei_five_years() {
    let years = [2022, 2023, 2024, 2025, 2026];
    let Some(c) = chain("province/湖北省/", "湖北省", Level::Province, &years) else {
        return;
    };
    use Status::*;
    let mut t = Checks::default();
    // GDP growth: 7%左右 / 4.3%, 6.5%左右 / 6%, 6% (bare) / 5.8%, 6%左右 / 5.5%.
    t.eq(
        "gdp 2022",
        verdict(&c, "gdp", 2022),
        Some((Missed, Some(7.0), Some(4.3), Some(-2.7))),
    );
    t.eq(
        "gdp 2023",
        verdict(&c, "gdp", 2023),
        Some((Missed, Some(6.5), Some(6.0), Some(-0.5))),
    );
    t.eq(
        "gdp 2024",
        verdict(&c, "gdp", 2024),
        Some((Met, Some(6.0), Some(5.8), Some(-0.2))),
    );
    t.eq(
        "gdp 2025",
        verdict(&c, "gdp", 2025),
        Some((Missed, Some(6.0), Some(5.5), Some(-0.5))),
    );
    t.eq("gdp 2026", status(&c, "gdp", 2026), Some(Unknown));
    // 城镇新增就业70万人以上 against 92.8万人 in 2023.
    t.eq(
        "jobs 2023",
        verdict(&c, "urban_new_jobs", 2023),
        Some((Exceeded, Some(70.0), Some(92.8), Some(32.571429))),
    );
    // 居民收入 in step: per-capita disposable income 6.8% against GDP 6% in 2023.
    t.eq(
        "income 2023",
        status_gap(&c, "disposable_income", 2023),
        Some((Exceeded, Some(0.8))),
    );
    // Four diffs, one per consecutive pair.
    t.eq("diffs", c.diffs.len(), 4);
    // 6.5%左右 → 6%: lower, and a bare figure is harder than 左右.
    t.eq(
        "gdp 2023→2024",
        changes(&c, 2023, "gdp", "%"),
        Some(vec![Change::Lowered, Change::Hardened]),
    );
    t.eq("cpi 2023→2024", changes(&c, 2023, "cpi", "%"), Some(vec![]));
    t.eq(
        "energy 2023→2024",
        changes(&c, 2023, "energy_intensity", "%"),
        Some(vec![Change::Added]),
    );
    // CPI 3%左右 → 2%左右; GDP 6% → 6%左右 → 5.5%左右.
    t.eq(
        "cpi 2024→2025",
        changes(&c, 2024, "cpi", "%"),
        Some(vec![Change::Lowered]),
    );
    t.eq(
        "gdp 2024→2025",
        changes(&c, 2024, "gdp", "%"),
        Some(vec![Change::Softened]),
    );
    t.eq(
        "gdp 2025→2026",
        changes(&c, 2025, "gdp", "%"),
        Some(vec![Change::Lowered]),
    );
    t.done();
}
