//! The command-line contract: output formats and exit codes (issue 2).

use std::process::{Command, Output};

fn factcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(args)
        .output()
        .expect("run factcheck")
}

fn tmp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("factcheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn one_line_error(o: &Output) {
    assert_eq!(
        o.status.code(),
        Some(2),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.starts_with("factcheck: "), "{err}");
}

#[test]
fn scan_json_is_valid_and_exact() {
    let o = factcheck(&["scan", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "seeds have errors");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    let fs = v["findings"].as_array().unwrap();
    let seeds: std::collections::HashMap<&str, &str> =
        factcheck::seeds::SEEDS.iter().copied().collect();
    for f in fs {
        for key in ["rule", "severity", "message", "subject", "span", "evidence"] {
            assert!(f.get(key).is_some(), "{key} missing in {f}");
        }
        assert!(["error", "warning", "info"].contains(&f["severity"].as_str().unwrap()));
        for s in std::iter::once(&f["span"]).chain(f["evidence"].as_array().unwrap()) {
            let src = seeds[s["doc"].as_str().unwrap()];
            let (a, b) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&src[a..b], s["text"].as_str().unwrap());
        }
    }
    let case: Vec<&str> = fs
        .iter()
        .filter(|f| f["rule"] == "name-case")
        .map(|f| f["span"]["text"].as_str().unwrap())
        .collect();
    assert!(
        case.contains(&"zelenskyy") && case.contains(&"davis"),
        "{case:?}"
    );
}

#[test]
fn text_format_is_compiler_style() {
    let o = factcheck(&["scan"]);
    let out = String::from_utf8_lossy(&o.stdout);
    let first = out.lines().next().unwrap();
    let re_ok =
        first.split(':').count() >= 4 && first.contains("[name-") || first.contains("[title-");
    assert!(re_ok, "{first}");
    assert!(
        out.lines().any(|l| l.starts_with("    ")),
        "evidence lines are indented"
    );
}

#[test]
fn check_exit_codes() {
    let clean = tmp(
        "clean.txt",
        "The weather was calm on Tuesday and nobody said anything.".as_bytes(),
    );
    assert_eq!(
        factcheck(&["check", clean.to_str().unwrap()]).status.code(),
        Some(0)
    );
    let bad = tmp(
        "bad.txt",
        "Senator Marco Rubio spoke to reporters.".as_bytes(),
    );
    assert_eq!(
        factcheck(&["check", bad.to_str().unwrap()]).status.code(),
        Some(1)
    );
}

#[test]
fn unreadable_inputs_exit_2_with_one_line() {
    one_line_error(&factcheck(&["check", "missing.txt"]));
    let bin = tmp("binary.txt", &[0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 3]);
    one_line_error(&factcheck(&["check", bin.to_str().unwrap()]));
    let latin1 = tmp("latin1.txt", b"Caf\xe9 au lait with Jos\xe9 Mart\xednez.");
    one_line_error(&factcheck(&["check", latin1.to_str().unwrap()]));
    let empty = std::env::temp_dir().join(format!("factcheck-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    one_line_error(&factcheck(&["scan", empty.to_str().unwrap()]));
    assert_eq!(factcheck(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn stdin_is_an_article() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(["check", "-", "--format", "json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Senator Marco Rubio spoke.".as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "title-conflict" && f["span"]["doc"] == "stdin"));
}

#[test]
fn extract_lists_people_with_titles_and_skips_boilerplate() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let o = factcheck(&[
        "extract",
        "--format",
        "json",
        dir.join("003_1f0bf1d3823c54ba.txt").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let d = &v["documents"][0];
    assert!(d["people"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "Dmitry Peskov" && p["title"] == "Kremlin spokesperson"));
    assert!(d["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["text"] == "Select Language:"));
    for p in d["people"].as_array().unwrap() {
        assert!(
            p["start"].as_u64().unwrap() > 16,
            "mention inside Select Language: {p}"
        );
    }
}

#[test]
fn over_the_size_limit_exits_2() {
    let big = tmp(
        "big.txt",
        &vec![b'a'; factcheck::error::MAX_ARTICLE_BYTES + 1],
    );
    let o = factcheck(&["check", big.to_str().unwrap()]);
    one_line_error(&o);
    assert!(String::from_utf8_lossy(&o.stderr).contains("MiB limit"));
}

#[test]
fn a_batch_never_drops_an_article_silently() {
    let good = tmp("good.txt", "Senator Marco Rubio spoke.".as_bytes());
    // One unreadable article in a batch fails the batch, naming the file.
    let o = factcheck(&["check", good.to_str().unwrap(), "no-such-article.txt"]);
    one_line_error(&o);
    assert!(String::from_utf8_lossy(&o.stderr).contains("no-such-article.txt"));
    // A corpus folder with one binary "article" is refused, not read without it.
    let dir = std::env::temp_dir().join(format!("factcheck-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), "Mayor Ana Ruiz spoke.").unwrap();
    std::fs::write(dir.join("b.txt"), [0u8, 159, 146, 150]).unwrap();
    let o = factcheck(&["scan", dir.to_str().unwrap()]);
    one_line_error(&o);
    assert!(String::from_utf8_lossy(&o.stderr).contains("b.txt"));
}

#[test]
fn rules_lists_every_rule_in_each_format() {
    let o = factcheck(&["rules"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    let metas: Vec<_> = factcheck::rules::metas().collect();
    assert_eq!(text.lines().count(), metas.len(), "{text}");
    for (line, m) in text.lines().zip(&metas) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cols[..2], [m.id, m.default_severity.as_str()], "{line}");
        assert!(line.ends_with(m.description), "{line}");
    }

    let o = factcheck(&["rules", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    let rules = v["rules"].as_array().unwrap();
    assert_eq!(rules.len(), metas.len());
    assert_eq!(rules[0]["id"], "name-case");
    for (r, m) in rules.iter().zip(&metas) {
        assert_eq!(r["id"], m.id);
        assert_eq!(r["severity"], m.default_severity.as_str());
        assert_eq!(r["description"], m.description);
        assert_eq!(r["doc"], m.doc);
    }

    let o = factcheck(&["rules", "--format", "markdown"]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        factcheck::rules::markdown_table()
    );
}
