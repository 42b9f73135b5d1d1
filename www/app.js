// The page: talks to the checker in a Web Worker, renders findings and highlights.
// Article text is untrusted: it is only ever written with textContent, never as HTML.
import { CheckerClient } from './client.js';

const $ = (sel) => document.querySelector(sel);
const STORAGE_KEY = 'factcheck.corpus.v1';
const CONFIG_KEY = 'factcheck.config.v1';
const SEVERITIES = ['error', 'warning', 'info'];
// Article file extensions: a copy of the crate's `Format::EXTENSIONS`, checked against it
// (and against #files' accept attribute in index.html) by tests/extensions.rs.
const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'];
const ARTICLE_FILE = new RegExp(`\\.(${ARTICLE_EXTENSIONS.join('|')})$`, 'i');

// ---- worker RPC ----
const client = new CheckerClient();
client.onerror = (e) => status(`${e.message}. Reload the page to try again.`, true);
const call = (op, args) => client.call(op, args);

// ---- small DOM helpers ----
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('data-') || k === 'id' || k === 'title' || k === 'role') e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}
function status(msg, isError = false) {
  const s = $('#status');
  s.textContent = msg;
  s.classList.toggle('error', isError);
}

// ---- persistence: the user's changes to the seed corpus ----
function emptyState() { return { version: 1, removed: [], added: [] }; }
function validState(s) {
  return s && s.version === 1 && Array.isArray(s.removed) && Array.isArray(s.added)
    && s.removed.every((x) => typeof x === 'string')
    && s.added.every((a) => a && typeof a.id === 'string' && a.id.trim() && typeof a.text === 'string');
}
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

// ---- rendering ----
function renderMarked(container, text, findings) {
  container.replaceChildren();
  const spans = findings
    .map((f, i) => ({ start: f.span.start, end: f.span.end, f, i }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue; // overlapping: the earlier, longer mark wins
    if (s.start > pos) container.append(document.createTextNode(text.slice(pos, s.start)));
    const m = el('mark', { 'data-rule': s.f.rule, 'data-severity': s.f.severity, id: `mark-${s.i}`, title: s.f.message }, text.slice(s.start, s.end));
    m.addEventListener('click', () => focusFinding(s.i));
    container.append(m);
    pos = s.end;
  }
  container.append(document.createTextNode(text.slice(pos)));
}

function evidenceItem(e) {
  const li = el('li', { class: 'evidence' });
  li.append(el('span', { class: 'doc' }, e.doc));
  if (e.before !== undefined) li.append('…' + e.before);
  li.append(el('mark', {}, e.text));
  if (e.after !== undefined) li.append(e.after + '…');
  return li;
}

function renderFindings(container, findings, { withMarks }) {
  container.replaceChildren();
  if (!findings.length) {
    container.append(el('p', { class: 'muted' }, 'No inconsistencies found.'));
    return;
  }
  for (const sev of SEVERITIES) {
    const ofSev = findings.map((f, i) => [f, i]).filter(([f]) => f.severity === sev);
    if (!ofSev.length) continue;
    const group = el('div', { class: `group ${sev}` }, el('h3', {}, `${sev}s (${ofSev.length})`));
    const rules = [...new Set(ofSev.map(([f]) => f.rule))].sort();
    for (const rule of rules) {
      const ul = el('ul', { class: 'rule-group', 'data-group': rule });
      for (const [f, i] of ofSev.filter(([x]) => x.rule === rule)) {
        const li = el('li', { class: 'finding', 'data-rule': f.rule, 'data-severity': f.severity, id: `${container.id}-f-${i}` },
          el('div', { class: 'rule' }, `${f.rule} · ${f.span.doc}`),
          el('div', { class: 'message' }, f.message));
        if (!withMarks) li.append(evidenceItem({ ...f.span }));
        if (f.evidence.length) li.append(el('ul', {}, ...f.evidence.map(evidenceItem)));
        if (withMarks) {
          li.addEventListener('click', () => focusMark(i));
          const ignore = el('button', { class: 'ignore', title: 'Dismiss this finding from now on' }, 'Ignore');
          ignore.addEventListener('click', (ev) => { ev.stopPropagation(); dismiss(f); });
          li.append(ignore);
        }
        ul.append(li);
      }
      group.append(ul);
    }
    container.append(group);
  }
}

function focusMark(i) {
  document.querySelectorAll('.active').forEach((x) => x.classList.remove('active'));
  const m = document.getElementById(`mark-${i}`);
  const f = document.getElementById(`findings-f-${i}`);
  if (f) f.classList.add('active');
  if (m) { m.classList.add('active'); m.scrollIntoView({ block: 'center', behavior: 'smooth' }); }
}
function focusFinding(i) {
  document.querySelectorAll('.active').forEach((x) => x.classList.remove('active'));
  const f = document.getElementById(`findings-f-${i}`);
  const m = document.getElementById(`mark-${i}`);
  if (m) m.classList.add('active');
  if (f) { f.classList.add('active'); f.scrollIntoView({ block: 'center', behavior: 'smooth' }); }
}

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
  const [scan, people] = await Promise.all([call('scan'), call('people')]);
  renderFindings($('#corpus-findings'), scan.findings, { withMarks: false });
  const table = el('table', {}, el('tr', {}, el('th', {}, 'Person'), el('th', {}, 'Article'), el('th', {}, 'Written as'), el('th', {}, 'Title')));
  for (const p of people) {
    p.forms.forEach((f, k) => {
      table.append(el('tr', { 'data-person': p.name },
        el('td', {}, k === 0 ? p.name : ''), el('td', {}, f.doc), el('td', {}, `${f.name}${f.count > 1 ? ` ×${f.count}` : ''}`), el('td', {}, f.title || '')));
    });
  }
  $('#people').replaceChildren(table);
}

