// @ts-check
// The page: talks to the checker in a Web Worker; render.js draws findings and highlights.
// Article text is untrusted: it is only ever written with textContent, never as HTML.
import { CheckerClient } from './client.js';
import { countsText, el, renderFindingGroups, renderHighlights, severityCounts } from './render.js';

/** @typedef {import('./render.js').Finding} Finding */
/** @typedef {import('./client.js').Article} Article */
/** @typedef {import('./client.js').Config} Config */
/** @typedef {import('./client.js').Person} Person */
/** @typedef {import('./client.js').Rule} Rule */
/** @typedef {{id: string, text: string}} Saved */
/** @typedef {{version: 1, removed: string[], added: Saved[]}} State */

/**
 * The page's element for `sel` (index.html has every one asked for).
 * @param {string} sel
 */
const $ = (sel) => /** @type {HTMLElement} */ (document.querySelector(sel));
/**
 * A form field of the page.
 * @param {string} sel
 */
const field = (sel) => /** @type {HTMLInputElement} */ ($(sel));
const STORAGE_KEY = 'factcheck.corpus.v1';
const CONFIG_KEY = 'factcheck.config.v1';
// Article file extensions: a copy of the crate's `Format::EXTENSIONS`, checked against it
// (and against #files' accept attribute in index.html) by tests/extensions.rs.
const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'];
const ARTICLE_FILE = new RegExp(`\\.(${ARTICLE_EXTENSIONS.join('|')})$`, 'i');

// ---- the checker, in a Web Worker ----
const client = new CheckerClient();
client.onerror = (e) => status(`${e.message}. Reload the page to try again.`, true);
const checker = client.checker;

/** @param {unknown} e */
const messageOf = (e) => (e instanceof Error ? e.message : String(e));

/**
 * @param {string} msg
 * @param {boolean} [isError]
 */
function status(msg, isError = false) {
  const s = $('#status');
  s.textContent = msg;
  s.classList.toggle('error', isError);
}

// ---- persistence: the user's changes to the seed corpus ----
/** @returns {State} */
function emptyState() { return { version: 1, removed: [], added: [] }; }
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
    status('This browser does not allow saving the corpus; changes will last for this session only.', true);
    return emptyState();
  }
  if (raw == null) return emptyState();
  try {
    const s = JSON.parse(raw);
    if (validState(s)) return s;
  } catch (e) { /* fall through */ }
  status('The saved corpus in this browser was unreadable and was not loaded. The built-in articles are in use; import an export to restore yours.', true);
  return emptyState();
}
let state = emptyState();
function saveState() {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    return true;
  } catch (e) {
    status('Could not save the corpus in this browser (storage full or blocked). Your articles are still loaded for this session: use Export JSON to keep them.', true);
    return false;
  }
}
/**
 * Remembers an added article (replacing one of the same id).
 * @param {Saved} a
 */
function rememberAdded(a) {
  state.added = state.added.filter((x) => x.id !== a.id).concat([{ id: a.id, text: a.text }]);
}

// ---- a finding and its highlight, linked both ways ----
/**
 * Marks finding `i` and its highlight as active and scrolls to one of them.
 * @param {number} i
 * @param {'mark' | 'finding'} scrollTo
 */
