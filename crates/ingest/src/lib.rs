//! Read dumps of scraped articles into [`Record`]s, streaming.
//!
//! Inputs are files or folders (walked recursively in sorted order) of
//! `.txt`, `.md`, `.html`/`.htm`, `.json` and `.jsonl`/`.ndjson`, each
//! optionally `.gz` or `.zst`, or `-` for standard input. [`Records`] yields
//! one `Result` per record: a [`Record`], or a [`Failure`] that names the
//! record and the reason. Nothing is dropped silently: every input record is
//! one or the other, and folder entries that are not articles are counted in
//! [`IngestStats::skipped_files`].
//!
//! ```
//! use newsmill_ingest::{IngestOptions, Records};
//!
//! let dir = std::env::temp_dir().join(format!("newsmill-ingest-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! let dump = dir.join("dump.jsonl");
//! std::fs::write(&dump, "{\"id\": \"a1\", \"title\": \"Talks stall\", \"text\": \"Negotiators left Cairo.\"}\nnot json\n").unwrap();
//!
//! let results: Vec<_> = Records::open(&[dump], IngestOptions::default()).collect();
//! assert_eq!(results.len(), 2);
//! let record = results[0].as_ref().unwrap();
//! assert_eq!((record.id.as_str(), record.title.as_deref()), ("a1", Some("Talks stall")));
//! let failure = results[1].as_ref().unwrap_err();
//! assert_eq!(failure.id, "dump.jsonl:2");
//! assert!(failure.error.to_string().contains("not valid JSON"));
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

mod charset;
mod decompress;
mod error;
mod fields;
mod format;
pub mod html;
mod lines;
mod page;
mod part;
mod position;
mod sidecar;
mod walk;
mod warc;

pub use charset::{
    content_type_charset, decode, decode_page, utf8_lossy, CharsetHints, Decoded, DecodedPage,
    EncodingSource,
};
pub use error::{Failure, IngestError};
pub use fields::FieldMap;
pub use format::{detect, Compression, Format};
pub use newsmill_types::{Part, PartError};
pub use newsmill_types::{Record, Source};
pub use page::{html_record, PageContext};
pub use position::{input_size, InputPosition};
pub use sidecar::INDEX_FILE;
pub use warc::{WarcDocument, WarcItem, WarcReader};

use std::collections::{BTreeMap, VecDeque};
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

/// How to read inputs.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub fields: FieldMap,
    /// Records (or whole files, for one-article formats) larger than this
    /// are reported as failures instead of being read into memory.
    pub max_record_bytes: u64,
    /// Read only this part of the inputs (see [`Part`]); `None` reads
    /// everything.
    pub part: Option<Part>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            fields: FieldMap::default(),
            max_record_bytes: 64 * 1024 * 1024,
            part: None,
        }
    }
}

/// Running counts of what was read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IngestStats {
    /// Decompressed bytes read.
    pub bytes: u64,
    pub records: u64,
    pub failures: u64,
    /// Records in which some bytes were not valid text and were replaced.
    pub repaired_records: u64,
    /// Folder entries that are not article files (by name) and were skipped.
    pub skipped_files: u64,
    /// Input records that are not articles, by kind: WARC `request`,
    /// `metadata`, `warcinfo`, `revisit`, `redirect` (HTTP 3xx),
    /// `http_status` (other non-200 answers), `non_html` (images, PDFs...).
    /// They are neither records nor failures.
    pub skipped_records: BTreeMap<String, u64>,
}

impl IngestStats {
    /// All skipped records, whatever their kind.
    pub fn skipped_total(&self) -> u64 {
        self.skipped_records.values().sum()
    }
}

/// The path standing for standard input.
pub const STDIN: &str = "-";

/// A line-oriented input being read.
struct LineSource {
    reader: Box<dyn BufRead + Send>,
    path: String,
    relative: String,
    line: u64,
    buffer: Vec<u8>,
    /// Byte offset of the next line, and the offset at which lines stop
    /// being this reader's (a part's end; `u64::MAX` for a whole input).
    offset: u64,
    end: u64,
}

