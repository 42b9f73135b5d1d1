//! Quotes: direct quotes and who said them.
//!
//! - `marks`: quote marks paired into quotes, paragraph by paragraph;
//! - `grammar`: the speaker named around a quote (`“…,” said X`, `X said: “…”`, …);
//! - `pronoun`: "he" and "she" read as the nearest person who can be meant;
//! - `kind`: which quotes are speech, not a scare quote, a title or a slogan.
//!
//! A quote with no speaker of its own that opens its sentence continues the previous
//! quote of its paragraph, or of the paragraph before when no one else is named in
//! between. Documents ("the statement read") are not speakers. Each quote keeps the
//! [`Pattern`] that found its speaker, so a reader can see why.

mod grammar;
mod kind;
mod marks;
mod pronoun;

use super::{PersonMention, SentenceTokens};
use crate::normalize::fold;
use serde::Serialize;
use std::ops::Range;

/// Who said a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Speaker {
    /// A named person: the full name as the article gives it, and the mention's keys.
    Person {
        name: String,
        surname: String,
        given: Option<String>,
    },
    /// An institution or group ("the US Embassy in Kyiv", "Zelenskyy’s office").
    Group { name: String },
}

impl Speaker {
    /// The speaker's name for messages.
    pub fn name(&self) -> &str {
        match self {
            Speaker::Person { name, .. } | Speaker::Group { name } => name,
        }
    }

    /// The speaker's name, taken out of the speaker.
    pub fn into_name(self) -> String {
        match self {
            Speaker::Person { name, .. } | Speaker::Group { name } => name,
        }
    }
}

/// One direct quote.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Quote {
    /// Clean range of the quoted words, without the quote marks.
    #[serde(with = "crate::serde_helpers::range")]
    pub range: Range<usize>,
    /// The quoted words.
    pub text: String,
    /// The speaker, when the article says who it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Speaker>,
    /// How the speaker was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<Pattern>,
    /// `true` when the closing mark was missing.
    #[serde(default, skip_serializing_if = "crate::serde_helpers::is_false")]
    pub unbalanced: bool,
    /// Index of the sentence the quote starts in.
    pub sentence: usize,
}

/// How a quote's speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pattern {
    /// `“…,” said X` (titles and an apposition allowed).
    VerbSpeaker,
    /// `“…,” X said`, `“…,” X, 81, said`, `“…,” X told Y`.
    SpeakerVerb,
    /// An institution or office: `“…,” the Embassy said`, `wrote The Post`.
    Group,
    /// `X said “…”`, `X told Y: “…”`.
    Intro,
    /// `X of the union repeated her warning: “…”`.
    Colon,
    /// `according to X`.
    According,
    /// `“…” ― X`: a name signed under the quote.
    Signature,
    /// `he said`, `she added`: the subject of this sentence or one just before, or the
    /// last speaker, when the pronoun can mean them.
    Pronoun,
    /// A pronoun read as the nearest person it can mean: not sure.
    PronounNear,
    /// No attribution of its own: the previous quote's speaker goes on.
    Continuation,
    /// The first person the quote's sentence names, with no verb of saying.
    Subject,
}

impl Pattern {
    /// The pattern's name, as `extract` shows it.
    pub fn name(self) -> &'static str {
        match self {
            Pattern::VerbSpeaker => "said-X",
            Pattern::SpeakerVerb => "X-said",
            Pattern::Group => "institution",
            Pattern::Intro => "X-said-before",
            Pattern::Colon => "colon",
            Pattern::According => "according-to",
            Pattern::Signature => "dash-X",
            Pattern::Pronoun => "pronoun",
            Pattern::PronounNear => "pronoun-nearest",
            Pattern::Continuation => "continuation",
            Pattern::Subject => "subject",
        }
    }

    /// `true` when the speaker is sure enough to accuse another article of a wrong one.
    pub fn confident(self) -> bool {
        !matches!(self, Pattern::Subject | Pattern::PronounNear)
    }
}

impl Quote {
    /// The speaker's name, if known.
    pub fn speaker_name(&self) -> Option<String> {
        self.speaker.as_ref().map(|s| s.name().to_string())
    }

    /// The quote's words, normalised for matching: lower case, no diacritics, no
    /// punctuation or quote marks.
    pub fn words(&self) -> Vec<String> {
        normalise_words(&self.text)
    }
}

