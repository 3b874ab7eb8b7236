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

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::str::FromStr;

/// Part `index` of `count` (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    index: u64,
    count: u64,
}

/// Why a part could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct PartError(String);

impl Part {
    /// Part `index` of `count`: `index < count`.
    pub fn new(index: u64, count: u64) -> Result<Part, PartError> {
        if count == 0 || index >= count {
            return Err(PartError(format!(
                "part {index}/{count}: the index counts from 0 and must be below the number of parts"
            )));
        }
        Ok(Part { index, count })
    }

    pub fn index(&self) -> u64 {
        self.index
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    /// Whether this part reads what belongs to no file.
    pub fn reads_unplaced(&self) -> bool {
        self.index == 0
    }

    /// The part's byte range `[start, end)` of inputs of `total` bytes.
    pub fn byte_range(&self, total: u64) -> (u64, u64) {
        (
            self.start_of(self.index, total),
            self.start_of(self.index + 1, total),
        )
    }

    fn start_of(&self, index: u64, total: u64) -> u64 {
        (u128::from(total) * u128::from(index) / u128::from(self.count)) as u64
    }

    /// Whether the byte at `offset` of inputs of `total` bytes starts in
    /// this part: the part is the last whose range starts at or before it
    /// (so an empty file at the very end is the last part's).
    pub fn owns(&self, offset: u64, total: u64) -> bool {
        let (start, end) = self.byte_range(total);
        start <= offset && (offset < end || self.index + 1 == self.count)
            // Parts with empty ranges own nothing but what the last holds.
            && !(start == end && self.index + 1 < self.count)
    }
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl FromStr for Part {
    type Err = PartError;

    /// `K/N`, as `3/8`.
    fn from_str(text: &str) -> Result<Part, PartError> {
        let bad = || PartError(format!("{text:?} is not a part: write K/N, as 3/8"));
        let (index, count) = text.split_once('/').ok_or_else(bad)?;
        let index = index.trim().parse().map_err(|_| bad())?;
        let count = count.trim().parse().map_err(|_| bad())?;
        Part::new(index, count)
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_read_from_text() {
        assert_eq!("3/8".parse::<Part>(), Part::new(3, 8));
        for bad in ["8/8", "1/0", "3", "a/b", "-1/4"] {
            assert!(bad.parse::<Part>().is_err(), "{bad}");
        }
        assert_eq!(Part::new(3, 8).map(|p| p.to_string()), Ok("3/8".into()));
    }

    #[test]
    fn byte_ranges_tile_the_file() {
        for size in [0u64, 1, 7, 100, 1_000_003] {
            for count in 1..=9 {
                let mut next = 0;
                for index in 0..count {
                    let (start, end) = Part::new(index, count).unwrap().byte_range(size);
                    assert_eq!(start, next);
                    assert!(end >= start);
                    next = end;
                }
                assert_eq!(next, size);
            }
        }
    }

    #[test]
    fn every_offset_has_one_owner() {
        for total in [0u64, 1, 5, 64, 1001] {
            for count in 1..=9 {
                for offset in 0..=total {
                    let owners = (0..count)
                        .filter(|&k| Part::new(k, count).unwrap().owns(offset, total))
                        .count();
                    assert_eq!(owners, 1, "offset {offset} of {total}, {count} parts");
                }
            }
        }
    }
}
