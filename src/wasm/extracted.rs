//! `Checker.extract`'s result, handed to JavaScript in a compact form: numbers in one
//! `Float64Array` and strings in one string, which `extracted.js` (beside this file) turns
//! into the same objects `JSON.parse` would make of the report's JSON.
//!
//! `extract()` returns almost as much as it reads (every person, number and quote with
//! its text), so parsing its result as JSON took about a fifth of the call.
//! The two files must agree on the layout below; `tests/browser/api.test.mjs` compares
//! the objects with the CLI's JSON for every seed article.
//!
//! Layout, in order: the document's `doc` and `title`; then each list as its length
//! followed by its items, field by field in the order of the report's structs
//! ([`crate::report::Span`], [`crate::report::ExtractedPerson`],
//! [`crate::report::ExtractedQuantity`], [`crate::report::ExtractedQuote`]). A string
//! is its length in UTF-16 code units (its text is the next slice of the string table),
//! or -1 for `null`. A number that is not finite stands for `null`.

use crate::document::utf16_len;
use crate::report::ExtractedDocument;

/// The compact form of one [`ExtractedDocument`].
pub(super) struct Packed {
    pub nums: Vec<f64>,
    pub table: String,
}

impl Packed {
    pub fn of(d: &ExtractedDocument) -> Packed {
        let strings = d.doc.len()
            + d.excluded
                .iter()
                .map(|e| e.doc.len() + e.text.len())
                .sum::<usize>()
            + d.people.iter().map(|p| p.name.len()).sum::<usize>()
            + d.quotes.iter().map(|q| q.text.len()).sum::<usize>();
        let mut p = Packed {
            nums: Vec::with_capacity(
                8 + 4 * (d.excluded.len() + d.people.len() + d.quotes.len())
                    + 9 * d.quantities.len(),
            ),
            table: String::with_capacity(strings + 16 * d.quantities.len()),
        };
        p.str(Some(&d.doc));
        p.str(d.title.as_deref());
        p.num(d.excluded.len() as f64);
        for e in &d.excluded {
            p.str(Some(&e.doc));
            p.range(e.start, e.end);
            p.str(Some(&e.text));
        }
        p.num(d.people.len() as f64);
        for x in &d.people {
            p.str(Some(&x.name));
            p.str(x.title.as_deref());
            p.range(x.start, x.end);
        }
        p.num(d.quantities.len() as f64);
        for q in &d.quantities {
            p.str(Some(&q.text));
            p.num(q.value);
            p.num(q.low.unwrap_or(f64::NAN));
            p.num(q.high.unwrap_or(f64::NAN));
            p.str(q.unit.as_deref());
            p.str(q.noun.as_deref());
            p.str(Some(&q.key));
            p.range(q.start, q.end);
        }
        p.num(d.quotes.len() as f64);
        for q in &d.quotes {
            p.str(Some(&q.text));
            p.str(q.speaker.as_deref());
            p.str(q.how.as_deref());
            p.range(q.start, q.end);
        }
        p
    }

    fn range(&mut self, start: usize, end: usize) {
        self.nums.extend([start as f64, end as f64]);
    }

    fn num(&mut self, x: f64) {
        self.nums.push(x);
    }

    fn str(&mut self, s: Option<&str>) {
        match s {
            None => self.nums.push(-1.0),
            Some(s) => {
                self.nums.push(utf16_len(s) as f64);
                self.table.push_str(s);
            }
        }
    }
}
