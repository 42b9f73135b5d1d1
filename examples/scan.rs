//! CPU time of a scan alone: loads a prebuilt index, then times `Corpus::scan` (and,
//! apart, the text report of its findings), so the load and the output do not blur it.
//! With THREADS, the scan is `Corpus::scan_threads` (as `factcheck scan` runs it) and its
//! wall time is given beside the CPU time of the whole process.
//! Run: cargo run --release --example scan -- FILE [RUNS] [THREADS]
//! (benches/run.sh: the 10,000-article index, 5 runs, every core).
use factcheck::output::{render, Report, ReportFormat};

/// CPU seconds this process has used (user and system), from `/proc/self/stat`.
fn cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command's closing parenthesis; utime and stime are 14th and 15th.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<u64> = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|x| x.parse().ok())
        .collect();
    f.iter().sum::<u64>() as f64 / 100.0
}

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args.next().expect("usage: scan FILE [RUNS]");
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    let threads: Option<usize> = args.next().and_then(|r| r.parse().ok());
    let text = std::fs::read_to_string(&file).expect("an index file");
    let t = cpu();
    let corpus = factcheck::Corpus::from_index(&text).expect("a valid index");
    let load = cpu() - t;
    let mut scans = Vec::new();
    let mut findings = Vec::new();
    let mut walls = Vec::new();
    for _ in 0..runs {
        let (t, wall) = (cpu(), std::time::Instant::now());
        findings = match threads {
            Some(n) => corpus.scan_threads(n, &mut |_| {}),
            None => corpus.scan(),
        };
        scans.push(cpu() - t);
        walls.push(wall.elapsed().as_secs_f64());
    }
    let checked: Vec<String> = corpus.ids().map(str::to_string).collect();
    let source = |id: &str| corpus.source(id);
    let t = cpu();
    let report = Report {
        findings: &findings,
        checked: &checked,
        source: &source,
        published: &|_| None,
    };
    let out = render(ReportFormat::Text, &report);
    let write = cpu() - t;
    let list = |v: &[f64]| {
        v.iter()
            .map(|s| format!("{s:.2}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let median = |v: &[f64]| {
        let mut v = v.to_vec();
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    };
    println!(
        "{} articles: load {load:.2} s CPU; scan median {:.2} s wall, {:.2} s CPU, of [{}] s CPU, [{}] s wall, {} findings; text report {write:.2} s ({} bytes)",
        corpus.len(),
        median(&walls),
        median(&scans),
        list(&scans),
        list(&walls),
        findings.len(),
        out.len()
    );
}