/// Iterator over the records of several inputs, in input order, folders in
/// sorted order, lines in file order.
pub struct Records {
    options: IngestOptions,
    walk: walk::Walk,
    stdin_pending: VecDeque<bool>,
    current: Option<LineSource>,
    /// The web archive being read, if any.
    warc: Option<warc::WarcReader>,
    queued: VecDeque<Result<Record, Failure>>,
    stats: IngestStats,
    /// The `_index.jsonl` of the folder being walked, if it has one.
    index: Option<sidecar::IndexSidecar>,
    position: InputPosition,
    /// With a part: the inputs' size in bytes, and the bytes of the files
    /// met so far (where the next file starts).
    part_total: u64,
    files_start: u64,
}

impl Records {
    /// Read the given inputs; a path equal to `-` means standard input.
    pub fn open(inputs: &[PathBuf], options: IngestOptions) -> Self {
        // Inputs are walked in order; `-` keeps its place in the sequence.
        let stdin_pending = inputs.iter().map(|p| p.as_os_str() == STDIN).collect();
        Records {
            walk: walk::Walk::new(inputs.iter().cloned()),
            stdin_pending,
            current: None,
            warc: None,
            queued: VecDeque::new(),
            stats: IngestStats::default(),
            index: None,
            position: InputPosition::default(),
            part_total: if options.part.is_some() {
                input_size(inputs).unwrap_or(0)
            } else {
                0
            },
            files_start: 0,
            options,
        }
    }

    /// How many bytes of the input files (as stored, before decompression)
    /// have been read; readable from another thread while this one reads.
    /// Compare with [`input_size`] for a progress display.
    pub fn position(&self) -> InputPosition {
        self.position.clone()
    }

    pub fn stats(&self) -> IngestStats {
        IngestStats {
            // Every part walks the same folders: one of them counts.
            skipped_files: if self.reads_unplaced() {
                self.walk.skipped_files
            } else {
                0
            },
            ..self.stats.clone()
        }
    }

    /// Whether this reader reads what belongs to no file's bytes (standard
    /// input; the count of a folder's skipped files).
    fn reads_unplaced(&self) -> bool {
        self.options.part.is_none_or(|part| part.reads_unplaced())
    }

    /// Whether the failures met at this point of the walk (a path it cannot
    /// read, a folder index's) are this part's: the part the walk is in.
    fn owns_here(&self) -> bool {
        self.options
            .part
            .is_none_or(|part| part.owns(self.files_start, self.part_total))
    }

    fn fail(&mut self, id: String, source: Source, error: IngestError) {
        self.queued.push_back(Err(Failure { id, source, error }));
    }

    fn read_stdin(&mut self) {
        self.read_stream(Box::new(std::io::stdin()));
    }

    /// Standard input (or any stream standing for it): a WARC, gzipped or
    /// not, JSON lines, or one text document, told by its first bytes; a
    /// gzipped stream by its first decompressed bytes.
    fn read_stream(&mut self, stream: Box<dyn Read + Send>) {
        let mut reader: Box<dyn BufRead + Send> =
            Box::new(std::io::BufReader::with_capacity(256 * 1024, stream));
        let gzip = match reader.fill_buf() {
            Ok(head) => head.starts_with(&[0x1f, 0x8b]),
            Err(_) => false,
        };
        if gzip {
            // Enough compressed bytes to inflate the start from, read ahead
            // and put back in front: standard input cannot seek.
            let mut head = Vec::new();
            if let Err(source) = reader.by_ref().take(64 * 1024).read_to_end(&mut head) {
                let error = IngestError::Io {
                    path: STDIN.into(),
                    source,
                };
                return self.fail("stdin".into(), stdin_source(), error);
            }
            let is_warc = gzip_starts_with_warc(&head);
            let input: Box<dyn Read + Send> = Box::new(std::io::Cursor::new(head).chain(reader));
            let limit = self.options.max_record_bytes;
            if is_warc {
                // Read member by member, so a damaged record costs one member.
                let input = std::io::BufReader::with_capacity(256 * 1024, input);
                self.warc = Some(warc::WarcReader::gzip(
                    Box::new(warc::Forward(Box::new(input))),
                    STDIN.into(),
                    "stdin".into(),
                    limit,
                ));
                return;
            }
            match decompress::open(input, Compression::Gzip) {
                Ok(decompressed) => reader = decompressed,
                Err(e) => {
                    let error = IngestError::Decompress(e.to_string());
                    return self.fail("stdin".into(), stdin_source(), error);
                }
            }
        }
        self.read_plain_stream(reader);
    }

