//! Turns the name tables in src/lexicon/data/ (as published, with their licences) into
//! one compact list of name pairs, "formal nickname" or "variant variant" per line, which
//! the lexicon embeds. Smaller binaries and no JSON parsing at start-up.

use std::fmt::Write as _;

fn main() {
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
