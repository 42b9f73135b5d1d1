// End-to-end tests of the page in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); srv?.server.close(); });

async function checkArticle(page, text) {
  await page.fill('#article', text);
  await page.click('#check');
  await page.waitForFunction(() => document.querySelector('#summary').textContent.length > 0);
}

test('the seed corpus is preloaded and listed', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  await page.click('#tab-corpus');
  const ids = await page.$$eval('#corpus-list li', (lis) => lis.map((l) => l.dataset.id));
  assert.equal(ids.length, 5);
  assert.ok(ids.includes('000_0307b1cb655c061a.txt'));
  await page.waitForSelector('#corpus-findings [data-rule="name-mismatch"]');
  await page.click('#tab-people');
  await page.waitForSelector('#people tr[data-person="Marco Rubio"]');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('checking an article lists findings and highlights the flagged words', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  const text = 'Ukraine talks\nSenator Marco Rubio met U.S. Special Envoy Steve Wintour. The strike in Ternopil killed 21 people.';
  await checkArticle(page, text);
  const rules = await page.$$eval('#findings [data-rule]', (xs) => xs.filter((x) => x.classList.contains('finding')).map((x) => x.dataset.rule));
  assert.ok(rules.includes('title-conflict'), rules.join());
  assert.ok(rules.includes('name-mismatch'), rules.join());
  assert.ok(rules.includes('number-conflict'), rules.join());
  const marks = await page.$$eval('mark[data-rule]', (ms) => ms.map((m) => [m.dataset.rule, m.textContent]));
  assert.ok(marks.some(([r, t]) => r === 'title-conflict' && t === 'Senator Marco Rubio'), JSON.stringify(marks));
  assert.ok(marks.some(([r, t]) => r === 'number-conflict' && t.includes('21 people')), JSON.stringify(marks));
  // Evidence shows the corpus article and the words.
  const ev = await page.$eval('#findings .finding[data-rule="title-conflict"] .evidence', (e) => e.textContent);
  assert.match(ev, /Secretary of State Marco Rubio/);
  // Clicking a finding marks its highlight, and the reverse.
  await page.click('#findings .finding[data-rule="title-conflict"]');
  assert.equal(await page.$eval('mark.active', (m) => m.textContent), 'Senator Marco Rubio');
  // The marks lie under the editor's text: clicking the words puts the caret in them.
  await page.click('mark[data-rule="number-conflict"]', { force: true });
  assert.equal(await page.$eval('.finding.active', (f) => f.dataset.rule), 'number-conflict');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('offsets are UTF-16: curly quotes, accents and emoji before the flagged words', async () => {
  const { page, ctx } = await openPage(browser, srv.url);
  const text = 'Café 😀 “quoted” — é — Senator Marco Rubio said the talks went well. 👍🏽 Zelensky spoke.';
  await checkArticle(page, text);
  const marks = await page.$$eval('mark[data-rule]', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.includes('Senator Marco Rubio'), JSON.stringify(marks));
  assert.ok(marks.includes('Zelensky'), JSON.stringify(marks));
  // The rendered article is the text itself.
  assert.equal(await page.$eval('#rendered', (r) => r.textContent), text);
  await ctx.close();
});

test('the user corpus persists across reloads', async () => {
  const { page, ctx } = await openPage(browser, srv.url);
  await page.click('#tab-corpus');
  await page.fill('#new-id', 'local-1.txt');
  await page.fill('#new-text', 'Mayor Elena Müller said the bridge would reopen.');
  await page.click('#add-article');
  await page.waitForSelector('#corpus-list li[data-id="local-1.txt"]');
  await page.click('#corpus-list li[data-id="001_fd9efc5d79b2d95b.txt"] button');
  await page.waitForSelector('#corpus-list li[data-id="001_fd9efc5d79b2d95b.txt"]', { state: 'detached' });
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  await page.click('#tab-corpus');
  const ids = await page.$$eval('#corpus-list li', (lis) => lis.map((l) => l.dataset.id));
  assert.ok(ids.includes('local-1.txt'));
  assert.ok(!ids.includes('001_fd9efc5d79b2d95b.txt'));
  assert.equal(ids.length, 5);
  await ctx.close();
});

test('the page runs under its Content-Security-Policy with no violations', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.doesNotMatch(csp, /'unsafe-eval'/);
  assert.equal(await page.$$eval('script:not([src])', (s) => s.length), 0);
  assert.deepEqual(errors.filter((e) => /Content Security Policy/i.test(e)), []);
  await ctx.close();
});

const XSS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">x</a>',
  '<body onload="window.__xss=1">',
  '<details open ontoggle="window.__xss=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '<input autofocus onfocus="window.__xss=1">',
  '<video><source onerror="window.__xss=1"></video>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<marquee onstart="window.__xss=1">',
  '<div style="background:url(javascript:window.__xss=1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:window.__xss=1//">',
  '<form action="javascript:window.__xss=1"><button>x</button></form>',
  '<template><img src=x onerror="window.__xss=1"></template>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
];

