// The packed npm tarball installs into a fresh, empty npm project and checks an article
// in Node (issue 7).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('npm pack → npm install in an empty project → check an article', () => {
  const out = execFileSync('bash', ['www/package.sh'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
  const tarball = path.join(root, out.at(-1));
  assert.ok(fs.existsSync(tarball), tarball);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-consumer-'));
  execFileSync('npm', ['init', '-y'], { cwd: dir, stdio: 'ignore' });
  execFileSync('npm', ['install', '--no-audit', '--no-fund', tarball], { cwd: dir, stdio: 'ignore' });
  fs.writeFileSync(path.join(dir, 'check.mjs'), `
    import { Checker } from 'factcheck-wasm';
    const checker = Checker.withSeeds();
    const text = 'Senator Marco Rubio met “the press” 😀.';
    const { findings } = checker.check(text);
    const f = findings.find((x) => x.rule === 'title-conflict');
    if (!f || text.slice(f.span.start, f.span.end) !== f.span.text) { console.error(JSON.stringify(findings)); process.exit(1); }
    // extract() builds its result in a JS module of its own (pkg/snippets): shipped too.
    const x = checker.extract(text);
    if (x.people[0]?.name !== 'Marco Rubio') { console.error(JSON.stringify(x)); process.exit(1); }
    console.log('ok', f.span.text);
  `);
  const result = execFileSync('node', ['check.mjs'], { cwd: dir, encoding: 'utf8' });
  assert.match(result, /^ok Senator Marco Rubio/);
  // The package declares its types and exports.
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules/factcheck-wasm/package.json'), 'utf8'));
  assert.equal(pkg.types, './pkg/factcheck.d.ts');
  assert.ok(pkg.exports['.'].node && pkg.exports['./panel']);
  assert.ok(fs.existsSync(path.join(dir, 'node_modules/factcheck-wasm/pkg/factcheck.d.ts')));
  // The licence texts of the crate's declared licences, which package.json names too.
  const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  assert.equal(pkg.license, cargo.match(/^license = "(.*)"$/m)[1]);
  for (const f of ['LICENSE-MIT', 'LICENSE-APACHE']) {
    assert.equal(fs.readFileSync(path.join(dir, 'node_modules/factcheck-wasm', f), 'utf8'), fs.readFileSync(path.join(root, f), 'utf8'));
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
