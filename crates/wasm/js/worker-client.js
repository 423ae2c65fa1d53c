// `analyze` and `compare` in a Web Worker: large texts and many reports never block the page.

/**
 * Starts a Worker running the engine.
 * @param {{ url?: string | URL }} [opts] the worker script; by default the package's `worker.js`.
 */
export function createWorkerAnalyzer(opts = {}) {
  // The literal `new URL('./worker.js', import.meta.url)` lets bundlers find and emit the worker.
  const worker = opts.url
    ? new Worker(opts.url, { type: 'module' })
    : new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let nextId = 0;
  // The worker keeps every analysis it returns, so `compare` sends a handle instead of copying
  // the records back; once the page lets go of an analysis, the worker forgets it too.
  const handles = new WeakMap();
  const release = typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry((handle) => worker.postMessage({ op: 'drop', handle }))
    : null;

  const failAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  worker.onmessage = ({ data }) => {
    const job = pending.get(data.id);
    if (!job) return;
    pending.delete(data.id);
    if (data.error) {
      const error = new Error(data.error.message);
      error.name = data.error.name;
      job.reject(error);
    } else if ('comparison' in data) {
      job.resolve(data.comparison);
    } else {
      handles.set(data.analysis, data.handle);
      release?.register(data.analysis, data.handle);
      job.resolve(data.analysis);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    failAll(new Error(`zhibiao worker failed: ${event.message || 'could not load'}`));
  };

  const call = (message) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });

  return {
    analyze(text, options) {
      return call({ op: 'analyze', text, options });
    },
    compare(analyses, options) {
      const list = Array.isArray(analyses)
        ? analyses.map((a) => (a && typeof a === 'object' && handles.has(a) ? { handle: handles.get(a) } : a))
        : analyses;
      return call({ op: 'compare', analyses: list, options });
    },
    terminate() {
      worker.terminate();
      failAll(new Error('zhibiao worker terminated'));
    },
  };
}
