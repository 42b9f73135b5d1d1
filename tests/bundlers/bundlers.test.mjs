// The npm package in production builds of a Vite app and a webpack app (issue 24): both
// bundle the panel, its worker and the wasm; the built apps, served as static files, get
// findings in Chromium. Also: the package imports on a server (no DOM), and its types
// compile a sample using every API and reject one with a misspelt field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch } from '../browser/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
// Everything built here lives in .work/ (node_modules/factcheck-wasm is the packed
// package, unpacked), under this folder so the bundlers resolve from its node_modules.
const work = path.join(here, '.work');
let browser;

before(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  const pkg = path.join(work, 'node_modules/factcheck-wasm');
  fs.mkdirSync(pkg, { recursive: true });
  const out = execFileSync('bash', ['www/package.sh'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
  execFileSync('tar', ['-xzf', path.join(root, out.at(-1)), '-C', pkg, '--strip-components=1']);
  browser = await launch();
});
after(async () => { await browser?.close(); });

/** Copies the sample app into .work/NAME. */
function app(name) {
  const dir = path.join(work, name);
  fs.cpSync(path.join(here, 'apps'), dir, { recursive: true });
  return dir;
}

/** Serves a built app and returns the rules the panel found (or the error it showed). */
async function findingsOf(dist) {
  const srv = await serve(dist);
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await page.goto(srv.url);
    await page.waitForSelector('body[data-rules], body[data-error]', { timeout: 30000 });
    const body = await page.$eval('body', (b) => ({ rules: b.dataset.rules, error: b.dataset.error }));
    const marks = await page.$$eval('fact-check-panel', (ps) => ps.map((p) => p.shadowRoot.querySelectorAll('mark[data-rule]').length));
    return { ...body, marks, errors, workers: page.workers().length };
  } finally {
    await ctx.close();
    srv.server.close();
  }
}

/** The files of a build, relative. */
const files = (dir) => fs.readdirSync(dir, { recursive: true }).map(String);

test('Vite production build: the panel, its worker and the wasm load', async () => {
  const { build } = await import('vite');
  const dir = app('vite-app');
  await build({ root: dir, logLevel: 'warn', configFile: false, build: { outDir: path.join(dir, 'dist') } });
  const built = files(path.join(dir, 'dist'));
  assert.ok(built.some((f) => f.endsWith('.wasm')), built.join());
  // The worker is a file of its own, not a data: URL that cannot load the wasm.
  const js = built.filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(dir, 'dist', f), 'utf8')).join('\n');
  assert.doesNotMatch(js, /data:(text|application)\/javascript/);
  const r = await findingsOf(path.join(dir, 'dist'));
  assert.equal(r.error, undefined, JSON.stringify(r));
  assert.ok(r.rules.split(' ').includes('title-conflict'), JSON.stringify(r));
  assert.ok(r.marks[0] > 0, JSON.stringify(r));
  assert.deepEqual(r.errors, []);
});

test('webpack production build: the panel, its worker and the wasm load', async () => {
  const { default: webpack } = await import('webpack');
  const dir = app('webpack-app');
  const dist = path.join(dir, 'dist');
  const stats = await new Promise((resolve, reject) => webpack({
    mode: 'production',
    context: dir,
    entry: './main.js',
    output: { path: dist, filename: 'main.js', publicPath: 'auto' },
    performance: { hints: false },
  }, (err, s) => (err ? reject(err) : resolve(s))));
  assert.ok(!stats.hasErrors(), stats.toString('errors-only'));
  fs.writeFileSync(path.join(dist, 'index.html'), fs.readFileSync(path.join(dir, 'index.html'), 'utf8'));
  const built = files(dist);
  assert.ok(built.some((f) => f.endsWith('.wasm')), built.join());
  const r = await findingsOf(dist);
  assert.equal(r.error, undefined, JSON.stringify(r));
  assert.ok(r.rules.split(' ').includes('title-conflict'), JSON.stringify(r));
  assert.deepEqual(r.errors, []);
});