    /// An uncompressed (or already decompressed) standard input.
    fn read_plain_stream(&mut self, mut reader: Box<dyn BufRead + Send>) {
        let source = stdin_source();
        let first = match reader.fill_buf() {
            Ok(bytes) => bytes.iter().find(|b| !b.is_ascii_whitespace()).copied(),
            Err(source_error) => {
                let error = IngestError::Io {
                    path: STDIN.into(),
                    source: source_error,
                };
                self.fail("stdin".into(), source, error);
                return;
            }
        };
        let plain_warc = match reader.fill_buf() {
            Ok(head) => head.starts_with(b"WARC/"),
            Err(_) => false,
        };
        let limit = self.options.max_record_bytes;
        if plain_warc {
            self.warc = Some(warc::WarcReader::plain(
                reader,
                STDIN.into(),
                "stdin".into(),
                limit,
            ));
            return;
        }
        if first == Some(b'{') {
            self.current = Some(LineSource {
                reader,
                path: STDIN.into(),
                relative: "stdin".into(),
                line: 0,
                buffer: Vec::new(),
                offset: 0,
                end: u64::MAX,
            });
            return;
        }
        match read_capped(&mut reader, self.options.max_record_bytes, Path::new(STDIN)) {
            Ok(bytes) => self.whole_document(bytes, Format::Text, "stdin".into(), source),
            Err(error) => self.fail("stdin".into(), source, error),
        }
    }

    fn read_file(&mut self, path: &Path, relative: String) {
        let path_text = path.to_string_lossy().into_owned();
        let source = Source {
            path: path_text.clone(),
            line: None,
        };
        // A file named directly with an unknown extension is read as text.
        let (format, compression) = detect(path).unwrap_or((Format::Text, Compression::None));
        if let Some(part) = self.options.part {
            // Where this file's bytes start among the inputs' (the same
            // walk, the same sizes, in every part).
            let size = std::fs::metadata(path).ok().map(|m| m.len());
            let file_start = self.files_start;
            self.files_start += size.unwrap_or(0);
            let owner = part.owns(file_start, self.part_total);
            if let Some(size) =
                size.filter(|_| format == Format::JsonLines && compression == Compression::None)
            {
                // The lines that start in the part's range; a file that
                // cannot be opened is its owner's failure, once.
                let (start, end) = part.byte_range(self.part_total);
                let from = start.saturating_sub(file_start);
                let to = end.saturating_sub(file_start).min(size);
                if from < to {
                    self.open_lines(path, path_text, relative, from, to, owner);
                }
                return;
            }
            // Whole files, and files that vanished (their owner reports it).
            if !owner {
                return;
            }
        }
        if format == Format::Warc {
            return self.open_warc(path, relative, compression);
        }
        let opened = std::fs::File::open(path)
            .map_err(|source| IngestError::Io {
                path: path.to_path_buf(),
                source,
            })
            .and_then(|file| {
                let counted = position::Counted {
                    inner: file,
                    position: self.position.clone(),
                };
                decompress::open(Box::new(counted), compression)
                    .map_err(|e| IngestError::Decompress(e.to_string()))
            });
        let mut reader = match opened {
            Ok(reader) => reader,
            Err(error) => return self.fail(relative, source, error),
        };
        if format == Format::JsonLines {
            self.current = Some(LineSource {
                reader,
                path: path_text,
                relative,
                line: 0,
                buffer: Vec::new(),
                offset: 0,
                end: u64::MAX,
            });
            return;
        }
        match read_capped(&mut reader, self.options.max_record_bytes, path) {
            Ok(bytes) => self.whole_document(bytes, format, relative, source),
            Err(IngestError::Io { source: e, .. })
                if e.kind() == std::io::ErrorKind::InvalidData
                    || e.kind() == std::io::ErrorKind::UnexpectedEof =>
            {
                self.fail(relative, source, IngestError::Decompress(e.to_string()))
            }
            Err(error) => self.fail(relative, source, error),
        }
    }

