//! Errors a caller can act on. Each message says what went wrong and what to do.

use std::fmt;

/// Largest article the checker reads, in bytes (16 MiB).
pub const MAX_ARTICLE_BYTES: usize = 16 * 1024 * 1024;

/// Why an article or corpus could not be read.
#[derive(Debug)]
pub enum Error {
    /// The file could not be opened or read.
    Io { path: String, message: String },
    /// A report or index could not be written.
    Write { path: String, message: String },
    /// The file holds NUL bytes: it is not a text article.
    Binary { path: String },
    /// The file is not valid UTF-8.
    NotUtf8 { path: String, offset: usize },
    /// The file is larger than [`MAX_ARTICLE_BYTES`].
    TooLarge { path: String, size: u64 },
    /// The directory holds no `.txt`, `.md` or `.html` article.
    NoArticles { path: String },
    /// A malformed argument or index.
    Invalid { message: String },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, message } => write!(f, "cannot read {path}: {message}; check the path and its permissions"),
            Error::Write { path, message } => write!(f, "cannot write {path}: {message}; check that its folder exists and is writable"),
            Error::Binary { path } => write!(f, "{path} is a binary file, not an article; give a .txt, .md or .html file"),
            Error::NotUtf8 { path, offset } => write!(f, "{path} is not valid UTF-8 (byte {offset}); convert it to UTF-8, e.g. with iconv"),
            Error::TooLarge { path, size } => write!(
                f,
                "{path} is {size} bytes, over the {} MiB limit for one article; split it into articles",
                MAX_ARTICLE_BYTES / (1024 * 1024)
            ),
            Error::NoArticles { path } => write!(f, "{path} holds no articles (.txt, .md, .markdown, .html, .htm); point --corpus at a folder of articles"),
            Error::Invalid { message } => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

/// Checks raw bytes and turns them into article text.
pub fn text_from_bytes(path: &str, bytes: Vec<u8>) -> Result<String, Error> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(Error::TooLarge {
            path: path.to_string(),
            size: bytes.len() as u64,
        });
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err(Error::Binary {
            path: path.to_string(),
        });
    }
    String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        path: path.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })
}
