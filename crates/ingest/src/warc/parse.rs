//! One WARC record off a stream: the `WARC/1.x` line, named fields up to a
//! blank line, `Content-Length` bytes of block, then `\r\n\r\n`. Anything
//! else is reported and the stream is moved to the next `WARC/1.`.

use super::stream::Stream;
use std::io::{self, BufRead, Read};

/// The start of every record, found again after damage. Not required at a
/// line start: damage may have eaten the line end before it.
const RECORD_START: &[u8] = b"WARC/1.";
/// Longest header line and whole header accepted.
const MAX_HEADER_LINE: usize = 64 * 1024;
const MAX_HEADER: usize = 256 * 1024;

/// The named fields of a record header (names compared without case).
#[derive(Debug, Default, Clone)]
pub struct Header {
    pub fields: Vec<(String, String)>,
}

impl Header {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// What reading at the current position gave.
#[derive(Debug)]
pub enum Parsed {
    /// A sound record; its block is in the buffer given to [`next_record`].
    Record { offset: u64, header: Header },
    /// A record whose block is over the size limit; its bytes were skipped
    /// without being kept.
    TooLarge { offset: u64, length: u64 },
    /// Damaged bytes: a failure for `offset`; the stream is at the next record.
    Damaged { offset: u64, reason: String },
    /// Bytes that are not a WARC record (`bytes` of them were skipped).
    NotWarc { offset: u64, bytes: u64 },
    /// The scan for the next record stopped at its byte limit (a stream of
    /// garbage, such as a decompression bomb): the caller gives the stream up.
    GaveUp { offset: u64, bytes: u64 },
}

/// Read the next record (`None` at the end of the stream). `limit` caps a
/// block's size; `scan_limit` caps how far a resynchronisation may read.
/// The block of a record goes into `block`, which the caller keeps from
/// record to record (no allocation per record once it has grown).
/// I/O errors (damaged compression) are returned as errors: the caller
/// decides how to resume.
pub fn next_record<R: BufRead>(
    stream: &mut Stream<R>,
    limit: u64,
    scan_limit: u64,
    block: &mut Vec<u8>,
) -> io::Result<Option<Parsed>> {
    block.clear();
    let start = stream.position();
    if stream.skip_line_ends(scan_limit)? >= scan_limit {
        // Nothing but line ends, without end (a bomb of blank lines).
        return Ok(Some(Parsed::GaveUp {
            offset: start,
            bytes: scan_limit,
        }));
    }
    let offset = stream.position();
    let mut line = Vec::new();
    let first = match stream.read_line(&mut line, 64) {
        Ok(None) => return Ok(None),
        Ok(Some(())) if line.starts_with(b"WARC/") => true,
        Ok(Some(())) => {
            // Search the line again: a record may start inside it, glued to
            // the damage before it. It cannot start at its first byte.
            let line_end = (stream.position() - offset).saturating_sub(line.len() as u64);
            let line_end = usize::try_from(line_end).unwrap_or(0).min(2);
            line.extend_from_slice(&b"\r\n"[2 - line_end..]);
            stream.unread(&line);
            false
        }
        Err(error) if error.kind() == io::ErrorKind::InvalidData => {
            // An overlong first line: searched again from its second byte,
            // so that the search always moves forward.
            stream.unread(line.get(1..).unwrap_or_default());
            false
        }
        Err(error) => return Err(error),
    };
    if !first {
        let found = stream.skip_past(RECORD_START, scan_limit)?;
        if found {
            stream.unread(RECORD_START);
        }
        let bytes = stream.position() - offset;
        return Ok(Some(if found || bytes < scan_limit {
            Parsed::NotWarc { offset, bytes }
        } else {
            Parsed::GaveUp { offset, bytes }
        }));
    }
    let header = match read_header(stream, &mut line)? {
        Ok(header) => header,
        Err(HeaderError::NextRecordStarts(start)) => {
            // The record was cut inside its header and the next one follows.
            stream.unread(&start);
            let reason = "the header is cut short by the next record".to_string();
            return Ok(Some(Parsed::Damaged { offset, reason }));
        }
        Err(HeaderError::Bad(reason)) => {
            return damaged(stream, offset, reason, scan_limit).map(Some)
        }
    };
    let length = match header.get("Content-Length").map(str::trim) {
        None => return damaged(stream, offset, "no Content-Length".into(), scan_limit).map(Some),
        Some(text) => match text.parse::<u64>() {
            Ok(length) => length,
            Err(_) => {
                let reason = format!("Content-Length {text:?} is not a number");
                return damaged(stream, offset, reason, scan_limit).map(Some);
            }
        },
    };
    if length > limit {
        // Skip without keeping it; a length that runs past the next record
        // (a wrong or absurd header) stops at that record instead.
        if stream.skip_past(RECORD_START, length.saturating_add(4))? {
            stream.unread(RECORD_START);
        }
        return Ok(Some(Parsed::TooLarge { offset, length }));
    }
    block.reserve(usize::try_from(length.min(1 << 20)).unwrap_or(0));
    stream.by_ref().take(length).read_to_end(block)?;
    if (block.len() as u64) < length {
        stream.unread(block);
        let reason = format!(
            "cut short: {} of {length} block bytes (Content-Length wrong or record truncated)",
            block.len()
        );
        return damaged(stream, offset, reason, scan_limit).map(Some);
    }
    let mut after = [0u8; 4];
    let after = stream.peek(&mut after)?;
    // A stream may end right after the block, with or without its trailer.
    let trailer_ok = b"\r\n\r\n".starts_with(after) || after.starts_with(b"\n\n");
    if !trailer_ok {
        stream.unread(block);
        let reason = format!("the block does not end after its Content-Length of {length} bytes");
        return damaged(stream, offset, reason, scan_limit).map(Some);
    }
    Ok(Some(Parsed::Record { offset, header }))
}

enum HeaderError {
    Bad(String),
    /// A header line ends with the start of another record (`WARC/1.0`): the
    /// bytes to read again.
    NextRecordStarts(Vec<u8>),
}

/// Header fields up to the blank line; an error for a header that is cut
/// short or too long.
fn read_header<R: BufRead>(
    stream: &mut Stream<R>,
    line: &mut Vec<u8>,
) -> io::Result<Result<Header, HeaderError>> {
    let mut header = Header::default();
    let mut total = 0usize;
    loop {
        match stream.read_line(line, MAX_HEADER_LINE) {
            Ok(None) => return Ok(Err(HeaderError::Bad("the header is cut short".into()))),
            Ok(Some(())) => {}
            Err(error) if error.kind() == io::ErrorKind::InvalidData => {
                return Ok(Err(HeaderError::Bad(error.to_string())))
            }
            Err(error) => return Err(error),
        }
        total += line.len();
        if total > MAX_HEADER {
            let reason = format!("the header is longer than {MAX_HEADER} bytes");
            return Ok(Err(HeaderError::Bad(reason)));
        }
        if let Some(at) = memchr::memmem::find(line, b"WARC/1.") {
            if line.len() - at == b"WARC/1.0".len() {
                let mut start = line[at..].to_vec();
                start.extend_from_slice(b"\r\n");
                return Ok(Err(HeaderError::NextRecordStarts(start)));
            }
        }
        if line.is_empty() {
            return Ok(Ok(header));
        }
        let text = String::from_utf8_lossy(line);
        if text.starts_with([' ', '\t']) {
            // A folded continuation of the previous field.
            if let Some((_, value)) = header.fields.last_mut() {
                value.push(' ');
                value.push_str(text.trim());
            }
            continue;
        }
        match text.split_once(':') {
            Some((name, value)) => header
                .fields
                .push((name.trim().to_string(), value.trim().to_string())),
            None => {
                let reason = format!("header line {text:?} has no colon");
                return Ok(Err(HeaderError::Bad(reason)));
            }
        }
    }
}

/// Report damage at `offset` and move to the next record start.
fn damaged<R: BufRead>(
    stream: &mut Stream<R>,
    offset: u64,
    reason: String,
    scan_limit: u64,
) -> io::Result<Parsed> {
    let before = stream.position();
    if stream.skip_past(RECORD_START, scan_limit)? {
        stream.unread(RECORD_START);
    } else if stream.position() - before >= scan_limit {
        return Ok(Parsed::GaveUp {
            offset,
            bytes: stream.position() - offset,
        });
    }
    Ok(Parsed::Damaged { offset, reason })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(block: &str, length: usize) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: {length}\r\n\r\n{block}\r\n\r\n"
        )
    }

    fn all(data: &[u8], limit: u64) -> Vec<String> {
        let mut stream = Stream::new(data, 0);
        let mut block = Vec::new();
        let mut out = Vec::new();
        loop {
            match next_record(&mut stream, limit, u64::MAX, &mut block).unwrap() {
                None => return out,
                Some(parsed) => out.push(shape(&parsed, &block)),
            }
        }
    }

    fn shape(parsed: &Parsed, block: &[u8]) -> String {
        match parsed {
            Parsed::Record { offset, .. } => {
                format!("ok@{offset}:{}", String::from_utf8_lossy(block))
            }
            Parsed::TooLarge { offset, length } => format!("large@{offset}:{length}"),
            Parsed::Damaged { offset, .. } => format!("damaged@{offset}"),
            Parsed::NotWarc { offset, bytes } => format!("garbage@{offset}:{bytes}"),
            Parsed::GaveUp { offset, .. } => format!("gaveup@{offset}"),
        }
    }

    #[test]
    fn records_follow_each_other() {
        let data = format!("{}{}", record("one", 3), record("three", 5));
        let second = record("one", 3).len();
        assert_eq!(
            all(data.as_bytes(), 100),
            ["ok@0:one".to_string(), format!("ok@{second}:three")]
        );
    }

    #[test]
    fn wrong_lengths_lose_only_their_record() {
        for wrong in [2, 9, 400] {
            let second_at = record("abcdef", wrong).len();
            let data = format!("{}{}", record("abcdef", wrong), record("next", 4));
            assert_eq!(
                all(data.as_bytes(), 1000),
                ["damaged@0".to_string(), format!("ok@{second_at}:next")],
                "Content-Length {wrong}"
            );
        }
    }

    #[test]
    fn absurd_length_is_too_large_and_the_next_record_survives() {
        let data = format!(
            "{}{}",
            record("abcdef", 99_999_999_999_999_999),
            record("next", 4)
        );
        let second_at = record("abcdef", 99_999_999_999_999_999).len();
        assert_eq!(
            all(data.as_bytes(), 1000),
            [
                "large@0:99999999999999999".to_string(),
                format!("ok@{second_at}:next")
            ]
        );
    }

    #[test]
    fn garbage_and_bad_headers_are_reported_then_skipped() {
        let good = record("ok", 2);
        let bad_header = "WARC/1.0\r\nno colon here\r\n\r\nbody\r\n\r\n";
        let data = format!("junk junk\n{good}{bad_header}{good}");
        let at_good = 10;
        let at_bad = at_good + good.len();
        let at_last = at_bad + bad_header.len();
        assert_eq!(
            all(data.as_bytes(), 100),
            [
                "garbage@0:10".to_string(),
                format!("ok@{at_good}:ok"),
                format!("damaged@{at_bad}"),
                format!("ok@{at_last}:ok"),
            ]
        );
    }

    #[test]
    fn a_truncated_last_record_is_damaged() {
        let data = format!(
            "{}WARC/1.0\r\nContent-Length: 50\r\n\r\nonly",
            record("ok", 2)
        );
        let shapes = all(data.as_bytes(), 100);
        assert_eq!(shapes.len(), 2);
        assert!(shapes[1].starts_with("damaged@"), "{shapes:?}");
    }
}