/// Lower-cased, folded words of a text, punctuation dropped (apostrophes kept inside).
/// Contractions are written out ("I’m" is "i am"), so that they do not count as other words.
/// Words in brackets or parentheses are the writer's ("pick `[Osei]` up", "it (the club)
/// has"), not the speaker's, and are left out.
pub fn normalise_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    normalise_words_each(text, |w| out.push(w.to_string()));
    out
}

/// Calls `each` with every word of [`normalise_words`], in order, none copied: what an
/// index of quotes numbers without a string per word.
pub fn normalise_words_each(text: &str, mut each: impl FnMut(&str)) {
    let folded = join_apostrophes(&drop_brackets(&fold(text)));
    for w in folded
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
    {
        expand_contraction(w, &mut each);
    }
}

/// The text without its bracketed and parenthesised parts.
fn drop_brackets(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['(', '[']) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.into()
}

/// Curly apostrophes made straight, and spaced ones ("I ’ m", "HP ’ s") closed up.
fn join_apostrophes(s: &str) -> String {
    let s = s.replace('’', "'");
    if !s.contains(" ' ") {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(i) = rest.find(" ' ") {
        let after = &rest[i + 3..];
        let suffix = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let glued = matches!(suffix, "s" | "m" | "t" | "re" | "ve" | "ll" | "d")
            && rest[..i].ends_with(char::is_alphanumeric);
        out.push_str(&rest[..i]);
        out.push_str(if glued { "'" } else { " ' " });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Gives a word, with a contraction written out.
fn expand_contraction(w: &str, out: &mut impl FnMut(&str)) {
    let whole: Option<&[&str]> = match w {
        "won't" => Some(&["will", "not"]),
        "can't" => Some(&["can", "not"]),
        "cannot" => Some(&["can", "not"]),
        "let's" => Some(&["let", "us"]),
        "it's" | "that's" | "there's" | "he's" | "she's" | "what's" | "here's" | "who's"
        | "where's" => None,
        _ => {
            // A byte search: the apostrophe is ASCII, and most words have none.
            let apostrophe = w.bytes().position(|b| b == b'\'');
            out(match apostrophe.map(|i| (&w[..i], &w[i + 1..])) {
                Some((a, "m")) => return push2(out, a, "am"),
                Some((a, "re")) => return push2(out, a, "are"),
                Some((a, "ve")) => return push2(out, a, "have"),
                Some((a, "ll")) => return push2(out, a, "will"),
                Some((a, "d")) => return push2(out, a, "would"),
                Some((a, "t")) if a.ends_with('n') => {
                    return push2(out, &a[..a.len() - 1], "not");
                }
                _ => w,
            });
            return;
        }
    };
    match whole {
        Some(ws) => ws.iter().for_each(|s| out(s)),
        None => push2(out, w.trim_end_matches("'s"), "is"),
    }
}

fn push2(out: &mut impl FnMut(&str), a: &str, b: &str) {
    if !a.is_empty() {
        out(a);
    }
    out(b);
}

/// Paragraph ranges from the sentences.
fn paragraphs(sentences: &[SentenceTokens]) -> Vec<Range<usize>> {
    let mut paras: Vec<Range<usize>> = Vec::new();
    let mut last_para = usize::MAX;
    for st in sentences {
        if st.paragraph == last_para {
            if let Some(p) = paras.last_mut() {
                p.end = st.range.end;
            }
        } else {
            paras.push(st.range.clone());
            last_para = st.paragraph;
        }
    }
    paras
}

/// The sentence holding byte `pos`.
fn sentence_at(sentences: &[SentenceTokens], pos: usize) -> Option<usize> {
    sentences
        .partition_point(|s| s.range.start <= pos)
        .checked_sub(1)
}

/// The tokens of `st` that start in `from..to`.
fn tokens_in<'t>(
    st: &SentenceTokens<'t>,
    from: usize,
    to: usize,
) -> &'t [crate::document::tokens::Token] {
    let toks = st.tokens;
    let a = toks.partition_point(|t| t.start < from);
    let b = toks.partition_point(|t| t.start < to).max(a);
    &toks[a..b]
}

/// Words after a quote within which a verb of saying makes the attribution its own.
const MAX_OWN_ATTRIBUTION: usize = 8;

/// Who said quote `qi` of `ranges`, by the grammar around it.
fn attribute(
    doc: &grammar::Doc,
    ranges: &[Range<usize>],
    qi: usize,
) -> (Option<grammar::Found>, bool) {
    let r = &ranges[qi];
    let ss = doc.sentences;
    let (Some(sa), Some(sb)) = (
        sentence_at(ss, r.start),
        sentence_at(ss, r.end.saturating_sub(1).max(r.start)),
    ) else {
        return (None, false);
    };
    let (a, b) = (&ss[sa], &ss[sb]);
    let prev_end = qi.checked_sub(1).map_or(0, |p| ranges[p].end);
    let next_start = ranges.get(qi + 1).map_or(usize::MAX, |n| n.start);
    let before = tokens_in(a, prev_end.max(a.range.start), r.start);
    let opens = !before
        .iter()
        .any(|t| t.kind == crate::document::tokens::Kind::Word);
    if a.heading {
        return (None, opens);
    }
    let mut after = tokens_in(b, r.end, next_start);
    // `“We will win.” Hale said.`: a short sentence of its own right after the quote.
    if !after
        .iter()
        .any(|t| t.kind == crate::document::tokens::Kind::Word)
    {
        if let Some(n) = ss
            .get(sb + 1)
            .filter(|n| n.paragraph == b.paragraph && !n.heading)
        {
            if n.range.end <= next_start && n.tokens.len() <= 8 {
                after = n.tokens;
            }
        }
    }
    // A quote with an attribution of its own ("“…,” he said") never continues another.
    let own = after
        .iter()
        .filter(|t| t.kind == crate::document::tokens::Kind::Word)
        .take(MAX_OWN_ATTRIBUTION)
        .any(|t| doc.is_verb(t));
    let opens = opens && !own;
    let found = doc
        .after(after)
        .or_else(|| doc.before(before))
        .or_else(|| doc.according(before))
        .or_else(|| doc.according(after))
        .or_else(|| doc.subject(a, r));
    (found, opens)
}

/// Extracts the quotes of a document and attributes them.
pub fn extract(text: &str, sentences: &[SentenceTokens], people: &[PersonMention]) -> Vec<Quote> {
    let paras = paragraphs(sentences);
    let ends: Vec<usize> = sentences.iter().map(|s| s.range.end).collect();
    let mut found: Vec<(Range<usize>, bool)> = Vec::new();
    let mut bufs = marks::QuoteBuffers::default();
    for p in &paras {
        marks::find_quotes(text, p.clone(), &ends, &mut bufs, &mut found);
    }
    let ranges: Vec<Range<usize>> = found.iter().map(|(r, _)| r.clone()).collect();
    let doc = grammar::Doc::new(text, sentences, people, ranges);
    let mut out: Vec<Quote> = Vec::with_capacity(found.len());
    // Which quotes are speech ([`kind::is_speech`]), worked out once.
    let mut speech: Vec<bool> = Vec::with_capacity(found.len());
    for (qi, (r, unbalanced)) in found.into_iter().enumerate() {
        let Some(si) = sentence_at(sentences, r.start) else {
            continue;
        };
        let is_speech = kind::is_speech(&text[r.clone()]);
        speech.push(is_speech);
        let (mut who, opens) = attribute(&doc, &doc.quotes, qi);
        if who.is_none() && opens {
            who = continuation(&doc, &out, &r, si);
        }
        // The last speaker a pronoun may mean: a sure speaker of speech (a scare quote's
        // "X called it “a disgrace”" says nothing of who speaks next), as of the sentence
        // the quote ends in.
        if let Some((Speaker::Person { surname, .. }, p)) = &who {
            if p.confident() && is_speech {
                let end = sentence_at(sentences, r.end.saturating_sub(1)).unwrap_or(si);
                *doc.last_speaker.borrow_mut() =
                    Some((crate::normalize::Folded::new(surname), end.max(si)));
            }
        }
        let (speaker, how) = who.map_or((None, None), |(s, p)| (Some(s), Some(p)));
        out.push(Quote {
            text: text[r.clone()].to_string(),
            range: r,
            speaker,
            how,
            unbalanced,
            sentence: sentences[si].index,
        });
    }
    carry_back(&mut out, &paras);
    // Scare quotes, titles and slogans took part in the grammar (they bound the frames
    // of the quotes around them) but are no speech to compare.
    let mut is_speech = speech.into_iter();
    out.retain(|_| is_speech.next().unwrap_or(false));
    out
}

/// A quote left open at the end of its paragraph goes on in the next one ("“…⏎“…,” she
/// said."): when the next paragraph opens with a quote whose speaker is sure, the open
/// quote is theirs.
fn carry_back(out: &mut [Quote], paras: &[Range<usize>]) {
    let para_of = |pos: usize| paras.partition_point(|p| p.start <= pos).saturating_sub(1);
    for i in (0..out.len().saturating_sub(1)).rev() {
        let (q, next) = (&out[i], &out[i + 1]);
        let open = q.unbalanced && q.how.is_none_or(|h| h == Pattern::Continuation);
        let k = para_of(next.range.start);
        let opens_next =
            k == para_of(q.range.start) + 1 && next.range.start <= paras[k].start + MAX_MARK_GAP;
        let sure = next.how.is_some_and(Pattern::confident);
        if open && opens_next && sure {
            out[i].speaker = out[i + 1].speaker.clone();
            out[i].how = Some(Pattern::Continuation);
        }
    }
}

/// Bytes between a paragraph's start and a quote that opens it (the mark and a space).
const MAX_MARK_GAP: usize = 4;

/// A quote that opens its sentence with no attribution of its own continues the previous
/// quote of its paragraph, or of the paragraph before when no one else is named between.
fn continuation(
    doc: &grammar::Doc,
    out: &[Quote],
    r: &Range<usize>,
    si: usize,
) -> Option<grammar::Found> {
    let prev = out.last()?;
    let speaker = prev.speaker.as_ref()?;
    let ss = doc.sentences;
    let here = ss[si].paragraph;
    let said_in = sentence_at(ss, prev.range.end.saturating_sub(1))?;
    let there = ss[said_in].paragraph;
    // The previous quote's attribution clause names its speaker and may name others.
    let from = ss[said_in].range.end.min(r.start);
    if here > there + 1 || doc.other_person_in(from, r.start, speaker) {
        return None;
    }
    Some((speaker.clone(), Pattern::Continuation))
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::extract::analyse;

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let a = analyse(Document::text("t", format!("Headline Here\n{text}")));
        a.quotes
            .iter()
            .map(|q| (q.text.clone(), q.speaker_name()))
            .collect()
    }

    #[test]
    fn attribution_patterns() {
        let v = quotes("“We will rebuild,” said Mayor Ana Ruiz. Governor Tom Hale told reporters: “The dam held.” “It is over,” Hale added.");
        assert_eq!(v[0], ("We will rebuild,".into(), Some("Ana Ruiz".into())));
        assert_eq!(v[1].1.as_deref(), Some("Tom Hale"));
        assert_eq!(v[2].1.as_deref(), Some("Tom Hale"));
    }

    #[test]
    fn split_quotes_and_pronouns() {
        let v =
            quotes("Minister Ana Ruiz arrived late. “We are ready,” she said, “and we will stay.”");
        assert_eq!(v.len(), 2);
        assert!(
            v.iter().all(|(_, s)| s.as_deref() == Some("Ana Ruiz")),
            "{v:?}"
        );
    }

    #[test]
    fn institutions_and_documents() {
        let v = quotes("The Port Authority of Lisbon said on Monday that “traffic is normal.” “We act now,” the statement read.");
        assert_eq!(v[0].1.as_deref(), Some("Port Authority of Lisbon"));
        assert_eq!(v[1].1, None);
    }

    #[test]
    fn unbalanced_quote_does_not_swallow_the_article() {
        let a = analyse(Document::text("t", "Headline Here\nShe said “this never ends. Mayor Ana Ruiz spoke later.\nNext paragraph with “a real quote,” said Tom Hale."));
        assert!(a.quotes[0].unbalanced);
        assert_eq!(a.quotes[0].text, "this never ends.");
        assert!(a.people.iter().any(|p| p.name == "Ana Ruiz"));
        assert!(a.quotes.iter().any(|q| q.text.starts_with("a real quote")
            && q.speaker_name().as_deref() == Some("Tom Hale")));
    }

    #[test]
    fn doubled_apostrophes_are_double_marks() {
        let v = quotes("''We will rebuild the bridge,'' said Mayor Ana Ruiz. ''It held,'' Ms. Ruiz said, ''and it will hold.''");
        assert_eq!(v.len(), 3, "{v:?}");
        assert_eq!(
            v[0],
            (
                "We will rebuild the bridge,".into(),
                Some("Ana Ruiz".into())
            )
        );
        assert_eq!(v[2].0, "and it will hold.");
        // An apostrophe is no mark, nor a single quote inside a double one.
        let v = quotes("''I said, 'Hold the line,''' Tom Hale recalled. Hale's boat sank.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1.as_deref(), Some("Tom Hale"), "{v:?}");
        assert!(v[0].0.ends_with("line,'"), "{v:?}");
    }

    #[test]
    fn closing_mark_opening_a_paragraph_opens() {
        let v = quotes("Readers wrote to us.\n”The river took everything we had.” ― Ana Ruiz\n");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "The river took everything we had.");
    }

    #[test]
    fn appositions_parentheses_and_signatures() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            let q = |s: &str| format!("{open}{s}{close}");
            let v = quotes(&format!(
                "{} Dara Okafor, the attorney general of Westland, one of the states suing the agency, said.",
                q("It is an invasion of our domain,")
            ));
            assert_eq!(v[0].1.as_deref(), Some("Dara Okafor"), "{v:?}");
            let v = quotes(&format!(
                "{} Rep. Tom Hale (R-Ohio), an oversight panel member, said in an interview.",
                q("They would just get them,")
            ));
            assert_eq!(v[0].1.as_deref(), Some("Tom Hale"), "{v:?}");
            let v = quotes(&format!(
                "{} Ruiz campaign spokesman Bran Fellows said on Monday.",
                q("She will be out there every day,")
            ));
            assert_eq!(v[0].1.as_deref(), Some("Bran Fellows"), "{v:?}");
            let v = quotes(&format!(
                "Readers wrote in.\n{} ― Oscar P. Quintana\n",
                q("The river took all we had.")
            ));
            assert_eq!(v[0].1.as_deref(), Some("Oscar P. Quintana"), "{v:?}");
            // A dash and more than a name is no signature.
            let v = quotes(&format!(
                "Readers wrote in.\n{} — and the Mayor Left Town on Friday\n",
                q("The river took all we had.")
            ));
            assert_eq!(v[0].1, None, "{v:?}");
        }
    }

    #[test]
    fn pronoun_after_a_name_the_people_miss() {
        // The subject is a name no person holds: the pronoun is theirs, not sure, and
        // never someone named before it.
        let v = quotes("Mayor Ana Ruiz opened the bridge. Zorvath Quillane, a ferryman, watched it. “It will not last,” he said.");
        assert_eq!(v[0].1.as_deref(), Some("Zorvath Quillane"), "{v:?}");
        let a = analyse(Document::text("t", "Headline Here\nMayor Ana Ruiz opened the bridge. Zorvath Quillane, a ferryman, watched it. \"It will not last,\" he said."));
        assert!(!a.quotes[0].how.unwrap().confident());
    }

    #[test]
    fn subjects_after_an_opening_phrase_and_inside_names() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            let q = |s: &str| format!("{open}{s}{close}");
            // The subject after a phrase of place, not a person named earlier.
            let v = quotes(&format!(
                "Minister Ana Ruiz spoke first. At Brackwell General Hospital, home to the main ward, Dr Lena Osei described the pressure. {} she said.",
                q("Whole families arrive at once,")
            ));
            assert_eq!(v[0].1.as_deref(), Some("Lena Osei"), "{v:?}");
            // "of" inside the words before a name.
            let v = quotes(&format!(
                "Minister Tom Hale spoke first. Bank of Westland Governor Rui Costa said the plan was sound. {} he told reporters.",
                q("The margin for error is small,")
            ));
            assert_eq!(v[0].1.as_deref(), Some("Rui Costa"), "{v:?}");
        }
    }

    #[test]
    fn the_owner_is_not_the_speaker() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            let v = quotes(&format!(
                "Ana Ruiz lost her home. {open}He came to pick her up,{close} said Ana Ruiz’s brother Tom Hale."
            ));
            assert_eq!(v[0].1.as_deref(), Some("Tom Hale"), "{v:?}");
        }
    }

    #[test]
    fn a_surname_alone_opens_the_sentence() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            let v = quotes(&format!(
                "Senator Tom Hale spoke at noon. Governor Rui Costa waved at the crowd. Hale openly admitted that his pick was political. {open}With an eye to the spring,{close} he said."
            ));
            assert_eq!(v[0].1.as_deref(), Some("Tom Hale"), "{v:?}");
        }
    }

    /// Each quote's speaker and whether the pattern that found it is sure.
    fn sure(text: &str) -> Vec<(Option<String>, bool)> {
        let a = analyse(Document::text("t", format!("Headline Here\n{text}")));
        a.quotes
            .iter()
            .map(|q| (q.speaker_name(), q.how.is_some_and(|h| h.confident())))
            .collect()
    }

    #[test]
    fn a_title_then_the_name_between_commas() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            let v = quotes(&format!(
                "{open}We will open the bridge in May,{close} the city spokeswoman, Ana Ruiz, said on Monday."
            ));
            assert_eq!(v[0].1.as_deref(), Some("Ana Ruiz"), "{v:?}");
            let v = quotes(&format!(
                "{open}That was the fairer thing to do,{close} the Harbour Board press secretary, Tom Hale, said."
            ));
            assert_eq!(v[0].1.as_deref(), Some("Tom Hale"), "{v:?}");
            // Someone named in the title is not the speaker.
            let v = quotes(&format!(
                "{open}We will appeal the ruling,{close} the lawyer for Tom Hale, Ana Ruiz, said."
            ));
            assert_ne!(v[0].1.as_deref(), Some("Tom Hale"), "{v:?}");
        }
    }

    #[test]
    fn a_sentence_said_by_someone_is_theirs() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            let v = quotes(&format!(
                "Chief Ada Quist spoke on Friday. Lena Osei is in stable condition at the county hospital, Quist said during a briefing. She added that officers found {open}no sign of a second gunman at the scene{close} on Friday."
            ));
            assert_eq!(v[0].1.as_deref(), Some("Ada Quist"), "{v:?}");
        }
    }

    #[test]
    fn a_scare_quote_makes_no_last_speaker() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            let v = quotes(&format!(
                "Senator Chris Ortiz called the levy {open}a disgrace{close} on Monday. The vote went ahead anyway, and the levy passed after Mayor Ana Ruiz spoke for it. {open}We had no other choice,{close} she said."
            ));
            assert_eq!(v.last().unwrap().1.as_deref(), Some("Ana Ruiz"), "{v:?}");
        }
    }

    #[test]
    fn a_pronoun_goes_back_through_sentences_it_opens() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            // Sentences opened by "she" and a quote of several sentences pass over to the
            // subject before them, not the nearest woman named.
            let v = sure(&format!(
                "Mayor Ana Ruiz thanked Lena Osei for her work. She spoke of the flood. She named the dead. She thanked the crews. {open}We lost too much. We will rebuild,{close} she said."
            ));
            assert_eq!(v[0], (Some("Ana Ruiz".into()), true), "{v:?}");
            // A sentence of someone else stops the chain.
            let v = sure(&format!(
                "Mayor Ana Ruiz thanked the crews. Lena Osei of the water board spoke next. She named the dead. {open}We lost too much,{close} she said."
            ));
            assert_eq!(v[0].0.as_deref(), Some("Lena Osei"), "{v:?}");
        }
    }

    #[test]
    fn a_name_in_an_opening_phrase_is_no_subject() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            let v = quotes(&format!(
                "Tom Hale spoke first. In a Westvale Gazette essay last week, Ana Ruiz said the plan had failed. {open}It will not work in any town,{close} she wrote."
            ));
            assert_eq!(v[0].1.as_deref(), Some("Ana Ruiz"), "{v:?}");
        }
    }

    #[test]
    fn a_name_after_an_article_is_no_subject() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            // "The Hale campaign" is no sentence about Hale.
            let v = sure(&format!(
                "Governor Rui Costa answered Senator Tom Hale on Monday. The Hale campaign had attacked him. {open}I answer to the voters,{close} he said."
            ));
            assert!(!(v[0].0.as_deref() == Some("Tom Hale") && v[0].1), "{v:?}");
        }
    }

    #[test]
    fn a_given_name_alone_is_a_subject() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            let v = sure(&format!(
                "Tom Hale and his wife Delphine watched the count on television. Delphine clapped at every result. {open}Here he comes at last,{close} she said."
            ));
            assert_eq!(v[0], (Some("Delphine".into()), false), "{v:?}");
            // Not for a pronoun of the other gender.
            let v = quotes(&format!(
                "Tom Hale and his wife Delphine watched the count on television. Delphine clapped at every result. {open}Here she comes at last,{close} he said."
            ));
            assert_eq!(v[0].1.as_deref(), Some("Tom Hale"), "{v:?}");
        }
    }

    #[test]
    fn no_older_subject_past_a_sentence_naming_someone() {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            let v = quotes(&format!(
                "Tom Reyes had two parking fines. His great-uncle, David Brack, 56, said he stepped in. {open}I wanted to be a father to him,{close} he said."
            ));
            assert_eq!(v[0].1.as_deref(), Some("David Brack"), "{v:?}");
        }
    }
}