    /// The lines of a plain JSON Lines file that start in `[from, to)`;
    /// `report` says whether this part reports the file's failure to open.
    fn open_lines(
        &mut self,
        path: &Path,
        path_text: String,
        relative: String,
        from: u64,
        to: u64,
        report: bool,
    ) {
        let opened = std::fs::File::open(path)
            .and_then(|file| part::lines_from(file, from))
            .map_err(|source| IngestError::Io {
                path: path.to_path_buf(),
                source,
            });
        match opened {
            Ok(at) => {
                let counted = position::Counted {
                    inner: at.reader,
                    position: self.position.clone(),
                };
                self.current = Some(LineSource {
                    reader: Box::new(std::io::BufReader::new(counted)),
                    path: path_text,
                    relative,
                    line: at.lines_before,
                    buffer: Vec::new(),
                    offset: at.offset,
                    end: to,
                });
            }
            Err(error) if report => {
                let source = Source {
                    path: path_text,
                    line: None,
                };
                self.fail(relative, source, error);
            }
            Err(_) => {}
        }
    }

    fn open_warc(&mut self, path: &Path, relative: String, compression: Compression) {
        let limit = self.options.max_record_bytes;
        let opened = warc::WarcReader::open_counted(
            path,
            relative.clone(),
            limit,
            compression,
            self.position.clone(),
        );
        match opened {
            Ok(reader) => self.warc = Some(reader),
            Err(error) => {
                let source = Source {
                    path: path.to_string_lossy().into_owned(),
                    line: None,
                };
                self.fail(relative, source, error);
            }
        }
    }

    /// The next record, failure or skip of the web archive being read.
    fn next_warc(&mut self) -> Option<Result<Record, Failure>> {
        loop {
            let reader = self.warc.as_mut()?;
            let item = reader.next_item();
            self.stats.bytes += std::mem::take(&mut reader.bytes);
            match item {
                None => {
                    self.warc = None;
                    return None;
                }
                Some(warc::WarcItem::Skipped(kind)) => {
                    *self
                        .stats
                        .skipped_records
                        .entry(kind.to_string())
                        .or_default() += 1;
                }
                Some(warc::WarcItem::Document(document)) => return Some(document.into_record()),
                Some(warc::WarcItem::Failure(failure)) => return Some(Err(failure)),
            }
        }
    }

