//! Every input format, and every kind of bad input the issue lists: each
//! bad input becomes exactly one failure naming the record and the reason,
//! and the rest of the batch is still read.

use newsmill_ingest::{IngestOptions, Records};
use std::io::Write;
use std::path::{Path, PathBuf};

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("newsmill-ingest-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }
    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn zstd(bytes: &[u8]) -> Vec<u8> {
    ruzstd::encoding::compress_to_vec(bytes, ruzstd::encoding::CompressionLevel::Fastest)
}

type Outcome = (
    Vec<newsmill_ingest::Record>,
    Vec<newsmill_ingest::Failure>,
    newsmill_ingest::IngestStats,
);

fn read(inputs: &[PathBuf]) -> Outcome {
    read_with(inputs, IngestOptions::default())
}

fn read_with(inputs: &[PathBuf], options: IngestOptions) -> Outcome {
    let mut records = Records::open(inputs, options);
    let (mut ok, mut failed) = (Vec::new(), Vec::new());
    for item in records.by_ref() {
        match item {
            Ok(record) => ok.push(record),
            Err(failure) => failed.push(failure),
        }
    }
    (ok, failed, records.stats())
}

const LINE: &str = r#"{"id": "r1", "headline": "Strikes resume", "content": "Rafah residents fled north on Tuesday.", "lang": "en"}"#;

#[test]
fn every_format_is_read_in_sorted_order() {
    let dir = TempDir::new("formats");
    dir.write("b/article.txt", b"Plain text article.\nSecond line.");
    dir.write(
        "b/notes.md",
        "# Heading\n\nMarkdown body \u{2014} fine.".as_bytes(),
    );
    dir.write(
        "c/page.html",
        b"<html><head><title>Page title</title><meta name=author content='A. Writer'></head><body><p>Para one.</p><p>Para two.</p></body></html>",
    );
    dir.write(
        "d/one.json",
        br#"{"title": "Single", "text": "One object."}"#,
    );
    dir.write(
        "d/two.json",
        br#"[{"text": "First of array."}, {"id": "x9", "body": "Second of array."}]"#,
    );
    dir.write(
        "e/dump.jsonl",
        format!("{LINE}\n\n{{\"text\": \"No id here.\"}}\n").as_bytes(),
    );
    dir.write("f/dump.jsonl.gz", &gzip(format!("{LINE}\n").as_bytes()));
    dir.write("g/dump.ndjson.zst", &zstd(format!("{LINE}\n").as_bytes()));
    dir.write("h/page.txt.gz", &gzip(b"Compressed text article."));
    dir.write("h/photo.png", b"\x89PNG\r\n\x1a\n\0\0");
    dir.write("h/.hidden.txt", b"hidden");
    dir.write(
        "i/_2031/in_underscore_folder.txt",
        b"Folders named with an underscore are read.",
    );

    let (records, failures, stats) = read(std::slice::from_ref(&dir.0));
    assert!(failures.is_empty(), "{failures:?}");
    let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "b/article.txt",
            "b/notes.md",
            "c/page.html",
            "d/one.json",
            "d/two.json#1",
            "x9",
            "r1",
            "e/dump.jsonl:3",
            "r1",
            "r1",
            "h/page.txt.gz",
            "i/_2031/in_underscore_folder.txt"
        ]
    );
    let html = &records[2];
    assert_eq!(html.title.as_deref(), Some("Page title"));
    assert_eq!(html.text, "Page title\nPara one.\nPara two.\n");
    assert_eq!(
        html.meta.get("author").and_then(|v| v.as_str()),
        Some("A. Writer")
    );
    let jsonl = &records[6];
    assert_eq!(jsonl.title.as_deref(), Some("Strikes resume"));
    assert_eq!(jsonl.text, "Rafah residents fled north on Tuesday.");
    assert_eq!(jsonl.source.line, Some(1));
    assert_eq!(jsonl.meta.get("lang").and_then(|v| v.as_str()), Some("en"));
    assert_eq!(
        records[9].text, jsonl.text,
        "zstd record decodes like the plain one"
    );
    assert_eq!(records[10].text, "Compressed text article.");
    assert_eq!(stats.records, 12);
    assert_eq!(
        stats.skipped_files, 2,
        "the PNG and the hidden file are counted as skipped"
    );
}

#[test]
fn field_names_can_be_overridden() {
    let dir = TempDir::new("fields");
    let path = dir.write(
        "x.jsonl",
        br#"{"uid": "k1", "story": "Body text.", "text": "not this"}"#,
    );
    let mut options = IngestOptions::default();
    options.fields.text = vec!["story".into()];
    options.fields.id = vec!["uid".into()];
    let (records, failures, _) = read_with(&[path], options);
    assert!(failures.is_empty());
    assert_eq!(records[0].id, "k1");
    assert_eq!(records[0].text, "Body text.");
    assert_eq!(
        records[0].meta.get("text").and_then(|v| v.as_str()),
        Some("not this")
    );
}

