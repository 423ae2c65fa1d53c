// Entry for Node: compiles the WebAssembly module synchronously from the package's own file.
import { readFileSync } from 'node:fs';
import { initSync } from './zhibiao.js';

initSync({ module: readFileSync(new URL('./zhibiao_bg.wasm', import.meta.url)) });

export { analyze, compare, panel, version } from './zhibiao.js';
export { renderHighlights, describeRecord, formatValue } from './render.js';
