//! The dump-level entity index over the seed articles. Mentions come from the
//! stand-in marker in `canonical_seedkit.rs` (gold mentions,
//! to test the rules apart from the tagger).

#[path = "canonical_seedkit.rs"]
mod seedkit;

use newsmill_entities::{EntityIndex, MergedEntity};
use newsmill_extract::{EntityKind, EntitySummary};

fn articles() -> Vec<(String, Vec<EntitySummary>)> {
    seedkit::SEEDS
        .iter()
        .map(|s| (format!("outlet-{s}"), seedkit::prepared(s).2))
        .collect()
}

fn index_of(arts: &[(String, Vec<EntitySummary>)]) -> EntityIndex {
    let mut index = EntityIndex::new();
    for (outlet, entities) in arts {
        index.add_article(Some(outlet), entities);
    }
    index
}

fn find<'a>(all: &'a [MergedEntity], kind: EntityKind, name: &str) -> &'a MergedEntity {
    all.iter()
        .find(|e| e.kind == kind && e.canonical == name)
        .unwrap_or_else(|| panic!("no {name}: {all:#?}"))
}

#[test]
fn hamas_spokesman_spellings_are_one_entity() {
    let all = index_of(&articles()).resolve();
    let qanua: Vec<&MergedEntity> = all
        .iter()
        .filter(|e| e.aliases.iter().any(|(a, _)| a.contains("Latif")))
        .collect();
    assert_eq!(qanua.len(), 1, "{qanua:#?}");
    let e = qanua[0];
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.articles, 2);
    let names: Vec<&str> = e.aliases.iter().map(|(a, _)| a.as_str()).collect();
    assert!(
        names.contains(&"Abd al-Latif Qanoua") && names.contains(&"Abdel Latif al-Qanua"),
        "{names:?}"
    );
    assert_eq!(e.outlets, vec!["outlet-000", "outlet-001"]);
    // Quote speakers of either article relabel to the same name.
    let names = index_of(&articles()).canonical_names();
    let a = names.get(&(EntityKind::Person, "Abd al-Latif Qanoua".to_string()));
    let b = names.get(&(EntityKind::Person, "Abdel Latif al-Qanua".to_string()));
    assert!(a.is_some() && a == b, "{a:?} {b:?}");
}

#[test]
fn entities_merge_across_articles_but_not_across_types() {
    let all = index_of(&articles()).resolve();
    let idf = find(&all, EntityKind::Organisation, "Israel Defense Forces");
    assert_eq!(idf.articles, 2);
    assert!(idf.aliases.iter().any(|(a, n)| a == "IDF" && *n == 2));
    let witkoff = find(&all, EntityKind::Person, "Steve Witkoff");
    assert_eq!(witkoff.articles, 2);
    assert!(witkoff
        .roles
        .iter()
        .any(|(r, n)| r == "U.S. envoy" && *n == 2));
    // Netanyahu (001, surname only) joins Benjamin Netanyahu (003).
    let bibi = find(&all, EntityKind::Person, "Benjamin Netanyahu");
    assert_eq!(bibi.articles, 2);
    // Family name shared by two people: both stay.
    find(&all, EntityKind::Person, "Gad Haggai");
    find(&all, EntityKind::Person, "Judi Weinstein Haggai");
    // Israel the place and Israel Katz the person.
    find(&all, EntityKind::Place, "Israel");
    find(&all, EntityKind::Person, "Israel Katz");
    let hamas = find(&all, EntityKind::Organisation, "Hamas");
    assert_eq!(hamas.articles, 5);
}

#[test]
fn shards_merge_to_the_same_result_in_any_grouping() {
    let arts = articles();
    let whole = index_of(&arts).resolve();
    // One index per article, merged left to right, right to left and as a tree.
    let singles: Vec<EntityIndex> = arts
        .iter()
        .map(|a| index_of(std::slice::from_ref(a)))
        .collect();
    let mut left = EntityIndex::new();
    for s in singles.iter().cloned() {
        left.merge(s);
    }
    let mut right = EntityIndex::new();
    for s in singles.iter().rev().cloned() {
        right.merge(s);
    }
    let mut ab = singles[0].clone();
    ab.merge(singles[3].clone());
    let mut cd = singles[4].clone();
    cd.merge(singles[1].clone());
    cd.merge(singles[2].clone());
    ab.merge(cd);
    assert_eq!(left.resolve(), whole);
    assert_eq!(right.resolve(), whole);
    assert_eq!(ab.resolve(), whole);
    // Insertion order inside one index does not matter either.
    let reversed: Vec<(String, Vec<EntitySummary>)> = arts.iter().rev().cloned().collect();
    assert_eq!(index_of(&reversed).resolve(), whole);
}
