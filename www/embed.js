// The CMS side of the embed demo: react to findings, e.g. warn before publishing.
const panel = document.getElementById('panel');
let errors = 0;
panel.addEventListener('findings-changed', (e) => {
  errors = e.detail.errors;
  document.getElementById('publish-status').textContent = errors ? `${errors} error(s) to review before publishing` : 'No errors found';
  document.body.dataset.errors = String(errors);
});
document.getElementById('publish').addEventListener('click', () => {
  document.getElementById('publish-status').textContent = errors ? `Not published: ${errors} error(s) remain.` : 'Published (demo).';
});
// Check once on load, so the demo shows findings straight away.
customElements.whenDefined('fact-check-panel').then(() => panel.check());
