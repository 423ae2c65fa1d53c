// Browser benchmark of the Compare view: loads every report of one level through the page's
// file input (default: the 702 provincial reports of ../shared/corpus/gov/province/*/*.md), then
// prints the time to analyze them, to compare them in the Worker and to render one indicator's
// matrix. `node scripts/bench-compare.mjs [DIR]`; run by `make bench`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUT, ready, setup } from '../tests/browser/harness.mjs';

const repo = fileURLToPath(new URL('../', import.meta.url));
const dir = resolve(repo, process.argv[2] ?? '../shared/corpus/gov/province');

function reports(d) {
  return readdirSync(d).sort().flatMap((name) => {
    const p = join(d, name);
    if (statSync(p).isDirectory()) return reports(p);
    return /\.(md|txt)$/.test(name) ? [p] : [];
  });
}

const paths = reports(dir);
if (paths.length === 0) {
  console.error(`bench-compare: no .md or .txt reports under ${dir}`);
  process.exit(1);
}
const files = paths.map((p) => ({ name: p.slice(dir.length + 1).replaceAll('/', '-'), mimeType: 'text/plain', buffer: readFileSync(p) }));
const bytes = files.reduce((n, f) => n + f.buffer.length, 0);
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

const h = await setup();
try {
  const { page, context, errors } = await h.open();
  // Leave the demo report out: only the corpus is measured.
  await page.click('#clear');
  let t0 = Date.now();
  await page.setInputFiles('#files', files);
  await page.waitForFunction((n) => document.querySelectorAll('#file-list li[data-status="ok"], #file-list li[data-status="error"]').length === n,
    files.length, { timeout: 600_000, polling: 500 });
  await ready(page);
  const analyzeMs = Date.now() - t0;
  const loaded = await page.evaluate(() => ({
    ok: document.querySelectorAll('#file-list li[data-status="ok"]').length,
    records: document.querySelector('#view-table .count').textContent,
  }));

  t0 = Date.now();
  await page.click('[data-tab="compare"]');
  await page.waitForFunction(() => document.querySelectorAll('table.matrix tbody tr').length > 0, null, { timeout: 600_000, polling: 100 });
  await ready(page);
  const compareMs = Date.now() - t0;
  const status = await page.textContent('.compare-status');

  // One indicator's matrix (regions × years), with its charts and its target-vs-actual rows.
  const render = await page.evaluate(async () => {
    const select = document.querySelector('#view-compare select.indicator');
    const pick = [...select.options].find((o) => o.value !== select.value && o.value.startsWith('public_budget_revenue|'))
      ?? [...select.options].find((o) => o.value !== select.value);
    const t = performance.now();
    select.value = pick.value;
    select.dispatchEvent(new Event('change'));
    const sync = performance.now() - t;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const framed = performance.now() - t;
    return {
      indicator: pick.value,
      sync,
      framed,
      rows: document.querySelectorAll('table.matrix tbody tr').length,
      columns: document.querySelectorAll('table.matrix thead th').length - 1,
      cells: document.querySelectorAll('table.matrix td.jump').length,
      bars: document.querySelectorAll('.chart.bars rect.bar').length,
      points: document.querySelectorAll('.chart.lines circle.point').length,
    };
  });

  await page.screenshot({ path: `${OUT}bench-compare.png`, fullPage: true });

  // A jump from a matrix cell to its sentence.
  t0 = Date.now();
  await page.click('table.matrix td.jump');
  await page.waitForSelector('#view-text .report mark.selected');
  const jumpMs = Date.now() - t0;

  console.log(`reports:   ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB from ${dir}`);
  console.log(`analyze:   ${seconds(analyzeMs)} to load and analyze (${loaded.ok} ok; ${loaded.records}), ${(bytes / 1e6 / (analyzeMs / 1000)).toFixed(1)} MB/s`);
  console.log(`compare:   ${seconds(compareMs)} from opening the Compare tab to the matrix shown (${status})`);
  console.log(`matrix:    ${render.indicator}: ${render.rows} regions × ${render.columns} years, ${render.cells} cells, ${render.bars} bars, ${render.points} points;`
    + ` rendered in ${render.sync.toFixed(0)} ms (${render.framed.toFixed(0)} ms to the next frame)`);
  console.log(`jump:      ${jumpMs} ms from a click on a cell to the sentence marked`);
  if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
  await context.close();
} finally {
  await h.close();
}
