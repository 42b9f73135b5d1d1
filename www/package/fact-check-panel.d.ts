import type { Config, Finding, Fix } from './pkg/factcheck.js';
export type { Article, Config, Finding, Findings, Fix, Person, PersonForm, Rule, RuleSetting, Severity, Span } from './pkg/factcheck.js';

export interface FindingsChangedDetail { findings: Finding[]; errors: number; warnings: number; infos: number }
export interface PanelErrorDetail { message: string }
/** 'article': hidden in this panel's article only; 'everywhere': added to the config's `ignore`. */
export type DismissScope = 'article' | 'everywhere';
export interface FindingDismissedDetail { finding: Finding; scope: DismissScope }
export interface ConfigChangedDetail { config: Config }
/** An editor the panel can check: text out, change notifications in, highlights back, fixes applied. */
export interface EditorAdapter {
  getText(): string;
  onChange?(callback: () => void): void;
  setHighlights?(findings: Finding[], text: string): void;
  /** Applies a fix; false when the text changed since the check. */
  applyFix?(fix: Fix, finding: Finding): boolean;
}
/**
 * <fact-check-panel for="id" mode="auto|manual" delay="700" config='{…}' no-seeds
 * worker-url="…" wasm-url="…">
 */
export class FactCheckPanel extends HTMLElement {
  /** The worker script of every panel (default: worker.js beside the module). */
  static workerUrl: string | URL | undefined;
  /** The wasm binary of every panel (default: pkg/factcheck_bg.wasm beside the worker's module). */
  static wasmUrl: string | URL | undefined;
  target: HTMLElement | EditorAdapter | undefined;
  config: Config | null;
  /** The last findings, dismissed ones left out. */
  readonly findings: Finding[];
  /** The findings dismissed in this article (rule, text and subject). */
  readonly dismissed: Set<string>;
  /** Resolves once the checker uses the settings; rejects (and fires `error`) when it refuses them. */
  setConfig(config: Config | null): Promise<void>;
  /** Checks the target's text, or `text`; resolves to the findings. */
  check(text?: string): Promise<Finding[]>;
  /** Applies a finding's fix through the target; resolves to whether it was applied. */
  applyFix(finding: Finding): Promise<boolean>;
  dismiss(finding: Finding, scope?: DismissScope): Promise<void>;
  addArticle(id: string, text: string, options?: string | import('./pkg/factcheck.js').ArticleOptions | null): Promise<import('./pkg/factcheck.js').Article[]>;
  removeArticle(id: string): Promise<import('./pkg/factcheck.js').Article[]>;
  addEventListener<K extends keyof FactCheckPanelEventMap>(type: K, listener: (this: FactCheckPanel, ev: FactCheckPanelEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}
export interface FactCheckPanelEventMap extends HTMLElementEventMap {
  'findings-changed': CustomEvent<FindingsChangedDetail>;
  'finding-dismissed': CustomEvent<FindingDismissedDetail>;
  'config-changed': CustomEvent<ConfigChangedDetail>;
}
declare global {
  interface HTMLElementTagNameMap { 'fact-check-panel': FactCheckPanel }
  interface HTMLElementEventMap { 'findings-changed': CustomEvent<FindingsChangedDetail> }
}
