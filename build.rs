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
    let mut out = String::new();
    let csv = std::fs::read_to_string(&nick).expect("src/lexicon/data/nicknames.csv");
    for line in csv.lines().skip(1) {
        let f: Vec<&str> = line.split(',').map(str::trim).collect();
        if f.len() == 3 && !f[0].is_empty() && !f[2].is_empty() {
            let _ = writeln!(out, "{} {}", f[0], f[2]);
        }
    }
    out.push_str("#variants\n");
    let json =
        std::fs::read_to_string(&var).expect("src/lexicon/data/given-name-variants-latin.json");
    // The file is a JSON array of two-string arrays; the names hold no quotes or escapes.
    for pair in json.split('[').skip(2) {
        let names: Vec<&str> = pair.split('"').skip(1).step_by(2).take(2).collect();
        if names.len() == 2 {
            let _ = writeln!(out, "{} {}", names[0], names[1]);
        }
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("names.txt");
    std::fs::write(dest, out).unwrap();
}
