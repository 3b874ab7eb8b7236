//! `newsmill run` on the sample web archive (`samples/warc/multilingual.warc.gz`,
//! eight invented pages in eight languages and seven charsets, plus records
//! that are not articles): every record accounted for, charsets and
//! languages right, the English-only stages kept to English articles.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn sample() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples/warc/multilingual.warc.gz")
}

fn out_dir(name: &str) -> PathBuf {
    let path =
        std::env::temp_dir().join(format!("newsmill-warc-run-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&path);
    path
}

fn newsmill(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmill"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the newsmill binary runs");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        pipe.write_all(bytes).unwrap();
    }
    child.wait_with_output().unwrap()
}

/// `newsmill run` on the sample archive (or `-` with it on standard
/// input) into `out`; the run must succeed.
fn run_sample(out: &Path, extra: &[&str], on_stdin: bool) {
    let sample = sample();
    let input = if on_stdin {
        "-"
    } else {
        sample.to_str().unwrap()
    };
    let mut args = vec!["run", input, "--out", out.to_str().unwrap(), "--quiet"];
    args.extend_from_slice(extra);
    let bytes = on_stdin.then(|| std::fs::read(&sample).unwrap());
    let output = newsmill(&args, bytes.as_deref());
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn articles(out: &Path) -> Vec<Value> {
    std::fs::read_to_string(out.join("articles.jsonl"))
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn summary(out: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).unwrap()).unwrap()
}

fn n(value: &Value) -> u64 {
    value
        .as_u64()
        .unwrap_or_else(|| panic!("not a count: {value}"))
}

/// records_seen = written + failures + duplicates + resumed + skipped.
fn assert_accounted(summary: &Value) {
    let skipped: u64 = summary["skipped_records"]
        .as_object()
        .unwrap()
        .values()
        .map(n)
        .sum();
    assert_eq!(
        n(&summary["records_seen"]),
        n(&summary["articles_written"])
            + n(&summary["failures"])
            + n(&summary["duplicates_skipped"])
            + n(&summary["resumed_skipped"])
            + skipped,
        "{summary:#}"
    );
}

#[test]
fn sample_archive_reads_into_eight_articles_in_eight_languages() {
    let out = out_dir("all");
    run_sample(&out, &[], false);
    let articles = articles(&out);
    let found: Vec<(&str, &str, &str)> = articles
        .iter()
        .map(|a| {
            (
                a["language"].as_str().unwrap_or("-"),
                a["meta"]["encoding"].as_str().unwrap_or("-"),
                a["meta"]["encoding_source"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("en", "UTF-8", "http"),
            ("de", "UTF-8", "http"),
            ("fr", "UTF-8", "http"),
            ("ru", "windows-1251", "http"),
            ("ja", "Shift_JIS", "meta"),
            ("pl", "ISO-8859-2", "meta"),
            ("zh", "GBK", "http"),
            ("es", "windows-1252", "detected"),
        ]
    );
    let titles: Vec<&str> = articles
        .iter()
        .map(|a| a["title"].as_str().unwrap_or(""))
        .collect();
    assert!(titles.contains(&"Городской театр Велории откроется после ремонта"));
    assert!(titles.contains(&"ヴェロリア市、路面電車の延伸を決定"));
    assert!(titles.contains(&"维洛里亚新建滨河公园正式开放"));
    assert!(titles.contains(&"Biblioteka w Velorii wydłuża godziny otwarcia"));
    // Provenance: the URL, crawl date, record id and offset.
    let english = &articles[0];
    assert_eq!(english["url"], "https://courier.veloria.example/en/bridge");
    assert_eq!(english["meta"]["warc_date"], "2025-06-02T08:30:00Z");
    assert!(english["meta"]["warc_record_id"]
        .as_str()
        .unwrap()
        .starts_with("<urn:uuid:"));
    let offset = n(&english["meta"]["warc_offset"]);
    assert_eq!(english["id"], format!("multilingual.warc.gz@{offset}"));
    // The English stages run on the English article only.
    assert!(!english["entities"].as_array().unwrap().is_empty());
    assert_eq!(english["quotes"].as_array().unwrap().len(), 1);
    for article in &articles[1..] {
        assert!(
            article["entities"].as_array().unwrap().is_empty(),
            "{}",
            article["id"]
        );
        assert!(
            article["quotes"].as_array().unwrap().is_empty(),
            "{}",
            article["id"]
        );
    }
    let summary = summary(&out);
    assert_eq!(n(&summary["records_seen"]), 13);
    assert_eq!(
        summary["skipped_records"],
        serde_json::json!({"http_status": 1, "non_html": 1, "redirect": 1, "request": 1, "warcinfo": 1})
    );
    assert_eq!(n(&summary["languages"]["ja"]), 1);
    assert_accounted(&summary);
    let report = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(report.contains("by language: de 1, en 1, es 1"), "{report}");
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn languages_option_keeps_only_those_and_counts_the_rest() {
    let out = out_dir("filter");
    run_sample(&out, &["--languages", "en,de"], false);
    let languages: Vec<String> = articles(&out)
        .iter()
        .map(|a| a["language"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(languages, ["en", "de"]);
    let summary = summary(&out);
    assert_eq!(n(&summary["skipped_records"]["language"]), 6);
    assert_eq!(n(&summary["records_seen"]), 13);
    assert_accounted(&summary);
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn a_web_archive_on_standard_input_is_read() {
    let out = out_dir("stdin");
    run_sample(&out, &[], true);
    let articles = articles(&out);
    assert_eq!(articles.len(), 8);
    assert!(articles[0]["id"].as_str().unwrap().starts_with("stdin@"));
    // The sample's 13 records: 8 pages and 5 that are not articles.
    let summary = summary(&out);
    assert_eq!(n(&summary["records_seen"]), 13);
    let skipped: u64 = summary["skipped_records"]
        .as_object()
        .unwrap()
        .values()
        .map(n)
        .sum();
    assert_eq!(skipped, 5);
    assert_accounted(&summary);
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn an_unknown_language_code_is_a_usage_error() {
    let out = out_dir("badcode");
    let sample = sample();
    let args = [
        "run",
        sample.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--languages",
        "en,english",
    ];
    let output = newsmill(&args, None);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("\"english\" is not an ISO 639-1 code")
    );
    assert!(!out.exists());
}
