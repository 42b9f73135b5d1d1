// The checker runs here, off the main thread, so typing and scrolling never freeze.
// Messages: {id, op, args} in; {id, result} or {id, error} out.
import init, { Checker } from './pkg/factcheck.js';

let checker = null;
const ready = init().then(() => { checker = Checker.withSeeds(); });

const CONTEXT = 70;

function withContext(findings) {
  const texts = new Map();
  const textOf = (doc) => {
    if (!texts.has(doc)) texts.set(doc, checker.articleText(doc) ?? null);
    return texts.get(doc);
  };
  for (const f of findings) {
    for (const e of f.evidence) {
      const t = textOf(e.doc);
      if (t != null) {
        e.before = t.slice(Math.max(0, e.start - CONTEXT), e.start);
        e.after = t.slice(e.end, e.end + CONTEXT);
      }
    }
  }
  return findings;
}

const ops = {
  async init({ removed = [], added = [], empty = false, index = null }) {
    if (index) {
      // A newsroom's prebuilt corpus index replaces the built-in seeds.
      const res = await fetch(new URL(index, self.location.href));
      if (!res.ok) throw new Error(`the corpus index ${index} could not be loaded (HTTP ${res.status})`);
      checker = Checker.fromIndex(await res.text());
    }
    if (empty) for (const a of checker.articles()) checker.removeArticle(a.id);
    for (const id of removed) checker.removeArticle(id);
    const failed = [];
    for (const a of added) {
      try { checker.addArticle(a.id, a.text); } catch (e) { failed.push(`${a.id}: ${e.message}`); }
    }
    return { articles: checker.articles(), failed };
  },
  articles: () => checker.articles(),
  add({ id, text }) { checker.addArticle(id, text); return checker.articles(); },
  remove({ id }) { checker.removeArticle(id); return checker.articles(); },
  text: ({ id }) => checker.articleText(id),
  check: ({ text }) => ({ findings: withContext(checker.check(text, 'article').findings) }),
  scan: () => ({ findings: withContext(checker.scan().findings) }),
  people: () => checker.people(),
  setConfig: ({ config }) => { checker.setConfig(config); return checker.config(); },
  rules: () => Checker.rules(),
  extract: ({ text }) => checker.extract(text),
};

self.onmessage = async (ev) => {
  const { id, op, args } = ev.data;
  try {
    await ready;
    if (!ops[op]) throw new Error(`unknown operation ${op}`);
    self.postMessage({ id, result: await ops[op](args || {}) });
  } catch (e) {
    self.postMessage({ id, error: String(e && e.message || e) });
  }
};
