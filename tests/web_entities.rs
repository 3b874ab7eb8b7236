//! The entity table of web pages that are not news (issue #18): four pages
//! written by the team in `tests/data/web_sample/` (a marketing how-to, a
//! software comparison, a gadget review, a business story; invented people,
//! real companies, products and concept acronyms). The report's lists must
//! not show a name under two types, a concept acronym as an organisation, a
//! product as a company or a person, or a shop as an outlet.

use newsmill_testkit::TempDir;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Stdio};

#[test]
fn web_pages_give_an_entity_table_a_reader_can_trust() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let tmp = TempDir::new("web_entities");
    let out = tmp.path("out");
    let output = Command::new(env!("CARGO_BIN_EXE_newsmill"))
        .arg("run")
        .arg(root.join("tests/data/web_sample"))
        .arg("--out")
        .arg(&out)
        .arg("--quiet")
        .stdin(Stdio::null())
        .output()
        .expect("the newsmill binary runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let table = std::fs::read_to_string(out.join("entities.csv")).expect("entities.csv");
    let mut types: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in table.lines().skip(1) {
        // The sample's names hold no comma or quote: plain splitting is exact.
        let mut cells = row.split(',');
        if let (Some(name), Some(kind)) = (cells.next(), cells.next()) {
            types
                .entry(name.to_string())
                .or_default()
                .push(kind.to_string());
        }
    }
    assert!(
        types.values().all(|kinds| kinds.len() == 1),
        "a name under two types: {types:?}"
    );
    let kind = |name: &str| types.get(name).map(|k| k[0].as_str());

    for concept in [
        "AI", "API", "CRM", "SEO", "ROI", "PTO", "VPN", "HR", "IT", "IPO", "CEO", "4K", "Pro",
        "Step 1", "Step 2", "Best", "Verdict",
    ] {
        assert_eq!(kind(concept), None, "{concept} is not a name: {types:?}");
    }
    for company in [
        "Mailchimp",
        "GetResponse",
        "HubSpot",
        "Figma",
        "Slack",
        "Zoho",
        "Amazon",
    ] {
        assert_eq!(kind(company), Some("ORG"), "{company}: {types:?}");
    }
    for product in ["Google Stadia", "MacBook Air", "Chromecast Ultra"] {
        assert_eq!(kind(product), Some("MISC"), "{product}: {types:?}");
    }
    for person in ["Priya Raman", "Marcus Ohlsen", "Tomas Renwick"] {
        assert_eq!(kind(person), Some("PER"), "{person}: {types:?}");
    }
    assert_eq!(kind("Is Mailchimp"), None, "sentence openers are cut off");
    assert_eq!(kind("Pick"), None, "an imperative heading word");

    // Outlets: the site's notice without its legal words; a photo credit
    // of a shop is not the outlet.
    let outlets: Vec<String> = std::fs::read_to_string(out.join("articles.jsonl"))
        .expect("articles.jsonl")
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|a| a["outlet"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        outlets,
        [
            "Cobalt Marketing Weekly",
            "Juniper Work Review",
            "Granite Gadget Ledger",
            "Meridian Business Wire"
        ]
    );
}
