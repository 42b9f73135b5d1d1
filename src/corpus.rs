//! The corpus: analysed articles about one story, and the index over them.
//!
//! [`Corpus::check`] gives the findings on a new article with evidence from the corpus;
//! [`Corpus::scan`] gives the findings among the corpus articles themselves.

use crate::document::directives::drop_disabled;
use crate::document::Document;

use crate::extract::{analyse, word_uses, Analysis};
use crate::finding::Finding;
use crate::resolve::{HouseStyle, Index, View};
use crate::rules::{self, Context};
use std::collections::BTreeMap;

/// Articles and the index over them. An article is stored as its text only; what checks
/// need is in the index, and the rest (a scan, the people overview, writing an index) reads
/// the article again. So a corpus costs little more memory than its text.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    docs: BTreeMap<String, Stored>,
    index: Index,
    config: crate::config::Config,
    /// The config's house style, as the rules read it.
    house: HouseStyle,
    /// What scans have worked out of the index, for the next part of a scan; forgotten
    /// when the index changes and when a scan reaches the last article.
    memo: crate::resolve::Memo,
    /// The same for the quote rules.
    quote_memo: rules::Shared,
}

/// One corpus article as stored: the text the extractors read it from.
#[derive(Debug, Clone)]
struct Stored {
    /// The id and source, shared with the index's examples of the article.
    source: std::sync::Arc<crate::resolve::Source>,
    /// The analysed text when it differs from the source (markup).
    clean: Option<String>,
    map: crate::document::OffsetMap,
    /// The title line, a range of the analysed text (a copy would cost an allocation per
    /// article).
    title: Option<std::ops::Range<usize>>,
    /// The publication day, kept as the caller set it.
    published: Option<crate::document::calendar::Day>,
}

impl Stored {
    /// An article as stored, its source the one `index` shares with its examples.
    fn of(doc: Document, index: &Index) -> Stored {
        let title = doc.title.clone();
        let clean = (doc.clean != doc.source).then_some(doc.clean);
        let source = match index.source(&doc.id) {
            Some(s) if s.text == doc.source => s.clone(),
            _ => crate::resolve::Source::of_parts(doc.id, doc.source),
        };
        Stored {
            published: doc.published,
            source,
            clean,
            map: doc.map,
            title,
        }
    }

    /// The source text.
    fn source(&self) -> &str {
        &self.source.text
    }

    /// The analysed text: the clean text when it differs from the source.
    fn text(&self) -> &str {
        self.clean.as_deref().unwrap_or(self.source())
    }

    fn title(&self) -> Option<&str> {
        self.title.clone().and_then(|r| self.text().get(r))
    }

    fn document(&self, id: &str) -> Document {
        let mut doc = Document::from_parts(
            id,
            self.source().to_string(),
            self.clean.clone(),
            self.map.clone(),
        );
        doc.published = self.published;
        doc
    }
}

thread_local! {
    static ANALYSED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

fn count_analysed() {
    ANALYSED.with(|n| n.set(n.get() + 1));
}

/// Articles analysed on this thread to add them to a corpus or keep its index (a scan or
/// a check reads articles too, uncounted). Tests use it, with
/// [`crate::resolve::ops`], to show what removing an article costs.
pub fn articles_analysed() -> u64 {
    ANALYSED.with(|n| n.get())
}

/// A stored article read and analysed again, counted.
fn reread(id: &str, s: &Stored) -> Analysis {
    count_analysed();
    analyse(s.document(id))
}

/// A corpus article as listed by [`Corpus::articles`].
#[derive(Debug, Clone, Copy)]
pub struct Article<'a> {
    /// The article's id.
    pub id: &'a str,
    /// Its source text; reported offsets index into it.
    pub source: &'a str,
    /// Its title line, when it starts with one.
    pub title: Option<&'a str>,
}

fn sort(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| {
        (&a.span.doc, a.span.start, a.span.end, &a.rule, &a.message).cmp(&(
            &b.span.doc,
            b.span.start,
            b.span.end,
            &b.rule,
            &b.message,
        ))
    });
    findings.dedup();
}

