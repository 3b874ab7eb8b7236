//! Rules over a whole document's chunks, after decoding: a person named in
//! full and then by surname, a company named by its context, the
//! adjectives of peoples, a country named by its institutions, the teams of
//! a result line, and names that end in a generational suffix.

use super::features::{self, DocFeatures};
use super::Gazetteer;
use crate::conll::Chunk;
use newsmill_types::EntityKind;

/// A name typed an organisation, a place or a miscellaneous name that repeats the
/// last words of a person the document names in full is that person ("Aung
/// San Suu Kyi … Suu Kyi"): news names a person in full once, then by
/// surname, and an unfamiliar surname read alone looks like anything. Not
/// a company named after a person ("Bill Ford … Ford Motor Co … Ford"): one
/// the gazetteer lists as an organisation, or whose words the document
/// also uses inside a longer organisation's name; not a place the lists
/// name, or one inside a longer place's name ("Jordan", "Ventura County").
pub(super) fn people_by_their_last_names<S: AsRef<str>>(
    sentences: &[&[S]],
    df: &DocFeatures,
    gazetteer: &Gazetteer,
    chunks: &mut [Vec<Chunk>],
) {
    const MAX_WORDS: usize = 3;
    const ORGANISATION_LISTS: [&str; 5] = [
        "intl_orgs",
        "news_orgs",
        "gov_mil_orgs",
        "companies",
        "sports_clubs",
    ];
    const PLACE_LISTS: [&str; 5] = [
        "countries",
        "regions",
        "cities",
        "mideast_places",
        "world_cities",
    ];
    // Token keys (lower-cased forms) of a chunk of sentence `s`.
    let keys = |s: usize, c: &Chunk| -> &[u64] {
        let base = df.sentences.get(s).map_or(0, |&(a, _)| a);
        df.keys.get(base + c.start..base + c.end).unwrap_or(&[])
    };
    let capitalised = |s: usize, c: &Chunk| {
        let base = df.sentences.get(s).map_or(0, |&(a, _)| a);
        (base + c.start..base + c.end).all(|k| {
            df.flags
                .get(k)
                .is_some_and(|f| f & features::F_INIT_UPPER != 0)
                && !df.caps_sentence.get(k).copied().unwrap_or(true)
        })
    };
    let is_candidate = |s: usize, c: &Chunk| {
        matches!(
            c.kind,
            EntityKind::Organisation | EntityKind::Misc | EntityKind::Place
        ) && c.end - c.start <= MAX_WORDS
            && capitalised(s, c)
    };
    // Most documents have no candidate that needs the rest.
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for (s, cs) in chunks.iter().enumerate() {
        for (i, c) in cs.iter().enumerate() {
            if is_candidate(s, c) {
                candidates.push((s, i));
            }
        }
    }
    if candidates.is_empty() {
        return;
    }
    // Names of two words or more; a person's without a trailing "Jr.", so
    // that "Martin Luther King Jr." ends in "King".
    let longer_names = |kind: EntityKind| -> Vec<&[u64]> {
        chunks
            .iter()
            .enumerate()
            .flat_map(|(s, cs)| cs.iter().map(move |c| (s, c)))
            .filter(|(_, c)| c.kind == kind)
            .map(|(s, c)| {
                let end = if kind == EntityKind::Person {
                    name_end_before_suffix(sentences[s], c)
                } else {
                    c.end
                };
                keys(s, &Chunk { end, ..*c })
            })
            .filter(|name| name.len() >= 2)
            .collect()
    };
    let people = longer_names(EntityKind::Person);
    if people.is_empty() {
        return;
    }
    let organisations = longer_names(EntityKind::Organisation);
    let places = longer_names(EntityKind::Place);
    let listed_mask = ORGANISATION_LISTS
        .iter()
        .filter_map(|name| gazetteer.category_index(name))
        .fold(0u32, |mask, k| mask | (1 << k));
    let place_mask = PLACE_LISTS
        .iter()
        .filter_map(|name| gazetteer.category_index(name))
        .fold(0u32, |mask, k| mask | (1 << k));
    let mut people_now: Vec<(usize, usize)> = Vec::new();
    for &(s, i) in &candidates {
        let c = &chunks[s][i];
        let name = keys(s, c);
        let len = name.len();
        let last_words_of_a_person = people
            .iter()
            .any(|p| p.len() > len && &p[p.len() - len..] == name);
        if !last_words_of_a_person {
            continue;
        }
        let longer = if c.kind == EntityKind::Place {
            &places
        } else {
            &organisations
        };
        let in_an_organisation = longer
            .iter()
            .any(|o| o.len() > len && o.windows(len).any(|w| w == name));
        // "Jordan", "Georgia", "Paris": a place the lists know well keeps
        // its type beside a person of that surname.
        let mask = if c.kind == EntityKind::Place {
            place_mask
        } else {
            listed_mask
        };
        let listed = gazetteer
            .find(&sentences[s][c.start..c.end])
            .iter()
            .any(|m| m.start == 0 && m.end == len && m.categories & mask != 0);
        if !in_an_organisation && !listed {
            people_now.push((s, i));
        }
    }
    for (s, i) in people_now {
        chunks[s][i].kind = EntityKind::Person;
    }
}

