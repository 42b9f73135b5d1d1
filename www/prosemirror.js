// @ts-check
// <fact-check-panel> on a ProseMirror editor: highlights as decorations, which draw over the
// document and never enter it (doc.textContent and doc.toJSON() are unchanged), and fixes
// applied as transactions (undoable like any edit).
//
//   import { Plugin, PluginKey } from 'prosemirror-state';
//   import { Decoration, DecorationSet } from 'prosemirror-view';
//   import { proseMirrorAdapter } from 'factcheck-wasm/prosemirror';
//   const fc = proseMirrorAdapter({ Plugin, PluginKey, Decoration, DecorationSet });
//   const view = new EditorView(el, { state: EditorState.create({ schema, plugins: [fc.plugin] }) });
//   fc.attach(view);
//   panel.target = fc.adapter;
//
// The adapter takes the CMS's own ProseMirror classes rather than importing ProseMirror,
// so there is one copy of each on the page. The text the checker reads is the document's
// text with a blank line between blocks and a newline for each hard break; offsets map
// back to document positions through the text nodes. Highlights follow edits (mapped
// through each transaction) until the next check redraws them.

/** @typedef {import('./render.js').FixableFinding} Finding */
/** @typedef {import('./render.js').Fix} Fix */
/**
 * The few ProseMirror types used here (structurally, so any copy of ProseMirror fits).
 * @typedef {{isText: boolean, isBlock: boolean, isLeaf: boolean, isTextblock: boolean, text?: string | null,
 *   nodeSize: number, type: {name: string}, content: {size: number}, textContent: string,
 *   descendants(f: (node: PMNode, pos: number) => boolean | void): void, eq(other: PMNode): boolean}} PMNode
 * @typedef {{map(pos: number, assoc?: number): number}} PMMapping
 * @typedef {{doc: PMNode, mapping: PMMapping, docChanged: boolean, getMeta(key: unknown): unknown,
 *   setMeta(key: unknown, value: unknown): PMTransaction, insertText(text: string, from: number, to: number): PMTransaction}} PMTransaction
 * @typedef {{doc: PMNode, tr: PMTransaction}} PMState
 * @typedef {{state: PMState, dispatch(tr: PMTransaction): void}} PMView
 * @typedef {{map(mapping: PMMapping, doc: PMNode): DecoSet}} DecoSet
 * @typedef {{
 *   Plugin: new (spec: any) => unknown,
 *   PluginKey: new (name: string) => {getState(state: PMState): any},
 *   Decoration: {inline(from: number, to: number, attrs: Record<string, string>): unknown},
 *   DecorationSet: {create(doc: PMNode, decorations: unknown[]): DecoSet, empty: DecoSet},
 * }} ProseMirrorClasses
 */

/**
 * The document's text, as the checker reads it, with the document position of each run of
 * text: `segments[i] = [textOffset, docPos, length]`.
 * @param {PMNode} doc
 */
export function documentText(doc) {
  let text = '';
  /** @type {[number, number, number][]} */
  const segments = [];
  let blockSeen = false;
  doc.descendants((node, pos) => {
    if (node.isTextblock || (node.isBlock && node.isLeaf)) {
      // A blank line between blocks (paragraphs, headings, list items, quotes).
      if (blockSeen) text += '\n\n';
      blockSeen = true;
    } else if (node.isText && node.text) {
      segments.push([text.length, pos, node.text.length]);
      text += node.text;
    } else if (node.isLeaf && node.type.name === 'hard_break') {
      // A hard break is a line break; other inline leaves (images) count as nothing.
      segments.push([text.length, pos, 1]);
      text += '\n';
    }
    return true;
  });
  return { text, segments };
}

/**
 * The document position of a text offset (see documentText). An offset between blocks
 * maps to the end of the text before it.
 * @param {[number, number, number][]} segments
 * @param {number} offset
 */
export function positionOf(segments, offset) {
  let lo = 0;
  let hi = segments.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid][0] <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (best < 0) return segments.length ? segments[0][1] : 0;
  const [t, p, len] = segments[best];
  return p + Math.min(offset - t, len);
}

/**
 * A plugin that draws the panel's findings as decorations, and the panel's adapter for
 * the view it is attached to.
 * @param {ProseMirrorClasses} pm
 */
export function proseMirrorAdapter(pm) {
  const key = new pm.PluginKey('factcheck');
  /** @type {Set<() => void>} */
  const listeners = new Set();
  /** @type {PMView | null} */
  let view = null;
  const plugin = new pm.Plugin({
    key,
    state: {
      init: () => pm.DecorationSet.empty,
      /**
       * @param {PMTransaction} tr
       * @param {DecoSet} set
       */
      apply(tr, set) {
        const next = /** @type {DecoSet | undefined} */ (tr.getMeta(key));
        return next ?? (tr.docChanged ? set.map(tr.mapping, tr.doc) : set);
      },
    },
    props: {
      /** @param {PMState} state */
      decorations: (state) => key.getState(state),
    },
    view: () => ({
      /**
       * @param {PMView} v
       * @param {PMState} prev
       */
      update(v, prev) {
        if (!v.state.doc.eq(prev.doc)) for (const cb of listeners) cb();
      },
    }),
  });

  const current = () => {
    if (!view) throw new Error('fact-check ProseMirror adapter: attach(view) first');
    return view;
  };

  /** @type {{getText(): string, onChange(cb: () => void): void, setHighlights(findings: Finding[], text: string): void, applyFix(fix: Fix, finding: Finding): boolean}} */
  const adapter = {
    getText: () => documentText(current().state.doc).text,
    onChange: (cb) => { listeners.add(cb); },
    setHighlights(findings, text) {
      const v = current();
      const { text: now, segments } = documentText(v.state.doc);
      if (now !== text) return; // edited meanwhile: the next check redraws
      const decos = findings
        .filter((f) => f.span.end > f.span.start)
        .map((f) => pm.Decoration.inline(positionOf(segments, f.span.start), positionOf(segments, f.span.end), {
          nodeName: 'mark', class: 'fc-mark', 'data-rule': f.rule, 'data-severity': f.severity, title: f.message,
        }));
      v.dispatch(v.state.tr.setMeta(key, pm.DecorationSet.create(v.state.doc, decos)));
    },
    applyFix(fix, finding) {
      const v = current();
      const { text, segments } = documentText(v.state.doc);
      if (text.slice(finding.span.start, finding.span.end) !== finding.span.text) return false;
      v.dispatch(v.state.tr.insertText(fix.replacement, positionOf(segments, fix.start), positionOf(segments, fix.end)));
      return true;
    },
  };

  return {
    plugin,
    adapter,
    /** @param {PMView} v the view whose state has the plugin */
    attach(v) { view = v; },
  };
}
