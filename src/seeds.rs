//! The default corpus: the seed articles in `seeds/`, embedded in the binary so every
//! command works with no corpus given.

/// (file name, text) of every seed article, in file-name order.
pub const SEEDS: &[(&str, &str)] = &[
    (
        "000_0307b1cb655c061a.txt",
        include_str!("../seeds/000_0307b1cb655c061a.txt"),
    ),
    (
        "001_fd9efc5d79b2d95b.txt",
        include_str!("../seeds/001_fd9efc5d79b2d95b.txt"),
    ),
    (
        "002_4d42839a3193f682.txt",
        include_str!("../seeds/002_4d42839a3193f682.txt"),
    ),
    (
        "003_1f0bf1d3823c54ba.txt",
        include_str!("../seeds/003_1f0bf1d3823c54ba.txt"),
    ),
    (
        "004_42337460ffcbe2a6.txt",
        include_str!("../seeds/004_42337460ffcbe2a6.txt"),
    ),
];

/// The seed articles as documents, in file-name order.
pub fn documents() -> impl Iterator<Item = crate::Document> {
    SEEDS
        .iter()
        .map(|(name, text)| crate::Document::from_named(*name, *text))
}
