// The Compare view in headless Chromium: two reports of a fictional county loaded through the
// file input; the matrix, the target-vs-actual marks, the charts, the diff, jumps to sentences,
// sorting, English, correcting a report's region and year, and a compare in the Worker API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { OUT, ready, setup } from './harness.mjs';
import { REGION, REPORT_2023, REPORT_2024, STATUS_2023, untitled } from '../node/reports.mjs';

let h;
before(async () => {
  h = await setup();
});
after(async () => {
  await h?.close();
});

const file = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

/** Opens the page, loads the reports and opens the Compare view. */
async function compareOf(reports) {
  const opened = await h.open();
  const { page } = opened;
  await page.setInputFiles('#files', reports.map(([name, text]) => file(name, text)));
  await ready(page);
  await page.click('[data-tab="compare"]');
  await ready(page);
  return opened;
}

const TWO = [['yx-2023.txt', REPORT_2023], ['yx-2024.txt', REPORT_2024]];

/** Statuses of the target-vs-actual rows of the region for a year: { canonical: status }. */
function statuses(page, year) {
  return page.$$eval('table.attainment tbody tr', (trs, [region, y]) => Object.fromEntries(
    trs.filter((tr) => tr.querySelector('.region').textContent === region && tr.querySelector('.year').textContent === y)
      .map((tr) => [tr.dataset.canonical, tr.querySelector('.status-mark').dataset.status])), [REGION, String(year)]);
}

/** The selected, flashed marks of the text view, the file shown, and whether the first is in view. */
function jumped(page) {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll('#view-text .report mark.selected')];
    const box = document.querySelector('#view-text .report').getBoundingClientRect();
    const r = marks[0]?.getBoundingClientRect();
    return {
      views: !document.querySelector('#views').hidden,
      title: document.querySelector('#view-text .view-title').textContent,
      text: marks.map((m) => m.textContent).join(''),
      flash: marks.length > 0 && marks.every((m) => m.classList.contains('flash')),
      inView: !!r && r.top >= box.top && r.bottom <= box.bottom,
    };
  });
}

