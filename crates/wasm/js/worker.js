// The Worker behind `createWorkerAnalyzer`. Messages:
//   { id, op: 'analyze', text, options }      → { id, analysis, handle }
//   { id, op: 'compare', analyses, options }  → { id, comparison }; an entry { handle } stands for
//                                                an analysis this worker returned and still keeps
//   { op: 'drop', handle }                    → forgets a kept analysis (no answer)
// Failures answer { id, error: { name, message } }.
import init, { analyze, compare } from './zhibiao.js';

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

self.onmessage = async (event) => {
  const { id, op = 'analyze', text, options } = event.data;
  if (op === 'drop') {
    kept.delete(event.data.handle);
    return;
  }
  try {
    await ready;
    if (op === 'compare') {
      const analyses = Array.isArray(event.data.analyses) ? event.data.analyses.map(resolve) : event.data.analyses;
      self.postMessage({ id, comparison: compare(analyses, options) });
    } else {
      const analysis = analyze(text, options);
      const handle = nextHandle++;
      kept.set(handle, analysis);
      self.postMessage({ id, analysis, handle });
    }
  } catch (err) {
    self.postMessage({ id, error: { name: err?.name ?? 'Error', message: err?.message ?? String(err) } });
  }
};
