// @ts-check
// The Story view: the story's fact sheet. Each claim (what is counted, what happened to
// it) with the value each article gives, and each person with the name forms and titles
// used, the disagreements the checker flags marked; exportable as CSV. Built from the
// checker's own readings: `extract` of each article (quantities with their claim key) and
// `people`, with `scan` for the disagreements. Worked out when the view is opened, with
// a progress bar, as it reads every article.
import { el } from './render.js';
import { $, field, readCorpus, status, withProgress } from './ui.js';

/** @typedef {import('./render.js').Finding} Finding */
/** @typedef {import('./client.js').Person} Person */
/** @typedef {{key: string, text: string, start: number, end: number}} Quantity */
/** @typedef {{doc: string, text: string, conflict: boolean, count: number}} Value */
/** @typedef {{key: string, label: string, values: Value[], conflict: boolean}} Claim */
/** @typedef {{name: string, forms: {doc: string, form: string, title: string, count: number}[], flags: string[]}} PersonRow */

/** Claim kinds the checker compares (dates and ranks are read but not compared). */
const COMPARED = /^(count|money|percent|measure)/;

/**
 * "person · killed" for the key "count:|person|killed"; the unit in brackets.
 * @param {string} key
 */
export function claimLabel(key) {
  const [kind, rest = ''] = key.split(':');
  const [unit, noun, predicate] = rest.split('|');
  const what = [noun || kind, predicate].filter(Boolean).join(' · ');
  return unit ? `${what} (${unit})` : what;
}

/**
 * One CSV field, quoted, and never read as a formula by a spreadsheet.
 * @param {string | number} v
 */
