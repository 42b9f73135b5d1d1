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

// Issue 24: the CLI in CI and editors.

/// A fresh folder of its own for one test.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("factcheck-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &std::path::Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn run_in(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run factcheck")
}

fn json_of(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&o.stdout));
    })
}

fn docs_of(v: &serde_json::Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["span"]["doc"].as_str().unwrap().to_string())
        .collect()
}

const RUBIO: &str = "Senator Marco Rubio spoke to reporters.";

#[test]
fn paths_are_printed_as_given() {
    let d = scratch("paths");
    write(&d, "a/story.txt", RUBIO);
    write(&d, "b/story.txt", RUBIO);
    let o = run_in(&d, &["check", "a/story.txt", "b/story.txt"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("\na/story.txt:1:1: error[title-conflict]")
            || out.starts_with("a/story.txt:1:1: error[title-conflict]"),
        "{out}"
    );
    assert!(
        out.contains("\nb/story.txt:1:1: error[title-conflict]"),
        "{out}"
    );
    let v = json_of(&run_in(
        &d,
        &["check", "a/story.txt", "./b/story.txt", "--format", "json"],
    ));
    assert_eq!(docs_of(&v), ["a/story.txt", "./b/story.txt"]);
}

#[test]
fn corpus_folders_are_read_recursively_and_skips_are_counted() {
    let d = scratch("tree");
    write(
        &d,
        "archive/2024/03/one.txt",
        "Secretary of State Ada Quist met the mayor. Secretary of State Ada Quist spoke.",
    );
    write(
        &d,
        "archive/2024/04/two.md",
        "Secretary of State Ada Quist spoke again.",
    );
    write(
        &d,
        "archive/2025/01/three.html",
        "<p>Secretary of State Ada Quist said so.</p>",
    );
    write(&d, "archive/.git/objects/x.txt", "Senator Ada Quist.");
    write(&d, "archive/.draft.txt", "Senator Ada Quist.");
    write(&d, "archive/2024/photo.jpg", "not an article");
    write(&d, "new.txt", "Senator Ada Quist met the mayor on Monday.");
    let o = run_in(
        &d,
        &[
            "check", "new.txt", "--corpus", "archive", "--format", "json",
        ],
    );
    let v = json_of(&o);
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "title-conflict")
        .unwrap_or_else(|| panic!("{v}"));
    let ev: Vec<&str> = f["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["doc"].as_str().unwrap())
        .collect();
    assert!(
        ev.contains(&"2024/03/one.txt") && ev.contains(&"2025/01/three.html"),
        "{ev:?}"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(
            "archive: skipped 1 hidden folder, 1 hidden file, 1 file that is not an article"
        ),
        "{err}"
    );
    // scan reads the same tree; --quiet says nothing of the skipped files.
    let o = run_in(&d, &["scan", "archive", "--quiet", "--format", "json"]);
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = run_in(&d, &["index", "archive", "-o", "archive.index.json"]);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("3 articles"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn check_takes_folders_and_reads_a_file_once() {
    let d = scratch("folders");
    write(&d, "drafts/2024/a.txt", RUBIO);
    write(&d, "drafts/b.md", RUBIO);
    write(&d, "drafts/.hidden/c.txt", RUBIO);
    let v = json_of(&run_in(&d, &["check", "drafts", "--format", "json"]));
    assert_eq!(docs_of(&v), ["drafts/2024/a.txt", "drafts/b.md"]);
    // The same file twice, however written, counts once.
    let v = json_of(&run_in(
        &d,
        &[
            "check",
            "drafts/b.md",
            "./drafts/b.md",
            "drafts",
            "--format",
            "json",
        ],
    ));
    assert_eq!(docs_of(&v), ["drafts/b.md", "drafts/2024/a.txt"]);
    // A folder with no article is an error.
    std::fs::create_dir_all(d.join("empty")).unwrap();
    one_line_error(&run_in(&d, &["check", "empty"]));
}

#[test]
fn json_gives_lines_and_columns_in_characters() {
    let d = scratch("linecol");
    let text = "Café “quoted” 😀\n\n  — é Senator Marco Rubio spoke. Zelensky too.\n";
    write(&d, "s.txt", text);
    let v = json_of(&run_in(&d, &["check", "s.txt", "--format", "json"]));
    let fs = v["findings"].as_array().unwrap();
    assert!(!fs.is_empty());
    for f in fs {
        let s = &f["span"];
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        let (l, c) = factcheck::finding::line_col(text, start);
        let (el, ec) = factcheck::finding::line_col(text, end);
        assert_eq!(
            [&s["line"], &s["column"], &s["endLine"], &s["endColumn"]],
            [l, c, el, ec].map(serde_json::Value::from).each_ref(),
            "{s}"
        );
        for e in f["evidence"].as_array().unwrap() {
            assert!(
                e["line"].as_u64().unwrap() >= 1 && e["column"].as_u64().unwrap() >= 1,
                "{e}"
            );
        }
    }
    let rubio = fs.iter().find(|f| f["rule"] == "title-conflict").unwrap();
    assert_eq!(
        (&rubio["span"]["line"], &rubio["span"]["column"]),
        (&3.into(), &7.into())
    );
}

#[test]
fn github_checkstyle_and_junit_match_the_examples() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/reports");
    for (format, file) in [
        ("github", "story.github.txt"),
        ("checkstyle", "story.checkstyle.xml"),
        ("junit", "story.junit.xml"),
    ] {
        let o = run_in(&dir, &["check", "story.txt", "--format", format]);
        assert_eq!(o.status.code(), Some(1), "{format}");
        let want = std::fs::read_to_string(dir.join(file)).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&o.stdout),
            want,
            "{format}: tests/data/reports/{file}"
        );
        assert!(o.stderr.is_empty(), "{format} prints no summary");
    }
    // Workflow-command escaping: %, newlines, and ':' ',' in properties.
    let d = scratch("github");
    write(&d, "a,b:c.txt", RUBIO);
    let o = run_in(&d, &["check", "a,b:c.txt", "--format", "github"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("::error file=a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=20,title=title-conflict::Marco Rubio"), "{out}");
    assert_eq!(
        out.lines().count(),
        1,
        "evidence is on %0A lines of the one command"
    );
}

#[test]
fn sarif_is_a_sarif_2_1_0_log() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/reports");
    let o = run_in(&dir, &["check", "story.txt", "--format", "sarif"]);
    let v = json_of(&o);
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), factcheck::rules::metas().count());
    let r = &run["results"][0];
    assert_eq!(r["ruleId"], "title-conflict");
    assert_eq!(
        rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "title-conflict"
    );
    assert_eq!(r["level"], "error");
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "story.txt");
    assert_eq!(
        (&loc["region"]["startLine"], &loc["region"]["startColumn"]),
        (&1.into(), &1.into())
    );
    assert_eq!(run["results"][1]["level"], "warning");
    // (tests/browser/sarif.test.mjs validates it against the SARIF 2.1.0 schema.)
}

