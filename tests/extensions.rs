//! The article file extensions live in one list, `Format::EXTENSIONS`; the page carries a
//! copy (`www/app.js` filters dropped files with it, `www/index.html`'s file picker accepts
//! them), checked here against it.

use factcheck::Format;

fn read(path: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn rust_extensions() -> Vec<String> {
    Format::EXTENSIONS
        .iter()
        .map(|(e, _)| e.to_string())
        .collect()
}

/// The text between `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?}")) + start.len();
    let len = text[from..]
        .find(end)
        .unwrap_or_else(|| panic!("no {end:?}"));
    &text[from..from + len]
}

#[test]
fn the_page_script_carries_the_same_list() {
    let js = read("www/app.js");
    let list = between(&js, "const ARTICLE_EXTENSIONS = [", "]");
    let page: Vec<String> = list
        .split(',')
        .map(|e| e.trim().trim_matches('\'').to_string())
        .collect();
    assert_eq!(page, rust_extensions(), "www/app.js's ARTICLE_EXTENSIONS");
}

#[test]
fn the_file_picker_accepts_the_same_list() {
    let html = read("www/index.html");
    let input = between(&html, "<input id=\"files\"", ">");
    let accept: Vec<String> = between(input, "accept=\"", "\"")
        .split(',')
        .map(|e| e.trim_start_matches('.').to_string())
        .collect();
    assert_eq!(accept, rust_extensions(), "www/index.html's #files accept");
}

#[test]
fn detect_reads_each_extension_as_its_format() {
    for &(ext, format) in Format::EXTENSIONS {
        for name in [format!("a.{ext}"), format!("A.{}", ext.to_uppercase())] {
            assert_eq!(Format::detect(&name, "Plain words."), format, "{name}");
            assert_eq!(Format::of_extension(&ext.to_uppercase()), Some(format));
        }
    }
    assert_eq!(Format::detect("a.xhtml", "x"), Format::Html);
    assert_eq!(Format::detect("a.rtf", "x"), Format::Text);
    assert_eq!(Format::detect("a.txt", "<html><p>x"), Format::Html);
    assert_eq!(Format::of_extension("xhtml"), None, "not read from folders");
}
