// A CMS's entry point, as a Vite or webpack app imports the package.
import 'factcheck-wasm/panel';

const panel = document.getElementById('panel');
panel.addEventListener('error', (e) => { document.body.dataset.error = e.detail.message; });
panel.addEventListener('findings-changed', (e) => {
  document.body.dataset.rules = e.detail.findings.map((f) => f.rule).join(' ');
});
customElements.whenDefined('fact-check-panel').then(() => panel.check()).catch((e) => { document.body.dataset.error = e.message; });
