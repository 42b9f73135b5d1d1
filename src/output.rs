//! Reports for people, CI and editors: the formats of `factcheck check --format` and
//! `factcheck scan --format`.
//!
//! - `text`: one finding a line, `file:line:col: severity[rule]: message`, evidence below;
//! - `json`: `{"findings": [Finding…]}`, each span (and the fix, when a finding has one)
//!   with 1-based `line`, `column`, `endLine`, `endColumn` (columns in characters) beside
//!   its byte offsets;
//! - `sarif`: SARIF 2.1.0, for code-scanning dashboards (columns in Unicode code points);
//! - `github`: GitHub Actions workflow commands (`::error file=…,line=…::message`);
//! - `checkstyle`: Checkstyle XML, which most CI servers and editors read;
//! - `junit`: JUnit XML, one test suite per article, one failure per finding.
//!
//! Every format is linear in the articles and the findings: positions come from one
//! [`Locator`] pass per article.

use crate::finding::{Finding, Severity};
use crate::report::{span_offsets, to_text_dated, Locator};
use serde_json::{json, Map, Value};
use std::fmt::Write as _;

/// A report format (the CLI's `--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum ReportFormat {
    /// `file:line:col: severity[rule]: message`, evidence indented below.
    Text,
    /// `{"findings": […]}`, with byte offsets and 1-based lines and columns.
    Json,
    /// SARIF 2.1.0 (code-scanning dashboards).
    Sarif,
    /// GitHub Actions workflow annotations.
    Github,
    /// Checkstyle XML.
    Checkstyle,
    /// JUnit XML: a test suite per article, a failure per finding.
    Junit,
}

/// What a report covers: the findings, the articles checked (in the order given, each
/// listed by the formats that list files even when it has no finding) and their texts.
pub struct Report<'s, 'a> {
    pub findings: &'s [Finding],
    pub checked: &'s [String],
    pub source: &'s dyn Fn(&str) -> Option<&'a str>,
    /// Each article's publication day, when known ("17 March 2025").
    pub published: &'s dyn Fn(&str) -> Option<String>,
}

/// A finding's fix, when it has one: `{start, end, replacement}` (byte offsets of the
/// finding's article).
fn fix_of(v: &Value) -> Option<(usize, usize, &str)> {
    let fix = v.get("fix")?;
    Some((
        fix.get("start")?.as_u64()? as usize,
        fix.get("end")?.as_u64()? as usize,
        fix.get("replacement")?.as_str()?,
    ))
}

struct Placed<'s, 'a> {
    report: &'s Report<'s, 'a>,
    values: Vec<Value>,
    loc: Locator,
}

impl<'s, 'a> Placed<'s, 'a> {
    fn new(report: &'s Report<'s, 'a>) -> Placed<'s, 'a> {
        let values = report
            .findings
            .iter()
            .map(|f| serde_json::to_value(f).unwrap_or(Value::Null))
            .collect();
        Placed::with_values(report, values)
    }

    /// The findings as JSON values are given (a test gives one a fix).
    fn with_values(report: &'s Report<'s, 'a>, values: Vec<Value>) -> Placed<'s, 'a> {
        let fixes = report.findings.iter().zip(&values).flat_map(|(f, v)| {
            let d = f.span.doc.as_str();
            fix_of(v).map_or(Vec::new(), |(s, e, _)| vec![(d, s), (d, e)])
        });
        let loc = Locator::new(span_offsets(report.findings).chain(fixes), report.source);
        Placed {
            report,
            values,
            loc,
        }
    }

    /// (line, column, end line, end column) of a range of an article.
    fn range(&self, doc: &str, start: usize, end: usize) -> Option<(usize, usize, usize, usize)> {
        let (l, c) = self.loc.get(doc, start)?;
        let (el, ec) = self.loc.get(doc, end)?;
        Some((l, c, el, ec))
    }

    fn position(&self, doc: &str, start: usize) -> String {
        match self.loc.get(doc, start) {
            Some((l, c)) => format!("{doc}:{l}:{c}"),
            None => doc.to_string(),
        }
    }
}

