// Types of worker-client.js.
import type { Analysis, AnalyzeOptions, CompareOptions, Comparison } from './zhibiao.js';

/** `analyze` and `compare` running in a Web Worker. */
export interface WorkerAnalyzer {
  analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>;
  /**
   * `compare` in the worker. Analyses this worker returned are not copied back: the worker
   * compares its own copy (changes made to them afterwards are not seen; pass `overrides`).
   */
  compare(analyses: Analysis[], options?: CompareOptions): Promise<Comparison>;
  /** Stops the worker; pending calls reject. */
  terminate(): void;
}

/** Starts a Worker running the engine (browsers only). `url` defaults to the package's `worker.js`. */
export function createWorkerAnalyzer(options?: { url?: string | URL }): WorkerAnalyzer;
