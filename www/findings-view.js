// @ts-check
// The page's findings: one card per finding in the order they occur (duplicates
// collapsed into one card with every place), each with its severity as a word and an
// icon, a plain message, the rule as a tag that explains itself, its sources by headline,
// and its actions: the fix in one click, "show the sources", dismiss.
// Article text is untrusted: only ever written as text nodes.
import { el, plural } from './render.js';

/** @typedef {import('./render.js').Finding} Finding */
/** @typedef {import('./render.js').Span} Span */
/** @typedef {import('./render.js').Severity} Severity */
/** @typedef {import('./dismissals.js').Scope} Scope */
/**
 * @typedef {object} ViewOptions
 * @property {string} prefix ids: PREFIX-f-INDEX
 * @property {(doc: string) => string} label an article's headline, outlet and date
 * @property {(rule: string) => string} describe a rule's one-line description
 * @property {boolean} [showSpan] quote the finding's own span (corpus findings)
 * @property {boolean} [stale] the text changed since: actions wait for the re-check
 * @property {Set<Severity>} [severities] the severities shown (all when absent)
 * @property {string} [search] only findings whose words or message contain this
 * @property {number} [limit] at most this many cards (a "show more" button follows)
 * @property {(f: Finding, index: number) => void} [onSelect] the card was chosen
 * @property {(f: Finding) => void} [onFix]
 * @property {(f: Finding, scope: Scope) => void} [onDismiss]
 * @property {(e: Span) => void} [onOpen] open a source article at its evidence
 * @property {() => void} [onMore]
 */

export const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Note' };
const ICON = { error: '✖', warning: '▲', info: 'ℹ' };
const NAME_RULES = /^name-/;

/**
 * The findings in text order, each group of duplicates (same rule, message and words in
 * one article) as one entry with every index.
 * @param {Finding[]} findings
 */
export function collapse(findings) {
  /** @type {Map<string, number[]>} */
  const groups = new Map();
  const order = findings.map((f, i) => i).sort((a, b) => {
    const fa = findings[a].span, fb = findings[b].span;
    return fa.doc < fb.doc ? -1 : fa.doc > fb.doc ? 1 : fa.start - fb.start || fa.end - fb.end;
  });
  for (const i of order) {
    const f = findings[i];
    const key = [f.rule, f.message, f.span.doc, f.span.text].join('\u0000');
    groups.set(key, [...(groups.get(key) || []), i]);
  }
  return [...groups.values()];
}

/**
 * The evidence worth showing: one place per article and offset, never the flagged words
 * themselves (a spelling's evidence is the other spelling).
 * @param {Finding} f
 */
