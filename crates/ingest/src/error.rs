use newsmill_types::Source;
use std::path::PathBuf;

/// Why an input or a record could not be read. Messages are plain words a
/// user can act on; the record id and path travel in [`Failure`].
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} does not exist")]
    NotFound { path: PathBuf },
    #[error("{path} is a symbolic link to something that does not exist")]
    DanglingSymlink { path: PathBuf },
    #[error("{path} is a directory link that loops back to a folder already being read")]
    SymlinkLoop { path: PathBuf },
    #[error("the file is empty")]
    Empty,
    #[error("looks like a binary file, not text ({0})")]
    Binary(String),
    #[error("record is {bytes} bytes, over the limit of {limit} bytes (raise --max-record-bytes to read it)")]
    TooLarge { bytes: u64, limit: u64 },
    #[error("compressed data is damaged or cut short: {0}")]
    Decompress(String),
    #[error("line is not valid JSON: {0}")]
    Json(String),
    #[error("JSON record is not an object")]
    NotAnObject,
    #[error("no text field: looked for {tried}")]
    NoTextField { tried: String },
    #[error("text field \"{field}\" is {found}, not a string")]
    TextNotString { field: String, found: &'static str },
    #[error("text field \"{field}\" is empty")]
    EmptyText { field: String },
    #[error("listed in the index {index} but its file {path} is missing")]
    MissingIndexedFile { index: PathBuf, path: PathBuf },
    #[error("listed in the index {index} with no file")]
    IndexedWithoutFile { index: PathBuf },
    #[error("line {line} of the index {index} is not a JSON object with a \"path\"")]
    BadIndexLine { index: PathBuf, line: u64 },
    #[error("WARC record at byte {offset} is damaged: {reason}")]
    WarcRecord { offset: u64, reason: String },
    #[error(
        "gzip member at byte {offset} is damaged: {reason}; reading resumed at the next member"
    )]
    WarcGzip { offset: u64, reason: String },
    #[error(
        "{bytes} bytes at byte {offset} are not a WARC record; reading resumed at the next record"
    )]
    NotWarc { offset: u64, bytes: u64 },
    #[error("HTTP response cannot be read: {0}")]
    Http(String),
}

impl IngestError {
    /// A short stable tag for the kind of failure (for counting and filtering).
    pub fn kind(&self) -> &'static str {
        match self {
            IngestError::Io { .. } => "io",
            IngestError::NotFound { .. } => "not_found",
            IngestError::DanglingSymlink { .. } => "dangling_symlink",
            IngestError::SymlinkLoop { .. } => "symlink_loop",
            IngestError::Empty => "empty",
            IngestError::Binary(_) => "binary",
            IngestError::TooLarge { .. } => "too_large",
            IngestError::Decompress(_) => "decompress",
            IngestError::Json(_) => "bad_json",
            IngestError::NotAnObject => "not_an_object",
            IngestError::NoTextField { .. } => "no_text_field",
            IngestError::TextNotString { .. } => "text_not_string",
            IngestError::EmptyText { .. } => "empty_text",
            IngestError::MissingIndexedFile { .. } | IngestError::IndexedWithoutFile { .. } => {
                "missing_file"
            }
            IngestError::BadIndexLine { .. } => "bad_index_line",
            IngestError::WarcRecord { .. } => "bad_warc_record",
            IngestError::WarcGzip { .. } => "decompress",
            IngestError::NotWarc { .. } => "not_warc",
            IngestError::Http(_) => "bad_http",
        }
    }
}

/// One input record (or whole input) that could not be turned into a
/// [`Record`](newsmill_types::Record).
#[derive(Debug)]
pub struct Failure {
    /// The id the record would have had.
    pub id: String,
    pub source: Source,
    pub error: IngestError,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.id, self.source, self.error)
    }
}
