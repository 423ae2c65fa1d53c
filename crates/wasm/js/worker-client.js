// `analyze` and `compare` in Web Workers: large texts and many reports never block the page, and
// several reports are analyzed at once, one per worker.

/** One worker per core the browser reports, 2 where it reports none, at most 8. */
const defaultWorkers = () => Math.min((typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2, 8);

const errorOf = ({ name, message, code }) => Object.assign(new Error(message), code === undefined ? { name } : { name, code });

/** An analysis whose records came apart (see worker.js): `doc.records` holds their number. */
function assemble(analysis, parts = []) {
  let k = 0;
  for (const doc of analysis.docs) {
    const records = [];
    while (records.length < doc.records) for (const r of parts[k++]) records.push(r);
    doc.records = records;
  }
  return analysis;
}

/**
 * Starts a pool of Workers running the engine.
 * @param {{ url?: string | URL, workers?: number, decoder?: string | URL }} [opts] `url`: the worker
 *   script, by default the package's `worker.js`; `workers`: how many (default: the cores, at most
 *   8; at least 1); `decoder`: a module whose `decodeFile(name, bytes)` turns a file into
 *   `{ text, encoding }` in the worker, for `analyzeFile` (default: UTF-8).
 */
export function createWorkerAnalyzer(opts = {}) {
  const size = Math.max(1, Math.floor(Number(opts.workers ?? defaultWorkers())) || 1);
  const decoder = opts.decoder ? new URL(opts.decoder, globalThis.location?.href).href : null;
  /** Calls not answered yet, by id: { resolve, reject, onProgress, slot, cost }. */
  const pending = new Map();
  let nextId = 0;
  let stopped = null;

  // Each worker keeps every analysis it returns, so `compare` sends a handle instead of copying
  // the records back; once the page lets go of an analysis, its worker forgets it too.
  // A handle is { slot, handle }: an id valid in one worker only.
  const handles = new WeakMap();
  const release = typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry(({ slot, handle }) => {
      if (!slot.error && !stopped) slot.worker.postMessage({ op: 'drop', handle });
    })
    : null;

  const fail = (slot, error) => {
    for (const [id, job] of pending) {
      if (slot && job.slot !== slot) continue;
      pending.delete(id);
      job.reject(error);
    }
  };

  const answer = (slot, data) => {
    const job = pending.get(data.id);
    if (!job) return;
    if ('progress' in data) {
      try {
        job.onProgress?.(data.progress);
      } catch (err) {
        if (typeof reportError === 'function') reportError(err);
      }
      return;
    }
    if ('records' in data) {
      (job.parts ??= []).push(data.records);
      return;
    }
    pending.delete(data.id);
    slot.load -= job.cost;
    if (data.error) job.reject(errorOf(data.error));
    else if ('comparison' in data) job.resolve(data.comparison);
    else if ('panel' in data) job.resolve(data.panel);
    else {
      const analysis = data.chunked ? assemble(data.analysis, job.parts) : data.analysis;
      const held = { slot, handle: data.handle };
      handles.set(analysis, held);
      release?.register(analysis, held);
      job.resolve('text' in data ? { text: data.text, encoding: data.encoding, analysis } : analysis);
    }
  };

  const slots = Array.from({ length: size }, () => {
    // The literal `new URL('./worker.js', import.meta.url)` lets bundlers find and emit the worker.
    const worker = opts.url
      ? new Worker(opts.url, { type: 'module' })
      : new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    const slot = { worker, load: 0, error: null };
    worker.onmessage = ({ data }) => answer(slot, data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      slot.error = new Error(`zhibiao worker failed: ${event.message || 'could not load'}`);
      fail(slot, slot.error);
    };
    return slot;
  });

  /** The worker with the least work queued (characters of text, bytes of files), the first of equals. */
  const leastBusy = () =>
    slots.reduce((best, s) => (!s.error && (best === null || s.load < best.load) ? s : best), null);

  const call = (slot, message, cost, onProgress) =>
    new Promise((resolve, reject) => {
      if (stopped || !slot) return reject(stopped ?? slots[0].error);
      if (slot.error) return reject(slot.error);
      const id = nextId++;
      pending.set(id, { resolve, reject, onProgress, slot, cost });
      slot.load += cost;
      slot.worker.postMessage({ id, ...message });
    });

  const badProgress = (what, onProgress) =>
    onProgress != null && typeof onProgress !== 'function' && Promise.reject(new TypeError(`${what}: onProgress must be a function`));

  /** `op` ('compare' or 'panel') over analyses, in the worker that holds the most of them. */
  const gathered = (op, analyses, options) => {
    if (!Array.isArray(analyses)) return call(leastBusy(), { op, analyses, options }, 1);
    const held = analyses.map((a) => (a && typeof a === 'object' ? handles.get(a) : undefined));
    // The worker that holds the most of these analyses compares them; it receives the others
    // whole, as they are now.
    const count = new Map();
    for (const h of held) if (h && !h.slot.error) count.set(h.slot, (count.get(h.slot) ?? 0) + 1);
    let slot = leastBusy();
    for (const [s, n] of count) if (n > (count.get(slot) ?? 0)) slot = s;
    const list = analyses.map((a, i) => (held[i]?.slot === slot ? { handle: held[i].handle } : a));
    return call(slot, { op, analyses: list, options }, 1 + analyses.length);
  };

  return {
    workers: size,
    analyze(text, options, { onProgress } = {}) {
      const cost = 1 + (typeof text === 'string' ? text.length : 0);
      return badProgress('analyze', onProgress)
        || call(leastBusy(), { op: 'analyze', text, options, progress: !!onProgress }, cost, onProgress);
    },
    analyzeFile(file, options, { onProgress } = {}) {
      if (!(file instanceof Blob)) return Promise.reject(new TypeError('analyzeFile: file must be a Blob or File'));
      const named = options?.file === undefined && typeof file.name === 'string' ? { ...options, file: file.name } : options;
      const message = { op: 'file', file, decoder, options: named, progress: !!onProgress };
      return badProgress('analyzeFile', onProgress) || call(leastBusy(), message, 1 + file.size, onProgress);
    },
    compare(analyses, options) {
      return gathered('compare', analyses, options);
    },
    panel(analyses, options) {
      return gathered('panel', analyses, options);
    },
    terminate() {
      stopped = new Error('zhibiao worker terminated');
      for (const slot of slots) slot.worker.terminate();
      fail(null, stopped);
    },
  };
}
