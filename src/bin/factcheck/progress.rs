//! Progress of a long `scan`, `index` or corpus load on stderr, drawn by `indicatif`: one
//! line, redrawn at most ten times a second, shown only on a terminal and only once the
//! work has taken a second, and cleared when it ends (so a report piped or redirected
//! never sees it).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// Work that takes this long before the line shows.
const AFTER: Duration = Duration::from_secs(1);
/// Redraws a second at most.
const HZ: u8 = 10;
/// "scanning 4200 / 10000 articles [##########--------------]  42% (3s left)".
const TEMPLATE: &str = "{msg} {pos} / {len} articles [{bar:24}] {percent:>3}% ({eta} left)";

/// A progress line for `total` steps.
pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    /// A terminal is there and the line is wanted, but it has not been drawn yet.
    waiting: bool,
}

impl Progress {
    /// A progress line, silent when stderr is not a terminal or `quiet` is set.
    pub fn new(label: &'static str, total: usize, quiet: bool) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template(TEMPLATE) {
            bar.set_style(style.progress_chars("#-"));
        }
        bar.set_message(label);
        Progress {
            bar,
            started: Instant::now(),
            waiting: !quiet && std::io::stderr().is_terminal(),
        }
    }

    /// One step done.
    pub fn step(&mut self) {
        self.set(self.bar.position() as usize + 1);
    }

    /// `done` steps done in all.
    pub fn set(&mut self, done: usize) {
        self.bar.set_position(done as u64);
        if self.waiting && self.started.elapsed() >= AFTER {
            self.waiting = false;
            self.bar
                .set_draw_target(ProgressDrawTarget::stderr_with_hz(HZ));
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::Progress;

    #[test]
    fn counts_steps_without_a_terminal() {
        let mut p = Progress::new("scanning", 10, true);
        p.step();
        p.set(5);
        p.step();
        assert_eq!(p.bar.position(), 6);
        assert!(p.bar.is_hidden());
    }
}
