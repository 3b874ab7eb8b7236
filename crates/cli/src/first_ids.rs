//! The first record of every content key, for deciding exact copies in
//! input order: in memory, or on disk for runs with an output folder, so
//! that a run's memory does not grow with the number of records.

use newsmill_types::{scratch_file, KeyMap, KEY_MAP_MAX_VALUE};
use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

/// Bits of a stored value giving an id's length; the rest is its offset.
const LEN_BITS: u32 = 24;

pub(crate) struct FirstIds {
    keys: KeyMap,
    ids: Ids,
}

enum Ids {
    Memory(Vec<Box<str>>),
    Disk { path: PathBuf, file: File, end: u64 },
}

impl Drop for FirstIds {
    fn drop(&mut self) {
        if let Ids::Disk { path, .. } = &self.ids {
            let _ = std::fs::remove_file(path);
        }
    }
}

impl FirstIds {
    pub(crate) fn in_memory() -> Self {
        FirstIds {
            keys: KeyMap::in_memory(),
            ids: Ids::Memory(Vec::new()),
        }
    }

    /// Scratch files in `dir`, removed when this is dropped.
    pub(crate) fn on_disk(dir: &Path) -> std::io::Result<Self> {
        let path = dir.join(format!(".newsmill-first-ids-{}.tmp", std::process::id()));
        let file = scratch_file(&path)?;
        Ok(FirstIds {
            keys: KeyMap::on_disk(dir, "content-keys")?,
            ids: Ids::Disk { path, file, end: 0 },
        })
    }

    /// The id of the first record with `key`; `None` (and `id` remembered
    /// as that first record) when there was none.
    pub(crate) fn first_or_insert(
        &mut self,
        key: u128,
        id: &str,
    ) -> std::io::Result<Option<String>> {
        let value = match &self.ids {
            Ids::Memory(ids) => ids.len() as u64,
            Ids::Disk { end, .. } => {
                // An id longer than 16 MB keeps its first 16 MB here.
                let len = (id.len() as u64).min((1 << LEN_BITS) - 1);
                (end << LEN_BITS | len).min(KEY_MAP_MAX_VALUE)
            }
        };
        if let Some(existing) = self.keys.first_value(key, value)? {
            return self.id(existing).map(Some);
        }
        match &mut self.ids {
            Ids::Memory(ids) => ids.push(id.into()),
            Ids::Disk { file, end, .. } => {
                let len = (value & ((1 << LEN_BITS) - 1)) as usize;
                file.write_all_at(&id.as_bytes()[..len], *end)?;
                *end += len as u64;
            }
        }
        Ok(None)
    }

    fn id(&self, value: u64) -> std::io::Result<String> {
        match &self.ids {
            Ids::Memory(ids) => Ok(ids
                .get(value as usize)
                .map(|id| id.to_string())
                .unwrap_or_default()),
            Ids::Disk { file, .. } => {
                let len = (value & ((1 << LEN_BITS) - 1)) as usize;
                let mut bytes = vec![0u8; len];
                file.read_exact_at(&mut bytes, value >> LEN_BITS)?;
                Ok(String::from_utf8_lossy(&bytes).into_owned())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_and_disk_give_the_first_id() {
        let dir = std::env::temp_dir();
        let mut disk = FirstIds::on_disk(&dir).expect("scratch files");
        for mut ids in [
            FirstIds::in_memory(),
            FirstIds::on_disk(&dir).expect("scratch"),
        ] {
            assert_eq!(ids.first_or_insert(1, "a").expect("io"), None);
            assert_eq!(ids.first_or_insert(2, "bé").expect("io"), None);
            assert_eq!(
                ids.first_or_insert(1, "c").expect("io").as_deref(),
                Some("a")
            );
            assert_eq!(
                ids.first_or_insert(2, "d").expect("io").as_deref(),
                Some("bé")
            );
        }
        for i in 0..3000u128 {
            let key = i.wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835);
            assert_eq!(
                disk.first_or_insert(key, &format!("id{i}")).expect("io"),
                None
            );
        }
        let key = 77u128.wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835);
        assert_eq!(
            disk.first_or_insert(key, "x").expect("io").as_deref(),
            Some("id77")
        );
    }
}
