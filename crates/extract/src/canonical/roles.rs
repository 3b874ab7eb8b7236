//! Roles written next to person names: titles before a name, appositions
//! after it and before it, and the nouns and modifiers they are made of.

use super::scan::{self, lower, starts_upper, Tok, TokKind};
use newsmill_entities::edit_distance;

/// Title abbreviations that may lead a person mention ("Col. Avichay Adraee").
pub(super) const TITLES: &[&str] = &[
    "Col.",
    "Gen.",
    "Lt.",
    "Maj.",
    "Capt.",
    "Sgt.",
    "Adm.",
    "Brig.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Prof.",
    "Rev.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Lt. Col.",
    "Maj. Gen.",
    "Brig. Gen.",
    "Lt. Gen.",
];

/// [`is_role_head`] of `word` in any case; an ASCII word (nearly all) is
/// lower-cased on the stack.
pub(crate) fn is_role_head_in_any_case(word: &str) -> bool {
    let mut buf = [0u8; 48];
    if word.is_ascii() && word.len() <= buf.len() {
        is_role_head(lower(word, &mut buf))
    } else {
        is_role_head(&word.to_lowercase())
    }
}

/// Head nouns of roles and titles.
pub(crate) fn is_role_head(lw: &str) -> bool {
    matches!(
        lw,
        "envoy"
            | "minister"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokespeople"
            | "spokesmen"
            | "official"
            | "president"
            | "ambassador"
            | "secretary-general"
            | "secretary"
            | "leader"
            | "chief"
            | "commander"
            | "head"
            | "director"
            | "executive"
            | "general"
            | "colonel"
            | "officer"
            | "adviser"
            | "advisor"
            | "negotiator"
            | "mediator"
            | "diplomat"
            | "correspondent"
            | "reporter"
            | "editor"
            | "governor"
            | "mayor"
            | "senator"
            | "lawmaker"
            | "premier"
            | "chancellor"
            | "king"
            | "prince"
            | "emir"
            | "sheikh"
            | "founder"
            | "chairman"
            | "chairwoman"
            | "ceo"
            | "coordinator"
            | "commissioner"
            | "prosecutor"
            | "judge"
            | "attorney"
            | "analyst"
            | "professor"
            | "activist"
            | "politician"
            | "journalist"
            | "representative"
            | "member"
            | "deputy"
            | "col"
            | "gen"
            | "lt"
            | "maj"
            | "capt"
            | "sgt"
            | "adm"
            | "brig"
    )
}

/// A role head, allowing one typo in longer lower-case words ("sokesman").
fn is_role_head_fuzzy(word: &str) -> bool {
    let mut buf = [0u8; 48];
    let lw = lower(word, &mut buf);
    if is_role_head(lw) {
        return true;
    }
    if lw.len() >= 7
        && lw.len() <= 13
        && !starts_upper(word)
        && matches!(
            lw.as_bytes()[0],
            b's' | b'm' | b'a' | b'o' | b'p' | b'c' | b'd'
        )
    {
        const LONG: &[&str] = &[
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "minister",
            "ambassador",
            "official",
            "president",
            "commander",
            "director",
        ];
        return if lw.is_ascii() {
            LONG.iter()
                .any(|h| within_one_edit(lw.as_bytes(), h.as_bytes()))
        } else {
            LONG.iter().any(|h| edit_distance(lw, h, 1) <= 1)
        };
    }
    false
}

/// Levenshtein distance at most 1 between two byte strings, without the
/// table [`edit_distance`] allocates: this runs for most lower-case words
/// near a person's name.
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let common = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        // One substitution at the first difference, the rest equal.
        common == short.len() || short[common + 1..] == long[common + 1..]
    } else {
        // One insertion into the shorter word at the first difference.
        short[common..] == long[common + 1..]
    }
}

/// Lower-case words that may modify a role ("senior Hamas official").
pub(crate) fn is_role_modifier(lw: &str) -> bool {
    matches!(
        lw,
        "senior"
            | "deputy"
            | "former"
            | "top"
            | "chief"
            | "acting"
            | "interim"
            | "foreign"
            | "defense"
            | "defence"
            | "government"
            | "military"
            | "prime"
            | "vice"
            | "special"
            | "regional"
            | "national"
            | "security"
            | "political"
            | "army"
            | "health"
            | "finance"
            | "cabinet"
            | "opposition"
            | "police"
            | "press"
            | "media"
            | "assistant"
            | "associate"
            | "executive"
            | "general"
            | "intelligence"
            | "hamas"
            | "israeli"
            | "palestinian"
    )
}

fn word<'t>(text: &'t str, t: &Tok) -> &'t str {
    &text[t.start..t.end]
}

