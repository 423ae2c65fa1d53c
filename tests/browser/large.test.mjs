// The page with large inputs and a pool of workers, in headless Chromium: a paste of tens of
// megabytes (built in the page from the tests' own sentences) analyzed with a moving progress bar,
// and many files analyzed by two workers in the order given, with the records one worker finds.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ready, setup } from './harness.mjs';
import { reportText } from '../support/fixtures.mjs';

const zb = await import('../../pkg/node.js');
const count = (text) => zb.analyze(text).docs.flatMap((d) => d.records).length;

let h;
before(async () => {
  h = await setup();
});
after(async () => {
  await h?.close();
});

/**
 * Records the progress bar while analyzing (its values, and its max), the phases it went through
 * with whether each showed a measure, and the longest stall of the page's timers.
 */
async function watch(page) {
  await page.evaluate(() => {
    const bar = document.querySelector('#progress');
    window.watched = { values: [], max: 0, phases: [], stall: 0 };
    new MutationObserver(() => {
      if (bar.hidden) return;
      const phase = bar.dataset.phase;
      const measured = bar.hasAttribute('value');
      const last = window.watched.phases.at(-1);
      if (!last || last[0] !== phase) window.watched.phases.push([phase, measured]);
      if (phase === 'analyzing') {
        window.watched.values.push(bar.value);
        window.watched.max = bar.max;
      }
    }).observe(bar, { attributes: true });
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      window.watched.stall = Math.max(window.watched.stall, now - last);
      last = now;
    }, 20);
  });
}

test('a paste of tens of megabytes: the bar moves while a worker analyzes it, then text and table are paged', async () => {
  const { page, context, errors } = await h.open();
  const size = 10_000_000;
  const text = reportText(size, 1);
  const { docs } = zb.analyze(text);
  assert.equal(docs.length, 1);
  const { records } = docs[0];
  const expected = records.length;
  assert.ok(expected > 100_000, `the text holds many records (${expected})`);
  await watch(page);
  // The text is built in the page from the same function, and pasted into the text box.
  const bytes = await page.evaluate(`(() => {
    const text = (${reportText})(${size}, 1);
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.querySelector('#paste').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return new Blob([text]).size;
  })()`);
  assert.ok(bytes > 20e6, `${bytes} bytes`);
  await ready(page);
  const { values, max, phases, stall } = await page.evaluate(() => window.watched);
  const moving = new Set(values.filter((v) => v > 0 && v < max));
  assert.ok(moving.size >= 2, `the bar took ${moving.size} values between empty and full: ${values.slice(0, 20)}`);
  assert.equal(max, text.length, 'the bar counts the pasted text');
  // Each phase is named; only analyzing and receiving show a measure, and the bar is never full
  // while the views are still drawn.
  const names = phases.map(([p]) => p);
  assert.ok(names.indexOf('analyzing') >= 0 && names.indexOf('analyzing') < names.indexOf('drawing'), JSON.stringify(phases));
  assert.ok(phases.every(([p, measured]) => measured === (p === 'analyzing' || p === 'receiving')), JSON.stringify(phases));
  assert.ok(stall < 3000, `the page's timers ran on (longest stall ${Math.round(stall)} ms)`);
  assert.equal(await page.inputValue('#paste'), '', 'a large paste is not put in the text box');
  assert.equal(await page.getAttribute('#progress', 'hidden'), '');

  // The file list, the table and the text: one page of each.
  const item = await page.$eval('#file-list li:last-child', (li) => [li.dataset.status, li.querySelector('.msg').textContent]);
  assert.deepEqual(item, ['ok', `${expected} 条记录（text）`]);
  assert.equal(await page.textContent('#view-table .count'), `共 ${expected} 条记录`, 'the demo gone');
  assert.equal(await page.$$eval('#view-table tbody tr', (rows) => rows.length), 200);
  const pages = Math.ceil(text.length / 100_000);
  const label = await page.textContent('#view-text .pager .page-label');
  assert.ok(label === `第 1 / ${pages} 页` || label === `第 1 / ${pages + 1} 页`, label);
  assert.ok((await page.$eval('#view-text .report', (el) => el.textContent.length)) <= 100_000);

  // The last record: the table sorted by # from the end, a click, and the text turns to its page.
  await page.selectOption('#view-table select.doc', { index: 1 });
  await page.click('#view-table th[data-key="index"]');
  await page.click('#view-table tbody tr:first-child');
  assert.match(await page.textContent('#view-text .pager .page-label'), new RegExp(`第 (${pages}|${pages + 1}) / \\1 页`));
  assert.equal(await page.textContent('#view-text .report mark.selected'), records.at(-1).quote);
  // A row ten table pages on (record 2,000 of the paste) jumps to a later page of the text.
  await page.click('#view-table th[data-key="index"]');
  for (let i = 0; i < 10; i++) await page.click('#view-table .pager .next');
  assert.equal(await page.textContent('#view-table .pager .page-label'), `第 11 / ${Math.ceil(expected / 200)} 页`);
  await page.click('#view-table tbody tr:first-child');
  assert.notEqual(await page.textContent('#view-text .pager .page-label'), label, 'the text turned to the page of the row');
  assert.equal(await page.textContent('#view-text .report mark.selected'), records[2000].quote);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Files of varied sizes, the first large so that the ones after it finish first, and all of
 * them enough work (about 10 MB) that the bar, drawn at most every 100 ms, shows values on the way. */
const FILES = [9_000_000, 20_000, 3_000, 60_000, 8_000, 300_000, 1_000, 40_000, 5_000, 120_000].map((size, i) => ({
  name: `report-${String(i).padStart(2, '0')}.txt`,
  mimeType: 'text/plain',
  buffer: Buffer.from(reportText(size, i)),
}));

/** Loads FILES with `workers` workers; returns the file list and the JSON export. */
async function loadWith(workers) {
  const { page, context, errors } = await h.open(`?workers=${workers}`);
  await page.click('#clear');
  await watch(page);
  await page.setInputFiles('#files', FILES);
  await ready(page);
  const list = await page.$$eval('#file-list li', (lis) => lis.map((li) => [li.querySelector('.name').textContent, li.dataset.status]));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const { values, max } = await page.evaluate(() => window.watched);
  assert.deepEqual(errors, []);
  await context.close();
  return { list, json, values, max };
}

test('files analyzed by two workers keep their order and give the records one worker gives', async () => {
  const one = await loadWith(1);
  const two = await loadWith(2);
  assert.deepEqual(two.list, FILES.map((f) => [f.name, 'ok']));
  assert.deepEqual(two.json.files.map((f) => f.file), FILES.map((f) => f.name));
  assert.deepEqual(two.json, one.json);
  const records = two.json.files.flatMap((f) => f.docs.flatMap((d) => d.records));
  assert.equal(records.length, FILES.reduce((n, f) => n + count(f.buffer.toString()), 0));
  // The bar counts bytes: the files' sizes in all, and values on the way.
  assert.equal(two.max, FILES.reduce((n, f) => n + f.buffer.length, 0));
  assert.ok(new Set(two.values.filter((v) => v > 0 && v < two.max)).size >= 1, `${two.values}`);
});
