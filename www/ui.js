// @ts-check
// The page's small pieces of interface: elements by selector, the status line (with an
// Undo beside it), the progress bar, a question asked in a dialog, and tabs that follow
// the ARIA tabs pattern (arrow keys, Home, End).
import { el } from './render.js';

/**
 * The page's element for `sel` (index.html has every one asked for).
 * @param {string} sel
 */
export const $ = (sel) => /** @type {HTMLElement} */ (document.querySelector(sel));
/**
 * A form field of the page.
 * @param {string} sel
 */
export const field = (sel) => /** @type {HTMLInputElement} */ ($(sel));

/** @param {unknown} e */
export const messageOf = (e) => (e instanceof Error ? e.message : String(e));

/**
 * Says `msg` in the status line; `undo`, when given, is offered beside it.
 * @param {string} msg
 * @param {{error?: boolean, undo?: () => void | Promise<void>}} [opts]
 */
export function status(msg, { error = false, undo } = {}) {
  const s = $('#status');
  s.textContent = msg;
  s.classList.toggle('error', error);
  const slot = $('#undo-slot');
  slot.replaceChildren();
  if (undo) {
    const b = el('button', { class: 'undo' }, 'Undo');
    b.addEventListener('click', async () => { slot.replaceChildren(); await undo(); });
    slot.append(b);
  }
}

/**
 * Shows the progress bar while `work` runs; `work` gets a step function (done, total)
 * and a `cancelled()` test. Indeterminate until the first step; shown after `delay` ms, so
 * quick work shows none.
 * @template T
 * @param {string} label
 * @param {(step: (done: number, total: number) => void, cancelled: () => boolean) => Promise<T>} work
 * @param {number} [delay]
 * @returns {Promise<T>}
 */
export async function withProgress(label, work, delay = 150) {
  const box = $('#progress-box');
  const bar = /** @type {HTMLProgressElement} */ ($('#progress'));
  let cancelled = false;
  const cancel = $('#progress-cancel');
  const onCancel = () => { cancelled = true; };
  cancel.addEventListener('click', onCancel);
  bar.removeAttribute('value');
  $('#progress-label').textContent = label;
  const show = setTimeout(() => { box.hidden = false; }, delay);
  try {
    return await work((done, total) => {
      bar.max = total;
      bar.value = done;
      $('#progress-label').textContent = `${label} ${done} of ${total}`;
    }, () => cancelled);
  } finally {
    clearTimeout(show);
    box.hidden = true;
    cancel.removeEventListener('click', onCancel);
  }
}

/** Articles per part of a corpus read in parts (a check waits for at most one part). */
export const PART = 40;

/**
 * @typedef {{findings: any[], people: {name: string, forms: any[]}[]}} CorpusRead
 */

/**
 * Reads the whole corpus (its findings and its people) in parts of PART articles, each
 * a message of its own to the worker, so that a check asked for meanwhile runs after the
 * current part rather than after the whole corpus, and `cancelled` stops between parts.
 * `onPart` sees what is read so far after each part. Null when cancelled.
 * @param {any} c the client's checker
 * @param {(done: number, total: number) => void} step
 * @param {() => boolean} cancelled
 * @param {(sofar: CorpusRead) => void | Promise<void>} [onPart]
 * @returns {Promise<CorpusRead | null>}
 */
export async function readCorpus(c, step, cancelled, onPart) {
  const total = (await c.articles()).length;
  /** @type {any[]} */
  const findings = [];
  /** @type {Map<string, {name: string, forms: any[]}>} */
  const people = new Map();
  const sorted = () => [...people.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  step(0, total);
  for (let from = 0; from < total; from += PART) {
    if (cancelled()) return null;
    const [scan, part] = await Promise.all([c.scanPart(from, PART), c.peoplePart(from, PART)]);
    findings.push(...scan.findings);
    for (const p of part) {
      const known = people.get(p.name);
      if (known) known.forms.push(...p.forms);
      else people.set(p.name, { name: p.name, forms: [...p.forms] });
    }
    step(Math.min(total, from + PART), total);
    if (onPart && from + PART < total) await onPart({ findings, people: sorted() });
  }
  return cancelled() ? null : { findings, people: sorted() };
}

/**
 * Asks `question` in a modal dialog; resolves to the chosen answer ('' when dismissed).
 * @param {string} question
 * @param {string[]} answers the first is the default
 */
export function ask(question, answers) {
  const dialog = /** @type {HTMLDialogElement} */ ($('#ask'));
  $('#ask-text').textContent = question;
  return new Promise((resolve) => {
    const buttons = answers.map((a) => {
      const b = el('button', { 'data-answer': a }, a);
      b.addEventListener('click', () => { dialog.close(a); });
      return b;
    });
    $('#ask-buttons').replaceChildren(...buttons);
    dialog.addEventListener('close', () => resolve(dialog.returnValue || ''), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
    buttons[0]?.focus();
  });
}

/**
 * Wires a tablist: click or arrow keys select a tab; `onShow` gets the panel's id.
 * @param {HTMLElement} list
 * @param {(view: string) => void} onShow
 */
export function wireTabs(list, onShow) {
  const tabs = /** @type {HTMLElement[]} */ ([...list.querySelectorAll('[role="tab"]')]);
  /** @param {HTMLElement} tab */
  const select = (tab) => {
    for (const t of tabs) {
      t.setAttribute('aria-selected', String(t === tab));
      t.tabIndex = t === tab ? 0 : -1;
    }
    onShow(tab.dataset.view || '');
  };
  for (const t of tabs) t.addEventListener('click', () => select(t));
  list.addEventListener('keydown', (ev) => {
    const at = tabs.indexOf(/** @type {HTMLElement} */ (document.activeElement));
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[ev.key];
    if (to === undefined) return;
    ev.preventDefault();
    const tab = tabs[(to + tabs.length) % tabs.length];
    tab.focus();
    select(tab);
  });
  return select;
}
