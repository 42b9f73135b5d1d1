import type { Finding, Fix } from './pkg/factcheck.js';
import type { EditorAdapter } from './fact-check-panel.js';

/** The CMS's own ProseMirror classes (prosemirror-state and prosemirror-view). */
export interface ProseMirrorClasses {
  Plugin: new (spec: any) => unknown;
  PluginKey: new (name: string) => { getState(state: any): any };
  Decoration: { inline(from: number, to: number, attrs: Record<string, string>): unknown };
  DecorationSet: { create(doc: any, decorations: any[]): any; empty: any };
}
export interface ProseMirrorFactCheck {
  /** Add to the editor state's plugins: it draws the findings as decorations. */
  plugin: any;
  /** Give to the panel: `panel.target = fc.adapter`. */
  adapter: Required<EditorAdapter> & { setHighlights(findings: Finding[], text: string): void; applyFix(fix: Fix, finding: Finding): boolean };
  /** The view whose state has the plugin. */
  attach(view: { state: any; dispatch(tr: any): void }): void;
}
export function proseMirrorAdapter(pm: ProseMirrorClasses): ProseMirrorFactCheck;
/** The document's text as the checker reads it, and where each run of it is in the document. */
export function documentText(doc: any): { text: string; segments: [number, number, number][] };
export function positionOf(segments: [number, number, number][], offset: number): number;
