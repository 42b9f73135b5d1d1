//! Snapshots of the findings, so that any change to what the checker reports shows in
//! review: `scan` of the seeds and of every invented story (`tests/stories/<story>/`, the
//! texts the story tests read), and `check` of each invented article of `tests/articles/`
//! against the seeds, compared with `tests/snapshots/<name>.json` (the findings as pretty
//! JSON, in the order the checker reports them).
//!
//! After a deliberate change: `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` rewrites
//! the files; review their diff and commit it with the change.

use factcheck::{Corpus, Document, Finding};
use std::path::{Path, PathBuf};

const UPDATE: &str = "UPDATE_SNAPSHOTS=1 cargo test --test snapshots";
/// Changed lines shown of one snapshot.
const MAX_DIFF_LINES: usize = 80;

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// The files of a folder (or its subfolders, with `dirs`), in name order.
fn entries(dir: &Path, dirs: bool) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() == dirs)
        .collect();
    out.sort();
    out
}

fn name_of(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

/// An article file as the story tests build it: its file name as the id, plain text.
fn article(p: &Path) -> Document {
    let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    Document::text(name_of(p), text)
}

/// Compares the findings with `tests/snapshots/<name>.json` (or rewrites it when
/// `UPDATE_SNAPSHOTS` is set); returns what differs.
fn compare(name: &str, findings: &[Finding]) -> Option<String> {
    let path = tests_dir().join("snapshots").join(format!("{name}.json"));
    let actual = serde_json::to_string_pretty(findings).unwrap() + "\n";
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &actual).unwrap();
        return None;
    }
    let expected = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => return Some(format!("{}: {e} (no snapshot yet?)", path.display())),
    };
    (expected != actual).then(|| format!("{}:\n{}", path.display(), diff(&expected, &actual)))
}

/// A line diff of the two texts (longest common subsequence), two lines of context.
fn diff(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    // common[i][j]: the longest common subsequence of e[i..] and a[j..].
    let mut common = vec![vec![0u32; a.len() + 1]; e.len() + 1];
    for i in (0..e.len()).rev() {
        for j in (0..a.len()).rev() {
            common[i][j] = if e[i] == a[j] {
                common[i + 1][j + 1] + 1
            } else {
                common[i + 1][j].max(common[i][j + 1])
            };
        }
    }
    // (sign, line number in the expected file, line)
    let (mut i, mut j, mut ops) = (0, 0, Vec::new());
    while i < e.len() || j < a.len() {
        if i < e.len() && j < a.len() && e[i] == a[j] {
            ops.push((' ', i + 1, e[i]));
            (i, j) = (i + 1, j + 1);
        } else if i < e.len() && (j == a.len() || common[i + 1][j] >= common[i][j + 1]) {
            ops.push(('-', i + 1, e[i]));
            i += 1;
        } else {
            ops.push(('+', i + 1, a[j]));
            j += 1;
        }
    }
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != ' ').collect();
    let (mut out, mut last, mut shown) = (String::new(), None, 0);
    for (k, (sign, line, text)) in ops.iter().enumerate() {
        if !changed.iter().any(|&c| c.abs_diff(k) <= 2) {
            continue;
        }
        if last != Some(k.wrapping_sub(1)) {
            out += &format!("@@ line {line} @@\n");
        }
        last = Some(k);
        out += &format!("{sign} {text}\n");
        if *sign != ' ' {
            shown += 1;
            if shown == MAX_DIFF_LINES {
                out += &format!("… {} more changed lines\n", changed.len() - shown);
                break;
            }
        }
    }
    out
}

fn assert_none_differ(mismatches: Vec<String>) {
    assert!(
        mismatches.is_empty(),
        "the findings differ from their snapshots (if the change is meant, run `{UPDATE}` \
         and commit the updated files):\n\n{}",
        mismatches.join("\n")
    );
}

#[test]
fn seeds_scan() {
    let fs = Corpus::with_seeds().scan();
    assert_none_differ(compare("seeds", &fs).into_iter().collect());
}

#[test]
fn stories_scan() {
    let stories = entries(&tests_dir().join("stories"), true);
    assert!(!stories.is_empty());
    let mismatches = stories.iter().filter_map(|dir| {
        let mut c = Corpus::new();
        for p in entries(dir, false) {
            c.add(article(&p));
        }
        compare(&format!("story-{}", name_of(dir)), &c.scan())
    });
    assert_none_differ(mismatches.collect());
}

#[test]
fn articles_checked_against_the_seeds() {
    let seeds = Corpus::with_seeds();
    let articles = entries(&tests_dir().join("articles"), false);
    assert!(!articles.is_empty());
    let mismatches = articles.iter().filter_map(|p| {
        let stem = p.file_stem().unwrap().to_string_lossy();
        compare(&format!("check-{stem}"), &seeds.check(&article(p)))
    });
    assert_none_differ(mismatches.collect());
}
