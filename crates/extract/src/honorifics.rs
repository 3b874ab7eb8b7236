//! Honorifics that open a person's name in the English-language news of
//! South Asia and West Africa ("Shri Vinod Patidar", "Smt. Kavita Rathore",
//! "Alhaji Musa Bello"), and the councillors of British, Irish and
//! Australian local news ("Cllr Ann Lee"). The tagger learnt names from
//! Reuters copy, which writes none of them: it takes such a word into the
//! name before it ("MLA Smt") or types the whole span as an organisation
//! ("Zila Panchayat Shri Vinod Patidar"). Whatever follows the honorific is
//! a person's name.

use newsmill_types::{EntityKind, Span};

/// Honorifics of one person, written before the name (with or without a
/// full stop). "Sri" is left out: it opens "Sri Lanka".
const HONORIFICS: &[&str] = &[
    "Shri",
    "Shree",
    "Smt",
    "Shrimati",
    "Kumari",
    "Sushri",
    "Alhaji",
    "Alhaja",
    "Hajia",
    "Cllr",
    "Councillor",
];

fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word.trim_end_matches('.'))
}

/// The parts of the tagged `span` of `text` around its first honorific:
/// the name after it as a person, and the words before it with the
/// tagger's `kind` when they are more than one word (a single word before
/// an honorific is a role: "MLA", "Minister"). `None` when the span holds
/// no honorific (nearly every span: nothing is allocated then).
pub(crate) fn split_at_honorific(
    text: &str,
    span: Span,
    kind: EntityKind,
) -> Option<Vec<(Span, EntityKind)>> {
    let surface = text.get(span.start..span.end)?;
    // Every span passes here: look further only where a word opens as an
    // honorific does ("Sh", "Sm", "Su", "Ku", "Al", "Ha").
    // A one-word span has nothing after an honorific.
    if !surface.as_bytes().contains(&b' ') {
        return None;
    }
    let may_hold = surface.split(' ').any(|w| {
        matches!(
            w.as_bytes(),
            [b'S', b'h' | b'm' | b'u', ..]
                | [b'K', b'u', ..]
                | [b'A', b'l', ..]
                | [b'H', b'a', ..]
                | [b'C', b'l' | b'o', ..]
        )
    });
    if !may_hold {
        return None;
    }
    let mut words = surface
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - surface.as_ptr() as usize, w));
    let (at, word) = words.find(|(_, w)| is_honorific(w))?;
    let mut parts = Vec::with_capacity(2);
    let before = surface[..at].trim_end();
    if before.split_whitespace().count() > 1 {
        parts.push((Span::new(span.start, span.start + before.len()), kind));
    }
    let after_at = at + word.len();
    let after = surface[after_at..].trim_start();
    if after.starts_with(|c: char| c.is_uppercase()) {
        parts.push((
            Span::new(span.end - after.len(), span.end),
            EntityKind::Person,
        ));
    }
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str, kind: EntityKind) -> Vec<(&str, EntityKind)> {
        split_at_honorific(text, Span::new(0, text.len()), kind)
            .unwrap_or_else(|| vec![(Span::new(0, text.len()), kind)])
            .into_iter()
            .map(|(s, k)| (&text[s.start..s.end], k))
            .collect()
    }

    #[test]
    fn the_name_after_an_honorific_is_a_person() {
        use EntityKind::{Organisation as O, Person as P};
        assert_eq!(
            split("Zila Panchayat Shri Vinod Patidar", O),
            [("Zila Panchayat", O), ("Vinod Patidar", P)]
        );
        assert_eq!(split("Shri Vinod Patidar", P), [("Vinod Patidar", P)]);
        assert_eq!(split("Smt. Kavita Rathore", O), [("Kavita Rathore", P)]);
        assert_eq!(split("Alhaji Musa Bello", O), [("Musa Bello", P)]);
        // A role before it, or nothing after it, is no name.
        assert_eq!(split("MLA Smt", O), []);
        assert_eq!(split("MLA Shri Ram Kumar", O), [("Ram Kumar", P)]);
        // Spans without one stay as they are.
        assert_eq!(
            split("Sri Lanka", EntityKind::Place),
            [("Sri Lanka", EntityKind::Place)]
        );
        assert_eq!(split("Shrimp Inc", O), [("Shrimp Inc", O)]);
        // A councillor's title in British and Australian local news.
        assert_eq!(
            split("Cllr Graham Pickersgill", P),
            [("Graham Pickersgill", P)]
        );
        assert_eq!(split("Councillor Ann Lee", O), [("Ann Lee", P)]);
        assert_eq!(split("County Council", O), [("County Council", O)]);
    }

    #[test]
    fn offsets_are_into_the_whole_text() {
        let text = "Leader of Opposition in the Zila Panchayat Shri Vinod Patidar alleged";
        let start = text.find("Zila").unwrap_or(0);
        let end = text.find(" alleged").unwrap_or(0);
        let got = split_at_honorific(text, Span::new(start, end), EntityKind::Organisation)
            .unwrap_or_default();
        let names: Vec<&str> = got.iter().map(|(s, _)| &text[s.start..s.end]).collect();
        assert_eq!(names, ["Zila Panchayat", "Vinod Patidar"]);
    }
}
