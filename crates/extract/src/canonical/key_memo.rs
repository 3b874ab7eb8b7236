//! A per-thread memo of [`name_key`]: the same names ("Gaza", "Hamas",
//! "Joe Biden") come back article after article in a dump, and folding a
//! name into its key (accents, transliteration skeleton, three buffers)
//! costs far more than finding it here. The memo changes no key, only how
//! often one is computed.

use newsmill_entities::name_key;
use std::cell::RefCell;
use std::rc::Rc;

/// Slots of the direct-mapped memo.
const SLOTS: usize = 8192;
/// Longest name kept; longer ones are rare and always computed.
const MAX_NAME: usize = 48;

struct Slot {
    name: String,
    key: Rc<str>,
}

thread_local! {
    static MEMO: RefCell<Vec<Slot>> = RefCell::new(
        (0..SLOTS).map(|_| Slot { name: String::new(), key: Rc::from("") }).collect(),
    );
}

/// [`name_key`] of `name`, from the memo when this thread met the same name
/// lately. A slot holds the whole name its key was computed for, so a hit
/// is always the same name.
pub(crate) fn memo_name_key(name: &str) -> Rc<str> {
    if name.is_empty() || name.len() > MAX_NAME {
        return name_key(name).into();
    }
    let index = (crate::tagger::hash::bytes(0x6b65_7973, name.as_bytes()) as usize) & (SLOTS - 1);
    MEMO.with_borrow_mut(|memo| {
        let slot = &mut memo[index];
        if slot.name == name {
            return Rc::clone(&slot.key);
        }
        let key: Rc<str> = name_key(name).into();
        slot.name.clear();
        slot.name.push_str(name);
        slot.key = Rc::clone(&key);
        key
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memo_answers_what_computing_answers() {
        // Twice each, so the second look comes from the memo; slots shared
        // by several names must still answer for the right one.
        let names: Vec<String> = (0..5000)
            .map(|k| format!("Name{k} Surname{}", k % 7))
            .chain(
                [
                    "Abd al-Latif Qanoua",
                    "Khalid Mishal",
                    "São Paulo",
                    "Hamas’",
                    "",
                    "the Fed",
                ]
                .map(String::from),
            )
            .chain(std::iter::once("Long ".repeat(20)))
            .collect();
        for _ in 0..2 {
            for n in &names {
                assert_eq!(&*memo_name_key(n), name_key(n).as_str(), "{n}");
            }
        }
    }
}
