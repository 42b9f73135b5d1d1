//! The prebuilt corpus index (issue 8): it round-trips, and a damaged index is rejected
//! with a message rather than trusted.

use factcheck::{Corpus, Document};

#[test]
fn round_trip_gives_the_same_findings() {
    let seeds = Corpus::with_seeds();
    let loaded = Corpus::from_index(&seeds.to_index()).unwrap();
    assert_eq!(loaded.len(), 5);
    assert_eq!(seeds.scan(), loaded.scan());
    let doc = Document::text(
        "new.txt",
        "Senator Marco Rubio said the strike killed 21 people. Zelensky spoke.",
    );
    assert_eq!(seeds.check(&doc), loaded.check(&doc));
}

#[test]
fn markup_keeps_its_clean_text_and_word_statistics() {
    let mut c = Corpus::new();
    c.add(Document::from_named(
        "a.html",
        "<html><body><h1>Talks</h1><p>Minister Ana K&ouml;hler said 40&nbsp;people died. K&ouml;hler spoke.</p></body></html>",
    ));
    c.add(Document::text(
        "b.txt",
        "Minister Ana Köhler said 45 people died.\nThe envoy met köhler.",
    ));
    let loaded = Corpus::from_index(&c.to_index()).unwrap();
    let (a, b) = (
        c.analysis("a.html").unwrap(),
        loaded.analysis("a.html").unwrap(),
    );
    assert_eq!(a.doc.clean, b.doc.clean);
    assert_ne!(b.doc.clean, b.doc.source);
    assert_eq!(
        serde_json::to_value(&a).unwrap(),
        serde_json::to_value(&b).unwrap()
    );
    assert_eq!(c.scan(), loaded.scan());
    assert!(!c.scan().is_empty());
}

#[test]
fn an_older_version_is_refused_with_a_reason() {
    let text = Corpus::with_seeds()
        .to_index()
        .replacen("\"version\":4", "\"version\":3", 1);
    let err = Corpus::from_index(&text).expect_err("a version 3 index is refused");
    let m = err.to_string();
    assert!(
        m.contains("older factcheck") && m.contains("factcheck index DIR"),
        "{m}"
    );
}

#[test]
fn the_file_is_a_header_then_one_article_per_line() {
    let text = Corpus::with_seeds().to_index();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6);
    let h: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(h["format"], "factcheck-index");
    assert_eq!(h["version"], 4);
    for l in &lines[1..] {
        let a: serde_json::Value = serde_json::from_str(l).unwrap();
        assert!(a["id"].is_string() && a["source"].is_string());
        // The article as read: its analysis is made again on loading, never stored.
        let keys: Vec<&String> = a.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["id", "source"],
            "plain text has no clean text or map"
        );
    }
    // About the size of the text.
    let source: usize = Corpus::with_seeds()
        .articles()
        .map(|a| a.source.len())
        .sum();
    assert!(text.len() < source * 11 / 10, "{} for {source}", text.len());
}

/// The seeds and an article with markup, as index records (header first).
fn records() -> Vec<serde_json::Value> {
    let mut c = Corpus::with_seeds();
    c.add(Document::from_named(
        "a.html",
        "<html><body><p>Minister Ana K&ouml;hler said 40&nbsp;people died.</p></body></html>",
    ));
    c.to_index()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn damaged_indexes_are_rejected() {
    let v = records();
    let html = v.iter().position(|r| r["id"] == "a.html").unwrap();
    assert!(v[html]["clean"].is_string() && v[html]["map"].is_object());
    let text = |v: &[serde_json::Value]| {
        v.iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    type Damage = Box<dyn Fn(&mut Vec<serde_json::Value>)>;
    let segment = move |v: &mut Vec<serde_json::Value>| -> serde_json::Value {
        v[html]["map"]["segments"][1].clone()
    };
    let cases: Vec<(&str, Damage)> = vec![
        (
            "map past the end",
            Box::new(move |v| v[html]["map"]["segments"][1]["orig_len"] = 10_000_000.into()),
        ),
        (
            "map splits a character",
            Box::new(move |v| {
                let s = segment(v);
                let clean = v[html]["clean"].as_str().unwrap().to_string();
                let at = clean.find('ö').unwrap() + 1;
                let mut t = s.clone();
                t["clean"] = at.into();
                v[html]["map"]["segments"][1] = t;
            }),
        ),
        (
            "source edited under its map",
            Box::new(move |v| v[html]["source"] = "short".into()),
        ),
        (
            "clean text without a map",
            Box::new(move |v| {
                v[html].as_object_mut().unwrap().remove("map");
            }),
        ),
        ("wrong version", Box::new(|v| v[0]["version"] = 99.into())),
        ("version 3 file", Box::new(|v| v[0]["version"] = 3.into())),
        (
            "version 3 file",
            Box::new(|v| {
                v[0]["version"] = 3.into();
                let doc = v[1].clone();
                v[1] = serde_json::json!({"doc": doc, "people": []});
            }),
        ),
        (
            "version 3 record",
            Box::new(|v| {
                let doc = v[1].clone();
                v[1] = serde_json::json!({"doc": doc, "people": []});
            }),
        ),
        (
            "version 2 file",
            Box::new(|v| {
                let articles = v[1..].to_vec();
                *v = vec![
                    serde_json::json!({"format": "factcheck-index", "version": 2, "articles": articles}),
                ];
            }),
        ),
        (
            "no header",
            Box::new(|v| {
                v.remove(0);
            }),
        ),
        (
            "duplicate article",
            Box::new(|v| {
                let a = v[1].clone();
                v.push(a);
            }),
        ),
        ("empty id", Box::new(|v| v[2]["id"] = " ".into())),
        ("id not a string", Box::new(|v| v[2]["id"] = 7.into())),
        (
            "over the size limit",
            Box::new(|v| v[2]["source"] = "a ".repeat(9 << 20).into()),
        ),
    ];
    for (what, damage) in cases {
        let mut w = v.clone();
        damage(&mut w);
        let err = Corpus::from_index(&text(&w))
            .err()
            .unwrap_or_else(|| panic!("{what}: accepted"));
        assert!(
            err.to_string().contains("corpus index is not valid"),
            "{what}: {err}"
        );
        if what.starts_with("version") || what == "wrong version" {
            assert!(err.to_string().contains("version 4"), "{what}: {err}");
        }
    }
    assert!(Corpus::from_index("").is_err());
    assert!(Corpus::from_index("{}").is_err());
    assert_eq!(Corpus::from_index(&text(&v[..1])).unwrap().len(), 0);
    assert_eq!(Corpus::from_index(&text(&v)).unwrap().len(), 6);
}

#[test]
fn the_cli_writes_and_reads_an_index() {
    let dir = std::env::temp_dir().join(format!("factcheck-index-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("corpus.index.json");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_factcheck"))
            .args(args)
            .output()
            .unwrap()
    };
    assert_eq!(
        run(&["index", "-o", file.to_str().unwrap()]).status.code(),
        Some(0)
    );
    let article = dir.join("a.txt");
    std::fs::write(&article, "Senator Marco Rubio spoke.").unwrap();
    let o = run(&[
        "check",
        "--corpus",
        file.to_str().unwrap(),
        "--format",
        "json",
        article.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "title-conflict"));
    std::fs::write(
        &file,
        "{\"format\": \"factcheck-index\", \"version\": 1, \"articles\": 3}",
    )
    .unwrap();
    let o = run(&["scan", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr)
            .trim_end()
            .lines()
            .count(),
        1
    );
}
