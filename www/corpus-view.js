// @ts-check
// The Corpus and People views: the articles (open one with its highlights, add, remove
// with undo, restore the built-in ones, import and export with progress), the corpus's
// own inconsistencies (filtered, searched, a page at a time, dismissable), and each
// person one row with the forms and titles the articles use. The user's changes persist
// in localStorage. Article text is untrusted: only ever written as text.
import { el, renderHighlights, severityCounts } from './render.js';
import { drawDismissed, drawFilter, renderFindings } from './findings-view.js';
import { htmlToText, sourceLabel } from './sources.js';
import { $, ask, field, messageOf, readCorpus, status, withProgress } from './ui.js';

/** @typedef {import('./render.js').Finding} Finding */
/** @typedef {import('./render.js').Span} Span */
/** @typedef {import('./render.js').Severity} Severity */
/** @typedef {import('./client.js').Article} Article */
/** @typedef {import('./client.js').Person} Person */
/** @typedef {import('./sources.js').Meta} Meta */
/** @typedef {{id: string, text: string, meta?: Meta}} Saved */
/** @typedef {{version: 1, removed: string[], added: Saved[]}} State */

const STORAGE_KEY = 'factcheck.corpus.v1';
const PAGE = 50;
const LIST_PAGE = 200;

/** @returns {State} */
const emptyState = () => ({ version: 1, removed: [], added: [] });
/**
 * @param {any} s
 * @returns {s is State}
 */
function validState(s) {
  return s && s.version === 1 && Array.isArray(s.removed) && Array.isArray(s.added)
    && s.removed.every((/** @type {unknown} */ x) => typeof x === 'string')
    && s.added.every((/** @type {any} */ a) => a && typeof a.id === 'string' && a.id.trim() && typeof a.text === 'string');
}
/** @returns {State} */
function loadState() {
  let raw;
  try { raw = localStorage.getItem(STORAGE_KEY); } catch (e) {
    status('This browser does not allow saving the corpus; changes will last for this session only.', { error: true });
    return emptyState();
  }
  if (raw == null) return emptyState();
  try {
    const s = JSON.parse(raw);
    if (validState(s)) return s;
  } catch (e) { /* fall through */ }
  status('The saved corpus in this browser was unreadable and was not loaded. The built-in articles are in use; import an export to restore yours.', { error: true });
  return emptyState();
}

/**
 * The articles of an export, or an error saying what is wrong.
 * @param {string} raw
 * @returns {Saved[]}
 */
function parseImport(raw) {
  let data;
  try { data = JSON.parse(raw); } catch (e) { throw new Error('the file is not JSON'); }
  const articles = Array.isArray(data) ? data : data && data.articles;
  if (!Array.isArray(articles) || !articles.length) throw new Error('expected {"articles": [{"id", "text"}, …]}');
  for (const a of articles) {
    if (!a || typeof a.id !== 'string' || !a.id.trim() || typeof a.text !== 'string') throw new Error('every article needs a string "id" and "text"');
  }
  return articles;
}

/**
 * "name-2.txt" for "name.txt": an id not in `taken`.
 * @param {string} id
 * @param {Set<string>} taken
 */
function freeId(id, taken) {
  const dot = id.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [id.slice(0, dot), id.slice(dot)] : [id, ''];
  let n = 2;
  while (taken.has(`${base}-${n}${ext}`)) n++;
  return `${base}-${n}${ext}`;
}

export class CorpusView {
  /**
   * @param {import('./app.js').Shared} shared
   * @param {RegExp} articleFile the file names read as articles
   */
  constructor(shared, articleFile) {
    this.shared = shared;
    this.c = shared.checker;
    this.articleFile = articleFile;
    this.state = emptyState();
    this.isStale = true;
    /** @type {Finding[]} */
    this.scan = [];
    /** @type {Person[]} */
    this.people = [];
    /** @type {Article[]} */
    this.list = [];
    this.limit = PAGE;
    this.listLimit = LIST_PAGE;
    this.severities = /** @type {Set<Severity>} */ (new Set(['error', 'warning', 'info']));
  }

