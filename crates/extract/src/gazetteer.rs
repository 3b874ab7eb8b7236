//! Gazetteers: lists of names (countries, cities, organisations, given names,
//! titles...) kept as plain text files in `crates/extract/data/gazetteer/`,
//! compiled once into a hash of lowercased token n-grams and matched over
//! token sequences. The tagger uses matches as features, never as final
//! answers.
//!
//! ```
//! use newsmill_extract::tagger::Gazetteer;
//!
//! let gaz = Gazetteer::english();
//! let tokens = ["troops", "entered", "Khan", "Younis", "on", "Monday"];
//! let hits = gaz.find(&tokens);
//! let cat = gaz.category_index("mideast_places").unwrap();
//! assert!(hits.iter().any(|m| m.start == 2 && m.end == 4 && m.categories & (1 << cat) != 0));
//! ```

use crate::key_filter::KeyFilter;
use crate::tagger::hash;
use crate::tokenize::tokenize_reusing;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// One list: its name, its text (one entry a line, `#` comments) and whether
/// it matches only when the first word is capitalised.
#[derive(Debug, Clone, Copy)]
pub struct GazetteerList {
    pub name: &'static str,
    pub text: &'static str,
    pub needs_capital: bool,
}

/// The built-in English lists.
pub const ENGLISH_LISTS: &[GazetteerList] = &[
    list(
        "countries",
        include_str!("../data/gazetteer/countries.txt"),
        true,
    ),
    list("cities", include_str!("../data/gazetteer/cities.txt"), true),
    list(
        "regions",
        include_str!("../data/gazetteer/regions.txt"),
        true,
    ),
    list(
        "mideast_places",
        include_str!("../data/gazetteer/mideast_places.txt"),
        true,
    ),
    list(
        "demonyms",
        include_str!("../data/gazetteer/demonyms.txt"),
        true,
    ),
    list(
        "intl_orgs",
        include_str!("../data/gazetteer/intl_orgs.txt"),
        true,
    ),
    list(
        "news_orgs",
        include_str!("../data/gazetteer/news_orgs.txt"),
        true,
    ),
    list(
        "gov_mil_orgs",
        include_str!("../data/gazetteer/gov_mil_orgs.txt"),
        true,
    ),
    list(
        "companies",
        // The curated list, then the web lexicon's companies and brands
        // (software makers such as "HubSpot" that news of the web names).
        concat!(
            include_str!("../data/gazetteer/companies.txt"),
            include_str!("../data/lexicon/brands.txt")
        ),
        true,
    ),
    list(
        "sports_clubs",
        include_str!("../data/gazetteer/sports_clubs.txt"),
        true,
    ),
    list(
        "first_names",
        // The curated list, then the other given names of the gender list
        // (`first_names_more.py`).
        concat!(
            include_str!("../data/gazetteer/first_names.txt"),
            include_str!("../data/gazetteer/first_names_more.txt")
        ),
        true,
    ),
    list(
        "titles",
        include_str!("../data/gazetteer/titles.txt"),
        false,
    ),
    list(
        "org_words",
        include_str!("../data/gazetteer/org_words.txt"),
        true,
    ),
    list(
        "loc_words",
        include_str!("../data/gazetteer/loc_words.txt"),
        true,
    ),
    list(
        "loc_heads",
        include_str!("../data/gazetteer/loc_heads.txt"),
        false,
    ),
    list(
        "world_cities",
        include_str!("../data/gazetteer/world_cities.txt"),
        true,
    ),
];

const fn list(name: &'static str, text: &'static str, needs_capital: bool) -> GazetteerList {
    GazetteerList {
        name,
        text,
        needs_capital,
    }
}

/// A match of entries over tokens `start..end` (token indices, end
/// exclusive); `categories` is a bit set of list indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazetteerMatch {
    pub start: usize,
    pub end: usize,
    pub categories: u32,
}

/// Identity hasher for keys that are already hashes.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(crate) type IdBuild = BuildHasherDefault<IdHasher>;

/// Compiled gazetteer.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    names: Vec<&'static str>,
    needs_capital: u32,
    /// Hash of the lowercased token sequence -> category bit set.
    entries: HashMap<u64, u32, IdBuild>,
    /// Hashes of every proper prefix of an entry (to stop early).
    prefixes: HashSet<u64, IdBuild>,
    /// The hashes of the entries' first tokens, as looked up at every
    /// token: most tokens open no entry, and this says so from the cache.
    first_tokens: KeyFilter,
    max_len: usize,
    fingerprint: u64,
}

static ENGLISH: LazyLock<Gazetteer> = LazyLock::new(|| Gazetteer::from_lists(ENGLISH_LISTS));

#[inline]
fn seq_add(h: u64, token_hash: u64) -> u64 {
    hash::add(h, token_hash)
}

const SEQ_SEED: u64 = 0x0bad_cafe;

