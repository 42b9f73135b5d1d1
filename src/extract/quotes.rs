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
use crate::document::tokens::Kind;
use crate::lexicon::{self, class};
use crate::lexicon::{DOCUMENT_NOUNS, PROXY_NOUNS, VERB_FILLERS};
use crate::normalize::{fold, is_possessive, strip_possessive};
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
    /// `true` when the closing mark was missing.
    #[serde(default, skip_serializing_if = "crate::serde_helpers::is_false")]
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

fn is_open_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':' | ',' | '“' | '"')
    })
}

/// "No such position" in [`NextClosers`].
const NONE: usize = usize::MAX;

/// For one position of a paragraph's marks, where the next closing mark of each kind is,
/// so finding a quote's end costs nothing and unbalanced marks stay linear.
#[derive(Clone, Copy)]
struct NextClosers {
    /// ” or "
    dq: usize,
    /// “
    ldq: usize,
    /// »
    raquo: usize,
    /// ’ not inside a word (an apostrophe is not a closer)
    rsq: usize,
    /// “ or ”, closing „
    curly: usize,
}

impl NextClosers {
    /// The table for every position of `marks` and one past the end, in `t` (cleared).
    fn build(marks: &[Mark], t: &mut Vec<NextClosers>) {
        let n = marks.len();
        let none = NextClosers {
            dq: NONE,
            ldq: NONE,
            raquo: NONE,
            rsq: NONE,
            curly: NONE,
        };
        t.clear();
        t.resize(n + 1, none);
        for i in (0..n).rev() {
            let m = &marks[i];
            let after = t[i + 1];
            t[i] = NextClosers {
                dq: if matches!(m.c, '”' | '"') {
                    i
                } else {
                    after.dq
                },
                ldq: if m.c == '“' { i } else { after.ldq },
                raquo: if m.c == '»' { i } else { after.raquo },
                rsq: if m.c == '’' && !m.next.is_some_and(char::is_alphabetic) {
                    i
                } else {
                    after.rsq
                },
                curly: if matches!(m.c, '“' | '”') {
                    i
                } else {
                    after.curly
                },
            };
        }
    }
}

/// A quote mark in a paragraph, with its neighbours.
struct Mark {
    pos: usize,
    c: char,
    prev: Option<char>,
    next: Option<char>,
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '«' | '»' | '„' | '‘' | '’')
}

/// Buffers [`find_quotes`] reuses from one paragraph to the next.
#[derive(Default)]
struct QuoteBuffers {
    marks: Vec<Mark>,
    table: Vec<NextClosers>,
}

/// Finds quote ranges in a paragraph and appends them to `out`. `sentence_ends` are the
/// clean offsets where sentences end, for closing unbalanced quotes. Appends (inner range,
/// unbalanced).
fn find_quotes(
    text: &str,
    para: Range<usize>,
    sentence_ends: &[usize],
    bufs: &mut QuoteBuffers,
    out: &mut Vec<(Range<usize>, bool)>,
) {
    // Only the quote marks matter: collect them with their neighbours, so the work and
    // memory follow the number of marks, not the length of the paragraph.
    let s = &text[para.clone()];
    let marks = &mut bufs.marks;
    marks.clear();
    // Every quote mark starts with one of these bytes (all but '"' are two or three
    // bytes led by C2 or E2), so the scan jumps from one candidate to the next.
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr::memchr3(b'"', 0xC2, 0xE2, &b[i..]) {
        let at = i + off;
        let c = s[at..].chars().next().unwrap_or('\0');
        i = at + c.len_utf8();
        if is_quote_mark(c) {
            marks.push(Mark {
                pos: para.start + at,
                c,
                prev: s[..at].chars().next_back(),
                next: s[i..].chars().next(),
            });
        }
    }
    if marks.is_empty() {
        return;
    }
    NextClosers::build(marks, &mut bufs.table);
    let table = &bufs.table;
    let mut k = 0;
    while k < marks.len() {
        let Mark { pos, c, prev, next } = marks[k];
        let opens = match c {
            '“' | '«' | '„' => true,
            '"' => {
                is_open_context(prev)
                    || prev == Some(',')
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
        // The next closer, from the tables built once per paragraph.
        let j = match c {
            '“' | '”' => table[k + 1].dq,
            '"' => {
                // A new opening “ before any close means ours was unbalanced.
                let j = table[k + 1].dq;
                if table[k + 1].ldq < j {
                    NONE
                } else {
                    j
                }
            }
            '«' => table[k + 1].raquo,
            '‘' => table[k + 1].rsq,
            _ => table[k + 1].curly,
        };
        if j != NONE {
            let p = marks[j].pos;
            if p > start {
                out.push((start..p, false));
            }
            k = j + 1;
        } else {
            // Unbalanced: close at the end of the sentence the quote opens in, and read
            // on from there.
            let at = sentence_ends.partition_point(|&e| e <= start);
            let end = sentence_ends
                .get(at)
                .copied()
                .unwrap_or(para.end)
                .min(para.end)
                .max(start);
            if end > start {
                out.push((start..end, true));
            }
            k += 1;
            while k < marks.len() && marks[k].pos < end {
                k += 1;
            }
        }
    }
}

struct Doc<'a> {
    text: &'a str,
    sentences: &'a [SentenceTokens<'a>],
    people: &'a [PersonMention],
    /// Start offsets of `people`, sorted, for binary search.
    starts: Vec<usize>,
    /// For each person index, the last person at or before it that stands outside quotes.
    last_outside: Vec<Option<usize>>,
}

