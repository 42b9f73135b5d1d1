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
        .replacen("\"version\":5", "\"version\":4", 1);
    let err = Corpus::from_index(&text).expect_err("a version 4 index is refused");
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
    assert_eq!(h["version"], 5);
    for l in &lines[1..] {
        let a: serde_json::Value = serde_json::from_str(l).unwrap();
        assert!(a["id"].is_string() && a["source"].is_string());
        // The article as read, and what it files in the corpus index.
        let keys: Vec<&String> = a.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["filed", "id", "source"],
            "plain text has no clean text or map"
        );
    }
    // At most one and a half times the text (issue 25).
    let source: usize = Corpus::with_seeds()
        .articles()
        .map(|a| a.source.len())
        .sum();
    assert!(text.len() <= source * 3 / 2, "{} for {source}", text.len());
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
            assert!(err.to_string().contains("version 5"), "{what}: {err}");
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

/// The seeds, a synthetic story and an article with markup.
fn story_corpus() -> Corpus {
    let mut c = Corpus::with_seeds();
    for (id, t) in factcheck::synth::story(11, 60, 220) {
        c.add(Document::text(id, t));
    }
    c.add(Document::from_named(
        "m.html",
        "<html><body><h1>Talks</h1><p>Minister Ana K&ouml;hler said 40&nbsp;people died. \
         &ldquo;We will not stop until it is done,&rdquo; K&ouml;hler said.</p></body></html>",
    ));
    c
}

/// Loading files each article as the index records it, without analysing it again: the
/// corpus loaded gives exactly the findings, people and index of the corpus built from the
/// texts.
#[test]
fn a_loaded_index_files_what_a_fresh_extraction_files() {
    let built = story_corpus();
    let text = built.to_index();
    let loaded = Corpus::from_index(&text).unwrap();
    assert_eq!(loaded.len(), built.len());
    assert_eq!(loaded.scan(), built.scan());
    assert!(!built.scan().is_empty());
    let people = |c: &Corpus| serde_json::to_string(&factcheck::corpus::people_overview(c));
    assert_eq!(people(&loaded).unwrap(), people(&built).unwrap());
    let mut new: Vec<Document> = factcheck::seeds::documents().collect();
    for (id, t) in factcheck::synth::story(12, 6, 220) {
        new.push(Document::text(format!("new-{id}"), t));
    }
    for d in &new {
        assert_eq!(loaded.check(d), built.check(d), "{}", d.id);
    }
    assert_eq!(loaded.to_index(), text);
    // Removing an article takes out exactly the votes it filed: nothing is rebuilt.
    for id in ["synth-00003.txt", "m.html"] {
        let (mut a, mut b) = (built.clone(), loaded.clone());
        assert!(a.remove(id) && b.remove(id));
        assert_eq!(a.scan(), b.scan(), "without {id}");
    }
}

/// A record's filing is untrusted: whatever is changed in it, loading refuses the file
/// with a message or files something, and never panics.
#[test]
fn corrupt_filings_are_refused() {
    let v: Vec<serde_json::Value> = story_corpus()
        .to_index()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let text = |v: &[serde_json::Value]| {
        v.iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let refused = |w: &[serde_json::Value], what: &str| {
        let err = Corpus::from_index(&text(w))
            .err()
            .unwrap_or_else(|| panic!("{what}: accepted"));
        assert!(
            err.to_string().contains("corpus index is not valid"),
            "{what}: {err}"
        );
    };
    let with = |path: &str| {
        1 + v[1..]
            .iter()
            .position(|r| r.pointer(path).is_some())
            .unwrap()
    };
    type Damage = (&'static str, &'static str, serde_json::Value);
    let cases: [Damage; 14] = [
        (
            "/filed/p/0/a/1",
            "first mention past the end",
            1_000_000.into(),
        ),
        ("/filed/p/0/a/2", "range overflows", u64::MAX.into()),
        ("/filed/p/0/a/0", "no mention", 0.into()),
        (
            "/filed/p/0/k",
            "person out of order",
            serde_json::json!(["\u{10ffff}", ""]),
        ),
        (
            "/filed/p/0/s/0/0",
            "form longer than its mention",
            1000.into(),
        ),
        ("/filed/p/0/r/0/0", "title that is no role", "and".into()),
        ("/filed/c/0/4", "low not a number", "many".into()),
        ("/filed/c/0/1", "claim without mention", 0.into()),
        ("/filed/c/0/6", "ends of another shape", 9.into()),
        ("/filed/p/0/r/0/1", "appositive neither 0 nor 1", 2.into()),
        ("/filed/q/0/0", "quote past the end", 1_000_000.into()),
        ("/filed/d/0/weekday", "weekday eight", 8.into()),
        ("/filed/x", "unknown field", 1.into()),
        (
            "/filed",
            "a filing of another shape",
            serde_json::json!([1, 2]),
        ),
    ];
    for (path, what, value) in cases {
        let mut w = v.clone();
        let (parent, last) = path.rsplit_once('/').unwrap();
        let i = with(parent);
        let at = w[i].pointer_mut(parent).unwrap();
        match last.parse::<usize>() {
            Ok(n) if at.is_array() => at[n] = value,
            _ => at[last] = value,
        }
        refused(&w, what);
    }
    let mut w = v.clone();
    w[1].as_object_mut().unwrap().remove("filed");
    refused(&w, "no filing");
    // A quote range that splits a character of the markup article.
    let html = v.iter().position(|r| r["id"] == "m.html").unwrap();
    let mut w = v.clone();
    let clean = w[html]["clean"].as_str().unwrap().to_string();
    w[html]["filed"]["q"][0][0] = (clean.find('ö').unwrap() + 1).into();
    refused(&w, "quote splits a character");
    // Numbers of the filings changed at random: refused or filed, never a panic.
    let mut seed = 0x2545f4914f6cdd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..300 {
        let mut w = v.clone();
        let i = 1 + (next() as usize) % (w.len() - 1);
        let mut numbers = Vec::new();
        numbers_in(&mut w[i]["filed"], &mut numbers);
        if numbers.is_empty() {
            continue;
        }
        let n = (next() as usize) % numbers.len();
        let x = next();
        let value = [x % 4, x % 5000, x, u64::from(x as u32)][(x >> 60) as usize % 4];
        *numbers.swap_remove(n) = value.into();
        if let Err(e) = Corpus::from_index(&text(&w)) {
            assert!(e.to_string().contains("corpus index is not valid"), "{e}");
        }
    }
}

fn numbers_in<'v>(v: &'v mut serde_json::Value, out: &mut Vec<&'v mut serde_json::Value>) {
    match v {
        serde_json::Value::Number(_) => out.push(v),
        serde_json::Value::Array(a) => a.iter_mut().for_each(|x| numbers_in(x, out)),
        serde_json::Value::Object(o) => o.values_mut().for_each(|x| numbers_in(x, out)),
        _ => {}
    }
}
