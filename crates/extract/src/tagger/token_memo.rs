//! A per-thread memo of what the tagger computes for a token's text
//! alone. A few hundred words ("the", "said", ",", "Minister") make up most
//! of any news text, and a token's eleven hashes cost far more than finding
//! them here. With a model, a slot also keeps the sums of the model's weights
//! for the features of the token's text alone ([`WordSums`]). The memo
//! changes no result, only how often they are computed.

use super::dictionary;
use super::features::{token_info, TokInfo, WordSums, F_ALL_UPPER, F_INIT_UPPER};
use super::hash;
use super::model::Model;
use super::prefetch::prefetch_all;
use std::cell::RefCell;

/// Slots of the memo: 3.75 MiB a thread (480 bytes a slot),
/// most of it the weight sums (a hit saves eighteen weight look-ups and
/// hashes). Since a sentence's slots are asked for together
/// ([`SentenceSlots`]), a memo larger than the core's own cache pays: on the
/// 4 MB generated dump the weight sums were computed 93.5 k times with 2048
/// slots and 48.5 k times with 8192 (callgrind, `bash
/// benches/run_instructions.sh 4`), and a one-core run of it went 3.4%
/// faster (`RUN_AB_DUMP=/tmp/newsmill-peer/dump-4.jsonl.gz RUN_AB_CPUS=0
/// bash benches/run_ab.sh ddb0496 4 41 1`; each text then had one slot).
/// 16384 slots gained little more for twice the memory. Two slots a set
/// ([`WAYS`]) took the count to 34.0 k (3,533.6 M instructions against
/// 3,561.8 M with one; the tagger bench's `testa_tag_document` +3%, `bash
/// benches/tagger_ab.sh f352ecb 5`).
const SLOTS: usize = 8192;
/// Slots a text may go to: the two of its set. A text new to the memo
/// takes the one whose text has been found the fewer times, once that
/// count has run down (each miss of the set lowers it by one), so a word
/// seen once does not push out one seen all along.
const WAYS: usize = 2;
/// Finds a slot's count stops at.
const MAX_HITS: u8 = 15;
/// Longest token text kept; longer tokens are rare and always computed.
const MAX_TEXT: usize = 22;

#[derive(Clone, Copy, Default)]
struct Slot {
    len: u8,
    text: [u8; MAX_TEXT],
    /// Finds of this text since it came in, less the misses of the set
    /// that wanted its place; at most [`MAX_HITS`].
    hits: u8,
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
    let Some(set) = set_index(token) else {
        return computed(token);
    };
    MEMO.with_borrow_mut(|memo| match holding(memo, set, token) {
        Some(slot) => (slot.info, slot.lower),
        None => computed(token),
    })
}

/// The set a token's text goes to (the index of its first slot); `None`
/// for texts the memo does not keep (empty, or longer than [`MAX_TEXT`]).
fn set_index(token: &str) -> Option<usize> {
    kept(token).then(|| {
        let sets = SLOTS / WAYS;
        ((hash::bytes(0x6d65_6d6f, token.as_bytes()) as usize) & (sets - 1)) * WAYS
    })
}

/// Whether the memo keeps `token`'s text.
fn kept(token: &str) -> bool {
    !token.is_empty() && token.len() <= MAX_TEXT
}

impl Slot {
    fn holds(&self, bytes: &[u8]) -> bool {
        usize::from(self.len) == bytes.len() && self.text.get(..bytes.len()) == Some(bytes)
    }
}

/// The slot of the set starting at `set` that holds `token` (which the
/// memo keeps: [`kept`]), made to hold it if it is new and a slot gives
/// way; `None` when it is new and none does (then it is computed and not
/// kept).
fn holding<'s>(memo: &'s mut [Slot], set: usize, token: &str) -> Option<&'s mut Slot> {
    let bytes = token.as_bytes();
    let ways = memo.get_mut(set..set + WAYS)?;
    if let Some(way) = ways.iter().position(|slot| slot.holds(bytes)) {
        let slot = &mut ways[way];
        slot.hits = (slot.hits + 1).min(MAX_HITS);
        return Some(slot);
    }
    let fewer = (1..WAYS).fold(0, |w, v| if ways[v].hits < ways[w].hits { v } else { w });
    let slot = &mut ways[fewer];
    if slot.hits > 0 {
        slot.hits -= 1;
        return None;
    }
    let (info, lower) = computed(token);
    slot.len = bytes.len() as u8;
    slot.text[..bytes.len()].copy_from_slice(bytes);
    slot.info = info;
    slot.lower = lower;
    slot.sums_of = 0;
    Some(slot)
}

/// The memo slots of one sentence's tokens. They are found, and asked of
/// the cache, all at once before the sentence is read: the memo is spread
/// over megabytes, and a token at a time, each look-up waited on
/// memory in turn; a sentence at a time, the waits overlap (the tagger
/// bench's `testa_tag_document` +10%, `bash benches/tagger_ab.sh c80d4f7 7`).
#[derive(Default)]
pub(crate) struct SentenceSlots {
    slots: Vec<Option<usize>>,
}

impl SentenceSlots {
    /// Finds the slots of `tokens` and asks the cache for them.
    pub(crate) fn prefetch<S: AsRef<str>>(&mut self, tokens: &[S]) {
        self.slots.clear();
        self.slots
            .extend(tokens.iter().map(|t| set_index(t.as_ref())));
        MEMO.with_borrow(|memo| {
            for set in self.slots.iter().flatten() {
                for slot in memo.get(*set..*set + WAYS).unwrap_or(&[]) {
                    prefetch_all(slot);
                }
            }
        });
    }

