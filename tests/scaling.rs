//! A check's work does not grow with the corpus (issue 8): the index is read by key, so
//! checking one article against ten times more articles about the same story costs about
//! the same, and a scan of ten times more articles about ten times the work. Work is
//! counted, not timed: in index operations (`factcheck::resolve::ops`) and in the units
//! of work the rules do on each article (`factcheck::rules::work`).

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

#[test]
fn scan_work_grows_linearly_with_corpus_size() {
    let story = factcheck::synth::story(42, 1000, 250);
    let mut work = Vec::new();
    for n in [100, 1000] {
        let c = corpus(&story[..n]);
        let (ops, rules) = (factcheck::resolve::ops(), factcheck::rules::work());
        let findings = c.scan();
        let ops = factcheck::resolve::ops() - ops;
        let rules = factcheck::rules::work() - rules;
        println!(
            "scan of {n} articles: {ops} index operations, {rules} units of rule work, {} findings",
            findings.len()
        );
        assert!(!findings.is_empty(), "the synthetic story plants conflicts");
        assert!(rules > 0, "the rules count their work");
        work.push((ops as f64, rules as f64));
    }
    // Ten times the articles may cost at most about twelve times the work, in the index
    // and in the rules: each article's lookups and comparisons are bounded, not a pass
    // over the others.
    for (what, small, big) in [
        ("index operations", work[0].0, work[1].0),
        ("rule work", work[0].1, work[1].1),
        ("all the work", work[0].0 + work[0].1, work[1].0 + work[1].1),
    ] {
        assert!(big <= 12.0 * small, "{what} grew from {small} to {big}");
    }
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

/// A 15 MB article (one 5 MB line, then short lines) with a finding every 150 bytes.
fn big_report() -> (String, Vec<factcheck::Finding>) {
    use factcheck::{Finding, Severity, Span};
    let line = "Senator Ada Quist spoke — “très bien” — to 21 people. ";
    let mut text = line.repeat(5_000_000 / line.len());
    while text.len() < 15_000_000 {
        text.push_str(line);
        text.push('\n');
    }
    let mut findings = Vec::new();
    let (mut at, mut n) = (0, 0);
    while let Some(i) = text[at..].find("Senator Ada Quist").map(|i| i + at) {
        n += 1;
        if n % 2 == 0 {
            let span = |start: usize| Span {
                doc: "big.txt".into(),
                start,
                end: start + 17,
                text: "Senator Ada Quist".into(),
            };
            findings.push(Finding {
                rule: "title-conflict".into(),
                severity: Severity::Error,
                message: "Ada Quist is called “Senator” here".into(),
                subject: "Ada Quist".into(),
                span: span(i),
                evidence: vec![span(i / 2 - i / 2 % line.len())],
                fix: None,
            });
        }
        at = i + 17;
    }
    (text, findings)
}

#[test]
fn a_text_report_is_linear_in_the_article() {
    use factcheck::output::{render, Report, ReportFormat};
    use factcheck::report::Locator;
    let (text, findings) = big_report();
    assert!(findings.len() > 90_000, "{}", findings.len());
    // Work: every line and column is placed in one pass over the article.
    let source = |_: &str| Some(text.as_str());
    let loc = Locator::of_findings(&findings, source);
    assert!(
        loc.scanned <= text.len(),
        "{} bytes read for {}",
        loc.scanned,
        text.len()
    );
    for f in findings.iter().step_by(997) {
        assert_eq!(
            loc.get("big.txt", f.span.start),
            Some(factcheck::finding::line_col(&text, f.span.start))
        );
    }
    // Time: the text report takes at most twice the JSON report (which places the same
    // lines and columns); a little slack for a busy machine.
    let checked = vec!["big.txt".to_string()];
    let report = Report {
        findings: &findings,
        checked: &checked,
        source: &source,
        published: &|_| None,
    };
    let time = |format| {
        let t = std::time::Instant::now();
        let out = render(format, &report);
        (t.elapsed(), out.len())
    };
    let (json, _) = time(ReportFormat::Json);
    let (txt, n) = time(ReportFormat::Text);
    println!(
        "15 MB, {} findings: text {txt:?} ({n} bytes), JSON {json:?}",
        findings.len()
    );
    assert!(
        txt <= json * 2 + std::time::Duration::from_millis(200),
        "text {txt:?}, JSON {json:?}"
    );
}
