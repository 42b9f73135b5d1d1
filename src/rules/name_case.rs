//! The `name-case` rule: [`META`] says what it flags; then the check, then its tests.

use super::{q, Context, Rule};
use crate::finding::{Finding, Severity};
use crate::lexicon;
use rustc_hash::FxHashSet as HashSet;

/// See [`META`].
pub struct NameCase;

/// The rule's id, default severity and documentation.
pub const META: super::RuleMeta = super::RuleMeta {
    id: "name-case",
    default_severity: Severity::Warning,
    description: "a name written in lower case where the corpus capitalises it (“zelenskyy”, “Julie S. davis”)",
    doc: "A person or place name written in lower case where the corpus writes it capitalised: \
          “zelenskyy”, “russia’s”, “Julie S. davis”. A lower-case word is flagged when the \
          capitalised form is used alone, mid-sentence, at least twice and at least four times \
          as often, or when it is the surname of a known person that is rarely written in lower \
          case. Common words, roles and calendar words are never flagged, nor a word that an \
          article writes in lower case more than once and never capitalised (its house style \
          for a common noun: “downtown”, “the mafia”), unless it is a known person's surname.",
};

/// A lower-case use is flagged when the capitalised form is used alone, mid-sentence, at
/// least this many times, and at least this many times as often as the lower-case form.
const MIN_CAPITALISED: u32 = 2;
const CAPITALISED_RATIO: u32 = 4;

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// `true` when the text before a word ends in a determiner and at most two lower-case
/// words ("a playful", "the powerful Genovese"): a common noun, not a name written in
/// lower case.
fn after_determiner(before: &str) -> bool {
    let words = before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(4);
    for (i, w) in words.enumerate() {
        if w.ends_with(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
            return false;
        }
        let f = crate::normalize::fold(w);
        // Right after a given name ("the businessman Rajiv malhotra") it is a surname.
        if i == 0 && crate::lexicon::GivenNames::get().is_given_name(&f) {
            return false;
        }
        if matches!(
            f.as_str(),
            "a" | "an" | "the" | "this" | "that" | "his" | "her" | "their" | "its" | "our" | "your" | "my"
        ) {
            return true;
        }
    }
    false
}

/// `true` when the line holding byte `at` has a handle or a hashtag: an embedded post,
/// written in lower case by habit ("police located the car #harbourwatch").
fn social_line(text: &str, at: usize) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let b = &text.as_bytes()[start..end];
    b.windows(2)
        .any(|w| matches!(w[0], b'#' | b'@') && w[1].is_ascii_alphabetic())
}

/// `true` when the text after a word opens with an object ("his", "the"): the word is a
/// verb ("shots strike the van"), not a surname.
fn before_object(after: &str) -> bool {
    let next = after.split_whitespace().next().unwrap_or("");
    matches!(
        crate::normalize::fold(next).as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "my" | "our" | "your" | "him" | "them"
    )
}

impl Rule for NameCase {
    fn meta(&self) -> &'static super::RuleMeta {
        &META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let done = lowercase_parts(cx, out);
        let clean = &cx.target.doc.clean;
        // Words found not to be names, so a word repeated a million times is looked up once.
        let mut not_names: HashSet<&str> = HashSet::default();
        let mut seen = None;
        for w in cx
            .words
            .iter()
            .filter(|w| !w.capitalised && !done.contains(&w.range.start))
        {
            super::count(1);
            if not_names.contains(w.key.as_str()) || never_a_name(&w.key, clean, w.range.start) {
                continue;
            }
            let det = after_determiner(&clean[..w.range.start]);
            let agg = cx.view.word(&w.key);
            let caps = agg.capitalised.mentions;
            let word = &clean[w.range.clone()];
            let span = cx.span(w.range.clone());
            let fixed = capitalise(word);
            let fix = crate::finding::Fix::whole(&span, &capitalise(&span.text));
            let style = house_style(seen.get_or_insert_with(|| styles(cx.words)), &w.key);
            if !det
                && !style
                && caps >= MIN_CAPITALISED
                && agg.lower.mentions * CAPITALISED_RATIO <= caps
            {
                let evidence = cx.evidence(&agg.capitalised.examples, &span);
                let msg = format!(
                    "{} is written in lower case; it is capitalised as a name {} times in the corpus: write {}",
                    q(word), caps, q(&fixed)
                );
                out.push(
                    cx.finding(self, Severity::Warning, msg, fixed, span, evidence)
                        .with_fix(fix),
                );
                continue;
            }
            let Some(e) = surname_of(cx, w, det, agg.lower.mentions) else {
                not_names.insert(w.key.as_str());
                continue;
            };
            let evidence = cx.evidence(&e.agg.all.examples, &span);
            let msg = format!(
                "{} is the surname of {}, written in lower case: write {}",
                q(word),
                e.display(),
                q(&fixed)
            );
            out.push(
                cx.finding(self, Severity::Warning, msg, e.display(), span, evidence)
                    .with_fix(fix),
            );
        }
    }
}

