//! People the tagger did not mark but the sentence presents as people: a
//! single capitalised word opening a sentence, set off by an age or by a
//! description that says who ("Samir, a 52-year-old shopkeeper who gave
//! only his first name, said …", "Marcus, a warehouse supervisor who asked
//! that his last name not be used, said …", "Jalen, 16, told …"). Features
//! name ordinary people by first name alone, and such names are often
//! missing from name lists; the quote rules need them as people to take
//! them as speakers and pronoun antecedents.

use crate::canonical::scan::{starts_upper, TokKind, TokenView};
use newsmill_types::{EntityKind, Mention, Span, Zone};

/// How far the description may run before its "who" or age.
const MAX_DESCRIPTION_TOKENS: usize = 10;
/// Ages beyond this are not read as ages.
const MAX_AGE: u32 = 110;

/// The people of `view` opening sentences (`sentences`, token ranges) as
/// above, that no mention already covers. Nearly always empty.
pub(super) fn unnamed_people(
    view: &TokenView<'_>,
    sentences: &[(usize, usize)],
    mentions: &[Mention],
) -> Vec<Mention> {
    let mut found = Vec::new();
    for &(a, b) in sentences {
        let mut k = a;
        while k < b && view.toks[k].kind == TokKind::Newline {
            k += 1;
        }
        if k + 3 >= b || !presents_a_person(view, k, b) {
            continue;
        }
        let t = view.toks[k];
        let covered = mentions
            .iter()
            .any(|m| m.span.start <= t.start && t.start < m.span.end);
        if !covered {
            let name = view.w(k);
            found.push(Mention {
                text: name.to_string(),
                kind: EntityKind::Person,
                span: Span::new(t.start, t.end),
                canonical: name.to_string(),
                zone: Zone::Body,
            });
        }
    }
    found
}

/// Whether token `k` is a capitalised word (not all capitals) followed by
/// ", NN," or by ", a/an …" whose words before the next comma (within
/// [`MAX_DESCRIPTION_TOKENS`], before `b`) hold an age or "who".
fn presents_a_person(view: &TokenView<'_>, k: usize, b: usize) -> bool {
    // The comma first: it rules out nearly every sentence.
    if view.w(k + 1) != "," || !view.is_word(k) {
        return false;
    }
    let word = view.w(k);
    if word.len() < 3 || !starts_upper(word) || word.chars().all(|c| !c.is_lowercase()) {
        return false;
    }
    let age = |w: &str| w.parse::<u32>().is_ok_and(|n| (1..=MAX_AGE).contains(&n));
    if age(view.w(k + 2)) {
        return view.w(k + 3) == ",";
    }
    if !matches!(view.lw(k + 2), "a" | "an") {
        return false;
    }
    (k + 3..(k + 3 + MAX_DESCRIPTION_TOKENS).min(b))
        .take_while(|&j| view.w(j) != ",")
        .any(|j| view.lw(j) == "who" || view.lw(j).ends_with("-year-old"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canonical::scan::Scanned;

    fn people(text: &str) -> Vec<String> {
        let scanned = Scanned::new(text);
        unnamed_people(&scanned.view, &scanned.sentences, &[])
            .into_iter()
            .map(|m| m.text)
            .collect()
    }

    #[test]
    fn a_first_name_set_off_by_an_age_or_a_who_is_a_person() {
        assert_eq!(
            people("Residents cleared rubble. Samir, a 52-year-old shopkeeper who gave only his first name, said he was asleep."),
            ["Samir"]
        );
        assert_eq!(
            people("Marcus, a warehouse supervisor in Tucson who asked that his last name not be used, said so."),
            ["Marcus"]
        );
        assert_eq!(
            people("Jalen, 16, told the Gazette he had an exam."),
            ["Jalen"]
        );
        // Places and things described without "who" or an age stay out.
        assert!(
            people("Tucson, a city in Arizona, grew fast. Reuters, a news agency, said so.")
                .is_empty()
        );
        assert!(people("BERLIN, 12, was a typo.").is_empty());
    }

    #[test]
    fn a_name_already_marked_is_not_added_again() {
        let text = "Samir, 52, said no.";
        let scanned = Scanned::new(text);
        let marked = vec![Mention {
            text: "Samir".into(),
            kind: EntityKind::Person,
            span: Span::new(0, 5),
            canonical: "Samir".into(),
            zone: Zone::Body,
        }];
        assert!(unnamed_people(&scanned.view, &scanned.sentences, &marked).is_empty());
    }
}
