//! Document parsing: text, Markdown and HTML, with exact offsets back to the source.
#![no_main]
use factcheck::{Document, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for format in [Format::Text, Format::Markdown, Format::Html] {
        let d = Document::new("f", text, format);
        for s in &d.sentences {
            let r = d.source_range(s.range.clone());
            assert!(d.source.get(r).is_some());
        }
    }
});
