// Node half of `make bench`: the package's wasm (pkg/, loaded with initSync) on the benchmark
// texts, one 20k-character report, and the peer (Microsoft Recognizers-Text, zh-cn number,
// percentage and currency models) on a sub-slice of the same texts.
// Prints readable lines, then `RESULT {json}`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readText, seedFiles, sliceFiles } from './texts.mjs';
import { report20k } from './report20k.mjs';

import { pathToFileURL } from 'node:url';

// The package as `make pkg` built it; scripts/bench.sh passes a snapshot of it in BENCH_PKG.
const PKG = process.env.BENCH_PKG ? pathToFileURL(process.env.BENCH_PKG.replace(/\/?$/, '/')) : new URL('../pkg/', import.meta.url);
const PEER_BYTES = Number(process.env.PEER_BYTES ?? 100_000);
const RUNS_20K = 50;

const { initSync, analyze } = await import(new URL('zhibiao.js', PKG));
initSync({ module: readFileSync(new URL('zhibiao_bg.wasm', PKG)) });

const mb = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];

/** Best of `passes` passes of `fn` over all texts: MB/s. */
function throughput(texts, fn, passes = 8) {
  let best = Infinity;
  for (let i = 0; i < passes; i++) {
    const start = performance.now();
    for (const t of texts) fn(t);
    best = Math.min(best, (performance.now() - start) / 1e3);
  }
  return mb(texts) / best;
}

/** The first `bytes` of the texts, in whole lines. */
function subSlice(texts, bytes) {
  const lines = [];
  let size = 0;
  for (const t of texts) {
    for (const line of t.split('\n')) {
      if (size >= bytes) return lines;
      lines.push(line);
      size += Buffer.byteLength(line) + 1;
    }
  }
  return lines;
}

const seeds = seedFiles().map(readText).filter((t) => t !== null);
const slice = sliceFiles().map(readText).filter((t) => t !== null);
const all = seeds.concat(slice);

const records = all.reduce((n, t) => n + analyze(t).docs.reduce((m, d) => m + d.records.length, 0), 0);
const wasmSeeds = throughput(seeds, analyze);
const wasmSlice = throughput(slice, analyze);
const wasmAll = throughput(all, analyze);
console.log(`wasm (Node ${process.version}): seeds ${mb(seeds).toFixed(1)} MB ${wasmSeeds.toFixed(1)} MB/s, gov slice ${mb(slice).toFixed(1)} MB ${wasmSlice.toFixed(1)} MB/s, all ${wasmAll.toFixed(1)} MB/s (${records} records)`);

const r20k = report20k(seeds);
for (let i = 0; i < 5; i++) analyze(r20k);
const times = [];
for (let i = 0; i < RUNS_20K; i++) {
  const start = performance.now();
  analyze(r20k);
  times.push(performance.now() - start);
}
const r20kMs = median(times);
console.log(`wasm (Node): one 20,000-character report (${Buffer.byteLength(r20k)} B): median ${r20kMs.toFixed(2)} ms of ${RUNS_20K} runs`);

// The peer, on whole lines (it reads utterances; a whole report as one string is slower still).
const require = createRequire(new URL('./node_modules/', import.meta.url));
const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');
const models = [
  new NumberRecognizer('zh-cn').getNumberModel(),
  new NumberRecognizer('zh-cn').getPercentageModel(),
  new NumberWithUnitRecognizer('zh-cn').getCurrencyModel(),
];
const lines = subSlice(all, PEER_BYTES);
const sub = [lines.join('\n')];
let found = 0;
const peerStart = performance.now();
for (const line of lines) for (const m of models) found += m.parse(line).length;
const peerSecs = (performance.now() - peerStart) / 1e3;
const peerMbS = mb(sub) / peerSecs;
const oursSub = throughput(sub, analyze);
const subKb = (mb(sub) * 1000).toFixed(0);
console.log(`peer (@microsoft/recognizers-text 1.3.1, zh-cn number + percentage + currency, line by line): first ${subKb} KB of the texts (${lines.length} lines) in ${peerSecs.toFixed(1)} s: ${(peerMbS * 1000).toFixed(1)} KB/s, ${found} entities`);
console.log(`ours (wasm, Node) on the same ${subKb} KB: ${oursSub.toFixed(1)} MB/s: ${(oursSub / peerMbS).toFixed(0)}x the peer`);

console.log('RESULT ' + JSON.stringify({
  wasm_node_mb_s: +wasmAll.toFixed(2),
  report20k_node_ms: +r20kMs.toFixed(3),
  peer_mb_s: +peerMbS.toFixed(5),
  peer_slice_kb: +subKb,
  ours_on_peer_slice_mb_s: +oursSub.toFixed(2),
  peer_ratio: +(oursSub / peerMbS).toFixed(1),
}));
