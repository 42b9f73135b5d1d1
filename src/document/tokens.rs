//! Tokens of a sentence: words, numbers and single punctuation marks, with exact offsets.
//!
//! Words keep internal apostrophes ("Trump’s"), hyphens ("Jean-Noël", "four-year-old") and
//! the dots of abbreviations and initials ("U.S.", "P."). Numbers keep their separators
//! ("600,000", "1.5"). Everything else is one punctuation token per character.

pub use crate::lexicon::shape::{is_acronym, is_capitalised, is_initial};
use crate::lexicon::Classifier;
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
    /// For a word, its lexicon classes ([`crate::lexicon::token_class`]), so that every
    /// extractor reads them without looking the word up again: the tokenizer fills them in
    /// as it finds the word; 0 for other tokens.
    pub class: u32,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    #[inline]
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }

    /// The token's text folded ([`crate::normalize::fold`]): the text itself when its
    /// class says it is folded already ([`crate::lexicon::class::FOLDED`]), no copy.
    #[inline(always)]
    pub fn folded<'a>(&self, s: &'a str) -> crate::normalize::FoldedWord<'a> {
        crate::normalize::FoldedWord::new(
            self.text(s),
            self.class & crate::lexicon::class::FOLDED != 0,
        )
    }

    /// The lexicon classes of a word token: the ones stored on it, or looked up now for a
    /// token made by hand rather than by the tokenizer.
    #[inline(always)]
    pub fn word_class(&self, s: &str) -> u32 {
        if self.class != 0 {
            self.class
        } else {
            crate::lexicon::token_class(self.text(s))
        }
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || is_mark(c)
}

/// Unicode's General Punctuation block (curly quotes, dashes, ellipsis, spaces): most of
/// the non-ASCII characters of a news text, and no letter or digit among them, so the
/// tests below answer for them without Unicode's tables.
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// [`char::is_alphabetic`], at once for ASCII and general punctuation.
fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        !is_general_punctuation(c) && c.is_alphabetic()
    }
}

/// [`char::is_alphanumeric`], at once for ASCII and general punctuation.
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !is_general_punctuation(c) && c.is_alphanumeric()
    }
}

/// Combining marks (for text in decomposed form).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Characters that never count as content (zero-width and direction controls).
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{AD}')
}

/// `true` for an ASCII byte that the general loop of [`tokenize_into`] makes a
/// punctuation token of one byte: no letter, digit, whitespace, NUL or dot.
#[inline(always)]
fn is_ascii_mark(b: u8) -> bool {
    b.is_ascii_punctuation() && b != b'.'
}

/// The eight bytes of `bytes` from `i` as a little-endian integer, zero past the end.
#[inline(always)]
fn load8(bytes: &[u8], i: usize) -> u64 {
    let rest = bytes.get(i..).unwrap_or_default();
    match rest.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => crate::lexicon::load_le(rest),
    }
}

/// Pushes a one-token mark (punctuation) over `range`.
#[inline(always)]
fn push_mark(tokens: &mut Vec<Token>, range: std::ops::Range<usize>, space_before: bool) {
    tokens.push(Token {
        start: range.start,
        end: range.end,
        kind: Kind::Punct,
        space_before,
        class: 0,
    });
}

/// The character of Unicode's General Punctuation block (U+2000..=U+206F: curly quotes,
/// dashes, ellipsis, spaces) whose three bytes start at byte `i`, read without decoding
/// any other character.
#[inline(always)]
fn general_punctuation_at(bytes: &[u8], i: usize) -> Option<char> {
    let (b1, b2) = match bytes.get(i..i + 3)? {
        &[0xE2, b1 @ 0x80..=0x81, b2 @ 0x80..=0xBF] => (b1, b2),
        _ => return None,
    };
    let c = char::from_u32(0x2000 | (u32::from(b1 & 1) << 6) | u32::from(b2 & 0x3F))?;
    is_general_punctuation(c).then_some(c)
}

