//! Progress of a long run on stderr, only when stderr is a terminal and the
//! user did not ask for `-q`: the phase being run, and in the main pass a
//! bar with percent and ETA when the inputs' size is known (files), or
//! records and MB/s when it is not (standard input).

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

const BAR_WIDTH: usize = 24;
const REDRAW_EVERY: Duration = Duration::from_millis(200);

pub struct Progress {
    enabled: bool,
    phase: &'static str,
    started: Instant,
    last_draw: Option<Instant>,
    /// Bytes of input on disk, when known.
    total_bytes: Option<u64>,
}

impl Progress {
    pub fn new(quiet: bool) -> Self {
        Progress {
            enabled: !quiet && std::io::stderr().is_terminal(),
            phase: "",
            started: Instant::now(),
            last_draw: None,
            total_bytes: None,
        }
    }

    /// Start a named phase ("template pass", "main pass", "dump analysis").
    /// `total_bytes` gives the input size on disk, for the percent and ETA;
    /// it is only asked when the display is on (it walks the inputs).
    pub fn phase(&mut self, phase: &'static str, total_bytes: impl FnOnce() -> Option<u64>) {
        self.clear();
        self.phase = phase;
        self.started = Instant::now();
        self.last_draw = None;
        self.total_bytes = if self.enabled {
            total_bytes().filter(|&total| total > 0)
        } else {
            None
        };
        if self.enabled {
            eprint!("\r{phase}…");
            let _ = std::io::stderr().flush();
        }
    }

    /// `done_bytes`: input bytes on disk read so far; `records` and
    /// `text_bytes` (decompressed) for the rate.
    pub fn update(&mut self, records: u64, text_bytes: u64, done_bytes: u64) {
        if !self.enabled || self.last_draw.is_some_and(|t| t.elapsed() < REDRAW_EVERY) {
            return;
        }
        self.last_draw = Some(Instant::now());
        let line = status_line(
            self.phase,
            self.started.elapsed(),
            records,
            text_bytes,
            done_bytes,
            self.total_bytes,
        );
        eprint!("\r{line}   ");
        let _ = std::io::stderr().flush();
    }

    pub fn finish(&mut self) {
        self.clear();
    }

    fn clear(&mut self) {
        if self.enabled {
            eprint!("\r{:90}\r", "");
            let _ = std::io::stderr().flush();
        }
    }
}

/// The text of one progress line (pure, so it can be tested).
fn status_line(
    phase: &str,
    elapsed: Duration,
    records: u64,
    text_bytes: u64,
    done_bytes: u64,
    total_bytes: Option<u64>,
) -> String {
    let seconds = elapsed.as_secs_f64().max(1e-9);
    let rate = text_bytes as f64 / 1e6 / seconds;
    let counts = format!("{records} records, {rate:.1} MB/s");
    let Some(total) = total_bytes else {
        return format!("{phase}: {counts}, {:.0} s", seconds);
    };
    let fraction = (done_bytes as f64 / total as f64).clamp(0.0, 1.0);
    let filled = (fraction * BAR_WIDTH as f64).round() as usize;
    let bar = format!("{}{}", "#".repeat(filled), ".".repeat(BAR_WIDTH - filled));
    let eta = if fraction > 0.0 {
        format_duration(seconds * (1.0 - fraction) / fraction)
    } else {
        "?".to_string()
    };
    format!(
        "{phase} [{bar}] {:3.0}% {counts}, ETA {eta}",
        fraction * 100.0
    )
}

fn format_duration(seconds: f64) -> String {
    let seconds = seconds.round() as u64;
    match seconds {
        0..=59 => format!("{seconds} s"),
        60..=3599 => format!("{}m{:02}s", seconds / 60, seconds % 60),
        _ => format!("{}h{:02}m", seconds / 3600, seconds % 3600 / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_size_gives_a_bar_percent_and_eta() {
        let line = status_line(
            "main pass",
            Duration::from_secs(30),
            1000,
            60_000_000,
            250,
            Some(1000),
        );
        assert!(
            line.starts_with("main pass [######..................]  25%"),
            "{line}"
        );
        // A quarter done in 30 s: three quarters left take 90 s.
        assert!(line.ends_with("ETA 1m30s"), "{line}");
        assert!(line.contains("1000 records, 2.0 MB/s"), "{line}");
    }

    #[test]
    fn an_unknown_size_gives_counts_only() {
        let line = status_line("main pass", Duration::from_secs(4), 10, 8_000_000, 0, None);
        assert_eq!(line, "main pass: 10 records, 2.0 MB/s, 4 s");
    }

    #[test]
    fn nothing_read_yet_has_no_eta() {
        let line = status_line("main pass", Duration::from_secs(1), 0, 0, 0, Some(10));
        assert!(line.ends_with("ETA ?"), "{line}");
        assert!(line.contains("  0%"), "{line}");
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(format_duration(5.2), "5 s");
        assert_eq!(format_duration(75.0), "1m15s");
        assert_eq!(format_duration(7322.0), "2h02m");
    }
}
