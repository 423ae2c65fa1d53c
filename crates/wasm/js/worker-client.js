// `analyze` in a Web Worker: large texts never block the page.

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
    } else {
      job.resolve(data.analysis);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    failAll(new Error(`zhibiao worker failed: ${event.message || 'could not load'}`));
  };

  return {
    analyze(text, options) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, text, options });
      });
    },
    terminate() {
      worker.terminate();
      failAll(new Error('zhibiao worker terminated'));
    },
  };
}