    /// [`token_facts`] of `token`, the `k`-th of the sentence last
    /// prefetched, and `use_sums` called with its [`WordSums`] under
    /// `model`, also from the memo when this text was seen lately with the
    /// same model. (A slot holds the whole text it was computed for, so a
    /// `k` that is not the token's costs time, never a wrong answer.)
    // Inlined into the feature loop, its one caller: left to itself the
    // compiler stopped inlining it when code elsewhere in the crate grew,
    // and a whole run cost 1.6% more instructions.
    #[inline(always)]
    pub(crate) fn facts_summed(
        &self,
        k: usize,
        token: &str,
        model: &Model,
        use_sums: impl FnOnce(&WordSums),
    ) -> (TokInfo, u64) {
        let index = self.slots.get(k).copied().flatten().filter(|_| kept(token));
        MEMO.with_borrow_mut(|memo| {
            let Some(slot) = index.and_then(|set| holding(memo, set, token)) else {
                let (info, lower) = computed(token);
                use_sums(&WordSums::of(&info, model));
                return (info, lower);
            };
            if slot.sums_of != model.instance {
                slot.sums = WordSums::of(&slot.info, model);
                slot.sums_of = model.instance;
            }
            use_sums(&slot.sums);
            (slot.info, slot.lower)
        })
    }
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
    fn memo_stays_under_four_mebibytes_a_thread() {
        assert!(SLOTS * std::mem::size_of::<Slot>() <= 4 << 20);
    }

    #[test]
    fn memo_answers_what_computing_answers() {
        // Twice each, so the second look comes from the memo; slots shared
        // by several texts must still answer for the right one.
        let words: Vec<String> = (0..3 * SLOTS)
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

    /// Texts other than `text` that go to its set.
    fn set_mates(text: &str, n: usize) -> Vec<String> {
        let set = set_index(text);
        (0..)
            .map(|k| format!("m{k}"))
            .filter(|w| set_index(w) == set)
            .take(n)
            .collect()
    }

    #[test]
    fn a_text_found_often_keeps_its_slot_and_a_new_one_waits_its_turn() {
        let set = set_index("anchor").expect("kept");
        let mates = set_mates("anchor", 21);
        let (twenty, new) = (&mates[..20], mates[20].as_str());
        MEMO.with_borrow_mut(|memo| {
            for slot in &mut memo[set..set + WAYS] {
                *slot = Slot::default();
            }
            // Found five times: four finds counted.
            for _ in 0..5 {
                assert!(holding(memo, set, "anchor").is_some());
            }
            // Twenty texts seen once each share the other slot.
            for w in twenty {
                assert!(holding(memo, set, w).is_some(), "{w} takes the unused slot");
            }
            assert!(memo[set..set + WAYS].iter().any(|s| s.holds(b"anchor")));
            // A text found twice more holds that slot with two finds; a new
            // text waits two misses, then takes it.
            let held = &twenty[19];
            for _ in 0..2 {
                assert!(holding(memo, set, held).is_some());
            }
            assert!(holding(memo, set, new).is_none(), "first miss");
            assert!(holding(memo, set, new).is_none(), "second miss");
            assert!(holding(memo, set, new).is_some(), "then it comes in");
            assert!(memo[set..set + WAYS].iter().any(|s| s.holds(b"anchor")));
            assert!(!memo[set..set + WAYS]
                .iter()
                .any(|s| s.holds(held.as_bytes())));
        });
        // Whether kept or not, the answers are the computed ones.
        for w in mates.iter().map(String::as_str).chain(["anchor"]) {
            assert_eq!(token_facts(w).1, computed(w).1, "{w}");
        }
    }

    #[test]
    fn sentence_slots_answer_what_computing_answers() {
        let model = crate::tagger::Tagger::english().model();
        // Texts that share slots (three for each slot), a text the memo
        // does not keep (too long), repeats within a sentence.
        let long = "x".repeat(40);
        let words: Vec<String> = (0..3 * SLOTS).map(|k| format!("w{k}")).collect();
        let mut sentences: Vec<Vec<&str>> = words
            .chunks(25)
            .map(|c| c.iter().map(String::as_str).collect())
            .collect();
        sentences.push(vec!["Katz", "said", "Katz", long.as_str(), "Gaza", ""]);
        let mut slots = SentenceSlots::default();
        for round in 0..2 {
            for sentence in &sentences {
                slots.prefetch(sentence);
                for (k, &token) in sentence.iter().enumerate() {
                    let mut seen = None;
                    let (info, lower) = slots.facts_summed(k, token, model, |s| seen = Some(*s));
                    let (want_info, want_lower) = computed(token);
                    assert!(same(info, want_info), "{token}");
                    assert_eq!(lower, want_lower, "{token}");
                    assert_eq!(seen, Some(WordSums::of(&want_info, model)), "{token}");
                    // Another token's slot, or none: the same answers.
                    let other = (k + round + 1) % (sentence.len() + 1);
                    let mut seen_other = None;
                    let (info, _) =
                        slots.facts_summed(other, token, model, |s| seen_other = Some(*s));
                    assert!(same(info, want_info), "{token} at {other}");
                    assert_eq!(seen_other, seen, "{token} at {other}");
                }
            }
        }
    }
}
