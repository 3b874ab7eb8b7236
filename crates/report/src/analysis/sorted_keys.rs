//! LSH and story keys of the analysis, sorted on disk: pairs gather in a
//! buffer of fixed size, each full buffer is sorted and written as a run,
//! and the runs are merged back as one stream. A key shared by millions of
//! articles (templated text, one long story) streams through like any
//! other: nothing ever holds a whole group in memory, whatever the skew.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Pairs buffered before a run is written (all groups together): 16 MiB
/// of `(u64, u32)` or `(u64, u64)` pairs.
const BUFFER_PAIRS: usize = 1 << 20;
/// Runs read at once in a merge; more are first merged into one (open
/// files are limited, and each reader has its buffer).
const FAN_IN: usize = 256;
/// Read buffer of each run in a merge.
const READ_BUFFER_BYTES: usize = 16 << 10;

/// What a pair holds beside its key: a position (an LSH band), or a day
/// and a position packed so that sorting orders by day (a story key).
pub(crate) trait KeyValue: Copy + Ord {
    const BYTES: usize;
    fn write(self, bytes: &mut [u8]);
    fn read(bytes: &[u8]) -> Self;
}

/// Little-endian bytes of an unsigned integer.
macro_rules! key_value {
    ($($int:ty),*) => {$(
        impl KeyValue for $int {
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

key_value!(u32, u64);

/// One sorted run on disk: every group's pairs in turn, each sorted.
struct Run {
    path: PathBuf,
    /// Index of the first pair of each group, and the number of pairs last.
    group_starts: Vec<u64>,
}

impl Drop for Run {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// `(key, value)` pairs in numbered groups (an LSH band, say), read back
/// sorted: group by group, and in each by key, then value. Without a
/// scratch folder everything stays in memory.
pub(crate) struct SortedKeys<V: KeyValue> {
    dir: Option<PathBuf>,
    name: String,
    /// Pairs not yet in a run, one vector per group.
    pending: Vec<Vec<(u64, V)>>,
    /// Pairs in `pending`, all groups together.
    pending_len: usize,
    buffer_pairs: usize,
    fan_in: usize,
    runs: Vec<Run>,
    /// Runs written so far, for file names.
    written: usize,
}

impl<V: KeyValue> SortedKeys<V> {
    /// Pairs of `groups` groups, sorted through scratch files in `dir`
    /// (or in memory when `dir` is `None`).
    pub(crate) fn new(dir: Option<&Path>, name: &str, groups: usize) -> Self {
        Self::with_limits(dir, name, groups, BUFFER_PAIRS, FAN_IN)
    }

    fn with_limits(
        dir: Option<&Path>,
        name: &str,
        groups: usize,
        buffer_pairs: usize,
        fan_in: usize,
    ) -> Self {
        SortedKeys {
            dir: dir.map(Path::to_path_buf),
            name: name.to_string(),
            pending: (0..groups.max(1)).map(|_| Vec::new()).collect(),
            pending_len: 0,
            buffer_pairs: buffer_pairs.max(1),
            fan_in: fan_in.max(2),
            runs: Vec::new(),
            written: 0,
        }
    }

    pub(crate) fn push(&mut self, group: usize, key: u64, value: V) -> std::io::Result<()> {
        debug_assert!(group < self.pending.len(), "group {group} out of range");
        let share = self.buffer_pairs.div_ceil(self.pending.len());
        let Some(pairs) = self.pending.get_mut(group) else {
            return Ok(());
        };
        if self.dir.is_some() && pairs.capacity() == 0 {
            // Each group gets its share of the buffer once, so that the
            // vectors never grow by doubling past it.
            pairs.reserve_exact(share);
        }
        pairs.push((key, value));
        self.pending_len += 1;
        if self.dir.is_some()
            && (self.pending_len >= self.buffer_pairs || pairs.len() == pairs.capacity())
        {
            self.write_pending()?;
        }
        Ok(())
    }

    fn new_run_path(&mut self) -> Option<PathBuf> {
        let dir = self.dir.as_ref()?;
        self.written += 1;
        Some(newsmill_types::scratch_path(
            dir,
            &format!("{}-{}", self.name, self.written),
        ))
    }

    /// Sort the buffered pairs and write them as one run.
    fn write_pending(&mut self) -> std::io::Result<()> {
        let Some(path) = self.new_run_path() else {
            return Ok(());
        };
        let mut run = Run {
            path,
            group_starts: Vec::with_capacity(self.pending.len() + 1),
        };
        let mut out = BufWriter::with_capacity(1 << 16, File::create(&run.path)?);
        let mut count = 0u64;
        for pairs in &mut self.pending {
            run.group_starts.push(count);
            pairs.sort_unstable();
            for &(key, value) in pairs.iter() {
                write_pair(&mut out, key, value)?;
            }
            count += pairs.len() as u64;
            pairs.clear();
        }
        run.group_starts.push(count);
        out.flush()?;
        self.pending_len = 0;
        self.runs.push(run);
        Ok(())
    }

    /// Every pair, sorted, group by group; `f` gets whether the pair opens
    /// a new key (or a new group), and the value.
    pub(crate) fn for_each_sorted(mut self, mut f: impl FnMut(bool, V)) -> std::io::Result<()> {
        if self.runs.is_empty() {
            // Never more than a buffer: sorted in memory, no file written.
            for pairs in &mut self.pending {
                pairs.sort_unstable();
                let mut last = None;
                for &(key, value) in pairs.iter() {
                    f(last != Some(key), value);
                    last = Some(key);
                }
                *pairs = Vec::new();
            }
            return Ok(());
        }
        if self.pending_len > 0 {
            self.write_pending()?;
        }
        self.pending = Vec::new();
        while self.runs.len() > self.fan_in {
            // Merge just enough runs into one to bring the rest within reach,
            // never more than the fan-in at once. Equal pairs are alike, so
            // the order of the runs does not matter.
            let take = (self.runs.len() - self.fan_in + 1).min(self.fan_in);
            let batch: Vec<Run> = self.runs.drain(..take).collect();
            let run = self.merge_into_run(&batch)?;
            drop(batch);
            self.runs.push(run);
        }
        let groups = self.runs[0].group_starts.len() - 1;
        for group in 0..groups {
            let mut last = None;
            merge_group(&self.runs, group, |key, value| {
                f(last != Some(key), value);
                last = Some(key);
                Ok(())
            })?;
        }
        Ok(())
    }

    fn merge_into_run(&mut self, runs: &[Run]) -> std::io::Result<Run> {
        let path = self
            .new_run_path()
            .ok_or_else(|| std::io::Error::other("no scratch folder for sorted keys"))?;
        let groups = runs.first().map_or(0, |r| r.group_starts.len() - 1);
        let mut run = Run {
            path,
            group_starts: Vec::with_capacity(groups + 1),
        };
        let mut out = BufWriter::with_capacity(1 << 16, File::create(&run.path)?);
        let mut count = 0u64;
        for group in 0..groups {
            run.group_starts.push(count);
            merge_group(runs, group, |key, value: V| {
                count += 1;
                write_pair(&mut out, key, value)
            })?;
        }
        run.group_starts.push(count);
        out.flush()?;
        Ok(run)
    }
}

fn write_pair<V: KeyValue>(out: &mut impl Write, key: u64, value: V) -> std::io::Result<()> {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&key.to_le_bytes());
    value.write(&mut bytes[8..8 + V::BYTES]);
    out.write_all(&bytes[..8 + V::BYTES])
}

/// A run's pairs of one group, read in order.
struct RunReader {
    reader: BufReader<File>,
    left: u64,
}

impl RunReader {
    fn open(run: &Run, group: usize, record_bytes: usize) -> std::io::Result<Self> {
        let start = run.group_starts.get(group).copied().unwrap_or(0);
        let end = run.group_starts.get(group + 1).copied().unwrap_or(start);
        let mut file = File::open(&run.path)?;
        file.seek(SeekFrom::Start(start * record_bytes as u64))?;
        Ok(RunReader {
            reader: BufReader::with_capacity(READ_BUFFER_BYTES, file),
            left: end.saturating_sub(start),
        })
    }

    fn next<V: KeyValue>(&mut self) -> std::io::Result<Option<(u64, V)>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        let mut bytes = [0u8; 16];
        let record = &mut bytes[..8 + V::BYTES];
        self.reader.read_exact(record)?;
        let mut key = [0u8; 8];
        key.copy_from_slice(&record[..8]);
        Ok(Some((u64::from_le_bytes(key), V::read(&record[8..]))))
    }
}

/// The pairs of `group` in all `runs`, merged in order.
fn merge_group<V: KeyValue>(
    runs: &[Run],
    group: usize,
    mut f: impl FnMut(u64, V) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let record_bytes = 8 + V::BYTES;
    #[cfg(test)]
    tests::MOST_OPEN.with(|most| most.set(most.get().max(runs.len())));
    let mut readers = Vec::with_capacity(runs.len());
    let mut heap = BinaryHeap::with_capacity(runs.len());
    for run in runs {
        let mut reader = RunReader::open(run, group, record_bytes)?;
        if let Some((key, value)) = reader.next::<V>()? {
            heap.push(Reverse((key, value, readers.len())));
        }
        readers.push(reader);
    }
    while let Some(Reverse((key, value, from))) = heap.pop() {
        f(key, value)?;
        if let Some((key, value)) = readers[from].next::<V>()? {
            heap.push(Reverse((key, value, from)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        /// The most runs one merge of this thread has read at once.
        pub(super) static MOST_OPEN: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// What `for_each_sorted` streams: (opens a key, value).
    fn stream<V: KeyValue>(keys: SortedKeys<V>) -> Vec<(bool, V)> {
        let mut all = Vec::new();
        keys.for_each_sorted(|first, value| all.push((first, value)))
            .expect("read back");
        all
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("newsmill-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir
    }

    #[test]
    fn runs_on_disk_stream_like_memory_group_by_group() {
        let dir = scratch("sorted-keys");
        // Small buffers and a fan-in of 3: many runs, merged three at a time
        // in several steps.
        let mut on_disk = SortedKeys::<u32>::with_limits(Some(&dir), "t", 2, 50, 3);
        let mut in_memory = SortedKeys::<u32>::new(None, "t", 2);
        for i in 0..1000u32 {
            let key = u64::from(i % 37) * 0x9e37_79b9;
            let group = (i % 2) as usize;
            on_disk.push(group, key, 1000 - i).expect("write");
            in_memory.push(group, key, 1000 - i).expect("memory");
        }
        assert!(on_disk.runs.len() > 9, "{} runs", on_disk.runs.len());
        MOST_OPEN.with(|most| most.set(0));
        let disk = stream(on_disk);
        assert_eq!(
            MOST_OPEN.with(|most| most.get()),
            3,
            "never more than the fan-in"
        );
        assert_eq!(disk, stream(in_memory));
        assert_eq!(disk.len(), 1000);
        // Group 0 (even i) first, each key's values ascending; 37 keys of
        // each group open with `true`.
        assert!(disk[..500].iter().all(|&(_, v)| (1000 - v) % 2 == 0));
        assert_eq!(disk.iter().filter(|(first, _)| *first).count(), 2 * 37);
        // Key 0 of group 0: i = 0, 74, …, 962, values 1000 - i ascending.
        assert_eq!(disk[0], (true, 1000 - 962));
        assert_eq!(disk[1], (false, 1000 - 888));
        assert_eq!(
            std::fs::read_dir(&dir).expect("folder").count(),
            0,
            "run files removed"
        );
        let _ = std::fs::remove_dir(&dir);
    }

    #[test]
    fn one_key_shared_by_everything_streams_in_value_order() {
        let dir = scratch("sorted-keys-skew");
        let mut keys = SortedKeys::<u64>::with_limits(Some(&dir), "t", 1, 64, 4);
        for i in (0..10_000u64).rev() {
            keys.push(0, 42, i).expect("write");
        }
        MOST_OPEN.with(|most| most.set(0));
        let all = stream(keys);
        assert_eq!(
            MOST_OPEN.with(|most| most.get()),
            4,
            "never more than the fan-in"
        );
        assert_eq!(all.len(), 10_000);
        assert_eq!(all[0], (true, 0));
        assert!(all[1..]
            .iter()
            .enumerate()
            .all(|(i, &(first, v))| !first && v == i as u64 + 1));
        let _ = std::fs::remove_dir(&dir);
    }

    #[test]
    fn a_small_set_never_touches_the_disk() {
        let dir = scratch("sorted-keys-small");
        let mut keys = SortedKeys::<u32>::new(Some(&dir), "t", 3);
        keys.push(2, 5, 1).expect("write");
        keys.push(0, 9, 2).expect("write");
        keys.push(0, 9, 3).expect("write");
        assert_eq!(std::fs::read_dir(&dir).expect("folder").count(), 0);
        assert_eq!(stream(keys), [(true, 2), (false, 3), (true, 1)]);
        let _ = std::fs::remove_dir(&dir);
    }
}
