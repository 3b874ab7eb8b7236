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
//! Most articles of most news dumps are English, and the trigram detector
//! takes about a tenth of a run's time when asked about each of them. So a
//! sample whose words are plainly English is called English, at confidence
//! 1.0, without it, unless a page hint names another language. Plainly
//! English means: 30 words or more, a fifth of them English function words,
//! one in 40 a lowercase "the" (capital "The" starts titles in any
//! language: "The Voice of Holland"), few function words of other Latin-script
//! languages (`de`, `und`, `ang`, `yang`...) and next to no accented
//! letters. The lowercase "the" is what keeps other languages out; the
//! other tests catch English quoted at length in them. On the 300 MB
//! generated dump (32,517 articles), a run's `articles.jsonl` changed in two
//! articles only: a confidence of 0.91 became 1.0, and an English text the
//! detector left unknown became English.
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

use std::sync::LazyLock;

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
    let guess = if word_test_decides(sample, hint) {
        Some(("en", 1.0, true))
    } else {
        whatlang::detect(sample).and_then(|info| {
            let code = iso_639_1(info.lang())?;
            Some((code, info.confidence(), info.is_reliable()))
        })
    };
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

/// Fewer words than this are left to the detector.
const ENGLISH_MIN_WORDS: usize = 30;
/// Shares of the sample's words: at least this many English function
/// words, lowercase "the" included...
const ENGLISH_MIN_FUNCTION_SHARE: f64 = 0.20;
/// ...at least this many lowercase "the"...
const ENGLISH_MIN_THE_SHARE: f64 = 0.025;
/// ...and fewer function words of other languages than this.
const ENGLISH_MAX_FOREIGN_SHARE: f64 = 0.04;
/// Letters outside ASCII that English text has room for (names, quotes).
const ENGLISH_MAX_NON_ASCII_SHARE: f64 = 0.02;

/// Whether the word test alone may call `sample` English: not when the
/// page says it is in another language.
fn word_test_decides(sample: &str, hint: Option<&str>) -> bool {
    hint.is_none_or(|code| code == "en") && plainly_english(sample)
}

/// Whether `sample` reads as English on its words alone; see the crate docs.
fn plainly_english(sample: &str) -> bool {
    let mut counts = WordCounts::default();
    for word in words(sample) {
        counts.add(word);
    }
    let share = |n: usize| n as f64 / counts.words as f64;
    counts.words >= ENGLISH_MIN_WORDS
        && share(counts.function_words) >= ENGLISH_MIN_FUNCTION_SHARE
        && share(counts.the) >= ENGLISH_MIN_THE_SHARE
        && share(counts.foreign_words) < ENGLISH_MAX_FOREIGN_SHARE
        && (counts.non_ascii_letters as f64) < ENGLISH_MAX_NON_ASCII_SHARE * counts.letters as f64
}

#[derive(Default)]
struct WordCounts {
    words: usize,
    function_words: usize,
    the: usize,
    foreign_words: usize,
    letters: usize,
    non_ascii_letters: usize,
}

impl WordCounts {
    fn add(&mut self, word: &str) {
        self.words += 1;
        for c in word.chars().filter(|c| is_word_char(*c)) {
            self.letters += 1;
            self.non_ascii_letters += usize::from(!c.is_ascii());
        }
        if word == "the" {
            self.the += 1;
            self.function_words += 1;
            return;
        }
        let Some(key) = packed(word) else {
            return;
        };
        if ENGLISH_KEYS.contains(key) {
            self.function_words += 1;
        } else if FOREIGN_KEYS.contains(key) {
            self.foreign_words += 1;
        }
    }
}

/// Letters and combining marks: a decomposed "thế" is one word, not "the"
/// and two marks.
fn is_word_char(c: char) -> bool {
    newsmill_types::chars::is_alphabetic(c) || ('\u{300}'..='\u{36f}').contains(&c)
}

/// The words of `text`: runs of letters, with an apostrophe between two
/// letters kept inside ("don't", "city's"), so their pieces do not count
/// as short words of their own.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(is_word_char)?;
        let mut end = start;
        let mut chars = rest[start..].char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let inside_apostrophe = matches!(c, '\'' | '\u{2019}')
                && chars.peek().is_some_and(|&(_, next)| is_word_char(next));
            if !is_word_char(c) && !inside_apostrophe {
                break;
            }
            end = start + at + c.len_utf8();
        }
        let word = &rest[start..end];
        rest = &rest[end..];
        Some(word)
    })
}

/// English words that carry grammar rather than content, lowercase "the"
/// aside; "said" is not one, but news text writes it as often as one.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have",
    "he", "her", "his", "in", "is", "it", "its", "not", "of", "on", "or", "said", "she", "that",
    "their", "they", "this", "to", "was", "were", "which", "who", "will", "with", "would",
];

