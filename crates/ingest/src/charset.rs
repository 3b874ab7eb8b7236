//! Choosing the character encoding of a web page or text document and
//! decoding it, over all WHATWG encodings (`encoding_rs`, the one decoder),
//! with `chardetng` when a page declares nothing.
//!
//! Precedence, strongest first:
//! 1. a byte-order mark (as browsers do: a BOM cannot be there by accident,
//!    while server headers are often wrong);
//! 2. the HTTP `Content-Type` charset (WARC responses);
//! 3. the page's `<meta charset>` / `http-equiv` declaration;
//! 4. detection (`chardetng`, hinted by the URL's top-level domain).
//!
//! One exception keeps pages readable: bytes that are valid UTF-8 and hold
//! multi-byte sequences are read as UTF-8 even when a header or meta tag
//! names a legacy single- or multi-byte encoding. Servers and templates that
//! still say `ISO-8859-1` over UTF-8 pages are common; the converse (legacy
//! text that happens to be valid UTF-8 with multi-byte sequences) is rare.

use crate::IngestError;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use std::borrow::Cow;

/// How the encoding of a page was chosen (`meta.encoding_source` in the output).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingSource {
    /// The HTTP `Content-Type` header's charset.
    Http,
    /// A byte-order mark.
    Bom,
    /// `<meta charset>` or `<meta http-equiv="Content-Type">`.
    Meta,
    /// Guessed from the bytes by `chardetng`.
    Detected,
    /// The bytes are valid UTF-8 (or mostly so, and repaired), whatever was declared.
    Utf8,
}

impl EncodingSource {
    pub fn as_str(self) -> &'static str {
        match self {
            EncodingSource::Http => "http",
            EncodingSource::Bom => "bom",
            EncodingSource::Meta => "meta",
            EncodingSource::Detected => "detected",
            EncodingSource::Utf8 => "utf8",
        }
    }
}

/// A decoded page and how it was decoded.
#[derive(Debug, PartialEq, Eq)]
pub struct DecodedPage {
    pub text: String,
    /// Input bytes that were not valid in the chosen encoding (replaced by U+FFFD).
    pub replaced_bytes: usize,
    /// WHATWG name of the encoding (`UTF-8`, `windows-1251`, `Shift_JIS`, ...).
    pub encoding: &'static str,
    pub source: EncodingSource,
}

/// What is known about a page besides its bytes.
#[derive(Debug, Clone, Copy, Default)]
pub struct CharsetHints<'a> {
    /// The charset parameter of the HTTP `Content-Type`, if any.
    pub http_charset: Option<&'a str>,
    /// The page's URL, whose top-level domain hints the detector.
    pub url: Option<&'a str>,
}

/// The `charset` parameter of a `Content-Type` value (`text/html; charset=UTF-8`).
pub fn content_type_charset(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|parameter| {
        let (name, value) = parameter.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']))
            .filter(|value| !value.is_empty())
    })
}

/// Decode an HTML page with the precedence described in the module docs.
pub fn decode_page(bytes: &[u8], hints: CharsetHints<'_>) -> Result<DecodedPage, IngestError> {
    decode_page_bytes(Cow::Borrowed(bytes), hints)
}