#[test]
fn min_severity_and_quiet() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/reports");
    let o = run_in(
        &dir,
        &[
            "check",
            "story.txt",
            "--format",
            "json",
            "--min-severity",
            "warning",
        ],
    );
    let rules: Vec<_> = json_of(&o)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].clone())
        .collect();
    assert_eq!(rules, ["title-conflict", "name-variant"]);
    let d = scratch("minsev");
    write(&d, "z.txt", "Zelensky spoke on Tuesday.");
    let o = run_in(&d, &["check", "z.txt", "--min-severity", "error"]);
    assert_eq!(o.status.code(), Some(0), "no error finding left");
    assert!(o.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&o.stderr).trim(),
        "0 errors, 0 warnings, 0 infos"
    );
    let o = run_in(&d, &["check", "z.txt", "--quiet"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(!o.stdout.is_empty() && o.stderr.is_empty());
}

#[test]
fn output_file_and_write_failures() {
    let d = scratch("output");
    write(&d, "s.txt", RUBIO);
    let o = run_in(
        &d,
        &[
            "check",
            "s.txt",
            "--format",
            "sarif",
            "--output",
            "report.sarif",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("report.sarif")).unwrap()).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let o = run_in(&d, &["check", "s.txt", "-o", "no-such-folder/report.txt"]);
    one_line_error(&o);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("cannot write no-such-folder/report.txt"),
        "{err}"
    );
    let o = run_in(&d, &["index", "-o", "no-such-folder/x.index.json"]);
    one_line_error(&o);
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot write"));
}

