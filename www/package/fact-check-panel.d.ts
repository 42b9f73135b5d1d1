/** A finding, as the checker reports it (offsets in UTF-16 code units). */
export interface Span { doc: string; start: number; end: number; text: string }
export interface Finding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  subject: string;
  span: Span;
  evidence: Span[];
}
export interface FindingsChangedDetail { findings: Finding[]; errors: number; warnings: number; infos: number }
/** An editor the panel can check: text out, change notifications in, highlights back. */
export interface EditorAdapter {
  getText(): string;
  onChange(callback: () => void): void;
  setHighlights?(findings: Finding[], text: string): void;
}
/** <fact-check-panel for="id" mode="auto|manual" delay="700" config='{…}' no-seeds> */
export class FactCheckPanel extends HTMLElement {
  target: HTMLElement | EditorAdapter | undefined;
  config: object | null;
  readonly findings: Finding[];
  check(): Promise<Finding[]>;
  addArticle(id: string, text: string): Promise<unknown>;
  removeArticle(id: string): Promise<unknown>;
}
declare global {
  interface HTMLElementTagNameMap { 'fact-check-panel': FactCheckPanel }
  interface HTMLElementEventMap { 'findings-changed': CustomEvent<FindingsChangedDetail> }
}
