//! Names outside the body, where the tagger alone is not to be trusted:
//! byline authors and picture credits are names by position, and a
//! title-case headline or caption makes every word look like a name.

use crate::canonical::clean_name;
use newsmill_types::{EntityKind, Mention, Span, Zone, ZonedText};

/// Words that make a credit an organisation rather than a photographer.
const ORGANISATION_WORDS: &[&str] = &[
    "agency",
    "archive",
    "archives",
    "collaboration",
    "corp",
    "department",
    "films",
    "foundation",
    "group",
    "images",
    "inc",
    "institute",
    "ltd",
    "media",
    "ministry",
    "museum",
    "network",
    "news",
    "office",
    "photos",
    "pictures",
    "police",
    "press",
    "service",
    "studios",
    "times",
    "tv",
    "university",
    "wire",
];

/// Byline authors and credits: each piece is one name, replacing what the
/// tagger found inside it. An author is a person unless the tagger reads
/// the whole piece as an organisation ("Reuters"); a credit is a person
/// when it is written as one (two to four title-case words: "Meg
/// Kinnard"), else an organisation ("AP", "Getty Images").
pub(crate) fn names_by_position(zoned: &ZonedText, mentions: &mut Vec<Mention>) {
    let text = zoned.text();
    let mut changed = false;
    for (piece, zone) in zoned.pieces() {
        if !matches!(zone, Zone::Byline | Zone::Credit) {
            continue;
        }
        let Some(name) = text.get(piece.start..piece.end) else {
            continue;
        };
        let tagged_organisation = mentions
            .iter()
            .any(|m| m.span == piece && m.kind == EntityKind::Organisation);
        let kind = match zone {
            Zone::Byline if !tagged_organisation => EntityKind::Person,
            Zone::Credit if !tagged_organisation && written_as_person(name) => EntityKind::Person,
            _ => EntityKind::Organisation,
        };
        mentions.retain(|m| m.span.end <= piece.start || m.span.start >= piece.end);
        mentions.push(Mention {
            text: name.to_string(),
            kind,
            span: piece,
            canonical: name.to_string(),
            zone,
        });
        changed = true;
    }
    if changed {
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
}

fn written_as_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && !ORGANISATION_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// In a title-case headline, standfirst or caption, a name is kept only
/// when the body names it too (cut to the body's name when the tagger ran
/// on into the next capitalised word: "Marie Yovanovitch Have"); names the
/// body never uses are mostly capitalised headline words ("Net Worth").
/// Lines in sentence case keep what the tagger found.
pub(crate) fn confirm_headings(zoned: &ZonedText, mentions: &mut Vec<Mention>) {
    let text = zoned.text();
    let body_len = zoned.body_len();
    let headings: Vec<Span> = zoned
        .pieces()
        .filter(|(piece, zone)| {
            matches!(zone, Zone::Title | Zone::Standfirst | Zone::Caption)
                && text.get(piece.start..piece.end).is_some_and(title_case)
        })
        .map(|(piece, _)| piece)
        .collect();
    if headings.is_empty() {
        return;
    }
    let body_names: Vec<(String, EntityKind)> = mentions
        .iter()
        .filter(|m| m.span.end <= body_len)
        .map(|m| (clean_name(&m.text).0.to_string(), m.kind))
        .collect();
    mentions.retain_mut(|m| {
        if !headings
            .iter()
            .any(|h| h.start <= m.span.start && m.span.end <= h.end)
        {
            return true;
        }
        let name = clean_name(&m.text).0;
        if body_names.iter().any(|(b, _)| b == name) {
            return true;
        }
        match longest_body_name_in(&m.text, &body_names) {
            Some((at, len, kind)) => {
                m.span = Span::new(m.span.start + at, m.span.start + at + len);
                m.text = m.text[at..at + len].to_string();
                m.canonical = m.text.clone();
                m.kind = kind;
                true
            }
            None => false,
        }
    });
}

/// A name the body uses, written again in the headline, standfirst,
/// dateline or a caption where the tagger missed it (a headline opening
/// on a surname: "Renko and Keel clash ..."), is a mention there too, of
/// the body's type.
pub(crate) fn repeat_body_names(zoned: &ZonedText, mentions: &mut Vec<Mention>) {
    let text = zoned.text();
    let body_len = zoned.body_len();
    let mut names: Vec<(&str, EntityKind)> = mentions
        .iter()
        .filter(|m| m.span.end <= body_len)
        .map(|m| (clean_name(&m.text).0, m.kind))
        .filter(|(name, _)| name.len() >= 2 && name.starts_with(char::is_uppercase))
        .collect();
    // Longest first, so "Marta Keel" is found before "Keel".
    names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
    names.dedup_by(|a, b| a.0 == b.0);
    let mut found = Vec::new();
    for (piece, zone) in zoned.pieces() {
        if !matches!(
            zone,
            Zone::Title | Zone::Standfirst | Zone::Dateline | Zone::Caption
        ) {
            continue;
        }
        let Some(line) = text.get(piece.start..piece.end) else {
            continue;
        };
        let openings = word_openings(line);
        for &(name, kind) in &names {
            if openings & opening_bit(name.as_bytes()) == 0 {
                continue;
            }
            for (at, _) in line.match_indices(name) {
                let span = Span::new(piece.start + at, piece.start + at + name.len());
                let whole_word = !line[..at].ends_with(char::is_alphanumeric)
                    && !line[at + name.len()..].starts_with(char::is_alphanumeric);
                let taken = |m: &Mention| m.span.start < span.end && span.start < m.span.end;
                if whole_word && !mentions.iter().any(taken) && !found.iter().any(taken) {
                    found.push(Mention {
                        text: name.to_string(),
                        kind,
                        span,
                        canonical: name.to_string(),
                        zone,
                    });
                }
            }
        }
    }
    if !found.is_empty() {
        mentions.extend(found);
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
}

/// The two-byte openings of the words of `line` (where an alphanumeric
/// character follows a non-alphanumeric one), as bits of a 128-bit filter.
/// A name found as a whole word opens a word with its own first two bytes,
/// so a name whose bit is unset need not be searched for.
fn word_openings(line: &str) -> u128 {
    let bytes = line.as_bytes();
    let mut bits = 0;
    let mut after_alphanumeric = false;
    for (i, c) in line.char_indices() {
        let alphanumeric = c.is_alphanumeric();
        if alphanumeric && !after_alphanumeric {
            bits |= opening_bit(bytes.get(i..).unwrap_or_default());
        }
        after_alphanumeric = alphanumeric;
    }
    bits
}

/// The filter bit of a word opening with `word`'s first two bytes (none for
/// a shorter word).
fn opening_bit(word: &[u8]) -> u128 {
    match word {
        [first, second, ..] => 1 << ((usize::from(*first) * 31 + usize::from(*second)) % 128),
        _ => 0,
    }
}

/// Most words capitalised, small words aside: a headline style in which
/// capitals say nothing about names. Unlike the tagger's heading test, a
/// question mark or a long line does not matter here.
fn title_case(line: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
        "from", "as", "vs", "into", "over", "after", "amid", "is", "are", "be", "|", "-",
    ];
    let (mut words, mut capitalised) = (0, 0);
    for w in line.split_whitespace() {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        let Some(c) = w.chars().next() else { continue };
        if !c.is_alphabetic() || SMALL.contains(&w) {
            continue;
        }
        words += 1;
        if c.is_uppercase() {
            capitalised += 1;
        }
    }
    words >= 3 && capitalised * 5 >= words * 4
}

/// A dateline names a place (and maybe an agency): a name the tagger reads
/// as a person there ("ROCKLEDGE, Fla.") is the place.
pub(crate) fn dateline_places(zoned: &ZonedText, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.kind == EntityKind::Person && zoned.zone_at(m.span.start) == Zone::Dateline {
            m.kind = EntityKind::Place;
        }
    }
}