impl Corpus {
    /// An empty corpus.
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// The built-in seed corpus.
    pub fn with_seeds() -> Corpus {
        let mut c = Corpus::new();
        for doc in crate::seeds::documents() {
            c.add(doc);
        }
        c
    }

    /// A corpus from a prebuilt index (see [`crate::index_file`]): its articles filed as
    /// the index records them, not analysed again.
    pub fn from_index(text: &str) -> Result<Corpus, crate::error::Error> {
        let mut c = Corpus::new();
        crate::index_file::read_each(text, |a| c.add_filed(a))?;
        c.loaded();
        Ok(c)
    }

    /// Ends a load (every way of loading an index file ends with it): forgets the parsed
    /// titles kept to speed it up. The corpus works as before after it, and may grow again.
    pub fn loaded(&mut self) {
        crate::resolve::forget_titles();
        // The index is not shrunk here (`Index::shrink_to_fit`, resolve/room.rs): that
        // step's code put the wasm over its size bound; it saved 1.6 MB (3.7x -> 3.5x) on
        // the real split.
    }

    /// Adds an article read from an index file (checked by
    /// [`crate::index_file::Reader`]), filed as the record says; the text is read again
    /// only for the word uses of a record of version 6 or 5, which does not have them.
    /// Replaces any article with the same id. Refused, with the corpus unchanged, when the
    /// record's votes do not fit the article: the error says to rebuild the index.
    pub fn add_filed(
        &mut self,
        article: crate::index_file::Article,
    ) -> Result<(), crate::error::Error> {
        let crate::index_file::Article { doc, filed, line } = article;
        let Some(mut filed) = filed else {
            // A version 4 record: analysed.
            self.add(doc);
            return Ok(());
        };
        // A version 7 filing has its words' votes; older ones have them read again.
        let words = match filed.w {
            Some(_) => Vec::new(),
            None => word_uses(&doc),
        };
        let a = filed.analysis(doc);
        let ballot = crate::resolve::FiledBallot::check(&filed, &a.doc.clean, &words)
            .map_err(|m| crate::index_file::invalid_line(line, &a.doc.id, m))?;
        let _ = self.forget(&a.doc.id);
        self.memo.clear();
        self.quote_memo.clear();
        self.index.add_filed(&a, ballot);
        self.docs
            .insert(a.doc.id.clone(), Stored::of(a.doc, &self.index));
        Ok(())
    }

    /// Adds an article already analysed. Its word uses are recomputed, never taken as
    /// given.
    pub fn add_analysed(&mut self, a: Analysis) {
        let words = word_uses(&a.doc);
        self.insert(a, &words);
    }

    /// Files an analysis in the index and stores its article's text, replacing any
    /// article with the same id.
    fn insert(&mut self, a: Analysis, words: &[crate::extract::WordUse]) {
        let _ = self.forget(&a.doc.id);
        self.memo.clear();
        self.quote_memo.clear();
        self.index.add(&a, words, true);
        self.docs
            .insert(a.doc.id.clone(), Stored::of(a.doc, &self.index));
    }

    /// The corpus as a prebuilt index, each article analysed again for its filing
    /// (version 7); in WebAssembly, its texts alone (version 4, analysed on loading: the
    /// filing's writer is left out of the wasm, see [`crate::index_file`]).
    pub fn to_index(&self) -> String {
        #[cfg(not(target_arch = "wasm32"))]
        let filing = |id: &str, s: &Stored| {
            Some(crate::resolve::filed::Filed::of(&analyse(s.document(id))).encode())
        };
        #[cfg(target_arch = "wasm32")]
        let filing = |_: &str, _: &Stored| None;
        let filed = cfg!(not(target_arch = "wasm32"));
        crate::index_file::write(
            filed,
            self.docs.iter().map(|(id, s)| crate::index_file::Record {
                id,
                source: s.source(),
                clean: s.clean.as_deref(),
                map: &s.map,
                published: s.published,
                filed: filing(id, s),
            }),
        )
    }

    /// Adds an article, replacing any article with the same id.
    pub fn add(&mut self, doc: Document) {
        count_analysed();
        let mut a = analyse(doc);
        let words = std::mem::take(&mut a.words);
        self.insert(a, &words);
    }

