//! Who claims a figure: the subject of a reporting verb in or near its
//! sentence.

use super::*;

/// Strips a leading article and surrounding punctuation from a claimed source.
pub(super) fn tidy_source(s: &str) -> Option<String> {
    let mut s = s
        .trim()
        .trim_matches(|ch: char| matches!(ch, ',' | '.' | ';' | ':' | '—' | '“' | '”' | '"'));
    for art in ["the ", "The "] {
        if let Some(r) = s.strip_prefix(art) {
            s = r;
        }
    }
    let s = s.trim();
    (!s.is_empty() && s.split_whitespace().count() <= 10).then(|| s.to_string())
}

pub(super) fn is_pronoun(s: &str) -> bool {
    matches!(
        s,
        "it" | "It" | "they" | "They" | "he" | "He" | "she" | "She"
    )
}

/// The subject before the reporting verb at token `v`, or `None`.
pub(super) fn subject_before(c: &TokenView, sa: usize, v: usize) -> Option<(usize, usize)> {
    let mut e = v;
    while e > sa {
        if c.is_word(e - 1) && is_skippable_before_verb(c.lw(e - 1)) {
            e -= 1;
        } else {
            break;
        }
    }
    let mut s = e;
    while s > sa && s > e.saturating_sub(10) {
        let t = c.toks[s - 1];
        let w = c.w(s - 1);
        if t.kind != TokKind::Word {
            if w == "." && s >= 2 && c.w(s - 2).contains('.') {
                s -= 1;
                continue;
            }
            break;
        }
        let lw = c.lw(s - 1);
        if is_boundary_word(lw) || is_reporting_verb(c.lv(s - 1)) || (lw == "in" && s == e) {
            break;
        }
        // "in which Israel said": stop at "which".
        s -= 1;
    }
    (s < e).then(|| (s, e - 1))
}

pub(super) fn source_for(
    c: &TokenView,
    sa: usize,
    sb: usize,
    r: &Raw,
    last_source: &mut Option<(usize, String)>,
    sents: &[(usize, usize)],
) -> Option<String> {
    let si = r.sentence;
    let prev_source = || {
        last_source
            .as_ref()
            .filter(|(s, _)| *s + 3 >= si)
            .map(|(_, src)| src.clone())
    };
    // 1. The nearest reporting verb before the figure with its subject.
    let mut found: Option<String> = None;
    let mut v = r.a;
    while v > sa {
        v -= 1;
        let lw = c.lv(v);
        if lw == "according" {
            continue;
        }
        if is_reporting_verb(lw) && outcome_word(c.lw(v + 1)).is_none() {
            if let Some((x, y)) = subject_before(c, sa, v) {
                let subj = c.span(x, y);
                if is_pronoun(subj) {
                    found = prev_source();
                } else {
                    found = tidy_source(subj);
                }
                if found.is_some() {
                    break;
                }
            }
        }
    }
    // 2. "according to X" anywhere in the sentence.
    if found.is_none() {
        let mut k = sa;
        while k + 2 < sb {
            if c.lw(k) == "according" && c.lw(k + 1) == "to" {
                let mut e = k + 2;
                while e < sb
                    && e < k + 14
                    && !matches!(c.w(e), "," | "." | ";" | "—" | "\"" | "”" | ":")
                {
                    e += 1;
                }
                if e > k + 2 {
                    found = tidy_source(c.span(k + 2, e - 1));
                }
                break;
            }
            k += 1;
        }
    }
    // 3. A reporting clause after the figure: '..., the ministry said.'
    if found.is_none() {
        let mut v = r.b + 1;
        while v < sb {
            let lw = c.lv(v);
            if is_reporting_verb(lw)
                && matches!(
                    lw,
                    "said" | "says" | "reported" | "stated" | "claimed" | "told" | "added"
                )
            {
                // Subject right before, back to a comma or quote mark.
                if let Some((x, y)) = subject_before(c, sa.max(r.b + 1), v) {
                    let subj = c.span(x, y);
                    found = if is_pronoun(subj) {
                        prev_source()
                    } else {
                        tidy_source(subj)
                    };
                }
                break;
            }
            v += 1;
        }
    }
    // 4. Carry the previous sentence's claim into a sentence that continues
    //    the report ("It reported ...", "The toll ...", "alleged").
    if found.is_none() && si > 0 {
        let first = c.w(sa);
        let continues = is_pronoun(first)
            || (sa..sb).any(|k| matches!(c.lw(k), "alleged" | "toll" | "reportedly"));
        if continues {
            let same_par = sents.get(si - 1).is_some_and(|&(_, pb)| {
                c.toks.get(pb).is_none_or(|t| t.kind != TokKind::Newline) || pb == sa
            });
            if same_par || last_source.as_ref().is_some_and(|(s, _)| *s + 1 == si) {
                found = prev_source()
                    .filter(|_| last_source.as_ref().is_some_and(|(s, _)| *s + 1 >= si));
            }
        }
    }
    if let Some(f) = &found {
        *last_source = Some((si, f.clone()));
    }
    found
}