/// The role phrase ending at token `head` (inclusive), extended to the left
/// over modifiers, capitalised words ("U.S.", "Defense", "Hamas") and
/// "for"/"of"/"to" between role words. Returns the start token.
fn extend_role_left(text: &str, toks: &[Tok], head: usize) -> usize {
    let mut first = head;
    let mut k = head;
    let mut steps = 0;
    while k > 0 && steps < 7 {
        let prev = toks[k - 1];
        if prev.kind == TokKind::Newline {
            break;
        }
        let w = word(text, &prev);
        if prev.kind == TokKind::Punct {
            // "U.S." = Word "U.S" + "."; keep the period of an abbreviation.
            let before = word(text, &toks[k.saturating_sub(2)]);
            let mut bb = [0u8; 48];
            if w == "."
                && k >= 2
                && (before.contains('.')
                    || (before.len() <= 5 && is_role_head(lower(before, &mut bb))))
                && prev.start == toks[k - 2].end
            {
                k -= 1;
                continue;
            }
            break;
        }
        let mut buf = [0u8; 48];
        let lw = lower(w, &mut buf);
        if matches!(lw, "for" | "of" | "to") {
            // Only between role words: "spokesman for Secretary-General".
            if k >= 2 && is_role_head_fuzzy(word(text, &toks[k - 2])) {
                k -= 1;
                continue;
            }
            break;
        }
        let capital =
            starts_upper(w) && !matches!(lw, "the" | "a" | "an" | "meanwhile" | "however");
        if capital || is_role_modifier(lw) || is_role_head_fuzzy(w) {
            k -= 1;
            first = k;
            steps += 1;
            continue;
        }
        break;
    }
    first
}

fn role_text(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<String> {
    let s = text.get(toks[a].start..toks[b].end)?;
    let mut s = s.trim();
    for art in ["the ", "a ", "an ", "The ", "A ", "An "] {
        if let Some(r) = s.strip_prefix(art) {
            s = r;
        }
    }
    (!s.is_empty()).then(|| s.to_string())
}

/// Roles written around the person mention `start..end`.
pub(super) fn roles_around(
    text: &str,
    toks: &[Tok],
    start: usize,
    end: usize,
    out: &mut Vec<String>,
) {
    let first = scan::tok_at_or_after(toks, start);
    let after = scan::tok_at_or_after(toks, end);
    // Title before: "... envoy Steve Witkoff", "Col. Avichay Adraee".
    if first > 0 {
        let mut h = first - 1;
        if word(text, &toks[h]) == "." && h > 0 && toks[h - 1].end == toks[h].start {
            h -= 1;
        }
        let hw = word(text, &toks[h]);
        if toks[h].kind == TokKind::Word && is_role_head_fuzzy(hw) {
            let a = extend_role_left(text, toks, h);
            let end_tok = if h + 1 < first { h + 1 } else { h };
            if let Some(r) = role_text(text, toks, a, end_tok) {
                out.push(r);
            }
        } else if word(text, &toks[first - 1]) == "," && first >= 2 {
            // Apposition before: "Israel's Defense Minister, Israel Katz,".
            let h = first - 2;
            let closed = toks
                .get(after)
                .is_some_and(|t| matches!(word(text, t), "," | "." | ";"));
            if closed && toks[h].kind == TokKind::Word && is_role_head_fuzzy(word(text, &toks[h])) {
                let a = extend_role_left(text, toks, h);
                if let Some(r) = role_text(text, toks, a, h) {
                    out.push(r);
                }
            }
        }
    }
    // Apposition after: "Khaled Meshaal, a senior Hamas official,".
    if toks.get(after).is_some_and(|t| word(text, t) == ",") {
        let a = after + 1;
        let mut b = a;
        let mut has_head = false;
        let mut ok = true;
        while b < toks.len() && b < a + 10 {
            let t = toks[b];
            let w = word(text, &t);
            if t.kind != TokKind::Word {
                if t.kind == TokKind::Punct
                    && w == "."
                    && b > a
                    && word(text, &toks[b - 1]).contains('.')
                {
                    b += 1;
                    continue;
                }
                break;
            }
            let mut buf = [0u8; 48];
            let lw = lower(w, &mut buf);
            if matches!(
                lw,
                "who"
                    | "which"
                    | "that"
                    | "said"
                    | "says"
                    | "has"
                    | "had"
                    | "is"
                    | "was"
                    | "and"
                    | "but"
                    | "told"
                    | "stated"
                    | "added"
            ) {
                ok = false;
                break;
            }
            if is_role_head_fuzzy(w) {
                has_head = true;
            }
            b += 1;
        }
        let opener = toks.get(a).map(|t| word(text, t)).unwrap_or("");
        let mut buf = [0u8; 48];
        let lo = lower(opener, &mut buf);
        let starts_ok = matches!(lo, "a" | "an" | "the" | "his" | "her" | "its" | "their")
            || is_role_modifier(lo);
        if ok && has_head && starts_ok && b > a + 1 {
            if let Some(r) = role_text(text, toks, a, b - 1) {
                out.push(r);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_agrees_with_the_edit_distance() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "acb",
            "abcd",
            "xbc",
            "abx",
            "spokesman",
            "sokesman",
            "spokesmen",
            "spokesmanx",
            "xspokesman",
            "spkesman",
            "minister",
            "ministre",
        ];
        for a in words {
            for b in words {
                assert_eq!(
                    within_one_edit(a.as_bytes(), b.as_bytes()),
                    edit_distance(a, b, 1) <= 1,
                    "{a:?} {b:?}"
                );
            }
        }
    }
}
