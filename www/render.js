// @ts-check
// Rendering shared by the page (app.js), the <fact-check-panel> component (and so the
// iframe embed, frame.js): highlights, findings and severity counts.
// Article text is untrusted: it is only ever written as text nodes, never as HTML.

/** @typedef {'error' | 'warning' | 'info'} Severity */
/**
 * A place in an article, offsets in UTF-16 code units. The worker adds up to 70
 * characters of context around evidence (`before`, `after`).
 * @typedef {{doc: string, start: number, end: number, text: string, before?: string, after?: string}} Span
 */
/** @typedef {{start: number, end: number, replacement: string}} Fix */
/** @typedef {{rule: string, severity: Severity, message: string, subject: string, span: Span, evidence: Span[], fix?: Fix}} Finding */
/** @typedef {{errors: number, warnings: number, infos: number}} Counts */
/** @typedef {Record<string, string | number | boolean>} Attrs */

/** @type {readonly Severity[]} */
export const SEVERITIES = ['error', 'warning', 'info'];

/**
 * An element with attributes (data-*, aria-*, id, title, role, class) or properties (the rest)
 * and children; strings become text nodes.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attrs} [attrs]
 * @param {(Node | string)[]} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = String(v);
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'id' || k === 'title' || k === 'role') e.setAttribute(k, String(v));
    else /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (e))[k] = v;
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

/**
 * How many findings of each severity.
 * @param {Finding[]} findings
 * @returns {Counts}
 */
export function severityCounts(findings) {
  /** @param {Severity} s */
  const n = (s) => findings.filter((f) => f.severity === s).length;
  return { errors: n('error'), warnings: n('warning'), infos: n('info') };
}

/**
 * "2 errors, 1 warning, 0 info", as the page's summary and the panel's status say it.
 * @param {Counts} counts
 */