    /// Removes an article; `false` when there was none with that id.
    pub fn remove(&mut self, id: &str) -> bool {
        self.forget(id).is_some()
    }

    /// Takes an article out of the corpus and its votes out of the index, reading only it
    /// again (and the few articles whose spans become examples in its place). No other
    /// article's analysis depends on it: corpus articles are indexed as they read, and
    /// known surnames are promoted only in the article being checked. `Some(false)` when
    /// the index had to be rebuilt; `None` when there was no such article.
    fn forget(&mut self, id: &str) -> Option<bool> {
        let old = self.docs.remove(id)?;
        self.memo.clear();
        self.quote_memo.clear();
        let a = reread(id, &old);
        let gone = self.index.remove(&a, &a.words);
        let mut ok = gone.consistent;
        for (e, holes) in &gone.holes {
            ok &= self.docs.get(e).is_some_and(|s| {
                let b = reread(e, s);
                self.index.fill(&b, &b.words) == *holes
            });
        }
        if !ok {
            // Read from an index file that this version reads otherwise: index again.
            self.rebuild();
        }
        Some(ok)
    }

    fn rebuild(&mut self) {
        let mut index = Index::default();
        for (id, s) in &self.docs {
            let a = reread(id, s);
            index.add(&a, &a.words, true);
        }
        self.index = index;
        // The texts the new index holds, shared again.
        for (id, s) in self.docs.iter_mut() {
            if let Some(shared) = self.index.source(id) {
                s.source = shared.clone();
            }
        }
    }

    /// Sets the house style and rule settings used by later checks and scans.
    pub fn set_config(&mut self, config: crate::config::Config) {
        self.house = config.house_style();
        self.config = config;
    }

    /// The publication day of a corpus article, when it is known.
    pub fn published(&self, id: &str) -> Option<crate::document::calendar::Day> {
        self.docs.get(id).and_then(|s| s.published)
    }

    /// The house style and rule settings in use.
    pub fn config(&self) -> &crate::config::Config {
        &self.config
    }

