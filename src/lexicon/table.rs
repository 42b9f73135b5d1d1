//! The packed lookup table behind [`classes`] and [`token_class`]: every word of the
//! lexicon's lists with its class bits ([`super::class`]), words of up to sixteen bytes
//! packed into two integers in an open-addressing table, longer ones in a hash map. One
//! lookup per word token answers every "is this word an X" question the extractors ask.

use super::class;
use super::common::{CALENDAR, COMMON_WORDS, PARTICLES};
use super::given_names::NAME_PAIRS;
use super::orgs::ORG_WORDS;
use super::speech::{QUOTE_VERBS, SPEECH_VERBS};
use super::titles::{
    DESCRIPTIVE_HEADS, HONORIFICS, OCCUPATIONS, OFFICE_HEADS, PORTFOLIOS, TITLE_CONNECTORS,
    TITLE_MODIFIERS,
};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

/// The classes of a folded word (0 for a word in no list).
pub fn classes(word: &str) -> u32 {
    let b = word.as_bytes();
    match Packed::of(b, false) {
        Some(p) => table().short(p),
        None => table().long.get(word).copied().unwrap_or(0),
    }
}

/// A word of one to sixteen bytes as two integers (its bytes, little-endian, zero-padded)
/// and its length: compared in two instructions, where a string compare is a call.
#[derive(Clone, Copy)]
struct Packed(u64, u64, u8);

impl Packed {
    /// `None` for a word that does not fit; `lower` lowers ASCII capitals on the way.
    fn of(b: &[u8], lower: bool) -> Option<Packed> {
        if b.is_empty() || b.len() > 16 {
            return None;
        }
        let (lo, hi) = b.split_at(b.len().min(8));
        let word = |h: &[u8]| {
            let v = load_le(h);
            if lower {
                lower_ascii(v)
            } else {
                v
            }
        };
        Some(Packed(word(lo), word(hi), b.len() as u8))
    }
}

/// The lexicon: words of up to sixteen bytes (nearly all words) in an open-addressing
/// table of packed words, longer ones in a hash map.
struct Table {
    /// (packed bytes, classes with the word's length in the top byte); length 0 marks an
    /// empty slot.
    slots: Vec<(u64, u64, u32)>,
    shift: u32,
    long: HashMap<Cow<'static, str>, u32>,
}

/// Where [`Table`] keeps a word's length in its slot's classes.
const LEN_SHIFT: u32 = 24;

