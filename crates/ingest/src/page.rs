//! The one way a record is built from an HTML page, wherever the page came
//! from (an `.html` file, a WARC response or resource record).

use crate::charset::{decode_page, CharsetHints};
use crate::{html, IngestError};
use newsmill_types::{Record, Source};
use serde_json::Value;

/// What the container of a page says about it (HTTP headers, WARC fields).
#[derive(Debug, Clone, Default)]
pub struct PageContext<'a> {
    /// The HTTP `Content-Type` charset, if any.
    pub http_charset: Option<&'a str>,
    /// The page's URL (`WARC-Target-URI`); also hints the charset detector.
    pub url: Option<&'a str>,
    /// The HTTP `Content-Language` header, if any (a hint for language detection).
    pub content_language: Option<&'a str>,
}

/// Decode `bytes` (charset precedence in [`crate::charset`]), flatten the
/// markup with [`html::page_to_text`] and fill a record: `text` is the
/// flattened text, `html` the decoded markup; `meta` gets the page's own
/// fields plus `encoding`, `encoding_source`, and the language hints
/// `html_lang` and `content_language` when present.
pub fn html_record(
    id: String,
    source: Source,
    bytes: &[u8],
    context: &PageContext<'_>,
) -> Result<Record, IngestError> {
    let decoded = decode_page(
        bytes,
        CharsetHints {
            http_charset: context.http_charset,
            url: context.url,
        },
    )?;
    let page = html::page_to_text(&decoded.text);
    if page.text.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    let mut record = Record::from_text(id, page.text);
    record.source = source;
    record.title = page.title;
    record.url = context.url.map(str::to_string);
    record.date = page.meta.get("date").cloned();
    record.replaced_bytes = decoded.replaced_bytes;
    record.meta = page
        .meta
        .into_iter()
        .map(|(k, v)| (k, Value::String(v)))
        .collect();
    let mut put = |key: &str, value: &str| {
        record
            .meta
            .insert(key.to_string(), Value::String(value.into()));
    };
    put("encoding", decoded.encoding);
    put("encoding_source", decoded.source.as_str());
    if let Some(lang) = html_lang(&decoded.text) {
        put("html_lang", &lang);
    }
    if let Some(language) = context.content_language.filter(|l| !l.trim().is_empty()) {
        put("content_language", language.trim());
    }
    record.html = Some(decoded.text);
    Ok(record)
}

/// The `lang` attribute of the page's `<html>` element, if it has one.
pub fn html_lang(page: &str) -> Option<String> {
    let head = &page.as_bytes()[..page.len().min(16 * 1024)];
    let start = memchr::memmem::find_iter(head, b"<").find(|&at| {
        head.get(at + 1..at + 6).is_some_and(|tag| {
            tag.eq_ignore_ascii_case(b"html ") || tag.eq_ignore_ascii_case(b"html\n")
        })
    })?;
    let end = memchr::memchr(b'>', &head[start..])? + start;
    let tag = String::from_utf8_lossy(&head[start + 5..end]).to_ascii_lowercase();
    let mut rest = tag.as_str();
    while let Some(at) = rest.find("lang") {
        let before = rest[..at].chars().last();
        let after = rest[at + 4..].trim_start();
        rest = &rest[at + 4..];
        // `xml:lang` counts too; `data-lang` or `hreflang` do not.
        if !matches!(before, None | Some(' ' | '\t' | '\n' | '\r' | ':')) {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let value = match value.chars().next() {
            Some(quote @ ('"' | '\'')) => value[1..].split(quote).next().unwrap_or(""),
            _ => value.split([' ', '\t', '\n', '/']).next().unwrap_or(""),
        };
        let value = value.trim();
        if !value.is_empty() {
            return Some(value.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_attribute_is_found() {
        assert_eq!(
            html_lang("<!doctype html><HTML lang=\"de-DE\" dir=ltr><p>x").as_deref(),
            Some("de-de")
        );
        assert_eq!(html_lang("<html xml:lang='fr'>").as_deref(), Some("fr"));
        assert_eq!(html_lang("<html data-lang=\"x\">"), None);
        assert_eq!(html_lang("<p lang=en>"), None);
    }

    #[test]
    fn record_keeps_markup_and_encoding() {
        let bytes = b"<html lang=ru><head><meta charset=windows-1251><title>\xcd\xee\xe2\xee\xf1\xf2\xe8</title></head><body><p>\xc4\xee\xe6\xe4\xfc</p></body></html>";
        let source = Source {
            path: "p.html".into(),
            line: None,
        };
        let record = html_record("p".into(), source, bytes, &PageContext::default()).unwrap();
        assert_eq!(record.title.as_deref(), Some("Новости"));
        assert_eq!(record.text, "Новости\nДождь\n");
        assert!(record
            .html
            .as_deref()
            .is_some_and(|h| h.contains("<p>Дождь</p>")));
        assert_eq!(record.meta["encoding"], "windows-1251");
        assert_eq!(record.meta["encoding_source"], "meta");
        assert_eq!(record.meta["html_lang"], "ru");
    }
}
