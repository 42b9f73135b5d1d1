//! Claims: quantity claims aggregated by claim key, so a check compares a new claim only
//! with the claims about the same thing.

use super::Votes;
use crate::extract::identity::Scope;
use crate::extract::quantities::{Quantity, QuantityKind};
use crate::lexicon::claims::uncounted_noun;
use std::collections::HashMap;

/// A distinct claim value: its interval bounds (as bits, for exact grouping) and event.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimShape {
    pub low: u64,
    pub high: u64,
    pub low_inclusive: bool,
    pub high_inclusive: bool,
    pub event: Vec<String>,
    /// The days the claim's sentence names.
    pub time: Vec<String>,
    /// Who gives the figure.
    pub source: Option<String>,
    /// The given name of the value's holder, when known (its surname is in the key).
    pub holder_given: Option<String>,
}

impl ClaimShape {
    pub fn of(q: &Quantity) -> ClaimShape {
        // A person's age is theirs whatever the sentence's event, day or source; it keeps
        // only the marks of a later stage (a trial), where it may be a year or two on,
        // and of a death, after which it moves no more.
        if q.kind == QuantityKind::Age {
            use crate::extract::claimscope::{COURT, DIED};
            return ClaimShape {
                event: Vec::new(),
                time: q
                    .time
                    .iter()
                    .filter(|t| *t == COURT || *t == DIED)
                    .cloned()
                    .collect(),
                source: None,
                ..ClaimShape::of_value(q)
            };
        }
        ClaimShape::of_value(q)
    }

    fn of_value(q: &Quantity) -> ClaimShape {
        ClaimShape {
            low: q.low.to_bits(),
            high: q.high.to_bits(),
            low_inclusive: q.low_inclusive,
            high_inclusive: q.high_inclusive,
            event: q.event.clone(),
            time: q.time.clone(),
            source: q.source.clone(),
            holder_given: q
                .holder
                .as_deref()
                .and_then(|h| h.split_once('|'))
                .map(|(_, g)| g.to_string()),
        }
    }

    /// `true` when two values can be of one claim: their events share a name (or one
    /// names none), their days agree (or one names none), and no two named sources
    /// give them (two sources may legitimately differ), and no two given names hold them.
    pub fn same_claim(&self, other: &ClaimShape) -> bool {
        let share = |a: &[String], b: &[String]| {
            a.is_empty() || b.is_empty() || a.iter().any(|x| b.contains(x))
        };
        let sources = match (&self.source, &other.source) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        // One surname, two given names: two people (a father and a son).
        let holder = match (&self.holder_given, &other.holder_given) {
            (Some(a), Some(b)) => one_given_name(a, b),
            _ => true,
        };
        // One named source giving the figure ties it to one event as a shared name does.
        let one_source = self.source.is_some() && self.source == other.source;
        (share(&self.event, &other.event) || one_source)
            && share_times(&self.time, &other.time)
            && sources
            && holder
    }

    /// The interval as (low, high, low inclusive, high inclusive).
    pub fn interval(&self) -> crate::extract::quantities::Interval {
        (
            f64::from_bits(self.low),
            f64::from_bits(self.high),
            self.low_inclusive,
            self.high_inclusive,
        )
    }
}

/// `true` when two given names of a value's holder (folded) can be one person's: the
/// same name, its nickname or initial, or two spellings of it ("Katelyn" and "Katelin",
/// "Kemontay" and "Kamontay"), which articles on one person give often; a middle name
/// one article adds does not part them ("Katelyn Mae" and "Katelin").
pub fn one_given_name(a: &str, b: &str) -> bool {
    use crate::resolve::names::{given_compatible, given_spelling_variant};
    let first = |s: &'_ str| s.split_whitespace().next().unwrap_or("").to_string();
    let (fa, fb) = (first(a), first(b));
    given_compatible(a, b)
        || given_spelling_variant(a, b)
        || (fa != a || fb != b) && (given_compatible(&fa, &fb) || given_spelling_variant(&fa, &fb))
}