    /// A file or stream holding one article (or, for `.json`, an array).
    fn whole_document(&mut self, bytes: Vec<u8>, format: Format, id: String, source: Source) {
        self.stats.bytes += bytes.len() as u64;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return self.fail(id, source, IngestError::Empty);
        }
        if format == Format::Html {
            let result =
                page::html_record(id.clone(), source.clone(), &bytes, &PageContext::default());
            self.queued
                .push_back(result.map_err(|error| Failure { id, source, error }));
            return;
        }
        let decoded = match decode(&bytes) {
            Ok(decoded) => decoded,
            Err(error) => return self.fail(id, source, error),
        };
        drop(bytes);
        match format {
            Format::Text => {
                let mut record = Record::from_text(id, decoded.text);
                record.source = source;
                record.replaced_bytes = decoded.replaced_bytes;
                self.queued.push_back(Ok(record));
            }
            Format::Html | Format::Warc => {}
            Format::Json | Format::JsonLines => {
                match serde_json::from_str::<serde_json::Value>(&decoded.text) {
                    Err(e) => self.fail(id, source, IngestError::Json(e.to_string())),
                    Ok(serde_json::Value::Array(items)) => {
                        for (index, item) in items.into_iter().enumerate() {
                            let item_source = Source {
                                path: source.path.clone(),
                                line: Some(index as u64 + 1),
                            };
                            self.push_json(
                                item,
                                format!("{id}#{}", index + 1),
                                item_source,
                                decoded.replaced_bytes,
                            );
                        }
                    }
                    Ok(value) => self.push_json(value, id, source, decoded.replaced_bytes),
                }
            }
        }
    }

    fn push_json(
        &mut self,
        value: serde_json::Value,
        fallback_id: String,
        source: Source,
        replaced_bytes: usize,
    ) {
        let result = self
            .options
            .fields
            .to_record(value, fallback_id, source.clone());
        self.queued.push_back(match result {
            Ok(mut record) => {
                record.replaced_bytes = replaced_bytes;
                Ok(record)
            }
            Err((id, error)) => Err(Failure { id, source, error }),
        });
    }

    /// The next record of the line source being read, if it has one.
    fn next_line(&mut self) -> Option<Result<Record, Failure>> {
        let limit = self.options.max_record_bytes;
        let current = self.current.as_mut()?;
        loop {
            if current.offset >= current.end {
                // The rest of the file is later parts'.
                self.current = None;
                return None;
            }
            let result =
                lines::read_line_capped(current.reader.as_mut(), &mut current.buffer, limit).map(
                    |(line, consumed)| {
                        current.offset += consumed;
                        line
                    },
                );
            current.line += 1;
            let source = Source {
                path: current.path.clone(),
                line: Some(current.line),
            };
            let fallback_id = format!("{}:{}", current.relative, current.line);
            match result {
                Ok(lines::Line::End) => {
                    self.current = None;
                    return None;
                }
                Err(e) => {
                    // A damaged stream cannot be resynchronised: report it and move on.
                    self.current = None;
                    return Some(Err(Failure {
                        id: fallback_id,
                        source,
                        error: IngestError::Decompress(e.to_string()),
                    }));
                }
                Ok(lines::Line::TooLong(bytes)) => {
                    self.stats.bytes += bytes;
                    return Some(Err(Failure {
                        id: fallback_id,
                        source,
                        error: IngestError::TooLarge { bytes, limit },
                    }));
                }
                Ok(lines::Line::Complete) => {
                    self.stats.bytes += current.buffer.len() as u64 + 1;
                    let line = JsonLine {
                        bytes: &current.buffer,
                        path: &current.path,
                        relative: &current.relative,
                        number: current.line,
                    };
                    match line.record(&self.options.fields) {
                        None => continue,
                        Some(item) => return Some(item),
                    }
                }
            }
        }
    }
}

/// One line of a JSON Lines input, as read by [`Records`] or handed over by
/// another reader (a cluster engine splitting the file itself), so both make
/// the same record, id and failure of it.
#[derive(Debug, Clone, Copy)]
pub struct JsonLine<'a> {
    /// The line without its newline.
    pub bytes: &'a [u8],
    /// The file's path as given (a record's `source.path`).
    pub path: &'a str,
    /// The name ids are made from (`relative:line` when a record has none):
    /// the path relative to the folder walked, or the file name.
    pub relative: &'a str,
    /// 1-based line number.
    pub number: u64,
}

impl JsonLine<'_> {
    /// The line's record, its failure, or `None` for a blank line (which
    /// holds no record). Lines over the size limit are the caller's to
    /// refuse: [`Records`] skips them unread.
    pub fn record(&self, fields: &FieldMap) -> Option<Result<Record, Failure>> {
        if self.bytes.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        let source = Source {
            path: self.path.to_string(),
            line: Some(self.number),
        };
        let fallback_id = format!("{}:{}", self.relative, self.number);
        let (value, replaced) = match serde_json::from_slice::<serde_json::Value>(self.bytes) {
            Ok(value) => (Ok(value), 0),
            Err(e) if std::str::from_utf8(self.bytes).is_err() => {
                // Broken UTF-8 inside a string: repair it rather than lose the record.
                let repaired = utf8_lossy(self.bytes);
                match serde_json::from_str(&repaired.text) {
                    Ok(value) => (Ok(value), repaired.replaced_bytes),
                    Err(_) => (Err(e), 0),
                }
            }
            Err(e) => (Err(e), 0),
        };
        Some(match value {
            Err(e) => Err(Failure {
                id: fallback_id,
                source,
                error: IngestError::Json(e.to_string()),
            }),
            Ok(value) => match fields.to_record(value, fallback_id, source.clone()) {
                Ok(mut record) => {
                    record.replaced_bytes = replaced;
                    Ok(record)
                }
                Err((id, error)) => Err(Failure { id, source, error }),
            },
        })
    }
}

