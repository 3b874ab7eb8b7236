//! The HTTP response inside a WARC `response` record: status line, headers,
//! and the body with chunked transfer-encoding and gzip/deflate
//! content-encoding undone (decompression capped, so a bomb is a failure).

use super::parse::Header;
use crate::IngestError;
use std::borrow::Cow;
use std::io::Read;

/// A parsed response; `body` is the entity as the server meant it.
#[derive(Debug)]
pub struct Response<'a> {
    pub status: u16,
    pub headers: Header,
    /// Borrowed from the record when nothing had to be undone.
    pub body: Cow<'a, [u8]>,
}

/// Parse `block` as an HTTP response; `limit` caps the decoded body.
pub fn parse_response(block: &[u8], limit: u64) -> Result<Response<'_>, IngestError> {
    let (head, body) = split_head(block)
        .ok_or_else(|| IngestError::Http("no blank line after the HTTP headers".into()))?;
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let status = status_line
        .strip_prefix("HTTP/")
        .and_then(|rest| rest.split_whitespace().nth(1))
        .and_then(|code| code.parse::<u16>().ok())
        .ok_or_else(|| IngestError::Http(format!("bad status line {status_line:?}")))?;
    let mut headers = Header::default();
    for line in lines {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.fields.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers
                .fields
                .push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    let chunked = headers
        .get("Transfer-Encoding")
        .is_some_and(|value| value.to_ascii_lowercase().contains("chunked"));
    let body = if chunked {
        Cow::Owned(dechunk(body)?)
    } else {
        Cow::Borrowed(body)
    };
    let encoding = headers
        .get("Content-Encoding")
        .map(|value| value.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let body = match encoding.as_str() {
        "" | "identity" | "none" => body,
        "gzip" | "x-gzip" => Cow::Owned(inflate(
            flate2::read::MultiGzDecoder::new(&body[..]),
            limit,
            "gzip",
        )?),
        "deflate" => {
            // Servers send zlib-wrapped or raw deflate under this name.
            let zlib = inflate(flate2::read::ZlibDecoder::new(&body[..]), limit, "deflate");
            Cow::Owned(match zlib {
                Err(IngestError::Http(_)) => inflate(
                    flate2::read::DeflateDecoder::new(&body[..]),
                    limit,
                    "deflate",
                )?,
                other => other?,
            })
        }
        other => {
            return Err(IngestError::Http(format!(
                "content-encoding {other:?} is not supported"
            )))
        }
    };
    Ok(Response {
        status,
        headers,
        body,
    })
}

/// The head up to the first empty line (`\r\n\r\n` or `\n\n`) and the
/// body after it; looks no further than the head's end.
fn split_head(block: &[u8]) -> Option<(&[u8], &[u8])> {
    memchr::memchr_iter(b'\n', block).find_map(|at| {
        let after = &block[at + 1..];
        let blank = if after.starts_with(b"\n") {
            1
        } else if after.starts_with(b"\r\n") {
            2
        } else {
            return None;
        };
        let head_end = if at > 0 && block[at - 1] == b'\r' {
            at - 1
        } else {
            at
        };
        Some((&block[..head_end], &after[blank..]))
    })
}

fn inflate(decoder: impl Read, limit: u64, name: &str) -> Result<Vec<u8>, IngestError> {
    let mut out = Vec::new();
    decoder
        .take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| IngestError::Http(format!("{name} body is damaged: {e}")))?;
    if out.len() as u64 > limit {
        return Err(IngestError::TooLarge {
            bytes: out.len() as u64,
            limit,
        });
    }
    Ok(out)
}

/// Undo chunked transfer-encoding: `<hex size>[;ext]\r\n<bytes>\r\n` ... `0\r\n\r\n`.
fn dechunk(mut body: &[u8]) -> Result<Vec<u8>, IngestError> {
    let bad = |why: &str| IngestError::Http(format!("chunked body is damaged: {why}"));
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = memchr::memchr(b'\n', body).ok_or_else(|| bad("no chunk size line"))?;
        let line = String::from_utf8_lossy(&body[..line_end]);
        let size_text = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| bad(&format!("chunk size {size_text:?} is not hexadecimal")))?;
        body = &body[line_end + 1..];
        if size == 0 {
            return Ok(out);
        }
        let chunk = body
            .get(..size)
            .ok_or_else(|| bad("a chunk runs past the end of the record"))?;
        out.extend_from_slice(chunk);
        body = &body[size..];
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn status_headers_and_body() {
        let block =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html;\r\n charset=utf-8\r\n\r\n<p>hi</p>";
        let response = parse_response(block, 100).unwrap();
        assert_eq!(response.status, 200);
        assert_eq!(
            response.headers.get("content-type"),
            Some("text/html; charset=utf-8")
        );
        assert_eq!(&response.body[..], b"<p>hi</p>");
    }

    #[test]
    fn chunked_and_gzip_bodies_are_undone() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"<p>compressed page</p>").unwrap();
        let gz = gz.finish().unwrap();
        let (first, second) = gz.split_at(7);
        let mut block =
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"
                .to_vec();
        for chunk in [first, second] {
            block.extend_from_slice(format!("{:x};x=y\r\n", chunk.len()).as_bytes());
            block.extend_from_slice(chunk);
            block.extend_from_slice(b"\r\n");
        }
        block.extend_from_slice(b"0\r\n\r\n");
        let response = parse_response(&block, 1000).unwrap();
        assert_eq!(&response.body[..], b"<p>compressed page</p>");
    }

    #[test]
    fn a_gzip_bomb_is_too_large() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&vec![b'a'; 10_000_000]).unwrap();
        let mut block = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        block.extend_from_slice(&gz.finish().unwrap());
        assert!(block.len() < 100_000);
        let error = parse_response(&block, 1_000_000).unwrap_err();
        assert!(
            matches!(
                error,
                IngestError::TooLarge {
                    limit: 1_000_000,
                    ..
                }
            ),
            "{error}"
        );
    }

    #[test]
    fn bad_status_line_is_an_error() {
        assert!(parse_response(b"HTPT/1.1 abc\r\n\r\nx", 10).is_err());
        assert!(parse_response(b"no head at all", 10).is_err());
    }
}
