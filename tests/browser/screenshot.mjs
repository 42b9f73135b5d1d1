// Writes the screenshots in docs/: the Check view with findings on a sample article
// (docs/screenshot.png), the Story, Corpus, People and Settings views, an article opened
// from the corpus, and the Check view on a 390×844 phone.
// Run: node tests/browser/screenshot.mjs (after www/build.sh).
import { serve, launch, openPage } from './harness.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs');
const ARTICLE = `Peace plan talks resume in Kyiv
Senator Marco Rubio and U.S. Special Envoy Steve Witkof met President Volodymyr Zelensky on Friday.
The strike on Ternopil killed 21 people, officials said, and the 20-point plan would cap Ukraine's army at 700,000 troops.
rubio said the deal needs “difficult but necessary sacrifices from both sides.”`;
const srv = await serve();
const browser = await launch();

/** Opens the page at `viewport`, writes the article and waits for its findings. */
async function open(viewport) {
  const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const { page } = await openPage(browser, srv.url, { context: ctx });
  await page.fill('#article', ARTICLE);
  await page.waitForSelector('#findings .finding');
  await page.waitForFunction(() => document.querySelector('#summary').textContent);
  return { page, ctx };
}
const shot = (page, name) => page.screenshot({ path: path.join(docs, name) }).then(() => console.log(`wrote docs/${name}`));

const { page, ctx } = await open({ width: 1400, height: 900 });
await page.click('#findings .finding[data-rule="name-mismatch"]');
await page.focus('#summary');
await shot(page, 'screenshot.png');
for (const [tab, ready] of [['story', '#story-claims table'], ['corpus', '#corpus-findings .finding'], ['people', '#people table'], ['settings', '#rules tr[data-rule]']]) {
  await page.click(`#tab-${tab}`);
  await page.waitForSelector(ready);
  await page.waitForTimeout(200);
  await shot(page, `view-${tab}.png`);
}
await page.click('#tab-corpus');
await page.click('#corpus-list li[data-id="000_0307b1cb655c061a.txt"] button.open');
await page.waitForSelector('#reader[open] mark');
await shot(page, 'view-reader.png');
await ctx.close();

const phone = await open({ width: 390, height: 844 });
await shot(phone.page, 'view-phone.png');
await phone.ctx.close();
await browser.close();
srv.server.close();
