import type { Article, Config, Extracted, Findings, Person, Rule } from './pkg/factcheck.js';
export type { Article, Config, Extracted, Finding, Findings, Fix, Person, Rule, Span } from './pkg/factcheck.js';

export interface ClientOptions {
  /** The worker script (default: worker.js beside client.js; bundlers build it from there). */
  workerUrl?: string | URL;
  /** The wasm binary (default: pkg/factcheck_bg.wasm beside the worker's module). */
  wasmUrl?: string | URL;
}
/** The Checker's methods, each returning a promise, run in the worker. */
export interface RemoteChecker {
  new(): Promise<void>;
  withSeeds(): Promise<void>;
  fromIndex(text: string): Promise<void>;
  /** Fetches the index file at `url` (absolute) in the worker and files it as it downloads. */
  loadIndex(url: string): Promise<void>;
  rules(): Promise<Rule[]>;
  memoryBytes(): Promise<number>;
  toIndex(): Promise<string>;
  /** The third argument is a title or `{title, published}` (`published`: an ISO 8601 date). */
  addArticle(id: string, text: string, options?: string | import('./pkg/factcheck.js').ArticleOptions | null): Promise<void>;
  removeArticle(id: string): Promise<boolean>;
  articles(): Promise<Article[]>;
  articleText(id: string): Promise<string | undefined>;
  /** Evidence spans come with `before` and `after` context. */
  check(text: string, id?: string): Promise<Findings>;
  scan(): Promise<Findings>;
  extract(text: string): Promise<Extracted>;
  setConfig(config: Config | string | null): Promise<void>;
  config(): Promise<Config>;
  people(): Promise<Person[]>;
}
export class CheckerClient {
  /** Starts a worker of its own. */
  constructor(options?: string | URL | ClientOptions);
  /** A checker of its own in the page's one shared worker. */
  static shared(options?: ClientOptions): CheckerClient;
  static sharedWorkers(): number;
  readonly worker: Worker;
  readonly checker: RemoteChecker;
  onerror: ((error: Error) => void) | null;
  terminate(): void;
}
