//! Time per extraction stage on the seeds, repeated: where extraction spends its time.
//! Run: cargo run --release --example stages [ROUNDS]
//! For instruction counts per stage (stable on a busy machine), run it under callgrind
//! and read the inclusive cost of each `factcheck::extract::stages::st_*` function.
fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let docs: Vec<(&str, &str)> = factcheck::seeds::SEEDS
        .iter()
        .map(|(a, b)| (*a, *b))
        .collect();
    let bytes: usize = docs.iter().map(|d| d.1.len()).sum::<usize>() * rounds;
    factcheck::extract::stages::times(&docs, 5);
    let t = factcheck::extract::stages::times(&docs, rounds);
    let total: f64 = t.iter().map(|x| x.1.as_secs_f64()).sum();
    for (n, d) in &t {
        println!(
            "{n:12} {:6.1}%  {:7.1} ns/byte",
            d.as_secs_f64() / total * 100.0,
            d.as_secs_f64() * 1e9 / bytes as f64
        );
    }
    println!("total {:.1} MB/s", bytes as f64 / total / 1e6);
}