// ---- corpus actions ----
async function addArticle(id, text) {
  id = id.trim();
  if (!id || !text.trim()) { status('Give the article a name and some text.', true); return; }
  const list = await call('add', { id, text });
  state.added = state.added.filter((a) => a.id !== id).concat([{ id, text }]);
  state.removed = state.removed.filter((x) => x !== id);
  const saved = saveState();
  renderCorpus(list);
  await refreshCorpusViews();
  if (saved) status(`Added ${id}.`);
}
async function removeArticle(id) {
  const list = await call('remove', { id });
  const wasAdded = state.added.some((a) => a.id === id);
  state.added = state.added.filter((a) => a.id !== id);
  if (!wasAdded && !state.removed.includes(id)) state.removed.push(id);
  const saved = saveState();
  renderCorpus(list);
  await refreshCorpusViews();
  if (saved) status(`Removed ${id}.`);
}

async function exportCorpus() {
  const list = await call('articles');
  const articles = [];
  for (const a of list) articles.push({ id: a.id, text: await call('text', { id: a.id }) });
  const blob = new Blob([JSON.stringify({ version: 1, articles }, null, 2)], { type: 'application/json' });
  const a = el('a', { href: URL.createObjectURL(blob), download: 'factcheck-corpus.json' });
  document.body.append(a);
  a.click();
  a.remove();
}

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
async function importCorpus(file) {
  let articles;
  try { articles = parseImport(await file.text()); } catch (e) {
    status(`Import rejected: ${e.message}. The corpus was not changed.`, true);
    return;
  }
  for (const a of articles) {
    await call('add', { id: a.id, text: a.text });
    state.added = state.added.filter((x) => x.id !== a.id).concat([{ id: a.id, text: a.text }]);
  }
  const saved = saveState();
  renderCorpus(await call('articles'));
  await refreshCorpusViews();
  if (saved) status(`Imported ${articles.length} article(s).`);
}
async function addFiles(files) {
  for (const f of files) {
    if (!ARTICLE_FILE.test(f.name)) { status(`${f.name} skipped: only .txt, .md and .html are read.`, true); continue; }
    await addArticle(f.name, await f.text());
  }
}

// ---- check ----
async function check() {
  const text = $('#article').value;
  $('#check').disabled = true;
  status('Checking…');
  try {
    const t0 = performance.now();
    const { findings } = await call('check', { text });
    renderMarked($('#rendered'), text, findings);
    renderFindings($('#findings'), findings, { withMarks: true });
    const n = (s) => findings.filter((f) => f.severity === s).length;
    $('#summary').textContent = `${n('error')} errors, ${n('warning')} warnings, ${n('info')} infos`;
    status(`Checked in ${Math.round(performance.now() - t0)} ms.`);
  } catch (e) {
    status(`Check failed: ${e.message}`, true);
  } finally {
    $('#check').disabled = false;
  }
}

