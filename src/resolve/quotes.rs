//! Quotes across articles: an index of quote word shingles, the alignment that says
//! whether two quotes are the same words (wholly or in part) or nearly the same, and
//! whether two speakers are the same.

use super::example::{Example, Source};
use super::names::given_compatible;
use super::MAX_EXAMPLES;
use crate::extract::quotes::{Pattern, Speaker};
use crate::extract::Analysis;
use crate::finding::Span;
use crate::normalize::{fold, translit_key};
use rustc_hash::FxHashMap as HashMap;

/// Words per shingle.
const SHINGLE: usize = 3;
/// Quotes kept per shingle; a phrase quoted more often than this says nothing new.
const MAX_PER_SHINGLE: usize = 64;
/// Words of a quote considered for matching.
const MAX_WORDS: usize = 200;

/// A quote as the index keeps it.
#[derive(Debug, Clone)]
pub struct QuoteRef {
    /// Where the quote is: its article's shared text and a range of it.
    pub span: Example,
    /// Its words as numbers in the index's [`Vocabulary`].
    pub words: Box<[u32]>,
    pub speaker: Option<Speaker>,
    /// How the speaker was found.
    pub how: Option<Pattern>,
}

/// The number of a word no indexed quote has.
pub const UNKNOWN: u32 = u32::MAX;

/// The words of the indexed quotes, each stored once and numbered: a quote keeps its
/// words as numbers (4 bytes a word instead of a string each), and alignments compare
/// numbers.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    ids: HashMap<Box<str>, u32>,
    words: Vec<Box<str>>,
}

impl Vocabulary {
    fn intern(&mut self, w: &str) -> u32 {
        if let Some(&i) = self.ids.get(w) {
            return i;
        }
        let i = self.words.len() as u32;
        self.words.push(w.into());
        self.ids.insert(w.into(), i);
        i
    }

    /// The number of a word, [`UNKNOWN`] when no indexed quote has it.
    pub fn id(&self, w: &str) -> u32 {
        self.ids.get(w).copied().unwrap_or(UNKNOWN)
    }

    /// The word with this number ("" for none).
    pub fn word(&self, i: u32) -> &str {
        self.words.get(i as usize).map_or("", |w| w)
    }
}

/// Quotes by shingle.
#[derive(Debug, Clone, Default)]
pub struct QuoteIndex {
    /// The quotes in the order they were added; a removed one is left empty.
    pub quotes: Vec<QuoteRef>,
    /// Every quote with the shingle (three word numbers), by number, in (article id,
    /// offset) order; lookups read the first `MAX_PER_SHINGLE`.
    pub by_shingle: super::shingles::Shingles,
    /// The words of the quotes.
    pub vocabulary: Vocabulary,
    /// The corpus articles' quotes, by number.
    of_doc: HashMap<String, Vec<u32>>,
    /// Removed quotes.
    removed: usize,
}

/// Where a quote comes in lookups: by article id, then offset, then when it was added,
/// so that which quotes a shingle keeps does not depend on the order of articles.
fn order(quotes: &[QuoteRef], i: u32) -> (&str, usize, u32) {
    quotes
        .get(i as usize)
        .map_or(("", 0, i), |q| (q.span.doc(), q.span.start(), i))
}

/// The shingles of a quote's word numbers; none with an unknown word.
fn shingles(words: &[u32]) -> impl Iterator<Item = [u32; SHINGLE]> + '_ {
    words
        .windows(SHINGLE)
        .filter(|w| !w.contains(&UNKNOWN))
        .map(|w| [w[0], w[1], w[2]])
}

