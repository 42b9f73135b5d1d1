//! House style and rule settings (issue 7): the config the CLI, wasm and page share.

mod common;
use common::find;
use factcheck::{Config, Corpus, Document, Severity};

fn seeds_with(json: &str) -> Corpus {
    let mut c = Corpus::with_seeds();
    c.set_config(Config::from_json(json).unwrap());
    c
}

#[test]
fn rules_can_be_switched_off_and_reweighted() {
    let c = seeds_with(r#"{"rules": {"quote-wording": "off", "name-case": "error"}}"#);
    let fs = c.scan();
    assert!(fs.iter().all(|f| f.rule != "quote-wording"));
    assert!(fs
        .iter()
        .filter(|f| f.rule == "name-case")
        .all(|f| f.severity == Severity::Error));
    assert!(fs.iter().any(|f| f.rule == "name-case"));
}

#[test]
fn house_spelling_beats_the_corpus_majority() {
    let fs = seeds_with(r#"{"people": [{"name": "Volodymyr Zelensky"}]}"#).scan();
    // 002 uses the house spelling: not flagged. 003's Zelenskiy and the majority's
    // Zelenskyy are.
    assert!(
        find(&fs, "name-variant", "002_4d42839a3193f682.txt", "Zelensky").is_empty(),
        "{fs:#?}"
    );
    let z = find(&fs, "name-variant", "003_1f0bf1d3823c54ba.txt", "Zelenskiy");
    assert!(
        z.iter().any(|f| f.message.contains("house style")),
        "{fs:#?}"
    );
    assert!(
        !find(&fs, "name-variant", "004_42337460ffcbe2a6.txt", "Zelenskyy").is_empty(),
        "{fs:#?}"
    );
}

#[test]
fn house_title_beats_the_corpus_majority() {
    let c = seeds_with(r#"{"people": [{"name": "Marco Rubio", "title": "Senator"}]}"#);
    let fs = c.check(&Document::text(
        "new.txt",
        "Secretary of State Marco Rubio spoke.",
    ));
    let t = find(&fs, "title-conflict", "new.txt", "Marco Rubio");
    assert_eq!(t.len(), 1, "{fs:#?}");
    assert!(t[0].message.contains("house title"));
    let ok = c.check(&Document::text("new.txt", "Senator Marco Rubio spoke."));
    assert!(ok.iter().all(|f| f.rule != "title-conflict"), "{ok:#?}");
}

#[test]
fn ignored_findings_stay_ignored() {
    let c = seeds_with(r#"{"ignore": [{"rule": "name-case", "text": "davis"}]}"#);
    let fs = c.scan();
    assert!(find(&fs, "name-case", "000_0307b1cb655c061a.txt", "davis").is_empty());
    assert!(!find(&fs, "name-case", "000_0307b1cb655c061a.txt", "zelenskyy").is_empty());
}

#[test]
fn never_flag_names() {
    let c = seeds_with(r#"{"neverFlag": ["Steve Wintour", "ukraine"]}"#);
    let fs = c.scan();
    assert!(
        fs.iter().all(|f| !f.span.text.contains("Wintour")),
        "{fs:#?}"
    );
    assert!(find(&fs, "name-case", "000_0307b1cb655c061a.txt", "ukraine").is_empty());
}

#[test]
fn the_cli_reads_a_config_file() {
    let dir = std::env::temp_dir().join(format!("factcheck-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cfg = dir.join("house.json");
    std::fs::write(
        &cfg,
        r#"{"rules": {"title-conflict": "off", "name-mismatch": "off", "name-case": "warning"}}"#,
    )
    .unwrap();
    let article = dir.join("a.txt");
    std::fs::write(&article, "Senator Marco Rubio spoke.").unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_factcheck"))
            .args(args)
            .output()
            .unwrap()
    };
    // Without the config the title conflict is an error (exit 1); with it, no error.
    assert_eq!(
        run(&["check", article.to_str().unwrap()]).status.code(),
        Some(1)
    );
    assert_eq!(
        run(&[
            "check",
            "--config",
            cfg.to_str().unwrap(),
            article.to_str().unwrap()
        ])
        .status
        .code(),
        Some(0)
    );
    // A broken config is a usage error with a one-line message.
    std::fs::write(&cfg, r#"{"rules": {"no-such-rule": "off"}}"#).unwrap();
    let o = run(&["scan", "--config", cfg.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("unknown rule") && err.trim_end().lines().count() == 1,
        "{err}"
    );
}
