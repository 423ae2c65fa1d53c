// The Worker behind `createWorkerAnalyzer`: answers {id, text, options} with {id, analysis} or {id, error}.
import init, { analyze } from './zhibiao.js';

const ready = init({ module_or_path: new URL('./zhibiao_bg.wasm', import.meta.url) });

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    self.postMessage({ id, analysis: analyze(text, options) });
  } catch (err) {
    self.postMessage({ id, error: { name: err?.name ?? 'Error', message: err?.message ?? String(err) } });
  }
};
