// Wrong field names and wrong arguments: each line marked as an error must fail to compile
// (tests/bundlers/bundlers.test.mjs checks that exactly these lines fail).
import { Checker } from 'factcheck-wasm';
import type { Config, Finding } from 'factcheck-wasm';
import { FactCheckPanel } from 'factcheck-wasm/panel';

export function misspelt(c: Checker, p: FactCheckPanel): void {
  const f: Finding = c.check('text').findings[0];
  console.log(f.spn.start); // error
  console.log(f.span.begin); // error
  console.log(f.fix.replacement); // error
  console.log(c.articles()[0].name); // error
  const bad: Config = { rulez: { 'name-case': 'off' } }; // error
  const sev: Config = { rules: { 'name-case': 'loud' } }; // error
  c.check(42); // error
  c.addArticle('a.txt', 5); // error
  p.check(7); // error
  console.log(bad, sev);
}