/// The lower-case parts of names the extractor found ("Julie S. davis"): each a
/// warning. Returns where they start, so the word pass skips them.
fn lowercase_parts(cx: &Context, out: &mut Vec<Finding>) -> HashSet<usize> {
    let a = cx.target;
    let mut done = HashSet::default();
    for p in &a.people {
        for r in &p.lowercase_parts {
            let word = &a.doc.clean[r.clone()];
            let span = cx.span(r.clone());
            let agg = cx.view.word(&crate::normalize::fold(word));
            let evidence = cx.evidence(&agg.capitalised.examples, &span);
            let msg = format!(
                "{} is part of the name {}: write {}",
                q(word),
                q(&p.name),
                q(&capitalise(word))
            );
            let fix = crate::finding::Fix::whole(&span, &capitalise(&span.text));
            out.push(
                cx.finding(&NameCase, Severity::Warning, msg, p.name.clone(), span, evidence)
                    .with_fix(fix),
            );
            done.insert(r.start);
        }
    }
    done
}

/// How an article writes each word: lower-case uses, and whether it is ever capitalised
/// mid-sentence. Built once per article, the first time a word needs it.
type Styles<'a> = rustc_hash::FxHashMap<&'a str, (u32, bool)>;

fn styles(words: &[crate::extract::WordUse]) -> Styles<'_> {
    let mut m = Styles::default();
    for w in words {
        let e = m.entry(w.key.as_str()).or_default();
        e.0 += u32::from(!w.capitalised);
        e.1 |= w.capitalised && !w.sentence_start;
    }
    m
}

/// `true` when the article writes `key` in lower case more than once and never with a
/// capital mid-sentence: its house style for a common noun ("downtown", "the mafia"),
/// where a name written in lower case is a slip made once. A person's surname is still
/// checked ([`surname_of`]).
fn house_style(styles: &Styles, key: &str) -> bool {
    styles.get(key).is_some_and(|&(lower, caps)| lower > 1 && !caps)
}

/// `true` for a given name known as one, or a word that is no ordinary English word and
/// that the corpus never writes in lower case ("homicide" is a common word either way).
fn name_like(cx: &Context, g: &str) -> bool {
    crate::lexicon::GivenNames::get().is_given_name(g)
        || !lexicon::is_english_form(g) && cx.view.word(g).lower.mentions == 0
}

/// Common words, roles, calendar words and handles are never names.
fn never_a_name(key: &str, clean: &str, at: usize) -> bool {
    lexicon::is_common_word(key)
        || lexicon::is_role_head(key)
        || key.strip_suffix('s').is_some_and(lexicon::is_role_head)
        || lexicon::is_calendar(key)
        || lexicon::is_english_form(key)
        || social_line(clean, at)
}

