//! What the tagger knows of one token's text on its own: its hashes (word,
//! lower-cased form, shape, affixes), its flags, and the rows of the
//! features that text alone gives.

use super::{hash, row, F_ALL_UPPER, F_ALPHA, F_INIT_UPPER, F_LOWER, F_PARTICLE};
use super::{T_BIAS, T_NORM, T_PREFIX, T_SHAPE, T_SUFFIX, T_WORD};

/// Per-token precomputed values.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TokInfo {
    pub word: u64,
    pub norm: u64,
    pub shape: u64,
    pub prefix: [u64; 4],
    pub suffix: [u64; 4],
    pub flags: u8,
    /// A capitalised token's class in the English dictionary
    /// (`dictionary::class_of_lower`), set with the token's lower-case
    /// hash; 0 for other tokens.
    pub dict: u8,
}

/// Maps typographic punctuation to the ASCII forms of the CoNLL data.
fn conll_form(tok: &str) -> &str {
    match tok {
        "“" | "”" | "„" | "«" | "»" | "″" | "‟" => "\"",
        "‘" | "’" | "‚" | "‛" | "`" => "'",
        "’s" => "'s",
        "’S" => "'S",
        "n’t" => "n't",
        "—" | "–" | "―" | "‒" | "--" => "-",
        "…" => "...",
        _ => tok,
    }
}

/// Arabic article prefixes of names ("al-Qanua", "el-Sisi", "ash-Sharif").
fn has_name_particle(tok: &str) -> bool {
    let b = tok.as_bytes();
    let dash = match b.iter().position(|&c| c == b'-') {
        Some(d) if (2..=3).contains(&d) => d,
        _ => return false,
    };
    let head = &tok[..dash];
    matches!(
        head,
        "al" | "el"
            | "Al"
            | "El"
            | "ad"
            | "ash"
            | "as"
            | "at"
            | "an"
            | "az"
            | "ar"
            | "ibn"
            | "bin"
            | "abu"
            | "Abu"
    ) && b.get(dash + 1).is_some_and(u8::is_ascii_uppercase)
}

pub(crate) fn token_info(tok: &str) -> TokInfo {
    let tok = conll_form(tok);
    // Arabic name particles are written in lower case by convention
    // ("al-Qanua"); the model sees them capitalised, like "Al-Ahram".
    let particle = has_name_particle(tok);
    let mut cap_buf = [0u8; 64];
    let tok = if particle && tok.len() <= cap_buf.len() && tok.as_bytes()[0].is_ascii_lowercase() {
        cap_buf[..tok.len()].copy_from_slice(tok.as_bytes());
        cap_buf[0] = cap_buf[0].to_ascii_uppercase();
        std::str::from_utf8(&cap_buf[..tok.len()]).unwrap_or(tok)
    } else {
        tok
    };
    let mut buf = [0u8; 64];
    let n = hash::lower_into(tok, &mut buf, true);
    let norm_bytes = &buf[..n.min(buf.len())];
    let norm = hash::bytes(0x4e, norm_bytes);
    // Prefixes/suffixes by characters (UTF-8 lead bytes).
    let mut prefix = [0u64; 4];
    let mut suffix = [0u64; 4];
    let mut bounds = [0usize; 5];
    let mut nb = 0;
    for (k, &b) in norm_bytes.iter().enumerate() {
        if b & 0xC0 != 0x80 {
            if nb == 5 {
                break;
            }
            bounds[nb] = k;
            nb += 1;
        }
    }
    let len = norm_bytes.len();
    for k in 0..4 {
        let end = if k + 1 < nb { bounds[k + 1] } else { len };
        prefix[k] = hash::bytes(0x50 + k as u64, &norm_bytes[..end]);
    }
    let mut rb = [len; 5];
    let mut nr = 0;
    for k in (0..len).rev() {
        if norm_bytes[k] & 0xC0 != 0x80 {
            if nr == 5 {
                break;
            }
            rb[nr] = k;
            nr += 1;
        }
    }
    for k in 0..4 {
        let start = if k < nr { rb[k] } else { 0 };
        suffix[k] = hash::bytes(0x60 + k as u64, &norm_bytes[start..]);
    }
    // Shape, with runs collapsed.
    let mut sh = [0u8; 12];
    let mut ns = 0;
    let mut last = 0u8;
    let mut has_upper = false;
    let mut has_lower = false;
    let mut first_upper = false;
    let mut first_lower = false;
    for (k, c) in tok.chars().enumerate() {
        let class = if c.is_ascii_uppercase() || (!c.is_ascii() && c.is_uppercase()) {
            has_upper = true;
            if k == 0 {
                first_upper = true;
            }
            b'X'
        } else if c.is_ascii_lowercase() || (!c.is_ascii() && c.is_lowercase()) {
            has_lower = true;
            if k == 0 {
                first_lower = true;
            }
            b'x'
        } else if c.is_ascii_digit() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else if c.is_alphabetic() {
            b'a'
        } else {
            b'~'
        };
        if class != last && ns < sh.len() {
            sh[ns] = class;
            ns += 1;
            last = class;
        }
    }
    let shape = hash::bytes(0x53, &sh[..ns]);
    let mut flags = 0;
    if first_upper {
        flags |= F_INIT_UPPER;
    }
    if has_upper && !has_lower {
        flags |= F_ALL_UPPER;
    }
    if first_lower {
        flags |= F_LOWER;
    }
    if has_upper || has_lower || tok.chars().any(char::is_alphabetic) {
        flags |= F_ALPHA;
    }
    if particle {
        flags |= F_PARTICLE;
    }
    TokInfo {
        word: hash::bytes(0x57, tok.as_bytes()),
        norm,
        shape,
        prefix,
        suffix,
        flags,
        dict: 0,
    }
}

/// Rows of the features of a token's own text (bias, word, lower-cased
/// form, shape, affixes), in the order training lists them.
pub(crate) fn own_rows(t: &TokInfo, bits: u32) -> [u32; 12] {
    let mut out = [0u32; 12];
    out[0] = row(hash::pair(T_BIAS, 0), bits);
    out[1] = row(hash::pair(T_WORD, t.word), bits);
    out[2] = row(hash::pair(T_NORM, t.norm), bits);
    out[3] = row(hash::pair(T_SHAPE, t.shape), bits);
    for k in 0..4 {
        out[4 + 2 * k] = row(hash::pair(T_PREFIX + k as u64, t.prefix[k]), bits);
        out[5 + 2 * k] = row(hash::pair(T_SUFFIX + k as u64, t.suffix[k]), bits);
    }
    out
}
