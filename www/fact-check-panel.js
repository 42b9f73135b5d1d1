// @ts-check
// <fact-check-panel>: the checker as a custom element for newsroom CMSs.
//
//   <textarea id="body"></textarea>
//   <fact-check-panel for="body" mode="auto"></fact-check-panel>
//   <script type="module" src="fact-check-panel.js"></script>
//
// Attributes
//   for       id of the element to check: a <textarea>, an <input>, or a contenteditable element
//   mode      "manual" (a Check button, the default) or "auto" (checks when typing pauses)
//   delay     the pause, in ms, before an automatic check (default 700)
//   config    house style and rule settings as JSON (the format of `factcheck --config`)
//   no-seeds  start with an empty corpus instead of the built-in seed articles
//   worker-url, wasm-url   where worker.js and factcheck_bg.wasm are served, when a bundler or
//             a CDN moves them (default: beside this module; FactCheckPanel.workerUrl and
//             .wasmUrl set them for every panel)
// Properties and methods
//   .target   an element, or an editor adapter {getText(), onChange(cb), setHighlights?(findings, text),
//             applyFix?(fix, finding)}
//   .config   the settings as an object; .setConfig(cfg) resolves once applied, rejects when invalid
//   .findings the last findings (dismissed ones left out)
//   .check(text?)  checks now (the target's text, or `text`); resolves to the findings
//   .applyFix(finding)   applies a finding's fix through the target (textarea, input, adapter)
//   .dismiss(finding, 'article' | 'everywhere')   hides it here, or adds it to config.ignore
//   .addArticle(id, text) / .removeArticle(id)   change the corpus
// Events (all bubble and cross shadow roots)
//   findings-changed   detail: {findings, errors, warnings, infos}
//   error              detail: {message}: a config the checker rejects, a check or load failure;
//                      the message stays shown until a config is accepted
//   finding-dismissed  detail: {finding, scope}
//   config-changed     detail: {config}: the settings after a dismissal "everywhere", to save
// The panels of a page share one worker (CheckerClient.shared), each with a checker of its own.
//
// Server-side rendering: importing this module where there is no DOM defines nothing and
// throws nothing.
//
// Severity colours come from the custom properties --fc-error, --fc-warning, --fc-info
// (borders) and --fc-error-bg, --fc-warning-bg, --fc-info-bg (highlights), so a host page
// restyles them with e.g. `fact-check-panel { --fc-error: #900; }`.
//
// Article text is rendered as text only (render.js); offsets are UTF-16, as JavaScript
// strings are.

import { CheckerClient } from './client.js';
import { countsText, dismissKey, renderFindingDetails, renderHighlights, severityCounts } from './render.js';

/** @typedef {import('./render.js').FixableFinding} Finding */
/** @typedef {import('./render.js').Fix} Fix */
/** @typedef {import('./render.js').DismissScope} DismissScope */
/** @typedef {import('./client.js').Config} Config */
/**
 * An editor the panel can check: text out, change notifications in, highlights back, and
 * fixes applied (`applyFix` returns false when the text changed since the check).
 * @typedef {{getText(): string, onChange?(callback: () => void): void,
 *   setHighlights?(findings: Finding[], text: string): void,
 *   applyFix?(fix: Fix, finding: Finding): boolean}} EditorAdapter
 */

const STYLE = `
:host { display: block; font: 14px/1.45 system-ui, sans-serif; border: 1px solid #ccc; border-radius: 6px; background: #fff; color: #1b1b1b; }
header { display: flex; gap: 8px; align-items: center; padding: 6px 10px; border-bottom: 1px solid #eee; }
header strong { flex: 1; }
button { font: inherit; padding: 3px 12px; border: 1px solid #1d4ed8; background: #1d4ed8; color: #fff; border-radius: 4px; cursor: pointer; }
button:disabled { opacity: .5; }
.status { color: #555; font-size: 12px; }
.preview { white-space: pre-wrap; padding: 8px 10px; max-height: 240px; overflow: auto; border-bottom: 1px solid #eee; }
.preview:empty { display: none; }
ul { list-style: none; margin: 0; padding: 6px 10px; max-height: 320px; overflow: auto; }
li { margin: 4px 0; padding: 4px 8px; border-left: 4px solid #999; background: #fafaf7; }
li[data-severity="error"] { border-color: var(--fc-error, #b91c1c); } li[data-severity="warning"] { border-color: var(--fc-warning, #b45309); } li[data-severity="info"] { border-color: var(--fc-info, #1d4ed8); }
.rule { font: 11px ui-monospace, monospace; color: #555; }
.error { display: none; margin: 0; padding: 6px 10px; background: #fef2f2; color: #991b1b; border-bottom: 1px solid #fecaca; }
.error.shown { display: block; }
ul.evidence-list { margin: 4px 0 0; padding: 0 0 0 8px; max-height: none; }
li.evidence { border: 0; background: none; padding: 0; margin: 2px 0; font-size: 12px; color: #444; }
li.evidence .doc { font: 11px ui-monospace, monospace; color: #666; margin-right: 6px; }
.actions { display: flex; gap: 6px; margin-top: 4px; }
.actions button { padding: 1px 8px; font-size: 12px; background: #fff; color: #1d4ed8; }
mark[data-severity="error"] { background: var(--fc-error-bg, #fecaca); } mark[data-severity="warning"] { background: var(--fc-warning-bg, #fde68a); } mark[data-severity="info"] { background: var(--fc-info-bg, #dbeafe); }
`;

