//! What the tagger cannot know about web text: which capitalised words are
//! concepts ("AI", "SEO", "Machine Learning"), plan and heading words
//! ("Pro", "Step 3"), products ("MacBook Air", "Google Stadia") or
//! companies ("Mailchimp"). The tagger was trained on 1996 newswire and
//! types such spans as people, organisations or places; the report's top
//! lists then add up its mistakes over thousands of review, guide and
//! marketing pages. These lists (`crates/extract/data/lexicon/`, written
//! by this team) decide the type after tagging, so the model, and its
//! CoNLL-2003 figures and speed, are untouched.

use newsmill_entities::strip_possessive;
use newsmill_types::{EntityKind, Span};
use std::collections::HashSet;
use std::sync::LazyLock;

const CONCEPTS: &str = include_str!("../data/lexicon/concepts.txt");
const NOT_NAMES: &str = include_str!("../data/lexicon/not_names.txt");
const PRODUCTS: &str = include_str!("../data/lexicon/products.txt");
const BRANDS: &str = include_str!("../data/lexicon/brands.txt");
const ORG_WORDS: &str = include_str!("../data/gazetteer/org_words.txt");

/// Roles written as acronyms that the tagger takes into the company's name
/// ("CEOs of Apple", "Apple CEO"): cut off, the company stays.
const ROLE_ACRONYMS: &[&str] = &[
    "CEO", "CFO", "CTO", "COO", "CMO", "CIO", "CISO", "SVP", "EVP", "VP",
];

/// Words after a brand that keep it an organisation (or a place) rather
/// than make it a product: "Sony Pictures", "Ford Motor", "Apple Park", on
/// top of the gazetteer's organisation words ("Google News", "Apple Inc.").
const KEEPS_BRAND_AN_ORG: &[&str] = &[
    "Motor",
    "Pictures",
    "Studios",
    "Records",
    "Entertainment",
    "Interactive",
    "Games",
    "Labs",
    "Research",
    "Platforms",
    "Energy",
    "Oil",
    "Petroleum",
    "Daily",
    "Park",
    "Campus",
    "Store",
    "Stores",
    "Arena",
    "Stadium",
    "World",
    "Ventures",
    "Health",
    "Media",
    "Communications",
    "Electronics",
    "Financial",
    "Pharmaceuticals",
];

/// Bodies of the solar system: places in the web-NER guidelines ("Mars",
/// "Earth"), which the tagger often calls organisations. A person stays a
/// person ("Moon" is a surname).
const PLANETS: &[&str] = &[
    "Earth", "Mars", "Jupiter", "Saturn", "Neptune", "Uranus", "Moon", "Mercury",
];

/// Buildings named by one word, which the tagger reads as the body that
/// sits in them ("the Statehouse"): places, as the White House is.
const BUILDINGS: &[&str] = &["Statehouse", "Capitol", "Courthouse", "Kremlin"];

/// Planets no person is named after, so a "person" of that name is the
/// planet too.
const PLANETS_NOT_PEOPLE: &[&str] = &["Earth", "Jupiter", "Saturn", "Neptune", "Uranus"];

/// Words that make a country's name a region of it or a country of its own
/// ("Inner Mongolia", "Northern Ireland", "East Timor"): still a place.
const REGION_OPENERS: &[&str] = &[
    "Inner", "Outer", "Upper", "Lower", "North", "South", "East", "West", "Northern", "Southern",
    "Eastern", "Western", "Central",
];

const COUNTRIES: &str = include_str!("../data/gazetteer/countries.txt");
const FIRST_NAMES: &str = include_str!("../data/gazetteer/first_names.txt");
const GIVEN_NAMES: &str = include_str!("../data/lexicon/given_names.txt");
const COMPANIES: &str = include_str!("../data/gazetteer/companies.txt");
const LOC_WORDS: &str = include_str!("../data/gazetteer/loc_words.txt");

/// Words after a given name that make a place or a building of it
/// ("Victoria Station"), on top of the gazetteer's place words.
const PLACE_TAILS: &[&str] = &[
    "Station", "Stadium", "Arena", "Hall", "Terminal", "Falls", "Springs", "Harbour", "Harbor",
    "Brothers", "Bros", "Bros.",
];

