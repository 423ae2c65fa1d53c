// Chromium half of `make bench`: the package's wasm (pkg/) in headless Chromium on the
// benchmark texts and one 20k-character report, then the whole of corpus/gov through the
// package's worker API (createWorkerAnalyzer), timed. Texts are served from 127.0.0.1 only.
// Prints readable lines, then `RESULT {json}`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { govFiles, readText, seedFiles, sliceFiles } from './texts.mjs';
import { report20k } from './report20k.mjs';

const BENCH = fileURLToPath(new URL('./', import.meta.url));
// The package as `make pkg` built it; scripts/bench.sh passes a snapshot of it in BENCH_PKG.
const PKG = process.env.BENCH_PKG ?? fileURLToPath(new URL('../pkg/', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm' };
const RUNS_20K = 50;

const benchFiles = seedFiles().concat(sliceFiles());
const gov = govFiles();
const seeds = seedFiles().map(readText).filter((t) => t !== null);
const r20k = report20k(seeds);

/** /texts/N: benchmark text N; /gov/N: corpus file N; /report20k; /pkg/* and /bench/* files. */
async function route(path) {
  const text = (body) => ({ type: 'text/plain; charset=utf-8', body });
  if (path === '/texts/count') return text(String(benchFiles.length));
  if (path === '/gov/count') return text(String(gov.length));
  if (path === '/report20k') return text(r20k);
  let m = path.match(/^\/(texts|gov)\/(\d+)$/);
  if (m) {
    const file = (m[1] === 'texts' ? benchFiles : gov)[Number(m[2])];
    return file ? text(await readFile(file)) : null;
  }
  m = path.match(/^\/(pkg|bench)\/([\w.-]+)$/);
  if (m) return { type: TYPES[extname(m[2])] ?? 'application/octet-stream', body: await readFile(join(m[1] === 'pkg' ? PKG : BENCH, m[2])) };
  return null;
}

const server = createServer(async (req, res) => {
  const hit = await route(new URL(req.url, 'http://x').pathname).catch(() => null);
  res.writeHead(hit ? 200 : 404, { 'Content-Type': hit?.type ?? 'text/plain', 'Cache-Control': 'no-store' });
  res.end(hit?.body ?? 'not found\n');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const outside = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${origin}/bench/page.html`);
  const version = browser.version();

  const inPage = await page.evaluate(async (runs) => {
    const wasm = await import('/pkg/zhibiao.js');
    await wasm.default({ module_or_path: '/pkg/zhibiao_bg.wasm' });
    const get = async (p) => (await fetch(p)).text();
    const n = Number(await get('/texts/count'));
    const texts = [];
    for (let i = 0; i < n; i++) texts.push(await get(`/texts/${i}`));
    const enc = new TextEncoder();
    const mb = texts.reduce((s, t) => s + enc.encode(t).length, 0) / 1e6;
    let best = Infinity;
    for (let pass = 0; pass < 5; pass++) {
      const start = performance.now();
      for (const t of texts) wasm.analyze(t);
      best = Math.min(best, (performance.now() - start) / 1e3);
    }
    const r20k = await get('/report20k');
    for (let i = 0; i < 5; i++) wasm.analyze(r20k);
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      wasm.analyze(r20k);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { mb, mbS: mb / best, r20kMs: times[times.length >> 1] };
  }, RUNS_20K);
  console.log(`wasm (Chromium ${version}): ${inPage.mb.toFixed(1)} MB (seeds + gov slice) at ${inPage.mbS.toFixed(1)} MB/s`);
  console.log(`wasm (Chromium): one 20,000-character report: median ${inPage.r20kMs.toFixed(2)} ms of ${RUNS_20K} runs`);

  // The whole corpus, one report after the other as the page would: fetch, then the worker.
  const corpus = await page.evaluate(async () => {
    const { createWorkerAnalyzer } = await import('/pkg/worker-client.js');
    const worker = createWorkerAnalyzer();
    const n = Number(await (await fetch('/gov/count')).text());
    const enc = new TextEncoder();
    let bytes = 0;
    let records = 0;
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const text = await (await fetch(`/gov/${i}`)).text();
      const analysis = await worker.analyze(text);
      bytes += enc.encode(text).length;
      for (const d of analysis.docs) records += d.records.length;
    }
    const secs = (performance.now() - start) / 1e3;
    worker.terminate();
    return { n, mb: bytes / 1e6, records, secs };
  });
  console.log(`corpus/gov in Chromium through the worker API: ${corpus.n} reports, ${corpus.mb.toFixed(1)} MB, ${corpus.records} records in ${corpus.secs.toFixed(1)} s (${(corpus.mb / corpus.secs).toFixed(1)} MB/s, fetch included)`);
  if (outside.length) throw new Error(`requests left 127.0.0.1: ${outside.slice(0, 3).join(', ')}`);
  console.log('RESULT ' + JSON.stringify({
    wasm_chromium_mb_s: +inPage.mbS.toFixed(2),
    report20k_ms: +inPage.r20kMs.toFixed(3),
    corpus_page_s: +corpus.secs.toFixed(1),
    corpus_mb: +corpus.mb.toFixed(1),
  }));
} finally {
  await browser.close();
  server.close();
}