fn add_position(obj: &mut Value, p: Option<(usize, usize, usize, usize)>) {
    if let (Some(m), Some((l, c, el, ec))) = (obj.as_object_mut(), p) {
        m.insert("line".into(), l.into());
        m.insert("column".into(), c.into());
        m.insert("endLine".into(), el.into());
        m.insert("endColumn".into(), ec.into());
    }
}

/// Writes the report in a format.
pub fn render(format: ReportFormat, report: &Report) -> String {
    match format {
        ReportFormat::Text => to_text_dated(report.findings, report.source, report.published),
        ReportFormat::Json => json_report(report),
        ReportFormat::Sarif => sarif(report),
        ReportFormat::Github => github(report),
        ReportFormat::Checkstyle => checkstyle(report),
        ReportFormat::Junit => junit(report),
    }
}

/// `{"findings": […]}` with lines and columns beside the byte offsets.
fn json_report(report: &Report) -> String {
    json_of(Placed::new(report))
}

fn json_of(p: Placed) -> String {
    let report = p.report;
    let mut out = Vec::with_capacity(p.values.len());
    for (f, v) in report.findings.iter().zip(&p.values) {
        let mut v = v.clone();
        add_position(
            &mut v["span"],
            p.range(&f.span.doc, f.span.start, f.span.end),
        );
        for (e, ev) in f.evidence.iter().zip(
            v["evidence"]
                .as_array_mut()
                .map(|a| a.iter_mut())
                .into_iter()
                .flatten(),
        ) {
            add_position(ev, p.range(&e.doc, e.start, e.end));
        }
        if let Some((s, e, _)) = fix_of(&v) {
            let pos = p.range(&f.span.doc, s, e);
            add_position(&mut v["fix"], pos);
        }
        out.push(v);
    }
    // The publication day of every article a finding names, when known.
    let mut published = Map::new();
    for f in report.findings {
        for s in std::iter::once(&f.span).chain(&f.evidence) {
            if let Some(d) = (report.published)(&s.doc) {
                published.insert(s.doc.clone(), d.into());
            }
        }
    }
    let body = if published.is_empty() {
        json!({ "findings": out })
    } else {
        json!({ "findings": out, "published": published })
    };
    let mut s = serde_json::to_string_pretty(&body).unwrap_or_default();
    s.push('\n');
    s
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A file path as a SARIF URI reference: `/` separators, percent-encoded where a URI
/// needs it; an absolute path as a `file://` URI.
pub fn path_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::new();
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=@".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn sarif_region(p: &Placed, doc: &str, start: usize, end: usize, text: Option<&str>) -> Value {
    let mut r = Map::new();
    if let Some((l, c, el, ec)) = p.range(doc, start, end) {
        r.insert("startLine".into(), l.into());
        r.insert("startColumn".into(), c.into());
        r.insert("endLine".into(), el.into());
        r.insert("endColumn".into(), ec.into());
    }
    r.insert("byteOffset".into(), start.into());
    r.insert("byteLength".into(), end.saturating_sub(start).into());
    if let Some(t) = text {
        r.insert("snippet".into(), json!({ "text": t }));
    }
    Value::Object(r)
}

fn sarif_location(p: &Placed, s: &crate::finding::Span) -> Value {
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": path_uri(&s.doc) },
            "region": sarif_region(p, &s.doc, s.start, s.end, Some(&s.text)),
        }
    })
}

/// SARIF 2.1.0: one run, the rules in the driver, one result per finding (evidence as
/// related locations, a fix as a SARIF fix).
fn sarif(report: &Report) -> String {
    sarif_of(Placed::new(report))
}

