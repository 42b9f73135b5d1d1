// @ts-check
// The CMS side of the embed demo: react to findings, e.g. warn before publishing.
/** @typedef {import('./render.js').Counts} Counts */
/** @typedef {import('./fact-check-panel.js').FactCheckPanel} FactCheckPanel */

const panel = /** @type {FactCheckPanel} */ (document.getElementById('panel'));
const publishStatus = /** @type {HTMLElement} */ (document.getElementById('publish-status'));
let errors = 0;
panel.addEventListener('findings-changed', (e) => {
  errors = /** @type {CustomEvent<Counts>} */ (e).detail.errors;
  publishStatus.textContent = errors ? `${errors} error(s) to review before publishing` : 'No errors found';
  document.body.dataset.errors = String(errors);
});
document.getElementById('publish')?.addEventListener('click', () => {
  publishStatus.textContent = errors ? `Not published: ${errors} error(s) remain.` : 'Published (demo).';
});
// Check once on load, so the demo shows findings straight away.
customElements.whenDefined('fact-check-panel').then(() => panel.check());
