//! The best allowed label sequence of a sentence, by Viterbi over BILOU.

use super::labels::{self, N_LABELS};

const NEG: i32 = i32::MIN / 4;

/// Labels after which an entity may start (O, L-x, U-x).
const CLOSED: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];
/// Labels that may follow a closed label (O, B-x, U-x).
const OPENERS: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];
/// Vector lanes of the closed-to-opener step (9 used).
const LANES: usize = 16;

/// Viterbi over BILOU with hard constraints. `trans` is `from * N + to`.
/// Only allowed transitions are visited (O/B/U after O/L/U; I/L after B/I of
/// the same type).
pub(crate) fn viterbi(
    em: &[[i32; N_LABELS]],
    trans: &[i32],
    out: &mut Vec<u8>,
    deltas: &mut Vec<[i32; N_LABELS]>,
) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // The same code compiled with a vector maximum of 32-bit lanes,
        // which SSE2, the baseline, lacks (it compares and blends instead).
        #[allow(unsafe_code)]
        // SAFETY: the CPU has AVX2, checked just above.
        return unsafe { viterbi_avx2(em, trans, out, deltas) };
    }
    best_sequence(em, trans, out, deltas);
}

/// [`viterbi`] for a CPU with AVX2 (calling it elsewhere is undefined
/// behaviour, hence `unsafe` at the call).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn viterbi_avx2(
    em: &[[i32; N_LABELS]],
    trans: &[i32],
    out: &mut Vec<u8>,
    deltas: &mut Vec<[i32; N_LABELS]>,
) {
    best_sequence(em, trans, out, deltas);
}

#[inline(always)]
fn best_sequence(
    em: &[[i32; N_LABELS]],
    trans: &[i32],
    out: &mut Vec<u8>,
    deltas: &mut Vec<[i32; N_LABELS]>,
) {
    out.clear();
    let n = em.len();
    if n == 0 || trans.len() < N_LABELS * N_LABELS {
        return;
    }
    // The forward pass keeps only each step's scores, not back pointers:
    // a max alone vectorises, a max with its argument does not. The
    // backward pass then finds the one predecessor it needs per step.
    deltas.clear();
    deltas.reserve(n);
    // Transitions from closed labels to openers, as a dense block padded to
    // 16 lanes so that the inner loop compiles to whole vector maxima (the
    // padding lanes are computed and ignored).
    let mut tc = [[0i32; LANES]; 9];
    for (fi, &from) in CLOSED.iter().enumerate() {
        for (k, &to) in OPENERS.iter().enumerate() {
            tc[fi][k] = trans[from * N_LABELS + to];
        }
    }
    let mut delta = [NEG; N_LABELS];
    for (l, d) in delta.iter_mut().enumerate() {
        if labels::allowed(None, l) {
            *d = em[0][l];
        }
    }
    deltas.push(delta);
    for e in &em[1..] {
        let mut nd = [NEG; N_LABELS];
        // Targets that need a closed predecessor: O, B-y, U-y.
        let mut best = [NEG; LANES];
        for (fi, &from) in CLOSED.iter().enumerate() {
            let d = delta[from];
            let row = &tc[fi];
            for k in 0..LANES {
                // Plain adds (which the compiler vectorises, unlike
                // saturating ones): `delta` is shifted to a maximum of 0
                // every step, so sums stay far from overflow.
                best[k] = best[k].max(d.wrapping_add(row[k]));
            }
        }
        for (k, &to) in OPENERS.iter().enumerate() {
            nd[to] = best[k].wrapping_add(e[to]);
        }
        // I-y and L-y follow B-y or I-y.
        for y in 0..labels::N_TYPES {
            let (b, i) = (1 + 4 * y, 2 + 4 * y);
            for to in [i, i + 1] {
                let sb = delta[b].wrapping_add(trans[b * N_LABELS + to]);
                let si = delta[i].wrapping_add(trans[i * N_LABELS + to]);
                nd[to] = sb.max(si).wrapping_add(e[to]);
            }
        }
        // Shifting every score by one amount changes no comparison, and
        // keeps a long text's sums bounded: scores stay in [NEG, 0] (NEG is
        // a quarter of the range), a transition within MAX_TRANSITION
        // (checked when a model loads) and an emission a sum of i16
        // weights over a fixed set of features, so no add above wraps.
        let top = nd.iter().copied().max().unwrap_or(0);
        for d in &mut nd {
            *d = d.saturating_sub(top).max(NEG);
        }
        delta = nd;
        deltas.push(delta);
    }
    let mut best = NEG;
    let mut arg = 0usize;
    for (l, &d) in delta.iter().enumerate() {
        if labels::can_end(l) && d > best {
            best = d;
            arg = l;
        }
    }
    out.resize(n, 0);
    out[n - 1] = arg as u8;
    for t in (1..n).rev() {
        arg = best_predecessor(&deltas[t - 1], trans, arg);
        out[t - 1] = arg as u8;
    }
}

