//! The output matches `docs/schema.md`: every key written is documented and
//! every documented key is written. Adding a field without documenting it
//! (or documenting one that is not written) fails here.

mod common;

use common::*;
use newsmill_report::{
    csv, FailureRecord, ReportOptions, ReportWriter, RunSummary, ShardManifest, ShardTemplates,
    SCHEMA_VERSION,
};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

const SCHEMA_MD: &str = include_str!("../../../docs/schema.md");

/// A table of the schema document: (first-cell name, type cell).
type Table = Vec<(String, String)>;

/// Tables after `<!-- schema: NAME -->` and `<!-- schema-type: NAME -->`.
fn tables() -> (BTreeMap<String, Table>, BTreeMap<String, Table>) {
    let mut files = BTreeMap::new();
    let mut types = BTreeMap::new();
    let mut current: Option<(bool, String)> = None;
    let mut rows: Table = Vec::new();
    let mut flush = |current: &mut Option<(bool, String)>, rows: &mut Table| {
        if let Some((is_type, name)) = current.take() {
            let target = if is_type { &mut types } else { &mut files };
            target.insert(name, std::mem::take(rows));
        }
    };
    for line in SCHEMA_MD.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("<!-- schema: ") {
            flush(&mut current, &mut rows);
            current = Some((false, rest.trim_end_matches("-->").trim().to_string()));
        } else if let Some(rest) = line.strip_prefix("<!-- schema-type: ") {
            flush(&mut current, &mut rows);
            current = Some((true, rest.trim_end_matches("-->").trim().to_string()));
        } else if current.is_some() && line.starts_with('|') {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            let name = cells[0];
            if let Some(name) = name.strip_prefix('`').and_then(|n| n.strip_suffix('`')) {
                rows.push((name.to_string(), cells.get(1).unwrap_or(&"").to_string()));
            }
        } else if current.is_some() && !rows.is_empty() && !line.starts_with('|') {
            flush(&mut current, &mut rows);
        }
    }
    flush(&mut current, &mut rows);
    (files, types)
}

/// Key paths a table documents, object types expanded; and the paths that
/// are `map`s (their keys are data).
fn documented(
    table: &Table,
    types: &BTreeMap<String, Table>,
    prefix: &str,
    out: &mut BTreeSet<String>,
    maps: &mut BTreeSet<String>,
) {
    for (name, ty) in table {
        let path = format!("{prefix}{name}");
        out.insert(path.clone());
        if ty.trim() == "map" {
            maps.insert(path);
            continue;
        }
        let named = types.keys().find(|t| ty.contains(&format!("`{t}`")));
        if let Some(t) = named {
            let nested = if ty.starts_with("array") {
                format!("{path}[].")
            } else {
                format!("{path}.")
            };
            documented(&types[t], types, &nested, out, maps);
        }
    }
}

/// Key paths present in a JSON value.
fn present(value: &Value, prefix: &str, maps: &BTreeSet<String>, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let path = format!("{prefix}{key}");
                out.insert(path.clone());
                if maps.contains(&path) {
                    continue;
                }
                match v {
                    Value::Object(_) => present(v, &format!("{path}."), maps, out),
                    Value::Array(items) => {
                        for item in items.iter().filter(|i| i.is_object()) {
                            present(item, &format!("{path}[]."), maps, out);
                        }
                    }
                    _ => {}
                }
            }
        }
        _ => panic!("not an object: {value}"),
    }
}

fn check(file: &str, values: &[Value]) {
    let (files, types) = tables();
    let table = files
        .get(file)
        .unwrap_or_else(|| panic!("docs/schema.md has no table for {file}"));
    let mut want = BTreeSet::new();
    let mut maps = BTreeSet::new();
    documented(table, &types, "", &mut want, &mut maps);
    let mut got = BTreeSet::new();
    for v in values {
        present(v, "", &maps, &mut got);
    }
    let undocumented: Vec<_> = got.difference(&want).collect();
    let missing: Vec<_> = want.difference(&got).collect();
    assert!(
        undocumented.is_empty(),
        "{file}: written but not in docs/schema.md: {undocumented:?}"
    );
    assert!(
        missing.is_empty(),
        "{file}: documented but never written: {missing:?}"
    );
}

