// @ts-check
// The page: talks to the checker in a Web Worker; render.js draws the highlights,
// findings-view.js the findings. The Check view edits the article where it is
// highlighted (surface.js) and re-checks as typing pauses; the Story, Corpus, People and
// Settings views are in story.js, corpus-view.js and settings.js.
// Article text is untrusted: it is only ever written with textContent, never as HTML.
import { CheckerClient } from './client.js';
import { countsText, severityCounts } from './render.js';
import { drawDismissed, drawFilter, renderFindings } from './findings-view.js';
import { Surface } from './surface.js';
import { htmlToText, looksLikeHtml, metaOf, sourceLabel, headlineOf, dayLabel } from './sources.js';
import { dismissalOf, hides, loadDismissals, partition, saveDismissals } from './dismissals.js';
import { $, field, messageOf, status, wireTabs } from './ui.js';
import { CorpusView } from './corpus-view.js';
import { StoryView } from './story.js';
import { SettingsView } from './settings.js';

/** @typedef {import('./render.js').Finding} Finding */
/** @typedef {import('./render.js').Severity} Severity */
/** @typedef {import('./client.js').Config} Config */
/** @typedef {import('./client.js').Rule} Rule */
/** @typedef {import('./sources.js').Meta} Meta */
/** @typedef {import('./dismissals.js').Scope} Scope */
/** @typedef {import('./dismissals.js').Dismissal} Dismissal */

// Article file extensions: a copy of the crate's `Format::EXTENSIONS`, checked against it
// (and against #files' accept attribute in index.html) by tests/extensions.rs.
const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'];
const ARTICLE_FILE = new RegExp(`\\.(${ARTICLE_EXTENSIONS.join('|')})$`, 'i');
const DRAFT_KEY = 'factcheck.draft.v1';
const PAUSE_MS = 300;
/** Corpora up to this size have their texts kept here, to cite every article a message counts. */
const CITE_ALL_UP_TO = 200;

// ---- the checker, in a Web Worker ----
const client = new CheckerClient();
client.onerror = (e) => status(`${e.message}. Reload the page to try again.`, { error: true });
const checker = client.checker;

// ---- what every view shares ----
/** What the page knows of each article: headline, outlet, date. */
const meta = /** @type {Map<string, Meta>} */ (new Map());
/** The corpus texts, for a small corpus (see CITE_ALL_UP_TO). */
let texts = /** @type {Map<string, string> | null} */ (null);
/** @type {Rule[]} */
let ruleList = [];

const shared = {
  checker,
  /** @param {string} doc */
  labelOf: (doc) => (doc === 'article' ? 'this article' : sourceLabel(doc, meta.get(doc))),
  /** @param {string} rule */
  describe: (rule) => ruleList.find((r) => r.id === rule)?.description || '',
  dismissals: loadDismissals(),
  meta,
  /** @returns {import('./dismissals.js').Ignored[]} */
  ignore: () => settings.config.ignore || [],
  /**
   * Dismisses `f` at `scope`; `article` names the article for that scope.
   * @param {Finding} f
   * @param {Scope} scope
   * @param {string} article
   */
  dismiss: async (f, scope, article) => {
    if (scope === 'everywhere') await settings.addIgnore({ rule: f.rule, text: f.span.text, subject: f.subject });
    else { shared.dismissals.push(dismissalOf(f, scope, article)); saveDismissals(shared.dismissals); }
    const where = { occurrence: 'here', article: 'in this article', everywhere: 'everywhere' }[scope];
    await redrawAll();
    status(`Dismissed “${f.span.text}” ${where}.`, { undo: () => shared.undismiss(f, scope, article) });
  },
  /**
   * Undoes a dismissal of `f`.
   * @param {Finding} f
   * @param {Scope} scope
   * @param {string} article
   */
  undismiss: async (f, scope, article) => {
    if (scope === 'everywhere') await settings.removeIgnore(f);
    else {
      shared.dismissals = shared.dismissals.filter((d) => !(d.scope === scope && hides(d, f, article)));
      saveDismissals(shared.dismissals);
    }
    await redrawAll();
    status(`Restored “${f.span.text}”.`);
  },
  /**
   * Splits findings into shown and dismissed.
   * @param {Finding[]} findings
   * @param {(f: Finding) => string} articleOf
   */
  partition: (findings, articleOf) => partition(findings, { dismissals: shared.dismissals, ignore: shared.ignore(), articleOf }),
  /** Redraws after the corpus changed. */
  corpusChanged: async () => { await refreshMeta(); corpus.stale(); story.stale(); if (field('#article').value) await check(); },
  /**
   * Gives every evidence article a headline (reading the text of those with none).
   * @param {Finding[]} findings
   */
  ensureLabels: async (findings) => {
    const docs = new Set(findings.flatMap((f) => [f.span.doc, ...f.evidence.map((e) => e.doc)]));
    for (const d of docs) {
      if (d === 'article' || meta.get(d)?.title) continue;
      const text = texts?.get(d) ?? (await checker.articleText(d)) ?? '';
      meta.set(d, { ...metaOf(text, null), ...meta.get(d) });
    }
  },
  completeEvidence: (/** @type {Finding[]} */ fs) => completeEvidence(fs),
};
/** @typedef {typeof shared} Shared */

