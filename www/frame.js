// The iframe embed, for CMSs that cannot load modules. The parent page talks to it with
// postMessage:
//   → {type: 'factcheck:check', id, text}          check text; the panel shows the findings
//   → {type: 'factcheck:config', id, config}       house style and rule settings
//   ← {type: 'factcheck:ready'}                     once loaded
//   ← {type: 'factcheck:findings', id, findings, errors, warnings, infos}
//   ← {type: 'factcheck:error', id, message}
// Replies go only to the window and origin that asked. `frame.html?origin=https://cms.example`
// restricts the embed to one parent origin (recommended).
import './fact-check-panel.js';

const allowed = new URLSearchParams(location.search).get('origin');
const panel = document.getElementById('panel');
let text = '';
panel.target = { getText: () => text, onChange: () => {} };

window.addEventListener('message', async (ev) => {
  if (allowed && ev.origin !== allowed) return;
  const msg = ev.data;
  if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string' || !msg.type.startsWith('factcheck:')) return;
  const reply = (data) => ev.source?.postMessage({ id: msg.id, ...data }, ev.origin === 'null' ? '*' : ev.origin);
  try {
    if (msg.type === 'factcheck:check') {
      if (typeof msg.text !== 'string') throw new Error('"text" must be a string');
      text = msg.text;
      const findings = await panel.check();
      const n = (s) => findings.filter((f) => f.severity === s).length;
      reply({ type: 'factcheck:findings', findings, errors: n('error'), warnings: n('warning'), infos: n('info') });
    } else if (msg.type === 'factcheck:config') {
      panel.config = msg.config;
      reply({ type: 'factcheck:configured' });
    }
  } catch (e) {
    reply({ type: 'factcheck:error', message: String(e.message || e) });
  }
});

customElements.whenDefined('fact-check-panel').then(() => window.parent?.postMessage({ type: 'factcheck:ready' }, '*'));
