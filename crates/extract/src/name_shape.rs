//! What a tagged span must look like to be a name. The tagger was trained on
//! newswire; on web text (how-to guides, product pages) it sometimes takes
//! the word opening a sentence into a name ("Is HubSpot", "Use Mailchimp",
//! "How Zoho") or tags a span with no letters at all ("&"). Such openers are
//! cut off; what is left must still start with a capital letter.

use crate::word_shape::{first_letter_lengths, ShapedSet};
use newsmill_types::Span;
use std::sync::LazyLock;

/// Words that open a sentence or clause and never open a name: auxiliaries
/// and question words (questions in how-to text), imperatives of
/// instructions, sentence adverbs and conjunctions. Names such as "Will",
/// "May" or "Mark" are left out on purpose.
const NEVER_OPENS_A_NAME: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "use",
    "using",
    "choose",
    "try",
    "get",
    "add",
    "create",
    "click",
    "select",
    "install",
    "download",
    "read",
    "check",
    "find",
    "learn",
    "pick",
    "write",
    "make",
    "start",
    "compare",
    "consider",
    "avoid",
    "keep",
    "visit",
    "how",
    "why",
    "what",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "apparently",
    "additionally",
    "also",
    "however",
    "moreover",
    "furthermore",
    "meanwhile",
    "otherwise",
    "instead",
    "then",
    "thus",
    "therefore",
    "hence",
    "and",
    "or",
    "but",
    "nor",
    "yet",
    "if",
    "unless",
    "although",
    "though",
    "while",
    "because",
    "etc",
    "plus",
    "via",
    "unlike",
    "without",
];

/// The sides of a span that pits names against each other ("Zoom vs.
/// Figma", "Lazio versus Roma"): a comparison or a fixture is two names,
/// not one. `None` for a span without such a word (nearly every span:
/// nothing is allocated for it). Case names ("Roe v. Wade") use "v." and
/// stay whole.
pub(crate) fn matchup_sides(text: &str, span: Span) -> Option<Vec<Span>> {
    let surface = text.get(span.start..span.end)?;
    // Every tagged span passes here: look only where a "v" is, for
    // " vs"/" ve" in any case.
    let bytes = surface.as_bytes();
    let may_split = memchr::memchr2_iter(b'v', b'V', bytes).any(|i| {
        i > 0
            && bytes[i - 1] == b' '
            && bytes
                .get(i + 1)
                .is_some_and(|&c| matches!(c | 0x20, b's' | b'e'))
    });
    if !may_split {
        return None;
    }
    let mut sides = Vec::new();
    let mut from = 0;
    let mut at = 0;
    while let Some(found) = surface[at..].find(' ') {
        let word_start = at + found + 1;
        let rest = &surface[word_start..];
        let word_len = rest.find(' ').unwrap_or(rest.len());
        let word = &rest[..word_len];
        let against = matches!(
            word,
            "vs." | "vs" | "Vs." | "VS" | "VS." | "versus" | "Versus"
        );
        if against && word_start + word_len < surface.len() {
            sides.push(Span::new(span.start + from, span.start + at + found));
            from = word_start + word_len + 1;
        }
        at = word_start;
    }
    if sides.is_empty() {
        return None;
    }
    sides.push(Span::new(span.start + from, span.end));
    sides.retain(|side| side.start < side.end);
    Some(sides)
}

/// [`NEVER_OPENS_A_NAME`] by first letter and length.
static OPENER_LENGTHS: [u32; 26] = first_letter_lengths(NEVER_OPENS_A_NAME);

/// Whether `word` has the first letter (in either case) and the length of
/// a word of [`NEVER_OPENS_A_NAME`]: most names' first words do not, and
/// need no comparison with the list.
fn may_be_an_opener(word: &str) -> bool {
    let Some(first) = word.bytes().next() else {
        return false;
    };
    let letter = first.to_ascii_lowercase();
    letter.is_ascii_lowercase()
        && word.len() < 32
        && OPENER_LENGTHS[usize::from(letter - b'a')] & (1 << word.len()) != 0
}

