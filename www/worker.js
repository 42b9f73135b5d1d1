// @ts-check
// The checker runs here, off the main thread, so typing and scrolling never freeze.
// It forwards the wasm Checker's own methods (client.js lists them):
// {id, session, method, args: [...]} in; {id, result} or {id, error, errorType} out.
//   init(wasmUrl)                 loads the wasm from that URL (before any other call)
//   new / withSeeds / fromIndex   replace the session's checker (new Checker(), …)
//   loadIndex(url)                the same from an index file fetched here and filed as its
//                                 bytes arrive (wasm Loader): never copied whole, never sent
//                                 through the page
//   free                          drops the session's checker
//   rules / memoryBytes           the static methods
//   anything else                 checker[method](...args); a checker with the seeds is made
//                                 on first use when none was asked for
// Each session (a client; many share one worker) has a checker of its own.
// `check`, `scan` and `scanPart` add context to each span of a corpus article (`before`, `after`).
import init, { Checker, Loader } from './pkg/factcheck.js';

/**
 * The part of a finding (render.js) given context here.
 * @typedef {{doc: string, start: number, end: number, before?: string, after?: string}} Span
 */
/**
 * @typedef {{span: Span, evidence: Span[]}} Finding
 */

/** @type {Map<number, Checker>} */
const checkers = new Map();
/** @type {Promise<unknown> | null} */
let ready = null;

const CONTEXT = 70;

/** @type {Record<string, (...args: any[]) => Checker>} */
const CONSTRUCTORS = {
  new: () => new Checker(),
  withSeeds: () => Checker.withSeeds(),
  fromIndex: (text) => Checker.fromIndex(text),
};
/** @type {Record<string, () => unknown>} */
const STATICS = { rules: () => Checker.rules(), memoryBytes: () => Checker.memoryBytes() };
const NOT_FORWARDED = new Set(['constructor', 'free']);

/**
 * Gives each span (the finding's and its evidence) up to CONTEXT characters of its
 * article before and after, when the article is in the corpus.
 * @param {Checker} c
 * @param {Finding[]} findings
 */
function withContext(c, findings) {
  /** @type {Map<string, string | null>} */
  const texts = new Map();
  /** @param {string} doc */
  const textOf = (doc) => {
    if (!texts.has(doc)) texts.set(doc, c.articleText(doc) ?? null);
    return texts.get(doc);
  };
  for (const e of findings.flatMap((f) => [f.span, ...f.evidence])) {
    const t = textOf(e.doc);
    if (t != null) {
      e.before = t.slice(Math.max(0, e.start - CONTEXT), e.start);
      e.after = t.slice(e.end, e.end + CONTEXT);
    }
  }
  return findings;
}

/**
 * A checker over the index file at `url`, read as it downloads: each piece of the body
 * goes into the wasm once and its complete lines (articles) are filed at once.
 * @param {string} url
 */
async function loadIndex(url) {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`the corpus index ${url} could not be loaded (HTTP ${res.status})`);
  const loader = new Loader();
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loader.push(value);
    }
  } catch (e) {
    loader.free();
    reader.cancel().catch(() => {});
    throw e;
  }
  return loader.finish();
}

/**
 * Runs one method of a session's checker.
 * @param {number} session
 * @param {string} method
 * @param {unknown[]} args
 */
function run(session, method, args) {
  if (Object.hasOwn(CONSTRUCTORS, method)) {
    checkers.get(session)?.free();
    checkers.set(session, CONSTRUCTORS[method](...args));
    return undefined;
  }
  if (method === 'free') {
    checkers.get(session)?.free();
    checkers.delete(session);
    return undefined;
  }
  if (Object.hasOwn(STATICS, method)) return STATICS[method]();
  let c = checkers.get(session);
  if (!c) checkers.set(session, (c = Checker.withSeeds()));
  const fn = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (Checker.prototype))[method];
  if (NOT_FORWARDED.has(method) || typeof fn !== 'function') throw new Error(`unknown method ${method}`);
  const result = fn.apply(c, args);
  return method === 'check' || method === 'scan' || method === 'scanPart' ? { findings: withContext(c, result.findings) } : result;
}

self.onmessage = async (ev) => {
  const { id, session, method, args } = ev.data;
  try {
    if (method === 'init') {
      ready ??= init({ module_or_path: String(args[0]) });
      await ready;
      self.postMessage({ id, result: undefined });
      return;
    }
    await (ready ??= init());
    if (method === 'loadIndex') {
      const c = await loadIndex(String(Array.isArray(args) ? args[0] : ''));
      const s = Number(session) || 0;
      checkers.get(s)?.free();
      checkers.set(s, c);
      self.postMessage({ id, result: undefined });
      return;
    }
    self.postMessage({ id, result: run(Number(session) || 0, method, Array.isArray(args) ? args : []) });
  } catch (e) {
    self.postMessage({ id, error: String((e instanceof Error && e.message) || e), errorType: e instanceof TypeError ? 'TypeError' : 'Error' });
  }
};
