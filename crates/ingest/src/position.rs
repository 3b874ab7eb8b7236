//! How far into its inputs a reader is, in bytes as stored on disk (before
//! decompression), so a progress display can compare it with the inputs'
//! total size.

use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Bytes read from the input files so far; cheap to clone and to read from
/// another thread.
#[derive(Debug, Clone, Default)]
pub struct InputPosition(Arc<AtomicU64>);

impl InputPosition {
    pub fn bytes(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }

    pub(crate) fn add(&self, bytes: u64) {
        self.0.fetch_add(bytes, Ordering::Relaxed);
    }
}

/// A reader that adds what it reads to an [`InputPosition`].
pub(crate) struct Counted<R> {
    pub(crate) inner: R,
    pub(crate) position: InputPosition,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.position.add(read as u64);
        Ok(read)
    }
}

/// Seeking goes to the inner reader; bytes read again after a seek back
/// are counted again (rare: only damaged web archives are re-read), and a
/// display clamps the position to the total.
impl<R: std::io::Seek> std::io::Seek for Counted<R> {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        self.inner.seek(to)
    }
}

/// The total size on disk of the files the inputs name (folders walked as a
/// run walks them); `None` when an input is standard input, whose size is
/// not known in advance.
pub fn input_size(inputs: &[PathBuf]) -> Option<u64> {
    if inputs.iter().any(|p| p.as_os_str() == crate::STDIN) {
        return None;
    }
    let total = crate::walk::Walk::new(inputs.iter().cloned())
        .filter_map(|entry| match entry {
            crate::walk::Entry::File { path, .. } => std::fs::metadata(path).ok(),
            _ => None,
        })
        .map(|metadata| metadata.len())
        .sum();
    Some(total)
}