/// The longest body name that opens or closes `surface` on a word
/// boundary: (offset, length, kind).
fn longest_body_name_in(
    surface: &str,
    body_names: &[(String, EntityKind)],
) -> Option<(usize, usize, EntityKind)> {
    let mut best: Option<(usize, usize, EntityKind)> = None;
    for (name, kind) in body_names {
        if name.is_empty() || name.len() >= surface.len() {
            continue;
        }
        let at = if surface.starts_with(name.as_str())
            && surface[name.len()..].starts_with(char::is_whitespace)
        {
            Some(0)
        } else if surface.ends_with(name.as_str())
            && surface[..surface.len() - name.len()].ends_with(char::is_whitespace)
        {
            Some(surface.len() - name.len())
        } else {
            None
        };
        if let Some(at) = at {
            if best.is_none_or(|(_, len, _)| name.len() > len) {
                best = Some((at, name.len(), *kind));
            }
        }
    }
    best
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::Extractor;
    use newsmill_types::{CleanText, ZonedSpan};

    #[test]
    fn every_whole_word_occurrence_has_its_opening_bit() {
        let lines = [
            "Keel's visit to Port Alder",
            "(Marta Keel) and «Émile Zola» at 10:00",
            "al-Qanua, GAZA—Hamas’s 2nd day",
            "Über Straße: Ōsaka-based İstanbul",
        ];
        for line in lines {
            let openings = word_openings(line);
            for (at, c) in line.char_indices() {
                let opens = c.is_alphanumeric()
                    && !line[..at].ends_with(char::is_alphanumeric)
                    && line.len() >= at + 2;
                if opens {
                    let bit = opening_bit(&line.as_bytes()[at..]);
                    assert_ne!(openings & bit, 0, "{line:?} at {at}");
                }
            }
        }
        assert_eq!(opening_bit(b"K"), 0);
    }

    /// `raw` with `body` as its one paragraph and the given zone pieces
    /// (found by their text).
    pub(crate) fn zoned(raw: &str, body: Span, zones: &[(Zone, &str)]) -> ZonedText {
        let clean = CleanText::from_paragraphs(raw, &[body]);
        let zones: Vec<ZonedSpan> = zones
            .iter()
            .map(|(zone, piece)| {
                let at = raw.find(piece).expect("piece in raw");
                ZonedSpan {
                    span: Span::new(at, at + piece.len()),
                    zone: *zone,
                }
            })
            .collect();
        ZonedText::new(clean.text(), raw, &zones)
    }

    #[test]
    fn body_names_are_found_again_in_the_headline() {
        let raw = "Renko and Keel clash over flood response\n\
                   Prime Minister Tomas Renko and opposition leader Marta Keel met on Friday. Renko spoke first.";
        let body = Span::new(raw.find("Prime").expect("body"), raw.len());
        let zoned = zoned(
            raw,
            body,
            &[(Zone::Title, "Renko and Keel clash over flood response")],
        );
        let x = Extractor::english().extract_zoned(&zoned, Some("2024-03-10"));
        let title: Vec<(&str, EntityKind)> = x
            .mentions
            .iter()
            .filter(|m| m.zone == Zone::Title)
            .map(|m| (m.text.as_str(), m.kind))
            .collect();
        assert_eq!(
            title,
            [("Renko", EntityKind::Person), ("Keel", EntityKind::Person)]
        );
    }

    #[test]
    fn title_case_lines() {
        assert!(title_case(
            "What Does Marie Yovanovitch Have to Do With It?"
        ));
        assert!(title_case("Back to Gallery Home"));
        assert!(!title_case(
            "Amid renewed fighting, Hamas holds firm as Israel increases pressure"
        ));
        assert!(!title_case("IDF strikes in Gaza City"));
    }

    fn outside_body(x: &newsmill_types::Extraction) -> Vec<(&str, EntityKind, Zone)> {
        x.mentions
            .iter()
            .filter(|m| m.zone != Zone::Body)
            .map(|m| (m.text.as_str(), m.kind, m.zone))
            .collect()
    }

    #[test]
    fn authors_are_people_credits_by_their_shape() {
        let raw = "Mara Quist\nReuters\nTomas Veld\nNorthern Wire\nAP\nThe council met on Friday in Port Alder, Mara Quist reported.";
        let body = Span::new(raw.find("The council").expect("body"), raw.len());
        let zoned = zoned(
            raw,
            body,
            &[
                (Zone::Byline, "Mara Quist"),
                (Zone::Byline, "Reuters"),
                (Zone::Credit, "Tomas Veld"),
                (Zone::Credit, "Northern Wire"),
                (Zone::Credit, "AP"),
            ],
        );
        let x = Extractor::english().extract_zoned(&zoned, Some("2024-03-10"));
        let got = outside_body(&x);
        assert!(
            got.contains(&("Mara Quist", EntityKind::Person, Zone::Byline)),
            "{got:?}"
        );
        assert!(
            !got.contains(&("Reuters", EntityKind::Person, Zone::Byline)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Tomas Veld", EntityKind::Person, Zone::Credit)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Northern Wire", EntityKind::Organisation, Zone::Credit)),
            "{got:?}"
        );
        assert!(
            got.contains(&("AP", EntityKind::Organisation, Zone::Credit)),
            "{got:?}"
        );
    }

    #[test]
    fn title_case_headlines_keep_only_names_the_body_uses() {
        let raw = "Why Mara Quist Left The Alder Council For Good\n\
                   Mara Quist resigned from the Alder Council on Friday, two years after her election.";
        let body = Span::new(raw.find("Mara Quist resigned").expect("body"), raw.len());
        let title = "Why Mara Quist Left The Alder Council For Good";
        let zoned = zoned(raw, body, &[(Zone::Title, title)]);
        let x = Extractor::english().extract_zoned(&zoned, Some("2024-03-10"));
        for (name, _, zone) in outside_body(&x) {
            assert_eq!(zone, Zone::Title);
            assert!(
                ["Mara Quist", "Alder Council"].contains(&name),
                "{name} is not a name the body uses"
            );
        }
    }

    #[test]
    fn a_name_run_into_the_next_word_is_cut_to_the_body_name() {
        let body = [("Marie Yovanovitch".to_string(), EntityKind::Person)];
        assert_eq!(
            longest_body_name_in("Marie Yovanovitch Have", &body),
            Some((0, 17, EntityKind::Person))
        );
        assert_eq!(
            longest_body_name_in("Ambassador Marie Yovanovitch", &body),
            Some((11, 17, EntityKind::Person))
        );
        assert_eq!(longest_body_name_in("Marie Yovanovitchs", &body), None);
    }

    #[test]
    fn a_zone_quote_keeps_only_a_speaker_its_piece_names() {
        let raw = "\"I still get nervous\": Mira Kovac on her return\n\
                   \"We added a second night, and that sold out too,\" her manager Felix Braun said.\n\
                   \"It was a long wait.\"";
        let body = Span::new(
            raw.find("\"We added").expect("body"),
            raw.find("\n\"It").expect("end"),
        );
        let zoned = zoned(
            raw,
            body,
            &[
                (
                    Zone::Title,
                    "\"I still get nervous\": Mira Kovac on her return",
                ),
                (Zone::Caption, "\"It was a long wait.\""),
            ],
        );
        let x = Extractor::english().extract_zoned(&zoned, Some("2024-03-10"));
        let speaker = |zone: Zone| {
            x.quotes
                .iter()
                .find(|q| q.zone == zone)
                .map(|q| (q.speaker.as_deref(), q.fragment))
        };
        assert_eq!(
            speaker(Zone::Title),
            Some((Some("Mira Kovac"), false)),
            "{:?}",
            x.quotes
        );
        // The caption names no one: the body's last speaker is not carried over.
        assert_eq!(
            speaker(Zone::Caption).map(|s| s.0),
            Some(None),
            "{:?}",
            x.quotes
        );
    }
}
