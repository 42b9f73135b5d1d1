//! Live heap of a corpus loaded from a prebuilt index, counted by a wrapping allocator (the
//! resident size of a process keeps freed memory, so it over-states what the corpus holds).
//! Run: cargo run --release --example memory -- benches/node/corpus-10000.index.json
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// Allocations live: each costs the allocator a header and rounding besides its size.
static BLOCKS: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = LIVE.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call is passed to the system allocator unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        BLOCKS.fetch_add(1, Relaxed);
        grew(l.size());
        System.alloc(l)
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        BLOCKS.fetch_sub(1, Relaxed);
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
    // What an empty checker holds once its lexicons are built (by a first article).
    let before = LIVE.load(Relaxed);
    let mut empty = factcheck::Corpus::new();
    empty.add(factcheck::document::Document::text(
        "warm-up.txt",
        "Mayor Ana Lindqvist, 52, said on Monday that 3,400 people had left the town.",
    ));
    drop(empty);
    let fixed = LIVE.load(Relaxed) - before;
    let corpus = factcheck::Corpus::from_index(&text).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    drop(text);
    println!(
        "{:.1} MB live in an empty checker with its lexicons built",
        mb(fixed)
    );
    let source: usize = corpus.articles().map(|a| a.source.len()).sum();
    println!(
        "{} articles, {:.1} MB of source: {:.1} MB live after loading ({:.1}x the source), peak {:.1} MB including the index text",
        corpus.len(),
        mb(source),
        mb(LIVE.load(Relaxed)),
        LIVE.load(Relaxed) as f64 / source.max(1) as f64,
        mb(PEAK.load(Relaxed))
    );
    println!("{} allocations live", BLOCKS.load(Relaxed));
    if std::env::args().any(|a| a == "--breakdown") {
        breakdown(&corpus);
    }
    if std::env::args().any(|a| a == "--spare") {
        // A clone has no spare room in its lists: what replacing the corpus with one saves
        // is the room the load left unused.
        let now = LIVE.load(Relaxed);
        let copy = corpus.clone();
        drop(corpus);
        println!(
            "{:.1} MB live with a clone in the corpus's place ({:.1} MB of spare room)",
            mb(LIVE.load(Relaxed)),
            mb(now.saturating_sub(LIVE.load(Relaxed)))
        );
        drop(copy);
        println!(
            "{:.1} MB live once the corpus is dropped (lexicons and caches)",
            mb(LIVE.load(Relaxed))
        );
    }
}

/// Spans, their heap bytes and allocations, and votes, in one area of the index.
#[derive(Default)]
struct Area {
    votes: usize,
    spans: usize,
    heap: usize,
    allocs: usize,
    keys: usize,
}

impl Area {
    fn votes(&mut self, v: &factcheck::resolve::Votes) {
        self.votes += 1;
        // An example shares its article's text: its list is all it costs.
        self.heap += v.examples.len() * std::mem::size_of::<factcheck::resolve::Example>();
        self.allocs += usize::from(v.examples.len() > 0);
        self.spans += v.examples.len();
    }
    fn key(&mut self, k: &str) {
        self.keys += 1;
        self.heap += k.len();
        self.allocs += 1;
    }
    fn print(&self, name: &str) {
        println!(
            "  {name}: {} keys, {} votes, {} example spans, {:.1} MB in span/key strings and example lists, {} allocations",
            self.keys, self.votes, self.spans, mb(self.heap), self.allocs
        );
    }
}

/// The heap a clone of `x` takes: a part of the index weighed (a clone keeps a hash
/// table's capacity; a list's clone has room for its length only).
fn weigh<T: Clone>(name: &str, x: &T) -> usize {
    let n = weight(x);
    println!("  {name}: {:.1} MB", mb(n));
    n
}

fn weight<T: Clone>(x: &T) -> usize {
    let before = LIVE.load(Relaxed);
    let copy = x.clone();
    let n = LIVE.load(Relaxed) - before;
    drop(copy);
    n
}

/// The people's parts: their roles, their tallies of forms, and the rest.
fn people_parts(ix: &factcheck::resolve::Index) {
    let (mut persons, mut roles, mut tallies, mut with_roles) = (0, 0, 0, 0);
    // Parsed roles are shared (a clone of the index copies none): weighed once each.
    let mut shared = std::collections::HashSet::new();
    let mut shared_heap = 0;
    for m in ix.people.values() {
        for a in m.values() {
            for (_, r) in a.role_of.iter() {
                if shared.insert(std::sync::Arc::as_ptr(r)) {
                    shared_heap += weight(&**r) + std::mem::size_of_val(&**r) + 16;
                }
            }
            persons += 1;
            with_roles += usize::from(!a.role_of.is_empty());
            roles += weight(&a.role_of);
            for t in [
                &a.given_written,
                &a.surname_written,
                &a.full_written,
                &a.roles,
            ] {
                tallies += weight(t);
            }
        }
    }
    println!(
        "  people: {} surname keys, {persons} persons ({with_roles} with roles): roles {:.1} MB, tallies {:.1} MB",
        ix.people.len(),
        mb(roles),
        mb(tallies)
    );
    let mut distinct = std::collections::HashSet::new();
    for m in ix.people.values() {
        for a in m.values() {
            for (_, r) in a.role_of.iter() {
                distinct.insert(&**r);
            }
        }
    }
    println!(
        "  parsed roles, shared: {} ({} distinct) ({:.1} MB, not in the clones above)",
        shared.len(),
        distinct.len(),
        mb(shared_heap)
    );
}

fn breakdown(c: &factcheck::Corpus) {
    let ix = c.index();
    println!("by part (the heap of a clone of each):");
    let parts = [
        weigh("index, whole", ix),
        weigh("people", &ix.people),
        weigh("near spellings", &ix.near),
        weigh("people by role", &ix.by_role),
        weigh("words", &ix.words),
        weigh("claims", &ix.claims),
        weigh("quotes", &ix.quotes),
        weigh("quotes: list", &ix.quotes.quotes),
        weigh("quotes: by shingle", &ix.quotes.by_shingle),
        weigh("quotes: vocabulary", &ix.quotes.vocabulary),
        weigh("dates", &ix.dates),
    ];
    let _ = parts;
    people_parts(ix);
    weigh("corpus, whole", c);
    let mut words = Area::default();
    for (k, w) in &ix.words {
        words.key(k);
        words.votes(&w.capitalised);
        words.votes += 1; // the lower-case counts
    }
    words.print("words");
    let mut people = Area::default();
    for (k, m) in &ix.people {
        people.key(k);
        for (g, a) in m {
            people.key(g);
            for t in [
                &a.given_written,
                &a.surname_written,
                &a.full_written,
                &a.roles,
            ] {
                for (f, v) in t {
                    people.key(f);
                    people.votes(v);
                }
            }
            people.votes(&a.all);
        }
    }
    people.print("people");
    let mut claims = Area::default();
    for (k, m) in &ix.claims.by_key {
        claims.key(k);
        for (_, v) in m {
            claims.votes(v);
        }
    }
    claims.print("claims");
    let mut quotes = Area::default();
    for q in &ix.quotes.quotes {
        quotes.spans += 1;
        quotes.heap += q.words.len() * 4;
    }
    println!(
        "  quotes: {} quotes, {} shingles",
        ix.quotes.quotes.len(),
        ix.quotes.by_shingle.len()
    );
    quotes.print("quotes");
    let mut dates = Area::default();
    for v in ix.dates.by_event.values() {
        dates.spans += v.len();
    }
    dates.print("dates");
    println!("  near: {} variants", ix.near.len());
}
