// Types of worker-client.js.
import type { Analysis, AnalyzeOptions, CompareOptions, Comparison, Panel, PanelOptions } from './zhibiao.js';

/** Options of `createWorkerAnalyzer`. */
export interface WorkerAnalyzerOptions {
  /** The worker script (default: the package's `worker.js`). */
  url?: string | URL;
  /** How many workers (default: `navigator.hardwareConcurrency`, 2 where unknown, at most 8; at least 1). */
  workers?: number;
  /**
   * A module the workers import for `analyzeFile`: its `decodeFile(name, bytes)` returns (or
   * resolves to) `{ text, encoding }`; what it throws rejects the call with its `name`, `message`
   * and string `code`. Without one, files are read as UTF-8 (UTF-16 after a byte-order mark).
   */
  decoder?: string | URL;
}

/** Per-call options of `WorkerAnalyzer.analyze` and `analyzeFile`. */
export interface WorkerAnalyzeCall {
  /**
   * Called with fractions rising from 0 to 1 while the worker analyzes the text, at changes of
   * 1 % or more (at most about a hundred calls); what it throws is reported, not raised.
   */
  onProgress?: ((fraction: number) => void) | null;
}

/** A file read, decoded and analyzed in a worker. */
export interface FileAnalysis {
  text: string;
  /** The encoding the decoder found (`utf-8` … ). */
  encoding: string;
  analysis: Analysis;
}

/** `analyze` and `compare` running in a pool of Web Workers. */
export interface WorkerAnalyzer {
  /** How many workers the pool runs. */
  readonly workers: number;
  /** `analyze` in the worker with the least text queued; each call resolves on its own. */
  analyze(text: string, options?: AnalyzeOptions | null, call?: WorkerAnalyzeCall): Promise<Analysis>;
  /**
   * Reads, decodes and analyzes a file in a worker, so the page neither reads nor decodes it.
   * `options.file` defaults to the file's name.
   */
  analyzeFile(file: Blob, options?: AnalyzeOptions | null, call?: WorkerAnalyzeCall): Promise<FileAnalysis>;
  /**
   * `compare` in one worker: the one that returned the most of `analyses`. Analyses a worker
   * returned are not copied back to it: it compares its own copy (changes made to them afterwards
   * are not seen; pass `overrides`). The analyses it lacks (from the other workers or from
   * elsewhere) are sent whole, as they are at the call.
   */
  compare(analyses: Analysis[], options?: CompareOptions): Promise<Comparison>;
  /** `panel` in one worker, chosen as for `compare`. */
  panel(analyses: Analysis[], options?: PanelOptions): Promise<Panel>;
  /** Stops every worker; pending and later calls reject. */
  terminate(): void;
}

/** Starts a pool of Workers running the engine (browsers only). */
export function createWorkerAnalyzer(options?: WorkerAnalyzerOptions): WorkerAnalyzer;
