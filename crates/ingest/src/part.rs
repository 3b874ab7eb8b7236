//! Parts of a dump: part `K/N` is what starts in the `K`-th of `N` equal
//! ranges of the inputs' bytes, the files taken one after the other in the
//! order they are read. Several processes, or the tasks of a cluster
//! engine, each read their own part, and every record is read by exactly
//! one of them, with the line numbers and ids a reader of the whole dump
//! gives it.
//!
//! A plain JSON Lines file is split between lines: a line belongs to the
//! part its first byte falls in. A file that cannot be split (compressed,
//! a web archive, one article per file) belongs to the part its first byte
//! falls in. A failure of the walk (a path it cannot read, a folder's
//! index) is the part's where the walk is when it meets it; what belongs
//! nowhere (standard input, the count of a folder's skipped files) is
//! part 0's.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};

/// A file opened at its first line that starts at or after `start`.
pub(crate) struct LinesFrom {
    pub reader: BufReader<File>,
    /// Lines of the file before that line.
    pub lines_before: u64,
    /// Byte offset of that line in the file.
    pub offset: u64,
}

/// Open `file` at the first line that starts at or after byte `start`,
/// counting the lines before it.
pub(crate) fn lines_from(mut file: File, start: u64) -> io::Result<LinesFrom> {
    if start == 0 {
        return Ok(LinesFrom {
            reader: BufReader::new(file),
            lines_before: 0,
            offset: 0,
        });
    }
    let newlines = count_newlines(&mut file, start - 1)?;
    let mut reader = BufReader::new(file);
    let mut previous = [0u8; 1];
    reader.read_exact(&mut previous)?;
    if previous[0] == b'\n' {
        // A line starts exactly at `start`.
        return Ok(LinesFrom {
            reader,
            lines_before: newlines + 1,
            offset: start,
        });
    }
    // The line running across `start` is the part's before; skipped
    // without keeping it, however long it is.
    let mut consumed = 0u64;
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            break;
        }
        let (used, done) = match memchr::memchr(b'\n', available) {
            Some(at) => (at + 1, true),
            None => (available.len(), false),
        };
        reader.consume(used);
        consumed += used as u64;
        if done {
            break;
        }
    }
    Ok(LinesFrom {
        reader,
        lines_before: newlines + 1,
        offset: start + consumed,
    })
}

/// `\n` bytes in the first `length` bytes of `file`, which is left at
/// byte `length`.
fn count_newlines(file: &mut File, length: u64) -> io::Result<u64> {
    file.seek(SeekFrom::Start(0))?;
    let mut left = length;
    let mut buffer = vec![0u8; 1 << 20];
    let mut newlines = 0;
    while left > 0 {
        let want = buffer
            .len()
            .min(usize::try_from(left).unwrap_or(usize::MAX));
        let got = file.read(&mut buffer[..want])?;
        if got == 0 {
            break;
        }
        newlines += memchr::memchr_iter(b'\n', &buffer[..got]).count() as u64;
        left -= got as u64;
    }
    Ok(newlines)
}