test('article text is never interpreted as HTML (article and corpus)', async () => {
  const { page, ctx } = await openPage(browser, srv.url);
  const payload = XSS.map((p, i) => `Senator Marco Rubio said ${p} in line ${i}.`).join('\n');
  await checkArticle(page, payload);
  // As a corpus article too.
  await page.click('#tab-corpus');
  await page.fill('#new-id', '<img src=x onerror="window.__xss=1">.txt');
  await page.fill('#new-text', payload);
  await page.click('#add-article');
  await page.waitForSelector('#corpus-list li:nth-child(6)');
  await page.click('#tab-people');
  await page.waitForSelector('#people tr[data-person="Marco Rubio"]');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  for (const sel of ['#rendered', '#findings', '#corpus-list', '#corpus-findings', '#people']) {
    const injected = await page.$$eval(`${sel} img, ${sel} script, ${sel} iframe, ${sel} svg, ${sel} object, ${sel} embed, ${sel} video, ${sel} input, ${sel} form, ${sel} a, ${sel} style`, (xs) => xs.length);
    assert.equal(injected, 0, `element injected in ${sel}`);
  }
  assert.equal(await page.$eval('#rendered', (r) => r.textContent), payload);
  await ctx.close();
});

test('settings: a rule switched off, a finding dismissed, both remembered', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  const text = 'Senator Marco Rubio met Zelensky. ukraine was not mentioned.';
  await checkArticle(page, text);
  assert.ok(await page.$('#findings .finding[data-rule="title-conflict"]'));
  // Dismiss the title conflict.
  await page.click('#findings .finding[data-rule="title-conflict"] .ignore');
  await page.waitForSelector('#findings .finding[data-rule="title-conflict"]', { state: 'detached' });
  // Switch name-variant off in the settings panel.
  await page.click('#tab-settings');
  await page.uncheck('[data-rule-toggle="name-variant"]');
  await page.click('#save-settings');
  await page.waitForFunction(() => document.querySelector('#settings-status').textContent === 'Saved.');
  await page.reload();
  await page.waitForSelector('body[data-state="ready"]');
  await checkArticle(page, text);
  const rules = await page.$$eval('#findings .finding', (xs) => xs.map((x) => x.dataset.rule));
  assert.ok(!rules.includes('title-conflict') && !rules.includes('name-variant'), rules.join());
  assert.ok(rules.includes('name-case'), rules.join());
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('the component on a textarea: highlights appear and findings-changed fires', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url + 'embed.html').catch(async () => ({}));
  assert.ok(page, 'embed.html did not load');
  await page.waitForSelector('fact-check-panel mark[data-rule="title-conflict"]');
  assert.equal(await page.$eval('body', (b) => b.dataset.errors), '2');
  // Typing re-checks after a pause; the event carries the findings.
  await page.evaluate(() => {
    window.__events = [];
    document.getElementById('panel').addEventListener('findings-changed', (e) => window.__events.push(e.detail));
  });
  await page.fill('#body', 'The strike killed 21 people in Ternopil. Zelensky spoke.');
  await page.waitForFunction(() => window.__events.length > 0);
  const detail = await page.evaluate(() => window.__events.at(-1));
  assert.ok(detail.findings.some((f) => f.rule === 'number-conflict'), JSON.stringify(detail));
  const marks = await page.$$eval('fact-check-panel mark[data-rule]', (ms) => ms.map((m) => [m.dataset.rule, m.textContent]));
  assert.ok(marks.some(([r, t]) => r === 'number-conflict' && t === '21 people'), JSON.stringify(marks));
  assert.ok(marks.some(([r, t]) => r === 'name-variant' && t === 'Zelensky'), JSON.stringify(marks));
  // The config attribute switches a rule off.
  await page.evaluate(() => document.getElementById('panel').setAttribute('config', JSON.stringify({ rules: { 'name-variant': 'off' } })));
  await page.waitForFunction(() => !document.querySelector('fact-check-panel').shadowRoot.querySelector('mark[data-rule="name-variant"]'));
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('the iframe + postMessage embed', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url + 'iframe-demo.html');
  await page.waitForSelector('body[data-frame="ready"]', { timeout: 20000 });
  await page.click('#send');
  await page.waitForSelector('body[data-findings]');
  const rules = await page.$eval('body', (b) => b.dataset.rules.split(' '));
  assert.ok(rules.includes('title-conflict') && rules.includes('name-mismatch'), rules.join());
  // The panel inside the frame highlights the words.
  const frame = page.frame({ url: /frame\.html/ });
  await frame.waitForSelector('fact-check-panel mark[data-rule="title-conflict"]');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('corrupted saved corpus: a clear message, the built-in corpus intact', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('factcheck.corpus.v1', '{"version":1,"removed":[42],"added":"oops"');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const { page } = await openPage(browser, srv.url, { context: ctx });
  assert.match(await page.$eval('#status', (s) => s.textContent), /unreadable/);
  assert.equal(await page.$eval('#status', (s) => s.classList.contains('error')), true);
  await page.click('#tab-corpus');
  assert.equal(await page.$$eval('#corpus-list li', (l) => l.length), 5);
  await ctx.close();
});

