// @ts-check
// Where a finding's evidence comes from, said the way an editor reads it: an article by
// its headline, outlet and date when known, never a file id alone; and pasted HTML read as
// HTML. Article text is untrusted: HTML is parsed into an inert document (DOMParser runs
// no script and loads nothing) and only its text is kept.

/** @typedef {{title?: string, outlet?: string, date?: string}} Meta */

const BOILERPLATE = /^(select language:?|breaking:?|advertisement|share( this)?|read next)$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+){3,}$/;
const DATE = /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4}|\d{4}-\d{2}-\d{2})\b/i;
const MAX_HEADLINE = 90;

/**
 * A short headline for an article with none: its first real line, cut at a sentence or
 * word boundary.
 * @param {string} text
 */
export function headlineOf(text) {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l && !BOILERPLATE.test(l) && !SLUG.test(l)) || '';
  if (line.length <= MAX_HEADLINE) return line;
  const sentence = line.slice(0, MAX_HEADLINE).match(/^.{30,}?[.!?](?=\s)/);
  if (sentence) return sentence[0];
  return line.slice(0, line.lastIndexOf(' ', MAX_HEADLINE - 1) > 40 ? line.lastIndexOf(' ', MAX_HEADLINE - 1) : MAX_HEADLINE) + '…';
}

/**
 * What the article's opening says of itself: a headline (the checker's title, else the
 * first real line) and a date when one is written near the top.
 * @param {string} text
 * @param {string | null | undefined} title
 * @returns {Meta}
 */
export function metaOf(text, title) {
  const head = text.slice(0, 400);
  const date = head.match(DATE)?.[0];
  return { title: (title || '').trim() || headlineOf(text), ...(date ? { date } : {}) };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The checker's publication day of an article ("2026-03-02", or "--03-02" without its
 * year) in words: "2 March 2026", "2 March".
 * @param {string | null | undefined} iso
 * @returns {string | undefined}
 */
export function dayLabel(iso) {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(iso || '');
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return undefined;
  return [String(Number(m[3])), month, m[1] === '-' ? '' : m[1]].filter(Boolean).join(' ');
}

/**
 * "Headline — Outlet, date", with the file id only when nothing else is known.
 * @param {string} id
 * @param {Meta | undefined} meta
 */
export function sourceLabel(id, meta) {
  if (!meta?.title) return id;
  const by = [meta.outlet, meta.date].filter(Boolean).join(', ');
  return by ? `${meta.title} — ${by}` : meta.title;
}

const BLOCKS = new Set(['P', 'DIV', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'TABLE', 'UL', 'OL', 'HR']);
const DROP = 'script, style, noscript, template, iframe, object, embed, svg, head';

/**
 * Whether pasted plain text is HTML source rather than prose.
 * @param {string} text
 */
export function looksLikeHtml(text) {
  const t = text.trimStart();
  return t.startsWith('<') && /<\/?(?:p|div|br|h[1-6]|html|body|article|span|a|li|title|meta|section)\b[^>]*>/i.test(t);
}

/**
 * The text of an HTML document or fragment (paragraphs as lines) and what its head says
 * of it (<title>, og:title, og:site_name, article:published_time).
 * @param {string} html
 * @returns {{text: string, meta: Meta}}
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  /** @param {string} sel */
  const metaContent = (sel) => doc.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  const title = metaContent('meta[property="og:title"]') || doc.title.trim() || doc.querySelector('h1')?.textContent?.trim() || undefined;
  /** @type {Meta} */
  const meta = {};
  if (title) meta.title = title;
  const outlet = metaContent('meta[property="og:site_name"]');
  if (outlet) meta.outlet = outlet;
  const date = metaContent('meta[property="article:published_time"]')?.slice(0, 10) || doc.querySelector('time')?.getAttribute('datetime')?.slice(0, 10);
  if (date) meta.date = date;
  doc.querySelectorAll(DROP).forEach((n) => n.remove());
  /** @type {string[]} */
  const out = [];
  walk(doc.body, out);
  const text = out.join('').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{2,}/g, '\n').trim();
  return { text, meta };
}

/**
 * @param {Node | null} node
 * @param {string[]} out
 */
function walk(node, out) {
  if (!node) return;
  for (const c of node.childNodes) {
    if (c.nodeType === Node.TEXT_NODE) out.push((c.textContent || '').replace(/\s+/g, ' '));
    else if (c.nodeType === Node.ELEMENT_NODE) {
      const block = BLOCKS.has(/** @type {Element} */ (c).tagName);
      if (block) out.push('\n');
      walk(c, out);
      if (block) out.push('\n');
    }
  }
}