impl QuoteIndex {
    /// Files an article's quotes; `source` is its id and text, `base` false for the
    /// article checked.
    pub fn add(&mut self, a: &Analysis, source: &std::sync::Arc<Source>, base: bool) {
        // The first words of a quote, end to end in one string (a string per word was
        // most of the cost of filing a quote), with where each ends.
        let (mut text, mut ends) = (String::new(), Vec::new());
        for q in &a.quotes {
            text.clear();
            ends.clear();
            crate::extract::quotes::normalise_words_each(&q.text, |w| {
                if ends.len() < MAX_WORDS {
                    text.push_str(w);
                    ends.push(text.len());
                }
            });
            if ends.len() < SHINGLE {
                continue;
            }
            let mut start = 0;
            let mut words = Vec::with_capacity(ends.len());
            for &end in &ends {
                words.push(self.vocabulary.intern(&text[start..end]));
                start = end;
            }
            let quote = QuoteRef {
                span: Example::new(source, a.doc.source_range(q.range.clone())),
                words: words.into_boxed_slice(),
                speaker: q.speaker.clone(),
                how: q.how,
            };
            if base {
                let id = self.quotes.len() as u32;
                self.of_doc.entry(a.doc.id.clone()).or_default().push(id);
            }
            self.file(quote);
        }
    }

    /// Files a quote under its shingles, in (article id, offset) order.
    fn file(&mut self, quote: QuoteRef) {
        let id = self.quotes.len() as u32;
        self.quotes.push(quote);
        let qs = &self.quotes;
        let words = &qs[id as usize].words;
        for s in shingles(words) {
            self.by_shingle.insert(s, id, |v| {
                // Articles added in id order (a directory, an index file) append.
                if v.last().is_none_or(|&l| order(qs, l) < order(qs, id)) {
                    Some(v.len())
                } else {
                    v.binary_search_by(|&x| order(qs, x).cmp(&order(qs, id)))
                        .err()
                }
            });
        }
    }

    /// Takes a corpus article's quotes out; the others keep their order.
    pub fn remove(&mut self, doc: &str) {
        for id in self.of_doc.remove(doc).unwrap_or_default() {
            let Some(q) = self.quotes.get_mut(id as usize) else {
                continue;
            };
            let words = std::mem::take(&mut q.words);
            let qs = &self.quotes;
            for s in shingles(&words) {
                self.by_shingle.remove(&s, |v| {
                    v.binary_search_by(|&x| order(qs, x).cmp(&order(qs, id)))
                        .ok()
                });
            }
            let q = &mut self.quotes[id as usize];
            q.speaker = None;
            // The article's text is let go; the id and offset still order the quote.
            q.span = q.span.detached();
            self.removed += 1;
        }
        if self.removed > 64 && self.removed * 2 > self.quotes.len() {
            self.compact();
        }
    }

    /// Numbers the quotes left again, in the same order.
    fn compact(&mut self) {
        let old = std::mem::take(&mut self.quotes);
        self.by_shingle.clear();
        self.removed = 0;
        let mut renumbered = vec![u32::MAX; old.len()];
        for (i, q) in old.into_iter().enumerate() {
            if !q.words.is_empty() {
                renumbered[i] = self.quotes.len() as u32;
                self.file(q);
            }
        }
        for ids in self.of_doc.values_mut() {
            for i in ids.iter_mut() {
                *i = renumbered.get(*i as usize).copied().unwrap_or(u32::MAX);
            }
            ids.retain(|&i| i != u32::MAX);
        }
    }

    /// Gives back the room the index's lists and tables have beyond what they hold.
    pub fn shrink_to_fit(&mut self) {
        self.quotes.shrink_to_fit();
        self.by_shingle.shrink_to_fit();
        self.vocabulary.ids.shrink_to_fit();
        self.vocabulary.words.shrink_to_fit();
        self.of_doc.shrink_to_fit();
        self.of_doc.values_mut().for_each(Vec::shrink_to_fit);
    }

    /// A quote's words as numbers of this index's vocabulary ([`UNKNOWN`] for a word no
    /// indexed quote has).
    pub fn numbers(&self, words: &[String]) -> Vec<u32> {
        words.iter().map(|w| self.vocabulary.id(w)).collect()
    }

    /// Indexed quotes sharing a shingle with `words` (see [`QuoteIndex::numbers`]), each
    /// once.
    pub fn candidates(&self, words: &[u32]) -> Vec<&QuoteRef> {
        let ids = self.candidate_ids(words);
        ids.into_iter()
            .filter_map(|i| self.quotes.get(i as usize))
            .collect()
    }