impl Iterator for Records {
    type Item = Result<Record, Failure>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let item = match self.queued.pop_front() {
                Some(item) => Some(item),
                None if self.current.is_some() => self.next_line(),
                None if self.warc.is_some() => self.next_warc(),
                None => None,
            };
            if let Some(item) = item {
                match &item {
                    Ok(record) => {
                        self.stats.records += 1;
                        if record.replaced_bytes > 0 {
                            self.stats.repaired_records += 1;
                        }
                    }
                    Err(_) => self.stats.failures += 1,
                }
                return Some(item);
            }
            if self.current.is_some() || self.warc.is_some() {
                continue;
            }
            let is_stdin = self.stdin_pending.front().copied();
            match self.walk.next()? {
                walk::Entry::File {
                    path,
                    relative,
                    named,
                } => {
                    if named {
                        self.stdin_pending.pop_front();
                    }
                    if named && is_stdin == Some(true) {
                        if self.reads_unplaced() {
                            self.read_stdin();
                        }
                    } else {
                        let entry = self.index.as_mut().and_then(|index| index.take(&relative));
                        let queued_before = self.queued.len();
                        self.read_file(&path, relative);
                        if let Some(entry) = entry {
                            for item in self.queued.iter_mut().skip(queued_before) {
                                apply_index_entry(item, &entry);
                            }
                        }
                    }
                }
                walk::Entry::EnterRoot(root) if !self.owns_here() => {
                    // Its failures are another part's; its entries still apply.
                    self.index = sidecar::IndexSidecar::open(&root, &self.options.fields)
                        .and_then(Result::ok);
                }
                walk::Entry::LeaveRoot(_) if !self.owns_here() => {
                    self.index = None;
                }
                walk::Entry::EnterRoot(root) => {
                    self.index = match sidecar::IndexSidecar::open(&root, &self.options.fields) {
                        None => None,
                        Some(Ok(index)) => Some(index),
                        Some(Err(error)) => {
                            let source = Source {
                                path: root.join(INDEX_FILE).to_string_lossy().into_owned(),
                                line: None,
                            };
                            self.fail(INDEX_FILE.into(), source, error);
                            None
                        }
                    };
                }
                walk::Entry::LeaveRoot(root) => {
                    if let Some(index) = self.index.take() {
                        for &line in index.bad_lines() {
                            let index_path = root.join(INDEX_FILE);
                            let source = Source {
                                path: index_path.to_string_lossy().into_owned(),
                                line: Some(line),
                            };
                            let error = IngestError::BadIndexLine {
                                index: index_path,
                                line,
                            };
                            self.fail(format!("{INDEX_FILE}:{line}"), source, error);
                        }
                        let (index_path, missing) = index.missing();
                        for entry in missing {
                            let path = root.join(&entry.path);
                            let shown = if entry.path.is_empty() {
                                &index_path
                            } else {
                                &path
                            };
                            let source = Source {
                                path: shown.to_string_lossy().into_owned(),
                                line: None,
                            };
                            let index = index_path.clone();
                            let error = if entry.path.is_empty() {
                                IngestError::IndexedWithoutFile { index }
                            } else {
                                IngestError::MissingIndexedFile { index, path }
                            };
                            let id = entry.id.unwrap_or_else(|| entry.path.clone());
                            self.fail(id, source, error);
                        }
                    }
                }
                walk::Entry::Failed {
                    path,
                    relative,
                    error,
                } => {
                    if is_stdin == Some(true) && path.as_os_str() == STDIN {
                        self.stdin_pending.pop_front();
                        if self.reads_unplaced() {
                            self.read_stdin();
                        }
                        continue;
                    }
                    // A path the walk could not read has no bytes: the part
                    // the walk is in reports it, once, where a single reader
                    // would.
                    if !self.owns_here() {
                        continue;
                    }
                    let source = Source {
                        path: path.to_string_lossy().into_owned(),
                        line: None,
                    };
                    self.fail(relative, source, error);
                }
            }
        }
    }
}

