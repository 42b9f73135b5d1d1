//! The `number-conflict` rule: [`META`] says what it flags; then the check, then its tests.

use super::{articles, q, Context, Rule};
use crate::extract::claimscope;
use crate::extract::quantities::{interval_overlap, Interval, QuantityKind};
use crate::finding::{Finding, Severity};
use crate::resolve::claims::{claims_of, describe, ClaimShape, SUPERSEDED};
use crate::resolve::updates::{attacker_died, judge, Pair, Verdict};
use crate::resolve::Votes;
use std::collections::{BTreeMap, HashMap};

/// See [`META`].
pub struct NumberConflict;

/// The rule's id, default severity and documentation.
pub const META: super::RuleMeta = super::RuleMeta {
    id: "number-conflict",
    default_severity: Severity::Error,
    description: "one claim given values that cannot both be true (21 vs “at least 26” killed)",
    doc: "Two articles give values for the same claim that cannot both be true: “killed 21” vs \
          “killed at least 26”, a “20-point plan” vs a “28-point plan”, “£4 billion” vs “£400 \
          million” for the same fund. Compatible values (“29” and “at least 26”, “$100bn” and \
          “100 billion dollars”) are not flagged. Two claims are the same claim when they count \
          the same thing (kind, unit, counted noun, predicate) and their events agree (either \
          names none, or they share a proper noun); values are compared as intervals. Claims in \
          one article are not compared with each other, and an article that gives several values \
          for one claim is compared through the nearest of them only. A running count (a toll, \
          the hurt, arrests) that differs when no dates order the articles is `info`, a possible \
          update, unless the two differ as a slip does (transposed digits, a tenfold scale); so \
          are magnitudes a few tenths apart and distances from a place that share no digits. \
          One person's ages a year apart are `info` too (a birthday may fall between the \
          articles) unless the articles are days apart, or tell of the same stage of the story \
          (no plea, trial or sentencing, no look back, the days they name within a month), or \
          one says the person died: an age at death does not move (a `warning`).",
};

/// The values of one claim an article is checked for: more is a table or a list, not
/// a story's claim, and each would be compared with every value the corpus gives for the
/// claim (quadratic in an article of thousands of "N people").
const MAX_PER_KEY: usize = 32;

/// Years two ages of one person may differ by when a birthday fell between the articles.
const BIRTHDAY_SLACK: f64 = 1.0;

/// Days apart within which two dated articles leave no room for a birthday between them:
/// one person's ages a year apart in articles a week apart or less are a conflict.
const SAME_WEEK_DAYS: i64 = 7;

/// Years two ages of one person may differ by when one is given at the arrest and the
/// other at a trial or a sentencing, which may come a year or two later.
const STAGE_SLACK: f64 = 3.0;

/// `true` when two ages of one name are too far apart to be one person misreported (a
/// father of 49 and his son of 5 who shares his name): one is over 1.6 times the other
/// (a slip of one digit, 34 for 43, is well within).
fn two_people(a: Interval, b: Interval) -> bool {
    let (lo, hi) = (a.1.min(b.1), a.0.max(b.0));
    hi > 1.6 * lo
}

/// The article's tolls of the dead (exact values, as bits).
fn tolls(claims: &[&Claim]) -> std::collections::HashSet<u64> {
    claims
        .iter()
        .filter(|(q, _, _)| q.predicate.as_deref() == Some("killed") && q.low == q.high)
        .map(|(q, _, _)| q.low.to_bits())
        .collect()
}

/// How many given names of one surname [`two_bearers`] compares at most.
const MAX_BEARERS: usize = 16;

/// `true` when the index knows two people of the holder's surname whose given names
/// cannot be one person's ("Kari" and "Michael").
fn two_bearers(cx: &Context, holder: &str) -> bool {
    let surname = holder.split('|').next().unwrap_or(holder);
    let givens: Vec<&String> = std::iter::once(cx.view.base)
        .chain(cx.view.overlay)
        .filter_map(|ix| ix.people.get(surname))
        .flat_map(|m| m.keys())
        .filter(|g| !g.is_empty())
        .take(MAX_BEARERS)
        .collect();
    givens.iter().enumerate().any(|(i, a)| {
        givens[i + 1..]
            .iter()
            .any(|b| !crate::resolve::claims::one_given_name(a, b))
    })
}

/// How many bytes either side of an age [`surname_only`] reads for the name.
const NAME_BYTES: usize = 80;

/// `true` when the name an age is written with is the surname alone ("Oehlund, 57",
/// "the 57-year-old Oehlund"): the word right before the age's joining comma or bracket,
/// or right after the age, is the holder's surname, with no given name before it.
fn surname_only(text: &str, qt: &crate::extract::Quantity) -> bool {
    let Some(surname) = qt.holder.as_deref().and_then(|h| h.split('|').next()) else {
        return false;
    };
    // The key the holder's surname was filed under (`identity::person_key`), of the word
    // without the punctuation around it.
    let key = |w: &str| crate::normalize::translit_key(w.trim_matches(|c: char| !c.is_alphanumeric()));
    // A few words either side: bounded, however the text runs on.
    let mut from = qt.range.start.saturating_sub(NAME_BYTES);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = text.len().min(qt.range.end + NAME_BYTES);
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let words_before: Vec<&str> = text
        .get(from..qt.range.start)
        .unwrap_or("")
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty() && !matches!(key(w).as_str(), "" | "aged" | "age"))
        .take(2)
        .collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let before = match words_before.as_slice() {
        [name, prev] => key(name) == surname && (!capital(prev) || prev.ends_with(['.', ','])),
        [name] => key(name) == surname,
        _ => false,
    };
    let after = text
        .get(qt.range.end..to)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .is_some_and(|w| key(w) == surname);
    before || after
}

/// In a tie, the side a scan does not report on: the earlier article when every article
/// is dated and ordered, else the one whose id sorts first (the other side reports the pair, citing
/// this one).
fn tie_elsewhere(cx: &Context, a: &crate::extract::Analysis, against: &Votes) -> bool {
    let me = a.doc.id.as_str();
    let others = || against.examples.iter().map(|e| e.doc()).filter(|d| *d != me);
    let days: Option<Vec<_>> = others().map(|d| cx.view.base.dates.published(d)).collect();
    // Dated the same day (or not all ordered), the ids decide, as undated.
    match (a.doc.published, days) {
        (Some(mine), Some(days)) if !days.is_empty() => {
            if days.iter().all(|d| d.after(&mine) == Some(true)) {
                return true;
            }
            if days.iter().all(|d| mine.after(d) == Some(true)) {
                return false;
            }
            others().all(|d| me < d)
        }
        _ => others().all(|d| me < d),
    }
}

/// `true` when one of the articles `docs` says the attacker died: its toll may count him.
fn died_there(cx: &Context, docs: &[&str]) -> bool {
    let mut indices = std::iter::once(cx.view.base).chain(cx.view.overlay);
    indices.any(|ix| docs.iter().any(|d| ix.dates.attacker_died.contains(*d)))
}

/// How far apart two intervals are: 0 when they overlap or touch.
fn gap(a: Interval, b: Interval) -> f64 {
    (b.0 - a.1).max(a.0 - b.1).max(0.0)
}

