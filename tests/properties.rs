//! Property tests (issue 9): on generated articles full of names, titles, numbers, quotes,
//! accents, emoji and stray marks, every finding's text is the exact source slice at
//! char boundaries, checking is deterministic, and the order of corpus articles does not
//! change the findings.

use factcheck::{Corpus, Document, Finding};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "Senator",
    "Marco",
    "Rubio",
    "Secretary of State",
    "former",
    "President",
    "Donald",
    "Trump",
    "Zelensky",
    "Zelenskiy",
    "Zelenskyy",
    "zelenskyy",
    "Steve",
    "Witkoff",
    "Wintour",
    "Witkof",
    "said",
    "told reporters",
    "“",
    "”",
    "\"",
    "‘",
    "’s",
    "'s",
    "killed",
    "at least",
    "26",
    "21",
    "people",
    "troops",
    "600,000",
    "$100bn",
    "nearly 20%",
    "28-point plan",
    "é",
    "Müller",
    "😀",
    "👍🏽",
    ".",
    ",",
    "\n",
    "\r\n",
    "\u{200B}",
    "\u{202E}",
    "\0",
    "<b>",
    "&amp;",
    "Kyiv",
    "the",
    "and",
    "a",
    "of",
    "Dan",
    "Daniel",
    "P.",
    "Driscoll",
    "he",
    "said,",
    "Ana",
    "Ruiz",
    "Mayor",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), prop::bool::ANY), 0..120).prop_map(|v| {
        let mut s = String::new();
        for (i, space) in v {
            s.push_str(PIECES[i]);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

fn assert_exact(findings: &[Finding], sources: &dyn Fn(&str) -> String) {
    for f in findings {
        for span in std::iter::once(&f.span).chain(&f.evidence) {
            let src = sources(&span.doc);
            assert!(
                src.is_char_boundary(span.start) && src.is_char_boundary(span.end),
                "{span:?}"
            );
            assert_eq!(&src[span.start..span.end], span.text, "{f:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_exact_and_check_is_deterministic(text in article()) {
        let corpus = Corpus::with_seeds();
        let doc = Document::text("new.txt", text.clone());
        let a = corpus.check(&doc);
        let b = corpus.check(&doc);
        prop_assert_eq!(&a, &b);
        assert_exact(&a, &|id| if id == "new.txt" { text.clone() } else { corpus.source(id).unwrap().to_string() });
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,400}", html in prop::bool::ANY) {
        let corpus = Corpus::with_seeds();
        let name = if html { "x.html" } else { "x.md" };
        let doc = Document::from_named(name, text.clone());
        let fs = corpus.check(&doc);
        assert_exact(&fs, &|id| if id == name { text.clone() } else { corpus.source(id).unwrap().to_string() });
    }

    #[test]
    fn removing_an_article_is_never_having_added_it(texts in prop::collection::vec(article(), 1..6), pick in 0usize..64, replace in prop::bool::ANY) {
        let mut docs: Vec<(String, String)> = factcheck::seeds::SEEDS.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
        for (i, t) in texts.iter().enumerate() {
            // Ids sort among the seeds', so the one removed may give the first examples.
            docs.push((format!("{}gen{i}.txt", ["", "m", "z"][i % 3]), t.clone()));
        }
        let x = pick % docs.len();
        let build = |skip: Option<usize>| {
            let mut c = Corpus::new();
            for (i, (n, t)) in docs.iter().enumerate() {
                if Some(i) != skip {
                    c.add(Document::text(n.clone(), t.clone()));
                }
            }
            c
        };
        let mut all = build(None);
        if replace {
            // Replaced by other text, then removed: the same as never added.
            all.add(Document::text(docs[x].0.clone(), texts[0].clone()));
        }
        prop_assert!(all.remove(&docs[x].0));
        prop_assert!(!all.remove(&docs[x].0));
        let without = build(Some(x));
        prop_assert_eq!(all.scan(), without.scan());
        for t in texts.iter().chain([&docs[x].1]) {
            let probe = Document::text("probe.txt", t.clone());
            prop_assert_eq!(all.check(&probe), without.check(&probe));
        }
        let people = |c: &Corpus| serde_json::to_string(&factcheck::corpus::people_overview(c)).unwrap();
        prop_assert_eq!(people(&all), people(&without));
    }

    #[test]
    fn corpus_order_does_not_change_findings(texts in prop::collection::vec(article(), 1..5), seed in 0u64..1000) {
        let mut docs: Vec<(String, String)> = factcheck::seeds::SEEDS.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
        for (i, t) in texts.iter().enumerate() {
            docs.push((format!("gen{i}.txt"), t.clone()));
        }
        let build = |order: &[(String, String)]| {
            let mut c = Corpus::new();
            for (n, t) in order {
                c.add(Document::text(n.clone(), t.clone()));
            }
            c
        };
        let a = build(&docs);
        // A deterministic shuffle.
        let mut shuffled = docs.clone();
        let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        for i in (1..shuffled.len()).rev() {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (x >> 33) as usize % (i + 1));
        }
        let b = build(&shuffled);
        prop_assert_eq!(a.scan(), b.scan());
        let probe = Document::text("probe.txt", texts[0].clone());
        prop_assert_eq!(a.check(&probe), b.check(&probe));
    }
}
