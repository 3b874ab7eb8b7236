//! The passes over one article's tagged mentions after each was judged on
//! its own: names the article also writes as a product's, names joined at
//! "and" that the lists hold as one, and names followed by the kind of
//! thing they are.

use super::*;

/// A name the article also writes as the end of a longer product name is
/// that product ("Sportback" after "Audi e-tron Sportback", "MX Master"
/// after "Logitech MX Master"): reviews name the product in full once and
/// by its model name after, which the tagger reads as a company or a
/// person.
///
/// Also: a name written right after a maker's name ("Nissan Sentra",
/// "Audi e-tron Sportback", the tagger taking only the model) is a product,
/// and a company or product name that is the surname, or the given name, of
/// a person the article names in full ("Ford" beside "John M. Ford",
/// "Elise" beside "Elise Matthesen") is that person.
pub(crate) fn follow_products(text: &str, mentions: &mut [newsmill_types::Mention]) {
    let lex = &*LEXICON;
    follow_kinds_of_thing(text, mentions);
    // Model names found right after their maker name the product wherever
    // else the article writes them ("the e-tron Sportback" after "Audi
    // e-tron Sportback").
    let mut models: Vec<Vec<&str>> = Vec::new();
    // Only what the tagger called a company: "Google Ireland" is a place
    // after a maker's name.
    for m in mentions
        .iter_mut()
        .filter(|m| m.kind == EntityKind::Organisation)
    {
        let after_maker = after_a_maker(text, m.span.start, &lex.brands)
            || after_a_makers_model_word(text, m.span.start, &lex.brands);
        let known = || {
            text.get(m.span.start..m.span.end)
                .is_some_and(|name| lex.known_organisation(strip_possessive(name)))
        };
        if after_maker && !known() {
            m.kind = EntityKind::Misc;
            if let Some(surface) = text.get(m.span.start..m.span.end) {
                models.push(surface.split_whitespace().map(strip_possessive).collect());
            }
        }
    }
    // The first and last words of each person named in two words or more:
    // all that the test below reads of them.
    let people: Vec<(&str, &str)> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| text.get(m.span.start..m.span.end))
        .filter_map(|s| {
            let mut words = s.split_whitespace();
            let first = words.next()?;
            let last = words.next_back()?;
            Some((strip_possessive(first), strip_possessive(last)))
        })
        .collect();
    for m in mentions
        .iter_mut()
        .filter(|m| matches!(m.kind, EntityKind::Organisation | EntityKind::Misc))
    {
        let Some(word) = text.get(m.span.start..m.span.end).map(strip_possessive) else {
            continue;
        };
        if word.contains(char::is_whitespace) || lex.brands.contains(word) {
            continue;
        }
        // A given name the tagger calls a company is the person; a product
        // needs the name to be a known given name.
        let given = m.kind == EntityKind::Organisation || lex.first_names.contains(word);
        if people
            .iter()
            .any(|&(first, last)| last == word || given && first == word)
        {
            m.kind = EntityKind::Person;
        }
    }
    let products: Vec<Vec<&str>> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Misc)
        .filter_map(|m| text.get(m.span.start..m.span.end))
        .map(|s| {
            s.split_whitespace()
                .map(strip_possessive)
                .collect::<Vec<_>>()
        })
        .filter(|ws| ws.len() >= 2)
        .collect();
    if products.is_empty() && models.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| m.kind != EntityKind::Misc) {
        let Some(surface) = text.get(m.span.start..m.span.end) else {
            continue;
        };
        // The words on the stack: this runs for every mention of an
        // article that names a product, and longer names are rare.
        let mut stack = [""; 8];
        let heap: Vec<&str>;
        let mut count = 0;
        for word in surface.split_whitespace() {
            match stack.get_mut(count) {
                Some(slot) => *slot = strip_possessive(word),
                None => break,
            }
            count += 1;
        }
        let ws: &[&str] = if count < stack.len() {
            &stack[..count]
        } else {
            heap = surface.split_whitespace().map(strip_possessive).collect();
            &heap
        };
        if products
            .iter()
            .any(|p| p.len() > ws.len() && p.ends_with(ws))
            || models.iter().any(|p| p.ends_with(ws))
        {
            m.kind = EntityKind::Misc;
        }
    }
}