function focusPair(i, scrollTo) {
  document.querySelectorAll('.active').forEach((x) => x.classList.remove('active'));
  const m = document.getElementById(`mark-${i}`);
  const f = document.getElementById(`findings-f-${i}`);
  m?.classList.add('active');
  f?.classList.add('active');
  (scrollTo === 'mark' ? m : f)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
/**
 * @param {HTMLElement} m
 * @param {number} i
 */
function linkMark(m, i) {
  m.id = `mark-${i}`;
  m.addEventListener('click', () => focusPair(i, 'finding'));
}
/**
 * A checked finding: clicking it shows its highlight; its Ignore button dismisses it.
 * @param {HTMLLIElement} li
 * @param {Finding} f
 * @param {number} i
 */
function linkFinding(li, f, i) {
  li.addEventListener('click', () => focusPair(i, 'mark'));
  const ignore = el('button', { class: 'ignore', title: 'Dismiss this finding from now on' }, 'Ignore');
  ignore.addEventListener('click', (ev) => { ev.stopPropagation(); dismiss(f); });
  li.append(ignore);
}

// ---- corpus ----
/** @param {Article[]} list */
function renderCorpus(list) {
  $('#corpus-count').textContent = `(${list.length})`;
  const ul = $('#corpus-list');
  ul.replaceChildren();
  for (const a of list) {
    const rm = el('button', { class: 'remove', title: `Remove ${a.id}` }, 'Remove');
    rm.addEventListener('click', () => removeArticle(a.id));
    ul.append(el('li', { 'data-id': a.id }, el('span', {}, el('strong', {}, a.id), a.title ? ` — ${a.title}` : ''), rm));
  }
}

/** @param {Person[]} people */
function renderPeople(people) {
  const table = el('table', {}, el('tr', {}, el('th', {}, 'Person'), el('th', {}, 'Article'), el('th', {}, 'Written as'), el('th', {}, 'Title')));
  for (const p of people) {
    p.forms.forEach((f, k) => {
      table.append(el('tr', { 'data-person': p.name },
        el('td', {}, k === 0 ? p.name : ''), el('td', {}, f.doc), el('td', {}, `${f.name}${f.count > 1 ? ` ×${f.count}` : ''}`), el('td', {}, f.title || '')));
    });
  }
  $('#people').replaceChildren(table);
}

// The corpus views (its inconsistencies, its people) read every article: on a newsroom's
// corpus of thousands that takes a while, and a check asked for meanwhile would wait
// behind it. So they are computed only while one of them is on screen, and again when
// the corpus or the settings change.
let corpusViewsStale = true;
function corpusViewShown() {
  return !$('#view-corpus').hidden || !$('#view-people').hidden;
}

async function refreshCorpusViews() {
  corpusViewsStale = true;
  if (!corpusViewShown()) return;
  corpusViewsStale = false;
  if (!$('#corpus-findings').hasChildNodes()) $('#corpus-findings').textContent = 'Reading the corpus…';
  const [scan, people] = await Promise.all([checker.scan(), checker.people()]);
  renderFindingGroups($('#corpus-findings'), scan.findings, { showSpan: true });
  renderPeople(people);
}

/**
 * After a change to the corpus: save it, list it, refresh the views, say `done`.
 * @param {string} done
 */
async function corpusChanged(done) {
  const saved = saveState();
  renderCorpus(await checker.articles());
  await refreshCorpusViews();
  if (saved) status(done);
}

// ---- corpus actions ----
/**
 * @param {string} id
 * @param {string} text
 */
async function addArticle(id, text) {
  id = id.trim();
  if (!id || !text.trim()) { status('Give the article a name and some text.', true); return; }
  await checker.addArticle(id, text);
  rememberAdded({ id, text });
  state.removed = state.removed.filter((x) => x !== id);
  await corpusChanged(`Added ${id}.`);
}
/** @param {string} id */
async function removeArticle(id) {
  await checker.removeArticle(id);
  const wasAdded = state.added.some((a) => a.id === id);
  state.added = state.added.filter((a) => a.id !== id);
  if (!wasAdded && !state.removed.includes(id)) state.removed.push(id);
  await corpusChanged(`Removed ${id}.`);
}

async function exportCorpus() {
  const list = await checker.articles();
  const articles = [];
  for (const a of list) articles.push({ id: a.id, text: await checker.articleText(a.id) });
  const blob = new Blob([JSON.stringify({ version: 1, articles }, null, 2)], { type: 'application/json' });
  const a = el('a', { href: URL.createObjectURL(blob), download: 'factcheck-corpus.json' });
  document.body.append(a);
  a.click();
  a.remove();
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
/** @param {File} file */
async function importCorpus(file) {
  let articles;
  try { articles = parseImport(await file.text()); } catch (e) {
    status(`Import rejected: ${messageOf(e)}. The corpus was not changed.`, true);
    return;
  }
  for (const a of articles) {
    await checker.addArticle(a.id, a.text);
    rememberAdded(a);
  }
  await corpusChanged(`Imported ${articles.length} article(s).`);
}
/** @param {File[]} files */
async function addFiles(files) {
  for (const f of files) {
    if (!ARTICLE_FILE.test(f.name)) { status(`${f.name} skipped: only .txt, .md and .html are read.`, true); continue; }
    await addArticle(f.name, await f.text());
  }
}

// ---- check ----
async function check() {
  const text = field('#article').value;
  const button = /** @type {HTMLButtonElement} */ ($('#check'));
  button.disabled = true;
  status('Checking…');
  try {
    const t0 = performance.now();
    const { findings } = await checker.check(text);
    renderHighlights($('#rendered'), text, findings, linkMark);
    renderFindingGroups($('#findings'), findings, { decorate: linkFinding });
    $('#summary').textContent = countsText(severityCounts(findings));
    status(`Checked in ${Math.round(performance.now() - t0)} ms.`);
  } catch (e) {
    status(`Check failed: ${messageOf(e)}`, true);
  } finally {
    button.disabled = false;
  }
}

// ---- settings: the shared config format ----
/** @type {Config} */
let config = {};
/** @returns {Config} */
function loadConfig() {
  try {
    const raw = localStorage.getItem(CONFIG_KEY);
    return raw ? JSON.parse(raw) : {};
  } catch (e) {
    status('The saved settings were unreadable and were not loaded.', true);
    return {};
  }
}
/**
 * Hands the settings to the checker; `config` becomes the checker's reading of them.
 * @param {Config} next
 */
async function setConfig(next) {
  await checker.setConfig(next);
  config = await checker.config();
}
/**
 * Applies new settings, saves them, and redraws what they change.
 * @param {Config} next
 */
async function applyConfig(next) {
  try {
    await setConfig(next);
  } catch (e) {
    $('#settings-status').textContent = messageOf(e);
    status(`Settings rejected: ${messageOf(e)}`, true);
    return false;
  }
  try { localStorage.setItem(CONFIG_KEY, JSON.stringify(config)); } catch (e) {
    status('Could not save the settings in this browser; they apply to this session only.', true);
  }
  renderSettings();
  await refreshCorpusViews();
  if ($('#summary').textContent) await check();
  return true;
}
/** @param {Finding} f */
async function dismiss(f) {
  const ignore = (config.ignore || []).concat([{ rule: f.rule, text: f.span.text, subject: f.subject }]);
  await applyConfig({ ...config, ignore });
  status(`Dismissed: ${f.message}`);
}
/** @type {Rule[]} */
let ruleList = [];

/**
 * Whether a rule is on, and the severity it is given ('' for its default).
 * @param {import('./client.js').RuleSetting | undefined} setting
 */
function ruleState(setting) {
  const obj = setting && typeof setting === 'object' ? setting : null;
  const enabled = !(setting === 'off' || setting === false || obj?.enabled === false);
  const sev = typeof setting === 'string' && setting !== 'on' && setting !== 'off' ? setting : obj?.severity || '';
  return { enabled, sev };
}
/** @param {Rule} r */
function ruleRow(r) {
  const { enabled, sev } = ruleState((config.rules || {})[r.id]);
  const on = el('input', { type: 'checkbox', checked: enabled, 'data-rule-toggle': r.id });
  const sel = el('select', { 'data-rule-severity': r.id }, ...['', 'error', 'warning', 'info'].map((v) => el('option', { value: v, selected: v === sev }, v || 'default')));
  return el('tr', { 'data-rule': r.id }, el('td', { title: r.description }, r.id), el('td', {}, on), el('td', {}, sel));
}
function renderIgnored() {
  const ul = $('#ignored');
  ul.replaceChildren();
  (config.ignore || []).forEach((ig, k) => {
    const restore = el('button', {}, 'Restore');
    restore.addEventListener('click', () => applyConfig({ ...config, ignore: (config.ignore || []).filter((_, j) => j !== k) }));
    ul.append(el('li', {}, el('span', {}, `${ig.rule}: “${ig.text}”`), restore));
  });
}
function renderSettings() {
  const table = $('#rules');
  table.replaceChildren(el('tr', {}, el('th', {}, 'Rule'), el('th', {}, 'On'), el('th', {}, 'Severity')), ...ruleList.map(ruleRow));
  field('#house-people').value = (config.people || []).map((p) => p.title ? `${p.name} | ${p.title}` : p.name).join('\n');
  field('#never-flag').value = (config.neverFlag || []).join('\n');
  renderIgnored();
  field('#config-json').value = JSON.stringify(config, null, 2);
}
/** @returns {Config} */
function settingsFromForm() {
  /** @type {Record<string, import('./client.js').RuleSetting>} */
  const rules = {};
  for (const r of ruleList) {
    const on = field(`[data-rule-toggle="${r.id}"]`).checked;
    const sev = field(`[data-rule-severity="${r.id}"]`).value;
    if (!on) rules[r.id] = 'off';
    else if (sev) rules[r.id] = /** @type {import('./client.js').RuleSetting} */ (sev);
  }
  /** @param {string} id */
  const lines = (id) => field(id).value.split('\n').map((l) => l.trim()).filter(Boolean);
  const people = lines('#house-people').map((l) => {
    const [name, title] = l.split('|').map((x) => x.trim());
    return title ? { name, title } : { name };
  });
  return { people, rules, ignore: config.ignore || [], neverFlag: lines('#never-flag') };
}

// ---- wiring ----
/** @param {string} id */
function showView(id) {
  for (const b of document.querySelectorAll('nav button')) b.setAttribute('aria-selected', String(/** @type {HTMLElement} */ (b).dataset.view === id));
  for (const v of document.querySelectorAll('.view')) /** @type {HTMLElement} */ (v).hidden = v.id !== id;
  if (corpusViewsStale && corpusViewShown()) refreshCorpusViews();
}

/**
 * The files of a file input's change event.
 * @param {Event} ev
 */
const filesOf = (ev) => [.../** @type {HTMLInputElement} */ (ev.target).files || []];

function wireCorpus() {
  $('#add-article').addEventListener('click', async () => {
    await addArticle(field('#new-id').value, field('#new-text').value);
    field('#new-id').value = '';
    field('#new-text').value = '';
  });
  $('#export').addEventListener('click', exportCorpus);
  $('#import').addEventListener('change', (ev) => { const [f] = filesOf(ev); if (f) importCorpus(f); });
  $('#files').addEventListener('change', (ev) => addFiles(filesOf(ev)));
  const dz = $('#dropzone');
  dz.addEventListener('dragover', (ev) => { ev.preventDefault(); dz.classList.add('over'); });
  dz.addEventListener('dragleave', () => dz.classList.remove('over'));
  dz.addEventListener('drop', (ev) => { ev.preventDefault(); dz.classList.remove('over'); addFiles([...ev.dataTransfer?.files || []]); });
}

function wireSettings() {
  $('#save-settings').addEventListener('click', async () => {
    if (await applyConfig(settingsFromForm())) $('#settings-status').textContent = 'Saved.';
  });
  $('#apply-json').addEventListener('click', async () => {
    let next;
    try { next = JSON.parse(field('#config-json').value); } catch (e) {
      $('#settings-status').textContent = 'That is not JSON; nothing changed.';
      return;
    }
    if (await applyConfig(next)) $('#settings-status').textContent = 'Applied.';
  });
}

/**
 * The checker's corpus: a newsroom's prebuilt index when the page names one
 * (<meta name="factcheck-index" content="corpus.index.json">), else the seeds; then the
 * user's saved changes. Resolves to the articles that could not be added back.
 */
async function loadCorpus() {
  const index = /** @type {HTMLMetaElement | null} */ (document.querySelector('meta[name="factcheck-index"]'))?.content;
  if (index) await checker.fromIndex(await fetchIndex(index));
  else await checker.withSeeds();
  for (const id of state.removed) await checker.removeArticle(id);
  const failed = [];
  for (const a of state.added) {
    try { await checker.addArticle(a.id, a.text); } catch (e) { failed.push(`${a.id}: ${messageOf(e)}`); }
  }
  return failed;
}
/** @param {string} index */
async function fetchIndex(index) {
  const res = await fetch(new URL(index, location.href));
  if (!res.ok) throw new Error(`the corpus index ${index} could not be loaded (HTTP ${res.status})`);
  return res.text();
}

/** The saved settings, or none when the checker refuses them. */
async function loadSettings() {
  ruleList = await checker.rules();
  try { await setConfig(loadConfig()); } catch (e) {
    status(`The saved settings were not valid and were not applied: ${messageOf(e)}`, true);
    await setConfig({});
  }
  renderSettings();
}

async function start() {
  for (const b of document.querySelectorAll('nav button')) b.addEventListener('click', () => showView(/** @type {HTMLElement} */ (b).dataset.view || ''));
  $('#check').addEventListener('click', check);
  wireCorpus();
  wireSettings();
  state = loadState();
  const hadError = $('#status').classList.contains('error');
  const failed = await loadCorpus();
  const articles = await checker.articles();
  renderCorpus(articles);
  await loadSettings();
  /** @type {HTMLButtonElement} */ ($('#check')).disabled = false;
  document.body.dataset.state = 'ready';
  if (failed.length) status(`Some saved articles could not be loaded: ${failed.join('; ')}`, true);
  else if (!hadError) status(`Ready: ${articles.length} articles in the corpus.`);
  refreshCorpusViews();
}

start().catch((e) => status(`The checker failed to start: ${messageOf(e)}. Reload the page to try again.`, true));
