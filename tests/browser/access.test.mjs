// The page from the keyboard alone, checked by axe-core, at phone width and in print.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { OUT, ready, setup } from './harness.mjs';
import { REPORT_2023, REPORT_2024 } from '../node/reports.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let h;
before(async () => {
  h = await setup();
});
after(async () => {
  await h?.close();
});

const file = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

/** Presses Tab until the focused element matches `selector`; fails past `max` presses. */
async function tabTo(page, selector, max = 600) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
    await page.keyboard.press('Tab');
  }
  assert.fail(`${selector} not reached by Tab in ${max} presses`);
}

/** axe-core's violations of WCAG 2 A and AA on the page as it stands. */
async function violations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0].html.slice(0, 160)}`);
  });
}

test('from the keyboard alone: open files, reach a record, its sentence, a sort, the compare and a chart point', async () => {
  const { page, context, errors } = await h.open();
  // The file button: reached by Tab, opened by Enter.
  await tabTo(page, '#files');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles([file('yx-2023.txt', REPORT_2023), file('yx-2024.txt', REPORT_2024)]);
  await ready(page);
  assert.deepEqual(await page.$$eval('#file-list li .name', (bs) => bs.map((b) => b.textContent)), ['yx-2023.txt', 'yx-2024.txt']);

  // A row of the table: Enter selects it and shows its sentence in the text.
  await tabTo(page, '#view-table tbody tr:nth-child(3) button.row-jump');
  await page.keyboard.press('Enter');
  const index = await page.$eval('#view-table tbody tr:nth-child(3)', (tr) => tr.dataset.index);
  assert.ok(await page.$(`#view-text .report mark.selected[data-records~="${index}"]`), 'the row\'s sentence is selected');

  // A mark of the text: Enter selects its row.
  await page.focus('#view-text .report');
  await tabTo(page, '#view-text .report mark[data-index]:not(.selected)');
  const mark = await page.evaluate(() => document.activeElement.dataset.index);
  await page.keyboard.press(' ');
  assert.equal(await page.$eval('#view-table tbody tr.selected', (tr) => tr.dataset.index), mark);

  // A sort header: Enter sorts.
  await tabTo(page, '#view-table th[data-key="value"] button');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#view-table th[data-key="value"]', 'aria-sort'), 'ascending');

  // The compare tab, a matrix cell and a chart point jump to their sentences.
  await tabTo(page, '[data-tab="compare"]');
  await page.keyboard.press('Enter');
  await ready(page);
  await tabTo(page, 'table.matrix td.jump button');
  await page.keyboard.press('Enter');
  assert.equal(await page.isHidden('#views'), false, 'the text view is shown');
  assert.ok(await page.$('#view-text .report mark.selected'));
  await page.click('[data-tab="compare"]');
  await page.selectOption('#view-compare select.indicator', 'gdp|%');
  await tabTo(page, '#view-compare svg .jump');
  await page.keyboard.press('Enter');
  assert.equal(await page.isHidden('#views'), false);
  assert.ok(await page.$('#view-text .report mark.selected'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe-core finds no WCAG 2 A or AA violation on the records, the compare and the panel', async () => {
  // The page's policy allows its own scripts only: axe is injected past it.
  const { page, context } = await h.open('', { bypassCSP: true });
  await page.setInputFiles('#files', [file('yx-2023.txt', REPORT_2023), file('yx-2024.txt', REPORT_2024)]);
  await ready(page);
  const found = {};
  for (const tab of ['records', 'compare', 'panel']) {
    await page.click(`[data-tab="${tab}"]`);
    await ready(page);
    found[tab] = await violations(page);
  }
  assert.deepEqual(found, { records: [], compare: [], panel: [] });
  await context.close();
});

test('phone width (390 px): no view is wider than the screen, records read as cards, chart text readable', async () => {
  const { page, context, errors } = await h.open('', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.setInputFiles('#files', [file('yx-2023.txt', REPORT_2023), file('yx-2024.txt', REPORT_2024)]);
  await ready(page);
  for (const tab of ['records', 'compare', 'panel']) {
    await page.click(`[data-tab="${tab}"]`);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, `${tab}: the page stays as wide as the screen`);
    await page.screenshot({ path: `${OUT}phone-${tab}.png`, fullPage: true });
  }
  await page.click('[data-tab="records"]');
  // A record is a card: each field on its own line, labelled, inside the screen.
  const card = await page.$eval('#view-table tbody tr', (tr) => [...tr.cells].filter((td) => td.offsetParent).map((td) => {
    const r = td.getBoundingClientRect();
    return { label: getComputedStyle(td, '::before').content, left: r.left, right: r.right };
  }));
  assert.ok(card.length >= 8, JSON.stringify(card));
  assert.ok(card.every((c) => c.right <= 390 && c.left >= 0), JSON.stringify(card));
  assert.ok(card.some((c) => c.label === '"原文"'));
  // Chart text at 9 px or more on screen.
  await page.click('[data-tab="compare"]');
  const sizes = await page.$$eval('#view-compare .chart text', (ts) => ts.map((t) => t.getBoundingClientRect().height));
  assert.ok(sizes.length > 0 && Math.min(...sizes) >= 9, `chart text heights ${sizes}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('print: every row of the records, the comparison and the panel, in a PDF', async () => {
  const { page, context } = await h.open();
  await page.setInputFiles('#files', [file('yx-2023.txt', REPORT_2023), file('yx-2024.txt', REPORT_2024)]);
  await ready(page);
  // Many rows: the same records again, so the table has pages.
  const many = Array.from({ length: 60 }, (_, i) => file(`copy-${i}.txt`, i % 2 ? REPORT_2024 : REPORT_2023));
  await page.setInputFiles('#files', many);
  await ready(page);
  const total = Number((await page.textContent('#view-table .count')).match(/\d+/)[0]);
  assert.ok(total > 200, `${total} records: more than a page of the table`);
  assert.equal(await page.$$eval('#view-table tbody tr', (trs) => trs.length), 200);
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction((n) => document.querySelectorAll('#view-table tbody tr').length === n, total, { timeout: 5000 }).catch(() => {});
  const laid = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('#view-table tbody tr')];
    const box = document.querySelector('#view-table .table-scroll');
    return { rows: rows.length, visible: rows.filter((tr) => tr.getBoundingClientRect().height > 0).length, overflow: getComputedStyle(box).overflowY, text: !!document.querySelector('#view-text').offsetParent };
  });
  assert.deepEqual(laid, { rows: total, visible: total, overflow: 'visible', text: false });
  const pdf = await page.pdf({ path: `${OUT}print-records.pdf`, format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= Math.ceil(total / 60), `${pages} pages for ${total} rows`);

  // The comparison: every target-vs-actual row, not a page of them.
  await page.emulateMedia({ media: 'screen' });
  await page.click('[data-tab="compare"]');
  await ready(page);
  const attainment = Number((await page.textContent('.attainment-note')).match(/\d+/)[0]);
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction((n) => document.querySelectorAll('table.attainment tbody tr').length === n, attainment, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.$$eval('table.attainment tbody tr', (trs) => trs.length), attainment);
  await page.pdf({ path: `${OUT}print-compare.pdf`, format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() => document.querySelectorAll('table.attainment tbody tr').length <= 100, null, { timeout: 5000 });

  await page.click('[data-tab="panel"]');
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  const panelRows = await page.$$eval('table.panel-rows tbody tr', (trs) => trs.filter((tr) => tr.getBoundingClientRect().height > 0).length);
  assert.ok(panelRows >= 2);
  await page.pdf({ path: `${OUT}print-panel.pdf`, format: 'A4' });
  await context.close();
});
