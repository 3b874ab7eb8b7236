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

/// Convert a decoded HTML page to naive text (`newsmill_html::parse`, the
/// same reader the cleaner's HTML extractor uses, so its lines and the
/// extractor's blocks agree).
pub fn page_to_text(html: &str) -> Page {
    let parsed = newsmill_html::parse(html);
    let mut meta = BTreeMap::new();
    let fields = [
        (
            "author",
            (!parsed.meta.authors.is_empty()).then(|| parsed.meta.authors.join(", ")),
        ),
        ("date", parsed.meta.published),
        ("site_name", parsed.meta.site_name),
        ("description", parsed.meta.description),
        (
            "html_lang",
            parsed.meta.language.map(|lang| lang.to_ascii_lowercase()),
        ),
    ];
    for (key, value) in fields {
        if let Some(value) = value {
            meta.insert(key.to_string(), value);
        }
    }
    Page {
        text: parsed.text,
        title: parsed.title,
        meta,
    }
}

/// Whether a text field holds an HTML page or fragment rather than text:
/// it opens with a tag and names a document or block element early on.
pub fn looks_like_html(text: &str) -> bool {
    let trimmed = text.trim_start();
    if !trimmed.starts_with('<') {
        return false;
    }
    let head: String = trimmed
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<body",
        "<head",
        "<p>",
        "<p ",
        "<div",
        "<article",
    ]
    .iter()
    .any(|marker| head.contains(marker))
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
    fn pages_in_text_fields_are_recognised() {
        assert!(looks_like_html("  <!DOCTYPE html><html><body><p>x</p>"));
        assert!(looks_like_html("<div class=a><p>Text</p></div>"));
        assert!(!looks_like_html("Plain text with a <b> tag later."));
        assert!(!looks_like_html("<3 this story"));
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