/// The known person whose surname the lower-case word `w` is, when it is rarely written
/// in lower case anywhere. Right after the person's given name ("Dawit bekele"), one
/// mention is enough.
fn surname_of(
    cx: &Context,
    w: &crate::extract::WordUse,
    det: bool,
    lower: u32,
) -> Option<crate::resolve::Known> {
    let clean = &cx.target.doc.clean;
    let word = &clean[w.range.clone()];
    let before = clean[..w.range.start].trim_end();
    let prev = before
        .rsplit(char::is_whitespace)
        .next()
        .map(crate::resolve::names::given_key)
        .unwrap_or_default();
    let e = cx
        .view
        .entities(&crate::normalize::translit_key(word))
        .into_iter()
        .filter(|e| {
            // "two capitol police officers" after "Two Capitol": a number or a common
            // word before it is no given name.
            let after_given = e.givens.contains(&prev) && name_like(cx, &prev);
            // A person by a known given name ("Harbour Square", "Port Ellery" are
            // not), and a word that takes no object ("shots strike the van").
            // A role alone does not make "Two Capitol" or "Homicide Investigators" a
            // person: its first word must be more than an ordinary English word.
            let given_known = e.givens.iter().any(|g| {
                crate::lexicon::GivenNames::get().is_given_name(g)
                    || !e.agg.roles.is_empty() && name_like(cx, g)
            });
            (given_known && !before_object(&clean[w.range.end..]) || after_given)
                && !e.givens.is_empty()
                && (!det || after_given)
                && (e.agg.all.mentions >= MIN_CAPITALISED || after_given)
        })
        .max_by_key(|e| e.agg.all.rank())?;
    (lower < e.agg.all.mentions || e.givens.contains(&prev)).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{flags, quiet};
    use super::META;

    const HARBOUR: &[&str] = &[
        "Ferries Return\nFerries returned to Varnholm on Monday. Mayor Ingrid Brandvold said Varnholm had waited a month.\n",
        "Quay Reopens\nThe quay at Varnholm reopened. Traders in Varnholm said Ingrid Brandvold had kept them informed.\n",
    ];

    #[test]
    fn flags_a_place_written_in_lower_case() {
        flags(&META, HARBOUR, "Crowds gathered in varnholm to watch the ferries.", "varnholm");
    }

    #[test]
    fn flags_a_known_surname_in_lower_case() {
        flags(&META, HARBOUR, "The ferries were late again, brandvold said.", "brandvold");
    }

    #[test]
    fn quiet_on_capitalised_names_and_common_words() {
        quiet(&META, HARBOUR, "Crowds gathered in Varnholm to watch the ferries return.");
    }

    const SURVEY: &[&str] = &[
        "Tremor Felt\nThe Northern Geological Survey recorded the tremor near Varnholm. Ingrid Brandvold said the Survey would report.\n",
        "Aftershock\nThe Survey said a second tremor struck Varnholm. Ingrid Brandvold of the Survey agreed.\n",
    ];

    #[test]
    fn quiet_on_a_word_of_an_organisation_name() {
        quiet(&META, SURVEY, "A survey of residents found most slept through the tremor.");
    }

    #[test]
    fn quiet_on_a_handle_and_a_hashtag() {
        quiet(&META, HARBOUR, "Follow @varnholm and #varnholm for updates on the ferries.");
    }

    #[test]
    fn quiet_on_legal_terms_after_a_letter() {
        let v = crate::extract::analyse(crate::Document::text(
            "t",
            "Charges\nHe faces a Class A misdemeanor and a Level I trauma unit treated him.",
        ));
        assert!(v.people.iter().all(|p| p.lowercase_parts.is_empty()), "{:?}", v.people);
        quiet(&META, HARBOUR, "He faces a Class A misdemeanor, Varnholm police said.");
    }

    #[test]
    fn quiet_on_a_post_a_verb_and_a_non_person() {
        quiet(&META, HARBOUR, "Car found .. varnholm pd located it #varnholmnews");
        let c = &[
            "Church\nThe Rev. Ada Quillby Varrow spoke. Varrow said the church would stay open.\n",
            "Vigil\nThe Rev. Ada Quillby Varrow led prayers. Varrow thanked the city.\n",
        ];
        quiet(&META, c, "He felt the bullets varrow his arm.");
        let c = &[
            "Unit\nHarbour Investigators said the boat was found. Investigators thanked divers.\n",
            "Divers\nHarbour Investigators said the crew was safe.\n",
        ];
        quiet(&META, c, "Call harbour investigators with any tips.");
    }

    #[test]
    fn quiet_on_an_english_word_that_is_also_a_surname() {
        let corpus = &[
            "Hunt Begins\nDetective Mara Hunt led the search. Hunt said the boat was found.\n",
            "Boat Found\nDetective Mara Hunt said the crew was safe. Hunt thanked volunteers.\n",
        ];
        quiet(&META, corpus, "The hunt for the missing boat ended on Tuesday.");
    }

    #[test]
    fn quiet_on_a_common_noun_the_article_always_writes_in_lower_case() {
        // Other outlets capitalise the crime syndicate's name; this one writes it as a
        // common noun, every time.
        let corpus = &[
            "Boss Jailed\nThe old Vorra boss was jailed on Friday. Police said Vorra families had split. The trial showed how Vorra money moved. Members of the Vorra were worried.\n",
        ];
        quiet(&META, corpus, "Police said vorra families had split. Other vorra bosses fled.");
        // Written in lower case once, beside a capital: a slip worth a warning.
        flags(&META, corpus, "Police said vorra families had split. Other Vorra bosses fled.", "vorra");
    }

    #[test]
    fn quiet_when_a_number_or_a_common_word_looks_like_a_given_name() {
        let corpus = &[
            "Officers Hurt\nTwo Marlow police officers were hurt, Sheriff Dana Pell said. Three Marlow officers were there.\n",
            "Harbour Watch\nHarbour Wardens said on Monday the pier was closed. Harbour Wardens spokesman Ivo Trent said so.\n",
        ];
        quiet(&META, corpus, "The gunman shot two marlow police officers before he fled.");
        quiet(&META, corpus, "The harbour wardens said the pier had been closed since the storm.");
    }
}
