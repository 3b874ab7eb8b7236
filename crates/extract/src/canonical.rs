//! Within one article: the fullest name of each entity, acronym expansions
//! and the roles written next to person names.
//!
//! The complete rule list with known limits is in `crates/extract/RULES.md`.
//!
//! * Short forms (persons and organisations) resolve to the unique longer
//!   name of the same type they end
//!   ("Witkoff" -> "Steve Witkoff"); a short form shared by two longer names
//!   stays as written. Spellings with the same [`newsmill_entities::name_key`]
//!   are one entity ("Abdel Latif al-Qanua" / "Abd al-Latif Qanoua").
//! * Acronyms ("IDF", "U.N.", "US") expand to the article's own definition
//!   ("Israel Defense Forces (IDF)"), else to a mention whose initials spell
//!   them, else to the built-in table `canonical/acronyms.tsv`.
//! * Roles come from titles before a person ("U.S. envoy Steve Witkoff"),
//!   appositions after ("Khaled Meshaal, a senior Hamas official,") and
//!   before ("Israel's Defense Minister, Israel Katz,").

mod acronyms;
mod key_memo;
mod kinds;
mod roles;
pub(crate) mod scan;

pub use acronyms::expand_acronym;
pub(crate) use kinds::{follow_kinds, vote_kinds};
pub(crate) use roles::{is_role_head, is_role_head_in_any_case, is_role_modifier};

use acronyms::{acronym_norm, ACRONYMS};
use roles::{roles_around, TITLES};

use newsmill_types::{EntityKind, EntitySummary, Mention};
use scan::{strip_possessive, tokenize, Tok};
use std::rc::Rc;

/// Look-ups run for every name of every article: `MapHasher` hashes short
/// keys eight bytes at a step, where the default SipHash takes about a
/// hundred. Collisions cannot be ruled out (the keys are names from
/// scraped pages), but a map holds one article's names, so even crafted
/// ones cost less than the article's own loops over its names.
type HashMap<K, V> = std::collections::HashMap<K, V, newsmill_types::BuildMapHasher>;

/// `name` trimmed of white space; names rarely have any, and a printable
/// ASCII byte at each end settles that without decoding characters.
#[inline]
fn trim_name(name: &str) -> &str {
    let printable = |b: &u8| (b'!'..=b'~').contains(b);
    let bytes = name.as_bytes();
    if bytes.first().is_some_and(printable) && bytes.last().is_some_and(printable) {
        name
    } else {
        name.trim()
    }
}

/// A mention's name without a leading title and trailing possessive.
pub(crate) fn clean_name(surface: &str) -> (&str, Option<&'static str>) {
    let s = strip_possessive(trim_name(surface));
    let s = trim_name(s);
    // Every title ends in a full stop within its first ten bytes: most
    // names have none there and need no comparison.
    if !s.as_bytes()[..s.len().min(10)].contains(&b'.') {
        return (s, None);
    }
    let mut best: Option<&'static str> = None;
    for t in TITLES {
        if s.len() > t.len() + 1
            && s.starts_with(t)
            && s[t.len()..].starts_with(' ')
            && best.is_none_or(|b| t.len() > b.len())
        {
            best = Some(t);
        }
    }
    match best {
        Some(t) => (s[t.len()..].trim(), Some(t)),
        None => (s, None),
    }
}

fn initials(name: &str) -> impl Iterator<Item = char> + '_ {
    name.split([' ', '-'])
        .filter(|w| {
            !matches!(
                *w,
                "of" | "the" | "and" | "for" | "on" | "in" | "de" | "al" | "&"
            )
        })
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
}

/// The lower-cased words of an article's names, in one buffer: a name's
/// words are a range of [`WordArena::spans`], not strings of their own
/// (an article has a few dozen names; building and freeing a vector of
/// strings for each was a measurable share of the rule stages).
#[derive(Default)]
struct WordArena {
    text: String,
    spans: Vec<(usize, usize)>,
}

impl WordArena {
    /// Adds the lower-cased words of `name`; their range in `spans`.
    fn add(&mut self, name: &str) -> std::ops::Range<usize> {
        let first = self.spans.len();
        for word in name.split_whitespace() {
            let start = self.text.len();
            if word.is_ascii() {
                self.text.push_str(word);
                if let Some(added) = self.text.get_mut(start..) {
                    added.make_ascii_lowercase();
                }
            } else {
                self.text.push_str(&word.to_lowercase());
            }
            self.spans.push((start, self.text.len()));
        }
        first..self.spans.len()
    }

    fn word(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .and_then(|&(a, b)| self.text.get(a..b))
            .unwrap_or("")
    }

    /// Whether the words of `long` end with the words of `short`.
    fn ends_with(&self, long: &std::ops::Range<usize>, short: &std::ops::Range<usize>) -> bool {
        short.len() <= long.len()
            && (0..short.len())
                .all(|k| self.word(long.end - short.len() + k) == self.word(short.start + k))
    }
}

struct Name<'m> {
    kind: EntityKind,
    /// Borrowed from the mention's text.
    name: &'m str,
    /// Shared with the per-thread key memo: keys are compared, never changed.
    key: Rc<str>,
    /// The name's lower-cased words in the table's [`WordArena`].
    words: std::ops::Range<usize>,
}

