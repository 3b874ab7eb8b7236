//! Quotation marks: which way each mark faces, and the quoted spans they
//! open and close (across paragraphs too).

use super::*;

pub(super) fn is_mark(s: &str) -> bool {
    matches!(s, "\"" | "“" | "”" | "„" | "«" | "»")
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Dir {
    Open,
    Close,
    /// A straight mark glued on both sides ('said,"We'): closes an open
    /// quote, else opens one.
    Either,
}

/// Direction of a quote mark at token `k` from its neighbours.
pub(super) fn mark_dir(text: &str, toks: &[Tok], k: usize) -> Option<Dir> {
    let t = toks[k];
    let s = &text[t.start..t.end];
    let before = text[..t.start].chars().next_back();
    let after = text[t.end..].chars().next();
    let space_before =
        before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | '/'));
    let space_after = after.is_none_or(|c| c.is_whitespace());
    let punct_after =
        after.is_some_and(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '—' | '–'));
    // After a space and before a comma or full stop, a mark closes a quote
    // padded with spaces ("legitimate »," in French spacing, '" done ".')
    // or opens one that starts with an ellipsis ('"...and then'): a curly
    // mark or a guillemet says which, a straight one only when "..."
    // follows.
    if space_before && punct_after {
        return match s {
            "\"" if text[t.end..].starts_with("...") => Some(Dir::Open),
            "\"" => Some(Dir::Either),
            "”" | "»" => Some(Dir::Close),
            _ => Some(Dir::Open),
        };
    }
    let open_like = space_before && !space_after;
    let close_like = !space_before && (space_after || punct_after);
    match (open_like, close_like) {
        (true, false) => Some(Dir::Open),
        (false, true) => Some(Dir::Close),
        _ => match s {
            "“" | "„" | "«" => Some(Dir::Open),
            "”" | "»" => Some(Dir::Close),
            _ => {
                // Straight mark between two quote marks or spaces: guess from what follows.
                if after.is_some_and(|c| c == '"' || c == '”') {
                    Some(Dir::Open)
                } else if space_before && space_after {
                    // Padded with spaces ('… ourselves? " she wrote', and
                    // tokenised text's '. " It was close , " he said'):
                    // after punctuation, it closes an open quote or opens
                    // one; a lone mark elsewhere is an inch or a typo.
                    // At a paragraph's start ('\n" Tessa would …'), it
                    // opens.
                    let head = text[..t.start].trim_end_matches([' ', '\t', '\u{a0}']);
                    if head.is_empty() || head.ends_with('\n') {
                        return Some(Dir::Open);
                    }
                    let last = text[..t.start].trim_end().chars().next_back();
                    last.is_some_and(|c| matches!(c, '.' | ',' | '?' | '!' | ':' | ';'))
                        .then_some(Dir::Either)
                } else {
                    Some(Dir::Either)
                }
            }
        },
    }
}

/// Two single quotation marks side by side standing for one double mark
/// (the wire services' ‘‘…’’): `Open` for ‘‘, `Close` for ’’, at the
/// first of the two tokens.
pub(super) fn doubled_single_mark(text: &str, toks: &[Tok], k: usize) -> Option<Dir> {
    let (a, b) = (toks.get(k)?, toks.get(k + 1)?);
    if a.kind != TokKind::Punct || b.kind != TokKind::Punct || a.end != b.start {
        return None;
    }
    match (text.get(a.start..a.end)?, text.get(b.start..b.end)?) {
        ("‘", "‘") => Some(Dir::Open),
        ("’", "’") | ("\'", "\'") => Some(Dir::Close),
        _ => None,
    }
}

/// One quote before attribution: inner parts as token ranges.
#[derive(Debug, Clone)]
pub(super) struct Span {
    /// Token index of the first opening mark and the last closing mark
    /// (the first of AP's ‘‘ and the second of its ’’).
    pub(super) open: usize,
    pub(super) close: usize,
    /// Byte ranges of the inner text of each paragraph part.
    pub(super) parts: Vec<(usize, usize)>,
}