test('the matrix, the marks, the charts and the diff of two reports', async () => {
  const { page, context, errors } = await compareOf(TWO);
  assert.equal(await page.isHidden('#views'), true, 'the Compare tab replaces text and table');
  // The matrix: indicators × docs (the demo report left when the user's files came).
  const head = await page.$$eval('table.matrix thead th', (ths) => ths.map((th) => th.textContent));
  assert.deepEqual(head.slice(-2), [`${REGION}2023`, `${REGION}2024`]);
  const gdp = await page.$$eval('table.matrix tbody tr', (trs) =>
    trs.map((tr) => [...tr.cells].map((td) => td.textContent)).find((cells) => cells[0] === '地区生产总值'));
  assert.deepEqual(gdp.slice(-2), ['6%左右', '6.5%以上']);
  // Targets of 2023 against the 2024 report.
  assert.deepEqual(await statuses(page, 2023), STATUS_2023);
  const marks = await page.$$eval(`table.attainment tr[data-canonical="gdp"] .status-mark`, (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.includes('✓ 达成'), marks.join());
  const gap = await page.$$eval('table.attainment tbody tr', (trs) =>
    trs.filter((tr) => tr.dataset.canonical === 'public_budget_revenue' && tr.dataset.status === 'missed').map((tr) => tr.querySelector('.gap').textContent));
  assert.deepEqual(gap, ['-0.8个百分点']);
  // The charts: bars of the GDP targets, the county's targets and actuals as lines.
  const charts = await page.$$eval('.chart svg', (svgs) => svgs.map((s) => ({
    bars: s.querySelectorAll('rect.bar').length,
    targets: s.querySelectorAll('circle.point.target').length,
    actuals: s.querySelectorAll('circle.point.actual').length,
    lines: s.querySelectorAll('polyline').length,
  })));
  assert.equal(charts.length, 2);
  assert.equal(charts[0].bars, 2, 'both reports of the county, the demo gone');
  assert.deepEqual([charts[1].targets, charts[1].actuals], [2, 1]);
  assert.match(await page.textContent('.chart.lines figcaption'), new RegExp(REGION));
  // The diff of the two reports.
  const diff = await page.$$eval('table.diff tbody tr', (trs) => Object.fromEntries(trs.map((tr) => [tr.dataset.canonical, tr.dataset.changes])));
  assert.deepEqual(diff, { gdp: 'raised hardened', urban_unemployment_surveyed: '', public_budget_revenue: 'softened', cpi: 'dropped' });
  await page.screenshot({ path: `${OUT}compare.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a click on a matrix cell, a table cell or a chart point shows its sentence', async () => {
  const { page, context, errors } = await compareOf(TWO);
  // The 2024 GDP target in the matrix.
  await page.click(`table.matrix td.jump[title*="6.5%以上"]`);
  let seen = await jumped(page);
  assert.deepEqual(seen, { views: true, title: 'yx-2024.txt', text: '地区生产总值增长6.5%以上', flash: true, inView: true });
  const row = await page.$eval('#view-table tbody tr.selected', (tr) => tr.querySelector('.quote').textContent);
  assert.equal(row, '地区生产总值增长6.5%以上');
  // The actual of the missed revenue target, from the target-vs-actual table.
  await page.click('[data-tab="compare"]');
  await page.click('table.attainment tr[data-status="missed"] td.actual');
  seen = await jumped(page);
  assert.deepEqual([seen.title, seen.text, seen.inView], ['yx-2024.txt', '一般公共预算收入增长4.2%', true]);
  // The 2023 target point of the line chart: in the other file, after a character outside the BMP.
  await page.click('[data-tab="compare"]');
  await page.click('.chart.lines circle.point.target');
  seen = await jumped(page);
  assert.deepEqual([seen.title, seen.text, seen.flash], ['yx-2023.txt', '地区生产总值增长6%左右', true]);
  // A bar.
  await page.click('[data-tab="compare"]');
  await page.click('.chart.bars g.bar:last-of-type rect');
  seen = await jumped(page);
  assert.deepEqual([seen.title, seen.text], ['yx-2024.txt', '地区生产总值增长6.5%以上']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the diff of any two picked reports, its cells jumping to their sentences', async () => {
  const { DEMO_TEXT } = await import('../../www/demo.js');
  const { page, context, errors } = await compareOf([['qinglan-2023.txt', DEMO_TEXT], ...TWO]);
  const labels = await page.$$eval('#view-compare select.before option', (os) => os.map((o) => o.textContent));
  assert.deepEqual(labels, ['青岚市2023', `${REGION}2023`, `${REGION}2024`]);
  // A city's report against the county's 2024 report: no consecutive pair, compared apart.
  await page.selectOption('#view-compare select.before', '0');
  await page.selectOption('#view-compare select.after', '2');
  await page.waitForFunction(() => document.querySelectorAll('table.diff tbody tr[data-changes*="dropped"]').length > 0);
  await ready(page);
  const diff = await page.$$eval('table.diff tbody tr', (trs) => Object.fromEntries(trs.map((tr) => [tr.dataset.canonical, tr.dataset.changes])));
  assert.equal(diff.gdp, 'raised hardened');
  assert.equal(diff.urban_unemployment_surveyed, '');
  assert.equal(diff.public_budget_revenue, 'softened');
  // A change of qualifier says which qualifiers.
  const said = (canonical) => page.textContent(`table.diff tr[data-canonical="${canonical}"] .changes`);
  assert.equal(await said('gdp'), '调高收紧（左右→以上）');
  assert.match(await said('public_budget_revenue'), /^放宽（(以上|不低于|无限定词)→左右）$/);
  assert.ok(Object.values(diff).filter((c) => c === 'dropped').length >= 5, JSON.stringify(diff));
  await page.click('table.diff tr[data-canonical="gdp"] td.before');
  const seen = await jumped(page);
  assert.equal(seen.title, 'qinglan-2023.txt');
  assert.match(seen.text, /^地区生产总值.*6%左右$/);
  assert.ok(seen.inView && seen.flash);
  // The language switch keeps the pair.
  await page.click('[data-tab="compare"]');
  await page.click('[data-lang="en"]');
  assert.deepEqual(await page.$eval('#view-compare select.before', (s) => s.value), '0');
  assert.equal(await said('gdp'), 'raisedhardened (about → or more)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the matrix sorts by a column; one indicator shows regions × years; English', async () => {
  const { page, context } = await compareOf(TWO);
  const column = (i) => page.$$eval('table.matrix tbody tr', (trs, k) => trs.map((tr) => tr.cells[k].textContent), i);
  const last = (await page.$$eval('table.matrix thead th', (ths) => ths.length)) - 1;
  await page.click(`table.matrix thead th:nth-child(${last + 1})`);
  const sorted = await column(last);
  const values = sorted.filter(Boolean).map((s) => parseFloat(s));
  assert.ok(values.length >= 3);
  assert.deepEqual(values, values.slice().sort((a, b) => b - a), 'highest first');
  assert.equal(await page.getAttribute(`table.matrix thead th:nth-child(${last + 1})`, 'data-sort'), 'desc');
  // One indicator: the county is a row, its years the columns.
  await page.selectOption('select.indicator', 'gdp|%');
  const pivot = await page.$$eval('table.matrix tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(pivot[0], ['地区', '2023', '2024']);
  assert.ok(pivot.some((r) => r.join() === `${REGION},6%左右,6.5%以上`), JSON.stringify(pivot));
  const rows = await page.$$eval('table.attainment tbody tr', (trs) => trs.map((tr) => tr.dataset.canonical));
  assert.ok(rows.length >= 2 && rows.every((c) => c === 'gdp'));
  await page.click('[data-lang="en"]');
  assert.equal(await page.textContent('[data-tab="compare"]'), 'Compare');
  const en = await page.$$eval('table.attainment .status-mark[data-status="met"]', (ms) => ms.map((m) => m.textContent));
  assert.ok(en.includes('✓ met'));
  assert.match(await page.textContent('.attainment-note'), /targets: \d+ met/);
  await context.close();
});

test('a report without region and year is placed by the fields the user fills in', async () => {
  const { page, context, errors } = await compareOf([['no-title.txt', untitled(REPORT_2023)], ['yx-2024.txt', REPORT_2024]]);
  assert.deepEqual(await statuses(page, 2023), {});
  const row = page.locator('#doc-meta tbody tr', { hasText: 'no-title.txt' });
  assert.equal(await row.locator('input[data-key="year"]').inputValue(), '');
  await row.locator('input[data-key="region"]').fill(REGION);
  await row.locator('input[data-key="region"]').press('Enter');
  await ready(page);
  await row.locator('input[data-key="year"]').fill('2023');
  await row.locator('input[data-key="year"]').press('Enter');
  await ready(page);
  assert.deepEqual(await statuses(page, 2023), STATUS_2023);
  assert.equal(await row.locator('input[data-key="year"]').getAttribute('data-changed'), '');
  // The tolerance: 0.2 points make 6.3% against 6%左右 exceeded.
  await page.fill('input.tolerance', '0.2');
  await page.press('input.tolerance', 'Enter');
  await ready(page);
  assert.equal((await statuses(page, 2023)).gdp, 'exceeded');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Worker API compares the analyses it returned', async () => {
  const { page, context } = await h.open();
  const result = await page.evaluate(async (texts) => {
    const { createWorkerAnalyzer } = await import('./pkg/worker-client.js');
    const analyzer = createWorkerAnalyzer();
    const analyses = await Promise.all(texts.map((t) => analyzer.analyze(t)));
    const cmp = await analyzer.compare(analyses, { about_points: 0.3 });
    // A copy the worker never saw is sent whole.
    const copy = await analyzer.compare(JSON.parse(JSON.stringify(analyses)));
    let error = null;
    await analyzer.compare([{ handle: 999 }]).catch((e) => (error = e instanceof Error && e.message));
    analyzer.terminate();
    const gdp = (c) => c.attainment.find((a) => a.canonical === 'gdp' && a.year === 2023);
    const at = gdp(cmp).actual_at;
    return { status: gdp(cmp).status, same: JSON.stringify(cmp) === JSON.stringify(copy), quote: texts[at.input].slice(at.start, at.end), error };
  }, [REPORT_2023, REPORT_2024]);
  assert.deepEqual(result, { status: 'met', same: true, quote: '地区生产总值增长6.3%', error: 'compare: analyses[0] was dropped by the worker' });
  await context.close();
});

test('the matrix shows the main targets by name; every indicator one click away', async () => {
  // A third report whose work plan sets targets outside a main-targets paragraph.
  const plan = `${REGION}2025年政府工作报告\n\n各位代表：\n\n今年主要预期目标是：社会消费品零售总额突破1.2万亿元，赤字率按3%左右安排。今年要新建城市公园5个，新增养老床位300张。\n`;
  const { page, errors } = await compareOf([...TWO, ['yx-2025.txt', plan]]);
  const names = () => page.$$eval('table.matrix tbody td.name', (tds) => tds.map((td) => [td.textContent, td.title]));
  const main = await names();
  await page.check('input.matrix-all');
  const every = await names();
  assert.ok(every.length > main.length, `${every.length} rows with every indicator, ${main.length} main`);
  for (const [name, title] of every) {
    assert.ok(!/^(other:|[a-z_]+$)/.test(name) && !title.startsWith('other:'), `a name, not an id: ${name} / ${title}`);
  }
  assert.match(await page.textContent('.matrix-note'), /个指标 × 各报告/);
  // Cells and their tooltips speak as reports do: 突破1.2万亿元, names and never ids.
  const cells = await page.$$eval('table.matrix tbody td.figure', (tds) => tds.map((td) => [td.textContent, td.title]));
  assert.ok(cells.some(([text, title]) => text === '超过1.2万亿元' && /突破1\.2万亿元/.test(title)), JSON.stringify(cells));
  assert.ok(cells.every(([, title]) => !/other:|[a-z]+_[a-z]+/.test(title)), JSON.stringify(cells));
  await page.uncheck('input.matrix-all');
  assert.deepEqual(await names(), main);
  assert.deepEqual(errors, []);
});