impl Rule for NumberConflict {
    fn meta(&self) -> &'static super::RuleMeta {
        &META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let a = cx.target;
        // The article's own values by claim key (at most MAX_PER_KEY each, and only those
        // are checked), and for each conflicting shape the gap to the nearest of them
        // (worked out once per key and shape: linear in the article's claims however many
        // share a key).
        let all: Vec<Claim> = claims_of(&a.quantities)
            .into_iter()
            .map(|(x, key)| (x, key, ClaimShape::of(x)))
            .collect();
        let mut own: HashMap<&str, Vec<Interval>> = HashMap::new();
        let claims: Vec<_> = all
            .iter()
            .filter(|(_, key, shape)| {
                let values = own.entry(key).or_default();
                let kept = values.len() < MAX_PER_KEY;
                if kept {
                    values.push(shape.interval());
                }
                kept
            })
            .collect();
        let mut nearest: HashMap<(&str, &ClaimShape), f64> = HashMap::new();
        let dead = tolls(&claims);
        let mut died_here: Option<bool> = None;
        // One finding per disagreement: the article's claim key and the pair of values.
        let mut told: HashMap<(&str, [(u64, u64, bool, bool); 2]), usize> = HashMap::new();
        let first = out.len();
        for claim in &claims {
            super::count(1);
            let (qt, key, mine) = claim;
            let cands = candidates_of(cx, claim);
            let with_me = cands.with_me;
            // A scan reports a disagreement on the odd article only (below): where more
            // articles agree than all the candidates hold, nothing more is worked out.
            let scan = cx.view.overlay.is_none();
            if scan && with_me > cands.docs {
                continue;
            }
            // Two people of the age's surname (a husband and a wife): an age given with
            // the surname alone may be either's.
            let bearers = qt.kind == QuantityKind::Age
                && qt.holder.as_deref().is_some_and(|h| two_bearers(cx, h));
            // "Oehlund, 57" names no one of two Oehlunds, whoever the text resolved it to.
            let vague = bearers && (mine.holder_given.is_none() || surname_only(&a.doc.clean, qt));
            let was = superseded(cx, key);
            let updated = |i: Interval| was.iter().any(|w| interval_overlap(*w, i));
            if updated(mine.interval()) {
                continue;
            }
            let no_dead = std::collections::HashSet::new();
            let pairable = |s: &ClaimShape| {
                !updated(s.interval())
                    && (pairable(claim, (bearers, vague), &dead, s)
                        || dead_told_there(cx, claim, (&claims, &dead), s)
                            && pairable(claim, (bearers, vague), &no_dead, s))
            };
            let conflicting = against(cx, claim, &cands, pairable);
            let Some((best_shape, best_votes, all_against)) =
                best_against(cx, key, mine, &conflicting, &own, &mut nearest)
            else {
                continue;
            };
            let aging = qt.kind == QuantityKind::Age && yearly(mine, conflicting.keys());
            // An article that tells the holder died, this one or one disagreeing.
            let died = |s: &ClaimShape| s.time.iter().any(|t| t == claimscope::DIED);
            let dead_holder = qt.kind == QuantityKind::Age
                && (died(mine) || conflicting.keys().any(|s| died(s)));
            // A scan reports a disagreement once, on the odd article, with the others as
            // its evidence (in a tie, on the later or the last by id).
            if scan
                && (with_me > all_against.docs
                    || with_me == all_against.docs && tie_elsewhere(cx, a, &all_against))
            {
                continue;
            }
            let against = (best_shape, best_votes, &all_against, (aging, dead_holder));
            let f = self.report(cx, claim, against, &mut died_here);
            // The two intervals, exactly (as bits: no float formatting in the wasm).
            let bits = |(lo, hi, a, b): crate::extract::quantities::Interval| {
                (lo.to_bits(), hi.to_bits(), a, b)
            };
            let pair = [bits(mine.interval()), bits(best_shape.interval())];
            match told.get(&(key.as_str(), pair)) {
                Some(&i) => restated(&mut out[first + i], f),
                None => {
                    told.insert((key.as_str(), pair), out.len() - first);
                    out.push(f);
                }
            }
        }
    }
}

/// `f` restates the disagreement of `kept` in another statement of the same article: the
/// statement joins the evidence of `kept`, which takes the graver of the two severities.
fn restated(kept: &mut Finding, f: Finding) {
    if f.severity > kept.severity {
        kept.severity = f.severity;
        kept.message = f.message;
    }
    if !kept.evidence.contains(&f.span) {
        kept.evidence.push(f.span);
    }
}

/// `true` when an article that gives the other value `s` of a hurt count also gives this
/// article's toll of the dead that their difference is ("1 dead, 4 injured" against "1
/// killed, 3 injured"): both count the hurt apart from the dead, so the dead do not
/// explain the difference.
fn dead_told_there(
    cx: &Context,
    (qt, key, mine): &Claim,
    (claims, dead): (&[&Claim], &std::collections::HashSet<u64>),
    s: &ClaimShape,
) -> bool {
    let d = (s.interval().0 - mine.interval().0).abs();
    // Only where the dead would otherwise explain the difference (see [`pairable`]).
    if qt.predicate.as_deref() != Some("injured")
        || s.low != s.high
        || mine.low != mine.high
        || !dead.contains(&d.to_bits())
    {
        return false;
    }
    let indices = || std::iter::once(cx.view.base).chain(cx.view.overlay);
    // The articles that give a value exactly `v` of claim `k`.
    let docs_of = |k: &str, v: Interval| -> Vec<String> {
        indices()
            .filter_map(|ix| ix.claims.by_key.get(k))
            .flat_map(|t| t.iter().filter(|(shape, _)| shape.interval() == v))
            .flat_map(|(_, votes)| votes.examples.iter().map(|e| e.doc().to_string()))
            .collect()
    };
    let theirs = docs_of(key, s.interval());
    claims.iter().any(|(q, k, shape)| {
        q.predicate.as_deref() == Some("killed")
            && q.low == q.high
            && q.low == d
            && docs_of(k, shape.interval())
                .iter()
                .any(|doc| *doc != cx.target.doc.id && theirs.contains(doc))
    })
}

/// One claim of the article: the quantity, its claim key, its shape.
type Claim<'q> = (&'q crate::extract::Quantity, String, ClaimShape);

impl NumberConflict {
    /// The finding on `claim`, against `best` (the best supported value) and every
    /// article that disagrees (`against`).
    fn report(
        &self,
        cx: &Context,
        (qt, _, mine): &Claim,
        (best_shape, best_votes, against, (aging, dead)): (&ClaimShape, &Votes, &Votes, (bool, bool)),
        died_here: &mut Option<bool>,
    ) -> Finding {
        let a = cx.target;
        let me = &a.doc.id;
        let theirs = best_votes
            .examples
            .iter()
            .find(|e| e.doc() != me)
            .map(|e| e.text().to_string())
            .unwrap_or_default();
        let span = cx.span(qt.range.clone());
        let evidence: Vec<_> = crate::resolve::example::spans(
            against.examples.iter().filter(|e| e.doc() != me),
        );
        let what = qt.noun.clone().or(qt.unit.clone()).unwrap_or_default();
        let pair = Pair {
            mine: mine.interval(),
            theirs: best_shape.interval(),
            docs: &evidence.iter().map(|e| e.doc.as_str()).collect::<Vec<_>>(),
            cumulative: cumulative(qt),
        };
        let told = Told {
            mine: &span.text,
            theirs: &theirs,
            docs: against.docs,
            aging,
        };
        let age = qt.kind == QuantityKind::Age;
        let court = |s: &ClaimShape| s.time.iter().any(|t| t == claimscope::COURT);
        let stages = age.then(|| court(mine) != court(best_shape));
        let (severity, msg) = verdict(cx, a, qt, (stages, dead), &pair, &told, died_here);
        cx.finding(self, severity, msg, what, span, evidence)
    }
}

/// Values some article says were superseded ("rose from 19 to 23"): a pair with one of
/// them is an update, not a conflict.
fn superseded(cx: &Context, key: &str) -> Vec<Interval> {
    let was_key = format!("{SUPERSEDED}{key}");
    std::iter::once(cx.view.base)
        .chain(cx.view.overlay)
        .filter_map(|ix| ix.claims.by_key.get(was_key.as_str()))
        .flat_map(|t| t.keys().map(ClaimShape::interval))
        .collect()
}

/// `true` when the other article's value `s` of the claim may be compared with this one:
/// the same claim, disjoint, and not explained by two people (`bearers`: two people of
/// the age's surname; `vague`: this age names only the surname) or by the dead.
fn pairable(
    (qt, _, mine): &Claim,
    (bearers, vague): (bool, bool),
    dead: &std::collections::HashSet<u64>,
    s: &ClaimShape,
) -> bool {
    let age = qt.kind == QuantityKind::Age;
    let ambiguous = bearers && (vague || s.holder_given.is_none());
    // "5 shot, 1 dead" against "4 wounded": the shot and the wounded who lived differ by
    // the dead.
    let hurt = matches!(qt.predicate.as_deref(), Some("injured" | "shot"));
    let d = (s.interval().0 - mine.interval().0).abs();
    let by_the_dead = hurt && s.low == s.high && mine.low == mine.high && dead.contains(&d.to_bits());
    mine.same_claim(s)
        && (!age || !two_people(mine.interval(), s.interval()))
        && !ambiguous
        && !by_the_dead
        && !interval_overlap(mine.interval(), s.interval())
        && !round_bound(mine.interval(), s.interval())
}

/// `true` when a bound and a value meet at a round figure ("more than 70 shots" and "70
/// shots"): the plain figure is as likely rounded as exact, so they agree.
fn round_bound(a: Interval, b: Interval) -> bool {
    let point = if a.1 <= b.0 { a.1 } else { a.0 };
    gap(a, b) == 0.0 && point >= 10.0 && point % 10.0 == 0.0
}

/// What the checks sharing one index work out once per claim key and value shape (see
/// [`super::Shared`]): a scan's articles give the same values again and again, and a key
/// of a large corpus holds hundreds of shapes, so comparing each claim with every shape
/// of its key would grow with the corpus for every claim.
#[derive(Debug, Clone, Default)]
pub(super) struct ShapeMemo {
    by_key: std::cell::RefCell<rustc_hash::FxHashMap<String, ShapesOf>>,
    /// Shapes remembered, over all keys.
    len: std::cell::Cell<usize>,
}

/// The candidates of each shape of one key.
type ShapesOf = rustc_hash::FxHashMap<ClaimShape, std::sync::Arc<Candidates>>;

impl ShapeMemo {
    /// Shapes remembered; past it, all are forgotten and the memo starts again.
    const MAX_REMEMBERED: usize = 16_384;