    /// [`QuoteIndex::candidates`] as their numbers in [`QuoteIndex::quotes`].
    pub fn candidate_ids(&self, words: &[u32]) -> Vec<u32> {
        let mut ids: Vec<u32> = shingles(words)
            .flat_map(|s| self.by_shingle.get(&s).iter().take(MAX_PER_SHINGLE))
            .copied()
            .collect();
        ids.sort_unstable();
        ids.dedup();
        super::count(ids.len());
        ids.sort_by_cached_key(|&i| order(&self.quotes, i));
        ids.retain(|&i| (i as usize) < self.quotes.len());
        ids
    }

    /// How a quote of ours (its words, and their numbers here) aligns with an indexed one.
    pub fn align(&self, ours: &[String], numbers: &[u32], theirs: &QuoteRef) -> Alignment {
        let show = |is_ours: bool, r: std::ops::Range<usize>| {
            if is_ours {
                ours[r].join(" ")
            } else {
                let ws = theirs.words[r].iter().map(|&i| self.vocabulary.word(i));
                ws.collect::<Vec<_>>().join(" ")
            }
        };
        align_by(numbers, &theirs.words, &show)
    }
}

/// How two quotes align.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// Words of the shorter quote that match, in order.
    pub matched: usize,
    /// Length of the shorter quote.
    pub short_len: usize,
    /// Words of the longer quote inserted between matched words.
    pub inserted: usize,
    /// The words that differ: (ours, theirs), a run of words on either side.
    pub differences: Vec<(String, String)>,
    /// The same sentence in other words: most words of both quotes shared, in order,
    /// with words swapped between them ([`reworded`]).
    pub reworded: bool,
}

impl Alignment {
    /// The same words: one quote is the other, or a part of it.
    pub fn same_words(&self) -> bool {
        self.matched == self.short_len && self.inserted == 0
    }

    /// Nearly the same words: one or two words differ, are added or dropped.
    pub fn near(&self) -> bool {
        let misses = (self.short_len - self.matched).max(self.inserted);
        self.matched >= 3
            && misses >= 1
            && misses <= (self.short_len / 5).max(1)
            && self.matched * 4 >= self.short_len * 3
            && self.differences.len() <= MAX_RUNS
    }

    /// The differences that are more than spelling: "data center" against "datacenter",
    /// "HP’s" against "HP s", "neighbourhood" against "neighborhood" are the same words.
    pub fn real_differences(&self) -> Vec<(String, String)> {
        self.differences
            .iter()
            .filter(|(a, b)| !same_spelling(a, b))
            .cloned()
            .collect()
    }
}

/// `false` when two quotes cannot align well enough for [`Alignment::same_words`],
/// [`Alignment::near`] or a rewording, the only alignments the quote rules read: an
/// alignment matches equal words, each word of the shorter quote once, and each of those
/// tests needs at least three in five of them matched (a rewording's share, the smallest).
/// Fewer of the shorter quote's words are words of the longer one at all. Linear, where an
/// alignment is not.
pub fn may_align<T: Eq + std::hash::Hash>(ours: &[T], theirs: &[T]) -> bool {
    let (short, long) = if ours.len() <= theirs.len() {
        (ours, theirs)
    } else {
        (theirs, ours)
    };
    let words: rustc_hash::FxHashSet<&T> = long.iter().collect();
    let shared = short.iter().filter(|w| words.contains(w)).count();
    shared * 5 >= short.len() * 3
}

/// Words a quote loses or gains in transcription without changing what was said.
const FILLER_WORDS: &[&str] = &[
    "that", "and", "the", "a", "an", "so", "well", "just", "they", "then", "but", "now", "oh",
    "um", "uh", "yes", "no",
];

/// Small words a quote may have in another tense, number or article when written down
/// twice ("is" against "was", "these" against "the"), beside the [`FILLER_WORDS`] (the
/// articles among them), which [`small_change`] also reads.
const SMALL_WORDS: &[&str] = &[
    "this", "these", "those", "is", "was", "are", "were", "be", "been", "has", "have", "had", "do",
    "does", "did", "will", "would", "'s", "’s",
];