/// The part of `span` (in `text`) that can be a name, or `None` when nothing
/// can: leading words from [`NEVER_OPENS_A_NAME`] written in title case are
/// cut, and the rest must hold a letter and a capital (or open with a digit).
pub(crate) fn name_part(text: &str, span: Span) -> Option<Span> {
    let surface = text.get(span.start..span.end)?;
    let mut start = 0;
    loop {
        let rest = &surface[start..];
        let word_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = rest[..word_len].trim_end_matches(['.', ',', ';', ':']);
        // Only as a sentence opener writes it ("Who", not the "WHO"); the
        // cheapest test first.
        if !may_be_an_opener(word)
            || word.chars().skip(1).any(char::is_uppercase)
            || !NEVER_OPENS_A_NAME
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word))
        {
            break;
        }
        let after = &rest[word_len..];
        let skipped = after.len() - after.trim_start().len();
        if after.trim_start().is_empty() {
            return None;
        }
        start += word_len + skipped;
    }
    let name = &surface[start..];
    // "al-Tanf", "iPhone" and "3M" are names; "idiomatic" or "&" is not.
    let first = name.chars().next()?;
    let has_capital = name.chars().any(char::is_uppercase);
    // A capital is a letter (Unicode's Alphabetic holds all of Uppercase):
    // only a name without one needs the second look.
    if !(has_capital || first.is_ascii_digit() && name.chars().any(char::is_alphabetic)) {
        return None;
    }
    Some(Span::new(span.start + start, span.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(surface: &str) -> Option<&str> {
        name_part(surface, Span::new(0, surface.len())).map(|s| &surface[s.start..s.end])
    }

    #[test]
    fn every_listed_opener_is_cut_off_in_title_case() {
        for word in NEVER_OPENS_A_NAME {
            let title: String = word[..1].to_uppercase() + &word[1..];
            let surface = format!("{title} Zoho");
            assert_eq!(part(&surface), Some("Zoho"), "{surface}");
            assert!(may_be_an_opener(&title) && may_be_an_opener(&word.to_uppercase()));
        }
        assert!(!may_be_an_opener("Zoho") && !may_be_an_opener("Éclair") && !may_be_an_opener(""));
    }

    #[test]
    fn every_capital_is_a_letter() {
        // `name_part` skips its letter test for a name with a capital.
        for c in (char::MIN..=char::MAX).filter(|c| c.is_uppercase()) {
            assert!(c.is_alphabetic(), "{c:?}");
        }
        assert_eq!(part("3M"), Some("3M"));
        assert_eq!(part("1990"), None, "digits alone");
        assert_eq!(part("3 × 4"), None);
        assert_eq!(part("3rd"), Some("3rd"), "a digit, then letters");
    }

    #[test]
    fn sentence_openers_are_cut_off() {
        assert_eq!(part("Is HubSpot"), Some("HubSpot"));
        assert_eq!(part("Use Mailchimp"), Some("Mailchimp"));
        assert_eq!(part("How Zoho"), Some("Zoho"));
        assert_eq!(part("Apparently Gemini"), Some("Gemini"));
        assert_eq!(part("Compare Zoho"), Some("Zoho"));
        assert_eq!(part("Pick"), None, "an imperative alone");
    }

    #[test]
    fn spans_that_cannot_be_names_are_dropped() {
        assert_eq!(part("etc. Additionally"), None);
        assert_eq!(part("Or"), None);
        assert_eq!(part("&"), None);
        assert_eq!(
            part("Use idiomatic"),
            None,
            "what is left is not capitalised"
        );
    }

    #[test]
    fn names_stay_whole() {
        for name in [
            "Will Smith",
            "May Day",
            "Mark Carney",
            "U.S.",
            "3M",
            "The Hague",
            "Gaza",
            "WHO",
            "al-Tanf",
            "intra-Afghan",
            "iPhone",
        ] {
            assert_eq!(part(name), Some(name));
        }
    }
}

/// Words that open an English place name: "Port Alder", "Mount Kenya",
/// "Lake Tana", "Cape Town", "Fort Worth".
const PLACE_OPENERS: &[&str] = &[
    "Port", "Mount", "Mt.", "Lake", "Cape", "Fort", "Glen", "Isle", "Point",
];

/// Words that close an English place name: "Marrow Bay", "Sarn River",
/// "Niagara Falls", "Palm Springs". ("City" is left out: it closes football
/// clubs as often as towns.)
const PLACE_CLOSERS: &[&str] = &[
    "Bay",
    "River",
    "Island",
    "Islands",
    "Valley",
    "Harbour",
    "Harbor",
    "Hills",
    "Falls",
    "Springs",
    "Beach",
    "Heights",
    "Strait",
    "Gulf",
    "Peninsula",
    "Creek",
    "Canyon",
    "Coast",
    "Mountains",
    "Desert",
    "Sea",
    "Ocean",
    "County",
    "Province",
    "Region",
    "District",
    "Statehouse",
    "Capitol",
    "Courthouse",
    "Stadium",
    "Arena",
    "Ground",
    "Oval",
    "Airport",
];

/// Words that make a name an organisation whatever its place word ("Port
/// Authority", "Marrow Bay Rovers", "Gulf Oil").
const ORGANISATION_WORDS: &[&str] = &[
    "Authority",
    "Union",
    "Agency",
    "Rovers",
    "United",
    "FC",
    "Club",
    "Council",
    "Company",
    "Corp",
    "Corp.",
    "Inc",
    "Inc.",
    "Group",
    "Party",
    "Bank",
    "University",
    "College",
    "School",
    "Hospital",
    "Association",
    "Press",
    "Times",
    "News",
    "Oil",
    "Airlines",
    "Airways",
    "Police",
    "Board",
    "Commission",
    "Department",
    "Ministry",
    "Office",
    "Foundation",
    "Institute",
    "Trust",
    "Society",
    "Federation",
    "League",
    "Team",
    "Capital",
    "Partners",
    "Holdings",
];

/// A name of two or three words shaped like a place ("Port Alder", "Marrow
/// Bay") and with no organisation word. The tagger, trained on newswire,
/// often types such names it has never seen as people or organisations; the
/// shape is English toponymy, not a list of known places.
pub(crate) fn looks_like_place(name: &str) -> bool {
    // Called for every tagged mention: no allocation, and the short lists
    // of place words are asked before the longer one of organisation words
    // (most names have neither).
    let words = name.split_whitespace();
    let count = words.clone().count();
    if !(2..=3).contains(&count) {
        return false;
    }
    let mut ends = words.clone();
    let first = ends.next().unwrap_or("");
    let last = ends.last().unwrap_or("");
    let lists = &*PLACE_WORD_SETS;
    (lists.openers.contains(first) || lists.closers.contains(last))
        && !words.clone().any(|w| lists.organisation.contains(w))
}

/// [`PLACE_OPENERS`], [`PLACE_CLOSERS`] and [`ORGANISATION_WORDS`] as sets
/// that answer most words from their first byte and length.
struct PlaceWordSets {
    openers: ShapedSet<&'static str>,
    closers: ShapedSet<&'static str>,
    organisation: ShapedSet<&'static str>,
}

static PLACE_WORD_SETS: LazyLock<PlaceWordSets> = LazyLock::new(|| PlaceWordSets {
    openers: PLACE_OPENERS.iter().copied().collect(),
    closers: PLACE_CLOSERS.iter().copied().collect(),
    organisation: ORGANISATION_WORDS.iter().copied().collect(),
});

#[cfg(test)]
mod matchup_tests {
    use super::{matchup_sides, Span};

    fn sides(text: &str) -> Vec<&str> {
        matchup_sides(text, Span::new(0, text.len()))
            .unwrap_or_else(|| vec![Span::new(0, text.len())])
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn names_pitted_against_each_other_are_two_names() {
        assert_eq!(sides("Zoom vs. Figma"), ["Zoom", "Figma"]);
        assert_eq!(sides("Slack vs Zoom vs. Figma"), ["Slack", "Zoom", "Figma"]);
        assert_eq!(sides("Lazio versus AS Roma"), ["Lazio", "AS Roma"]);
        // A case name and a name without the word stay whole.
        assert_eq!(sides("Roe v. Wade"), ["Roe v. Wade"]);
        assert_eq!(sides("Versus Media Group"), ["Versus Media Group"]);
        // The word at an end splits nothing.
        assert_eq!(sides("Broncos vs."), ["Broncos vs."]);
        // Offsets are into the whole text.
        let text = "Watch Broncos vs. Raiders tonight";
        let got = matchup_sides(text, Span::new(6, 25));
        assert_eq!(got, Some(vec![Span::new(6, 13), Span::new(18, 25)]));
    }
}

#[cfg(test)]
mod place_tests {
    use super::looks_like_place;

    #[test]
    fn place_shaped_names() {
        for name in [
            "Port Alder",
            "Marrow Bay",
            "Mount Kenya",
            "Sarn River",
            "Palm Springs",
            "Indiana Statehouse",
            "Harbor Arena",
            "Riverside Ground",
            "Kensington Oval",
        ] {
            assert!(looks_like_place(name), "{name}");
        }
        for name in [
            "Port Authority",
            "Marrow Bay Rovers",
            "Gulf Oil",
            "Bay",
            "Tomas Renko",
            "Manchester City",
            "Port Alder Harbour Authority",
        ] {
            assert!(!looks_like_place(name), "{name}");
        }
    }
}