const settings = new SettingsView(shared, async (rulesChanged) => {
  if (rulesChanged) { corpus.stale(); story.stale(); if (field('#article').value) await check(); } else await redrawAll();
});
const corpus = new CorpusView(shared, ARTICLE_FILE);
const story = new StoryView(shared);

/**
 * Re-reads what is known of each article (headlines; the texts of a small corpus) in the
 * corpus's list as the Corpus view last read it.
 */
async function refreshMeta() {
  const list = corpus.list;
  const saved = corpus.savedMeta();
  texts = list.length <= CITE_ALL_UP_TO ? new Map() : null;
  for (const a of list) {
    const text = texts ? (await checker.articleText(a.id)) ?? '' : '';
    if (texts) texts.set(a.id, text);
    // The checker's publication day (metadata, front matter, byline or dateline) first.
    const date = dayLabel(a.published);
    meta.set(a.id, { ...(text || a.title ? metaOf(text, a.title) : {}), ...(date ? { date } : {}), ...saved.get(a.id) });
  }
  $('#corpus-count').textContent = `(${list.length})`;
  return list;
}

/**
 * Cites every article a message counts ("in 4 articles") when the checker gave fewer
 * examples: the other articles that use the same words, found in the kept texts.
 * @param {Finding[]} findings
 */
function completeEvidence(findings) {
  if (!texts) return findings;
  for (const f of findings) {
    const want = Number(f.message.match(/(?:in |\()(\d+)(?: of \d+)? articles?\b/)?.[1] || 0);
    const cited = new Set([f.span.doc, ...f.evidence.map((e) => e.doc)]);
    const words = [...new Set(f.evidence.map((e) => e.text))].filter((w) => w && w !== f.span.text);
    for (const [doc, text] of texts) {
      if (new Set(f.evidence.map((e) => e.doc)).size >= want) break;
      if (cited.has(doc)) continue;
      const w = words.find((x) => text.includes(x));
      if (w === undefined) continue;
      const start = text.indexOf(w);
      f.evidence.push({ doc, start, end: start + w.length, text: w, before: text.slice(Math.max(0, start - 70), start), after: text.slice(start + w.length, start + w.length + 70) });
      cited.add(doc);
    }
  }
  return findings;
}

// ---- the Check view ----
const surface = new Surface(/** @type {HTMLTextAreaElement} */ ($('#article')), $('#rendered'), {
  onCaret: (i) => activate(i, false),
  onEdit: () => edited(),
});
/** @type {{text: string, raw: Finding[], shown: Finding[], hidden: import('./findings-view.js').Hidden[]} | null} */
let current = null;
const severities = /** @type {Set<Severity>} */ (new Set(['error', 'warning', 'info']));
let seq = 0;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;

/** The article key of the draft, for "dismiss in this article": its headline. */
const draftKey = () => `draft:${headlineOf(field('#article').value)}`;

/**
 * Finding `i` of the editor and its card become the active pair.
 * @param {number} i
 * @param {boolean} select also select its words in the editor
 */
function activate(i, select) {
  document.querySelectorAll('.active').forEach((x) => x.classList.remove('active'));
  const m = document.getElementById(`mark-${i}`);
  const card = document.querySelector(`#findings .finding[data-indexes~="${i}"]`);
  m?.classList.add('active');
  card?.classList.add('active');
  if (select) surface.select(i);
  else if (card) reveal(/** @type {HTMLElement} */ (card));
}

/**
 * Scrolls the findings column (not the page, which holds the caret) to show `card`.
 * @param {HTMLElement} card
 */
function reveal(card) {
  const col = $('.col-findings');
  if (col.scrollHeight <= col.clientHeight) return;
  const top = card.getBoundingClientRect().top - col.getBoundingClientRect().top;
  if (top < 0 || top + card.offsetHeight > col.clientHeight) col.scrollTop += top - 12;
}

/**
 * Gives the draft's own spans their context (the words around), as the worker does for
 * corpus articles.
 * @param {Finding[]} findings
 * @param {string} text
 */
function withDraftContext(findings, text) {
  for (const f of findings) {
    if (f.span.before !== undefined) continue;
    f.span.before = text.slice(Math.max(0, f.span.start - 70), f.span.start);
    f.span.after = text.slice(f.span.end, f.span.end + 70);
  }
  return findings;
}

/**
 * Checks the editor's text; `focus` moves the focus to the results summary after.
 * @param {{focus?: boolean}} [opts]
 */
async function check({ focus = false } = {}) {
  clearTimeout(timer);
  const text = field('#article').value;
  const mine = ++seq;
  try {
    const t0 = performance.now();
    const { findings } = await checker.check(text);
    if (mine !== seq || field('#article').value !== text) return;
    await shared.ensureLabels(findings);
    current = { text, raw: completeEvidence(withDraftContext(findings, text)), shown: [], hidden: [] };
    drawCheck();
    status(`Checked in ${Math.round(performance.now() - t0)} ms: ${$('#summary').textContent}.`);
    if (focus) $('#summary').focus();
  } catch (e) {
    status(`Check failed: ${messageOf(e)}`, { error: true });
  }
}

/** Draws the current results: highlights, summary, findings, the dismissed count. */
function drawCheck() {
  if (!current) return;
  const { shown, hidden } = shared.partition(current.raw, draftKey);
  current.shown = shown;
  current.hidden = hidden;
  surface.show(shown);
  $('#summary').textContent = countsText(severityCounts(shown));
  $('#pending').hidden = true;
  drawCheckCards(false);
}

/** @param {boolean} stale */
function drawCheckCards(stale) {
  renderFindings($('#findings'), surface.findings, {
    prefix: 'findings', label: shared.labelOf, describe: shared.describe, stale, severities,
    onSelect: (_, i) => activate(i, true),
    onFix: (f) => applyFix(f),
    onDismiss: (f, scope) => shared.dismiss(f, scope, draftKey()),
    onOpen: (e) => corpus.open(e.doc, e),
  });
  drawFilter($('#check-filter'), severityCounts(surface.findings), severities, () => drawCheckCards(false));
  drawDismissed($('#check-dismissed'), current?.hidden || [], (f, scope) => shared.undismiss(f, scope, draftKey()));
}

/** The text changed: marks it touched are gone already; the rest waits for a re-check. */
function edited() {
  seq++;
  $('#summary').textContent = '';
  $('#pending').hidden = !field('#article').value;
  drawCheckCards(true);
  clearTimeout(timer);
  timer = setTimeout(() => { saveDraft(); check(); }, PAUSE_MS);
}

/** @param {Finding} f */
async function applyFix(f) {
  if (!f.fix) return;
  const { start, end, replacement } = f.fix;
  const was = field('#article').value.slice(start, end);
  surface.replace(start, end, replacement);
  saveDraft();
  await check({ focus: true });
  status(`Replaced “${was}” with “${replacement}”. ${$('#summary').textContent}.`);
}

/** Redraws every view after the dismissals changed. */
async function redrawAll() {
  drawCheck();
  corpus.redraw();
  story.stale();
}

function saveDraft() {
  try { localStorage.setItem(DRAFT_KEY, field('#article').value); } catch (e) { /* this session only */ }
}

/** @param {KeyboardEvent} ev */
function editorKey(ev) {
  if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); check({ focus: true }); return; }
  if (ev.altKey && (ev.key === 'ArrowDown' || ev.key === 'ArrowUp' || ev.key === 'F8')) {
    ev.preventDefault();
    const i = surface.neighbour(ev.key === 'ArrowUp' ? -1 : 1);
    if (i >= 0) activate(i, true);
  }
  if (ev.key === 'Escape') /** @type {HTMLElement | null} */ (document.querySelector('#findings .finding.active'))?.focus();
}