  /** Headline, outlet and date the user gave, by article id. */
  savedMeta() {
    return new Map(this.state.added.filter((a) => a.meta).map((a) => [a.id, /** @type {Meta} */ (a.meta)]));
  }

  save() {
    try { localStorage.setItem(STORAGE_KEY, JSON.stringify(this.state)); return true; } catch (e) {
      status('Could not save the corpus in this browser (storage full or blocked). Your articles are still loaded for this session: use Export JSON to keep them.', { error: true });
      return false;
    }
  }

  /**
   * The checker's corpus: a newsroom's prebuilt index when the page names one
   * (<meta name="factcheck-index" content="corpus.index.json">), else the seeds; then the
   * user's saved changes. Resolves to the articles that could not be added back.
   */
  async load() {
    this.state = loadState();
    return this._rebuild();
  }

  /** Builds the checker's corpus from the index or seeds and `state`. */
  async _rebuild() {
    const index = /** @type {HTMLMetaElement | null} */ (document.querySelector('meta[name="factcheck-index"]'))?.content;
    if (index) {
      // The worker fetches it and files it as it downloads: the page never holds it.
      await this.c.loadIndex(new URL(index, location.href).href);
    } else await this.c.withSeeds();
    for (const id of this.state.removed) await this.c.removeArticle(id);
    const failed = [];
    for (const a of this.state.added) {
      try { await this.c.addArticle(a.id, a.text); } catch (e) { failed.push(`${a.id}: ${messageOf(e)}`); }
    }
    await this.relist();
    return failed;
  }

  /** After a change to the corpus: save it, list it, redraw what reads it. */
  async changed() {
    const saved = this.save();
    await this.relist();
    await this.shared.corpusChanged();
    await this.renderList();
    return saved;
  }

  /**
   * Adds an article, asking first when one of the same name is there.
   * @param {string} id
   * @param {string} text
   * @param {Meta} [meta]
   */
  async add(id, text, meta) {
    id = id.trim();
    if (!id || !text.trim()) { status('Give the article a name and some text.', { error: true }); return false; }
    const ids = new Set((await this.c.articles()).map((a) => a.id));
    if (ids.has(id)) {
      const answer = await ask(`An article named “${id}” is already in the corpus.`, ['Replace it', 'Keep both', 'Cancel']);
      if (answer === 'Keep both') id = freeId(id, ids);
      else if (answer !== 'Replace it') { status('Nothing was added.'); return false; }
    }
    const given = Object.fromEntries(Object.entries(meta || {}).filter(([, v]) => v));
    await this._put({ id, text, ...(Object.keys(given).length ? { meta: given } : {}) });
    if (await this.changed()) status(`Added ${sourceLabel(id, this.shared.meta.get(id))}.`);
    return true;
  }

  /** @param {Saved} a */
  async _put(a) {
    await this.c.addArticle(a.id, a.text);
    this.state.added = this.state.added.filter((x) => x.id !== a.id).concat([a]);
    this.state.removed = this.state.removed.filter((x) => x !== a.id);
  }

  /**
   * Removes an article at once, with Undo beside the message.
   * @param {string} id
   */
  async remove(id) {
    const text = (await this.c.articleText(id)) ?? '';
    const label = this.shared.labelOf(id);
    const added = this.state.added.find((a) => a.id === id);
    await this.c.removeArticle(id);
    this.state.added = this.state.added.filter((a) => a.id !== id);
    if (!added && !this.state.removed.includes(id)) this.state.removed.push(id);
    const undo = async () => {
      await this.c.addArticle(id, text);
      if (added) this.state.added.push(added);
      this.state.removed = this.state.removed.filter((x) => x !== id);
      if (await this.changed()) status(`Restored ${label}.`);
    };
    if (await this.changed()) status(`Removed ${label}.`, { undo });
  }

  /** Puts back every built-in article that was removed, keeping the user's own. */
  async restoreBuiltIn() {
    const n = this.state.removed.length;
    this.state.removed = [];
    await this._rebuild();
    await this.changed();
    status(n ? `Restored ${n} built-in article(s).` : 'Every built-in article is already in the corpus.');
  }

