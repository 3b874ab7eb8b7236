//! The newsmill driver.

/// Entry point of the `newsmill` binary; returns the process exit code.
pub fn main() -> i32 {
    0
}