/// Words a speaker adds for weight that a reporter may keep or drop ("it was very
/// hard" against "it was hard"): one of them alone, added or dropped, is a small change.
#[rustfmt::skip]
const HEDGE_WORDS: &[&str] = &[
    "very", "really", "truly", "actually", "quite", "pretty", "too", "even", "still", "also",
    "all", "always", "certainly", "definitely", "absolutely", "totally", "completely", "simply",
    "personally", "obviously", "clearly", "basically", "literally", "probably", "here", "right",
];

/// Prepositions heard one for another ("went into the house" against "went in the house").
const PREPOSITIONS: &[&str] = &[
    "in", "into", "on", "onto", "at", "to", "of", "by", "for", "from", "with", "within", "inside",
];

/// Words that say the same in another form ("everybody" and "everyone").
const SAME_WORDS: &[(&str, &str)] = &[
    ("everybody", "everyone"),
    ("somebody", "someone"),
    ("anybody", "anyone"),
    ("nobody", "no one"),
    ("toward", "towards"),
    ("among", "amongst"),
    ("amid", "amidst"),
    ("while", "whilst"),
];

/// `true` when two runs of words differ only in one small word a side (a tense, an
/// article, a filler, a preposition, a word of weight added, one word in the singular
/// and the plural): the same words said, written down a little differently.
pub fn small_change(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim().to_lowercase(), b.trim().to_lowercase());
    let one = |w: &str, list: &[&str]| list.contains(&w);
    let small = |w: &str| w.is_empty() || one(w, SMALL_WORDS) || one(w, FILLER_WORDS);
    (small(&a) && small(&b))
        || (a.is_empty() && one(&b, HEDGE_WORDS) || b.is_empty() && one(&a, HEDGE_WORDS))
        || (one(&a, PREPOSITIONS) && one(&b, PREPOSITIONS))
        || same_word(&a, &b)
        || same_word(&b, &a)
}

