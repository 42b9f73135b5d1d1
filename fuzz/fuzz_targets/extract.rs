//! Extraction: people, quantities and quotes from any text.
#![no_main]
use factcheck::{extract::analyse, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let a = analyse(Document::from_named("f.txt", text));
    for p in &a.people {
        assert!(a.doc.clean.get(p.range.clone()).is_some());
    }
    let _ = factcheck::report::ExtractedDocument::of(a);
});
