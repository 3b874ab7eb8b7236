//! End-to-end tests of the `newsmill` binary on the real seed articles (read
//! from ../shared, never copied here) and on the bundled samples.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn seeds() -> PathBuf {
    let dir = root().join("../shared/data/seeds");
    assert!(
        dir.is_dir(),
        "the seed articles must be at {} (../shared beside the checkout)",
        dir.display()
    );
    dir
}

use newsmill_testkit::TempDir;

fn newsmill(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsmill"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the newsmill binary runs")
}

fn run(inputs: &[&Path], out: &Path, extra: &[&str]) -> Output {
    let mut args: Vec<String> = vec!["run".into()];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    args.extend(["--out".into(), out.display().to_string(), "--quiet".into()]);
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    newsmill(&args)
}

fn articles(out: &Path) -> Vec<Value> {
    read_jsonl(&out.join("articles.jsonl"))
}

fn read_jsonl(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect()
}

fn summary(out: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).unwrap()).unwrap()
}

fn count(summary: &Value, key: &str) -> u64 {
    summary[key]
        .as_u64()
        .unwrap_or_else(|| panic!("summary.json has no count {key}: {summary}"))
}

fn article<'a>(articles: &'a [Value], id_prefix: &str) -> &'a Value {
    articles
        .iter()
        .find(|a| a["id"].as_str().is_some_and(|id| id.starts_with(id_prefix)))
        .unwrap_or_else(|| panic!("no article {id_prefix}"))
}