struct Lexicon {
    /// Single-word concepts as written ("AI", "SaaS").
    concepts: HashSet<&'static str>,
    /// Multi-word concepts, lower case.
    concept_phrases: HashSet<String>,
    not_names: HashSet<&'static str>,
    products: HashSet<&'static str>,
    brands: HashSet<&'static str>,
    org_words: HashSet<&'static str>,
    countries: HashSet<&'static str>,
    first_names: HashSet<&'static str>,
    /// Companies and place words: a given name followed by one of these is
    /// not a person ("Morgan Stanley", "Jordan Valley").
    not_person_tails: HashSet<&'static str>,
    companies: HashSet<&'static str>,
    /// Longest entry of the product and brand lists, in words.
    max_words: usize,
}

fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut concepts = HashSet::new();
    let mut concept_phrases = HashSet::new();
    for entry in entries(CONCEPTS) {
        if entry.contains(' ') {
            concept_phrases.insert(entry.to_lowercase());
        } else {
            concepts.insert(entry);
        }
    }
    let products: HashSet<&str> = entries(PRODUCTS).collect();
    let brands: HashSet<&str> = entries(BRANDS).collect();
    let max_words = products
        .iter()
        .chain(brands.iter())
        .map(|e| e.split_whitespace().count())
        .max()
        .unwrap_or(1);
    Lexicon {
        concepts,
        concept_phrases,
        not_names: entries(NOT_NAMES).collect(),
        products,
        brands,
        org_words: entries(ORG_WORDS)
            .chain(KEEPS_BRAND_AN_ORG.iter().copied())
            .collect(),
        countries: entries(COUNTRIES).collect(),
        first_names: entries(FIRST_NAMES).chain(entries(GIVEN_NAMES)).collect(),
        not_person_tails: entries(LOC_WORDS)
            .chain(PLACE_TAILS.iter().copied())
            .collect(),
        companies: entries(COMPANIES).collect(),
        max_words,
    }
});

/// The words of `s` with their byte offsets.
fn words(s: &str) -> Vec<(usize, &str)> {
    s.split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect()
}

/// "CEO", "CEOs", "CEO's".
fn is_role_acronym(word: &str) -> bool {
    let word = strip_possessive(word);
    let stem = word.strip_suffix('s').unwrap_or(word);
    ROLE_ACRONYMS.contains(&stem)
}

impl Lexicon {
    /// A concept as a whole span: "AI", "APIs", "machine learning".
    fn is_concept(&self, name: &str) -> bool {
        if name.contains(char::is_whitespace) {
            let lower = name.to_lowercase();
            let singular = lower.strip_suffix('s').unwrap_or(&lower);
            return self.concept_phrases.contains(lower.as_str())
                || self.concept_phrases.contains(singular);
        }
        let name = strip_possessive(name);
        if self.concepts.contains(name) {
            return true;
        }
        // "APIs", "KPIs": a plural of an acronym written in capitals.
        name.strip_suffix('s').is_some_and(|stem| {
            stem.len() >= 2
                && stem.chars().any(|c| c.is_ascii_uppercase())
                && self.concepts.contains(stem)
        })
    }

    /// Every word a plan, tier or heading word, or a number ("Step 3").
    fn only_not_names(&self, name: &str) -> bool {
        if self.not_names.contains(name) {
            return true;
        }
        let ws: Vec<&str> = name.split_whitespace().collect();
        ws.iter().any(|w| self.not_names.contains(w))
            && ws.iter().all(|w| {
                self.not_names.contains(w)
                    || self.not_names.contains(strip_possessive(w))
                    || w.chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == ':')
            })
    }

    /// How many leading words of `ws` form an entry of `set`, longest first.
    fn leading_entry(&self, ws: &[(usize, &str)], name: &str, set: &HashSet<&str>) -> usize {
        for k in (1..=ws.len().min(self.max_words)).rev() {
            let end = ws[k - 1].0 + ws[k - 1].1.len();
            let mut head = &name[..end];
            if k == ws.len() {
                head = strip_possessive(head);
            }
            if set.contains(head) {
                return k;
            }
        }
        0
    }
}

