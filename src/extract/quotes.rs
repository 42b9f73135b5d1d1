//! Quotes: direct quotes and who said them.
//!
//! Quote marks: curly “…”, straight "…", guillemets «…», and curly single ‘…’. A closing
//! mark written where an opening one belongs (`stating,”As the …`) opens. A quote left
//! open closes at the end of its sentence, so an unbalanced mark never swallows the rest
//! of the article; paragraphs are read independently.
//!
//! Attribution, within the quote's sentence: "X said “…”", "“…,” said X", "“…,” X said",
//! "X told reporters", "according to X", "X stated, “…”", "in a post on X, Y wrote",
//! "X’s office said"; a pronoun ("he said") stands for the last person named before it;
//! a quote split by its attribution ("“…,” he said, “…”") keeps one speaker; institutions
//! ("the US Embassy in Kyiv") speak too. Documents ("the statement read") are not
//! speakers: such quotes have no speaker.

use super::{PersonMention, SentenceTokens};
use crate::document::tokens::{Kind, Token};
use crate::lexicon;
use crate::normalize::{fold, is_possessive, strip_possessive};
use serde::Serialize;
use std::ops::Range;

/// Who said a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
}

/// One direct quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// Clean range of the quoted words, without the quote marks.
    pub range: Range<usize>,
    /// The quoted words.
    pub text: String,
    /// The speaker, when the article says who it is.
    pub speaker: Option<Speaker>,
    /// `true` when the closing mark was missing.
    pub unbalanced: bool,
    /// Index of the sentence the quote starts in.
    pub sentence: usize,
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
pub fn normalise_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn closing_for(open: char) -> &'static [char] {
    match open {
        '“' => &['”', '"'],
        '"' => &['"', '”'],
        '«' => &['»'],
        '‘' => &['’'],
        '„' => &['“', '”'],
        _ => &['”'],
    }
}

/// Subjects that are documents, not speakers.
const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "report",
    "reports",
    "document",
    "documents",
    "letter",
    "post",
    "release",
    "article",
    "poll",
    "survey",
    "study",
    "plan",
    "proposal",
    "draft",
    "text",
    "message",
    "communique",
    "memo",
    "filing",
    "website",
    "headline",
    "it",
    "this",
    "that",
    "which",
];

/// Words that turn a person into their institution: "X’s office said".
const PROXY_NOUNS: &[&str] = &[
    "office",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aides",
    "team",
    "campaign",
    "administration",
    "government",
    "ministry",
    "lawyer",
    "lawyers",
];

fn is_open_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':' | ',' | '“' | '"')
    })
}

/// Finds quote ranges in a paragraph. `sentence_ends` are the clean offsets where
/// sentences end, for closing unbalanced quotes. Returns (inner range, unbalanced).
fn find_quotes(
    text: &str,
    para: Range<usize>,
    sentence_ends: &[usize],
) -> Vec<(Range<usize>, bool)> {
    let s = &text[para.clone()];
    let chars: Vec<(usize, char)> = s.char_indices().map(|(i, c)| (i + para.start, c)).collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (pos, c) = chars[k];
        let prev = if k > 0 { Some(chars[k - 1].1) } else { None };
        let next = chars.get(k + 1).map(|x| x.1);
        let opens = match c {
            '“' | '«' | '„' => true,
            '"' => {
                is_open_context(prev)
                    || prev.is_some_and(|p| p == ',')
                    || next.is_some_and(char::is_alphanumeric)
                        && prev.is_none_or(|p| !p.is_alphanumeric())
            }
            // A closing mark glued to a word after punctuation opens: `stating,”As`.
            '”' => {
                prev.is_some_and(|p| matches!(p, ',' | ':'))
                    && next.is_some_and(char::is_alphanumeric)
            }
            '‘' => is_open_context(prev) && next.is_some_and(char::is_alphanumeric),
            _ => false,
        };
        if !opens {
            k += 1;
            continue;
        }
        let start = pos + c.len_utf8();
        let closers = closing_for(c);
        // The end of the sentence the quote opens in, as a fallback.
        let fallback = sentence_ends
            .iter()
            .copied()
            .find(|&e| e > start)
            .unwrap_or(para.end)
            .min(para.end);
        let mut j = k + 1;
        let mut close = None;
        while j < chars.len() {
            let (p, d) = chars[j];
            if closers.contains(&d) {
                // A single closing ’ inside a word is an apostrophe.
                let after = chars.get(j + 1).map(|x| x.1);
                if d == '’' && after.is_some_and(char::is_alphabetic) {
                    j += 1;
                    continue;
                }
                close = Some((p, j));
                break;
            }
            // Straight quotes: a new opening “ before any close means ours was unbalanced.
            if c == '"' && d == '“' {
                break;
            }
            j += 1;
        }
        match close {
            Some((p, j2)) => {
                if p > start {
                    out.push((start..p, false));
                }
                k = j2 + 1;
            }
            None => {
                // Unbalanced: close at the end of the sentence and read on from there.
                let end = fallback.max(start);
                if end > start {
                    out.push((start..end, true));
                }
                while k < chars.len() && chars[k].0 < end {
                    k += 1;
                }
                k = k.max(1);
            }
        }
    }
    out
}

