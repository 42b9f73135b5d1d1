// @ts-check
// The editing surface: a textarea with a highlight layer behind it that mirrors its text
// (same font, padding and wrapping), so the flagged words are marked where the editor
// types. The layer is decoration only: it never enters the text, and it is aria-hidden.
// On every edit the marks the edit touched are dropped at once and the rest are moved
// with the text, so a highlight never points at words that have changed.
import { renderHighlights } from './render.js';

/** @typedef {import('./render.js').Finding} Finding */

/**
 * Where two texts differ: one replaced range, [start, oldEnd) in `a`, [start, newEnd) in `b`.
 * @param {string} a
 * @param {string} b
 */
export function editBetween(a, b) {
  const n = Math.min(a.length, b.length);
  let start = 0;
  while (start < n && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < n - start && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return { start, oldEnd: a.length - tail, delta: b.length - a.length };
}

/**
 * The findings still true of the text after an edit: spans before it kept, spans after it
 * moved, spans it touches (or that end where it starts: a word being typed) dropped.
 * @param {Finding[]} findings
 * @param {{start: number, oldEnd: number, delta: number}} edit
 */
export function afterEdit(findings, { start, oldEnd, delta }) {
  /** @param {{start: number, end: number}} r */
  const move = (r) => (r.start > oldEnd ? { start: r.start + delta, end: r.end + delta } : r);
  return findings
    .filter((f) => f.span.end < start || f.span.start > oldEnd)
    .map((f) => ({ ...f, span: { ...f.span, ...move(f.span) }, ...(f.fix ? { fix: { ...f.fix, ...move(f.fix) } } : {}) }));
}

export class Surface {
  /**
   * @param {HTMLTextAreaElement} textarea
   * @param {HTMLElement} layer
   * @param {{onCaret: (index: number) => void, onEdit: () => void}} handlers
   */
  constructor(textarea, layer, handlers) {
    this.textarea = textarea;
    this.layer = layer;
    this.handlers = handlers;
    /** @type {Finding[]} the findings the marks show, in the text's current offsets */
    this.findings = [];
    this.text = textarea.value;
    textarea.addEventListener('input', () => this._edited());
    for (const ev of ['click', 'keyup']) textarea.addEventListener(ev, () => this._caret());
    this.show([]);
  }

  /**
   * Marks `findings`, which are of the text now in the textarea.
   * @param {Finding[]} findings
   */
  show(findings) {
    this.text = this.textarea.value;
    this.findings = findings;
    renderHighlights(this.layer, this.text, findings, (m, i) => { m.id = `mark-${i}`; });
  }

  _edited() {
    const next = this.textarea.value;
    const kept = afterEdit(this.findings, editBetween(this.text, next));
    this.text = next;
    this.findings = kept;
    renderHighlights(this.layer, next, kept, (m, i) => { m.id = `mark-${i}`; });
    this.handlers.onEdit();
  }

  /** The finding whose span holds the caret, if any. */
  _caret() {
    const pos = this.textarea.selectionStart;
    const i = this.findings.findIndex((f) => f.span.start <= pos && pos < f.span.end);
    if (i >= 0) this.handlers.onCaret(i);
  }

  /**
   * Selects finding `i`'s words in the textarea.
   * @param {number} i
   */
  select(i) {
    const f = this.findings[i];
    if (!f) return;
    this.textarea.focus();
    this.textarea.setSelectionRange(f.span.start, f.span.end);
    document.getElementById(`mark-${i}`)?.scrollIntoView({ block: 'center' });
  }

  /**
   * The index of the next (or previous) finding from the caret, wrapping around.
   * @param {1 | -1} dir
   */
  neighbour(dir) {
    const pos = this.textarea.selectionStart;
    const order = this.findings.map((f, i) => ({ s: f.span.start, i })).sort((a, b) => a.s - b.s);
    if (!order.length) return -1;
    const pick = dir > 0 ? order.find((o) => o.s > pos) || order[0] : [...order].reverse().find((o) => o.s < pos) || order[order.length - 1];
    return pick.i;
  }

  /**
   * Replaces [start, end) with `text` as typing would (so Ctrl+Z undoes it).
   * @param {number} start
   * @param {number} end
   * @param {string} text
   */
  replace(start, end, text) {
    const ta = this.textarea;
    ta.focus();
    ta.setSelectionRange(start, end);
    if (!document.execCommand('insertText', false, text)) {
      ta.setRangeText(text, start, end, 'end');
      ta.dispatchEvent(new Event('input'));
    }
  }

  /**
   * Inserts `text` at the selection, as typing would.
   * @param {string} text
   */
  insert(text) {
    this.replace(this.textarea.selectionStart, this.textarea.selectionEnd, text);
  }
}
