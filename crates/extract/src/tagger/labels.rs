//! Label set: `O` and BILOU over the four entity types.

use newsmill_types::EntityKind;

pub const N_TYPES: usize = 4;
pub const N_LABELS: usize = 1 + 4 * N_TYPES;
pub const O: usize = 0;
pub const B: usize = 0;
pub const I: usize = 1;
pub const L: usize = 2;
pub const U: usize = 3;
pub const KINDS: [EntityKind; N_TYPES] = [
    EntityKind::Person,
    EntityKind::Organisation,
    EntityKind::Place,
    EntityKind::Misc,
];

#[inline]
#[cfg(feature = "train")]
pub const fn label(ty: usize, pos: usize) -> usize {
    1 + ty * 4 + pos
}

#[inline]
pub const fn label_type(l: usize) -> Option<usize> {
    if l == O {
        None
    } else {
        Some((l - 1) / 4)
    }
}

#[inline]
pub const fn label_pos(l: usize) -> usize {
    (l - 1) % 4
}

#[inline]
pub const fn is_unit(l: usize) -> bool {
    l != O && label_pos(l) == U
}

/// Can `next` follow `prev` (None = sentence start)?
pub const fn allowed(prev: Option<usize>, next: usize) -> bool {
    let open = match prev {
        None => false,
        Some(p) => p != O && (label_pos(p) == B || label_pos(p) == I),
    };
    if open {
        let p = match prev {
            Some(p) => p,
            None => 0,
        };
        next != O
            && label_type(next).is_some()
            && (label_pos(next) == I || label_pos(next) == L)
            && {
                let a = (p - 1) / 4;
                let b = (next - 1) / 4;
                a == b
            }
    } else {
        next == O || label_pos(next) == B || label_pos(next) == U
    }
}

/// Can a sentence end after `l`?
pub const fn can_end(l: usize) -> bool {
    l == O || label_pos(l) == L || label_pos(l) == U
}

/// BILOU labels of a sentence from chunks.
#[cfg(feature = "train")]
pub fn from_chunks(n: usize, chunks: &[crate::conll::Chunk]) -> Vec<u8> {
    let mut out = vec![O as u8; n];
    for c in chunks {
        if c.start >= c.end || c.end > n {
            continue;
        }
        let ty = c.kind.index();
        if c.end - c.start == 1 {
            out[c.start] = label(ty, U) as u8;
        } else {
            out[c.start] = label(ty, B) as u8;
            for o in &mut out[c.start + 1..c.end - 1] {
                *o = label(ty, I) as u8;
            }
            out[c.end - 1] = label(ty, L) as u8;
        }
    }
    out
}

/// Chunks (token ranges) of a valid BILOU label sequence.
pub fn to_chunks(labels: &[u8]) -> Vec<crate::conll::Chunk> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &l) in labels.iter().enumerate() {
        let l = l as usize;
        let Some(ty) = label_type(l) else {
            start = None;
            continue;
        };
        match label_pos(l) {
            U => out.push(crate::conll::Chunk {
                start: i,
                end: i + 1,
                kind: KINDS[ty],
            }),
            B => start = Some(i),
            L => {
                if let Some(s) = start.take() {
                    out.push(crate::conll::Chunk {
                        start: s,
                        end: i + 1,
                        kind: KINDS[ty],
                    });
                }
            }
            _ => {}
        }
    }
    out
}