/// After canonicalising the body and the zones together: an entity the
/// body names keeps the body's own canonical name unless the zones give a
/// fuller one ("Patrick" in the body, "Deval Patrick" in the headline). A
/// headline's other spelling ("KLOOK!", "HUNTER") or a caption name with a
/// title the body leaves out is not better evidence than the body's prose.
fn prefer_body_names(
    mentions: &mut [Mention],
    entities: &mut [EntitySummary],
    body_names: BodyNames,
) {
    let BodyNames { body, table } = body_names;
    let alone: Vec<&str> = body
        .iter()
        .enumerate()
        .map(|(j, &k)| match table.name_of[j] {
            Some(i) => table.canonical[i].as_str(),
            None => mentions[k].text.trim(),
        })
        .collect();
    // A fuller name from the zones is the body's name with given names in
    // front ("Deval Patrick" for "Patrick"), not with a title ("Mayor Pete
    // Buttigieg" for "Pete Buttigieg").
    let fuller = |zoned: &str, body: &str| {
        zoned.len() > body.len()
            && zoned.ends_with(body)
            && zoned[..zoned.len() - body.len()].ends_with(' ')
            && !zoned[..zoned.len() - body.len()]
                .split_whitespace()
                .any(is_role_head_in_any_case)
    };
    // An article renames few names: a list searched without allocating
    // beats a map keyed by owned strings.
    let mut renames: Vec<(EntityKind, String, String)> = Vec::new();
    let together = body.iter().map(|&k| &mentions[k]);
    for (both, alone) in together.zip(alone) {
        let known = |r: &(EntityKind, String, String)| r.0 == both.kind && r.1 == both.canonical;
        if both.canonical != alone && !fuller(&both.canonical, alone) && !renames.iter().any(known)
        {
            renames.push((both.kind, both.canonical.clone(), alone.to_string()));
        }
    }
    if renames.is_empty() {
        return;
    }
    let renamed = |kind: EntityKind, canonical: &str| {
        renames
            .iter()
            .find(|r| r.0 == kind && r.1 == canonical)
            .map(|r| r.2.clone())
    };
    for m in mentions.iter_mut() {
        if let Some(name) = renamed(m.kind, &m.canonical) {
            m.canonical = name;
        }
    }
    for e in entities.iter_mut() {
        if let Some(name) = renamed(e.kind, &e.canonical) {
            e.canonical = name;
        }
    }
}

/// The canonical names the body alone gives its mentions (those that end
/// by the body's end), without their summaries.
struct BodyNames {
    /// The body's mentions, as indices of the article's.
    body: Vec<usize>,
    /// Their table, indexed as `body`.
    table: NameTable,
}

impl BodyNames {
    /// `None` when every mention is the body's. The body's mentions come
    /// first in text order, so its distinct names are the first of the
    /// article's `list`, and their keys and words are not made again.
    fn of(text: &str, body_len: usize, mentions: &[Mention], list: &NameList) -> Option<BodyNames> {
        let body: Vec<usize> = (0..mentions.len())
            .filter(|&k| mentions[k].span.end <= body_len)
            .collect();
        if body.len() == mentions.len() {
            return None;
        }
        let body_mentions: Vec<&Mention> = body.iter().map(|&k| &mentions[k]).collect();
        let body_text = text.get(..body_len).unwrap_or(text);
        let name_of: Vec<Option<usize>> = body.iter().map(|&k| list.name_of[k]).collect();
        let count = name_of.iter().flatten().map(|&i| i + 1).max().unwrap_or(0);
        // Should a name the body's do not hold come among them (a mention
        // across the body's end), the body's table is made on its own.
        let mut used = vec![false; count];
        for &i in name_of.iter().flatten() {
            used[i] = true;
        }
        let mut table = if used.iter().all(|&u| u) {
            let order = {
                let mut o: Vec<usize> = (0..body.len()).collect();
                o.sort_by_key(|&j| (body_mentions[j].span.start, j));
                o
            };
            NameTable::of_names(
                body_text,
                &body_mentions,
                &list.names[..count],
                &list.arena,
                order,
                name_of,
            )
        } else {
            NameTable::of(body_text, &body_mentions)
        };
        table.name_the_born_as_known(body_text, &body_mentions);
        Some(BodyNames { body, table })
    }
}

/// The article's distinct names and the canonical name of each: what
/// [`canonicalize`] gives every mention, without its summaries.
struct NameTable {
    /// Mentions in text order.
    order: Vec<usize>,
    /// Each mention's distinct name, if it has one.
    name_of: Vec<Option<usize>>,
    /// The canonical name of each distinct name.
    canonical: Vec<String>,
}

/// The distinct names of an article's mentions, per type in order of first
/// mention, and each mention's: the per-mention part of a [`NameTable`].
struct NameList<'m> {
    names: Vec<Name<'m>>,
    arena: WordArena,
    /// Mentions in text order.
    order: Vec<usize>,
    /// Each mention's distinct name, if it has one.
    name_of: Vec<Option<usize>>,
    /// Each mention's title ("Dr."), as `clean_name` finds it.
    titles: Vec<Option<&'static str>>,
}

