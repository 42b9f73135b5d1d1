//! Work on many articles shared out to the machine's cores (not in WebAssembly, which has
//! no threads here): [`map`] and [`map_with`] keep the order of their input, so what a
//! command writes is the same on one core or many. `factcheck index` analyses its
//! articles with [`map`]; [`crate::Corpus::scan_threads`] scans with [`map_with`], a memo
//! per thread.

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// Items a thread takes at a time.
const PART: usize = 16;

/// The machine's cores (one when it cannot tell).
pub fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// `f` of every item, in order, worked out on `threads` threads; `done` is told on the
/// calling thread how many items are done after each one.
pub fn map<'a, T: Sync, R: Send>(
    items: &'a [T],
    threads: usize,
    f: impl Fn(&'a T) -> R + Sync,
    done: &mut dyn FnMut(usize),
) -> Vec<R> {
    map_with(items, threads, || (), |(), item| f(item), done)
}

/// [`map`] with a state of each thread's own, made by `state` when the thread starts and
/// lent to `f` for each item the thread takes (a memo that serves the thread's items).
pub fn map_with<'a, T: Sync, S, R: Send>(
    items: &'a [T],
    threads: usize,
    state: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, &'a T) -> R + Sync,
    done: &mut dyn FnMut(usize),
) -> Vec<R> {
    let parts: Vec<&'a [T]> = items.chunks(PART).collect();
    let mut out: Vec<Option<Vec<R>>> = (0..parts.len()).map(|_| None).collect();
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::channel::<(usize, Option<Vec<R>>)>();
        for _ in 0..threads.max(1) {
            let (tx, parts, next, f, state) = (tx.clone(), &parts, &next, &f, &state);
            scope.spawn(move || {
                let mut mine = state();
                loop {
                    let n = next.fetch_add(1, Relaxed);
                    let Some(part) = parts.get(n) else { break };
                    let mut got = Vec::with_capacity(part.len());
                    for item in part.iter() {
                        got.push(f(&mut mine, item));
                        let _ = tx.send((n, None));
                    }
                    let _ = tx.send((n, Some(got)));
                }
            });
        }
        drop(tx);
        // Ends when every thread has ended (a thread's panic is raised by the scope).
        let mut count = 0;
        for (n, part) in rx {
            match part {
                None => {
                    count += 1;
                    done(count);
                }
                Some(got) => out[n] = Some(got),
            }
        }
    });
    out.into_iter().flatten().flatten().collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_the_order_and_counts_every_item() {
        let items: Vec<u32> = (0..1000).collect();
        let mut last = 0;
        let out = super::map(&items, 3, |x| x * 2, &mut |n| last = n);
        assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        assert_eq!(last, 1000);
    }

    #[test]
    fn lends_each_thread_its_own_state() {
        let items: Vec<u32> = (0..100).collect();
        // Each thread counts the items it took: every count starts at 1, and the counts of
        // all threads add up to the items.
        let seen = super::map_with(
            &items,
            2,
            || 0u32,
            |n, _| {
                *n += 1;
                *n
            },
            &mut |_| {},
        );
        assert_eq!(seen.len(), 100);
        assert!(seen.iter().filter(|&&n| n == 1).count() <= 2);
        assert_eq!(seen[0], 1);
    }
}
