//! The command line's behaviour pinned by case files: `tests/cmd/*.case`.
//!
//! A case file is a few `key: value` lines, then the expected output:
//!
//! ```text
//! # what the case checks (comment lines start with #)
//! write: dump.jsonl = {"id": "a", "text": "One line."}\n
//! args: run {tmp}/dump.jsonl --out {tmp}/out --quiet
//! status: 0
//! --- stderr
//! newsmill: 1 records read ([..] MB) in [..] s ([..] MB/s): 1 articles written, [..]
//! ```
//!
//! `args` is split on spaces; `env: NAME=VALUE` sets a variable for the
//! command; `{tmp}` is a fresh folder for the case,
//! `{root}` the checkout. `write` creates a file in `{tmp}` (`\n` is a
//! newline). Sections `--- stdout` and `--- stderr` give the expected text
//! line by line: `[..]` inside a line matches any text, and a line `...`
//! matches any number of lines. A stream without a section must be empty.
//! Run with `NEWSMILL_BLESS=1` to write the actual output into the files
//! (then read the diff before committing it).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Case {
    path: PathBuf,
    writes: Vec<(String, String)>,
    /// Environment variables set for the command (`env: NAME=VALUE`).
    env: Vec<(String, String)>,
    args: Vec<String>,
    status: i32,
    stdout: Option<String>,
    stderr: Option<String>,
    /// The header lines as written, kept when blessing.
    header: String,
}

fn parse_case(path: &Path) -> Case {
    let text = std::fs::read_to_string(path).unwrap();
    let mut case = Case {
        path: path.to_path_buf(),
        writes: Vec::new(),
        env: Vec::new(),
        args: Vec::new(),
        status: 0,
        stdout: None,
        stderr: None,
        header: String::new(),
    };
    let mut section: Option<(String, String)> = None;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("--- ") {
            finish_section(&mut case, section.take());
            section = Some((name.trim().to_string(), String::new()));
            continue;
        }
        if let Some((_, body)) = section.as_mut() {
            body.push_str(line);
            body.push('\n');
            continue;
        }
        case.header.push_str(line);
        case.header.push('\n');
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (key, value) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("{}: not `key: value`: {line}", path.display()));
        let value = value.strip_prefix(' ').unwrap_or(value);
        match key {
            "args" => case.args = value.split_whitespace().map(str::to_string).collect(),
            "status" => case.status = value.parse().unwrap(),
            "write" => {
                let (name, content) = value.split_once(" = ").unwrap();
                case.writes
                    .push((name.to_string(), content.replace("\\n", "\n")));
            }
            "env" => {
                let (name, value) = value.split_once('=').unwrap();
                case.env.push((name.to_string(), value.to_string()));
            }
            other => panic!("{}: unknown key {other}", path.display()),
        }
    }
    finish_section(&mut case, section);
    case
}

fn finish_section(case: &mut Case, section: Option<(String, String)>) {
    match section {
        Some((name, body)) if name == "stdout" => case.stdout = Some(body),
        Some((name, body)) if name == "stderr" => case.stderr = Some(body),
        Some((name, _)) => panic!("{}: unknown section {name}", case.path.display()),
        None => {}
    }
}

/// Does `line` match `pattern`, where `[..]` matches any text?
fn line_matches(pattern: &str, line: &str) -> bool {
    let mut parts = pattern.split("[..]");
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = line.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        if last {
            return rest.ends_with(part);
        }
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.is_empty()
}

/// Does `actual` match the expected lines (with `...` lines)?
fn text_matches(expected: &[&str], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((&"...", rest)) => (0..=actual.len()).any(|skip| text_matches(rest, &actual[skip..])),
        Some((first, rest)) => actual
            .split_first()
            .is_some_and(|(line, others)| line_matches(first, line) && text_matches(rest, others)),
    }
}

fn run_case(case: &Case, root: &Path) -> Result<(), String> {
    let name = case
        .path
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cmd-{name}"));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    for (file, content) in &case.writes {
        std::fs::write(tmp.join(file), content).unwrap();
    }
    let expand = |s: &str| {
        s.replace("{tmp}", &tmp.display().to_string())
            .replace("{root}", &root.display().to_string())
    };
    let args: Vec<String> = case.args.iter().map(|a| expand(a)).collect();
    let output = Command::new(env!("CARGO_BIN_EXE_newsmill"))
        .args(&args)
        // Only the variables a case sets: none of the caller's diagnostics.
        .env_remove("NEWSMILL_MEMORY_TRACE")
        .envs(case.env.iter().map(|(k, v)| (k, v)))
        .current_dir(&tmp)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stdout =
        String::from_utf8_lossy(&output.stdout).replace(&tmp.display().to_string(), "{tmp}");
    let stderr =
        String::from_utf8_lossy(&output.stderr).replace(&tmp.display().to_string(), "{tmp}");
    let mut problems = Vec::new();
    let status = output.status.code().unwrap_or(-1);
    if status != case.status {
        problems.push(format!("exit status {status}, expected {}", case.status));
    }
    for (label, expected, actual) in [
        ("stdout", &case.stdout, &stdout),
        ("stderr", &case.stderr, &stderr),
    ] {
        let expected_lines: Vec<&str> = expected.as_deref().unwrap_or("").lines().collect();
        let actual_lines: Vec<&str> = actual.lines().collect();
        if !text_matches(&expected_lines, &actual_lines) {
            problems.push(format!(
                "{label} differs.\n--- expected\n{}--- actual\n{actual}",
                expected.as_deref().unwrap_or("")
            ));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    // Blessing rewrites only the cases that do not match, so the
    // wildcards of the others stay.
    if std::env::var_os("NEWSMILL_BLESS").is_some() {
        let mut text = case.header.clone();
        for (label, body) in [("stdout", &stdout), ("stderr", &stderr)] {
            if !body.is_empty() {
                text.push_str(&format!("--- {label}\n{body}"));
            }
        }
        std::fs::write(&case.path, text).unwrap();
        return Ok(());
    }
    Err(format!(
        "{name} ({}): {}",
        args.join(" "),
        problems.join("\n")
    ))
}

#[test]
fn matching_rules() {
    assert!(line_matches("a [..] c", "a b c"));
    assert!(line_matches("[..]", "anything"));
    assert!(!line_matches("a [..] c", "a b d"));
    assert!(!line_matches("abc", "abcd"));
    assert!(text_matches(&["x", "...", "z"], &["x", "y", "y", "z"]));
    assert!(text_matches(&["..."], &[]));
    assert!(!text_matches(&["x"], &["x", "y"]));
}

#[test]
fn command_line_cases() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join("tests/cmd"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "case"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 8, "the case files are in tests/cmd");
    let failures: Vec<String> = paths
        .iter()
        .map(|p| parse_case(p))
        .filter_map(|case| run_case(&case, &root).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
