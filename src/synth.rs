//! Synthetic stories for benchmarks and scale tests: many articles about one invented
//! story, with shared people, titles, numbers and quotes, and a few planted conflicts
//! (a misspelt name, a wrong title, a changed number, a misattributed quote).
//!
//! Deterministic for a given seed. Every name and place is invented from syllables.

/// A small deterministic generator (PCG-style).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let x = self.0;
        (x ^ (x >> 33)).wrapping_mul(0xff51afd7ed558ccd) >> 11
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
    fn chance(&mut self, per_mille: u64) -> bool {
        self.next() % 1000 < per_mille
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ren", "dor", "vel", "sa", "tin", "bru", "gal", "nor", "esk", "ova", "ric",
    "zan", "tho", "mer", "lin", "qua", "del",
];
const GIVEN: &[&str] = &[
    "Anna", "Boris", "Clara", "David", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas",
    "Karim", "Lena", "Marta", "Nikolai", "Olga", "Pavel", "Rosa", "Stefan", "Tomas", "Vera",
];
const TITLES: &[&str] = &[
    "Defence Minister",
    "Foreign Minister",
    "Prime Minister",
    "Senator",
    "Governor",
    "Mayor",
    "special envoy",
    "spokesperson",
    "Army Secretary",
    "Finance Minister",
];
const NOUNS: &[&str] = &[
    "people", "troops", "soldiers", "homes", "villages", "refugees",
];
const FILLER: &[&str] = &[
    "Officials said talks would continue later in the week.",
    "The announcement came after a long night of negotiations.",
    "Analysts said the move could reshape the region for years.",
    "Residents described long queues at the few shops still open.",
    "The government has not published the full text of the agreement.",
    "Opposition lawmakers called for an independent inquiry.",
    "Aid groups warned that supplies were running low.",
    "Markets reacted calmly to the news on Monday.",
];

fn word(rng: &mut Rng, parts: usize) -> String {
    let mut w: String = (0..parts).map(|_| *rng.pick(SYLLABLES)).collect();
    if let Some(f) = w.get_mut(0..1) {
        f.make_ascii_uppercase();
    }
    w
}

struct Person {
    given: &'static str,
    surname: String,
    title: &'static str,
}

/// Generates `articles` articles of about `words` words each about one story.
/// Returns (id, text) pairs.
pub fn story(seed: u64, articles: usize, words: usize) -> Vec<(String, String)> {
    let mut rng = Rng(seed ^ 0x9e3779b97f4a7c15);
    let people: Vec<Person> = (0..24)
        .map(|i| Person {
            given: GIVEN[i % GIVEN.len()],
            surname: word(&mut rng, 3),
            title: TITLES[i % TITLES.len()],
        })
        .collect();
    let places: Vec<String> = (0..12).map(|_| word(&mut rng, 2)).collect();
    let claims: Vec<(String, u32, &str)> = (0..8)
        .map(|i| {
            (
                places[i % places.len()].clone(),
                10 + rng.below(500) as u32,
                NOUNS[i % NOUNS.len()],
            )
        })
        .collect();
    let quotes: Vec<(usize, String)> = (0..16)
        .map(|i| {
            let q = format!(
                "we will {} the {} and {} every {} of this {}",
                rng.pick(&["defend", "rebuild", "protect", "reopen"]),
                rng.pick(&["bridge", "border", "city", "harbour"]),
                rng.pick(&["support", "count", "remember", "help"]),
                rng.pick(&["family", "village", "worker", "child"]),
                rng.pick(&["country", "region", "story", "war"])
            );
            (i % people.len(), q)
        })
        .collect();
    let mut out = Vec::with_capacity(articles);
    for a in 0..articles {
        let mut text = format!(
            "{} talks resume as {} visits {}\n",
            places[a % places.len()],
            people[a % people.len()].surname,
            places[(a + 3) % places.len()]
        );
        let mut n = 0;
        while n < words {
            let s = match rng.below(6) {
                0 | 1 => {
                    let p = rng.pick(&people);
                    let surname = if rng.chance(3) {
                        format!("{}{}", p.surname, "e")
                    } else {
                        p.surname.clone()
                    };
                    let title = if rng.chance(2) {
                        "former Governor"
                    } else {
                        p.title
                    };
                    format!("{title} {} {surname} met officials in {}. {surname} said the meeting was useful.", p.given, rng.pick(&places))
                }
                2 => {
                    let (place, value, noun) = rng.pick(&claims);
                    let v = if rng.chance(3) { value + 7 } else { *value };
                    let qual = if rng.chance(300) { "at least " } else { "" };
                    format!("The strike in {place} killed {qual}{v} {noun}, officials said.")
                }
                3 => {
                    let (who, q) = rng.pick(&quotes);
                    let p = if rng.chance(2) {
                        &people[(who + 1) % people.len()]
                    } else {
                        &people[*who]
                    };
                    format!("“{q},” said {} {} {}.", p.title, p.given, p.surname)
                }
                _ => rng.pick(FILLER).to_string(),
            };
            n += s.split_whitespace().count();
            text.push_str(&s);
            text.push(if rng.chance(200) { '\n' } else { ' ' });
        }
        out.push((format!("synth-{a:05}.txt"), text));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn deterministic_and_sized() {
        let a = super::story(7, 3, 300);
        assert_eq!(a, super::story(7, 3, 300));
        assert_eq!(a.len(), 3);
        assert!(a[0].1.split_whitespace().count() >= 300);
    }
}