impl Table {
    fn slot(&self, p: Packed) -> usize {
        // The high bits of a 64-bit product, also on 32-bit targets (wasm).
        ((p.0 ^ p.1.rotate_left(29) ^ p.2 as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift)
            as usize
    }

    #[inline(always)]
    fn short(&self, p: Packed) -> u32 {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(p);
        loop {
            let (k0, k1, c) = self.slots[i];
            let len = c >> LEN_SHIFT;
            if k0 == p.0 && k1 == p.1 && len == p.2 as u32 {
                return c & ((1 << LEN_SHIFT) - 1);
            }
            if len == 0 {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table {
            slots: vec![(0, 0, 0); 1 << MIN_BITS],
            shift: u64::BITS - MIN_BITS,
            long: HashMap::default(),
        };
        let mut short = 0;
        each_class(|w, c| {
            debug_assert!(c < 1 << LEN_SHIFT);
            match Packed::of(w.as_bytes(), false) {
                Some(p) => short += usize::from(t.add(p, c)),
                None => *t.long.entry(w).or_default() |= c,
            }
            // At most half full, so that probes stay short.
            if short * 2 > t.slots.len() {
                t.grow();
            }
        });
        t
    })
}

/// The fewest bits of [`Table`]'s slot index.
const MIN_BITS: u32 = 4;

impl Table {
    /// Adds the classes `c` to the packed word `p`, straight into its slot: `true` when
    /// the word was not in the table yet.
    fn add(&mut self, p: Packed, c: u32) -> bool {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(p);
        loop {
            let (k0, k1, old) = self.slots[i];
            let len = old >> LEN_SHIFT;
            if len == 0 {
                self.slots[i] = (p.0, p.1, c | (p.2 as u32) << LEN_SHIFT);
                return true;
            }
            if k0 == p.0 && k1 == p.1 && len == p.2 as u32 {
                self.slots[i].2 |= c;
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    /// Doubles the slots, placing every word again.
    fn grow(&mut self) {
        let bits = self.slots.len().trailing_zeros() + 1;
        let old = std::mem::replace(&mut self.slots, vec![(0, 0, 0); 1 << bits]);
        self.shift = u64::BITS - bits;
        for (k0, k1, c) in old.into_iter().filter(|s| s.2 >> LEN_SHIFT != 0) {
            let len = (c >> LEN_SHIFT) as u8;
            self.add(Packed(k0, k1, len), c & ((1 << LEN_SHIFT) - 1));
        }
    }
}

/// Every word of the lists above with one of its classes, given to `add` (a word comes
/// once per list that holds it): the table ORs them together.
fn each_class(mut add: impl FnMut(Cow<'static, str>, u32)) {
    let lists: [(&[&'static str], u32); 12] = [
        (TITLE_CONNECTORS, class::TITLE_CONNECTOR),
        (OFFICE_HEADS, class::OFFICE_HEAD),
        (DESCRIPTIVE_HEADS, class::DESCRIPTIVE_HEAD),
        (OCCUPATIONS, class::DESCRIPTIVE_HEAD),
        (HONORIFICS, class::HONORIFIC),
        (PORTFOLIOS, class::PORTFOLIO),
        (TITLE_MODIFIERS, class::TITLE_MODIFIER),
        (ORG_WORDS, class::ORG_WORD),
        (CALENDAR, class::CALENDAR),
        (PARTICLES, class::PARTICLE),
        (SPEECH_VERBS, class::SPEECH_VERB),
        (QUOTE_VERBS, class::QUOTE_VERB),
    ];
    for (words, c) in lists {
        for w in words {
            add(Cow::Borrowed(*w), c);
        }
    }
    for w in COMMON_WORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        add(Cow::Borrowed(w), class::COMMON_WORD);
    }
    // As in `GivenNames::load`: a name counts when its line pairs it with another.
    for line in NAME_PAIRS.lines().filter(|l| l.contains(' ')) {
        for w in line.split(' ') {
            add(Cow::Borrowed(w), class::GIVEN_NAME);
        }
    }
    for w in OFFICE_HEADS {
        add(Cow::Owned(format!("{w}s")), class::OFFICE_HEAD_PLURAL);
    }
    for (list, c) in super::gender::LISTS {
        for w in list.split_whitespace() {
            add(Cow::Borrowed(w), c);
        }
    }
    for w in super::cue_words() {
        add(Cow::Borrowed(w), class::CUE);
    }
    for w in super::numbers::start_words() {
        add(Cow::Owned(w), class::NUMBER_START);
    }
}

/// The classes of a word token as written: folded, looked up without its possessive
/// ending, with [`class::POSSESSIVE`] when it had one. One hash lookup, no allocation for
/// short ASCII words.
pub fn token_class(raw: &str) -> u32 {
    if raw.is_ascii() {
        ascii_token_class(raw)
    } else {
        curly_possessive_class(raw).unwrap_or_else(|| any_token_class(raw))
    }
}

/// [`any_token_class`] of ASCII letters and digits with the possessive "’s" ("Kay’s"),
/// the commonest word that is not ASCII, without decoding it: the stem's classes, and
/// the shape of a word with a lower-case letter (its "s") that is not ASCII, so never
/// folded, an initial or an acronym. `None` for any other word.
fn curly_possessive_class(raw: &str) -> Option<u32> {
    let stem = raw.as_bytes().strip_suffix("’s".as_bytes())?;
    if !stem.iter().all(u8::is_ascii_alphanumeric) {
        return None;
    }
    let key = Packed::of(stem, true)?;
    let mut bits = class::LOOKED_UP | class::POSSESSIVE | class::HAS_LOWER | table().short(key);
    if stem[0].is_ascii_uppercase() {
        bits |= class::CAPITALISED;
    }
    Some(bits)
}

/// [`token_class`] of a word of ASCII letters and digits only, which has no possessive
/// ending: the tokenizer classifies most words this way as it finds them (through
/// [`Classifier::alnum`], which fetches the table once for a whole sentence).
#[cfg(test)]
pub(crate) fn alnum_token_class(raw: &str) -> u32 {
    Classifier::get().alnum(raw.as_bytes())
}

/// The lexicon's table, fetched once by a caller that classifies many words in a row.
#[derive(Clone, Copy)]
pub(crate) struct Classifier(&'static Table);

impl Classifier {
    #[inline]
    pub(crate) fn get() -> Classifier {
        Classifier(table())
    }

    /// [`token_class`] of the bytes `b` (ASCII letters and digits only). A word of up to
    /// sixteen bytes is read as two 64-bit integers (one for most words), every test
    /// eight letters at a time: it has no dot, hyphen or apostrophe, so its shape is its
    /// capitals and lower-case letters.
    #[inline(always)]
    pub(crate) fn alnum(self, b: &[u8]) -> u32 {
        debug_assert!(b.iter().all(u8::is_ascii_alphanumeric));
        let n = b.len();
        if n <= 8 {
            return self.alnum8(load_le(b), n);
        }
        if n > 16 {
            // Rare: an ASCII word is valid UTF-8.
            return std::str::from_utf8(b).map_or(0, ascii_token_class);
        }
        let (lo, hi) = b.split_at(8);
        let (v0, v1) = (load_le(lo), load_le(hi));
        let (caps0, caps1) = (swar_in_range(v0, b'A', b'Z'), swar_in_range(v1, b'A', b'Z'));
        let has_lower = swar_in_range(v0, b'a', b'z') | swar_in_range(v1, b'a', b'z') != 0;
        self.scanned((v0, v1), n, (caps0, caps1), has_lower)
    }

    /// [`Classifier::alnum`] of a word of one to eight ASCII letters and digits given as
    /// its bytes `v` (little-endian, zero past its `n` bytes): what the tokenizer has in
    /// hand once it has found the word's end, so the word is not read again.
    #[inline(always)]
    pub(crate) fn alnum8(self, v: u64, n: usize) -> u32 {
        let caps = swar_in_range(v, b'A', b'Z');
        let has_lower = swar_in_range(v, b'a', b'z') != 0;
        self.alnum8_scanned(v, n, caps, has_lower)
    }

    /// [`Classifier::alnum8`] given what a scan of the word found: its capitals (0x80 in
    /// each such byte) and whether it has a lower-case letter.
    #[inline(always)]
    fn alnum8_scanned(self, v: u64, n: usize, caps: u64, has_lower: bool) -> u32 {
        self.scanned((v, 0), n, (caps, 0), has_lower)
    }

    /// [`Classifier::alnum`] of a word of one to sixteen ASCII letters and digits given as
    /// its first eight bytes `v0` and the rest `v1` (zero past the word), with the
    /// capitals of each (0x80 in each such byte) and whether it has a lower-case letter:
    /// what the tokenizer has in hand once it has found the word's end, so the word is
    /// not read again.
    #[inline(always)]
    pub(crate) fn scanned(
        self,
        (v0, v1): (u64, u64),
        n: usize,
        (caps0, caps1): (u64, u64),
        has_lower: bool,
    ) -> u32 {
        debug_assert!((1..=16).contains(&n) && (n >= 8 || v1 == 0 && v0 >> (8 * n) == 0));
        debug_assert_eq!(caps0, swar_in_range(v0, b'A', b'Z'));
        debug_assert_eq!(caps1, swar_in_range(v1, b'A', b'Z'));
        // 0x80 >> 2 is the 0x20 that lowers an ASCII capital (see `lower_ascii`).
        let key = Packed(v0 | caps0 >> 2, v1 | caps1 >> 2, n as u8);
        let capitals = || caps0.count_ones() + caps1.count_ones();
        self.alnum_bits(key, caps0, caps0 | caps1 != 0, capitals, has_lower)
    }

    /// [`token_class`] of the stem [`Classifier::scanned`] reads followed by the curly
    /// possessive "’s" ("Kay’s"), as [`curly_possessive_class`] finds it.
    #[inline(always)]
    pub(crate) fn curly_possessive_scanned(
        self,
        (v0, v1): (u64, u64),
        n: usize,
        caps0: u64,
    ) -> u32 {
        let caps1 = swar_in_range(v1, b'A', b'Z');
        let key = Packed(v0 | caps0 >> 2, v1 | caps1 >> 2, n as u8);
        let mut bits = class::LOOKED_UP | class::POSSESSIVE | class::HAS_LOWER | self.0.short(key);
        if caps0 & 0x80 != 0 {
            bits |= class::CAPITALISED;
        }
        bits
    }

    /// The classes of an ASCII alphanumeric word from its scan: its lowered key, its
    /// first eight bytes' capitals (0x80 in each), whether it has a capital, how many
    /// (counted only for the rare word that may be an acronym), and whether it has a
    /// lower-case letter.
    #[inline(always)]
    fn alnum_bits(
        self,
        key: Packed,
        caps0: u64,
        any_capital: bool,
        capitals: impl FnOnce() -> u32,
        has_lower: bool,
    ) -> u32 {
        let mut bits = class::LOOKED_UP | self.0.short(key);
        if !any_capital {
            bits |= class::FOLDED;
        }
        if has_lower {
            bits |= class::HAS_LOWER;
        }
        if caps0 & 0x80 != 0 {
            bits |= class::CAPITALISED;
            // One capital: "P"; two to five and no lower case, the letters of an acronym
            // ([`super::shape::is_acronym`] without dots).
            if key.2 == 1 {
                bits |= class::INITIAL;
            }
            if !has_lower && (2..=5).contains(&capitals()) {
                bits |= class::ACRONYM;
            }
        }
        bits
    }
}

/// [`token_class`] of any word.
fn any_token_class(raw: &str) -> u32 {
    let stem = crate::normalize::strip_possessive(raw);
    let possessive = if stem.len() != raw.len() {
        class::POSSESSIVE
    } else {
        0
    };
    crate::normalize::with_folded(stem, classes) | possessive | shape(raw) | class::LOOKED_UP
}

/// Bytes of `v` (eight bytes, little-endian) in `lo..=hi`, as 0x80 in each such byte.
/// Exact when every byte is ASCII; a byte of 0x80 or more can carry into the bytes after it
/// (the tokenizer, which reads any text, only trusts the bytes before the first such one).
pub(crate) fn swar_in_range(v: u64, lo: u8, hi: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Each byte is below 0x80 and each addend below 0x80 (`lo` and `hi` are printable), so
    // no byte's sum carries into the next byte.
    let ge_lo = v.wrapping_add(ONES * (0x80 - lo as u64));
    let gt_hi = v.wrapping_add(ONES * (0x7F - hi as u64));
    ge_lo & !gt_hi & (ONES * 0x80)
}

/// The bytes of `b` (at most eight) as a little-endian integer, zero-padded: two loads
/// that overlap in the middle, where copying a slice of unknown length is a call.
pub(crate) fn load_le(b: &[u8]) -> u64 {
    let n = b.len();
    let le4 = |x: &[u8]| u32::from_le_bytes([x[0], x[1], x[2], x[3]]) as u64;
    let le2 = |x: &[u8]| u16::from_le_bytes([x[0], x[1]]) as u64;
    match n {
        4..=8 => le4(b) | le4(&b[n - 4..]) << (8 * (n - 4)),
        2..=3 => le2(b) | le2(&b[n - 2..]) << (8 * (n - 2)),
        1 => b[0] as u64,
        _ => 0,
    }
}

/// `v` (eight ASCII bytes) with its capitals lowered: 0x80 >> 2 is the 0x20 that lowers
/// an ASCII capital.
fn lower_ascii(v: u64) -> u64 {
    v | swar_in_range(v, b'A', b'Z') >> 2
}

/// The shape bits of an ASCII word (see [`class::CAPITALISED`]) from what its scan found:
/// a capital first letter, a lower-case letter, a hyphen.
fn ascii_shape(raw: &str, capitalised: bool, has_lower: bool, hyphen: bool) -> u32 {
    let mut bits = 0;
    if has_lower {
        bits |= class::HAS_LOWER;
    }
    if hyphen {
        bits |= class::HYPHEN;
    }
    if capitalised {
        bits |= class::CAPITALISED;
        // One capital and its dots: "P", "P.".
        if raw.as_bytes()[1..].iter().all(|&c| c == b'.') {
            bits |= class::INITIAL;
        }
        if !has_lower && super::shape::is_acronym(raw) {
            bits |= class::ACRONYM;
        }
    }
    bits
}

/// [`ascii_token_class`] of a word of at most eight bytes, its letters tested eight at a
/// time (one 64-bit word).
fn short_ascii_token_class(raw: &str, stem: usize) -> u32 {
    let b = raw.as_bytes();
    let v = load_le(b);
    let capitals = swar_in_range(v, b'A', b'Z');
    let capital_first = capitals & 0x80 != 0;
    let lower = swar_in_range(v, b'a', b'z') != 0;
    let hyphen = swar_in_range(v, b'-', b'-') != 0;
    let folded = lower_ascii(v);
    let key = if stem == 8 {
        folded
    } else {
        folded & ((1u64 << (8 * stem)) - 1)
    };
    let mut bits = class::LOOKED_UP;
    if stem != b.len() {
        bits |= class::POSSESSIVE;
    }
    if stem > 0 {
        bits |= table().short(Packed(key, 0, stem as u8));
    }
    if capitals == 0 {
        bits |= class::FOLDED;
    }
    bits | ascii_shape(raw, capital_first, lower, hyphen)
}

/// [`token_class`] of an ASCII word (most words), reading its bytes once.
fn ascii_token_class(raw: &str) -> u32 {
    let b = raw.as_bytes();
    // An ASCII possessive ends in 's', 'S' or '\''.
    let stem = match b.last() {
        Some(b's' | b'S' | b'\'') => crate::normalize::strip_possessive(raw).len(),
        _ => b.len(),
    };
    if b.len() <= 8 {
        return short_ascii_token_class(raw, stem);
    }
    let mut bits = class::LOOKED_UP;
    if stem != b.len() {
        bits |= class::POSSESSIVE;
    }
    let stem_word = &raw[..stem];
    bits |= match Packed::of(stem_word.as_bytes(), true) {
        Some(p) => table().short(p),
        None => crate::normalize::with_folded(stem_word, classes),
    };
    let mut has_lower = false;
    let mut has_upper = false;
    let mut hyphen = false;
    for &c in b {
        has_lower |= c.is_ascii_lowercase();
        has_upper |= c.is_ascii_uppercase();
        hyphen |= c == b'-';
    }
    if !has_upper {
        bits |= class::FOLDED;
    }
    let capital_first = b.first().is_some_and(u8::is_ascii_uppercase);
    bits | ascii_shape(raw, capital_first, has_lower, hyphen)
}

/// The shape bits of a word as written (see [`class::CAPITALISED`]).
fn shape(raw: &str) -> u32 {
    use super::shape::{is_acronym, is_initial};
    let mut chars = raw.chars();
    let cap = chars.next().is_some_and(char::is_uppercase);
    let has_lower =
        !cap && raw.chars().next().is_some_and(char::is_lowercase) || chars.any(char::is_lowercase);
    let mut bits = 0;
    if cap {
        bits |= class::CAPITALISED;
        if is_initial(raw) {
            bits |= class::INITIAL;
        }
        // An acronym has no lower-case letter.
        if !has_lower && is_acronym(raw) {
            bits |= class::ACRONYM;
        }
    }
    if has_lower {
        bits |= class::HAS_LOWER;
    }
    if raw.bytes().any(|b| b == b'-') {
        bits |= class::HYPHEN;
    }
    if raw.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        bits |= class::FOLDED;
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{is_common_word, is_speech_verb, GivenNames};

    #[test]
    fn ascii_token_classes_match_the_general_path() {
        for w in [
            "Secretary",
            "secretaries",
            "senators",
            "Trump's",
            "Reyes'",
            "s'",
            "'s",
            "P",
            "P.",
            "P.P.",
            "U.S.",
            "US",
            "NATO",
            "twenty-two",
            "Twenty",
            "one's",
            "said",
            "Ludwig",
            "van",
            "of",
            "January",
            "dozens",
            "a",
            "Zelenskyy",
            "x",
            // The bytes around the letter ranges the eight-byte path tests.
            "Z",
            "z",
            "A-Z",
            "@[`{",
            "e.g.",
            "Mr.",
            "O'Neil",
            "A1",
            "covid19",
            "ABCDEFGH",
            "abcdefgh",
            "Abcdefgh",
            "abcdefghi",
            "president",
            // Two to five capitals make an acronym, digits aside; nine to sixteen bytes
            // take the second integer.
            "A",
            "AB1",
            "ABCDE",
            "ABCDEF",
            "X2Y",
            "ABCDEFGHI",
            "AbcdefghiJ",
            "spokeswoman",
            "Spokeswoman",
            "SPOKESWOMAN",
            "commissioners",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "Secretarygeneral",
        ] {
            assert_eq!(ascii_token_class(w), any_token_class(w), "{w}");
            if w.bytes().all(|b| b.is_ascii_alphanumeric()) {
                assert_eq!(alnum_token_class(w), any_token_class(w), "{w}");
            }
        }
    }

    #[test]
    fn curly_possessives_match_the_general_path() {
        for w in [
            "Kay’s",
            "P’s",
            "a’s",
            "NATO’s",
            "covid19’s",
            "1990’s",
            "Secretary’s",
            "secretary’s",
            "president’s",
            "Abcdefghijklmnop’s",
            "Abcdefghijklmnopq’s",
            "’s",
            "Zelenskyy’s",
            "X’S",
            "Jean-Noël’s",
            "O’Neil’s",
            "Reyes’",
            "Kay’",
        ] {
            assert_eq!(token_class(w), any_token_class(w), "{w}");
        }
        assert!(curly_possessive_class("Kay’s").is_some());
        assert!(curly_possessive_class("’s").is_none());
    }

    #[test]
    fn the_table_holds_every_word_with_all_its_classes() {
        let mut want: std::collections::HashMap<Cow<'static, str>, u32> = Default::default();
        each_class(|w, c| *want.entry(w).or_default() |= c);
        for (w, c) in &want {
            assert_eq!(classes(w), *c, "{w}");
        }
        let t = table();
        let used = t.slots.iter().filter(|s| s.2 >> LEN_SHIFT != 0).count();
        assert_eq!(used + t.long.len(), want.len());
        // At most half full, and no bigger than that needs.
        assert!(used * 2 <= t.slots.len() && used * 4 > t.slots.len());
    }

    #[test]
    fn packed_loads_match_a_copy() {
        let text = b"abcdefghij";
        for n in 0..=8 {
            let mut buf = [0u8; 8];
            buf[..n].copy_from_slice(&text[..n]);
            assert_eq!(load_le(&text[..n]), u64::from_le_bytes(buf), "{n}");
        }
    }

    #[test]
    fn one_lookup_answers_every_class() {
        let given = GivenNames::get();
        for w in ["daniel", "karoline", "steve", "table", "zzxq"] {
            assert_eq!(
                classes(w) & class::GIVEN_NAME != 0,
                given.is_given_name(w),
                "{w}"
            );
        }
        assert!(classes("twenty") & class::NUMBER_START != 0);
        assert!(classes("thirds") & class::NUMBER_START != 0);
        assert!(classes("senators") & class::OFFICE_HEAD_PLURAL != 0);
        // Nine to sixteen bytes: the packed table's second word.
        assert!(classes("spokeswoman") & class::HEAD != 0);
        assert!(classes("spokeswomanx") & class::HEAD == 0);
        assert!(classes("commissioners") & class::OFFICE_HEAD_PLURAL != 0);
        // Longer than a packed word: the hash-map path.
        assert!(classes("secretary-general") & class::OFFICE_HEAD != 0);
        assert!(is_common_word("the") && is_speech_verb("said"));
        assert_eq!(classes("zzxq"), 0);
    }
}
