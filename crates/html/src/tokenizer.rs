//! A byte-level HTML tokenizer: text runs, start tags and end tags, with
//! comments, doctypes and processing instructions skipped. It never fails:
//! a `<` that does not open a well-formed tag is text, as browsers show it.
//! Every step moves forward, so any input is read in linear time.

use crate::tags::Tag;

/// One piece of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token<'a> {
    /// Raw (undecoded) text between tags.
    Text(&'a str),
    Start(StartTag<'a>),
    End(Tag),
}

/// A start tag with its raw attribute source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StartTag<'a> {
    pub tag: Tag,
    /// The attributes as written (between the name and `>`); read them with
    /// [`attributes`].
    pub attributes: &'a str,
    /// Byte offset of the `<` in the page.
    pub offset: usize,
}

pub struct Tokenizer<'a> {
    html: &'a str,
    position: usize,
}

impl<'a> Tokenizer<'a> {
    pub fn new(html: &'a str) -> Self {
        Tokenizer { html, position: 0 }
    }

    /// The content of a raw-text element (`<script>`, `<style>`, ...) that
    /// was just opened, up to its end tag; the tokenizer continues after the
    /// end tag (or at the end of the page when it is never closed).
    pub fn raw_text_until_end_of(&mut self, name: &str) -> &'a str {
        let bytes = self.html.as_bytes();
        let start = self.position;
        let mut from = start;
        while let Some(found) = memchr::memmem::find(&bytes[from..], b"</") {
            let at = from + found + 2;
            let candidate = &bytes[at..];
            if candidate.len() >= name.len()
                && candidate[..name.len()].eq_ignore_ascii_case(name.as_bytes())
                && !candidate
                    .get(name.len())
                    .is_some_and(u8::is_ascii_alphanumeric)
            {
                let content = &self.html[start..at - 2];
                self.position = match memchr::memchr(b'>', candidate) {
                    Some(end) => at + end + 1,
                    None => bytes.len(),
                };
                return content;
            }
            from = at;
        }
        self.position = bytes.len();
        &self.html[start..]
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let bytes = self.html.as_bytes();
        loop {
            let rest = bytes.get(self.position..)?;
            if rest.is_empty() {
                return None;
            }
            if rest[0] != b'<' {
                let end = memchr::memchr(b'<', rest).map_or(bytes.len(), |i| self.position + i);
                let text = &self.html[self.position..end];
                self.position = end;
                return Some(Token::Text(text));
            }
            // A '<': a comment, declaration, tag, or a literal '<' in text.
            if rest.starts_with(b"<!--") {
                self.position = match memchr::memmem::find(&rest[4..], b"-->") {
                    Some(end) => self.position + 4 + end + 3,
                    None => bytes.len(),
                };
                continue;
            }
            if matches!(rest.get(1), Some(b'!' | b'?')) {
                self.position = match memchr::memchr(b'>', rest) {
                    Some(end) => self.position + end + 1,
                    None => bytes.len(),
                };
                continue;
            }
            match read_tag(rest) {
                Some((token_length, token)) => {
                    let offset = self.position;
                    self.position += token_length;
                    return Some(match token {
                        RawTag::End(tag) => Token::End(tag),
                        RawTag::Start {
                            tag,
                            attributes_start,
                            attributes_end,
                        } => Token::Start(StartTag {
                            tag,
                            attributes: self
                                .html
                                .get(offset + attributes_start..offset + attributes_end)
                                .unwrap_or(""),
                            offset,
                        }),
                    });
                }
                None => {
                    // A literal '<'.
                    let text = &self.html[self.position..self.position + 1];
                    self.position += 1;
                    return Some(Token::Text(text));
                }
            }
        }
    }
}

enum RawTag {
    Start {
        tag: Tag,
        attributes_start: usize,
        attributes_end: usize,
    },
    End(Tag),
}

