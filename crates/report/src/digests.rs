//! What the report keeps of each article ([`ArticleDigest`]) and where:
//! in memory, or, for a report that may grow past memory, in two scratch
//! files beside its output ([`Digests::spill_to`]).
//!
//! On disk every digest is one fixed-size record (signature, counts, top
//! entities, and where its strings are) in one file, and its strings in a
//! second: a digest is found by its position alone (`position *
//! RECORD_BYTES`), so no index grows with the dump, and what the reads touch
//! stays in the operating system's page cache, not in the process. The last
//! records written wait in a small buffer that reads see too.

use crate::aggregate::TOP_ENTITIES;
use crate::minhash::{Signature, SIGNATURE_LEN};
use newsmill_types::scratch_file;
use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

/// What the report keeps of one article: ≈ 350 bytes plus its id, title,
/// byline and date packed in one allocation.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleDigest {
    /// id, title, byline and date joined by U+001F; an empty part is `None`.
    fields: Box<str>,
    /// Interned outlet.
    pub outlet: Option<u32>,
    pub words: u32,
    pub removed_share: f32,
    pub signature: Signature,
    /// [`crate::aggregate::name_id`]s of the canonical names of the
    /// most-mentioned entities (hashes, not interned ids: an interner would
    /// hold every name of the dump, and its long tail must not stay).
    top: [u64; TOP_ENTITIES],
    top_len: u8,
}

const SEPARATOR: char = '\u{1f}';

impl ArticleDigest {
    /// A digest of `[id, title, byline, date]` and the rest; `top` past
    /// [`TOP_ENTITIES`] is ignored.
    pub fn new(
        parts: [Option<&str>; 4],
        outlet: Option<u32>,
        words: u32,
        removed_share: f32,
        signature: Signature,
        top: &[u64],
    ) -> Self {
        let mut ids = [0u64; TOP_ENTITIES];
        let len = top.len().min(TOP_ENTITIES);
        ids[..len].copy_from_slice(&top[..len]);
        ArticleDigest {
            fields: pack(parts),
            outlet,
            words,
            removed_share,
            signature,
            top: ids,
            top_len: len as u8,
        }
    }

    fn part(&self, index: usize) -> &str {
        self.fields.split(SEPARATOR).nth(index).unwrap_or("")
    }

    fn optional(&self, index: usize) -> Option<&str> {
        Some(self.part(index)).filter(|p| !p.is_empty())
    }

    pub fn id(&self) -> &str {
        self.part(0)
    }

    /// The title, cut to 200 characters.
    pub fn title(&self) -> Option<&str> {
        self.optional(1)
    }

    /// The byline, cut to 200 characters.
    pub fn byline(&self) -> Option<&str> {
        self.optional(2)
    }

    pub fn date(&self) -> Option<&str> {
        self.optional(3)
    }

    /// Name ids of the most-mentioned entities, most first.
    pub fn top_entities(&self) -> &[u64] {
        &self.top[..usize::from(self.top_len)]
    }
}

fn pack(parts: [Option<&str>; 4]) -> Box<str> {
    let mut packed = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            packed.push(SEPARATOR);
        }
        if let Some(part) = part {
            packed.extend(part.chars().map(|c| if c == SEPARATOR { ' ' } else { c }));
        }
    }
    packed.into_boxed_str()
}

/// Bytes of one digest on disk: signature, outlet, words, share, top
/// entities and their number, and the offset and length of its strings.
pub const RECORD_BYTES: usize = SIGNATURE_LEN * 4 + 4 + 4 + 4 + TOP_ENTITIES * 8 + 4 + 8 + 4;
const NO_OUTLET: u32 = u32::MAX;
/// Bytes of records (and of strings) buffered before a write.
const PENDING_BYTES: usize = 1 << 20;
/// Records read at once by a sequential walk.
const WALK_RECORDS: usize = 1024;

