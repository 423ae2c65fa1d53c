// Types of the package's entry points (`zhibiao` in browsers, bundlers and Node).
import type { Analysis, AnalyzeOptions } from './zhibiao.js';

export type { Analysis, AnalyzeOptions, Doc, Hardness, Kind, Level, Meta, Qualifier, Record } from './zhibiao.js';

/** Finds every target, five-year goal, actual figure and progress statement in `text`. Throws an `Error` on bad arguments. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;

/** The engine's version. */
export function version(): string;

export { renderHighlights, describeRecord, formatValue } from './render.js';
export type { RenderOptions } from './render.js';
export { createWorkerAnalyzer } from './worker-client.js';
export type { WorkerAnalyzer } from './worker-client.js';
