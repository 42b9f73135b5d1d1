//! The crate's top-level modules import one way.
//!
//! This test reads `src/`, finds every `crate::module` path each top-level module names
//! (in `use` lines, in paths and in serde attributes such as `with = "crate::…"`, not in
//! comments), and fails on any cycle between top-level modules, naming it with the file and
//! line of each edge. It also checks each edge against [`LAYERS`], the intended order from
//! the bottom up, so that an upward edge is named before it closes a cycle. A new top-level
//! module is added to [`LAYERS`] at the height it belongs.
//!
//! Only the library's own code counts: items under `#[cfg(test)]` (a rule's tests at the
//! end of its file, a test-only helper module) may drive the whole pipeline through
//! [`Corpus`](factcheck::Corpus), as integration tests do.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The top-level modules from the bottom up. A module may name modules of lower layers
/// only. `bin/` (the CLI) is a crate of its own on top of all of them; `lib.rs` only
/// declares and re-exports.
const LAYERS: &[&[&str]] = &[
    // Leaf types and text utilities: they name no other module of the crate.
    &["finding", "serde_helpers", "normalize", "error"],
    // Work shared out to the cores (native only): names no other module.
    &["parallel"],
    // Every generic word list.
    &["lexicon"],
    // The pipeline, one way.
    &["document"],
    &["extract"],
    &["resolve"],
    &["rules"],
    &["report"],
    // Report formats for CI and editors (SARIF, GitHub, Checkstyle, JUnit), over the rules.
    &["output"],
    // House style and rule settings read the rules' registry.
    &["config"],
    // Storage, file loading, the built-in seed corpus and the synthetic story generator.
    &["index_file", "load", "seeds", "synth"],
    &["corpus"],
    // Loading an index file into a corpus as its bytes arrive.
    &["index_stream"],
    // The WebAssembly binding: thin, on top.
    &["wasm"],
];

/// An edge: `from` names `crate::to` at `file:line`.
#[derive(Debug, Clone)]
struct Edge {
    to: String,
    at: String,
}

#[test]
fn top_level_modules_have_no_cycle() {
    let graph = read_graph(Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path());
    assert!(graph.len() > 5, "read too few modules: {:?}", graph.keys());
    if let Some(cycle) = find_cycle(&graph) {
        panic!("{}", describe_cycle(&graph, &cycle));
    }
}

