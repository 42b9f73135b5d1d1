//! The prebuilt corpus index (issue 8): it round-trips, and a damaged index is rejected
//! with a message rather than trusted.

use factcheck::resolve::filed::{Filed, Text};
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

/// Another version is refused, with both version numbers and what to do; version 6 (the
/// filings without their words' votes), version 5 (without what the texts tell of when
/// they were written either) and version 4 (the texts alone, what `Checker.toIndex`
/// writes in WebAssembly) are still read.
#[test]
fn an_older_version_is_refused_with_a_reason() {
    let index = Corpus::with_seeds().to_index();
    for (v, why) in [(3, "older factcheck"), (8, "newer factcheck")] {
        let text = index.replacen("\"version\":7", &format!("\"version\":{v}"), 1);
        let m = Corpus::from_index(&text).unwrap_err().to_string();
        assert!(
            m.contains(&format!("version {v} file"))
                && m.contains("reads version 7")
                && m.contains(why)
                && m.contains("factcheck index DIR"),
            "{m}"
        );
    }
    // A version 4 file has no filings, a version 7, 6 or 5 file has them all.
    let text = index.replacen("\"version\":7", "\"version\":4", 1);
    let m = Corpus::from_index(&text).unwrap_err().to_string();
    assert!(m.contains("a filing in a version 4 file"), "{m}");
    let mut v: Vec<serde_json::Value> = index
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    v[0]["version"] = 4.into();
    for r in &mut v[1..] {
        r.as_object_mut().unwrap().remove("filed");
    }
    let seeds = Corpus::with_seeds();
    let old = Corpus::from_index(&joined(&v)).expect("a version 4 index is read");
    assert_eq!(old.scan(), seeds.scan());
    for version in [7, 6] {
        v[0]["version"] = version.into();
        let m = refused(&v, &format!("a version {version} file without filings"));
        assert!(m.contains("no filing"), "{m}");
    }
    v[0]["version"] = 5.into();
    let m = refused(&v, "a version 5 file without filings");
    assert!(m.contains("no filing"), "{m}");
}

/// A version 6 file, whose filings have no words' votes, is read: the words are read from
/// the texts, and the corpus is the same; so is a version 5 file, whose filings do not say
/// what the texts tell of when they were written either.
#[test]
fn version_6_and_5_indexes_are_read() {
    let built = story_corpus();
    for version in [6, 5] {
        let mut v = story_records();
        v[0]["version"] = version.into();
        for r in &mut v[1..] {
            let mut f = Filed::decode(r["filed"].as_str().unwrap()).unwrap();
            assert!(f.when.is_some() && f.w.is_some());
            f.w = None;
            if version == 5 {
                f.when = None;
            }
            r["filed"] = f.encode().into();
        }
        let old = Corpus::from_index(&joined(&v))
            .unwrap_or_else(|e| panic!("a version {version} index is not read: {e}"));
        assert_eq!(old.scan(), built.scan());
        assert_eq!(old.to_index(), built.to_index());
        // A version 7 filing is not one of an older version.
        let mut w = story_records();
        w[0]["version"] = version.into();
        refused(
            &w,
            &format!("version 7 filings in a version {version} file"),
        );
    }
}

#[test]
fn the_file_is_a_header_then_one_article_per_line() {
    let text = Corpus::with_seeds().to_index();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6);
    let h: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(h["format"], "factcheck-index");
    assert_eq!(h["version"], 7);
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
            assert!(err.to_string().contains("version 7"), "{what}: {err}");
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