/// `true` when `a` is `b` in the plural or possessive, or a word of [`SAME_WORDS`] for it
/// ("lives" and "life", "streets" and "street", "everyone's" and "everybody's").
fn same_word(a: &str, b: &str) -> bool {
    let base = |w: &str| -> String {
        let w = w.trim_end_matches("'s").trim_end_matches("’s");
        let same = SAME_WORDS.iter().find(|(x, _)| *x == w);
        same.map_or(w, |(_, y)| y).to_string()
    };
    let (a, b) = (base(a), base(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    // A plural's stem is a word of three letters or more ("as" is not "a" twice).
    let stem = |s: &str| s.len() >= 3;
    a == b
        || a.strip_suffix('s') == Some(b.as_str()) && stem(&b)
        || a.strip_suffix("es") == Some(b.as_str()) && stem(&b)
        || a.strip_suffix("ies")
            .is_some_and(|s| stem(s) && b.strip_suffix('y') == Some(s))
        || a.strip_suffix("ves").is_some_and(|s| {
            s.len() >= 2 && (b.strip_suffix('f') == Some(s) || b.strip_suffix("fe") == Some(s))
        })
}

/// Most runs of differing words in a near match.
const MAX_RUNS: usize = 2;

/// `true` when two runs of words are one spelling apart: the same letters once spaces,
/// apostrophes and hyphens are dropped and British and American endings made one, or
/// only zeros ("6 p.m." against "6:00 p.m.").
pub fn same_spelling(a: &str, b: &str) -> bool {
    // "community's" against "community is": the contraction written out.
    for (x, y) in [(a, b), (b, a)] {
        if let Some(stem) = x.strip_suffix("'s") {
            if y.strip_suffix(" is").or_else(|| y.strip_suffix(" has")) == Some(stem) {
                return true;
            }
        }
    }
    // A small word dropped ("and they got shot" against "and got shot").
    if a.is_empty() && FILLER_WORDS.contains(&b) || b.is_empty() && FILLER_WORDS.contains(&a) {
        return true;
    }
    fn key(s: &str) -> String {
        let s = spoken(s);
        let mut k: String = s.chars().filter(|c| c.is_alphanumeric()).collect();
        for (from, to) in [
            ("our", "or"),
            ("ise", "ize"),
            ("yse", "yze"),
            ("tre", "ter"),
            ("ence", "ense"),
            ("ll", "l"),
            ("ogue", "og"),
            ("okay", "ok"),
        ] {
            k = k.replace(from, to);
        }
        // "'til" and "till" are "until" shortened.
        if matches!(k.as_str(), "til" | "till") {
            return "until".to_string();
        }
        // Zeros ("6:00 p.m.") and a web address's ending ("MySpace.com") add no words.
        if k.chars().all(|c| c == '0') || matches!(k.as_str(), "com" | "org" | "net") {
            String::new()
        } else {
            k
        }
    }
    key(a) == key(b)
}

/// A run of words as it sounds: words that sound alike ("than" and "then", "their" and
/// "they're", "were" and "we're") and spoken forms ("gonna") made one, since a quote is
/// speech a reporter wrote down.
fn spoken(s: &str) -> std::borrow::Cow<'_, str> {
    let sounds = |w: &str| {
        Some(match w {
            "than" => "then",
            "their" | "they're" => "there",
            "its" => "it is",
            "your" => "you are",
            "were" => "we are",
            "whose" => "who is",
            "gonna" => "going to",
            "wanna" => "want to",
            _ => return None,
        })
    };
    if !s.split_whitespace().any(|w| sounds(w).is_some()) && !s.contains("they are") {
        return s.into();
    }
    let out: Vec<&str> = s
        .split_whitespace()
        .map(|w| sounds(w).unwrap_or(w))
        .collect();
    out.join(" ").replace("they are", "there").into()
}

/// Words of slack on each side of the best offset for the in-order alignment.
const SLACK: usize = 3;
/// Longest quote (in words) aligned in order; longer ones align by offset only.
const MAX_LCS: usize = 80;

/// Aligns the shorter quote inside the longer: at the offset with most equal words, then
/// in order around it, so that a word added or dropped still aligns the rest.
pub fn align(ours: &[String], theirs: &[String]) -> Alignment {
    let show = |is_ours: bool, r: std::ops::Range<usize>| {
        if is_ours { &ours[r] } else { &theirs[r] }.join(" ")
    };
    align_by(ours, theirs, &show)
}

/// Text of a run of words: of ours (`true`) or theirs, by position.
type Show<'a> = dyn Fn(bool, std::ops::Range<usize>) -> String + 'a;

/// [`align`] over any words that compare (strings, or numbers of one vocabulary), with
/// `show` giving the text of the differing runs.
fn align_by<T: PartialEq>(ours: &[T], theirs: &[T], show: &Show) -> Alignment {
    let (short, long, ours_short) = if ours.len() <= theirs.len() {
        (ours, theirs, true)
    } else {
        (theirs, ours, false)
    };
    let mut best = (0usize, 0usize);
    for off in 0..=(long.len() - short.len()) {
        let m = short
            .iter()
            .zip(&long[off..])
            .filter(|(a, b)| a == b)
            .count();
        if m > best.0 {
            best = (m, off);
        }
    }
    let (m0, off) = best;
    let lo = off.saturating_sub(SLACK);
    let hi = (off + short.len() + SLACK).min(long.len());
    let pairs = if m0 < short.len() && short.len() <= MAX_LCS {
        in_order(short, &long[lo..hi])
    } else {
        Vec::new()
    };
    let pairs: Vec<(usize, usize)> = if pairs.len() > m0 {
        pairs.into_iter().map(|(i, j)| (i, j + lo)).collect()
    } else {
        (0..short.len())
            .filter(|&i| short[i] == long[off + i])
            .map(|i| (i, off + i))
            .collect()
    };
    let (differences, inserted) = gaps(short.len(), long.len(), &pairs, off, ours_short, show);
    let reworded = reworded(short.len(), long.len(), &pairs, &differences)
        && pairs
            .iter()
            .filter(|&&(i, _)| !FUNCTION_WORDS.contains(&show(ours_short, i..i + 1).as_str()))
            .count()
            >= MIN_REWORDED_CONTENT;
    Alignment {
        matched: pairs.len(),
        short_len: short.len(),
        inserted,
        differences,
        reworded,
    }
}

/// Shortest quote (in words) compared as a rewording.
const MIN_REWORDED: usize = 8;
/// Words of the shorter quote left over at either end of a rewording.
const REWORDED_END: usize = 3;
/// Most words between two shared words of a rewording, on either side.
const REWORDED_GAP: usize = 4;
/// Most runs of differing words in a rewording.
const REWORDED_RUNS: usize = 4;
/// Fewest shared words of a rewording that are not function words.
const MIN_REWORDED_CONTENT: usize = 4;

/// Words that carry no meaning of their own, for [`reworded`].
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "this", "that", "we",
    "i", "you", "he", "she", "they", "our", "my", "will", "would", "have", "has", "had", "not",
    "do", "so",
];

