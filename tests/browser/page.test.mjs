// End-to-end tests of the page (www/) in headless Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OUT, highlighted, ready, setup } from './harness.mjs';
import { GBK_BYTES, GBK_TEXT, makeDocx, makeDocxBomb } from '../support/fixtures.mjs';

const zb = await import('../../pkg/node.js');
const count = (text) => zb.analyze(text).docs.flatMap((d) => d.records).length;

const TARGETS = '今年主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。';

let h;
before(async () => {
  h = await setup();
});
after(async () => {
  await h?.close();
});

async function paste(page, text) {
  await page.fill('#paste', text);
  await page.click('#analyze');
  await ready(page);
}

test('first load shows the demo report analyzed and highlighted', async () => {
  const { page, context, errors } = await h.open();
  const { DEMO_TEXT } = await import('../../www/demo.js');
  const expected = count(DEMO_TEXT);
  assert.ok(expected >= 10, `the demo report holds records (${expected})`);
  assert.equal(await highlighted(page), expected);
  assert.equal(await page.$$eval('#view-table tbody tr', (rows) => rows.length), expected);
  const kinds = await page.$$eval('#view-text .report mark', (ms) => [...new Set(ms.map((m) => m.dataset.kind))].sort());
  assert.deepEqual(kinds, ['actual', 'plan5', 'target']);
  const hardness = await page.$$eval('#view-text .report mark[data-hardness]', (ms) => [...new Set(ms.map((m) => m.dataset.hardness))].sort());
  assert.deepEqual(hardness, ['ceiling', 'floor', 'soft']);
  const title = await page.getAttribute('#view-text .report mark[data-hardness="ceiling"]', 'title');
  assert.match(title, /城镇调查失业率/);
  assert.match(title, /5\.5%/);
  assert.equal(await page.textContent('#view-text .report'), DEMO_TEXT);
  assert.match(await page.textContent('#doc-meta tbody'), /青岚市/);
  await page.screenshot({ path: `${OUT}demo.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasted text gets one highlight per record; text with markup stays text', async () => {
  const { page, context, requests } = await h.open();
  const hostile = '<script>window.__pwned = 1</script><img src="x.png" onerror="window.__pwned = 2">' + TARGETS;
  await paste(page, hostile);
  const expected = count(hostile);
  assert.ok(expected >= 2);
  assert.equal(await highlighted(page), expected);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('#view-text .report img, #view-text .report script', (els) => els.length), 0);
  assert.equal(await page.textContent('#view-text .report'), hostile);
  assert.ok(!requests.some((u) => u.includes('x.png')), 'the <img> in the text was never fetched');
  await context.close();
});

test('an HTML file is read as text only, nothing in it runs, loads or alarms the console', async () => {
  const { page, context, requests, errors } = await h.open();
  const html = `<html><head><title>t</title><script>window.__pwned = 3</script></head><body>
    <p>今年主要预期目标是：</p><p>地区生产总值增长6%左右<img src="y.png" onerror="window.__pwned = 4"></p></body></html>`;
  await page.setInputFiles('#files', [{ name: 'report.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
  await ready(page);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const text = await page.textContent('#view-text .report');
  assert.match(text, /地区生产总值增长6%左右/);
  assert.doesNotMatch(text, /__pwned|<p>/);
  assert.ok(await highlighted(page) >= 1);
  assert.ok(!requests.some((u) => u.includes('y.png')));
  // Not even a security-policy report of the inline handlers: no element of the file is made.
  assert.deepEqual(errors, []);
  await context.close();
});

test('UTF-16 without a byte-order mark reads as in the CLI (tests/encodings)', async () => {
  const { page, context } = await h.open();
  const dir = new URL('../encodings/', import.meta.url);
  const names = ['utf16le.txt', 'utf16be.txt', 'utf16le-chinese.txt', 'utf16be-chinese.txt'];
  await page.setInputFiles('#files', names.map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(new URL(name, dir)) })));
  await ready(page);
  const items = await page.$$eval('#file-list li', (lis) =>
    Object.fromEntries(lis.map((li) => [li.querySelector('.name').textContent, [li.dataset.status, li.querySelector('.msg').textContent]])));
  for (const name of names) {
    assert.equal(items[name]?.[0], 'ok', `${name}: ${items[name]}`);
    assert.match(items[name][1], name.startsWith('utf16le') ? /utf-16le/ : /utf-16be/);
  }
  assert.match(await page.textContent('#view-text .report'), /地区生产总值增长6%左右/);
  await context.close();
});

test('a .docx that inflates past the limit is refused with a message; what was loaded stays', async () => {
  const { page, context, errors } = await h.open();
  await page.setInputFiles('#files', [{ name: 'good.docx', mimeType: 'application/octet-stream', buffer: makeDocx(['青岚市2024年政府工作报告', TARGETS], 8) }]);
  await ready(page);
  const records = await page.$$eval('#view-table tbody tr', (rows) => rows.length);
  assert.ok(records >= 2);
  // 200 MB of XML in a file of a few hundred KB, once declared honestly and once declared small.
  const bomb = makeDocxBomb(200);
  assert.ok(bomb.length < 1024 * 1024, `${bomb.length} bytes`);
  await page.setInputFiles('#files', [
    { name: 'bomb.docx', mimeType: 'application/octet-stream', buffer: bomb },
    { name: 'liar.docx', mimeType: 'application/octet-stream', buffer: makeDocxBomb(200, 4096) },
  ]);
  await ready(page);
  const items = await page.$$eval('#file-list li', (lis) =>
    Object.fromEntries(lis.map((li) => [li.querySelector('.name').textContent, [li.dataset.status, li.querySelector('.msg').textContent]])));
  for (const name of ['bomb.docx', 'liar.docx']) {
    assert.equal(items[name][0], 'error', name);
    assert.match(items[name][1], /128 MB/, name);
  }
  assert.equal(items['good.docx'][0], 'ok');
  assert.equal(await page.$$eval('#view-table tbody tr', (rows) => rows.length), records, 'the loaded records stay');
  assert.deepEqual(errors, []);
  await context.close();
});

test('GBK and .docx files load; bad files get a message and the rest stays', async () => {
  const { page, context } = await h.open();
  const docxParagraphs = ['青岚市2024年政府工作报告', TARGETS];
  await page.setInputFiles('#files', [
    { name: 'gbk.txt', mimeType: 'text/plain', buffer: GBK_BYTES },
    { name: 'deflated.docx', mimeType: 'application/octet-stream', buffer: makeDocx(docxParagraphs, 8) },
    { name: 'stored.docx', mimeType: 'application/octet-stream', buffer: makeDocx(docxParagraphs, 0) },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'binary.txt', mimeType: 'text/plain', buffer: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]) },
    { name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04 nothing more') },
  ]);
  await ready(page);
  const items = await page.$$eval('#file-list li', (lis) =>
    Object.fromEntries(lis.map((li) => [li.querySelector('.name').textContent, [li.dataset.status, li.querySelector('.msg').textContent]])));
  assert.equal(items['gbk.txt'][0], 'ok');
  assert.match(items['gbk.txt'][1], /gb18030/);
  assert.equal(items['deflated.docx'][0], 'ok');
  assert.equal(items['stored.docx'][0], 'ok');
  assert.deepEqual(items['empty.txt'], ['error', '文件为空或没有文字']);
  assert.deepEqual(items['binary.txt'], ['error', '不是文本文件（二进制内容）']);
  assert.equal(items['broken.docx'][0], 'error');
  assert.equal(items['qinglan-2023.txt'], undefined, 'the demo goes when the user loads files');
  // The first good file is shown: the GBK one, decoded.
  assert.equal(await page.textContent('#view-text .report'), GBK_TEXT);
  assert.equal(await highlighted(page), count(GBK_TEXT));
  assert.ok(count(GBK_TEXT) >= 2);
  await page.click('#file-list li:nth-child(3) .name');
  const docxText = docxParagraphs.join('\n') + '\n';
  assert.equal(await page.textContent('#view-text .report'), docxText);
  assert.equal(await highlighted(page), count(docxText));
  assert.equal(await page.getAttribute('#progress', 'hidden'), '');
  await context.close();
});

test('dropped files (UTF-16 with BOM, Markdown) load with a progress bar', async () => {
  const { page, context } = await h.open();
  const shown = await page.evaluate(async (text) => {
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const files = [new File([utf16], 'utf16.txt'), new File([`# 报告\n\n${text}`], 'notes.md')];
    const data = new DataTransfer();
    for (const f of files) data.items.add(f);
    const seen = (window.seen = []);
    const progress = document.querySelector('#progress');
    const phase = document.querySelector('#phase');
    new MutationObserver(() => seen.push(progress.hidden ? 'hidden' : `${progress.dataset.phase} ${progress.hasAttribute('value') ? progress.value : '-'}/${progress.max} ${phase.textContent}`))
      .observe(progress, { attributes: true });
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    return { total: files[0].size + files[1].size };
  }, TARGETS);
  await ready(page);
  // Each phase named as it comes: reading first, drawing (no measure) last, then the bar goes.
  const seen = await page.evaluate(() => window.seen);
  assert.match(seen[0], /^reading -\/\d+ 读取文件…$/, `progress shown: ${seen}`);
  assert.ok(seen.some((s) => s === 'drawing -/2 绘制原文、表格、对比与面板…') || seen.some((s) => /^drawing -\/\d+ /.test(s)), `progress shown: ${seen}`);
  assert.equal(seen.at(-1), 'hidden');
  const analyzing = seen.filter((s) => s.startsWith('analyzing'));
  assert.ok(analyzing.every((s) => s.includes(`/${shown.total} 分析中`)), `progress shown: ${seen}`);
  const items = await page.$$eval('#file-list li', (lis) => lis.map((li) => [li.querySelector('.name').textContent, li.dataset.status]));
  assert.deepEqual(items, [['utf16.txt', 'ok'], ['notes.md', 'ok']], 'the demo gone, the dropped files listed');
  assert.equal(await page.textContent('#view-text .report'), TARGETS);
  assert.equal(await highlighted(page), count(TARGETS));
  await context.close();
});