impl<'m> NameList<'m> {
    fn of<M: std::borrow::Borrow<Mention>>(mentions: &'m [M]) -> NameList<'m> {
        // Distinct names per type, in order of first mention.
        let mut names: Vec<Name> = Vec::new();
        let mut arena = WordArena::default();
        let mut name_of: Vec<Option<usize>> = vec![None; mentions.len()];
        // Tables sized once for the article's names: growing one step by
        // step rehashes every key again.
        let mut lookup: HashMap<(EntityKind, &str), usize> =
            HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
        let order = {
            let mut o: Vec<usize> = (0..mentions.len()).collect();
            o.sort_by_key(|&k| (mentions[k].borrow().span.start, k));
            o
        };
        let mut titles: Vec<Option<&'static str>> = vec![None; mentions.len()];
        for &k in &order {
            let m = mentions[k].borrow();
            let (name, title) = clean_name(&m.text);
            titles[k] = title;
            if name.is_empty() {
                continue;
            }
            let idx = match lookup.get(&(m.kind, name)) {
                Some(&i) => i,
                None => {
                    names.push(Name {
                        kind: m.kind,
                        name,
                        key: key_memo::memo_name_key(name),
                        words: arena.add(name),
                    });
                    lookup.insert((m.kind, name), names.len() - 1);
                    names.len() - 1
                }
            };
            name_of[k] = Some(idx);
        }
        NameList {
            names,
            arena,
            order,
            name_of,
            titles,
        }
    }

    /// The table of the `mentions` this list was made of, in `text`.
    fn into_table<M: std::borrow::Borrow<Mention>>(self, text: &str, mentions: &[M]) -> NameTable {
        NameTable::of_names(
            text,
            mentions,
            &self.names,
            &self.arena,
            self.order,
            self.name_of,
        )
    }
}

impl NameTable {
    fn of<M: std::borrow::Borrow<Mention>>(text: &str, mentions: &[M]) -> NameTable {
        NameList::of(mentions).into_table(text, mentions)
    }

    /// The table of `mentions` whose distinct names are `names` (with their
    /// words in `arena`), in text order `order`, each mention's name
    /// `name_of`: the canonical name of each distinct name.
    fn of_names<M: std::borrow::Borrow<Mention>>(
        text: &str,
        mentions: &[M],
        names: &[Name],
        arena: &WordArena,
        order: Vec<usize>,
        name_of: Vec<Option<usize>>,
    ) -> NameTable {
        // Acronym definitions written in the article: "Israel Defense Forces (IDF)".
        let mut defs: HashMap<String, String> = HashMap::default();
        for m in mentions.iter().map(|m| m.borrow()) {
            let Some(rest) = text.get(m.span.end..) else {
                continue;
            };
            if let Some(r) = rest.strip_prefix(" (") {
                if let Some(close) = r.get(..r.len().min(14)).and_then(|s| s.find(')')) {
                    if let Some(norm) = acronym_norm(&r[..close]) {
                        let (name, _) = clean_name(&m.text);
                        if name.split_whitespace().count() >= 2 {
                            defs.entry(norm).or_insert_with(|| name.to_string());
                        }
                    }
                }
            }
        }

        // Representative of each key group: most words, then longest, then first.
        let mut rep: Vec<usize> = (0..names.len()).collect();
        {
            let mut by_key: HashMap<(EntityKind, &str), usize> =
                HashMap::with_capacity_and_hasher(names.len(), Default::default());
            for i in 0..names.len() {
                if names[i].key.is_empty() {
                    continue;
                }
                match by_key.get(&(names[i].kind, &*names[i].key)) {
                    Some(&r) => {
                        let mixed = |n: &str| n.chars().any(char::is_lowercase);
                        let better = (
                            names[i].words.len(),
                            names[i].name.len(),
                            mixed(names[i].name),
                        ) > (
                            names[r].words.len(),
                            names[r].name.len(),
                            mixed(names[r].name),
                        );
                        if better {
                            for x in rep.iter_mut() {
                                if *x == r {
                                    *x = i;
                                }
                            }
                            by_key.insert((names[i].kind, &*names[i].key), i);
                        } else {
                            rep[i] = r;
                        }
                    }
                    None => {
                        by_key.insert((names[i].kind, &*names[i].key), i);
                    }
                }
            }
        }

        // Canonical per distinct name.
        let mut canonical: Vec<String> = Vec::with_capacity(names.len());
        // Long names by last word, for the suffix rule.
        let mut by_last: HashMap<(EntityKind, &str), Vec<usize>> =
            HashMap::with_capacity_and_hasher(names.len(), Default::default());
        for (i, n) in names.iter().enumerate() {
            if n.words.len() >= 2 && rep[i] == i {
                let last = arena.word(n.words.end - 1);
                by_last.entry((n.kind, last)).or_default().push(i);
            }
        }
        for i in 0..names.len() {
            let n = &names[i];
            if let Some(norm) = acronym_norm(n.name) {
                let expansion = defs
                    .get(&norm)
                    .cloned()
                    .or_else(|| {
                        names
                            .iter()
                            .find(|o| {
                                o.kind != EntityKind::Person
                                    && o.words.len() >= 2
                                    && initials(o.name).eq(norm.chars())
                            })
                            .map(|o| o.name.to_string())
                    })
                    .or_else(|| ACRONYMS.get(norm.as_str()).map(|e| e.to_string()));
                if let Some(e) = expansion {
                    canonical.push(e);
                    continue;
                }
            }
            let r = rep[i];
            let rn = &names[r];
            let mut result = rn.name.to_string();
            if matches!(rn.kind, EntityKind::Person | EntityKind::Organisation)
                && rn.words.len() <= 3
            {
                let last = (!rn.words.is_empty()).then(|| arena.word(rn.words.end - 1));
                if let Some(bucket) = last.and_then(|l| by_last.get(&(rn.kind, l))) {
                    let cands: Vec<usize> = bucket
                        .iter()
                        .copied()
                        .filter(|&j| {
                            names[j].words.len() > rn.words.len()
                                && arena.ends_with(&names[j].words, &rn.words)
                        })
                        .collect();
                    let maximal: Vec<usize> = cands
                        .iter()
                        .copied()
                        .filter(|&j| {
                            !cands.iter().any(|&k| {
                                names[k].words.len() > names[j].words.len()
                                    && arena.ends_with(&names[k].words, &names[j].words)
                            })
                        })
                        .collect();
                    if maximal.len() == 1 {
                        result = names[maximal[0]].name.to_string();
                    }
                }
                // A one-word name no longer name ends with, that begins
                // exactly one: "Koh" for "Koh Siew Ling" (family name
                // first), "Mike" for "Mike Ford". Rare enough to look up
                // by a scan rather than a map built for every article.
                let word = (rn.words.len() == 1).then(|| arena.word(rn.words.start));
                if let Some(word) = word.filter(|&w| {
                    rn.kind == EntityKind::Person
                        && result == rn.name
                        && !by_last.contains_key(&(rn.kind, w))
                }) {
                    let mut begun = (0..names.len()).filter(|&j| {
                        rep[j] == j
                            && names[j].kind == EntityKind::Person
                            && names[j].words.len() >= 2
                            && arena.word(names[j].words.start) == word
                    });
                    if let (Some(j), None) = (begun.next(), begun.next()) {
                        result = names[j].name.to_string();
                    }
                }
            }
            canonical.push(result);
        }
        NameTable {
            order,
            name_of,
            canonical,
        }
    }

