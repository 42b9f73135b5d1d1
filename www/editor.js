// @ts-check
// The ProseMirror demo (editor.html): <fact-check-panel> on a ProseMirror editor through
// the adapter in prosemirror.js. Highlights are decorations, never part of the document;
// a finding's Fix button applies its fix as a transaction.
//
// ProseMirror comes from vendor/prosemirror.js, an ES module bundle of the pinned npm
// packages (www/deps/package-lock.json) that www/build.sh writes with esbuild: the site
// itself has no build step.
import { EditorState, Plugin, PluginKey, EditorView, Decoration, DecorationSet, DOMParser, schema } from './vendor/prosemirror.js';
import { proseMirrorAdapter } from './prosemirror.js';
import './fact-check-panel.js';

/** @typedef {import('./fact-check-panel.js').FactCheckPanel} FactCheckPanel */

const mount = /** @type {HTMLElement} */ (document.getElementById('editor'));
const initial = /** @type {HTMLTemplateElement} */ (document.getElementById('initial'));
const fc = proseMirrorAdapter({ Plugin, PluginKey, Decoration, DecorationSet });
const state = EditorState.create({
  doc: DOMParser.fromSchema(schema).parse(initial.content),
  plugins: [/** @type {Plugin} */ (fc.plugin)],
});
const view = new EditorView(mount, { state });
fc.attach(/** @type {any} */ (view));
/** @type {any} */ (window).view = view;
const panel = /** @type {FactCheckPanel} */ (document.getElementById('panel'));
panel.target = fc.adapter;
customElements.whenDefined('fact-check-panel').then(() => panel.check());