#[test]
fn seeds_run_cleanly_and_identically_on_any_thread_count() {
    let tmp = TempDir::new("seeds");
    let one = tmp.path("one");
    let two = tmp.path("two");
    let output = run(&[&seeds()], &one, &["--threads", "1"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("5 articles written, 0 failed"),
        "summary line: {stderr}"
    );
    let output = run(&[&seeds()], &two, &["--threads", "2"]);
    assert!(output.status.success());
    // Every data file is identical; the reports also carry timings and the
    // thread count, so they are left out.
    for file in [
        "articles.jsonl",
        "failures.jsonl",
        "duplicates.jsonl",
        "articles.csv",
        "entities.csv",
        "mentions.csv",
        "quotes.csv",
        "figures.csv",
    ] {
        assert_eq!(
            std::fs::read(one.join(file)).unwrap(),
            std::fs::read(two.join(file)).unwrap(),
            "{file} must not depend on the thread count"
        );
    }
    assert_eq!(
        std::fs::read_to_string(one.join("failures.jsonl")).unwrap(),
        ""
    );
    for file in [
        "summary.json",
        "report.md",
        "report.html",
        "entities.csv",
        "mentions.csv",
        "quotes.csv",
        "figures.csv",
        "articles.csv",
    ] {
        assert!(one.join(file).is_file(), "{file} is written");
    }

    let articles = articles(&one);
    assert_eq!(articles.len(), 5);
    let summary = summary(&one);
    assert_eq!(count(&summary, "articles_written"), 5);
    assert_eq!(count(&summary, "failures"), 0);

    let seed_002 = article(&articles, "002_");
    let text = seed_002["text"].as_str().unwrap();
    assert!(!text.contains("Type to search"));
    assert!(text.contains("In Cairo, senior Hamas official Osama Hamdan stated on Saturday"));
    assert!(!text.contains("Also Read"));
    assert_eq!(
        seed_002["title"],
        "Hamas Reports No Progress in Gaza Ceasefire Talks with Israel"
    );
    let seed_000 = article(&articles, "000_");
    assert_eq!(seed_000["outlet"], "Newsmax");
    assert_eq!(seed_000["syndication"]["original"], "All Israel News");
    let seed_001 = article(&articles, "001_");
    assert_eq!(seed_001["byline"], "Moran Azulay");
}

#[test]
fn offsets_point_into_the_raw_input_and_the_clean_text() {
    let tmp = TempDir::new("offsets");
    let out = tmp.path("out");
    assert!(run(&[&seeds()], &out, &[]).status.success());
    let mut checked = 0;
    for article in articles(&out) {
        let path = article["source"]["path"].as_str().unwrap();
        let raw = std::fs::read_to_string(path).unwrap();
        let text = article["text"].as_str().unwrap();
        for mention in article["entities"].as_array().unwrap() {
            let surface = mention["text"].as_str().unwrap();
            let (start, end) = (
                mention["start"].as_u64().unwrap() as usize,
                mention["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&raw[start..end], surface, "raw offsets of {mention}");
            if mention["zone"] == "body" {
                let (cs, ce) = (
                    mention["clean_start"].as_u64().unwrap() as usize,
                    mention["clean_end"].as_u64().unwrap() as usize,
                );
                assert_eq!(&text[cs..ce], surface, "clean offsets of {mention}");
            } else {
                assert!(mention["clean_start"].is_null(), "{mention}");
            }
            checked += 1;
        }
        for quote in article["quotes"].as_array().unwrap() {
            let (start, end) = (
                quote["start"].as_u64().unwrap() as usize,
                quote["end"].as_u64().unwrap() as usize,
            );
            assert!(
                raw.get(start..end).is_some(),
                "quote span in bounds: {quote}"
            );
        }
    }
    assert!(
        checked > 50,
        "the seeds have many entity mentions, found {checked}"
    );
}

#[test]
fn samples_demo_writes_every_file_and_shows_copies() {
    let tmp = TempDir::new("samples");
    let out = tmp.path("demo");
    let output = run(&[&root().join("samples/articles")], &out, &[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let articles = articles(&out);
    assert_eq!(articles.len(), 9);
    let debate = article(&articles, "04_");
    let text = debate["text"].as_str().unwrap();
    assert_eq!(
        text.matches("Renko defended the Civil Protection Agency")
            .count(),
        1,
        "repeated paragraph kept once"
    );
    assert_eq!(
        text.matches("clash over flood response").count(),
        0,
        "repeated title is not body"
    );
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(html.contains("Port Alder"));
    assert!(
        !html.contains("<script src="),
        "the report is self-contained"
    );
    let syndicated = article(&articles, "02_");
    assert_eq!(syndicated["syndication"]["original"], "Daily Ledger");
    assert_eq!(syndicated["outlet"], "Coastal Times");

    // The entity table: one type per name, and the invented places the
    // tagger has never seen typed by their shape.
    let table = std::fs::read_to_string(out.join("entities.csv")).unwrap();
    let mut types: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for row in table.lines().skip(1) {
        let mut cells = row.split(',');
        if let (Some(name), Some(kind)) = (cells.next(), cells.next()) {
            types.entry(name).or_default().push(kind);
        }
    }
    assert!(
        types.values().all(|kinds| kinds.len() == 1),
        "a name under two types: {types:?}"
    );
    assert_eq!(types.get("Port Alder"), Some(&vec!["LOC"]));
    assert_eq!(types.get("Marrow Bay"), Some(&vec!["LOC"]));
    assert_eq!(types.get("Marrow Bay Rovers"), Some(&vec!["ORG"]));
    // The invented country and its adjective ("Veloria's Supreme Court",
    // "in Velorian flood zone").
    assert_eq!(types.get("Veloria"), Some(&vec!["LOC"]));
    assert_eq!(types.get("Velorian"), Some(&vec!["MISC"]));
}

#[test]
fn bad_records_are_logged_counted_and_the_exit_code_says_so() {
    let tmp = TempDir::new("failures");
    let dump = tmp.path("dump.jsonl");
    let good = r#"{"id": "a", "title": "Port reopens", "text": "Marrow Bay port reopened on Monday after a four-day strike, the Port Authority said."}"#;
    let copy = r#"{"id": "a-copy", "title": "Port reopens", "text": "Marrow Bay port reopened on Monday after a four-day strike, the Port Authority said."}"#;
    std::fs::write(
        &dump,
        format!("{good}\nnot json at all\n{{\"title\": \"no text\"}}\n{copy}\n"),
    )
    .unwrap();
    let out = tmp.path("out");
    let output = run(&[&dump], &out, &[]);
    assert_eq!(output.status.code(), Some(3), "failures give exit code 3");
    let failures = read_jsonl(&out.join("failures.jsonl"));
    assert_eq!(failures.len(), 2);
    assert_eq!(failures[0]["id"], "dump.jsonl:2");
    assert!(failures[0]["reason"]
        .as_str()
        .unwrap()
        .contains("not valid JSON"));
    assert_eq!(failures[1]["id"], "dump.jsonl:3");
    assert!(failures[1]["reason"]
        .as_str()
        .unwrap()
        .contains("no text field"));
    let summary = summary(&out);
    assert_eq!(count(&summary, "records_seen"), 4);
    assert_eq!(count(&summary, "articles_written"), 1);
    assert_eq!(count(&summary, "failures"), 2);
    assert_eq!(count(&summary, "duplicates_skipped"), 1);
}

#[test]
fn stdin_jsonl_is_read() {
    let tmp = TempDir::new("stdin");
    let out = tmp.path("out");
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmill"))
        .args(["run", "-", "--out", out.to_str().unwrap(), "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        writeln!(
            stdin,
            r#"{{"id": "s1", "text": "Kessing United won on Saturday, the club said."}}"#
        )
        .unwrap();
    }
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let articles = articles(&out);
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["id"], "s1");
}

#[test]
fn resume_after_a_kill_leaves_valid_jsonl_and_each_article_once() {
    let tmp = TempDir::new("resume");
    let out = tmp.path("out");
    assert!(run(&[&seeds()], &out, &[]).status.success());
    let path = out.join("articles.jsonl");
    let full = std::fs::read_to_string(&path).unwrap();
    // Simulate a kill -9 in the middle of the third line.
    let cut = full.match_indices('\n').nth(1).unwrap().0 + 40;
    std::fs::write(&path, &full[..cut]).unwrap();
    let output = run(&[&seeds()], &out, &["--resume"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let resumed = articles(&out);
    let mut ids: Vec<&str> = resumed.iter().map(|a| a["id"].as_str().unwrap()).collect();
    ids.sort_unstable();
    assert_eq!(ids.len(), 5);
    ids.dedup();
    assert_eq!(ids.len(), 5, "no article twice after resume");
}

#[test]
fn a_resumed_run_logs_each_failure_once() {
    let tmp = TempDir::new("resume-failures");
    let dump = tmp.path("dump.jsonl");
    let mut lines = String::new();
    for i in 0..40 {
        if i % 10 == 3 {
            lines.push_str("{not json\n");
        } else {
            lines.push_str(&format!(
                "{{\"id\": \"r{i}\", \"text\": \"Ferry service {i} to Port Alder resumed on Tuesday, the operator said.\"}}\n"
            ));
        }
    }
    std::fs::write(&dump, lines).unwrap();
    let out = tmp.path("out");
    assert_eq!(run(&[&dump], &out, &[]).status.code(), Some(3));
    assert_eq!(read_jsonl(&out.join("failures.jsonl")).len(), 4);
    // As if killed after the first 12 articles: the failures logged so far stay.
    let path = out.join("articles.jsonl");
    let full = std::fs::read_to_string(&path).unwrap();
    let cut = full.match_indices('\n').nth(11).unwrap().0 + 1;
    std::fs::write(&path, &full[..cut]).unwrap();
    run(&[&dump], &out, &["--resume"]);
    let failures = read_jsonl(&out.join("failures.jsonl"));
    let mut ids: Vec<&str> = failures.iter().map(|f| f["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 4, "each failure once: {ids:?}");
    ids.dedup();
    assert_eq!(ids.len(), 4);
    assert_eq!(articles(&out).len(), 36);
    let summary = summary(&out);
    assert_eq!(
        count(&summary, "failures"),
        0,
        "no failure is new in the resumed run"
    );
    assert_eq!(count(&summary, "resumed_skipped"), 16);
}

#[test]
fn resume_after_a_real_kill_completes_the_run_exactly_once() {
    let tmp = TempDir::new("kill");
    let dump = tmp.path("dump.jsonl");
    let mut lines = String::new();
    for i in 0..3000 {
        lines.push_str(&format!(
            "{{\"id\": \"r{i}\", \"text\": \"Dock workers at berth {i} of Marrow Bay port walked out on Monday, the Harbour Union said.\\nThe Port Authority said talks would resume on Friday after the {i}th meeting.\"}}\n"
        ));
    }
    std::fs::write(&dump, lines).unwrap();
    let out = tmp.path("out");
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmill"))
        .args([
            "run",
            dump.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--quiet",
            "--threads",
            "1",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it part-way (wherever it is: the assertions hold for any moment).
    std::thread::sleep(std::time::Duration::from_millis(400));
    let _ = child.kill();
    let _ = child.wait();
    let output = run(&[&dump], &out, &["--resume"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let articles = articles(&out);
    let mut ids: Vec<&str> = articles.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 3000, "every record written once");
    let summary = summary(&out);
    assert_eq!(
        count(&summary, "records_seen"),
        count(&summary, "articles_written")
            + count(&summary, "failures")
            + count(&summary, "duplicates_skipped")
            + count(&summary, "resumed_skipped"),
        "every record read is accounted for: {summary}"
    );
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 3000, "no record written twice");
}

#[test]
fn clean_command_writes_one_file_per_input_and_explains() {
    let tmp = TempDir::new("clean");
    let out = tmp.path("clean");
    let output = newsmill(&[
        "clean",
        seeds().to_str().unwrap(),
        "--out-dir",
        out.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(out.join("002_772ced6d7ff3b961.txt")).unwrap();
    assert!(text.starts_with("In Cairo, senior Hamas official Osama Hamdan"));
    let explain = newsmill(&[
        "clean",
        "--explain",
        seeds().join("002_772ced6d7ff3b961.txt").to_str().unwrap(),
    ]);
    let listing = String::from_utf8_lossy(&explain.stdout);
    let type_to_search = listing
        .lines()
        .find(|l| l.ends_with("| Type to search"))
        .expect("line listed");
    assert!(type_to_search.starts_with("DROP"), "{type_to_search}");
    assert!(listing
        .lines()
        .any(|l| l.starts_with("KEEP") && l.contains("In Cairo, senior Hamas official")));
}

/// A tiny CoNLL file in the 2003 layout (token POS chunk NER), written for
/// this test.
fn tiny_conll() -> String {
    let sentences: [&[(&str, &str)]; 4] = [
        &[
            ("Ilse", "I-PER"),
            ("Varga", "I-PER"),
            ("visited", "O"),
            ("Kessing", "I-LOC"),
            (".", "O"),
        ],
        &[
            ("The", "O"),
            ("Harbour", "I-ORG"),
            ("Union", "I-ORG"),
            ("met", "O"),
            ("Greta", "I-PER"),
            ("Holm", "I-PER"),
            (".", "O"),
        ],
        &[
            ("Rain", "O"),
            ("fell", "O"),
            ("on", "O"),
            ("Marrow", "I-LOC"),
            ("Bay", "I-LOC"),
            ("again", "O"),
            (".", "O"),
        ],
        &[
            ("Tomas", "I-PER"),
            ("Renko", "I-PER"),
            ("thanked", "O"),
            ("the", "O"),
            ("Red", "I-ORG"),
            ("Crescent", "I-ORG"),
            (".", "O"),
        ],
    ];
    let mut text = String::from("-DOCSTART- -X- O O\n\n");
    for sentence in sentences {
        for (token, tag) in sentence {
            text.push_str(&format!("{token} NN I-NP {tag}\n"));
        }
        text.push('\n');
    }
    text
}

#[test]
fn a_user_trained_model_is_used_everywhere() {
    let tmp = TempDir::new("model");
    let conll = tmp.path("tiny.conll");
    std::fs::write(&conll, tiny_conll()).unwrap();
    let model = tmp.path("tiny.bin");
    let output = newsmill(&[
        "train",
        "ner",
        "--conll",
        conll.to_str().unwrap(),
        "--out",
        model.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(std::fs::metadata(&model).unwrap().len() > 0);

    let tagged = newsmill(&[
        "ner-conll",
        conll.to_str().unwrap(),
        "--ner-model",
        model.to_str().unwrap(),
    ]);
    assert!(tagged.status.success());
    let lines: Vec<Value> = String::from_utf8_lossy(&tagged.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "one line per sentence");
    assert_eq!(lines[0]["tokens"][0], "Ilse");

    let evaluation = newsmill(&[
        "eval",
        "ner",
        "--conll",
        conll.to_str().unwrap(),
        "--ner-model",
        model.to_str().unwrap(),
    ]);
    assert!(String::from_utf8_lossy(&evaluation.stdout).contains("micro"));

    let out = tmp.path("out");
    let ran = run(
        &[&root().join("samples/articles")],
        &out,
        &["--ner-model", model.to_str().unwrap()],
    );
    assert!(
        ran.status.success(),
        "{}",
        String::from_utf8_lossy(&ran.stderr)
    );

    let bogus = tmp.path("bogus.bin");
    std::fs::write(&bogus, b"not a model").unwrap();
    let refused = run(
        &[&root().join("samples/articles")],
        &tmp.path("out2"),
        &["--ner-model", bogus.to_str().unwrap()],
    );
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("is not a newsmill tagger model"));
}

#[test]
fn bad_command_lines_exit_with_2() {
    assert_eq!(newsmill(&["run"]).status.code(), Some(2));
    assert_eq!(newsmill(&["frobnicate"]).status.code(), Some(2));
}
