//! Check against the seed corpus: every finding's text is the exact source slice.
#![no_main]
use factcheck::{Corpus, Document};
use libfuzzer_sys::fuzz_target;
use std::sync::{Mutex, OnceLock};

fuzz_target!(|data: &[u8]| {
    // A corpus keeps memos of its scans, so it is shared behind a lock.
    static CORPUS: OnceLock<Mutex<Corpus>> = OnceLock::new();
    let corpus = CORPUS
        .get_or_init(|| Mutex::new(Corpus::with_seeds()))
        .lock()
        .unwrap_or_else(|e| e.into_inner());
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