    /// Forgets everything (the index changed).
    pub(super) fn clear(&self) {
        self.by_key.borrow_mut().clear();
        self.len.set(0);
    }

    /// The candidates of `mine` in the tallies of `key`, from `work` the first time.
    fn get(
        &self,
        key: &str,
        mine: &ClaimShape,
        work: impl FnOnce() -> Candidates,
    ) -> std::sync::Arc<Candidates> {
        let held = self.by_key.borrow().get(key).and_then(|m| m.get(mine).cloned());
        if let Some(c) = held {
            return c;
        }
        let c = std::sync::Arc::new(work());
        if self.len.get() >= Self::MAX_REMEMBERED {
            self.clear();
        }
        let mut by_key = self.by_key.borrow_mut();
        by_key
            .entry(key.to_string())
            .or_default()
            .insert(mine.clone(), c.clone());
        self.len.set(self.len.get() + 1);
        c
    }
}

/// The shapes of a key that may conflict with one shape: the same claim, disjoint.
#[derive(Debug, Default)]
struct Candidates {
    /// Their positions in each tally (base, overlay), ascending.
    at: [Vec<u32>; 2],
    /// The articles they hold, counted once per shape: at least those that disagree.
    docs: u32,
    /// Articles that give a value that agrees (see [`against`]).
    with_me: u32,
}

/// The tallies of a claim key in the view: its base's and its overlay's.
type Tallies<'v> = [Option<&'v crate::resolve::claims::Shapes>; 2];

fn tallies<'v>(cx: &Context<'_, 'v>, key: &str) -> Tallies<'v> {
    [Some(cx.view.base), cx.view.overlay].map(|ix| ix.and_then(|ix| ix.claims.by_key.get(key)))
}

/// The candidates of `mine` in `tallies`, every shape compared.
fn candidates(mine: &ClaimShape, tallies: &Tallies) -> Candidates {
    let mut c = Candidates::default();
    for (t, at) in tallies.iter().zip(&mut c.at) {
        for (n, (shape, v)) in t.iter().flat_map(|t| t.iter()).enumerate() {
            let (lo, hi, _, _) = shape.interval();
            if !mine.same_claim(shape) {
                continue;
            }
            if !interval_overlap(mine.interval(), shape.interval()) {
                at.push(n as u32);
                c.docs += v.docs;
            } else if lo > 0.0 && hi.is_finite() {
                c.with_me += v.docs;
            }
        }
        crate::resolve::count(t.map_or(0, |t| t.len()));
    }
    c
}

/// The candidates of the claim's shape in its key (worked out once for every check
/// sharing the index).
fn candidates_of(cx: &Context, (_, key, mine): &Claim) -> std::sync::Arc<Candidates> {
    cx.shared
        .shapes
        .get(key, mine, || candidates(mine, &tallies(cx, key)))
}

/// The shapes of the claim's key that conflict with it, their votes merged across base
/// and overlay (cheap tests on the shapes first: nothing is copied for the many shapes a
/// large corpus holds that agree with it); and how many articles give a value that agrees
/// (a bound, "more than 300", "up to 900", agrees with too much to be a vote).
fn against<'v>(
    cx: &Context<'_, 'v>,
    claim: &Claim,
    cands: &Candidates,
    pairable: impl Fn(&ClaimShape) -> bool,
) -> BTreeMap<&'v ClaimShape, Votes> {
    let me = &cx.target.doc.id;
    let mut conflicting: BTreeMap<&ClaimShape, Votes> = BTreeMap::new();
    for (t, at) in tallies(cx, &claim.1).into_iter().zip(&cands.at) {
        let Some(t) = t else { continue };
        let mut next = at.iter().copied().peekable();
        let mut walked = 0;
        for (n, (shape, v)) in t.iter().enumerate() {
            if next.peek().is_none() {
                break;
            }
            walked += 1;
            if next.next_if_eq(&(n as u32)).is_none() {
                continue;
            }
            // This article's own values (claims within an article are not compared),
            // skipped before anything is merged.
            let only_mine = v.docs == 1 && v.examples.first().is_some_and(|e| e.doc() == me);
            if !only_mine && pairable(shape) {
                conflicting.entry(shape).or_default().merge_from(v);
            }
        }
        crate::resolve::count(walked);
    }
    conflicting
}

/// The best supported conflicting value and the votes of every article that disagrees,
/// leaving out values nearer to another of this article's own values (`own`; the nearest
/// of them to each shape is worked out once, in `nearest`).
fn best_against<'s, 'c>(
    cx: &Context,
    key: &'s str,
    mine: &ClaimShape,
    conflicting: &'c BTreeMap<&'s ClaimShape, Votes>,
    own: &HashMap<&str, Vec<Interval>>,
    nearest: &mut HashMap<(&'s str, &'s ClaimShape), f64>,
) -> Option<(&'s ClaimShape, &'c Votes, Votes)> {
    let me = &cx.target.doc.id;
    let mut best: Option<(&'s ClaimShape, &'c Votes)> = None;
    // Every article that disagrees is cited, the best supported value first.
    let mut all_against = Votes::default();
    for (shape, votes) in conflicting.iter() {
        if !votes.examples.iter().any(|e| e.doc() != me) {
            continue;
        }
        let theirs = shape.interval();
        let near = *nearest.entry((key, *shape)).or_insert_with(|| {
            own.get(key).map_or(f64::INFINITY, |v| {
                v.iter()
                    .map(|o| gap(*o, theirs))
                    .fold(f64::INFINITY, f64::min)
            })
        });
        if gap(mine.interval(), theirs) > near {
            continue;
        }
        all_against.merge_from(votes);
        if best.is_none_or(|(_, b)| votes.rank() > b.rank()) {
            best = Some((shape, votes));
        }
    }
    best.map(|(s, v)| (s, v, all_against))
}

/// The two statements of a conflict, as the message quotes them.
struct Told<'a> {
    mine: &'a str,
    theirs: &'a str,
    docs: u32,
    /// One person's ages across the articles rise a year at a time ([`yearly`]).
    aging: bool,
}

/// `true` when this age and the others' disagreeing ages of one person are three or
/// more whole years in a row (19, 20, 21): a story followed over years, each article
/// giving the age of its day.
fn yearly<'s>(mine: &ClaimShape, others: impl Iterator<Item = &'s &'s ClaimShape>) -> bool {
    let whole = |i: Interval| (i.0 == i.1 && i.0.fract() == 0.0).then_some(i.0 as i64);
    let Some(m) = whole(mine.interval()) else {
        return false;
    };
    let mut years: Vec<i64> = others.filter_map(|s| whole(s.interval())).take(8).collect();
    years.push(m);
    years.sort_unstable();
    years.dedup();
    years.len() >= 3 && years.windows(2).all(|w| w[1] - w[0] == 1)
}

/// The severity and message of a disagreement: an update (a later higher toll, "rose
/// from 19 to 23") is info; a new article repeating a superseded figure is an error,
/// worded as such; one person's ages a year apart are info, since a birthday between the
/// articles may explain them (a warning when the articles read as early reports of the
/// event, [`early_reports`]), and so are ages two years apart when one is given at a
/// trial or a plea and the other not. `age` is `Some(the stages differ)` for an age;
/// `dead` says one article tells the holder died: an age at death keeps, whatever the
/// birthdays or the stage, so a year's difference is a warning.
fn verdict(
    cx: &Context,
    a: &crate::extract::Analysis,
    qt: &crate::extract::Quantity,
    (age, dead): (Option<bool>, bool),
    pair: &Pair,
    told: &Told,
    died_here: &mut Option<bool>,
) -> (Severity, String) {
    match judge(cx.view, a, cx.view.overlay.is_some(), pair) {
        Verdict::Update(why) => {
            return (Severity::Info, update_message(qt, told.mine, told.theirs, &why))
        }
        Verdict::Stale(why) => {
            return (Severity::Error, update_message(qt, told.mine, told.theirs, &why))
        }
        Verdict::Conflict => {}
    }
    let birthday = age.is_some()
        && gap(pair.mine, pair.theirs) <= BIRTHDAY_SLACK
        && !days_apart(cx, a, pair.docs);
    let staged = age == Some(true) && gap(pair.mine, pair.theirs) <= STAGE_SLACK;
    // Tolls one apart where an article says the attacker died: one may count him.
    let mut attacker = || {
        qt.predicate.as_deref() == Some("killed")
            && gap(pair.mine, pair.theirs) == 1.0
            && qt.low == qt.high
            && (*died_here.get_or_insert_with(|| attacker_died(&a.doc.clean))
                || died_there(cx, pair.docs))
    };
    // Undated, and no stage apart: early reports leave no room for a birthday.
    let early = || {
        age != Some(true)
            && same_week(cx, a, pair.docs).is_none()
            && early_reports(cx, a, pair.docs)
    };
    let (severity, why) = if birthday && early() {
        (Severity::Warning, EARLY_AGES)
    } else if dead && (birthday || staged) && !told.aging {
        (Severity::Warning, AGE_AT_DEATH)
    } else if birthday && same_stage(cx, a, pair.docs) {
        (Severity::Warning, SAME_STAGE)
    } else if birthday {
        (
            Severity::Info,
            "a birthday between the articles would explain a year's difference",
        )
    } else if staged {
        (
            Severity::Info,
            "one age is given at a trial or a plea, which may come a year or two after the other",
        )
    } else if told.aging {
        (
            Severity::Info,
            "the ages rise a year at a time across the articles, as over a story of years",
        )
    } else if attacker() {
        (Severity::Info, "one toll may count the attacker, who died too")
    } else if rounded_fraction(qt, pair, told) {
        (
            Severity::Info,
            "the whole number may round the fraction the other gives",
        )
    } else if lost_slash(qt, pair) {
        (
            Severity::Info,
            "one figure may be a fraction whose slash was lost (“41/2” read as 412)",
        )
    } else if revised_magnitude(qt, pair) {
        (
            Severity::Info,
            "a quake's magnitude is often revised, and agencies differ by a few tenths",
        )
    } else if bearing(qt) && !same_digits(told.mine, told.theirs) {
        (
            Severity::Info,
            "distances from a place may locate different things (the scene, a town, an arrest)",
        )
    } else if let Some(why) = unordered_running_count(cx, a, qt, pair) {
        (Severity::Info, why)
    } else {
        (Severity::Error, "the two values cannot both be true")
    };
    let msg = format!(
        "{}: {} here, {} in {}: {why}",
        describe(qt),
        q(told.mine),
        q(told.theirs),
        articles(told.docs)
    );
    (severity, msg)
}

