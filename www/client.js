// @ts-check
// A promise-based client for the checker running in a Web Worker (worker.js). Used by the
// page (app.js), the <fact-check-panel> component and the iframe embed.
//
// The worker forwards the wasm Checker's own methods, so `client.checker` reads like the
// Checker with `await` in front:
//   const client = new CheckerClient();
//   await client.checker.withSeeds();           // or new(), fromIndex(indexText), or
//                                               // loadIndex(url): fetched and filed as it downloads
//   await client.checker.addArticle('wire-0412.txt', text);
//   const { findings } = await client.checker.check(draft);
// `new`, `withSeeds`, `fromIndex` and `loadIndex` replace the client's checker (by default one with
// the seeds, made on first use); `rules` and `memoryBytes` are the static methods; `check`
// and `scan` give each evidence span `before` and `after` context.
//
// One worker can serve many clients: `CheckerClient.shared()` gives each caller a checker
// of its own (its own corpus and settings) in one worker per page, as the panels of a page
// do. Bundlers (Vite, webpack) see the worker in `new Worker(new URL('./worker.js',
// import.meta.url))` below and build it with the wasm; where the files are served
// elsewhere, name them: `{workerUrl, wasmUrl}`.

/** @typedef {import('./pkg/factcheck.js').Finding} Finding */
/** @typedef {import('./pkg/factcheck.js').Article} Article */
/** @typedef {import('./pkg/factcheck.js').Person} Person */
/** @typedef {import('./pkg/factcheck.js').Rule} Rule */
/** @typedef {import('./pkg/factcheck.js').RuleSetting} RuleSetting */
/** @typedef {import('./pkg/factcheck.js').Config} Config */
/** @typedef {import('./pkg/factcheck.js').Checker} WasmChecker */
/**
 * The worker's constructors, which replace the client's checker.
 * @typedef {{'new'(): void, withSeeds(): void, fromIndex(text: string): void,
 *   loadIndex(url: string): void, rules(): Rule[], memoryBytes(): number}} Overrides
 */
/** @typedef {Omit<WasmChecker, Exclude<keyof WasmChecker, string> | 'free' | keyof Overrides> & Overrides} CheckerApi */
/** @typedef {keyof CheckerApi} Method */
/**
 * @template {Method} M
 * @typedef {(...args: Parameters<CheckerApi[M]>) => Promise<ReturnType<CheckerApi[M]>>} Remote
 */
/** @typedef {{[M in Method]: Remote<M>}} RemoteChecker */
/**
 * @typedef {object} ClientOptions
 * @property {string | URL} [workerUrl] the worker script (default: worker.js beside this module)
 * @property {string | URL} [wasmUrl] the wasm binary (default: pkg/factcheck_bg.wasm beside the worker's module)
 */

/** Every method the worker forwards (tsc checks that none is missing). */
/** @type {Record<Method, true>} */
const METHODS = {
  new: true, withSeeds: true, fromIndex: true, loadIndex: true, rules: true, memoryBytes: true, toIndex: true,
  addArticle: true, removeArticle: true, articles: true, articleText: true, check: true,
  scan: true, scanPart: true, extract: true, setConfig: true, config: true, people: true,
  peoplePart: true,
};

/** @typedef {{resolve: (value: any) => void, reject: (reason: Error) => void}} Pending */

/** @param {string | URL} [url] */
function startWorker(url) {
  // The literal form bundlers recognise; an explicit URL otherwise.
  return url ? new Worker(url, { type: 'module' }) : new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
}

/** One worker and the requests in flight to it, for one client or many. */
class Connection {
  /** @param {ClientOptions} options */
  constructor(options) {
    this.worker = startWorker(options.workerUrl);
    this.nextId = 1;
    this.nextSession = 1;
    /** @type {Map<number, Pending>} */
    this.pending = new Map();
    /** @type {Set<CheckerClient>} */
    this.clients = new Set();
    /** @type {Error | null} set once the worker failed */
    this.failed = null;
    this.worker.onmessage = (ev) => this._settle(ev.data);
    this.worker.onerror = (ev) => {
      ev.preventDefault?.();
      this._fail(new Error(`the checker failed to load: ${ev.message || 'the worker script or its wasm could not be loaded (see the workerUrl and wasmUrl options)'}`));
    };
    if (options.wasmUrl) this.post(0, 'init', [String(options.wasmUrl)]).catch(() => {});
  }

  /**
   * @param {number} session
   * @param {string} method
   * @param {unknown[]} args
   * @returns {Promise<any>}
   */
  post(session, method, args) {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, session, method, args });
    });
  }

  /** @param {{id: number, result?: unknown, error?: string, errorType?: string}} data */
  _settle({ id, result, error, errorType }) {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (error === undefined) p.resolve(result);
    else p.reject(errorType === 'TypeError' ? new TypeError(error) : new Error(error));
  }

  /** @param {Error} err */
  _fail(err) {
    this.failed = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    for (const c of this.clients) c.onerror?.(err);
  }
}

/** @type {Connection | null} */
let shared = null;

export class CheckerClient {
  /**
   * Starts a worker of its own.
   * @param {string | URL | ClientOptions} [options] the worker's URL, or options
   * @param {Connection} [connection] (internal) a worker to share
   */
  constructor(options = {}, connection) {
    const opts = typeof options === 'string' || options instanceof URL ? { workerUrl: options } : options;
    this._conn = connection ?? new Connection(opts);
    this._own = !connection;
    this.session = this._conn.nextSession++;
    this._conn.clients.add(this);
    /** @type {((error: Error) => void) | null} */
    this.onerror = null;
    this.worker = this._conn.worker;
    /** The Checker's methods, each returning a promise of its result. */
    this.checker = /** @type {RemoteChecker} */ (Object.fromEntries(Object.keys(METHODS).map(
      (m) => [m, (/** @type {unknown[]} */ ...args) => this._conn.post(this.session, m, args)])));
  }

  /**
   * A client with a checker of its own in the page's one shared worker (started by the
   * first call, with its options; later calls share it).
   * @param {ClientOptions} [options]
   */
  static shared(options = {}) {
    if (!shared || shared.failed) shared = new Connection(options);
    return new CheckerClient({}, shared);
  }

  /** How many workers the shared clients use (0 or 1). */
  static sharedWorkers() { return shared ? 1 : 0; }

  /** Frees the checker; a client with a worker of its own stops the worker. */
  terminate() {
    this._conn.clients.delete(this);
    if (this._own) this.worker.terminate();
    else this._conn.post(this.session, 'free', []).catch(() => {});
  }
}