/// The name and type a tagged span of `text` keeps, or `None` when it is
/// not a name: concepts and plan/heading words are dropped, leading or
/// trailing role acronyms cut ("CEOs of Apple" -> "Apple"), products become
/// MISC, companies ORG, planets LOC.
pub(crate) fn judge(text: &str, span: Span, kind: EntityKind) -> Option<(Span, EntityKind)> {
    let lex = &*LEXICON;
    let surface = text.get(span.start..span.end)?;
    let mut ws = words(surface);
    // Role acronyms at either end, with the "of"/"at" that ties a leading
    // one to the company.
    while ws.len() > 1 && is_role_acronym(ws[0].1) {
        ws.remove(0);
        if ws.len() > 1 && matches!(ws[0].1, "of" | "at" | "for") {
            ws.remove(0);
        }
    }
    while ws.len() > 1 && ws.last().is_some_and(|w| is_role_acronym(w.1)) {
        ws.pop();
    }
    let (first, last) = (ws.first()?, ws.last()?);
    let start = span.start + first.0;
    let end = span.start + last.0 + last.1.len();
    let span = Span::new(start, end);
    let name = text.get(start..end)?;
    if lex.is_concept(name) || lex.only_not_names(name) {
        return None;
    }
    let ws = words(name);
    let product = lex.leading_entry(&ws, name, &lex.products);
    let brand = lex.leading_entry(&ws, name, &lex.brands);
    if product == 0 && brand == ws.len() {
        // "the Amazon" is the river or the forest.
        let before = text.get(..start).unwrap_or("").trim_end();
        let river = kind == EntityKind::Place
            && before
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        return Some((
            span,
            if river {
                kind
            } else {
                EntityKind::Organisation
            },
        ));
    }
    let head = product.max(brand);
    if head > 0 {
        // "Google Stadia", "Samsung Galaxy Tab": a maker's product; "Sony
        // Pictures", "Linux Foundation" stay what the tagger said.
        let org = ws[head..]
            .iter()
            .any(|(_, w)| lex.org_words.contains(strip_possessive(w)));
        return Some((span, if org { kind } else { EntityKind::Misc }));
    }
    let bare = strip_possessive(name);
    if ws.len() == 1
        && (kind != EntityKind::Person && PLANETS.contains(&bare)
            || PLANETS_NOT_PEOPLE.contains(&bare))
    {
        return Some((span, EntityKind::Place));
    }
    if kind == EntityKind::Organisation && ws.len() == 1 && BUILDINGS.contains(&bare) {
        return Some((span, EntityKind::Place));
    }
    if kind != EntityKind::Person
        && ws.len() == 2
        && REGION_OPENERS.contains(&ws[0].1)
        && lex.countries.contains(strip_possessive(ws[1].1))
    {
        return Some((span, EntityKind::Place));
    }
    if kind == EntityKind::Person && ws.len() == 1 {
        // "Tribune" or "Times" alone is the paper, and "GateHouse" or
        // "HubSpot" (a word, then a capital inside) a company: people's
        // names with an inner capital open with a short particle
        // ("McKinley", "DeShawn", "LeBron", "MacArthur").
        if lex.org_words.contains(bare) || is_camel_case_company(bare) {
            return Some((span, EntityKind::Organisation));
        }
    }
    // "Taylor Swift" read as a company: a given name and one more
    // capitalised word that is no organisation or place word is a person.
    if matches!(kind, EntityKind::Organisation | EntityKind::Place)
        && ws.len() == 2
        && lex.first_names.contains(ws[0].1)
        && ws[1].1.chars().next().is_some_and(char::is_uppercase)
        && ws[1].1.chars().skip(1).all(|c| !c.is_uppercase())
        && !lex.org_words.contains(strip_possessive(ws[1].1))
        && !lex.not_person_tails.contains(strip_possessive(ws[1].1))
        && !lex.companies.contains(bare)
    {
        return Some((span, EntityKind::Person));
    }
    Some((span, kind))
}

