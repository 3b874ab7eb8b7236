//! Helpers shared by newsmill's tests (a dev-dependency only, never
//! published): one deterministic generator for property and fuzz tests, the
//! path to the shared data sets, and the headless-browser driver.
//!
//! ```
//! use newsmill_testkit::Rng;
//!
//! let mut a = Rng::new(7);
//! let mut b = Rng::new(7);
//! assert_eq!(a.next_u64(), b.next_u64(), "same seed, same sequence");
//! assert!(a.below(10) < 10);
//! ```

pub mod browser;

use std::path::PathBuf;

/// xorshift64*: small, deterministic and dependency-free, so a failing case
/// is reproduced from its seed alone.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed` (zero, a fixed point of xorshift, is mapped
    /// to another constant).
    pub fn new(seed: u64) -> Self {
        Rng(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// One of `items` (which must not be empty).
    pub fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// True when the tests run in CI (`CI` set to anything but `false`/`0`):
/// there a missing tool is a failure, not a reason to skip.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// The workspace root (the folder holding the root `Cargo.toml`).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A folder of the shared data sets beside the checkout
/// (`../shared/data/<name>`). Panics with a clear message when it is absent:
/// the tests that call this need it, in CI and on a developer's machine.
pub fn shared_data(name: &str) -> PathBuf {
    let path = workspace_root().join("../shared/data").join(name);
    assert!(
        path.is_dir(),
        "this test needs the shared data folder {} (clone the project beside ../shared)",
        path.display()
    );
    path
}
