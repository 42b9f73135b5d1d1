//! "He said", "she added": the nearest person named before the pronoun whose gender does
//! not contradict it. A person's gender comes from an honorific or a gendered title on
//! any mention of their surname ("Ms. Varga", "spokeswoman Ana Lopes") or from a given name
//! whose gender the given-name lexicon knows; unknown is compatible with both.

use super::grammar::Doc;
use crate::extract::PersonMention;
use crate::lexicon::{given_name_gender, Gender};
use crate::normalize::Folded;
use rustc_hash::FxHashMap as HashMap;

/// How many people back a pronoun may reach.
const MAX_CANDIDATES: usize = 12;
/// How many sentences back the last speaker may be the pronoun's.
const LAST_SPEAKER_SENTENCES: usize = 4;
/// How far back a pronoun may reach, in bytes.
const MAX_BACK: usize = 2500;
/// Sentences whose subject a pronoun may mean: its own and the two before.
const SUBJECT_SENTENCES: usize = 3;
/// Most sentences back a pronoun's subject may be, through sentences opened by the same
/// pronoun and sentences wholly inside quotes.
const MAX_CHAIN: usize = 12;

/// The subject pronoun of a gender.
fn pronoun_of(g: Gender) -> &'static str {
    match g {
        Gender::Male => "he",
        Gender::Female => "she",
    }
}

/// Words of a title that say a person's gender.
#[inline(never)]
fn title_gender(title: &str) -> Option<Gender> {
    if title.is_ascii() {
        return ascii_title_gender(title.as_bytes());
    }
    title.split(|c: char| !c.is_alphabetic()).find_map(|w| {
        if w.is_ascii() {
            ascii_title_gender(w.as_bytes())
        } else {
            gender_word(crate::normalize::Folded::new(w).as_str())
        }
    })
}

/// [`title_gender`] of an ASCII title, its words lowered into a buffer on the stack: a
/// word longer than any gendered one is skipped unread.
fn ascii_title_gender(title: &[u8]) -> Option<Gender> {
    const LONGEST: usize = 16;
    title
        .split(|c| !c.is_ascii_alphabetic())
        .filter(|w| (2..=LONGEST).contains(&w.len()))
        .find_map(|w| {
            let mut buf = [0u8; LONGEST];
            for (d, c) in buf.iter_mut().zip(w) {
                *d = c.to_ascii_lowercase();
            }
            gender_bytes(&buf[..w.len()])
        })
}

/// The gender a word of a title (lower case) says.
fn gender_word(w: &str) -> Option<Gender> {
    gender_bytes(w.as_bytes())
}

/// [`gender_word`] on bytes: byte-string patterns match by length and then byte by byte,
/// with no string compared arm after arm.
fn gender_bytes(w: &[u8]) -> Option<Gender> {
    Some(match w {
        b"mr" | b"mister" | b"sir" | b"lord" | b"king" | b"prince" | b"duke" | b"spokesman"
        | b"congressman" | b"councilman" | b"assemblyman" | b"businessman" | b"chairman"
        | b"father" | b"brother" | b"uncle" | b"son" | b"husband" | b"actor" | b"sheikh" => {
            Gender::Male
        }
        b"mrs" | b"ms" | b"miss" | b"madam" | b"madame" | b"dame" | b"lady" | b"queen"
        | b"princess" | b"duchess" | b"spokeswoman" | b"congresswoman" | b"councilwoman"
        | b"assemblywoman" | b"businesswoman" | b"chairwoman" | b"mother" | b"sister" | b"aunt"
        | b"daughter" | b"wife" | b"actress" | b"widow" => Gender::Female,
        _ => return None,
    })
}

/// What a pronoun stands for.
pub(super) enum Resolved<'d> {
    /// One of the article's people, and whether that is sure.
    Person(&'d PersonMention, bool),
    /// A name the article's people do not hold, at this range: the subject of a
    /// sentence just before; sure when it is the subject of a verb of saying.
    Name(std::ops::Range<usize>, bool),
}

