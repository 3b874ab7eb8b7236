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
        let mut own = [0; N_LABELS];
        for r in own_rows(t, model.bits) {
            model.add_row(r, &mut own);
        }
        let (after1, after2) = sums_after(t.norm, t.shape, model);
        let (before1, before2) = sums_before(t.norm, t.shape, model);
        WordSums {
            own,
            after1,
            after2,
            before1,
            before2,
        }
    }
}

type Scores = [i32; N_LABELS];

/// What a token (or the sentence's start) gives the tokens after it.
pub(super) fn sums_after(norm: u64, shape: u64, model: &Model) -> (Scores, Scores) {
    let (mut one, mut two) = ([0; N_LABELS], [0; N_LABELS]);
    model.add_row(row(hash::pair(T_PREV, norm), model.bits), &mut one);
    model.add_row(row(hash::pair(T_SH_PREV, shape), model.bits), &mut one);
    model.add_row(row(hash::pair(T_PREV2, norm), model.bits), &mut two);
    (one, two)
}

/// What a token (or the sentence's end) gives the tokens before it.
pub(super) fn sums_before(norm: u64, shape: u64, model: &Model) -> (Scores, Scores) {
    let (mut one, mut two) = ([0; N_LABELS], [0; N_LABELS]);
    model.add_row(row(hash::pair(T_NEXT, norm), model.bits), &mut one);
    model.add_row(row(hash::pair(T_SH_NEXT, shape), model.bits), &mut one);
    model.add_row(row(hash::pair(T_NEXT2, norm), model.bits), &mut two);
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
