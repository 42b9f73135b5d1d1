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
// Article text is rendered as text only; offsets are UTF-16, as JavaScript strings are.

import { CheckerClient } from './client.js';

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
li[data-severity="error"] { border-color: #b91c1c; } li[data-severity="warning"] { border-color: #b45309; } li[data-severity="info"] { border-color: #1d4ed8; }
.rule { font: 11px ui-monospace, monospace; color: #555; }
mark[data-severity="error"] { background: #fecaca; } mark[data-severity="warning"] { background: #fde68a; } mark[data-severity="info"] { background: #dbeafe; }
`;

function textAdapter(el) {
  const editable = !(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement);
  return {
    getText: () => (editable ? el.textContent : el.value),
    onChange: (cb) => el.addEventListener('input', cb),
  };
}

export class FactCheckPanel extends HTMLElement {
  static get observedAttributes() { return ['for', 'config', 'mode']; }

  constructor() {
    super();
    this.findings = [];
    this._config = null;
    this._timer = null;
    this._seq = 0;
    const root = this.attachShadow({ mode: 'open' });
    // A constructed stylesheet, so the component works under a CSP without 'unsafe-inline'.
    let style = null;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      root.adoptedStyleSheets = [sheet];
    } catch (e) {
      style = document.createElement('style');
      style.textContent = STYLE;
    }
    this._button = document.createElement('button');
    this._button.textContent = 'Check';
    this._button.part = 'check';
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
    if (!this._client) {
      this._client = new CheckerClient(new URL('./worker.js', import.meta.url));
      this._client.onerror = (e) => this._setStatus(e.message);
      this._ready = this._client.call('init', this.hasAttribute('no-seeds') ? { empty: true } : {}).then(async () => {
        const cfg = this._config ?? this._configFromAttribute();
        if (cfg) await this._client.setConfig(cfg);
        this.dataset.state = 'ready';
        this._setStatus('ready');
      });
    }
    this._bind();
  }

  disconnectedCallback() {
    clearTimeout(this._timer);
    this._client?.terminate();
    this._client = null;
  }

  attributeChangedCallback(name) {
    if (name === 'for' || name === 'mode') this._bind();
    if (name === 'config' && this._client) {
      const cfg = this._configFromAttribute();
      if (cfg) this._applyConfig(cfg);
    }
  }

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

  _applyConfig(cfg) {
    // Settings first, then a re-check (which itself waits for the settings).
    this._ready = this._ready.then(() => this._client.setConfig(cfg)).catch((e) => this._setStatus(`settings rejected: ${e.message}`));
    this._ready.then(() => this.findings.length && this.check());
  }

  /** The element or editor adapter being checked. */
  get target() { return this._target; }
  set target(value) {
    this._explicitTarget = value;
    this._bind();
  }

  _bind() {
    const t = this._explicitTarget || (this.getAttribute('for') && document.getElementById(this.getAttribute('for')));
    if (!t) return;
    this._target = t;
    this._adapter = typeof t.getText === 'function' ? t : textAdapter(t);
    if (this._boundTo === t) return;
    this._boundTo = t;
    this._adapter.onChange?.(() => {
      if ((this.getAttribute('mode') || 'manual') !== 'auto') return;
      clearTimeout(this._timer);
      this._timer = setTimeout(() => this.check(), Number(this.getAttribute('delay')) || 700);
    });
  }

  async addArticle(id, text) { await this._ready; return this._client.call('add', { id, text }); }
  async removeArticle(id) { await this._ready; return this._client.call('remove', { id }); }

  /** Checks the target now and resolves to the findings. */
  async check() {
    if (!this._adapter) throw new Error('fact-check-panel: set the "for" attribute or the target property first');
    const seq = ++this._seq;
    await this._ready;
    const text = this._adapter.getText();
    this._button.disabled = true;
    this._setStatus('checking…');
    try {
      const { findings } = await this._client.check(text);
      if (seq !== this._seq) return findings; // a newer check is under way
      this.findings = findings;
      this._render(text, findings);
      this._adapter.setHighlights?.(findings, text);
      const count = (s) => findings.filter((f) => f.severity === s).length;
      const detail = { findings, errors: count('error'), warnings: count('warning'), infos: count('info') };
      this._setStatus(`${detail.errors} errors, ${detail.warnings} warnings, ${detail.infos} infos`);
      this.dispatchEvent(new CustomEvent('findings-changed', { detail, bubbles: true, composed: true }));
      return findings;
    } catch (e) {
      this._setStatus(`check failed: ${e.message}`);
      throw e;
    } finally {
      this._button.disabled = false;
    }
  }

  _setStatus(s) { this._status.textContent = s; }

  _render(text, findings) {
    this._preview.replaceChildren();
    const spans = findings.map((f) => f.span).map((s, i) => ({ ...s, f: findings[i] })).filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
    let pos = 0;
    if (spans.length) {
      for (const s of spans) {
        if (s.start < pos) continue;
        this._preview.append(document.createTextNode(text.slice(pos, s.start)));
        const m = document.createElement('mark');
        m.dataset.rule = s.f.rule;
        m.dataset.severity = s.f.severity;
        m.title = s.f.message;
        m.textContent = text.slice(s.start, s.end);
        this._preview.append(m);
        pos = s.end;
      }
      this._preview.append(document.createTextNode(text.slice(pos)));
    }
    this._list.replaceChildren();
    for (const f of findings) {
      const li = document.createElement('li');
      li.dataset.rule = f.rule;
      li.dataset.severity = f.severity;
      const rule = document.createElement('div');
      rule.className = 'rule';
      rule.textContent = `${f.severity} · ${f.rule}`;
      const msg = document.createElement('div');
      msg.textContent = f.message;
      li.append(rule, msg);
      this._list.append(li);
    }
  }
}

if (!customElements.get('fact-check-panel')) customElements.define('fact-check-panel', FactCheckPanel);