/// Give a record (or failure) read from a folder file the id and metadata
/// its folder's index lists for it.
fn apply_index_entry(item: &mut Result<Record, Failure>, entry: &sidecar::IndexEntry) {
    match item {
        Ok(record) => {
            if let Some(id) = &entry.id {
                record.id.clone_from(id);
            }
            for (field, value) in [
                (&mut record.url, &entry.url),
                (&mut record.title, &entry.title),
                (&mut record.date, &entry.date),
            ] {
                if field.is_none() {
                    field.clone_from(value);
                }
            }
        }
        Err(failure) => {
            if let Some(id) = &entry.id {
                failure.id.clone_from(id);
            }
        }
    }
}

fn stdin_source() -> Source {
    Source {
        path: STDIN.into(),
        line: None,
    }
}

/// Whether gzip bytes (a stream's start) inflate to a web archive: `WARC/`
/// after any line ends, as the WARC reader itself accepts.
fn gzip_starts_with_warc(head: &[u8]) -> bool {
    let mut start = Vec::with_capacity(512);
    // A head cut inside the first member ends the read early: what came out
    // before that is enough to tell.
    let _ = flate2::read::MultiGzDecoder::new(head)
        .take(512)
        .read_to_end(&mut start);
    let first = start.iter().position(|b| !matches!(b, b'\r' | b'\n'));
    first.is_some_and(|at| start[at..].starts_with(b"WARC/"))
}

/// Read at most `limit` bytes; more is a [`IngestError::TooLarge`] failure.
fn read_capped(reader: &mut dyn BufRead, limit: u64, path: &Path) -> Result<Vec<u8>, IngestError> {
    let mut bytes = Vec::new();
    let read = reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| IngestError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    if read as u64 > limit {
        let mut total = read as u64;
        let mut sink = [0u8; 64 * 1024];
        loop {
            match reader.read(&mut sink) {
                Ok(0) | Err(_) => break,
                Ok(n) => total += n as u64,
            }
        }
        return Err(IngestError::TooLarge {
            bytes: total,
            limit,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    /// What `-` gives when standard input holds `bytes`.
    fn read_as_stdin(bytes: Vec<u8>) -> (Vec<Result<Record, Failure>>, IngestStats) {
        let mut records = Records::open(&[], IngestOptions::default());
        records.read_stream(Box::new(std::io::Cursor::new(bytes)));
        let items = records.by_ref().collect();
        (items, records.stats())
    }

    #[test]
    fn gzipped_stdin_is_told_by_its_decompressed_start() {
        let lines = "{\"id\": \"a\", \"text\": \"Ferries resumed on Monday.\"}\n{\"id\": \"b\", \"text\": \"The port stayed shut.\"}\n";
        let (items, _) = read_as_stdin(gzip(lines.as_bytes()));
        let ids: Vec<_> = items
            .iter()
            .map(|item| item.as_ref().map(|r| r.id.clone()).unwrap())
            .collect();
        assert_eq!(ids, ["a", "b"]);

        let (items, _) = read_as_stdin(gzip(b"A plain article about the harbour."));
        let record = items[0].as_ref().unwrap();
        assert_eq!(record.text, "A plain article about the harbour.");

        let page = b"<html><title>Harbour</title><p>The harbour reopened.</p></html>";
        let block = [
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".as_slice(),
            page,
        ]
        .concat();
        let mut warc = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/h\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        warc.extend_from_slice(&block);
        warc.extend_from_slice(b"\r\n\r\n");
        let (items, stats) = read_as_stdin(gzip(&warc));
        assert_eq!(items.len(), 1);
        let record = items[0].as_ref().unwrap();
        assert_eq!(record.id, "stdin@0");
        assert_eq!(record.url.as_deref(), Some("https://example.org/h"));
        assert_eq!(stats.records, 1);
    }

    #[test]
    fn a_gzip_head_too_damaged_to_inflate_is_not_taken_for_a_warc() {
        assert!(!gzip_starts_with_warc(&[0x1f, 0x8b, 0x08, 0, 0xff, 0xff]));
        assert!(gzip_starts_with_warc(&gzip(b"\r\nWARC/1.1\r\n")));
        assert!(!gzip_starts_with_warc(&gzip(b"{\"WARC/\": 1}")));
    }
}