/// The shape of a rewording, from the matched pairs (shorter, longer) and the differing
/// runs: "we are seeing whole families arrive at once, and many come too late" against
/// "whole families are arriving at once, and most of them come too late". At least three
/// in five words of the shorter quote and half of the longer are shared, in order, over
/// the whole of the shorter (but a few words at its ends), with no more than a few words
/// between two shared ones; and a word is swapped for another (a quote cut short, or
/// with words left out at an ellipsis, is the same words).
fn reworded(
    short_len: usize,
    long_len: usize,
    pairs: &[(usize, usize)],
    differences: &[(String, String)],
) -> bool {
    let m = pairs.len();
    let (Some(&(fi, _)), Some(&(li, _))) = (pairs.first(), pairs.last()) else {
        return false;
    };
    let shape = short_len >= MIN_REWORDED
        && m < short_len
        && m * 5 >= short_len * 3
        && m * 2 >= long_len
        && fi <= REWORDED_END
        && short_len - 1 - li <= REWORDED_END
        && pairs
            .windows(2)
            .all(|w| w[1].0 - w[0].0 <= REWORDED_GAP + 1 && w[1].1 - w[0].1 <= REWORDED_GAP + 1);
    let swapped = differences
        .iter()
        .any(|(a, b)| !a.is_empty() && !b.is_empty() && !same_spelling(a, b));
    shape && swapped && differences.len() <= REWORDED_RUNS
}