/// Read the tag at the start of `s` (which begins with `<`): its length up
/// to and including `>` and what it is. `None` when this `<` opens no tag
/// (no name, or the page ends inside the tag).
fn read_tag(s: &[u8]) -> Option<(usize, RawTag)> {
    let mut i = 1;
    let closing = s.get(1) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    if !s.get(i).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    while s
        .get(i)
        .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'_'))
    {
        i += 1;
    }
    let tag = Tag::from_name(&s[name_start..i]);
    let attributes_start = i;
    // Find the closing '>' outside quoted attribute values. A quote only
    // opens a value right after '=' (possibly with spaces).
    let mut after_equals = false;
    while let Some(&b) = s.get(i) {
        match b {
            b'>' => {
                let token = if closing {
                    RawTag::End(tag)
                } else {
                    RawTag::Start {
                        tag,
                        attributes_start,
                        attributes_end: i,
                    }
                };
                return Some((i + 1, token));
            }
            b'=' => after_equals = true,
            b'"' | b'\'' if after_equals => {
                let close = memchr::memchr(b, &s[i + 1..])?;
                i += close + 1;
                after_equals = false;
            }
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => {}
            _ => after_equals = false,
        }
        i += 1;
    }
    None
}

/// The attributes of a start tag as `(lower-case name, raw value)` pairs;
/// the value is undecoded (see [`crate::text::decode_entities`]).
pub fn attributes(raw: &str) -> Attributes<'_> {
    Attributes { raw, position: 0 }
}

pub struct Attributes<'a> {
    raw: &'a str,
    position: usize,
}

impl<'a> Iterator for Attributes<'a> {
    type Item = (&'a str, &'a str);

    fn next(&mut self) -> Option<(&'a str, &'a str)> {
        let bytes = self.raw.as_bytes();
        let mut i = self.position;
        loop {
            while bytes
                .get(i)
                .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
            {
                i += 1;
            }
            if i >= bytes.len() {
                self.position = i;
                return None;
            }
            let name_start = i;
            while bytes
                .get(i)
                .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'/'))
            {
                i += 1;
            }
            let name = self.raw.get(name_start..i).unwrap_or("");
            while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            let mut value = "";
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                    i += 1;
                }
                match bytes.get(i) {
                    Some(&quote @ (b'"' | b'\'')) => {
                        let start = i + 1;
                        let end = memchr::memchr(quote, &bytes[start..])
                            .map_or(bytes.len(), |e| start + e);
                        value = self.raw.get(start..end).unwrap_or("");
                        i = (end + 1).min(bytes.len());
                    }
                    _ => {
                        let start = i;
                        while bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace()) {
                            i += 1;
                        }
                        value = self.raw.get(start..i).unwrap_or("");
                    }
                }
            }
            if name.is_empty() {
                // A stray '=' or quote: step over it.
                i += 1;
                continue;
            }
            self.position = i;
            return Some((name, value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(html: &str) -> Vec<String> {
        Tokenizer::new(html)
            .map(|t| match t {
                Token::Text(s) => format!("T:{s}"),
                Token::Start(s) => format!("S:{}[{}]", s.tag.name(), s.attributes.trim()),
                Token::End(t) => format!("E:{}", t.name()),
            })
            .collect()
    }

    #[test]
    fn tags_text_and_comments() {
        assert_eq!(
            kinds("<P class=\"a>b\">x<!-- <p>no</p> -->y</p><!doctype html>"),
            ["S:p[class=\"a>b\"]", "T:x", "T:y", "E:p"]
        );
    }

    #[test]
    fn a_lone_angle_bracket_is_text() {
        assert_eq!(kinds("a < b"), ["T:a ", "T:<", "T: b"]);
        assert_eq!(kinds("<p"), ["T:<", "T:p"]);
        assert_eq!(kinds("<a href='x>t"), ["T:<", "T:a href='x>t"]);
    }

    #[test]
    fn attributes_are_split() {
        let found: Vec<_> = attributes(r#" class="a b" id=main hidden data-x='1 2' /"#).collect();
        assert_eq!(
            found,
            [
                ("class", "a b"),
                ("id", "main"),
                ("hidden", ""),
                ("data-x", "1 2")
            ]
        );
    }

    #[test]
    fn raw_text_runs_to_its_end_tag() {
        let mut t = Tokenizer::new("<script>if (a</b) x = '<p>';</SCRIPT >after");
        assert!(matches!(t.next(), Some(Token::Start(s)) if s.tag == Tag::Script));
        assert_eq!(t.raw_text_until_end_of("script"), "if (a</b) x = '<p>';");
        assert_eq!(t.next(), Some(Token::Text("after")));
    }
}
