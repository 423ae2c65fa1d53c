// Types of worker-client.js.
import type { Analysis, AnalyzeOptions } from './zhibiao.js';

/** `analyze` running in a Web Worker. */
export interface WorkerAnalyzer {
  analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>;
  /** Stops the worker; pending calls reject. */
  terminate(): void;
}

/** Starts a Worker running the engine (browsers only). `url` defaults to the package's `worker.js`. */
export function createWorkerAnalyzer(options?: { url?: string | URL }): WorkerAnalyzer;