#[test]
fn each_bad_input_is_one_failure_and_the_batch_goes_on() {
    let dir = TempDir::new("bad");
    dir.write("01_good.txt", b"A good article before the bad ones.");
    dir.write("02_empty.txt", b"");
    dir.write(
        "03_png_renamed.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10",
    );
    let mut truncated = gzip(&b"Text that will be cut. ".repeat(2000));
    truncated.truncate(truncated.len() / 2);
    dir.write("04_truncated.txt.gz", &truncated);
    let jsonl = format!(
        "{LINE}\nthis is not json\n{{\"title\": \"no text\"}}\n{{\"text\": 42}}\n{{\"text\": \"caf{}\"}}\n{LINE}\n",
        "\u{e9}"
    );
    let mut jsonl = jsonl.into_bytes();
    // Invalid UTF-8 in the middle of a line: repaired, counted, kept.
    let at = jsonl
        .windows(4)
        .position(|w| w == "caf\u{e9}".as_bytes()[..4].as_ref())
        .unwrap()
        + 3;
    jsonl.splice(at..at + 2, [0xFF, 0xFE]);
    dir.write("05_dump.jsonl", &jsonl);
    std::os::unix::fs::symlink(
        dir.0.join("does-not-exist.txt"),
        dir.0.join("06_dangling.txt"),
    )
    .unwrap();
    std::fs::create_dir_all(dir.0.join("07_loop")).unwrap();
    std::os::unix::fs::symlink(&dir.0, dir.0.join("07_loop/back_to_top")).unwrap();
    dir.write(
        "08_invalid_utf8.txt",
        b"Gaza \xF0\x28\x8C\x28 City residents said.",
    );
    dir.write("09_last_good.txt", b"The batch goes on to the end.");

    let (records, failures, stats) = read(std::slice::from_ref(&dir.0));
    let reasons: Vec<(String, &str, String)> = failures
        .iter()
        .map(|f| (f.id.clone(), f.error.kind(), f.error.to_string()))
        .collect();
    let expect = |id: &str, kind: &str, words: &str| {
        let found = reasons
            .iter()
            .find(|(i, _, _)| i == id)
            .unwrap_or_else(|| panic!("no failure for {id}: {reasons:#?}"));
        assert_eq!(found.1, kind, "{found:?}");
        assert!(
            found.2.contains(words),
            "reason for {id} should say {words:?}: {}",
            found.2
        );
    };
    expect("02_empty.txt", "empty", "empty");
    expect("03_png_renamed.txt", "binary", "binary");
    expect("04_truncated.txt.gz", "decompress", "damaged or cut short");
    expect("05_dump.jsonl:2", "bad_json", "not valid JSON");
    expect("05_dump.jsonl:3", "no_text_field", "no text field");
    expect(
        "05_dump.jsonl:4",
        "text_not_string",
        "is a number, not a string",
    );
    expect("06_dangling.txt", "dangling_symlink", "does not exist");
    expect("07_loop/back_to_top", "symlink_loop", "loops back");
    assert_eq!(failures.len(), 8, "{reasons:#?}");

    let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "01_good.txt",
            "r1",
            "05_dump.jsonl:5",
            "r1",
            "08_invalid_utf8.txt",
            "09_last_good.txt"
        ]
    );
    let repaired = &records[2];
    assert!(
        repaired.text.starts_with("caf\u{FFFD}"),
        "{:?}",
        repaired.text
    );
    assert_eq!(repaired.replaced_bytes, 2);
    assert!(
        records[4].text.contains('\u{FFFD}') && records[4].text.ends_with("City residents said.")
    );
    assert_eq!(
        stats.records + stats.failures,
        (records.len() + failures.len()) as u64
    );
    assert_eq!(stats.repaired_records, 2);
}

#[test]
fn a_huge_single_line_is_refused_without_being_held_in_memory() {
    let dir = TempDir::new("huge");
    let line = vec![b'a'; 200 * 1024 * 1024];
    let text = dir.write("huge.txt", &line);
    let mut jsonl = b"{\"text\": \"".to_vec();
    jsonl.extend_from_slice(&line);
    drop(line);
    jsonl.extend_from_slice(b"\"}\n{\"id\": \"after\", \"text\": \"still read\"}\n");
    let dump = dir.write("huge.jsonl", &jsonl);
    drop(jsonl);

    let (records, failures, _) = read(&[text, dump]);
    assert_eq!(failures.len(), 2);
    for failure in &failures {
        assert_eq!(failure.error.kind(), "too_large", "{failure}");
        assert!(failure.error.to_string().contains("over the limit"));
    }
    assert_eq!(failures[1].id, "huge.jsonl:1");
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].id, "after");
}

#[test]
fn unreadable_inputs_are_failures() {
    let dir = TempDir::new("unreadable");
    let missing = dir.0.join("nope.jsonl");
    // Reading /proc/self/mem from offset 0 fails with an I/O error even as root.
    let unreadable = Path::new("/proc/self/mem").to_path_buf();
    let good = dir.write("ok.txt", b"Fine.");
    let (records, failures, _) = read(&[missing, unreadable, good]);
    assert_eq!(records.len(), 1);
    assert_eq!(failures.len(), 2);
    assert_eq!(failures[0].error.kind(), "not_found");
    assert_eq!(failures[1].error.kind(), "io");
    assert!(failures[1].error.to_string().contains("/proc/self/mem"));
}

