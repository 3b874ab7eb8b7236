//! An HTML page to naive text: the visible block text, one block per line,
//! as a scraper that dumps a page's text would leave it. Scripts, styles and
//! other invisible elements are dropped; `<title>` and a few `<meta>` fields
//! are kept as metadata. Tolerant of broken markup; never fails.

use std::collections::BTreeMap;

/// What a page gives besides its text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// The `<title>` as the first line, then one visible block per line.
    pub text: String,
    pub title: Option<String>,
    /// `author`, `date`, `site_name`, `description`, when the page's `<meta>` tags give them.
    pub meta: BTreeMap<String, String>,
}

/// Elements whose content is never visible text.
const HIDDEN: &[&str] = &[
    "script", "style", "svg", "iframe", "template", "object", "canvas", "noscript", "math",
];

/// Elements that start a new line of text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
    "title",
    "body",
    "head",
    "option",
    "button",
    "label",
    "summary",
    "details",
    "legend",
    "fieldset",
];

/// The charset a page declares in its first bytes (`<meta charset=...>` or
/// `content="text/html; charset=..."`), if any.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let value: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    (!value.is_empty()).then_some(value)
}

/// Convert a decoded HTML page to naive text.
pub fn page_to_text(html: &str) -> Page {
    let mut page = Page::default();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut title: Option<String> = None;
    let mut in_title = false;
    let mut in_head = false;
    let mut rest = html;

    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            push_text(rest, in_title, in_head, &mut line, &mut title);
            break;
        };
        push_text(&rest[..open], in_title, in_head, &mut line, &mut title);
        rest = &rest[open..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(tag) = parse_tag(rest) else {
            // A lone '<' in text.
            push_text("<", in_title, in_head, &mut line, &mut title);
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.length..];
        let name = tag.name.as_str();
        if !tag.closing && HIDDEN.contains(&name) {
            rest = skip_past_closing(rest, name);
            continue;
        }
        match (name, tag.closing) {
            ("title", false) => {
                in_title = true;
                title.get_or_insert_with(String::new);
            }
            ("title", true) => in_title = false,
            ("head", false) => in_head = true,
            ("head", true) | ("body", false) => in_head = false,
            ("meta", false) => read_meta(&tag.attributes, &mut page.meta),
            _ => {}
        }
        if BLOCKS.contains(&name) {
            finish_line(&mut line, &mut lines);
        }
    }
    finish_line(&mut line, &mut lines);

    page.title = title.map(|t| collapse_spaces(&t)).filter(|t| !t.is_empty());
    let mut text = String::new();
    if let Some(title) = &page.title {
        text.push_str(title);
        text.push('\n');
    }
    for line in &lines {
        text.push_str(line);
        text.push('\n');
    }
    page.text = text;
    page
}

struct Tag {
    name: String,
    closing: bool,
    attributes: Vec<(String, String)>,
    /// Bytes from '<' to just past '>'.
    length: usize,
}

/// Parse the tag at the start of `s` (which starts with '<').
fn parse_tag(s: &str) -> Option<Tag> {
    let bytes = s.as_bytes();
    let mut i = 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    if matches!(bytes.get(i), Some(b'!') | Some(b'?')) {
        let end = s.find('>')?;
        return Some(Tag {
            name: String::new(),
            closing: false,
            attributes: Vec::new(),
            length: end + 1,
        });
    }
    let name_start = i;
    while bytes
        .get(i)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':')
    {
        i += 1;
    }
    if i == name_start {
        return None;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    let mut attributes = Vec::new();
    loop {
        while bytes
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            i += 1;
        }
        match bytes.get(i) {
            None => return None,
            Some(b'>') => {
                return Some(Tag {
                    name,
                    closing,
                    attributes,
                    length: i + 1,
                })
            }
            _ => {}
        }
        let key_start = i;
        while bytes
            .get(i)
            .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/'))
        {
            i += 1;
        }
        let key = s[key_start..i].to_ascii_lowercase();
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let mut value = String::new();
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            match bytes.get(i) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let start = i + 1;
                    let end = start + memchr::memchr(quote, &bytes[start..])?;
                    value = decode_entities(&s[start..end]);
                    i = end + 1;
                }
                _ => {
                    let start = i;
                    while bytes
                        .get(i)
                        .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>')
                    {
                        i += 1;
                    }
                    value = decode_entities(&s[start..i]);
                }
            }
        }
        if key.is_empty() {
            i += 1;
        } else {
            attributes.push((key, value));
        }
    }
}

