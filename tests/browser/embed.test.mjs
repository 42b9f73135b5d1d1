// The embeds in headless Chromium (issue 24): the ProseMirror demo, the panel's errors,
// evidence, fixes, dismissals and shared worker, and the iframe embed's origin rules.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openPage } from './harness.mjs';

let srv, other, browser, otherRoot;
before(async () => {
  srv = await serve();
  // A third origin: another server, with an empty page of its own.
  otherRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-other-origin-'));
  fs.writeFileSync(path.join(otherRoot, 'index.html'), '<!doctype html><title>another site</title><body></body>');
  other = await serve(otherRoot);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  srv?.server.close();
  other?.server.close();
  if (otherRoot) fs.rmSync(otherRoot, { recursive: true, force: true });
});

const panelRoot = (id = 'panel') => `#${id}`;

test('ProseMirror: highlights are decorations, never in the document; a fix is a transaction', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url + 'editor.html');
  await page.waitForSelector('#editor mark[data-rule="title-conflict"]');
  assert.equal(await page.$eval('#editor mark[data-rule="title-conflict"]', (m) => m.textContent), 'Senator Marco Rubio');
  assert.equal(await page.$eval('#editor mark[data-rule="name-mismatch"]', (m) => m.textContent), 'Steve Wintour');
  // The document holds the text only: no mark, no attribute of the highlights.
  const doc = await page.evaluate(() => ({ text: window.view.state.doc.textContent, json: JSON.stringify(window.view.state.doc.toJSON()) }));
  assert.equal(doc.text, 'Senator Marco Rubio met U.S. Special Envoy Steve Wintour in Kyiv.Zelensky said the talks were useful.');
  assert.doesNotMatch(doc.json, /mark|rule|severity/);
  // Typing at the start: the highlights move with the words, and a new one appears.
  await page.evaluate(() => { window.__events = []; document.getElementById('panel').addEventListener('findings-changed', (e) => window.__events.push(e.detail)); });
  await page.click('#editor .ProseMirror');
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('The strike killed 21 people. ');
  await page.waitForFunction(() => window.__events.length > 0 && document.querySelector('#editor mark[data-rule="number-conflict"]'));
  assert.equal(await page.$eval('#editor mark[data-rule="number-conflict"]', (m) => m.textContent), '21 people');
  assert.equal(await page.$eval('#editor mark[data-rule="title-conflict"]', (m) => m.textContent), 'Senator Marco Rubio');
  assert.doesNotMatch(await page.evaluate(() => JSON.stringify(window.view.state.doc.toJSON())), /mark|rule|severity/);
  // A fix, applied as a transaction (the finding's own fix, or one made for the test where
  // the checker gives none), replaces the words; the re-check drops the finding.
  const applied = await page.evaluate(async () => {
    const panel = document.getElementById('panel');
    const f = panel.findings.find((x) => x.rule === 'name-mismatch');
    const fix = f.fix ?? { start: f.span.start, end: f.span.end, replacement: 'Steve Witkoff' };
    const done = await panel.applyFix({ ...f, fix });
    return { done, text: window.view.state.doc.textContent, rules: panel.findings.map((x) => x.rule) };
  });
  assert.equal(applied.done, true);
  assert.match(applied.text, /Special Envoy Steve Witkoff in Kyiv/);
  assert.ok(!applied.rules.includes('name-mismatch'), applied.rules.join());
  // Undo-able like any edit: the document changed through a transaction, not the DOM.
  assert.equal(await page.$eval('#editor .ProseMirror', (e) => e.textContent.includes('Steve Witkoff')), true);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('the panel: evidence, fixes on a textarea, dismissals here and everywhere', async () => {
  const { page, ctx, errors } = await openPage(browser, srv.url + 'embed.html');
  await page.waitForSelector('fact-check-panel mark[data-rule="title-conflict"]');
  const ev = await page.$eval('#panel', (p) => p.shadowRoot.querySelector('li[data-rule="title-conflict"] li.evidence').textContent);
  assert.match(ev, /Secretary of State Marco Rubio/);
  // Fix (the finding's own, or one made for the test).
  const fixed = await page.evaluate(async () => {
    const p = document.getElementById('panel');
    const f = p.findings.find((x) => x.rule === 'name-mismatch');
    const button = p.shadowRoot.querySelector('li[data-rule="name-mismatch"] button.fix');
    if (f.fix && button) { button.click(); await new Promise((r) => p.addEventListener('findings-changed', r, { once: true })); } else await p.applyFix({ ...f, fix: { start: f.span.start, end: f.span.end, replacement: 'Steve Witkoff' } });
    return { hadButton: Boolean(f.fix) === Boolean(button), value: document.getElementById('body').value, rules: p.findings.map((x) => x.rule) };
  });
  assert.ok(fixed.hadButton, 'a Fix button exactly when the finding has a fix');
  assert.match(fixed.value, /Steve Witkoff/);
  assert.ok(!fixed.rules.includes('name-mismatch'), fixed.rules.join());
  // Dismiss here: gone from this panel, and the event says so.
  const here = await page.evaluate(async () => {
    const p = document.getElementById('panel');
    const seen = new Promise((r) => p.addEventListener('finding-dismissed', (e) => r(e.detail.scope), { once: true }));
    p.shadowRoot.querySelector('li[data-rule="title-conflict"] button.dismiss[data-scope="article"]').click();
    const scope = await seen;
    return { scope, rules: p.findings.map((x) => x.rule), marks: p.shadowRoot.querySelectorAll('mark[data-rule="title-conflict"]').length };
  });
  assert.deepEqual([here.scope, here.rules.includes('title-conflict'), here.marks], ['article', false, 0]);
  // Dismiss everywhere: into the config's ignore list, announced for the CMS to save.
  await page.fill('#body', 'Zelensky spoke in Kyiv. Senator Marco Rubio too.');
  await page.waitForFunction(() => document.getElementById('panel').findings.some((f) => f.rule === 'name-variant'));
  const everywhere = await page.evaluate(async () => {
    const p = document.getElementById('panel');
    const seen = new Promise((r) => p.addEventListener('config-changed', (e) => r(e.detail.config), { once: true }));
    p.shadowRoot.querySelector('li[data-rule="name-variant"] button.dismiss[data-scope="everywhere"]').click();
    const config = await seen;
    await p.check();
    return { ignore: config.ignore, rules: p.findings.map((x) => x.rule) };
  });
  assert.deepEqual(everywhere.ignore.map((i) => [i.rule, i.text]), [['name-variant', 'Zelensky']]);
  assert.ok(!everywhere.rules.includes('name-variant'), everywhere.rules.join());
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('the panel: a rejected config fires error and stays shown; panels share one worker', async () => {
  const { page, ctx } = await openPage(browser, srv.url + 'embed.html');
  await page.waitForSelector('fact-check-panel[data-state="ready"]');
  const r = await page.evaluate(async () => {
    const p = document.getElementById('panel');
    const seen = new Promise((r) => p.addEventListener('error', (e) => r(e.detail.message), { once: true }));
    p.setAttribute('config', JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    const message = await seen;
    await p.check();
    const shown = p.shadowRoot.querySelector('.error').textContent;
    const rejected = await p.setConfig({ rulez: {} }).then(() => 'accepted', (e) => e.message);
    await p.setConfig({ rules: { 'quote-wording': 'off' } });
    return { message, shown, rejected, after: p.shadowRoot.querySelector('.error').textContent };
  });
  assert.match(r.message, /settings rejected: .*no-such-rule/);
  assert.equal(r.shown, r.message, 'still shown after the next check');
  assert.match(r.rejected, /rulez/);
  assert.equal(r.after, '', 'cleared once a config is accepted');
  // A second and third panel on the page: one worker, each its own checker and settings.
  const counts = await page.evaluate(async () => {
    const add = (id, attrs) => {
      const t = Object.assign(document.createElement('textarea'), { id: `${id}-body`, value: 'Senator Marco Rubio spoke.' });
      const p = document.createElement('fact-check-panel');
      p.id = id;
      p.setAttribute('for', t.id);
      for (const [k, v] of Object.entries(attrs)) p.setAttribute(k, v);
      document.body.append(t, p);
      return p;
    };
    const a = add('p2', {});
    const b = add('p3', { config: JSON.stringify({ rules: { 'title-conflict': 'off' } }) });
    const [fa, fb] = await Promise.all([a.check(), b.check()]);
    return [fa.filter((f) => f.rule === 'title-conflict').length, fb.filter((f) => f.rule === 'title-conflict').length];
  });
  assert.deepEqual(counts, [1, 0]);
  assert.equal(page.workers().length, 1, 'one worker for three panels');
  await ctx.close();
});

test('iframe: no origin, no embed; it says so', async () => {
  const { page, ctx } = await openPage(browser, srv.url + 'frame.html');
  await page.waitForSelector('body[data-state="refused"]');
  assert.match(await page.textContent('body'), /needs the origin/);
  assert.equal(await page.$$eval('fact-check-panel', (p) => p.length), 0);
  assert.equal(page.workers().length, 0);
  await ctx.close();
});

test('iframe: a third origin changes nothing and hears nothing; each reply is its request', async () => {
  const ctx = await browser.newContext();
  const errors = [];
  // The CMS page (the iframe demo) inside another site's page, as any site could open it.
  const page = await ctx.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(other.url);
  await page.evaluate((url) => new Promise((resolve) => {
    const f = document.createElement('iframe');
    f.src = url;
    f.onload = resolve;
    document.body.append(f);
  }), srv.url + 'iframe-demo.html');
  const cms = () => page.frame({ url: /iframe-demo\.html/ });
  await page.waitForFunction(() => true);
  for (let i = 0; i < 100 && !(await cms()?.$('body[data-frame="ready"]')); i++) await page.waitForTimeout(100);
  assert.ok(await cms().$('body[data-frame="ready"]'), 'the embed is ready');
  // The other site switches every rule off and asks for a check: nothing comes back.
  const heard = await page.evaluate(async () => {
    const got = [];
    window.addEventListener('message', (e) => got.push(e.data));
    const embed = document.querySelector('iframe').contentWindow.frames[0];
    const rules = ['name-case', 'name-variant', 'name-mismatch', 'title-conflict', 'number-conflict', 'quote-attribution', 'quote-wording'];
    embed.postMessage({ type: 'factcheck:config', id: 'evil-1', config: { rules: Object.fromEntries(rules.map((r) => [r, 'off'])) } }, '*');
    embed.postMessage({ type: 'factcheck:check', id: 'evil-2', text: 'Senator Marco Rubio spoke.' }, '*');
    await new Promise((r) => setTimeout(r, 1500));
    return got;
  });
  assert.deepEqual(heard, []);
  // The CMS still gets every rule's findings.
  await cms().click('#send');
  await cms().waitForSelector('body[data-findings]');
  const rules = await cms().$eval('body', (b) => b.dataset.rules.split(' '));
  assert.ok(rules.includes('title-conflict') && rules.includes('name-mismatch'), rules.join());
  // Two quick checks from the CMS, and a bad config: each answer carries its request's
  // id and its own findings.
  const replies = await cms().evaluate(async () => {
    const frame = document.getElementById('fc');
    const origin = new URL(frame.src).origin;
    const got = new Map();
    const done = new Promise((resolve) => window.addEventListener('message', (e) => {
      if (e.source !== frame.contentWindow || !String(e.data.id).startsWith('q')) return;
      got.set(e.data.id, e.data);
      if (got.size === 3) resolve();
    }));
    frame.contentWindow.postMessage({ type: 'factcheck:check', id: 'q1', text: 'Senator Marco Rubio spoke.' }, origin);
    frame.contentWindow.postMessage({ type: 'factcheck:check', id: 'q2', text: 'Zelensky spoke on Monday.' }, origin);
    frame.contentWindow.postMessage({ type: 'factcheck:config', id: 'q3', config: { rules: { 'no-such-rule': 'off' } } }, origin);
    await done;
    const rulesOf = (id) => got.get(id).findings.map((f) => f.rule);
    return { q1: [got.get('q1').type, rulesOf('q1')], q2: [got.get('q2').type, rulesOf('q2')], q3: [got.get('q3').type, got.get('q3').message] };
  });
  assert.deepEqual(replies.q1, ['factcheck:findings', ['title-conflict']]);
  assert.deepEqual(replies.q2, ['factcheck:findings', ['name-variant']]);
  assert.equal(replies.q3[0], 'factcheck:error');
  assert.match(replies.q3[1], /no-such-rule/);
  assert.deepEqual(errors, []);
  await ctx.close();
});