#[test]
fn a_config_file_is_found_as_linters_find_theirs() {
    let d = scratch("config");
    write(
        &d,
        ".factcheck.json",
        r#"{"rules": {"title-conflict": "off"}}"#,
    );
    write(&d, "desk/politics/s.txt", RUBIO);
    let sub = d.join("desk/politics");
    let o = run_in(&sub, &["check", "s.txt", "--format", "json"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(json_of(&o)["findings"].as_array().unwrap().is_empty());
    // --no-config ignores it; --config names another.
    assert_eq!(
        run_in(&sub, &["check", "s.txt", "--no-config"])
            .status
            .code(),
        Some(1)
    );
    write(
        &d,
        "other.json",
        r#"{"rules": {"title-conflict": "warning"}}"#,
    );
    let o = run_in(
        &sub,
        &[
            "check",
            "s.txt",
            "--config",
            "../../other.json",
            "--format",
            "json",
        ],
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(json_of(&o)["findings"][0]["severity"], "warning");
    // A broken config file found is an error, naming it.
    write(&d, "desk/.factcheck.json", "{not json");
    let o = run_in(&sub, &["check", "s.txt"]);
    one_line_error(&o);
    assert!(String::from_utf8_lossy(&o.stderr).contains(".factcheck.json"));
}

#[test]
fn inline_comments_switch_rules_off_in_html_and_markdown() {
    let d = scratch("disable");
    write(&d, "a.html", "<!-- factcheck-disable title-conflict -->\n<p>Senator Marco Rubio spoke. Zelensky too.</p>\n<!-- factcheck-enable title-conflict -->\n");
    write(&d, "a2.html", "<!-- factcheck-disable title-conflict --><!-- factcheck-enable title-conflict -->\n<p>Senator Marco Rubio spoke.</p>");
    write(&d, "b.md", "Senator Marco Rubio spoke.\n\n<!-- factcheck-disable -->\nSenator Marco Rubio spoke again. Zelensky too.\n");
    write(
        &d,
        "c.txt",
        "<!-- factcheck-disable -->\nSenator Marco Rubio spoke.\n",
    );
    let v = json_of(&run_in(
        &d,
        &[
            "check", "a.html", "a2.html", "b.md", "c.txt", "--format", "json",
        ],
    ));
    let got: Vec<(String, String, u64)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["span"]["doc"].as_str().unwrap().into(),
                f["rule"].as_str().unwrap().into(),
                f["span"]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let want: Vec<(String, String, u64)> = [
        ("a.html", "name-variant", 2),
        ("a2.html", "title-conflict", 2),
        ("b.md", "title-conflict", 1),
        ("c.txt", "title-conflict", 2),
    ]
    .iter()
    .map(|&(d, r, l)| (d.into(), r.into(), l))
    .collect();
    assert_eq!(got, want, "plain text reads no switches");
    // scan drops them in corpus articles too.
    let corpus = scratch("disable-corpus");
    write(
        &corpus,
        "x.html",
        "<p>Secretary of State Ada Quist spoke. Secretary of State Ada Quist again.</p>",
    );
    write(&corpus, "y.html", "<p>Secretary of State Ada Quist said so.</p><!-- factcheck-disable --><p>Senator Ada Quist said so.</p>");
    let v = json_of(&run_in(&corpus, &["scan", ".", "--format", "json"]));
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["span"]["doc"] != "y.html" || f["rule"] != "title-conflict"),
        "{v}"
    );
}

#[test]
fn published_days_from_the_command_line_make_a_rise_an_update() {
    let dir = std::env::temp_dir().join(format!("factcheck-cli-pub-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "Outbreak\n\nHealth officials confirmed 14 cholera cases in Dunmere.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "Outbreak Grows\n\nHealth officials confirmed 20 cholera cases in Dunmere.\n",
    )
    .unwrap();
    let d = dir.to_str().unwrap();
    // (Cases, not a toll: undated tolls that differ are already a possible update.)
    let undated = factcheck(&["scan", d, "--no-config"]);
    assert_eq!(undated.status.code(), Some(1), "an error without days");
    let dated = factcheck(&[
        "scan",
        d,
        "--no-config",
        "--published",
        "a.txt=2026-03-02",
        "--published",
        "b.txt=2026-03-03",
    ]);
    assert_eq!(
        dated.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&dated.stdout)
    );
    let out = String::from_utf8_lossy(&dated.stdout);
    assert!(
        out.contains("info[number-conflict]") && out.contains("(2 March 2026)"),
        "{out}"
    );
    one_line_error(&factcheck(&["scan", d, "--published", "a.txt=soon"]));
}
