//! Web archives handed over by Python: a file a cluster engine read whole
//! (Spark's `binaryFiles` gives bytes), or a path, read record by record as
//! `newsmill run` reads the same file.

use crate::lines::Read;
use crate::state::TemplateCounter;
use newsmill_ingest::{WarcItem, WarcReader};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedBytes;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

/// The largest record read: `newsmill run`'s default.
fn max_record_bytes() -> u64 {
    newsmill_ingest::IngestOptions::default().max_record_bytes
}

/// One web archive being read. Records are numbered from 1 in file order
/// (articles and unreadable records; skipped ones are not numbered), the
/// numbers `Core.run_warc`'s copies name.
#[pyclass(module = "newsmill._newsmill", frozen)]
pub struct WarcFile {
    /// Taken out while a thread reads it without the GIL.
    reading: Mutex<Option<Reading>>,
}

/// A reader, how many records it has numbered, and the copies among them.
pub struct Reading {
    pub reader: WarcReader,
    pub numbered: u64,
    pub copies: HashMap<u64, String>,
}

#[pymethods]
impl WarcFile {
    /// The archive in `data` (`.warc`, `.warc.gz` or `.warc.zst` bytes,
    /// told by `relative`'s ending or else by the first bytes); `path` is
    /// each record's `source.path`, `relative` the start of its id
    /// (`<relative>@<offset>`). The bytes are read in place, not copied.
    #[staticmethod]
    fn from_bytes(data: PyBackedBytes, path: String, relative: String) -> Self {
        let reader = WarcReader::from_bytes(data, path, relative, max_record_bytes());
        WarcFile::new(reader)
    }

    /// The archive in the file at `path`, read as it goes; its compression
    /// is told by its name, else by `relative`'s, else by its first bytes.
    #[staticmethod]
    #[pyo3(signature = (path, relative=None))]
    fn open(path: PathBuf, relative: Option<String>) -> PyResult<Self> {
        let relative = relative.unwrap_or_else(|| {
            path.file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default()
        });
        let reader = WarcReader::open(&path, relative, max_record_bytes())
            .map_err(|e| PyOSError::new_err(e.to_string()))?;
        Ok(WarcFile::new(reader))
    }
}

impl WarcFile {
    fn new(reader: WarcReader) -> Self {
        WarcFile {
            reading: Mutex::new(Some(Reading {
                reader,
                numbered: 0,
                copies: HashMap::new(),
            })),
        }
    }

    /// The reader, taken out while it is read without the GIL.
    pub fn take(&self) -> PyResult<Reading> {
        // Nothing panics while the lock is held, so it cannot be poisoned;
        // if it were, the reader inside would still be whole.
        let taken = self
            .reading
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        taken.ok_or_else(|| {
            PyValueError::new_err(
                "this web archive is being read by another call, or an earlier read of it failed",
            )
        })
    }

    pub fn put_back(&self, reading: Reading) {
        *self.reading.lock().unwrap_or_else(PoisonError::into_inner) = Some(reading);
    }
}

/// What reading a web archive gave, besides records: bytes read and records
/// skipped, for the run's counts.
pub trait WarcCounts {
    fn input(&mut self, bytes: u64, repaired: bool);
    fn skipped(&mut self, kind: &str);
}

impl WarcCounts for newsmill_report::DumpState {
    fn input(&mut self, bytes: u64, repaired: bool) {
        self.add_input(bytes, repaired);
    }
    fn skipped(&mut self, kind: &str) {
        self.add_skipped_record(kind);
    }
}

/// Counts nobody reads (a scan for copies and template lines).
struct Uncounted;

impl WarcCounts for Uncounted {
    fn input(&mut self, _: u64, _: bool) {}
    fn skipped(&mut self, _: &str) {}
}

/// Up to `wanted` numbered records (articles and failures) of `reader`,
/// in order, counting bytes and skips into `counts`; fewer only at the end.
pub fn read_records(
    reader: &mut WarcReader,
    numbered: &mut u64,
    wanted: usize,
    counts: &mut impl WarcCounts,
) -> Vec<(u64, Read)> {
    let mut records = Vec::new();
    while records.len() < wanted {
        let Some(item) = reader.next_item() else {
            break;
        };
        let bytes = std::mem::take(&mut reader.bytes);
        let read = match item {
            WarcItem::Skipped(kind) => {
                counts.input(bytes, false);
                counts.skipped(kind);
                continue;
            }
            WarcItem::Failure(failure) => {
                counts.input(bytes, false);
                Read::Failed(failure)
            }
            WarcItem::Document(document) => match document.into_record() {
                Ok(record) => {
                    counts.input(bytes, record.replaced_bytes > 0);
                    Read::Record(record)
                }
                Err(failure) => {
                    counts.input(bytes, false);
                    Read::Failed(failure)
                }
            },
        };
        *numbered += 1;
        records.push((*numbered, read));
    }
    // Bytes after the last record (a trailing skip or damage) count too.
    counts.input(std::mem::take(&mut reader.bytes), false);
    records
}

/// Template-line counts (added to `counter`) and `(number, content_key,
/// id)` of every record of a web archive: the first of a run's two passes,
/// as `scan_lines` for JSON Lines.
#[pyfunction]
pub fn scan_warc(
    py: Python<'_>,
    file: &Bound<'_, WarcFile>,
    counter: &Bound<'_, TemplateCounter>,
) -> PyResult<Vec<(u64, String, String)>> {
    let file = file.get();
    let mut reading = file.take()?;
    let mut counts = newsmill_clean::TemplateCounter::default();
    let keys = py.allow_threads(|| {
        let mut keys = Vec::new();
        loop {
            let Reading {
                reader, numbered, ..
            } = &mut reading;
            let records = read_records(reader, numbered, 256, &mut Uncounted);
            if records.is_empty() {
                return keys;
            }
            for (number, read) in records {
                if let Read::Record(record) = read {
                    counts.observe(&record.text);
                    let key = format!("{:032x}", newsmill_types::content_key(&record.text));
                    keys.push((number, key, record.id));
                }
            }
        }
    });
    file.put_back(reading);
    counter.borrow_mut().inner.merge(counts);
    Ok(keys)
}
