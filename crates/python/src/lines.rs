//! Lines of a JSON Lines dump handed over by Python (a cluster engine's
//! split of the file, or records serialised one by one), read into records
//! exactly as `newsmill run` reads the lines of a file.

use newsmill_ingest::{Failure, IngestError, IngestOptions, JsonLine, Record, Source};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

/// A line's number in its file and its bytes, copied out of Python so the
/// work can run without the GIL.
pub struct OwnedLine {
    pub number: u64,
    pub bytes: Vec<u8>,
}

/// `(line_number, bytes_or_str)` pairs from Python.
pub fn owned_lines(lines: &Bound<'_, PyAny>) -> PyResult<Vec<OwnedLine>> {
    let mut owned = Vec::new();
    for item in lines.try_iter()? {
        let (number, line): (u64, Bound<'_, PyAny>) = item?.extract()?;
        owned.push(owned_line(number, &line)?);
    }
    Ok(owned)
}

/// One line (bytes or str) copied out of Python.
pub fn owned_line(number: u64, line: &Bound<'_, PyAny>) -> PyResult<OwnedLine> {
    let bytes = if let Ok(bytes) = line.downcast::<PyBytes>() {
        bytes.as_bytes().to_vec()
    } else if let Ok(text) = line.downcast::<PyString>() {
        text.to_cow()?.as_bytes().to_vec()
    } else {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "record {number}: expected a dict, bytes or str, got {}",
            line.get_type().name()?
        )));
    };
    Ok(OwnedLine { number, bytes })
}

/// What a line of a dump is.
pub enum Read {
    Blank,
    Record(Record),
    Failed(Failure),
}

/// Where the lines come from: `path` is each record's `source.path`,
/// `relative` the name ids are made of when a record has none.
pub struct LineSource<'a> {
    pub path: &'a str,
    pub relative: &'a str,
    pub options: &'a IngestOptions,
}

impl LineSource<'_> {
    pub fn read(&self, line: &OwnedLine) -> Read {
        let limit = self.options.max_record_bytes;
        if line.bytes.len() as u64 > limit {
            return Read::Failed(Failure {
                id: format!("{}:{}", self.relative, line.number),
                source: Source {
                    path: self.path.to_string(),
                    line: Some(line.number),
                },
                error: IngestError::TooLarge {
                    bytes: line.bytes.len() as u64,
                    limit,
                },
            });
        }
        let json_line = JsonLine {
            bytes: trim_carriage_return(&line.bytes),
            path: self.path,
            relative: self.relative,
            number: line.number,
        };
        match json_line.record(&self.options.fields) {
            None => Read::Blank,
            Some(Ok(record)) => Read::Record(record),
            Some(Err(failure)) => Read::Failed(failure),
        }
    }
}

impl LineSource<'_> {
    /// A record given as a parsed JSON object (a Python dict), read as the
    /// same object on a line of a file would be.
    pub fn read_value(&self, number: u64, value: serde_json::Value) -> Read {
        let source = Source {
            path: self.path.to_string(),
            line: Some(number),
        };
        let fallback_id = format!("{}:{}", self.relative, number);
        match self
            .options
            .fields
            .to_record(value, fallback_id, source.clone())
        {
            Ok(record) => Read::Record(record),
            Err((id, error)) => Read::Failed(Failure { id, source, error }),
        }
    }
}

/// The file reader drops the `\r` of a CRLF line ending; so does this.
fn trim_carriage_return(bytes: &[u8]) -> &[u8] {
    bytes.strip_suffix(b"\r").unwrap_or(bytes)
}
