// Extraction throughput of several wasm builds side by side, in one Node process, against
// wink-nlp: slices of 1.2 s in turn, five rounds, each timed in the process's CPU time
// (`process.cpuUsage()`), which a loaded machine disturbs less than wall time.
// Build each variant with `bash www/build.sh` and copy www/pkg aside, then:
//   node benches/node/ab.mjs /tmp/pkg_a /tmp/pkg_b ...   (absolute paths; npm ci here once)
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const tools = [];
let texts;
for (const d of process.argv.slice(2)) {
  const m = await import(path.join(d, 'factcheck.js'));
  m.initSync({ module: fs.readFileSync(path.join(d, 'factcheck_bg.wasm')) });
  if (!texts) {
    const s = m.Checker.withSeeds();
    texts = s.articles().map((a) => s.articleText(a.id));
  }
  const c = new m.Checker();
  tools.push({ name: d, fn: () => { for (const t of texts) c.extract(t); } });
}
const wink = require('wink-nlp')(require('wink-eng-lite-web-model'));
tools.push({ name: 'wink-nlp', fn: () => { for (const t of texts) wink.readDoc(t).entities().out(); } });
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (const t of tools) { t.fn(); t.bytes = 0; t.ms = 0; }
for (let r = 0; r < 5; r++) {
  for (const t of tools) {
    gc();
    let n = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    while (performance.now() - t0 < 1200) { t.fn(); n++; }
    const c1 = process.cpuUsage(c0);
    t.ms += (c1.user + c1.system) / 1000;
    t.bytes += n * bytes;
  }
}
const mbps = (t) => t.bytes / t.ms / 1e3;
const wink0 = mbps(tools.at(-1));
for (const t of tools) {
  console.log(`${t.name.padEnd(28)} ${mbps(t).toFixed(2).padStart(7)} MB/s  ${(mbps(t) / wink0).toFixed(2)}x wink-nlp`);
}
