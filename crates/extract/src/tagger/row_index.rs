//! Which hashed feature slots have weights, and where their weights are:
//! one `u32` per slot, 0 for the all-zero row every empty slot reads.
//!
//! A rank directory (one bit per slot and a count per 64 slots, 64 KiB
//! instead of 1 MiB) was tried: it stayed in cache, but without the CPU's
//! POPCNT (not in the x86-64 baseline) counting the bits cost more
//! instructions than the misses it saved, and whole runs were no faster.

/// Slot -> weight row (0 for an empty slot), for `2^bits` slots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RowIndex {
    table: Vec<u32>,
}

/// Why a list of slots cannot make an index.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum RowIndexError {
    /// A slot at or past `2^bits`.
    OutOfRange,
    /// A slot not greater than the one before it.
    NotIncreasing,
}

impl RowIndex {
    /// The index of `2^bits` slots whose filled slots are `filled`,
    /// strictly increasing: the k-th of them (from 0) gets row k + 1.
    pub(crate) fn from_filled(
        bits: u32,
        filled: impl IntoIterator<Item = u32>,
    ) -> Result<RowIndex, RowIndexError> {
        let slots = 1usize << bits;
        let mut table = vec![0u32; slots];
        let mut last: Option<u32> = None;
        let mut next = 0u32;
        for slot in filled {
            if slot as usize >= slots {
                return Err(RowIndexError::OutOfRange);
            }
            if last.is_some_and(|l| slot <= l) {
                return Err(RowIndexError::NotIncreasing);
            }
            last = Some(slot);
            next += 1;
            table[slot as usize] = next;
        }
        Ok(RowIndex { table })
    }

    /// The weight row of `slot` (taken modulo the number of slots); 0 when
    /// the slot is empty.
    #[inline(always)]
    pub(crate) fn row(&self, slot: u32) -> usize {
        let at = slot as usize & self.table.len().wrapping_sub(1);
        self.table.get(at).map_or(0, |&r| r as usize)
    }

    /// The filled slots, in increasing order (row k + 1 is the k-th).
    pub(crate) fn filled(&self) -> impl Iterator<Item = u32> + '_ {
        self.table
            .iter()
            .enumerate()
            .filter(|(_, &r)| r != 0)
            .map(|(slot, _)| slot as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filled_slot_reads_its_rank_and_an_empty_one_row_zero() {
        let filled = [0u32, 1, 63, 64, 200, 4095];
        let index = RowIndex::from_filled(12, filled).expect("increasing");
        for (k, &slot) in filled.iter().enumerate() {
            assert_eq!(index.row(slot), k + 1, "slot {slot}");
        }
        for empty in [2u32, 62, 65, 199, 201, 4094] {
            assert_eq!(index.row(empty), 0, "slot {empty}");
        }
        assert_eq!(index.filled().collect::<Vec<_>>(), filled);
    }

    #[test]
    fn slots_past_the_table_wrap_as_the_hashes_do() {
        let index = RowIndex::from_filled(8, [5u32]).expect("one slot");
        assert_eq!(index.row(256 + 5), 1);
        assert_eq!(index.row(u32::MAX), 0);
    }

    #[test]
    fn a_slot_list_out_of_order_or_out_of_range_is_refused() {
        assert_eq!(
            RowIndex::from_filled(8, [3u32, 3]),
            Err(RowIndexError::NotIncreasing)
        );
        assert_eq!(
            RowIndex::from_filled(8, [9u32, 4]),
            Err(RowIndexError::NotIncreasing)
        );
        assert_eq!(
            RowIndex::from_filled(8, [256u32]),
            Err(RowIndexError::OutOfRange)
        );
    }

    #[test]
    fn every_slot_of_a_dense_random_table_reads_its_rank() {
        let bits = 14;
        let mut rng = newsmill_testkit::Rng::new(18);
        let mut full = vec![0usize; 1 << bits];
        let mut filled = Vec::new();
        for (slot, row) in full.iter_mut().enumerate() {
            if rng.below(3) == 0 {
                filled.push(slot as u32);
                *row = filled.len();
            }
        }
        let index = RowIndex::from_filled(bits, filled.iter().copied()).expect("increasing");
        for (slot, &row) in full.iter().enumerate() {
            assert_eq!(index.row(slot as u32), row, "slot {slot}");
        }
        assert_eq!(index.filled().collect::<Vec<_>>(), filled);
    }
}
