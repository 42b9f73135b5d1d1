//! Prints everything the extractors find (people, quantities, quotes, word uses,
//! sentences) for the seeds, a 400-article synthetic story and every input of the local
//! fuzz corpora (not committed: `bash fuzz/seed.sh` seeds them, the fuzzer grows them),
//! one JSON line per article: a refactor for speed is checked to change nothing by running
//! this before and after it, in the same checkout, and comparing the outputs.
//! Run: cargo run --release --example golden [DIR...] > before.jsonl (each DIR's files are
//! read too, as articles: texts kept outside the repository, for a wider check).
use factcheck::{extract::analyse, Document};
use std::io::Write;

fn main() {
    let mut texts: Vec<(String, String)> = factcheck::seeds::SEEDS
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    texts.extend(factcheck::synth::story(7, 400, 700));
    let dirs = ["fuzz/corpus/extract", "fuzz/corpus/check"].map(String::from);
    for dir in dirs.into_iter().chain(std::env::args().skip(1)) {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("{dir} not found: run from the repository root, after bash fuzz/seed.sh");
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if let Ok(b) = std::fs::read(&p) {
                texts.push((
                    p.display().to_string(),
                    String::from_utf8_lossy(&b).into_owned(),
                ));
            }
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (name, text) in texts {
        let a = analyse(Document::from_named(&name, text));
        let line = serde_json::to_string(&(
            &a.people,
            &a.quantities,
            &a.quotes,
            &a.words,
            &a.doc.sentences,
        ))
        .expect("analyses serialise");
        writeln!(out, "{line}").expect("write to stdout");
    }
}
