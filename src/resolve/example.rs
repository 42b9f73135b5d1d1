//! [`Example`]: where a vote's form is used, as the index keeps it: its article's shared
//! [`Source`] and a range of it, sixteen bytes with no allocation of its own. It is made a
//! report [`Span`] (a copy of the article's id and of the text) only when a rule reads it.
//!
//! Each corpus article's [`Source`] is held once, by the index's table of articles, and
//! shared by every example of it and by the corpus that stores the article.

use crate::finding::Span;
use std::sync::Arc;

/// An article's id and source text, shared by the index and the corpus.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Source {
    /// The article's id.
    pub id: String,
    /// Its source text, which example offsets index.
    pub text: String,
}

impl Source {
    /// The shared source of an article.
    pub fn of(doc: &crate::document::Document) -> Arc<Source> {
        Source::of_parts(doc.id.clone(), doc.source.clone())
    }

    /// The shared source of an article's id and text.
    pub fn of_parts(id: String, text: String) -> Arc<Source> {
        Arc::new(Source { id, text })
    }
}

/// An example's offsets when it is not read yet (a hole, see [`super::forget`]).
const UNREAD: u32 = u32::MAX;

/// A range of one article's source text, kept by the index. Offsets are UTF-8 bytes of
/// the source; an article past 4 GiB keeps offsets that fit (its span's text is then
/// empty), which no reader of the index can load anyway.
#[derive(Debug, Clone)]
pub struct Example {
    source: Arc<Source>,
    start: u32,
    end: u32,
}

fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(UNREAD - 1).min(UNREAD - 1)
}

impl Example {
    /// The example of the source range `r` of `source`.
    pub fn new(source: &Arc<Source>, r: std::ops::Range<usize>) -> Example {
        Example {
            source: source.clone(),
            start: narrow(r.start),
            end: narrow(r.end),
        }
    }

    /// An example of `source` not read yet: a hole that [`Example::new`] fills.
    pub(super) fn unread(source: &Arc<Source>) -> Example {
        Example {
            source: source.clone(),
            start: UNREAD,
            end: UNREAD,
        }
    }

    /// The example with its article's id and offsets but none of its text, which the
    /// example no longer holds on to.
    pub fn detached(&self) -> Example {
        Example {
            source: Source::of_parts(self.source.id.clone(), String::new()),
            ..*self
        }
    }

    /// `true` for an example not read yet.
    pub(super) fn is_unread(&self) -> bool {
        self.start == UNREAD
    }

    /// The article's id.
    pub fn doc(&self) -> &str {
        &self.source.id
    }

    /// Start offset in the article's source.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// End offset, exclusive.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The source text of the range ("" for a hole).
    pub fn text(&self) -> &str {
        self.source.text.get(self.start()..self.end()).unwrap_or("")
    }

    /// The report span: the article's id, the offsets and a copy of the text.
    pub fn span(&self) -> Span {
        Span {
            doc: self.source.id.clone(),
            start: self.start(),
            end: self.end(),
            text: self.text().to_string(),
        }
    }

    /// Where the example sorts among others: by article id, then offset.
    pub fn place(&self) -> (&str, usize) {
        (self.doc(), self.start())
    }
}

/// Two examples are equal when they are the same range of the same article.
impl PartialEq for Example {
    fn eq(&self, o: &Example) -> bool {
        (self.start, self.end) == (o.start, o.end)
            && (Arc::ptr_eq(&self.source, &o.source) || self.source.id == o.source.id)
    }
}

/// The report spans of examples.
pub fn spans<'e>(examples: impl IntoIterator<Item = &'e Example>) -> Vec<Span> {
    examples.into_iter().map(Example::span).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_example_is_its_span_once_read() {
        let s = Arc::new(Source {
            id: "a.txt".into(),
            text: "Mayor Ona Brisk spoke — “yes”.".into(),
        });
        let e = Example::new(&s, 6..15);
        assert_eq!(e.text(), "Ona Brisk");
        let span = e.span();
        assert_eq!((span.doc.as_str(), span.start, span.end), ("a.txt", 6, 15));
        assert_eq!(span.text, "Ona Brisk");
        assert_eq!(std::mem::size_of::<Example>(), 16);
        let hole = Example::unread(&s);
        assert!(hole.is_unread() && hole.text().is_empty() && !e.is_unread());
        assert!(e.place() < hole.place());
        // A range not on the text (never made by the index) reads as empty, no panic.
        assert_eq!(Example::new(&s, 23..24).text(), "");
        assert_eq!(Example::new(&s, 6..15), e);
    }
}
