//! Lexicons of generic words: role and title vocabulary, function words, organisation
//! words, and given names with their nicknames and variants.
//!
//! Nothing here names a person, place or event of any story. The given-name tables come
//! from public data (see the licence files in `src/lexicon/data/`).

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Role heads that name an office: one person holds a limited set of these at a time, so
/// two different ones for the same person conflict.
pub const OFFICE_HEADS: &[&str] = &[
    "president",
    "president-elect",
    "premier",
    "chancellor",
    "senator",
    "congressman",
    "congresswoman",
    "congressperson",
    "governor",
    "mayor",
    "secretary",
    "minister",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "general",
    "admiral",
    "colonel",
    "lieutenant",
    "sergeant",
    "captain",
    "major",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "emperor",
    "speaker",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "director",
    "ceo",
    "judge",
    "justice",
    "prosecutor",
    "sheriff",
    "commissioner",
    "secretary-general",
    "treasurer",
    "attorney",
    "monarch",
    "sultan",
    "emir",
    "sheikh",
    "archbishop",
    "bishop",
    "cardinal",
    "rabbi",
    "imam",
    "councillor",
    "councilman",
    "councilwoman",
    "mp",
    "mep",
    "taoiseach",
    "ombudsman",
    "superintendent",
    "inspector",
    "coach",
    "manager",
    "founder",
    "owner",
    "editor",
    "publisher",
    "gen",
    "gen.",
    "adm",
    "adm.",
    "col",
    "col.",
    "lt",
    "lt.",
    "sgt",
    "sgt.",
    "capt",
    "capt.",
    "maj",
    "maj.",
    "sen",
    "sen.",
    "gov",
    "gov.",
    "rep",
    "rep.",
    "pres",
    "pres.",
];

/// Role heads that describe rather than name an office: compatible with any other title.
pub const DESCRIPTIVE_HEADS: &[&str] = &[
    "envoy",
    "adviser",
    "advisor",
    "official",
    "aide",
    "negotiator",
    "diplomat",
    "representative",
    "lawmaker",
    "legislator",
    "politician",
    "leader",
    "head",
    "chief",
    "member",
    "officer",
    "analyst",
    "expert",
    "ally",
    "emissary",
    "mediator",
    "delegate",
    "counterpart",
    "candidate",
    "nominee",
    "strategist",
    "confidant",
    "deputy",
    "lawyer",
    "economist",
    "activist",
    "businessman",
    "businesswoman",
    "billionaire",
    "tycoon",
    "oligarch",
    "executive",
    "boss",
    "figure",
    "veteran",
    "insider",
    "operative",
    "consultant",
    "professor",
    "scientist",
    "researcher",
    "journalist",
    "correspondent",
    "reporter",
    "writer",
    "author",
    "historian",
    "czar",
    "tsar",
];

/// Honorifics: titles of address that carry no role.
pub const HONORIFICS: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady",
    "madam", "mister", "prof", "prof.", "rev", "rev.", "hon", "hon.",
];

/// Words that turn the following head into a different office ("vice president").
pub const HEAD_PREFIXES: &[&str] = &[
    "vice",
    "deputy",
    "prime",
    "under",
    "assistant",
    "attorney",
    "lord",
    "first",
];

/// Portfolio words: what an office is responsible for ("Secretary of State", "Army
/// Secretary", "Foreign Minister").
pub const PORTFOLIOS: &[&str] = &[
    "state",
    "army",
    "navy",
    "air",
    "defence",
    "defense",
    "foreign",
    "press",
    "treasury",
    "finance",
    "interior",
    "home",
    "health",
    "justice",
    "energy",
    "trade",
    "commerce",
    "education",
    "agriculture",
    "labor",
    "labour",
    "transport",
    "transportation",
    "housing",
    "veterans",
    "homeland",
    "war",
    "economy",
    "economic",
    "environment",
    "culture",
    "industry",
    "digital",
    "science",
    "immigration",
    "development",
    "intelligence",
    "staff",
    "communications",
    "information",
    "tourism",
    "sport",
    "sports",
    "exchequer",
    "cabinet",
    "security",
    "police",
    "military",
    "armed",
    "marine",
    "marines",
    "space",
    "infrastructure",
    "budget",
    "welfare",
    "pensions",
    "climate",
    "technology",
    "research",
    "fisheries",
    "employment",
    "emergency",
    "emergencies",
    "reconstruction",
    "integration",
    "european",
    "affairs",
    "policy",
    "national",
];

