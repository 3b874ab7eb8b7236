//! Numbers as news writes them: digits, "2.3 million", "a thousand",
//! "twenty-five".

use super::*;
use crate::word_shape::first_letter_lengths;

/// The words that [`parse_number`] reads as a number (or, for "a" and "an",
/// as one before a scale word), as `number_word` lists them; the test
/// `every_number_opens_as_the_pre_test_expects` keeps the two lists equal.
pub(crate) const NUMBER_WORDS: [&str; 29] = [
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

/// [`NUMBER_WORDS`] by first letter and length.
static NUMBER_WORD_LENGTHS: [u32; 26] = first_letter_lengths(&NUMBER_WORDS);

/// Whether token `i` may open a number: a word that opens with a digit, or
/// whose first letter and length are those of a number word, or with a
/// hyphen ("twenty-five"). Cheap enough for the loop over every token to
/// ask before calling [`parse_number`], which decides.
#[inline]
pub(super) fn may_start_number(c: &TokenView, i: usize) -> bool {
    let Some(t) = c.toks.get(i).filter(|t| t.kind == TokKind::Word) else {
        return false;
    };
    let word = c.text.as_bytes().get(t.start..t.end).unwrap_or_default();
    let Some(&first) = word.first() else {
        return false;
    };
    if first.is_ascii_digit() {
        return true;
    }
    let letter = first.to_ascii_lowercase();
    if !letter.is_ascii_lowercase() {
        return false;
    }
    let lengths = NUMBER_WORD_LENGTHS[usize::from(letter - b'a')];
    let shaped = (word.len() < 32 && lengths & (1 << word.len()) != 0)
        || (lengths != 0 && crate::word_shape::has_hyphen(word));
    // Words of a number word's shape ("the", "our", "say") are checked
    // against the list here, without a call.
    if !shaped {
        return false;
    }
    let lw = c.lw(i);
    if matches!(lw, "a" | "an") {
        // "a thousand", "an eighty-year-old": an article opens a number
        // only before a number or scale word (most articles open none).
        let next = c.lw(i + 1);
        return c.is_word(i + 1) && (scale_word(next).is_some() || is_number_word(next));
    }
    is_number_word(lw)
}

/// A number word, or one before a hyphen ("twenty-five").
#[inline]
fn is_number_word(lw: &str) -> bool {
    number_word(lw).is_some()
        || lw
            .bytes()
            .position(|b| b == b'-')
            .is_some_and(|at| number_word(&lw[..at]).is_some())
}

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
        if !matches!(lw, "a" | "an") && !is_number_word(lw) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_opens_as_the_pre_test_expects() {
        let text = "One two three four five six seven eight nine ten eleven twelve \
            thirteen fourteen fifteen sixteen seventeen eighteen nineteen Twenty thirty \
            forty fifty sixty seventy eighty ninety twenty-five A thousand an hundred \
            1,200 3.5 million 40 people and Éclair ages Sixty-one years";
        let view = TokenView::new(text);
        let n = view.toks.len();
        let mut numbers = 0;
        for i in 0..n {
            if parse_number(&view, i, n).is_some() {
                numbers += 1;
                assert!(may_start_number(&view, i), "{}", view.w(i));
            }
        }
        assert!(numbers >= 34, "{numbers}");
        // The list the pre-test is built from is number_word's own.
        for word in NUMBER_WORDS.iter().skip(2) {
            assert!(number_word(word).is_some(), "{word}");
        }
        // An article opens a number only before a number or scale word.
        let articles = TokenView::new("a man and a thousand, an eighty-year-old");
        assert!(!may_start_number(&articles, 0));
        assert!(may_start_number(&articles, 3));
        assert!(may_start_number(&articles, 6));
        assert_eq!(view.w(n - 1), "years");
        assert!(!may_start_number(&view, n - 1));
    }
}
