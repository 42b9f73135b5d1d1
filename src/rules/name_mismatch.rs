//! The `name-mismatch` rule: [`META`] says what it flags; then the check, then its tests.

use super::{articles, q, Context, Rule};
use crate::finding::{Finding, Severity};
use crate::lexicon::VAGUE_ROLES;
use crate::resolve::names::given_compatible;
use crate::resolve::{mention_role, person_keys, Entity};
use std::collections::BTreeSet;

/// See [`META`].
pub struct NameMismatch;

/// The rule's id, default severity and documentation.
pub const META: super::RuleMeta = super::RuleMeta {
    id: "name-mismatch",
    default_severity: Severity::Error,
    description: "a near-miss of a known surname, or the same first name and role with another surname",
    doc: "A name that is probably a wrong name for a known person: a near-miss spelling of a \
          well-attested surname (“Witkof” for “Witkoff”), or the same first name and the same \
          role with a different surname (“Special Envoy Steve Wintour” where the corpus has \
          “Special Envoy Steve Witkoff”). The known person must be named in at least two \
          articles and twice as many as the suspect name; vague roles (“official”, “leader”) do \
          not count.",
};


/// The known person must be attested this many times as often as the suspect name.
const DOMINANCE: u32 = 2;
/// Surname keys shorter than this are too short to call a near miss.
const MIN_NEAR_LEN: usize = 5;

fn dominant(known: &Entity, suspect: &Entity) -> bool {
    known.agg.all.docs >= 2 && known.agg.all.docs >= DOMINANCE * suspect.agg.all.docs
}

impl Rule for NameMismatch {
    fn meta(&self) -> &'static super::RuleMeta {
        &META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let a = cx.target;
        let mut done = BTreeSet::new();
        for p in &a.people {
            let (sk, gk) = person_keys(p);
            if !done.insert((sk.clone(), gk.clone())) {
                continue;
            }
            let Some(me) = cx.view.entity_of(&sk, &gk) else {
                continue;
            };
            let given_ok = |other: &Entity| {
                gk.is_empty()
                    || other.givens.is_empty()
                    || other.givens.iter().any(|g| given_compatible(g, &gk))
            };
            // A near-miss spelling of a better-attested surname.
            let mut hit: Option<(Entity, String)> = None;
            if sk.chars().count() >= MIN_NEAR_LEN {
                for k2 in cx.view.near_keys(&sk) {
                    for other in cx.view.entities(&k2) {
                        if given_ok(&other) && dominant(&other, &me) && !other.givens.is_empty() {
                            hit = Some((other, "a near-miss spelling".into()));
                        }
                    }
                }
            }
            // The same first name and role as a better-attested person.
            if hit.is_none() && !gk.is_empty() {
                if let Some(role) =
                    mention_role(p).filter(|r| r.head().is_some_and(|h| !VAGUE_ROLES.contains(&h)))
                {
                    for k2 in cx.view.same_role_and_given(&role.key(), &gk) {
                        if k2 == sk {
                            continue;
                        }
                        for other in cx.view.entities(&k2) {
                            if other.givens.contains(&gk)
                                && other.agg.roles.contains_key(&role.key())
                                && dominant(&other, &me)
                            {
                                let t =
                                    p.title.as_ref().map(|t| t.text.clone()).unwrap_or_default();
                                hit = Some((
                                    other,
                                    format!("the same first name and role ({})", q(&t)),
                                ));
                            }
                        }
                    }
                }
            }
            let Some((other, why)) = hit else { continue };
            let known = other.display();
            let span = cx.span(p.range.clone());
            let msg = format!(
                "{} is probably a wrong name for {} ({}): {}",
                q(&p.name),
                q(&known),
                articles(other.agg.all.docs),
                why
            );
            out.push(
                cx.finding(
                    self,
                    Severity::Error,
                    msg,
                    known,
                    span.clone(),
                    cx.evidence(&other.agg.all.examples, &span),
                )
                .with_fix(super::respell(&span, &p.surname, &other)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{flags, quiet};
    use super::META;

    const DAM: &[&str] = &[
        "Dam Inspected\nChief Engineer Henrike Solvang inspected the Ostrava dam on Monday. Solvang said the wall was sound.\n",
        "Repairs Begin\nChief Engineer Henrike Solvang ordered repairs to the spillway.\n",
        "Dam Holds\nThe dam held overnight, Henrike Solvang told reporters.\n",
    ];

    #[test]
    fn flags_a_near_miss_of_a_known_surname() {
        flags(&META, DAM, "Chief Engineer Henrike Solvanq said the spillway was fixed.", "Solvanq");
    }

    #[test]
    fn quiet_on_the_known_name() {
        quiet(&META, DAM, "Chief Engineer Henrike Solvang said the spillway was fixed.");
    }
}