/// [`decode_page`] on bytes that may be owned: valid UTF-8 in an owned
/// buffer becomes the text without a copy.
pub(crate) fn decode_page_bytes(
    bytes: Cow<'_, [u8]>,
    hints: CharsetHints<'_>,
) -> Result<DecodedPage, IngestError> {
    if let Some((encoding, bom_length)) = Encoding::for_bom(&bytes) {
        return Ok(decode_with(
            encoding,
            &bytes[bom_length..],
            EncodingSource::Bom,
        ));
    }
    reject_binary_page(&bytes)?;
    let http = hints
        .http_charset
        .and_then(|label| Encoding::for_label(label.as_bytes()));
    let declared = http.map(|e| (e, EncodingSource::Http)).or_else(|| {
        crate::html::declared_charset(&bytes)
            .and_then(|label| Encoding::for_label(label.as_bytes()))
            .map(|e| (e, EncodingSource::Meta))
    });
    // A page cannot really be UTF-16 without a BOM once it declared so in
    // ASCII; browsers read it as UTF-8 (HTML standard, "get an encoding").
    let declared = declared.map(|(encoding, source)| {
        if encoding == UTF_16LE || encoding == UTF_16BE {
            (UTF_8, source)
        } else {
            (encoding, source)
        }
    });
    let utf8_page = |text: String, source: EncodingSource| DecodedPage {
        text,
        replaced_bytes: 0,
        encoding: UTF_8.name(),
        source,
    };
    // Most pages are valid UTF-8: one check, which is also the conversion.
    let bytes = match into_utf8(bytes) {
        Ok(text) => {
            return Ok(match declared {
                Some((encoding, source)) if encoding == UTF_8 => utf8_page(text, source),
                // Valid multi-byte sequences beat a legacy declaration.
                Some(_) if !text.is_ascii() => utf8_page(text, EncodingSource::Utf8),
                Some((encoding, source)) => decode_with(encoding, text.as_bytes(), source),
                None => utf8_page(text, EncodingSource::Utf8),
            });
        }
        Err(bytes) => bytes,
    };
    let utf8 = Utf8Shape::of(&bytes);
    if let Some((encoding, source)) = declared {
        if encoding != UTF_8 && utf8.multibyte > 0 && utf8.is_mostly_valid() {
            return Ok(decode_with(UTF_8, &bytes, EncodingSource::Utf8));
        }
        return Ok(decode_with(encoding, &bytes, source));
    }
    if (utf8.multibyte == 0 && utf8.invalid == 0) || utf8.is_mostly_valid() {
        return Ok(decode_with(UTF_8, &bytes, EncodingSource::Utf8));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(&bytes, true);
    let tld = hints.url.and_then(top_level_domain);
    let encoding = detector.guess(tld.as_deref().map(str::as_bytes), true);
    Ok(decode_with(encoding, &bytes, EncodingSource::Detected))
}

/// The bytes as a `String` when they are valid UTF-8 (without copying owned
/// bytes), else the bytes back.
fn into_utf8(bytes: Cow<'_, [u8]>) -> Result<String, Cow<'_, [u8]>> {
    match bytes {
        Cow::Owned(bytes) => String::from_utf8(bytes).map_err(|e| Cow::Owned(e.into_bytes())),
        Cow::Borrowed(bytes) => std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|_| Cow::Borrowed(bytes)),
    }
}

/// Decoded text and how many input bytes had to be replaced.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub replaced_bytes: usize,
}

/// Decode a whole text document (not a page: no markup to declare a
/// charset): a byte-order mark (UTF-8, UTF-16) first, then UTF-8, then
/// windows-1252 when the high bytes read like it, else UTF-8 repaired.
/// Damaged text never fails; binary data does.
pub fn decode(bytes: &[u8]) -> Result<Decoded, IngestError> {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        let page = decode_with(encoding, &bytes[bom_length..], EncodingSource::Bom);
        return Ok(Decoded {
            text: page.text,
            replaced_bytes: page.replaced_bytes,
        });
    }
    reject_binary(bytes)?;
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            replaced_bytes: 0,
        });
    }
    if looks_single_byte(bytes) {
        let page = decode_with(WINDOWS_1252, bytes, EncodingSource::Detected);
        return Ok(Decoded {
            text: page.text,
            replaced_bytes: page.replaced_bytes,
        });
    }
    Ok(utf8_lossy(bytes))
}

/// Lossy UTF-8 decoding that counts the bytes it replaced (each maximal
/// invalid sequence becomes one U+FFFD).
pub fn utf8_lossy(bytes: &[u8]) -> Decoded {
    let (text, _) = UTF_8.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        replaced_bytes: Utf8Shape::of(bytes).invalid,
    }
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8], source: EncodingSource) -> DecodedPage {
    let (text, replaced_bytes) = if encoding == UTF_8 {
        let decoded = utf8_lossy(bytes);
        (decoded.text, decoded.replaced_bytes)
    } else {
        let mut decoder = encoding.new_decoder_without_bom_handling();
        let capacity = decoder
            .max_utf8_buffer_length(bytes.len())
            .unwrap_or(bytes.len().saturating_mul(3));
        let mut text = String::with_capacity(capacity);
        let (_, _, had_errors) = decoder.decode_to_string(bytes, &mut text, true);
        let replaced = if had_errors {
            text.matches(char::REPLACEMENT_CHARACTER).count()
        } else {
            0
        };
        (text, replaced)
    };
    DecodedPage {
        text,
        replaced_bytes,
        encoding: encoding.name(),
        source,
    }
}

