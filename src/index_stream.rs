//! Loading a prebuilt corpus index as its bytes arrive (the page reads it from the
//! network in pieces): each complete line is read and its article filed at once, so the
//! load runs while the file downloads and no copy of the whole file is ever held.
//!
//! A piece may end anywhere, even inside a character; only the unfinished last line is
//! kept between pieces. Lines are those of [`str::lines`] (a `\r` before the `\n` is
//! dropped), so a [`Loader`] files exactly what [`crate::Corpus::from_index`] files from
//! the same bytes. Each line is checked as UTF-8 on its own: an index is untrusted, and a
//! bad byte refuses the file with a message naming the line.

use crate::error::Error;
use crate::index_file::Reader;
use crate::Corpus;

/// A corpus loading from an index file's bytes: [`Loader::push`] every piece in order,
/// then [`Loader::finish`].
#[derive(Default)]
pub struct Loader {
    corpus: Corpus,
    reader: Reader,
    /// The bytes of the last line so far, when a piece ended inside it.
    pending: Vec<u8>,
    /// Lines read, for the message on a line that is not UTF-8.
    lines: usize,
}

impl Loader {
    /// A loader before the file's first byte.
    pub fn new() -> Loader {
        Loader::default()
    }

    /// Articles filed so far.
    pub fn articles(&self) -> usize {
        self.corpus.len()
    }

    /// Reads the next piece of the file, filing every line it completes. An error
    /// refuses the whole file: push nothing more.
    pub fn push(&mut self, mut bytes: &[u8]) -> Result<(), Error> {
        if !self.pending.is_empty() {
            let Some(nl) = bytes.iter().position(|&b| b == b'\n') else {
                self.pending.extend_from_slice(bytes);
                return Ok(());
            };
            self.pending.extend_from_slice(&bytes[..nl]);
            let line = std::mem::take(&mut self.pending);
            self.line(&line)?;
            bytes = &bytes[nl + 1..];
        }
        let whole = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        if whole > 0 {
            for line in bytes[..whole - 1].split(|&b| b == b'\n') {
                self.line(line)?;
            }
        }
        self.pending.extend_from_slice(&bytes[whole..]);
        Ok(())
    }

    /// Ends the file (its last line need not end with a newline) and gives the corpus.
    pub fn finish(mut self) -> Result<Corpus, Error> {
        if !self.pending.is_empty() {
            let line = std::mem::take(&mut self.pending);
            self.line(&line)?;
        }
        self.reader.finish()?;
        self.corpus.loaded();
        Ok(self.corpus)
    }

    /// Reads one line (without its `\n`) and files its article.
    fn line(&mut self, line: &[u8]) -> Result<(), Error> {
        self.lines += 1;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let text = std::str::from_utf8(line).map_err(|_| Error::Invalid {
            message: format!(
                "the corpus index is not valid: line {} is not UTF-8 text; rebuild it with \
                 `factcheck index DIR -o FILE`",
                self.lines
            ),
        })?;
        if let Some(a) = self.reader.line(text)? {
            self.corpus.add_filed(a)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Loader;
    use crate::{Corpus, Document};

    fn index() -> String {
        let mut c = Corpus::new();
        c.add(Document::text(
            "a.txt",
            "Mayor Lina Varo said the bridge would reopen.\n\nVaro said 12 lanes were shut.",
        ));
        c.add(Document::text(
            "b.txt",
            "Officials said 14 lanes were shut. Mayor Varo said: \u{201c}We will reopen it.\u{201d}",
        ));
        c.to_index()
    }

    fn load(pieces: &[&[u8]]) -> Result<Corpus, crate::error::Error> {
        let mut l = Loader::new();
        for p in pieces {
            l.push(p)?;
        }
        l.finish()
    }

    #[test]
    fn files_what_the_whole_file_files_wherever_the_pieces_end() {
        let text = index();
        let whole = Corpus::from_index(&text).unwrap().scan();
        let b = text.as_bytes();
        for cut in 0..=b.len() {
            let c = load(&[&b[..cut], &b[cut..]]).unwrap();
            assert_eq!(c.len(), 2, "cut at {cut}");
            if cut % 37 == 0 {
                assert_eq!(c.scan(), whole, "cut at {cut}");
            }
        }
        let bytes: Vec<&[u8]> = b.chunks(1).collect();
        assert_eq!(load(&bytes).unwrap().scan(), whole);
    }

    #[test]
    fn reads_carriage_returns_and_a_last_line_without_newline() {
        let text = index();
        let crlf = text.trim_end().replace('\n', "\r\n");
        let c = load(&[crlf.as_bytes()]).unwrap();
        assert_eq!(c.scan(), Corpus::from_index(&text).unwrap().scan());
    }

    #[test]
    fn refuses_bad_bytes_and_empty_files() {
        let text = index();
        let mut bad = text.into_bytes();
        let second = bad.iter().position(|&b| b == b'\n').unwrap() + 3;
        bad[second] = 0xff;
        let e = load(&[&bad]).err().unwrap().to_string();
        assert!(e.contains("line 2 is not UTF-8"), "{e}");
        assert!(load(&[]).is_err());
        assert!(load(&[b"\n\n"]).is_err());
    }
}
