//! Numbers as news writes them: digits, "2.3 million", "a thousand",
//! "twenty-five".

use super::*;

/// A parsed number: tokens `a..=b` and its value.
pub(super) fn parse_number(c: &TokenView, i: usize, end: usize) -> Option<(usize, f64)> {
    if !c.is_word(i) {
        return None;
    }
    let w = c.w(i);
    let lw = c.lw(i);
    let digit = w.as_bytes().first().is_some_and(u8::is_ascii_digit);
    if !digit {
        // Cheap first-letter test before the word look-ups.
        let first = lw.as_bytes().first().copied().unwrap_or(0);
        if !matches!(first, b'a' | b'e' | b'f' | b'n' | b'o' | b's' | b't') {
            return None;
        }
        // A byte search, not `split_once`: most words have no hyphen and
        // the searcher's set-up costs more than the word.
        let numeric = matches!(lw, "a" | "an")
            || number_word(lw).is_some()
            || lw
                .bytes()
                .position(|b| b == b'-')
                .is_some_and(|at| number_word(&lw[..at]).is_some());
        if !numeric {
            return None;
        }
    }
    if digit {
        if !w
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        {
            return None;
        }
        // Reject "2,0" style and version-like numbers.
        if w.contains(',') && !w.split(',').skip(1).all(|g| g.len() == 3) {
            return None;
        }
        let v: f64 = w.replace(',', "").parse().ok()?;
        let mut b = i;
        let mut value = v;
        if i + 1 < end {
            if let Some(s) = scale_word(c.lw(i + 1)).filter(|&s| s >= 100.0) {
                value *= s;
                b = i + 1;
            }
        }
        return Some((b, value));
    }
    // Number words: "five", "twenty-five", "a thousand", "two hundred".
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last = None;
    let mut k = i;
    let mut started = false;
    while k < end && c.is_word(k) {
        let kw = c.lw(k);
        if let Some(v) = number_word(kw).or_else(|| {
            // "twenty-five"
            let (t, u) = kw.split_once('-')?;
            Some(number_word(t)? + number_word(u)?)
        }) {
            current += v;
            started = true;
            last = Some(k);
        } else if let Some(s) = scale_word(kw) {
            if !started && (k != i + 1 || !matches!(lw, "a" | "an")) {
                break;
            }
            if s >= 1000.0 {
                total += current.max(1.0) * s;
                current = 0.0;
            } else {
                current = current.max(1.0) * s;
            }
            started = true;
            last = Some(k);
        } else if k == i && matches!(kw, "a" | "an") {
            // only with a following scale word
        } else if kw == "and" && started && k + 1 < end {
            // "two hundred and fifty"
            if number_word(c.lw(k + 1)).is_none() {
                break;
            }
        } else {
            break;
        }
        k += 1;
    }
    let b = last?;
    Some((b, total + current))
}
