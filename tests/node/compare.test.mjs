// `compare` of the built package: statuses, gaps, the matrix, the diff, locations in UTF-16
// units, per-doc metadata from the caller, the tolerance, and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pkgDir } from './helpers.mjs';
import { REGION, REPORT_2023, REPORT_2024, STATUS_2023, untitled } from './reports.mjs';

const zb = await import(join(pkgDir, 'node.js'));
const TEXTS = [REPORT_2023, REPORT_2024];
const analyses = () => TEXTS.map((t) => zb.analyze(t));
const annual = (c, year) => Object.fromEntries(c.attainment.filter((a) => a.year === year && a.stage === 'annual').map((a) => [a.canonical, a]));

/** Every location of a comparison. */
function locations(c) {
  return [
    ...c.matrix.rows.flatMap((r) => r.cells.filter(Boolean).map((cell) => cell.at)),
    ...c.attainment.flatMap((a) => [a.target_at, a.actual_at, a.reference_at]),
    ...c.progress.map((p) => p.at),
    ...c.diffs.flatMap((d) => d.rows.flatMap((r) => [r.before_at, r.after_at])),
  ].filter(Boolean);
}

test('targets of 2023 against the 2024 report: statuses and gaps', () => {
  const c = zb.compare(analyses());
  assert.deepEqual(c.docs.map((d) => [d.region, d.year, d.input, d.doc]), [[REGION, 2023, 0, 0], [REGION, 2024, 1, 0]]);
  const rows = annual(c, 2023);
  assert.deepEqual(Object.fromEntries(Object.entries(rows).map(([k, a]) => [k, a.status])), STATUS_2023);
  assert.equal(rows.gdp.gap, 0.3);
  assert.equal(rows.gdp.gap_unit, '个百分点');
  assert.equal(rows.public_budget_revenue.gap, -0.8);
  assert.equal(rows.gdp.actual.value, 6.3);
  assert.equal(rows.gdp.target.qualifier, '左右');
  assert.deepEqual([rows.gdp.target_doc, rows.gdp.actual_doc], [0, 1]);
  // The 2024 targets have no figure yet.
  assert.ok(Object.values(annual(c, 2024)).every((a) => a.status === 'unknown' && a.actual === null));
  assert.deepEqual(c.options, { about_points: 0.3, about_percent: 2, half_year_share: 50 });
});

test('every location slices its own text to its quote and names its record', () => {
  const as = analyses();
  const c = zb.compare(as);
  const all = locations(c);
  assert.ok(all.length >= 15, `${all.length} locations`);
  for (const l of all) {
    assert.equal(TEXTS[l.input].slice(l.start, l.end), l.quote);
    const r = as[l.input].docs[l.doc].records[l.record];
    assert.deepEqual([r.start, r.end, r.quote], [l.start, l.end, l.quote]);
  }
  // The 2023 report has a character outside the BMP before its targets: code points would be one short.
  const gdp = annual(c, 2023).gdp.target_at;
  assert.equal(gdp.quote, '地区生产总值增长6%左右');
  assert.equal(gdp.start, REPORT_2023.indexOf(gdp.quote));
  assert.equal([...REPORT_2023.slice(0, gdp.start)].length, gdp.start - 1);
});

test('the matrix: one row per indicator, one cell per doc', () => {
  const c = zb.compare(analyses());
  const byId = Object.fromEntries(c.matrix.rows.map((r) => [r.canonical, r]));
  assert.deepEqual(byId.gdp.cells.map((cell) => [cell.target.value, cell.target.qualifier]), [[6, '左右'], [6.5, '以上']]);
  assert.equal(byId.gdp.family, '%');
  assert.equal(byId.cpi.cells[1], null, 'the 2024 report sets no CPI target');
  assert.equal(c.matrix.rows[0].canonical, 'gdp');
});