export function evidenceOf(f) {
  const seen = new Set();
  return f.evidence.filter((e) => {
    const key = `${e.doc}\u0000${e.start}`;
    if (seen.has(key) || (NAME_RULES.test(f.rule) && e.text === f.span.text)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * How many articles the message says agree otherwise ("in 4 articles", "(4 articles)",
 * "3 of 5 articles"), or null.
 * @param {string} message
 */
export function articlesClaimed(message) {
  const m = message.match(/(?:in |\()(\d+)(?: of \d+)? articles?\b/);
  return m ? Number(m[1]) : null;
}

/**
 * Draws `findings` into `container` (a list of cards). Returns how many are shown.
 * @param {HTMLElement} container
 * @param {Finding[]} findings
 * @param {ViewOptions} o
 */
export function renderFindings(container, findings, o) {
  const groups = collapse(findings).filter((g) => visible(findings[g[0]], o));
  const limit = o.limit ?? Infinity;
  const cards = groups.slice(0, limit).map((g) => card(findings, g, o));
  const list = el('ul', { class: 'cards' }, ...cards);
  list.setAttribute('aria-label', 'Findings');
  const parts = [list];
  if (groups.length > limit) {
    const more = el('button', { class: 'more' }, `Show more (${groups.length - limit} not shown)`);
    more.addEventListener('click', () => o.onMore?.());
    parts.push(/** @type {any} */ (more));
  }
  container.replaceChildren(...(groups.length ? parts : [el('p', { class: 'muted' }, 'No inconsistencies found.')]));
  container.toggleAttribute('aria-busy', !!o.stale);
  container.classList.toggle('stale', !!o.stale);
  return groups.length;
}

/**
 * @param {Finding} f
 * @param {ViewOptions} o
 */
function visible(f, o) {
  if (o.severities && !o.severities.has(f.severity)) return false;
  const q = (o.search || '').trim().toLowerCase();
  return !q || `${f.span.text} ${f.message} ${f.subject} ${o.label(f.span.doc)}`.toLowerCase().includes(q);
}

/**
 * One card: li.finding#PREFIX-f-I (I its first index), data-rule, data-severity.
 * @param {Finding[]} findings
 * @param {number[]} group
 * @param {ViewOptions} o
 */
function card(findings, group, o) {
  const [i] = group;
  const f = findings[i];
  const li = el('li', { class: 'finding', id: `${o.prefix}-f-${i}`, 'data-rule': f.rule, 'data-severity': f.severity, 'data-indexes': group.join(' '), tabIndex: 0 },
    head(f, group.length, o), el('p', { class: 'message' }, f.message));
  li.setAttribute('aria-label', `${SEVERITY_LABEL[f.severity]}: ${f.message}`);
  if (o.showSpan) li.append(el('p', { class: 'where' }, el('span', { class: 'doc' }, o.label(f.span.doc)), quoted(f.span)));
  li.append(actions(f, o), sources(f, o));
  li.addEventListener('click', (ev) => { if (!(/** @type {Element} */ (ev.target)).closest('button, summary, a')) o.onSelect?.(f, i); });
  li.addEventListener('keydown', (ev) => cardKey(ev, li, f, i, o));
  return li;
}

/**
 * Enter selects a card; arrow keys move between cards.
 * @param {KeyboardEvent} ev
 * @param {HTMLElement} li
 * @param {Finding} f
 * @param {number} i
 * @param {ViewOptions} o
 */
function cardKey(ev, li, f, i, o) {
  if (ev.target !== li) return;
  const to = ev.key === 'ArrowDown' ? li.nextElementSibling : ev.key === 'ArrowUp' ? li.previousElementSibling : null;
  if (to) { ev.preventDefault(); /** @type {HTMLElement} */ (to).focus(); }
  if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); o.onSelect?.(f, i); }
}

/**
 * The card's first line: severity (icon and word), the rule tag, the number of places.
 * @param {Finding} f
 * @param {number} places
 * @param {ViewOptions} o
 */
function head(f, places, o) {
  const tag = el('details', { class: 'rule-tag' }, el('summary', {}, f.rule), el('span', {}, o.describe(f.rule)));
  return el('div', { class: 'head' },
    el('span', { class: 'sev' }, el('span', { class: 'icon', 'aria-hidden': 'true' }, ICON[f.severity]), ` ${SEVERITY_LABEL[f.severity]}`),
    tag,
    places > 1 ? el('span', { class: 'places' }, `${places} places`) : '');
}

/**
 * @param {Finding} f
 * @param {ViewOptions} o
 */
function actions(f, o) {
  const row = el('div', { class: 'actions' });
  if (f.fix && o.onFix) {
    const fix = f.fix;
    const b = el('button', { class: 'fix', disabled: !!o.stale }, `Replace with “${fix.replacement}”`);
    b.addEventListener('click', () => o.onFix?.(f));
    row.append(b);
  } else if (f.evidence.length && o.onOpen && /^(number|quote)-/.test(f.rule)) {
    const b = el('button', { class: 'open-source' }, 'Show the sources');
    b.addEventListener('click', () => o.onOpen?.(f.evidence[0]));
    row.append(b);
  }
  if (o.onDismiss) row.append(...dismissButtons(f, o));
  return row;
}

/**
 * "Dismiss" (this occurrence) and a choice of wider scopes.
 * @param {Finding} f
 * @param {ViewOptions} o
 */
function dismissButtons(f, o) {
  const one = el('button', { class: 'ignore', title: 'Dismiss this occurrence only', disabled: !!o.stale }, 'Dismiss');
  one.addEventListener('click', () => o.onDismiss?.(f, 'occurrence'));
  const scopes = el('span', { class: 'scopes', hidden: true });
  for (const [scope, label] of /** @type {[Scope, string][]} */ ([['article', 'in this article'], ['everywhere', 'everywhere']])) {
    const b = el('button', { class: `dismiss-${scope}`, disabled: !!o.stale }, `Dismiss ${label}`);
    b.addEventListener('click', () => o.onDismiss?.(f, scope));
    scopes.append(b);
  }
  const more = el('button', { class: 'dismiss-more', 'aria-expanded': 'false' }, 'More…');
  more.setAttribute('aria-expanded', 'false');
  more.setAttribute('aria-label', 'More ways to dismiss');
  more.addEventListener('click', () => {
    scopes.hidden = !scopes.hidden;
    more.setAttribute('aria-expanded', String(!scopes.hidden));
  });
  return [one, more, scopes];
}

/**
 * The articles that say otherwise, by headline, with the count the message gives.
 * @param {Finding} f
 * @param {ViewOptions} o
 */
function sources(f, o) {
  const ev = evidenceOf(f);
  if (!ev.length) return el('span', {});
  const docs = new Set(ev.map((e) => e.doc)).size;
  const claimed = articlesClaimed(f.message);
  const heading = claimed && claimed > docs ? `Sources: ${docs} of the ${claimed} articles cited` : `Sources (${plural(docs, 'article')})`;
  const items = ev.map((e) => {
    const li = el('li', { class: 'evidence' }, el('span', { class: 'doc' }, o.label(e.doc)), quoted(e));
    if (o.onOpen) {
      const open = el('button', { class: 'open link' }, 'Open');
      open.setAttribute('aria-label', `Open ${o.label(e.doc)}`);
      open.addEventListener('click', () => o.onOpen?.(e));
      li.append(' ', open);
    }
    return li;
  });
  return el('div', { class: 'sources' }, el('p', { class: 'sources-head' }, heading), el('ul', {}, ...items));
}

/**
 * The words marked, with their context when the worker gave it.
 * @param {Span} e
 */
function quoted(e) {
  return el('span', { class: 'quote' }, e.before !== undefined ? '…' + e.before : '', el('mark', {}, e.text), e.after !== undefined ? e.after + '…' : '');
}

/** @typedef {{finding: Finding, scope: Scope}} Hidden */

/**
 * The severity filter: a checkbox per severity, with its count.
 * @param {HTMLElement} box a fieldset with a legend
 * @param {import('./render.js').Counts} counts
 * @param {Set<Severity>} set the severities shown, changed in place
 * @param {() => void} redraw
 */
export function drawFilter(box, counts, set, redraw) {
  const n = { error: counts.errors, warning: counts.warnings, info: counts.infos };
  const legend = box.querySelector('legend');
  const boxes = (/** @type {Severity[]} */ (['error', 'warning', 'info'])).map((s) => {
    const input = el('input', { type: 'checkbox', checked: set.has(s), 'data-severity': s });
    input.addEventListener('change', () => { input.checked ? set.add(s) : set.delete(s); redraw(); });
    return el('label', { class: `sev-${s}` }, input, ` ${SEVERITY_LABEL[s]}s (${n[s]})`);
  });
  box.replaceChildren(...(legend ? [legend] : []), ...boxes);
}

/**
 * "2 dismissed · Show"; when shown, each with its Undo.
 * @param {HTMLElement} box
 * @param {Hidden[]} hidden
 * @param {(f: Finding, scope: Scope) => void} onUndo
 */
export function drawDismissed(box, hidden, onUndo) {
  box.replaceChildren();
  if (!hidden.length) return;
  const open = box.dataset.open === '1';
  const toggle = el('button', { class: 'show-dismissed', 'aria-expanded': String(open) }, open ? 'Hide' : 'Show');
  toggle.addEventListener('click', () => { box.dataset.open = open ? '' : '1'; drawDismissed(box, hidden, onUndo); });
  box.append(el('span', { class: 'dismissed-count' }, `${hidden.length} dismissed`), ' ', toggle);
  if (!open) return;
  const where = { occurrence: 'here', article: 'in this article', everywhere: 'everywhere' };
  box.append(el('ul', {}, ...hidden.map(({ finding: f, scope }) => {
    const undo = el('button', { class: 'undismiss' }, 'Undo');
    undo.addEventListener('click', () => onUndo(f, scope));
    return el('li', { 'data-rule': f.rule }, `${f.message} (dismissed ${where[scope]}) `, undo);
  })));
}
