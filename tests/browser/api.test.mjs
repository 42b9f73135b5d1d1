// Tests of the wasm API in Node: the page's build (www/pkg), loaded as the npm package's
// node.js loads it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, Checker, Loader } from '../../www/pkg/factcheck.js';

initSync({ module: readFileSync(new URL('../../www/pkg/factcheck_bg.wasm', import.meta.url)) });

test('withSeeds, articles, add and remove', () => {
  const c = Checker.withSeeds();
  assert.equal(c.articles().length, 5);
  c.addArticle('x.txt', 'Mayor Elena Müller spoke.', 'A title');
  assert.equal(c.articles().length, 6);
  assert.equal(c.articles().find((a) => a.id === 'x.txt').title, 'A title');
  assert.equal(c.removeArticle('x.txt'), true);
  assert.equal(c.removeArticle('x.txt'), false);
  const empty = new Checker();
  assert.equal(empty.articles().length, 0);
  assert.deepEqual(empty.check('Anything at all.').findings, []);
});

test('addArticle takes {title, published}; articles() gives the publication day', () => {
  const c = new Checker();
  c.addArticle('a.txt', 'The storm killed 14 people in Dunmere.', { title: 'Storm', published: '2026-03-02' });
  c.addArticle('b.md', '---\ndate: 2026-03-03\n---\n# Toll\n\nThe storm killed 20 people in Dunmere.\n');
  c.addArticle('c.txt', 'Toll\n\nDUNMERE, March 4 (Wire) - The storm killed 20 people.', null);
  const day = (id) => c.articles().find((a) => a.id === id).published;
  assert.equal(c.articles().find((a) => a.id === 'a.txt').title, 'Storm');
  assert.deepEqual([day('a.txt'), day('b.md'), day('c.txt')], ['2026-03-02', '2026-03-03', '--03-04']);
  // Dated, the later higher toll is an update (info), not an error.
  const f = c.scan().findings.filter((x) => x.rule === 'number-conflict');
  assert.ok(f.length > 0 && f.every((x) => x.severity === 'info'), JSON.stringify(f));
  assert.throws(() => c.addArticle('d.txt', 'x', { published: 'yesterday' }), /not an ISO 8601 date/);
  assert.throws(() => c.addArticle('d.txt', 'x', 42), /expected the title as a string/);
});

test('check offsets are UTF-16 code units', () => {
  const c = Checker.withSeeds();
  const text = '“Café” 😀 é 👍🏽 — Senator Marco Rubio spoke; Zelensky too.';
  const { findings } = c.check(text);
  assert.ok(findings.length >= 2);
  for (const f of findings) {
    assert.equal(text.slice(f.span.start, f.span.end), f.span.text);
    for (const e of f.evidence) assert.equal(c.articleText(e.doc).slice(e.start, e.end), e.text);
  }
});

test('scan and extract', () => {
  const c = Checker.withSeeds();
  const { findings } = c.scan();
  for (const f of findings) assert.equal(c.articleText(f.span.doc).slice(f.span.start, f.span.end), f.span.text);
  assert.ok(findings.some((f) => f.rule === 'quote-wording'));
  const x = c.extract('Kremlin spokesman Dmitry Peskov said “no talks are planned,” adding that 40% agreed.');
  assert.equal(x.people[0].name, 'Dmitry Peskov');
  assert.equal(x.people[0].title, 'Kremlin spokesman');
  assert.equal(x.quotes[0].speaker, 'Dmitry Peskov');
  assert.equal(x.quantities[0].unit, '%');
});

test('scan and people in parts give the whole, in order', () => {
  const c = Checker.withSeeds();
  const n = c.articles().length;
  const findings = [];
  /** @type {Map<string, any[]>} */
  const people = new Map();
  for (let from = 0; from < n; from += 2) {
    findings.push(...c.scanPart(from, 2).findings);
    for (const p of c.peoplePart(from, 2)) people.set(p.name, [...(people.get(p.name) ?? []), ...p.forms]);
  }
  assert.deepEqual(findings, c.scan().findings);
  assert.deepEqual(new Map(c.people().map((p) => [p.name, p.forms])), people);
  assert.deepEqual(c.scanPart(n, 10).findings, []);
});

