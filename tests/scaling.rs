//! A check's work does not grow with the corpus (issue 8): the index is read by key, so
//! checking one article against ten times more articles about the same story costs about
//! the same. Work is counted in index operations (`factcheck::resolve::ops`), not time.

use factcheck::{Corpus, Document};

fn corpus(articles: &[(String, String)]) -> Corpus {
    let mut c = Corpus::new();
    for (id, text) in articles {
        c.add(Document::text(id.clone(), text.clone()));
    }
    c
}

#[test]
fn check_work_is_sublinear_in_corpus_size() {
    let story = factcheck::synth::story(42, 1001, 250);
    let probe = Document::text("probe.txt", story[1000].1.clone());
    let mut work = Vec::new();
    for n in [100, 1000] {
        let c = corpus(&story[..n]);
        let before = factcheck::resolve::ops();
        let findings = c.check(&probe);
        let ops = factcheck::resolve::ops() - before;
        println!(
            "{n} articles: {ops} index operations, {} findings",
            findings.len()
        );
        assert!(!findings.is_empty(), "the synthetic story plants conflicts");
        work.push(ops as f64);
    }
    // Ten times the corpus may cost at most twice the work.
    assert!(
        work[1] <= 2.0 * work[0],
        "work grew from {} to {}",
        work[0],
        work[1]
    );
}

/// Work counted while `f` runs: articles analysed and index operations.
fn work(f: impl FnOnce()) -> (u64, u64) {
    let (a, o) = (
        factcheck::corpus::articles_analysed(),
        factcheck::resolve::ops(),
    );
    f();
    (
        factcheck::corpus::articles_analysed() - a,
        factcheck::resolve::ops() - o,
    )
}

#[test]
fn removing_an_article_costs_little_of_loading() {
    let story = factcheck::synth::story(42, 2000, 250);
    let mut c = Corpus::new();
    let load = work(|| c = corpus(&story));
    let mut ids: Vec<String> = c.ids().map(str::to_string).collect();
    ids.sort();
    // The first article by id gives examples everywhere; one from the middle, few.
    for (id, replace) in [(&ids[0], false), (&ids[1000], false), (&ids[1], true)] {
        let text = c.source(id).unwrap().to_string();
        let cost = work(|| {
            if replace {
                c.add(Document::text(id.clone(), format!("{text} More.")));
            } else {
                assert!(c.remove(id));
            }
        });
        println!(
            "loading 2000: {load:?} (articles analysed, index operations); {} {id}: {cost:?}",
            if replace { "replacing" } else { "removing" }
        );
        assert!(
            cost.0 * 20 < load.0 && cost.1 * 20 < load.1,
            "{cost:?} against {load:?}"
        );
    }
    assert_eq!(c.len(), 1998);
}
