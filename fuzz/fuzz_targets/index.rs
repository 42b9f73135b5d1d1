//! The corpus index loader: any bytes are rejected or loaded into a corpus that checks.
#![no_main]
use factcheck::{Corpus, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(c) = Corpus::from_index(text) {
        let _ = c.scan();
        let _ = c.check(&Document::text(
            "x",
            "Senator Marco Rubio said 21 people were killed, “he said”.",
        ));
    }
});
