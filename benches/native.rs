//! Native benchmarks (criterion): extraction throughput on the seeds, and check latency
//! against the seeds and a 1,000-article synthetic story. Run: cargo bench --bench native
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factcheck::{extract::analyse, Corpus, Document};

fn bench(c: &mut Criterion) {
    let seeds = factcheck::seeds::SEEDS;
    let bytes: usize = seeds.iter().map(|(_, t)| t.len()).sum();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("seeds", |b| {
        b.iter(|| {
            seeds
                .iter()
                .map(|(n, t)| analyse(Document::from_named(*n, *t)).people.len())
                .sum::<usize>()
        })
    });
    g.finish();

    let corpus = Corpus::with_seeds();
    let article = Document::text("a", factcheck::synth::story(99, 1, 1000).remove(0).1);
    c.bench_function("check 1000 words vs seeds", |b| {
        b.iter(|| corpus.check(&article).len())
    });
    let mut big = Corpus::new();
    for (id, text) in factcheck::synth::story(7, 1000, 500) {
        big.add(Document::text(id, text));
    }
    c.bench_function("check 1000 words vs 1000 articles", |b| {
        b.iter(|| big.check(&article).len())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
