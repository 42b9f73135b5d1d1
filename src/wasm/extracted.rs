//! `Checker.extract`'s result, handed to JavaScript in a compact form: numbers in one
//! `Float64Array` and strings in one string, which `extracted.js` (beside this file) turns
//! into the same objects `JSON.parse` would make of the report's JSON.
//!
//! Extraction is the API a CMS calls on every keystroke or batch, and its result is
//! almost as large as the article: parsing it as JSON took about a fifth of the call.
//! The two files must agree on the layout below; `tests/browser/api.test.mjs` compares
//! the objects with the CLI's JSON for every seed article.
//!
//! Layout, in order: the document's `doc` and `title`; then each list as its length
//! followed by its items, field by field in the order of the report's structs
//! ([`Span`], [`ExtractedPerson`], [`ExtractedQuantity`], [`ExtractedQuote`]). A string
//! is its length in UTF-16 code units (its text is the next slice of the string table),
//! or -1 for `null`. A number that is not finite stands for `null`.

use crate::document::utf16_len;
use crate::report::{ExtractedDocument, ExtractedPerson, ExtractedQuantity, ExtractedQuote, Span};

/// The compact form of one [`ExtractedDocument`].
#[derive(Default)]
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
            let Span {
                doc,
                start,
                end,
                text,
            } = e;
            p.str(Some(doc));
            p.num(*start as f64);
            p.num(*end as f64);
            p.str(Some(text));
        }
        p.num(d.people.len() as f64);
        for x in &d.people {
            let ExtractedPerson {
                name,
                title,
                start,
                end,
            } = x;
            p.str(Some(name));
            p.str(title.as_deref());
            p.num(*start as f64);
            p.num(*end as f64);
        }
        p.num(d.quantities.len() as f64);
        for q in &d.quantities {
            let ExtractedQuantity {
                text,
                value,
                low,
                high,
                unit,
                noun,
                key,
                start,
                end,
            } = q;
            p.str(Some(text));
            p.num(*value);
            p.num(low.unwrap_or(f64::NAN));
            p.num(high.unwrap_or(f64::NAN));
            p.str(unit.as_deref());
            p.str(noun.as_deref());
            p.str(Some(key));
            p.num(*start as f64);
            p.num(*end as f64);
        }
        p.num(d.quotes.len() as f64);
        for q in &d.quotes {
            let ExtractedQuote {
                text,
                speaker,
                start,
                end,
            } = q;
            p.str(Some(text));
            p.str(speaker.as_deref());
            p.num(*start as f64);
            p.num(*end as f64);
        }
        p
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
