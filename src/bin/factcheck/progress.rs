//! Progress of a long `scan` or corpus load on stderr: one line, redrawn at most ten times
//! a second, shown only on a terminal and only once the work has taken a second, and
//! cleared when it ends (so a report piped or redirected never sees it).

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Work that takes this long before the line shows.
const AFTER: Duration = Duration::from_secs(1);
/// Time between redraws.
const EVERY: Duration = Duration::from_millis(100);

/// A progress line for `total` steps.
pub struct Progress {
    label: &'static str,
    total: usize,
    done: usize,
    started: Instant,
    drawn: Option<Instant>,
    on: bool,
}

impl Progress {
    /// A progress line, silent when stderr is not a terminal or `quiet` is set.
    pub fn new(label: &'static str, total: usize, quiet: bool) -> Progress {
        Progress {
            label,
            total,
            done: 0,
            started: Instant::now(),
            drawn: None,
            on: !quiet && std::io::stderr().is_terminal(),
        }
    }

    /// One step done.
    pub fn step(&mut self) {
        self.set(self.done + 1);
    }

    /// `done` steps done in all.
    pub fn set(&mut self, done: usize) {
        self.done = done;
        if !self.on {
            return;
        }
        let now = Instant::now();
        let due = match self.drawn {
            None => now.duration_since(self.started) >= AFTER,
            Some(t) => now.duration_since(t) >= EVERY,
        };
        if due {
            self.drawn = Some(now);
            eprint!("\r{}", line(self.label, self.done, self.total));
            let _ = std::io::stderr().flush();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if self.drawn.is_some() {
            eprint!("\r\x1b[2K");
            let _ = std::io::stderr().flush();
        }
    }
}

/// "scanning  4,200 / 10,000 articles  [########------------]  42%".
fn line(label: &str, done: usize, total: usize) -> String {
    const WIDTH: usize = 24;
    let total = total.max(1);
    let done = done.min(total);
    let filled = done * WIDTH / total;
    format!(
        "{label} {done} / {total} articles [{}{}] {:>3}%",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        done * 100 / total
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_line_shows_the_share_done() {
        assert_eq!(
            super::line("scanning", 5, 10),
            "scanning 5 / 10 articles [############------------]  50%"
        );
        assert!(super::line("reading", 0, 0).ends_with("  0%"));
        assert!(super::line("reading", 12, 10).ends_with("100%"));
    }
}
