// The Panel view in headless Chromium: 30 reports of a province and five of its cities dropped
// through the file input; rows, the markup over the province, sorting from the keyboard, the chart,
// a jump to the sentence, and the export of the rows shown.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OUT, ready, setup } from './harness.mjs';
import { PANEL_CITIES, PANEL_PROVINCE, panelActual, panelReports, panelTarget } from '../node/reports.mjs';

let h;
before(async () => {
  h = await setup();
});
after(async () => {
  await h?.close();
});

const file = ([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

/** The rows of the panel table: { region, year, target, markup, parent, status }. */
const rows = (page) => page.$$eval('#view-panel table.panel-rows tbody tr', (trs) => trs.map((tr) => {
  const cell = (c) => tr.querySelector(`td.${c}`).textContent;
  return { region: cell('region'), year: Number(cell('year')), target: cell('target'), markup: cell('markup'), parent: cell('parent'), status: tr.dataset.status };
}));

test('the panel of a province and its cities: rows, markup, chart, jump and export', async () => {
  const { page, errors } = await h.open();
  await page.setInputFiles('#files', panelReports().map(file));
  await ready(page);
  await page.click('[data-tab="panel"]');
  await ready(page);
  await page.waitForSelector('#view-panel table.panel-rows tbody tr');
  assert.equal(await page.isHidden('#views'), true);
  assert.equal(await page.inputValue('#view-panel select.indicator'), 'gdp');
  await page.fill('#view-panel input.region', '湖北');
  const shown = await rows(page);
  assert.equal(shown.length, 30, 'five years of the province and five cities');
  const wuhan2022 = shown.find((r) => r.region === PANEL_CITIES[0] && r.year === 2022);
  assert.equal(wuhan2022.parent, PANEL_PROVINCE);
  assert.equal(wuhan2022.markup, `+${panelTarget(0, 2022) - panelTarget(-1, 2022)}`);
  // 以上: met from the target on, exceeded beyond 0.3 points.
  const gap = panelActual(0, 2022) - panelTarget(0, 2022);
  assert.equal(wuhan2022.status, gap < 0 ? 'missed' : gap > 0.3 ? 'exceeded' : 'met');
  const note = await page.textContent('#view-panel .panel-note');
  assert.match(note, /30 行/);
  assert.match(note, /市级平均加码 \+1.5 个百分点（25 行，100% 高于上级）/);

  // Sorting by markup from the keyboard: the header's button takes focus and Enter.
  await page.focus('#view-panel button.sort[data-col="markup"]');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const sorted = await rows(page);
  assert.equal(sorted[0].region, PANEL_CITIES[4], 'the largest markup first after two presses');

  // The chart of a city: its targets, the province's and its actuals.
  await page.selectOption('#view-panel select.chart-region', PANEL_CITIES[1]);
  const series = await page.$$eval('#view-panel figure.panel-chart circle.point', (cs) => cs.map((c) => c.getAttribute('class')));
  assert.equal(series.filter((c) => c.includes('target')).length, 5);
  assert.equal(series.filter((c) => c.includes('parent')).length, 5);
  assert.equal(series.filter((c) => c.includes('actual')).length, 4);
  await page.screenshot({ path: `${OUT}panel.png`, fullPage: true });

  // Export what is shown: 30 rows and a header (the demo report left when the files came).
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#view-panel button.export-csv')]);
  const csv = readFileSync(await dl.path(), 'utf8');
  const lines = csv.trim().split(/\r\n/);
  assert.equal(lines.length, 31);
  assert.ok(csv.startsWith('\ufeff地区,层级,年份,指标,目标'));
  const [dj] = await Promise.all([page.waitForEvent('download'), page.click('#view-panel button.export-json')]);
  const json = JSON.parse(readFileSync(await dj.path(), 'utf8'));
  assert.equal(json.rows.length, 30);
  assert.ok(json.rows.every((r) => r.target_at && typeof r.target_at.start === 'number'));

  // A target jumps to its sentence in the text view.
  await page.click(`#view-panel table.panel-rows tbody tr:has(td.region:text-is("${PANEL_CITIES[2]}")) td.target button`);
  assert.equal(await page.isHidden('#views'), false);
  const marked = await page.$$eval('#view-text .report mark.selected', (ms) => ms.map((m) => m.textContent).join(''));
  assert.match(marked, /地区生产总值增长/);
  assert.deepEqual(errors, []);
});