test('clicking a row scrolls to its span and flashes it; clicking a mark selects its row', async () => {
  const { page, context } = await h.open();
  const filler = Array.from({ length: 150 }, (_, i) => `第${i + 1}段，这一行没有任何指标。`).join('\n');
  await paste(page, `${filler}\n${TARGETS}`);
  const last = await page.$eval('#view-table tbody tr:last-child', (tr) => Number(tr.dataset.index));
  const mark = page.locator(`#view-text .report mark[data-records~="${last}"]`).first();
  const inView = () =>
    mark.evaluate((m) => {
      const r = m.getBoundingClientRect();
      const box = m.closest('.report').getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
  assert.equal(await inView(), false, 'the record starts out of view');
  await page.click('#view-table tbody tr:last-child');
  assert.equal(await inView(), true);
  assert.match(await mark.getAttribute('class'), /flash/);
  assert.match(await page.getAttribute('#view-table tbody tr:last-child', 'class'), /selected/);

  const first = page.locator('#view-text .report mark').first();
  const index = await first.getAttribute('data-index');
  await first.click();
  assert.equal(await page.$eval('#view-table tbody tr.selected', (tr) => tr.dataset.index), index);
  await context.close();
});

test('CSV export: BOM, headers and values in the interface language, what the filters show', async () => {
  const { page, context } = await h.open();
  await page.click('#clear');
  const text = `去年地区生产总值增长5.2%。${TARGETS}新增贷款突破1.2万亿元。`;
  await paste(page, text);
  const total = count(text);
  const csv = async () => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    return readFileSync(await dl.path(), 'utf8');
  };
  const rows = (csvText) => csvText.slice(1).trimEnd().split('\r\n');
  const zh = await csv();
  assert.ok(zh.startsWith('\ufeff'), 'UTF-8 byte-order mark');
  const lines = rows(zh);
  assert.equal(lines[0], '文件,报告,类型,指标,标准名,动词,数值,上限值,单位,限定词,度量,未设目标,时期,占位,主要目标,起,止,原文');
  assert.equal(lines.length - 1, total);
  assert.match(zh, /地区生产总值增长6%左右/);
  // Values in Chinese too: kinds, measures, qualifiers, yes and no.
  assert.match(zh, /,年度目标,/);
  assert.match(zh, /,实际完成,/);
  assert.match(zh, /,增速,/);
  assert.match(zh, /,(是|否),/);
  assert.doesNotMatch(zh, /,(target|actual|true|false|growth),/);

  // The filters: only the actual figures shown, and only they exported, unless all are asked for.
  await page.selectOption('#view-table select.kind', 'actual');
  const shown = await page.$$eval('#view-table tbody tr', (trs) => trs.length);
  assert.ok(shown >= 1 && shown < total, `${shown} of ${total}`);
  assert.equal(rows(await csv()).length - 1, shown);
  await page.check('#export-all');
  assert.equal(rows(await csv()).length - 1, total);
  await page.uncheck('#export-all');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const json = JSON.parse(readFileSync(await dl.path(), 'utf8'));
  const exported = json.files.flatMap((f) => f.docs.flatMap((d) => d.records));
  assert.equal(exported.length, shown);
  assert.ok(exported.every((r) => r.kind === 'actual'), 'JSON keeps the schema values');

  // English: headers and values, units and qualifiers said in English.
  await page.selectOption('#view-table select.kind', '');
  await page.click('[data-lang="en"]');
  const en = await csv();
  assert.ok(en.startsWith('\ufefffile,doc,kind,indicator,canonical,verb,value,value_max,unit,qualifier,measure,absent,period,placeholder,headline,start,end,quote\r\n'));
  assert.match(en, /,Target,/);
  assert.match(en, /,about,/);
  assert.match(en, /,1 trillion yuan,/);
  assert.match(en, /,(yes|no),/);
  assert.doesNotMatch(en, /,(年度目标|左右|万亿元|是|否),/);
  const table = await page.$$eval('#view-table tbody td', (tds) => tds.map((td) => td.textContent).join('|'));
  assert.match(table, /\|about\|/);
  assert.doesNotMatch(table, /\|左右\||\|万亿元\|/);
  await context.close();
});

test('English is switchable and remembered', async () => {
  const { page, context } = await h.open();
  assert.equal(await page.textContent('#analyze'), '分析');
  await page.click('[data-lang="en"]');
  assert.equal(await page.textContent('#analyze'), 'Analyze');
  assert.equal(await page.textContent('#view-table thead th[data-key="indicator"]'), 'indicator');
  await page.reload();
  await ready(page);
  assert.equal(await page.textContent('#analyze'), 'Analyze');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('[data-lang="zh"]');
  assert.equal(await page.textContent('#view-table thead th[data-key="indicator"]'), '指标');
  await context.close();
});

test('a large text is paged: the DOM holds one page of text and of rows', async () => {
  const { page, context } = await h.open();
  const line = `${TARGETS}\n`;
  const big = line.repeat(Math.ceil(450_000 / line.length));
  await page.evaluate((text) => {
    document.querySelector('#paste').value = text;
  }, big);
  await page.click('#analyze');
  await ready(page);
  const shown = await page.$eval('#view-text .report', (el) => el.textContent.length);
  assert.ok(shown <= 100_000 && shown > 50_000, `one page of text (${shown})`);
  assert.match(await page.textContent('#view-text .pager .page-label'), /第 1 \/ 5 页/);
  assert.equal(await page.$$eval('#view-table tbody tr', (rows) => rows.length), 200);
  const total = count(big);
  assert.match(await page.textContent('#view-table .count'), new RegExp(`共 ${total} 条记录`));
  // Jump to the last record through the table pager and a row click.
  await page.selectOption('#view-table select.doc', { index: 1 });
  // The table starts in text order; one click on # turns it to the last record first.
  await page.click('#view-table th[data-key="index"]');
  assert.equal(await page.getAttribute('#view-table th[data-key="index"]', 'data-sort'), 'desc');
  await page.click('#view-table tbody tr:first-child');
  assert.match(await page.textContent('#view-text .pager .page-label'), /第 5 \/ 5 页/);
  await context.close();
});

test('the Worker API of the package answers with records, from a pool of two workers', async () => {
  const { page, context } = await h.open();
  const n = await page.evaluate(async ([text, gbk]) => {
    const { createWorkerAnalyzer } = await import('./pkg/worker-client.js');
    const analyzer = createWorkerAnalyzer({ workers: 2, decoder: new URL('./decode.js', location.href) });
    const [a, b] = await Promise.all([analyzer.analyze(text, { file: 'w.txt' }), analyzer.analyze(`${text}\n${text}`)]);
    let error = null;
    await analyzer.analyze(42).catch((e) => (error = e instanceof Error && e.message));
    const fractions = [];
    const big = await analyzer.analyze(text.repeat(20_000), null, { onProgress: (x) => fractions.push(x) });
    // A file is read and decoded in a worker, by the page's decoder, its name kept.
    const read = await analyzer.analyzeFile(new File([new Uint8Array(gbk)], 'g.txt'));
    const bad = await analyzer.analyzeFile(new File(['\0\x01\x02'], 'b.txt')).catch((e) => [e.name, e.code]);
    const cmp = await analyzer.compare([a, b, big]);
    analyzer.terminate();
    const rs = a.docs.flatMap((d) => d.records);
    return {
      workers: analyzer.workers,
      n: rs.length,
      n2: b.docs.flatMap((d) => d.records).length,
      ok: rs.every((r) => text.slice(r.start, r.end) === r.quote && r.file === 'w.txt'),
      error,
      rising: fractions.length >= 2 && fractions.every((x, i) => i === 0 || x > fractions[i - 1]),
      read: [read.encoding, read.analysis.docs[0].records[0].file, read.text.length > 0],
      bad,
      compared: cmp.docs.length,
    };
  }, [`𠀀${TARGETS}`, [...GBK_BYTES]]);
  assert.deepEqual(n, {
    workers: 2, n: count(TARGETS), n2: 2 * count(TARGETS), ok: true, error: 'analyze: text must be a string, got number',
    rising: true, read: ['gb18030', 'g.txt', true], bad: ['DecodeError', 'binary'], compared: 3,
  });
  await context.close();
});

test('the browser entry of the package loads with top-level await', async () => {
  const { page, context } = await h.open();
  // A same-origin document without the page's strict CSP, as an embedding site would be.
  await page.goto(`${h.url}pkg/README.md`);
  const result = await page.evaluate(async (text) => {
    const zb = await import('/pkg/index.js');
    const a = zb.analyze(text);
    const div = document.createElement('div');
    const marks = zb.renderHighlights(div, text, a.docs[0].records);
    return { version: zb.version(), records: a.docs[0].records.length, marks, text: div.textContent };
  }, TARGETS);
  assert.equal(result.records, count(TARGETS));
  assert.ok(result.marks >= result.records);
  assert.equal(result.text, TARGETS);
  await context.close();
});

test('no request leaves the page\'s own origin', async () => {
  const { page, context, requests } = await h.open();
  await paste(page, TARGETS);
  await page.click('[data-lang="en"]');
  await page.click('#view-table tbody tr:first-child');
  await page.setInputFiles('#files', [{ name: 'gbk.txt', mimeType: 'text/plain', buffer: GBK_BYTES }]);
  await ready(page);
  await page.waitForTimeout(500);
  assert.ok(requests.length > 5);
  const outside = requests.filter((u) => !u.startsWith(h.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(outside, []);
  await context.close();
});

test('reloads offline from the service worker', async () => {
  const { page, context, errors } = await h.open();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  const { DEMO_TEXT } = await import('../../www/demo.js');
  assert.equal(await highlighted(page), count(DEMO_TEXT));
  await paste(page, TARGETS);
  assert.equal(await highlighted(page), count(TARGETS));
  await page.screenshot({ path: `${OUT}offline.png` });
  assert.deepEqual(errors, []);
  await context.close();
});