    /// Gives the people born with another name the text states the name
    /// the article goes by, and with it every name that took the birth
    /// name as its canonical ("Germanotta" for "Stefani Germanotta").
    fn name_the_born_as_known<M: std::borrow::Borrow<Mention>>(
        &mut self,
        text: &str,
        mentions: &[M],
    ) {
        for (k, j) in birth_names(text, mentions, &self.order) {
            let (Some(born), Some(known)) = (self.name_of[k], self.name_of[j]) else {
                continue;
            };
            let birth_name = self.canonical[born].clone();
            let known_name = self.canonical[known].clone();
            if birth_name == known_name {
                continue;
            }
            for c in self.canonical.iter_mut().filter(|c| **c == birth_name) {
                c.clone_from(&known_name);
            }
        }
    }
}

/// Pairs (birth name, name) of people the text says were born with another
/// name: "Mother Teresa was born Agnes Gonxha Bojaxhiu", "Lady Gaga, born
/// Stefani Germanotta,". The name the article goes by stays the canonical
/// one, however long the birth name. `order` is the mentions in text order.
fn birth_names<M: std::borrow::Borrow<Mention>>(
    text: &str,
    mentions: &[M],
    order: &[usize],
) -> Vec<(usize, usize)> {
    const BORN: &[u8] = b"born ";
    let mut pairs = Vec::new();
    for (n, &k) in order.iter().enumerate() {
        let m = mentions[k].borrow();
        // Bytes first: this runs for every mention of every article.
        let start = m.span.start;
        if start < BORN.len()
            || text.as_bytes().get(start - BORN.len()..start) != Some(BORN)
            || m.kind != EntityKind::Person
        {
            continue;
        }
        let Some(before) = text.get(..start - BORN.len()) else {
            continue;
        };
        // "was born", ", born": not "newborn Ann" or "stubborn Ann".
        let Some(before) = before
            .strip_suffix(" was ")
            .map(|b| b.trim_end())
            .or_else(|| before.strip_suffix(", "))
        else {
            continue;
        };
        let person = order[..n]
            .iter()
            .rev()
            .take_while(|&&j| mentions[j].borrow().span.end >= before.len())
            .find(|&&j| {
                let p = mentions[j].borrow();
                p.kind == EntityKind::Person && p.span.end == before.len()
            });
        // "The first child of Prince Harry was born Archie …": the person
        // born is not the one named after "of".
        let object = |j: usize| {
            let p = mentions[j].borrow();
            let word_before = text
                .get(..p.span.start)
                .and_then(|t| t.trim_end().rsplit(char::is_whitespace).next())
                .unwrap_or_default();
            matches!(
                word_before.to_ascii_lowercase().as_str(),
                "of" | "to" | "for" | "by" | "with" | "from" | "and" | "or"
            )
        };
        if let Some(&j) = person.filter(|&&j| !object(j)) {
            pairs.push((k, j));
        }
    }
    pairs
}

/// Fills each mention's `canonical` with the fullest name of its entity in
/// this article and returns the article's entities in order of first
/// mention, with mention counts, aliases (surface forms without possessive,
/// first-seen order) and roles. Mentions whose offsets are out of bounds are
/// still canonicalised from their `text`, but give no roles.
pub fn canonicalize(text: &str, mentions: &mut [Mention]) -> Vec<EntitySummary> {
    canonicalize_with(text, &tokenize(text), mentions, None)
}

/// [`canonicalize`] with the text's tokens already made and the names'
/// keys remembered across calls on one article. With `body_len`, the text
/// is a body followed by zones, and an entity the body names keeps the
/// body's own canonical name (see [`prefer_body_names`]).
pub(crate) fn canonicalize_with(
    text: &str,
    toks: &[Tok],
    mentions: &mut [Mention],
    body_len: Option<usize>,
) -> Vec<EntitySummary> {
    let (mut table, body_names, titles) = {
        let mut list = NameList::of(&*mentions);
        let titles = std::mem::take(&mut list.titles);
        let body_names = body_len.and_then(|len| BodyNames::of(text, len, mentions, &list));
        (list.into_table(text, mentions), body_names, titles)
    };
    table.name_the_born_as_known(text, mentions);
    let NameTable {
        order,
        name_of,
        canonical,
    } = table;

    // Fill mentions and build summaries in order of first mention; at most
    // one summary per name and kind, so the tables are sized once.
    let mut summaries: Vec<EntitySummary> = Vec::with_capacity(canonical.len());
    let mut summary_of: HashMap<(EntityKind, &str), usize> =
        HashMap::with_capacity_and_hasher(canonical.len(), Default::default());
    let mut roles: Vec<String> = Vec::new();
    // Each distinct name's summary, found in `summary_of` once per name
    // rather than once per mention.
    let mut summary_of_name: Vec<Option<usize>> = vec![None; canonical.len()];
    for &k in &order {
        let Some(i) = name_of[k] else {
            let t = mentions[k].text.trim();
            if mentions[k].canonical != t {
                mentions[k].canonical = t.to_string();
            }
            continue;
        };
        let c = canonical[i].as_str();
        let kind = mentions[k].kind;
        let s = match summary_of_name[i] {
            Some(s) => s,
            None => {
                let s = *summary_of.entry((kind, c)).or_insert_with(|| {
                    summaries.push(EntitySummary {
                        canonical: c.to_string(),
                        kind,
                        mentions: 0,
                        aliases: Vec::new(),
                        roles: Vec::new(),
                    });
                    summaries.len() - 1
                });
                summary_of_name[i] = Some(s);
                s
            }
        };
        let summary = &mut summaries[s];
        summary.mentions += 1;
        let m = &mentions[k];
        let alias = strip_possessive(m.text.trim()).trim();
        if !summary.aliases.iter().any(|a| a == alias) {
            summary.aliases.push(alias.to_string());
        }
        roles.clear();
        if let Some(t) = titles[k] {
            roles.push(t.to_string());
        }
        if kind == EntityKind::Person
            && m.span.start < m.span.end
            && text.get(m.span.start..m.span.end).is_some()
        {
            // Tokenize a window around the mention only.
            let mut ws = m.span.start.saturating_sub(120);
            while !text.is_char_boundary(ws) {
                ws += 1;
            }
            let mut we = (m.span.end + 180).min(text.len());
            while !text.is_char_boundary(we) {
                we -= 1;
            }
            // The text's tokens that lie wholly inside the window (a word the
            // window's edge cuts is left out, not read as a piece of a word).
            // One token can span the whole window ("a-b-c-…" 300 bytes long):
            // then there is none inside it.
            let first = scan::tok_at_or_after(toks, ws);
            let inside = &toks[first..toks.partition_point(|t| t.end <= we).max(first)];
            roles_around(text, inside, m.span.start, m.span.end, &mut roles);
        }
        for r in roles.drain(..) {
            if summary.roles.len() < 8 && !summary.roles.iter().any(|x| x.eq_ignore_ascii_case(&r))
            {
                summary.roles.push(r);
            }
        }
        if mentions[k].canonical != c {
            mentions[k].canonical = c.to_string();
        }
    }
    if let Some(alone) = body_names {
        prefer_body_names(mentions, &mut summaries, alone);
    }
    summaries
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use newsmill_types::Span;

    /// Marks every whole-word occurrence of each name (longest names first,
    /// no overlaps); also used by the other modules' unit tests. The
    /// integration tests have their own copy in `tests/canonical_seedkit.rs`
    /// (they cannot see `cfg(test)` items of the library).
    pub(crate) fn mark(text: &str, names: &[(&str, EntityKind)]) -> Vec<Mention> {
        let mut sorted: Vec<&(&str, EntityKind)> = names.iter().collect();
        sorted.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        let mut out: Vec<Mention> = Vec::new();
        for (name, kind) in sorted {
            for (at, _) in text.match_indices(name) {
                let end = at + name.len();
                let boundary_ok = !text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                    && !text[end..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if boundary_ok && !out.iter().any(|m| m.span.start < end && at < m.span.end) {
                    out.push(Mention {
                        text: name.to_string(),
                        kind: *kind,
                        span: Span::new(at, end),
                        canonical: String::new(),
                        zone: newsmill_types::Zone::Body,
                    });
                }
            }
        }
        out.sort_by_key(|m| m.span.start);
        out
    }

    const P: EntityKind = EntityKind::Person;
    const O: EntityKind = EntityKind::Organisation;
    const L: EntityKind = EntityKind::Place;

    /// Canonical names after [`canonicalize_with`] on a body of `body_len`
    /// bytes followed by zones: each mention's, and the entities'.
    fn zoned_canonicals(
        text: &str,
        body_len: usize,
        mut mentions: Vec<Mention>,
    ) -> (Vec<String>, Vec<String>) {
        let entities = canonicalize_with(text, &tokenize(text), &mut mentions, Some(body_len));
        (
            mentions.into_iter().map(|m| m.canonical).collect(),
            entities.into_iter().map(|e| e.canonical).collect(),
        )
    }

    #[test]
    fn the_body_keeps_its_name_unless_the_zones_give_given_names() {
        // A caption's title is no better name than the body's.
        let body = "Pete Buttigieg spoke. Buttigieg left.";
        let text = format!("{body}\nMayor Pete Buttigieg at the podium.");
        let names = [
            ("Mayor Pete Buttigieg", P),
            ("Pete Buttigieg", P),
            ("Buttigieg", P),
        ];
        let (mentions, entities) = zoned_canonicals(&text, body.len(), mark(&text, &names));
        assert_eq!(mentions, ["Pete Buttigieg"; 3]);
        assert_eq!(entities, ["Pete Buttigieg"]);
        // Given names in front are: the headline's fuller name is kept.
        let body = "Patrick said the budget would pass.";
        let text = format!("{body}\nDeval Patrick signs the budget");
        let names = [("Deval Patrick", P), ("Patrick", P)];
        let (mentions, _) = zoned_canonicals(&text, body.len(), mark(&text, &names));
        assert_eq!(mentions, ["Deval Patrick"; 2]);
    }

    #[test]
    fn a_mention_across_the_body_end_leaves_the_body_names_as_they_were() {
        // A name across the body's end comes before one of the body's in
        // text order. It is no name of the body alone, so the body alone
        // names "Buttigieg" so, and the name across (a longer one, with a
        // title), the canonical name of all three together, is renamed to
        // it.
        let body = "Buttigieg said that Lee and";
        let text = format!("{body}\nMayor Buttigieg");
        let lee = body.find("Lee").unwrap_or(0);
        let person = |start: usize, end: usize| Mention {
            text: text[start..end].to_string(),
            kind: P,
            span: Span::new(start, end),
            canonical: String::new(),
            zone: newsmill_types::Zone::Body,
        };
        let mentions = vec![person(0, 9), person(lee, text.len()), person(lee, lee + 3)];
        let (got, _) = zoned_canonicals(&text, body.len(), mentions);
        assert_eq!(got, ["Buttigieg"; 3]);
    }

    #[test]
    fn a_person_inside_one_word_longer_than_the_roles_window_gives_no_role() {
        // The tokenizer joins letters across hyphens, so this is one token
        // of 801 bytes around the mention.
        let text = format!("{}Ana-Ruiz{}", "x-".repeat(200), "-y".repeat(200));
        let start = 400;
        let mut m = vec![Mention {
            text: "Ana-Ruiz".into(),
            kind: P,
            span: Span::new(start, start + 8),
            canonical: String::new(),
            zone: newsmill_types::Zone::Body,
        }];
        let s = canonicalize(&text, &mut m);
        assert_eq!((s.len(), s[0].roles.len()), (1, 0));
    }

    #[test]
    fn every_title_has_the_full_stop_clean_name_looks_for_first() {
        for title in TITLES {
            assert!(
                title.as_bytes().iter().take(10).any(|&b| b == b'.'),
                "{title}"
            );
        }
        assert_eq!(
            clean_name("Lt. Col. Avi Ron"),
            ("Avi Ron", Some("Lt. Col."))
        );
        assert_eq!(clean_name("Dr. Ana Ruiz’s"), ("Ana Ruiz", Some("Dr.")));
        assert_eq!(clean_name("Ana Ruiz"), ("Ana Ruiz", None));
    }

    #[test]
    fn a_family_name_written_first_or_a_given_name_alone_takes_the_full_name() {
        let text = "Transport Minister Koh Siew Ling said she had asked for a review. Ms Koh wrote that she was sorry. Ann Lee and Lee Wei Ming spoke; Lee left early. Tom Reyes and Tom Baker met. Tom waved.";
        let mut m = mark(
            text,
            &[
                ("Koh Siew Ling", P),
                ("Koh", P),
                ("Ann Lee", P),
                ("Lee Wei Ming", P),
                ("Lee", P),
                ("Tom Reyes", P),
                ("Tom Baker", P),
                ("Tom", P),
            ],
        );
        canonicalize(text, &mut m);
        let canonical = |t: &str| {
            m.iter()
                .filter(|x| x.text == t)
                .map(|x| x.canonical.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(canonical("Koh"), ["Koh Siew Ling"]);
        // A name that ends a full name is that person's surname first.
        assert_eq!(canonical("Lee"), ["Ann Lee"]);
        // Two full names begin with "Tom": it stays as written.
        assert_eq!(canonical("Tom"), ["Tom"]);
    }

    #[test]
    fn short_forms_take_the_full_name() {
        let text = "U.S. envoy Dana Rivers met Defense Minister Tal Bar on Monday. Rivers said the talks went well, and Bar agreed. Mr. Rivers left.";
        let mut m = mark(
            text,
            &[
                ("Dana Rivers", P),
                ("Tal Bar", P),
                ("Rivers", P),
                ("Bar", P),
            ],
        );
        let s = canonicalize(text, &mut m);
        assert!(m
            .iter()
            .filter(|x| x.text == "Rivers")
            .all(|x| x.canonical == "Dana Rivers"));
        assert!(m
            .iter()
            .filter(|x| x.text == "Bar")
            .all(|x| x.canonical == "Tal Bar"));
        let rivers = s
            .iter()
            .find(|e| e.canonical == "Dana Rivers")
            .expect("rivers");
        assert_eq!(rivers.mentions, 3);
        assert_eq!(rivers.aliases, vec!["Dana Rivers", "Rivers"]);
        assert_eq!(rivers.roles, vec!["U.S. envoy"]);
        let bar = s.iter().find(|e| e.canonical == "Tal Bar").expect("bar");
        assert_eq!(bar.roles, vec!["Defense Minister"]);
    }

    #[test]
    fn a_one_word_name_tied_between_a_person_and_a_place_or_club_is_not_a_person() {
        let text = "Waterford beat Tipperary. Waterford fans sang. Fair play to Waterford. \
                    Ruiz won. Tom Ruiz thanked the Ruiz team. Herbert notes it. Herbert Labs agreed. \
                    Dr. Chan came. Chan is far. It was said Sola. Sola is far. Nuno flew to Nuno. Kemp won. Kemp fell.";
        let mut m = mark(
            text,
            &[
                ("Tom Ruiz", P),
                ("Waterford", P),
                ("Tipperary", O),
                ("Ruiz", P),
                ("Herbert", P),
                ("Dr. Chan", P),
                ("Chan", EntityKind::Place),
                ("Sola", P),
                ("Nuno", P),
                ("Kemp", P),
            ],
        );
        // The tagger's reading of each "Waterford": a club, a place, a person.
        let kinds = [O, EntityKind::Place, P];
        for (mention, kind) in m.iter_mut().filter(|x| x.text == "Waterford").zip(kinds) {
            mention.kind = kind;
        }
        // "Ruiz", "Herbert", "Sola" and "Nuno" once a person, once a place;
        // "Kemp" once a person, once an organisation.
        if let Some(second) = m.iter_mut().filter(|x| x.text == "Kemp").nth(1) {
            second.kind = O;
        }
        for name in ["Ruiz", "Herbert", "Sola", "Nuno"] {
            if let Some(second) = m.iter_mut().filter(|x| x.text == name).nth(1) {
                second.kind = EntityKind::Place;
            }
        }
        vote_kinds(text, &mut m);
        let kinds_of = |name: &str| -> Vec<EntityKind> {
            m.iter()
                .filter(|x| x.text == name)
                .map(|x| x.kind)
                .collect()
        };
        assert_eq!(kinds_of("Waterford"), vec![O, O, O]);
        assert_eq!(kinds_of("Nuno"), vec![EntityKind::Place; 2]);
        // Without a place among the readings the tie stays.
        assert_eq!(kinds_of("Kemp"), vec![P, O]);
        // A person named in full, with a title, or saying something keeps
        // the tie.
        for name in ["Ruiz", "Herbert", "Dr. Chan", "Sola"] {
            assert!(kinds_of(name).contains(&P), "{name}: {:?}", kinds_of(name));
        }
    }

    #[test]
    fn a_birth_name_takes_the_name_the_article_goes_by() {
        let text = "Sister Ana Mara was born Agnes Teodora Balint in Cluj. Balint left at 18. Kiri Dawes, born Katherine Anne Dawson, sang. Tom Ruiz was born Catholic, and Ruiz said he was born Tomas. The first child of Ian Moss was born Leo Moss. Our newborn Ada Lin slept.";
        let mut m = mark(
            text,
            &[
                ("Ana Mara", P),
                ("Agnes Teodora Balint", P),
                ("Kiri Dawes", P),
                ("Katherine Anne Dawson", P),
                ("Tom Ruiz", P),
                ("Ruiz", P),
                ("Tomas", P),
                ("Cluj", EntityKind::Place),
                ("Balint", P),
                ("Catholic", EntityKind::Misc),
                ("Ian Moss", P),
                ("Leo Moss", P),
                ("Ada Lin", P),
            ],
        );
        let s = canonicalize(text, &mut m);
        let canonical_of = |name: &str| {
            m.iter()
                .find(|x| x.text == name)
                .map(|x| x.canonical.clone())
        };
        assert_eq!(
            canonical_of("Agnes Teodora Balint").as_deref(),
            Some("Ana Mara")
        );
        assert_eq!(
            canonical_of("Katherine Anne Dawson").as_deref(),
            Some("Kiri Dawes")
        );
        let dawes = s
            .iter()
            .find(|e| e.canonical == "Kiri Dawes")
            .expect("dawes");
        assert_eq!(dawes.aliases, vec!["Kiri Dawes", "Katherine Anne Dawson"]);
        // The short form of the birth name goes with it.
        assert_eq!(canonical_of("Balint").as_deref(), Some("Ana Mara"));
        // A faith is no name; a pronoun's birth name has no one named
        // before "was born" to take; the person after "of" is not the one
        // born; "newborn" is not "born".
        assert_eq!(canonical_of("Catholic").as_deref(), Some("Catholic"));
        assert_eq!(canonical_of("Tomas").as_deref(), Some("Tomas"));
        assert_eq!(canonical_of("Leo Moss").as_deref(), Some("Leo Moss"));
        assert_eq!(canonical_of("Ada Lin").as_deref(), Some("Ada Lin"));
    }

    #[test]
    fn capitals_and_misc_names() {
        let text = "PHOTO: REUTERS. Reuters said the Israeli American hostage and an American aid worker met.";
        let m_ = EntityKind::Misc;
        let mut m = mark(
            text,
            &[
                ("REUTERS", O),
                ("Reuters", O),
                ("Israeli American", m_),
                ("American", m_),
            ],
        );
        let s = canonicalize(text, &mut m);
        let reuters = s.iter().find(|e| e.kind == O).expect("reuters");
        assert_eq!(reuters.canonical, "Reuters");
        assert_eq!(reuters.aliases, vec!["REUTERS", "Reuters"]);
        assert!(
            s.iter().any(|e| e.canonical == "American"),
            "misc names take no longer name"
        );
    }

    #[test]
    fn shared_surname_stays_ambiguous() {
        let text = "Ruth Levy and Omer Levy spoke. Levy said more.";
        let mut m = mark(text, &[("Ruth Levy", P), ("Omer Levy", P), ("Levy", P)]);
        canonicalize(text, &mut m);
        let levy = m.iter().find(|x| x.text == "Levy").expect("levy");
        assert_eq!(levy.canonical, "Levy");
    }

    #[test]
    fn acronyms_expand() {
        let text = "The Northern Relief Agency (NRA) and the IDF met U.N. staff; the United Nations and NRA and the US agreed.";
        let mut m = mark(
            text,
            &[
                ("Northern Relief Agency", O),
                ("NRA", O),
                ("IDF", O),
                ("U.N.", O),
                ("United Nations", O),
                ("US", L),
            ],
        );
        let s = canonicalize(text, &mut m);
        let get = |t: &str| {
            m.iter()
                .find(|x| x.text == t)
                .map(|x| x.canonical.clone())
                .unwrap_or_default()
        };
        assert_eq!(get("NRA"), "Northern Relief Agency");
        assert_eq!(get("IDF"), "Israel Defense Forces");
        assert_eq!(get("U.N."), "United Nations");
        assert_eq!(get("US"), "United States");
        let un = s
            .iter()
            .find(|e| e.canonical == "United Nations")
            .expect("un");
        assert_eq!(un.mentions, 2);
        assert_eq!(un.aliases, vec!["U.N.", "United Nations"]);
        assert_eq!(expand_acronym("U.S."), Some("United States"));
    }

    #[test]
    fn appositions_give_roles() {
        let text = "Sami Nour, a senior militia official, spoke. Jordan's Foreign Minister, Hadi Fares, replied. \"No,\" said Col. Ari Dan, the army's Hebrew spokesman. Deputy sokesman for Secretary-General Lea Moss agreed.";
        let mut m = mark(
            text,
            &[
                ("Sami Nour", P),
                ("Hadi Fares", P),
                ("Ari Dan", P),
                ("Lea Moss", P),
            ],
        );
        let s = canonicalize(text, &mut m);
        let roles = |n: &str| {
            s.iter()
                .find(|e| e.canonical == n)
                .map(|e| e.roles.clone())
                .unwrap_or_default()
        };
        assert_eq!(roles("Sami Nour"), vec!["senior militia official"]);
        assert_eq!(roles("Hadi Fares"), vec!["Jordan's Foreign Minister"]);
        assert_eq!(roles("Ari Dan"), vec!["Col.", "army's Hebrew spokesman"]);
        assert_eq!(
            roles("Lea Moss"),
            vec!["Deputy sokesman for Secretary-General"]
        );
    }

    #[test]
    fn transliterations_in_one_article_are_one_entity() {
        let text = "Abdel Latif al-Qanua spoke. Later Abd al-Latif Qanoua spoke again.";
        let mut m = mark(
            text,
            &[("Abdel Latif al-Qanua", P), ("Abd al-Latif Qanoua", P)],
        );
        let s = canonicalize(text, &mut m);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].mentions, 2);
    }

    #[test]
    fn names_are_cleaned_of_white_space_of_any_kind() {
        assert_eq!(clean_name("Jane Roe"), ("Jane Roe", None));
        assert_eq!(clean_name(" Dr. Jane Roe’s\n"), ("Jane Roe", Some("Dr.")));
        assert_eq!(clean_name("\u{a0}Jane Roe\u{2009}"), ("Jane Roe", None));
        assert_eq!(clean_name("Roe’s\u{a0}"), ("Roe", None));
        assert_eq!(clean_name(" \t"), ("", None));
    }

    #[test]
    fn titles_and_possessives_are_stripped() {
        let text = "Col. Ari Dan’s unit moved. Dan said so.";
        let d = text.rfind("Dan").expect("dan");
        let mut m = vec![
            Mention {
                text: "Col. Ari Dan’s".into(),
                kind: P,
                span: Span::new(0, 16),
                canonical: String::new(),
                zone: newsmill_types::Zone::Body,
            },
            Mention {
                text: "Dan".into(),
                kind: P,
                span: Span::new(d, d + 3),
                canonical: String::new(),
                zone: newsmill_types::Zone::Body,
            },
        ];
        let s = canonicalize(text, &mut m);
        assert_eq!(m[0].canonical, "Ari Dan");
        assert_eq!(m[1].canonical, "Ari Dan");
        assert_eq!(s[0].aliases, vec!["Col. Ari Dan", "Dan"]);
    }
}
