// The ProseMirror the demo (www/editor.html) loads: www/build.sh bundles this file with
// esbuild into www/vendor/prosemirror.js, an ES module (the packages are pinned in
// package-lock.json beside it).
export { EditorState, Plugin, PluginKey, TextSelection } from 'prosemirror-state';
export { EditorView, Decoration, DecorationSet } from 'prosemirror-view';
export { Schema, DOMParser, DOMSerializer } from 'prosemirror-model';
export { schema } from 'prosemirror-schema-basic';
