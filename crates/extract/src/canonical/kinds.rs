//! One type per name: the votes of an article's mentions, and the body's
//! types followed by the other zones.

use super::{clean_name, HashMap};
use newsmill_types::{EntityKind, Mention};

/// Whether a finite speech verb stands right after or right before a
/// mention's span ("Herbert notes", "said Herbert").
fn speech_verb_beside(text: &str, start: usize, end: usize) -> bool {
    let after = text
        .get(end..)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_alphabetic()).next());
    let before = text
        .get(..start)
        .and_then(|head| head.strip_suffix(' '))
        .and_then(|head| head.rsplit(|c: char| !c.is_ascii_alphabetic()).next());
    [after, before]
        .into_iter()
        .flatten()
        .any(crate::quotes::is_finite_speech_verb)
}

/// One type per name in an article: when the tagger typed the same name
/// differently in different sentences ("Stadia" a person once, an
/// organisation twice), every mention of it takes the type most of them
/// have. Ties keep each mention as tagged (there is no evidence to prefer
/// one reading), except a one-word name read as often a place as a person
/// with nothing else saying it is a person (see below).
pub(crate) fn vote_kinds(text: &str, mentions: &mut [Mention]) {
    // Sized once: growing a table step by step rehashes every key again.
    let mut votes: HashMap<&str, [u32; 4]> =
        HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    for m in mentions.iter() {
        let (name, _) = clean_name(&m.text);
        if !name.is_empty() {
            votes.entry(name).or_default()[m.kind.index()] += 1;
        }
    }
    // Names whose tie makes them a place or an organisation unless the
    // article marks them as a person (see `not_a_person` below).
    let mut suspects: Vec<(&str, EntityKind)> = Vec::new();
    let mut winners: HashMap<String, EntityKind> = votes
        .into_iter()
        .filter_map(|(name, counts)| {
            let best = *counts.iter().max()?;
            let mut leaders = EntityKind::ALL
                .into_iter()
                .filter(|k| counts[k.index()] == best);
            let winner = leaders.next()?;
            let mixed = counts.iter().filter(|&&c| c > 0).count() > 1;
            let tied = leaders.next();
            // "Waterford" read as the county, the team and, once, a person:
            // a one-word name the tagger takes as often for a place as for a
            // person is the place or what acts in its name. Its club or
            // council is an organisation, the kind listed first, so an
            // organisation in the tie wins over the place.
            let not_a_person = winner == EntityKind::Person
                && counts[EntityKind::Place.index()] == best
                && !name.contains(' ');
            match tied {
                None => mixed.then(|| (name.to_string(), winner)),
                Some(other) if not_a_person => {
                    suspects.push((name, other));
                    None
                }
                Some(_) => None,
            }
        })
        .collect();
    // Person evidence, looked for only when a name is suspect (rare): a
    // person named in full with it ("De'Broski Herbert"), a title ("Dr.
    // Chan"), or the name saying something ("Herbert notes", "said Herbert").
    if !suspects.is_empty() {
        let marked_a_person = |word: &str| {
            mentions.iter().any(|m| {
                let (name, title) = clean_name(&m.text);
                (m.kind == EntityKind::Person
                    && name.contains(' ')
                    && name.split_whitespace().any(|w| w == word))
                    || (name == word
                        && (title.is_some() || speech_verb_beside(text, m.span.start, m.span.end)))
            })
        };
        for (name, kind) in suspects {
            if !marked_a_person(name) {
                winners.insert(name.to_string(), kind);
            }
        }
    }
    if winners.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let (name, _) = clean_name(&m.text);
        if let Some(&kind) = winners.get(name) {
            m.kind = kind;
        }
    }
}

/// Mentions outside the body (headline, captions: short title-case lines
/// the tagger reads less well) take the type the body gives the same name,
/// when the body's mentions of it agree on one, or are the person whose
/// surname they are.
pub(crate) fn follow_kinds(body: &[Mention], others: &mut [Mention]) {
    let mut votes: HashMap<&str, [u32; 4]> =
        HashMap::with_capacity_and_hasher(body.len(), Default::default());
    for m in body {
        let (name, _) = clean_name(&m.text);
        if !name.is_empty() {
            votes.entry(name).or_default()[m.kind.index()] += 1;
        }
    }
    // A surname alone outside the body is the person the body names in
    // full ("Keel" in a headline, "Marta Keel" in the body).
    let surnames: Vec<&str> = body
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| clean_name(&m.text).0.rsplit_once(' ').map(|(_, last)| last))
        .collect();
    for m in others.iter_mut() {
        let (name, _) = clean_name(&m.text);
        let Some(counts) = votes.get(name) else {
            if surnames.contains(&name) {
                m.kind = EntityKind::Person;
            }
            continue;
        };
        let best = counts.iter().copied().max().unwrap_or(0);
        let mut leaders = EntityKind::ALL
            .into_iter()
            .filter(|k| best > 0 && counts[k.index()] == best);
        if let (Some(kind), None) = (leaders.next(), leaders.next()) {
            m.kind = kind;
        }
    }
}
