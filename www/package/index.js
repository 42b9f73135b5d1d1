// factcheck for browsers and bundlers. The wasm is loaded relative to this module:
//   import init, { Checker } from 'factcheck-wasm';
//   await init();
//   const checker = Checker.withSeeds();
export { default, initSync, Checker } from './pkg/factcheck.js';
