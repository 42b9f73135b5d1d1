//! Writes a synthetic story (see `factcheck::synth`) as text files.
//! Run: cargo run --release --example synth -- ARTICLES WORDS OUT_DIR [SEED]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage = "usage: synth ARTICLES WORDS OUT_DIR [SEED]";
    let n: usize = args.get(1).and_then(|a| a.parse().ok()).expect(usage);
    let words: usize = args.get(2).and_then(|a| a.parse().ok()).expect(usage);
    let dir = std::path::PathBuf::from(args.get(3).expect(usage));
    let seed: u64 = args.get(4).and_then(|a| a.parse().ok()).unwrap_or(1);
    std::fs::create_dir_all(&dir).expect("create OUT_DIR");
    let mut bytes = 0;
    for (id, text) in factcheck::synth::story(seed, n, words) {
        bytes += text.len();
        std::fs::write(dir.join(id), text).expect("write article");
    }
    println!("{bytes}");
}