/// The genders the article gives its people: by person (surname and given name), and by
/// surname for a mention with no given name. Keyed by folded words kept inline
/// ([`Folded`]): no string is copied to the heap for a short name.
pub(super) struct Genders {
    /// Folded surname → its gender and given names.
    by_surname: HashMap<Folded, Surname>,
    /// Folded surname and given name → gender; `None` when mentions disagree.
    by_person: HashMap<(Folded, Folded), Option<Gender>>,
}

/// What the article's mentions of one surname say.
#[derive(Default)]
struct Surname {
    /// The surname's gender: `None` when no mention gives one, `Some(None)` when
    /// mentions disagree.
    gender: Option<Option<Gender>>,
    /// The first given name the article gives the surname.
    given: Option<Folded>,
    /// `true` when the article gives the surname another given name too.
    other_given: bool,
}

/// Records a gender; mentions that disagree leave `None`.
fn vote(e: &mut Option<Option<Gender>>, g: Gender) {
    *e = match *e {
        None => Some(Some(g)),
        Some(Some(o)) if o == g => Some(Some(g)),
        Some(_) => Some(None),
    };
}

impl Genders {
    pub fn of(_text: &str, people: &[PersonMention]) -> Genders {
        // Sized once: the maps never grow.
        let n = people.len();
        let mut out = Genders {
            by_surname: HashMap::with_capacity_and_hasher(n, Default::default()),
            by_person: HashMap::with_capacity_and_hasher(n, Default::default()),
        };
        // A mention says what an earlier one with the same surname, given name and title
        // (as written) said: each is read once. Most mentions repeat a name.
        let mut seen: rustc_hash::FxHashSet<(&str, Option<&str>, Option<&str>)> =
            rustc_hash::FxHashSet::with_capacity_and_hasher(n, Default::default());
        for p in people {
            let title = p.title.as_ref().map(|t| t.text.as_str());
            // A surname alone with no title says nothing: an entry of its own would
            // read as no gender, as a missing one does.
            if title.is_none() && p.given.is_none() {
                continue;
            }
            if !seen.insert((p.surname.as_str(), p.given.as_deref(), title)) {
                continue;
            }
            let given = p.given.as_deref().map(Folded::new);
            let g = title
                .and_then(title_gender)
                .or_else(|| given.as_deref().and_then(given_name_gender));
            let surname = Folded::new(&p.surname);
            let e = match out.by_surname.get_mut(surname.as_str()) {
                Some(e) => e,
                None => out.by_surname.entry(surname.clone()).or_default(),
            };
            if let Some(gk) = &given {
                match &e.given {
                    Some(first) => e.other_given |= first != gk,
                    None => e.given = Some(gk.clone()),
                }
            }
            let Some(g) = g else { continue };
            vote(&mut e.gender, g);
            if let Some(gk) = given {
                out.by_person
                    .entry((surname, gk))
                    .and_modify(|e| {
                        if *e != Some(g) {
                            *e = None
                        }
                    })
                    .or_insert(Some(g));
            }
        }
        out
    }

    /// A person's gender, when the article makes it known: their own, else their
    /// surname's, unless the article gives that surname to someone else too.
    pub fn of_person(&self, p: &PersonMention) -> Option<Gender> {
        let surname = Folded::new(&p.surname);
        let e = self.by_surname.get(surname.as_str())?;
        if let Some(gk) = p.given.as_deref().map(Folded::new) {
            if let Some(g) = self.by_person.get(&(surname, gk.clone())) {
                return *g;
            }
            // Another given name for the surname: someone else's gender.
            if e.other_given || e.given.as_ref().is_some_and(|first| *first != gk) {
                return None;
            }
        }
        e.gender.flatten()
    }

