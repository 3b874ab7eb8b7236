//! Resident memory at the phases of a run, on standard error, when the
//! environment variable `NEWSMILL_MEMORY_TRACE` is set: which phase of a
//! large run holds its peak, without a profiler (Linux only; elsewhere
//! nothing is printed).

/// Print `phase`, the current RSS and the peak so far (MB), and the seconds
/// since the process started, when `NEWSMILL_MEMORY_TRACE` is set.
///
/// ```
/// // Prints only with NEWSMILL_MEMORY_TRACE set, e.g. "newsmill: memory
/// // after the main pass: RSS 139.4 MB, peak 139.4 MB, 1630.2 s in".
/// newsmill_types::trace_memory("after the main pass");
/// ```
pub fn trace_memory(phase: &str) {
    if std::env::var_os("NEWSMILL_MEMORY_TRACE").is_none() {
        return;
    }
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return;
    };
    let megabytes = |field: &str| -> f64 {
        status
            .lines()
            .find_map(|line| line.strip_prefix(field))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    let elapsed = seconds_since_start().map_or(String::new(), |s| format!(", {s:.1} s in"));
    eprintln!(
        "newsmill: memory {phase}: RSS {:.1} MB, peak {:.1} MB{elapsed}",
        megabytes("VmRSS:"),
        megabytes("VmHWM:")
    );
}

/// Clock ticks a second in `/proc` (USER_HZ, part of the kernel's ABI).
const TICKS_PER_SECOND: f64 = 100.0;

/// Seconds since this process started: the system's uptime less the
/// process's start time, so that each phase's duration shows at scale.
fn seconds_since_start() -> Option<f64> {
    let uptime = std::fs::read_to_string("/proc/uptime").ok()?;
    let uptime: f64 = uptime.split_whitespace().next()?.parse().ok()?;
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    Some(uptime - start_ticks(&stat)? / TICKS_PER_SECOND)
}

/// The start time (field 22) of a `/proc/PID/stat` line; the command name
/// in parentheses may itself hold spaces and parentheses.
fn start_ticks(stat: &str) -> Option<f64> {
    let after_name = &stat[stat.rfind(')')? + 1..];
    after_name.split_whitespace().nth(19)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_time_is_field_22_whatever_the_command_name() {
        let stat = "4242 (a (b) c) S 1 4242 4242 0 -1 4194560 90 0 0 0 3 1 0 0 20 0 1 0 987654 1 2";
        assert_eq!(start_ticks(stat), Some(987654.0));
        assert_eq!(start_ticks("no name"), None);
        assert_eq!(start_ticks("1 (x) S 1"), None);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn this_process_started_before_now() {
        let seconds = seconds_since_start().expect("/proc is readable");
        assert!((0.0..86_400.0 * 365.0).contains(&seconds), "{seconds}");
    }
}
