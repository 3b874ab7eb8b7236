//! The one way a record is built from an HTML page, wherever the page came
//! from (an `.html` file, a WARC response or resource record, a JSON field
//! holding a page).

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

/// Decode `bytes` (charset precedence in the crate's `charset` module), flatten the
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
    let mut record = record_from_markup(id, source, decoded.text)?;
    record.url = context.url.map(str::to_string);
    record.replaced_bytes = decoded.replaced_bytes;
    let mut put = |key: &str, value: &str| {
        record
            .meta
            .insert(key.to_string(), Value::String(value.into()));
    };
    put("encoding", decoded.encoding);
    put("encoding_source", decoded.source.as_str());
    if let Some(language) = context.content_language.filter(|l| !l.trim().is_empty()) {
        put("content_language", language.trim());
    }
    Ok(record)
}

/// A record from a page already decoded to text, wherever it came from (a
/// file, a WARC record, a JSON field holding a page): `text` is the
/// flattened page, `html` the markup, `title`, `date` and `meta` (`author`,
/// `date`, `site_name`, `description`, `html_lang`) what the page says.
pub(crate) fn record_from_markup(
    id: String,
    source: Source,
    markup: String,
) -> Result<Record, IngestError> {
    let page = html::page_to_text(&markup);
    if page.text.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    let mut record = Record::from_text(id, page.text);
    record.source = source;
    record.title = page.title;
    record.date = page.meta.get("date").cloned();
    record.meta = page
        .meta
        .into_iter()
        .map(|(k, v)| (k, Value::String(v)))
        .collect();
    record.html = Some(markup);
    Ok(record)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_attribute_is_a_hint() {
        let meta = |page: &str| html::page_to_text(page).meta.get("html_lang").cloned();
        assert_eq!(
            meta("<!doctype html><HTML lang=\"de-DE\" dir=ltr><p>Hallo Welt</p>").as_deref(),
            Some("de-de")
        );
        assert_eq!(
            meta("<html xml:lang='fr'><p>Bonjour</p>").as_deref(),
            Some("fr")
        );
        assert_eq!(meta("<html data-lang=\"x\"><p>Hello</p>"), None);
        assert_eq!(meta("<p lang=en>Hello</p>"), None);
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
