//! A map from names to values kept as one sorted vector.
//!
//! Almost every name key of a dump has one spelling, and almost every
//! spelling one alias and one outlet: a `BTreeMap` allocates a whole node
//! (eleven slots, over a kilobyte for a spelling's counts) for each of
//! those single entries, which made the entity table the largest structure
//! of a run. A sorted vector costs exactly its entries and iterates in the
//! same (key) order.

/// Names mapped to values, in name order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct VecMap<V> {
    entries: Vec<(Box<str>, V)>,
}

impl<V> Default for VecMap<V> {
    fn default() -> Self {
        VecMap {
            entries: Vec::new(),
        }
    }
}

impl<V> VecMap<V> {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| (**k).cmp(key))
    }

    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// The value of `key`, inserted as `V::default()` first if missing.
    pub(crate) fn get_or_default(&mut self, key: &str) -> &mut V
    where
        V: Default,
    {
        let at = match self.find(key) {
            Ok(at) => at,
            Err(at) => {
                self.entries.insert(at, (key.into(), V::default()));
                at
            }
        };
        &mut self.entries[at].1
    }

    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&str, &V) -> bool) {
        self.entries.retain(|(k, v)| keep(k, v));
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.entries.iter().map(|(k, v)| (&**k, v))
    }

    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| &**k)
    }

    /// Drop the entries from the `len`-th on (in key order).
    pub(crate) fn truncate(&mut self, len: usize) {
        self.entries.truncate(len);
    }

    pub(crate) fn into_entries(self) -> Vec<(Box<str>, V)> {
        self.entries
    }

    pub(crate) fn from_sorted(mut entries: Vec<(Box<str>, V)>) -> Self {
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|a, b| a.0 == b.0);
        entries.shrink_to_fit();
        VecMap { entries }
    }
}

impl VecMap<usize> {
    /// Add `count` to `key`'s count.
    pub(crate) fn add(&mut self, key: &str, count: usize) {
        *self.get_or_default(key) += count;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_keys_sorted_and_unique() {
        let mut map = VecMap::default();
        for (key, n) in [("b", 1), ("a", 2), ("b", 3), ("c", 1)] {
            map.add(key, n);
        }
        assert_eq!(
            map.iter().collect::<Vec<_>>(),
            [("a", &2), ("b", &4), ("c", &1)]
        );
        assert!(map.contains_key("c") && !map.contains_key("d"));
        map.retain(|k, _| k != "b");
        assert_eq!(map.keys().collect::<Vec<_>>(), ["a", "c"]);
        map.truncate(1);
        assert_eq!(map.len(), 1);
        let rebuilt = VecMap::from_sorted(vec![("z".into(), 1), ("y".into(), 2), ("z".into(), 3)]);
        assert_eq!(rebuilt.keys().collect::<Vec<_>>(), ["y", "z"]);
    }
}
