//! A byte stream that counts its position and can take bytes back, so the
//! WARC parser can look ahead and resynchronise without seeking.

use std::io::{self, BufRead, Read};

/// An input that may be able to jump back to an earlier byte (a file can,
/// standard input cannot).
pub trait Rewind: BufRead + Send {
    /// Continue reading at `offset`; false when the input cannot seek.
    fn rewind_to(&mut self, offset: u64) -> bool {
        let _ = offset;
        false
    }
}

/// A file whose reads are counted for the progress display.
impl Rewind for io::BufReader<crate::position::Counted<std::fs::File>> {
    fn rewind_to(&mut self, offset: u64) -> bool {
        use std::io::Seek;
        self.seek(io::SeekFrom::Start(offset)).is_ok()
    }
}

/// Standard input or an already decompressed stream: no going back.
pub struct Forward(pub Box<dyn BufRead + Send>);

impl Read for Forward {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf)
    }
}

impl BufRead for Forward {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.0.fill_buf()
    }
    fn consume(&mut self, amount: usize) {
        self.0.consume(amount)
    }
}

impl Rewind for Forward {}

/// `inner` with a position counter and a push-back buffer read first.
pub struct Stream<R> {
    pub inner: R,
    pushback: Vec<u8>,
    pushback_at: usize,
    position: u64,
}

impl<R: BufRead> Stream<R> {
    pub fn new(inner: R, position: u64) -> Self {
        Stream {
            inner,
            pushback: Vec::new(),
            pushback_at: 0,
            position,
        }
    }

    /// Bytes consumed so far (minus those taken back).
    pub fn position(&self) -> u64 {
        self.position
    }

    /// Put `bytes` back in front of the stream: they are read again next.
    pub fn unread(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        let mut joined = Vec::with_capacity(bytes.len() + self.pushback.len() - self.pushback_at);
        joined.extend_from_slice(bytes);
        joined.extend_from_slice(&self.pushback[self.pushback_at..]);
        self.pushback = joined;
        self.pushback_at = 0;
        self.position -= bytes.len() as u64;
    }

    /// Forget taken-back bytes and count from `position` (after a seek).
    pub fn reset(&mut self, position: u64) {
        self.pushback.clear();
        self.pushback_at = 0;
        self.position = position;
    }

    /// Up to `n` next bytes, left in the stream.
    pub fn peek(&mut self, n: usize) -> io::Result<Vec<u8>> {
        let mut bytes = Vec::with_capacity(n);
        while bytes.len() < n {
            let available = self.fill_buf()?;
            if available.is_empty() {
                break;
            }
            let take = available.len().min(n - bytes.len());
            bytes.extend_from_slice(&available[..take]);
            self.consume(take);
        }
        self.unread(&bytes);
        Ok(bytes)
    }

    /// Consume line ends (`\r`, `\n`), at most `limit` bytes; returns how many.
    pub fn skip_line_ends(&mut self, limit: u64) -> io::Result<u64> {
        let mut skipped = 0u64;
        while skipped < limit {
            let available = self.fill_buf()?;
            if available.is_empty() {
                break;
            }
            let room = usize::try_from(limit - skipped).unwrap_or(usize::MAX);
            let run = available
                .iter()
                .take(room)
                .take_while(|&&b| b == b'\r' || b == b'\n')
                .count();
            let whole = run == available.len();
            self.consume(run);
            skipped += run as u64;
            if !whole {
                break;
            }
        }
        Ok(skipped)
    }