// ---- settings: the shared config format ----
let config = {};
function loadConfig() {
  try {
    const raw = localStorage.getItem(CONFIG_KEY);
    return raw ? JSON.parse(raw) : {};
  } catch (e) {
    status('The saved settings were unreadable and were not loaded.', true);
    return {};
  }
}
async function applyConfig(next, { save = true } = {}) {
  try {
    config = await call('setConfig', { config: next });
  } catch (e) {
    $('#settings-status').textContent = e.message;
    status(`Settings rejected: ${e.message}`, true);
    return false;
  }
  if (save) {
    try { localStorage.setItem(CONFIG_KEY, JSON.stringify(config)); } catch (e) {
      status('Could not save the settings in this browser; they apply to this session only.', true);
    }
  }
  renderSettings();
  await refreshCorpusViews();
  if ($('#summary').textContent) await check();
  return true;
}
async function dismiss(f) {
  const ignore = (config.ignore || []).concat([{ rule: f.rule, text: f.span.text, subject: f.subject }]);
  await applyConfig({ ...config, ignore });
  status(`Dismissed: ${f.message}`);
}
let ruleList = [];
function renderSettings() {
  const table = $('#rules');
  table.replaceChildren(el('tr', {}, el('th', {}, 'Rule'), el('th', {}, 'On'), el('th', {}, 'Severity')));
  for (const r of ruleList) {
    const setting = (config.rules || {})[r.id];
    const enabled = !(setting === 'off' || setting === false || (setting && setting.enabled === false));
    const sev = typeof setting === 'string' && setting !== 'on' && setting !== 'off' ? setting : (setting && setting.severity) || '';
    const on = el('input', { type: 'checkbox', checked: enabled, 'data-rule-toggle': r.id });
    const sel = el('select', { 'data-rule-severity': r.id }, ...['', 'error', 'warning', 'info'].map((v) => el('option', { value: v, selected: v === sev }, v || 'default')));
    table.append(el('tr', { 'data-rule': r.id }, el('td', { title: r.description }, r.id), el('td', {}, on), el('td', {}, sel)));
  }
  $('#house-people').value = (config.people || []).map((p) => p.title ? `${p.name} | ${p.title}` : p.name).join('\n');
  $('#never-flag').value = (config.neverFlag || []).join('\n');
  const ul = $('#ignored');
  ul.replaceChildren();
  (config.ignore || []).forEach((ig, k) => {
    const restore = el('button', {}, 'Restore');
    restore.addEventListener('click', () => applyConfig({ ...config, ignore: config.ignore.filter((_, j) => j !== k) }));
    ul.append(el('li', {}, el('span', {}, `${ig.rule}: “${ig.text}”`), restore));
  });
  $('#config-json').value = JSON.stringify(config, null, 2);
}
function settingsFromForm() {
  const rules = {};
  for (const r of ruleList) {
    const on = document.querySelector(`[data-rule-toggle="${r.id}"]`).checked;
    const sev = document.querySelector(`[data-rule-severity="${r.id}"]`).value;
    if (!on) rules[r.id] = 'off';
    else if (sev) rules[r.id] = sev;
  }
  const lines = (id) => $(id).value.split('\n').map((l) => l.trim()).filter(Boolean);
  const people = lines('#house-people').map((l) => {
    const [name, title] = l.split('|').map((x) => x.trim());
    return title ? { name, title } : { name };
  });
  return { people, rules, ignore: config.ignore || [], neverFlag: lines('#never-flag') };
}

// ---- wiring ----
function showView(id) {
  for (const b of document.querySelectorAll('nav button')) b.setAttribute('aria-selected', String(b.dataset.view === id));
  for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== id;
  if (corpusViewsStale && corpusViewShown()) refreshCorpusViews();
}

async function start() {
  for (const b of document.querySelectorAll('nav button')) b.addEventListener('click', () => showView(b.dataset.view));
  $('#check').addEventListener('click', check);
  $('#add-article').addEventListener('click', async () => {
    await addArticle($('#new-id').value, $('#new-text').value);
    $('#new-id').value = '';
    $('#new-text').value = '';
  });
  $('#export').addEventListener('click', exportCorpus);
  $('#import').addEventListener('change', (ev) => ev.target.files[0] && importCorpus(ev.target.files[0]));
  $('#files').addEventListener('change', (ev) => addFiles([...ev.target.files]));
  const dz = $('#dropzone');
  dz.addEventListener('dragover', (ev) => { ev.preventDefault(); dz.classList.add('over'); });
  dz.addEventListener('dragleave', () => dz.classList.remove('over'));
  dz.addEventListener('drop', (ev) => { ev.preventDefault(); dz.classList.remove('over'); addFiles([...ev.dataTransfer.files]); });

  $('#save-settings').addEventListener('click', async () => {
    if (await applyConfig(settingsFromForm())) $('#settings-status').textContent = 'Saved.';
  });
  $('#apply-json').addEventListener('click', async () => {
    let next;
    try { next = JSON.parse($('#config-json').value); } catch (e) {
      $('#settings-status').textContent = 'That is not JSON; nothing changed.';
      return;
    }
    if (await applyConfig(next)) $('#settings-status').textContent = 'Applied.';
  });

  state = loadState();
  const hadError = $('#status').classList.contains('error');
  // A newsroom ships its analysed corpus with <meta name="factcheck-index" content="corpus.index.json">.
  const index = document.querySelector('meta[name="factcheck-index"]')?.content || null;
  const { articles, failed } = await call('init', { ...state, index });
  renderCorpus(articles);
  ruleList = await call('rules');
  const saved = loadConfig();
  try { config = await call('setConfig', { config: saved }); } catch (e) {
    status(`The saved settings were not valid and were not applied: ${e.message}`, true);
    config = await call('setConfig', { config: {} });
  }
  renderSettings();
  $('#check').disabled = false;
  document.body.dataset.state = 'ready';
  if (failed.length) status(`Some saved articles could not be loaded: ${failed.join('; ')}`, true);
  else if (!hadError) status(`Ready: ${articles.length} articles in the corpus.`);
  refreshCorpusViews();
}

start().catch((e) => status(`The checker failed to start: ${e.message}. Reload the page to try again.`, true));
