//! A dump folder's `_index.jsonl`: one JSON line per article with its
//! `path` (relative to the folder) and metadata (`id`, `url`, `title`,
//! `date`). The index gives the files their ids and metadata, and lists the
//! articles whose file is missing, which must be reported, not lost.
//!
//! Memory stays small for huge folders: only a hash of each path and the
//! byte offset of its line are kept; a line is read again when its file
//! comes up.

use crate::{FieldMap, IngestError};
use newsmill_types::content_hash;
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// The name of the index file in a dump folder.
pub const INDEX_FILE: &str = "_index.jsonl";

/// What the index says about one article. `path` is empty when the index
/// lists the article without a file.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct IndexEntry {
    pub id: Option<String>,
    pub path: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
}

pub struct IndexSidecar {
    path: PathBuf,
    reader: BufReader<File>,
    /// Hash of the relative path -> byte offset of its index line.
    offsets: HashMap<u64, u64>,
    /// Offsets of lines that list an article without any file.
    without_file: Vec<u64>,
    /// 1-based numbers of non-blank lines that are not an index entry.
    bad_lines: Vec<u64>,
    fields: FieldMap,
}

impl IndexSidecar {
    /// The index of folder `root`, if it has one.
    pub fn open(root: &Path, fields: &FieldMap) -> Option<Result<Self, IngestError>> {
        let path = root.join(INDEX_FILE);
        if !path.is_file() {
            return None;
        }
        Some(Self::load(path, fields.clone()))
    }

    fn load(path: PathBuf, fields: FieldMap) -> Result<Self, IngestError> {
        let io_error = |source| IngestError::Io {
            path: path.clone(),
            source,
        };
        let mut reader = BufReader::new(File::open(&path).map_err(io_error)?);
        let mut offsets = HashMap::new();
        let mut without_file = Vec::new();
        let mut bad_lines = Vec::new();
        let mut offset = 0u64;
        let mut number = 0u64;
        let mut line = Vec::new();
        loop {
            line.clear();
            let read = reader.read_until(b'\n', &mut line).map_err(io_error)?;
            if read == 0 {
                break;
            }
            number += 1;
            match parse(&line, &fields) {
                Some(entry) if entry.path.is_empty() => without_file.push(offset),
                Some(entry) => {
                    offsets.insert(content_hash(&entry.path), offset);
                }
                None if line.iter().all(u8::is_ascii_whitespace) => {}
                None => bad_lines.push(number),
            }
            offset += read as u64;
        }
        Ok(IndexSidecar {
            path,
            reader,
            offsets,
            without_file,
            bad_lines,
            fields,
        })
    }

    /// The entry for the file at `relative` (`/`-separated), removing it
    /// from the entries still expected.
    pub fn take(&mut self, relative: &str) -> Option<IndexEntry> {
        let offset = self.offsets.remove(&content_hash(relative))?;
        self.entry_at(offset).filter(|entry| entry.path == relative)
    }

    /// Line numbers of index lines that could not be read as an entry.
    pub fn bad_lines(&self) -> &[u64] {
        &self.bad_lines
    }

    /// Entries whose file never came up, in index order, with the index path.
    pub fn missing(mut self) -> (PathBuf, Vec<IndexEntry>) {
        let mut offsets: Vec<u64> = self.offsets.values().copied().collect();
        offsets.append(&mut self.without_file);
        offsets.sort_unstable();
        let entries = offsets
            .into_iter()
            .filter_map(|offset| self.entry_at(offset))
            .collect();
        (self.path, entries)
    }

    fn entry_at(&mut self, offset: u64) -> Option<IndexEntry> {
        self.reader.seek(SeekFrom::Start(offset)).ok()?;
        let mut line = Vec::new();
        (&mut self.reader)
            .take(16 * 1024 * 1024)
            .read_until(b'\n', &mut line)
            .ok()?;
        parse(&line, &self.fields)
    }
}

fn parse(line: &[u8], fields: &FieldMap) -> Option<IndexEntry> {
    let serde_json::Value::Object(object) = serde_json::from_slice(line).ok()? else {
        return None;
    };
    let text = |keys: &[String]| {
        keys.iter().find_map(|key| match object.get(key) {
            Some(serde_json::Value::String(s)) if !s.is_empty() => Some(s.clone()),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        })
    };
    let path = match object.get("path") {
        None | Some(serde_json::Value::Null) => "",
        Some(value) => value.as_str()?,
    };
    Some(IndexEntry {
        path: path.trim_start_matches("./").to_string(),
        id: text(&fields.id),
        url: text(&fields.url),
        title: text(&fields.title),
        date: text(&fields.date),
    })
}
