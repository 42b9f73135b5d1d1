//! Tokens of a sentence: words, numbers and single punctuation marks, with exact offsets.
//!
//! Words keep internal apostrophes ("Trump’s"), hyphens ("Jean-Noël", "four-year-old") and
//! the dots of abbreviations and initials ("U.S.", "P."). Numbers keep their separators
//! ("600,000", "1.5"). Everything else is one punctuation token per character.

use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, with internal apostrophes, hyphens and abbreviation dots.
    Word,
    /// Digits, with internal `,` and `.` separators.
    Number,
    /// One character that is neither.
    Punct,
}

/// A token of the clean text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the clean text.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// `true` when whitespace separates this token from the previous one.
    pub space_before: bool,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks (for text in decomposed form).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Characters that never count as content (zero-width and direction controls).
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{AD}')
}

/// Splits `text[range]` into tokens. Linear in the length of the range.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let slice = &text[range.clone()];
    let base = range.start;
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let n = chars.len();
    let pos = |k: usize| if k < n { chars[k].0 } else { slice.len() };
    let mut out = Vec::new();
    let mut k = 0;
    let mut space = true;
    while k < n {
        let c = chars[k].1;
        if c.is_whitespace() || is_invisible(c) || c == '\0' {
            space = true;
            k += 1;
            continue;
        }
        let start = k;
        let kind;
        if c.is_ascii_digit() || (c == '.' && k + 1 < n && chars[k + 1].1.is_ascii_digit() && space)
        {
            kind = Kind::Number;
            k += 1;
            while k < n {
                let d = chars[k].1;
                if d.is_ascii_digit() {
                    k += 1;
                } else if (d == ',' || d == '.') && k + 1 < n && chars[k + 1].1.is_ascii_digit() {
                    k += 1;
                } else {
                    break;
                }
            }
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            k += 1;
            loop {
                if k >= n {
                    break;
                }
                let d = chars[k].1;
                let next = chars.get(k + 1).map(|x| x.1);
                if is_word_char(d) {
                    k += 1;
                } else if (is_apostrophe(d) || is_hyphen(d))
                    && next.is_some_and(|x| x.is_alphanumeric())
                {
                    k += 1;
                } else if d == '.' {
                    // Abbreviations: a run of single letters joined by dots ("U.S.", "e.g.").
                    let seg_len = (start..k).rev().take_while(|&j| chars[j].1 != '.').count();
                    if seg_len == 1
                        && next.is_some_and(|x| x.is_alphabetic())
                        && chars.get(k + 2).is_none_or(|x| !x.1.is_alphabetic())
                    {
                        k += 1;
                    } else {
                        let dotted = (start..k).any(|j| chars[j].1 == '.');
                        if seg_len == 1 && (chars[k - 1].1.is_uppercase() || dotted) {
                            // Initial or last segment of an abbreviation: keep its dot.
                            k += 1;
                        }
                        break;
                    }
                } else {
                    break;
                }
            }
        } else {
            kind = Kind::Punct;
            k += 1;
        }
        out.push(Token {
            start: base + pos(start),
            end: base + pos(k),
            kind,
            space_before: space,
        });
        space = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0..s.len()).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(
            words("U.S. Secretary Daniel P. Driscoll’s 28-point plan"),
            vec![
                "U.S.",
                "Secretary",
                "Daniel",
                "P.",
                "Driscoll’s",
                "28",
                "-",
                "point",
                "plan"
            ]
        );
        assert_eq!(
            words("“600,000 troops,” 1.5 $100bn"),
            vec!["“", "600,000", "troops", ",", "”", "1.5", "$", "100", "bn"]
        );
        assert_eq!(
            words("Jean-Noël Barrot, e.g. end."),
            vec!["Jean-Noël", "Barrot", ",", "e.g.", "end", "."]
        );
    }
}