test('the diff of the two reports: raised and hardened, softened, dropped', () => {
  const c = zb.compare(analyses());
  assert.equal(c.diffs.length, 1);
  const [diff] = c.diffs;
  assert.deepEqual([diff.before, diff.after], [0, 1]);
  const changes = Object.fromEntries(diff.rows.map((r) => [r.canonical, r.changes]));
  assert.deepEqual(changes, {
    gdp: ['raised', 'hardened'],
    urban_unemployment_surveyed: [],
    public_budget_revenue: ['softened'],
    cpi: ['dropped'],
  });
  assert.equal(diff.rows.find((r) => r.canonical === 'gdp').delta, 0.5);
});

test('the 左右 tolerance is the caller\'s', () => {
  const strict = annual(zb.compare(analyses(), { about_points: 0.2 }), 2023);
  assert.equal(strict.gdp.status, 'exceeded');
  const loose = annual(zb.compare(analyses(), { about_points: 0.5 }), 2023);
  assert.equal(loose.gdp.status, 'met');
});

test('region and year from the caller, per doc, where a report lacks them', () => {
  const as = [zb.analyze(untitled(REPORT_2023)), zb.analyze(REPORT_2024)];
  assert.equal(as[0].docs[0].meta.year, null);
  const without = zb.compare(as);
  assert.ok(!without.attainment.some((a) => a.year === 2023), 'targets of an unknown year');
  const fixed = zb.compare(as, { overrides: [[{ region: REGION, year: 2023 }], null] });
  assert.deepEqual(fixed.docs[0].label, `${REGION}2023`);
  assert.equal(annual(fixed, 2023).gdp.status, 'met');
  // One object for all docs of an input does the same.
  const all = zb.compare(as, { overrides: [{ region: REGION, year: 2023 }] });
  assert.deepEqual(annual(all, 2023).gdp, annual(fixed, 2023).gdp);
  // Another region: not the same government.
  const moved = zb.compare(as, { overrides: [{ region: '白石县', year: 2023 }] });
  assert.equal(annual(moved, 2023).gdp.status, 'unknown');
});

test('a year given to analyze also dates what a report says of 过去一年', () => {
  const bare = zb.analyze(untitled(REPORT_2024));
  assert.ok(bare.docs[0].records.filter((r) => r.kind === 'actual').every((r) => r.period === null));
  // compare's override places the doc, but leaves its undated figures undated.
  const placed = zb.compare([zb.analyze(REPORT_2023), bare], { overrides: [null, { region: REGION, year: 2024 }] });
  assert.equal(annual(placed, 2023).gdp.status, 'unknown');
  const dated = zb.analyze(untitled(REPORT_2024), { year: 2024, region: REGION });
  assert.equal(zb.compare([zb.analyze(REPORT_2023), dated]).attainment.find((a) => a.canonical === 'gdp' && a.year === 2023).status, 'met');
});

test('results are plain JSON-safe objects', () => {
  const c = zb.compare(analyses());
  assert.equal(Object.getPrototypeOf(c), Object.prototype);
  assert.deepEqual(JSON.parse(JSON.stringify(c)), c);
  assert.deepEqual(zb.compare([]).docs, []);
});

test('bad arguments throw Errors that say what is wrong', () => {
  const cases = [
    [() => zb.compare('x'), /analyses must be an array/],
    [() => zb.compare([{}]), /analyses\[0\] is not an analysis/],
    [() => zb.compare([zb.analyze(REPORT_2023), { docs: [{ records: [{ kind: 'goal' }] }] }]), /analyses\[1\]/],
    [() => zb.compare([], { about_points: -1 }), /about_points/],
    [() => zb.compare([], { tolerance: 1 }), /bad options/],
    [() => zb.compare([], { overrides: [{ year: 'x' }] }), /bad options/],
  ];
  for (const [call, message] of cases) {
    assert.throws(call, (e) => e instanceof Error && message.test(e.message), String(message));
  }
});
