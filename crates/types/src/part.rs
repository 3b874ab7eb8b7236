//! Parts of a dump: part `K/N` is what starts in the `K`-th of `N` equal
//! ranges of the inputs' bytes, the files taken one after the other in the
//! order they are read. The reader (`newsmill-ingest`) reads a part; a
//! shard's manifest (`newsmill-report`) names it.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Part `index` of `count` (0-based).
/// Written as `K/N` (in `shard.json` too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Part {
    index: u64,
    count: u64,
}

/// Why a part could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartError(String);

impl fmt::Display for PartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PartError {}

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

impl From<Part> for String {
    fn from(part: Part) -> String {
        part.to_string()
    }
}

impl TryFrom<String> for Part {
    type Error = PartError;

    fn try_from(text: String) -> Result<Part, PartError> {
        text.parse()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_written_as_k_of_n() {
        let part = Part::new(3, 8).unwrap();
        assert_eq!(serde_json::to_string(&part).unwrap(), "\"3/8\"");
        assert_eq!(serde_json::from_str::<Part>("\"3/8\"").unwrap(), part);
        assert!(serde_json::from_str::<Part>("\"8/8\"").is_err());
    }

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
