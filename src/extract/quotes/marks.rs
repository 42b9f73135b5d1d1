//! Finding quote marks and pairing them into quotes, paragraph by paragraph.
//!
//! Quote marks: curly “…”, straight "…", guillemets «…», and curly single ‘…’. A closing
//! mark written where an opening one belongs (`stating,”As the …`) opens. A quote left
//! open closes at the end of its sentence, so an unbalanced mark never swallows the rest
//! of the article.

use std::ops::Range;

fn is_open_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':' | ',' | '“' | '"')
    })
}

/// "No such position" in [`NextClosers`].
const NONE: usize = usize::MAX;

/// For one position of a paragraph's marks, where the next closing mark of each kind is,
/// so finding a quote's end costs nothing and unbalanced marks stay linear.
#[derive(Clone, Copy)]
struct NextClosers {
    /// ” or "
    dq: usize,
    /// “
    ldq: usize,
    /// »
    raquo: usize,
    /// ’ not inside a word (an apostrophe is not a closer)
    rsq: usize,
    /// “ or ”, closing „
    curly: usize,
}

impl NextClosers {
    /// The table for every position of `marks` and one past the end, in `t` (cleared).
    fn build(marks: &[Mark], t: &mut Vec<NextClosers>) {
        let n = marks.len();
        let none = NextClosers {
            dq: NONE,
            ldq: NONE,
            raquo: NONE,
            rsq: NONE,
            curly: NONE,
        };
        t.clear();
        t.resize(n + 1, none);
        for i in (0..n).rev() {
            let m = &marks[i];
            let after = t[i + 1];
            t[i] = NextClosers {
                dq: if matches!(m.c, '”' | '"') {
                    i
                } else {
                    after.dq
                },
                ldq: if m.c == '“' { i } else { after.ldq },
                raquo: if m.c == '»' { i } else { after.raquo },
                rsq: if m.c == '’' && !m.next.is_some_and(char::is_alphabetic) {
                    i
                } else {
                    after.rsq
                },
                curly: if matches!(m.c, '“' | '”') {
                    i
                } else {
                    after.curly
                },
            };
        }
    }
}

/// A quote mark in a paragraph, with its neighbours. Two straight apostrophes (`''`),
/// an old typewriter convention some archives keep, are one double mark `"` of two bytes.
struct Mark {
    pos: usize,
    c: char,
    len: usize,
    prev: Option<char>,
    next: Option<char>,
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '«' | '»' | '„' | '‘' | '’')
}

/// Buffers [`find_quotes`] reuses from one paragraph to the next.
#[derive(Default)]
pub(super) struct QuoteBuffers {
    marks: Vec<Mark>,
    table: Vec<NextClosers>,
}