fn jsonl(path: &std::path::Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn written_report(name: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    let mut writer = ReportWriter::create(&dir, ReportOptions::default()).unwrap();
    for a in showcase_dump() {
        writer.write_article(&a).unwrap();
    }
    writer
        .write_failure(&FailureRecord {
            id: "bad".into(),
            source: newsmill_types::Source {
                path: "dump.jsonl".into(),
                line: Some(7),
            },
            reason: "not JSON".into(),
            kind: "parse".into(),
        })
        .unwrap();
    writer.write_duplicate("000-copy", "000").unwrap();
    writer
        .finish(&RunSummary {
            inputs: vec!["dump.jsonl".into()],
            ..RunSummary::default()
        })
        .unwrap();
    dir
}

#[test]
fn json_outputs_match_the_documented_schema() {
    let dir = written_report("schema-json");
    let articles = jsonl(&dir.join("articles.jsonl"));
    // The showcase fills every optional field somewhere.
    check("articles.jsonl", &articles);
    check("failures.jsonl", &jsonl(&dir.join("failures.jsonl")));
    check("duplicates.jsonl", &jsonl(&dir.join("duplicates.jsonl")));
    let summary: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap();
    check("summary.json", std::slice::from_ref(&summary));
    assert_eq!(summary["schema_version"], SCHEMA_VERSION);
    assert!(articles
        .iter()
        .all(|a| a["schema_version"] == SCHEMA_VERSION));
    assert!(SCHEMA_MD.contains(&format!("Schema version: **{SCHEMA_VERSION}**")));
}

#[test]
fn shard_manifest_matches_the_documented_schema() {
    let dir = written_report("schema-shard");
    let mut run = RunSummary {
        inputs: vec!["part-3.jsonl".into()],
        ..RunSummary::default()
    };
    run.skipped_records.insert("language".into(), 2);
    run.languages.insert("en".into(), 9);
    let templates = ShardTemplates {
        source: "file".into(),
        lines: 12,
        digest: "00000000000000ff".into(),
    };
    let mut manifest = ShardManifest::new(templates, run);
    manifest.part = Some("3/8".parse().unwrap());
    manifest.part_bytes = Some(123_456);
    manifest.write(&dir).unwrap();
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("shard.json")).unwrap()).unwrap();
    check("shard.json", std::slice::from_ref(&manifest));
    assert_eq!(manifest["format"], "newsmill-shard");
    assert_eq!(manifest["version"], newsmill_report::shard::SHARD_VERSION);
}

#[test]
fn csv_headers_match_the_documented_columns() {
    let dir = written_report("schema-csv");
    let (files, _) = tables();
    for (file, header) in [
        ("mentions.csv", csv::MENTIONS_HEADER),
        ("quotes.csv", csv::QUOTES_HEADER),
        ("figures.csv", csv::FIGURES_HEADER),
        ("articles.csv", csv::ARTICLES_HEADER),
        ("entities.csv", csv::ENTITIES_HEADER),
    ] {
        let documented: Vec<&str> = files[file].iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            documented, header,
            "{file}: docs/schema.md columns differ from the code"
        );
        let written = csv::parse(&std::fs::read_to_string(dir.join(file)).unwrap());
        assert_eq!(written[0], header, "{file}: header line");
        for row in &written[1..] {
            assert_eq!(row.len(), header.len(), "{file}: row {row:?}");
        }
    }
}

#[test]
#[should_panic(expected = "written but not in docs/schema.md: [\"quotes[].mood\"]")]
fn an_undocumented_field_fails_the_check() {
    let dir = written_report("schema-undocumented");
    let mut articles = jsonl(&dir.join("articles.jsonl"));
    articles[0]["quotes"][0]["mood"] = Value::String("angry".into());
    check("articles.jsonl", &articles);
}

#[test]
fn summary_json_reads_back_as_a_dump_report() {
    let dir = written_report("schema-roundtrip");
    let text = std::fs::read_to_string(dir.join("summary.json")).unwrap();
    let report: newsmill_report::DumpReport = serde_json::from_str(&text).unwrap();
    assert_eq!(report.run.inputs, ["dump.jsonl"]);
    assert_eq!(report.totals.articles, 9);
    assert_eq!(serde_json::to_string_pretty(&report).unwrap() + "\n", text);
}