/// Whether this article and every other article of the pair are at most
/// [`SAME_WEEK_DAYS`] apart, when all carry publication days (with years); `None` when
/// one does not.
fn same_week(cx: &Context, a: &crate::extract::Analysis, docs: &[&str]) -> Option<bool> {
    let mine = a.doc.published.and_then(|d| d.number())?;
    let mut all = !docs.is_empty();
    for d in docs {
        let day = cx.view.base.dates.published(d).and_then(|d| d.number())?;
        all &= (day - mine).abs() <= SAME_WEEK_DAYS;
    }
    Some(all)
}

/// `true` when the articles were written days apart, too close for a birthday between
/// them: by their publication days when all carry one, else when all open as reports of
/// the first days after their event ([`crate::resolve::dates::written_days_after`]).
fn days_apart(cx: &Context, a: &crate::extract::Analysis, docs: &[&str]) -> bool {
    same_week(cx, a, docs).unwrap_or_else(|| first_days(cx, a, docs))
}

/// `true` when this article and every other article of the pair open as reports of the
/// first days after their event ([`crate::resolve::dates::written_days_after`]): days
/// apart, too close for a birthday between them.
fn first_days(cx: &Context, a: &crate::extract::Analysis, docs: &[&str]) -> bool {
    let fresh = &cx.view.base.dates.fresh;
    !docs.is_empty() && docs.iter().all(|d| fresh.contains(*d)) && crate::resolve::dates::fresh(a)
}

/// `true` when one value is the other's whole part, or the whole part and a half or a
/// quarter, with the fraction's slash lost: "412 months" for "4 1/2 months" beside
/// "four" or "four and a half", 1014 for 10 1/4.
fn lost_slash(qt: &crate::extract::Quantity, pair: &Pair) -> bool {
    // Fractions are written with lengths of time and measures, not with counts.
    let fractional = matches!(qt.kind, QuantityKind::Duration | QuantityKind::Measure);
    if !fractional || qt.value <= 0.0 || pair.mine.0 <= 0.0 {
        return false;
    }
    // The base unit per unit written (days per month): both sides are read in it.
    let per = pair.mine.0 / qt.value;
    let (mine, theirs) = ((pair.mine.0 / per, pair.mine.1 / per), (pair.theirs.0 / per, pair.theirs.1 / per));
    let garbled = |v: (f64, f64), whole: (f64, f64)| {
        v.0 == v.1
            && v.0 >= 100.0
            && v.0.fract().abs() < 1e-9
            && [12.0, 14.0, 34.0].iter().any(|tail| {
                let n = (v.0 - tail) / 100.0;
                n >= 1.0 && n.fract().abs() < 1e-9 && whole.0 >= n - 1e-9 && whole.1 <= n + 1.0
            })
    };
    garbled(mine, theirs) || garbled(theirs, mine)
}

/// `true` for two magnitudes of a quake within half a point (5.9 and 6.1).
fn revised_magnitude(qt: &crate::extract::Quantity, pair: &Pair) -> bool {
    let magnitude = |w: &Option<String>| w.as_deref() == Some("magnitude");
    (magnitude(&qt.noun) || magnitude(&qt.unit)) && gap(pair.mine, pair.theirs) <= 0.5
}

/// `true` for a distance in a direction from a place ("50 miles north of Dunmere").
fn bearing(qt: &crate::extract::Quantity) -> bool {
    let compass = |w: &str| {
        !w.is_empty()
            && w.split('-').all(|p| {
                matches!(
                    p,
                    "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast"
                        | "southwest"
                )
            })
    };
    qt.kind == QuantityKind::Measure && qt.noun.as_deref().is_some_and(compass)
}

/// `true` when the first figures of two statements have the same digits, in any order
/// and wherever the point: a unit slip ("45 miles" for "45 km"), a slipped point ("12"
/// for "1.2"), a transposition.
fn same_digits(a: &str, b: &str) -> bool {
    let digits = |t: &str| {
        let mut d: Vec<char> = t
            .chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
            .filter(char::is_ascii_digit)
            .collect();
        d.sort_unstable();
        d
    };
    let (x, y) = (digits(a), digits(b));
    !x.is_empty() && x == y
}

/// `true` for "four months" against "four and a half months": a duration one side
/// gives with a fraction word, the other within an eighth of it (a whole number
/// rounding it).
fn rounded_fraction(qt: &crate::extract::Quantity, pair: &Pair, told: &Told) -> bool {
    let fraction = |t: &str| {
        let t = t.to_ascii_lowercase();
        t.contains("half") || t.contains("quarter") || t.contains('½') || t.contains('¼')
    };
    let (m, t) = (pair.mine.0, pair.theirs.0);
    qt.kind == QuantityKind::Duration
        && (fraction(told.mine) || fraction(told.theirs))
        && m > 0.0
        && t > 0.0
        && (m - t).abs() <= m.max(t) / 8.0
}

/// Why one person's ages a year or two apart are a warning when an article tells that
/// the person died: the age at death is given in every article, and no birthday or later
/// stage of the story moves it.
const AGE_AT_DEATH: &str = "the person died, and an age at death does not change with \
     a birthday or a later stage of the story";

/// Why one person's ages a year apart are a warning when the articles were written at
/// the same stage of their story ([`same_stage`]).
const SAME_STAGE: &str = "the articles tell of the same stage of the story (no plea, trial \
     or sentencing, no look back, the days they name within a month), too close together \
     for a birthday between them";

/// `true` when this article and every other article of the pair were written at the same
/// stage of their story ([`Written::same_stage`]): read from their whole texts.
fn same_stage(cx: &Context, a: &crate::extract::Analysis, docs: &[&str]) -> bool {
    use crate::resolve::written::Written;
    let none = Written::default();
    let indices = || std::iter::once(cx.view.base).chain(cx.view.overlay);
    let theirs = docs
        .iter()
        .map(|d| indices().find_map(|ix| ix.dates.written.get(*d)).unwrap_or(&none));
    Written::of(&a.doc.clean).same_stage(theirs)
}

/// Why one person's ages a year apart are a warning when the articles read as early
/// reports of their event ([`early_reports`]) though not every one says so.
const EARLY_AGES: &str = "the articles read as reports of the first days after the event, \
     too close together for a birthday between them";

/// `true` when the articles of a pair read as early reports of their event: none opens
/// as a follow-up (a month, a year, a court stage, "last month") and one at least puts
/// the event on a weekday or "today" ([`crate::resolve::dates::Opening`]).
fn early_reports(cx: &Context, a: &crate::extract::Analysis, docs: &[&str]) -> bool {
    use crate::resolve::dates::{opening, Opening};
    let indices = || std::iter::once(cx.view.base).chain(cx.view.overlay);
    let follow_up = |d: &str| indices().any(|ix| ix.dates.follow_up.contains(d));
    let fresh = |d: &str| indices().any(|ix| ix.dates.fresh.contains(d));
    let mine = opening(a);
    !docs.is_empty()
        && mine != Opening::FollowUp
        && !docs.iter().any(|d| follow_up(d))
        && (mine == Opening::FirstDays || docs.iter().any(|d| fresh(d)))
}