/// Frequent function words of other Latin-script languages (Dutch, German,
/// French, Spanish, Italian, Portuguese, Tagalog, Indonesian, the
/// Scandinavian languages) that English text seldom writes.
const FOREIGN_FUNCTION_WORDS: &[&str] = &[
    "de", "het", "een", "van", "und", "der", "die", "das", "ist", "ein", "eine", "nicht", "le",
    "la", "les", "des", "une", "est", "du", "dans", "el", "los", "las", "del", "una", "por", "il",
    "che", "di", "della", "sono", "ang", "ng", "sa", "mga", "yang", "dan", "dengan", "untuk",
    "och", "att", "som", "og", "ikke", "er", "na", "se", "do", "da", "em", "os",
];

/// A word list looked up by key: every word of a sample is looked up,
/// and a scan of both lists cost a run nearly 1% of its instructions.
struct WordKeys(Vec<u64>);

impl WordKeys {
    fn of(list: &[&str]) -> WordKeys {
        let mut keys: Vec<u64> = list.iter().filter_map(|w| packed(w)).collect();
        keys.sort_unstable();
        WordKeys(keys)
    }

    fn contains(&self, key: u64) -> bool {
        self.0.binary_search(&key).is_ok()
    }
}

static ENGLISH_KEYS: LazyLock<WordKeys> = LazyLock::new(|| WordKeys::of(ENGLISH_FUNCTION_WORDS));
static FOREIGN_KEYS: LazyLock<WordKeys> = LazyLock::new(|| WordKeys::of(FOREIGN_FUNCTION_WORDS));