/// Skip past `</name>`, matching case-insensitively; the rest of the page
/// when it is never closed.
fn skip_past_closing<'a>(s: &'a str, name: &str) -> &'a str {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(found) = memchr::memmem::find(&bytes[from..], b"</") {
        let at = from + found + 2;
        let candidate = &bytes[at..];
        if candidate.len() >= name.len()
            && candidate[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return match memchr::memchr(b'>', candidate) {
                Some(end) => &s[at + end + 1..],
                None => "",
            };
        }
        from = at;
    }
    ""
}

fn read_meta(attributes: &[(String, String)], meta: &mut BTreeMap<String, String>) {
    let get = |key: &str| {
        attributes
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
    };
    let Some(content) = get("content").filter(|c| !c.is_empty()) else {
        return;
    };
    let Some(name) = get("name")
        .or_else(|| get("property"))
        .or_else(|| get("itemprop"))
    else {
        return;
    };
    let field = match name.to_ascii_lowercase().as_str() {
        "author" | "article:author" | "byl" | "dc.creator" | "sailthru.author"
        | "parsely-author" => "author",
        "date"
        | "article:published_time"
        | "pubdate"
        | "publishdate"
        | "datepublished"
        | "dc.date"
        | "og:published_time" => "date",
        "og:site_name" | "application-name" | "publisher" => "site_name",
        "description" | "og:description" => "description",
        _ => return,
    };
    meta.entry(field.to_string())
        .or_insert_with(|| content.to_string());
}

fn push_text(
    raw: &str,
    in_title: bool,
    in_head: bool,
    line: &mut String,
    title: &mut Option<String>,
) {
    if raw.is_empty() {
        return;
    }
    let text = decode_entities(raw);
    if in_title {
        if let Some(title) = title.as_mut() {
            title.push_str(&text);
        }
        return;
    }
    if in_head {
        return;
    }
    for word in text.split(|c: char| c.is_whitespace() && c != '\u{A0}') {
        if word.is_empty() {
            if !line.is_empty() && !line.ends_with(' ') {
                line.push(' ');
            }
            continue;
        }
        line.push_str(&word.replace('\u{A0}', " "));
        line.push(' ');
    }
    // Text directly followed by a tag keeps no space unless the source had one.
    if !raw.ends_with(char::is_whitespace) && line.ends_with(' ') {
        line.pop();
    }
}

fn finish_line(line: &mut String, lines: &mut Vec<String>) {
    let trimmed = collapse_spaces(line);
    if !trimmed.is_empty() {
        lines.push(trimmed);
    }
    line.clear();
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decode character references: numeric ones and the named ones news pages use.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        let decoded = end
            .filter(|&e| rest.as_bytes().get(e) == Some(&b';'))
            .and_then(|e| {
                let name = &rest[1..e];
                named_or_numeric(name).map(|c| (c, e + 1))
            });
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
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_scripts_vanish() {
        let html = r#"<!doctype html><html><head><title>Strikes hit  Rafah | Example</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-03-20T08:00:00Z">
<style>p{color:red}</style><script>var x = "<p>not text</p>";</script></head>
<body><nav><ul><li>Home</li><li>World</li></ul></nav>
<article><h1>Strikes hit Rafah</h1><p>Residents <b>fled</b> north &amp; west, officials said.<br>Second line</p>
<!-- comment <p>hidden</p> --><p>Caf&eacute; &#8220;quoted&#x201D;</p></article></body></html>"#;
        let page = page_to_text(html);
        assert_eq!(page.title.as_deref(), Some("Strikes hit Rafah | Example"));
        assert_eq!(
            page.meta.get("author").map(String::as_str),
            Some("Jane Roe")
        );
        assert_eq!(
            page.meta.get("site_name").map(String::as_str),
            Some("Example News")
        );
        assert_eq!(
            page.meta.get("date").map(String::as_str),
            Some("2025-03-20T08:00:00Z")
        );
        let lines: Vec<&str> = page.text.lines().collect();
        assert_eq!(
            lines,
            [
                "Strikes hit Rafah | Example",
                "Home",
                "World",
                "Strikes hit Rafah",
                "Residents fled north & west, officials said.",
                "Second line",
                "Café “quoted”",
            ]
        );
    }

    #[test]
    fn broken_markup_does_not_fail() {
        for html in [
            "<",
            "<p",
            "a < b and c > d",
            "<script>never closed",
            "<a href='x>text",
            "&#99999999;&bogus;",
        ] {
            let _ = page_to_text(html);
        }
        assert_eq!(page_to_text("a < b").text, "a < b\n");
    }

    #[test]
    fn charset_is_found() {
        assert_eq!(
            declared_charset(b"<meta charset=\"windows-1252\">").as_deref(),
            Some("windows-1252")
        );
        assert_eq!(
            declared_charset(
                b"<meta http-equiv=Content-Type content='text/html; charset=ISO-8859-1'>"
            )
            .as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(declared_charset(b"<p>none</p>"), None);
    }
}
