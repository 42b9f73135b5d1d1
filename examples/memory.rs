//! Live heap of a corpus loaded from a prebuilt index, counted by a wrapping allocator (the
//! resident size of a process keeps freed memory, so it over-states what the corpus holds).
//! Run: cargo run --release --example memory -- benches/node/corpus-10000.index.json
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = LIVE.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call is passed to the system allocator unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        grew(l.size());
        System.alloc(l)
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Relaxed);
        System.dealloc(p, l)
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        if n > l.size() {
            grew(n - l.size());
        } else {
            LIVE.fetch_sub(l.size() - n, Relaxed);
        }
        System.realloc(p, l, n)
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn mb(n: usize) -> f64 {
    n as f64 / 1e6
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: memory INDEX_FILE (write one with `factcheck index DIR -o FILE`)");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2)
    });
    let corpus = factcheck::Corpus::from_index(&text).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    drop(text);
    let source: usize = corpus.articles().map(|a| a.source.len()).sum();
    println!(
        "{} articles, {:.1} MB of source: {:.1} MB live after loading ({:.1}x the source), peak {:.1} MB including the index text",
        corpus.len(),
        mb(source),
        mb(LIVE.load(Relaxed)),
        LIVE.load(Relaxed) as f64 / source.max(1) as f64,
        mb(PEAK.load(Relaxed))
    );
}
