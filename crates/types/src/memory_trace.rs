//! Resident memory at the phases of a run, on standard error, when the
//! environment variable `NEWSMILL_MEMORY_TRACE` is set: which phase of a
//! large run holds its peak, without a profiler (Linux only; elsewhere
//! nothing is printed).

/// Print `phase`, the current RSS and the peak so far (MB), when
/// `NEWSMILL_MEMORY_TRACE` is set.
///
/// ```
/// // Prints only with NEWSMILL_MEMORY_TRACE set, e.g.
/// // "newsmill: memory after the main pass: RSS 139.4 MB, peak 139.4 MB".
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
    eprintln!(
        "newsmill: memory {phase}: RSS {:.1} MB, peak {:.1} MB",
        megabytes("VmRSS:"),
        megabytes("VmHWM:")
    );
}
