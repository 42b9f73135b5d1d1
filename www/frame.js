// @ts-check
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
import { severityCounts } from './render.js';

/** @typedef {import('./fact-check-panel.js').FactCheckPanel} FactCheckPanel */

const allowed = new URLSearchParams(location.search).get('origin');
const panel = /** @type {FactCheckPanel} */ (document.getElementById('panel'));
let text = '';
panel.target = { getText: () => text, onChange: () => {} };

/**
 * Does what a message asks; resolves to the reply.
 * @param {{type: string, text?: unknown, config?: unknown}} msg
 */
async function handle(msg) {
  if (msg.type === 'factcheck:check') {
    if (typeof msg.text !== 'string') throw new Error('"text" must be a string');
    text = msg.text;
    const findings = await panel.check();
    return { type: 'factcheck:findings', findings, ...severityCounts(findings) };
  }
  if (msg.type === 'factcheck:config') {
    panel.config = /** @type {import('./client.js').Config} */ (msg.config);
    return { type: 'factcheck:configured' };
  }
  return null;
}

window.addEventListener('message', async (ev) => {
  if (allowed && ev.origin !== allowed) return;
  const msg = ev.data;
  if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string' || !msg.type.startsWith('factcheck:')) return;
  /** @param {object} data */
  const reply = (data) => /** @type {Window | null} */ (ev.source)?.postMessage({ id: msg.id, ...data }, ev.origin === 'null' ? '*' : ev.origin);
  try {
    const answer = await handle(msg);
    if (answer) reply(answer);
  } catch (e) {
    reply({ type: 'factcheck:error', message: String((e instanceof Error && e.message) || e) });
  }
});

customElements.whenDefined('fact-check-panel').then(() => window.parent?.postMessage({ type: 'factcheck:ready' }, '*'));