/// `true` when two claims' times agree: the days they name share one (or one names
/// none), and so do the years (a forecast "in 2026"): a year and a weekday are no two
/// times of one claim.
fn share_times(a: &[String], b: &[String]) -> bool {
    let year = |t: &String| t.bytes().all(|b| b.is_ascii_digit());
    // The mark of a death tells of the holder, not of when: it is no time to agree on.
    let died = |t: &String| t == crate::extract::claimscope::DIED;
    let agree = |class: &dyn Fn(&String) -> bool| {
        let is = |t: &&String| !died(t) && class(t);
        !a.iter().any(|t| is(&t))
            || !b.iter().any(|t| is(&t))
            || a.iter().any(|x| is(&x) && b.contains(x))
    };
    agree(&year) && agree(&|t: &String| !year(t))
}

/// `true` when a claim is identified well enough to be compared across articles: it is
/// the story's claim (not a part, an increment or an aside), and its type says what it
/// is about: a count names what it counts (people with their outcome), an age its
/// person, a duration what it is (a sentence, a ban), money and percentages what they
/// are of or what was done. Ranks, dates, clock times and codes are never compared.
pub fn comparable(q: &Quantity) -> bool {
    q.scope.is_claim() && identified(q)
}

/// `true` when the quantity's type and words say what it is about (see [`comparable`]).
fn identified(q: &Quantity) -> bool {
    if !q.value.is_finite() {
        return false;
    }
    let noun = q.noun.as_deref();
    match q.kind {
        // A count under one is a rank or a share read as a count ("a fifth victim").
        QuantityKind::Count => {
            noun.is_some_and(|n| !uncounted_noun(n) && !is_unit(n))
                && q.predicate.is_some()
                && (q.value >= 1.0 || q.value == 0.0)
        }
        // A sum or a share compares only when it is known what it is of; a share of
        // progress ("40% contained") only on a named day.
        QuantityKind::Money | QuantityKind::Percent => {
            let personal = noun.is_some_and(crate::lexicon::sums::personal_sum);
            noun.is_some()
                && (q.predicate.as_deref() != Some("progress") || q.time.len() == 1)
                && (!personal || q.holder.is_some())
        }
        QuantityKind::Measure => q.unit.is_some() && q.predicate.is_some(),
        QuantityKind::Age => q.holder.is_some(),
        QuantityKind::Duration => q.predicate.is_some(),
        QuantityKind::Ordinal | QuantityKind::Date | QuantityKind::Time | QuantityKind::Code => {
            false
        }
    }
}

/// The claims of an article that are compared: the [`comparable`] ones with their keys,
/// less every key the article itself gives values for that cannot all be true (a
/// round-up of several incidents, a list): the article does not say which one is the
/// story's claim.
pub fn claims_of(quantities: &[Quantity]) -> Vec<(&Quantity, String)> {
    let all: Vec<(&Quantity, String)> = quantities
        .iter()
        .filter(|q| comparable(q))
        .map(|q| (q, q.key()))
        .collect();
    // Intervals share a point when the highest low is under the lowest high.
    // (Two holders of one surname, a father and a son, give two values of one key.)
    let mut span: HashMap<(&str, Option<&str>), (f64, f64)> = HashMap::new();
    for (q, k) in &all {
        let e = span
            .entry((k.as_str(), q.holder.as_deref()))
            .or_insert((f64::NEG_INFINITY, f64::INFINITY));
        e.0 = e.0.max(q.low);
        e.1 = e.1.min(q.high);
    }
    let agreed = |k: &str, h: Option<&str>| span.get(&(k, h)).is_none_or(|(lo, hi)| lo <= hi);
    all.iter()
        .filter(|(q, k)| agreed(k, q.holder.as_deref()))
        .map(|(q, k)| (*q, k.clone()))
        .collect()
}

/// What a claim is about, in words, for a finding's message: "people killed", "the age
/// of Brandt", "money (fund)", "share of homes (%)".
pub fn describe(q: &Quantity) -> String {
    let noun = q.noun.as_deref().unwrap_or("");
    let role = q.predicate.as_deref().unwrap_or("");
    match q.kind {
        QuantityKind::Age => match &q.holder {
            Some(h) => format!("age of {}", h.split('|').next().unwrap_or(h)),
            None => "age".to_string(),
        },
        QuantityKind::Duration => format!("length of the {role}"),
        QuantityKind::Count if noun == "person" => words(&["people", role]),
        QuantityKind::Count => words(&[noun, role]),
        QuantityKind::Money | QuantityKind::Percent if q.about.is_some() => {
            q.about.clone().unwrap_or_default()
        }
        QuantityKind::Percent if !noun.is_empty() => words(&["share of", noun, role]),
        QuantityKind::Money if noun.is_empty() => words(&["amount", role]),
        _ => words(&[noun, role]),
    }
}