/// Why two values of a running count (a toll, the hurt, the shot, arrests) are no
/// conflict when this article or one giving the other value is undated: such a count
/// changes as a story goes on (the hurt die, the missing are found, more are charged),
/// and without the days either value may be the later. Dated, a later lower toll stays a
/// conflict, and so does a lower one in a new article (the latest); so does a slip no
/// update makes (digits transposed, a tenfold scale).
fn unordered_running_count(
    cx: &Context,
    a: &crate::extract::Analysis,
    qt: &crate::extract::Quantity,
    pair: &Pair,
) -> Option<&'static str> {
    let why = match qt.predicate.as_deref()? {
        "detained" | "charged" => "arrests grow as a story goes on, and no dates order the articles",
        "killed" | "injured" | "shot" | "hospitalised" | "critical" | "missing" => {
            "possibly an update: a toll changes as a story goes on, and no dates order the \
             articles"
        }
        _ => return None,
    };
    let undated = a.doc.published.is_none()
        || pair.docs.iter().any(|d| cx.view.base.dates.published(d).is_none());
    // A new article checked against the corpus is the latest: a count lower than the
    // corpus's did not grow into it.
    let lower = pair.mine.1 < pair.theirs.0;
    let latest_lower = cx.view.overlay.is_some() && a.doc.published.is_none() && lower;
    (undated && !latest_lower && !slip(pair.mine, pair.theirs)).then_some(why)
}

/// `true` when two exact whole values differ as a slip does, not as an update: the same
/// digits in another order (124 and 214) or one ten, a hundred or a thousand times the
/// other (the smaller at least 2).
fn slip(a: Interval, b: Interval) -> bool {
    let whole = |i: Interval| (i.0 == i.1 && i.0.fract() == 0.0 && i.0 >= 1.0).then_some(i.0);
    let (Some(x), Some(y)) = (whole(a), whole(b)) else {
        return false;
    };
    let (lo, hi) = (x.min(y), x.max(y));
    let scaled = lo >= 2.0 && [10.0, 100.0, 1000.0].iter().any(|k| lo * k == hi);
    // How many times each digit occurs (whole values below 2^53 are exact in a u64).
    let digits = |v: f64| {
        let (mut n, mut d) = (v as u64, [0u8; 10]);
        while n > 0 {
            d[(n % 10) as usize] += 1;
            n /= 10;
        }
        d
    };
    scaled || (10.0..9.0e15).contains(&lo) && hi < 9.0e15 && digits(lo) == digits(hi)
}

/// `true` when the claim's figure only grows as a story goes on (a toll, arrests).
fn cumulative(q: &crate::extract::Quantity) -> bool {
    let is = |w: &Option<String>| {
        w.as_deref()
            .is_some_and(|w| w.split(' ').any(crate::lexicon::events::cumulative))
    };
    is(&q.predicate) || is(&q.noun)
}