/// How much of a byte string reads as UTF-8.
struct Utf8Shape {
    /// Bytes belonging to valid multi-byte sequences.
    multibyte: usize,
    /// Bytes that are not valid UTF-8.
    invalid: usize,
}

impl Utf8Shape {
    fn of(bytes: &[u8]) -> Self {
        let mut shape = Utf8Shape {
            multibyte: 0,
            invalid: 0,
        };
        for chunk in bytes.utf8_chunks() {
            shape.multibyte += chunk.valid().bytes().filter(|b| !b.is_ascii()).count();
            shape.invalid += chunk.invalid().len();
        }
        shape
    }

    /// UTF-8 with a few damaged bytes (a cut sequence, a stray byte) is
    /// repaired rather than re-read as a legacy encoding: legacy text almost
    /// never forms valid multi-byte sequences, so many valid ones mean UTF-8.
    fn is_mostly_valid(&self) -> bool {
        self.multibyte >= 4 * self.invalid.max(1) || (self.invalid == 0 && self.multibyte > 0)
    }
}

fn top_level_domain(url: &str) -> Option<String> {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = after_scheme.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    let tld = host.rsplit('.').next()?.to_ascii_lowercase();
    (!tld.is_empty() && tld.bytes().all(|b| b.is_ascii_alphanumeric())).then_some(tld)
}

/// NUL bytes or many control characters in the first 8 KiB mean an image,
/// archive or executable, not a page.
fn reject_binary(bytes: &[u8]) -> Result<(), IngestError> {
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return Err(IngestError::Binary("contains NUL bytes".into()));
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    if !head.is_empty() && control * 20 > head.len() {
        return Err(IngestError::Binary(format!(
            "{control} control bytes in the first {} bytes",
            head.len()
        )));
    }
    Ok(())
}

/// Text that is not UTF-8 but reads like windows-1252: its high bytes stand
/// alone and are either letters inside words ("Caf\xe9") or the typographic
/// quotes and dashes (0x91-0x97) such pages are full of. Stray bytes in
/// otherwise UTF-8 text fail this test and are repaired instead.
fn looks_single_byte(bytes: &[u8]) -> bool {
    let mut plausible = 0usize;
    let mut high = 0usize;
    for (i, &b) in bytes.iter().enumerate() {
        if b < 0x80 {
            continue;
        }
        high += 1;
        let prev = i.checked_sub(1).map(|p| bytes[p]);
        let next = bytes.get(i + 1).copied();
        let alone = prev.is_none_or(|p| p < 0x80) && next.is_none_or(|n| n < 0x80);
        let in_word = prev.is_some_and(|p| p.is_ascii_alphabetic())
            || next.is_some_and(|n| n.is_ascii_alphabetic());
        let punctuation = (0x91..=0x97).contains(&b) || b == 0xA0;
        if alone && (in_word || punctuation) {
            plausible += 1;
        }
    }
    high > 0 && plausible * 10 >= high * 8
}

