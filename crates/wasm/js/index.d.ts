// Types of the package's entry points (`zhibiao` in browsers, bundlers and Node).
import type { Analysis, AnalyzeOptions, CompareOptions, Comparison } from './zhibiao.js';

export type { Analysis, AnalyzeOptions, Doc, Hardness, Kind, Level, Meta, Qualifier, Record } from './zhibiao.js';
export type {
  Attainment, Cell, Change, CompareOptions, Comparison, Diff, DiffRow, DocInfo, DocOverrides, Family, Figure,
  Location, MatrixRow, Progress, Stage, Status, Tolerances,
} from './zhibiao.js';

/** Finds every target, five-year goal, actual figure and progress statement in `text`. Throws an `Error` on bad arguments. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;

/**
 * Compares the docs of analyses `analyze` returned: the target matrix, targets against achieved
 * figures (met / missed / exceeded / unknown, with gaps), progress statements and the diff of
 * reports. Every cited statement is a `Location`: input, doc, record and UTF-16 offsets.
 * Throws an `Error` on bad arguments.
 */
export function compare(analyses: Analysis[], options?: CompareOptions): Comparison;

/** The engine's version. */
export function version(): string;

export { renderHighlights, describeRecord, formatValue } from './render.js';
export type { RenderOptions } from './render.js';
export { createWorkerAnalyzer } from './worker-client.js';
export type { WorkerAnalyzer } from './worker-client.js';
