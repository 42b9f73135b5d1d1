// The archive-scale benchmark (issue 25), in Node on the wasm build: for the synthetic
// 10,000-article corpus (its prebuilt index, benches/run.sh writes it) and for the real-news
// dev split (read where it lies, ../shared/eval/realdata/data beside the repository, never
// copied; skipped when absent), each as one corpus:
//  - the index's size against the text, the time to load it (`fromIndex`) and the
//    checker's memory (`Checker.memoryBytes()`, the whole wasm memory);
//  - the time of a scan in parts (`scanPart`, as the page reads it) and its findings;
//  - check() p50 of a 1,000-word article against it.
// Run: node --expose-gc benches/node/scale.mjs [--runs N] [--synthetic-only | --real-only]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const { initSync, Checker } = await import(path.join(root, 'www/pkg/factcheck.js'));
initSync({ module: fs.readFileSync(path.join(root, 'www/pkg/factcheck_bg.wasm')) });
const arg = (name) => process.argv.includes(name);
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const article = fs.readFileSync(path.join(here, 'article-1000.txt'), 'utf8');

/** The real-news dev split's article texts, by a made-up id (the texts stay in memory). */
function realArticles() {
  const dir = path.resolve(root, '../shared/eval/realdata/data');
  const out = [];
  for (const file of ['gvc_dev.jsonl', 'ecb_dev.jsonl']) {
    const f = path.join(dir, file);
    if (!fs.existsSync(f)) return null;
    for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      for (const d of JSON.parse(line).docs ?? []) if (d.text?.trim()) out.push([`${file.split('_')[0]}-${out.length}.txt`, d.text]);
    }
  }
  return out;
}

function measure(name, index) {
  const loads = [], scans = [], cpus = [];
  let c, findings = 0, loaded = 0;
  for (let r = 0; r < runs; r++) {
    c?.free();
    global.gc?.();
    let t0 = performance.now();
    c = Checker.fromIndex(index);
    loads.push(performance.now() - t0);
    if (r === 0) loaded = Checker.memoryBytes();
    const n = c.articles().length;
    t0 = performance.now();
    const cpu0 = process.cpuUsage();
    findings = 0;
    for (let from = 0; from < n; from += 40) findings += c.scanPart(from, 40).findings.length;
    scans.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  const text = c.articles().reduce((s, a) => s + Buffer.byteLength(c.articleText(a.id)), 0);
  const times = [];
  c.check(article);
  for (let i = 0; i < 30; i++) { const t0 = performance.now(); c.check(article); times.push(performance.now() - t0); }
  const mem = Checker.memoryBytes();
  console.log(`${name}: ${c.articles().length} articles, ${(text / 1e6).toFixed(1)} MB of text; index ${(index.length / 1e6).toFixed(1)} MB (${(Buffer.byteLength(index) / text).toFixed(2)}x the text); load median ${(median(loads) / 1000).toFixed(2)} s [${loads.map((x) => (x / 1000).toFixed(2)).join(', ')}]; scan median ${(median(scans) / 1000).toFixed(2)} s [${scans.map((x) => (x / 1000).toFixed(2)).join(', ')}] (CPU median ${(median(cpus) / 1000).toFixed(2)} s [${cpus.map((x) => (x / 1000).toFixed(2)).join(', ')}]), ${findings} findings; check p50 ${median(times).toFixed(2)} ms; wasm memory ${(loaded / 1e6).toFixed(0)} MB after the first load (${(loaded / text).toFixed(2)}x the text), ${(mem / 1e6).toFixed(0)} MB at the end (the process's peak, scans included)`);
  c.free();
}

if (arg('--emit-real-index')) {
  // A child's job: the real articles' index to stdout, so the parent's wasm memory holds
  // only the loaded corpus (wasm memory never shrinks).
  const real = realArticles();
  const c = new Checker();
  for (const [id, text] of real ?? []) c.addArticle(id, text);
  process.stdout.write(c.toIndex());
} else main();

function main() {
if (!arg('--real-only')) {
  const file = path.join(here, 'corpus-10000.index.json');
  if (fs.existsSync(file)) measure('synthetic', fs.readFileSync(file, 'utf8'));
  else console.log(`no ${file}: run benches/run.sh first`);
}
if (!arg('--synthetic-only')) {
  if (!realArticles()) console.log('no real-news dev split beside the repository: skipped');
  else {
    const index = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--emit-real-index'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    measure('real-news dev split', index);
  }
}
}
