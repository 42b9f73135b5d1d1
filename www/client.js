// @ts-check
// A promise-based client for the checker running in a Web Worker (worker.js). Used by the
// page (app.js), the <fact-check-panel> component and the iframe embed.
//
// The worker forwards the wasm Checker's own methods, so `client.checker` reads like the
// Checker with `await` in front:
//   const client = new CheckerClient();
//   await client.checker.withSeeds();           // or new(), or fromIndex(indexText)
//   await client.checker.addArticle('wire-0412.txt', text);
//   const { findings } = await client.checker.check(draft);
// `new`, `withSeeds` and `fromIndex` replace the worker's checker (by default one with
// the seeds, made on first use); `rules` and `memoryBytes` are the static methods; `check`
// and `scan` give each evidence span `before` and `after` context.

/** @typedef {import('./render.js').Finding} Finding */
/** @typedef {{id: string, title?: string | null, length: number}} Article */
/** @typedef {{name: string, forms: {doc: string, name: string, title?: string | null, count: number}[]}} Person */
/** @typedef {{id: string, description: string}} Rule */
/** @typedef {'on' | 'off' | 'error' | 'warning' | 'info' | boolean | {enabled?: boolean, severity?: string}} RuleSetting */
/**
 * House style and rule settings (the format of `factcheck --config`).
 * @typedef {{people?: {name: string, title?: string}[], rules?: Record<string, RuleSetting>,
 *   ignore?: {rule: string, text: string, subject?: string}[], neverFlag?: string[]}} Config
 */
/** @typedef {import('./pkg/factcheck.js').Checker} WasmChecker */
/**
 * The worker's methods: the wasm Checker's (types from pkg/factcheck.d.ts), with the
 * results the checker documents in place of its `any`.
 * @typedef {{
 *   'new'(): void, withSeeds(): void, fromIndex(text: string): void,
 *   rules(): Rule[], memoryBytes(): number,
 *   articles(): Article[], check(text: string, id?: string): {findings: Finding[]},
 *   scan(): {findings: Finding[]}, people(): Person[], config(): Config,
 *   setConfig(config: Config | string | null): void, extract(text: string): unknown,
 * }} Overrides
 */
/** @typedef {Omit<WasmChecker, Exclude<keyof WasmChecker, string> | 'free' | keyof Overrides> & Overrides} CheckerApi */
/** @typedef {keyof CheckerApi} Method */
/**
 * @template {Method} M
 * @typedef {(...args: Parameters<CheckerApi[M]>) => Promise<ReturnType<CheckerApi[M]>>} Remote
 */
/** @typedef {{[M in Method]: Remote<M>}} RemoteChecker */

/** Every method the worker forwards (tsc checks that none is missing). */
/** @type {Record<Method, true>} */
const METHODS = {
  new: true, withSeeds: true, fromIndex: true, rules: true, memoryBytes: true, toIndex: true,
  addArticle: true, removeArticle: true, articles: true, articleText: true, check: true,
  scan: true, extract: true, setConfig: true, config: true, people: true,
};

/** @typedef {{resolve: (value: any) => void, reject: (reason: Error) => void}} Pending */

export class CheckerClient {
  /**
   * Starts the worker.
   * @param {string | URL} [workerUrl] defaults to worker.js next to this module
   */
  constructor(workerUrl = new URL('./worker.js', import.meta.url)) {
    this.worker = new Worker(workerUrl, { type: 'module' });
    this.nextId = 1;
    /** @type {Map<number, Pending>} */
    this.pending = new Map();
    /** @type {((error: Error) => void) | null} */
    this.onerror = null;
    this.worker.onmessage = (ev) => this._settle(ev.data);
    this.worker.onerror = (ev) => this._fail(new Error(`the checker failed to load: ${ev.message || 'unknown error'}`));
    /** The Checker's methods, each returning a promise of its result. */
    this.checker = /** @type {RemoteChecker} */ (Object.fromEntries(Object.keys(METHODS).map(
      (m) => [m, (/** @type {unknown[]} */ ...args) => this._post(m, args)])));
  }

  /**
   * @param {string} method
   * @param {unknown[]} args
   * @returns {Promise<any>}
   */
  _post(method, args) {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, method, args });
    });
  }

  /** @param {{id: number, result?: unknown, error?: string}} data */
  _settle({ id, result, error }) {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    error !== undefined ? p.reject(new Error(error)) : p.resolve(result);
  }

  /** @param {Error} err */
  _fail(err) {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    if (this.onerror) this.onerror(err);
  }

  terminate() { this.worker.terminate(); }
}
