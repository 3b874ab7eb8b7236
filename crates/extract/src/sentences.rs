//! Sentence splitting with byte offsets.

use newsmill_types::Span;

/// Sentence spans of `text` (byte offsets, trimmed of surrounding white
/// space). Placeholder splitter: ends a sentence at `.`, `!` or `?` followed
/// by white space, and at every newline.
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let ends = b == b'\n'
            || (matches!(b, b'.' | b'!' | b'?')
                && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace));
        if ends {
            let end = if b == b'\n' { i } else { i + 1 };
            push_trimmed(text, start, end, &mut spans);
            start = end;
        }
    }
    push_trimmed(text, start, text.len(), &mut spans);
    spans
}

fn push_trimmed(text: &str, start: usize, end: usize, spans: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        spans.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}