/// Two names the tagger split at "and" or "&" that the gazetteer lists as
/// one ("Bosnia and Herzegovina", "Customs and Border Protection") become
/// one mention, typed by its list (an organisation list: ORG; a place
/// list: LOC).
pub(crate) fn join_listed_names(text: &str, mentions: &mut Vec<newsmill_types::Mention>) {
    let lex = &*LEXICON;
    let mut i = 0;
    while i + 1 < mentions.len() {
        let (a, b) = (&mentions[i], &mentions[i + 1]);
        let joined = matches!(text.get(a.span.end..b.span.start), Some(" and " | " & "))
            .then(|| text.get(a.span.start..b.span.end))
            .flatten()
            .and_then(|surface| {
                if let Some(&kind) = lex.joined_names.get(surface) {
                    return Some((surface.to_string(), kind));
                }
                let tokens: Vec<&str> = surface.split_whitespace().collect();
                let matches = Gazetteer::english().find(&tokens);
                let whole = matches
                    .iter()
                    .find(|m| m.start == 0 && m.end == tokens.len())?;
                let kind = if whole.categories & lex.org_lists != 0 {
                    EntityKind::Organisation
                } else if whole.categories & lex.place_lists != 0 {
                    EntityKind::Place
                } else {
                    return None;
                };
                Some((surface.to_string(), kind))
            });
        if let Some((surface, kind)) = joined {
            let end = mentions[i + 1].span.end;
            let first = &mut mentions[i];
            first.span = Span::new(first.span.start, end);
            first.canonical.clone_from(&surface);
            first.text = surface;
            first.kind = kind;
            mentions.remove(i + 1);
        }
        i += 1;
    }
}

/// Nouns that say what kind of thing the name right before them is, even
/// for a one-word name: a vehicle, a craft, a work, a device ("the Orion
/// spacecraft", "the Sentra compact sedan", "a Hyperion novel"). Written
/// by this team.
const KINDS_OF_THING: &[&str] = &[
    // vehicles and craft
    "sedan",
    "sedans",
    "hatchback",
    "SUV",
    "SUVs",
    "crossover",
    "coupe",
    "minivan",
    "spacecraft",
    "capsule",
    "launcher",
    "lander",
    "rover",
    "telescope",
    "airliner",
    "warship",
    "submarine",
    // works
    "novel",
    "novels",
    "trilogy",
    "sequel",
    "prequel",
    "spin-off",
    "spinoff",
    "reboot",
    "saga",
    "sitcom",
    "musical",
    // devices and software
    "smartphone",
    "smartphones",
    "laptop",
    "laptops",
    "tablet",
    "console",
    "headset",
    "headphones",
    "earbuds",
    "router",
    "routers",
    "smartwatch",
    "processor",
    "browser",
    "plugin",
];

/// Nouns that follow companies as often as things ("the Patriots game",
/// "a Marvel film", "the Medicare program", "the BioNTech vaccine"): they
/// mark a thing only after a name of two or more words ("two Star Trek
/// novels", "the Plan & Grow BIG approach").
const GENERIC_KINDS: &[&str] = &[
    "car",
    "cars",
    "vehicle",
    "vehicles",
    "truck",
    "trucks",
    "EV",
    "EVs",
    "concept",
    "rocket",
    "rockets",
    "satellite",
    "satellites",
    "probe",
    "mission",
    "missions",
    "jet",
    "jets",
    "film",
    "films",
    "movie",
    "movies",
    "series",
    "franchise",
    "book",
    "books",
    "album",
    "albums",
    "song",
    "songs",
    "episode",
    "episodes",
    "game",
    "games",
    "podcast",
    "documentary",
    "phone",
    "phones",
    "chip",
    "chips",
    "app",
    "apps",
    "software",
    "vaccine",
    "approach",
    "framework",
    "methodology",
    "method",
    "initiative",
    "programme",
    "program",
];

/// Last words of newspaper and magazine names: "told The Boston Globe" is
/// no title of a work.
const PUBLICATION_HEADS: &[&str] = &[
    "Globe",
    "Star",
    "Yorker",
    "Herald",
    "Tribune",
    "Times",
    "Post",
    "Journal",
    "Gazette",
    "Chronicle",
    "Telegraph",
    "Guardian",
    "Independent",
    "Observer",
    "Economist",
    "Atlantic",
    "Sun",
    "Mirror",
    "Express",
    "Inquirer",
    "Examiner",
    "Courier",
    "Register",
    "Bulletin",
    "Dispatch",
    "Review",
    "Magazine",
    "News",
    "Standard",
    "Record",
    "Plain Dealer",
    "Republic",
    "Enquirer",
    "Oregonian",
    "Hill",
    "Verge",
    "Intercept",
    "Spectator",
    "Statesman",
];

/// Verbs after a name that make it an actor, not a thing: a name the
/// article writes before one of these keeps its type.
const ACTOR_VERBS: &[&str] = &[
    " said",
    " says",
    " announced",
    " told",
    " reported",
    " stated",
    " confirmed",
    " denied",
];

