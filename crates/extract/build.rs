//! Builds the tagger's dictionary table (`src/tagger/dictionary.rs`) at
//! compile time: every process used to hash the 75,000 words of the list
//! into a map before tagging its first token (about 6 ms of a one-article
//! run's 50, `benches/startup.py`). The hashing is the crate's own `src/tagger/hash.rs`,
//! so the keys are the ones the tagger computes.

use std::path::Path;
use std::{env, fs};

#[allow(dead_code)]
#[path = "src/tagger/hash.rs"]
mod hash;

/// Slots of the open-addressing table: a power of two, under 60% full.
const TABLE_BITS: u32 = 17;
const WORDS: &str = "data/words/english_words.txt";
/// Must match `dictionary::ORDINARY` and `dictionary::CAPITALISED`.
const ORDINARY: u8 = 1;
const CAPITALISED: u8 = 2;

fn main() {
    println!("cargo:rerun-if-changed={WORDS}");
    println!("cargo:rerun-if-changed=src/tagger/hash.rs");
    let words = fs::read_to_string(WORDS).unwrap_or_else(|e| panic!("reading {WORDS}: {e}"));
    let size = 1usize << TABLE_BITS;
    let mut keys = vec![0u64; size];
    let mut classes = vec![0u8; size];
    for word in words.lines() {
        let class = if word.starts_with(|c: char| c.is_uppercase()) {
            CAPITALISED
        } else {
            ORDINARY
        };
        let key = hash::lower(word);
        // 0 marks an empty slot; no word of the list hashes to it.
        assert_ne!(key, 0, "a dictionary word hashes to 0: {word}");
        let mut slot = (key >> (64 - TABLE_BITS)) as usize;
        while keys[slot] != 0 && keys[slot] != key {
            slot = (slot + 1) & (size - 1);
        }
        keys[slot] = key;
        classes[slot] |= class;
    }
    let filled = keys.iter().filter(|k| **k != 0).count();
    assert!(
        filled * 10 < size * 6,
        "dictionary table too full: {filled}"
    );
    let out = env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    let out = Path::new(&out);
    let key_bytes: Vec<u8> = keys.iter().flat_map(|k| k.to_le_bytes()).collect();
    write(&out.join("dictionary_keys.bin"), &key_bytes);
    write(&out.join("dictionary_classes.bin"), &classes);
    let constants = format!(
        "/// Slots of the dictionary table, as a power of two.\n\
         const TABLE_BITS: u32 = {TABLE_BITS};\n\
         /// `hash::bytes(0x0d1c, ...)` of the word list.\n\
         const WORDS_FINGERPRINT: u64 = {:#x};\n",
        hash::bytes(0x0d1c, words.as_bytes())
    );
    write(&out.join("dictionary_constants.rs"), constants.as_bytes());
}

fn write(path: &Path, bytes: &[u8]) {
    fs::write(path, bytes).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
}