/// The message of an update or a stale figure.
fn update_message(x: &crate::extract::Quantity, mine: &str, theirs: &str, why: &str) -> String {
    format!("{}: {} here, {} elsewhere: {why}", describe(x), q(mine), q(theirs))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{flags, quiet};
    use super::META;

    const STORM: &[&str] = &[
        "Storm Hits Coast\nThe storm killed 14 people in Dunmere on Friday, officials said.\n",
        "Clean-up Begins\nResidents of Dunmere buried the 14 people the storm killed.\n",
    ];

    #[test]
    fn flags_a_value_that_cannot_be_true_too() {
        flags(&META, STORM, "The storm killed 40 people in Dunmere.", "40");
    }

    #[test]
    fn quiet_on_a_compatible_value() {
        quiet(&META, STORM, "The storm killed at least 12 people in Dunmere.");
    }

    const PLAN: &[&str] = &[
        "Harbour Plan Unveiled\nThe plan includes €4.5bn of port investment, the council said.\n",
        "Council Backs Plan\nTotal spending would reach €21.3bn, the council said.\n",
    ];

    #[test]
    fn a_sum_in_another_scale_conflicts() {
        flags(&META, PLAN, "It includes €450 million of port investment.", "450 million");
    }

    #[test]
    fn two_sums_of_one_story_are_not_compared() {
        // The investment and the total, and a fine of another kind.
        quiet(&META, PLAN, "The court imposed a €2m fine on the contractor.");
        quiet(&META, PLAN, "Total spending would reach about €21bn.");
    }

    #[test]
    fn a_share_as_a_fraction_is_compared_with_a_percentage() {
        let corpus = &["Flood Toll\nAbout 60% of the flats were flooded, the mayor said.\n"];
        flags(&META, corpus, "A third of the flats were flooded.", "A third");
        quiet(&META, corpus, "Nearly two-thirds of the flats were flooded.");
    }

    #[test]
    fn two_peoples_bonds_are_not_compared() {
        let corpus = &["Bail Set\nBail for Arlo Venn was set at $50,000 on Friday.\n"];
        quiet(&META, corpus, "Bail for Tomas Ridley was set at $500,000.");
    }

    #[test]
    fn a_count_of_things_takes_the_participle_after_it() {
        let corpus = &["Clinics Open\nOfficials said 14 field clinics had been opened.\n"];
        flags(&META, corpus, "In all, 41 field clinics had been opened.", "41");
        quiet(&META, corpus, "In all, 41 field clinics had been planned.");
        // A light verb says nothing of what is counted.
        let corpus = &["Raids End\nTwo arrests were made after the raid, police said.\n"];
        quiet(&META, corpus, "They made 15 arrests over the festival weekend.");
    }

    const SHOOTING: &[&str] = &[
        "Dunmere Shooting\nFive people were wounded in a shooting in Dunmere \
         on Friday night, police said.\n",
    ];

    #[test]
    fn a_graded_part_of_the_wounded_is_not_the_total() {
        quiet(&META, SHOOTING, "Two people were critically wounded in Dunmere.");
        flags(&META, SHOOTING, "Eight people were wounded in Dunmere.", "Eight");
    }

    #[test]
    fn the_first_of_a_group_is_not_the_total() {
        let article = "One person was hurt in a fight in Dunmere, and the conditions of the \
                       four others who were shot are not known.";
        quiet(&META, SHOOTING, article);
    }

    #[test]
    fn the_shot_beside_the_dead_is_not_compared() {
        let corpus = &["Dunmere Shooting\nFive people were shot in Dunmere, police said.\n"];
        quiet(&META, corpus, "Police: 4 shot, 1 dead in Dunmere");
    }

    #[test]
    fn a_toll_that_may_count_an_unborn_child_is_not_compared() {
        let corpus = &["Dunmere Shooting\nThe gunman killed three people in Dunmere.\n"];
        quiet(&META, corpus, "The gunman killed four people in Dunmere, including an unborn child.");
        quiet(&META, corpus, "A murder-suicide in Dunmere left four people dead.");
    }

    #[test]
    fn another_incident_mentioned_is_not_the_story() {
        quiet(&META, SHOOTING, "About the same time, two people were wounded in Dunmere.");
        quiet(&META, SHOOTING, "In a violent weekend in Dunmere: 9 scenes, 3 dead, 14 wounded.");
    }

    #[test]
    fn a_count_on_another_day_is_another_incident() {
        quiet(&META, SHOOTING, "Seven people were wounded late Sunday night in Dunmere.");
    }

    #[test]
    fn a_correction_of_the_first_report_is_an_update() {
        let article = "Police said four people were wounded in Dunmere, not five as first reported.";
        let f = flags(&META, SHOOTING, article, "four");
        assert_eq!(f.severity, crate::finding::Severity::Info);
    }

    #[test]
    fn an_age_at_a_trial_two_years_on_is_info() {
        let corpus = &["Arrest in Dunmere\nTomas Ridley, 27, was arrested on Friday.\n"];
        let f = flags(&META, corpus, "Tomas Ridley, 29, pleaded guilty to the charges.", "29");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        // Three years on, a trial may still be coming: info.
        let f = flags(&META, corpus, "Tomas Ridley, 30, was sentenced on Monday.", "30");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        // Nine years apart is no stage of the case but a slip.
        let f = flags(&META, corpus, "Tomas Ridley, 37, pleaded guilty to the charges.", "37");
        assert_eq!(f.severity, crate::finding::Severity::Error);
        // Two years apart, both at the arrest: an error.
        let f = flags(&META, corpus, "Tomas Ridley, 29, was arrested on Friday.", "29");
        assert_eq!(f.severity, crate::finding::Severity::Error);
    }

    #[test]
    fn ages_a_year_apart_in_articles_days_apart_conflict() {
        let dated = |day: &str, age: &str| {
            format!("---\ndate: {day}\n---\nArrest in Dunmere\nTomas Ridley, {age}, was arrested on Friday.\n")
        };
        let corpus = &[dated("2026-03-02", "27")];
        let corpus: Vec<&str> = corpus.iter().map(String::as_str).collect();
        // Two days apart: no birthday between them.
        let f = flags(&META, &corpus, &dated("2026-03-04", "28"), "28");
        assert_eq!(f.severity, crate::finding::Severity::Error);
        // Months apart, or undated and a follow-up: a birthday may explain it.
        let f = flags(&META, &corpus, &dated("2026-09-04", "28"), "28");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        let undated = "Arrest in Dunmere\nTomas Ridley, 28, was arrested in the March raid.\n";
        let f = flags(&META, &corpus, undated, "28");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        // Undated, its opening silent on when, against a first days' report: a warning.
        let undated = "Arrest in Dunmere\nTomas Ridley, 28, was arrested.\n";
        let f = flags(&META, &corpus, undated, "28");
        assert_eq!(f.severity, crate::finding::Severity::Warning);
        // Two people's ages are still never compared, dated or not.
        let other = dated("2026-03-04", "28").replace("Tomas", "Anja");
        quiet(&META, &corpus, &other);
    }

    #[test]
    fn the_age_of_one_who_died_does_not_move_with_a_birthday() {
        // A follow-up months on would leave room for a birthday; but the holder died, so
        // the age at death is the same in every article.
        let corpus = &["Shooting in Dunmere\nAna Vos, 19, was killed on Saturday night.\n"];
        let later = "Man Charged\nTomas Rell was charged Monday in the May 3 slaying of \
                     20-year-old Ana Vos.\n";
        let f = flags(&META, corpus, later, "20-year-old");
        assert_eq!(f.severity, crate::finding::Severity::Warning);
        // Told in one article only, it holds for both.
        let corpus = &["Shooting in Dunmere\nAna Vos, 19, was shot on Saturday night.\n"];
        let f = flags(&META, corpus, later, "20-year-old");
        assert_eq!(f.severity, crate::finding::Severity::Warning);
        // The living may have had a birthday: info, as before.
        let corpus = &["Shooting in Dunmere\nTomas Rell, 29, was arrested on Saturday.\n"];
        let later = "Man Charged\nTomas Rell, 30, was charged Monday in the May 3 shooting.\n";
        let f = flags(&META, corpus, later, "30");
        assert_eq!(f.severity, crate::finding::Severity::Info);
    }

    #[test]
    fn ages_a_year_apart_in_two_first_day_reports_conflict() {
        let corpus = &["Shooting in Dunmere\nTomas Ridley, 27, was shot on Saturday night.\n"];
        let first = "Man Shot\nTomas Ridley, 28, was shot Saturday night in Dunmere.\n";
        let f = flags(&META, corpus, first, "28");
        assert_eq!(f.severity, crate::finding::Severity::Error);
        // A follow-up months on (a month named, a trial): a birthday may fall between.
        for later in [
            "Man Charged\nTomas Ridley, 28, was charged Monday in the May 3 shooting.\n",
            "Trial Opens\nThe trial of Tomas Ridley, 28, opened on Monday in Dunmere.\n",
        ] {
            let f = flags(&META, corpus, later, "28");
            assert_eq!(f.severity, crate::finding::Severity::Info, "{later}");
        }
        // An opening that says nothing of when, beside a first days' report and no
        // follow-up: most likely days apart too, but only one says so: a warning.
        let plain = "Man Shot\nTomas Ridley, 28, was shot in Dunmere, police said.\n";
        let f = flags(&META, corpus, plain, "28");
        assert_eq!(f.severity, crate::finding::Severity::Warning);
        // Publication days months apart outweigh the openings.
        let dated = |day: &str, text: &str| format!("---\ndate: {day}\n---\n{text}");
        let corpus = &[dated("2026-03-02", corpus[0])];
        let corpus: Vec<&str> = corpus.iter().map(String::as_str).collect();
        let f = flags(&META, &corpus, &dated("2026-09-04", first), "28");
        assert_eq!(f.severity, crate::finding::Severity::Info);
    }

    #[test]
    fn ages_a_year_apart_at_one_stage_of_the_story_conflict() {
        use crate::finding::Severity;
        // Both tell of the arrest and name days within a week: no room for a birthday.
        let corpus = &["Two Charged\nPolice arrested Oren Valk, 23, on Friday in the March 4 \
                        shooting in Dunmere.\n"];
        let court = "Court Date Set\nOren Valk, 24, appeared in court on Tuesday, March 8, \
                     and is due back March 29.\n";
        let f = flags(&META, corpus, court, "24");
        assert_eq!(f.severity, Severity::Warning);
        assert!(f.message.contains("same stage"), "{}", f.message);
        // A plea, a look back, or days two months apart: a birthday may fall between.
        for later in [
            "Plea Entered\nOren Valk, 24, pleaded guilty on Tuesday, March 8.\n",
            "Charges Filed\nOren Valk, 24, was charged on March 8 in the shooting last year.\n",
            "Charges Filed\nOren Valk, 24, was named on May 12 in the March 4 shooting.\n",
        ] {
            let f = flags(&META, corpus, later, "24");
            assert_eq!(f.severity, Severity::Info, "{later}");
        }
        // An article that names no day says nothing of how far it is from the other.
        let f = flags(&META, corpus, "Man Named\nOren Valk, 24, faces charges.\n", "24");
        assert_eq!(f.severity, Severity::Info);
    }

    #[test]
    fn an_age_by_a_shared_surname_alone_may_be_either_persons() {
        let corpus = &["Two Hurt\nKari Oehlund, 52, was shot in the arm, her brother said.\n"];
        let article = "Marten Oehlund was shot dead in Dunmere. Police said Oehlund, 57, was \
                       a surveyor.";
        quiet(&META, corpus, article);
        // One bearer: the surname alone is hers.
        let corpus = &["Two Hurt\nKari Oehlund, 52, was shot in the arm, her brother said.\n"];
        let article = "Kari Oehlund was hurt. Police said Oehlund, 57, was a surveyor.";
        flags(&META, corpus, article, "57");
    }

    #[test]
    fn a_toll_one_apart_when_the_attacker_died_is_info() {
        // Dated the same day, so that no update explains the pair.
        let dated = |body: &str| format!("Dunmere Attack\n\nDUNMERE, Oct 9 (Wire) - {body}");
        let corpus = &["Dunmere Shooting\n\nDUNMERE, Oct 9 (Wire) - The attack killed 12 people \
                        in Dunmere on Thursday, police said.\n"];
        let article = dated("The attack killed 13 people in Dunmere. The gunman was shot dead by police.");
        let f = flags(&META, corpus, &article, "13");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        let article = dated("A total of 13 people were killed in Dunmere. The gunman killed himself.");
        let f = flags(&META, corpus, &article, "13");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        // The attacker alive, or two apart: an error.
        let article = dated("The gunman shot and killed 13 people in Dunmere on Thursday.");
        let f = flags(&META, corpus, &article, "13");
        assert_eq!(f.severity, crate::finding::Severity::Error);
        let article = dated("The attack killed 14 people in Dunmere. The gunman was shot dead.");
        let f = flags(&META, corpus, &article, "14");
        assert_eq!(f.severity, crate::finding::Severity::Error);
        // The other article says he died: its toll may count him.
        let corpus = &["Dunmere Shooting\n\nDUNMERE, Oct 9 (Wire) - The attack killed 13 people \
                        in Dunmere on Thursday. The gunman then killed himself.\n"];
        let article = dated("The gunman shot and killed 12 people in Dunmere on Thursday.");
        let f = flags(&META, corpus, &article, "12");
        assert_eq!(f.severity, crate::finding::Severity::Info);
    }

    #[test]
    fn a_whole_number_of_months_beside_a_half_is_info() {
        let corpus = &["Ex-Aide Freed\nTomas Ridley served four months in prison in Dunmere.\n"];
        let article = "Tomas Ridley served four and a half months in prison in Dunmere.";
        let f = flags(&META, corpus, article, "four and a half");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        let article = "Tomas Ridley served nine months in prison in Dunmere.";
        let f = flags(&META, corpus, article, "nine");
        assert_eq!(f.severity, crate::finding::Severity::Error);
    }

    #[test]
    fn undated_counts_of_arrests_are_info() {
        let corpus = &["Raid in Dunmere\nPolice arrested two men after the raid in Dunmere.\n"];
        let f = flags(&META, corpus, "Police arrested four men after the raid in Dunmere.", "four");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        // Dated, a later lower toll is an error.
        let corpus = &["Raid in Dunmere\n\nDUNMERE, Oct 9 (Wire) - The raid in Dunmere on \
                        Thursday killed four men, police said on Friday morning.\n"];
        let article = "Raid Inquiry\n\nDUNMERE, Oct 12 (Wire) - The raid in Dunmere on Thursday \
                       killed two men, police said after the inquiry opened.";
        let f = flags(&META, corpus, article, "two men");
        assert_eq!(f.severity, crate::finding::Severity::Error);
    }

    #[test]
    fn undated_tolls_that_differ_are_a_possible_update() {
        let corpus = &["Dunmere Shooting\nThe shooting in Dunmere killed two men.\n"];
        let f = flags(&META, corpus, "The shooting in Dunmere killed three men.", "three");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        assert!(f.message.contains("possibly an update"), "{}", f.message);
        let corpus = &["Dunmere Shooting\nFour people were wounded in Dunmere.\n"];
        let f = flags(&META, corpus, "Six people were wounded in Dunmere.", "Six");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        // A new article, the latest, lower than the corpus: no update makes it.
        let f = flags(&META, corpus, "Two people were wounded in Dunmere.", "Two");
        assert_eq!(f.severity, crate::finding::Severity::Error);
        // In a scan, undated, either may be the later.
        let found = scanned_severities(&[
            "Dunmere Shooting\nFour people were wounded in Dunmere.\n",
            "Dunmere Shooting\nTwo people were wounded in Dunmere.\n",
        ]);
        assert_eq!(found, [crate::finding::Severity::Info]);
        // A slip no update explains stays an error: transposed digits, a tenfold scale.
        let corpus = &["Dunmere Storm\nThe storm killed 14 people in Dunmere.\n"];
        let f = flags(&META, corpus, "The storm killed 41 people in Dunmere.", "41");
        assert_eq!(f.severity, crate::finding::Severity::Error);
        let f = flags(&META, corpus, "The storm killed 140 people in Dunmere.", "140");
        assert_eq!(f.severity, crate::finding::Severity::Error);
        // Not a running count: an error undated too.
        let corpus = &["Clinics Open\nOfficials said 14 field clinics had been opened.\n"];
        let f = flags(&META, corpus, "In all, 17 field clinics had been opened.", "17");
        assert_eq!(f.severity, crate::finding::Severity::Error);
    }

    #[test]
    fn undated_tolls_stay_info_even_for_first_days_reports() {
        // Read by hand on real news, undated toll differences between reports of the
        // first days were mostly an early figure, a sub-count or another incident in a
        // round-up (3 of 19 real): a possible update stays `info` whatever the openings.
        for second in [
            "Fair Shooting\nFive people were wounded when shots rang out at the Dunmere fair \
             late Saturday, police said.\n",
            "Fair Shooting\nThe fair reopened last month. Five people were wounded in the \
             shooting at the Dunmere fair, police said.\n",
            "Fair Shooting\nFive people were wounded in the shooting at the Dunmere fair, \
             police said.\n",
        ] {
            let found = scanned_severities(&[
                "Shots at Fair\nThree people were wounded in a shooting at the Dunmere fair on \
                 Saturday night, police said.\n",
                second,
            ]);
            assert_eq!(found, [crate::finding::Severity::Info], "{second}");
        }
    }

    #[test]
    fn a_slip_is_transposed_digits_or_a_scale() {
        use super::slip;
        let v = |x: f64| (x, x, true, true);
        assert!(slip(v(124.0), v(214.0)));
        assert!(slip(v(45.0), v(450.0)));
        assert!(!slip(v(49.0), v(50.0)));
        assert!(!slip(v(1.0), v(10.0)));
        assert!(!slip(v(4.0), v(4.0)));
        assert!(!slip((12.0, f64::INFINITY, false, true), v(21.0)));
    }

    #[test]
    fn the_attacker_died_is_read_from_the_text() {
        use super::attacker_died;
        assert!(attacker_died("Police said the suspect died at the scene."));
        assert!(attacker_died("The shooter then turned the gun on himself."));
        assert!(attacker_died("The gunman was found dead inside."));
        assert!(attacker_died("Officers exchanged gunfire with the suspect, killing him."));
        assert!(attacker_died("Police said a man shot and killed by officers first shot two."));
        assert!(attacker_died("The count: 12 victims plus the suspect."));
        assert!(attacker_died("The suspect and two victims were confirmed dead by medics."));
        assert!(!attacker_died("The gunman killed two people and fled, killing nobody else."));
        assert!(!attacker_died("Two men were killed by a gunman in Dunmere."));
        assert!(!attacker_died("Six people, including two children, were hurt."));
        assert!(!attacker_died("The gunman killed four people and fled."));
        assert!(!attacker_died("The gunman shot dead two guards."));
        assert!(!attacker_died("Dead and wounded lay in the street; the gunman fled."));
    }

    /// The number-conflict findings of a scan of `texts` (ids `a0.txt`, `a1.txt`, …), as
    /// (article, text of the span, articles cited).
    fn scanned(texts: &[&str]) -> Vec<(String, String, usize)> {
        scan_of(texts)
            .into_iter()
            .map(|f| (f.span.doc.clone(), f.span.text.clone(), f.evidence.len()))
            .collect()
    }

    /// The severities of the number-conflict findings of a scan of `texts`.
    fn scanned_severities(texts: &[&str]) -> Vec<crate::finding::Severity> {
        scan_of(texts).into_iter().map(|f| f.severity).collect()
    }

    /// The number-conflict findings of a scan of `texts` (ids `a0.txt`, `a1.txt`, …).
    fn scan_of(texts: &[&str]) -> Vec<crate::Finding> {
        let mut c = crate::Corpus::new();
        for (i, t) in texts.iter().enumerate() {
            c.add(crate::Document::text(format!("a{i}.txt"), *t));
        }
        c.scan().into_iter().filter(|f| f.rule == META.id).collect()
    }

    #[test]
    fn a_scan_reports_the_odd_article_once() {
        let found = scanned(&[
            "Storm Hits Coast\nThe storm killed 14 people in Dunmere on Friday.\n",
            "Clean-up Begins\nThe storm killed 14 people in Dunmere, officials said.\n",
            "Mourning in Dunmere\nThe storm killed 41 people in Dunmere.\n",
        ]);
        assert_eq!(found, vec![("a2.txt".to_string(), "41 people".to_string(), 2)]);
        // One against one, undated: reported once, on the article whose id sorts last.
        let found = scanned(&[
            "Storm Hits Coast\nThe storm killed 14 people in Dunmere on Friday.\n",
            "Mourning in Dunmere\nThe storm killed 41 people in Dunmere.\n",
        ]);
        assert_eq!(found, vec![("a1.txt".to_string(), "41 people".to_string(), 1)]);
    }

    #[test]
    fn one_disagreement_told_twice_in_an_article_is_one_finding() {
        // The odd article gives the age in two sentences: one finding, both statements
        // its evidence beside the other article's.
        let found = scan_of(&[
            "Shooting in Dunmere\nAna Vos, 19, was killed on Saturday night.\n",
            "Vigil Held\nFriends remembered Ana Vos, 21, on Sunday. Ana Vos, 21, had \
             moved to Dunmere in May.\n",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        let f = &found[0];
        assert_eq!((f.span.doc.as_str(), f.span.text.as_str()), ("a1.txt", "21"));
        let cited: Vec<_> = f.evidence.iter().map(|e| (e.doc.as_str(), e.text.as_str())).collect();
        assert!(cited.contains(&("a0.txt", "19")), "{cited:?}");
        assert!(cited.contains(&("a1.txt", "21")), "{cited:?}");
    }

    #[test]
    fn a_repeated_first_report_is_a_superseded_figure() {
        let corpus = &["Man Charged\nPolice said four people were wounded in Dunmere, \
                        not five as first reported.\n"];
        let f = flags(&META, corpus, "Five people were wounded in Dunmere.", "Five");
        assert!(f.message.contains("superseded"), "{}", f.message);
    }

    #[test]
    fn the_shot_and_the_wounded_differ_by_the_dead() {
        let corpus = &["Dunmere Shooting\nPolice said five people were wounded in Dunmere.\n"];
        quiet(&META, corpus, "One man was killed in Dunmere. Four people were wounded.");
        flags(&META, corpus, "One man was killed in Dunmere. Seven people were wounded.", "Seven");
    }

    #[test]
    fn the_wounded_beside_the_same_dead_in_both_differ() {
        // Both articles count the wounded apart from the one dead: 4 and 3 disagree.
        let corpus = &["Dunmere Shooting\nOne man was killed and three people were wounded in \
                        Dunmere, police said.\n"];
        flags(&META, corpus, "One man was killed in Dunmere. Four people were wounded.", "Four");
    }

    #[test]
    fn an_age_by_the_surname_alone_beside_two_bearers_is_either_persons() {
        // The article names both Oehlunds, then gives an age by the surname alone.
        let found = scanned(&[
            "Two Shot\nHis sister said her brother, 57-year-old Marten Oehlund, was killed and \
             that his wife, 52-year-old Kari Oehlund, was shot in the shoulder.\n",
            "Victims Named\nHis sister said his wife, 52-year-old Kari Oehlund, was shot in the \
             shoulder and is expected to recover.\n",
            "Remembering Them\nKari Oehlund was hurt. Marten Oehlund died at the scene. \
             Oehlund, 57, was a land surveyor, his sister said.\n",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // The full name at the age: his, and compared.
        let found = scanned(&[
            "Two Shot\nHis sister said her brother, 57-year-old Marten Oehlund, was killed and \
             that his wife, 52-year-old Kari Oehlund, was shot in the shoulder.\n",
            "Remembering Them\nKari Oehlund was hurt. Police said Marten Oehlund, 75, was a \
             land surveyor.\n",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn the_surname_alone_is_read_at_the_age() {
        use super::surname_only;
        let age = |text: &str, at: &str, holder: &str| {
            let start = text.find(at).unwrap();
            let doc = crate::Document::text("t", "Dunmere Hit\nThe storm killed 4 people.");
            let mut q = crate::extract::analyse(doc).quantities.remove(0);
            q.range = start..start + at.len();
            q.holder = Some(holder.to_string());
            surname_only(text, &q)
        };
        assert!(age("At the scene. Oehlund, 57, was a surveyor.", "57", "oehlund|kari"));
        assert!(age("Police named the 57-year-old Oehlund on Friday.", "57-year-old", "oehlund|x"));
        assert!(!age("Marten Oehlund, 57, was a surveyor.", "57", "oehlund|marten"));
        assert!(!age("Lt. Ilse Oehlund, 57, was a surveyor.", "57", "oehlund|ilse"));
        // The surname is compared under the key it was filed under, diacritics folded.
        let key = crate::normalize::translit_key("Mählund");
        assert!(age("At the scene. Mählund, 57, was a surveyor.", "57", &format!("{key}|kari")));
    }

    #[test]
    fn a_bound_at_a_round_figure_agrees_with_the_figure() {
        let corpus = &["Dunmere Shooting\nPolice said 70 shots were fired in Dunmere.\n"];
        quiet(&META, corpus, "Police said more than 70 shots were fired in Dunmere.");
        flags(&META, corpus, "Police said more than 90 shots were fired in Dunmere.", "90");
        let corpus = &["Dunmere Shooting\nPolice said 73 shots were fired in Dunmere.\n"];
        flags(&META, corpus, "Police said more than 73 shots were fired in Dunmere.", "73");
    }

    #[test]
    fn a_fraction_with_its_slash_lost_is_info() {
        let corpus = &["Ex-Aide Dies\nTomas Ridley served four months in prison in Dunmere.\n"];
        let f = flags(&META, corpus, "Tomas Ridley served 412 months in prison in Dunmere.", "412");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        let f = flags(&META, corpus, "Tomas Ridley served 40 months in prison in Dunmere.", "40");
        assert_eq!(f.severity, crate::finding::Severity::Error);
        // A count has no fractions.
        let corpus = &["Clinics Open\nOfficials said 4 field clinics had been opened.\n"];
        let f = flags(&META, corpus, "In all, 412 field clinics had been opened.", "412");
        assert_eq!(f.severity, crate::finding::Severity::Error);
    }

    #[test]
    fn magnitudes_a_few_tenths_apart_are_info() {
        let corpus = &["Quake Hits Dunmere\nThe 5.9-magnitude quake struck Dunmere island.\n"];
        let f = flags(&META, corpus, "The 6.1-magnitude quake struck Dunmere island.", "6.1");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        let f = flags(&META, corpus, "The 7.9-magnitude quake struck Dunmere island.", "7.9");
        assert_eq!(f.severity, crate::finding::Severity::Error);
    }

    #[test]
    fn distances_from_a_place_are_an_error_only_as_a_slip() {
        let corpus = &["Chase Ends\nThe depot is about 15 miles north of Dunmere.\n"];
        let f = flags(&META, corpus, "A driver 50 miles north of Dunmere saw the van.", "50");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        let corpus = &["Quake Hits\nThe epicentre was about 45 km south-east of Dunmere.\n"];
        let f = flags(&META, corpus, "The epicentre was 45 miles south-east of Dunmere.", "45");
        assert_eq!(f.severity, crate::finding::Severity::Error);
    }

    #[test]
    fn digits_and_slashes_are_read_from_the_statements() {
        use super::same_digits;
        assert!(same_digits("45 miles south", "about 45 km south"));
        assert!(same_digits("12 miles", "1.2 miles"));
        assert!(!same_digits("50 miles north", "about 15 miles north"));
        assert!(!same_digits("fifty miles", "fifty km"));
    }

    #[test]
    fn ages_a_year_apart_each_over_a_long_story_are_info() {
        let corpus = &[
            "Four Booked\nVarga Holt, 19, was booked on Friday in Dunmere.\n",
            "Hearing Set\nA date was set for the four, among them Varga Holt, 20, of Dunmere.\n",
        ];
        let f = flags(&META, corpus, "Varga Holt, 21, faces two counts of murder in Dunmere.", "21");
        assert_eq!(f.severity, crate::finding::Severity::Info);
        // Not a run of years: an error.
        let corpus = &[
            "Four Booked\nVarga Holt, 19, was booked on Friday in Dunmere.\n",
            "Hearing Set\nA date was set for the four, among them Varga Holt, 19, of Dunmere.\n",
        ];
        let f = flags(&META, corpus, "Varga Holt, 23, faces two counts of murder in Dunmere.", "23");
        assert_eq!(f.severity, crate::finding::Severity::Error);
    }
}

/// The constructions that hid a claim, each with a case that must stay quiet.
#[cfg(test)]
mod recall {
    use super::super::testing::{flags, quiet};
    use super::META;

    const BRIDGE: &[&str] = &["Bridge Deal Signed\nThe council awarded the €40 million bridge \
                               contract to Harbour Works of Dunmere.\n"];

    #[test]
    fn the_sum_of_a_thing_is_no_part_of_a_group() {
        // "the €4 million contract" names the contract itself; a possessive name says
        // whose time it was, not which event.
        let article = "Quist Looks Back\nThe €4 million bridge contract was the largest of \
                       Mayor Ada Quist's time in office.";
        flags(&META, BRIDGE, article, "4 million");
        quiet(&META, BRIDGE, "Quist Looks Back\nThe €40m bridge contract was the largest.");
    }

    #[test]
    fn a_sum_in_a_rough_range_says_nothing_of_what_it_is() {
        let corpus = &["Striker Talks\nThe striker is seeking a deal in the range of $140 \
                        million, his agent said.\n"];
        quiet(&META, corpus, "The keeper is seeking a deal in the $70 million range.");
    }

    #[test]
    fn an_aside_in_a_relative_clause_stays_in_it() {
        let corpus = &["Takeover Bid\nOn Monday, Harrow Group made a £2.4bn bid for Lindel Foods.\n"];
        let article = "Bid Rejected\nLindel said Harrow's £240 million bid failed to reflect the \
                       value of a firm that has grown its profits in each of the past four years.";
        flags(&META, corpus, article, "240 million");
        // A word after the clause, or before it (its antecedent's), is not the figure's.
        let article = "Pension Costs\nPensions, which take 45% of all spending, have grown \
                       since 2019.";
        flags(&META, PENSIONS, article, "45%");
        let article = "Pension Costs\nThe cut follows last year's budget, in which pensions took \
                       45% of all spending.";
        quiet(&META, PENSIONS, article);
    }

    const PENSIONS: &[&str] = &["Budget Plan\nPensions will absorb about 30% of total spending, \
                                 the ministry said.\n"];

    #[test]
    fn a_fraction_is_a_share_whatever_its_verb() {
        let article = "Budget Day\nPensions, which take nearly half of all spending, will rise \
                       in January.";
        flags(&META, PENSIONS, article, "nearly half");
        quiet(&META, PENSIONS, "Budget Day\nPensions take nearly a third of all spending.");
    }

    const GROWTH: &[&str] = &["Budget Plan\nThe government forecasts growth of 2.1% in 2026.\n"];

    #[test]
    fn a_forecast_for_a_year_is_a_claim_of_that_year() {
        flags(&META, GROWTH, "Rating Kept\nThe government forecasts growth of 2.4% next year.", "2.4%");
        quiet(&META, GROWTH, "Rating Kept\nThe government forecasts growth of 1.8% in 2027.");
        // A past year is another time.
        quiet(&META, GROWTH, "Rating Kept\nGrowth was 2.4% in 2019, the government said.");
    }

    #[test]
    fn the_figures_of_a_day_since_which_a_fire_grew() {
        let corpus = &["Wildfire\nThe fire had burned about 4,800 acres in Cathedral Gulch by \
                        Sunday morning.\n"];
        let article = "Fire Grows\nThe fire has grown since Sunday morning, when it had burned \
                       4,800 hectares.";
        flags(&META, corpus, article, "4,800 hectares");
        quiet(&META, corpus, "Fire Grows\nSince March, fires have burned 40,000 acres in the state.");
    }

    #[test]
    fn a_count_of_votes_is_of_what_it_measures() {
        let corpus = &["Count Ends\nThe Harbour Party's lead over the Hill Party was about \
                        420,000 votes.\n"];
        let article = "Analysis\nIts lead of 4.2 million votes over the Hill Party was wide.";
        flags(&META, corpus, article, "4.2 million");
        // Votes for a party are no lead.
        quiet(&META, corpus, "Analysis\nThe Hill Party won 4.2 million votes.");
    }
}