    /// Consume bytes until just after `pattern` (whose first byte occurs in
    /// it only once) or until `limit` bytes were consumed. Returns whether the
    /// pattern was found.
    pub fn skip_past(&mut self, pattern: &[u8], limit: u64) -> io::Result<bool> {
        let mut matched = 0usize;
        let mut consumed = 0u64;
        while consumed < limit {
            let available = self.fill_buf()?;
            if available.is_empty() {
                return Ok(false);
            }
            let room = usize::try_from(limit - consumed).unwrap_or(usize::MAX);
            let available = &available[..available.len().min(room)];
            let mut used = 0;
            let mut found = false;
            while used < available.len() {
                if matched == 0 {
                    match memchr::memchr(pattern[0], &available[used..]) {
                        Some(at) => {
                            used += at + 1;
                            matched = 1;
                        }
                        None => {
                            used = available.len();
                            break;
                        }
                    }
                } else {
                    let byte = available[used];
                    used += 1;
                    if byte == pattern[matched] {
                        matched += 1;
                    } else {
                        matched = usize::from(byte == pattern[0]);
                    }
                }
                if matched == pattern.len() {
                    found = true;
                    break;
                }
            }
            self.consume(used);
            consumed += used as u64;
            if found {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Read one line (without its `\r\n` or `\n`) of at most `cap` bytes.
    /// `Ok(None)` at the end of the stream; an error when the line is longer
    /// than `cap` (then `cap` bytes have been consumed, no more).
    pub fn read_line(&mut self, line: &mut Vec<u8>, cap: usize) -> io::Result<Option<()>> {
        line.clear();
        let mut saw_any = false;
        loop {
            let available = self.fill_buf()?;
            if available.is_empty() {
                return Ok(saw_any.then_some(()));
            }
            saw_any = true;
            let room = cap.saturating_sub(line.len());
            let window = &available[..available.len().min(room.saturating_add(1))];
            match memchr::memchr(b'\n', window) {
                Some(at) => {
                    line.extend_from_slice(&window[..at]);
                    self.consume(at + 1);
                    if line.last() == Some(&b'\r') {
                        line.pop();
                    }
                    return Ok(Some(()));
                }
                None => {
                    let take = window.len().min(room);
                    line.extend_from_slice(&window[..take]);
                    self.consume(take);
                    if line.len() >= cap {
                        return Err(io::Error::new(
                            io::ErrorKind::InvalidData,
                            format!("a header line is longer than {cap} bytes"),
                        ));
                    }
                }
            }
        }
    }
}

impl<R: BufRead> Read for Stream<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pushback_at >= self.pushback.len() {
            // Straight from the inner reader: large reads skip its buffer.
            let n = self.inner.read(buf)?;
            self.position += n as u64;
            return Ok(n);
        }
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Stream<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pushback_at < self.pushback.len() {
            return Ok(&self.pushback[self.pushback_at..]);
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.position += amount as u64;
        if self.pushback_at < self.pushback.len() {
            self.pushback_at += amount;
            if self.pushback_at >= self.pushback.len() {
                self.pushback.clear();
                self.pushback_at = 0;
            }
        } else {
            self.inner.consume(amount);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unread_bytes_come_first_and_position_follows() {
        let mut stream = Stream::new(&b"abcdef"[..], 0);
        let mut two = [0u8; 2];
        stream.read_exact(&mut two).unwrap();
        assert_eq!(stream.position(), 2);
        stream.unread(b"XY");
        assert_eq!(stream.position(), 0);
        let mut rest = Vec::new();
        stream.read_to_end(&mut rest).unwrap();
        assert_eq!(rest, b"XYcdef");
        assert_eq!(stream.position(), 6);
    }

    #[test]
    fn skip_past_finds_patterns_across_chunks_and_respects_limit() {
        let data = b"xx\n\nWAR\nWARC/1.0 rest";
        let reader = std::io::BufReader::with_capacity(3, &data[..]);
        let mut stream = Stream::new(reader, 0);
        assert!(stream.skip_past(b"\nWARC/1.", u64::MAX).unwrap());
        assert_eq!(stream.position(), 15);
        let mut stream = Stream::new(&data[..], 0);
        assert!(!stream.skip_past(b"\nWARC/1.", 5).unwrap());
        assert_eq!(stream.position(), 5);
    }

    #[test]
    fn long_lines_stop_at_the_cap() {
        let mut stream = Stream::new(&b"0123456789\nnext"[..], 0);
        let mut line = Vec::new();
        assert!(stream.read_line(&mut line, 4).is_err());
        assert_eq!(stream.position(), 4);
        let mut stream = Stream::new(&b"ab\r\ncd"[..], 0);
        stream.read_line(&mut line, 4).unwrap();
        assert_eq!(line, b"ab");
        stream.read_line(&mut line, 4).unwrap();
        assert_eq!(line, b"cd");
        assert_eq!(stream.read_line(&mut line, 4).unwrap(), None);
    }
}
