//! Web archives (`.warc`, `.warc.gz`, `.warc.zst`), read record by record.
//!
//! `response` records whose HTTP body is HTML (or plain text), and
//! `resource`/`conversion` records holding HTML or text, become records;
//! every other record (requests, metadata, redirects, images, non-200
//! answers...) is counted as skipped by kind. Damage costs one failure that
//! names the file and byte offset, and reading goes on at the next record:
//! in a `.warc.gz` the next gzip member (Common Crawl writes one per record),
//! in a plain or single-stream file the next line starting with `WARC/1.`.
//!
//! Record ids are `<relative path>@<offset>`: the byte offset of the record
//! in a plain file, or of its gzip member in a `.warc.gz` (the offset Common
//! Crawl's indexes give), with `+<offset in the member>` for records after
//! the first of a member (files compressed as one stream).

mod http;
mod parse;
mod stream;

use crate::charset::{content_type_charset, decode_page_bytes, CharsetHints};
use crate::page::record_from_markup;
use crate::position::{Counted, InputPosition};
use crate::{Compression, Failure, IngestError};
use newsmill_types::{Record, Source};
use parse::{Header, Parsed};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::Path;
use stream::Stream;
pub use stream::{Forward, Rewind};

/// What one step of reading gave.
#[derive(Debug)]
pub enum WarcItem {
    Document(Box<WarcDocument>),
    Failure(Failure),
    /// A record that is not an article, by kind (`request`, `redirect`, ...).
    Skipped(&'static str),
}

/// An article's document as the archive holds it, decoded to text but not
/// yet flattened: what ingestion alone does (WARC, HTTP, transfer and
/// content encodings, charset). [`WarcDocument::into_record`] makes the
/// record [`crate::Records`] gives.
#[derive(Debug)]
pub struct WarcDocument {
    /// `<relative path>@<offset>`, as in the module docs.
    pub id: String,
    pub source: Source,
    /// `WARC-Target-URI`.
    pub url: Option<String>,
    /// The page's markup (when `is_html`) or the plain text, decoded.
    pub text: String,
    pub is_html: bool,
    /// Input bytes not valid in the chosen encoding, replaced by U+FFFD.
    pub replaced_bytes: usize,
    /// WARC fields (`warc_type`, `warc_offset`, `warc_record_id`,
    /// `warc_date`, `http_status`, `content_type`) and, for a page, how it
    /// was decoded (`encoding`, `encoding_source`) and `content_language`.
    pub meta: serde_json::Map<String, Value>,
}

impl WarcDocument {
    /// The record: a page flattened to its text (markup kept in `html`),
    /// or the plain text as it is.
    pub fn into_record(self) -> Result<Record, Failure> {
        let WarcDocument {
            id,
            source,
            url,
            text,
            is_html,
            replaced_bytes,
            meta,
        } = self;
        let built = if is_html {
            record_from_markup(id.clone(), source.clone(), text)
        } else {
            let mut record = Record::from_text(id.clone(), text);
            record.source = source.clone();
            Ok(record)
        };
        match built {
            Ok(mut record) => {
                record.url = url;
                record.replaced_bytes = replaced_bytes;
                record.meta.extend(meta);
                Ok(record)
            }
            Err(error) => Err(Failure { id, source, error }),
        }
    }
}

/// The gzip magic number and the deflate method byte.
const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b, 0x08];
/// The first bytes of a zstd frame.
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];

/// The compression a web archive's name says (`.warc`, `.warc.gz`,
/// `.warc.zst`); none for other names.
fn warc_compression(path: &Path) -> Option<Compression> {
    crate::detect(path)
        .filter(|(format, _)| *format == crate::Format::Warc)
        .map(|(_, compression)| compression)
}

/// The compression of bytes whose name does not say.
fn compression_of(bytes: &[u8]) -> Compression {
    if bytes.starts_with(&GZIP_MAGIC[..2]) {
        Compression::Gzip
    } else if bytes.starts_with(ZSTD_MAGIC) {
        Compression::Zstd
    } else {
        Compression::None
    }
}

type Raw = Stream<Box<dyn Rewind>>;
type Member = Stream<BufReader<flate2::bufread::GzDecoder<Raw>>>;