/// The story corpus as index records (header first), and the text of records.
fn story_records() -> Vec<serde_json::Value> {
    story_corpus()
        .to_index()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn joined(v: &[serde_json::Value]) -> String {
    v.iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Loading refuses the file with a message.
fn refused(w: &[serde_json::Value], what: &str) -> String {
    let err = Corpus::from_index(&joined(w))
        .err()
        .unwrap_or_else(|| panic!("{what}: accepted"));
    let m = err.to_string();
    assert!(m.contains("corpus index is not valid"), "{what}: {m}");
    m
}

/// The first record whose filing `pick` accepts, and the filing decoded.
fn filing_with(v: &[serde_json::Value], pick: impl Fn(&Filed) -> bool) -> (usize, Filed) {
    v.iter()
        .enumerate()
        .skip(1)
        .find_map(|(i, r)| {
            let f = Filed::decode(r["filed"].as_str().unwrap()).unwrap();
            pick(&f).then_some((i, f))
        })
        .expect("a record with such a filing")
}

/// A record's filing is untrusted: a filing whose ranges, counts, order or values do not
/// fit its article is refused with a message.
#[test]
fn corrupt_filings_are_refused() {
    let v = story_records();
    type Damage = (&'static str, fn(&Filed) -> bool, fn(&mut Filed));
    let has_person = |f: &Filed| !f.p.is_empty();
    let has_words = |f: &Filed| f.w.as_ref().is_some_and(|w| w.len() > 1);
    let cases: [Damage; 18] = [
        ("first mention past the end", has_person, |f| {
            f.p[0].a.1 = 1_000_000
        }),
        ("range overflows", has_person, |f| f.p[0].a.2 = usize::MAX),
        ("no mention", has_person, |f| f.p[0].a.0 = 0),
        ("more mentions than bytes", has_person, |f| {
            f.p[0].a.0 = u32::MAX
        }),
        (
            "person out of order",
            |f| f.p.len() > 1,
            |f| f.p[0].k = Some(("\u{10ffff}".into(), String::new())),
        ),
        (
            "form longer than its mention",
            |f| f.p.first().is_some_and(|p| !p.s.is_empty()),
            |f| f.p[0].s[0].text = Text::At(Some(1000)),
        ),
        (
            "title that is no role",
            |f| f.p.first().is_some_and(|p| !p.r.is_empty()),
            |f| f.p[0].r[0].title.text = Text::Own("and".into()),
        ),
        (
            "low not a number",
            |f| !f.c.is_empty(),
            |f| f.c[0].4 = "many".into(),
        ),
        (
            "claim without mention",
            |f| !f.c.is_empty(),
            |f| f.c[0].1 = 0,
        ),
        (
            "ends of another shape",
            |f| !f.c.is_empty(),
            |f| f.c[0].6 = 9,
        ),
        ("claims out of order", |f| f.c.len() > 1, |f| f.c.swap(0, 1)),
        (
            "quote past the end",
            |f| !f.q.is_empty(),
            |f| f.q[0].0 = 1_000_000,
        ),
        (
            "weekday eight",
            |f| !f.d.is_empty(),
            |f| f.d[0].weekday = Some(8),
        ),
        (
            "days out of order",
            |f| f.when.is_some(),
            |f| f.when.as_mut().unwrap().written.days = vec![200, 100],
        ),
        (
            "a day past the year",
            |f| f.when.is_some(),
            |f| f.when.as_mut().unwrap().written.days = vec![100, 365],
        ),
        ("word past the end", has_words, |f| {
            f.w.as_mut().unwrap()[0].first = 1_000_000..1_000_004
        }),
        ("words out of order", has_words, |f| {
            f.w.as_mut().unwrap().swap(0, 1)
        }),
        ("word without a use", has_words, |f| {
            f.w.as_mut().unwrap()[0].n = 0
        }),
    ];
    for (what, pick, damage) in cases {
        let mut w = v.clone();
        let (i, mut f) = filing_with(&w, pick);
        damage(&mut f);
        w[i]["filed"] = f.encode().into();
        refused(&w, what);
    }
    let mut w = v.clone();
    w[1].as_object_mut().unwrap().remove("filed");
    refused(&w, "no filing");
    w[1]["filed"] = serde_json::json!([1, 2]);
    refused(&w, "a filing of another shape");
    // A quote range that splits a character of the markup article.
    let html = v.iter().position(|r| r["id"] == "m.html").unwrap();
    let mut w = v.clone();
    let clean = w[html]["clean"].as_str().unwrap().to_string();
    let mut f = Filed::decode(w[html]["filed"].as_str().unwrap()).unwrap();
    f.q[0].0 = clean.find('ö').unwrap() + 1;
    w[html]["filed"] = f.encode().into();
    refused(&w, "quote splits a character");
}

/// A filing is read token by token: a filing cut short anywhere, with a token more, or
/// with tokens changed at random is refused with a message or filed, never a panic.
#[test]
fn truncated_and_garbled_filings_never_panic() {
    let v = story_records();
    let (i, f) = filing_with(&v, |f| {
        !f.p.is_empty() && !f.q.is_empty() && !f.c.is_empty()
    });
    let good = f.encode();
    for cut in (0..good.len()).filter(|&c| good.is_char_boundary(c)) {
        let mut w = v.clone();
        w[i]["filed"] = good[..cut].into();
        refused(&w, &format!("filing cut at {cut}"));
    }
    let mut w = v.clone();
    w[i]["filed"] = format!("{good}0|").into();
    refused(&w, "a token after the words");
    for bad in ["2|", "x|", "\\q|", "\\"] {
        let mut w = v.clone();
        w[i]["filed"] = format!("{bad}{good}").into();
        refused(&w, &format!("{bad:?} first"));
    }
    let tokens: Vec<&str> = good.split_inclusive('|').collect();
    let mut seed = 0x2545f4914f6cdd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let values = [
        "",
        "0",
        "1",
        "2",
        "-1",
        "-5000",
        "3",
        "11",
        "255",
        "4294967296",
        "18446744073709551616",
        "'",
        "'and",
        "g",
        "p",
        "pg",
        "inf",
        "NaN",
        "#1",
        "\\|",
    ];
    for _ in 0..600 {
        let mut t: Vec<String> = tokens.iter().map(|t| t.to_string()).collect();
        let n = (next() as usize) % t.len();
        let x = next() as usize;
        t[n] = format!("{}|", values[x % values.len()]);
        let mut w = v.clone();
        w[i]["filed"] = t.concat().into();
        if let Err(e) = Corpus::from_index(&joined(&w)) {
            assert!(e.to_string().contains("corpus index is not valid"), "{e}");
        }
    }
}
