//! Reading articles from files and folders (native builds only).

use crate::document::{Document, Format};
use crate::error::{text_from_bytes, Error};
use std::path::{Path, PathBuf};

/// Reads one article file, checking size, binary content and encoding. Its id is the
/// path as given (`a/story.txt` stays `a/story.txt`).
pub fn read_file(path: &Path) -> Result<Document, Error> {
    read_file_as(path, path.display().to_string())
}

/// Reads one article file under the id `id` (see [`read_file`]).
pub fn read_file_as(path: &Path, id: String) -> Result<Document, Error> {
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
    Ok(Document::from_named(id, text))
}

/// What a folder walk left out, and why.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Skipped {
    /// Hidden folders (`.git`, `.cache`: a name starting with a dot), not entered.
    pub hidden_dirs: usize,
    /// Hidden files.
    pub hidden_files: usize,
    /// Files whose extension is not an article's (see [`Format::EXTENSIONS`]).
    pub other_files: usize,
    /// Symbolic links to folders, not followed (they could loop).
    pub linked_dirs: usize,
}

impl Skipped {
    /// Nothing was skipped.
    pub fn is_empty(&self) -> bool {
        *self == Skipped::default()
    }

    /// Adds another walk's counts.
    pub fn add(&mut self, o: Skipped) {
        self.hidden_dirs += o.hidden_dirs;
        self.hidden_files += o.hidden_files;
        self.other_files += o.other_files;
        self.linked_dirs += o.linked_dirs;
    }

    /// "skipped 2 hidden folders, 3 files that are not articles", or `None`.
    pub fn describe(&self) -> Option<String> {
        let parts: Vec<String> = [
            (self.hidden_dirs, "hidden folder", "hidden folders"),
            (self.hidden_files, "hidden file", "hidden files"),
            (
                self.other_files,
                "file that is not an article (.txt, .md, .markdown, .html, .htm)",
                "files that are not articles (.txt, .md, .markdown, .html, .htm)",
            ),
            (
                self.linked_dirs,
                "symbolic link to a folder (not followed)",
                "symbolic links to folders (not followed)",
            ),
        ]
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|&(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
        .collect();
        (!parts.is_empty()).then(|| format!("skipped {}", parts.join(", ")))
    }
}

/// The article files under a folder, recursively, in path order, each with its path
/// relative to the folder (`/`-separated): the id a corpus gives it.
pub fn article_files(path: &Path) -> Result<(Vec<(PathBuf, String)>, Skipped), Error> {
    let mut files = Vec::new();
    let mut skipped = Skipped::default();
    walk(path, "", &mut files, &mut skipped)?;
    files.sort_by(|a, b| a.1.cmp(&b.1));
    Ok((files, skipped))
}

fn walk(
    dir: &Path,
    prefix: &str,
    files: &mut Vec<(PathBuf, String)>,
    skipped: &mut Skipped,
) -> Result<(), Error> {
    let io = |e: std::io::Error| Error::Io {
        path: dir.display().to_string(),
        message: e.to_string(),
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let p = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let ty = entry.file_type().map_err(io)?;
        // A link is followed to a file, never to a folder.
        let (is_dir, is_file, link_to_dir) = if ty.is_symlink() {
            let target = std::fs::metadata(&p);
            let d = target.as_ref().is_ok_and(|m| m.is_dir());
            (false, target.is_ok_and(|m| m.is_file()), d)
        } else {
            (ty.is_dir(), ty.is_file(), false)
        };
        let hidden = name.starts_with('.');
        let rel = format!("{prefix}{name}");
        if link_to_dir {
            skipped.linked_dirs += 1;
        } else if is_dir {
            if hidden {
                skipped.hidden_dirs += 1;
            } else {
                walk(&p, &format!("{rel}/"), files, skipped)?;
            }
        } else if is_file {
            let ext = p.extension().unwrap_or_default().to_string_lossy();
            if hidden {
                skipped.hidden_files += 1;
            } else if Format::of_extension(&ext).is_some() {
                files.push((p, rel));
            } else {
                skipped.other_files += 1;
            }
        }
    }
    Ok(())
}

/// Reads every article under a folder, recursively (see [`article_files`]): each is
/// named by its path relative to the folder. A file that cannot be read is an error: a
/// batch never drops an article silently. Also says what was skipped.
pub fn read_tree(path: &Path) -> Result<(Vec<Document>, Skipped), Error> {
    let (files, skipped) = article_files(path)?;
    if files.is_empty() {
        return Err(Error::NoArticles {
            path: path.display().to_string(),
        });
    }
    let docs = files
        .into_iter()
        .map(|(p, id)| read_file_as(&p, id))
        .collect::<Result<_, _>>()?;
    Ok((docs, skipped))
}

/// Reads every article under a folder, recursively (see [`read_tree`]).
pub fn read_dir(path: &Path) -> Result<Vec<Document>, Error> {
    read_tree(path).map(|(docs, _)| docs)
}