enum Body {
    /// Uncompressed bytes (a `.warc`, or a `.warc.zst` already decompressed).
    Plain(Stream<Box<dyn BufRead + Send>>),
    /// A `.warc.gz`: between members, or inside the member starting at `offset`.
    Gzip {
        raw: Option<Raw>,
        member: Option<(Box<Member>, u64)>,
    },
    Done,
}

/// Reader of one WARC input.
pub struct WarcReader {
    body: Body,
    path: String,
    relative: String,
    limit: u64,
    /// The block of the record being read, kept from record to record.
    block: Vec<u8>,
    /// Decompressed bytes read.
    pub bytes: u64,
}

/// A block buffer grown larger than this by one big record is let go
/// afterwards, so memory stays flat.
const KEPT_BLOCK_CAPACITY: usize = 8 * 1024 * 1024;

impl WarcReader {
    /// A plain (or already decompressed) WARC stream.
    pub(crate) fn plain(
        input: Box<dyn BufRead + Send>,
        path: String,
        relative: String,
        limit: u64,
    ) -> Self {
        WarcReader {
            body: Body::Plain(Stream::new(input, 0)),
            path,
            relative,
            limit,
            block: Vec::new(),
            bytes: 0,
        }
    }

    /// A gzip-compressed WARC: one member per record, or one for the whole file.
    pub(crate) fn gzip(input: Box<dyn Rewind>, path: String, relative: String, limit: u64) -> Self {
        WarcReader {
            body: Body::Gzip {
                raw: Some(Stream::new(input, 0)),
                member: None,
            },
            path,
            relative,
            limit,
            block: Vec::new(),
            bytes: 0,
        }
    }