  /** @param {File} file */
  async importFile(file) {
    let articles;
    try { articles = parseImport(await file.text()); } catch (e) {
      status(`Import rejected: ${messageOf(e)}. The corpus was not changed.`, { error: true });
      return;
    }
    articles = await this._clashes(articles);
    if (!articles) { status('Import cancelled; the corpus was not changed.'); return; }
    const done = await withProgress('Importing', async (step, cancelled) => {
      let n = 0;
      for (const a of articles) {
        if (cancelled()) break;
        await this._put({ id: a.id, text: a.text, ...(a.meta ? { meta: a.meta } : {}) });
        step(++n, articles.length);
      }
      return n;
    }, 0);
    await this.changed();
    status(done < articles.length ? `Import stopped: ${done} of ${articles.length} article(s) added.` : `Imported ${done} article(s).`);
  }

  /**
   * The imported articles to add when some have the names of articles in the corpus:
   * all (replacing), the others, or none when the user cancels.
   * @param {Saved[]} articles
   * @returns {Promise<Saved[] | null>}
   */
  async _clashes(articles) {
    const ids = new Set((await this.c.articles()).map((a) => a.id));
    const clashes = articles.filter((a) => ids.has(a.id)).length;
    if (!clashes) return articles;
    const answer = await ask(`${clashes} of the ${articles.length} imported articles have the names of articles in the corpus.`, ['Replace them', 'Skip them', 'Cancel']);
    if (answer === 'Skip them') return articles.filter((a) => !ids.has(a.id));
    return answer === 'Replace them' ? articles : null;
  }

  /** @param {File[]} files */
  async addFiles(files) {
    for (const f of files) {
      if (!this.articleFile.test(f.name)) { status(`${f.name} skipped: only .txt, .md and .html are read.`, { error: true }); continue; }
      const text = await f.text();
      await this.add(f.name, text, /\.html?$/i.test(f.name) ? htmlToText(text).meta : undefined);
    }
  }

  async exportCorpus() {
    const articles = [];
    for (const a of await this.c.articles()) articles.push({ id: a.id, text: await this.c.articleText(a.id), ...(this.shared.meta.get(a.id) ? { meta: this.shared.meta.get(a.id) } : {}) });
    const blob = new Blob([JSON.stringify({ version: 1, articles }, null, 2)], { type: 'application/json' });
    const a = el('a', { href: URL.createObjectURL(blob), download: 'factcheck-corpus.json' });
    document.body.append(a);
    a.click();
    a.remove();
  }

  // ---- the list ----
  /**
   * Reads the corpus's article list from the checker again, after a change; the list
   * (and the page's metadata, from `this.list`) is not re-read for a redraw, which on a
   * corpus of thousands costs a round trip of all their ids.
   */
  async relist() {
    this.list = await this.c.articles();
    return this.list;
  }

  /** Draws the list (as last read by `relist`), filtered by the search box. */
  async renderList() {
    const q = field('#corpus-search').value.trim().toLowerCase();
    const hits = this.list.filter((a) => !q || `${a.id} ${this.shared.labelOf(a.id)}`.toLowerCase().includes(q));
    const items = hits.slice(0, this.listLimit).map((a) => {
      const label = this.shared.labelOf(a.id);
      const rm = el('button', { class: 'remove', 'aria-label': `Remove ${label}` }, 'Remove');
      rm.addEventListener('click', () => this.remove(a.id));
      const open = el('button', { class: 'open', 'aria-label': `Open ${label}` }, 'Open');
      open.addEventListener('click', () => this.open(a.id));
      return el('li', { 'data-id': a.id }, el('span', { class: 'article-name' }, el('strong', {}, label), el('span', { class: 'file-id' }, a.id)), el('span', { class: 'buttons' }, rm, open));
    });
    $('#corpus-list').replaceChildren(...items);
    const more = $('#corpus-more');
    more.hidden = hits.length <= this.listLimit;
    more.textContent = `Show ${Math.min(LIST_PAGE, hits.length - this.listLimit)} more of ${hits.length}`;
  }