fn encode(digest: &ArticleDigest, text_offset: u64, out: &mut Vec<u8>) {
    for value in digest.signature.0 {
        out.extend_from_slice(&value.to_le_bytes());
    }
    out.extend_from_slice(&digest.outlet.unwrap_or(NO_OUTLET).to_le_bytes());
    out.extend_from_slice(&digest.words.to_le_bytes());
    out.extend_from_slice(&digest.removed_share.to_le_bytes());
    for id in digest.top {
        out.extend_from_slice(&id.to_le_bytes());
    }
    out.extend_from_slice(&u32::from(digest.top_len).to_le_bytes());
    out.extend_from_slice(&text_offset.to_le_bytes());
    let len = u32::try_from(digest.fields.len()).unwrap_or(u32::MAX);
    out.extend_from_slice(&len.to_le_bytes());
}

/// Little-endian fields of a record, front to back.
struct Fields<'a>(&'a [u8]);

impl Fields<'_> {
    fn take<const N: usize>(&mut self) -> [u8; N] {
        let mut bytes = [0u8; N];
        if let Some((head, rest)) = self.0.split_at_checked(N) {
            bytes.copy_from_slice(head);
            self.0 = rest;
        }
        bytes
    }
    fn u32(&mut self) -> u32 {
        u32::from_le_bytes(self.take())
    }
    fn u64(&mut self) -> u64 {
        u64::from_le_bytes(self.take())
    }
}

/// The record's fixed part, and where its strings are (offset, length).
fn decode(record: &[u8]) -> (ArticleDigest, u64, usize) {
    let mut f = Fields(record);
    let mut signature = [0u32; SIGNATURE_LEN];
    for value in &mut signature {
        *value = f.u32();
    }
    let outlet = Some(f.u32()).filter(|&o| o != NO_OUTLET);
    let words = f.u32();
    let removed_share = f32::from_bits(f.u32());
    let mut top = [0u64; TOP_ENTITIES];
    for id in &mut top {
        *id = f.u64();
    }
    let top_len = f.u32().min(TOP_ENTITIES as u32) as u8;
    let offset = f.u64();
    let len = f.u32() as usize;
    let digest = ArticleDigest {
        fields: Box::from(""),
        outlet,
        words,
        removed_share,
        signature: Signature(signature),
        top,
        top_len,
    };
    (digest, offset, len)
}

/// Digests on disk: two scratch files, deleted when the store is dropped.
#[derive(Debug)]
struct DiskStore {
    records_path: PathBuf,
    texts_path: PathBuf,
    records: File,
    texts: File,
    /// Records written to the file.
    on_disk: usize,
    /// Bytes of strings written to the file.
    text_on_disk: u64,
    pending_records: Vec<u8>,
    pending_texts: Vec<u8>,
    /// The first failure to write or read (a full disk, say), reported by
    /// [`Digests::take_error`].
    error: std::sync::Mutex<Option<std::io::Error>>,
}

impl Drop for DiskStore {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.records_path);
        let _ = std::fs::remove_file(&self.texts_path);
    }
}

impl DiskStore {
    fn create(dir: &Path) -> std::io::Result<Self> {
        let name = |what: &str| newsmill_types::scratch_path(dir, what);
        let (records_path, texts_path) = (name("digests"), name("digest-texts"));
        Ok(DiskStore {
            records: scratch_file(&records_path)?,
            texts: scratch_file(&texts_path)?,
            records_path,
            texts_path,
            on_disk: 0,
            text_on_disk: 0,
            pending_records: Vec::with_capacity(PENDING_BYTES + RECORD_BYTES),
            pending_texts: Vec::new(),
            error: std::sync::Mutex::new(None),
        })
    }

    fn len(&self) -> usize {
        self.on_disk + self.pending_records.len() / RECORD_BYTES
    }

    fn remember(&self, error: std::io::Error) {
        if let Ok(mut slot) = self.error.lock() {
            slot.get_or_insert(error);
        }
    }

    fn push(&mut self, digest: &ArticleDigest) {
        let offset = self.text_on_disk + self.pending_texts.len() as u64;
        encode(digest, offset, &mut self.pending_records);
        self.pending_texts
            .extend_from_slice(digest.fields.as_bytes());
        if self.pending_records.len() >= PENDING_BYTES || self.pending_texts.len() >= PENDING_BYTES
        {
            self.write_pending();
        }
    }

