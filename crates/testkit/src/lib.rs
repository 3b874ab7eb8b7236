//! Helpers shared by newsmill's tests (a dev-dependency only, never
//! published): one deterministic generator for property and fuzz tests,
//! the real seed articles read from `../shared`, and the headless-browser
//! driver.
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

/// The real seed articles (`../shared/data/seeds` beside the checkout; read
/// at test time, never copied into the repository).
pub fn seeds_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/seeds")
}

/// File name and text of the seed whose name starts with `prefix` ("000").
/// Panics when the seeds are missing: the tests that read them need them.
pub fn seed(prefix: &str) -> (String, String) {
    let dir = seeds_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "seed directory {} is missing ({e}); these tests need the shared seeds",
            dir.display()
        )
    });
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if name.starts_with(prefix) && name.ends_with(".txt") {
            let text = std::fs::read_to_string(e.path())
                .unwrap_or_else(|e| panic!("seed {name} is unreadable: {e}"));
            return (name, text);
        }
    }
    panic!("no seed {prefix}_*.txt in {}", dir.display());
}

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
}

/// True when the tests run in CI (`CI` set to anything but `false`/`0`):
/// there a missing tool is a failure, not a reason to skip.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// A fresh folder under the system's temporary folder, named after the test
/// and the process, removed (with what it holds) when dropped.
#[derive(Debug)]
pub struct TempDir(std::path::PathBuf);

impl TempDir {
    pub fn new(name: &str) -> Self {
        let path = std::env::temp_dir().join(format!("newsmill-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        if let Err(error) = std::fs::create_dir_all(&path) {
            panic!("cannot create {}: {error}", path.display());
        }
        TempDir(path)
    }

    /// `name` inside the folder.
    pub fn path(&self, name: &str) -> std::path::PathBuf {
        self.0.join(name)
    }

    pub fn root(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
