//! Acceptance: a WARC written by Python's `warcio` (the reference writer)
//! with the 80 cleaning-dev pages and records that are not articles reads
//! into exactly 80 records, each with the same text and title as reading the
//! page's `.html.gz` directly. Needs python3 with warcio (`pip install
//! warcio`); without it the test says so and passes, except under `CI=true`,
//! where it fails.

use newsmill_ingest::{IngestOptions, Record, Records};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read_all(input: PathBuf) -> (Vec<Record>, Vec<String>, newsmill_ingest::IngestStats) {
    let mut records = Records::open(&[input], IngestOptions::default());
    let (mut ok, mut failures) = (Vec::new(), Vec::new());
    for item in records.by_ref() {
        match item {
            Ok(record) => ok.push(record),
            Err(failure) => failures.push(failure.to_string()),
        }
    }
    (ok, failures, records.stats())
}

#[test]
fn a_warcio_archive_of_the_dev_pages_reads_like_the_pages() {
    let pages = repository().join("../shared/data/cleaning-dev/html");
    assert!(
        pages.is_dir(),
        "the dev pages must be at {} (../shared beside the checkout)",
        pages.display()
    );
    let warc = std::env::temp_dir().join(format!(
        "newsmill-warcio-dev-{}.warc.gz",
        std::process::id()
    ));
    let written = Command::new("python3")
        .arg(repository().join("benches/warc_vs_warcio.py"))
        .arg("--write-warc")
        .arg(&warc)
        .output();
    let missing = match &written {
        Err(error) => Some(format!("python3 cannot run: {error}")),
        Ok(output) if !output.status.success() => {
            Some(String::from_utf8_lossy(&output.stderr).into_owned())
        }
        Ok(_) => None,
    };
    if let Some(why) = missing {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI needs python3 with warcio (pip install warcio): {why}"
        );
        eprintln!("SKIPPED: cannot write the WARC with warcio ({why}); pip install warcio");
        return;
    }

    let (from_warc, failures, stats) = read_all(warc.clone());
    let _ = std::fs::remove_file(&warc);
    assert!(failures.is_empty(), "{failures:#?}");
    assert_eq!(from_warc.len(), 80);
    let expected_skips = [
        ("http_status", 1),
        ("metadata", 1),
        ("non_html", 2),
        ("redirect", 1),
        ("request", 80),
        ("warcinfo", 1),
    ];
    let expected_skips: BTreeMap<String, u64> = expected_skips
        .into_iter()
        .map(|(kind, n)| (kind.to_string(), n))
        .collect();
    assert_eq!(stats.skipped_records, expected_skips);

    let (from_files, file_failures, _) = read_all(pages);
    assert!(file_failures.is_empty(), "{file_failures:#?}");
    let by_name: BTreeMap<&str, &Record> = from_files.iter().map(|r| (r.id.as_str(), r)).collect();
    for record in &from_warc {
        let url = record.url.as_deref().unwrap_or_default();
        let name = url.rsplit('/').next().unwrap_or_default();
        let page = by_name
            .get(name)
            .unwrap_or_else(|| panic!("{url} is not a dev page"));
        assert_eq!(record.text, page.text, "{name}: text differs");
        assert_eq!(record.title, page.title, "{name}: title differs");
        assert_eq!(record.html, page.html, "{name}: markup differs");
        assert_eq!(record.meta["http_status"], 200);
    }
}