    fn write_pending(&mut self) {
        let written = self
            .records
            .write_all_at(&self.pending_records, (self.on_disk * RECORD_BYTES) as u64)
            .and_then(|()| {
                self.texts
                    .write_all_at(&self.pending_texts, self.text_on_disk)
            });
        match written {
            Ok(()) => {
                self.on_disk += self.pending_records.len() / RECORD_BYTES;
                self.text_on_disk += self.pending_texts.len() as u64;
                self.pending_records.clear();
                self.pending_texts.clear();
            }
            Err(error) => {
                // Keep the records: reads still find them, and the error
                // ends the report at the next check.
                self.remember(error);
            }
        }
    }

    /// Bytes `start..start + len` of the strings, wherever they are.
    fn text(&self, start: u64, len: usize) -> Vec<u8> {
        let mut bytes = vec![0u8; len];
        // The part on disk, then the part still pending (a span may straddle).
        let on_disk = self.text_on_disk.saturating_sub(start).min(len as u64) as usize;
        if on_disk > 0 {
            if let Err(error) = self.texts.read_exact_at(&mut bytes[..on_disk], start) {
                self.remember(error);
            }
        }
        if on_disk < len {
            let from = (start + on_disk as u64 - self.text_on_disk) as usize;
            if let Some(pending) = self.pending_texts.get(from..from + len - on_disk) {
                bytes[on_disk..].copy_from_slice(pending);
            }
        }
        bytes
    }

    /// Records `from..from + count` as bytes.
    fn records(&self, from: usize, count: usize) -> Vec<u8> {
        let mut bytes = vec![0u8; count * RECORD_BYTES];
        let mut filled = 0;
        if from < self.on_disk {
            let n = count.min(self.on_disk - from);
            if let Err(error) = self
                .records
                .read_exact_at(&mut bytes[..n * RECORD_BYTES], (from * RECORD_BYTES) as u64)
            {
                self.remember(error);
            }
            filled = n;
        }
        if filled < count {
            let start = (from + filled - self.on_disk) * RECORD_BYTES;
            let end = (from + count - self.on_disk) * RECORD_BYTES;
            if let Some(pending) = self.pending_records.get(start..end) {
                bytes[filled * RECORD_BYTES..].copy_from_slice(pending);
            }
        }
        bytes
    }

    /// Digests `from..from + count`, their strings read in one piece.
    fn digests(&self, from: usize, count: usize) -> Vec<ArticleDigest> {
        let bytes = self.records(from, count);
        let decoded: Vec<(ArticleDigest, u64, usize)> =
            bytes.chunks_exact(RECORD_BYTES).map(decode).collect();
        let Some(first) = decoded.first().map(|d| d.1) else {
            return Vec::new();
        };
        let end = decoded
            .iter()
            .map(|d| d.1 + d.2 as u64)
            .max()
            .unwrap_or(first);
        let texts = self.text(first, (end - first) as usize);
        decoded
            .into_iter()
            .map(|(mut digest, offset, len)| {
                let at = (offset - first) as usize;
                let text = texts.get(at..at + len).unwrap_or_default();
                digest.fields = String::from_utf8_lossy(text).into();
                digest
            })
            .collect()
    }
}

/// Digests in dump order: in memory in fixed chunks (so growing never
/// copies or over-allocates more than one chunk), or on disk after
/// [`Digests::spill_to`].
#[derive(Debug, Default)]
pub struct Digests {
    chunks: Vec<Vec<ArticleDigest>>,
    len: usize,
    disk: Option<DiskStore>,
}

const CHUNK: usize = 1 << 14;