/**
 * The adapter of a <textarea>, an <input> or a contenteditable element.
 * @param {HTMLElement} el
 * @returns {EditorAdapter}
 */
function textAdapter(el) {
  const field = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el : null;
  /** @type {EditorAdapter} */
  const adapter = {
    getText: () => (field ? field.value : el.textContent ?? ''),
    onChange: (cb) => el.addEventListener('input', cb),
  };
  if (field) {
    adapter.applyFix = (fix, finding) => {
      if (field.value.slice(finding.span.start, finding.span.end) !== finding.span.text) return false;
      field.setRangeText(fix.replacement, fix.start, fix.end, 'end');
      field.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    };
  }
  return adapter;
}

/**
 * @param {EditorAdapter | HTMLElement} t
 * @returns {t is EditorAdapter}
 */
function isAdapter(t) {
  return typeof (/** @type {Partial<EditorAdapter>} */ (t)).getText === 'function';
}

/**
 * The panel's stylesheet: constructed, so the component works under a CSP without
 * 'unsafe-inline'; a <style> element (returned) where constructed sheets are missing.
 * @param {ShadowRoot} root
 * @returns {HTMLStyleElement | null}
 */
function adoptStyle(root) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
    return null;
  } catch (e) {
    const style = document.createElement('style');
    style.textContent = STYLE;
    return style;
  }
}

// Where there is no DOM (server-side rendering), a stand-in base class: the module loads,
// and nothing is defined.
const Base = /** @type {typeof HTMLElement} */ (typeof HTMLElement === 'undefined' ? class {} : HTMLElement);

export class FactCheckPanel extends Base {
  static get observedAttributes() { return ['for', 'config', 'mode']; }

  constructor() {
    super();
    /** @type {Finding[]} the last findings */
    this.findings = [];
    /** @type {Config | null} */
    this._config = null;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    this._timer = undefined;
    this._seq = 0;
    /** @type {CheckerClient | null} */
    this._client = null;
    /** @type {Promise<unknown>} settles once the checker is set up */
    this._ready = Promise.resolve();
    /** @type {EditorAdapter | HTMLElement | undefined} */
    this._explicitTarget = undefined;
    /** @type {EditorAdapter | HTMLElement | undefined} */
    this._target = undefined;
    /** @type {EditorAdapter | HTMLElement | undefined} */
    this._boundTo = undefined;
    /** @type {EditorAdapter | undefined} */
    this._adapter = undefined;
    /** @type {Finding[]} every finding of the last check, dismissed ones too */
    this._all = [];
    this._text = '';
    /** @type {Set<string>} findings dismissed in this article (dismissKey) */
    this.dismissed = new Set();
    const root = this.attachShadow({ mode: 'open' });
    const style = adoptStyle(root);
    this._button = document.createElement('button');
    this._button.textContent = 'Check';
    this._button.setAttribute('part', 'check');
    this._status = document.createElement('span');
    this._status.className = 'status';
    const title = document.createElement('strong');
    title.textContent = 'Fact check';
    const header = document.createElement('header');
    header.append(title, this._status, this._button);
    this._error = document.createElement('p');
    this._error.className = 'error';
    this._error.setAttribute('role', 'alert');
    this._error.setAttribute('part', 'error');
    this._preview = document.createElement('div');
    this._preview.className = 'preview';
    this._list = document.createElement('ul');
    this._list.setAttribute('part', 'findings');
    if (style) root.append(style);
    root.append(header, this._error, this._preview, this._list);
    this._button.addEventListener('click', () => this.check());
  }

