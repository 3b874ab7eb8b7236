//! The WARC reader on random bytes and on mutated valid archives: it never
//! panics or hangs, and damage to one record never costs another: every
//! record outside the damaged one is still read, with its text. Deterministic
//! (fixed seed); `NEWSMILL_FUZZ_ROUNDS` raises the number of cases.

use flate2::write::GzEncoder;
use newsmill_ingest::{IngestOptions, Records, WarcReader};
use std::io::Write;
use std::path::PathBuf;

/// SplitMix64: a deterministic stream of well-mixed numbers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mixed = (self.0 ^ (self.0 >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        let mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        mixed ^ (mixed >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next() % n as u64) as usize
    }
}

fn rounds() -> usize {
    std::env::var("NEWSMILL_FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150)
}

fn warc_record(kind: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: https://fuzz.example/\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// Records of a small archive and the text each article must come out with
/// (`None` for records that are skipped).
fn archive(rng: &mut Rng) -> Vec<(Vec<u8>, Option<String>)> {
    let count = 3 + rng.below(6);
    (0..count)
        .map(|i| match rng.below(4) {
            0 => (
                warc_record(
                    "request",
                    "application/http; msgtype=request",
                    b"GET / HTTP/1.1\r\n\r\n",
                ),
                None,
            ),
            1 => (
                warc_record("metadata", "application/warc-fields", b"via: fuzz\r\n"),
                None,
            ),
            _ => {
                let text = format!(
                    "Article {i} of the fuzz archive, number {}.",
                    rng.next() % 1000
                );
                let body = format!("<html><body><p>{text}</p></body></html>");
                let http = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{body}"
                );
                (
                    warc_record(
                        "response",
                        "application/http; msgtype=response",
                        http.as_bytes(),
                    ),
                    Some(text),
                )
            }
        })
        .collect()
}

/// Damage `bytes` in one of the ways archives get damaged.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    if bytes.is_empty() {
        return;
    }
    match rng.below(6) {
        0 => {
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(bytes.len());
                bytes[at] ^= 1 << rng.below(8);
            }
        }
        1 => bytes.truncate(rng.below(bytes.len())),
        2 => {
            let at = rng.below(bytes.len());
            let garbage: Vec<u8> = (0..1 + rng.below(40)).map(|_| rng.next() as u8).collect();
            bytes.splice(at..at, garbage);
        }
        3 => {
            let start = rng.below(bytes.len());
            let end = (start + 1 + rng.below(60)).min(bytes.len());
            bytes.drain(start..end);
        }
        4 => {
            // A wrong Content-Length (shorter, longer, absurd or not a number).
            let text = String::from_utf8_lossy(bytes).into_owned();
            let replacement = ["0", "7", "99999", "18446744073709551615", "-3", "x"][rng.below(6)];
            if let Some(at) = text.find("Content-Length: ") {
                let start = at + "Content-Length: ".len();
                let end = start + text[start..].find('\r').unwrap_or(0);
                bytes.splice(start..end, replacement.bytes());
            }
        }
        _ => {
            let at = rng.below(bytes.len());
            bytes.splice(at..at, b"\r\nWARC/1.0\r\n".iter().copied());
        }
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

struct Outcome {
    texts: Vec<String>,
    items: u64,
}

fn read(path: &PathBuf) -> Outcome {
    let options = IngestOptions {
        max_record_bytes: 4096,
        ..IngestOptions::default()
    };
    let mut records = Records::open(std::slice::from_ref(path), options);
    let mut texts = Vec::new();
    let mut items = 0u64;
    for item in records.by_ref() {
        items += 1;
        assert!(items < 100_000, "the reader does not stop");
        if let Ok(record) = item {
            texts.push(record.text.trim().to_string());
        }
    }
    Outcome {
        texts,
        items: items + records.stats().skipped_total(),
    }
}

/// Items (articles, failures, skips) of `bytes` read by the in-memory reader.
fn items_in_memory(bytes: &[u8], name: &str) -> u64 {
    let mut reader = WarcReader::from_bytes(bytes.to_vec(), name.into(), name.into(), 4096);
    let mut items = 0u64;
    while reader.next_item().is_some() {
        items += 1;
        assert!(items < 100_000, "the reader does not stop");
    }
    items
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsmill-warc-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn damage_to_one_record_costs_no_other() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..rounds() {
        let records = archive(&mut rng);
        let damaged = rng.below(records.len());
        let gzipped = round % 2 == 1;
        let mut file = Vec::new();
        for (i, (bytes, _)) in records.iter().enumerate() {
            let mut piece = if gzipped { gzip(bytes) } else { bytes.clone() };
            if i == damaged {
                mutate(&mut rng, &mut piece);
            }
            file.extend_from_slice(&piece);
        }
        let name = if gzipped { "case.warc.gz" } else { "case.warc" };
        let outcome = read(&temp_file(name, &file));
        let survivors: Vec<&String> = records
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != damaged)
            .filter_map(|(_, (_, text))| text.as_ref())
            .collect();
        for text in &survivors {
            assert!(
                outcome.texts.contains(text),
                "round {round} ({name}, record {damaged} damaged): {text:?} lost; read {:?}",
                outcome.texts
            );
        }
        // Every undamaged record gave one item (article or skip); the damaged one at least zero.
        assert!(outcome.items >= records.len() as u64 - 1, "round {round}");
    }
}

#[test]
fn random_bytes_and_damaged_streams_never_panic() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for round in 0..rounds() {
        let bytes: Vec<u8> = match round % 3 {
            0 => (0..rng.below(3000)).map(|_| rng.next() as u8).collect(),
            1 => {
                // A whole-file gzip stream, damaged anywhere.
                let plain: Vec<u8> = archive(&mut rng).into_iter().flat_map(|(b, _)| b).collect();
                let mut packed = gzip(&plain);
                mutate(&mut rng, &mut packed);
                packed
            }
            _ => {
                let mut plain: Vec<u8> =
                    archive(&mut rng).into_iter().flat_map(|(b, _)| b).collect();
                for _ in 0..1 + rng.below(3) {
                    mutate(&mut rng, &mut plain);
                }
                plain
            }
        };
        for name in ["random.warc", "random.warc.gz"] {
            let outcome = read(&temp_file(name, &bytes));
            assert!(outcome.items <= bytes.len() as u64 + 1, "round {round}");
            // The same bytes handed over in memory read as the file does.
            assert_eq!(
                items_in_memory(&bytes, name),
                outcome.items,
                "round {round} {name}"
            );
        }
        // Without a name that tells the compression, the bytes tell it.
        let unnamed = items_in_memory(&bytes, "part-00000");
        assert!(unnamed <= bytes.len() as u64 + 1, "round {round}");
    }
}
