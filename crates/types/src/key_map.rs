//! [`KeyMap`]: which hash key was seen first, and with what value, for every
//! article of a dump, in memory or in a scratch file.
//!
//! Deciding copies needs one entry per article ever seen: tens of bytes
//! each in a `HashMap`, gigabytes over tens of millions of articles. On
//! disk the table is open addressing over fixed 24-byte slots (key, value),
//! read and written in place; the operating system's page cache keeps the
//! hot part, and the process stays small. A table meant for disk keeps its
//! first [`STAGED_KEYS`] keys in memory, so that a small dump costs no
//! system call per article.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

/// A new, empty scratch file at `path` open for reading and writing (an
/// older file there is truncated).
pub fn scratch_file(path: &Path) -> std::io::Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
}

/// The path of a new scratch file `what` in `dir`: hidden, and named after
/// the process and numbered within it, so that two runs sharing a scratch
/// folder, and two writers or folds of one process, stay apart.
///
/// ```
/// let dir = std::path::Path::new("out");
/// let first = newsmill_types::scratch_path(dir, "digests");
/// let second = newsmill_types::scratch_path(dir, "digests");
/// assert_ne!(first, second);
/// let name = first.file_name().and_then(|n| n.to_str()).unwrap_or_default();
/// assert!(name.starts_with(&format!(".newsmill-digests-{}-", std::process::id())));
/// ```
pub fn scratch_path(dir: &Path, what: &str) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    dir.join(format!(".newsmill-{what}-{}-{n}.tmp", std::process::id()))
}

const SLOT_BYTES: usize = 24;
/// Slots read at once when probing; also the overflow area past the end,
/// so that a probe never wraps around.
const PROBE: usize = 16;
/// Slots of a new table on disk (24 MB of file, none of it in memory).
const INITIAL_SLOTS: usize = 1 << 20;
/// Keys a table meant for disk holds in memory before it moves them to its
/// file (about 3 MB of `HashMap`).
const STAGED_KEYS: usize = 1 << 16;
/// Marks a used slot in the stored value (values must stay below it).
const USED: u64 = 1 << 63;

/// The largest value a [`KeyMap`] stores.
pub const MAX_VALUE: u64 = USED - 1;

/// A map from 128-bit hash keys (uniformly distributed, as SHA-256 or
/// FNV-1a outputs are) to values up to [`MAX_VALUE`].
///
/// ```
/// use newsmill_types::KeyMap;
///
/// let dir = std::env::temp_dir();
/// for mut map in [KeyMap::in_memory(), KeyMap::on_disk(&dir, "doc")?] {
///     assert_eq!(map.first_value(0xfeed, 7)?, None, "new: 7 is stored");
///     assert_eq!(map.first_value(0xfeed, 9)?, Some(7), "seen: the first value");
///     assert_eq!(map.len(), 1);
/// }
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug)]
pub struct KeyMap {
    store: Store,
}

impl Clone for KeyMap {
    /// A copy in memory, wherever the original is (a copy that cannot be
    /// read from disk is empty).
    fn clone(&self) -> Self {
        let mut map = HashMap::with_capacity(self.len());
        let _ = self.for_each(|k, v| {
            map.insert(k, v);
        });
        KeyMap {
            store: Store::Memory(map),
        }
    }
}

impl Default for KeyMap {
    fn default() -> Self {
        KeyMap::in_memory()
    }
}

impl PartialEq for KeyMap {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && matches!(
                (self.sorted_entries(), other.sorted_entries()),
                (Ok(a), Ok(b)) if a == b
            )
    }
}

#[derive(Debug)]
enum Store {
    Memory(HashMap<u128, u64>),
    /// A table meant for disk, its keys still in memory until there are
    /// `spill_at` of them. Its file is created with it, so that a scratch
    /// folder that cannot be written fails at once, not halfway through.
    Staged {
        map: HashMap<u128, u64>,
        table: DiskTable,
        spill_at: usize,
    },
    Disk(DiskTable),
}