test('explicit worker and wasm URLs: the files served from elsewhere', async () => {
  // A page that loads the package's files as they are (no bundler), from /lib/, and names
  // the worker and the wasm with the panel's attributes.
  const dir = path.join(work, 'explicit');
  fs.cpSync(path.join(work, 'node_modules/factcheck-wasm'), path.join(dir, 'lib'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.copyFileSync(path.join(dir, 'lib/pkg/factcheck_bg.wasm'), path.join(dir, 'assets/checker.wasm'));
  fs.rmSync(path.join(dir, 'lib/pkg/factcheck_bg.wasm'));
  fs.writeFileSync(path.join(dir, 'index.html'), fs.readFileSync(path.join(here, 'apps/index.html'), 'utf8')
    .replace('<fact-check-panel id="panel" for="body">', '<fact-check-panel id="panel" for="body" worker-url="/lib/worker.js" wasm-url="/assets/checker.wasm">')
    .replace('./main.js', './main.mjs'));
  fs.writeFileSync(path.join(dir, 'main.mjs'), fs.readFileSync(path.join(here, 'apps/main.js'), 'utf8').replace("'factcheck-wasm/panel'", "'./lib/fact-check-panel.js'"));
  const r = await findingsOf(dir);
  assert.equal(r.error, undefined, JSON.stringify(r));
  assert.ok(r.rules.split(' ').includes('title-conflict'), JSON.stringify(r));
});

test('on a server (no DOM): the package and the panel import without throwing', () => {
  const out = execFileSync('node', ['--input-type=module', '-e', `
    const panel = await import('factcheck-wasm/panel');
    const client = await import('factcheck-wasm/client');
    const pm = await import('factcheck-wasm/prosemirror');
    const { Checker } = await import('factcheck-wasm');
    const c = Checker.withSeeds();
    let typeError = '';
    try { c.check(42); } catch (e) { typeError = e.constructor.name + ': ' + e.message; }
    console.log(JSON.stringify({ panel: typeof panel.FactCheckPanel, client: typeof client.CheckerClient, pm: typeof pm.proseMirrorAdapter, n: c.check('Senator Marco Rubio spoke.').findings.length, typeError }));
  `], { cwd: work, encoding: 'utf8' });
  const r = JSON.parse(out);
  assert.deepEqual([r.panel, r.client, r.pm], ['function', 'function', 'function']);
  assert.ok(r.n > 0);
  assert.equal(r.typeError, 'TypeError: check: expected the article text as a string, got a number');
});

const tsc = path.join(root, 'tests/browser/node_modules/.bin/tsc');
/** Type-checks one sample against the installed package: tsc's output, or '' when it passes. */
function typecheck(sample) {
  const dir = path.join(work, 'types');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(here, 'types', sample), path.join(dir, sample));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'es2022', moduleResolution: 'bundler', lib: ['es2022', 'dom', 'dom.iterable'], types: [], skipLibCheck: false },
    files: [sample],
  }));
  try {
    execFileSync(tsc, ['-p', dir], { encoding: 'utf8' });
    return '';
  } catch (e) {
    return String(e.stdout) + String(e.stderr);
  }
}

test('types: a sample using every API compiles under --strict', () => {
  assert.equal(typecheck('every-api.ts'), '');
});

test('types: misspelt fields and wrong arguments do not compile', () => {
  const out = typecheck('misspelt.ts');
  const lines = out.split('\n').filter((l) => /error TS/.test(l));
  // Every line of the sample marked `// error` fails, and nothing else.
  const src = fs.readFileSync(path.join(here, 'types/misspelt.ts'), 'utf8').split('\n');
  const expected = src.map((l, i) => (l.includes('// error') ? i + 1 : 0)).filter(Boolean);
  const got = [...new Set(lines.map((l) => Number(l.match(/\((\d+),\d+\)/)?.[1])))];
  assert.deepEqual(got, expected, out);
});