export function countsText({ errors, warnings, infos }) {
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info`;
}

/**
 * "1 error", "2 errors".
 * @param {number} n
 * @param {string} word
 */
export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Writes `text` into `container` with each finding's span as a <mark data-rule
 * data-severity title>. Overlapping spans: the earlier, longer mark wins. `decorate` is
 * called with each mark and its finding's index. Returns the number of marks.
 * @param {Element} container
 * @param {string} text
 * @param {Finding[]} findings
 * @param {(mark: HTMLElement, index: number) => void} [decorate]
 */
export function renderHighlights(container, text, findings, decorate) {
  container.replaceChildren();
  let pos = 0;
  let marks = 0;
  for (const { f, i } of markedSpans(findings)) {
    if (f.span.start < pos) continue;
    if (f.span.start > pos) container.append(text.slice(pos, f.span.start));
    const m = el('mark', { 'data-rule': f.rule, 'data-severity': f.severity, title: f.message }, text.slice(f.span.start, f.span.end));
    decorate?.(m, i);
    container.append(m);
    pos = f.span.end;
    marks++;
  }
  container.append(text.slice(pos));
  return marks;
}

/**
 * The non-empty spans in text order, longer first where two start together.
 * @param {Finding[]} findings
 */
function markedSpans(findings) {
  return findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.span.end > f.span.start)
    .sort((a, b) => a.f.span.start - b.f.span.start || b.f.span.end - a.f.span.end);
}

/**
 * One finding: <li data-rule data-severity> with its label (div.rule) and message.
 * @param {Finding} f
 * @param {string} label
 * @param {Attrs} [attrs]
 */
export function findingItem(f, label, attrs = {}) {
  return el('li', { ...attrs, 'data-rule': f.rule, 'data-severity': f.severity },
    el('div', { class: 'rule' }, label),
    el('div', { class: 'message' }, f.message));
}

/**
 * A quoted place in an article: its document, the words marked, the context around.
 * @param {Span} e
 */
export function evidenceItem(e) {
  const li = el('li', { class: 'evidence' }, el('span', { class: 'doc' }, e.doc));
  if (e.before !== undefined) li.append('…' + e.before);
  li.append(el('mark', {}, e.text));
  if (e.after !== undefined) li.append(e.after + '…');
  return li;
}

/**
 * @typedef {object} GroupOptions
 * @property {boolean} [showSpan] quote the finding's own span as evidence (corpus findings)
 * @property {(li: HTMLLIElement, f: Finding, index: number) => void} [decorate] called with each item
 */

/**
 * The page's findings: grouped by severity (div.group.SEVERITY with a count), then by rule
 * (ul.rule-group[data-group]); each li.finding has the id CONTAINER-f-INDEX.
 * @param {HTMLElement} container
 * @param {Finding[]} findings
 * @param {GroupOptions} [options]
 */
export function renderFindingGroups(container, findings, options = {}) {
  container.replaceChildren();
  if (!findings.length) {
    container.append(el('p', { class: 'muted' }, 'No inconsistencies found.'));
    return;
  }
  const indexed = findings.map((f, i) => ({ f, i }));
  for (const sev of SEVERITIES) {
    const ofSev = indexed.filter(({ f }) => f.severity === sev);
    if (ofSev.length) container.append(severityGroup(container.id, sev, ofSev, options));
  }
}

/**
 * @param {string} prefix
 * @param {Severity} sev
 * @param {{f: Finding, i: number}[]} ofSev
 * @param {GroupOptions} options
 */
function severityGroup(prefix, sev, ofSev, options) {
  const group = el('div', { class: `group ${sev}` }, el('h3', {}, `${sev}s (${ofSev.length})`));
  const rules = [...new Set(ofSev.map(({ f }) => f.rule))].sort();
  for (const rule of rules) {
    const items = ofSev.filter(({ f }) => f.rule === rule).map(({ f, i }) => groupItem(prefix, f, i, options));
    group.append(el('ul', { class: 'rule-group', 'data-group': rule }, ...items));
  }
  return group;
}

/**
 * @param {string} prefix
 * @param {Finding} f
 * @param {number} i
 * @param {GroupOptions} options
 */
function groupItem(prefix, f, i, { showSpan = false, decorate }) {
  const li = findingItem(f, `${f.rule} · ${f.span.doc}`, { class: 'finding', id: `${prefix}-f-${i}` });
  if (showSpan) li.append(evidenceItem({ ...f.span }));
  if (f.evidence.length) li.append(el('ul', {}, ...f.evidence.map(evidenceItem)));
  decorate?.(li, f, i);
  return li;
}

/**
 * The panel's findings: one flat list in the checker's order, each labelled "severity · rule".
 * @param {Element} list
 * @param {Finding[]} findings
 */
export function renderFindingList(list, findings) {
  list.replaceChildren(...findings.map((f) => findingItem(f, `${f.severity} · ${f.rule}`)));
}

/** @typedef {Finding} FixableFinding */
/** @typedef {'article' | 'everywhere'} DismissScope */
/**
 * @typedef {object} DetailActions
 * @property {(f: FixableFinding, index: number) => void} [onFix] called by a finding's Fix button (shown when it has a fix)
 * @property {(f: Finding, scope: DismissScope, index: number) => void} [onDismiss] called by its Dismiss buttons
 * @property {DismissScope[]} [scopes] the Dismiss buttons to show (default both)
 */

/** The labels of the dismiss buttons, by scope. */
export const DISMISS_LABELS = /** @type {const} */ ({
  article: ['Dismiss here', 'Dismiss this finding in this article only'],
  everywhere: ['Dismiss everywhere', 'Dismiss this finding in every article (added to the settings’ ignore list)'],
});

/**
 * What a dismissal matches: rule, flagged text and subject (as the config's `ignore` does).
 * @param {Finding} f
 */
export function dismissKey(f) {
  return `${f.rule}\u0000${f.span.text}\u0000${f.subject}`;
}

/**
 * A finding's fix as one line: “Senator” → “Secretary of State”.
 * @param {string} text the checked article
 * @param {Fix} fix
 */
export function fixText(text, fix) {
  return `“${text.slice(fix.start, fix.end)}” → “${fix.replacement}”`;
}

/**
 * The panel's findings with what an editor acts on: like renderFindingList, and each item
 * also lists its evidence (evidenceItem), a Fix button (button.fix) when the finding has
 * a fix, and Dismiss buttons (button.dismiss[data-scope]) for the scopes given.
 * @param {Element} list
 * @param {FixableFinding[]} findings
 * @param {string} text the checked article (to show what a fix replaces)
 * @param {DetailActions} [actions]
 */
export function renderFindingDetails(list, findings, text, actions = {}) {
  const scopes = actions.scopes ?? /** @type {DismissScope[]} */ (['article', 'everywhere']);
  list.replaceChildren(...findings.map((f, i) => {
    const li = findingItem(f, `${f.severity} · ${f.rule}`, { class: 'finding' });
    if (f.evidence.length) li.append(el('ul', { class: 'evidence-list' }, ...f.evidence.map(evidenceItem)));
    const bar = el('div', { class: 'actions' });
    const { onFix, onDismiss } = actions;
    if (f.fix && onFix) {
      const fix = f.fix;
      const b = el('button', { class: 'fix', type: 'button', title: `Replace ${fixText(text, fix)}` }, `Fix: ${fix.replacement}`);
      b.addEventListener('click', () => onFix(f, i));
      bar.append(b);
    }
    if (onDismiss) {
      for (const scope of scopes) {
        const [label, title] = DISMISS_LABELS[scope];
        const b = el('button', { class: 'dismiss', type: 'button', 'data-scope': scope, title }, label);
        b.addEventListener('click', () => onDismiss(f, scope, i));
        bar.append(b);
      }
    }
    if (bar.childElementCount) li.append(bar);
    return li;
  }));
}
