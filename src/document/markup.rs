//! Markup removal for HTML and Markdown sources.
//!
//! Both cleaners run in one linear pass and never build a tree, so deeply nested or
//! malformed markup costs the same as flat text. What they produce is the clean text the
//! rest of the pipeline reads, with an [`OffsetMap`](super::offsets::OffsetMap) back to the
//! source.

use super::offsets::{CleanBuilder, OffsetMap};

/// Elements whose content is never article text.
const SKIP_ELEMENTS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button",
    "iframe", "select", "object", "canvas", "math",
];

/// Elements that start a new line of text.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "header",
    "blockquote",
    "title",
    "figure",
    "figcaption",
    "table",
    "hr",
    "pre",
    "main",
    "dd",
    "dt",
    "dl",
    "body",
    "head",
    "html",
];

/// How far a named reference may reach (the longest name, `CounterClockwiseContourIntegral`,
/// is 31 characters) before `&` is taken as a plain ampersand.
const MAX_ENTITY: usize = 32;

fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || from >= hay.len() {
        return None;
    }
    let first = needle[0].to_ascii_lowercase();
    let mut i = from;
    while i + needle.len() <= hay.len() {
        if hay[i].to_ascii_lowercase() == first
            && hay[i..i + needle.len()].eq_ignore_ascii_case(needle)
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// What HTML5 reads numeric references 0x80..=0x9F as (windows-1252); 0 where it keeps
/// the code.
const WINDOWS_1252: [u32; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

/// The character of a numeric reference's code, as HTML5 reads it.
fn numeric_char(code: u32) -> char {
    let code = match code {
        0x80..=0x9F => match WINDOWS_1252[(code - 0x80) as usize] {
            0 => code,
            c => c,
        },
        c => c,
    };
    match char::from_u32(code) {
        Some('\0') | None => '\u{FFFD}',
        Some(c) => c,
    }
}

/// The text of a named reference (without its `;`), if it is one.
fn named(name: &str) -> Option<&'static str> {
    static TABLE: std::sync::OnceLock<Vec<(&str, &str)>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        super::entities::NAMED
            .split_terminator('\0')
            .filter_map(|e| e.split_once(';'))
            .collect()
    });
    let i = table.binary_search_by(|(n, _)| n.cmp(&name)).ok()?;
    let text = table[i].1;
    // Spaces of every width are one space to the analysis, as they always were.
    Some(match text {
        "\u{A0}" | "\u{2002}" | "\u{2003}" | "\u{2009}" => " ",
        t => t,
    })
}