/// The possessive token the tokenizer splits off a name ("Weber 's").
fn is_possessive_token(w: &str) -> bool {
    matches!(w, "'s" | "’s" | "'S" | "’S")
}

/// A one-word organisation or person that owns a state's institution
/// ("Veloria 's Supreme Court", "Ruritania 's central bank") is a country:
/// a place. Only institutions a company or a person does not have.
pub(super) fn countries_by_their_institutions<S: AsRef<str>>(
    sentences: &[&[S]],
    chunks: &mut [Vec<Chunk>],
) {
    const INSTITUTIONS: [&[&str]; 16] = [
        &["supreme", "court"],
        &["constitutional", "court"],
        &["parliament"],
        &["constitution"],
        &["army"],
        &["navy"],
        &["air", "force"],
        &["armed", "forces"],
        &["military"],
        &["capital"],
        &["prime", "minister"],
        &["central", "bank"],
        &["foreign", "ministry"],
        &["foreign", "minister"],
        &["interior", "ministry"],
        &["coast", "guard"],
    ];
    for (tokens, found) in sentences.iter().zip(chunks.iter_mut()) {
        let word = |k: usize| tokens.get(k).map_or("", AsRef::as_ref);
        for chunk in found.iter_mut() {
            if chunk.end != chunk.start + 1
                || !matches!(chunk.kind, EntityKind::Organisation | EntityKind::Person)
                || !is_possessive_token(word(chunk.end))
            {
                continue;
            }
            let owns_institution = INSTITUTIONS.iter().any(|words| {
                words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| word(chunk.end + 1 + k).eq_ignore_ascii_case(w))
            });
            if owns_institution {
                chunk.kind = EntityKind::Place;
            }
        }
    }
}

/// "Harlequins 75 Gloucester 19", "Sale 31 Wasps 33": a sentence of two
/// names, each followed by a score, is a match result, and its names are
/// teams: organisations (as CoNLL types clubs), even when a club is named
/// after its town. A country the lists name stays as tagged: a national
/// team is typed by its country ("Ethiopia 1 Uganda 1").
pub(super) fn teams_in_score_lines<S: AsRef<str>>(
    sentences: &[&[S]],
    gazetteer: &Gazetteer,
    chunks: &mut [Vec<Chunk>],
) {
    let mut countries = None;
    for (tokens, found) in sentences.iter().zip(chunks.iter_mut()) {
        let Some(teams) = score_line_teams(tokens) else {
            continue;
        };
        let countries = *countries.get_or_insert_with(|| {
            gazetteer
                .category_index("countries")
                .map_or(0, |k| 1u32 << k)
        });
        for (a, b) in teams {
            let Some(name) = tokens.get(a..b) else {
                continue;
            };
            let country = gazetteer
                .find(name)
                .iter()
                .any(|m| m.start == 0 && m.end == b - a && m.categories & countries != 0);
            if country {
                continue;
            }
            found.retain(|c| c.end <= a || c.start >= b);
            found.push(Chunk {
                start: a,
                end: b,
                kind: EntityKind::Organisation,
            });
        }
        found.sort_by_key(|c| c.start);
    }
}

