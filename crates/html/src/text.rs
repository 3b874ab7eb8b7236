//! Character references and whitespace: how raw page text becomes the
//! flattened text's lines.

use std::borrow::Cow;

/// Decode character references: numeric ones and the named ones news pages
/// use. Unknown names stay as written.
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = memchr::memchr(b'&', rest.as_bytes()) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        let decoded = end
            .filter(|&e| rest.as_bytes().get(e) == Some(&b';'))
            .and_then(|e| named_or_numeric(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, consumed)) => {
                out.push(c);
                rest = &rest[consumed..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn named_or_numeric(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).or(Some(char::REPLACEMENT_CHARACTER));
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "sbquo" => '‚',
        "bdquo" => '„',
        "hellip" => '…',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "middot" => '·',
        "times" => '×',
        "deg" => '°',
        "euro" => '€',
        "pound" => '£',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "szlig" => 'ß',
        "shy" => '\u{AD}',
        "zwnj" => '\u{200C}',
        "zwj" => '\u{200D}',
        _ => return None,
    })
}

/// Decoded text with every run of whitespace (any Unicode white space,
/// no-break space included) made one space, trimmed.
pub fn collapse(raw: &str) -> String {
    let mut writer = LineWriter::default();
    let mut out = String::new();
    writer.push(&mut out, &decode_entities(raw));
    out
}

/// Writes text into a line with whitespace collapsed as it goes: a space
/// is written only between two pieces of visible text.
#[derive(Debug, Default)]
pub struct LineWriter {
    pending_space: bool,
    started: bool,
}

impl LineWriter {
    /// Append decoded `text`; returns how many bytes were written.
    pub fn push(&mut self, out: &mut String, text: &str) -> usize {
        let before = out.len();
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut run_start = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let space_width = if b < 0x80 {
                usize::from(matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
            } else {
                match text[i..].chars().next() {
                    Some(c) if c.is_whitespace() => c.len_utf8(),
                    Some(c) => {
                        i += c.len_utf8();
                        continue;
                    }
                    None => break,
                }
            };
            if space_width == 0 {
                i += 1;
                continue;
            }
            self.run(out, &text[run_start..i]);
            self.pending_space = true;
            i += space_width;
            run_start = i;
        }
        self.run(out, &text[run_start..]);
        out.len() - before
    }

    fn run(&mut self, out: &mut String, run: &str) {
        if run.is_empty() {
            return;
        }
        if self.pending_space && self.started {
            out.push(' ');
        }
        self.pending_space = false;
        self.started = true;
        out.push_str(run);
    }

    /// Whether anything visible was written since the last [`reset`](Self::reset).
    pub fn started(&self) -> bool {
        self.started
    }

    pub fn reset(&mut self) {
        *self = LineWriter::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode() {
        assert_eq!(
            decode_entities("Caf&eacute; &#8220;q&#x201D; &bogus; a&b &#99999999;"),
            "Café “q” &bogus; a&b \u{FFFD}"
        );
    }

    #[test]
    fn whitespace_collapses_between_pieces_only() {
        let mut w = LineWriter::default();
        let mut out = String::new();
        w.push(&mut out, "  Residents ");
        w.push(&mut out, "fled");
        w.push(&mut out, "\u{A0}north\n\t");
        assert_eq!(out, "Residents fled north");
        assert_eq!(collapse(" a &nbsp; b "), "a b");
    }
}
