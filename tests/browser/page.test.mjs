// End-to-end tests of the page an editor keeps open (issue #23): editing in place, fixes,
// scoped dismissals, readable sources, the Story view, the corpus, keyboard use,
// accessibility (axe-core) and the phone layout. Debian's Chromium, as e2e.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { serve, launch, openPage } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ARTICLE = 'Peace plan talks resume in Kyiv\nSenator Marco Rubio and U.S. Special Envoy Steve Witkof met in Geneva on Sunday.\nThe strike in Ternopil killed 21 people, officials said.';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); srv?.server.close(); });

/** Types (well, pastes as typing would) the article and waits for its findings. */
async function write(page, text) {
  await page.fill('#article', text);
  await page.waitForFunction(() => document.querySelector('#summary').textContent.length > 0);
}
const finding = (page, rule) => page.$(`#findings .finding[data-rule="${rule}"]`);

test('typing re-checks, and a highlight whose words changed vanishes at once', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  await write(page, ARTICLE);
  assert.equal(await page.$eval('#rendered mark[data-rule="name-mismatch"]', (m) => m.textContent), 'Steve Witkof');
  // Type the missing "f": the stale mark and card go before any re-check.
  const at = ARTICLE.indexOf('Witkof') + 'Witkof'.length;
  await page.focus('#article');
  await page.evaluate((i) => document.querySelector('#article').setSelectionRange(i, i), at);
  await page.keyboard.type('f');
  const now = await page.evaluate(() => ({
    marks: [...document.querySelectorAll('#rendered mark')].map((m) => m.textContent),
    summary: document.querySelector('#summary').textContent,
    busy: document.querySelector('#findings').hasAttribute('aria-busy'),
    cards: [...document.querySelectorAll('#findings .finding')].map((f) => f.dataset.rule),
  }));
  assert.ok(!now.marks.includes('Steve Witkof'), JSON.stringify(now));
  assert.ok(now.marks.includes('Senator Marco Rubio'), 'marks before the edit stay');
  assert.ok(!now.cards.includes('name-mismatch') && now.busy && now.summary === '', JSON.stringify(now));
  // The re-check comes as typing pauses.
  await page.waitForFunction(() => document.querySelector('#summary').textContent.length > 0);
  assert.equal(await finding(page, 'name-mismatch'), null);
  assert.ok(await finding(page, 'title-conflict'));
  assert.equal(await page.$eval('#rendered', (r) => r.textContent), ARTICLE.replace('Witkof', 'Witkoff'));
  // The draft survives a reload, and is checked again.
  await page.reload();
  await page.waitForSelector('#findings .finding[data-rule="title-conflict"]');
  assert.equal(await page.$eval('#article', (t) => t.value), ARTICLE.replace('Witkof', 'Witkoff'));
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a fix is applied in one click, re-checked, and focus goes to the summary', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  await write(page, ARTICLE);
  assert.equal(await page.$eval('#findings .finding[data-rule="name-mismatch"] .fix', (b) => b.textContent), 'Replace with “Witkoff”');
  await page.click('#findings .finding[data-rule="name-mismatch"] .fix');
  await page.waitForFunction(() => !document.querySelector('#findings .finding[data-rule="name-mismatch"]') && document.querySelector('#summary').textContent);
  assert.match(await page.$eval('#article', (t) => t.value), /Special Envoy Steve Witkoff met/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'summary');
  // The title too: the whole "Senator Marco Rubio" becomes the corpus's title.
  await page.click('#findings .finding[data-rule="title-conflict"] .fix');
  await page.waitForFunction(() => !document.querySelector('#findings .finding[data-rule="title-conflict"]') && document.querySelector('#summary').textContent);
  assert.match(await page.$eval('#article', (t) => t.value), /^Peace plan talks resume in Kyiv\nSecretary of State Marco Rubio and/);
  // A number has no fix: it offers its sources instead.
  assert.equal(await page.$('#findings .finding[data-rule="number-conflict"] .fix'), null);
  await page.click('#findings .finding[data-rule="number-conflict"] .open-source');
  await page.waitForSelector('#reader[open] #reader-text mark');
  assert.match(await page.$eval('#reader-text mark', (m) => m.textContent), /people/);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('an occurrence dismissal hides only that occurrence, and says so', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  await write(page, ARTICLE);
  await page.click('#findings .finding[data-rule="title-conflict"] .ignore');
  await page.waitForFunction(() => !document.querySelector('#findings .finding[data-rule="title-conflict"]'));
  assert.equal(await page.$eval('#check-dismissed .dismissed-count', (s) => s.textContent), '1 dismissed');
  assert.match(await page.$eval('#status', (s) => s.textContent), /Dismissed “Senator Marco Rubio” here/);
  // Another article with the same error: still flagged.
  await write(page, 'Ceasefire hopes\nOn Monday, Senator Marco Rubio told reporters the plan was final.');
  assert.ok(await finding(page, 'title-conflict'), 'the same error elsewhere is still shown');
  assert.equal(await page.$('#check-dismissed .dismissed-count'), null);
  // Back to the first: hidden, counted, shown on request, and undone.
  await write(page, ARTICLE);
  assert.equal(await finding(page, 'title-conflict'), null);
  await page.click('#check-dismissed .show-dismissed');
  assert.match(await page.$eval('#check-dismissed li', (l) => l.textContent), /Senator.*dismissed here/);
  await page.click('#check-dismissed .undismiss');
  await page.waitForSelector('#findings .finding[data-rule="title-conflict"]');
  // Dismissed in the corpus view too, with its count there.
  await page.click('#tab-corpus');
  await page.waitForSelector('#corpus-findings .finding[data-rule="name-case"]');
  const before = await page.$$eval('#corpus-findings .finding', (f) => f.length);
  await page.click('#corpus-findings .finding[data-rule="name-case"] .ignore');
  await page.waitForSelector('#corpus-dismissed .dismissed-count');
  assert.equal(await page.$$eval('#corpus-findings .finding', (f) => f.length), before - 1);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('sources are cited by headline, every article the message counts', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  await write(page, ARTICLE);
  const card = '#findings .finding[data-rule="title-conflict"]';
  assert.match(await page.$eval(card, (c) => c.querySelector('.message').textContent), /in 4 articles/);
  const docs = await page.$$eval(`${card} .evidence .doc`, (d) => d.map((x) => x.textContent));
  assert.equal(docs.length, 4, docs.join(' | '));
  assert.ok(docs.includes('Breaking: Zelenskyy Gets US Peace Plan Amid Ukraine War'), docs.join(' | '));
  assert.ok(docs.every((d) => !/\.txt$/.test(d)), docs.join(' | '));
  assert.equal(await page.$eval(`${card} .sources-head`, (h) => h.textContent), 'Sources (4 articles)');
  // Findings come in text order, each with its severity as a word.
  const order = await page.$$eval('#findings .finding', (f) => f.map((x) => x.dataset.rule));
  assert.deepEqual(order, ['title-conflict', 'name-mismatch', 'number-conflict']);
  assert.equal(await page.$eval(`${card} .sev`, (s) => s.textContent.trim()), '✖ Error');
  // The severity filter.
  await page.uncheck('#check-filter input[data-severity="error"]');
  assert.equal(await page.$$eval('#findings .finding', (f) => f.length), 0);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test("the Story view lists the seeds' claims with each article's value, and exports CSV", async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  await page.click('#tab-story');
  const row = '#story-claims tr[data-claim="count:|person|killed"]';
  await page.waitForSelector(row);
  const values = await page.$$eval(`${row} .values li`, (l) => l.map((x) => x.textContent));
  assert.equal(values.length, 2, values.join(' | '));
  assert.ok(values.every((v) => v.startsWith('at least 26 people — ')), values.join(' | '));
  assert.ok(await page.$('#story-people tr[data-person="Marco Rubio"].conflict'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#story-csv')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^"kind","subject","article","value","title","disagreement"\r\n/);
  assert.match(csv, /"claim","person · killed","US Officials in Ukraine Amid Reports of Peace Plan Involving Russia","at least 26 people"/);
  assert.match(csv, /"person","Marco Rubio",".*","Marco Rubio","Senator","title-conflict"/);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('corpus: remove then undo, ask before replacing, open an article, people one row each', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  await page.click('#tab-corpus');
  const id = '002_4d42839a3193f682.txt';
  assert.match(await page.$eval(`#corpus-list li[data-id="${id}"] strong`, (s) => s.textContent), /^US Officials in Ukraine/);
  await page.click(`#corpus-list li[data-id="${id}"] button.remove`);
  await page.waitForSelector(`#corpus-list li[data-id="${id}"]`, { state: 'detached' });
  assert.match(await page.$eval('#status', (s) => s.textContent), /Removed US Officials/);
  await page.click('#undo-slot .undo');
  await page.waitForSelector(`#corpus-list li[data-id="${id}"]`);
  assert.equal(await page.$$eval('#corpus-list li', (l) => l.length), 5);
  // Same name: asked first; cancelling keeps the old article.
  await page.fill('#new-id', id);
  await page.fill('#new-text', 'Mayor Elena Müller said the bridge would reopen.');
  await page.click('#add-article');
  await page.waitForSelector('#ask[open]');
  await page.click('#ask button[data-answer="Cancel"]');
  await page.waitForSelector('#ask', { state: 'hidden' });
  assert.match(await page.$eval(`#corpus-list li[data-id="${id}"] strong`, (s) => s.textContent), /^US Officials/);
  assert.match(await page.$eval('#status', (s) => s.textContent), /Nothing was added/);
  // Restore the built-in articles after removing one.
  await page.click('#corpus-list li[data-id="000_0307b1cb655c061a.txt"] button.remove');
  await page.waitForSelector('#corpus-list li[data-id="000_0307b1cb655c061a.txt"]', { state: 'detached' });
  await page.click('#restore-seeds');
  await page.waitForSelector('#corpus-list li[data-id="000_0307b1cb655c061a.txt"]');
  // Open an article: its text with its highlights.
  await page.click('#corpus-list li[data-id="000_0307b1cb655c061a.txt"] button.open');
  await page.waitForSelector('#reader[open] #reader-text mark[data-rule="name-case"]');
  assert.equal(await page.$eval('#reader-title', (t) => t.textContent), 'Ukraine receives US Draft Peace Plan, Aims for Constructive Dialog');
  await page.keyboard.press('Escape');
  // People: one row per person, searchable.
  await page.click('#tab-people');
  await page.waitForSelector('#people tr[data-person="Marco Rubio"]');
  assert.equal(await page.$$eval('#people tr[data-person="Marco Rubio"]', (r) => r.length), 1);
  await page.fill('#people-search', 'witkoff');
  assert.deepEqual(await page.$$eval('#people tbody tr', (r) => r.map((x) => x.dataset.person)), ['Steve Witkoff']);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test("an article's publication day, as the checker reads it, is shown with it", async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  await page.click('#tab-corpus');
  // A dateline with no year: only the checker reads it (2 March).
  await page.fill('#new-id', 'dated.txt');
  await page.fill('#new-text', 'Bridge Reopens\n\nDUNMERE, March 2 (Coast Wire) - Mayor Elena Müller said the bridge would reopen.');
  await page.click('#add-article');
  await page.waitForSelector('#corpus-list li[data-id="dated.txt"]');
  await page.waitForFunction(() => /2 March/.test(document.querySelector('#corpus-list li[data-id="dated.txt"] strong')?.textContent || ''));
  assert.equal(await page.$eval('#corpus-list li[data-id="dated.txt"] strong', (s) => s.textContent), 'Bridge Reopens — 2 March');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('an import shows its progress and can be cancelled', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  await page.click('#tab-corpus');
  const body = 'Mayor Ana Ruiz spoke about the bridge on Monday, and 40 people were hurt in the storm. '.repeat(4);
  const articles = Array.from({ length: 10000 }, (_, i) => ({ id: `imp-${i}.txt`, text: `Bridge ${i}\n${body}` }));
  await page.setInputFiles('#import', { name: 'c.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ articles })) });
  await page.waitForSelector('#progress-box:not([hidden])');
  await page.waitForFunction(() => document.querySelector('#progress').value > 0);
  await page.click('#progress-cancel');
  await page.waitForFunction(() => /^Import|^Imported/.test(document.querySelector('#status').textContent));
  assert.match(await page.$eval('#status', (s) => s.textContent), /^Import stopped: \d+ of 10000 article/);
  const n = await page.$$eval('#corpus-list li', (l) => l.length);
  assert.ok(n > 5 && n < 10005, String(n));
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('pasted HTML is read as HTML, never shown as tags', async () => {
  const { page, ctx } = await openPage(browser, srv.url);
  await page.focus('#article');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', '<html><head><title>T</title><script>window.__xss=1</script></head><body><h1>Talks</h1><p>Senator <b>Marco Rubio</b> spoke.</p><img src=x onerror="window.__xss=1"></body></html>');
    document.querySelector('#article').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  assert.equal(await page.$eval('#article', (t) => t.value), 'Talks\nSenator Marco Rubio spoke.');
  await page.waitForSelector('#findings .finding[data-rule="title-conflict"]');
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  await ctx.close();
});

test('keyboard only: check, reach the findings and the highlights, tabs by arrow keys', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url);
  for (let i = 0; i < 12 && await page.evaluate(() => document.activeElement.id) !== 'article'; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article');
  await page.keyboard.insertText(ARTICLE);
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => document.activeElement.id === 'summary' && document.querySelector('#summary').textContent);
  // Tab on to the first finding; arrow keys between findings; Enter shows it in the text.
  for (let i = 0; i < 10 && !await page.evaluate(() => document.activeElement.classList.contains('finding')); i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.rule), 'title-conflict');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.rule), 'name-mismatch');
  await page.keyboard.press('Enter');
  const selected = () => page.evaluate(() => { const t = document.activeElement; return t.id === 'article' ? t.value.slice(t.selectionStart, t.selectionEnd) : null; });
  assert.equal(await selected(), 'Steve Witkof');
  assert.equal(await page.$eval('mark.active', (m) => m.textContent), 'Steve Witkof');
  // From the text, Alt+↓ goes to the next flagged words, Escape back to the finding.
  await page.keyboard.press('Alt+ArrowDown');
  assert.equal(await selected(), '21 people');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.rule), 'number-conflict');
  // Tabs follow the ARIA pattern.
  await page.focus('#tab-check');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-story');
  assert.equal(await page.$eval('#tab-story', (t) => t.getAttribute('aria-selected')), 'true');
  assert.equal(await page.$eval('#view-story', (v) => v.hidden), false);
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-settings');
  assert.deepEqual(errors, []);
  await ctx.close();
});

/** The critical and serious axe-core violations on the page as it is now. */
async function axe(page) {
  if (!await page.evaluate(() => !!window.axe)) await page.addScriptTag({ content: fs.readFileSync(AXE, 'utf8') });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('axe-core finds no critical or serious violation in any view or demo page', async () => {
  const ctx = await browser.newContext({ bypassCSP: true });
  const { page } = await openPage(browser, srv.url, { context: ctx });
  await write(page, ARTICLE);
  await page.click('#findings .finding[data-rule="name-mismatch"] .dismiss-more');
  assert.deepEqual(await axe(page), [], 'check view');
  for (const [tab, ready] of [['story', '#story-claims table'], ['corpus', '#corpus-findings .finding'], ['people', '#people table'], ['settings', '#rules tr[data-rule]']]) {
    await page.click(`#tab-${tab}`);
    await page.waitForSelector(ready);
    assert.deepEqual(await axe(page), [], `${tab} view`);
  }
  await page.click('#tab-corpus');
  await page.click('#corpus-list li button.open');
  await page.waitForSelector('#reader[open]');
  assert.deepEqual(await axe(page), [], 'reader');
  for (const [demo, ready] of [['embed.html', 'fact-check-panel mark'], ['editor.html', '#editor mark'], ['iframe-demo.html', 'body[data-frame="ready"]'], [`frame.html?origin=${encodeURIComponent(new URL(srv.url).origin)}`, 'fact-check-panel'], ['frame.html', '#frame-root p']]) {
    await page.goto(srv.url + demo);
    await page.waitForSelector(ready, { timeout: 20000 });
    assert.deepEqual(await axe(page), [], demo);
  }
  await ctx.close();
});

test('on a 390×844 phone the findings come first and no view scrolls sideways', async () => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const { page } = await openPage(browser, srv.url, { context: ctx });
  await write(page, ARTICLE);
  const tops = await page.evaluate(() => [document.querySelector('#findings').getBoundingClientRect().top, document.querySelector('#article').getBoundingClientRect().top]);
  assert.ok(tops[0] < tops[1], `findings at ${tops[0]}, editor at ${tops[1]}`);
  const wide = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await wide(), 0, 'check view');
  for (const [tab, ready] of [['story', '#story-claims table'], ['corpus', '#corpus-findings .finding'], ['people', '#people table'], ['settings', '#rules tr[data-rule]']]) {
    await page.click(`#tab-${tab}`);
    await page.waitForSelector(ready);
    assert.equal(await wide(), 0, `${tab} view`);
  }
  await ctx.close();
});

test('a large corpus is read in parts with a progress bar; a check meanwhile is answered at once; Cancel stops it', async () => {
  const path = await import('node:path');
  const { WWW } = await import('./harness.mjs');
  const { initSync, Checker } = await import('../../www/pkg/factcheck.js');
  initSync({ module: fs.readFileSync(path.join(WWW, 'pkg/factcheck_bg.wasm')) });
  // 3,000 invented reports of one council story, as a prebuilt index.
  const c = new Checker();
  for (let i = 0; i < 3000; i++) {
    c.addArticle(`report-${String(i).padStart(4, '0')}.txt`, `Council report ${i}\nMayor Ilse Marrow said the council of Kessly would meet on Monday. ` +
      `The bridge plan costs $${2 + (i % 5)} million, said Councillor Tam Ogden, 5${i % 3}. "We will build it this year," Marrow said. ` +
      `Residents of the ${i % 7} northern streets asked for more time. Ogden said the vote was close, with ${3 + (i % 4)} members against.\n`);
  }
  fs.writeFileSync(path.join(WWW, 'large.index.json'), c.toIndex());
  c.free();
  const html = fs.readFileSync(path.join(WWW, 'index.html'), 'utf8').replace('<title>', '<meta name="factcheck-index" content="large.index.json">\n<title>');
  fs.writeFileSync(path.join(WWW, 'index-large.html'), html);
  try {
    const { page, ctx, errors } = await openPage(browser, srv.url + 'index-large.html');
    await page.waitForSelector('body[data-state="ready"]', { timeout: 60000 });
    await page.click('#tab-corpus');
    await page.waitForSelector('#progress-box:not([hidden])', { timeout: 10000 });
    const label = await page.$eval('#progress-label', (e) => e.textContent);
    assert.match(label, /^Reading the corpus \d+ of 3000$/, label);
    // A check asked for while the corpus is read waits for one part, not for the read.
    await page.click('#tab-check');
    await write(page, 'Council report\nMayor Ilse Marow said the bridge plan costs $9 million.');
    assert.ok(await page.$eval('#progress-box', (b) => !b.hidden), 'the check was answered while the corpus was still being read');
    const done = (s) => Number(/(\d+) of/.exec(s)?.[1]);
    assert.ok(done(await page.$eval('#progress-label', (e) => e.textContent)) < 3000);
    await page.click('#progress-cancel');
    await page.waitForSelector('#progress-box', { state: 'hidden', timeout: 10000 });
    await page.click('#tab-corpus');
    assert.match(await page.$eval('#status', (e) => e.textContent), /Stopped reading the corpus/);
    assert.deepEqual(errors, []);
    await ctx.close();
  } finally {
    fs.rmSync(path.join(WWW, 'large.index.json'), { force: true });
    fs.rmSync(path.join(WWW, 'index-large.html'), { force: true });
  }
});
