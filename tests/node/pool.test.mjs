// The package's worker pool (createWorkerAnalyzer) in Node: worker-client.js and worker.js as
// shipped, with the browser's Worker played by worker threads (web-worker.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pkgDir, TARGETS } from './helpers.mjs';
import { installWorker, sent } from './web-worker.mjs';
import { reportText } from '../support/fixtures.mjs';
import { REPORT_2023, REPORT_2024 } from './reports.mjs';

installWorker();
const zb = await import(join(pkgDir, 'node.js'));
const { createWorkerAnalyzer } = await import(join(pkgDir, 'worker-client.js'));

/** A pool of `workers`, and the messages each of its workers got. */
function pool(options) {
  const first = sent.length;
  const analyzer = createWorkerAnalyzer(options);
  return { analyzer, got: sent.slice(first, first + analyzer.workers) };
}

const TEXTS = [REPORT_2023, REPORT_2024, TARGETS, ...[1, 2, 3, 4, 5].map((seed) => reportText(2_000 * seed, seed))];

test('calls spread over the workers resolve each with its own analysis', async () => {
  const { analyzer, got } = pool({ workers: 3 });
  assert.equal(analyzer.workers, 3);
  const analyses = await Promise.all(TEXTS.map((text, i) => analyzer.analyze(text, { file: `t${i}.txt` })));
  analyses.forEach((a, i) => assert.deepEqual(a, zb.analyze(TEXTS[i], { file: `t${i}.txt` })));
  assert.deepEqual(got.map((g) => g.analyze > 0), [true, true, true], 'every worker analyzed some');
  analyzer.terminate();
});

test('the least busy worker gets the next text', async () => {
  const { analyzer, got } = pool({ workers: 2 });
  const big = analyzer.analyze(reportText(400_000, 1));
  // The first worker holds the large text: the small ones all go to the second.
  await Promise.all([TARGETS, REPORT_2023, REPORT_2024].map((t) => analyzer.analyze(t)));
  assert.deepEqual(got.map((g) => g.analyze), [1, 3]);
  await big;
  analyzer.terminate();
});

test('compare over analyses from several workers equals compare in one place', async () => {
  const { analyzer } = pool({ workers: 2 });
  const texts = [REPORT_2023, REPORT_2024, TARGETS];
  const analyses = await Promise.all(texts.map((t) => analyzer.analyze(t)));
  const options = { about_points: 0.5, overrides: [null, { region: '云溪县' }, null] };
  const expected = zb.compare(texts.map((t) => zb.analyze(t)), options);
  assert.deepEqual(await analyzer.compare(analyses, options), expected);
  // An analysis made elsewhere, with a field the page added, is sent whole.
  const outside = zb.analyze(REPORT_2024);
  outside.docs[0].records.forEach((r, i) => (r.index = i));
  assert.deepEqual(await analyzer.compare([analyses[0], outside, analyses[2]], options), expected);
  analyzer.terminate();
});

test('an analysis of tens of thousands of records crosses in pieces and comes out whole', async () => {
  const { analyzer } = pool({ workers: 1 });
  const text = reportText(1_400_000, 1);
  const expected = zb.analyze(text, { file: 'big.txt' });
  assert.ok(expected.docs[0].records.length > 20_000, 'three pieces or more');
  assert.deepEqual(await analyzer.analyze(text, { file: 'big.txt' }), expected);
  analyzer.terminate();
});

test('onProgress gets rising fractions, at most about a hundred', async () => {
  const { analyzer } = pool({ workers: 1 });
  const text = reportText(1_500_000, 2);
  const seen = [];
  const a = await analyzer.analyze(text, null, { onProgress: (x) => seen.push(x) });
  assert.deepEqual(a, zb.analyze(text));
  assert.ok(seen.length >= 3 && seen.length <= 102, `${seen.length} calls`);
  assert.ok(seen.every((x, i) => x >= 0 && x <= 1 && (i === 0 || x - seen[i - 1] >= 0.01 || x === 1)), `${seen}`);
  assert.equal(seen.at(-1), 1);
  // What the callback throws does not fail the call.
  const b = await analyzer.analyze(TARGETS, null, { onProgress: () => { throw new Error('ignored'); } });
  assert.deepEqual(b, zb.analyze(TARGETS));
  await assert.rejects(analyzer.analyze(TARGETS, null, { onProgress: 1 }), /onProgress must be a function/);
  analyzer.terminate();
});

test('analyzeFile reads and decodes in the worker', async () => {
  const { analyzer, got } = pool({ workers: 1 });
  const utf8 = await analyzer.analyzeFile(new Blob([TARGETS]), { file: 'a.txt' });
  assert.deepEqual(utf8, { text: TARGETS, encoding: 'utf-8', analysis: zb.analyze(TARGETS, { file: 'a.txt' }) });
  const le = Buffer.from(`\ufeff${TARGETS}`, 'utf16le');
  assert.equal((await analyzer.analyzeFile(new Blob([le]))).text, TARGETS);
  // Bytes cut in the middle of a character are not UTF-8.
  await assert.rejects(analyzer.analyzeFile(new Blob([Uint8Array.of(0xe4, 0xb8)])), { name: 'TypeError' });
  await assert.rejects(analyzer.analyzeFile('text'), /must be a Blob/);
  assert.equal(got[0].file, 3);
  analyzer.terminate();
});

test('a decoder module decodes files; its errors keep their name and code', async () => {
  const decoder = new URL('../../www/decode.js', import.meta.url);
  const { analyzer } = pool({ workers: 1, decoder });
  const { GBK_BYTES, GBK_TEXT } = await import('../support/fixtures.mjs');
  const gbk = await analyzer.analyzeFile(new Blob([GBK_BYTES]), { file: 'g.txt' });
  assert.equal(gbk.text, GBK_TEXT);
  assert.equal(gbk.encoding, 'gb18030');
  assert.deepEqual(gbk.analysis, zb.analyze(GBK_TEXT, { file: 'g.txt' }));
  await assert.rejects(analyzer.analyzeFile(new Blob([Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0)])), { name: 'DecodeError', code: 'binary' });
  analyzer.terminate();
});

test('terminate rejects the calls under way and every later one', async () => {
  const { analyzer } = pool({ workers: 2 });
  const pending = analyzer.analyze(reportText(300_000, 3));
  analyzer.terminate();
  await assert.rejects(pending, /terminated/);
  await assert.rejects(analyzer.analyze(TARGETS), /terminated/);
  await assert.rejects(analyzer.compare([]), /terminated/);
});

test('bad worker counts fall back to one', () => {
  for (const workers of [0, -3, Number.NaN, 'many']) {
    const { analyzer } = pool({ workers });
    assert.equal(analyzer.workers, 1);
    analyzer.terminate();
  }
  const { analyzer } = pool({ workers: 2.7 });
  assert.equal(analyzer.workers, 2);
  analyzer.terminate();
});
