// wasm benchmarks, side by side in one Node process (issue 8):
//  - extraction throughput on the same texts: factcheck's extract() against wink-nlp's
//    readDoc(text).entities() and compromise's people() + numbers();
//  - check() latency of a 1,000-word article against the seeds and against synthetic
//    corpora of 100, 1,000 and 10,000 articles (loaded from prebuilt indexes);
//  - time and memory to load a 10,000-article corpus.
// Run: bash benches/run.sh   (it builds the wasm and the corpora first)
// Extraction only: node benches/node/bench.mjs --extract-only   (after www/build.sh)
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const { initSync, Checker } = await import(path.join(root, 'www/pkg/factcheck.js'));
initSync({ module: fs.readFileSync(path.join(root, 'www/pkg/factcheck_bg.wasm')) });
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = require('compromise');

const out = {};
const seeds = Checker.withSeeds();
const texts = seeds.articles().map((a) => seeds.articleText(a.id));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

// The tools take turns, a slice of time each, for several rounds: on a shared machine the
// load changes from second to second, and turns expose every tool to the same changes, so
// the ratios hold even when the absolute figures move. A garbage collection, not timed,
// before each slice spares a tool the last one's garbage (and spares every tool the
// collection of what its own slice leaves, which favours the peers, whose garbage is
// most of it).
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
function throughputs(tools, rounds = 4, sliceMs = 1500) {
  for (const t of tools) { t.fn(); t.bytes = 0; t.ms = 0; } // warm up
  for (let r = 0; r < rounds; r++) {
    for (const t of tools) {
      gc();
      let n = 0;
      const t0 = performance.now();
      while (performance.now() - t0 < sliceMs) { t.fn(); n++; }
      t.ms += performance.now() - t0;
      t.bytes += n * bytes;
    }
  }
  return tools.map((t) => {
    const mbps = t.bytes / (t.ms / 1000) / 1e6;
    console.log(`${t.name.padEnd(34)} ${mbps.toFixed(3).padStart(9)} MB/s`);
    return mbps;
  });
}

const checker = new Checker();
const wink = winkNLP(model);
const [fc, wk, cp] = throughputs([
  { name: 'factcheck extract (wasm)', fn: () => { for (const t of texts) checker.extract(t); } },
  { name: 'wink-nlp readDoc().entities()', fn: () => { for (const t of texts) wink.readDoc(t).entities().out(); } },
  { name: 'compromise people() + numbers()', fn: () => { for (const t of texts) { const d = nlp(t); d.people().out('array'); d.numbers().out('array'); } } },
]);
out.extract = { factcheckMBps: fc, winkMBps: wk, compromiseMBps: cp, vsWink: fc / wk, vsCompromise: fc / cp };
console.log(`factcheck is ${(fc / wk).toFixed(1)}x wink-nlp and ${(fc / cp).toFixed(1)}x compromise`);
if (process.argv.includes('--extract-only')) process.exit(0);

function p50(fn, n = 60) {
  fn();
  const times = [];
  for (let i = 0; i < n; i++) { const t0 = performance.now(); fn(); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  return times[Math.floor(n / 2)];
}
const article = fs.readFileSync(path.join(here, 'article-1000.txt'), 'utf8');
out.check = { seedsMs: p50(() => seeds.check(article)) };
console.log(`check 1,000 words vs seeds: p50 ${out.check.seedsMs.toFixed(2)} ms`);
out.curve = [];
for (const n of [100, 1000, 10000]) {
  const file = path.join(here, `corpus-${n}.index.json`);
  if (!fs.existsSync(file)) continue;
  const text = fs.readFileSync(file, 'utf8');
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const c = Checker.fromIndex(text);
  const loadMs = performance.now() - t0;
  // Resident memory the loaded corpus added (wasm memory is not in the JS heap figures).
  const rssMem = Math.max(0, process.memoryUsage().rss - rss0);
  // The checker's own memory: the whole WebAssembly memory (every checker of this process,
  // the seeds and earlier corpora included), at its peak.
  const wasmMem = Checker.memoryBytes();
  const corpusBytes = Number(fs.readFileSync(path.join(here, `corpus-${n}.bytes`), 'utf8'));
  const ms = p50(() => c.check(article), 40);
  out.curve.push({ articles: n, checkP50Ms: ms, loadMs, corpusTextBytes: corpusBytes, wasmMemoryBytes: wasmMem, rssGrowthBytes: rssMem });
  console.log(`check vs ${String(n).padStart(5)} articles: p50 ${ms.toFixed(2)} ms; index loaded in ${(loadMs / 1000).toFixed(2)} s; checker memory ${(wasmMem / 1e6).toFixed(0)} MB (${(wasmMem / corpusBytes).toFixed(1)}x) for ${(corpusBytes / 1e6).toFixed(1)} MB of text; process +${(rssMem / 1e6).toFixed(0)} MB`);
  c.free();
}
fs.writeFileSync(path.join(here, 'results.json'), JSON.stringify({ generated: 'by node benches/node/bench.mjs (bash benches/run.sh); do not edit', ...out }, null, 2));