/// The token ranges of the two names of a result line: capitalised words,
/// a score, capitalised words, a score, and nothing else.
fn score_line_teams<S: AsRef<str>>(tokens: &[S]) -> Option<[(usize, usize); 2]> {
    let is_score = |t: &str| (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    let is_name_word = |t: &str| {
        t.chars().next().is_some_and(char::is_uppercase)
            && t.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
            && crate::canonical::scan::month_of(&t.trim_end_matches('.').to_lowercase()).is_none()
    };
    let word = |k: usize| tokens.get(k).map_or("", AsRef::as_ref);
    let n = tokens.len();
    let first_score = (0..n).find(|&k| is_score(word(k)))?;
    let last = n.checked_sub(1)?;
    let names = [(0, first_score), (first_score + 1, last)];
    let result_line = is_score(word(last))
        && names
            .iter()
            .all(|&(a, b)| a < b && (a..b).all(|k| is_name_word(word(k))));
    result_line.then_some(names)
}

/// A one-word place or organisation ending as the adjectives of peoples do
/// ("Velorian", "Marovese") right before a lower-case word ("in Velorian
/// flood zone") is that adjective: a miscellaneous name, as CoNLL types
/// nationalities. Not before a verb or a function word ("Adrian said",
/// "Ocean and"), and not a word in capitals.
pub(super) fn adjectives_of_peoples<S: AsRef<str>>(sentences: &[&[S]], chunks: &mut [Vec<Chunk>]) {
    const NOT_A_NOUN: [&str; 24] = [
        "said", "says", "told", "is", "was", "are", "were", "has", "had", "have", "will", "would",
        "and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "the",
    ];
    for (tokens, found) in sentences.iter().zip(chunks.iter_mut()) {
        for chunk in found.iter_mut() {
            if chunk.end != chunk.start + 1
                || !matches!(chunk.kind, EntityKind::Place | EntityKind::Organisation)
            {
                continue;
            }
            let Some(word) = tokens.get(chunk.start).map(AsRef::as_ref) else {
                continue;
            };
            let mut letters = word.chars();
            let shaped = word.len() >= 6
                && letters.next().is_some_and(char::is_uppercase)
                && letters.all(char::is_lowercase)
                && ["ian", "ean", "ese"].iter().any(|end| word.ends_with(end));
            let before_noun = tokens
                .get(chunk.end)
                .map(AsRef::as_ref)
                .is_some_and(|next| {
                    next.starts_with(char::is_lowercase) && !NOT_A_NOUN.contains(&next)
                });
            if shaped && before_noun {
                chunk.kind = EntityKind::Misc;
            }
        }
    }
}

/// A one-word name typed a person whose document treats it as a company
/// ("Comelf 's six-month output", "40 percent of Ruch", "Pirelli 's cables
/// division", "Tallyfox , an Austin-based startup that") and never as a person (no title before it, no full name
/// ending in it, no "said he/she", age or family after it) is an
/// organisation.
pub(super) fn companies_by_their_context<S: AsRef<str>>(
    sentences: &[&[S]],
    df: &DocFeatures,
    gazetteer: &Gazetteer,
    chunks: &mut [Vec<Chunk>],
) {
    // What a company has and a person does not ("bid", "board" and
    // "chairman" are a person's too: "Nadal's bid", "Smith's board seat").
    const OWNED: [&str; 19] = [
        "shares",
        "stake",
        "profit",
        "profits",
        "output",
        "sales",
        "revenue",
        "revenues",
        "earnings",
        "shareholders",
        "stock",
        "subsidiary",
        "unit",
        "division",
        "plant",
        "factory",
        "factories",
        "executives",
        "workforce",
    ];
    // Nouns that say what kind of company an apposition describes.
    const COMPANY_NOUNS: [&str; 16] = [
        "company",
        "startup",
        "start-up",
        "firm",
        "maker",
        "manufacturer",
        "retailer",
        "chain",
        "lender",
        "insurer",
        "carrier",
        "airline",
        "conglomerate",
        "subsidiary",
        "supplier",
        "provider",
    ];
    const KIN: [&str; 14] = [
        "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "family",
        "lawyer", "lawyers", "attorney", "widow", "children",
    ];
    let one_word_people = chunks
        .iter()
        .flatten()
        .any(|c| c.kind == EntityKind::Person && c.end - c.start == 1);
    if !one_word_people {
        return;
    }
    // "Mercantile Bancorp Inc. … Mercantile , Commerce and Roosevelt": the
    // first words of the document's organisation names that end in a word
    // only organisations' names end with (a legal form, an industry, an
    // institution), which the article goes on to use alone.
    let corporate_heads: std::collections::HashSet<u64> = chunks
        .iter()
        .enumerate()
        .flat_map(|(s, cs)| cs.iter().map(move |c| (s, c)))
        .filter(|(s, c)| {
            c.kind == EntityKind::Organisation
                && c.end - c.start > 1
                && sentences[*s]
                    .get(c.end - 1)
                    .is_some_and(|w| crate::lexicon::is_corporate_tail(w.as_ref()))
        })
        .filter_map(|(s, c)| {
            let base = df.sentences.get(s)?.0;
            df.keys.get(base + c.start).copied()
        })
        .collect();
    let title_mask = gazetteer.category_index("titles").map_or(0, |k| 1u32 << k);
    let is_title = |w: &str| {
        !w.is_empty()
            && gazetteer
                .find(&[w])
                .iter()
                .any(|m| m.categories & title_mask != 0)
    };
    let word = |s: usize, k: usize| -> &str { sentences[s].get(k).map_or("", |w| w.as_ref()) };
    let key = |s: usize, k: usize| -> Option<u64> {
        let base = df.sentences.get(s)?.0;
        df.keys.get(base + k).copied()
    };
    // Per one-word person name: company cues, person cues.
    let mut cues: std::collections::HashMap<u64, (u32, u32)> = std::collections::HashMap::new();
    for (s, cs) in chunks.iter().enumerate() {
        for c in cs {
            if c.kind != EntityKind::Person {
                continue;
            }
            let surname_end = name_end_before_suffix(sentences[s], c);
            if surname_end - c.start > 1 {
                // A full name: its last word is a person's surname.
                if let Some(k) = key(s, surname_end - 1) {
                    cues.entry(k).or_default().1 += 1;
                }
                continue;
            }
            if c.end - c.start != 1 {
                continue;
            }
            let Some(k) = key(s, c.start) else { continue };
            // Token `k` of sentence `s` is one of `words` (lower-case, ASCII).
            let is_one_of = |k: usize, words: &[&str]| {
                let w = word(s, k);
                words.iter().any(|x| w.eq_ignore_ascii_case(x))
            };
            let (before, before2) = (c.start.wrapping_sub(1), c.start.wrapping_sub(2));
            let after = word(s, c.end);
            // "X 's (six-month) output", "X 's cables division".
            let owned = is_possessive_token(after)
                && (c.end + 1..c.end + 4)
                    .take_while(|&k| {
                        let w = word(s, k);
                        !w.is_empty() && w.chars().all(|ch| ch.is_alphanumeric() || ch == '-')
                    })
                    .any(|k| is_one_of(k, &OWNED));
            // "40 percent of X" but not "40 percent of X 's votes".
            let share_of = is_one_of(before, &["of"])
                && is_one_of(before2, &["percent"])
                && !is_possessive_token(after);
            let stake_in =
                is_one_of(before, &["in"]) && is_one_of(before2, &["stake", "shares", "invest"]);
            // "X, an Austin-based startup that …": an apposition whose
            // head noun is a kind of company (not "X, the company's chief
            // executive": a person described through the company).
            let is_plain_word = |k: usize| {
                let w = word(s, k);
                !w.is_empty() && w.chars().all(|ch| ch.is_alphanumeric() || ch == '-')
            };
            let ends_phrase = |k: usize| {
                !is_plain_word(k) && !is_possessive_token(word(s, k))
                    || is_one_of(
                        k,
                        &["that", "which", "based", "founded", "with", "in", "of"],
                    )
            };
            let described = after == ","
                && is_one_of(c.end + 1, &["a", "an"])
                && (c.end + 2..c.end + 6)
                    .take_while(|&k| is_plain_word(k))
                    .any(|k| is_one_of(k, &COMPANY_NOUNS) && ends_phrase(k + 1));
            let company =
                owned || share_of || stake_in || described || corporate_heads.contains(&k);
            let kin = is_possessive_token(after) && is_one_of(c.end + 1, &KIN);
            // "X , 45 ,": an age.
            let age = after == ","
                && word(s, c.end + 1).parse::<u8>().is_ok()
                && word(s, c.end + 2) == ",";
            let person = is_title(word(s, before).trim_end_matches('.'))
                || (matches!(after, "said" | "says" | "told")
                    && is_one_of(c.end + 1, &["he", "she"]))
                || kin
                || age;
            let e = cues.entry(k).or_default();
            e.0 += u32::from(company);
            e.1 += u32::from(person);
        }
    }
    for (s, cs) in chunks.iter_mut().enumerate() {
        for c in cs.iter_mut() {
            if c.kind != EntityKind::Person || c.end - c.start != 1 {
                continue;
            }
            let companyish = key(s, c.start)
                .and_then(|k| cues.get(&k))
                .is_some_and(|&(company, person)| company > 0 && person == 0);
            if companyish {
                c.kind = EntityKind::Organisation;
            }
        }
    }
}

/// Where a person's name ends before a generational suffix ("King" in
/// "Martin Luther King Jr."): the surname the rest of the document uses.
fn name_end_before_suffix<S: AsRef<str>>(tokens: &[S], c: &Chunk) -> usize {
    let mut end = c.end;
    while end > c.start + 1
        && tokens
            .get(end - 1)
            .is_some_and(|t| is_name_suffix(t.as_ref()))
    {
        end -= 1;
    }
    end
}

fn is_name_suffix(token: &str) -> bool {
    matches!(
        token,
        "Jr" | "Jr." | "Sr" | "Sr." | "JR" | "JR." | "SR" | "SR." | "II" | "III" | "IV"
    )
}

/// A person's name followed by a generational suffix ("James Kennedy Jr.",
/// "Ken Griffey Jr", "Henry Ford II") ends after the suffix, which the
/// model, having seen it rarely, may leave out or tag as an entity alone.
pub(super) fn join_name_suffixes<S: AsRef<str>>(
    tokens: &[S],
    mut chunks: Vec<Chunk>,
) -> Vec<Chunk> {
    let is_suffix = |k: usize| tokens.get(k).is_some_and(|t| is_name_suffix(t.as_ref()));
    let mut i = 0;
    while i < chunks.len() {
        let c = chunks[i];
        if c.kind == EntityKind::Person && is_suffix(c.end) {
            let next = chunks.get(i + 1).copied();
            match next {
                // The suffix tagged on its own: one name.
                Some(n) if n.start == c.end && n.end == c.end + 1 => {
                    chunks[i].end = n.end;
                    chunks.remove(i + 1);
                }
                // Another entity starts at the suffix: leave both.
                Some(n) if n.start == c.end => {}
                _ => chunks[i].end = c.end + 1,
            }
        }
        i += 1;
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::{features, Tagger};

    fn chunk(start: usize, end: usize, kind: EntityKind) -> Chunk {
        Chunk { start, end, kind }
    }

    const PER: EntityKind = EntityKind::Person;
    const ORG: EntityKind = EntityKind::Organisation;
    const LOC: EntityKind = EntityKind::Place;

    /// A one-token chunk at `start`.
    fn one_word(start: usize, kind: EntityKind) -> Chunk {
        Chunk {
            start,
            end: start + 1,
            kind,
        }
    }

    #[test]
    fn a_name_that_owns_a_states_institution_is_a_place() {
        let sentences: [&[&str]; 3] = [
            &["Veloria", "'s", "Supreme", "Court", "ruled"],
            &["Ruritania", "’s", "central", "bank", "cut", "rates"],
            &["Nordline", "'s", "board", "met"],
        ];
        let mut chunks = vec![
            vec![one_word(0, EntityKind::Organisation)],
            vec![one_word(0, EntityKind::Person)],
            vec![one_word(0, EntityKind::Organisation)],
        ];
        countries_by_their_institutions(&sentences, &mut chunks);
        assert_eq!(chunks[0][0].kind, EntityKind::Place);
        assert_eq!(chunks[1][0].kind, EntityKind::Place);
        // A board is a company's too.
        assert_eq!(chunks[2][0].kind, EntityKind::Organisation);
    }

    #[test]
    fn a_peoples_adjective_before_a_noun_is_miscellaneous() {
        let sentences: [&[&str]; 3] = [
            &[
                "Rescuers", "in", "Velorian", "flood", "zone", "say", "roads", "are", "cut",
            ],
            &["Adrian", "said", "the", "Marovese", "were", "late"],
            &["VELORIAN", "floods"],
        ];
        let mut chunks = vec![
            vec![one_word(2, EntityKind::Place)],
            vec![
                one_word(0, EntityKind::Place),
                one_word(3, EntityKind::Organisation),
            ],
            vec![one_word(0, EntityKind::Place)],
        ];
        adjectives_of_peoples(&sentences, &mut chunks);
        assert_eq!(chunks[0][0].kind, EntityKind::Misc);
        // Before a verb, a name; after "the" and before a verb, a people.
        assert_eq!(chunks[1][0].kind, EntityKind::Place);
        assert_eq!(chunks[1][1].kind, EntityKind::Organisation);
        // Capitals say nothing about the word's use.
        assert_eq!(chunks[2][0].kind, EntityKind::Place);
    }

    /// `chunks` after `rule` over `sentences`, with the built-in model's
    /// document features.
    fn apply(
        rule: impl FnOnce(&[&[&str]], &DocFeatures, &Gazetteer, &mut [Vec<Chunk>]),
        sentences: &[&[&str]],
        mut chunks: Vec<Vec<Chunk>>,
    ) -> Vec<Vec<Chunk>> {
        let tagger = Tagger::english();
        let df = features::extract(
            sentences,
            tagger.gazetteer(),
            &tagger.model.memory,
            tagger.model.bits,
            features::WordFeatures::Listed,
        );
        rule(sentences, &df, tagger.gazetteer(), &mut chunks);
        chunks
    }

    fn last_words_rule(sentences: &[&[&str]], chunks: Vec<Vec<Chunk>>) -> Vec<Vec<Chunk>> {
        apply(
            |s, df, g, c| people_by_their_last_names(s, df, g, c),
            sentences,
            chunks,
        )
    }

    fn company_rule(sentences: &[&[&str]], chunks: Vec<Vec<Chunk>>) -> Vec<Vec<Chunk>> {
        apply(
            |s, df, g, c| companies_by_their_context(s, df, g, c),
            sentences,
            chunks,
        )
    }

    #[test]
    fn a_persons_last_words_alone_are_that_person() {
        let (per, org, loc) = (PER, ORG, LOC);
        let first: [&str; 8] = ["Aung", "San", "Suu", "Kyi", "met", "Ann", "Weber", "."];
        let second: [&str; 8] = ["Suu", "Kyi", "and", "Kyi", "Bank", "left", "Rangoon", "."];
        let third: [&str; 6] = ["Weber", "and", "Weber", "Holdings", "Ltd", "."];
        let chunks = vec![
            vec![chunk(0, 4, per), chunk(5, 7, per)],
            vec![chunk(0, 2, org), chunk(3, 5, org), chunk(6, 7, loc)],
            vec![chunk(0, 1, org), chunk(2, 5, org)],
        ];
        let mut want = chunks.clone();
        want[1][0].kind = per;
        // "Suu Kyi" is the person; "Kyi Bank" (not the end of a person's
        // name), the place, and "Weber" (inside "Weber Holdings Ltd") stay
        // as tagged.
        assert_eq!(last_words_rule(&[&first, &second, &third], chunks), want);
        // A surname after a full name with a suffix ("King Jr.").
        let full: [&str; 6] = ["Martin", "Luther", "King", "Jr.", "spoke", "."];
        let alone: [&str; 3] = ["King", "left", "."];
        let chunks = vec![vec![chunk(0, 4, per)], vec![chunk(0, 1, org)]];
        let mut want = chunks.clone();
        want[1][0].kind = per;
        assert_eq!(last_words_rule(&[&full, &alone], chunks), want);
        // A listed company named after its founder stays a company.
        let founder: [&str; 4] = ["Walt", "Disney", "said", "."];
        let company: [&str; 3] = ["Disney", "fell", "."];
        let chunks = vec![vec![chunk(0, 2, per)], vec![chunk(0, 1, org)]];
        assert_eq!(
            last_words_rule(&[&founder, &company], chunks.clone()),
            chunks
        );
        // Nothing changes in a sentence in capitals (a CoNLL headline).
        let headline: [&str; 4] = ["SUU", "KYI", "LEFT", "."];
        let chunks = vec![vec![chunk(0, 4, per)], vec![chunk(0, 2, org)]];
        assert_eq!(
            last_words_rule(&[&first, &headline], chunks.clone()),
            chunks
        );
    }

    #[test]
    fn a_persons_surname_read_as_a_place_is_that_person_unless_a_listed_place() {
        let (per, loc) = (EntityKind::Person, EntityKind::Place);
        let first: [&str; 6] = ["Marisol", "Ventura", "met", "Michael", "Jordan", "."];
        let second: [&str; 6] = ["Ventura", "flew", "to", "Jordan", "today", "."];
        let third: [&str; 4] = ["Ventura", "County", "voted", "."];
        let chunks = vec![
            vec![chunk(0, 2, per), chunk(3, 5, per)],
            vec![chunk(0, 1, loc), chunk(3, 4, loc)],
            vec![chunk(0, 2, loc)],
        ];
        // "Ventura" alone is the person; "Jordan" is a country the lists
        // name, so it stays a place beside the basketball player.
        let mut want = chunks.clone();
        want[1][0].kind = per;
        assert_eq!(
            last_words_rule(&[&first, &second], chunks[..2].to_vec()),
            want[..2].to_vec()
        );
        // Inside a longer place's name ("Ventura County") the word may be
        // that place's: nothing changes.
        assert_eq!(
            last_words_rule(&[&first, &second, &third], chunks.clone()),
            chunks
        );
    }

    #[test]
    fn the_names_of_a_result_line_are_teams_unless_countries() {
        let (per, org, loc) = (PER, ORG, LOC);
        let teams = |sentences: &[&[&str]], chunks: Vec<Vec<Chunk>>| {
            apply(
                |s, _, g, c| teams_in_score_lines(s, g, c),
                sentences,
                chunks,
            )
        };
        // A town's club, a club read as a person, a club left untagged.
        let clubs: [&str; 4] = ["Harlequins", "75", "Gloucester", "19"];
        let tagged = vec![vec![chunk(2, 3, loc)]];
        assert_eq!(
            teams(&[&clubs], tagged),
            vec![vec![chunk(0, 1, org), chunk(2, 3, org)]]
        );
        let two_words: [&str; 5] = ["Sale", "31", "Jed-Forest", "Wasps", "33"];
        let tagged = vec![vec![chunk(0, 1, per), chunk(3, 4, org)]];
        assert_eq!(
            teams(&[&two_words], tagged),
            vec![vec![chunk(0, 1, org), chunk(2, 4, org)]]
        );
        // National teams keep their country's type.
        let countries: [&str; 4] = ["Ethiopia", "1", "Uganda", "1"];
        let tagged = vec![vec![chunk(0, 1, loc), chunk(2, 3, loc)]];
        assert_eq!(teams(&[&countries], tagged.clone()), tagged);
        // Not a result line: dates, more words, a sentence.
        for other in [
            &["Aug", "27", "Aug", "26"][..],
            &["Sale", "31", "Wasps", "33", "today"][..],
            &["Arsenal", "beat", "Chelsea", "2"][..],
        ] {
            let tagged = vec![vec![chunk(0, 1, per)]];
            assert_eq!(teams(&[other], tagged.clone()), tagged, "{other:?}");
        }
    }

    #[test]
    fn a_company_named_in_full_with_its_legal_form_is_a_company_alone() {
        let (per, org) = (EntityKind::Person, EntityKind::Organisation);
        let full: [&str; 6] = ["Mercantile", "Bancorp", "Inc.", "rose", "sharply", "."];
        let alone: [&str; 6] = ["Analysts", "like", "Mercantile", "and", "Weber", "."];
        let chunks = vec![
            vec![chunk(0, 3, org)],
            vec![chunk(2, 3, per), chunk(4, 5, per)],
        ];
        // "Weber" has no such full name: it stays as tagged.
        let mut want = chunks.clone();
        want[1][0].kind = org;
        assert_eq!(company_rule(&[&full, &alone], chunks), want);
        // Without the legal form, a longer name tells nothing ("Mercantile
        // Street"); and a person named in full keeps the word a person's.
        let street: [&str; 4] = ["Mercantile", "Street", "closed", "."];
        let chunks = vec![vec![chunk(0, 2, org)], vec![chunk(2, 3, per)]];
        assert_eq!(company_rule(&[&street, &alone], chunks.clone()), chunks);
        let founder: [&str; 4] = ["Anna", "Mercantile", "spoke", "."];
        let chunks = vec![
            vec![chunk(0, 3, org)],
            vec![chunk(0, 2, per)],
            vec![chunk(2, 3, per)],
        ];
        assert_eq!(
            company_rule(&[&full, &founder, &alone], chunks.clone()),
            chunks
        );
    }

    #[test]
    fn a_name_owning_output_or_owned_by_percent_is_a_company() {
        let (per, org) = (EntityKind::Person, EntityKind::Organisation);
        let first: [&str; 6] = ["Comelf", "said", "it", "doubled", "output", "."];
        let second: [&str; 6] = ["Comelf", "'s", "six-month", "output", "rose", "."];
        let third: [&str; 5] = ["Investors", "want", "Comelf", "shares", "."];
        let chunks = vec![
            vec![chunk(0, 1, per)],
            vec![chunk(0, 1, per)],
            vec![chunk(2, 3, per)],
        ];
        let want = vec![
            vec![chunk(0, 1, org)],
            vec![chunk(0, 1, org)],
            vec![chunk(2, 3, org)],
        ];
        assert_eq!(company_rule(&[&first, &second, &third], chunks), want);
        // A person named in full, or after a title, stays a person.
        let full: [&str; 4] = ["John", "Weber", "spoke", "."];
        let owns: [&str; 5] = ["Weber", "'s", "stake", "grew", "."];
        let chunks = vec![vec![chunk(0, 2, per)], vec![chunk(0, 1, per)]];
        assert_eq!(company_rule(&[&full, &owns], chunks.clone()), chunks);
        let titled: [&str; 4] = ["Mr", "Weber", "spoke", "."];
        let percent: [&str; 6] = ["He", "owns", "40", "percent", "of", "Weber"];
        let chunks = vec![vec![chunk(1, 2, per)], vec![chunk(5, 6, per)]];
        assert_eq!(company_rule(&[&titled, &percent], chunks.clone()), chunks);
        // Nor after a full name with a suffix, "said he", an age or kin.
        let suffixed: [&str; 5] = ["John", "Weber", "Jr.", "spoke", "."];
        let chunks = vec![vec![chunk(0, 3, per)], vec![chunk(0, 1, per)]];
        assert_eq!(company_rule(&[&suffixed, &owns], chunks.clone()), chunks);
        for other in [
            &["Weber", "said", "he", "would", "stay", "."][..],
            &["Weber", ",", "45", ",", "left", "."][..],
            &["Weber", "’s", "wife", "left", "."][..],
        ] {
            let chunks = vec![vec![chunk(0, 1, per)], vec![chunk(0, 1, per)]];
            assert_eq!(
                company_rule(&[other, &owns], chunks.clone()),
                chunks,
                "{other:?}"
            );
        }
        // "X, an Austin-based startup that …" is a company; "X, the
        // company 's chief executive" and "X, a former company lawyer" are
        // people described through one.
        let startup: [&str; 8] = [
            "Tallyfox",
            ",",
            "an",
            "Austin-based",
            "startup",
            "that",
            "grew",
            ".",
        ];
        let chunks = vec![vec![chunk(0, 1, per)]];
        assert_eq!(
            company_rule(&[&startup], chunks),
            vec![vec![chunk(0, 1, org)]]
        );
        for other in [
            &[
                "Rao",
                ",",
                "the",
                "company",
                "'s",
                "chief",
                "executive",
                ".",
            ][..],
            &[
                "Rao", ",", "a", "former", "company", "lawyer", ",", "left", ".",
            ][..],
        ] {
            let chunks = vec![vec![chunk(0, 1, per)]];
            assert_eq!(company_rule(&[other], chunks.clone()), chunks, "{other:?}");
        }
        // "A bid" and "percent of X 's votes" are a person's too; a stake
        // in X and a curly possessive are a company's.
        let bid: [&str; 5] = ["Nadal", "'s", "bid", "failed", "."];
        let votes: [&str; 7] = ["40", "percent", "of", "Nadal", "'s", "votes", "."];
        let chunks = vec![vec![chunk(0, 1, per)], vec![chunk(3, 4, per)]];
        assert_eq!(company_rule(&[&bid, &votes], chunks.clone()), chunks);
        let stake: [&str; 5] = ["A", "stake", "in", "Weber", "."];
        let curly: [&str; 4] = ["Weber", "’s", "sales", "."];
        for sentence in [&stake[..], &curly[..]] {
            let k = sentence.iter().position(|w| *w == "Weber").unwrap_or(0);
            let chunks = vec![vec![chunk(k, k + 1, per)]];
            assert_eq!(
                company_rule(&[sentence], chunks),
                vec![vec![chunk(k, k + 1, org)]],
                "{sentence:?}"
            );
        }
    }

    #[test]
    fn a_generational_suffix_ends_the_name() {
        let (per, org) = (EntityKind::Person, EntityKind::Organisation);
        let tokens = [
            "James", "Kennedy", "Jr.", "said", "Henry", "Ford", "II", "and", "Ann", "Lee", "III",
            "Bank",
        ];
        let chunks = vec![
            chunk(0, 2, per),
            chunk(4, 6, per),
            chunk(6, 7, per),
            chunk(8, 10, per),
            chunk(10, 12, org),
        ];
        assert_eq!(
            join_name_suffixes(&tokens, chunks),
            // The suffix left out, the suffix tagged alone, and a suffix
            // that starts another entity (left as it is).
            vec![
                chunk(0, 3, per),
                chunk(4, 7, per),
                chunk(8, 10, per),
                chunk(10, 12, org)
            ]
        );
    }
}
