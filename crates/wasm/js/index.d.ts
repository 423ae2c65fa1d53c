// Types of the package's entry points (`zhibiao` in browsers, bundlers and Node).
import type { Analysis, AnalyzeOptions, CompareOptions, Comparison, Panel, PanelOptions } from './zhibiao.js';

export type { Analysis, AnalyzeOptions, Doc, Hardness, Kind, Level, Measure, Meta, Qualifier, Record } from './zhibiao.js';
export type {
  Attainment, Cell, Change, CompareOptions, Comparison, Diff, DiffRow, DocInfo, DocOverrides, Family, Figure,
  Location, MatrixRow, Panel, PanelOptions, PanelRow, Progress, Source, Stage, Status, Tolerances,
} from './zhibiao.js';

/**
 * Finds every target, five-year goal, actual figure and progress statement in `text`. Throws an
 * `Error` on bad arguments. `onProgress`, if given, is called with fractions rising from 0 to 1
 * (a few hundred calls at most, whatever the length of the text); what it throws is ignored.
 */
export function analyze(text: string, options?: AnalyzeOptions | null, onProgress?: ((fraction: number) => void) | null): Analysis;

/**
 * Compares the docs of analyses `analyze` returned: the target matrix, targets against achieved
 * figures (met / missed / exceeded / unknown, with gaps), progress statements and the diff of
 * reports. Every cited statement is a `Location`: input, doc, record and UTF-16 offsets.
 * Throws an `Error` on bad arguments.
 */
export function compare(analyses: Analysis[], options?: CompareOptions): Comparison;

/**
 * The researcher's panel of analyses `analyze` returned: one row per region, level, year and
 * indicator — target, achieved figure and status, the parent government's target (a
 * prefecture's province, a province's nation) and the markup over it. One report counts per
 * government and year; later ones are listed in `duplicates`. Throws an `Error` on bad arguments.
 */
export function panel(analyses: Analysis[], options?: PanelOptions): Panel;

/** The engine's version. */
export function version(): string;

export { renderHighlights, describeRecord, formatValue } from './render.js';
export type { RenderOptions } from './render.js';
export { createWorkerAnalyzer } from './worker-client.js';
export type { FileAnalysis, WorkerAnalyzer, WorkerAnalyzerOptions, WorkerAnalyzeCall } from './worker-client.js';