impl Digests {
    pub fn len(&self) -> usize {
        match &self.disk {
            Some(disk) => disk.len(),
            None => self.len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Keep the digests (those so far and those to come) in scratch files in
    /// `dir` instead of memory; the files go when the digests do.
    pub fn spill_to(&mut self, dir: &Path) -> std::io::Result<()> {
        if self.disk.is_some() {
            return Ok(());
        }
        let mut disk = DiskStore::create(dir)?;
        for digest in std::mem::take(&mut self.chunks).into_iter().flatten() {
            disk.push(&digest);
        }
        self.len = 0;
        self.disk = Some(disk);
        Ok(())
    }

    /// The first error of the scratch files, if any (a full disk, say): the
    /// report cannot be trusted after one.
    pub fn take_error(&self) -> Option<std::io::Error> {
        let disk = self.disk.as_ref()?;
        disk.error.lock().ok()?.take()
    }

    pub fn push(&mut self, digest: ArticleDigest) {
        if let Some(disk) = &mut self.disk {
            return disk.push(&digest);
        }
        match self.chunks.last_mut() {
            Some(chunk) if chunk.len() < CHUNK => chunk.push(digest),
            _ => {
                let mut chunk = Vec::with_capacity(CHUNK);
                chunk.push(digest);
                self.chunks.push(chunk);
            }
        }
        self.len += 1;
    }

    /// The digest at `position` (a copy: it may come from disk).
    pub fn get(&self, position: usize) -> Option<ArticleDigest> {
        match &self.disk {
            Some(disk) if position < disk.len() => disk.digests(position, 1).pop(),
            Some(_) => None,
            None => self
                .chunks
                .get(position / CHUNK)?
                .get(position % CHUNK)
                .cloned(),
        }
    }

    /// The signature at `position` (without reading its strings).
    pub fn signature(&self, position: usize) -> Option<Signature> {
        match &self.disk {
            Some(disk) if position < disk.len() => {
                let record = disk.records(position, 1);
                Some(decode(&record).0.signature)
            }
            Some(_) => None,
            None => Some(
                self.chunks
                    .get(position / CHUNK)?
                    .get(position % CHUNK)?
                    .signature,
            ),
        }
    }

    /// Every signature in dump order (on disk, without reading the strings).
    pub fn signatures(&self) -> impl Iterator<Item = Signature> + '_ {
        let len = self.len();
        (0..len).step_by(WALK_RECORDS).flat_map(move |from| {
            let count = WALK_RECORDS.min(len - from);
            let block: Vec<Signature> = match &self.disk {
                Some(disk) => disk
                    .records(from, count)
                    .chunks_exact(RECORD_BYTES)
                    .map(|record| decode(record).0.signature)
                    .collect(),
                None => (from..from + count)
                    .filter_map(|i| self.signature(i))
                    .collect(),
            };
            block
        })
    }

    /// Every digest in dump order.
    pub fn iter(&self) -> Walk<'_> {
        Walk {
            digests: self,
            next: 0,
            block: Vec::new().into_iter(),
        }
    }
}

/// A walk over [`Digests`] in dump order, reading the disk in blocks.
pub struct Walk<'a> {
    digests: &'a Digests,
    next: usize,
    block: std::vec::IntoIter<ArticleDigest>,
}

impl Iterator for Walk<'_> {
    type Item = ArticleDigest;

    fn next(&mut self) -> Option<ArticleDigest> {
        if let Some(digest) = self.block.next() {
            return Some(digest);
        }
        let len = self.digests.len();
        if self.next >= len {
            return None;
        }
        let block = match &self.digests.disk {
            Some(disk) => {
                let count = WALK_RECORDS.min(len - self.next);
                disk.digests(self.next, count)
            }
            None => self
                .digests
                .chunks
                .get(self.next / CHUNK)
                .map(|chunk| chunk[self.next % CHUNK..].to_vec())
                .unwrap_or_default(),
        };
        if block.is_empty() {
            return None;
        }
        self.next += block.len();
        self.block = block.into_iter();
        self.block.next()
    }
}

impl<'a> IntoIterator for &'a Digests {
    type Item = ArticleDigest;
    type IntoIter = Walk<'a>;

    fn into_iter(self) -> Walk<'a> {
        self.iter()
    }
}

impl Clone for Digests {
    /// A copy in memory, wherever the original is.
    fn clone(&self) -> Self {
        let mut copy = Digests::default();
        for digest in self {
            copy.push(digest);
        }
        copy
    }
}

