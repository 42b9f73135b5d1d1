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

/// How far an entity may reach before `&` is taken as a plain ampersand.
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

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        return match char::from_u32(code) {
            Some('\0') | None => Some('\u{FFFD}'),
            Some(c) => Some(c),
        };
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "hellip" => '…',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "middot" => '·',
        "times" => '×',
        "eacute" => 'é',
        "Eacute" => 'É',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "aacute" => 'á',
        "agrave" => 'à',
        "acirc" => 'â',
        "auml" => 'ä',
        "Auml" => 'Ä',
        "aring" => 'å',
        "ccedil" => 'ç',
        "iacute" => 'í',
        "iuml" => 'ï',
        "ntilde" => 'ñ',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "ouml" => 'ö',
        "Ouml" => 'Ö',
        "oslash" => 'ø',
        "uacute" => 'ú',
        "uuml" => 'ü',
        "Uuml" => 'Ü',
        "szlig" => 'ß',
        _ => return None,
    })
}

/// Tries to decode an entity starting at `at` (which holds `&`). Returns the char and
/// the end of the entity.
fn entity_at(src: &str, at: usize) -> Option<(char, usize)> {
    let bytes = src.as_bytes();
    let limit = (at + 1 + MAX_ENTITY).min(bytes.len());
    let mut j = at + 1;
    while j < limit && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'#') {
        j += 1;
    }
    if j < bytes.len() && bytes[j] == b';' && j > at + 1 {
        let c = decode_entity(&src[at + 1..j])?;
        Some((c, j + 1))
    } else {
        None
    }
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
                if let Some((c, after)) = entity_at(src, i).filter(|&(_, a)| a <= end) {
                    out.verbatim(run, &src[run..i]);
                    let mut buf = [0u8; 4];
                    out.replace(i, after, c.encode_utf8(&mut buf));
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
            let end = find_ci(bytes, i + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            i = end;
            text_start = i;
            continue;
        }
        let close = match memchr(b'>', bytes, i + 1) {
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
