//! Native extraction throughput on the seed articles, each analysed as its own article,
//! repeated. Run: cargo run --release --example throughput
use factcheck::{extract::analyse, Corpus, Document};
use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(400);
    let bytes: usize = factcheck::seeds::SEEDS
        .iter()
        .map(|(_, t)| t.len())
        .sum::<usize>()
        * rounds;
    let t = Instant::now();
    let mut mentions = 0;
    for _ in 0..rounds {
        for (name, text) in factcheck::seeds::SEEDS {
            let a = analyse(Document::from_named(*name, *text));
            mentions += a.people.len() + a.quantities.len() + a.quotes.len();
        }
    }
    let dt = t.elapsed();
    println!(
        "extract: {} MB in {:?} = {:.1} MB/s ({} mentions)",
        bytes / 1_000_000,
        dt,
        bytes as f64 / dt.as_secs_f64() / 1e6,
        mentions
    );
    let corpus = Corpus::with_seeds();
    let article = Document::text("a", factcheck::seeds::SEEDS[1].1);
    let t = Instant::now();
    let checks: u32 = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    for _ in 0..checks {
        std::hint::black_box(corpus.check(&article));
    }
    println!(
        "check (1,500-word article vs seeds): {:?} each",
        t.elapsed() / checks.max(1)
    );
}
