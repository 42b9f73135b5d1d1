//! Quotes across articles: an index of quote word shingles, the alignment that says
//! whether two quotes are the same words (wholly or in part) or nearly the same, and
//! whether two speakers are the same.

use super::names::given_compatible;
use super::{span, MAX_EXAMPLES};
use crate::extract::quotes::Speaker;
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
    pub span: Span,
    pub words: Vec<String>,
    pub speaker: Option<Speaker>,
}

/// Quotes by shingle.
#[derive(Debug, Clone, Default)]
pub struct QuoteIndex {
    /// The quotes in the order they were added; a removed one is left empty.
    pub quotes: Vec<QuoteRef>,
    /// Every quote with the shingle, by number, in (article id, offset) order; lookups
    /// read the first [`MAX_PER_SHINGLE`].
    pub by_shingle: HashMap<String, Vec<u32>>,
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
        .map_or(("", 0, i), |q| (q.span.doc.as_str(), q.span.start, i))
}

fn shingles(words: &[String]) -> impl Iterator<Item = String> + '_ {
    words.windows(SHINGLE).map(|w| w.join(" "))
}

impl QuoteIndex {
    pub fn add(&mut self, a: &Analysis, base: bool) {
        for q in &a.quotes {
            let mut words = q.words();
            words.truncate(MAX_WORDS);
            if words.len() < SHINGLE {
                continue;
            }
            let quote = QuoteRef {
                span: span(a, q.range.clone()),
                words,
                speaker: q.speaker.clone(),
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
            let v = self.by_shingle.entry(s).or_default();
            if let Err(at) = v.binary_search_by(|&x| order(qs, x).cmp(&order(qs, id))) {
                v.insert(at, id);
            }
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
                let Some(v) = self.by_shingle.get_mut(&s) else {
                    continue;
                };
                if let Ok(i) = v.binary_search_by(|&x| order(qs, x).cmp(&order(qs, id))) {
                    v.remove(i);
                }
                if v.is_empty() {
                    self.by_shingle.remove(&s);
                }
            }
            let q = &mut self.quotes[id as usize];
            q.speaker = None;
            q.span.text = String::new();
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

    /// Indexed quotes sharing a shingle with `words`, each once.
    pub fn candidates(&self, words: &[String]) -> Vec<&QuoteRef> {
        let mut ids: Vec<u32> = shingles(words)
            .filter_map(|s| self.by_shingle.get(&s))
            .flat_map(|v| v.iter().take(MAX_PER_SHINGLE))
            .copied()
            .collect();
        ids.sort_unstable();
        ids.dedup();
        super::count(ids.len());
        ids.sort_by_cached_key(|&i| order(&self.quotes, i));
        ids.into_iter()
            .filter_map(|i| self.quotes.get(i as usize))
            .collect()
    }
}

/// How two quotes align.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// Words of the shorter quote that match at the best offset.
    pub matched: usize,
    /// Length of the shorter quote.
    pub short_len: usize,
    /// The words that differ: (ours, theirs) at the best offset.
    pub differences: Vec<(String, String)>,
}

impl Alignment {
    /// The same words: one quote is the other, or a part of it.
    pub fn same_words(&self) -> bool {
        self.matched == self.short_len
    }

    /// Nearly the same words: one or two words differ.
    pub fn near(&self) -> bool {
        let misses = self.short_len - self.matched;
        self.matched >= 3
            && misses >= 1
            && misses <= (self.short_len / 5).max(1)
            && self.matched * 4 >= self.short_len * 3
    }
}

/// Aligns the shorter quote inside the longer at the offset with most equal words.
pub fn align(ours: &[String], theirs: &[String]) -> Alignment {
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
    let (matched, off) = best;
    let differences = short
        .iter()
        .zip(&long[off..])
        .filter(|(a, b)| a != b)
        .map(|(a, b)| {
            if ours_short {
                (a.clone(), b.clone())
            } else {
                (b.clone(), a.clone())
            }
        })
        .collect();
    Alignment {
        matched,
        short_len: short.len(),
        differences,
    }
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

/// A one-word institution that is a known surname ("Oyelowo told reporters" in an article
/// that never gives the full name) is that person.
pub fn as_known_person(s: &Speaker, view: &super::View) -> Speaker {
    match s {
        Speaker::Group { name }
            if !name.contains(' ')
                && name.chars().next().is_some_and(char::is_uppercase)
                && view.is_surname(name) =>
        {
            Speaker::Person {
                name: name.clone(),
                surname: name.clone(),
                given: None,
            }
        }
        other => other.clone(),
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
    }
}