test('storage quota exceeded: a clear message, the in-memory corpus intact', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); };
  });
  const { page, errors } = await openPage(browser, srv.url, { context: ctx });
  await page.click('#tab-corpus');
  await page.fill('#new-id', 'kept.txt');
  await page.fill('#new-text', 'Mayor Elena Müller said the bridge would reopen.');
  await page.click('#add-article');
  await page.waitForSelector('#corpus-list li[data-id="kept.txt"]');
  assert.match(await page.$eval('#status', (s) => s.textContent), /Could not save the corpus/);
  assert.equal(await page.$$eval('#corpus-list li', (l) => l.length), 6);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('malformed corpus JSON is rejected without touching the corpus', async () => {
  const { page, ctx } = await openPage(browser, srv.url);
  await page.click('#tab-corpus');
  for (const bad of ['not json at all', '{"articles": "nope"}', '{"articles": [{"id": 3, "text": "x"}]}', '[]']) {
    await page.setInputFiles('#import', { name: 'corpus.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await page.waitForFunction(() => /Import rejected/.test(document.querySelector('#status').textContent));
    assert.equal(await page.$$eval('#corpus-list li', (l) => l.length), 5, bad);
    await page.evaluate(() => { document.querySelector('#status').textContent = ''; });
  }
  // A good file is imported.
  await page.setInputFiles('#import', { name: 'corpus.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 1, articles: [{ id: 'imp.txt', text: 'Mayor Ana Ruiz spoke.' }] })) });
  await page.waitForSelector('#corpus-list li[data-id="imp.txt"]');
  await ctx.close();
});

test('the page loads a prebuilt corpus index named by a meta tag', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { execFileSync } = await import('node:child_process');
  const { WWW } = await import('./harness.mjs');
  // A one-article corpus, so the page visibly uses the index rather than the seeds.
  const tmp = fs.mkdtempSync('/tmp/fc-index-');
  fs.writeFileSync(path.join(tmp, 'city.txt'), 'Mayor Elena Müller opened the bridge.\nMayor Elena Müller spoke.\n');
  execFileSync(path.join(WWW, '../target/debug/factcheck'), ['index', tmp, '-o', path.join(WWW, 'test.index.json')]);
  const html = fs.readFileSync(path.join(WWW, 'index.html'), 'utf8').replace('<title>', '<meta name="factcheck-index" content="test.index.json">\n<title>');
  fs.writeFileSync(path.join(WWW, 'index-test-index.html'), html);
  try {
    const { page, ctx, errors } = await openPage(browser, srv.url + 'index-test-index.html');
    await page.waitForSelector('body[data-state="ready"]');
    await page.click('#tab-corpus');
    assert.deepEqual(await page.$$eval('#corpus-list li', (l) => l.map((x) => x.dataset.id)), ['city.txt']);
    await page.click('#tab-check');
    await checkArticle(page, 'Governor Elena Müller spoke.');
    assert.ok(await page.$('#findings .finding[data-rule="title-conflict"]'));
    assert.deepEqual(errors, []);
    await ctx.close();
  } finally {
    fs.rmSync(path.join(WWW, 'test.index.json'), { force: true });
    fs.rmSync(path.join(WWW, 'index-test-index.html'), { force: true });
  }
});

test('the page is ready within 1 s of loading from localhost', async () => {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const t0 = Date.now();
    await page.goto(srv.url);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 20000 });
    times.push(Date.now() - t0);
    await ctx.close();
  }
  console.log(`page ready in ${times.join(', ')} ms`);
  assert.ok(Math.min(...times) <= 1000, times.join(', '));
});