/**
 * Pasted HTML source (or a clipboard with only HTML) is read as HTML: its text goes in.
 * @param {ClipboardEvent} ev
 */
function paste(ev) {
  const plain = ev.clipboardData?.getData('text/plain') || '';
  const html = ev.clipboardData?.getData('text/html') || '';
  const source = looksLikeHtml(plain) ? plain : !plain && html ? html : '';
  if (!source) return;
  ev.preventDefault();
  surface.insert(htmlToText(source).text);
}

function wireCheck() {
  const ta = field('#article');
  $('#check').addEventListener('click', () => check({ focus: true }));
  ta.addEventListener('keydown', editorKey);
  ta.addEventListener('paste', paste);
}

/** @param {string} view */
function showView(view) {
  for (const v of document.querySelectorAll('.view')) /** @type {HTMLElement} */ (v).hidden = v.id !== view;
  if (view === 'view-corpus' || view === 'view-people') corpus.shown();
  if (view === 'view-story') story.shown();
}

async function start() {
  wireTabs($('#tabs'), showView);
  wireCheck();
  corpus.wire();
  settings.wire();
  story.wire();
  let draft = null;
  try { draft = localStorage.getItem(DRAFT_KEY); } catch (e) { /* none */ }
  if (draft) { field('#article').value = draft; surface.show([]); }
  const failed = await corpus.load();
  const articles = await refreshMeta();
  await corpus.renderList();
  ruleList = await checker.rules();
  await settings.load(ruleList);
  /** @type {HTMLButtonElement} */ ($('#check')).disabled = false;
  document.body.dataset.state = 'ready';
  if (failed.length) status(`Some saved articles could not be loaded: ${failed.join('; ')}`, { error: true });
  else if (!$('#status').classList.contains('error')) status(`Ready: ${articles.length} articles in the corpus.`);
  if (draft) check();
}

start().catch((e) => status(`The checker failed to start: ${messageOf(e)}. Reload the page to try again.`, { error: true }));