/// What attribution needs of one sentence, computed once per sentence.
struct SentInfo {
    /// Token indices of speech verbs outside quotes, in order.
    speech: Vec<usize>,
    /// The person after "according to", if the sentence has one.
    according: Option<Speaker>,
    /// Token start offsets, for binary search.
    token_starts: Vec<usize>,
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

/// How far back an institution's name may reach, in tokens.
const MAX_GROUP_TOKENS: usize = 10;

impl Doc<'_> {
    /// People whose mention starts in `from..to`, in order.
    fn people_in(&self, from: usize, to: usize) -> &[PersonMention] {
        let a = self.starts.partition_point(|&s| s < from);
        let b = self.starts.partition_point(|&s| s < to).max(a);
        &self.people[a..b]
    }

    /// The last person named before `pos`, outside quotes.
    fn last_person_before(&self, pos: usize) -> Option<&PersonMention> {
        let mut i = self.starts.partition_point(|&s| s < pos);
        while i > 0 && self.people[i - 1].range.end > pos {
            i -= 1;
        }
        let k = self
            .last_outside
            .get(i.checked_sub(1)?)
            .copied()
            .flatten()?;
        self.people.get(k)
    }

    fn sentence_info(&self, st: &SentenceTokens, quotes: &[Range<usize>]) -> SentInfo {
        let toks = &st.tokens;
        let mut qi = quotes.partition_point(|q| q.end <= st.range.start);
        let mut speech = Vec::new();
        let mut according = None;
        for (k, t) in toks.iter().enumerate() {
            while qi < quotes.len() && quotes[qi].end <= t.start {
                qi += 1;
            }
            let inside = qi < quotes.len() && quotes[qi].start <= t.start;
            if inside || t.kind != Kind::Word {
                continue;
            }
            let raw = t.text(self.text);
            // A verb as written: never with a possessive ending.
            let c = t.word_class(self.text);
            if c & class::POSSESSIVE == 0 && c & (class::SPEECH_VERB | class::QUOTE_VERB) != 0 {
                speech.push(k);
            }
            if according.is_none()
                && raw.eq_ignore_ascii_case("according")
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.text(self.text).eq_ignore_ascii_case("to"))
            {
                if let Some(n2) = toks.get(k + 2) {
                    according = self
                        .people_in(n2.start, (n2.start + 60).min(st.range.end))
                        .first()
                        .map(person_speaker);
                }
            }
        }
        SentInfo {
            speech,
            according,
            token_starts: toks.iter().map(|t| t.start).collect(),
        }
    }

    /// The subject that ends right before token `v` (a speech verb) in sentence `st`.
    fn subject_before(&self, st: &SentenceTokens, v: usize) -> Option<Speaker> {
        let toks = &st.tokens;
        let mut e = v;
        while e > 0 && toks[e - 1].kind == Kind::Word && {
            let w = fold(toks[e - 1].text(self.text));
            VERB_FILLERS.contains(&w.as_str()) || w.ends_with("ly")
        } {
            e -= 1;
        }
        let last = toks.get(e.checked_sub(1)?)?;
        let lw = fold(last.text(self.text));
        if lexicon::PRONOUNS.contains(&lw.as_str()) {
            return self.last_person_before(last.start).map(person_speaker);
        }
        if DOCUMENT_NOUNS.contains(&lw.as_str()) {
            return None;
        }
        // "X’s office said"
        if PROXY_NOUNS.contains(&lw.as_str()) && e >= 2 {
            let owner = &toks[e - 2];
            if is_possessive(owner.text(self.text)) {
                let near = self.people_in(owner.start.saturating_sub(120), owner.end);
                if let Some(p) = near
                    .iter()
                    .rev()
                    .find(|p| p.range.start <= owner.start && owner.start < p.range.end + 4)
                {
                    return Some(Speaker::Group {
                        name: format!("{}’s {}", p.full_name(), lw),
                    });
                }
                let own = strip_possessive(owner.text(self.text));
                return Some(Speaker::Group {
                    name: format!("{own}’s {lw}"),
                });
            }
        }
        let near = self.people_in(st.range.start.max(last.end.saturating_sub(120)), last.end);
        if let Some(p) = near
            .iter()
            .rev()
            .find(|p| p.range.end <= last.end && p.range.end + 3 >= last.end)
        {
            return Some(person_speaker(p));
        }
        // An institution: a capitalised run, with "of"/"in"/"the" inside, ending here.
        let mut s = e;
        let mut saw_cap = false;
        while s > 0 && e - s < MAX_GROUP_TOKENS {
            let t = &toks[s - 1];
            if t.kind != Kind::Word {
                break;
            }
            let raw = t.text(self.text);
            let w = fold(raw);
            if raw.chars().next().is_some_and(char::is_uppercase) {
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
        if s >= e || DOCUMENT_NOUNS.contains(&fold(toks[e - 1].text(self.text)).as_str()) {
            return None;
        }
        Some(Speaker::Group {
            name: group_name(&self.text[toks[s].start..toks[e - 1].end]),
        })
    }

    /// The speaker named right after token `v`: "said Rubio".
    fn subject_after(&self, st: &SentenceTokens, v: usize) -> Option<Speaker> {
        let t = st.tokens.get(v + 1)?;
        let p = self
            .people_in(t.start, (t.start + 41).min(st.range.end))
            .iter()
            .find(|p| p.range.end <= st.range.end)?;
        // Only when the name follows at once (titles allowed in between).
        let between = &self.text[t.start..p.range.start];
        (between.split_whitespace().count() <= 6 && !between.contains(','))
            .then(|| person_speaker(p))
    }

    fn attribute(
        &self,
        st: &SentenceTokens,
        info: &SentInfo,
        q: &Range<usize>,
        quotes: &[Range<usize>],
    ) -> Option<Speaker> {
        let toks = &st.tokens;
        if let Some(s) = &info.according {
            return Some(s.clone());
        }
        // A speech verb right after the quote: "“…,” said X" / "“…,” X said".
        let first_after = info.token_starts.partition_point(|&s| s < q.end);
        let after_at = info.speech.partition_point(|&k| k < first_after);
        if let Some(&k) = info.speech.get(after_at).filter(|&&k| k < first_after + 5) {
            if let Some(s) = self
                .subject_after(st, k)
                .or_else(|| self.subject_before(st, k))
            {
                return Some(s);
            }
        }
        // A speech verb before the quote: the closest one.
        let first_in = info.token_starts.partition_point(|&s| s < q.start);
        let before_at = info.speech.partition_point(|&k| k < first_in);
        if let Some(&v) = before_at.checked_sub(1).and_then(|b| info.speech.get(b)) {
            if let Some(s) = self
                .subject_before(st, v)
                .or_else(|| self.subject_after(st, v))
            {
                return Some(s);
            }
        }
        // No speech verb: the sentence's subject. A pronoun subject stands for the last
        // person named before the sentence; otherwise the first person the sentence names.
        let first = toks.iter().find(|t| t.kind == Kind::Word)?;
        let fw = fold(first.text(self.text));
        if fw == "he" || fw == "she" {
            return self.last_person_before(first.start).map(person_speaker);
        }
        if lexicon::PRONOUNS.contains(&fw.as_str()) || matches!(fw.as_str(), "we" | "it" | "i") {
            return None;
        }
        let qi = quotes.partition_point(|r| r.end <= st.range.start);
        let p = self.people_in(st.range.start, q.start).first()?;
        let inside = quotes
            .get(qi)
            .is_some_and(|r| r.start <= p.range.start && p.range.start < r.end);
        (!inside && p.range.end <= q.start).then(|| person_speaker(p))
    }
}

/// Extracts the quotes of a document and attributes them.
pub fn extract(text: &str, sentences: &[SentenceTokens], people: &[PersonMention]) -> Vec<Quote> {
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
    let mut bufs = QuoteBuffers::default();
    for p in &paras {
        find_quotes(text, p.clone(), &ends, &mut bufs, &mut found);
    }
    let ranges: Vec<Range<usize>> = found.iter().map(|(r, _)| r.clone()).collect();
    // Which people stand outside quotes, and the last such one at each index.
    let mut last_outside = Vec::with_capacity(people.len());
    let mut qi = 0;
    let mut last = None;
    for (k, p) in people.iter().enumerate() {
        while qi < ranges.len() && ranges[qi].end <= p.range.start {
            qi += 1;
        }
        if !(qi < ranges.len() && ranges[qi].start <= p.range.start) {
            last = Some(k);
        }
        last_outside.push(last);
    }
    let doc = Doc {
        text,
        sentences,
        people,
        starts: people.iter().map(|p| p.range.start).collect(),
        last_outside,
    };
    let mut infos: rustc_hash::FxHashMap<usize, SentInfo> = Default::default();
    let mut out: Vec<Quote> = Vec::new();
    for (r, unbalanced) in found {
        let Some(si) = sentences
            .partition_point(|s| s.range.start <= r.start)
            .checked_sub(1)
        else {
            continue;
        };
        let st = &doc.sentences[si];
        let mut speaker = if st.heading {
            None
        } else {
            let info = infos
                .entry(si)
                .or_insert_with(|| doc.sentence_info(st, &ranges));
            doc.attribute(st, info, &r, &ranges)
        };
        // A quote split by its attribution keeps the speaker: "“…,” he said, “…”".
        if let Some(prev) = out.last() {
            let gap = &text[prev.range.end.min(r.start)..r.start];
            let short_gap =
                prev.sentence == st.index && gap.split_whitespace().take(7).count() <= 6;
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
