// Every API of the package, as a TypeScript CMS uses it: compiles under --strict with no
// `any` leaking out (each result is assigned to its declared type).
import init, { Checker, initSync } from 'factcheck-wasm';
import type { Article, Config, Extracted, Finding, Findings, Fix, Person, Rule, Severity, Span } from 'factcheck-wasm';
import { FactCheckPanel } from 'factcheck-wasm/panel';
import type { DismissScope, EditorAdapter, FindingsChangedDetail } from 'factcheck-wasm/panel';
import { CheckerClient } from 'factcheck-wasm/client';
import { proseMirrorAdapter } from 'factcheck-wasm/prosemirror';

export async function wasm(text: string): Promise<void> {
  await init();
  void initSync;
  const c: Checker = Checker.withSeeds();
  const empty: Checker = new Checker();
  empty.free();
  c.addArticle('wire.txt', text, 'A title');
  c.addArticle('wire2.txt', text);
  const removed: boolean = c.removeArticle('wire2.txt');
  const articles: Article[] = c.articles();
  const title: string | null = articles[0].title;
  const source: string | undefined = c.articleText('wire.txt');
  const result: Findings = c.check(text, 'draft.txt');
  const f: Finding = result.findings[0];
  const span: Span = f.span;
  const sev: Severity = f.severity;
  const fix: Fix | undefined = f.fix;
  const replaced = fix ? text.slice(0, fix.start) + fix.replacement + text.slice(fix.end) : text;
  const evidence: Span[] = f.evidence;
  const before: string | undefined = evidence[0]?.before;
  const scanned: Finding[] = c.scan().findings;
  const x: Extracted = c.extract(text);
  const who: string | null = x.quotes[0]?.speaker ?? null;
  const config: Config = { people: [{ name: 'Ada Quist', title: 'Mayor' }], rules: { 'quote-wording': 'off', 'name-case': { severity: 'info' } }, ignore: [{ rule: 'name-case', text: 'davis' }], neverFlag: ['Julie S. davis'] };
  c.setConfig(config);
  c.setConfig(JSON.stringify(config));
  c.setConfig(null);
  const now: Config = c.config();
  const people: Person[] = c.people();
  const rules: Rule[] = Checker.rules();
  const bytes: number = Checker.memoryBytes();
  const index: string = c.toIndex();
  const again: Checker = Checker.fromIndex(index);
  console.log(removed, title, source, span.text, sev, replaced, before, scanned.length, who, now.rules, people[0]?.forms[0]?.count, rules[0].doc, bytes, again.articles().length);
}

export async function worker(text: string): Promise<void> {
  const client = CheckerClient.shared({ workerUrl: '/worker.js', wasmUrl: new URL('/checker.wasm', location.href) });
  const own = new CheckerClient('/worker.js');
  own.terminate();
  client.onerror = (e: Error) => console.error(e.message);
  await client.checker.withSeeds();
  await client.checker.addArticle('a.txt', text);
  const { findings }: Findings = await client.checker.check(text);
  const after: string | undefined = findings[0]?.evidence[0]?.after;
  const ok: boolean = await client.checker.removeArticle('a.txt');
  const people: Person[] = await client.checker.people();
  const rules: Rule[] = await client.checker.rules();
  console.log(after, ok, people.length, rules.length, CheckerClient.sharedWorkers());
  client.terminate();
}

export async function panel(textarea: HTMLTextAreaElement): Promise<void> {
  FactCheckPanel.workerUrl = '/factcheck/worker.js';
  FactCheckPanel.wasmUrl = '/factcheck/factcheck_bg.wasm';
  const p = document.createElement('fact-check-panel');
  const same: FactCheckPanel = p;
  p.target = textarea;
  const adapter: EditorAdapter = { getText: () => textarea.value, onChange: (cb) => textarea.addEventListener('input', cb) };
  p.target = adapter;
  await p.setConfig({ rules: { 'title-conflict': 'warning' } });
  p.config = null;
  const findings: Finding[] = await p.check();
  const other: Finding[] = await p.check('Senator Marco Rubio spoke.');
  const applied: boolean = await p.applyFix(findings[0]);
  const scope: DismissScope = 'everywhere';
  await p.dismiss(other[0], scope);
  const list: Article[] = await p.addArticle('x.txt', 'Mayor Ada Quist spoke.');
  await p.removeArticle('x.txt');
  p.addEventListener('findings-changed', (e) => { const d: FindingsChangedDetail = e.detail; console.log(d.errors); });
  p.addEventListener('error', (e) => console.log(e));
  p.addEventListener('finding-dismissed', (e) => console.log(e.detail.finding.rule, e.detail.scope));
  p.addEventListener('config-changed', (e) => console.log(e.detail.config.ignore?.length));
  console.log(same, applied, list.length, p.findings.length, p.dismissed.size);
}

export function prosemirror(pm: Parameters<typeof proseMirrorAdapter>[0], view: { state: unknown; dispatch(tr: unknown): void }, p: FactCheckPanel): void {
  const fc = proseMirrorAdapter(pm);
  fc.attach(view);
  p.target = fc.adapter;
  const text: string = fc.adapter.getText();
  console.log(text, fc.plugin);
}