/// Words that can stand inside a title without being its head.
pub const TITLE_MODIFIERS: &[&str] = &[
    "former",
    "ex",
    "ex-",
    "acting",
    "interim",
    "top",
    "senior",
    "special",
    "chief",
    "deputy",
    "vice",
    "prime",
    "high",
    "supreme",
    "presidential",
    "federal",
    "regional",
    "provincial",
    "municipal",
    "local",
    "junior",
    "principal",
    "executive",
    "general",
    "lead",
    "outgoing",
    "incoming",
    "then",
    "current",
    "newly",
    "appointed",
    "elected",
    "longtime",
    "long-time",
    "veteran",
    "powerful",
    "influential",
    "key",
    "close",
    "personal",
    "official",
    "leading",
    "first",
    "under",
    "assistant",
    "associate",
    "permanent",
    "white",
    "house",
];

/// Connectors allowed inside a title ("Secretary of the Army", "adviser to the President").
pub const TITLE_CONNECTORS: &[&str] = &["of", "the", "to", "for", "on", "and", "&"];

/// Words that show a capitalised run is an organisation or place, not a person.
pub const ORG_WORDS: &[&str] = &[
    "house",
    "union",
    "department",
    "ministry",
    "times",
    "news",
    "post",
    "journal",
    "council",
    "committee",
    "agency",
    "bank",
    "party",
    "group",
    "company",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "ltd",
    "university",
    "institute",
    "street",
    "road",
    "square",
    "airport",
    "forces",
    "army",
    "navy",
    "court",
    "parliament",
    "assembly",
    "government",
    "administration",
    "office",
    "commission",
    "embassy",
    "region",
    "city",
    "county",
    "states",
    "republic",
    "kingdom",
    "federation",
    "nations",
    "organization",
    "organisation",
    "treaty",
    "alliance",
    "fund",
    "foundation",
    "association",
    "network",
    "media",
    "service",
    "services",
    "center",
    "centre",
    "hospital",
    "school",
    "college",
    "club",
    "team",
    "station",
    "bridge",
    "river",
    "sea",
    "ocean",
    "island",
    "islands",
    "mountains",
    "valley",
    "park",
    "hotel",
    "tower",
    "palace",
    "hall",
    "church",
    "cathedral",
    "museum",
    "stadium",
    "line",
    "front",
    "summit",
    "conference",
    "forum",
    "war",
    "plan",
    "act",
    "law",
    "day",
    "week",
    "month",
    "guard",
    "corps",
    "police",
    "bureau",
    "board",
    "authority",
    "press",
    "radio",
    "television",
    "tv",
    "channel",
    "magazine",
    "review",
    "daily",
    "herald",
    "tribune",
    "telegraph",
    "guardian",
    "gazette",
    "express",
    "mail",
    "insider",
    "reuters",
    "security",
    "intelligence",
    "defense",
    "defence",
    "treasury",
    "pentagon",
    "senate",
    "congress",
    "cabinet",
    "coalition",
    "movement",
    "front",
    "brigade",
    "battalion",
    "division",
    "regiment",
    "fleet",
    "command",
    "headquarters",
    "district",
    "province",
    "oblast",
    "territory",
    "territories",
    "peninsula",
    "basin",
    "gulf",
    "bay",
    "strait",
    "canal",
    "port",
    "harbor",
    "harbour",
    "plaza",
    "avenue",
    "boulevard",
    "lane",
    "market",
    "exchange",
    "index",
    "festival",
    "awards",
    "prize",
    "cup",
    "league",
    "championship",
    "olympics",
    "games",
    "tournament",
    "order",
    "society",
    "academy",
    "council",
    "chamber",
    "initiative",
    "project",
    "program",
    "programme",
    "operation",
    "mission",
    "accord",
    "agreement",
    "declaration",
    "convention",
    "charter",
    "protocol",
    "pact",
    "deal",
    "framework",
    "format",
    "formats",
    "proposal",
    "ministries",
    "airlines",
    "airways",
    "motors",
    "systems",
    "technologies",
    "holdings",
    "partners",
    "capital",
    "energy",
    "oil",
    "gas",
    "steel",
    "pharma",
    "labs",
    "central",
    "national",
    "international",
    "global",
    "federal",
    "european",
    "eastern",
    "western",
    "northern",
    "southern",
    "north",
    "south",
    "east",
    "west",
    "new",
    "old",
    "upper",
    "lower",
    "greater",
    "united",
    "democratic",
    "royal",
    "imperial",
    "holy",
    "saint",
    "st",
    "st.",
    "fort",
    "mount",
    "lake",
    "cape",
    "port",
    "san",
    "santa",
    "los",
    "las",
    "el",
    "al",
];