/// A word with an inner capital after at least three lower-case letters
/// ("GateHouse", "HubSpot", "PayPal"), or after an English word of two
/// ("WeWork", "MySpace", "GoDaddy"), and no particle of a surname before it.
fn is_camel_case_company(word: &str) -> bool {
    const SURNAME_PARTICLES: &[&str] = &[
        "Mac", "Van", "Von", "Del", "Des", "Dos", "Dal", "Della", "Fitz",
    ];
    const SHORT_WORDS: &[&str] = &["We", "My", "Go", "In", "On", "Up", "So", "No", "Be", "Do"];
    let mut chars = word.char_indices();
    if !chars.next().is_some_and(|(_, c)| c.is_uppercase()) {
        return false;
    }
    let Some((inner, _)) = chars.find(|(_, c)| !c.is_lowercase()) else {
        return false;
    };
    let head = &word[..inner];
    let rest = &word[inner..];
    let inner_capital = rest.chars().next().is_some_and(char::is_uppercase)
        && rest.chars().skip(1).any(char::is_lowercase);
    inner_capital
        && !SURNAME_PARTICLES.contains(&head)
        && (head.chars().count() >= 3 || SHORT_WORDS.contains(&head))
}

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
        if after_a_maker(text, m.span.start, &lex.brands) {
            m.kind = EntityKind::Misc;
            if let Some(surface) = text.get(m.span.start..m.span.end) {
                models.push(surface.split_whitespace().map(strip_possessive).collect());
            }
        }
    }
    let people: Vec<Vec<&str>> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| text.get(m.span.start..m.span.end))
        .map(|s| {
            s.split_whitespace()
                .map(strip_possessive)
                .collect::<Vec<_>>()
        })
        .filter(|ws| ws.len() >= 2)
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
            .any(|p| p.last() == Some(&word) || given && p.first() == Some(&word))
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
        let ws: Vec<&str> = surface.split_whitespace().map(strip_possessive).collect();
        if products
            .iter()
            .any(|p| p.len() > ws.len() && p.ends_with(&ws))
            || models.iter().any(|p| p.ends_with(&ws))
        {
            m.kind = EntityKind::Misc;
        }
    }
}

