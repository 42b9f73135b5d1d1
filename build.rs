//! Writes two generated tables to OUT_DIR.
//!
//! `fold.rs`: for every character with a canonical decomposition, the base characters
//! left when its combining marks are dropped, and the ranges of combining marks, both from
//! the `unicode-normalization` crate. `normalize::fold` needs only these, so the binary
//! (and the wasm) carries a few kilobytes instead of the crate's normalisation tables.
//!
//! `names.txt`: turns the name tables in src/lexicon/data/ (as published, with their licences) into
//! one compact list of name pairs, "formal nickname" or "variant variant" per line, which
//! the lexicon embeds. Smaller binaries and no JSON parsing at start-up.
//!
//! `english.bin`: a Bloom filter of the English words of src/lexicon/data/english-words.txt
//! (8 bits a word, 5 probes: about 2% false positives), so that the binary carries about
//! 11 KB instead of the 89 KB list.

use std::fmt::Write as _;

fn main() {
    fold_tables();
    name_pairs();
    english_bloom();
}

fn fold_tables() {
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    let mut decomposed = String::new();
    let mut decomposed_long = String::new();
    let mut marks: Vec<(u32, u32)> = Vec::new();
    for cp in 0x80u32..=0x10FFFF {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        if is_combining_mark(c) {
            match marks.last_mut() {
                Some((_, end)) if *end + 1 == cp => *end = cp,
                _ => marks.push((cp, cp)),
            }
            continue;
        }
        // Hangul syllables decompose into jamo, which are letters, not marks: folding keeps
        // the syllables whole.
        if (0xAC00..=0xD7A3).contains(&cp) {
            continue;
        }
        let mut base = Vec::new();
        decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                base.push(d)
            }
        });
        if let [b] = base[..] {
            if b != c {
                let _ = writeln!(decomposed, "    ({cp:#x}, {b:?}),");
            }
        } else {
            let b: String = base.iter().collect();
            let _ = writeln!(decomposed_long, "    ({cp:#x}, {b:?}),");
        }
    }
    // Almost every base is one character: a (u32, char) pair is smaller in the wasm than
    // a string slice (the size bound counts).
    let mut out =
        String::from("/// (character, its base character) for canonical decompositions.\n");
    out.push_str("static DECOMPOSED: &[(u32, char)] = &[\n");
    out.push_str(&decomposed);
    out.push_str(
        "];\n/// (character, its base characters) where there are none or several.\nstatic DECOMPOSED_LONG: &[(u32, &str)] = &[\n",
    );
    out.push_str(&decomposed_long);
    out.push_str(
        "];\n/// Inclusive ranges of combining marks.\nstatic MARKS: &[(u32, u32)] = &[\n",
    );
    for (a, b) in marks {
        let _ = writeln!(out, "    ({a:#x}, {b:#x}),");
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("fold.rs");
    std::fs::write(dest, out).unwrap();
}

fn name_pairs() {
    let dir = std::path::Path::new("src/lexicon/data");
    let nick = dir.join("nicknames.csv");
    let var = dir.join("given-name-variants-latin.json");
    println!("cargo:rerun-if-changed={}", nick.display());
    println!("cargo:rerun-if-changed={}", var.display());
    // Pairs grouped by their first name, one line each: "daniel dan danny" stands for the
    // pairs (daniel, dan) and (daniel, danny).
    let mut pairs: Vec<(String, String)> = Vec::new();
    let csv = std::fs::read_to_string(&nick).expect("src/lexicon/data/nicknames.csv");
    for line in csv.lines().skip(1) {
        let f: Vec<&str> = line.split(',').map(str::trim).collect();
        if f.len() == 3 && !f[0].is_empty() && !f[2].is_empty() {
            pairs.push((f[0].to_string(), f[2].to_string()));
        }
    }
    let json =
        std::fs::read_to_string(&var).expect("src/lexicon/data/given-name-variants-latin.json");
    // The file is a JSON array of two-string arrays; the names hold no quotes or escapes.
    for pair in json.split('[').skip(2) {
        let names: Vec<&str> = pair.split('"').skip(1).step_by(2).take(2).collect();
        if names.len() == 2 {
            pairs.push((names[0].to_string(), names[1].to_string()));
        }
    }
    pairs.sort();
    pairs.dedup();
    let mut out = String::new();
    let mut current = "";
    for (a, b) in &pairs {
        if a != current {
            if !current.is_empty() {
                out.push('\n');
            }
            out.push_str(a);
            current = a;
        }
        let _ = write!(out, " {b}");
    }
    out.push('\n');
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("names.txt");
    std::fs::write(dest, out).unwrap();
}

include!("src/lexicon/bloom_probes.rs");

fn english_bloom() {
    let path = std::path::Path::new("src/lexicon/data/english-words.txt");
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rerun-if-changed=src/lexicon/bloom_probes.rs");
    let list = std::fs::read_to_string(path).expect("src/lexicon/data/english-words.txt");
    let words: Vec<&str> = list.lines().filter(|w| !w.is_empty()).collect();
    let bytes = words.len().max(1);
    let mut bloom = vec![0u8; bytes];
    for w in words {
        for p in bloom_probes(w, bytes as u64 * 8) {
            bloom[(p / 8) as usize] |= 1 << (p % 8);
        }
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("english.bin");
    std::fs::write(dest, bloom).unwrap();
}
