//! The records the template pass read, kept for the main pass when they fit
//! a budget: a dump that small is then decompressed and parsed once, not
//! twice. A larger dump is read again, so memory stays flat whatever its
//! size.

use newsmill_ingest::{Failure, IngestStats, InputPosition, Records};
use newsmill_types::Record;

/// One item of the input, as [`Records`] yields it.
pub(crate) type Item = Result<Record, Failure>;

/// Every item of the inputs, in input order, with the reader's counts at
/// the end: what a second reading of the same inputs would give.
pub(crate) struct HeldRecords {
    pub(crate) items: Vec<Item>,
    pub(crate) stats: IngestStats,
    /// The inputs' bytes on disk (compressed, where they are), all read.
    pub(crate) disk_bytes: u64,
}

/// Collects items while the input read so far (decompressed) fits in
/// `limit` bytes, then lets them go and keeps nothing more. A record holds
/// about as much memory as the input it was read from (a page read from
/// HTML keeps its markup and its text: up to twice that).
pub(crate) struct Holder {
    items: Option<Vec<Item>>,
    limit: u64,
}

impl Holder {
    /// A holder for at most `limit` bytes of input; 0 holds nothing.
    pub(crate) fn new(limit: u64) -> Holder {
        Holder {
            items: (limit > 0).then(Vec::new),
            limit,
        }
    }

    /// Takes the items of `batch` (leaving it empty) while the input read
    /// so far (`read_bytes`, decompressed; asked only while holding) fits
    /// the budget.
    pub(crate) fn keep(&mut self, batch: &mut Vec<Item>, read_bytes: impl FnOnce() -> u64) {
        match &mut self.items {
            Some(items) if read_bytes() <= self.limit => items.append(batch),
            _ => {
                self.items = None;
                batch.clear();
            }
        }
    }

    /// What was held, once `records` has been read to its end; `None` when
    /// the budget ran out.
    pub(crate) fn finish(self, records: &Records) -> Option<HeldRecords> {
        let position: InputPosition = records.position();
        self.items.map(|items| HeldRecords {
            items,
            stats: records.stats(),
            disk_bytes: position.bytes(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(text: &str) -> Item {
        Ok(Record::from_text("a", text))
    }

    #[test]
    fn holds_items_while_the_input_read_fits_then_none() {
        let mut holder = Holder::new(100);
        let mut batch = vec![record("x"), record("y")];
        holder.keep(&mut batch, || 60);
        assert!(batch.is_empty());
        assert_eq!(holder.items.as_ref().map(Vec::len), Some(2));
        let mut batch = vec![record("z")];
        holder.keep(&mut batch, || 100);
        assert_eq!(holder.items.as_ref().map(Vec::len), Some(3));
        let mut batch = vec![record("w")];
        holder.keep(&mut batch, || 101);
        assert!(batch.is_empty());
        assert!(holder.items.is_none(), "the input read is over the budget");
        // Once over, nothing more is kept.
        let mut batch = vec![record("")];
        holder.keep(&mut batch, || 101);
        assert!(holder.items.is_none());
    }

    #[test]
    fn a_zero_budget_holds_nothing() {
        let mut holder = Holder::new(0);
        let mut batch = vec![record("x")];
        holder.keep(&mut batch, || 0);
        assert!(batch.is_empty());
        assert!(holder.items.is_none());
    }
}