/// The effective user id, from `/proc/self/status` (no libc needed).
#[cfg(target_os = "linux")]
fn effective_uid() -> Option<u32> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("Uid:"))?;
    line.split_whitespace().nth(2)?.parse().ok()
}

/// Permission bits do not stop root, and CI runs as root: there the test
/// re-runs itself as the unprivileged user `nobody` (util-linux `setpriv`),
/// so the assertion is made for real either way.
#[cfg(target_os = "linux")]
#[test]
fn permission_denied_is_a_failure() {
    use std::os::unix::fs::PermissionsExt;
    if effective_uid() == Some(0) {
        let exe = std::env::current_exe().unwrap();
        let output = std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(&exe)
            .args([
                "--exact",
                "permission_denied_is_a_failure",
                "--test-threads=1",
            ])
            .output()
            .expect("setpriv (util-linux) runs this test as an unprivileged user");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success() && stdout.contains("1 passed"),
            "the unprivileged run failed: {stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        return;
    }
    let dir = TempDir::new("perm");
    let locked = dir.write("locked.txt", b"secret");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let (records, failures, _) = read(&[locked]);
    assert!(records.is_empty());
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0].error.kind(), "io");
    assert!(failures[0].error.to_string().contains("ermission denied"));
}

#[test]
fn a_folder_index_gives_ids_and_metadata_and_reports_missing_files() {
    let dir = TempDir::new("index");
    dir.write(
        "a.example/2031/04/k1.txt",
        b"Floodwater reached the town hall steps on Tuesday, officials said.",
    );
    dir.write(
        "a.example/2031/04/k4.txt",
        b"An article the index does not list is still read.",
    );
    dir.write(
        "_index.jsonl",
        concat!(
            r#"{"id": "k1", "path": "a.example/2031/04/k1.txt", "url": "https://a.example/k1", "title": "Water at the hall", "date": "2031-04-08"}"#,
            "\n",
            r#"{"id": "k2", "path": "a.example/2031/04/k2.txt", "title": "Gone"}"#,
            "\n",
            r#"{"id": "k3", "path": null, "title": "Never written"}"#,
            "\n",
            "{not json\n",
            "\n"
        )
        .as_bytes(),
    );
    let (records, failures, stats) = read(std::slice::from_ref(&dir.0));
    let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["k1", "a.example/2031/04/k4.txt"]);
    assert_eq!(records[0].title.as_deref(), Some("Water at the hall"));
    assert_eq!(records[0].url.as_deref(), Some("https://a.example/k1"));
    assert_eq!(records[0].date.as_deref(), Some("2031-04-08"));
    let missing: Vec<(&str, String)> = failures
        .iter()
        .map(|f| (f.id.as_str(), f.error.to_string()))
        .collect();
    assert_eq!(missing.len(), 3, "{missing:?}");
    assert_eq!(missing[0].0, "_index.jsonl:4");
    assert!(missing[0].1.contains("line 4 of the index"));
    assert_eq!(missing[1].0, "k2");
    assert!(missing[1].1.contains("is missing"));
    assert_eq!(missing[2].0, "k3");
    assert!(missing[2].1.contains("with no file"));
    assert!(failures[1..]
        .iter()
        .all(|f| f.error.kind() == "missing_file"));
    assert_eq!(stats.skipped_files, 1, "the index itself is a side file");
}

#[test]
fn html_pages_keep_their_markup_from_files_and_jsonl_fields() {
    let dir = TempDir::new("html-markup");
    let page = "<html><head><title>Bridge reopens</title></head><body><nav>Home</nav><p>The bridge reopened on Monday.</p></body></html>";
    let file = dir.write("page.html", page.as_bytes());
    let line = serde_json::json!({"id": "j1", "content": page, "date": "2025-01-02"}).to_string();
    let jsonl = dir.write("dump.jsonl", format!("{line}\n{LINE}\n").as_bytes());
    let (records, failures, _) = read(&[file, jsonl]);
    assert!(failures.is_empty());
    let html_file = records.iter().find(|r| r.id == "page.html").unwrap();
    assert_eq!(html_file.html.as_deref(), Some(page));
    assert_eq!(
        html_file.text,
        "Bridge reopens\nHome\nThe bridge reopened on Monday.\n"
    );
    let field = records.iter().find(|r| r.id == "j1").unwrap();
    assert_eq!(field.html.as_deref(), Some(page));
    assert_eq!(field.text, html_file.text);
    assert_eq!(field.title.as_deref(), Some("Bridge reopens"));
    assert_eq!(field.date.as_deref(), Some("2025-01-02"));
    let plain = records.iter().find(|r| r.id == "r1").unwrap();
    assert_eq!(plain.html, None);
}
