//! The built-in table of acronyms and their expansions.

use super::HashMap;
use std::sync::LazyLock;

pub(super) static ACRONYMS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    include_str!("acronyms.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, e)| (a.trim(), e.trim()))
        .collect()
});

/// The built-in expansion of an acronym ("U.N." -> "United Nations").
pub fn expand_acronym(acronym: &str) -> Option<&'static str> {
    let norm = acronym_norm(acronym)?;
    ACRONYMS.get(norm.as_str()).copied()
}

/// "U.N." -> "UN"; `None` unless the word looks like an acronym (2 to 8
/// capital letters, optional dots, no lower case).
pub(super) fn acronym_norm(word: &str) -> Option<String> {
    let word = word.trim();
    // Checked before anything is built: every name of every article is
    // asked, and almost none is an acronym.
    if !word.bytes().all(|b| b.is_ascii_uppercase() || b == b'.') {
        return None;
    }
    let letters = word.bytes().filter(u8::is_ascii_uppercase).count();
    (2..=8)
        .contains(&letters)
        .then(|| word.chars().filter(|&c| c != '.').collect())
}
