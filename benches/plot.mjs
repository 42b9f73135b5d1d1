// Draws docs/check-curve.svg from benches/node/results.json: check p50 against corpus size.
import fs from 'node:fs';
const r = JSON.parse(fs.readFileSync(new URL('./node/results.json', import.meta.url), 'utf8'));
const pts = [{ articles: 5, checkP50Ms: r.check.seedsMs }, ...r.curve];
const W = 560, H = 300, L = 60, B = 40, T = 20, R = 60;
const maxMs = Math.max(20, ...pts.map((p) => p.checkP50Ms)) * 1.1;
const x = (n) => L + ((Math.log10(n) - 0.5) / (4.2 - 0.5)) * (W - L - R);
const y = (ms) => H - B - (ms / maxMs) * (H - B - T);
const line = pts.map((p, i) => `${i ? 'L' : 'M'}${x(p.articles).toFixed(1)},${y(p.checkP50Ms).toFixed(1)}`).join(' ');
const ticks = [5, 100, 1000, 10000].map((n) => `<line x1="${x(n)}" y1="${H - B}" x2="${x(n)}" y2="${H - B + 5}" stroke="#333"/><text x="${x(n)}" y="${H - B + 18}" text-anchor="middle" font-size="11">${n}</text>`).join('');
const yt = [0, 5, 10, 15, 20].filter((v) => v <= maxMs).map((v) => `<line x1="${L - 5}" y1="${y(v)}" x2="${W - R}" y2="${y(v)}" stroke="#eee"/><text x="${L - 8}" y="${y(v) + 4}" text-anchor="end" font-size="11">${v}</text>`).join('');
const dots = pts.map((p) => `<circle cx="${x(p.articles)}" cy="${y(p.checkP50Ms)}" r="4" fill="#1d4ed8"/><text x="${x(p.articles) + 6}" y="${y(p.checkP50Ms) - 6}" font-size="11">${p.checkP50Ms.toFixed(2)} ms</text>`).join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif">
<rect width="100%" height="100%" fill="#fff"/>${yt}
<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#333"/><line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#333"/>${ticks}
<path d="${line}" fill="none" stroke="#1d4ed8" stroke-width="2"/>${dots}
<line x1="${L}" y1="${y(20)}" x2="${W - R}" y2="${y(20)}" stroke="#b91c1c" stroke-dasharray="4 3"/><text x="${W - R}" y="${y(20) - 4}" text-anchor="end" font-size="11" fill="#b91c1c">20 ms target</text>
<text x="${(W + L) / 2}" y="${H - 6}" text-anchor="middle" font-size="12">corpus size (articles, log scale)</text>
<text x="14" y="${(H - B) / 2}" transform="rotate(-90 14 ${(H - B) / 2})" text-anchor="middle" font-size="12">check p50 (ms), wasm in Node</text>
</svg>`;
fs.mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('../docs/check-curve.svg', import.meta.url), svg);
console.log('wrote docs/check-curve.svg');