  // ---- the views that read the whole corpus ----
  // On a newsroom's corpus of thousands a scan takes a while: it is worked out only while
  // on screen, in parts (a check asked for meanwhile waits for one part, not the scan),
  // shown as the parts come with a progress bar, and Cancel stops it between parts.
  visible() { return !$('#view-corpus').hidden || !$('#view-people').hidden; }

  stale() {
    this.isStale = true;
    if (this.visible()) this.refresh();
  }

  shown() { if (this.isStale) this.refresh(); }

  async refresh() {
    this.isStale = false;
    if (!this.scan.length) $('#corpus-findings').textContent = 'Reading the corpus…';
    let drawn = 0;
    /** @param {import('./ui.js').CorpusRead} got */
    const show = async (got) => {
      await this.shared.ensureLabels(got.findings);
      this.scan = this.shared.completeEvidence(got.findings);
      this.people = got.people;
      this.redraw();
    };
    const got = await withProgress('Reading the corpus', (step, cancelled) => readCorpus(this.c, step, cancelled, async (sofar) => {
      // Redrawn at most twice a second: the parts come faster than a large list draws.
      if (Date.now() - drawn < 500) return;
      drawn = Date.now();
      await show(sofar);
    }));
    if (!got) {
      this.isStale = true;
      status('Stopped reading the corpus: what was read is shown. Open the view again to read it all.');
      if (!this.scan.length) $('#corpus-findings').textContent = 'Stopped. Open the view again to read the corpus.';
      return;
    }
    await show(got);
  }

  redraw() {
    const { shown, hidden } = this.shared.partition(this.scan, (f) => f.span.doc);
    const search = field('#corpus-search').value;
    const redraw = () => this.redraw();
    renderFindings($('#corpus-findings'), shown, {
      prefix: 'corpus-findings', label: this.shared.labelOf, describe: this.shared.describe, showSpan: true,
      severities: this.severities, search, limit: this.limit,
      onMore: () => { this.limit += PAGE; redraw(); },
      onSelect: (f) => this.open(f.span.doc, f.span),
      onDismiss: (f, scope) => this.shared.dismiss(f, scope, f.span.doc),
      onOpen: (e) => this.open(e.doc, e),
    });
    drawFilter($('#corpus-filter'), severityCounts(shown), this.severities, redraw);
    drawDismissed($('#corpus-dismissed'), hidden, (f, scope) => this.shared.undismiss(f, scope, f.span.doc));
    this.renderPeople();
  }

  renderPeople() {
    const q = field('#people-search').value.trim().toLowerCase();
    const head = el('tr', {}, ...['Person', 'Written as (articles)', 'Titles (articles)', 'Articles', 'Flagged'].map((h) => el('th', { scope: 'col' }, h)));
    const shown = this.shared.partition(this.scan, (f) => f.span.doc).shown;
    /** @param {string} name */
    const flags = (name) => [...new Set(shown.filter((f) => f.subject === name && /^(name|title)-/.test(f.rule)).map((f) => f.rule))];
    const rows = this.people.filter((p) => !q || JSON.stringify(p).toLowerCase().includes(q)).map((p) => personRow(p, flags(p.name)));
    $('#people').replaceChildren(rows.length ? el('table', { class: 'people-table' }, el('thead', {}, head), el('tbody', {}, ...rows)) : el('p', { class: 'muted' }, 'No one matches.'));
  }