    /// The articles' ids, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.docs.keys().map(String::as_str)
    }

    /// The articles, by id.
    pub fn articles(&self) -> impl Iterator<Item = Article<'_>> {
        self.docs.iter().map(|(id, s)| Article {
            id,
            source: s.source(),
            title: s.title(),
        })
    }

    /// The source text of the article with this id.
    pub fn source(&self, id: &str) -> Option<&str> {
        self.docs.get(id).map(Stored::source)
    }

    /// The article with this id, read and analysed again (a corpus stores text only).
    pub fn analysis(&self, id: &str) -> Option<Analysis> {
        self.docs.get(id).map(|s| analyse(s.document(id)))
    }

    /// Every article, read and analysed again, by id; word uses included.
    pub fn analyses(&self) -> impl Iterator<Item = Analysis> + '_ {
        self.docs.iter().map(|(id, s)| analyse(s.document(id)))
    }

    /// Number of articles.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// `true` when the corpus has no article.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The index over the corpus.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Findings on `doc`, with evidence from the corpus. The article is not added.
    pub fn check(&self, doc: &Document) -> Vec<Finding> {
        self.check_owned(analyse(doc.clone()))
    }

    /// Findings on an already analysed article.
    pub fn check_analysis(&self, a: &Analysis) -> Vec<Finding> {
        self.check_owned(a.clone())
    }

    fn check_owned(&self, mut a: Analysis) -> Vec<Finding> {
        crate::resolve::promote_known_surnames(&self.index, &mut a);
        let a = &a;
        let mut own = Index::default();
        own.add(a, &a.words, false);
        let view = View::new(&self.index, Some(&own), &self.house);
        let shared = rules::Shared::default();
        let cx = Context::new(a, &a.words, &view, &shared);
        let mut f = self.config.apply(rules::run(&cx));
        drop_disabled(&mut f, |id| {
            (id == a.doc.id).then_some(a.doc.source.as_str())
        });
        sort(&mut f);
        f
    }

    /// Findings among the corpus articles themselves.
    pub fn scan(&self) -> Vec<Finding> {
        self.scan_part(0, self.len(), &mut |_| {})
    }

    /// Findings on `count` corpus articles from the `from`th by id, against the whole
    /// corpus; `done` is told after each article how many of them are done. A scan in
    /// parts, in id order, gives the findings of [`Corpus::scan`] in order, part after
    /// part (each article's findings are about it and sorted by it first).
    pub fn scan_part(
        &self,
        from: usize,
        count: usize,
        done: &mut dyn FnMut(usize),
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        let part = self.docs.iter().skip(from).take(count);
        // One view for the part: what it works out of the index serves every article.
        let view = View::remembering(&self.index, &self.house, &self.memo);
        for (n, (id, s)) in part.enumerate() {
            let a = analyse(s.document(id));
            let cx = Context::new(&a, &a.words, &view, &self.quote_memo);
            out.extend(rules::run(&cx));
            done(n + 1);
        }
        if from.saturating_add(count) >= self.len() {
            // The whole corpus has been read: what the parts shared is not kept.
            self.memo.clear();
            self.quote_memo.clear();
        }
        self.finish_scan(out)
    }

    /// [`Corpus::scan`] on `threads` threads: the articles are dealt out in parts to the
    /// threads, each with memos of its own, and the parts' findings are joined in order,
    /// so the findings are those of `scan`, sooner on a machine with more than one core.
    /// `done` is told, on the calling thread, how many articles are done after each one.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn scan_threads(&self, threads: usize, done: &mut dyn FnMut(usize)) -> Vec<Finding> {
        if threads <= 1 {
            return self.scan_part(0, self.len(), done);
        }
        let docs: Vec<(&String, &Stored)> = self.docs.iter().collect();
        let memos = || (crate::resolve::Memo::default(), rules::Shared::default());
        // The corpus's own memos are not shared between threads: only what they read is.
        let (index, house) = (&self.index, &self.house);
        let found = crate::parallel::map_with(
            &docs,
            threads,
            memos,
            |(memo, shared), (id, s)| {
                let view = View::remembering(index, house, memo);
                let a = analyse(s.document(id));
                rules::run(&Context::new(&a, &a.words, &view, shared))
            },
            done,
        );
        self.finish_scan(found.into_iter().flatten().collect())
    }

    /// A scan's findings as reported: the config applied, disabled ones dropped, sorted.
    fn finish_scan(&self, out: Vec<Finding>) -> Vec<Finding> {
        let mut out = self.config.apply(out);
        drop_disabled(&mut out, |id| self.source(id));
        sort(&mut out);
        out
    }

    /// Reads every article in a directory (not recursive) into a new corpus.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_dir(path: &std::path::Path) -> Result<Corpus, crate::error::Error> {
        let mut c = Corpus::new();
        for doc in crate::load::read_dir(path)? {
            c.add(doc);
        }
        Ok(c)
    }
}

/// One way an article writes a person.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct PersonForm {
    /// The article.
    pub doc: String,
    /// The name as written.
    pub name: String,
    /// The title attached, if any.
    pub title: Option<String>,
    /// How many times the article writes it so.
    pub count: usize,
}

/// A person of the corpus with every form the articles use.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PersonOverview {
    /// The most used full name.
    pub name: String,
    /// Name forms and titles, by article.
    pub forms: Vec<PersonForm>,
}

/// How often each (article, name as written, title) form of one person occurs.
type FormCounts = BTreeMap<(String, String, Option<String>), usize>;

/// Every person of the corpus with the name forms and titles each article uses.
pub fn people_overview(c: &Corpus) -> Vec<PersonOverview> {
    people_part(c, 0, c.len())
}