/// Whether the words right before `start` are a maker's name, allowing
/// lower-case model words between ("Audi e-tron Sportback").
fn after_a_maker(text: &str, start: usize, brands: &HashSet<&str>) -> bool {
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
        // Only a model word in lower case with a hyphen or a digit
        // ("e-tron", "i3") may sit between: "Samsung says that Apple" is
        // two companies.
        if !word.chars().next().is_some_and(char::is_lowercase)
            || !word.contains(|c: char| c == '-' || c.is_ascii_digit())
        {
            return false;
        }
        before = &before[..word_start];
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The verdict on `name` tagged `kind` inside `sentence`.
    fn on(sentence: &str, name: &str, kind: EntityKind) -> Option<(String, EntityKind)> {
        let start = sentence.find(name).expect("name in sentence");
        let span = Span::new(start, start + name.len());
        judge(sentence, span, kind).map(|(s, k)| (sentence[s.start..s.end].to_string(), k))
    }

    use EntityKind::{Misc, Organisation as Org, Person as Per, Place as Loc};

    #[test]
    fn concepts_are_not_names() {
        let s = "Our AI tools help with SEO, the APIs and CRM, and Machine Learning too.";
        for name in ["AI", "SEO", "APIs", "CRM", "Machine Learning"] {
            assert_eq!(on(s, name, Org), None, "{name}");
        }
        assert_eq!(on("Ask HR about PTO.", "PTO", Loc), None);
        // An organisation whose acronym merely looks like one stays.
        assert_eq!(
            on("The IDF said so.", "IDF", Org),
            Some(("IDF".into(), Org))
        );
        assert_eq!(on("The UN said so.", "UN", Org), Some(("UN".into(), Org)));
    }

    #[test]
    fn plan_and_heading_words_are_dropped() {
        assert_eq!(on("Upgrade to Pro for more seats.", "Pro", Per), None);
        assert_eq!(on("Step 3: open the lid.", "Step 3", Org), None);
        assert_eq!(on("The Pro Max costs more.", "Pro Max", Per), None);
        assert_eq!(on("Best of all, it is cheap.", "Best", Org), None);
        // A name holding such a word keeps it.
        assert_eq!(
            on("Priya Best said so.", "Priya Best", Per),
            Some(("Priya Best".into(), Per))
        );
    }

    #[test]
    fn products_are_misc() {
        assert_eq!(
            on("I tried the MacBook Air for a week.", "MacBook Air", Org),
            Some(("MacBook Air".into(), Misc))
        );
        assert_eq!(
            on("Stadia streams games.", "Stadia", Per),
            Some(("Stadia".into(), Misc))
        );
        assert_eq!(
            on("Code it in Python first.", "Python", Loc),
            Some(("Python".into(), Misc))
        );
    }

    #[test]
    fn a_brand_followed_by_a_product_word_is_a_product() {
        assert_eq!(
            on(
                "The Logitech MX Master is a mouse.",
                "Logitech MX Master",
                Org
            ),
            Some(("Logitech MX Master".into(), Misc))
        );
        assert_eq!(
            on("Samsung Galaxy phones sold well.", "Samsung Galaxy", Per),
            Some(("Samsung Galaxy".into(), Misc))
        );
        // An organisation word keeps the company.
        assert_eq!(
            on("Sony Pictures said so.", "Sony Pictures", Org),
            Some(("Sony Pictures".into(), Org))
        );
        assert_eq!(
            on("He read Google News daily.", "Google News", Org),
            Some(("Google News".into(), Org))
        );
        // So does it after a product's name.
        for name in ["Python Software Foundation", "Linux Foundation"] {
            let s = format!("The {name} paid for it.");
            assert_eq!(on(&s, name, Org), Some((name.to_string(), Org)), "{name}");
        }
        assert_eq!(
            on("Android Phones sold well.", "Android Phones", Org),
            Some(("Android Phones".into(), Misc))
        );
    }

    #[test]
    fn companies_are_organisations() {
        assert_eq!(
            on("Mailchimp sends the newsletter.", "Mailchimp", Per),
            Some(("Mailchimp".into(), Org))
        );
        assert_eq!(
            on("She sells on Amazon now.", "Amazon", Loc),
            Some(("Amazon".into(), Org))
        );
        assert_eq!(
            on("Fires burn in the Amazon again.", "Amazon", Loc),
            Some(("Amazon".into(), Loc)),
            "the Amazon is the forest"
        );
        assert_eq!(
            on("HubSpot's CRM is free.", "HubSpot's", Per),
            Some(("HubSpot's".into(), Org))
        );
    }

    #[test]
    fn role_acronyms_are_cut_from_the_company() {
        assert_eq!(
            on("The CEOs of Apple and Nike met.", "CEOs of Apple", Org),
            Some(("Apple".into(), Org))
        );
        assert_eq!(
            on("An Acme Widgets CEO spoke.", "Acme Widgets CEO", Org),
            Some(("Acme Widgets".into(), Org))
        );
        assert_eq!(on("The CEO spoke.", "CEO", Per), None);
    }

    #[test]
    fn planets_are_places_but_people_stay_people() {
        assert_eq!(
            on("Water once ran on Mars.", "Mars", Org),
            Some(("Mars".into(), Loc))
        );
        assert_eq!(
            on("President Moon spoke.", "Moon", Per),
            Some(("Moon".into(), Per))
        );
    }

    #[test]
    fn regions_of_countries_are_places() {
        assert_eq!(
            on("Herders in Inner Mongolia moved.", "Inner Mongolia", Org),
            Some(("Inner Mongolia".into(), Loc))
        );
        assert_eq!(
            on("Lawmakers met at the Statehouse.", "Statehouse", Org),
            Some(("Statehouse".into(), Loc))
        );
        assert_eq!(
            on("Storms hit Jupiter again.", "Jupiter", Per),
            Some(("Jupiter".into(), Loc))
        );
    }

    #[test]
    fn a_given_name_and_a_surname_are_a_person() {
        assert_eq!(
            on(
                "The label sold the masters of Taylor Swift.",
                "Taylor Swift",
                Org
            ),
            Some(("Taylor Swift".into(), Per))
        );
        for (name, kind) in [
            ("Morgan Stanley", Org),
            ("Jordan Valley", Loc),
            ("Victoria Station", Loc),
            ("Taylor Group", Org),
            ("Maria Holdings", Org),
        ] {
            let s = format!("They met at {name} today.");
            assert_eq!(on(&s, name, kind), Some((name.to_string(), kind)), "{name}");
        }
    }

    #[test]
    fn a_model_name_follows_its_full_product_name() {
        let text = "The Audi e-tron Sportback is here. The Sportback seats five.";
        let full = mention(text, "Audi e-tron Sportback", 0, Misc);
        let short = mention(text, "Sportback", 30, Org);
        let other = mention(text, "Audi", 0, Org);
        let mut mentions = vec![full, short, other];
        follow_products(text, &mut mentions);
        assert_eq!(mentions[1].kind, Misc, "the model name");
        assert_eq!(
            mentions[2].kind, Org,
            "the maker is not the end of the name"
        );
    }

    fn mention(text: &str, name: &str, from: usize, kind: EntityKind) -> newsmill_types::Mention {
        let start = from + text[from..].find(name).expect("in text");
        newsmill_types::Mention {
            text: name.to_string(),
            kind,
            span: Span::new(start, start + name.len()),
            canonical: name.to_string(),
            zone: newsmill_types::Zone::Body,
        }
    }

    #[test]
    fn a_model_after_its_maker_is_a_product() {
        let text = "The Nissan Sentra and the Audi e-tron Sportback sold well; Nissan grew.";
        let mut mentions = vec![
            mention(text, "Nissan", 0, Org),
            mention(text, "Sentra", 0, Org),
            mention(text, "Audi", 0, Org),
            mention(text, "Sportback", 0, Org),
            mention(text, "Nissan", 40, Org),
        ];
        follow_products(text, &mut mentions);
        let kinds: Vec<EntityKind> = mentions.iter().map(|m| m.kind).collect();
        assert_eq!(kinds, [Org, Misc, Org, Misc, Org]);
        let text = "The Audi e-tron Sportback is new. The e-tron Sportback seats five.";
        let mut mentions = vec![
            mention(text, "Audi", 0, Org),
            mention(text, "Sportback", 0, Org),
            mention(text, "Sportback", 40, Loc),
        ];
        follow_products(text, &mut mentions);
        assert_eq!(
            mentions[2].kind, Misc,
            "the model named again without its maker"
        );
        let text = "Samsung says that Apple sells more.";
        let mut mentions = vec![
            mention(text, "Samsung", 0, Org),
            mention(text, "Apple", 0, Org),
        ];
        follow_products(text, &mut mentions);
        assert_eq!(
            mentions[1].kind, Org,
            "two companies, not a maker and its model"
        );
        let text = "Staff at Google Ireland grew. Ireland taxes them.";
        let mut mentions = vec![
            mention(text, "Google", 0, Org),
            mention(text, "Ireland", 0, Loc),
            mention(text, "Ireland", 30, Loc),
        ];
        follow_products(text, &mut mentions);
        assert_eq!(mentions[1].kind, Loc, "a place after a maker's name");
        assert_eq!(
            mentions[2].kind, Loc,
            "and where the article names it again"
        );
    }

    #[test]
    fn a_persons_surname_or_given_name_is_that_person() {
        let text =
            "John M. Ford wrote it. Ford was 51. Maria Nair said Maria would go. Ford cars sell.";
        let mut mentions = vec![
            mention(text, "John M. Ford", 0, Per),
            mention(text, "Ford", 20, Org),
            mention(text, "Maria Nair", 0, Per),
            mention(text, "Maria", 50, Org),
        ];
        follow_products(text, &mut mentions);
        assert_eq!(mentions[1].kind, Per);
        assert_eq!(mentions[3].kind, Per);
        let text = "Ford sold more trucks, the Detroit maker said.";
        let mut mentions = vec![mention(text, "Ford", 0, Org)];
        follow_products(text, &mut mentions);
        assert_eq!(mentions[0].kind, Org, "no person named Ford here");
    }

    #[test]
    fn one_word_people_that_are_companies() {
        for name in ["Tribune", "GateHouse", "WeWork", "PayPal"] {
            let s = format!("Then {name} said no.");
            assert_eq!(on(&s, name, Per), Some((name.to_string(), Org)), "{name}");
        }
        for name in [
            "McKinley",
            "DeShawn",
            "LeBron",
            "MacArthur",
            "DiCaprio",
            "Okafor",
        ] {
            let s = format!("Then {name} said no.");
            assert_eq!(on(&s, name, Per), Some((name.to_string(), Per)), "{name}");
        }
    }

    #[test]
    fn other_names_pass_unchanged() {
        for (name, kind) in [("Gaza", Loc), ("Tim Cook", Per), ("Hamas", Org)] {
            let s = format!("{name} was mentioned.");
            assert_eq!(on(&s, name, kind), Some((name.to_string(), kind)));
        }
        assert_eq!(judge("short", Span::new(3, 99), Org), None);
    }
}