struct Doc<'a> {
    text: &'a str,
    sentences: &'a [SentenceTokens],
    people: &'a [PersonMention],
}

fn person_speaker(p: &PersonMention) -> Speaker {
    Speaker::Person {
        name: p.full_name(),
        surname: p.surname.clone(),
        given: p.given.clone(),
    }
}

/// Clean the name of an institution: drop a leading article.
fn group_name(s: &str) -> String {
    let t = s.trim();
    for art in ["The ", "the "] {
        if let Some(r) = t.strip_prefix(art) {
            return r.to_string();
        }
    }
    t.to_string()
}

impl Doc<'_> {
    /// The last person named before `pos`, outside quotes.
    fn last_person_before(&self, pos: usize, quotes: &[Range<usize>]) -> Option<&PersonMention> {
        self.people
            .iter()
            .rev()
            .find(|p| p.range.end <= pos && !quotes.iter().any(|q| q.contains(&p.range.start)))
    }

    /// The subject that ends right before token `v` (a speech verb) in sentence `st`.
    fn subject_before(
        &self,
        st: &SentenceTokens,
        v: usize,
        quotes: &[Range<usize>],
    ) -> Option<Speaker> {
        let toks = &st.tokens;
        let mut e = v;
        // Skip adverbs and auxiliaries: "also said", "has repeatedly said".
        while e > 0 && toks[e - 1].kind == Kind::Word && {
            let w = fold(toks[e - 1].text(self.text));
            matches!(
                w.as_str(),
                "also"
                    | "later"
                    | "then"
                    | "again"
                    | "has"
                    | "had"
                    | "have"
                    | "was"
                    | "is"
                    | "previously"
                    | "repeatedly"
                    | "himself"
                    | "herself"
                    | "themselves"
                    | "itself"
                    | "once"
                    | "further"
                    | "publicly"
                    | "privately"
                    | "separately"
                    | "earlier"
                    | "would"
                    | "will"
                    | "did"
                    | "not"
                    | "never"
                    | "explicitly"
                    | "consistently"
            ) || w.ends_with("ly")
        } {
            e -= 1;
        }
        if e == 0 {
            return None;
        }
        let last = &toks[e - 1];
        let lw = fold(last.text(self.text));
        if lexicon::PRONOUNS.contains(&lw.as_str()) {
            return self
                .last_person_before(last.start, quotes)
                .map(person_speaker);
        }
        if DOCUMENT_NOUNS.contains(&lw.as_str()) {
            return None;
        }
        // "X’s office said"
        if PROXY_NOUNS.contains(&lw.as_str()) && e >= 2 {
            let owner = &toks[e - 2];
            if is_possessive(owner.text(self.text)) {
                if let Some(p) = self
                    .people
                    .iter()
                    .find(|p| p.range.start <= owner.start && owner.start < p.range.end + 4)
                {
                    let name = format!("{}’s {}", p.full_name(), lw);
                    return Some(Speaker::Group { name });
                }
                let own = strip_possessive(owner.text(self.text));
                return Some(Speaker::Group {
                    name: format!("{own}’s {lw}"),
                });
            }
        }
        if let Some(p) = self.people.iter().find(|p| {
            p.range.end <= last.end
                && p.range.end + 3 >= last.end
                && p.range.start >= st.range.start
        }) {
            return Some(person_speaker(p));
        }
        // An institution: a capitalised run, with "of"/"in"/"the" inside, ending here.
        let mut s = e;
        let mut saw_cap = false;
        while s > 0 {
            let t = &toks[s - 1];
            if t.kind != Kind::Word {
                break;
            }
            let raw = t.text(self.text);
            let w = fold(raw);
            let cap = raw.chars().next().is_some_and(char::is_uppercase);
            if cap {
                saw_cap = true;
                s -= 1;
            } else if saw_cap
                && matches!(w.as_str(), "of" | "in" | "for" | "the" | "on")
                && s >= 2
                && toks[s - 2].kind == Kind::Word
            {
                s -= 1;
            } else if !saw_cap && s == e && (lexicon::is_role_head(&w) || lexicon::is_org_word(&w))
            {
                // "Kremlin officials said": a group noun after a capitalised name. A bare
                // "the office said" names nobody.
                s -= 1;
            } else {
                break;
            }
        }
        if !saw_cap {
            return None;
        }
        // Trim connectors at the left and a sentence-initial "The".
        while s < e
            && toks[s].kind == Kind::Word
            && !toks[s]
                .text(self.text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            s += 1;
        }
        if s >= e {
            return None;
        }
        let name = self.text[toks[s].start..toks[e - 1].end].to_string();
        if DOCUMENT_NOUNS.contains(&fold(toks[e - 1].text(self.text)).as_str()) {
            return None;
        }
        Some(Speaker::Group {
            name: group_name(&name),
        })
    }

    /// The speaker named right after token `v`: "said Rubio", "said the ministry".
    fn subject_after(&self, st: &SentenceTokens, v: usize) -> Option<Speaker> {
        let toks = &st.tokens;
        let t = toks.get(v + 1)?;
        if let Some(p) = self.people.iter().find(|p| {
            p.range.start >= t.start && p.range.start <= t.start + 40 && p.range.end <= st.range.end
        }) {
            // Only when the name follows at once (titles allowed in between).
            let between = &self.text[t.start..p.range.start];
            if between.split_whitespace().count() <= 6 && !between.contains(',') {
                return Some(person_speaker(p));
            }
        }
        None
    }

    fn attribute(
        &self,
        st: &SentenceTokens,
        q: &Range<usize>,
        quotes: &[Range<usize>],
    ) -> Option<Speaker> {
        let toks = &st.tokens;
        let inside = |t: &Token| quotes.iter().any(|r| t.start >= r.start && t.end <= r.end);
        let speech = |k: usize| {
            toks[k].kind == Kind::Word && !inside(&toks[k]) && {
                let w = fold(toks[k].text(self.text));
                lexicon::is_speech_verb(&w) || w == "acknowledge" || w == "acknowledges"
            }
        };
        // "according to X"
        for k in 0..toks.len().saturating_sub(2) {
            if fold(toks[k].text(self.text)) == "according"
                && fold(toks[k + 1].text(self.text)) == "to"
                && !inside(&toks[k])
            {
                let from = toks[k + 2].start;
                if let Some(p) = self.people.iter().find(|p| {
                    p.range.start >= from
                        && p.range.start < from + 60
                        && p.range.end <= st.range.end
                }) {
                    return Some(person_speaker(p));
                }
            }
        }
        // A speech verb right after the quote: "“…,” said X" / "“…,” X said".
        let after: Vec<usize> = (0..toks.len())
            .filter(|&k| toks[k].start >= q.end)
            .take(5)
            .collect();
        for &k in &after {
            if speech(k) {
                if let Some(s) = self.subject_after(st, k) {
                    return Some(s);
                }
                if let Some(s) = self.subject_before(st, k, quotes) {
                    return Some(s);
                }
                break;
            }
        }
        // A speech verb before the quote: the closest one.
        if let Some(v) = (0..toks.len())
            .rev()
            .find(|&k| toks[k].end <= q.start && speech(k))
        {
            if let Some(s) = self.subject_before(st, v, quotes) {
                return Some(s);
            }
            if let Some(s) = self.subject_after(st, v) {
                return Some(s);
            }
        }
        // No speech verb: the sentence's subject. A pronoun subject stands for the last
        // person named before the sentence; otherwise the first person the sentence names.
        let first = toks.iter().find(|t| t.kind == Kind::Word)?;
        let fw = fold(first.text(self.text));
        if fw == "he" || fw == "she" {
            return self
                .last_person_before(first.start, quotes)
                .map(person_speaker);
        }
        if lexicon::PRONOUNS.contains(&fw.as_str()) || matches!(fw.as_str(), "we" | "it" | "i") {
            return None;
        }
        self.people
            .iter()
            .find(|p| {
                p.range.start >= st.range.start
                    && p.range.end <= q.start
                    && !quotes.iter().any(|r| r.contains(&p.range.start))
            })
            .map(person_speaker)
    }
}

