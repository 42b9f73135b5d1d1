// A promise-based client for the checker running in a Web Worker (worker.js).
// Used by the page (app.js), the <fact-check-panel> component and the iframe embed.

export class CheckerClient {
  /** Starts the worker. `workerUrl` defaults to worker.js next to this module. */
  constructor(workerUrl = new URL('./worker.js', import.meta.url)) {
    this.worker = new Worker(workerUrl, { type: 'module' });
    this.nextId = 1;
    this.pending = new Map();
    this.worker.onmessage = (ev) => {
      const { id, result, error } = ev.data;
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      error !== undefined ? p.reject(new Error(error)) : p.resolve(result);
    };
    this.worker.onerror = (ev) => {
      const err = new Error(`the checker failed to load: ${ev.message || 'unknown error'}`);
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      if (this.onerror) this.onerror(err);
    };
  }

  /** Calls an operation of worker.js: init, check, scan, people, add, remove, text, setConfig, rules, extract. */
  call(op, args) {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, args });
    });
  }

  check(text) { return this.call('check', { text }); }
  setConfig(config) { return this.call('setConfig', { config }); }
  terminate() { this.worker.terminate(); }
}
