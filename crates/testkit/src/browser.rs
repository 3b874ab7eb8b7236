//! Rendering a report in headless Chromium, to check that it shows what it
//! should.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The browser a test must use. Outside CI a missing browser returns `None`
/// (the caller skips, saying so); under `CI=true` it fails the test, since
/// CI installs Chromium and a skip there would hide a broken report.
pub fn require_browser(test: &str) -> Option<PathBuf> {
    match find_browser() {
        Some(browser) => Some(browser),
        None if crate::in_ci() => panic!(
            "{test}: no chromium on PATH under CI=true (.ci/run installs it: apt-get install chromium)"
        ),
        None => {
            println!("SKIPPED {test}: no chromium on PATH (apt-get install chromium, or set NEWSMILL_BROWSER)");
            None
        }
    }
}

/// A Chromium or Chrome binary: `NEWSMILL_BROWSER`, else the first of the
/// usual names on `PATH`.
pub fn find_browser() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("NEWSMILL_BROWSER") {
        return Some(PathBuf::from(path));
    }
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// Run the browser headless with a time limit, its stdout and stderr going to
/// files (a pipe would fill up and stall it); returns (success, stdout, stderr).
pub fn run(
    browser: &Path,
    profile: &Path,
    extra: &[String],
    url: &str,
    out: &Path,
) -> (bool, String, String) {
    let stdout_path = out.with_extension("stdout");
    let stderr_path = out.with_extension("log");
    let child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(match std::fs::File::create(&stdout_path) {
            Ok(file) => Stdio::from(file),
            Err(e) => {
                return (
                    false,
                    String::new(),
                    format!("cannot create {}: {e}", stdout_path.display()),
                )
            }
        })
        .stderr(match std::fs::File::create(&stderr_path) {
            Ok(file) => Stdio::from(file),
            Err(e) => {
                return (
                    false,
                    String::new(),
                    format!("cannot create {}: {e}", stderr_path.display()),
                )
            }
        })
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) => {
            return (
                false,
                String::new(),
                format!("cannot start {}: {e}", browser.display()),
            )
        }
    };
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {}
            Err(e) => {
                return (
                    false,
                    String::new(),
                    format!("cannot wait for the browser: {e}"),
                )
            }
        }
        if started.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            let _ = child.wait();
            let log = std::fs::read_to_string(&stderr_path).unwrap_or_default();
            return (
                false,
                String::new(),
                format!("the browser did not finish within 90 s; log: {log}"),
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    (
        status.success(),
        String::from_utf8_lossy(&std::fs::read(&stdout_path).unwrap_or_default()).into_owned(),
        String::from_utf8_lossy(&std::fs::read(&stderr_path).unwrap_or_default()).into_owned(),
    )
}

/// Lines of a browser log that report a console message, a script error or
/// a blocked load.
pub fn console_errors(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("Refused to"))
        .collect()
}
