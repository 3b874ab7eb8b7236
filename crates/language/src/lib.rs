//! Which language an article is written in, as an ISO 639-1 code with a
//! confidence, from its clean text and the hints its page gives
//! (`<html lang>`, the HTTP `Content-Language`).
//!
//! The text decides when it says enough: the detector (`whatlang`, trigrams
//! over 69 languages) is trusted when it calls its own guess reliable, and a
//! hint that agrees raises the confidence. Page hints are often template
//! defaults (`lang="en"` on a German site), so a hint only decides when the
//! text is too short or too mixed to tell; with neither, the language is
//! unknown (`None`).
//!
//! ```
//! use newsmill_language::{detect, Hints};
//!
//! let text = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss \
//!             im kommenden Frühjahr abzureißen und durch einen Neubau zu ersetzen.";
//! let found = detect(text, Hints::default());
//! assert_eq!(found.language, Some("de"));
//! assert!(found.confidence > 0.5);
//!
//! let unknown = detect("OK", Hints::default());
//! assert_eq!(unknown.language, None);
//! let hinted = detect("OK", Hints { html_lang: Some("fr-CA"), content_language: None });
//! assert_eq!(hinted.language, Some("fr"));
//! ```
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

/// At most this many bytes of text are looked at: a few paragraphs settle
/// the language, and the cost stays flat for long articles.
const SAMPLE_BYTES: usize = 1024;
/// Confidence given to a language known only from a page hint.
pub const HINT_ONLY_CONFIDENCE: f64 = 0.5;

/// What the page says about its language, as written (`en-GB`, `de, en`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    /// The `lang` attribute of `<html>`.
    pub html_lang: Option<&'a str>,
    /// The HTTP `Content-Language` header.
    pub content_language: Option<&'a str>,
}

/// A detected language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    /// ISO 639-1 code (`en`, `de`, `zh`, ...), `None` when unknown.
    pub language: Option<&'static str>,
    /// 0–1: how sure the detection is (0 when the language is unknown).
    pub confidence: f64,
}

impl Detection {
    const UNKNOWN: Detection = Detection {
        language: None,
        confidence: 0.0,
    };
}

/// Detect the language of `text`; see the crate docs for how hints count.
pub fn detect(text: &str, hints: Hints<'_>) -> Detection {
    let sample = sample(text);
    let hint = hints
        .html_lang
        .and_then(primary_code)
        .or_else(|| hints.content_language.and_then(primary_code));
    let guess = whatlang::detect(sample).and_then(|info| {
        let code = iso_639_1(info.lang())?;
        Some((code, info.confidence(), info.is_reliable()))
    });
    match (guess, hint) {
        (Some((code, confidence, true)), hint) => {
            let confidence = if hint == Some(code) {
                // Two independent signals agreeing: most of the doubt goes.
                1.0 - (1.0 - confidence) * 0.25
            } else {
                confidence
            };
            Detection {
                language: Some(code),
                confidence,
            }
        }
        (Some((code, confidence, false)), Some(hint)) if hint == code => Detection {
            language: Some(code),
            confidence: confidence.max(HINT_ONLY_CONFIDENCE),
        },
        (_, Some(hint)) => Detection {
            language: Some(hint),
            confidence: HINT_ONLY_CONFIDENCE,
        },
        (_, None) => Detection::UNKNOWN,
    }
}

fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut cut = SAMPLE_BYTES;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
}

/// The ISO 639-1 code of a language tag's primary subtag (`en-GB` → `en`,
/// `zh-Hant` → `zh`), or of the first of a list (`de, en`); `None` for
/// codes newsmill does not know.
pub fn primary_code(tag: &str) -> Option<&'static str> {
    let first = tag.split(',').next()?.trim();
    let primary = first.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    CODES.iter().copied().find(|code| *code == primary)
}

/// The ISO 639-1 codes of the languages the detector knows (Norwegian
/// Bokmål as `nb`; Mandarin as `zh`).
pub const CODES: &[&str] = &[
    "eo", "en", "ru", "zh", "es", "pt", "it", "bn", "fr", "de", "uk", "ka", "ar", "hi", "ja", "he",
    "yi", "pl", "am", "jv", "ko", "nb", "da", "sv", "fi", "tr", "nl", "hu", "cs", "el", "bg", "be",
    "mr", "kn", "ro", "sl", "hr", "sr", "mk", "lt", "lv", "et", "ta", "vi", "ur", "th", "gu", "uz",
    "pa", "az", "id", "te", "fa", "ml", "or", "my", "ne", "si", "km", "tk", "ak", "zu", "sn", "af",
    "la", "sk", "ca", "tl", "hy", "no",
];

fn iso_639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Epo => "eo",
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        #[allow(unreachable_patterns)]
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hint_that_agrees_raises_confidence_and_a_wrong_one_is_ignored() {
        let text = "Le conseil municipal a décidé mardi de fermer la vieille piscine \
                    pendant tout l'été afin de réparer le toit qui fuit depuis des années.";
        let plain = detect(text, Hints::default());
        assert_eq!(plain.language, Some("fr"));
        let agreeing = detect(
            text,
            Hints {
                html_lang: Some("fr"),
                content_language: None,
            },
        );
        assert!(agreeing.confidence > plain.confidence || plain.confidence == 1.0);
        let template_default = detect(
            text,
            Hints {
                html_lang: Some("en-US"),
                content_language: None,
            },
        );
        assert_eq!(template_default.language, Some("fr"));
    }

    #[test]
    fn tags_map_to_codes() {
        assert_eq!(primary_code("en-GB"), Some("en"));
        assert_eq!(primary_code(" DE , en"), Some("de"));
        assert_eq!(primary_code("zh_Hant"), Some("zh"));
        assert_eq!(primary_code("x-klingon"), None);
        assert_eq!(primary_code(""), None);
    }

    #[test]
    fn every_detector_language_has_a_known_code() {
        for lang in whatlang::Lang::all() {
            let code = iso_639_1(*lang).unwrap_or("none");
            assert!(CODES.contains(&code), "{lang:?} -> {code}");
        }
    }

    #[test]
    fn long_texts_are_sampled_on_a_character_boundary() {
        let text = "ж".repeat(SAMPLE_BYTES);
        assert!(sample(&text).len() <= SAMPLE_BYTES);
        assert!(text.is_char_boundary(sample(&text).len()));
    }
}