/// A name the tagger calls a company is a thing (MISC) throughout the
/// article when the article writes it once right before a noun of its
/// kind ([`KINDS_OF_THING`], or [`GENERIC_KINDS`] after a longer name),
/// right after a model year ("the 2020 Sentra."), with a sequel number
/// ("Destiny 2 is"), or as a title after a capital "The" inside a sentence
/// ("The book was called The Dragon Waiting"). A one-word name after
/// "titled" is a work even where the tagger read a person ("a novel titled
/// Aspects"). Names known as organisations (brands, companies, the
/// gazetteer's organisations, a name with an organisation word), acronyms
/// ("NASA mission") and names the article writes before "said" and the
/// like keep their type.
fn follow_kinds_of_thing(text: &str, mentions: &mut [newsmill_types::Mention]) {
    let lex = &*LEXICON;
    // Names, and whether a person's name of that spelling is a title too.
    let mut things: Vec<(&str, bool)> = Vec::new();
    // The cue may sit after a mention the tagger already called a thing.
    for m in mentions.iter().filter(|m| m.kind != EntityKind::Place) {
        let Some(surface) = text.get(m.span.start..m.span.end) else {
            continue;
        };
        let name = strip_possessive(surface);
        if name.len() != surface.len() {
            continue;
        }
        let after = text.get(m.span.end..).unwrap_or("");
        let before = text.get(..m.span.start).unwrap_or("");
        let titled = after_titled(before) && !name.contains(' ');
        let cued = titled
            || m.kind != EntityKind::Person
                && (kind_of_thing_follows(after, name.contains(' '))
                    || sequel_number_follows(after)
                    || after_model_year(before, after)
                    || name.contains(' ')
                        && after_title_the(before)
                        && !name_ends_with_any(name, PUBLICATION_HEADS));
        // The list lookups last: they run only on the few cued names.
        if !cued || lex.known_organisation(name) {
            continue;
        }
        match things.iter_mut().find(|(t, _)| *t == name) {
            Some((_, was_titled)) => *was_titled |= titled,
            None => things.push((name, titled)),
        }
    }
    // An actor in the article ("Acme said") is no thing.
    things.retain(|&(name, _)| {
        !mentions.iter().any(|m| {
            text.get(m.span.start..m.span.end) == Some(name)
                && text
                    .get(m.span.end..)
                    .is_some_and(|after| ACTOR_VERBS.iter().any(|v| after.starts_with(v)))
        })
    });
    if things.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let Some(surface) = text.get(m.span.start..m.span.end) else {
            continue;
        };
        let name = strip_possessive(surface);
        let flips = things.iter().any(|&(t, titled)| {
            t == name
                && (m.kind == EntityKind::Organisation || titled && m.kind == EntityKind::Person)
        });
        if flips {
            m.kind = EntityKind::Misc;
        }
    }
}

/// Whether `name`'s last words are one of `heads`.
fn name_ends_with_any(name: &str, heads: &[&str]) -> bool {
    heads
        .iter()
        .any(|h| name.ends_with(h) && name[..name.len() - h.len()].ends_with(' '))
}

/// Whether `before` (the text before a name) ends with "titled " or
/// "entitled ": the name is a work's title ("a novel titled Aspects").
fn after_titled(before: &str) -> bool {
    before.ends_with(" titled ") || before.ends_with(" entitled ")
}

/// Whether `after` (the text after a name) opens with one space and a noun
/// of [`KINDS_OF_THING`] (or of [`GENERIC_KINDS`] after a longer name), or
/// with an adjective and one ("compact sedan").
/// [`KINDS_OF_THING`] and [`GENERIC_KINDS`] sorted: every mention's next
/// word is looked up in both.
static SORTED_KINDS: LazyLock<(Vec<&str>, Vec<&str>)> = LazyLock::new(|| {
    let sorted = |words: &[&'static str]| {
        let mut v = words.to_vec();
        v.sort_unstable();
        v
    };
    (sorted(KINDS_OF_THING), sorted(GENERIC_KINDS))
});

fn kind_of_thing_follows(after: &str, longer_name: bool) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let (kinds, generic) = &*SORTED_KINDS;
    let is_kind = |w: &str| {
        kinds.binary_search(&w).is_ok() || longer_name && generic.binary_search(&w).is_ok()
    };
    let mut words = rest
        .split(|c: char| c.is_whitespace())
        .map(|w| w.trim_end_matches(['.', ',', ';', ':', ')']));
    let Some(first) = words.next() else {
        return false;
    };
    if is_kind(first) {
        return true;
    }
    // One lower-case modifier may sit between ("compact sedan", "crewed
    // capsule"), not a verb's object ("Apple makes phones").
    matches!(
        first,
        "compact" | "electric" | "crewed" | "animated" | "original" | "concept"
    ) && words.next().is_some_and(is_kind)
}

