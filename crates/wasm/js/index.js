// Entry for browsers and bundlers: loads the WebAssembly module once, then `analyze` is ready.
import init from './zhibiao.js';

await init({ module_or_path: new URL('./zhibiao_bg.wasm', import.meta.url) });

export { analyze, compare, panel, version } from './zhibiao.js';
export { renderHighlights, describeRecord, formatValue } from './render.js';
export { createWorkerAnalyzer } from './worker-client.js';
