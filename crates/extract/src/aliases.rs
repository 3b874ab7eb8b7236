//! Dump-level entity table: the same entity under several spellings across
//! articles merged into one. Mergeable, so shards can be indexed apart.

use newsmill_types::{EntityKind, EntitySummary};
use std::collections::BTreeMap;

/// One entity of the whole dump with every alias seen.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MergedEntity {
    pub canonical: String,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Surface forms with their mention counts, most frequent first.
    pub aliases: Vec<(String, usize)>,
    pub articles: usize,
    pub mentions: usize,
    /// Outlets whose articles mention it, sorted.
    pub outlets: Vec<String>,
}

/// Accumulates article entity lists. Placeholder: groups by exact canonical
/// name and type only.
#[derive(Debug, Clone, Default)]
pub struct EntityIndex {
    entries: BTreeMap<(EntityKind, String), MergedEntity>,
}

impl EntityIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// Add one article's entities.
    pub fn add_article(&mut self, outlet: Option<&str>, entities: &[EntitySummary]) {
        for entity in entities {
            let entry = self
                .entries
                .entry((entity.kind, entity.canonical.clone()))
                .or_insert_with(|| MergedEntity {
                    canonical: entity.canonical.clone(),
                    kind: entity.kind,
                    aliases: Vec::new(),
                    articles: 0,
                    mentions: 0,
                    outlets: Vec::new(),
                });
            entry.articles += 1;
            entry.mentions += entity.mentions;
            for alias in &entity.aliases {
                match entry.aliases.iter_mut().find(|(a, _)| a == alias) {
                    Some((_, count)) => *count += 1,
                    None => entry.aliases.push((alias.clone(), 1)),
                }
            }
            if let Some(outlet) = outlet {
                if let Err(at) = entry.outlets.binary_search_by(|o| o.as_str().cmp(outlet)) {
                    entry.outlets.insert(at, outlet.to_string());
                }
            }
        }
    }

    /// Fold another index (e.g. another shard's) into this one.
    pub fn merge(&mut self, other: EntityIndex) {
        for (key, entity) in other.entries {
            match self.entries.get_mut(&key) {
                Some(mine) => {
                    mine.articles += entity.articles;
                    mine.mentions += entity.mentions;
                    for (alias, count) in entity.aliases {
                        match mine.aliases.iter_mut().find(|(a, _)| *a == alias) {
                            Some((_, c)) => *c += count,
                            None => mine.aliases.push((alias, count)),
                        }
                    }
                    for outlet in entity.outlets {
                        if let Err(at) = mine.outlets.binary_search(&outlet) {
                            mine.outlets.insert(at, outlet);
                        }
                    }
                }
                None => {
                    self.entries.insert(key, entity);
                }
            }
        }
    }

    /// The merged entities, most mentioned first (ties by name).
    pub fn resolve(&self) -> Vec<MergedEntity> {
        let mut out: Vec<MergedEntity> = self.entries.values().cloned().collect();
        for entity in &mut out {
            entity
                .aliases
                .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        }
        out.sort_by(|a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then_with(|| a.canonical.cmp(&b.canonical))
        });
        out
    }
}