/// [`people_overview`] of `count` articles from the `from`th by id. The parts of a corpus
/// in id order give its overview when each person's forms are joined in order.
pub fn people_part(c: &Corpus, from: usize, count: usize) -> Vec<PersonOverview> {
    use crate::resolve::person_keys;
    let view = View::remembering(&c.index, &c.house, &c.memo);
    let mut names: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut out: BTreeMap<String, FormCounts> = BTreeMap::new();
    let part = c.docs.iter().skip(from).take(count);
    for a in part.map(|(id, s)| analyse(s.document(id))) {
        for p in &a.people {
            let keys = person_keys(p);
            let display = names
                .entry(keys.clone())
                .or_insert_with(|| {
                    view.entity_of(&keys.0, &keys.1)
                        .map(|e| e.display())
                        .unwrap_or_else(|| p.full_name())
                })
                .clone();
            let form = (
                a.doc.id.clone(),
                p.name.clone(),
                p.title.as_ref().map(|t| t.text.clone()),
            );
            *out.entry(display).or_default().entry(form).or_default() += 1;
        }
    }
    out.into_iter()
        .map(|(name, forms)| PersonOverview {
            name,
            forms: forms
                .into_iter()
                .map(|((doc, name, title), count)| PersonForm {
                    doc,
                    name,
                    title,
                    count,
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A server may keep a corpus behind a `Mutex` and move it between threads: the
    /// memos a scan keeps must not tie it to one thread.
    #[test]
    fn a_corpus_can_move_between_threads() {
        fn send<T: Send>() {}
        send::<Corpus>();
        let corpus = std::sync::Mutex::new(Corpus::with_seeds());
        std::thread::scope(|s| {
            s.spawn(|| assert!(!corpus.lock().unwrap().scan().is_empty()));
        });
    }

    fn story() -> Vec<Document> {
        let mut docs: Vec<Document> = crate::seeds::documents().collect();
        let synth = crate::synth::story(3, 40, 200);
        docs.extend(synth.into_iter().map(|(id, t)| Document::text(id, t)));
        docs
    }

    #[test]
    fn parts_in_order_give_the_whole() {
        let mut c = Corpus::new();
        for d in story() {
            c.add(d);
        }
        for size in [1, 7, 100] {
            let mut scan = Vec::new();
            let mut people: BTreeMap<String, Vec<PersonForm>> = BTreeMap::new();
            let mut from = 0;
            while from < c.len() {
                let mut seen = 0;
                scan.extend(c.scan_part(from, size, &mut |n| seen = n));
                assert_eq!(seen, size.min(c.len() - from));
                for p in people_part(&c, from, size) {
                    people.entry(p.name).or_default().extend(p.forms);
                }
                from += size;
            }
            assert_eq!(scan, c.scan(), "parts of {size}");
            let whole: BTreeMap<String, Vec<PersonForm>> = people_overview(&c)
                .into_iter()
                .map(|p| (p.name, p.forms))
                .collect();
            assert_eq!(people, whole, "parts of {size}");
        }
    }

    #[test]
    fn removal_reads_only_what_it_must() {
        let mut all = Corpus::new();
        for d in story() {
            all.add(d);
        }
        let loaded = Corpus::from_index(&all.to_index()).unwrap();
        for c in [all, loaded] {
            for id in c.ids() {
                let mut c = c.clone();
                assert_eq!(c.forget(id), Some(true), "{id} rebuilt the index");
            }
        }
    }

    #[test]
    fn an_analysis_read_otherwise_rebuilds_the_index() {
        let docs = story();
        let mut c = Corpus::new();
        let mut without = Corpus::new();
        for d in docs.iter().skip(1) {
            c.add(d.clone());
            without.add(d.clone());
        }
        // As from an index file of another version: a person the text does not give.
        let mut a = analyse(docs[0].clone());
        let mut p = a.people[0].clone();
        p.surname = "Quixotely".into();
        a.people.push(p);
        c.add_analysed(a);
        assert_eq!(c.forget(&docs[0].id), Some(false));
        assert_eq!(c.scan(), without.scan());
        assert_eq!(c.forget(&docs[0].id), None);
    }

    #[test]
    fn replacing_many_times_keeps_the_quotes_in_order() {
        let docs = story();
        let mut c = Corpus::new();
        for d in &docs {
            c.add(d.clone());
        }
        // Each round removes quotes, and numbers them again once most are removed.
        for round in 0..6 {
            for d in &docs[round..] {
                c.add(d.clone());
            }
        }
        let mut fresh = Corpus::new();
        for d in &docs {
            fresh.add(d.clone());
        }
        assert!(c.index.quotes.quotes.len() < 4 * fresh.index.quotes.quotes.len());
        assert_eq!(c.scan(), fresh.scan());
        for d in &docs {
            assert_eq!(c.check(d), fresh.check(d));
        }
    }
}
