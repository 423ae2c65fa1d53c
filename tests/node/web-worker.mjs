// The browser's Worker, as much of it as worker-client.js uses, over node:worker_threads: the
// package's own worker.js runs in a thread with `self`, `postMessage`, `onmessage` and a `fetch`
// that reads file: URLs (for the wasm). Installed as `globalThis.Worker` by `installWorker()`.
import { readFile } from 'node:fs/promises';
import { Worker as Thread, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** Counts the messages each worker got, by op: the tests see how calls were spread. */
export const sent = [];

class WebWorker {
  constructor(url) {
    this.thread = new Thread(new URL(import.meta.url), { workerData: String(url) });
    this.got = {};
    sent.push(this.got);
    this.thread.on('message', (data) => this.onmessage?.({ data }));
    this.thread.on('error', (error) => this.onerror?.({ message: error.message, preventDefault() {} }));
  }

  postMessage(data) {
    this.got[data.op] = (this.got[data.op] ?? 0) + 1;
    this.thread.postMessage(data);
  }

  terminate() {
    this.thread.terminate();
  }
}

export function installWorker() {
  globalThis.Worker = WebWorker;
}

if (!isMainThread) {
  const fetchUrl = globalThis.fetch;
  globalThis.fetch = async (url, init) => {
    const u = new URL(url instanceof Request ? url.url : url);
    if (u.protocol !== 'file:') return fetchUrl(url, init);
    return new Response(await readFile(u), { headers: { 'Content-Type': 'application/wasm' } });
  };
  globalThis.self = globalThis;
  globalThis.postMessage = (data) => parentPort.postMessage(data);
  // As in a browser, messages sent before the script has run wait for it.
  let early = [];
  const deliver = (data) => globalThis.onmessage?.({ data });
  parentPort.on('message', (data) => (early ? early.push(data) : deliver(data)));
  await import(workerData);
  for (const data of early.splice(0)) deliver(data);
  early = null;
}
