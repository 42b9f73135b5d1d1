//! House style and rule settings: one JSON format shared by the CLI (`--config FILE`), the
//! WebAssembly API (`setConfig`), the page's settings panel and the `<fact-check-panel>`
//! component's `config` attribute.
//!
//! ```json
//! {
//!   "people": [{"name": "Volodymyr Zelenskyy", "title": "President"},
//!              {"name": "Marco Rubio", "title": "Secretary of State"}],
//!   "rules": {"quote-wording": "off", "name-case": "error", "name-variant": {"severity": "info"}},
//!   "ignore": [{"rule": "name-case", "text": "davis"}],
//!   "neverFlag": ["Julie S. davis"]
//! }
//! ```
//!
//! - `people`: the house's spelling of a person's name, and optionally their title. The
//!   name and title rules take these as the reference ahead of the corpus majority.
//! - `rules`: per rule id, `"off"`, a severity (`"error"`, `"warning"`, `"info"`), or an
//!   object `{"enabled": bool, "severity": "…"}`.
//! - `ignore`: findings the editor dismissed, matched by rule and the flagged text (and, when
//!   given, the subject); they stay dismissed on later checks.
//! - `neverFlag`: names or words never to flag, matched against a finding's subject and
//!   flagged text, ignoring case.

use crate::finding::{Finding, Severity};
use crate::normalize::fold;
use crate::resolve::HouseStyle;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A person as the house writes them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreferredPerson {
    /// The full name, spelled the house way ("Volodymyr Zelenskyy").
    pub name: String,
    /// The title the house uses ("President"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// A rule's setting: on or off, and its severity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RuleSetting {
    /// `"off"`, `"on"`, or a severity name.
    Word(String),
    /// `true` or `false`.
    Switch(bool),
    /// `{"enabled": …, "severity": …}`.
    Full {
        #[serde(default = "yes")]
        enabled: bool,
        #[serde(default)]
        severity: Option<Severity>,
    },
}

fn yes() -> bool {
    true
}

impl RuleSetting {
    fn enabled(&self) -> bool {
        match self {
            RuleSetting::Word(w) => w != "off",
            RuleSetting::Switch(b) => *b,
            RuleSetting::Full { enabled, .. } => *enabled,
        }
    }

    fn severity(&self) -> Option<Severity> {
        match self {
            RuleSetting::Word(w) => match w.as_str() {
                "error" => Some(Severity::Error),
                "warning" => Some(Severity::Warning),
                "info" => Some(Severity::Info),
                _ => None,
            },
            RuleSetting::Switch(_) => None,
            RuleSetting::Full { severity, .. } => *severity,
        }
    }
}

/// One dismissed finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ignored {
    /// The rule id.
    pub rule: String,
    /// The flagged text, exactly as the finding's `span.text`.
    pub text: String,
    /// The finding's subject; when absent, any subject matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

/// House style and rule settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Config {
    /// Preferred spellings and titles.
    #[serde(default)]
    pub people: Vec<PreferredPerson>,
    /// Rule settings by rule id.
    #[serde(default)]
    pub rules: BTreeMap<String, RuleSetting>,
    /// Dismissed findings.
    #[serde(default)]
    pub ignore: Vec<Ignored>,
    /// Names and words never to flag.
    #[serde(default)]
    pub never_flag: Vec<String>,
}

impl Config {
    /// Reads a config from JSON, rejecting unknown rule ids and fields with a message that
    /// says what is wrong.
    pub fn from_json(text: &str) -> Result<Config, String> {
        let c: Config =
            serde_json::from_str(text).map_err(|e| format!("the config is not valid: {e}"))?;
        let known: Vec<&str> = crate::rules::all().iter().map(|r| r.id()).collect();
        for (id, setting) in &c.rules {
            if !known.contains(&id.as_str()) {
                return Err(format!(
                    "the config names an unknown rule {id:?}; known rules: {}",
                    known.join(", ")
                ));
            }
            if let RuleSetting::Word(w) = setting {
                if !["on", "off", "error", "warning", "info"].contains(&w.as_str()) {
                    return Err(format!(
                        "rule {id:?}: {w:?} is not one of on, off, error, warning, info"
                    ));
                }
            }
        }
        for p in &c.people {
            if p.name.split_whitespace().count() == 0 {
                return Err("a preferred person needs a name".into());
            }
        }
        Ok(c)
    }

    /// The config as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The house style the name and title rules read: the `people` as plain data.
    pub fn house_style(&self) -> HouseStyle {
        HouseStyle::new(
            self.people
                .iter()
                .map(|p| (p.name.as_str(), p.title.as_deref())),
        )
    }

    /// Applies rule switches, severities, dismissals and the never-flag list.
    pub fn apply(&self, findings: Vec<Finding>) -> Vec<Finding> {
        let never: Vec<String> = self.never_flag.iter().map(|n| fold(n.trim())).collect();
        findings
            .into_iter()
            .filter_map(|mut f| {
                if let Some(s) = self.rules.get(&f.rule) {
                    if !s.enabled() {
                        return None;
                    }
                    if let Some(sev) = s.severity() {
                        f.severity = sev;
                    }
                }
                let dismissed = self.ignore.iter().any(|i| {
                    i.rule == f.rule
                        && i.text == f.span.text
                        && i.subject.as_ref().is_none_or(|s| *s == f.subject)
                });
                let never_hit = never
                    .iter()
                    .any(|n| !n.is_empty() && (fold(&f.subject) == *n || fold(&f.span.text) == *n));
                (!dismissed && !never_hit).then_some(f)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_setting_form() {
        let c = Config::from_json(r#"{"rules": {"quote-wording": "off", "name-case": "error", "name-variant": {"severity": "info"}, "title-conflict": false}}"#).unwrap();
        assert!(!c.rules["quote-wording"].enabled());
        assert_eq!(c.rules["name-case"].severity(), Some(Severity::Error));
        assert_eq!(c.rules["name-variant"].severity(), Some(Severity::Info));
        assert!(!c.rules["title-conflict"].enabled());
    }

    #[test]
    fn rejects_mistakes_with_a_useful_message() {
        let e = Config::from_json(r#"{"rules": {"name-cas": "off"}}"#).unwrap_err();
        assert!(e.contains("unknown rule") && e.contains("name-case"), "{e}");
        let e = Config::from_json(r#"{"rules": {"name-case": "loud"}}"#).unwrap_err();
        assert!(e.contains("loud"), "{e}");
        assert!(Config::from_json(r#"{"peeple": []}"#).is_err());
        assert!(Config::from_json("not json").is_err());
    }
}