fn words(parts: &[&str]) -> String {
    let parts: Vec<&str> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    parts.join(" ")
}

/// The key prefix of superseded values ("rose from 31 to 40" files 31 under it).
pub const SUPERSEDED: &str = "was:";

/// What an article files in the index: its [`claims_of`], and its superseded values
/// under [`SUPERSEDED`] and their claim's key, so that a check knows them for updates.
pub fn indexed(quantities: &[Quantity]) -> Vec<(&Quantity, String)> {
    let mut out = claims_of(quantities);
    out.extend(
        quantities
            .iter()
            .filter(|q| q.scope == Scope::Superseded && identified(q))
            .map(|q| (q, format!("{SUPERSEDED}{}", q.key()))),
    );
    out
}

/// A unit written as a counted noun ("a 13-inch screen", "16 GB").
fn is_unit(n: &str) -> bool {
    crate::lexicon::units::measure_unit(n).is_some()
        || matches!(
            n,
            "square"
                | "sq"
                | "gb"
                | "mb"
                | "tb"
                | "kb"
                | "ghz"
                | "mhz"
                | "pixel"
                | "megapixel"
                | "core"
                | "bit"
                | "north"
                | "south"
                | "east"
                | "west"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
                | "and"
                | "or"
                | "to"
        )
}

/// Claims by key, then by shape.
#[derive(Debug, Clone, Default)]
pub struct ClaimIndex {
    pub by_key: HashMap<String, Shapes>,
}

/// The shapes of one claim key and their votes, sorted by shape: one list of exactly its
/// entries, where a `BTreeMap` allocates room for eleven shapes (about 1.8 KB) at its
/// first, and most claim keys of a corpus have one or two shapes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shapes {
    entries: Vec<(ClaimShape, Votes)>,
}

impl Shapes {
    fn find(&self, k: &ClaimShape) -> Result<usize, usize> {
        self.entries.binary_search_by(|(s, _)| s.cmp(k))
    }

    pub fn get(&self, k: &ClaimShape) -> Option<&Votes> {
        self.find(k).ok().map(|i| &self.entries[i].1)
    }

    pub fn get_mut(&mut self, k: &ClaimShape) -> Option<&mut Votes> {
        self.find(k).ok().map(|i| &mut self.entries[i].1)
    }

    pub fn contains_key(&self, k: &ClaimShape) -> bool {
        self.find(k).is_ok()
    }

    /// The votes of a shape, created empty when new.
    pub fn entry(&mut self, k: &ClaimShape) -> &mut Votes {
        let i = match self.find(k) {
            Ok(i) => i,
            Err(i) => {
                self.entries.reserve_exact(1);
                self.entries.insert(i, (k.clone(), Votes::default()));
                i
            }
        };
        &mut self.entries[i].1
    }

    pub fn remove(&mut self, k: &ClaimShape) -> Option<Votes> {
        let i = self.find(k).ok()?;
        Some(self.entries.remove(i).1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Shapes and votes, in the order of the shapes.
    pub fn iter(&self) -> impl Iterator<Item = (&ClaimShape, &Votes)> {
        self.entries.iter().map(|(s, v)| (s, v))
    }

    /// The shapes, in order.
    pub fn keys(&self) -> impl Iterator<Item = &ClaimShape> {
        self.entries.iter().map(|(s, _)| s)
    }

    /// Gives back the room the list and its votes have beyond what they hold.
    pub fn shrink_to_fit(&mut self) {
        self.entries.shrink_to_fit();
        self.entries.iter_mut().for_each(|(_, v)| v.shrink_to_fit());
    }
}

impl<'a> IntoIterator for &'a Shapes {
    type Item = (&'a ClaimShape, &'a Votes);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (ClaimShape, Votes)>,
        fn(&'a (ClaimShape, Votes)) -> (&'a ClaimShape, &'a Votes),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(s, v)| (s, v))
    }
}