/// Frequent English words: never a name, and never flagged for case.
pub const COMMON_WORDS: &str = include_str!("common_words.txt");

/// Month and weekday names.
pub const CALENDAR: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "christmas",
    "easter",
    "ramadan",
];

/// Lowercase particles inside surnames ("van der Berg", "de Gaulle").
pub const PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "van", "von", "der", "den", "ter", "le", "la", "du", "bin",
    "ibn", "al", "el", "dos", "das", "do", "st.", "mac", "zu",
];

/// Speech verbs for quote attribution.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "stated",
    "states",
    "wrote",
    "writes",
    "added",
    "adds",
    "declared",
    "declares",
    "asserted",
    "asserts",
    "insisted",
    "insists",
    "argued",
    "argues",
    "noted",
    "notes",
    "explained",
    "explains",
    "warned",
    "warns",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "claimed",
    "claims",
    "remarked",
    "announced",
    "announces",
    "replied",
    "replies",
    "responded",
    "responds",
    "commented",
    "comments",
    "tweeted",
    "posted",
    "posts",
    "affirmed",
    "affirms",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "recalled",
    "recalls",
    "continued",
    "continues",
    "concluded",
    "observed",
    "suggested",
    "suggests",
    "confirmed",
    "confirms",
    "reiterated",
    "reiterates",
    "mentioned",
    "described",
    "describes",
    "called",
    "calls",
    "urged",
    "urges",
    "vowed",
    "vows",
    "promised",
    "promises",
    "predicted",
    "predicts",
    "cautioned",
    "complained",
    "conceded",
    "indicated",
    "indicates",
    "highlighted",
    "highlights",
    "expressed",
    "asked",
    "asks",
    "answered",
    "answers",
    "shouted",
    "whispered",
    "joked",
    "quipped",
    "read",
    "stating",
    "saying",
    "adding",
    "writing",
    "telling",
    "declaring",
    "noting",
    "warning",
    "insisting",
    "arguing",
    "explaining",
    "stressing",
    "emphasizing",
    "emphasising",
    "asserting",
    "announcing",
    "describing",
    "calling",
    "affirming",
    "acknowledging",
    "declined",
];

/// Verbs that attribute a quote ("“…,” they acknowledge") without counting as speech
/// verbs elsewhere; only quote attribution reads them.
pub const QUOTE_VERBS: &[&str] = &["acknowledge"];

/// Personal pronouns that can stand for the last named speaker.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "his", "her", "their"];

