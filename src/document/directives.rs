//! Inline switches in HTML and Markdown sources, as linters have them:
//!
//! ```html
//! <!-- factcheck-disable name-case -->  … no name-case finding here …
//! <!-- factcheck-enable name-case -->
//! <!-- factcheck-disable -->            … no finding of any rule until the end …
//! ```
//!
//! A `factcheck-disable` comment names the rules it switches off (separated by spaces or
//! commas), or none for every rule; a `factcheck-enable` comment switches them on again
//! (one with no rule switches every rule on). A region runs from the end of the disable
//! comment to the start of the enable comment, or to the end of the article. Findings whose
//! span lies inside a region of their rule are dropped ([`drop_disabled`]).

use super::Format;
use crate::finding::Finding;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// A part of the source where some rules (or all: `rules` is `None`) are switched off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disabled {
    /// The rules switched off; `None` for every rule.
    pub rules: Option<Vec<String>>,
    /// Source byte range.
    pub range: Range<usize>,
}

impl Disabled {
    fn covers(&self, rule: &str, start: usize, end: usize) -> bool {
        self.range.start <= start
            && end <= self.range.end
            && self
                .rules
                .as_ref()
                .is_none_or(|rs| rs.iter().any(|r| r == rule))
    }
}

/// The disable/enable comments of a source, in order: (`true` for disable, rules, the
/// comment's range).
fn comments(src: &str) -> Vec<(bool, Vec<String>, Range<usize>)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = src[at..].find("<!--").map(|i| i + at) {
        let Some(len) = src[i + 4..].find("-->") else {
            break;
        };
        let body = src[i + 4..i + 4 + len].trim();
        let end = i + 4 + len + 3;
        let (disable, rest) = if let Some(r) = body.strip_prefix("factcheck-disable") {
            (true, r)
        } else if let Some(r) = body.strip_prefix("factcheck-enable") {
            (false, r)
        } else {
            at = end;
            continue;
        };
        if rest.is_empty() || rest.starts_with([' ', '\t', '\n', '\r', ',']) {
            let rules = rest
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|r| !r.is_empty())
                .map(str::to_string)
                .collect();
            out.push((disable, rules, i..end));
        }
        at = end;
    }
    out
}

/// The regions of `src` where rules are switched off.
pub fn disabled_regions(src: &str) -> Vec<Disabled> {
    let mut out = Vec::new();
    // Since when every rule is off, and since when each named rule is.
    let mut all: Option<usize> = None;
    let mut some: Vec<(String, usize)> = Vec::new();
    for (disable, rules, range) in comments(src) {
        match (disable, rules.is_empty()) {
            (true, true) => {
                all.get_or_insert(range.end);
            }
            (true, false) => {
                for r in rules {
                    if !some.iter().any(|(s, _)| *s == r) {
                        some.push((r, range.end));
                    }
                }
            }
            (false, true) => {
                if let Some(from) = all.take() {
                    out.push(Disabled {
                        rules: None,
                        range: from..range.start,
                    });
                }
                for (r, from) in some.drain(..) {
                    out.push(Disabled {
                        rules: Some(vec![r]),
                        range: from..range.start,
                    });
                }
            }
            (false, false) => {
                some.retain(|(r, from)| {
                    if rules.contains(r) {
                        out.push(Disabled {
                            rules: Some(vec![r.clone()]),
                            range: *from..range.start,
                        });
                        false
                    } else {
                        true
                    }
                });
            }
        }
    }
    if let Some(from) = all {
        out.push(Disabled {
            rules: None,
            range: from..src.len(),
        });
    }
    for (r, from) in some {
        out.push(Disabled {
            rules: Some(vec![r]),
            range: from..src.len(),
        });
    }
    out
}

/// Drops the findings that lie in a disabled region of their article. `source` gives an
/// article's id → source text; only HTML and Markdown articles (by [`Format::detect`])
/// are read for switches.
pub fn drop_disabled<'a>(findings: &mut Vec<Finding>, source: impl Fn(&str) -> Option<&'a str>) {
    // Each article's regions, read once: a scan's findings come from thousands of them.
    let mut regions: HashMap<String, Vec<Disabled>> = HashMap::default();
    findings.retain(|f| {
        let doc = &f.span.doc;
        if !regions.contains_key(doc) {
            let rs = match source(doc) {
                Some(src) if Format::detect(doc, src) != Format::Text && src.contains("<!--") => {
                    disabled_regions(src)
                }
                _ => Vec::new(),
            };
            regions.insert(doc.clone(), rs);
        }
        !regions[doc]
            .iter()
            .any(|r| r.covers(&f.rule, f.span.start, f.span.end))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(d: &Disabled) -> Option<Vec<&str>> {
        d.rules
            .as_ref()
            .map(|r| r.iter().map(String::as_str).collect())
    }

    #[test]
    fn named_rules_and_all_rules() {
        let src = "a <!-- factcheck-disable name-case, title-conflict --> b \
                   <!-- factcheck-enable name-case --> c <!-- factcheck-disable --> d";
        let rs = disabled_regions(src);
        let b = src.find(" b ").unwrap();
        let c = src.find(" c ").unwrap();
        let d = src.find(" d").unwrap();
        assert_eq!(rs.len(), 3, "{rs:?}");
        assert_eq!(rules(&rs[0]), Some(vec!["name-case"]));
        assert!(rs[0].range.contains(&(b + 1)) && !rs[0].range.contains(&(c + 1)));
        assert_eq!(rules(&rs[1]), None);
        assert!(rs[1].range.contains(&(d + 1)));
        assert_eq!(rules(&rs[2]), Some(vec!["title-conflict"]));
        assert_eq!(rs[2].range.end, src.len());
    }

    #[test]
    fn other_comments_and_lookalikes_are_ignored() {
        let src = "<!-- a note --> x <!-- factcheck-disabled --> y <!-- factcheck-disable";
        assert!(disabled_regions(src).is_empty());
    }
}
