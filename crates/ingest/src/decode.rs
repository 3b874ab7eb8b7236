//! Bytes to UTF-8 text: BOMs, UTF-16, legacy single-byte pages, and lossy
//! repair of broken UTF-8, never failing on text that is merely damaged.

use crate::IngestError;

/// Decoded text and how many input bytes had to be replaced.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub replaced_bytes: usize,
}

/// Decode a whole text document. `declared` is a charset named by the
/// document itself (an HTML `<meta charset>`), if any.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, IngestError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(utf8_lossy(rest));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(utf16(rest, u16::from_be_bytes));
    }
    reject_binary(bytes)?;
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_string(),
            replaced_bytes: 0,
        });
    }
    let declared_single_byte = declared.is_some_and(|name| {
        let name = name.trim().to_ascii_lowercase();
        matches!(
            name.as_str(),
            "windows-1252"
                | "cp1252"
                | "iso-8859-1"
                | "iso-8859-15"
                | "latin1"
                | "latin-1"
                | "us-ascii"
        )
    });
    if declared_single_byte || looks_single_byte(bytes) {
        return Ok(Decoded {
            text: bytes.iter().map(|&b| windows_1252(b)).collect(),
            replaced_bytes: 0,
        });
    }
    Ok(utf8_lossy(bytes))
}

/// Lossy UTF-8 decoding that counts the bytes it replaced.
pub fn utf8_lossy(bytes: &[u8]) -> Decoded {
    let mut text = String::with_capacity(bytes.len());
    let mut replaced_bytes = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            replaced_bytes += invalid.len();
            text.push(char::REPLACEMENT_CHARACTER);
        }
    }
    Decoded {
        text,
        replaced_bytes,
    }
}

fn utf16(bytes: &[u8], to_unit: fn([u8; 2]) -> u16) -> Decoded {
    let units = bytes
        .chunks_exact(2)
        .map(|pair| to_unit([pair[0], pair[1]]));
    let mut replaced_bytes = bytes.len() % 2;
    let text = char::decode_utf16(units)
        .map(|unit| {
            unit.unwrap_or_else(|_| {
                replaced_bytes += 2;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    Decoded {
        text,
        replaced_bytes,
    }
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

/// windows-1252 to Unicode; the five undefined bytes map to U+FFFD.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž',
        '\u{FFFD}', '\u{FFFD}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ',
        '\u{FFFD}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_is_stripped() {
        let decoded = decode("\u{FEFF}Gaza City".as_bytes(), None).unwrap();
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
        assert_eq!(decode(&le, None).unwrap().text, "Khan Younis – ok");
        assert_eq!(decode(&be, None).unwrap().text, "Khan Younis – ok");
    }

    #[test]
    fn windows_1252_page_is_detected() {
        let bytes = b"Caf\xe9 owners said \x93no\x94 \x96 twice.";
        let decoded = decode(bytes, None).unwrap();
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
        let decoded = decode(&bytes, None).unwrap();
        assert!(decoded.text.starts_with("Deir al-Balah \u{FFFD}"));
        assert!(decoded.text.ends_with("é ok"));
        assert_eq!(decoded.replaced_bytes, 2);
    }

    #[test]
    fn png_is_binary() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert!(matches!(decode(png, None), Err(IngestError::Binary(_))));
    }
}
