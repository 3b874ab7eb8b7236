//! The records the template pass read, kept for the main pass when they fit
//! a budget: a dump that small is then decompressed and parsed once, not
//! twice. A larger dump is read again, so memory stays flat whatever its
//! size.

use newsmill_ingest::{Failure, IngestStats, InputPosition, Records};
use newsmill_types::Record;

/// One item of the input, as [`Records`] yields it.
pub(crate) type Item = Result<Record, Failure>;

/// Bytes counted for each item on top of its strings: the `Record` itself,
/// its map's nodes, the vector slot.
const ITEM_OVERHEAD: usize = 256;

/// Every item of the inputs, in input order, with the reader's counts at
/// the end: what a second reading of the same inputs would give.
pub(crate) struct HeldRecords {
    pub(crate) items: Vec<Item>,
    pub(crate) stats: IngestStats,
    /// The inputs' bytes on disk (compressed, where they are), all read.
    pub(crate) disk_bytes: u64,
}

/// Collects items until they outgrow `limit` bytes, then lets them go and
/// keeps nothing more.
pub(crate) struct Holder {
    items: Option<Vec<Item>>,
    bytes: usize,
    limit: usize,
}

impl Holder {
    /// A holder of at most `limit` bytes; 0 holds nothing.
    pub(crate) fn new(limit: usize) -> Holder {
        Holder {
            items: (limit > 0).then(Vec::new),
            bytes: 0,
            limit,
        }
    }

    /// Takes the items of `batch` (leaving it empty) while the budget
    /// lasts.
    pub(crate) fn keep(&mut self, batch: &mut Vec<Item>) {
        let Some(items) = &mut self.items else {
            batch.clear();
            return;
        };
        self.bytes = batch
            .iter()
            .map(item_bytes)
            .fold(self.bytes, usize::saturating_add);
        if self.bytes > self.limit {
            self.items = None;
            batch.clear();
        } else {
            items.append(batch);
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

/// About the memory an item holds.
fn item_bytes(item: &Item) -> usize {
    let strings = match item {
        Ok(record) => {
            let optional = |s: &Option<String>| s.as_ref().map_or(0, String::len);
            record.id.len()
                + record.text.len()
                + optional(&record.title)
                + optional(&record.url)
                + optional(&record.date)
                + optional(&record.html)
                + record
                    .meta
                    .iter()
                    .map(|(key, value)| key.len() + value.to_string().len())
                    .sum::<usize>()
        }
        Err(failure) => failure.id.len() + failure.error.to_string().len(),
    };
    strings + ITEM_OVERHEAD
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(text: &str) -> Item {
        Ok(Record::from_text("a", text))
    }

    #[test]
    fn holds_items_until_the_budget_runs_out_then_none() {
        let mut holder = Holder::new(2 * ITEM_OVERHEAD + 100);
        let mut batch = vec![record("x"), record("y")];
        holder.keep(&mut batch);
        assert!(batch.is_empty());
        assert_eq!(holder.items.as_ref().map(Vec::len), Some(2));
        let mut batch = vec![record("z")];
        holder.keep(&mut batch);
        assert!(batch.is_empty());
        assert!(holder.items.is_none(), "three items are over the budget");
        // Once over, nothing more is kept, however small.
        let mut batch = vec![record("")];
        holder.keep(&mut batch);
        assert!(holder.items.is_none());
    }

    #[test]
    fn a_zero_budget_holds_nothing() {
        let mut holder = Holder::new(0);
        let mut batch = vec![record("x")];
        holder.keep(&mut batch);
        assert!(batch.is_empty());
        assert!(holder.items.is_none());
    }

    #[test]
    fn a_record_is_counted_by_its_text_and_fields() {
        let short = item_bytes(&record("ab"));
        let long = item_bytes(&record(&"ab".repeat(1000)));
        assert_eq!(long - short, 1998);
    }
}
