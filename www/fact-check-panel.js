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
// Properties and methods
//   .target   an element, or an editor adapter {getText(), onChange(cb), setHighlights?(findings)}
//   .config   the settings as an object
//   .findings the last findings
//   .check()  checks now; resolves to the findings
//   .addArticle(id, text) / .removeArticle(id)   change the corpus
// Events
//   findings-changed   detail: {findings, errors, warnings, infos}; bubbles and crosses shadow roots
//
// Severity colours come from the custom properties --fc-error, --fc-warning, --fc-info
// (borders) and --fc-error-bg, --fc-warning-bg, --fc-info-bg (highlights), so a host page
// restyles them with e.g. `fact-check-panel { --fc-error: #900; }`.
//
// Article text is rendered as text only (render.js); offsets are UTF-16, as JavaScript
// strings are.

import { CheckerClient } from './client.js';
import { countsText, renderFindingList, renderHighlights, severityCounts } from './render.js';

/** @typedef {import('./render.js').Finding} Finding */
/** @typedef {import('./client.js').Config} Config */
/**
 * An editor the panel can check: text out, change notifications in, highlights back.
 * @typedef {{getText(): string, onChange?(callback: () => void): void,
 *   setHighlights?(findings: Finding[], text: string): void}} EditorAdapter
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
mark[data-severity="error"] { background: var(--fc-error-bg, #fecaca); } mark[data-severity="warning"] { background: var(--fc-warning-bg, #fde68a); } mark[data-severity="info"] { background: var(--fc-info-bg, #dbeafe); }
`;

/**
 * The adapter of a <textarea>, an <input> or a contenteditable element.
 * @param {HTMLElement} el
 * @returns {EditorAdapter}
 */
function textAdapter(el) {
  const field = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el : null;
  return {
    getText: () => (field ? field.value : el.textContent ?? ''),
    onChange: (cb) => el.addEventListener('input', cb),
  };
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

export class FactCheckPanel extends HTMLElement {
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
    this._preview = document.createElement('div');
    this._preview.className = 'preview';
    this._list = document.createElement('ul');
    this._list.setAttribute('part', 'findings');
    if (style) root.append(style);
    root.append(header, this._preview, this._list);
    this._button.addEventListener('click', () => this.check());
  }

  connectedCallback() {
    if (!this._client) this._start();
    this._bind();
  }

  /** Starts the worker with the seeds (or an empty corpus) and the settings. */
  _start() {
    const client = new CheckerClient(new URL('./worker.js', import.meta.url));
    this._client = client;
    client.onerror = (e) => this._setStatus(e.message);
    const corpus = this.hasAttribute('no-seeds') ? client.checker.new() : client.checker.withSeeds();
    this._ready = corpus.then(async () => {
      const cfg = this._config ?? this._configFromAttribute();
      if (cfg) await client.checker.setConfig(cfg);
      this.dataset.state = 'ready';
      this._setStatus('ready');
    });
  }

  disconnectedCallback() {
    clearTimeout(this._timer);
    this._client?.terminate();
    this._client = null;
  }

  /** @param {string} name */
  attributeChangedCallback(name) {
    if (name === 'for' || name === 'mode') this._bind();
    if (name === 'config' && this._client) {
      const cfg = this._configFromAttribute();
      if (cfg) this._applyConfig(cfg);
    }
  }

  /** @returns {Config | null} */
  _configFromAttribute() {
    const raw = this.getAttribute('config');
    if (!raw) return null;
    try { return JSON.parse(raw); } catch (e) { this._setStatus('the config attribute is not JSON'); return null; }
  }

  /** The settings, in the shared config format. */
  get config() { return this._config; }
  set config(value) {
    this._config = value;
    if (this._client) this._applyConfig(value);
  }

  /** @param {Config | null} cfg */
  _applyConfig(cfg) {
    // Settings first, then a re-check (which itself waits for the settings).
    this._ready = this._ready.then(() => this._remote().setConfig(cfg)).catch((e) => this._setStatus(`settings rejected: ${e.message}`));
    this._ready.then(() => { if (this.findings.length) this.check(); });
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
   */
  async addArticle(id, text) {
    await this._ready;
    await this._remote().addArticle(id, text);
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

  /** Checks the target now and resolves to the findings. */
  async check() {
    if (!this._adapter) throw new Error('fact-check-panel: set the "for" attribute or the target property first');
    const seq = ++this._seq;
    await this._ready;
    const text = this._adapter.getText();
    this._button.disabled = true;
    this._setStatus('checking…');
    try {
      const { findings } = await this._remote().check(text);
      if (seq === this._seq) this._show(text, findings); // else a newer check is under way
      return findings;
    } catch (e) {
      this._setStatus(`check failed: ${/** @type {Error} */ (e).message}`);
      throw e;
    } finally {
      this._button.disabled = false;
    }
  }

  /**
   * Shows the findings of `text` and announces them.
   * @param {string} text
   * @param {Finding[]} findings
   */
  _show(text, findings) {
    this.findings = findings;
    if (!renderHighlights(this._preview, text, findings)) this._preview.replaceChildren();
    renderFindingList(this._list, findings);
    this._adapter?.setHighlights?.(findings, text);
    const counts = severityCounts(findings);
    this._setStatus(countsText(counts));
    const detail = { findings, ...counts };
    this.dispatchEvent(new CustomEvent('findings-changed', { detail, bubbles: true, composed: true }));
  }

  /** @param {string} s */
  _setStatus(s) { this._status.textContent = s; }
}

if (!customElements.get('fact-check-panel')) customElements.define('fact-check-panel', FactCheckPanel);