  // ---- reading one article ----
  /**
   * Opens an article with its highlights (the corpus's findings on it, and `at`).
   * @param {string} id
   * @param {{start: number, end: number}} [at]
   */
  async open(id, at) {
    const text = (await this.c.articleText(id)) ?? '';
    const dialog = /** @type {HTMLDialogElement} */ ($('#reader'));
    const m = this.shared.meta.get(id);
    $('#reader-title').textContent = m?.title || id;
    $('#reader-meta').textContent = [m?.outlet, m?.date, id].filter(Boolean).join(' · ');
    const own = this.shared.partition(this.scan, (f) => f.span.doc).shown.filter((f) => f.span.doc === id);
    /** @type {Finding[]} */
    const marks = at ? [{ rule: 'source', severity: 'info', message: 'The words cited', subject: '', span: { doc: id, start: at.start, end: at.end, text: text.slice(at.start, at.end) }, evidence: [] }] : [];
    renderHighlights($('#reader-text'), text, [...marks, ...own], (mk) => { mk.tabIndex = 0; });
    renderFindings($('#reader-findings'), own, { prefix: 'reader', label: this.shared.labelOf, describe: this.shared.describe });
    if (!dialog.open) dialog.showModal();
    const first = /** @type {HTMLElement | null} */ ($('#reader-text').querySelector('mark'));
    (first || $('#reader-text')).focus();
    first?.scrollIntoView({ block: 'center' });
  }

  wire() {
    $('#add-article').addEventListener('click', async () => {
      const meta = { title: field('#new-title').value.trim(), outlet: field('#new-outlet').value.trim(), date: field('#new-date').value.trim() };
      if (await this.add(field('#new-id').value, field('#new-text').value, meta)) {
        for (const f of ['#new-id', '#new-text', '#new-title', '#new-outlet', '#new-date']) field(f).value = '';
      }
    });
    $('#export').addEventListener('click', () => this.exportCorpus());
    $('#restore-seeds').addEventListener('click', () => this.restoreBuiltIn());
    for (const b of document.querySelectorAll('[data-opens]')) b.addEventListener('click', () => $(`#${/** @type {HTMLElement} */ (b).dataset.opens}`).click());
    /** @param {Event} ev */
    const filesOf = (ev) => [.../** @type {HTMLInputElement} */ (ev.target).files || []];
    $('#import').addEventListener('change', (ev) => { const [f] = filesOf(ev); if (f) this.importFile(f); });
    $('#files').addEventListener('change', (ev) => this.addFiles(filesOf(ev)));
    const dz = $('#dropzone');
    dz.addEventListener('dragover', (ev) => { ev.preventDefault(); dz.classList.add('over'); });
    dz.addEventListener('dragleave', () => dz.classList.remove('over'));
    dz.addEventListener('drop', (ev) => { ev.preventDefault(); dz.classList.remove('over'); this.addFiles([...ev.dataTransfer?.files || []]); });
    $('#corpus-search').addEventListener('input', () => { this.renderList(); this.limit = PAGE; this.redraw(); });
    $('#people-search').addEventListener('input', () => this.renderPeople());
    $('#corpus-more').addEventListener('click', () => { this.listLimit += LIST_PAGE; this.renderList(); });
    $('#reader-close').addEventListener('click', () => /** @type {HTMLDialogElement} */ ($('#reader')).close());
  }
}

/**
 * One person, one row: the forms and titles used, with how many articles use each, and
 * the rules that flag them.
 * @param {Person} p
 * @param {string[]} flags
 */
function personRow(p, flags) {
  /** @param {(f: Person['forms'][number]) => string} key */
  const tally = (key) => {
    /** @type {Map<string, Set<string>>} */
    const m = new Map();
    for (const f of p.forms) { const k = key(f); if (k) m.set(k, (m.get(k) || new Set()).add(f.doc)); }
    return [...m].map(([k, docs]) => `${k} (${docs.size})`);
  };
  const forms = tally((f) => f.name);
  const titles = tally((f) => f.title || '');
  const docs = new Set(p.forms.map((f) => f.doc)).size;
  const flag = flags.length ? el('span', { class: 'badge disagree' }, `✖ ${flags.join(', ')}`) : '';
  return el('tr', { 'data-person': p.name, class: flags.length ? 'conflict' : '' }, el('th', { scope: 'row' }, p.name), el('td', {}, forms.join(', ')), el('td', {}, titles.join(', ')), el('td', {}, String(docs)), el('td', {}, flag));
}