#[test]
fn every_edge_points_down_the_layers() {
    let graph = read_graph(Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path());
    let layer = |m: &str| LAYERS.iter().position(|l| l.contains(&m));
    let mut problems = Vec::new();
    for (from, edges) in &graph {
        let Some(lf) = layer(from) else {
            problems.push(format!(
                "module `{from}` is in no layer: add it to LAYERS in tests/layers.rs"
            ));
            continue;
        };
        for (to, e) in edges {
            match layer(to) {
                Some(lt) if lt < lf => {}
                Some(_) => problems.push(format!(
                    "`{from}` names `crate::{to}` at {}, but `{to}` is not below `{from}` in \
                     LAYERS: move the code it needs down, or pass it in as plain data",
                    e.at
                )),
                None => problems.push(format!(
                    "module `{to}` (named at {}) is in no layer: add it to LAYERS",
                    e.at
                )),
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_cycle_finder_names_a_cycle() {
    let edge = |to: &str| {
        (
            to.to_string(),
            Edge {
                to: to.to_string(),
                at: format!("x.rs:1 (to {to})"),
            },
        )
    };
    let mut g: Graph = BTreeMap::new();
    g.insert("a".into(), BTreeMap::from([edge("b")]));
    g.insert("b".into(), BTreeMap::from([edge("c")]));
    g.insert("c".into(), BTreeMap::from([edge("a")]));
    g.insert("d".into(), BTreeMap::from([edge("a")]));
    let cycle = find_cycle(&g).expect("a -> b -> c -> a is a cycle");
    let text = describe_cycle(&g, &cycle);
    assert!(text.contains("a -> b -> c -> a"), "{text}");
    g.get_mut("c").unwrap().clear();
    assert!(find_cycle(&g).is_none());
}

#[test]
fn test_items_do_not_count() {
    let src = "use crate::a::X;\n#[cfg(test)]\nmod tests {\n    use crate::corpus::C;\n    fn f() { let s = \"}\"; }\n}\n#[cfg(test)]\nuse crate::b::Y;\nuse crate::c::Z;\n#[cfg(test)]\nmod testing;\n";
    let found: BTreeSet<String> = references(&strip_test_items(&strip_comments(src)))
        .into_iter()
        .map(|(m, _)| m)
        .collect();
    let want: BTreeSet<String> = ["a", "c"].map(String::from).into();
    assert_eq!(found, want);
    assert_eq!(test_modules_declared(src), vec!["testing".to_string()]);
}

#[test]
fn comments_do_not_count_and_strings_do() {
    let src = "use crate::a::X; // crate::b\n/* crate::c */ #[serde(with = \"crate::d::r\")]\n\
               let q = '\"'; let s = \"// not a comment crate::e\";\nuse crate::{f::Y, g};\n";
    let found: BTreeSet<String> = references(&strip_comments(src))
        .into_iter()
        .map(|(m, _)| m)
        .collect();
    let want: BTreeSet<String> = ["a", "d", "e", "f", "g"].map(String::from).into();
    assert_eq!(found, want);
}

type Graph = BTreeMap<String, BTreeMap<String, Edge>>;

/// Every top-level module's edges to other top-level modules (the first place each is
/// named).
fn read_graph(src: &Path) -> Graph {
    let reexports = root_reexports(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let files = rust_files(src);
    let test_only = test_only_files(&files);
    let mut graph: Graph = BTreeMap::new();
    for file in files.iter().filter(|f| !test_only.contains(*f)) {
        let rel = file.strip_prefix(src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs").to_string();
        if module == "lib" || module == "bin" || module == "main" {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        let edges = graph.entry(module.clone()).or_default();
        for (name, line) in references(&strip_test_items(&strip_comments(&text))) {
            let to = reexports.get(&name).cloned().unwrap_or(name);
            if to != module && !edges.contains_key(&to) {
                let at = format!("src/{}:{line}", rel.display());
                edges.insert(to.clone(), Edge { to, at });
            }
        }
    }
    graph
}

/// Files declared as `#[cfg(test)] mod name;` (as `name.rs` or `name/mod.rs` beside the
/// declaring file, or inside its folder when it is a `mod.rs`), and everything under them.
fn test_only_files(files: &[PathBuf]) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    for f in files {
        let text = strip_comments(&std::fs::read_to_string(f).unwrap());
        let dir = match f.file_name().is_some_and(|n| n == "mod.rs") {
            true => f.parent().unwrap().to_path_buf(),
            false => f.with_extension(""),
        };
        for name in test_modules_declared(&text) {
            let as_dir = dir.join(&name);
            out.insert(dir.join(format!("{name}.rs")));
            out.extend(files.iter().filter(|g| g.starts_with(&as_dir)).cloned());
        }
    }
    out
}

/// The names of the `#[cfg(test)] mod name;` declarations of a file.
fn test_modules_declared(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("#[cfg(test)]") {
        let rest = text[i + "#[cfg(test)]".len()..].trim_start();
        let Some(rest) = rest.strip_prefix("pub mod ").or(rest.strip_prefix("mod ")) else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if rest[name.len()..].trim_start().starts_with(';') {
            out.push(name);
        }
    }
    out
}

/// The text with each item under `#[cfg(test)]` blanked: an inline module or function to
/// its closing brace, a `use` or declaration to its semicolon (newlines kept).
fn strip_test_items(text: &str) -> String {
    const ATTR: &str = "#[cfg(test)]";
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(n) = text[i..].find(ATTR) {
        let start = i + n;
        out.push_str(&text[i..start]);
        let end = item_end(text, start + ATTR.len());
        out.extend(text[start..end].chars().filter(|&c| c == '\n'));
        i = end;
    }
    out.push_str(&text[i..]);
    out
}

/// Where the item starting at `from` ends: after its first `;` at depth 0, or after the
/// brace that closes its first `{`. String and character literals are skipped.
fn item_end(text: &str, from: usize) -> usize {
    let mut depth = 0usize;
    let mut i = from;
    while i < text.len() {
        if let Some(len) = literal_len(&text[i..]) {
            i += len;
            continue;
        }
        let c = text[i..].chars().next().unwrap();
        match c {
            '{' => depth += 1,
            '}' if depth <= 1 => return i + 1,
            '}' => depth -= 1,
            ';' if depth == 0 => return i + 1,
            _ => {}
        }
        i += c.len_utf8();
    }
    text.len()
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
    out
}

/// Names the crate root re-exports (`pub use finding::{Finding, Span}`), by the module
/// they come from, so that `crate::Finding` counts as naming `finding`.
fn root_reexports(lib: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for line in strip_comments(lib).lines() {
        let Some(rest) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let rest = rest.trim_end_matches(';');
        let Some((module, names)) = rest.split_once("::") else {
            continue;
        };
        for n in names.trim_matches(|c| c == '{' || c == '}').split(',') {
            let n = n.trim();
            if !n.is_empty() {
                out.insert(n.to_string(), module.to_string());
            }
        }
    }
    out
}

/// The top-level module each `crate::…` path names, with its 1-based line; a group
/// `crate::{a::X, b}` names each of its members.
fn references(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let ident = |from: usize| -> String {
        text[from..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let line_of = |i: usize| text[..i].matches('\n').count() + 1;
    for (i, _) in text.match_indices("crate::") {
        if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_') {
            continue;
        }
        let after = i + "crate::".len();
        if text[after..].starts_with('{') {
            for m in group_members(&text[after + 1..]) {
                out.push((m, line_of(i)));
            }
        } else {
            let m = ident(after);
            if !m.is_empty() {
                out.push((m, line_of(i)));
            }
        }
    }
    out
}

/// The first identifier of each top-level member of a `{…}` group (given the text after
/// its opening brace).
fn group_members(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut at_member = true;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => at_member = true,
            c if at_member && (c.is_alphanumeric() || c == '_') => {
                let name: String = text[i..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                for _ in 1..name.chars().count() {
                    chars.next();
                }
                if name != "self" {
                    out.push(name);
                }
                at_member = false;
            }
            _ => {}
        }
    }
    out
}

/// The text with `//` and `/* */` comments blanked (newlines kept, so lines still count),
/// string and character literals kept as they are.
fn strip_comments(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        let rest = &src[i..];
        if rest.starts_with("//") {
            let end = rest.find('\n').map_or(b.len(), |n| i + n);
            i = end;
        } else if rest.starts_with("/*") {
            let end = rest.find("*/").map_or(b.len(), |n| i + n + 2);
            out.extend(src[i..end].chars().filter(|&c| c == '\n'));
            i = end;
        } else if let Some(len) = literal_len(rest) {
            out.push_str(&rest[..len]);
            i += len;
        } else {
            let c = rest.chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// The length of a string literal (plain or raw) or character literal at the start of
/// `s`, if one starts there. A lifetime (`'a`) is no literal.
fn literal_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    match b.first()? {
        b'"' => {
            let mut i = 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            Some((i + 1).min(b.len()))
        }
        b'r' if b.get(1).is_some_and(|&c| c == b'"' || c == b'#') => {
            let hashes = b[1..].iter().take_while(|&&c| c == b'#').count();
            if b.get(1 + hashes) != Some(&b'"') {
                return None;
            }
            let close = format!("\"{}", "#".repeat(hashes));
            let body = 2 + hashes;
            let end = s[body..]
                .find(&close)
                .map_or(s.len(), |n| body + n + close.len());
            Some(end)
        }
        b'\'' => {
            if b.get(1) == Some(&b'\\') {
                let end = s[2..].find('\'')? + 3;
                Some(end)
            } else {
                let c = s[1..].chars().next()?;
                let after = 1 + c.len_utf8();
                (b.get(after) == Some(&b'\'')).then_some(after + 1)
            }
        }
        _ => None,
    }
}

/// A cycle of modules (first repeated at the end), if the graph has one.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    // 0 unvisited, 1 on the current path, 2 done.
    let mut state: BTreeMap<&str, u8> = BTreeMap::new();
    let mut path: Vec<&str> = Vec::new();
    fn visit<'g>(
        g: &'g Graph,
        m: &'g str,
        state: &mut BTreeMap<&'g str, u8>,
        path: &mut Vec<&'g str>,
    ) -> Option<Vec<String>> {
        match state.get(m).copied().unwrap_or(0) {
            2 => return None,
            1 => {
                let from = path.iter().position(|p| *p == m).unwrap_or(0);
                let mut cycle: Vec<String> = path[from..].iter().map(|s| s.to_string()).collect();
                cycle.push(m.to_string());
                return Some(cycle);
            }
            _ => {}
        }
        state.insert(m, 1);
        path.push(m);
        if let Some(edges) = g.get(m) {
            for e in edges.values() {
                if let Some(c) = visit(g, &e.to, state, path) {
                    return Some(c);
                }
            }
        }
        path.pop();
        state.insert(m, 2);
        None
    }
    for m in graph.keys() {
        if let Some(c) = visit(graph, m, &mut state, &mut path) {
            return Some(c);
        }
    }
    None
}

fn describe_cycle(graph: &Graph, cycle: &[String]) -> String {
    let mut s = format!(
        "cycle between top-level modules: {}\nwhere:",
        cycle.join(" -> ")
    );
    for w in cycle.windows(2) {
        let at = &graph[&w[0]][&w[1]].at;
        s.push_str(&format!("\n  {} names crate::{} at {at}", w[0], w[1]));
    }
    s.push_str("\nmove the shared code down a layer, or pass it in as plain data");
    s
}