fn sarif_of(p: Placed) -> String {
    let report = p.report;
    let metas: Vec<_> = crate::rules::metas().collect();
    let rules: Vec<Value> = metas
        .iter()
        .map(|m| {
            json!({
                "id": m.id,
                "shortDescription": { "text": m.description },
                "fullDescription": { "text": m.doc },
                "help": { "text": m.doc, "markdown": m.doc },
                "defaultConfiguration": { "level": sarif_level(m.default_severity) },
            })
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .zip(&p.values)
        .map(|(f, v)| {
            let mut r = json!({
                "ruleId": f.rule,
                "level": sarif_level(f.severity),
                "message": { "text": f.message },
                "locations": [sarif_location(&p, &f.span)],
                "properties": { "subject": f.subject },
            });
            if let Some(i) = metas.iter().position(|m| m.id == f.rule) {
                r["ruleIndex"] = i.into();
            }
            if !f.evidence.is_empty() {
                let related: Vec<Value> = f
                    .evidence
                    .iter()
                    .enumerate()
                    .map(|(i, e)| {
                        let mut l = sarif_location(&p, e);
                        l["id"] = i.into();
                        l["message"] = json!({ "text": format!("the corpus: “{}”", e.text) });
                        l
                    })
                    .collect();
                r["relatedLocations"] = related.into();
            }
            if let Some((s, e, rep)) = fix_of(v) {
                r["fixes"] = json!([{
                    "description": { "text": format!("replace with “{rep}”") },
                    "artifactChanges": [{
                        "artifactLocation": { "uri": path_uri(&f.span.doc) },
                        "replacements": [{
                            "deletedRegion": sarif_region(&p, &f.span.doc, s, e, None),
                            "insertedContent": { "text": rep },
                        }],
                    }],
                }]);
            }
            r
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "factcheck",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

/// Escapes a workflow command's message (`%`, CR, LF).
fn gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value (also `:` and `,`).
fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// GitHub Actions annotations: `::error file=F,line=L,col=C,endLine=…,endColumn=…,
/// title=RULE::MESSAGE`, the evidence on further lines of the message.
fn github(report: &Report) -> String {
    let p = Placed::new(report);
    let mut out = String::new();
    for f in report.findings {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let _ = write!(out, "::{level} file={}", gh_property(&f.span.doc));
        if let Some((l, c, el, ec)) = p.range(&f.span.doc, f.span.start, f.span.end) {
            let _ = write!(out, ",line={l},col={c},endLine={el},endColumn={ec}");
        }
        let mut msg = f.message.clone();
        for e in &f.evidence {
            let _ = write!(msg, "\n{}: “{}”", p.position(&e.doc, e.start), e.text);
        }
        let _ = writeln!(out, ",title={}::{}", gh_property(&f.rule), gh_data(&msg));
    }
    out
}

/// Text for XML: escaped, with the characters XML 1.0 cannot hold replaced by U+FFFD.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The findings grouped by article: the checked articles first, in order (with none
/// when an article has no finding), then any other article a finding names.
fn by_doc<'s>(report: &Report<'s, '_>) -> Vec<(&'s str, Vec<&'s Finding>)> {
    let mut groups: Vec<(&str, Vec<&Finding>)> = report
        .checked
        .iter()
        .map(|d| (d.as_str(), Vec::new()))
        .collect();
    for f in report.findings {
        match groups.iter_mut().find(|(d, _)| *d == f.span.doc) {
            Some((_, g)) => g.push(f),
            None => groups.push((&f.span.doc, vec![f])),
        }
    }
    groups
}

/// Checkstyle XML: a `<file>` per article, an `<error>` per finding.
fn checkstyle(report: &Report) -> String {
    let p = Placed::new(report);
    let mut out =
        String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
    for (doc, fs) in by_doc(report) {
        let _ = writeln!(out, "  <file name=\"{}\">", xml(doc));
        for f in fs {
            let (l, c) = p.loc.get(doc, f.span.start).unwrap_or((1, 1));
            let _ = writeln!(
                out,
                "    <error line=\"{l}\" column=\"{c}\" severity=\"{}\" message=\"{}\" source=\"factcheck.{}\"/>",
                f.severity.as_str(),
                xml(&f.message),
                xml(&f.rule)
            );
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</checkstyle>\n");
    out
}

/// JUnit XML: a test suite per article; a failing test case per finding, or one passing
/// case when the article has none.
fn junit(report: &Report) -> String {
    let p = Placed::new(report);
    let groups = by_doc(report);
    let tests: usize = groups.iter().map(|(_, fs)| fs.len().max(1)).sum();
    let failures = report.findings.len();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"factcheck\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">\n"
    );
    for (doc, fs) in groups {
        let d = xml(doc);
        let _ = writeln!(
            out,
            "  <testsuite name=\"{d}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">",
            fs.len().max(1),
            fs.len()
        );
        if fs.is_empty() {
            let _ = writeln!(
                out,
                "    <testcase classname=\"{d}\" name=\"no inconsistencies\"/>"
            );
        }
        for f in fs {
            let at = p.position(doc, f.span.start);
            let _ = writeln!(
                out,
                "    <testcase classname=\"{d}\" name=\"{} {}\">",
                xml(&f.rule),
                xml(&at)
            );
            let mut body = format!("{at}: {}[{}]: {}", f.severity.as_str(), f.rule, f.message);
            for e in &f.evidence {
                let _ = write!(body, "\n    {}: “{}”", p.position(&e.doc, e.start), e.text);
            }
            let _ = writeln!(
                out,
                "      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>",
                f.severity.as_str(),
                xml(&f.message),
                xml(&body)
            );
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Span;

    fn finding(doc: &str, src: &str, word: &str) -> Finding {
        let start = src.find(word).unwrap();
        Finding {
            rule: "title-conflict".into(),
            severity: Severity::Error,
            message: "a, b: “c” & <d>".into(),
            subject: "s".into(),
            span: Span {
                doc: doc.into(),
                start,
                end: start + word.len(),
                text: word.into(),
            },
            evidence: vec![],
            fix: None,
        }
    }

    #[test]
    fn uris_are_encoded() {
        assert_eq!(path_uri("a b/é.txt"), "a%20b/%C3%A9.txt");
        assert_eq!(path_uri("/tmp/x.txt"), "file:///tmp/x.txt");
        assert_eq!(path_uri("a\\b.txt"), "a/b.txt");
    }

    #[test]
    fn xml_escapes_and_drops_control_characters() {
        assert_eq!(
            xml("a<b & \"c\"\u{1}"),
            "a&lt;b &amp; &quot;c&quot;\u{FFFD}"
        );
    }

    #[test]
    fn json_and_sarif_give_lines_columns_and_the_fix() {
        let src = "one\ntwo é Senator X";
        let f = finding("d.txt", src, "Senator X");
        // A finding with a fix, as the Finding of a later version serialises it.
        let mut v = serde_json::to_value(&f).unwrap();
        v["fix"] =
            json!({"start": f.span.start, "end": f.span.start + 7, "replacement": "Secretary"});
        let source = |d: &str| (d == "d.txt").then_some(src);
        let checked = vec!["d.txt".to_string()];
        let report = Report {
            findings: std::slice::from_ref(&f),
            checked: &checked,
            source: &source,
            published: &|_| None,
        };
        let j: Value =
            serde_json::from_str(&json_of(Placed::with_values(&report, vec![v.clone()]))).unwrap();
        let span = &j["findings"][0]["span"];
        assert_eq!((&span["line"], &span["column"]), (&json!(2), &json!(7)));
        assert_eq!(
            (&span["endLine"], &span["endColumn"]),
            (&json!(2), &json!(16))
        );
        let fix = &j["findings"][0]["fix"];
        assert_eq!(
            (&fix["column"], &fix["endColumn"], &fix["replacement"]),
            (&json!(7), &json!(14), &json!("Secretary"))
        );
        let s: Value =
            serde_json::from_str(&sarif_of(Placed::with_values(&report, vec![v]))).unwrap();
        let r = &s["runs"][0]["results"][0];
        let rep = &r["fixes"][0]["artifactChanges"][0]["replacements"][0];
        assert_eq!(rep["insertedContent"]["text"], "Secretary");
        assert_eq!(rep["deletedRegion"]["startColumn"], 7);
        assert_eq!(
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            2
        );
    }
}
