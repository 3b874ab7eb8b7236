//! The emission scores a token's text gives itself and its neighbours,
//! summed once per text with one model's weights.

use super::token::{own_rows, TokInfo};
use super::{hash, row, T_NEXT, T_NEXT2, T_PREV, T_PREV2, T_SH_NEXT, T_SH_PREV};
use crate::tagger::labels::N_LABELS;
use crate::tagger::model::Model;

/// The emission scores that one token's text gives, summed once per text:
/// to itself ([`own_rows`]) and to the tokens up to two places either side
/// (their features of a neighbour's lower-cased form one and two places
/// away and of its shape one place away; `BOS`/`EOS` stand for both when
/// the sentence ends first). A sum of integer weights does not depend on the order
/// of adding, so scores built from these equal the listed features' scores.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordSums {
    pub own: [i32; N_LABELS],
    /// Added to the token one place after it, and two places after it.
    pub after1: [i32; N_LABELS],
    pub after2: [i32; N_LABELS],
    /// Added to the token one place before it, and two places before it.
    pub before1: [i32; N_LABELS],
    pub before2: [i32; N_LABELS],
}

impl WordSums {
    pub(crate) fn of(t: &TokInfo, model: &Model) -> WordSums {
        // All eighteen rows in one call: a text missing from the memo is
        // usually rare, its rows are far apart in the table, and asking for
        // them together lets their misses overlap (the CoNLL bench's tokens
        // per second +13% against adding them one by one; 5 alternating
        // rounds of `benches/tagger_ab.sh`).
        let own = own_rows(t, model.bits);
        let (after1, after2, before1, before2) = neighbour_rows(t.norm, t.shape, model.bits);
        let feats = [
            own[0], own[1], own[2], own[3], own[4], own[5], own[6], own[7], own[8], own[9],
            own[10], own[11], after1[0], after1[1], after2, before1[0], before1[1], before2,
        ];
        const GROUP: [usize; 18] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 3, 4];
        let mut sums = [[0; N_LABELS]; 5];
        model.add_grouped(&feats, &GROUP, &mut sums);
        let [own, after1, after2, before1, before2] = sums;
        WordSums {
            own,
            after1,
            after2,
            before1,
            before2,
        }
    }
}

/// The feature slots of what a token gives its neighbours: to the token
/// one and two places after it, and one and two places before it.
fn neighbour_rows(norm: u64, shape: u64, bits: u32) -> ([u32; 2], u32, [u32; 2], u32) {
    (
        [
            row(hash::pair(T_PREV, norm), bits),
            row(hash::pair(T_SH_PREV, shape), bits),
        ],
        row(hash::pair(T_PREV2, norm), bits),
        [
            row(hash::pair(T_NEXT, norm), bits),
            row(hash::pair(T_SH_NEXT, shape), bits),
        ],
        row(hash::pair(T_NEXT2, norm), bits),
    )
}

type Scores = [i32; N_LABELS];

/// What a token (or the sentence's start) gives the tokens after it.
pub(super) fn sums_after(norm: u64, shape: u64, model: &Model) -> (Scores, Scores) {
    let (after1, after2, _, _) = neighbour_rows(norm, shape, model.bits);
    let mut sums = [[0; N_LABELS]; 2];
    model.add_grouped(&[after1[0], after1[1], after2], &[0, 0, 1], &mut sums);
    let [one, two] = sums;
    (one, two)
}

/// What a token (or the sentence's end) gives the tokens before it.
pub(super) fn sums_before(norm: u64, shape: u64, model: &Model) -> (Scores, Scores) {
    let (_, _, before1, before2) = neighbour_rows(norm, shape, model.bits);
    let mut sums = [[0; N_LABELS]; 2];
    model.add_grouped(&[before1[0], before1[1], before2], &[0, 0, 1], &mut sums);
    let [one, two] = sums;
    (one, two)
}

pub(super) fn add_into(target: &mut Scores, add: &Scores) {
    for (t, a) in target.iter_mut().zip(add) {
        *t += a;
    }
}

/// Adds what the token at `i` of the sentence `a..b` gives itself and its
/// neighbours into `base`.
pub(super) fn scatter(base: &mut [Scores], i: usize, (a, b): (usize, usize), sums: &WordSums) {
    add_into(&mut base[i], &sums.own);
    if i + 1 < b {
        add_into(&mut base[i + 1], &sums.after1);
    }
    if i + 2 < b {
        add_into(&mut base[i + 2], &sums.after2);
    }
    if i > a {
        add_into(&mut base[i - 1], &sums.before1);
    }
    if i > a + 1 {
        add_into(&mut base[i - 2], &sums.before2);
    }
}

/// How the features of single tokens' texts reach the emission scores.
#[derive(Clone, Copy)]
pub(crate) enum WordFeatures<'m> {
    /// Listed in [`DocFeatures::feats`] with the others (training reads
    /// every feature; so do the tests that compare both ways).
    #[cfg_attr(not(any(test, feature = "train")), allow(dead_code))]
    Listed,
    /// Summed per text with this model's weights into
    /// [`DocFeatures::base`] (tagging: a text seen before costs a copy of
    /// its sums instead of eighteen weight look-ups).
    Summed(&'m Model),
}