/// Whether `after` (the text after a name) opens with a number of one or
/// two digits and then a colon or a verb or preposition a title takes: a
/// sequel, version or flight ("Destiny 2 is", "Destiny 2: The
/// Collection", "Artemis 2 in 2022"), not a score or a standing ("Leeds 2,
/// Hull 1", "beat the Eagles 38 to 35", "Liverpool 3 points clear").
fn sequel_number_follows(after: &str) -> bool {
    const NEXT: &[&str] = &[
        "is", "was", "will", "has", "had", "would", "in", "launched", "launches", "arrives",
        "arrived", "comes", "came", "released",
    ];
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return false;
    }
    let tail = &rest[digits..];
    tail.starts_with(": ")
        || tail.strip_prefix(' ').is_some_and(|t| {
            let word = t.split(char::is_whitespace).next().unwrap_or("");
            NEXT.contains(&word)
        })
}

/// Whether `before` (the text before a name) ends with "the 2020 " or "a
/// 2021 " (a model year) and `after` shows the name ends its noun phrase
/// ("the 2020 Sentra.", "the 2020 Sentra is"): "a 2019 Harvard study" is
/// a company's study.
fn after_model_year(before: &str, after: &str) -> bool {
    const NEXT: &[&str] = &[
        " is ", " was ", " has ", " gets ", " comes ", " offers ", " will ",
    ];
    let ends_phrase = after.is_empty()
        || after.starts_with(['.', ',', ';', ':', '!', '?', ')'])
        || NEXT.iter().any(|n| after.starts_with(n));
    // The cheap tests first: this runs for most tagged names, and few stand
    // after a year.
    if !before.ends_with(' ')
        || !ends_phrase
        || !before
            .trim_end()
            .as_bytes()
            .last()
            .is_some_and(u8::is_ascii_digit)
    {
        return false;
    }
    let mut words = before.split_whitespace().rev();
    let (Some(year), Some(article)) = (words.next(), words.next()) else {
        return false;
    };
    year.len() == 4
        && (year.starts_with("19") || year.starts_with("20"))
        && year.chars().all(|c| c.is_ascii_digit())
        && matches!(article, "the" | "The" | "a" | "A" | "new")
}

/// Whether `before` ends with a capital "The " inside a sentence: the
/// name after it is a title ("of The Dragon Waiting").
fn after_title_the(before: &str) -> bool {
    let Some(rest) = before.strip_suffix("The ") else {
        return false;
    };
    let previous = rest.trim_end_matches(' ');
    rest.len() != previous.len()
        && previous
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == ',')
}

/// Whether the word right before `start` is a model word ("e-tron", "i3":
/// lower case, with a hyphen or a digit) that the article also writes
/// right after a maker's name: "the e-tron Sportback" once "Audi e-tron"
/// was written.
fn after_a_makers_model_word(text: &str, start: usize, brands: &WordSet<&str>) -> bool {
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    if !is_model_word(word) {
        return false;
    }
    let pattern = format!(" {word} ");
    text.match_indices(&pattern).any(|(at, _)| {
        let maker = text[..at]
            .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“'))
            .next()
            .unwrap_or("");
        brands.contains(strip_possessive(maker))
    })
}

/// A model word: lower case, with a digit ("i3", "model3") or a single
/// letter before a hyphen ("e-tron", "x-class"); "so-called" or
/// "self-driving" after a maker's name is no model.
fn is_model_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase)
        && (word.contains(|c: char| c.is_ascii_digit()) || chars.next() == Some('-'))
}

/// Whether the words right before `start` are a maker's name, allowing
/// lower-case model words between ("Audi e-tron Sportback").
fn after_a_maker(text: &str, start: usize, brands: &WordSet<&str>) -> bool {
    let mut before = text.get(..start).unwrap_or("");
    for _ in 0..2 {
        if !before.ends_with(' ') {
            return false;
        }
        before = before.trim_end_matches(' ');
        let word_start = before
            .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“'))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[word_start..];
        if brands.contains(word) {
            return true;
        }
        // Only a model word may sit between ("e-tron", "i3"): "Samsung
        // says that Apple" is two companies.
        if !is_model_word(word) {
            return false;
        }
        before = &before[..word_start];
    }
    false
}
