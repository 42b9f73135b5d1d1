// @ts-check
// The iframe embed, for CMSs that cannot load modules. Embed it as
// `frame.html?origin=https://cms.example` (the parent page's origin, required: without it
// the frame refuses to run and says so). The parent talks to it with postMessage:
//   → {type: 'factcheck:check', id, text}          check text; the panel shows the findings
//   → {type: 'factcheck:config', id, config}       house style and rule settings
//   ← {type: 'factcheck:ready'}                     once loaded
//   ← {type: 'factcheck:findings', id, findings, errors, warnings, infos}   that request's own
//   ← {type: 'factcheck:configured', id}            the settings are in use
//   ← {type: 'factcheck:error', id, message}        a bad request or a config the checker refuses
// Only messages from the parent window at that origin are read, and replies go to it alone.
import './fact-check-panel.js';
import { severityCounts } from './render.js';

/** @typedef {import('./fact-check-panel.js').FactCheckPanel} FactCheckPanel */

const allowed = parentOrigin(new URLSearchParams(location.search).get('origin'));
const root = /** @type {HTMLElement} */ (document.getElementById('frame-root'));
// Made only once the origin is known: a refused frame starts no checker.
const panel = /** @type {FactCheckPanel} */ (document.createElement('fact-check-panel'));
panel.id = 'panel';

/**
 * The parent origin the frame serves, or null (the frame then refuses to run).
 * @param {string | null} raw
 */
function parentOrigin(raw) {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.origin === 'null' ? null : u.origin;
  } catch {
    return null;
  }
}

/**
 * Does what a message asks; resolves to the reply.
 * @param {{type: string, text?: unknown, config?: unknown}} msg
 */
async function handle(msg) {
  if (msg.type === 'factcheck:check') {
    if (typeof msg.text !== 'string') throw new TypeError('"text" must be a string');
    const findings = await panel.check(msg.text);
    return { type: 'factcheck:findings', findings, ...severityCounts(findings) };
  }
  if (msg.type === 'factcheck:config') {
    const cfg = msg.config;
    if (cfg !== null && typeof cfg !== 'object' && typeof cfg !== 'string') throw new TypeError('"config" must be a config object, its JSON text, or null');
    await panel.setConfig(/** @type {import('./client.js').Config | null} */ (cfg));
    return { type: 'factcheck:configured' };
  }
  throw new Error(`unknown message type ${msg.type}`);
}

if (!allowed) {
  const p = document.createElement('p');
  p.className = 'refused';
  p.setAttribute('role', 'alert');
  p.textContent = 'This fact-check embed needs the origin of the page that embeds it: frame.html?origin=https://your.cms. It does not run without one, so that no other site can drive it.';
  root.append(p);
  document.body.dataset.state = 'refused';
} else {
  panel.target = { getText: () => '', onChange: () => {} };
  root.append(panel);
  window.addEventListener('message', async (ev) => {
    if (ev.origin !== allowed || ev.source !== window.parent) return;
    const msg = ev.data;
    if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string' || !msg.type.startsWith('factcheck:')) return;
    const id = msg.id;
    /** @param {object} data */
    const reply = (data) => window.parent.postMessage({ ...data, id }, allowed);
    try {
      reply(await handle(msg));
    } catch (e) {
      reply({ type: 'factcheck:error', message: String((e instanceof Error && e.message) || e) });
    }
  });
  customElements.whenDefined('fact-check-panel').then(() => window.parent.postMessage({ type: 'factcheck:ready' }, allowed));
}