/// The word classes of the lists above, one bit each, so that one hash lookup answers
/// every "is this word an X" question about a word. The extract stage looks every word
/// token up once ([`token_class`]) and keeps the bits on the token.
pub mod class {
    pub const OFFICE_HEAD: u32 = 1;
    pub const DESCRIPTIVE_HEAD: u32 = 1 << 1;
    pub const HONORIFIC: u32 = 1 << 2;
    pub const PORTFOLIO: u32 = 1 << 3;
    pub const TITLE_MODIFIER: u32 = 1 << 4;
    pub const ORG_WORD: u32 = 1 << 5;
    pub const CALENDAR: u32 = 1 << 6;
    pub const PARTICLE: u32 = 1 << 7;
    pub const SPEECH_VERB: u32 = 1 << 8;
    pub const COMMON_WORD: u32 = 1 << 9;
    /// A known given name ([`super::GivenNames::is_given_name`]).
    pub const GIVEN_NAME: u32 = 1 << 10;
    /// The plural of an office head ("senators").
    pub const OFFICE_HEAD_PLURAL: u32 = 1 << 11;
    /// A word that can start a number ("seven", "dozens", "a"; see
    /// [`crate::extract::numbers::start_words`]).
    pub const NUMBER_START: u32 = 1 << 12;
    /// A word that joins the words of a title ([`super::TITLE_CONNECTORS`]).
    pub const TITLE_CONNECTOR: u32 = 1 << 13;
    /// A verb that attributes a quote besides the speech verbs ([`super::QUOTE_VERBS`]).
    pub const QUOTE_VERB: u32 = 1 << 14;
    /// Set by [`super::token_class`] on a word written with a possessive ending: its
    /// classes are those of the word without it.
    pub const POSSESSIVE: u32 = 1 << 31;
    /// Shape bits, from the word as written: a capital first letter
    /// ([`crate::document::tokens::is_capitalised`]), a lower-case letter anywhere, an
    /// initial ("P."), an acronym ("U.S.").
    pub const CAPITALISED: u32 = 1 << 20;
    pub const HAS_LOWER: u32 = 1 << 21;
    pub const INITIAL: u32 = 1 << 22;
    pub const ACRONYM: u32 = 1 << 23;
    /// The word has an ASCII hyphen ("twenty-two").
    pub const HYPHEN: u32 = 1 << 24;
    /// Set by [`super::token_class`] on every word, so that a token's class 0 means "not
    /// looked up yet".
    pub const LOOKED_UP: u32 = 1 << 30;
    /// A role head ([`super::is_role_head`]).
    pub const ROLE_HEAD: u32 = OFFICE_HEAD | DESCRIPTIVE_HEAD;
    /// A title word ([`super::is_title_word`]).
    pub const TITLE_WORD: u32 =
        OFFICE_HEAD | DESCRIPTIVE_HEAD | HONORIFIC | PORTFOLIO | TITLE_MODIFIER;
    /// A role head, an honorific or the plural of an office head: what `people` calls
    /// the head of a title.
    pub const HEAD: u32 = ROLE_HEAD | HONORIFIC | OFFICE_HEAD_PLURAL;
}

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
        let all = all_classes();
        let short: Vec<(Packed, u32)> = all
            .iter()
            .filter_map(|(w, c)| Packed::of(w.as_bytes(), false).map(|p| (p, *c)))
            .collect();
        // At most half full, so that probes stay short.
        let bits = (short.len() * 2)
            .next_power_of_two()
            .trailing_zeros()
            .max(4);
        let mut t = Table {
            slots: vec![(0, 0, 0); 1 << bits],
            shift: u64::BITS - bits,
            long: all
                .into_iter()
                .filter(|(w, _)| Packed::of(w.as_bytes(), false).is_none())
                .collect(),
        };
        let mask = t.slots.len() - 1;
        for (p, c) in short {
            debug_assert!(c < 1 << LEN_SHIFT);
            let mut i = t.slot(p);
            while t.slots[i].2 >> LEN_SHIFT != 0 {
                i = (i + 1) & mask;
            }
            t.slots[i] = (p.0, p.1, c | (p.2 as u32) << LEN_SHIFT);
        }
        t
    })
}

/// Every word of the lists above with its classes.
fn all_classes() -> HashMap<Cow<'static, str>, u32> {
    let mut m: HashMap<Cow<'static, str>, u32> = HashMap::default();
    let lists: [(&[&'static str], u32); 11] = [
        (TITLE_CONNECTORS, class::TITLE_CONNECTOR),
        (OFFICE_HEADS, class::OFFICE_HEAD),
        (DESCRIPTIVE_HEADS, class::DESCRIPTIVE_HEAD),
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
            *m.entry(Cow::Borrowed(*w)).or_default() |= c;
        }
    }
    for w in COMMON_WORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        *m.entry(Cow::Borrowed(w)).or_default() |= class::COMMON_WORD;
    }
    // As in `GivenNames::load`: a name counts when its line pairs it with another.
    for line in NAME_PAIRS.lines().filter(|l| l.contains(' ')) {
        for w in line.split(' ') {
            *m.entry(Cow::Borrowed(w)).or_default() |= class::GIVEN_NAME;
        }
    }
    for w in OFFICE_HEADS {
        *m.entry(Cow::Owned(format!("{w}s"))).or_default() |= class::OFFICE_HEAD_PLURAL;
    }
    for w in crate::extract::numbers::start_words() {
        *m.entry(Cow::Owned(w)).or_default() |= class::NUMBER_START;
    }
    m
}

/// The classes of a word token as written: folded, looked up without its possessive
/// ending, with [`class::POSSESSIVE`] when it had one. One hash lookup, no allocation for
/// short ASCII words.
pub fn token_class(raw: &str) -> u32 {
    if raw.is_ascii() {
        ascii_token_class(raw)
    } else {
        any_token_class(raw)
    }
}