/// NUL bytes in the first 8 KiB mean an image, archive or executable.
fn reject_binary_page(bytes: &[u8]) -> Result<(), IngestError> {
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return Err(IngestError::Binary("contains NUL bytes".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hints(http_charset: Option<&str>) -> CharsetHints<'_> {
        CharsetHints {
            http_charset,
            url: None,
        }
    }

    #[test]
    fn http_charset_beats_meta() {
        // "Привет" in windows-1251 under a meta tag that says KOI8-R.
        let bytes = b"<meta charset=koi8-r><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        let page = decode_page(bytes, hints(Some("windows-1251"))).unwrap();
        assert!(page.text.contains("Привет"), "{}", page.text);
        assert_eq!(
            (page.encoding, page.source),
            ("windows-1251", EncodingSource::Http)
        );
    }

    #[test]
    fn meta_charset_is_used_when_no_header() {
        // "Żółw" in ISO-8859-2.
        let bytes = b"<meta http-equiv=Content-Type content='text/html; charset=iso-8859-2'><p>\xaf\xf3\xb3w</p>";
        let page = decode_page(bytes, hints(None)).unwrap();
        assert!(page.text.contains("Żółw"), "{}", page.text);
        assert_eq!(
            (page.encoding, page.source),
            ("ISO-8859-2", EncodingSource::Meta)
        );
    }

    #[test]
    fn bom_beats_a_wrong_header() {
        let bytes = "\u{FEFF}<p>Grüße</p>".as_bytes();
        let page = decode_page(bytes, hints(Some("iso-8859-1"))).unwrap();
        assert_eq!(page.text, "<p>Grüße</p>");
        assert_eq!(page.source, EncodingSource::Bom);
    }

    #[test]
    fn utf8_bytes_beat_a_legacy_declaration() {
        let bytes = "<meta charset=iso-8859-1><p>Café crème</p>".as_bytes();
        let page = decode_page(bytes, hints(None)).unwrap();
        assert!(page.text.contains("Café crème"));
        assert_eq!(
            (page.encoding, page.source),
            ("UTF-8", EncodingSource::Utf8)
        );
    }

    #[test]
    fn undeclared_shift_jis_is_detected() {
        let text =
            "<p>東京の天気は晴れです。明日は雨が降るでしょう。今日は市場が開かれました。</p>";
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(text);
        let page = decode_page(&bytes, hints(None)).unwrap();
        assert_eq!(page.text, text);
        assert_eq!(
            (page.encoding, page.source),
            ("Shift_JIS", EncodingSource::Detected)
        );
    }

    #[test]
    fn undeclared_windows_1252_is_detected() {
        let bytes = b"<p>Caf\xe9 owners said \x93no\x94 \x96 twice.</p>";
        let page = decode_page(bytes, hints(None)).unwrap();
        assert_eq!(page.text, "<p>Café owners said “no” – twice.</p>");
        assert_eq!(page.source, EncodingSource::Detected);
    }

    #[test]
    fn damaged_utf8_is_repaired_not_reinterpreted() {
        let mut bytes = "<p>Überall Grüße aus Köln, schöne Straßen</p>"
            .as_bytes()
            .to_vec();
        bytes.insert(10, 0xE2);
        let page = decode_page(&bytes, hints(None)).unwrap();
        assert!(page.text.contains("Grüße aus Köln"));
        assert_eq!(page.replaced_bytes, 1);
        assert_eq!(page.source, EncodingSource::Utf8);
    }

    #[test]
    fn content_type_parameters() {
        assert_eq!(
            content_type_charset("text/html; charset=\"Shift_JIS\""),
            Some("Shift_JIS")
        );
        assert_eq!(
            content_type_charset("text/html;CHARSET=utf-8;q=1"),
            Some("utf-8")
        );
        assert_eq!(content_type_charset("text/html"), None);
    }

    #[test]
    fn tld_from_url() {
        assert_eq!(
            top_level_domain("https://news.example.ru:8080/a?b").as_deref(),
            Some("ru")
        );
        assert_eq!(top_level_domain("").as_deref(), None);
    }
    #[test]
    fn utf8_with_bom_is_stripped() {
        let decoded = decode("\u{FEFF}Gaza City".as_bytes()).unwrap();
        assert_eq!(decoded.text, "Gaza City");
    }

    #[test]
    fn utf16_both_orders() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in "Khan Younis – ok".encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, "Khan Younis – ok");
        assert_eq!(decode(&be).unwrap().text, "Khan Younis – ok");
    }

    #[test]
    fn windows_1252_page_is_detected() {
        let bytes = b"Caf\xe9 owners said \x93no\x94 \x96 twice.";
        let decoded = decode(bytes).unwrap();
        assert_eq!(decoded.text, "Café owners said “no” – twice.");
        assert_eq!(decoded.replaced_bytes, 0);
    }

    #[test]
    fn broken_utf8_is_repaired_and_counted() {
        let bytes = "Deir al-Balah "
            .bytes()
            .chain([0xE2, 0x80])
            .chain("é ok".bytes())
            .collect::<Vec<_>>();
        let decoded = decode(&bytes).unwrap();
        assert!(decoded.text.starts_with("Deir al-Balah \u{FFFD}"));
        assert!(decoded.text.ends_with("é ok"));
        assert_eq!(decoded.replaced_bytes, 2);
    }

    #[test]
    fn png_is_binary() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert!(matches!(decode(png), Err(IngestError::Binary(_))));
    }

    #[test]
    fn a_cut_utf16_unit_is_replaced_and_counted() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Rafah".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        bytes.push(b'x');
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, "Rafah\u{FFFD}");
        assert_eq!(decoded.replaced_bytes, 1);
    }
}
