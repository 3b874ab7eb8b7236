//! A one-line progress display on stderr, only when stderr is a terminal.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    enabled: bool,
    started: Instant,
    last_draw: Instant,
}

impl Progress {
    pub fn new(quiet: bool) -> Self {
        let now = Instant::now();
        Progress {
            enabled: !quiet && std::io::stderr().is_terminal(),
            started: now,
            last_draw: now,
        }
    }

    pub fn update(&mut self, records: u64, bytes: u64) {
        if !self.enabled || self.last_draw.elapsed() < Duration::from_millis(200) {
            return;
        }
        self.last_draw = Instant::now();
        let seconds = self.started.elapsed().as_secs_f64().max(1e-9);
        let megabytes = bytes as f64 / 1e6;
        eprint!(
            "\r{records} records, {megabytes:.1} MB, {:.1} MB/s, {:.0} s   ",
            megabytes / seconds,
            seconds
        );
        let _ = std::io::stderr().flush();
    }

    pub fn finish(&self) {
        if self.enabled {
            eprint!("\r{:60}\r", "");
        }
    }
}
