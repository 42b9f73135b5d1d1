// factcheck for Node: the wasm is read from the package folder and ready on import.
//   import { Checker } from 'factcheck-wasm';
import { readFileSync } from 'node:fs';
import { initSync } from './pkg/factcheck.js';

initSync({ module: readFileSync(new URL('./pkg/factcheck_bg.wasm', import.meta.url)) });

export { initSync, Checker } from './pkg/factcheck.js';

/** Already initialised in Node; kept so the same code runs in browsers and in Node. */
export default async function init() {}
