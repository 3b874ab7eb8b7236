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

/// A web archive held in memory.
impl<B: AsRef<[u8]> + Send> Rewind for io::Cursor<B> {
    fn rewind_to(&mut self, offset: u64) -> bool {
        self.set_position(offset);
        true
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
    /// The push-back buffer keeps its allocation, so looking ahead at every
    /// record costs no allocation once it has grown.
    pub fn unread(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        if self.pushback_at >= bytes.len() {
            self.pushback_at -= bytes.len();
            self.pushback[self.pushback_at..self.pushback_at + bytes.len()].copy_from_slice(bytes);
        } else {
            self.pushback.drain(..self.pushback_at);
            self.pushback.splice(0..0, bytes.iter().copied());
            self.pushback_at = 0;
        }
        self.position -= bytes.len() as u64;
    }

    /// Forget taken-back bytes and count from `position` (after a seek).
    pub fn reset(&mut self, position: u64) {
        self.pushback.clear();
        self.pushback_at = 0;
        self.position = position;
    }

    /// Up to `out.len()` next bytes, left in the stream: the filled start
    /// of `out` (shorter only at the end of the stream).
    pub fn peek<'a>(&mut self, out: &'a mut [u8]) -> io::Result<&'a [u8]> {
        let available = self.fill_buf()?;
        if available.len() >= out.len() || available.is_empty() {
            // Usual case: the bytes are already buffered, nothing to take back.
            let n = available.len().min(out.len());
            out[..n].copy_from_slice(&available[..n]);
            return Ok(&out[..n]);
        }
        let mut filled = 0;
        while filled < out.len() {
            let available = self.fill_buf()?;
            if available.is_empty() {
                break;
            }
            let take = available.len().min(out.len() - filled);
            out[filled..filled + take].copy_from_slice(&available[..take]);
            self.consume(take);
            filled += take;
        }
        self.unread(&out[..filled]);
        Ok(&out[..filled])
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
    fn peek_leaves_bytes_in_place_across_buffer_refills() {
        let reader = std::io::BufReader::with_capacity(3, &b"abcdefgh"[..]);
        let mut stream = Stream::new(reader, 0);
        let mut out = [0u8; 4];
        assert_eq!(stream.peek(&mut out).unwrap(), b"abcd");
        assert_eq!(stream.position(), 0);
        let mut two = [0u8; 2];
        stream.read_exact(&mut two).unwrap();
        assert_eq!(stream.peek(&mut out).unwrap(), b"cdef");
        stream.unread(b"Z");
        assert_eq!(stream.peek(&mut out).unwrap(), b"Zcde");
        let mut rest = Vec::new();
        stream.read_to_end(&mut rest).unwrap();
        assert_eq!(rest, b"Zcdefgh");
        assert_eq!(stream.peek(&mut out).unwrap(), b"");
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