impl PartialEq for Digests {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest(i: u32) -> ArticleDigest {
        let id = format!("a{i}");
        let title = format!("Title {i} ✓ \u{1f} split");
        let mut signature = [0u32; SIGNATURE_LEN];
        for (k, value) in signature.iter_mut().enumerate() {
            *value = i.wrapping_mul(2_654_435_761).wrapping_add(k as u32);
        }
        ArticleDigest::new(
            [
                Some(&id),
                Some(&title),
                None,
                (i % 3 == 0).then_some("2025-01-02"),
            ],
            (i % 4 != 0).then_some(i % 7),
            i * 10,
            0.25,
            Signature(signature),
            &[u64::from(i), u64::MAX, 7][..(i % 4) as usize],
        )
    }

    #[test]
    fn packed_fields() {
        let digest = ArticleDigest::new(
            [Some("id"), None, Some("a\u{1f}b"), Some("2025-01-01")],
            None,
            0,
            0.0,
            Signature([u32::MAX; SIGNATURE_LEN]),
            &[],
        );
        assert_eq!(digest.id(), "id");
        assert_eq!(digest.title(), None);
        assert_eq!(digest.byline(), Some("a b"));
        assert_eq!(digest.date(), Some("2025-01-01"));
        assert!(digest.top_entities().is_empty());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_disk_is_remembered_and_the_records_stay_readable() {
        let dir =
            std::env::temp_dir().join(format!("newsmill-digests-full-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let mut disk = Digests::default();
        disk.spill_to(&dir).expect("scratch files");
        // Every write to /dev/full fails with "no space left on device".
        let full = || {
            std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open("/dev/full")
                .expect("/dev/full")
        };
        if let Some(store) = disk.disk.as_mut() {
            store.records = full();
            store.texts = full();
        }
        for i in 0..7000 {
            disk.push(digest(i));
        }
        let error = disk.take_error().expect("the failed write is kept");
        assert_eq!(error.raw_os_error(), Some(28), "ENOSPC: {error}");
        // Nothing was lost from what the analysis reads back.
        assert_eq!(disk.len(), 7000);
        assert_eq!(disk.get(6999), Some(digest(6999)));
        drop(disk);
        std::fs::remove_dir_all(&dir).expect("scratch folder");
    }

    #[test]
    fn digests_on_disk_read_back_as_written_and_their_files_go() {
        let dir = std::env::temp_dir().join(format!("newsmill-digests-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let mut memory = Digests::default();
        let mut disk = Digests::default();
        // Spilled after some pushes: those move to disk too.
        for i in 0..100 {
            memory.push(digest(i));
            disk.push(digest(i));
        }
        disk.spill_to(&dir).expect("scratch files");
        // Enough to write several buffers out, and leave some pending.
        for i in 100..7000 {
            memory.push(digest(i));
            disk.push(digest(i));
        }
        assert_eq!(disk.len(), 7000);
        assert!(disk
            .disk
            .as_ref()
            .is_some_and(|d| d.on_disk > 0 && !d.pending_records.is_empty()));
        for position in [0, 99, 100, 2979, 2980, 6999] {
            assert_eq!(disk.get(position), memory.get(position), "at {position}");
            assert_eq!(disk.signature(position), memory.signature(position));
        }
        assert_eq!(disk.get(7000), None);
        assert!(disk.iter().eq(memory.iter()));
        // A block whose records and strings straddle the file and the buffer.
        let store = disk.disk.as_ref().expect("on disk");
        let from = store.on_disk - 3;
        let block = store.digests(from, 6);
        assert_eq!(block.len(), 6);
        for (k, digest) in block.iter().enumerate() {
            assert_eq!(Some(digest.clone()), memory.get(from + k));
        }
        assert_eq!(disk.iter().count(), 7000);
        assert!(disk == memory && disk.clone() == memory);
        assert!(disk.take_error().is_none());
        let scratch = || {
            std::fs::read_dir(&dir)
                .expect("list")
                .filter_map(Result::ok)
                .filter(|e| e.file_name().to_string_lossy().starts_with(".newsmill-"))
                .count()
        };
        assert_eq!(scratch(), 2);
        drop(disk);
        assert_eq!(scratch(), 0, "scratch files are removed");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