/// The key of a word of at most eight ASCII bytes, lower-cased: its bytes
/// in a `u64`, so that two words have the same key exactly when they are
/// equal ignoring ASCII case (no word holds a zero byte). Longer words and
/// words with other than ASCII are in no list (the lists are short ASCII
/// words).
fn packed(word: &str) -> Option<u64> {
    if word.len() > 8 {
        return None;
    }
    let mut key = 0u64;
    for (i, byte) in word.bytes().enumerate() {
        if !byte.is_ascii() {
            return None;
        }
        key |= u64::from(byte.to_ascii_lowercase()) << (8 * i);
    }
    Some(key)
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
    fn word_keys_find_exactly_the_listed_words_in_any_case() {
        let scan = |word: &str, list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
        let mut words: Vec<String> = Vec::new();
        for w in ENGLISH_FUNCTION_WORDS.iter().chain(FOREIGN_FUNCTION_WORDS) {
            words.push(w.to_string());
            words.push(w.to_uppercase());
            words.push(format!("{w}s"));
            words.push(w[..w.len() - 1].to_string());
        }
        words.extend(
            [
                "Dengan",
                "untukx",
                "wouldn't",
                "ärger",
                "thé",
                "",
                "internationally",
            ]
            .map(String::from),
        );
        for word in &words {
            let key = packed(word);
            assert_eq!(
                key.is_some_and(|k| ENGLISH_KEYS.contains(k)),
                scan(word, ENGLISH_FUNCTION_WORDS),
                "{word}"
            );
            assert_eq!(
                key.is_some_and(|k| FOREIGN_KEYS.contains(k)),
                scan(word, FOREIGN_FUNCTION_WORDS),
                "{word}"
            );
        }
    }

    #[test]
    fn a_hint_that_agrees_raises_confidence_and_a_wrong_one_is_ignored() {
        let text = "Le conseil municipal a décidé mardi de fermer la vieille piscine \
                    pendant tout l'été afin de réparer le toit qui fuit depuis des années.";
        let plain = detect(text, Hints::default());
        assert_eq!(plain.language, Some("fr"));
        let agreeing = detect(text, html_lang("fr"));
        assert!(agreeing.confidence > plain.confidence || plain.confidence == 1.0);
        let template_default = detect(text, html_lang("en-US"));
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

    const ENGLISH: &str = "The city council voted on Tuesday to close the old bridge over the \
        river for most of the summer, after engineers said that the supports had been weakened \
        by the floods of last spring. The mayor told reporters that the work would cost more \
        than the city had planned, and that the state was expected to pay for part of it.";

    #[test]
    fn plain_english_passes_the_word_test_and_the_detector_agrees() {
        assert!(plainly_english(ENGLISH));
        let by_detector = whatlang::detect(ENGLISH).map(|info| (info.lang(), info.is_reliable()));
        assert_eq!(by_detector, Some((whatlang::Lang::Eng, true)));
        let found = detect(ENGLISH, Hints::default());
        assert_eq!((found.language, found.confidence), (Some("en"), 1.0));
    }

    fn html_lang(code: &str) -> Hints<'_> {
        Hints {
            html_lang: Some(code),
            content_language: None,
        }
    }

    #[test]
    fn a_hint_of_another_language_sends_even_plain_english_to_the_detector() {
        assert!(word_test_decides(ENGLISH, None));
        assert!(word_test_decides(ENGLISH, Some("en")));
        assert!(!word_test_decides(ENGLISH, Some("de")));
        // Where the detector reads English all the same.
        assert_eq!(detect(ENGLISH, html_lang("de")).language, Some("en"));
    }

    /// A sample of `the` lowercase "the", `function` "of", `foreign` "und"
    /// and `content` copies of `word`, one after the other.
    fn synthetic(
        the: usize,
        function: usize,
        foreign: usize,
        content: usize,
        word: &str,
    ) -> String {
        let mut words = Vec::new();
        words.extend(std::iter::repeat_n("the", the));
        words.extend(std::iter::repeat_n("of", function));
        words.extend(std::iter::repeat_n("und", foreign));
        words.extend(std::iter::repeat_n(word, content));
        words.join(" ")
    }

    #[test]
    fn each_threshold_of_the_word_test_can_turn_it_down() {
        // 40 words: 4 "the" (10%), 8 function words in all (20%).
        assert!(plainly_english(&synthetic(4, 4, 0, 32, "river")));
        // 29 words.
        assert!(!plainly_english(&synthetic(4, 4, 0, 21, "river")));
        // Function words under a fifth.
        assert!(!plainly_english(&synthetic(4, 3, 0, 33, "river")));
        // One "the" in 41 words.
        assert!(plainly_english(&synthetic(1, 7, 0, 32, "river")));
        assert!(!plainly_english(&synthetic(1, 8, 0, 33, "river")));
        // Capital "The" is not counted.
        let capital = synthetic(4, 4, 0, 32, "river").replace("the", "The");
        assert!(!plainly_english(&capital));
        // Foreign function words: one in 40 passes, two do not.
        assert!(plainly_english(&synthetic(4, 4, 1, 31, "river")));
        assert!(!plainly_english(&synthetic(4, 4, 2, 30, "river")));
        // Accented letters: "rivér" is one letter in five.
        assert!(!plainly_english(&synthetic(4, 4, 0, 32, "rivér")));
        // The same word decomposed (e + U+0301) is one word, still accented.
        assert!(!plainly_english(&synthetic(4, 4, 0, 32, "rive\u{301}r")));
    }

    #[test]
    fn apostrophes_inside_words_do_not_split_them() {
        let found: Vec<&str> = words("don't ’tis the city’s 'quoted' thế").collect();
        assert_eq!(found, ["don't", "tis", "the", "city’s", "quoted", "thế"]);
        let decomposed: Vec<&str> = words("the\u{302}\u{301} the").collect();
        assert_eq!(decomposed, ["the\u{302}\u{301}", "the"]);
    }

    #[test]
    fn other_languages_and_short_or_mixed_english_go_to_the_detector() {
        let others = [
            "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss im \
             kommenden Sommer zu sperren, nachdem Ingenieure festgestellt hatten, dass die \
             Pfeiler durch das Hochwasser im Frühjahr geschwächt worden sind. Der Bürgermeister \
             sagte, die Arbeiten würden mehr kosten als geplant.",
            "De gemeenteraad heeft dinsdag besloten de oude brug over de rivier in de zomer te \
             sluiten, nadat ingenieurs hadden vastgesteld dat de pijlers door het hoogwater in \
             het voorjaar zijn verzwakt. De burgemeester zei dat het werk meer zal kosten dan \
             de stad had gepland en dat de provincie een deel betaalt.",
            // Dutch that names English titles: capital "The" is not counted.
            "Het programma The Voice of Holland was jarenlang een groot succes, en in het \
             najaar is er ook een avond over The Beatles op tv. Wie in Amsterdam woont, kan \
             de opnames in de studio bijwonen. Kaartjes zijn gratis, maar op is op, zei een \
             woordvoerder van de omroep, die ook The Masked Singer maakt.",
            "El concejo municipal votó el martes cerrar el viejo puente sobre el río durante \
             gran parte del verano, después de que los ingenieros dijeran que los pilares se \
             habían debilitado por las inundaciones de la primavera pasada. El alcalde dijo que \
             la obra costará más de lo previsto y que el estado pagará una parte.",
            "Il consiglio comunale ha votato martedì la chiusura del vecchio ponte sul fiume per \
             gran parte dell'estate, dopo che gli ingegneri hanno detto che i piloni erano stati \
             indeboliti dalle alluvioni della primavera scorsa. Il sindaco ha detto che i lavori \
             costeranno più del previsto e che la regione pagherà una parte.",
            // French, with a short English quote in it.
            "Le conseil municipal a voté mardi la fermeture du vieux pont sur le fleuve pendant \
             une grande partie de l'été. « The bridge is not safe », a dit un ingénieur venu des \
             États-Unis, après que les piliers ont été affaiblis par les crues du printemps \
             dernier. Le maire a déclaré que les travaux coûteraient plus cher que prévu et que \
             la région en paierait une partie.",
            // English, but too short to say.
            "The mayor said the bridge is closed.",
        ];
        for text in others {
            assert!(!plainly_english(text), "{text}");
        }
    }

    #[test]
    fn long_texts_are_sampled_on_a_character_boundary() {
        let text = "ж".repeat(SAMPLE_BYTES);
        assert!(sample(&text).len() <= SAMPLE_BYTES);
        assert!(text.is_char_boundary(sample(&text).len()));
    }
}
