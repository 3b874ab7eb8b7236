//! What the tagger cannot know about web text: which capitalised words are
//! concepts ("AI", "SEO", "Machine Learning"), plan and heading words
//! ("Pro", "Step 3"), products ("MacBook Air", "Google Stadia") or
//! companies ("Mailchimp"). The tagger was trained on 1996 newswire and
//! types such spans as people, organisations or places; the report's top
//! lists then add up its mistakes over thousands of review, guide and
//! marketing pages. These lists (`crates/extract/data/lexicon/`, written
//! by this team) decide the type after tagging, so the model, and its
//! CoNLL-2003 figures and speed, are untouched.

use crate::canonical::scan;
use crate::gazetteer::Gazetteer;
use newsmill_entities::strip_possessive;
use newsmill_types::{EntityKind, Span};
use std::sync::LazyLock;

mod article_passes;

pub(crate) use article_passes::{follow_products, join_listed_names};

/// Look-ups run for every name of every article: `MapHasher` hashes short
/// keys eight bytes at a step, where the default SipHash takes about a
/// hundred. The sets are fixed word lists; what is looked up comes from
/// scraped pages, but a crafted collision only slows one look-up.
type HashMap<K, V> = std::collections::HashMap<K, V, newsmill_types::BuildMapHasher>;
use crate::word_shape::ShapedSet as WordSet;

const CONCEPTS: &str = include_str!("../../data/lexicon/concepts.txt");
const NOT_NAMES: &str = include_str!("../../data/lexicon/not_names.txt");
const PRODUCTS: &str = include_str!("../../data/lexicon/products.txt");
const BRANDS: &str = include_str!("../../data/lexicon/brands.txt");
const JOINED_NAMES: &str = include_str!("../../data/lexicon/joined_names.txt");
const PERSON_NAMED_COMPANIES: &str = include_str!("../../data/lexicon/person_named_companies.txt");
const CORPORATE_TAILS: &str = include_str!("../../data/lexicon/corporate_tails.txt");
const ORG_WORDS: &str = include_str!("../../data/gazetteer/org_words.txt");

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
    "Books",
    "Publishing",
    "Publishers",
    "Newspapers",
    "Magazines",
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

const COUNTRIES: &str = include_str!("../../data/gazetteer/countries.txt");
const FIRST_NAMES: &str = include_str!("../../data/gazetteer/first_names.txt");
const GIVEN_NAMES: &str = include_str!("../../data/lexicon/given_names.txt");
/// The quote rules' list of first names and their genders: the same facts
/// tell "Sofia Marchetti" from a company or a city.
const GENDERED_FIRST_NAMES: &str = include_str!("../../data/quotes/first_names_gender.tsv");
const COMPANIES: &str = include_str!("../../data/gazetteer/companies.txt");
const LOC_WORDS: &str = include_str!("../../data/gazetteer/loc_words.txt");

/// Words after a given name that make a place or a building of it
/// ("Victoria Station"), on top of the gazetteer's place words.
const PLACE_TAILS: &[&str] = &[
    "Station", "Stadium", "Arena", "Hall", "Terminal", "Falls", "Springs", "Harbour", "Harbor",
    "Brothers", "Bros", "Bros.",
];

struct Lexicon {
    /// Single-word concepts as written ("AI", "SaaS").
    concepts: WordSet<&'static str>,
    /// Multi-word concepts, lower case.
    concept_phrases: WordSet<String>,
    not_names: WordSet<&'static str>,
    products: WordSet<&'static str>,
    brands: WordSet<&'static str>,
    org_words: WordSet<&'static str>,
    countries: WordSet<&'static str>,
    first_names: WordSet<&'static str>,
    /// Companies and place words: a given name followed by one of these is
    /// not a person ("Morgan Stanley", "Jordan Valley").
    not_person_tails: WordSet<&'static str>,
    companies: WordSet<&'static str>,
    /// The gazetteer's organisation lists, as a bit set of its categories.
    org_lists: u32,
    /// The gazetteer's place lists, likewise.
    place_lists: u32,
    /// One-word company names that are also people's names or places.
    person_named_companies: WordSet<&'static str>,
    /// Last words only organisations' names end with (`corporate_tails.txt`).
    corporate_tails: WordSet<&'static str>,
    /// Names with "and" or "&" the gazetteer lacks, and their type.
    joined_names: HashMap<&'static str, EntityKind>,
    /// Longest entry of the product and brand lists, in words.
    max_words: usize,
}

fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let (phrases, words): (Vec<&str>, Vec<&str>) =
        entries(CONCEPTS).partition(|entry| entry.contains(' '));
    let concepts: WordSet<&str> = words.into_iter().collect();
    let concept_phrases: WordSet<String> = phrases.iter().map(|p| p.to_lowercase()).collect();
    let products: WordSet<&str> = entries(PRODUCTS).collect();
    let brands: WordSet<&str> = entries(BRANDS).collect();
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
        first_names: entries(FIRST_NAMES)
            .chain(entries(GIVEN_NAMES))
            .chain(entries(GENDERED_FIRST_NAMES).filter_map(|l| l.split('\t').next()))
            .collect(),
        not_person_tails: entries(LOC_WORDS)
            .chain(PLACE_TAILS.iter().copied())
            .collect(),
        companies: entries(COMPANIES).collect(),
        org_lists: [
            "intl_orgs",
            "news_orgs",
            "gov_mil_orgs",
            "companies",
            "sports_clubs",
        ]
        .iter()
        .filter_map(|list| Gazetteer::english().category_index(list))
        .fold(0, |bits, i| bits | 1 << i),
        person_named_companies: entries(PERSON_NAMED_COMPANIES).collect(),
        corporate_tails: entries(CORPORATE_TAILS).collect(),
        joined_names: entries(JOINED_NAMES)
            .filter_map(|line| {
                let (kind, name) = line.split_once('\t')?;
                let kind = match kind {
                    "ORG" => EntityKind::Organisation,
                    "LOC" => EntityKind::Place,
                    _ => return None,
                };
                Some((name.trim(), kind))
            })
            .collect(),
        place_lists: ["countries", "cities", "regions", "mideast_places"]
            .iter()
            .filter_map(|list| Gazetteer::english().category_index(list))
            .fold(0, |bits, i| bits | 1 << i),
        max_words,
    }
});

/// The words of `s` with their byte offsets.
fn words(s: &str) -> Vec<(usize, &str)> {
    s.split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect()
}

/// [`words`] of `s` into `buf`: how many, or `None` when they do not fit.
fn fill_words<'s>(s: &'s str, buf: &mut [(usize, &'s str)]) -> Option<usize> {
    let mut n = 0;
    for w in s.split_whitespace() {
        *buf.get_mut(n)? = (w.as_ptr() as usize - s.as_ptr() as usize, w);
        n += 1;
    }
    Some(n)
}

/// The words of a surface left when role acronyms are cut from either end,
/// with the "of"/"at"/"for" that ties a leading one to the company ("CEOs
/// of Apple" -> "Apple"); empty for a blank surface.
fn without_role_acronyms<'w, 's>(mut ws: &'w [(usize, &'s str)]) -> &'w [(usize, &'s str)] {
    while ws.len() > 1 && is_role_acronym(ws[0].1) {
        ws = &ws[1..];
        if ws.len() > 1 && matches!(ws[0].1, "of" | "at" | "for") {
            ws = &ws[1..];
        }
    }
    while let [rest @ .., last] = ws {
        if rest.is_empty() || !is_role_acronym(last.1) {
            break;
        }
        ws = rest;
    }
    ws
}

/// "CEO", "CEOs", "CEO's".
fn is_role_acronym(word: &str) -> bool {
    // Every role acronym is a few capitals: most words stop at this test.
    if word.len() > "CISO’s".len() || !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
    {
        return false;
    }
    let word = strip_possessive(word);
    let stem = word.strip_suffix('s').unwrap_or(word);
    ROLE_ACRONYMS.contains(&stem)
}

