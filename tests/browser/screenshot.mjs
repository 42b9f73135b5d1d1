// Writes docs/screenshot.png: the page with findings on a sample article.
// Run: node tests/browser/screenshot.mjs (after www/build.sh).
import { serve, launch, openPage } from './harness.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshot.png');
const srv = await serve();
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const { page } = await openPage(browser, srv.url, { context: ctx });
await page.fill('#article', `Peace plan talks resume in Kyiv
Senator Marco Rubio and U.S. Special Envoy Steve Wintour met President Volodymyr Zelensky on Friday.
The strike on Ternopil killed 21 people, officials said, and the 20-point plan would cap Ukraine's army at 700,000 troops.
Rubio said the deal needs “difficult but necessary sacrifices from both sides.”`);
await page.click('#check');
await page.waitForSelector('#findings .finding');
await page.screenshot({ path: out, fullPage: false });
await browser.close();
srv.server.close();
console.log(`wrote ${out}`);