    /// The person a pronoun (`he`, `she`, folded) at `pos` stands for, and whether that
    /// is sure: the subject of its sentence or of one of the two before, then the last
    /// speaker, are sure; the nearest other person named is not.
    pub fn resolve<'d>(&self, doc: &'d Doc, pronoun: &str, pos: usize) -> Option<Resolved<'d>> {
        let want = match pronoun {
            "he" | "him" | "his" => Gender::Male,
            "she" | "her" | "hers" => Gender::Female,
            _ => return None,
        };
        let fits = |p: &PersonMention| self.of_person(p).is_none_or(|g| g == want);
        let si = doc
            .sentences
            .partition_point(|s| s.range.start <= pos)
            .checked_sub(1)?;
        // The sentence of the pronoun and the two before it, counting only sentences with
        // words outside quotes (a quote of many sentences is one), and passing over those
        // opened by the same pronoun: "Ana Ruiz spoke. She … She … “…,” she said."
        let mut budget = SUBJECT_SENTENCES;
        let mut k = si + 1;
        while budget > 0 && k > 0 && k + MAX_CHAIN > si {
            k -= 1;
            let Some(first) = doc.first_word_outside(k) else {
                continue;
            };
            let chained = k < si && first.folded(doc.text).as_str() == pronoun_of(want);
            if !chained {
                budget -= 1;
            }
            // "Ana Ruiz is stable, Hale said.": the one who said it, before whom it is about.
            if k < si {
                if let Some(p) = doc.trailing_speaker(k).filter(|p| fits(p)) {
                    return Some(Resolved::Person(p, true));
                }
            }
            match doc.sentence_subject(k, pos) {
                Err((r, said)) => {
                    let first = doc.text[r.clone()].split_whitespace().next().unwrap_or("");
                    if given_name_gender(&Folded::new(first)).is_none_or(|g| g == want) {
                        return Some(Resolved::Name(r, said));
                    }
                }
                Ok(Some(p)) if fits(p) => return Some(Resolved::Person(p, true)),
                Ok(_) => {}
            }
            // A sentence that names someone who fits, not as its subject ("His uncle,
            // Tom Hale, 56, said…"): no subject further back is sure.
            let from = doc.sentences[k].range.start;
            if doc
                .people_before(pos)
                .take_while(|p| p.range.start >= from)
                .any(&fits)
            {
                break;
            }
        }
        let near = || {
            doc.people_before(pos)
                .take(MAX_CANDIDATES)
                .take_while(|p| p.range.end + MAX_BACK >= pos)
        };
        // The last speaker, when they spoke lately.
        if let Some((surname, at)) = doc.last_speaker.borrow().as_ref() {
            if *at + LAST_SPEAKER_SENTENCES >= si {
                if let Some(p) =
                    near().find(|p| fits(p) && Folded::new(&p.surname).as_str() == surname.as_str())
                {
                    return Some(Resolved::Person(p, true));
                }
            }
        }
        near().find(|p| fits(p)).map(|p| Resolved::Person(p, false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_say_gender() {
        assert_eq!(title_gender("Ms."), Some(Gender::Female));
        assert_eq!(title_gender("spokesman"), Some(Gender::Male));
        assert_eq!(title_gender("Secretary of State"), None);
        assert_eq!(title_gender("Former Congresswoman"), Some(Gender::Female));
        assert_eq!(title_gender("Señor Spokesman"), Some(Gender::Male));
        assert_eq!(title_gender("Señora"), None);
        // Words are whole: a longer word holding a gendered one says nothing.
        assert_eq!(title_gender("Vice-Chairwoman"), Some(Gender::Female));
        assert_eq!(
            title_gender("the deputy chief spokesman"),
            Some(Gender::Male)
        );
        assert_eq!(title_gender("Spokesmanship adviser"), None);
        assert_eq!(title_gender("xxxxxxxxxxxxxxxxspokesman"), None);
        assert_eq!(title_gender("M"), None);
        assert_eq!(title_gender("Ana’s husband"), Some(Gender::Male));
        assert_eq!(title_gender("Müller’s widow"), Some(Gender::Female));
    }
}