/// Where the first doubled straight apostrophe (`''`) of `b` at or after `from` starts:
/// found from one apostrophe to the next, with no searcher to build for each paragraph.
fn find_pair(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(o) = b.get(i..).and_then(|r| memchr::memchr(b'\'', r)) {
        let at = i + o;
        if b.get(at + 1) == Some(&b'\'') {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// The quote marks of `text[para]`, in order, into `marks` (cleared).
fn collect_marks(text: &str, para: Range<usize>, marks: &mut Vec<Mark>) {
    marks.clear();
    let s = &text[para.clone()];
    let b = s.as_bytes();
    // Doubled apostrophes are rare: look for them only in a paragraph that has one.
    let pairs = find_pair(b, 0).is_some();
    let mut push = |at: usize, c: char, len: usize| {
        marks.push(Mark {
            pos: para.start + at,
            c,
            len,
            prev: s[..at].chars().next_back(),
            next: s[at + len..].chars().next(),
        });
    };
    // Every other quote mark starts with one of these bytes (all but '"' are two or
    // three bytes led by C2 or E2), so the scan jumps from one candidate to the next.
    // The next candidate of each kind is searched again only once passed, so the scan
    // stays linear.
    // `n` stands for "none".
    let n = b.len();
    let find_mark = |i: usize| memchr::memchr3(b'"', 0xC2, 0xE2, &b[i..]).map_or(n, |o| i + o);
    let next_pair = |i: usize| find_pair(b, i).unwrap_or(n);
    let mut i = 0;
    let mut mark = find_mark(0);
    let mut pair = if pairs { next_pair(0) } else { n };
    while i < n {
        if mark < i {
            mark = find_mark(i);
        }
        if pair < i {
            pair = next_pair(i);
        }
        match (mark, pair) {
            (m, p) if p < m => {
                // In a run of three (`'''`), the pair is the two that touch the words
                // outside: the last two when the run closes, the first two when it opens.
                let run = b[p..].iter().take_while(|&&c| c == b'\'').count();
                let closes = !b.get(p + run).is_some_and(u8::is_ascii_alphanumeric);
                let at = if run >= 3 && closes { p + run - 2 } else { p };
                push(at, '"', 2);
                i = p + run;
            }
            (at, _) if at < n => {
                let c = s[at..].chars().next().unwrap_or('\0');
                i = at + c.len_utf8();
                if is_quote_mark(c) {
                    push(at, c, c.len_utf8());
                }
            }
            _ => break,
        }
    }
}

/// Finds quote ranges in a paragraph and appends them to `out`. `sentence_ends` are the
/// clean offsets where sentences end, for closing unbalanced quotes. Appends (inner range,
/// unbalanced).
pub(super) fn find_quotes(
    text: &str,
    para: Range<usize>,
    sentence_ends: &[usize],
    bufs: &mut QuoteBuffers,
    out: &mut Vec<(Range<usize>, bool)>,
) {
    // Only the quote marks matter: collect them with their neighbours, so the work and
    // memory follow the number of marks, not the length of the paragraph.
    collect_marks(text, para.clone(), &mut bufs.marks);
    let marks = &mut bufs.marks;
    if marks.is_empty() {
        return;
    }
    NextClosers::build(marks, &mut bufs.table);
    let table = &bufs.table;
    let mut k = 0;
    while k < marks.len() {
        let Mark {
            pos,
            c,
            len,
            prev,
            next,
        } = marks[k];
        let opens = match c {
            '“' | '«' | '„' => true,
            '"' => {
                is_open_context(prev)
                    || prev == Some(',')
                    || next.is_some_and(char::is_alphanumeric)
                        && prev.is_none_or(|p| !p.is_alphanumeric())
            }
            // A closing mark glued to a word after punctuation opens: `stating,”As`.
            // So does one that opens its paragraph: `”We will…” ― Ana Ruiz`.
            '”' => {
                prev.is_none_or(|p| matches!(p, ',' | ':'))
                    && next.is_some_and(|n| n.is_alphanumeric() || prev.is_none() && n == ' ')
            }
            '‘' => is_open_context(prev) && next.is_some_and(char::is_alphanumeric),
            _ => false,
        };
        if !opens {
            k += 1;
            continue;
        }
        let start = pos + len;
        // The next closer, from the tables built once per paragraph.
        let j = match c {
            '“' | '”' => table[k + 1].dq,
            '"' => {
                // A new opening “ before any close means ours was unbalanced.
                let j = table[k + 1].dq;
                if table[k + 1].ldq < j {
                    NONE
                } else {
                    j
                }
            }
            '«' => table[k + 1].raquo,
            '‘' => table[k + 1].rsq,
            _ => table[k + 1].curly,
        };
        if j != NONE {
            let p = marks[j].pos;
            if p > start {
                out.push((start..p, false));
            }
            k = j + 1;
        } else {
            // Unbalanced: close at the end of the sentence the quote opens in, and read
            // on from there.
            let at = sentence_ends.partition_point(|&e| e <= start);
            let end = sentence_ends
                .get(at)
                .copied()
                .unwrap_or(para.end)
                .min(para.end)
                .max(start);
            if end > start {
                out.push((start..end, true));
            }
            k += 1;
            while k < marks.len() && marks[k].pos < end {
                k += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::find_pair;

    #[test]
    fn doubled_apostrophes_are_found_from_a_position() {
        let b = b"it's ''here'' and '''there";
        assert_eq!(find_pair(b, 0), Some(5));
        assert_eq!(find_pair(b, 6), Some(11));
        assert_eq!(find_pair(b, 12), Some(18));
        assert_eq!(find_pair(b, 19), Some(19));
        assert_eq!(find_pair(b, 20), None);
        assert_eq!(find_pair(b"'", 0), None);
        assert_eq!(find_pair(b"", 0), None);
        assert_eq!(find_pair(b"ab", 5), None);
    }
}
