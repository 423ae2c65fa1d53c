// The Worker behind `createWorkerAnalyzer` (one of its pool). Messages:
//   { id, op: 'analyze', text, options, progress } → { id, analysis, handle }; with `progress`,
//                                                    { id, progress: fraction } before it, at
//                                                    changes of 1 % or more. Beyond CHUNK records,
//                                                    { id, records } messages carry them in order
//                                                    and `analysis` holds docs whose `records` is
//                                                    their number (`chunked: true`)
//   { id, op: 'file', file, decoder, options, progress }
//                                                  → { id, analysis, handle, text, encoding }: the
//                                                    file read and decoded here, then as 'analyze'
//   { id, op: 'compare', analyses, options }        → { id, comparison }; an entry { handle } stands
//                                                    for an analysis this worker returned and still keeps
//   { id, op: 'panel', analyses, options }          → { id, panel }; entries as for 'compare'
//   { op: 'drop', handle }                          → forgets a kept analysis (no answer)
// Failures answer { id, error: { name, message, code } }.
import init, { analyze, compare, panel } from './zhibiao.js';

const ready = init({ module_or_path: new URL('./zhibiao_bg.wasm', import.meta.url) });

/** Analyses returned to the page, by handle, so compare need not receive them again. */
const kept = new Map();
let nextHandle = 0;

function resolve(entry, i) {
  if (entry && typeof entry === 'object' && 'handle' in entry && !('docs' in entry)) {
    const analysis = kept.get(entry.handle);
    if (!analysis) throw new Error(`compare: analyses[${i}] was dropped by the worker`);
    return analysis;
  }
  return entry;
}

/**
 * At most this many records a message: each message is copied into the page in a task of its own,
 * so a huge analysis (a million records) never blocks the page for seconds.
 */
const CHUNK = 10_000;

async function post(id, analysis, extra) {
  if (analysis.docs.reduce((n, d) => n + d.records.length, 0) <= CHUNK) {
    self.postMessage({ id, analysis, ...extra });
    return;
  }
  for (const d of analysis.docs) {
    for (let i = 0; i < d.records.length; i += CHUNK) {
      self.postMessage({ id, records: d.records.slice(i, i + CHUNK) });
      // One chunk at a time: posted all at once, they queue up in the page ahead of its timers
      // and frames, and the page's thread does nothing else until the last is read.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  const docs = analysis.docs.map((d) => ({ ...d, records: d.records.length }));
  self.postMessage({ id, analysis: { ...analysis, docs }, chunked: true, ...extra });
}

/** Decoder modules by URL, imported once. */
const decoders = new Map();

/**
 * The text of a file: `decodeFile(name, bytes)` of the decoder module when one is given, else
 * UTF-8 (UTF-16 after its byte-order mark); bytes that are not text in that encoding throw.
 */
async function decode(file, decoder) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (decoder) {
    if (!decoders.has(decoder)) decoders.set(decoder, import(decoder));
    return (await decoders.get(decoder)).decodeFile(file.name ?? '', bytes);
  }
  const bom = (a, b) => bytes[0] === a && bytes[1] === b;
  const encoding = bom(0xff, 0xfe) ? 'utf-16le' : bom(0xfe, 0xff) ? 'utf-16be' : 'utf-8';
  return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
}

/** Posts the fractions of call `id` that moved by 1 % or more since the last one posted. */
function reporter(id) {
  let last = -1;
  return (fraction) => {
    if (fraction - last < 0.01 && !(fraction === 1 && last < 1)) return;
    last = fraction;
    self.postMessage({ id, progress: fraction });
  };
}

self.onmessage = async (event) => {
  const { id, op = 'analyze', options } = event.data;
  if (op === 'drop') {
    kept.delete(event.data.handle);
    return;
  }
  try {
    if (op === 'compare' || op === 'panel') {
      await ready;
      const analyses = Array.isArray(event.data.analyses) ? event.data.analyses.map(resolve) : event.data.analyses;
      self.postMessage(op === 'compare' ? { id, comparison: compare(analyses, options) } : { id, panel: panel(analyses, options) });
      return;
    }
    // Files are read while the engine analyzes the ones before.
    const read = op === 'file' ? await decode(event.data.file, event.data.decoder) : null;
    const text = read ? read.text : event.data.text;
    await ready;
    const analysis = analyze(text, options, event.data.progress ? reporter(id) : null);
    const handle = nextHandle++;
    kept.set(handle, analysis);
    await post(id, analysis, read ? { handle, text, encoding: read.encoding } : { handle });
  } catch (err) {
    const code = typeof err?.code === 'string' ? err.code : undefined;
    self.postMessage({ id, error: { name: err?.name ?? 'Error', message: err?.message ?? String(err), code } });
  }
};
