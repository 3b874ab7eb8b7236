//! A small per-thread memo of what the tagger computes for a token's text
//! alone. A few hundred words ("the", "said", ",", "Minister") make up most
//! of any news text, and a token's eleven hashes cost far more than finding
//! them here. With a model, a slot also keeps the sums of the model's weights
//! for the features of the token's text alone ([`WordSums`]). The memo
//! changes no result, only how often they are computed.

use super::dictionary;
use super::features::{token_info, TokInfo, WordSums, F_ALL_UPPER, F_INIT_UPPER};
use super::hash;
use super::model::Model;
use std::cell::RefCell;

/// Slots of the direct-mapped memo: under 1 MiB a thread, most of it the
/// weight sums (a hit saves eighteen weight look-ups and hashes). With 4096
/// slots (2 MiB) more tokens were found here, but each find waited on
/// memory; with 1024 too many were computed again.
const SLOTS: usize = 2048;
/// Longest token text kept; longer tokens are rare and always computed.
const MAX_TEXT: usize = 22;

#[derive(Clone, Copy, Default)]
struct Slot {
    len: u8,
    text: [u8; MAX_TEXT],
    info: TokInfo,
    lower: u64,
    /// The [`Model::instance`] whose weights `sums` holds; 0 for none.
    sums_of: u64,
    sums: WordSums,
}

thread_local! {
    static MEMO: RefCell<Vec<Slot>> = RefCell::new(vec![Slot::default(); SLOTS]);
}

/// The token's [`token_info`] and [`hash::lower`], from the memo when the
/// same text was seen lately on this thread. A slot holds the whole text it
/// was computed for, so a hit is always the same token.
pub(crate) fn token_facts(token: &str) -> (TokInfo, u64) {
    let Some(index) = slot_index(token) else {
        return computed(token);
    };
    MEMO.with_borrow_mut(|memo| {
        let slot = holding(&mut memo[index], token);
        (slot.info, slot.lower)
    })
}

/// The slot a token's text goes to; `None` for texts the memo does not keep
/// (empty, or longer than [`MAX_TEXT`]).
fn slot_index(token: &str) -> Option<usize> {
    let bytes = token.as_bytes();
    (!bytes.is_empty() && bytes.len() <= MAX_TEXT)
        .then(|| (hash::bytes(0x6d65_6d6f, bytes) as usize) & (SLOTS - 1))
}

/// `slot`, made to hold `token` (of at most [`MAX_TEXT`] bytes) when it
/// held another text.
fn holding<'s>(slot: &'s mut Slot, token: &str) -> &'s mut Slot {
    let bytes = token.as_bytes();
    if usize::from(slot.len) != bytes.len() || slot.text[..bytes.len()] != *bytes {
        let (info, lower) = computed(token);
        slot.len = bytes.len() as u8;
        slot.text[..bytes.len()].copy_from_slice(bytes);
        slot.info = info;
        slot.lower = lower;
        slot.sums_of = 0;
    }
    slot
}

/// [`token_facts`], and `use_sums` called with the token's [`WordSums`]
/// under `model`, also from the memo when this text was seen lately with
/// the same model.
// Inlined into the feature loop, its one caller: left to itself the
// compiler stopped inlining it when code elsewhere in the crate grew, and
// a whole run cost 1.6% more instructions.
#[inline(always)]
pub(crate) fn token_facts_summed(
    token: &str,
    model: &Model,
    use_sums: impl FnOnce(&WordSums),
) -> (TokInfo, u64) {
    let Some(index) = slot_index(token) else {
        let (info, lower) = computed(token);
        use_sums(&WordSums::of(&info, model));
        return (info, lower);
    };
    MEMO.with_borrow_mut(|memo| {
        let slot = holding(&mut memo[index], token);
        if slot.sums_of != model.instance {
            slot.sums = WordSums::of(&slot.info, model);
            slot.sums_of = model.instance;
        }
        use_sums(&slot.sums);
        (slot.info, slot.lower)
    })
}

/// What the memo keeps for a token, computed.
fn computed(token: &str) -> (TokInfo, u64) {
    let mut info = token_info(token);
    let lower = hash::lower(token);
    if info.flags & (F_INIT_UPPER | F_ALL_UPPER) != 0 {
        info.dict = dictionary::class_of_lower(lower);
    }
    (info, lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: TokInfo, b: TokInfo) -> bool {
        (a.word, a.norm, a.shape, a.prefix, a.suffix, a.flags, a.dict)
            == (b.word, b.norm, b.shape, b.prefix, b.suffix, b.flags, b.dict)
    }

    #[test]
    fn memo_stays_under_one_mebibyte_a_thread() {
        assert!(SLOTS * std::mem::size_of::<Slot>() <= 1 << 20);
    }

    #[test]
    fn memo_answers_what_computing_answers() {
        // Twice each, so the second look comes from the memo; slots shared
        // by several texts must still answer for the right one.
        let words: Vec<String> = (0..5000)
            .map(|k| format!("w{k}"))
            .chain(["the", "The", "THE", "al-Qanua", "São", "Hamas’", ""].map(String::from))
            .chain(std::iter::once("x".repeat(40)))
            .collect();
        for _ in 0..2 {
            for w in &words {
                let (info, lower) = token_facts(w);
                assert!(same(info, computed(w).0), "{w}");
                assert_eq!(lower, hash::lower(w), "{w}");
            }
        }
        // Capitalised tokens carry their dictionary class, others none.
        assert_eq!(token_facts("Beat").0.dict, dictionary::ORDINARY);
        assert_eq!(token_facts("beat").0.dict, 0);
    }
}