/// How many of the eight bytes of `v` (little-endian) are ASCII letters and digits before
/// the first that is not (8 when all are), and its letters (0x80 in each such byte; exact
/// in those bytes).
#[inline(always)]
fn alnum_prefix(v: u64) -> (usize, u64) {
    use crate::lexicon::swar_in_range as within;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte of 0x80 or more is no ASCII letter (`!v` drops it). It may also carry into
    // the bytes after it, but only the first byte that is not alphanumeric counts.
    // Setting 0x20 lowers exactly the capitals (no other byte lands on a..z), so two
    // ranges test for letters and digits. A zero byte is neither.
    let letters = within(v | 0x2020_2020_2020_2020, b'a', b'z');
    let alnum = (within(v, b'0', b'9') | letters) & !v;
    let stop = !alnum & HIGH;
    let run = if stop == 0 {
        8
    } else {
        (stop.trailing_zeros() / 8) as usize
    };
    (run, letters)
}

/// The first `run` bytes of `v` (ASCII letters and digits, `letters` as [`alnum_prefix`]
/// found them), zero after them, with their capitals and whether one is lower case: bit
/// 5 (0x20) of a letter, shifted to bit 7, is set for lower case.
#[inline(always)]
fn word_bytes(v: u64, letters: u64, run: usize) -> (u64, u64, bool) {
    let keep = if run >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * run)) - 1
    };
    let (w, letters) = (v & keep, letters & keep);
    (w, letters & !(w << 2), letters & (w << 2) != 0)
}

/// The end of the curly possessive "’s" at byte `e` of `bytes`, right after ASCII letters
/// and digits, when the word ends there as the general loop of [`tokenize_into`] would
/// end it ([`ends_ascii_word`] after a letter that is no ASCII letter or digit).
#[inline(always)]
fn curly_possessive_end(bytes: &[u8], e: usize) -> Option<usize> {
    let after = e + "’s".len();
    let ends = bytes.get(e..after)? == "’s".as_bytes()
        && !bytes.get(after).is_some_and(u8::is_ascii_alphanumeric)
        && ends_ascii_word(bytes, after, 2);
    ends.then_some(after)
}

