//! Parts of a dump (`IngestOptions::part`): read part by part, in order,
//! the inputs give exactly the records, failures, line numbers, ids and byte
//! counts of one reader over all of them, whether the parts cut a JSON Lines
//! file between lines or fall on files that cannot be split.

use newsmill_ingest::{IngestOptions, Part, Records};
use newsmill_testkit::{Rng, TempDir};
use std::io::Write;
use std::path::PathBuf;

/// What a reader saw: one line per record or failure, the bytes read and
/// the files skipped.
fn read(inputs: &[PathBuf], part: Option<Part>) -> (Vec<String>, u64, u64) {
    let options = IngestOptions {
        max_record_bytes: 400,
        part,
        ..IngestOptions::default()
    };
    let mut records = Records::open(inputs, options);
    let items = records
        .by_ref()
        .map(|item| match item {
            Ok(r) => format!(
                "record {} {} line {:?} {:?}",
                r.id, r.source.path, r.source.line, r.text
            ),
            Err(f) => format!(
                "failure {} {} line {:?} {}",
                f.id, f.source.path, f.source.line, f.error
            ),
        })
        .collect();
    let stats = records.stats();
    (items, stats.bytes, stats.skipped_files)
}

/// The parts' readings, concatenated in order, against one reading.
fn check_parts(inputs: &[PathBuf], counts: &[u64], what: &str) {
    let whole = read(inputs, None);
    assert!(!whole.0.is_empty(), "{what}");
    for &count in counts {
        let mut parts = (Vec::new(), 0, 0);
        for index in 0..count {
            let (items, bytes, skipped) = read(inputs, Some(Part::new(index, count).unwrap()));
            parts.0.extend(items);
            parts.1 += bytes;
            parts.2 += skipped;
        }
        assert_eq!(parts, whole, "{what}, {count} parts");
    }
}

/// A dump with every kind of line a reader meets: records with and without
/// ids, blank lines, CRLF endings, broken JSON, a line over the size cap,
/// and no newline at the end.
fn awkward_dump(rng: &mut Rng) -> String {
    let mut dump = String::new();
    for n in 0..60 {
        let words = "word ".repeat(1 + rng.below(30));
        match rng.below(9) {
            0 => dump.push('\n'),
            1 => dump.push_str(&format!("{{\"text\":\"{words}{n}\"}}\r\n")),
            2 => dump.push_str("{\"id\":\"cut\",\"text\":\"no end\n"),
            3 => dump.push_str(&format!(
                "{{\"id\":\"long{n}\",\"text\":\"{}\"}}\n",
                "x".repeat(500)
            )),
            4 => dump.push_str(&format!("{{\"id\":\"t{n}\"}}\n")),
            _ => dump.push_str(&format!("{{\"id\":\"a{n}\",\"text\":\"{words}\"}}\n")),
        }
    }
    dump.push_str("{\"id\":\"last\",\"text\":\"no newline\"}");
    dump
}

#[test]
fn parts_of_one_file_read_what_one_reader_reads() {
    let dir = TempDir::new("ingest-parts");
    let mut rng = Rng::new(7);
    for round in 0..20 {
        let path = dir.path(&format!("dump{round}.jsonl"));
        std::fs::write(&path, awkward_dump(&mut rng)).unwrap();
        let (whole, _, _) = read(std::slice::from_ref(&path), None);
        assert!(
            whole.iter().any(|i| i.starts_with("failure")),
            "round {round}"
        );
        check_parts(&[path], &[1, 2, 3, 5, 8, 13, 40], &format!("round {round}"));
    }
}

#[test]
fn parts_of_a_folder_split_its_files_and_keep_the_others_whole() {
    let dir = TempDir::new("ingest-parts-folder");
    let folder = dir.path("dump");
    std::fs::create_dir_all(folder.join("b")).unwrap();
    let mut rng = Rng::new(11);
    std::fs::write(folder.join("a.txt"), "One article, one file.\n").unwrap();
    std::fs::write(folder.join("b/one.jsonl"), awkward_dump(&mut rng)).unwrap();
    std::fs::write(folder.join("b/empty.jsonl"), "").unwrap();
    let mut packed = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    packed.write_all(awkward_dump(&mut rng).as_bytes()).unwrap();
    std::fs::write(folder.join("c.jsonl.gz"), packed.finish().unwrap()).unwrap();
    std::fs::write(folder.join("d.jsonl"), awkward_dump(&mut rng)).unwrap();
    std::fs::write(folder.join("notes.pdf"), "not an article").unwrap();
    let lone = dir.path("lone.txt");
    std::fs::write(&lone, "A file named on its own.\n").unwrap();
    // An input that is not there: one failure, whatever the parts.
    let missing = dir.path("missing.jsonl");
    let inputs = [folder, lone, missing];
    let (whole, _, skipped) = read(&inputs, None);
    assert_eq!(skipped, 1);
    assert!(whole.iter().any(|i| i.contains("c.jsonl.gz")));
    assert_eq!(
        whole.iter().filter(|i| i.contains("missing.jsonl")).count(),
        1
    );
    check_parts(&inputs, &[1, 2, 3, 4, 7, 16, 100], "folder");
}
