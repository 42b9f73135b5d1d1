//! Check against the seed corpus: every finding's text is the exact source slice.
#![no_main]
use factcheck::{Corpus, Document};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    let corpus = CORPUS.get_or_init(Corpus::with_seeds);
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let doc = Document::from_named("f.html", text);
    for f in corpus.check(&doc) {
        if f.span.doc == "f.html" {
            assert_eq!(
                doc.source.get(f.span.start..f.span.end),
                Some(f.span.text.as_str())
            );
        }
    }
});
