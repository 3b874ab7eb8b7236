//! Small, fast, deterministic hashing of byte slices (FxHash style) used for
//! feature hashing and gazetteer keys. Never depends on process state.

const K: u64 = 0x517c_c1b7_2722_0a95;

/// Mixes one 64-bit word into a hash state.
#[inline(always)]
pub fn add(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// Final avalanche (so that the high bits are well mixed).
#[inline(always)]
pub fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hash of `bytes` with a seed.
#[inline]
pub fn bytes(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = add(seed, bytes.len() as u64);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        h = add(h, u64::from_le_bytes(a));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut a = [0u8; 8];
        a[..rest.len()].copy_from_slice(rest);
        h = add(h, u64::from_le_bytes(a));
    }
    finish(h)
}

/// Hash of two values (e.g. a template id and a value).
#[inline(always)]
pub fn pair(a: u64, b: u64) -> u64 {
    finish(add(add(0x9e37_79b9_7f4a_7c15, a), b))
}

/// Hash of three values.
#[inline(always)]
pub fn triple(a: u64, b: u64, c: u64) -> u64 {
    finish(add(add(add(0x9e37_79b9_7f4a_7c15, a), b), c))
}

/// Lowercased (ASCII and common Unicode letters) hash of a token, without
/// allocating. Digits are kept.
pub fn lower(s: &str) -> u64 {
    let mut buf = [0u8; 64];
    let n = lower_into(s, &mut buf, false);
    if n <= buf.len() {
        bytes(0x1234_5678, &buf[..n])
    } else {
        // Very long token: hash in pieces.
        let mut h = 0x1234_5678u64;
        for piece in s.as_bytes().chunks(48) {
            let mut b2 = [0u8; 48];
            for (d, &c) in b2.iter_mut().zip(piece) {
                *d = c.to_ascii_lowercase();
            }
            h = add(h, bytes(0, &b2[..piece.len()]));
        }
        finish(h)
    }
}

/// Writes the lowercased form of `s` (optionally with digits mapped to `0`)
/// into `buf`, returning its length; returns a length > buf.len() when it
/// does not fit (the buffer then holds a prefix).
pub fn lower_into(s: &str, buf: &mut [u8], digits_to_zero: bool) -> usize {
    let mut n = 0;
    if s.is_ascii() {
        for &b in s.as_bytes() {
            if n >= buf.len() {
                return buf.len() + 1;
            }
            buf[n] = if digits_to_zero && b.is_ascii_digit() {
                b'0'
            } else {
                b.to_ascii_lowercase()
            };
            n += 1;
        }
        return n;
    }
    for c in s.chars() {
        let mut tmp = [0u8; 4];
        let lc = if c.is_uppercase() {
            c.to_lowercase().next().unwrap_or(c)
        } else if digits_to_zero && c.is_ascii_digit() {
            '0'
        } else {
            c
        };
        let enc = lc.encode_utf8(&mut tmp);
        if n + enc.len() > buf.len() {
            return buf.len() + 1;
        }
        buf[n..n + enc.len()].copy_from_slice(enc.as_bytes());
        n += enc.len();
    }
    n
}