/// The number of ASCII letters and digits at the start of `bytes`: the bulk of most words.
/// Eight bytes at a time while eight remain.
fn ascii_alnum_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..n + 8) {
        let (run, _) = alnum_prefix(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        if run < 8 {
            return n + run;
        }
        n += 8;
    }
    n + bytes[n..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count()
}

/// `true` when the ASCII letters and digits `bytes[e - len..e]` (`len` of them, the first
/// a letter) are a whole word: what follows cannot continue it, as the general loop of
/// [`tokenize_into`] would decide. That is the end of the text; an ASCII character that
/// is no apostrophe, hyphen or dot; a dot after two or more letters (only a single letter
/// keeps its dot or goes on as an abbreviation: "P.", "U.S."); or a character of Unicode's
/// General Punctuation block other than the hyphens and the curly apostrophe (a closing
/// quote, a dash, an ellipsis). Anything else is left to the general loop.
#[inline(always)]
fn ends_ascii_word(bytes: &[u8], e: usize, len: usize) -> bool {
    match bytes.get(e) {
        None => true,
        Some(b'\'' | b'-') => false,
        Some(b'.') => len >= 2,
        Some(&b) if b < 0x80 => true,
        // U+2000..=U+206F is E2 80 80..=E2 81 AF; U+2010, U+2011 and U+2019 stay out.
        Some(0xE2) => match (bytes.get(e + 1), bytes.get(e + 2)) {
            (Some(0x80), Some(0x90 | 0x91 | 0x99)) => false,
            (Some(0x80), Some(_)) | (Some(0x81), Some(0x80..=0xAF)) => true,
            _ => false,
        },
        Some(_) => false,
    }
}

/// The character at byte `i` of `s`: ASCII read straight from the byte, the rest decoded
/// (`None` past the end or inside a character).
#[inline(always)]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

/// The end of the number of [`tokenize_into`]'s general loop whose first character ends
/// at `i`: digits, and a ',' or '.' between digits.
#[inline(always)]
fn number_end(s: &str, mut i: usize) -> usize {
    let at = |i: usize| char_at(s, i);
    while let Some(d) = at(i) {
        if d.is_ascii_digit()
            || ((d == ',' || d == '.') && at(i + 1).is_some_and(|x| x.is_ascii_digit()))
        {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// The end of the word of [`tokenize_into`]'s general loop whose first character, `c`,
/// ends at `i`: letters, marks, internal apostrophes and hyphens, and the dots of
/// abbreviations and initials.
#[inline(always)]
fn word_end(s: &str, mut i: usize, c: char) -> usize {
    let bytes = s.as_bytes();
    let at = |i: usize| char_at(s, i);
    // Characters since the last dot of this word, the last character, and
    // whether the word has a dot (an abbreviation such as "U.S.").
    let mut seg_len = 1;
    let mut last = c;
    let mut dotted = false;
    loop {
        let run = ascii_alnum_run(&bytes[i..]);
        if run > 0 {
            i += run;
            seg_len += run;
            last = bytes[i - 1] as char;
        }
        let Some(d) = at(i) else { break };
        let dl = d.len_utf8();
        let next = at(i + dl);
        if is_word_char(d)
            || ((is_apostrophe(d) || is_hyphen(d)) && next.is_some_and(is_alphanumeric))
        {
            i += dl;
            seg_len += 1;
            last = d;
        } else if d == '.' {
            let after_next = next.and_then(|n| at(i + dl + n.len_utf8()));
            if seg_len == 1
                && next.is_some_and(is_alphabetic)
                && after_next.is_none_or(|x| !is_alphabetic(x))
            {
                // Abbreviations: single letters joined by dots ("U.S.", "e.g.").
                i += dl;
                seg_len = 0;
                last = d;
                dotted = true;
            } else {
                // An initial or the last letter of an abbreviation keeps its dot.
                if seg_len == 1 && (last.is_uppercase() || dotted) {
                    i += dl;
                }
                break;
            }
        } else {
            break;
        }
    }
    i
}

/// Splits `text[range]` into tokens. Linear in the length of the range, with no
/// per-character buffers.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, range, &mut out);
    out
}

/// [`tokenize`], appending to `out`: a document's sentences share one buffer.
pub fn tokenize_into(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    // The text up to the sentence's end, read from its start: offsets are the text's, and
    // nothing past the sentence is seen.
    let s = text.get(..range.end).unwrap_or_default();
    let bytes = s.as_bytes();
    let at = |i: usize| char_at(s, i);
    // The buffer is moved into a local for the loop, so that its length stays in a
    // register rather than being read back after every token written.
    let mut tokens = std::mem::take(out);
    tokens.reserve(range.len() / 5 + 1);
    // The lexicon's table, fetched once for the sentence rather than once per word.
    let lex = Classifier::get();
    let mut i = range.start;
    let mut space = true;
    loop {
        // Fast path for the commonest token: ASCII letters and digits that end where no
        // word goes on ([`ends_ascii_word`]); the general loop below decides the rest.
        match bytes.get(i) {
            Some(b' ') => {
                space = true;
                i += 1;
                continue;
            }
            Some(b) if b.is_ascii_alphabetic() => {
                if let Some((e, class)) = ascii_word(bytes, i, lex) {
                    tokens.push(Token {
                        start: i,
                        end: e,
                        kind: Kind::Word,
                        space_before: space,
                        class,
                    });
                    // A single space, the commonest gap, is passed over here.
                    space = bytes.get(e) == Some(&b' ');
                    i = e + usize::from(space);
                    continue;
                }
            }
            // An ASCII mark is a token of its own, as the general loop would find; so is
            // a dot, unless it opens a number (" .5").
            // A character of General Punctuation, no letter or digit, is a gap or a mark
            // of its own, as the general loop would find.
            Some(0xE2) => {
                if let Some(c) = general_punctuation_at(bytes, i) {
                    if c.is_whitespace() || is_invisible(c) {
                        space = true;
                    } else {
                        push_mark(&mut tokens, i..i + 3, space);
                        space = false;
                    }
                    i += 3;
                    continue;
                }
            }
            Some(&b)
                if is_ascii_mark(b)
                    || b == b'.'
                        && !(space && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) =>
            {
                push_mark(&mut tokens, i..i + 1, space);
                space = false;
                i += 1;
                continue;
            }
            _ => {}
        }
        let Some(c) = at(i) else { break };
        let cl = c.len_utf8();
        if c.is_whitespace() || c == '\0' || !c.is_ascii() && is_invisible(c) {
            space = true;
            i += cl;
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit()
            || (c == '.' && space && at(i + 1).is_some_and(|x| x.is_ascii_digit()))
        {
            kind = Kind::Number;
            i = number_end(s, i + cl);
        } else if is_alphabetic(c) {
            kind = Kind::Word;
            i = word_end(s, i + cl, c);
        } else {
            kind = Kind::Punct;
            i += cl;
        }
        // Every word is classified here: the few the fast path leaves (accents, hyphens,
        // apostrophes, dots) through the general lookup.
        let class = if kind == Kind::Word {
            crate::lexicon::token_class(&s[start..i])
        } else {
            0
        };
        tokens.push(Token {
            start,
            end: i,
            kind,
            space_before: space,
            class,
        });
        space = false;
    }
    *out = tokens;
}

/// The end and classes of the word of ASCII letters and digits at byte `i` (a letter),
/// when it ends where no word goes on ([`ends_ascii_word`]), possibly after a curly
/// possessive ("Kay’s"): classified while its bytes are at hand (see [`Token::class`]).
/// `None` leaves the word to the general loop of [`tokenize_into`].
#[inline(always)]
fn ascii_word(bytes: &[u8], i: usize, lex: Classifier) -> Option<(usize, u32)> {
    // Most words are shorter than eight bytes: one load finds their end, the byte after
    // it, and gives the lexicon its key.
    let v = load8(bytes, i);
    let (run, letters) = alnum_prefix(v);
    if run < 8 {
        let (w, caps, lower) = word_bytes(v, letters, run);
        let stop = (v >> (8 * run)) as u8;
        return ascii_word_end(bytes, i + run, stop, run, lex, (w, 0), (caps, 0), lower);
    }
    // Eight letters or digits: the next eight bytes, for a word of up to fifteen.
    let v1 = load8(bytes, i + 8);
    let (run1, letters1) = alnum_prefix(v1);
    if run1 < 8 {
        let (w1, caps1, lower1) = word_bytes(v1, letters1, run1);
        let (_, caps0, lower0) = word_bytes(v, letters, 8);
        let stop = (v1 >> (8 * run1)) as u8;
        let (e, lower) = (i + 8 + run1, lower0 || lower1);
        return ascii_word_end(
            bytes,
            e,
            stop,
            8 + run1,
            lex,
            (v, w1),
            (caps0, caps1),
            lower,
        );
    }
    // Sixteen or more: rare.
    let e = i + ascii_alnum_run(&bytes[i..]);
    ends_ascii_word(bytes, e, e - i).then(|| (e, lex.alnum(&bytes[i..e])))
}

/// [`ascii_word`] of a word of fewer than sixteen bytes that ends at `e`, where the byte
/// `stop` follows (0 at the end of the text), given as the scan read it
/// ([`Classifier::scanned`]); inlined for each length class, so that a short word's
/// second half is a constant zero.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn ascii_word_end(
    bytes: &[u8],
    e: usize,
    stop: u8,
    n: usize,
    lex: Classifier,
    v: (u64, u64),
    caps: (u64, u64),
    lower: bool,
) -> Option<(usize, u32)> {
    let ends = match stop {
        b'\'' | b'-' => false,
        b'.' => n >= 2,
        0..0x80 => true,
        _ => ends_ascii_word(bytes, e, n),
    };
    if ends {
        return Some((e, lex.scanned(v, n, caps, lower)));
    }
    let end = curly_possessive_end(bytes, e)?;
    Some((end, lex.curly_possessive_scanned(v, n, caps.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0..s.len()).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn general_punctuation_holds_no_letters_or_digits() {
        for c in
            ('\u{2000}'..='\u{206F}').chain(['a', 'Z', '9', 'é', 'ß', '\u{2070}', '\u{2071}', '’'])
        {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn general_punctuation_read_from_its_bytes() {
        for c in ('\u{1F00}'..='\u{2100}').chain(['a', '\u{E000}']) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            let want = is_general_punctuation(c).then_some(c);
            assert_eq!(general_punctuation_at(b, 0), want, "{c:?}");
        }
        // Gaps and marks as the general loop makes them.
        let s = "a\u{2003}b \u{201C}c\u{201D}\u{200B}d\u{2014}\u{2026}";
        let t = tokenize(s, 0..s.len());
        let got: Vec<(&str, bool)> = t.iter().map(|t| (t.text(s), t.space_before)).collect();
        assert_eq!(
            got,
            vec![
                ("a", true),
                ("b", true),
                ("\u{201C}", true),
                ("c", false),
                ("\u{201D}", false),
                ("d", true),
                ("\u{2014}", false),
                ("\u{2026}", false)
            ]
        );
    }

    #[test]
    fn ascii_marks_are_what_the_general_loop_makes_one_byte_marks() {
        for b in 0u8..0x80 {
            let c = b as char;
            // What the general loop makes a one-byte mark of.
            let skipped = c.is_whitespace() || c == '\0';
            let other = c.is_ascii_digit() || c == '.' || is_alphabetic(c);
            let general = !skipped && !other;
            // Control characters are left to the general loop, which agrees.
            assert_eq!(is_ascii_mark(b), general && !c.is_control(), "{c:?}");
        }
    }

    #[test]
    fn alnum_runs_eight_bytes_at_a_time() {
        for s in [
            "",
            "a",
            "abcdefgh",
            "abcdefghi",
            "abc def",
            "abcdefg.",
            "abcdefgh ijk",
            "Zz09Az9a",
            "@[`{/:",
            "abcdé",
            "abcdefgé",
            "abcdefghé",
            "0123456789ABCDEFxyz!",
            "a\u{80}b",
        ] {
            let want = s.bytes().take_while(u8::is_ascii_alphanumeric).count();
            assert_eq!(ascii_alnum_run(s.as_bytes()), want, "{s:?}");
        }
    }

    #[test]
    fn ascii_words_end_where_the_general_loop_ends_them() {
        let s = "Holt said. P. Ames U.S. envoy\u{2014}and Reyes\u{201D} x\u{2010}y \
                 Kay\u{2019}s Lo\u{2019} ok\u{2026} ab\u{2071} cd\u{206F}ef (gh)[ij] k.";
        assert_eq!(
            words(s),
            vec![
                "Holt",
                "said",
                ".",
                "P.",
                "Ames",
                "U.S.",
                "envoy",
                "\u{2014}",
                "and",
                "Reyes",
                "\u{201D}",
                "x\u{2010}y",
                "Kay\u{2019}s",
                "Lo",
                "\u{2019}",
                "ok",
                "\u{2026}",
                "ab\u{2071}",
                "cd",
                "\u{206F}",
                "ef",
                "(",
                "gh",
                ")",
                "[",
                "ij",
                "]",
                "k",
                "."
            ]
        );
        // Every word gets the classes the lexicon gives it, other tokens none.
        for t in tokenize(s, 0..s.len()) {
            assert_eq!(t.class != 0, t.kind == Kind::Word, "{}", t.text(s));
            if t.class != 0 {
                assert_eq!(
                    t.class,
                    crate::lexicon::token_class(t.text(s)),
                    "{}",
                    t.text(s)
                );
            }
        }
    }

    #[test]
    fn curly_possessives_and_dots_as_the_general_loop_finds_them() {
        let s = "Kay\u{2019}s Kay\u{2019}s. Kay\u{2019}sx NATO\u{2019}s x\u{2019}s \
                 Abcdefghijk\u{2019}s Kay\u{2019}s-day Kay\u{2019}S \u{201C}Kay\u{2019}s\u{201D} \
                 Kay\u{2019}s\u{2019} Kay\u{2019}s\u{2014}no Kay\u{2019} s x .5 y.5 end. \
                 Abcdefghijklmnopq\u{2019}s";
        assert_eq!(
            words(s),
            vec![
                "Kay\u{2019}s",
                "Kay\u{2019}s",
                ".",
                "Kay\u{2019}sx",
                "NATO\u{2019}s",
                "x\u{2019}s",
                "Abcdefghijk\u{2019}s",
                "Kay\u{2019}s-day",
                "Kay\u{2019}S",
                "\u{201C}",
                "Kay\u{2019}s",
                "\u{201D}",
                "Kay\u{2019}s",
                "\u{2019}",
                "Kay\u{2019}s",
                "\u{2014}",
                "no",
                "Kay",
                "\u{2019}",
                "s",
                "x",
                ".5",
                "y",
                ".",
                "5",
                "end",
                ".",
                "Abcdefghijklmnopq\u{2019}s"
            ]
        );
        for t in tokenize(s, 0..s.len()) {
            assert_eq!(t.class != 0, t.kind == Kind::Word, "{}", t.text(s));
            if t.kind == Kind::Word {
                let want = crate::lexicon::token_class(t.text(s));
                assert_eq!(t.class, want, "{}", t.text(s));
            }
        }
        // Offsets are the text's when the range starts inside it.
        let t = tokenize(s, 8..15);
        assert_eq!((t[0].start, t[0].end, t.len()), (8, 15, 1));
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
