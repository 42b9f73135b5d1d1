//! The `title-conflict` rule: [`META`] says what it flags; then the check, then its tests.

use super::{articles, q, Context, Rule};
use crate::finding::{Finding, Severity};
use crate::resolve::{mention_role, person_keys, Tally};
use std::collections::HashSet;

/// See [`META`].
pub struct TitleConflict;

/// The rule's id, default severity and documentation.
pub const META: super::RuleMeta = super::RuleMeta {
    id: "title-conflict",
    default_severity: Severity::Error,
    description: "incompatible titles for one person (“Senator” vs “Secretary of State”)",
    doc: "One person given incompatible titles, such as “Senator Marco Rubio” and “Secretary of \
          State Marco Rubio”, or “former President” and “President”, against the house title \
          when the config gives one, else the corpus's majority office. Equivalent forms \
          (“spokesman”, “spokesperson”) and compatible descriptions are not flagged, nor is a \
          title that agrees with the reference.",
};

impl Rule for TitleConflict {
    fn meta(&self) -> &'static super::RuleMeta {
        &META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let a = cx.target;
        let mut done = HashSet::new();
        let mut entities: std::collections::HashMap<
            (String, String),
            Option<crate::resolve::Entity>,
        > = std::collections::HashMap::new();
        for p in &a.people {
            let Some(role) = mention_role(p).filter(|r| r.is_office()) else {
                continue;
            };
            let (sk, gk) = person_keys(p);
            let Some(e) = entities
                .entry((sk.clone(), gk.clone()))
                .or_insert_with(|| cx.view.entity_of(&sk, &gk))
                .clone()
            else {
                continue;
            };
            // The majority office.
            let offices: Tally = e
                .agg
                .roles
                .iter()
                .filter(|(k, _)| e.agg.role_of.get(*k).is_some_and(|r| r.is_office()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            // The house title, when the config gives one, else the majority office.
            let empty = crate::resolve::Votes::default();
            let house = cx.view.house.preferred_role(&sk);
            let (best, best_key, votes) = match &house {
                Some((r, t)) => (
                    r.clone(),
                    t.to_string(),
                    offices.get(&r.key()).unwrap_or(&empty),
                ),
                None => {
                    let Some((k, v)) = crate::resolve::majority(&offices) else {
                        continue;
                    };
                    let Some(r) = e.agg.role_of.get(k) else {
                        continue;
                    };
                    (r.clone(), k.clone(), v)
                }
            };
            if role.compatible(&best) || !done.insert((sk.clone(), gk.clone(), role.key())) {
                continue;
            }
            let display = e.display();
            let span = cx.span(p.span_with_title());
            let evidence = cx.evidence(&votes.examples, &span);
            let written = p.title.as_ref().map(|t| t.text.clone()).unwrap_or_default();
            let theirs = votes
                .examples
                .first()
                .map(|s| s.text.clone())
                .unwrap_or_else(|| best_key.clone());
            let msg = if house.is_some() {
                format!(
                    "{} is called {} here, but the house title is {}",
                    display,
                    q(&written),
                    q(&best_key)
                )
            } else {
                format!(
                    "{} is called {} here, but {} in {}",
                    display,
                    q(&written),
                    q(&theirs),
                    articles(votes.docs)
                )
            };
            let fix = match &house {
                Some(_) => super::retitle_as(&span, &written, &best_key),
                None => super::retitle(&span, &written, &theirs),
            };
            out.push(
                cx.finding(self, Severity::Error, msg, display, span, evidence)
                    .with_fix(fix),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{flags, quiet};
    use super::META;

    const ELECTION: &[&str] = &[
        "Polls Close\nGovernor Ilse Marrow thanked voters in Kessly on Sunday.\n",
        "Count Continues\nGovernor Ilse Marrow said the count would finish by Tuesday.\n",
    ];

    #[test]
    fn flags_an_incompatible_title() {
        flags(&META, ELECTION, "Senator Ilse Marrow conceded nothing.", "Senator Ilse Marrow");
    }

    #[test]
    fn quiet_on_the_same_title() {
        quiet(&META, ELECTION, "Governor Ilse Marrow conceded nothing.");
    }
}