impl Lexicon {
    /// A concept as a whole span: "AI", "APIs", "machine learning"
    /// (`words` is how many words `name` has).
    fn is_concept(&self, name: &str, words: usize) -> bool {
        if words > 1 {
            // ASCII names (nearly all) lower-case on the stack.
            let mut buf = [0u8; 48];
            let owned;
            let lower = match scan::lower(name, &mut buf) {
                short if name.is_ascii() && !short.is_empty() => short,
                _ => {
                    owned = name.to_lowercase();
                    owned.as_str()
                }
            };
            let singular = lower.strip_suffix('s').unwrap_or(lower);
            return self.concept_phrases.contains(lower) || self.concept_phrases.contains(singular);
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

    /// Every word (`ws`, the words of `name`) a plan, tier or heading word,
    /// or a number ("Step 3").
    fn only_not_names(&self, name: &str, ws: &[(usize, &str)]) -> bool {
        if self.not_names.contains(name) {
            return true;
        }
        let ws = || ws.iter().map(|&(_, w)| w);
        ws().any(|w| self.not_names.contains(w))
            && ws().all(|w| {
                self.not_names.contains(w)
                    || self.not_names.contains(strip_possessive(w))
                    || w.chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == ':')
            })
    }

    /// Whether `name` is known as an organisation: a brand, a company, one
    /// of the gazetteer's organisations, a name with an organisation word,
    /// or an acronym.
    fn known_organisation(&self, name: &str) -> bool {
        let ws: Vec<&str> = name.split_whitespace().collect();
        let acronym = ws.len() == 1
            && name.chars().filter(|c| c.is_uppercase()).count() >= 2
            && !name.chars().any(char::is_lowercase);
        acronym
            || self.brands.contains(name)
            || self.companies.contains(name)
            || ws.iter().any(|w| self.org_words.contains(w))
            || Gazetteer::english()
                .find(&ws)
                .iter()
                .any(|m| m.start == 0 && m.end == ws.len() && m.categories & self.org_lists != 0)
    }

    /// How many leading words of `ws` form an entry of `set`, longest first.
    fn leading_entry(&self, ws: &[(usize, &str)], name: &str, set: &WordSet<&str>) -> usize {
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

/// Whether `word` is a last word only organisations' names end with
/// (`corporate_tails.txt`: company forms such as "Ltd" or "SpA",
/// industries, institutions).
pub(crate) fn is_corporate_tail(word: &str) -> bool {
    LEXICON.corporate_tails.contains(strip_possessive(word))
}

/// The name and type a tagged span of `text` keeps, or `None` when it is
/// not a name: concepts and plan/heading words are dropped, leading or
/// trailing role acronyms cut ("CEOs of Apple" -> "Apple"), products become
/// MISC, companies ORG, planets LOC.
pub(crate) fn judge(text: &str, span: Span, kind: EntityKind) -> Option<(Span, EntityKind)> {
    let lex = &*LEXICON;
    let surface = text.get(span.start..span.end)?;
    // A name's words on the stack, split once: this runs for every tagged
    // name, and names longer than the buffer are rare.
    let mut stack = [(0usize, ""); 8];
    let heap;
    let in_surface: &[(usize, &str)] = match fill_words(surface, &mut stack) {
        Some(n) => &stack[..n],
        None => {
            heap = words(surface);
            &heap
        }
    };
    let kept = without_role_acronyms(in_surface);
    let (&(first, _), &(last, last_word)) = (kept.first()?, kept.last()?);
    let (start, end) = (span.start + first, span.start + last + last_word.len());
    let span = Span::new(start, end);
    let name = text.get(start..end)?;
    // The kept words, with offsets into `name`.
    let mut kept_stack = [(0usize, ""); 8];
    let kept_heap;
    let ws: &[(usize, &str)] = if kept.len() <= kept_stack.len() {
        for (slot, &(at, w)) in kept_stack.iter_mut().zip(kept) {
            *slot = (at - first, w);
        }
        &kept_stack[..kept.len()]
    } else {
        kept_heap = kept
            .iter()
            .map(|&(at, w)| (at - first, w))
            .collect::<Vec<_>>();
        &kept_heap
    };
    if lex.is_concept(name, ws.len()) || lex.only_not_names(name, ws) {
        return None;
    }
    let product = lex.leading_entry(ws, name, &lex.products);
    let brand = lex.leading_entry(ws, name, &lex.brands);
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
    // "Northwind Energy", "Harbor Holdings": a name of two words or more
    // that ends in a company or institution word is no person's.
    if kind == EntityKind::Person
        && ws.len() >= 2
        && ws
            .last()
            .is_some_and(|w| lex.corporate_tails.contains(strip_possessive(w.1)))
    {
        return Some((span, EntityKind::Organisation));
    }
    if kind == EntityKind::Place && is_service_district(ws) {
        return Some((span, EntityKind::Organisation));
    }
    if kind == EntityKind::Person && ws.len() >= 2 && on_a_street(text, start, ws) {
        return Some((span, EntityKind::Place));
    }
    if kind != EntityKind::Person && ws.len() == 1 && kin_or_age_around(text, start, end) {
        return Some((span, EntityKind::Person));
    }
    if kind == EntityKind::Person && ws.len() == 1 {
        // "Tribune" or "Times" alone is the paper, and "GateHouse" or
        // "HubSpot" (a word, then a capital inside) a company: people's
        // names with an inner capital open with a short particle
        // ("McKinley", "DeShawn", "LeBron", "MacArthur").
        if lex.org_words.contains(bare)
            || is_camel_case_company(bare)
            || lex.person_named_companies.contains(bare)
        {
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
        && !lex.corporate_tails.contains(strip_possessive(ws[1].1))
        && !lex.companies.contains(bare)
    {
        return Some((span, EntityKind::Person));
    }
    Some((span, kind))
}

/// Whether a name is a public body called a district after the service
/// it runs ("Caldwell Valley School District", "Lakeside Water District"):
/// an organisation that writes letters and statements, not a place.
fn is_service_district(ws: &[(usize, &str)]) -> bool {
    const SERVICES: &[&str] = &[
        "School",
        "Schools",
        "Unified",
        "Independent",
        "Water",
        "Fire",
        "Transit",
        "Sanitation",
        "Irrigation",
        "Utility",
        "Hospital",
        "Health",
        "Library",
        "Park",
        "Parks",
    ];
    match ws {
        [.., (_, service), (_, last)] => {
            strip_possessive(last) == "District" && SERVICES.contains(service)
        }
        _ => false,
    }
}

/// Words that end a street's name.
const STREET_WORDS: &[&str] = &[
    "Street",
    "Road",
    "Avenue",
    "Lane",
    "Drive",
    "Boulevard",
    "Crescent",
    "Terrace",
    "Close",
];

/// Whether the name whose words are `ws`, at byte `start` of `text`, is a
/// street: it ends in a street word and follows a preposition of place
/// ("lived on Shawcross Lane", "along Mill Road"). Surnames such as Lane or
/// Close make the tagger read some streets as people.
fn on_a_street(text: &str, start: usize, ws: &[(usize, &str)]) -> bool {
    let ends_in_street = ws.last().is_some_and(|w| STREET_WORDS.contains(&w.1));
    let before = text.get(..start).unwrap_or("").trim_end();
    ends_in_street
        && before.rsplit(char::is_whitespace).next().is_some_and(|w| {
            matches!(
                w,
                "on" | "along" | "off" | "in" | "at" | "near" | "down" | "up" | "onto" | "from"
            )
        })
}

/// Whether the one-word name at `start..end` of `text` is set off as a
/// person: right after a word for a relative ("mum Tracey", "brother
/// Mick") or followed by an age ("Tracey, 52,"). A first name the tagger
/// took for a place or a company.
fn kin_or_age_around(text: &str, start: usize, end: usize) -> bool {
    const KIN: &[&str] = &[
        "mum",
        "mom",
        "mother",
        "dad",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "brother",
        "sister",
        "boyfriend",
        "girlfriend",
        "fiancé",
        "fiancée",
        "fiance",
        "fiancee",
        "uncle",
        "aunt",
        "grandson",
        "granddaughter",
        "grandmother",
        "grandfather",
        "niece",
        "nephew",
        "cousin",
        "stepson",
        "stepdaughter",
        "widow",
        "widower",
    ];
    let before = text.get(..start).unwrap_or("");
    let kin = before.ends_with(' ')
        && before
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| KIN.contains(&w));
    let after = text.get(end..).unwrap_or("");
    let age = after.strip_prefix(", ").is_some_and(|rest| {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits)
            && rest[digits..].starts_with(',')
            && rest[..digits]
                .parse::<u16>()
                .is_ok_and(|n| (1..=115).contains(&n))
    });
    kin || age
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

/// The article-level passes over a text's tagged mentions, in order:
/// [`join_listed_names`], then [`follow_products`].
pub(crate) fn revise(text: &str, mentions: &mut Vec<newsmill_types::Mention>) {
    join_listed_names(text, mentions);
    follow_products(text, mentions);
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
    fn a_district_named_after_its_service_is_an_organisation() {
        let s = "The Caldwell Valley School District sent a letter.";
        assert_eq!(
            on(s, "Caldwell Valley School District", Loc),
            Some(("Caldwell Valley School District".into(), Org))
        );
        let s = "Floods hit the Jiading District on Monday.";
        assert_eq!(
            on(s, "Jiading District", Loc),
            Some(("Jiading District".into(), Loc))
        );
    }

    #[test]
    fn a_name_ending_in_workers_is_an_organisation() {
        let s = "The Association of Rock Drillers and Allied Workers said so.";
        assert_eq!(
            on(s, "Allied Workers", Per),
            Some(("Allied Workers".into(), Org))
        );
    }

    #[test]
    fn a_street_after_a_preposition_of_place_is_no_person() {
        let s = "One woman who has lived on Shawcross Lane since 1993 spoke.";
        assert_eq!(
            on(s, "Shawcross Lane", Per),
            Some(("Shawcross Lane".into(), Loc))
        );
        let s = "Traffic was stopped along Mill Road.";
        assert_eq!(on(s, "Mill Road", Per), Some(("Mill Road".into(), Loc)));
        // A surname that is a street word, with no preposition before it.
        let s = "Nathan Lane said he would return.";
        assert_eq!(on(s, "Nathan Lane", Per), Some(("Nathan Lane".into(), Per)));
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
        // A first name after a relative or before an age.
        assert_eq!(
            on("Chloe's mum Tracey, 52, was happy.", "Tracey", Loc),
            Some(("Tracey".into(), Per))
        );
        assert_eq!(
            on("Her brother Mick left.", "Mick", Org),
            Some(("Mick".into(), Per))
        );
        assert_eq!(
            on("He visited Tracey, a town of 5,000.", "Tracey", Loc),
            Some(("Tracey".into(), Loc))
        );
        // A given name of the gendered list, though also a capital city.
        assert_eq!(
            on(
                "Sofia Marchetti, the Northgate partner who led the deal, spoke.",
                "Sofia Marchetti",
                Org
            ),
            Some(("Sofia Marchetti".into(), Per))
        );
        for (name, kind) in [
            ("Karma Automotive", Org),
            ("Marvel Studios", Org),
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

    /// The kinds `follow_products` leaves on `names` (each found after the
    /// previous one) tagged as companies in `text`.
    fn kinds_after(text: &str, names: &[&str]) -> Vec<EntityKind> {
        let mut from = 0;
        let mut mentions: Vec<newsmill_types::Mention> = names
            .iter()
            .map(|name| {
                let m = mention(text, name, from, Org);
                from = m.span.end;
                m
            })
            .collect();
        follow_products(text, &mut mentions);
        mentions.iter().map(|m| m.kind).collect()
    }

    #[test]
    fn a_name_before_a_noun_of_its_kind_is_a_thing_in_the_whole_article() {
        let text = "NASA will launch the Orion spacecraft. Critics of SLS and Orion spoke.";
        assert_eq!(
            kinds_after(text, &["NASA", "Orion", "SLS", "Orion"]),
            [Org, Misc, Org, Misc]
        );
        let text = "Nissan redesigned the Sentra compact sedan; the Sentra sells.";
        assert_eq!(
            kinds_after(text, &["Nissan", "Sentra", "Sentra"]),
            [Org, Misc, Misc]
        );
        let text = "Ford wrote two Star Trek novels. Star Trek lives on.";
        assert_eq!(kinds_after(text, &["Star Trek", "Star Trek"]), [Misc, Misc]);
        // Acronyms, known companies and names with an organisation word
        // keep their type before such a noun.
        let text = "A NASA spacecraft, the Google smartphone, a Disney sitcom and the Pentagon Papers Foundation novel.";
        assert_eq!(
            kinds_after(
                text,
                &["NASA", "Google", "Disney", "Pentagon Papers Foundation"]
            ),
            [Org, Org, Org, Org]
        );
        // A verb's object is no kind: "sells phones".
        let text = "Acme sells phones.";
        assert_eq!(kinds_after(text, &["Acme"]), [Org]);
        // Nouns that follow companies as often as things need a longer
        // name: "the Quillon program", "the Marlins game".
        let text = "The Quillon program grew; the Marlins game and the Star Vessel series ran.";
        assert_eq!(
            kinds_after(text, &["Quillon", "Marlins", "Star Vessel"]),
            [Org, Org, Misc]
        );
        // An actor is no thing: "Velorum said" keeps the maker of "the
        // Velorum rover" a company.
        let text = "The Velorum rover landed. Velorum said it worked.";
        assert_eq!(kinds_after(text, &["Velorum", "Velorum"]), [Org, Org]);
    }

    #[test]
    fn model_years_sequel_numbers_and_titles_mark_things() {
        let text = "Safety features come on the 2020 Sentra. The 2019 Senate race was close.";
        assert_eq!(kinds_after(text, &["Sentra", "Senate"]), [Misc, Org]);
        let text = "Destiny 2 is free, and Destiny 2: The Collection too.";
        assert_eq!(kinds_after(text, &["Destiny", "Destiny"]), [Misc, Misc]);
        // Scores and standings are no sequels (names in no list).
        let text = "Kestrel 2, Harrowby 1. They beat the Marlins 38 to 35; Veltro 3 points clear.";
        assert_eq!(
            kinds_after(text, &["Kestrel", "Harrowby", "Marlins", "Veltro"]),
            [Org, Org, Org, Org]
        );
        // A model year before a name that heads a longer noun phrase is a
        // company's thing, not a model.
        let text = "A 2019 Quillon study found it. The 2020 Sentra is new.";
        assert_eq!(kinds_after(text, &["Quillon", "Sentra"]), [Org, Misc]);
        let text = "The book was called The Dragon Waiting. She told The Boston Globe.";
        assert_eq!(
            kinds_after(text, &["Dragon Waiting", "Boston Globe"]),
            [Misc, Org]
        );
        // A sentence that opens with "The" names no title.
        let text = "Star struck. The Velvet Crane met.";
        assert_eq!(kinds_after(text, &["Velvet Crane"]), [Org]);
        // After "titled", even a one-word name read as a person's is a
        // work's; a person's full name stays the person.
        let text = "He wrote a novel titled Aspects. The unfinished Aspects is out.";
        let mut mentions = vec![
            mention(text, "Aspects", 0, Per),
            mention(text, "Aspects", 40, Per),
        ];
        follow_products(text, &mut mentions);
        assert_eq!((mentions[0].kind, mentions[1].kind), (Misc, Misc));
        let text = "A biography titled Steve Jobs came out. Steve Jobs smiled. Jobs left.";
        let mut mentions = vec![
            mention(text, "Steve Jobs", 0, Per),
            mention(text, "Steve Jobs", 40, Per),
            mention(text, "Jobs", 55, Per),
        ];
        follow_products(text, &mut mentions);
        let kinds: Vec<EntityKind> = mentions.iter().map(|m| m.kind).collect();
        assert_eq!(kinds, [Per, Per, Per]);
    }

    #[test]
    fn a_listed_name_split_at_and_is_joined() {
        let text = "Bosnia and Herzegovina, U.S. Customs and Border Protection, Apple and Google.";
        let mut mentions = vec![
            mention(text, "Bosnia", 0, Loc),
            mention(text, "Herzegovina", 0, Loc),
            mention(text, "U.S.", 0, Loc),
            mention(text, "Customs", 0, Misc),
            mention(text, "Border Protection", 0, Org),
            mention(text, "Apple", 0, Org),
            mention(text, "Google", 0, Org),
        ];
        join_listed_names(text, &mut mentions);
        let found: Vec<(&str, EntityKind)> = mentions
            .iter()
            .map(|m| (&text[m.span.start..m.span.end], m.kind))
            .collect();
        assert_eq!(
            found,
            [
                ("Bosnia and Herzegovina", Loc),
                ("U.S.", Loc),
                ("Customs and Border Protection", Org),
                ("Apple", Org),
                ("Google", Org)
            ]
        );
        assert_eq!(mentions[2].text, "Customs and Border Protection");
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
        let text = "Audi e-tron owners wait. The new e-tron Sportback is out.";
        assert_eq!(kinds_after(text, &["Audi", "Sportback"]), [Org, Misc]);
        let text = "The so-called Islamic State and the well-known Reuters.";
        assert_eq!(kinds_after(text, &["Islamic State", "Reuters"]), [Org, Org]);
        // A hyphenated word after a maker is no model word ("Tesla
        // self-driving"), and a known company is never a model.
        let text = "Tesla self-driving cars crashed. A self-driving Velorum car and Uber too.";
        assert_eq!(kinds_after(text, &["Velorum", "Uber"]), [Org, Org]);
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
        for name in [
            "Tribune",
            "GateHouse",
            "WeWork",
            "PayPal",
            "Tor",
            "McClatchy",
        ] {
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
    fn a_person_ending_in_a_company_word_is_an_organisation() {
        for name in [
            "Northwind Energy",
            "Harbor Holdings",
            "Cale Island Hospital",
            "Plate Magazine",
            "Harcourt Research",
            "Marlow Capital",
        ] {
            let s = format!("{name} welcomed the vote.");
            assert_eq!(on(&s, name, Per), Some((name.to_string(), Org)), "{name}");
        }
        // Surnames that are also organisation words stay people.
        for name in ["Frank Church", "Emily Post"] {
            let s = format!("{name} welcomed the vote.");
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
