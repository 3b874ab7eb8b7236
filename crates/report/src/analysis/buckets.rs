//! LSH and story keys of the analysis, spilled to bucket files and read
//! back a bucket at a time, so that sorting them never needs all in memory.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// Bytes buffered per bucket file before a write: hundreds of bucket files
/// are open at once on a large dump, so the buffers count.
const WRITE_BUFFER_BYTES: usize = 16 << 10;
/// A bucket read back holds about this much in memory (more past some
/// 16 M articles, where the open-file limit caps the bucket count).
const BUCKET_BYTES: usize = 16 << 20;

/// What a bucket holds beside each key: a position (an LSH band), or a
/// day and a position packed so that sorting orders by day (a story key).
pub(crate) trait BucketValue: Copy + Ord {
    const BYTES: usize;
    fn write(self, bytes: &mut [u8]);
    fn read(bytes: &[u8]) -> Self;
}

/// Little-endian bytes of an unsigned integer.
macro_rules! bucket_value {
    ($($int:ty),*) => {$(
        impl BucketValue for $int {
            const BYTES: usize = std::mem::size_of::<$int>();
            fn write(self, bytes: &mut [u8]) {
                bytes.copy_from_slice(&self.to_le_bytes());
            }
            fn read(bytes: &[u8]) -> Self {
                let mut b = [0u8; std::mem::size_of::<$int>()];
                b.copy_from_slice(bytes);
                <$int>::from_le_bytes(b)
            }
        }
    )*};
}

bucket_value!(u32, u64);

/// `(key, value)` pairs in groups (an LSH band, say), each spread over
/// bucket files by key, so that equal keys of a group meet in one bucket
/// and a bucket fits in memory. Without a scratch folder, one bucket per
/// group, in memory.
pub(crate) struct KeyBuckets<V: BucketValue> {
    files: Vec<(PathBuf, BufWriter<File>)>,
    per_group: usize,
    memory: Vec<Vec<(u64, V)>>,
}

/// At most this many bucket files at once (open files are limited).
const MAX_FILES: usize = 512;

impl<V: BucketValue> KeyBuckets<V> {
    const RECORD_BYTES: usize = 8 + V::BYTES;

    /// `groups` groups of `per_group` bucket files in `dir` (or memory when
    /// `dir` is `None`).
    pub(crate) fn new(
        dir: Option<&Path>,
        name: &str,
        groups: usize,
        per_group: usize,
    ) -> std::io::Result<Self> {
        let groups = groups.max(1);
        let per_group = per_group.clamp(1, (MAX_FILES / groups).max(1));
        let mut files = Vec::new();
        if let Some(dir) = dir {
            for i in 0..groups * per_group {
                let path = dir.join(format!(".newsmill-{name}-{i}-{}.tmp", std::process::id()));
                let file = File::create(&path)?;
                files.push((path, BufWriter::with_capacity(WRITE_BUFFER_BYTES, file)));
            }
        }
        Ok(KeyBuckets {
            files,
            per_group,
            memory: if dir.is_some() {
                Vec::new()
            } else {
                vec![Vec::new(); groups]
            },
        })
    }

    /// Bucket files for `keys` pairs so that a bucket read back holds at
    /// most [`BUCKET_BYTES`] (sized in memory, where a pair takes more room
    /// than on disk: otherwise the rounding up of the bucket count lets the
    /// peak grow with the dump).
    pub(crate) fn buckets_for(keys: usize) -> usize {
        (keys * std::mem::size_of::<(u64, V)>())
            .div_ceil(BUCKET_BYTES)
            .max(1)
    }

