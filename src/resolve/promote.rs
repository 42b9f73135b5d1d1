//! Known surnames: a capitalised word an article uses alone ("Zelensky spoke") is read as
//! a person when the corpus index knows that surname with a given name, even if this
//! article never gives the full name. Checks run it on the article being checked.

use super::Index;
use crate::extract::Analysis;

/// Surnames the article uses alone ("Zelensky spoke") that the corpus knows as a
/// person become person mentions, even when this article never gives the full name.
pub fn promote_known_surnames(index: &Index, a: &mut Analysis) {
    let taken: std::collections::HashSet<usize> = a.people.iter().map(|p| p.range.start).collect();
    let mut added = Vec::new();
    for w in a
        .words
        .iter()
        .filter(|w| w.capitalised && w.alone && !taken.contains(&w.range.start))
    {
        if crate::lexicon::is_common_word(&w.key) || crate::lexicon::is_calendar(&w.key) {
            continue;
        }
        let key = crate::normalize::translit_key(&w.key);
        if !index
            .people
            .get(&key)
            .is_some_and(|m| m.keys().any(|g| !g.is_empty()))
        {
            continue;
        }
        let name = a.doc.clean[w.range.clone()].to_string();
        let sentence = a
            .doc
            .sentences
            .iter()
            .position(|s| s.range.contains(&w.range.start))
            .unwrap_or(0);
        added.push(crate::extract::PersonMention {
            range: w.range.clone(),
            name: name.clone(),
            given: None,
            middle: Vec::new(),
            surname: name,
            surname_only: true,
            title: None,
            lowercase_parts: Vec::new(),
            sentence,
        });
    }
    if !added.is_empty() {
        a.people.extend(added);
        a.people.sort_by_key(|p| p.range.start);
    }
}