/// [`token_class`] of a word of ASCII letters and digits only, which has no possessive
/// ending: the tokenizer classifies most words this way as it finds them.
pub(crate) fn alnum_token_class(raw: &str) -> u32 {
    debug_assert!(raw.bytes().all(|b| b.is_ascii_alphanumeric()));
    if raw.len() <= 8 {
        short_ascii_token_class(raw, raw.len())
    } else {
        ascii_token_class(raw)
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
fn load_le(b: &[u8]) -> u64 {
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
        if !has_lower && crate::document::tokens::is_acronym(raw) {
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
    let capital_first = swar_in_range(v, b'A', b'Z') & 0x80 != 0;
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
    let mut hyphen = false;
    for &c in b {
        has_lower |= c.is_ascii_lowercase();
        hyphen |= c == b'-';
    }
    let capital_first = b.first().is_some_and(u8::is_ascii_uppercase);
    bits | ascii_shape(raw, capital_first, has_lower, hyphen)
}

/// The shape bits of a word as written (see [`class::CAPITALISED`]).
fn shape(raw: &str) -> u32 {
    use crate::document::tokens::{is_acronym, is_initial};
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
    bits
}

macro_rules! class_test {
    ($(#[$doc:meta])* $name:ident, $class:expr) => {
        $(#[$doc])*
        pub fn $name(word: &str) -> bool {
            classes(word) & $class != 0
        }
    };
}

class_test!(is_office_head, class::OFFICE_HEAD);
class_test!(is_descriptive_head, class::DESCRIPTIVE_HEAD);
class_test!(is_honorific, class::HONORIFIC);
class_test!(is_portfolio, class::PORTFOLIO);
class_test!(is_title_modifier, class::TITLE_MODIFIER);
class_test!(is_org_word, class::ORG_WORD);
class_test!(is_calendar, class::CALENDAR);
class_test!(is_particle, class::PARTICLE);
class_test!(is_speech_verb, class::SPEECH_VERB);
class_test!(
    /// `true` for a role head, an office or a description.
    is_role_head,
    class::ROLE_HEAD
);
class_test!(
    /// `true` for one of the frequent English words in `common_words.txt`.
    is_common_word,
    class::COMMON_WORD
);
class_test!(
    /// `true` for a word that can open or sit inside a title: a role head, an honorific,
    /// a portfolio or a title modifier.
    is_title_word,
    class::TITLE_WORD
);

/// Given-name knowledge: which words are given names, and which are the same name.
pub struct GivenNames {
    /// name → canonical group id. Names in one group are nickname or variant forms of
    /// each other.
    groups: HashMap<String, Vec<u32>>,
}

/// Name pairs built from the tables in `data/` by `build.rs`: each line a name and the
/// names paired with it ("daniel dan danny").
const NAME_PAIRS: &str = include_str!(concat!(env!("OUT_DIR"), "/names.txt"));

impl GivenNames {
    fn load() -> GivenNames {
        let mut groups: HashMap<String, Vec<u32>> = HashMap::default();
        // Each formal name (or variant pair) gets its own group; a nickname belongs to
        // every formal name it shortens, so "steve" joins "stephen" and "steven" but
        // does not make "stephen" and "steven" the same name.
        let mut next = 0u32;
        for line in NAME_PAIRS.lines() {
            let mut names = line.split(' ');
            let Some(a) = names.next() else { continue };
            for b in names {
                let id = next;
                next += 1;
                for n in [a, b] {
                    let v = groups.entry(n.to_string()).or_default();
                    if !v.contains(&id) {
                        v.push(id);
                    }
                }
            }
        }
        GivenNames { groups }
    }

    /// The shared table.
    pub fn get() -> &'static GivenNames {
        static G: OnceLock<GivenNames> = OnceLock::new();
        G.get_or_init(GivenNames::load)
    }

    /// `true` when `name` (lower case, folded) is a known given name.
    pub fn is_given_name(&self, name: &str) -> bool {
        self.groups.contains_key(name)
    }

    /// `true` when `a` and `b` are the same given name, or one is a nickname or variant
    /// of the other ("dan" and "daniel").
    pub fn same_person_name(&self, a: &str, b: &str) -> bool {
        if a == b {
            return true;
        }
        match (self.groups.get(a), self.groups.get(b)) {
            (Some(x), Some(y)) => x.iter().any(|g| y.contains(g)),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ] {
            assert_eq!(ascii_token_class(w), any_token_class(w), "{w}");
            if w.bytes().all(|b| b.is_ascii_alphanumeric()) {
                assert_eq!(alnum_token_class(w), any_token_class(w), "{w}");
            }
        }
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

    #[test]
    fn nicknames_join_formal_names() {
        let g = GivenNames::get();
        assert!(g.same_person_name("dan", "daniel"));
        assert!(g.same_person_name("steve", "stephen"));
        assert!(g.same_person_name("vladimir", "volodymyr"));
        assert!(!g.same_person_name("daniel", "stephen"));
        assert!(g.is_given_name("karoline"));
    }

    #[test]
    fn role_vocabulary() {
        assert!(is_office_head("secretary"));
        assert!(is_descriptive_head("envoy"));
        assert!(is_common_word("the"));
        assert!(!is_common_word("zebedee"));
    }
}