/// Extracts the quotes of a document and attributes them.
pub fn extract(text: &str, sentences: &[SentenceTokens], people: &[PersonMention]) -> Vec<Quote> {
    let doc = Doc {
        text,
        sentences,
        people,
    };
    // Paragraphs from the sentences.
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
    let ends: Vec<usize> = sentences.iter().map(|s| s.range.end).collect();
    let mut found: Vec<(Range<usize>, bool)> = Vec::new();
    for p in &paras {
        found.extend(find_quotes(text, p.clone(), &ends));
    }
    let ranges: Vec<Range<usize>> = found.iter().map(|(r, _)| r.clone()).collect();
    let mut out: Vec<Quote> = Vec::new();
    for (r, unbalanced) in found {
        let Some(si) = sentences
            .iter()
            .position(|s| s.range.start <= r.start && r.start < s.range.end.max(s.range.start + 1))
        else {
            continue;
        };
        let st = &doc.sentences[si];
        let mut speaker = if st.heading {
            None
        } else {
            doc.attribute(st, &r, &ranges)
        };
        // A quote split by its attribution keeps the speaker: "“…,” he said, “…”".
        if let Some(prev) = out.last() {
            let gap = &text[prev.range.end.min(r.start)..r.start];
            let short_gap = gap.split_whitespace().count() <= 6 && prev.sentence == st.index;
            if short_gap && prev.speaker.is_some() && (speaker.is_none() || gap.contains(',')) {
                speaker = prev.speaker.clone();
            }
        }
        out.push(Quote {
            text: text[r.clone()].to_string(),
            range: r,
            speaker,
            unbalanced,
            sentence: st.index,
        });
    }
    out
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
}