pub(super) fn find_spans(text: &str, toks: &[Tok]) -> Vec<Span> {
    let mut out = Vec::new();
    // The open mark's token, and where the quote's words start (after both
    // of AP's ‘‘ marks).
    let mut open: Option<(usize, usize)> = None;
    let mut pending: Option<Span> = None; // carried across a paragraph break
    let mut k = 0;
    while k < toks.len() {
        let t = toks[k];
        if t.kind == TokKind::Newline {
            if let Some((o, inner)) = open.take() {
                // Unclosed at paragraph end: continue only if the next
                // paragraph opens with a quote mark.
                let mut n = k + 1;
                while n < toks.len() && toks[n].kind == TokKind::Newline {
                    n += 1;
                }
                let next_opens = toks.get(n).is_some_and(|x| {
                    is_mark(&text[x.start..x.end]) && mark_dir(text, toks, n) == Some(Dir::Open)
                }) || doubled_single_mark(text, toks, n) == Some(Dir::Open);
                if next_opens && inner < t.start {
                    let mut span = pending.take().unwrap_or(Span {
                        open: o,
                        close: o,
                        parts: Vec::new(),
                    });
                    span.parts.push((inner, t.start));
                    pending = Some(span);
                } else if let Some(mut span) = pending.take() {
                    // A quote already carried over paragraphs by the press
                    // convention ends here even though the next paragraph
                    // does not reopen it (an embedded tweet or caption
                    // follows): keep it, up to this paragraph's end.
                    span.parts.push((inner, t.start));
                    span.close = k.saturating_sub(1).max(span.open);
                    out.push(span);
                }
            } else if k == 0 || toks[k - 1].kind != TokKind::Newline {
                // A quote carried over stays pending across the rest of a
                // run of blank lines ("\n\n" between paragraphs).
                pending = None;
            }
            k += 1;
            continue;
        }
        if t.kind == TokKind::Word {
            // Marks are punctuation tokens; most tokens are words.
            k += 1;
            continue;
        }
        let s = &text[t.start..t.end];
        if let Some(dir) = doubled_single_mark(text, toks, k) {
            // AP's ‘‘…’’: two single marks written for one double mark.
            match dir {
                Dir::Open => {
                    if open.is_some() {
                        pending = None;
                    }
                    open = Some((k, toks[k + 1].end));
                }
                _ => {
                    if let Some((o, inner)) = open.take() {
                        let mut span = pending.take().unwrap_or(Span {
                            open: o,
                            close: k + 1,
                            parts: Vec::new(),
                        });
                        span.close = k + 1;
                        span.parts.push((inner, t.start));
                        out.push(span);
                    }
                }
            }
            k += 2;
            continue;
        }
        if t.kind == TokKind::Punct && is_mark(s) {
            let dir = match mark_dir(text, toks, k) {
                Some(Dir::Either) if open.is_some() => Some(Dir::Close),
                Some(Dir::Either) => Some(Dir::Open),
                other => other,
            };
            match dir {
                Some(Dir::Open) => {
                    if open.is_some() {
                        pending = None;
                    }
                    open = Some((k, t.end));
                }
                Some(Dir::Close) => {
                    if let Some((o, inner)) = open.take() {
                        let mut span = pending.take().unwrap_or(Span {
                            open: o,
                            close: k,
                            parts: Vec::new(),
                        });
                        span.close = k;
                        span.parts.push((inner, t.start));
                        out.push(span);
                    }
                }
                Some(Dir::Either) | None => {}
            }
        }
        k += 1;
    }
    // Trim parts; drop empty quotes.
    out.retain_mut(|span| {
        span.parts = span
            .parts
            .iter()
            .filter_map(|&(a, b)| {
                let inner = text.get(a..b)?;
                let lead = inner.len() - inner.trim_start().len();
                let trimmed = inner.trim();
                (!trimmed.is_empty()).then_some((a + lead, a + lead + trimmed.len()))
            })
            .collect();
        !span.parts.is_empty()
    });
    out
}