/// The longest common subsequence of two word lists, as matched index pairs.
fn in_order<T: PartialEq>(a: &[T], b: &[T]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let w = m + 1;
    let mut t = vec![0u16; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[i * w + j] = if a[i] == b[j] {
                t[(i + 1) * w + j + 1] + 1
            } else {
                t[(i + 1) * w + j].max(t[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if a[i] == b[j] {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if t[(i + 1) * w + j] >= t[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// The differing runs between matched pairs (ours, theirs), and how many words of the
/// longer quote were inserted between matched words. The shorter quote's ends align with
/// as many of the longer's words next to its first and last match.
fn gaps(
    short_len: usize,
    long_len: usize,
    pairs: &[(usize, usize)],
    off: usize,
    ours_short: bool,
    show: &Show,
) -> (Vec<(String, String)>, usize) {
    let (fi, fj) = pairs.first().copied().unwrap_or((0, off));
    let (li, lj) = pairs.last().copied().unwrap_or((0, off));
    // Anchors as (index + 1) so the virtual one before the start is (0, …).
    let start = (0usize, (fj + 1).saturating_sub(fi + 1));
    let end = (short_len + 1, (lj + 1 + short_len - li).min(long_len + 1));
    let mut out = Vec::new();
    let mut inserted = 0;
    let mut prev = start;
    let inner = pairs.iter().map(|&(i, j)| (i + 1, j + 1));
    for (k, (i, j)) in inner.chain(std::iter::once(end)).enumerate() {
        let a = prev.0.min(i - 1)..i - 1;
        let b = prev.1.min(j - 1)..(j - 1).min(long_len);
        if !(a.is_empty() && b.is_empty()) {
            if k > 0 && (i, j) != end && b.len() > a.len() {
                inserted += b.len() - a.len();
            }
            let (x, y) = (show(ours_short, a), show(!ours_short, b));
            out.push(if ours_short { (x, y) } else { (y, x) });
        }
        prev = (i, j);
    }
    (out, inserted)
}

/// Whether two speakers are one: the same person (surname key and compatible given
/// names), the same institution, or a person and their own office. `false` otherwise.
pub fn same_speaker(a: &Speaker, b: &Speaker) -> bool {
    match (a, b) {
        (
            Speaker::Person {
                surname: s1,
                given: g1,
                ..
            },
            Speaker::Person {
                surname: s2,
                given: g2,
                ..
            },
        ) => {
            translit_key(s1) == translit_key(s2)
                && match (g1, g2) {
                    (Some(x), Some(y)) => {
                        given_compatible(&super::names::given_key(x), &super::names::given_key(y))
                    }
                    _ => true,
                }
        }
        (Speaker::Group { name: n1 }, Speaker::Group { name: n2 }) => fold(n1) == fold(n2),
        (Speaker::Person { surname, .. }, Speaker::Group { name })
        | (Speaker::Group { name }, Speaker::Person { surname, .. }) => {
            crate::extract::quotes::normalise_words(name)
                .iter()
                .any(|w| translit_key(w.trim_end_matches("'s")) == translit_key(surname))
        }
    }
}

/// Two named people who may be one person with a name spelt or given two ways
/// ("Ligaya Dimaculagan" and "Ligaya Dimaculangan", "Teresa" and "Helena Magalhães"):
/// the name rules' business, never a misattributed quote.
pub fn maybe_one_person(a: &Speaker, b: &Speaker) -> bool {
    // "Delphine said" read as an institution of one word: the given name of a person.
    if let (Speaker::Group { name }, Speaker::Person { given: Some(g), .. })
    | (Speaker::Person { given: Some(g), .. }, Speaker::Group { name }) = (a, b)
    {
        return !name.contains(' ') && translit_key(name) == translit_key(g);
    }
    let (
        Speaker::Person {
            surname: s1,
            given: g1,
            name: n1,
        },
        Speaker::Person {
            surname: s2,
            given: g2,
            name: n2,
        },
    ) = (a, b)
    else {
        return false;
    };
    let (k1, k2) = (translit_key(s1), translit_key(s2));
    // "Delphine" and "Delphine Arkwright": a person called by their given name alone.
    let by_given = |name: &str, k: &str, given: &Option<String>| {
        !name.contains(' ') && given.as_deref().is_some_and(|g| translit_key(g) == k)
    };
    if by_given(n1, &k1, g2) || by_given(n2, &k2, g1) {
        return true;
    }
    let slack = if k1.chars().count().min(k2.chars().count()) >= 6 {
        2
    } else {
        1
    };
    k1 == k2 || super::names::spelling_distance(&k1, &k2) <= slack
}

/// A one-word institution that is a known surname ("Oyelowo told reporters" in an article
/// that never gives the full name) is that person.
pub fn as_known_person(s: &Speaker, view: &super::View) -> Speaker {
    known_person(s, view).into_owned()
}

/// [`as_known_person`], borrowing the speaker when it stays as it is.
pub fn known_person<'s>(s: &'s Speaker, view: &super::View) -> std::borrow::Cow<'s, Speaker> {
    use std::borrow::Cow;
    match s {
        Speaker::Group { name }
            if !name.contains(' ')
                && name.chars().next().is_some_and(char::is_uppercase)
                && view.is_surname(name) =>
        {
            Cow::Owned(Speaker::Person {
                name: name.clone(),
                surname: name.clone(),
                given: None,
            })
        }
        other => Cow::Borrowed(other),
    }
}

/// Keeps examples few, as votes do.
pub fn cap_examples(mut v: Vec<Span>) -> Vec<Span> {
    v.sort_by(|a, b| (&a.doc, a.start).cmp(&(&b.doc, b.start)));
    v.dedup();
    v.truncate(MAX_EXAMPLES);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::quotes::normalise_words as w;

    #[test]
    fn what_may_not_align_fails_every_test_the_rules_read() {
        let quotes = [
            "we will rebuild the bridge before winter comes to the valley",
            "we will rebuild the old bridge before the winter",
            "the bridge will be rebuilt before winter comes",
            "winter comes to the valley and we rebuild",
            "nobody here expected the council to vote this way",
            "the council voted and nobody here expected it",
            "rebuild",
            "",
        ];
        for a in quotes {
            for b in quotes {
                let (a, b) = (w(a), w(b));
                let al = align(&a, &b);
                if !may_align(&a, &b) {
                    assert!(
                        !al.same_words() && !al.near() && !al.reworded,
                        "{a:?} {b:?} {al:?}"
                    );
                }
            }
        }
        assert!(may_align(&w(quotes[0]), &w(quotes[1])));
        assert!(!may_align(&w(quotes[0]), &w(quotes[4])));
    }

    #[test]
    fn partial_and_near_matches() {
        let a = align(&w("difficult but necessary concessions"), &w("achieving lasting peace will require difficult but necessary compromises from both sides"));
        assert!(a.near() && !a.same_words());
        assert_eq!(
            a.differences,
            vec![("concessions".to_string(), "compromises".to_string())]
        );
        let b = align(
            &w("just end to the war"),
            &w("bring about a just end to the war,"),
        );
        assert!(b.same_words());
        let c = align(
            &w("we will win this war"),
            &w("nobody will win any war soon"),
        );
        assert!(!c.near() && !c.same_words());
        // A word changed into two: the rest still aligns.
        let d = align(
            &w("treated the ministry as his own private business, and the public paid the bill"),
            &w("he treated the ministry as a private business, and the public paid the bill"),
        );
        assert!(d.near() && !d.same_words(), "{d:?}");
        assert_eq!(
            d.differences,
            vec![("his own".to_string(), "a".to_string())]
        );
        // Words of the shorter quote spread through the longer are not the same words.
        let e = align(
            &w("the ministry as private business"),
            &w("the ministry as his own private business"),
        );
        assert!(!e.same_words(), "{e:?}");
    }

    #[test]
    fn speakers() {
        let p = |g: &str, s: &str| Speaker::Person {
            name: format!("{g} {s}"),
            surname: s.into(),
            given: Some(g.into()),
        };
        assert!(same_speaker(
            &p("Dan", "Driscoll"),
            &p("Daniel", "Driscoll")
        ));
        assert!(!same_speaker(&p("Ana", "Ruiz"), &p("Tom", "Hale")));
        assert!(same_speaker(
            &p("Ana", "Ruiz"),
            &Speaker::Group {
                name: "Ana Ruiz’s office".into()
            }
        ));
        assert!(!same_speaker(
            &p("Ana", "Ruiz"),
            &Speaker::Group {
                name: "US Embassy in Lisbon".into()
            }
        ));
        // A person called by their given name alone.
        let one = Speaker::Person {
            name: "Latisha".into(),
            surname: "Latisha".into(),
            given: None,
        };
        assert!(maybe_one_person(&one, &p("Latisha", "Howe")));
        assert!(maybe_one_person(&p("Latisha", "Howe"), &one));
        assert!(!maybe_one_person(&one, &p("Marta", "Howe")));
        let group = Speaker::Group {
            name: "Latisha".into(),
        };
        assert!(maybe_one_person(&group, &p("Latisha", "Howe")));
        assert!(same_spelling("til", "until"));
        // Words that sound alike are one spelling of what was said.
        assert!(same_spelling("then", "than"));
        assert!(same_spelling("we are", "were"));
        assert!(same_spelling("they are", "their"));
        assert!(same_spelling("gonna", "going to"));
        assert!(!same_spelling("were", "are"));
        assert!(!same_spelling("then", "now"));
        assert!(maybe_one_person(
            &p("Lia", "Dimaculagan"),
            &p("Lia", "Dimaculangan")
        ));
        assert!(maybe_one_person(&p("Ana", "Ruiz"), &p("Eva", "Ruiz")));
        assert!(!maybe_one_person(&p("Ana", "Ruiz"), &p("Tom", "Hale")));
    }
}