    /// Open a web archive file. Its compression (`.warc`, `.warc.gz`,
    /// `.warc.zst`) is told by the file's name, else by `relative`'s, else by
    /// the file's first bytes, as [`WarcReader::from_bytes`] tells it. Ids
    /// start with `relative`; `limit` caps a record's size.
    pub fn open(path: &Path, relative: String, limit: u64) -> Result<Self, IngestError> {
        let compression =
            match warc_compression(path).or_else(|| warc_compression(Path::new(&relative))) {
                Some(compression) => compression,
                // Only a regular file is looked into: a pipe's first bytes,
                // once read, would be gone.
                None if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) => Compression::None,
                None => {
                    let mut head = Vec::with_capacity(ZSTD_MAGIC.len());
                    std::fs::File::open(path)
                        .and_then(|file| {
                            use std::io::Read;
                            file.take(ZSTD_MAGIC.len() as u64).read_to_end(&mut head)
                        })
                        .map_err(|source| IngestError::Io {
                            path: path.to_path_buf(),
                            source,
                        })?;
                    compression_of(&head)
                }
            };
        Self::open_counted(path, relative, limit, compression, InputPosition::default())
    }

    /// A web archive already in memory (a file a cluster engine handed
    /// over whole, as Spark's `binaryFiles` does), read as [`WarcReader::open`]
    /// reads the same bytes from a file named `relative`: ids, offsets and
    /// failures are the same. The compression is told by the name, or by the
    /// first bytes when the name does not say.
    ///
    /// ```
    /// use newsmill_ingest::{WarcItem, WarcReader};
    ///
    /// let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Ferry talks resume.</p></body></html>";
    /// let warc = format!(
    ///     "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/a\r\nContent-Length: {}\r\n\r\n{page}\r\n\r\n",
    ///     page.len()
    /// );
    /// let mut reader = WarcReader::from_bytes(warc.into_bytes(), "s3://bucket/a.warc".into(), "a.warc".into(), 1 << 20);
    /// match reader.next_item() {
    ///     Some(WarcItem::Document(page)) => assert_eq!(page.id, "a.warc@0"),
    ///     other => panic!("{other:?}"),
    /// }
    /// assert!(reader.next_item().is_none());
    /// ```
    pub fn from_bytes<B>(bytes: B, path: String, relative: String, limit: u64) -> Self
    where
        B: AsRef<[u8]> + Send + 'static,
    {
        let compression = warc_compression(Path::new(&relative))
            .unwrap_or_else(|| compression_of(bytes.as_ref()));
        match compression {
            Compression::Gzip => {
                WarcReader::gzip(Box::new(std::io::Cursor::new(bytes)), path, relative, limit)
            }
            Compression::None => {
                WarcReader::plain(Box::new(std::io::Cursor::new(bytes)), path, relative, limit)
            }
            Compression::Zstd => {
                match crate::decompress::open(Box::new(std::io::Cursor::new(bytes)), compression) {
                    Ok(input) => WarcReader::plain(input, path, relative, limit),
                    // Opening a zstd stream reads nothing yet, so this cannot
                    // happen; an empty input stands in for it all the same.
                    Err(_) => WarcReader {
                        body: Body::Done,
                        path,
                        relative,
                        limit,
                        block: Vec::new(),
                        bytes: 0,
                    },
                }
            }
        }
    }

    /// [`WarcReader::open`] with the compression given and the bytes read
    /// from disk added to `position`.
    pub(crate) fn open_counted(
        path: &Path,
        relative: String,
        limit: u64,
        compression: Compression,
        position: InputPosition,
    ) -> Result<Self, IngestError> {
        let path_text = path.to_string_lossy().into_owned();
        let file = std::fs::File::open(path).map_err(|source| IngestError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let file = Counted {
            inner: file,
            position,
        };
        Ok(match compression {
            Compression::Gzip => {
                let input = Box::new(BufReader::with_capacity(256 * 1024, file));
                WarcReader::gzip(input, path_text, relative, limit)
            }
            Compression::None | Compression::Zstd => {
                let input = crate::decompress::open(Box::new(file), compression)
                    .map_err(|e| IngestError::Decompress(e.to_string()))?;
                WarcReader::plain(input, path_text, relative, limit)
            }
        })
    }

    fn source(&self) -> Source {
        Source {
            path: self.path.clone(),
            line: None,
        }
    }

    fn failure(&self, id_offset: &str, error: IngestError) -> WarcItem {
        WarcItem::Failure(Failure {
            id: format!("{}@{id_offset}", self.relative),
            source: self.source(),
            error,
        })
    }

    /// The next record, failure or skip; `None` at the end of the input.
    pub fn next_item(&mut self) -> Option<WarcItem> {
        if self.block.capacity() > KEPT_BLOCK_CAPACITY {
            self.block = Vec::new();
        }
        loop {
            let limit = self.limit;
            match std::mem::replace(&mut self.body, Body::Done) {
                Body::Done => return None,
                Body::Plain(mut stream) => {
                    let before = stream.position();
                    let parsed = parse::next_record(&mut stream, limit, u64::MAX, &mut self.block);
                    self.bytes += stream.position().saturating_sub(before);
                    match parsed {
                        Ok(None) => return None,
                        Ok(Some(parsed)) => {
                            self.body = Body::Plain(stream);
                            return Some(self.item(parsed, None));
                        }
                        Err(error) => {
                            // Damaged compression under a plain stream (.warc.zst):
                            // frames cannot be found again, so this input ends here.
                            let offset = stream.position().to_string();
                            let reason = error.to_string();
                            return Some(self.failure(
                                &offset,
                                IngestError::WarcRecord {
                                    offset: stream.position(),
                                    reason: format!("{reason}; the rest of the file is unreadable"),
                                },
                            ));
                        }
                    }
                }
                Body::Gzip {
                    raw,
                    member: Some((mut member, offset)),
                } => {
                    let before = member.position();
                    // Inside a member, a resynchronising scan may read at most
                    // `limit` bytes: past that the member is given up and the
                    // next one searched in the compressed bytes (a bomb costs
                    // bounded time and memory).
                    let parsed = parse::next_record(&mut member, limit, limit, &mut self.block)
                        .and_then(|parsed| {
                            // A record is only given out once its member is known
                            // sound up to the record's end: the member's checksum
                            // is checked when its end is read, so look ahead.
                            if parsed.is_some() && member.skip_line_ends(limit)? >= limit {
                                let bytes = limit;
                                let offset = member.position() - bytes;
                                return Ok(Some(Parsed::GaveUp { offset, bytes }));
                            }
                            member.peek(&mut [0u8; 1])?;
                            Ok(parsed)
                        });
                    self.bytes += member.position().saturating_sub(before);
                    match parsed {
                        Ok(None) => {
                            let raw = member.inner.into_inner().into_inner();
                            self.body = Body::Gzip {
                                raw: Some(raw),
                                member: None,
                            };
                        }
                        Ok(Some(Parsed::GaveUp {
                            offset: inner,
                            bytes,
                        })) => {
                            let reason = format!(
                                "{bytes} bytes at byte {inner} of the member are not WARC records"
                            );
                            return Some(self.give_up_member(*member, offset, reason, false));
                        }
                        Ok(Some(parsed)) => {
                            self.body = Body::Gzip {
                                raw,
                                member: Some((member, offset)),
                            };
                            return Some(self.item(parsed, Some(offset)));
                        }
                        Err(error) => {
                            return Some(self.give_up_member(
                                *member,
                                offset,
                                error.to_string(),
                                true,
                            ));
                        }
                    }
                }
                Body::Gzip {
                    raw: Some(mut raw),
                    member: None,
                } => {
                    let _ = raw.skip_line_ends(u64::MAX);
                    let offset = raw.position();
                    let mut head = [0u8; GZIP_MAGIC.len()];
                    let head = match raw.peek(&mut head) {
                        Ok(head) => head,
                        Err(error) => {
                            let error = IngestError::Io {
                                path: self.path.clone().into(),
                                source: error,
                            };
                            return Some(self.failure(&offset.to_string(), error));
                        }
                    };
                    if head.is_empty() {
                        return None;
                    }
                    if head == GZIP_MAGIC {
                        let decoder = flate2::bufread::GzDecoder::new(raw);
                        let member = Stream::new(BufReader::with_capacity(64 * 1024, decoder), 0);
                        self.body = Body::Gzip {
                            raw: None,
                            member: Some((Box::new(member), offset)),
                        };
                        continue;
                    }
                    let skipped = skip_to_member(&mut raw);
                    let bytes = raw.position() - offset;
                    self.body = Body::Gzip {
                        raw: Some(raw),
                        member: None,
                    };
                    let error = match skipped {
                        Ok(()) => IngestError::NotWarc { offset, bytes },
                        Err(source) => IngestError::Io {
                            path: self.path.clone().into(),
                            source,
                        },
                    };
                    return Some(self.failure(&offset.to_string(), error));
                }
                Body::Gzip {
                    raw: None,
                    member: None,
                } => return None,
            }
        }
    }

    /// Leave the member starting at `offset`, move to the next one and
    /// report the failure. With `from_start`, the next member is searched
    /// from just after this one's start (when the input can seek): a damaged
    /// member's decoder may have read into the next one.
    fn give_up_member(
        &mut self,
        member: Member,
        offset: u64,
        reason: String,
        from_start: bool,
    ) -> WarcItem {
        let mut raw = member.inner.into_inner().into_inner();
        if from_start && raw.inner.rewind_to(offset + 1) {
            raw.reset(offset + 1);
        }
        let _ = skip_to_member(&mut raw);
        self.body = Body::Gzip {
            raw: Some(raw),
            member: None,
        };
        self.failure(
            &offset.to_string(),
            IngestError::WarcGzip { offset, reason },
        )
    }

    /// Turn a parse result into an item. `member` is the offset of the gzip
    /// member being read, if any.
    fn item(&self, parsed: Parsed, member: Option<u64>) -> WarcItem {
        let id_offset = |offset: u64| match member {
            None => offset.to_string(),
            Some(member) if offset == 0 => member.to_string(),
            Some(member) => format!("{member}+{offset}"),
        };
        let file_offset = |offset: u64| member.unwrap_or(offset);
        match parsed {
            Parsed::Record { offset, header } => {
                let id = format!("{}@{}", self.relative, id_offset(offset));
                match self.document(id.clone(), file_offset(offset), &header, &self.block) {
                    Ok(Built::Article(document)) => WarcItem::Document(document),
                    Ok(Built::Skip(kind)) => WarcItem::Skipped(kind),
                    Err(error) => WarcItem::Failure(Failure {
                        id,
                        source: self.source(),
                        error,
                    }),
                }
            }
            Parsed::TooLarge { offset, length } => self.failure(
                &id_offset(offset),
                IngestError::TooLarge {
                    bytes: length,
                    limit: self.limit,
                },
            ),
            Parsed::Damaged { offset, reason } => self.failure(
                &id_offset(offset),
                IngestError::WarcRecord {
                    offset: file_offset(offset),
                    reason,
                },
            ),
            Parsed::NotWarc { offset, bytes } | Parsed::GaveUp { offset, bytes } => self.failure(
                &id_offset(offset),
                IngestError::NotWarc {
                    offset: file_offset(offset),
                    bytes,
                },
            ),
        }
    }

    /// An article's document from a WARC record, or the kind of record it
    /// is when it holds no article.
    fn document(
        &self,
        id: String,
        offset: u64,
        header: &Header,
        block: &[u8],
    ) -> Result<Built, IngestError> {
        let kind = header.get("WARC-Type").unwrap_or("").to_ascii_lowercase();
        let url = header
            .get("WARC-Target-URI")
            .map(|u| u.trim_matches(['<', '>']));
        let mut meta = serde_json::Map::new();
        meta.insert("warc_type".into(), Value::String(kind.clone()));
        meta.insert("warc_offset".into(), Value::from(offset));
        for (field, key) in [
            ("WARC-Record-ID", "warc_record_id"),
            ("WARC-Date", "warc_date"),
        ] {
            if let Some(value) = header.get(field) {
                meta.insert(key.into(), Value::String(value.to_string()));
            }
        }
        let (document, content_type, content_language) = match kind.as_str() {
            "response" => {
                let response = http::parse_response(block, self.limit)?;
                meta.insert("http_status".into(), Value::from(response.status));
                if (300..400).contains(&response.status) {
                    return Ok(Built::Skip("redirect"));
                }
                if response.status != 200 {
                    return Ok(Built::Skip("http_status"));
                }
                let content_type = response.headers.get("Content-Type").map(str::to_string);
                let language = response.headers.get("Content-Language").map(str::to_string);
                (response.body, content_type, language)
            }
            "resource" | "conversion" => {
                let content_type = header.get("Content-Type").map(str::to_string);
                (std::borrow::Cow::Borrowed(block), content_type, None)
            }
            _ => return Ok(Built::Skip(skip_kind(&kind))),
        };
        if let Some(content_type) = &content_type {
            meta.insert("content_type".into(), Value::String(content_type.clone()));
        }
        let mime = content_type
            .as_deref()
            .map(|t| {
                t.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase()
            })
            .unwrap_or_default();
        let http_charset = match mime.as_str() {
            "text/html" | "application/xhtml+xml" => {
                content_type.as_deref().and_then(content_type_charset)
            }
            "" if looks_like_html(&document) => None,
            "text/plain" => {
                let decoded = crate::decode(&document)?;
                if decoded.text.trim().is_empty() {
                    return Err(IngestError::Empty);
                }
                return Ok(Built::Article(Box::new(WarcDocument {
                    id,
                    source: self.source(),
                    url: url.map(str::to_string),
                    text: decoded.text,
                    is_html: false,
                    replaced_bytes: decoded.replaced_bytes,
                    meta,
                })));
            }
            _ => return Ok(Built::Skip("non_html")),
        };
        let decoded = decode_page_bytes(document, CharsetHints { http_charset, url })?;
        meta.insert("encoding".into(), Value::String(decoded.encoding.into()));
        meta.insert(
            "encoding_source".into(),
            Value::String(decoded.source.as_str().into()),
        );
        if let Some(language) = content_language.as_deref().map(str::trim) {
            if !language.is_empty() {
                meta.insert("content_language".into(), Value::String(language.into()));
            }
        }
        Ok(Built::Article(Box::new(WarcDocument {
            id,
            source: self.source(),
            url: url.map(str::to_string),
            text: decoded.text,
            is_html: true,
            replaced_bytes: decoded.replaced_bytes,
            meta,
        })))
    }
}

impl Iterator for WarcReader {
    type Item = WarcItem;

    fn next(&mut self) -> Option<WarcItem> {
        self.next_item()
    }
}

/// What a WARC record gives.
enum Built {
    Article(Box<WarcDocument>),
    /// Not an article, by kind (`request`, `redirect`, `non_html`, ...).
    Skip(&'static str),
}

/// Kind label for a record type that never holds an article.
fn skip_kind(warc_type: &str) -> &'static str {
    match warc_type {
        "request" => "request",
        "metadata" => "metadata",
        "warcinfo" => "warcinfo",
        "revisit" => "revisit",
        "continuation" => "continuation",
        _ => "other_type",
    }
}

fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    text.contains("<html") || text.contains("<!doctype html")
}

/// Move to the next gzip member start (or the end of the input).
fn skip_to_member(raw: &mut Raw) -> std::io::Result<()> {
    if raw.skip_past(GZIP_MAGIC, u64::MAX)? {
        raw.unread(GZIP_MAGIC);
    }
    Ok(())
}
