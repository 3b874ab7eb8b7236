use std::io::{self, BufRead};

/// One line read with a length cap.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// The line fit; its bytes (without the newline) are in the buffer.
    Complete,
    /// The line had this many bytes, over the cap; it was skipped, not kept.
    TooLong(u64),
    /// No more input.
    End,
}

/// Read the next line into `buffer` (cleared first) unless it is longer
/// than `limit` bytes, in which case it is consumed without being kept, so
/// that one huge line costs no memory.
/// Also returns how many bytes were consumed (the line with its newline).
pub fn read_line_capped(
    reader: &mut dyn BufRead,
    buffer: &mut Vec<u8>,
    limit: u64,
) -> io::Result<(Line, u64)> {
    buffer.clear();
    let mut consumed_total: u64 = 0;
    let mut length: u64 = 0;
    let mut saw_any = false;
    let mut last_byte = None;
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            break;
        }
        saw_any = true;
        let (chunk, done) = match memchr::memchr(b'\n', available) {
            Some(at) => (&available[..at], Some(at + 1)),
            None => (available, None),
        };
        length += chunk.len() as u64;
        if let Some(&byte) = chunk.last() {
            last_byte = Some(byte);
        }
        // One byte of slack keeps a line whose only excess is its '\r'.
        if length <= limit.saturating_add(1) {
            buffer.extend_from_slice(chunk);
        }
        let consumed = done.unwrap_or(chunk.len());
        reader.consume(consumed);
        consumed_total += consumed as u64;
        if done.is_some() {
            break;
        }
    }
    if !saw_any {
        return Ok((Line::End, 0));
    }
    if last_byte == Some(b'\r') {
        length -= 1;
        if buffer.len() as u64 > length {
            buffer.pop();
        }
    }
    if length > limit {
        buffer.clear();
        return Ok((Line::TooLong(length), consumed_total));
    }
    Ok((Line::Complete, consumed_total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_skipped_not_kept() {
        let data = b"short\r\nxxxxxxxxxx\nlast";
        let mut reader = &data[..];
        let mut buffer = Vec::new();
        assert_eq!(
            read_line_capped(&mut reader, &mut buffer, 5).unwrap().0,
            Line::Complete
        );
        assert_eq!(buffer, b"short");
        assert_eq!(
            read_line_capped(&mut reader, &mut buffer, 5).unwrap().0,
            Line::TooLong(10)
        );
        assert!(buffer.is_empty());
        assert_eq!(
            read_line_capped(&mut reader, &mut buffer, 5).unwrap().0,
            Line::Complete
        );
        assert_eq!(buffer, b"last");
        assert_eq!(
            read_line_capped(&mut reader, &mut buffer, 5).unwrap().0,
            Line::End
        );
    }
}