test('extract gives the CLI\'s JSON report, with UTF-16 offsets', async () => {
  // extract() hands its result over in a compact form (src/wasm/extracted.rs and .js);
  // the CLI serialises the same report with serde. Both must give the same objects.
  const { execFileSync } = await import('node:child_process');
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const root = new URL('../../', import.meta.url).pathname;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-extract-'));
  const files = fs.readdirSync(path.join(root, 'seeds')).map((f) => path.join(root, 'seeds', f));
  const invented = path.join(dir, 'invented.txt');
  fs.writeFileSync(invented, 'Örebro’s “Café” 😀 report\n\nMayor Åsa Lindqvist 👍🏽 said “more than 40 people” ' +
    'died, up to 3.5 million kronor — about 12% of the budget — was lost, and “we will rebuild,” ' +
    'Lindqvist added. Nearly two dozen families left.\n');
  files.push(invented);
  const json = execFileSync('cargo', ['run', '-q', '--bin', 'factcheck', '--', 'extract', '--format', 'json', ...files],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const { documents } = JSON.parse(json);
  const c = new Checker();
  const seen = { excluded: 0, people: 0, quantities: 0, quotes: 0 };
  files.forEach((file, i) => {
    const text = fs.readFileSync(file, 'utf8');
    // Byte offset → UTF-16 offset, at every character boundary.
    const utf16 = new Map();
    let b = 0;
    let u = 0;
    for (const ch of text) {
      utf16.set(b, u);
      b += Buffer.byteLength(ch);
      u += ch.length;
    }
    utf16.set(b, u);
    const expected = documents[i];
    expected.doc = 'article';
    for (const list of [expected.excluded, expected.people, expected.quantities, expected.quotes]) {
      for (const x of list) {
        x.start = utf16.get(x.start);
        x.end = utf16.get(x.end);
        if (x.doc) x.doc = 'article';
      }
    }
    const got = c.extract(text);
    assert.deepEqual(got, expected, file);
    for (const k of ['excluded', 'people', 'quantities', 'quotes']) seen[k] += got[k].length;
    for (const q of got.quantities) assert.equal(text.slice(q.start, q.end), q.text);
  });
  // Every list, and nulls and non-ASCII text among the values, were compared.
  for (const [k, n] of Object.entries(seen)) assert.ok(n > 0, k);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('bad arguments are JS errors, not panics', () => {
  const c = Checker.withSeeds();
  assert.throws(() => c.addArticle('', 'text'), /id must be a non-empty string/);
  assert.throws(() => c.addArticle('   ', 'text'), Error);
  // After an error the checker still works.
  assert.ok(c.check('Senator Marco Rubio spoke.').findings.length > 0);
});

test('a Loader fed an index in pieces loads what fromIndex loads', () => {
  const c = new Checker();
  c.addArticle('a.txt', 'Minister Ana Köhler said “40 people” died.');
  c.addArticle('b.txt', 'Minister Anna Kohler said 41 people died on Tuesday.');
  const bytes = new TextEncoder().encode(c.toIndex());
  const text = 'Minister Ana Köhler said 45 people died.';
  const whole = Checker.fromIndex(c.toIndex());
  for (const size of [1, 3, 7, 64, bytes.length]) {
    const l = new Loader();
    let n = 0;
    for (let o = 0; o < bytes.length; o += size) n = l.push(bytes.subarray(o, o + size));
    assert.equal(n, 2);
    const loaded = l.finish();
    assert.equal(loaded.articleText('a.txt'), 'Minister Ana Köhler said “40 people” died.');
    assert.deepEqual(loaded.check(text), whole.check(text));
    assert.deepEqual(loaded.scan(), whole.scan());
  }
  const bad = new Loader();
  assert.throws(() => bad.push(new TextEncoder().encode('{"format": "factcheck-index", "version": 1}\n')), /corpus index is not valid/);
  bad.free();
  assert.throws(() => new Loader().finish(), /corpus index is not valid/);
});

test('a prebuilt index loads and checks the same', () => {
  const seeds = Checker.withSeeds();
  const index = seeds.toIndex();
  const loaded = Checker.fromIndex(index);
  assert.equal(loaded.articles().length, 5);
  const text = 'Senator Marco Rubio spoke; the strike killed 21 people.';
  assert.deepEqual(loaded.check(text), seeds.check(text));
  assert.throws(() => Checker.fromIndex('{"format": "factcheck-index", "version": 1, "articles": [{}]}'), /corpus index is not valid/);
  // Read line by line: a damaged article line is reported with its line number.
  const lines = index.split('\n');
  lines[2] = lines[2].slice(0, 40);
  assert.throws(() => Checker.fromIndex(lines.join('\n')), /line 3/);
  assert.throws(() => Checker.fromIndex(42), /expected the text of the index file as a string/);
  assert.throws(() => Checker.fromIndex(''), /corpus index is not valid/);
  // Non-ASCII text survives the line-by-line reading (UTF-16 in, UTF-8 inside).
  const c = new Checker();
  c.addArticle('a.txt', 'Minister Ana Köhler said “40 people” died.');
  assert.equal(Checker.fromIndex(c.toIndex()).articleText('a.txt'), 'Minister Ana Köhler said “40 people” died.');
  assert.ok(Checker.memoryBytes() > 0);
});

test('rules: each with its id, default severity, description and documentation', () => {
  const rules = Checker.rules();
  assert.deepEqual(rules.map((r) => r.id).slice(0, 2), ['name-case', 'name-variant']);
  for (const r of rules) {
    assert.deepEqual(Object.keys(r).sort(), ['description', 'doc', 'id', 'severity'], r.id);
    assert.ok(['error', 'warning', 'info'].includes(r.severity), r.id);
    assert.ok(r.description.length > 0 && r.doc.length > r.description.length, r.id);
  }
});

// The product's budget for the WebAssembly (DEVELOPERS guide; issues 19, 22, 24): 600 KB
// gzipped, room the accuracy work's lexicons need. Until 2026-12-01 this test held the
// tighter 350 KB / 1 MB of the speed issue; cheap article removal (377 KB) and the full
// HTML5 entity table took it past that.
test('the wasm binary stays within 2 MB, and 600 KB gzipped', async () => {
  const fs = await import('node:fs');
  const zlib = await import('node:zlib');
  const wasm = fs.readFileSync(new URL('../../www/pkg/factcheck_bg.wasm', import.meta.url));
  const gz = zlib.gzipSync(wasm, { level: 9 }).length;
  console.log(`wasm: ${wasm.length} bytes, ${gz} gzipped`);
  assert.ok(wasm.length <= 2_000_000, `${wasm.length} bytes`);
  assert.ok(gz <= 600 * 1024, `${gz} bytes gzipped`);
});

test('wrong argument types are JS errors and the checker keeps working', () => {
  const c = Checker.withSeeds();
  for (const bad of [() => c.check(123), () => c.check(null), () => c.addArticle(null, 'x'), () => c.addArticle('a.txt', {}), () => c.setConfig({ rules: { nope: 'off' } }), () => c.setConfig('not json')]) {
    assert.throws(bad, (e) => e instanceof Error && typeof e.message === 'string' && e.message.length > 0);
  }
  assert.equal(c.articles().length, 5);
  assert.ok(c.check('Senator Marco Rubio spoke.').findings.length > 0);
});

test('bad arguments are TypeErrors that say what was expected', () => {
  const c = Checker.withSeeds();
  const cases = [
    [() => c.check(42), 'check: expected the article text as a string, got a number'],
    [() => c.check({}), 'check: expected the article text as a string, got an object'],
    [() => c.check(), 'check: expected the article text as a string, got nothing'],
    [() => c.check('x', 7), 'check: expected the id as a string, got a number'],
    [() => c.addArticle('a', 5), 'addArticle: expected the article text as a string, got a number'],
    [() => c.addArticle(null, 'x'), 'addArticle: expected the id as a string, got null'],
    [() => c.addArticle('a', 'x', 3), 'addArticle: expected the title as a string, got a number'],
    [() => c.removeArticle([]), 'removeArticle: expected the id as a string, got an array'],
    [() => c.articleText(1), 'articleText: expected the id as a string, got a number'],
    [() => c.extract(true), 'extract: expected the article text as a string, got a boolean'],
    [() => c.setConfig(42), 'setConfig: expected a config object or its JSON text, got a number'],
    [() => Checker.fromIndex(3), 'fromIndex: expected the text of the index file as a string, got a number'],
  ];
  for (const [bad, message] of cases) assert.throws(bad, (e) => e instanceof TypeError && e.message === message, message);
  // Nothing broke: the checker still works, optional arguments may be left out.
  c.addArticle('t.txt', 'Mayor Ada Quist spoke.', null);
  assert.equal(c.articles().length, 6);
  assert.ok(c.check('Senator Marco Rubio spoke.', undefined).findings.length > 0);
});