  connectedCallback() {
    if (!this._client) this._start();
    this._bind();
  }

  /** Starts a checker in the page's shared worker with the seeds (or none) and the settings. */
  _start() {
    const ctor = /** @type {typeof FactCheckPanel} */ (this.constructor);
    const client = CheckerClient.shared({
      workerUrl: this.getAttribute('worker-url') || ctor.workerUrl || undefined,
      wasmUrl: this.getAttribute('wasm-url') || ctor.wasmUrl || undefined,
    });
    this._client = client;
    client.onerror = (e) => this._fail(e.message);
    const corpus = this.hasAttribute('no-seeds') ? client.checker.new() : client.checker.withSeeds();
    this._ready = corpus.then(async () => {
      const cfg = this._config ?? this._configFromAttribute();
      if (cfg) await this._setRemoteConfig(cfg).catch(() => {});
      this.dataset.state = 'ready';
      if (!this._error.textContent) this._setStatus('ready');
    }, (e) => this._fail(e.message));
  }

  disconnectedCallback() {
    clearTimeout(this._timer);
    this._client?.terminate();
    this._client = null;
  }

  /**
   * Shows an error until a config is accepted, and fires `error`.
   * @param {string} message
   */
  _fail(message) {
    this._error.textContent = message;
    this._error.classList.add('shown');
    this.dataset.error = 'true';
    this._setStatus('error');
    this.dispatchEvent(new CustomEvent('error', { detail: { message }, bubbles: true, composed: true }));
  }

  _clearError() {
    this._error.textContent = '';
    this._error.classList.remove('shown');
    delete this.dataset.error;
  }

  /** @param {string} name */
  attributeChangedCallback(name) {
    if (name === 'for' || name === 'mode') this._bind();
    if (name === 'config' && this._client) {
      const cfg = this._configFromAttribute();
      if (cfg) this._applyConfig(cfg).catch(() => {});
    }
  }

  /** @returns {Config | null} */
  _configFromAttribute() {
    const raw = this.getAttribute('config');
    if (!raw) return null;
    try { return JSON.parse(raw); } catch (e) { this._fail(`settings rejected: the config attribute is not JSON (${/** @type {Error} */ (e).message})`); return null; }
  }

  /** The settings, in the shared config format. */
  get config() { return this._config; }
  set config(value) {
    this._config = value;
    if (this._client) this._applyConfig(value).catch(() => {});
  }

  /**
   * Sets the settings; resolves once the checker uses them, rejects (and shows the error,
   * and fires `error`) when it refuses them, keeping the settings it had.
   * @param {Config | null} cfg
   */
  async setConfig(cfg) {
    this._config = cfg;
    if (!this._client) return;
    await this._applyConfig(cfg);
  }

  /**
   * @param {Config | null} cfg
   * @returns {Promise<void>}
   */
  _applyConfig(cfg) {
    // Settings first, then a re-check (which itself waits for the settings).
    const applied = this._ready.then(() => this._setRemoteConfig(cfg));
    this._ready = applied.catch(() => {});
    applied.then(() => { if (this._all.length) this.check().catch(() => {}); }, () => {});
    return applied;
  }

  /** @param {Config | null} cfg */
  async _setRemoteConfig(cfg) {
    try {
      await this._remote().setConfig(cfg);
      this._clearError();
    } catch (e) {
      this._fail(`settings rejected: ${/** @type {Error} */ (e).message}`);
      throw e;
    }
  }

  /** The worker's checker (see client.js). */
  _remote() {
    if (!this._client) throw new Error('fact-check-panel: not connected to a document');
    return this._client.checker;
  }

  /** The element or editor adapter being checked. */
  get target() { return this._target; }
  set target(value) {
    this._explicitTarget = value;
    this._bind();
  }

  _bind() {
    const id = this.getAttribute('for');
    const t = this._explicitTarget || (id && document.getElementById(id)) || null;
    if (!t) return;
    this._target = t;
    this._adapter = isAdapter(t) ? t : textAdapter(t);
    if (this._boundTo === t) return;
    this._boundTo = t;
    this._adapter.onChange?.(() => this._typed());
  }

