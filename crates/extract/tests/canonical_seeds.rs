//! Canonical names and roles in the seed articles. Mentions come from the
//! stand-in marker in `canonical_seedkit.rs` (gold mentions,
//! to test the rules apart from the tagger).

#[path = "canonical_seedkit.rs"]
mod seedkit;

use newsmill_extract::{EntityKind, EntitySummary, Mention};

fn canonical_of(mentions: &[Mention], surface: &str) -> String {
    let found: Vec<&Mention> = mentions.iter().filter(|m| m.text == surface).collect();
    assert!(!found.is_empty(), "no mention {surface}");
    let first = found[0].canonical.clone();
    assert!(
        found.iter().all(|m| m.canonical == first),
        "{surface} resolved two ways"
    );
    first
}

fn entity<'a>(entities: &'a [EntitySummary], canonical: &str) -> &'a EntitySummary {
    entities
        .iter()
        .find(|e| e.canonical == canonical)
        .unwrap_or_else(|| panic!("no entity {canonical}: {entities:#?}"))
}

#[test]
fn short_forms_resolve_to_full_names() {
    let cases = [
        ("000", "Witkoff", "Steve Witkoff"),
        ("000", "Haq", "Farhan Haq"),
        ("000", "IDF", "Israel Defense Forces"),
        ("000", "U.N.", "United Nations"),
        ("000", "U.S.", "United States"),
        ("001", "IDF", "Israel Defense Forces"),
        ("002", "Hamdan", "Osama Hamdan"),
        ("003", "Abu Zuhri", "Sami Abu Zuhri"),
        ("004", "Meshaal", "Khaled Meshaal"),
        ("004", "Katz", "Israel Katz"),
        ("004", "UNICEF", "United Nations Children's Fund"),
    ];
    for (seed, surface, full) in cases {
        let (_, mentions, _) = seedkit::prepared(seed);
        assert_eq!(canonical_of(&mentions, surface), full, "seed {seed}");
    }
}

#[test]
fn entity_lists_count_and_keep_aliases() {
    let (_, _, entities) = seedkit::prepared("000");
    let idf = entity(&entities, "Israel Defense Forces");
    assert_eq!(idf.kind, EntityKind::Organisation);
    assert_eq!(idf.aliases, vec!["Israel Defense Forces", "IDF"]);
    assert_eq!(idf.mentions, 11);
    let witkoff = entity(&entities, "Steve Witkoff");
    assert_eq!(
        witkoff.aliases,
        vec!["Witkoff", "Steve Witkoff"],
        "first-seen order"
    );
    assert_eq!(witkoff.mentions, 4);
    // Israel the place and Israel Katz the person stay apart.
    let (_, _, entities) = seedkit::prepared("004");
    assert_eq!(entity(&entities, "Israel").kind, EntityKind::Place);
    assert_eq!(entity(&entities, "Israel Katz").kind, EntityKind::Person);
}

#[test]
fn roles_from_titles_and_appositions() {
    let cases = [
        ("000", "Steve Witkoff", "U.S. envoy"),
        ("000", "Avichay Adraee", "Col."),
        ("000", "Avichay Adraee", "military's Arabic spokesman"),
        ("001", "Abdel Latif al-Qanua", "Hamas spokesman"),
        ("001", "Israel Katz", "Defense Minister"),
        ("002", "Osama Hamdan", "senior Hamas official"),
        ("003", "Sami Abu Zuhri", "Senior Hamas official"),
        ("003", "David Mencer", "Israeli government spokesman"),
        ("003", "Benjamin Netanyahu", "Prime Minister"),
        ("004", "Khaled Meshaal", "senior Hamas official"),
        ("004", "Israel Katz", "Israel’s Defense Minister"),
        ("004", "Steve Witkoff", "U.S. envoy"),
        (
            "004",
            "Tamim Khallaf",
            "Egyptian Foreign Ministry spokesperson",
        ),
    ];
    for (seed, name, role) in cases {
        let (_, _, entities) = seedkit::prepared(seed);
        let e = entity(&entities, name);
        assert!(
            e.roles.iter().any(|r| r == role),
            "seed {seed} {name}: {:?}",
            e.roles
        );
    }
}