    pub(crate) fn push(&mut self, group: usize, key: u64, value: V) -> std::io::Result<()> {
        if self.files.is_empty() {
            if let Some(pairs) = self.memory.get_mut(group) {
                pairs.push((key, value));
            }
            return Ok(());
        }
        let bucket = group * self.per_group + (key % self.per_group as u64) as usize;
        let Some((_, writer)) = self.files.get_mut(bucket) else {
            return Ok(());
        };
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&key.to_le_bytes());
        value.write(&mut bytes[8..Self::RECORD_BYTES]);
        writer.write_all(&bytes[..Self::RECORD_BYTES])
    }

    /// Each bucket's pairs, sorted, one bucket at a time, groups in order.
    pub(crate) fn for_each_bucket(
        mut self,
        mut f: impl FnMut(&mut Vec<(u64, V)>),
    ) -> std::io::Result<()> {
        for pairs in &mut self.memory {
            pairs.sort_unstable();
            f(pairs);
            *pairs = Vec::new();
        }
        let mut pairs = Vec::new();
        for (path, writer) in &mut self.files {
            writer.flush()?;
            pairs.clear();
            let file = File::open(&*path)?;
            // Sized from the file: growing by doubling would hold up to
            // twice a bucket at the moment of the last copy.
            let records = file.metadata()?.len() as usize / Self::RECORD_BYTES;
            if pairs.capacity() < records {
                // A new vector rather than a grown one: growing may hold
                // the old block and the new one at once.
                pairs = Vec::with_capacity(records);
            }
            let mut reader = BufReader::new(file);
            let mut bytes = [0u8; 16];
            let record = &mut bytes[..Self::RECORD_BYTES];
            loop {
                match reader.read_exact(record) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
                    Err(e) => return Err(e),
                }
                let mut key = [0u8; 8];
                key.copy_from_slice(&record[..8]);
                pairs.push((u64::from_le_bytes(key), V::read(&record[8..])));
            }
            // A bucket is done with once read: free its disk now.
            let _ = std::fs::remove_file(&*path);
            pairs.sort_unstable();
            f(&mut pairs);
        }
        Ok(())
    }
}

impl<V: BucketValue> Drop for KeyBuckets<V> {
    fn drop(&mut self) {
        for (path, _) in &self.files {
            let _ = std::fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_on_disk_group_equal_keys_like_memory() {
        let dir = std::env::temp_dir();
        let mut on_disk = KeyBuckets::<u32>::new(Some(&dir), "bucket-test", 2, 3).expect("files");
        let mut in_memory = KeyBuckets::<u32>::new(None, "unused", 2, 3).expect("memory");
        for i in 0..1000u32 {
            let key = u64::from(i % 37) * 0x9e37_79b9;
            let group = (i % 2) as usize;
            on_disk.push(group, key, i).expect("write");
            in_memory.push(group, key, i).expect("memory");
        }
        let collect = |buckets: KeyBuckets<u32>| {
            let mut all = Vec::new();
            buckets
                .for_each_bucket(|pairs| {
                    assert!(pairs.windows(2).all(|w| w[0] <= w[1]), "sorted");
                    // A bucket holds every pair of its keys (of its group).
                    all.push(pairs.clone());
                })
                .expect("read");
            all
        };
        let (disk, memory) = (collect(on_disk), collect(in_memory));
        assert_eq!(disk.len(), 6);
        assert_eq!(memory.len(), 2);
        let flat = |buckets: &[Vec<(u64, u32)>]| {
            let mut all: Vec<(u64, u32)> = buckets.iter().flatten().copied().collect();
            all.sort_unstable();
            all
        };
        assert_eq!(flat(&disk), flat(&memory));
        // Group 0's buckets come before group 1's.
        assert!(disk[..3].iter().flatten().all(|&(_, i)| i % 2 == 0));
        assert_eq!(KeyBuckets::<u32>::buckets_for(0), 1);
        // A (u64, u32) pair takes 16 bytes in memory (12 on disk): 1 Mi
        // pairs fill one 16 MiB bucket, one more pair needs a second.
        assert_eq!(KeyBuckets::<u32>::buckets_for(1 << 20), 1);
        assert_eq!(KeyBuckets::<u32>::buckets_for((1 << 20) + 1), 2);
        assert_eq!(KeyBuckets::<u32>::buckets_for(4 << 20), 4);
        assert_eq!(KeyBuckets::<u64>::buckets_for(4 << 20), 4);
    }
}