export function csvField(v) {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export class StoryView {
  /** @param {import('./app.js').Shared} shared */
  constructor(shared) {
    this.shared = shared;
    /** @type {{claims: Claim[], people: PersonRow[]} | null} */
    this.data = null;
  }

  stale() {
    this.data = null;
    if (!$('#view-story').hidden) this.refresh();
  }

  shown() { if (!this.data) this.refresh(); }

  async refresh() {
    $('#story-claims').textContent = 'Reading the articles…';
    const read = await withProgress('Reading the articles', (step, cancelled) => this._read(step, cancelled));
    if (!read) { $('#story-claims').textContent = 'Stopped. Open the view again to read the articles.'; return; }
    const shown = this.shared.partition(read.scan, (f) => f.span.doc).shown;
    this.data = { claims: claimsOf(read.quantities, shown), people: peopleOf(read.people, shown) };
    this.render();
    status(`The story: ${this.data.claims.length} claims, ${this.data.people.length} people.`);
  }

  /**
   * What the checker reads in each article (the compared quantities), the corpus's
   * findings and its people; null when cancelled.
   * @param {(done: number, total: number) => void} step
   * @param {() => boolean} cancelled
   */
  async _read(step, cancelled) {
    const c = this.shared.checker;
    const list = await c.articles();
    /** @type {Map<string, Quantity[]>} */
    const quantities = new Map();
    for (const [n, a] of list.entries()) {
      if (cancelled()) return null;
      const x = /** @type {{quantities: Quantity[]}} */ (await c.extract((await c.articleText(a.id)) ?? ''));
      quantities.set(a.id, x.quantities.filter((q) => COMPARED.test(q.key)));
      step(n + 1, list.length);
    }
    const read = await readCorpus(c, step, cancelled);
    return read && { quantities, scan: read.findings, people: read.people };
  }

  render() {
    if (!this.data) return;
    const q = field('#story-search').value.trim().toLowerCase();
    const all = field('#story-all').checked;
    /** @param {string} s */
    const hit = (s) => !q || s.toLowerCase().includes(q);
    const label = this.shared.labelOf;
    const claims = this.data.claims.filter((c) => (all || new Set(c.values.map((v) => v.doc)).size > 1) && hit(`${c.label} ${c.values.map((v) => `${v.text} ${label(v.doc)}`).join(' ')}`));
    $('#story-claims').replaceChildren(claims.length ? claimTable(claims, label) : el('p', { class: 'muted' }, 'No claim matches.'));
    const people = this.data.people.filter((p) => hit(`${p.name} ${p.forms.map((f) => `${f.form} ${f.title}`).join(' ')}`));
    $('#story-people').replaceChildren(people.length ? peopleTable(people) : el('p', { class: 'muted' }, 'No one matches.'));
  }

  /** The fact sheet as CSV: one line per claim value and per person form. */
  csv() {
    if (!this.data) return '';
    const label = this.shared.labelOf;
    const lines = [['kind', 'subject', 'article', 'value', 'title', 'disagreement']];
    for (const c of this.data.claims) for (const v of c.values) lines.push(['claim', c.label, label(v.doc), v.text, '', v.conflict ? 'yes' : c.conflict ? 'in this claim' : '']);
    for (const p of this.data.people) for (const f of p.forms) lines.push(['person', p.name, label(f.doc), f.form, f.title, p.flags.join('; ')]);
    return lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  wire() {
    $('#story-search').addEventListener('input', () => this.render());
    $('#story-all').addEventListener('change', () => this.render());
    $('#story-csv').addEventListener('click', () => {
      if (!this.data) return;
      const a = el('a', { href: URL.createObjectURL(new Blob([this.csv()], { type: 'text/csv' })), download: 'factcheck-story.csv' });
      document.body.append(a);
      a.click();
      a.remove();
    });
  }
}

/**
 * The claims, by key, with each article's values; a value a number-conflict finding
 * points at is marked.
 * @param {Map<string, Quantity[]>} quantities
 * @param {Finding[]} findings
 * @returns {Claim[]}
 */
function claimsOf(quantities, findings) {
  const conflicts = findings.filter((f) => f.rule === 'number-conflict');
  /** @type {Map<string, Claim>} */
  const claims = new Map();
  for (const [doc, qs] of quantities) {
    for (const q of qs) {
      const conflict = conflicts.some((f) => f.span.doc === doc && f.span.start < q.end && q.start < f.span.end);
      const c = claims.get(q.key) || { key: q.key, label: claimLabel(q.key), values: [], conflict: false };
      const same = c.values.find((v) => v.doc === doc && v.text === q.text);
      if (same) { same.count++; same.conflict ||= conflict; } else c.values.push({ doc, text: q.text, conflict, count: 1 });
      c.conflict ||= conflict;
      claims.set(q.key, c);
    }
  }
  const docs = (/** @type {Claim} */ c) => new Set(c.values.map((v) => v.doc)).size;
  return [...claims.values()].sort((a, b) => Number(b.conflict) - Number(a.conflict) || docs(b) - docs(a) || a.label.localeCompare(b.label));
}

/**
 * Each person's forms and titles, with the rules that flag them.
 * @param {Person[]} people
 * @param {Finding[]} findings
 * @returns {PersonRow[]}
 */
function peopleOf(people, findings) {
  return people.map((p) => ({
    name: p.name,
    forms: p.forms.map((f) => ({ doc: f.doc, form: f.name, title: f.title || '', count: f.count })),
    flags: [...new Set(findings.filter((f) => f.subject === p.name && /^(name|title)-/.test(f.rule)).map((f) => f.rule))],
  })).sort((a, b) => b.flags.length - a.flags.length || new Set(b.forms.map((f) => f.doc)).size - new Set(a.forms.map((f) => f.doc)).size);
}

/**
 * @param {Claim[]} claims
 * @param {(doc: string) => string} label
 */
function claimTable(claims, label) {
  const head = el('tr', {}, ...['Claim', 'What each article says', 'Status'].map((h) => el('th', { scope: 'col' }, h)));
  const rows = claims.map((c) => el('tr', { 'data-claim': c.key, class: c.conflict ? 'conflict' : '' },
    el('th', { scope: 'row' }, c.label),
    el('td', {}, el('ul', { class: 'values' }, ...c.values.map((v) => el('li', { class: v.conflict ? 'conflict' : '', 'data-doc': v.doc }, el('strong', {}, v.text), v.count > 1 ? ` ×${v.count}` : '', ` — ${label(v.doc)}`)))),
    el('td', {}, c.conflict ? el('span', { class: 'badge disagree' }, '✖ disagree') : new Set(c.values.map((v) => v.doc)).size > 1 ? 'consistent' : 'one article')));
  return el('table', { class: 'story-table' }, el('thead', {}, head), el('tbody', {}, ...rows));
}

/** @param {PersonRow[]} people */
function peopleTable(people) {
  /** @param {string[]} xs */
  const uniq = (xs) => [...new Set(xs.filter(Boolean))];
  const head = el('tr', {}, ...['Person', 'Written as', 'Titles', 'Flags'].map((h) => el('th', { scope: 'col' }, h)));
  const rows = people.map((p) => el('tr', { 'data-person': p.name, class: p.flags.length ? 'conflict' : '' },
    el('th', { scope: 'row' }, p.name),
    el('td', {}, uniq(p.forms.map((f) => f.form)).join(', ')),
    el('td', {}, uniq(p.forms.map((f) => f.title)).join(', ')),
    el('td', {}, p.flags.length ? el('span', { class: 'badge disagree' }, `✖ ${p.flags.join(', ')}`) : '')));
  return el('table', { class: 'story-table' }, el('thead', {}, head), el('tbody', {}, ...rows));
}
