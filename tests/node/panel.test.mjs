// `panel` of the built package: one row per region and year, the actual from the next report,
// the parent's target and the markup, UTF-16 locations, and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pkgDir } from './helpers.mjs';
import { PANEL_CITIES, PANEL_PROVINCE, PANEL_YEARS, panelActual, panelReports, panelTarget } from './reports.mjs';

const zb = await import(join(pkgDir, 'node.js'));
const reports = panelReports();
const analyses = reports.map(([, text]) => zb.analyze(text));

test('rows, actuals, parents and markups of a province and its cities', () => {
  const p = zb.panel(analyses, { indicators: ['gdp'] });
  assert.equal(p.rows.length, 30);
  assert.equal(p.duplicates.length, 0);
  for (const [c, city] of PANEL_CITIES.entries()) {
    for (const year of PANEL_YEARS) {
      const row = p.rows.find((r) => r.region === city && r.year === year);
      assert.ok(row, `${city} ${year}`);
      assert.equal(row.parent, PANEL_PROVINCE);
      assert.equal(row.target.value, panelTarget(c, year));
      assert.equal(row.parent_target.value, panelTarget(-1, year));
      assert.equal(row.markup, Math.round((panelTarget(c, year) - panelTarget(-1, year)) * 100) / 100);
      if (year < 2024) {
        assert.equal(row.actual.value, panelActual(c, year));
        assert.equal(row.source, 'next_report');
        assert.equal(row.status, row.actual.value >= row.target.value ? (row.actual.value > row.target.value + 0.3 ? 'exceeded' : 'met') : 'missed');
      } else {
        assert.equal(row.status, 'unknown');
        assert.equal(row.why, 'no report of 2025 loaded');
      }
      const [name, text] = reports[row.target_at.input];
      assert.ok(name.startsWith(`city${c}-`));
      assert.equal(text.slice(row.target_at.start, row.target_at.end), row.target_at.quote);
    }
  }
  const province = p.rows.filter((r) => r.region === PANEL_PROVINCE);
  assert.equal(province.length, 5);
  // No national report loaded: the parent is named, its target is not.
  assert.ok(province.every((r) => r.parent === '全国' && r.parent_target === null && r.markup === null));
});

test('a second report of a region-year is listed, not counted; bad options are named', () => {
  const p = zb.panel([...analyses, analyses[0]], { indicators: ['gdp'] });
  assert.equal(p.rows.length, 30);
  assert.deepEqual(p.duplicates, [{ doc: 30, of: 0 }]);
  assert.throws(() => zb.panel(analyses, { indicator: ['gdp'] }), /unknown option "indicator"/);
  assert.throws(() => zb.panel('x'), /analyses must be an array/);
});