  /** Schedules an automatic check when mode="auto". */
  _typed() {
    if ((this.getAttribute('mode') || 'manual') !== 'auto') return;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this.check(), Number(this.getAttribute('delay')) || 700);
  }

  /**
   * Adds (or replaces) a corpus article; resolves to the articles.
   * @param {string} id
   * @param {string} text
   * @param {string | import('./pkg/factcheck.js').ArticleOptions | null} [options] a title or {title, published}
   */
  async addArticle(id, text, options) {
    await this._ready;
    await this._remote().addArticle(id, text, options);
    return this._remote().articles();
  }

  /**
   * Removes a corpus article; resolves to the articles.
   * @param {string} id
   */
  async removeArticle(id) {
    await this._ready;
    await this._remote().removeArticle(id);
    return this._remote().articles();
  }

  /**
   * Checks the target's text now (or `text`, as the iframe embed does) and resolves to its
   * findings; a newer check's findings are the ones shown.
   * @param {string} [text]
   */
  async check(text) {
    if (text === undefined && !this._adapter) throw new Error('fact-check-panel: set the "for" attribute or the target property first');
    const seq = ++this._seq;
    await this._ready;
    const t = text ?? /** @type {EditorAdapter} */ (this._adapter).getText();
    this._button.disabled = true;
    this._setStatus('checking…');
    try {
      const { findings } = await this._remote().check(t);
      if (seq === this._seq) this._show(t, findings); // else a newer check is under way
      return findings.filter((f) => !this.dismissed.has(dismissKey(f)));
    } catch (e) {
      const message = `check failed: ${/** @type {Error} */ (e).message}`;
      this._setStatus(message);
      this.dispatchEvent(new CustomEvent('error', { detail: { message }, bubbles: true, composed: true }));
      throw e;
    } finally {
      this._button.disabled = false;
    }
  }

  /**
   * Applies a finding's fix through the target; resolves to whether it was applied (not
   * when the text changed since the check, or the target cannot take fixes).
   * @param {Finding} finding
   */
  async applyFix(finding) {
    const fix = finding.fix;
    if (!fix || !this._adapter?.applyFix) return false;
    const done = this._adapter.applyFix(fix, finding);
    if (done) await this.check().catch(() => {});
    return done;
  }

  /**
   * Dismisses a finding: in this article only ('article', kept in `.dismissed`), or in
   * every article ('everywhere': added to the config's `ignore`, then `config-changed`).
   * @param {Finding} finding
   * @param {DismissScope} [scope]
   */
  async dismiss(finding, scope = 'article') {
    if (scope === 'everywhere') {
      const cfg = this._config ?? (await this._remote().config());
      const entry = { rule: finding.rule, text: finding.span.text, subject: finding.subject };
      const config = { ...cfg, ignore: [...(cfg.ignore ?? []), entry] };
      await this.setConfig(config);
      this.dispatchEvent(new CustomEvent('config-changed', { detail: { config }, bubbles: true, composed: true }));
    } else {
      this.dismissed.add(dismissKey(finding));
      this._show(this._text, this._all);
    }
    this.dispatchEvent(new CustomEvent('finding-dismissed', { detail: { finding, scope }, bubbles: true, composed: true }));
  }

  /**
   * Shows the findings of `text` and announces them.
   * @param {string} text
   * @param {Finding[]} all
   */
  _show(text, all) {
    this._all = all;
    this._text = text;
    const findings = all.filter((f) => !this.dismissed.has(dismissKey(f)));
    this.findings = findings;
    if (!renderHighlights(this._preview, text, findings)) this._preview.replaceChildren();
    const canFix = Boolean(this._adapter?.applyFix);
    renderFindingDetails(this._list, findings, text, {
      onFix: canFix ? (f) => { this.applyFix(f); } : undefined,
      onDismiss: (f, scope) => { this.dismiss(f, scope).catch(() => {}); },
    });
    this._adapter?.setHighlights?.(findings, text);
    const counts = severityCounts(findings);
    if (!this._error.textContent) this._setStatus(countsText(counts));
    else this._setStatus(`${countsText(counts)} (settings rejected)`);
    const detail = { findings, ...counts };
    this.dispatchEvent(new CustomEvent('findings-changed', { detail, bubbles: true, composed: true }));
  }

  /** @param {string} s */
  _setStatus(s) { this._status.textContent = s; }
}

/** @type {string | URL | undefined} the worker script of every panel (see worker-url) */
FactCheckPanel.workerUrl = undefined;
/** @type {string | URL | undefined} the wasm binary of every panel (see wasm-url) */
FactCheckPanel.wasmUrl = undefined;

if (typeof customElements !== 'undefined' && !customElements.get('fact-check-panel')) customElements.define('fact-check-panel', FactCheckPanel);