/// Tries to decode a character reference starting at `at` (which holds `&`), as HTML5 does
/// in text: `&name;` from the full table, the legacy names without `;` (`&copy2024`),
/// `&#NNN;` and `&#xHH;` (the `;` optional). Returns the text and the end of the reference.
fn entity_at(src: &str, at: usize) -> Option<(std::borrow::Cow<'static, str>, usize)> {
    let bytes = src.as_bytes();
    if bytes.get(at + 1) == Some(&b'#') {
        let hex = matches!(bytes.get(at + 2), Some(b'x' | b'X'));
        let start = at + 2 + usize::from(hex);
        let mut j = start;
        let mut code: u32 = 0;
        while j < bytes.len() {
            let d = match (hex, bytes[j]) {
                (_, b @ b'0'..=b'9') => u32::from(b - b'0'),
                (true, b @ b'a'..=b'f') => u32::from(b - b'a' + 10),
                (true, b @ b'A'..=b'F') => u32::from(b - b'A' + 10),
                _ => break,
            };
            code = code
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(d);
            j += 1;
        }
        if j == start {
            return None;
        }
        let end = if bytes.get(j) == Some(&b';') {
            j + 1
        } else {
            j
        };
        return Some((numeric_char(code).to_string().into(), end));
    }
    let limit = (at + 1 + MAX_ENTITY).min(bytes.len());
    let mut j = at + 1;
    while j < limit && bytes[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if j == at + 1 {
        return None;
    }
    if bytes.get(j) == Some(&b';') {
        if let Some(t) = named(&src[at + 1..j]) {
            return Some((t.into(), j + 1));
        }
    }
    // The longest legacy name the letters start with.
    (at + 2..=j).rev().find_map(|e| {
        let name = &src[at + 1..e];
        super::entities::LEGACY
            .binary_search(&name)
            .ok()
            .and_then(|_| named(name))
            .map(|t| (t.into(), e))
    })
}

fn push_newline(out: &mut CleanBuilder, orig: usize, orig_end: usize) {
    if !matches!(out.last_byte(), None | Some(b'\n')) {
        out.replace(orig, orig_end, "\n");
    }
}

/// Copies a run of HTML text, decoding entities and folding source line breaks to spaces.
fn html_text(src: &str, start: usize, end: usize, out: &mut CleanBuilder) {
    let bytes = src.as_bytes();
    let mut run = start;
    let mut i = start;
    while i < end {
        match bytes[i] {
            b'&' => {
                if let Some((text, after)) = entity_at(src, i).filter(|&(_, a)| a <= end) {
                    out.verbatim(run, &src[run..i]);
                    out.replace(i, after, &text);
                    i = after;
                    run = i;
                    continue;
                }
            }
            b'\n' | b'\r' | b'\t' => {
                out.verbatim(run, &src[run..i]);
                out.replace(i, i + 1, " ");
                run = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.verbatim(run, &src[run..end]);
}

fn tag_name(tag: &[u8]) -> (bool, String) {
    let mut i = 0;
    let closing = tag.first() == Some(&b'/');
    if closing {
        i = 1;
    }
    let start = i;
    while i < tag.len() && (tag[i].is_ascii_alphanumeric() || tag[i] == b'-') {
        i += 1;
    }
    (
        closing,
        String::from_utf8_lossy(&tag[start..i]).to_ascii_lowercase(),
    )
}

/// Strips HTML: drops tags, comments and non-article elements, decodes entities.
pub fn clean_html(src: &str) -> (String, OffsetMap) {
    let bytes = src.as_bytes();
    let mut out = CleanBuilder::new();
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        // A '<' not followed by a tag character is text ("a < b").
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
            i += 1;
            continue;
        }
        html_text(src, text_start, i, &mut out);
        if bytes[i..].starts_with(b"<!--") {
            i = comment_end(bytes, i + 4);
            text_start = i;
            continue;
        }
        if bytes[i..].starts_with(b"<![CDATA[") {
            // CMS exports (XHTML, feeds) wrap article text in CDATA: it is text, as written.
            let start = i + 9;
            let end = find_ci(bytes, start, b"]]>");
            cdata_text(src, start, end.unwrap_or(bytes.len()), &mut out);
            i = end.map_or(bytes.len(), |e| e + 3);
            text_start = i;
            continue;
        }
        // A tag ends at the first '>' outside a quoted attribute value, so a '>' or a
        // "<br>" inside `alt="…"` is not text; a declaration or a bogus comment (`<!…>`,
        // `<?…>`) at the first '>'.
        let end = if matches!(next, b'!' | b'?') {
            memchr(b'>', bytes, i + 1)
        } else {
            tag_end(bytes, i + 1)
        };
        let close = match end {
            Some(c) => c,
            None => {
                // An unterminated tag: the rest is not text.
                i = bytes.len();
                text_start = i;
                break;
            }
        };
        let (closing, name) = tag_name(&bytes[i + 1..close]);
        let after = close + 1;
        if !closing && SKIP_ELEMENTS.contains(&name.as_str()) && bytes[close - 1] != b'/' {
            let needle = format!("</{name}");
            let end = find_ci(bytes, after, needle.as_bytes())
                .map(|e| memchr(b'>', bytes, e).map_or(bytes.len(), |g| g + 1))
                .unwrap_or(bytes.len());
            push_newline(&mut out, i, end);
            i = end;
            text_start = i;
            continue;
        }
        if BLOCK_ELEMENTS.contains(&name.as_str()) {
            push_newline(&mut out, i, after);
        }
        i = after;
        text_start = i;
    }
    html_text(src, text_start.min(bytes.len()), bytes.len(), &mut out);
    out.finish()
}

/// The end of a comment whose body starts at `from` (after `<!--`): after `-->` or `--!>`,
/// or at once for `<!-->` and `<!--->`, as HTML5 ends them; the end of the text when the
/// comment is not closed.
fn comment_end(bytes: &[u8], from: usize) -> usize {
    let rest = &bytes[from.min(bytes.len())..];
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut j = from;
    while let Some(d) = memchr(b'-', bytes, j) {
        if bytes[d..].starts_with(b"-->") {
            return d + 3;
        }
        if bytes[d..].starts_with(b"--!>") {
            return d + 4;
        }
        j = d + 1;
    }
    bytes.len()
}

/// The `>` that ends a tag whose name starts at `from`, skipping quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut j = from;
    while j < bytes.len() {
        match bytes[j] {
            b'>' => return Some(j),
            b'=' => {
                j += 1;
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                if let Some(&q @ (b'"' | b'\'')) = bytes.get(j) {
                    j = memchr(q, bytes, j + 1)? + 1;
                }
            }
            _ => j += 1,
        }
    }
    None
}

/// Copies a CDATA section's text: no references, source line breaks folded to spaces.
fn cdata_text(src: &str, start: usize, end: usize, out: &mut CleanBuilder) {
    let bytes = src.as_bytes();
    let mut run = start;
    for i in start..end {
        if matches!(bytes[i], b'\n' | b'\r' | b'\t') {
            out.verbatim(run, &src[run..i]);
            out.replace(i, i + 1, " ");
            run = i + 1;
        }
    }
    out.verbatim(run, &src[run..end]);
}

fn memchr(needle: u8, hay: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .iter()
        .position(|&b| b == needle)
        .map(|p| p + from)
}

/// Bounds on how far a Markdown link may reach, so a line full of `[` stays linear.
const MAX_LINK_TEXT: usize = 300;
const MAX_LINK_URL: usize = 2000;

/// Strips Markdown syntax: heading, quote and list markers, emphasis, code ticks, link
/// targets, reference definitions and rules.
pub fn clean_markdown(src: &str) -> (String, OffsetMap) {
    let mut out = CleanBuilder::new();
    let mut line_start = 0;
    for line in src.split_inclusive('\n') {
        clean_markdown_line(line_start, line, &mut out);
        line_start += line.len();
    }
    out.finish()
}

fn clean_markdown_line(base: usize, line: &str, out: &mut CleanBuilder) {
    let body_len = line.trim_end_matches(['\n', '\r']).len();
    let trimmed = line[..body_len].trim_start();
    let indent = body_len - trimmed.len();
    let mut skip = indent;
    // Reference definitions and horizontal rules carry no text.
    let is_rule = trimmed.len() >= 3
        && trimmed.chars().all(|c| matches!(c, '-' | '*' | '_' | ' '))
        && trimmed.chars().filter(|c| !c.is_whitespace()).count() >= 3;
    let is_ref = trimmed.starts_with('[') && trimmed.contains("]:");
    if is_rule || is_ref {
        out.verbatim(base + body_len, &line[body_len..]);
        return;
    }
    // Block markers.
    let t = trimmed.as_bytes();
    let mut k = 0;
    while k < t.len() && (t[k] == b'#' || t[k] == b'>') {
        k += 1;
    }
    if k == 0 && t.len() > 1 && matches!(t[0], b'-' | b'*' | b'+') && t[1] == b' ' {
        k = 1;
    }
    if k == 0 {
        let digits = t.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits > 0
            && digits < 4
            && t.get(digits) == Some(&b'.')
            && t.get(digits + 1) == Some(&b' ')
        {
            k = digits + 1;
        }
    }
    if k > 0 {
        while k < t.len() && t[k] == b' ' {
            k += 1;
        }
        skip += k;
    }
    let b = line.as_bytes();
    let mut run = skip;
    let mut i = skip;
    while i < body_len {
        let c = b[i];
        match c {
            b'*' | b'`' => {
                out.verbatim(base + run, &line[run..i]);
                i += 1;
                run = i;
                continue;
            }
            b'_' => {
                let prev_word = i > 0 && b[i - 1].is_ascii_alphanumeric();
                let next_word = i + 1 < body_len && b[i + 1].is_ascii_alphanumeric();
                if !(prev_word && next_word) {
                    out.verbatim(base + run, &line[run..i]);
                    i += 1;
                    run = i;
                    continue;
                }
            }
            b'!' if b.get(i + 1) == Some(&b'[') => {
                out.verbatim(base + run, &line[run..i]);
                i += 1;
                run = i;
                continue;
            }
            b'[' => {
                let limit = (i + MAX_LINK_TEXT).min(body_len);
                if let Some(close) = memchr(b']', &b[..limit], i + 1) {
                    if b.get(close + 1) == Some(&b'(') {
                        let ulimit = (close + MAX_LINK_URL).min(body_len);
                        if let Some(end) = memchr(b')', &b[..ulimit], close + 2) {
                            out.verbatim(base + run, &line[run..i]);
                            out.verbatim(base + i + 1, &line[i + 1..close]);
                            i = end + 1;
                            run = i;
                            continue;
                        }
                    }
                }
                out.verbatim(base + run, &line[run..i]);
                i += 1;
                run = i;
                continue;
            }
            b']' => {
                out.verbatim(base + run, &line[run..i]);
                i += 1;
                run = i;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out.verbatim(base + run, &line[run..body_len]);
    out.verbatim(base + body_len, &line[body_len..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_strips_tags_and_decodes() {
        let src = "<html><head><title>T</title><script>var x='<p>';</script></head><body><p>Caf&eacute; &amp; <b>bar</b></p></body></html>";
        let (text, map) = clean_html(src);
        assert!(text.contains("Café & bar"), "{text:?}");
        assert!(!text.contains("var x"));
        let at = text.find("Café").unwrap();
        let s = map.to_source_start(at);
        let e = map.to_source_end(at + "Café".len());
        assert_eq!(&src[s..e], "Caf&eacute;");
    }

    fn text_of(src: &str) -> String {
        clean_html(src).0.trim().to_string()
    }

    #[test]
    fn every_html5_named_reference() {
        assert_eq!(
            super::super::entities::NAMED.split_terminator('\0').count(),
            2125
        );
        assert_eq!(super::super::entities::LEGACY.len(), 106);
        let src = "&hearts; &Zopf; &NotEqualTilde; &CounterClockwiseContourIntegral; &frac34; &nbsp;&rarr;";
        assert_eq!(text_of(src), "♥ \u{2124} \u{2242}\u{338} \u{2233} ¾  →");
        // Each decoded text maps back to its whole reference.
        let (text, map) = clean_html("<p>x &NotEqualTilde; y</p>");
        let at = text.find('\u{2242}').unwrap();
        let (s, e) = (
            map.to_source_start(at),
            map.to_source_end(at + "\u{2242}\u{338}".len()),
        );
        assert_eq!(&"<p>x &NotEqualTilde; y</p>"[s..e], "&NotEqualTilde;");
    }

    #[test]
    fn references_as_html5_reads_them_in_text() {
        // Legacy names without ';', the longest that fits; unknown names stay as written.
        assert_eq!(
            text_of("&copy2024 &amp AT&T &notit; &nosuch; &"),
            "©2024 & AT&T ¬it; &nosuch; &"
        );
        // Numeric: decimal, hex, no ';', windows-1252 for 0x80-0x9F, invalid codes.
        assert_eq!(
            text_of(
                "&#8220;a&#x201D; &#39b &#150; &#x1F600; &#0; &#xD800; &#99999999999; &#; &#x;"
            ),
            "“a” 'b – 😀 \u{FFFD} \u{FFFD} \u{FFFD} &#; &#x;"
        );
    }

    #[test]
    fn comments_cdata_and_attributes() {
        assert_eq!(
            text_of("a<!-- x --> b<!--> c<!---> d<!-- y --!> e<!-- open"),
            "a b c d e"
        );
        assert_eq!(
            text_of("<p><![CDATA[Mayor Ada Quist & <b>co</b>]]> said</p>"),
            "Mayor Ada Quist & <b>co</b> said"
        );
        assert_eq!(text_of("<p>x<![CDATA[ open"), "x open");
        // '>' and tags inside quoted attribute values are not text, nor line breaks.
        assert_eq!(
            text_of("<p>A <img alt=\"1 > 0 <br> <p>\" title='x > y'> B</p>"),
            "A  B"
        );
        assert_eq!(
            text_of("<a href=/x?a=1&b=2>link</a> <a data-x = \"<p>\">two</a>"),
            "link two"
        );
        assert_eq!(
            text_of("<!DOCTYPE html><?xml version=\"1.0\"?>text"),
            "text"
        );
        // An unterminated quote runs to the end, as in a browser.
        assert_eq!(text_of("before <img alt=\"oops> after"), "before");
    }

    #[test]
    fn html_deep_nesting_is_linear() {
        let src = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        let (text, _) = clean_html(&src);
        assert_eq!(text.trim(), "deep");
    }

    #[test]
    fn markdown_links_and_emphasis() {
        let src = "# Title\n\nSaid **Jane Roe** in [a post](http://x.y/z).\n";
        let (text, map) = clean_markdown(src);
        assert!(text.starts_with("Title\n"), "{text:?}");
        assert!(text.contains("Said Jane Roe in a post."), "{text:?}");
        let at = text.find("Jane").unwrap();
        assert_eq!(map.to_source_start(at), src.find("Jane").unwrap());
    }
}