/// The predecessor of label `to` whose score the forward pass's maximum
/// took: for O, B-y and U-y the first closed label, in `CLOSED` order, whose
/// sum beats every earlier one strictly (`CLOSED[0]` when none beats NEG);
/// for I-y and L-y, I-y only when it beats B-y strictly.
fn best_predecessor(delta: &[i32; N_LABELS], trans: &[i32], to: usize) -> usize {
    if OPENERS.contains(&to) {
        // As the forward pass starts: from NEG, with the first closed label.
        let mut best = NEG;
        let mut arg = CLOSED[0];
        for &from in &CLOSED {
            let s = delta[from].wrapping_add(trans[from * N_LABELS + to]);
            if s > best {
                best = s;
                arg = from;
            }
        }
        arg
    } else {
        // I-y or L-y: from B-y or I-y, B-y on a tie.
        let y = (to - 1) / 4;
        let (b, i) = (1 + 4 * y, 2 + 4 * y);
        let sb = delta[b].wrapping_add(trans[b * N_LABELS + to]);
        let si = delta[i].wrapping_add(trans[i * N_LABELS + to]);
        if si > sb {
            i
        } else {
            b
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::model;

    /// The best score of any allowed label sequence, by trying them all.
    fn best_score_by_search(em: &[[i32; N_LABELS]], trans: &[i32]) -> i64 {
        fn go(
            t: usize,
            prev: Option<usize>,
            acc: i64,
            em: &[[i32; N_LABELS]],
            trans: &[i32],
        ) -> i64 {
            if t == em.len() {
                return match prev {
                    Some(p) if labels::can_end(p) => acc,
                    _ => i64::MIN,
                };
            }
            let mut best = i64::MIN;
            for l in 0..N_LABELS {
                if !labels::allowed(prev, l) {
                    continue;
                }
                let step = match prev {
                    Some(p) => i64::from(trans[p * N_LABELS + l]),
                    None => 0,
                };
                best = best.max(go(
                    t + 1,
                    Some(l),
                    acc + step + i64::from(em[t][l]),
                    em,
                    trans,
                ));
            }
            best
        }
        go(0, None, 0, em, trans)
    }

    fn path_score(path: &[u8], em: &[[i32; N_LABELS]], trans: &[i32]) -> i64 {
        let mut score = 0i64;
        for (t, &l) in path.iter().enumerate() {
            let l = usize::from(l);
            let prev = t.checked_sub(1).map(|p| usize::from(path[p]));
            assert!(
                labels::allowed(prev, l),
                "step {t} of {path:?} is not allowed"
            );
            if let Some(p) = prev {
                score += i64::from(trans[p * N_LABELS + l]);
            }
            score += i64::from(em[t][l]);
        }
        assert!(labels::can_end(usize::from(path[path.len() - 1])));
        score
    }

    /// The Viterbi this module had before it kept scores instead of back
    /// pointers (`viterbi` at ea19c29), kept as written for checking that
    /// ties still resolve the same way: a reference, not code to improve.
    fn viterbi_with_back_pointers(em: &[[i32; N_LABELS]], trans: &[i32]) -> Vec<u8> {
        let n = em.len();
        let mut back = vec![[0u8; N_LABELS]; n];
        let mut delta = [NEG; N_LABELS];
        for (l, d) in delta.iter_mut().enumerate() {
            if labels::allowed(None, l) {
                *d = em[0][l];
            }
        }
        for t in 1..n {
            let mut nd = [NEG; N_LABELS];
            let mut best = [NEG; 9];
            let mut arg = [0u8; 9];
            for &from in &CLOSED {
                for (k, &to) in OPENERS.iter().enumerate() {
                    let s = delta[from].wrapping_add(trans[from * N_LABELS + to]);
                    if s > best[k] {
                        best[k] = s;
                        arg[k] = from as u8;
                    }
                }
            }
            for (k, &to) in OPENERS.iter().enumerate() {
                nd[to] = best[k].wrapping_add(em[t][to]);
                back[t][to] = arg[k];
            }
            for y in 0..labels::N_TYPES {
                let (b, i) = (1 + 4 * y, 2 + 4 * y);
                for to in [i, i + 1] {
                    let sb = delta[b].wrapping_add(trans[b * N_LABELS + to]);
                    let si = delta[i].wrapping_add(trans[i * N_LABELS + to]);
                    let (best, arg) = if si > sb { (si, i) } else { (sb, b) };
                    nd[to] = best.wrapping_add(em[t][to]);
                    back[t][to] = arg as u8;
                }
            }
            let top = nd.iter().copied().max().unwrap_or(0);
            for d in &mut nd {
                *d = d.saturating_sub(top).max(NEG);
            }
            delta = nd;
        }
        let (mut best, mut arg) = (NEG, 0usize);
        for (l, &d) in delta.iter().enumerate() {
            if labels::can_end(l) && d > best {
                best = d;
                arg = l;
            }
        }
        let mut out = vec![0u8; n];
        out[n - 1] = arg as u8;
        for t in (1..n).rev() {
            arg = usize::from(back[t][arg]);
            out[t - 1] = arg as u8;
        }
        out
    }

    #[test]
    fn viterbi_breaks_ties_as_the_back_pointer_version_did() {
        // CI's machines have AVX2: there `viterbi` runs its AVX2 build, and
        // `best_sequence` below the portable one.
        #[cfg(target_arch = "x86_64")]
        assert!(
            std::env::var_os("CI").is_none() || std::arch::is_x86_feature_detected!("avx2"),
            "the AVX2 build must be tested on CI"
        );
        let mut rng = newsmill_testkit::Rng::new(29);
        let (mut out, mut deltas) = (Vec::new(), Vec::new());
        for round in 0..300 {
            // Few distinct values make ties common; the last rounds use
            // transitions so negative that sums fall to the NEG floor.
            let span = [3, 5, 2000][round % 3];
            let floor = round >= 250;
            let trans: Vec<i32> = (0..N_LABELS * N_LABELS)
                .map(|_| {
                    if floor && rng.below(2) == 0 {
                        -(model::MAX_TRANSITION as i32)
                    } else {
                        rng.below(span) as i32 - (span / 2) as i32
                    }
                })
                .collect();
            let n = 1 + rng.below(30);
            let em: Vec<[i32; N_LABELS]> = (0..n)
                .map(|_| std::array::from_fn(|_| rng.below(span) as i32 - (span / 2) as i32))
                .collect();
            let expected = viterbi_with_back_pointers(&em, &trans);
            viterbi(&em, &trans, &mut out, &mut deltas);
            assert_eq!(out, expected, "round {round}");
            // The build for CPUs without AVX2, which `viterbi` skips on a
            // CPU with it.
            best_sequence(&em, &trans, &mut out, &mut deltas);
            assert_eq!(out, expected, "round {round}, portable build");
        }
    }

    #[test]
    fn viterbi_finds_the_best_allowed_sequence() {
        let mut rng = newsmill_testkit::Rng::new(17);
        let mut draw = |span: usize| rng.below(span) as i32 - (span / 2) as i32;
        let (mut out, mut deltas) = (Vec::new(), Vec::new());
        for round in 0..60 {
            let trans: Vec<i32> = (0..N_LABELS * N_LABELS).map(|_| draw(2000)).collect();
            let n = 1 + round % 4;
            let em: Vec<[i32; N_LABELS]> = (0..n)
                .map(|_| std::array::from_fn(|_| draw(4000)))
                .collect();
            viterbi(&em, &trans, &mut out, &mut deltas);
            assert_eq!(out.len(), n);
            assert_eq!(
                path_score(&out, &em, &trans),
                best_score_by_search(&em, &trans),
                "round {round}"
            );
        }
    }
}
