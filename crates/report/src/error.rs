use std::path::PathBuf;

/// Everything that can go wrong while writing or resuming a report. Every
/// variant names the file it is about.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// Reading, writing, creating or truncating a file failed.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A complete line of an existing output file is not valid JSON of the
    /// expected shape (only a torn *last* line is repaired by `resume`).
    #[error("{path}:{line}: not a valid record: {source}")]
    Corrupt {
        path: PathBuf,
        line: u64,
        #[source]
        source: serde_json::Error,
    },
    /// A folder given to a merge is not a finished shard (or cannot be one).
    #[error("{path}: not a shard to merge: {reason}")]
    NotAShard { path: PathBuf, reason: String },
    /// A record could not be serialised.
    #[error("{path}: cannot serialise record: {source}")]
    Serialize {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
}

impl ReportError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> ReportError {
        let path = path.into();
        move |source| ReportError::Io { path, source }
    }

    /// The file the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            ReportError::Io { path, .. }
            | ReportError::Corrupt { path, .. }
            | ReportError::NotAShard { path, .. }
            | ReportError::Serialize { path, .. } => path,
        }
    }
}
