//! Reading articles from files and folders (native builds only).

use crate::document::{Document, Format};
use crate::error::{text_from_bytes, Error};
use std::path::Path;

/// Reads one article file, checking size, binary content and encoding.
pub fn read_file(path: &Path) -> Result<Document, Error> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| Error::Io {
        path: name.clone(),
        message: e.to_string(),
    })?;
    if meta.is_dir() {
        return Err(Error::Io {
            path: name,
            message: "it is a directory".into(),
        });
    }
    if meta.len() > crate::error::MAX_ARTICLE_BYTES as u64 {
        return Err(Error::TooLarge {
            path: name,
            size: meta.len(),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| Error::Io {
        path: name.clone(),
        message: e.to_string(),
    })?;
    let text = text_from_bytes(&name, bytes)?;
    let id = path
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or(name);
    Ok(Document::from_named(id, text))
}

/// Reads every article of a folder (not recursive; the files whose extension is one of
/// [`Format::EXTENSIONS`]), in file-name order. A file that
/// cannot be read is an error: a batch never drops an article silently.
pub fn read_dir(path: &Path) -> Result<Vec<Document>, Error> {
    let name = path.display().to_string();
    let entries = std::fs::read_dir(path).map_err(|e| Error::Io {
        path: name.clone(),
        message: e.to_string(),
    })?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::Io {
            path: name.clone(),
            message: e.to_string(),
        })?;
        let p = entry.path();
        let ext = p.extension().unwrap_or_default().to_string_lossy();
        if p.is_file() && Format::of_extension(&ext).is_some() {
            files.push(p);
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(Error::NoArticles { path: name });
    }
    files.iter().map(|p| read_file(p)).collect()
}