impl KeyMap {
    pub fn in_memory() -> Self {
        KeyMap {
            store: Store::Memory(HashMap::new()),
        }
    }

    /// A table in a scratch file of `dir` (named after `name` and the
    /// process), removed when the map is dropped; its first 65,536 keys
    /// stay in memory.
    pub fn on_disk(dir: &Path, name: &str) -> std::io::Result<Self> {
        Self::staged(scratch_path(dir, name), INITIAL_SLOTS, STAGED_KEYS)
    }

    fn staged(path: PathBuf, slots: usize, spill_at: usize) -> std::io::Result<Self> {
        Ok(KeyMap {
            store: Store::Staged {
                map: HashMap::new(),
                table: DiskTable::create(path, slots)?,
                spill_at,
            },
        })
    }

    pub fn len(&self) -> usize {
        match &self.store {
            Store::Memory(map) | Store::Staged { map, .. } => map.len(),
            Store::Disk(table) => table.len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Call `f` on every (key, value), in no particular order.
    pub fn for_each(&self, mut f: impl FnMut(u128, u64)) -> std::io::Result<()> {
        match &self.store {
            Store::Memory(map) | Store::Staged { map, .. } => {
                map.iter().for_each(|(&k, &v)| f(k, v));
                Ok(())
            }
            Store::Disk(table) => table.for_each(f),
        }
    }

    /// Every (key, value), sorted by key.
    pub fn sorted_entries(&self) -> std::io::Result<Vec<(u128, u64)>> {
        let mut entries = Vec::with_capacity(self.len());
        self.for_each(|k, v| entries.push((k, v)))?;
        entries.sort_unstable();
        Ok(entries)
    }

    /// The value stored with `key`, or, for a key not seen yet, `None`
    /// after storing `value` (cut to [`MAX_VALUE`]) with it.
    pub fn first_value(&mut self, key: u128, value: u64) -> std::io::Result<Option<u64>> {
        let value = value.min(MAX_VALUE);
        match &mut self.store {
            Store::Memory(map) => Ok(first_in_memory(map, key, value)),
            Store::Staged { map, spill_at, .. } => {
                let first = first_in_memory(map, key, value);
                if map.len() >= *spill_at {
                    self.spill()?;
                }
                Ok(first)
            }
            Store::Disk(table) => table.first_value(key, value),
        }
    }

    /// A staged table's keys moved to its file. On an error the table stays
    /// staged, every key still in memory (a key the file already holds with
    /// the same value is no conflict when the move is tried again).
    fn spill(&mut self) -> std::io::Result<()> {
        let Store::Staged { map, table, .. } = &mut self.store else {
            return Ok(());
        };
        for (&key, &value) in map.iter() {
            if table
                .first_value(key, value)?
                .is_some_and(|stored| stored != value)
            {
                return Err(std::io::Error::other("a key table holds a key twice"));
            }
        }
        let store = std::mem::replace(&mut self.store, Store::Memory(HashMap::new()));
        if let Store::Staged { table, .. } = store {
            self.store = Store::Disk(table);
        }
        Ok(())
    }
}

fn first_in_memory(map: &mut HashMap<u128, u64>, key: u128, value: u64) -> Option<u64> {
    match map.entry(key) {
        std::collections::hash_map::Entry::Occupied(slot) => Some(*slot.get()),
        std::collections::hash_map::Entry::Vacant(slot) => {
            slot.insert(value);
            None
        }
    }
}

/// Tell the kernel that `file` is read and written at random places.
///
/// Without it, a table filled in slot order (as [`DiskTable::grow`] does)
/// looks sequential to the page cache, which reads ahead into large folios;
/// every later 24-byte write then walks the whole folio's block list in
/// ext4 (`ext4_block_write_begin`), a third of all CPU time on ten million
/// articles. Single pages keep each write small. The advice only changes
/// speed, so a kernel that refuses it changes nothing else.
#[cfg(target_os = "linux")]
fn expect_random_access(file: &File) {
    let _ = rustix::fs::fadvise(file, 0, None, rustix::fs::Advice::Random);
}

#[cfg(not(target_os = "linux"))]
fn expect_random_access(_file: &File) {}

#[derive(Debug)]
struct DiskTable {
    path: PathBuf,
    file: File,
    /// Slots, a power of two (plus [`PROBE`] overflow slots in the file).
    slots: usize,
    len: usize,
}

impl Drop for DiskTable {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

fn home(key: u128, slots: usize) -> usize {
    ((key as u64) ^ ((key >> 64) as u64)) as usize & (slots - 1)
}

fn slot_bytes(key: u128, value: u64) -> [u8; SLOT_BYTES] {
    let mut bytes = [0u8; SLOT_BYTES];
    bytes[..16].copy_from_slice(&key.to_le_bytes());
    bytes[16..].copy_from_slice(&(value | USED).to_le_bytes());
    bytes
}

fn read_slot(bytes: &[u8]) -> Option<(u128, u64)> {
    let key = u128::from_le_bytes(bytes.get(..16)?.try_into().ok()?);
    let stored = u64::from_le_bytes(bytes.get(16..24)?.try_into().ok()?);
    (stored & USED != 0).then_some((key, stored & !USED))
}

impl DiskTable {
    fn create(path: PathBuf, slots: usize) -> std::io::Result<Self> {
        let file = scratch_file(&path)?;
        // A sparse file: unwritten slots read as zeros (unused).
        file.set_len(((slots + PROBE) * SLOT_BYTES) as u64)?;
        expect_random_access(&file);
        Ok(DiskTable {
            path,
            file,
            slots,
            len: 0,
        })
    }

    fn first_value(&mut self, key: u128, value: u64) -> std::io::Result<Option<u64>> {
        if (self.len + 1) * 2 > self.slots {
            self.grow()?;
        }
        loop {
            match self.find(key)? {
                Found::Value(existing) => return Ok(Some(existing)),
                Found::Free(slot) => {
                    self.file
                        .write_all_at(&slot_bytes(key, value), (slot * SLOT_BYTES) as u64)?;
                    self.len += 1;
                    return Ok(None);
                }
                // A run of used slots longer than a probe: rare at half
                // load; more room shortens it.
                Found::Full => self.grow()?,
            }
        }
    }

    fn find(&self, key: u128) -> std::io::Result<Found> {
        let start = home(key, self.slots);
        let mut block = [0u8; PROBE * SLOT_BYTES];
        self.file
            .read_exact_at(&mut block, (start * SLOT_BYTES) as u64)?;
        for (i, bytes) in block.chunks_exact(SLOT_BYTES).enumerate() {
            match read_slot(bytes) {
                None => return Ok(Found::Free(start + i)),
                Some((k, v)) if k == key => return Ok(Found::Value(v)),
                Some(_) => {}
            }
        }
        Ok(Found::Full)
    }

    fn for_each(&self, mut f: impl FnMut(u128, u64)) -> std::io::Result<()> {
        let total = self.slots + PROBE;
        let mut block = vec![0u8; 4096 * SLOT_BYTES];
        let mut at = 0;
        while at < total {
            let count = (total - at).min(4096);
            let bytes = &mut block[..count * SLOT_BYTES];
            self.file.read_exact_at(bytes, (at * SLOT_BYTES) as u64)?;
            for slot in bytes.chunks_exact(SLOT_BYTES) {
                if let Some((key, value)) = read_slot(slot) {
                    f(key, value);
                }
            }
            at += count;
        }
        Ok(())
    }

    /// Twice the slots: a new file filled from the old one.
    fn grow(&mut self) -> std::io::Result<()> {
        let mut bigger = {
            let mut tmp = self.path.as_os_str().to_owned();
            tmp.push(".grow");
            DiskTable::create(PathBuf::from(tmp), self.slots * 2)?
        };
        let mut failure = None;
        self.for_each(|key, value| {
            if failure.is_none() {
                match bigger.first_value(key, value) {
                    Ok(None) => {}
                    Ok(Some(_)) => {
                        failure = Some(std::io::Error::other("a key table holds a key twice"))
                    }
                    Err(error) => failure = Some(error),
                }
            }
        })?;
        if let Some(error) = failure {
            return Err(error);
        }
        std::fs::rename(&bigger.path, &self.path)?;
        // `bigger` now lives at our path: take its file, and keep its drop
        // from removing the file we both name.
        bigger.path.clone_from(&self.path);
        std::mem::swap(&mut self.file, &mut bigger.file);
        self.slots = bigger.slots;
        self.len = bigger.len;
        bigger.path = PathBuf::new();
        Ok(())
    }
}

enum Found {
    Value(u64),
    Free(usize),
    Full,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(i: u64) -> u128 {
        // Spread as hash outputs are.
        let mut h = crate::Fnv1a::default();
        std::hash::Hasher::write_u64(&mut h, i);
        let low = std::hash::Hasher::finish(&h);
        u128::from(low) << 64 | u128::from(low.rotate_left(17) ^ i)
    }

    #[test]
    fn disk_and_memory_tables_agree_through_growth() {
        let dir = std::env::temp_dir();
        let mut memory = KeyMap::in_memory();
        // Start small so that the test moves the keys to the file early,
        // then grows the table several times.
        let mut disk =
            KeyMap::staged(scratch_path(&dir, "key-map-test"), 64, 20).expect("scratch file");
        for i in 0..5000u64 {
            if i == 25 {
                assert!(matches!(disk.store, Store::Disk(_)), "moved to its file");
            }
            // Every third key comes back.
            let k = key(if i % 3 == 2 { i / 2 } else { i });
            assert_eq!(
                memory.first_value(k, i).expect("memory"),
                disk.first_value(k, i).expect("disk"),
                "at {i}"
            );
        }
        assert_eq!(memory.len(), disk.len());
        assert!(memory == disk && disk.clone() == memory);
        assert_eq!(disk.first_value(key(0), 99).expect("disk"), Some(0));
        assert_eq!(disk.first_value(7, MAX_VALUE + 5).expect("disk"), None);
        assert_eq!(disk.first_value(7, 0).expect("disk"), Some(MAX_VALUE));
        let path = match &disk.store {
            Store::Disk(table) => table.path.clone(),
            _ => unreachable!(),
        };
        assert!(path.exists());
        drop(disk);
        assert!(!path.exists(), "the scratch file is removed");
    }

    #[test]
    fn a_table_for_disk_keeps_its_first_keys_in_memory() {
        let dir = std::env::temp_dir();
        let mut map = KeyMap::on_disk(&dir, "key-map-staged").expect("scratch file");
        let path = match &map.store {
            Store::Staged { table, .. } => table.path.clone(),
            _ => unreachable!("a new table for disk is staged"),
        };
        assert!(path.exists(), "the file is made at once");
        for i in 0..STAGED_KEYS as u64 - 1 {
            assert_eq!(map.first_value(key(i), i).expect("staged"), None);
        }
        assert!(matches!(map.store, Store::Staged { .. }));
        assert_eq!(map.first_value(key(3), 0).expect("staged"), Some(3));
        assert_eq!(map.first_value(key(u64::MAX), 1).expect("spilled"), None);
        assert!(matches!(map.store, Store::Disk(_)));
        assert_eq!(map.len(), STAGED_KEYS);
        assert_eq!(map.first_value(key(3), 0).expect("disk"), Some(3));
        assert_eq!(map.first_value(key(u64::MAX), 0).expect("disk"), Some(1));
        drop(map);
        assert!(!path.exists());
    }

    #[test]
    fn a_scratch_folder_that_cannot_be_written_fails_at_once() {
        let missing = std::env::temp_dir().join("newsmill-no-such-folder/deeper");
        assert!(KeyMap::on_disk(&missing, "key-map").is_err());
    }
}