impl Gazetteer {
    /// The built-in English gazetteer (compiled on first use).
    pub fn english() -> &'static Gazetteer {
        &ENGLISH
    }

    /// Compiles lists (at most 32).
    pub fn from_lists(lists: &[GazetteerList]) -> Gazetteer {
        let mut entries: HashMap<u64, u32, IdBuild> = HashMap::default();
        let mut prefixes: HashSet<u64, IdBuild> = HashSet::default();
        let mut first_tokens = KeyFilter::default();
        let mut max_len = 0;
        let mut needs_capital = 0u32;
        let mut fp = 0u64;
        let (mut scratch, mut toks) = (Vec::new(), Vec::new());
        for (li, l) in lists.iter().take(32).enumerate() {
            if l.needs_capital {
                needs_capital |= 1 << li;
            }
            fp = hash::add(fp, hash::bytes(li as u64, l.name.as_bytes()));
            for line in l.text.lines() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                fp = hash::add(fp, hash::bytes(li as u64, line.as_bytes()));
                tokenize_reusing(line, &mut scratch, &mut toks);
                if toks.is_empty() {
                    continue;
                }
                let mut h = SEQ_SEED;
                for (k, t) in toks.iter().enumerate() {
                    h = seq_add(h, hash::lower(t.slice(line)));
                    if k == 0 {
                        first_tokens.insert(h);
                    }
                    if k + 1 < toks.len() {
                        prefixes.insert(h);
                    }
                }
                *entries.entry(h).or_insert(0) |= 1 << li;
                max_len = max_len.max(toks.len());
            }
        }
        Gazetteer {
            names: lists.iter().take(32).map(|l| l.name).collect(),
            needs_capital,
            entries,
            prefixes,
            first_tokens,
            max_len,
            fingerprint: hash::finish(fp),
        }
    }

    /// List names, in category-bit order.
    pub fn category_names(&self) -> &[&'static str] {
        &self.names
    }

    /// Bit index of a list by name.
    pub fn category_index(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| *n == name)
    }

    /// Number of categories.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether there are no lists.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// A hash of the lists' contents (stored in models trained with them).
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// Every match over `tokens`, by start then length.
    pub fn find<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<GazetteerMatch> {
        let hashes: Vec<u64> = tokens.iter().map(|t| hash::lower(t.as_ref())).collect();
        let caps: Vec<bool> = tokens
            .iter()
            .map(|t| {
                t.as_ref()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
            .collect();
        let mut out = Vec::new();
        self.find_hashed(&hashes, &caps, &mut out);
        out
    }

    /// Matching over precomputed lowercase token hashes ([`hash::lower`]) and
    /// "starts with a capital" flags.
    #[allow(clippy::needless_range_loop)]
    pub(crate) fn find_hashed(&self, hashes: &[u64], caps: &[bool], out: &mut Vec<GazetteerMatch>) {
        for i in 0..hashes.len() {
            if !self.first_tokens.may_contain(seq_add(SEQ_SEED, hashes[i])) {
                continue;
            }
            let mut h = SEQ_SEED;
            for j in i..hashes.len().min(i + self.max_len) {
                h = seq_add(h, hashes[j]);
                if let Some(&cats) = self.entries.get(&h) {
                    let cats = if caps[i] {
                        cats
                    } else {
                        cats & !self.needs_capital
                    };
                    if cats != 0 {
                        out.push(GazetteerMatch {
                            start: i,
                            end: j + 1,
                            categories: cats,
                        });
                    }
                }
                if !self.prefixes.contains(&h) {
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_multiword_and_respects_case() {
        let g = Gazetteer::english();
        let toks = ["the", "Israel", "Defense", "Forces", "said", "in", "gaza"];
        let m = g.find(&toks);
        let org = 1 << g.category_index("gov_mil_orgs").unwrap();
        assert!(m
            .iter()
            .any(|x| x.start == 1 && x.end == 4 && x.categories & org != 0));
        // Lowercase "gaza" does not match a list that needs a capital.
        assert!(!m.iter().any(|x| x.start == 6));
        let title = 1 << g.category_index("titles").unwrap();
        let m = g.find(&["the", "spokesman", "said"]);
        assert!(m.iter().any(|x| x.start == 1 && x.categories & title != 0));
    }

    #[test]
    fn world_cities_are_a_list_of_their_own_and_skip_common_words() {
        let g = Gazetteer::english();
        let world = 1 << g.category_index("world_cities").unwrap();
        let cities = 1 << g.category_index("cities").unwrap();
        let m = g.find(&["floods", "in", "Cuddalore", "and", "Mar", "del", "Plata"]);
        assert!(m
            .iter()
            .any(|x| x.start == 2 && x.end == 3 && x.categories == world));
        assert!(m
            .iter()
            .any(|x| x.start == 4 && x.end == 7 && x.categories & world != 0));
        // A curated city is not listed twice; "Mobile" (Alabama) is a
        // common word of news text and left out.
        let m = g.find(&["in", "Sydney", "and", "Mobile"]);
        assert!(m.iter().any(|x| x.start == 1 && x.categories == cities));
        assert!(!m.iter().any(|x| x.start == 3 && x.categories & world != 0));
    }
}