test('the page and the panel render one article alike (render.js): counts and highlights', async () => {
  const text = 'Ukraine talks\nSenator Marco Rubio met U.S. Special Envoy Steve Wintour. The strike in Ternopil killed 21 people. Zelensky spoke.';
  const { page, ctx, errors } = await openPage(browser, srv.url);
  await checkArticle(page, text);
  const summary = await page.$eval('#summary', (s) => s.textContent);
  const marks = (ms) => ms.map((m) => [m.dataset.rule, m.dataset.severity, m.textContent]);
  const pageMarks = await page.$$eval('#rendered mark[data-rule]', marks);
  const embed = await ctx.newPage();
  embed.on('pageerror', (e) => errors.push(String(e)));
  await embed.goto(srv.url + 'embed.html');
  await embed.waitForSelector('fact-check-panel[data-state="ready"]');
  const panel = await embed.evaluate(async (t) => {
    const p = document.getElementById('panel');
    document.getElementById('body').value = t;
    const seen = new Promise((resolve) => p.addEventListener('findings-changed', (e) => resolve(e.detail), { once: true }));
    await p.check();
    const { errors, warnings, infos } = await seen;
    return { counts: [errors, warnings, infos], status: p.shadowRoot.querySelector('.status').textContent };
  }, text);
  const panelMarks = await embed.$$eval('fact-check-panel .preview mark[data-rule]', marks);
  assert.equal(panel.status, summary);
  const n = (k, word) => `${k} ${word}${k === 1 ? '' : 's'}`;
  assert.equal(summary, `${n(panel.counts[0], 'error')}, ${n(panel.counts[1], 'warning')}, ${panel.counts[2]} info`);
  assert.ok(pageMarks.length >= 3, JSON.stringify(pageMarks));
  assert.deepEqual(panelMarks, pageMarks);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('severity colours are CSS custom properties a host page can set', async () => {
  const { page, ctx } = await openPage(browser, srv.url + 'embed.html');
  await page.waitForSelector('fact-check-panel mark[data-severity="error"]');
  await page.evaluate(() => {
    const p = document.getElementById('panel');
    p.style.setProperty('--fc-error', 'rgb(1, 2, 3)');
    p.style.setProperty('--fc-error-bg', 'rgb(4, 5, 6)');
  });
  const panel = await page.$eval('fact-check-panel', (p) => {
    const css = (sel) => getComputedStyle(p.shadowRoot.querySelector(sel));
    return [css('li[data-severity="error"]').borderLeftColor, css('mark[data-severity="error"]').backgroundColor];
  });
  assert.deepEqual(panel, ['rgb(1, 2, 3)', 'rgb(4, 5, 6)']);
  await ctx.close();
  const main = await openPage(browser, srv.url);
  await checkArticle(main.page, 'Senator Marco Rubio met U.S. Special Envoy Steve Wintour.');
  const before = await main.page.$eval('#findings .finding[data-severity="error"]', (f) => getComputedStyle(f).borderLeftColor);
  assert.equal(before, 'rgb(185, 28, 28)');
  await main.page.evaluate(() => document.documentElement.style.setProperty('--fc-error', 'rgb(1, 2, 3)'));
  const page2 = await main.page.$eval('#findings .finding[data-severity="error"]', (f) => [getComputedStyle(f).borderLeftColor, getComputedStyle(f.querySelector('.sev')).color]);
  assert.deepEqual(page2, ['rgb(1, 2, 3)', 'rgb(1, 2, 3)']);
  await main.ctx.close();
});

test("the worker forwards the Checker's own methods (client.js)", async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  const r = await page.evaluate(async () => {
    const { CheckerClient } = await import('./client.js');
    const client = new CheckerClient();
    const c = client.checker;
    await c.new();
    const empty = (await c.articles()).length;
    await c.addArticle('a.txt', 'Secretary of State Marco Rubio spoke in Kyiv.');
    const { findings } = await c.check('Senator Marco Rubio spoke.', 'draft.txt');
    const text = await c.articleText('a.txt');
    const removed = [await c.removeArticle('a.txt'), await c.removeArticle('a.txt')];
    const rules = (await c.rules()).map((x) => x.id);
    const memory = await c.memoryBytes();
    const free = await client._conn.post(client.session, 'constructor', []).then(() => 'resolved', (e) => e.message);
    const bad = await c.setConfig({ nope: 1 }).then(() => 'accepted', (e) => e.message);
    client.terminate();
    const f = findings.find((x) => x.rule === 'title-conflict');
    return { empty, f: f && [f.span.doc, f.evidence[0].doc, f.evidence[0].before, f.evidence[0].after], text, removed, rules, memory, free, bad };
  });
  assert.equal(r.empty, 0);
  assert.deepEqual(r.f, ['draft.txt', 'a.txt', '', ' spoke in Kyiv.'], JSON.stringify(r));
  assert.equal(r.text, 'Secretary of State Marco Rubio spoke in Kyiv.');
  assert.deepEqual(r.removed, [true, false]);
  assert.ok(r.rules.includes('title-conflict'), r.rules.join());
  assert.ok(r.memory > 0);
  assert.equal(r.free, 'unknown method constructor');
  assert.match(r.bad, /setConfig/);
  assert.deepEqual(errors, []);
  await ctx.close();
});
