use std::path::Path;

/// How a file's bytes are compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

/// What a file holds once decompressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One article per file: plain text or Markdown.
    Text,
    /// One article per file: an HTML page.
    Html,
    /// One JSON object (one article) or an array of them.
    Json,
    /// One JSON object per line.
    JsonLines,
    /// A web archive (`.warc`): many HTTP responses and other records.
    Warc,
}

/// The format and compression a file name says, or `None` when the name is
/// not one newsmill reads.
pub fn detect(path: &Path) -> Option<(Format, Compression)> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let (stem, compression) = if let Some(stem) = name.strip_suffix(".gz") {
        (stem, Compression::Gzip)
    } else if let Some(stem) = name.strip_suffix(".zst") {
        (stem, Compression::Zstd)
    } else {
        (name.as_str(), Compression::None)
    };
    let extension = stem.rsplit_once('.').map(|(_, ext)| ext)?;
    let format = match extension {
        "txt" | "text" | "md" | "markdown" => Format::Text,
        "html" | "htm" | "xhtml" => Format::Html,
        "json" => Format::Json,
        "jsonl" | "ndjson" => Format::JsonLines,
        "warc" => Format::Warc,
        _ => return None,
    };
    Some((format, compression))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_to_formats() {
        assert_eq!(
            detect(Path::new("a/b.txt")),
            Some((Format::Text, Compression::None))
        );
        assert_eq!(
            detect(Path::new("dump.JSONL.gz")),
            Some((Format::JsonLines, Compression::Gzip))
        );
        assert_eq!(
            detect(Path::new("x.ndjson.zst")),
            Some((Format::JsonLines, Compression::Zstd))
        );
        assert_eq!(
            detect(Path::new("page.htm")),
            Some((Format::Html, Compression::None))
        );
        assert_eq!(
            detect(Path::new("CC-NEWS-2025.warc.gz")),
            Some((Format::Warc, Compression::Gzip))
        );
        assert_eq!(detect(Path::new("photo.png")), None);
        assert_eq!(detect(Path::new("README")), None);
    }
}
