// @ts-check
// Dismissed findings, scoped: this occurrence (the rule, the flagged words and the words
// around them, so it survives edits elsewhere in the article), this article, or
// everywhere (the config's `ignore`, the format the CLI and the component read). The page
// applies all three itself, so every view can say how many it hid.

/** @typedef {import('./render.js').Finding} Finding */
/** @typedef {'occurrence' | 'article' | 'everywhere'} Scope */
/**
 * @typedef {{scope: 'occurrence' | 'article', rule: string, text: string, message: string,
 *   context?: string, article?: string}} Dismissal
 */
/** @typedef {{rule: string, text: string, subject?: string}} Ignored */

const KEY = 'factcheck.dismissals.v1';
const CONTEXT = 40;

/**
 * The words around a span (its `before` and `after`), spaces folded: what identifies one
 * occurrence.
 * @param {{before?: string, after?: string}} span
 */
export function contextOf(span) {
  const fold = (/** @type {string} */ s) => s.replace(/\s+/g, ' ');
  return `${fold((span.before || '').slice(-CONTEXT))}|${fold((span.after || '').slice(0, CONTEXT))}`;
}

/** @returns {Dismissal[]} */
export function loadDismissals() {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) || '[]');
    return Array.isArray(list) ? list.filter((d) => d && typeof d.rule === 'string' && typeof d.text === 'string') : [];
  } catch (e) {
    return [];
  }
}

/** @param {Dismissal[]} list */
export function saveDismissals(list) {
  try { localStorage.setItem(KEY, JSON.stringify(list)); } catch (e) { /* this session only */ }
}

/**
 * Whether `d` hides finding `f` of `article`.
 * @param {Dismissal} d
 * @param {Finding} f
 * @param {string} article
 */
export function hides(d, f, article) {
  if (d.rule !== f.rule || d.text !== f.span.text) return false;
  return d.scope === 'article' ? d.article === article : d.context === contextOf(f.span);
}

/**
 * Whether the config's `ignore` entry hides `f` (the checker's own rule, for the CLI).
 * @param {Ignored} i
 * @param {Finding} f
 */
const ignores = (i, f) => i.rule === f.rule && i.text === f.span.text && (i.subject == null || i.subject === f.subject);

/**
 * Splits findings into those shown and those a dismissal hides.
 * @param {Finding[]} findings
 * @param {{dismissals: Dismissal[], ignore: Ignored[], articleOf: (f: Finding) => string}} scope
 */
export function partition(findings, { dismissals, ignore, articleOf }) {
  /** @type {Finding[]} */
  const shown = [];
  /** @type {{finding: Finding, scope: Scope}[]} */
  const hidden = [];
  for (const f of findings) {
    const d = ignore.some((i) => ignores(i, f)) ? 'everywhere' : dismissals.find((x) => hides(x, f, articleOf(f)))?.scope;
    if (d) hidden.push({ finding: f, scope: d });
    else shown.push(f);
  }
  return { shown, hidden };
}

/**
 * The dismissal of `f` at `scope` (not 'everywhere', which is a config `ignore` entry).
 * @param {Finding} f
 * @param {'occurrence' | 'article'} scope
 * @param {string} article
 * @returns {Dismissal}
 */
export function dismissalOf(f, scope, article) {
  const base = { scope, rule: f.rule, text: f.span.text, message: f.message };
  return scope === 'article' ? { ...base, article } : { ...base, context: contextOf(f.span) };
}
