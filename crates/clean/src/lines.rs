//! Splitting raw text into trimmed lines with byte spans.

use newsmill_types::Span;

/// One raw line, trimmed of surrounding whitespace (and a BOM), with the
/// span of the trimmed text in the raw input.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawLine {
    pub span: Span,
}

fn is_trim_char(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// Every line of `raw` (split on `\n`, `\r` stripped), including blank ones
/// so callers can see paragraph breaks. Spans are always on char
/// boundaries because trimming goes through `str` methods.
pub(crate) fn split_lines(raw: &str) -> Vec<RawLine> {
    let mut out = Vec::with_capacity(raw.len() / 40 + 1);
    let bytes = raw.as_bytes();
    let mut start = 0;
    loop {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(raw.len(), |i| start + i);
        let line = &raw[start..end];
        // ASCII whitespace first (nearly always all there is), then the
        // Unicode trim only when a non-ASCII byte sits at an edge.
        let ascii = line.trim_matches(|c: char| c.is_ascii_whitespace());
        let trimmed = if ascii.starts_with(|c: char| !c.is_ascii())
            || ascii.ends_with(|c: char| !c.is_ascii())
        {
            ascii.trim_matches(is_trim_char)
        } else {
            ascii
        };
        let s = trimmed.as_ptr() as usize - raw.as_ptr() as usize;
        out.push(RawLine {
            span: Span::new(s, s + trimmed.len()),
        });
        if end >= raw.len() {
            break;
        }
        start = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_trimmed() {
        let raw = "\u{feff} a \r\n\nb";
        let lines = split_lines(raw);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].span.slice(raw), "a");
        assert!(lines[1].span.is_empty());
        assert_eq!(lines[2].span.slice(raw), "b");
    }
}
