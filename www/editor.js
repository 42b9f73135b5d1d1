// @ts-check
// <fact-check-panel> wired to a Quill editor: an adapter gives the panel the editor's
// text and change events, and draws the findings as marks inside the editor.
//
// Quill indices count characters as JavaScript does (UTF-16 code units), like the
// checker's offsets; embeds (images) would count 1 and are not part of getText(), so a
// CMS with embeds should map offsets. The marks are a format of the document: strip the
// "factmark" format before saving (quill.formatText(0, quill.getLength(), 'factmark', false)).
import './fact-check-panel.js';

/** @typedef {import('./render.js').Finding} Finding */
/** @typedef {import('./fact-check-panel.js').FactCheckPanel} FactCheckPanel */
/** @typedef {{rule: string, severity: string, message: string}} FactMarkValue */
/**
 * The little of Quill used here (vendor/quill.js, a classic script: `window.Quill`).
 * @typedef {{getText(): string, getLength(): number,
 *   formatText(index: number, length: number, format: string, value: FactMarkValue | false, source: string): void,
 *   on(event: 'text-change', handler: (delta: unknown, old: unknown, source: string) => void): void}} QuillEditor
 */

function start() {
  const Quill = /** @type {any} */ (window).Quill;
  /** @type {{new (...args: any[]): object, create(value?: unknown): HTMLElement}} */
  const Inline = Quill.import('blots/inline');
  class FactMark extends Inline {
    /** @param {FactMarkValue} value */
    static create(value) {
      const node = super.create();
      node.setAttribute('data-rule', value.rule);
      node.setAttribute('data-severity', value.severity);
      node.setAttribute('title', value.message);
      return node;
    }
    /** @param {HTMLElement} node */
    static formats(node) {
      return { rule: node.getAttribute('data-rule'), severity: node.getAttribute('data-severity'), message: node.getAttribute('title') };
    }
  }
  FactMark.blotName = 'factmark';
  FactMark.tagName = 'mark';
  Quill.register(FactMark);

  /** @type {QuillEditor} */
  const quill = new Quill('#editor', { theme: 'snow' });
  /** @type {any} */ (window).quill = quill;
  // Quill's toolbar pickers have no accessible name of their own.
  for (const l of document.querySelectorAll('.ql-picker.ql-header .ql-picker-label')) l.setAttribute('aria-label', 'Text style');
  const panel = /** @type {FactCheckPanel} */ (document.getElementById('panel'));
  panel.target = {
    getText: () => quill.getText(),
    onChange: (cb) => quill.on('text-change', (_delta, _old, source) => { if (source === 'user') cb(); }),
    /**
     * @param {Finding[]} findings
     * @param {string} text
     */
    setHighlights: (findings, text) => {
      if (quill.getText() !== text) return; // edited meanwhile: the next check redraws
      quill.formatText(0, quill.getLength(), 'factmark', false, 'silent');
      for (const f of findings) {
        quill.formatText(f.span.start, f.span.end - f.span.start, 'factmark', { rule: f.rule, severity: f.severity, message: f.message }, 'silent');
      }
    },
  };
  customElements.whenDefined('fact-check-panel').then(() => panel.check());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
