//! Web archives built here, byte by byte: records, skips, charsets and every
//! kind of damage, each accounted for.

use flate2::write::GzEncoder;
use newsmill_ingest::{IngestOptions, IngestStats, Records, WarcItem, WarcReader};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A tiny WARC writer: one record is a few header lines and a block.
fn warc_record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{kind}-{}>\r\nWARC-Date: 2025-03-01T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        uri.len(),
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http_response(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n{headers}\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

fn response(uri: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let http = http_response("200 OK", &format!("Content-Type: {content_type}\r\n"), body);
    warc_record("response", uri, "application/http; msgtype=response", &http)
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// The mixed archive most tests read: 2 articles, 5 skips.
fn mixed_records() -> Vec<Vec<u8>> {
    vec![
        warc_record("warcinfo", "", "application/warc-fields", b"software: test\r\n"),
        warc_record(
            "request",
            "https://news.example.org/a",
            "application/http; msgtype=request",
            b"GET /a HTTP/1.1\r\nHost: news.example.org\r\n\r\n",
        ),
        response(
            "https://news.example.org/a",
            "text/html; charset=utf-8",
            "<html lang=en><title>Harbour reopens</title><p>The harbour reopened on Monday after repairs.</p></html>".as_bytes(),
        ),
        warc_record(
            "response",
            "https://news.example.org/old",
            "application/http; msgtype=response",
            &http_response("301 Moved Permanently", "Location: /new\r\n", b""),
        ),
        response("https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
        response(
            "https://news.example.ru/b",
            "text/html; charset=windows-1251",
            b"<html><title>\xcd\xee\xe2\xee\xf1\xf2\xe8</title><p>\xc4\xee\xe6\xe4\xfc \xe8\xe4\xb8\xf2</p></html>",
        ),
        warc_record("metadata", "https://news.example.org/a", "application/warc-fields", b"via: x\r\n"),
    ]
}

struct Read {
    ok: Vec<newsmill_ingest::Record>,
    failures: Vec<newsmill_ingest::Failure>,
    stats: IngestStats,
}

fn read(path: &Path, limit: u64) -> Read {
    let options = IngestOptions {
        max_record_bytes: limit,
        ..IngestOptions::default()
    };
    let mut records = Records::open(&[path.to_path_buf()], options);
    let (mut ok, mut failures) = (Vec::new(), Vec::new());
    for item in records.by_ref() {
        match item {
            Ok(record) => ok.push(record),
            Err(failure) => failures.push(failure),
        }
    }
    Read {
        ok,
        failures,
        stats: records.stats(),
    }
}

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsmill-warc-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn assert_mixed(read: &Read, name: &str) {
    assert!(read.failures.is_empty(), "{name}: {:?}", read.failures);
    assert_eq!(read.ok.len(), 2, "{name}");
    let english = &read.ok[0];
    assert_eq!(english.title.as_deref(), Some("Harbour reopens"));
    assert!(english.text.contains("The harbour reopened on Monday"));
    assert_eq!(english.url.as_deref(), Some("https://news.example.org/a"));
    assert_eq!(english.meta["http_status"], 200);
    assert_eq!(english.meta["warc_date"], "2025-03-01T10:00:00Z");
    assert_eq!(english.meta["html_lang"], "en");
    assert!(english
        .html
        .as_deref()
        .is_some_and(|h| h.contains("<p>The harbour")));
    let russian = &read.ok[1];
    assert_eq!(russian.title.as_deref(), Some("Новости"));
    assert!(russian.text.contains("Дождь идёт"), "{}", russian.text);
    assert_eq!(russian.meta["encoding"], "windows-1251");
    assert_eq!(russian.meta["encoding_source"], "http");
    let skipped: Vec<(&str, u64)> = read
        .stats
        .skipped_records
        .iter()
        .map(|(k, v)| (k.as_str(), *v))
        .collect();
    assert_eq!(
        skipped,
        [
            ("metadata", 1),
            ("non_html", 1),
            ("redirect", 1),
            ("request", 1),
            ("warcinfo", 1)
        ],
        "{name}"
    );
}

#[test]
fn plain_member_per_record_single_stream_and_zstd_archives_read_alike() {
    let records = mixed_records();
    let plain: Vec<u8> = records.concat();
    let per_member: Vec<u8> = records.iter().flat_map(|r| gzip(r)).collect();
    let single = gzip(&plain);
    let zstd =
        ruzstd::encoding::compress_to_vec(&plain[..], ruzstd::encoding::CompressionLevel::Fastest);
    for (name, bytes) in [
        ("a.warc", plain.clone()),
        ("b.warc.gz", per_member),
        ("c.warc.gz", single),
        ("d.warc.zst", zstd),
    ] {
        let read = read(&temp(name, &bytes), 1 << 20);
        assert_mixed(&read, name);
    }
    // Ids carry the byte offset of the record (of its member, when gzipped).
    let read = read(&temp("a.warc", &plain), 1 << 20);
    let offset: usize = records[..2].iter().map(Vec::len).sum();
    assert_eq!(read.ok[0].id, format!("a.warc@{offset}"));
    assert_eq!(read.ok[0].meta["warc_offset"], offset as u64);
}

#[test]
fn ids_in_a_gzip_archive_name_member_offsets() {
    let records = mixed_records();
    let members: Vec<Vec<u8>> = records.iter().map(|r| gzip(r)).collect();
    let offset: usize = members[..2].iter().map(Vec::len).sum();
    let read = read(&temp("ids.warc.gz", &members.concat()), 1 << 20);
    assert_eq!(read.ok[0].id, format!("ids.warc.gz@{offset}"));
    let single = read_single();
    assert!(
        single.ok[0].id.starts_with("one.warc.gz@0+"),
        "{}",
        single.ok[0].id
    );
}

fn read_single() -> Read {
    read(
        &temp("one.warc.gz", &gzip(&mixed_records().concat())),
        1 << 20,
    )
}

/// The mixed archive, one member per record, with five damaged members
/// between them; and what each damage is and where it starts.
fn damaged_gzip_archive() -> (Vec<u8>, Vec<(&'static str, usize)>) {
    let records = mixed_records();
    let good: Vec<Vec<u8>> = records.iter().map(|r| gzip(r)).collect();
    let english = response(
        "https://x.example/e",
        "text/html",
        b"<p>Extra page one.</p>",
    );
    let mut truncated = gzip(&english);
    truncated.truncate(truncated.len() / 2);
    let mut flipped = gzip(&response(
        "https://x.example/f",
        "text/html",
        b"<p>Extra page two.</p>",
    ));
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0xFF;
    let bad_header =
        gzip(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nxx\r\n\r\n");
    let wrong_length = {
        let mut record = response(
            "https://x.example/g",
            "text/html",
            b"<p>Extra page three.</p>",
        );
        let text =
            String::from_utf8_lossy(&record).replace("Content-Length: ", "Content-Length: 9");
        record = text.into_bytes();
        gzip(&record)
    };
    let mut bytes = Vec::new();
    let mut expected_failures = Vec::new();
    for (i, member) in good.iter().enumerate() {
        bytes.extend_from_slice(member);
        match i {
            1 => {
                expected_failures.push(("truncated", bytes.len()));
                bytes.extend_from_slice(&truncated);
            }
            2 => {
                expected_failures.push(("garbage", bytes.len()));
                bytes.extend_from_slice(b"this is not gzip at all");
            }
            3 => {
                expected_failures.push(("flipped", bytes.len()));
                bytes.extend_from_slice(&flipped);
            }
            4 => {
                expected_failures.push(("bad header", bytes.len()));
                bytes.extend_from_slice(&bad_header);
            }
            5 => {
                expected_failures.push(("wrong length", bytes.len()));
                bytes.extend_from_slice(&wrong_length);
            }
            _ => {}
        }
    }
    (bytes, expected_failures)
}

#[test]
fn damaged_members_cost_one_failure_each_and_reading_goes_on() {
    let (bytes, expected_failures) = damaged_gzip_archive();
    let read = read(&temp("damaged.warc.gz", &bytes), 1 << 20);
    assert_mixed(
        &Read {
            ok: read.ok.clone(),
            failures: Vec::new(),
            stats: read.stats.clone(),
        },
        "damaged",
    );
    let failures: Vec<(String, String)> = read
        .failures
        .iter()
        .map(|f| (f.id.clone(), f.error.to_string()))
        .collect();
    assert_eq!(failures.len(), expected_failures.len(), "{failures:#?}");
    for ((id, reason), (what, offset)) in failures.iter().zip(&expected_failures) {
        assert_eq!(id, &format!("damaged.warc.gz@{offset}"), "{what}: {reason}");
        assert!(
            reason.contains(&format!("byte {offset}")),
            "{what}: {reason}"
        );
    }
    // Every record is accounted for: 2 articles + 5 skipped + 5 damaged.
    let skipped = read.stats.skipped_total();
    assert_eq!(read.stats.records + read.stats.failures + skipped, 12);
}

#[test]
fn damage_in_a_plain_archive_is_found_again_at_the_next_record() {
    let records = mixed_records();
    let mut bytes = records[..3].concat();
    let truncated_at = bytes.len();
    let english = response("https://x.example/e", "text/html", b"<p>Extra.</p>");
    bytes.extend_from_slice(&english[..english.len() / 2]);
    bytes.extend_from_slice(&records[3..].concat());
    let read = read(&temp("damaged.warc", &bytes), 1 << 20);
    assert_eq!(read.ok.len(), 2);
    assert_eq!(read.failures.len(), 1, "{:?}", read.failures);
    assert_eq!(read.failures[0].id, format!("damaged.warc@{truncated_at}"));
    assert_eq!(read.stats.skipped_total(), 5);
}

#[test]
fn oversized_records_and_bombs_are_failures_with_bounded_work() {
    let records = mixed_records();
    let big_page = format!("<p>{}</p>", "word ".repeat(50_000));
    let big = response("https://x.example/big", "text/html", big_page.as_bytes());
    let absurd =
        String::from_utf8_lossy(&response("https://x.example/z", "text/html", b"<p>z</p>"))
            .replace("Content-Length: ", "Content-Length: 99999999999999")
            .into_bytes();
    let bomb_body = gzip(&vec![b' '; 5_000_000]);
    let bomb = warc_record(
        "response",
        "https://x.example/bomb",
        "application/http; msgtype=response",
        &http_response(
            "200 OK",
            "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
            &bomb_body,
        ),
    );
    let bytes = [
        records[..3].concat(),
        big,
        absurd,
        bomb,
        records[3..].concat(),
    ]
    .concat();
    for (name, file) in [("big.warc", bytes.clone()), ("big.warc.gz", gzip(&bytes))] {
        let read = read(&temp(name, &file), 100_000);
        assert_eq!(read.ok.len(), 2, "{name}");
        let kinds: Vec<&str> = read.failures.iter().map(|f| f.error.kind()).collect();
        assert_eq!(kinds, ["too_large", "too_large", "too_large"], "{name}");
        assert_eq!(read.stats.skipped_total(), 5, "{name}");
    }
    // A member whose record is followed by endless blank lines: the member
    // is given up after the record limit, and the next member is read.
    let mut blank_bomb = records[2].clone();
    blank_bomb.extend(std::iter::repeat_n(b'\n', 3_000_000));
    let bytes = [gzip(&blank_bomb), gzip(&records[5])].concat();
    let read_bomb = read(&temp("blank.warc.gz", &bytes), 100_000);
    assert_eq!(read_bomb.failures.len(), 1, "{:?}", read_bomb.failures);
    assert_eq!(read_bomb.failures[0].error.kind(), "decompress");
    assert_eq!(read_bomb.ok.len(), 1);
    assert!(read_bomb.ok[0].text.contains("Дождь"));
    assert!(
        read_bomb.stats.bytes < 1_000_000,
        "read {} bytes",
        read_bomb.stats.bytes
    );
    // A whole-file gzip stream of zeros (a bomb without records) gives up
    // after the record limit and reports one failure.
    let zeros = gzip(&vec![0u8; 5_000_000]);
    let read = read(&temp("zeros.warc.gz", &zeros), 100_000);
    assert_eq!(read.ok.len(), 0);
    assert_eq!(read.failures.len(), 1, "{:?}", read.failures);
    assert!(
        read.stats.bytes < 1_000_000,
        "read {} bytes",
        read.stats.bytes
    );
}

#[test]
fn resource_and_conversion_records_with_text_are_articles() {
    let bytes = [
        warc_record(
            "resource",
            "file:///a.html",
            "text/html",
            b"<p>Resource page text.</p>",
        ),
        warc_record(
            "conversion",
            "urn:x",
            "text/plain",
            b"Converted plain text.",
        ),
        warc_record("resource", "file:///a.pdf", "application/pdf", b"%PDF-1.4"),
        warc_record("revisit", "https://x.example/", "application/http", b""),
    ]
    .concat();
    let read = read(&temp("resources.warc", &bytes), 1 << 20);
    assert!(read.failures.is_empty(), "{:?}", read.failures);
    let texts: Vec<&str> = read.ok.iter().map(|r| r.text.trim()).collect();
    assert_eq!(texts, ["Resource page text.", "Converted plain text."]);
    assert_eq!(read.stats.skipped_records["non_html"], 1);
    assert_eq!(read.stats.skipped_records["revisit"], 1);
}

#[test]
fn chunked_and_compressed_bodies_are_decoded() {
    let page = gzip(b"<title>Chunked</title><p>Body sent in chunks.</p>");
    let mut body = Vec::new();
    for chunk in page.chunks(10) {
        body.extend_from_slice(format!("{:X}\r\n", chunk.len()).as_bytes());
        body.extend_from_slice(chunk);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(b"0\r\n\r\n");
    let http = http_response(
        "200 OK",
        "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
        &body,
    );
    let bytes = warc_record("response", "https://x.example/c", "application/http", &http);
    let read = read(&temp("chunked.warc", &bytes), 1 << 20);
    assert_eq!(read.ok.len(), 1, "{:?}", read.failures);
    assert_eq!(read.ok[0].text, "Chunked\nBody sent in chunks.\n");
}

/// Every item of a reader, as text (documents, failures and skips alike).
fn items_of(mut reader: WarcReader) -> Vec<String> {
    std::iter::from_fn(|| reader.next_item())
        .map(|item| match item {
            WarcItem::Document(page) => format!("{page:?}"),
            WarcItem::Failure(failure) => format!("{} {}", failure.id, failure.error),
            WarcItem::Skipped(kind) => kind.to_string(),
        })
        .collect()
}

#[test]
fn an_archive_in_memory_reads_as_the_same_file_does() {
    let records = mixed_records();
    let plain: Vec<u8> = records.concat();
    let per_member: Vec<u8> = records.iter().flat_map(|r| gzip(r)).collect();
    let zstd =
        ruzstd::encoding::compress_to_vec(&plain[..], ruzstd::encoding::CompressionLevel::Fastest);
    let mut damaged_plain = plain.clone();
    let cut = records[..3].iter().map(Vec::len).sum::<usize>();
    damaged_plain.splice(
        cut..cut,
        b"WARC/1.0\r\nContent-Length: x\r\n\r\n".iter().copied(),
    );
    let (damaged_gzip, _) = damaged_gzip_archive();
    for (name, bytes) in [
        ("mem.warc", plain),
        ("mem.warc.gz", per_member),
        ("mem-single.warc.gz", gzip(&records.concat())),
        ("mem.warc.zst", zstd),
        ("mem-damaged.warc", damaged_plain),
        ("mem-damaged.warc.gz", damaged_gzip),
    ] {
        let path = temp(name, &bytes);
        let path_text = path.to_string_lossy().into_owned();
        let from_file = items_of(WarcReader::open(&path, name.into(), 1 << 20).unwrap());
        assert!(from_file.len() >= 7, "{name}: {from_file:?}");
        let from_memory =
            WarcReader::from_bytes(bytes.clone(), path_text.clone(), name.into(), 1 << 20);
        assert_eq!(items_of(from_memory), from_file, "{name}");
        // A name that does not say how the bytes are compressed: the bytes do.
        let unnamed = WarcReader::from_bytes(bytes, path_text, "part-00003".into(), 1 << 20);
        let renamed: Vec<String> = items_of(unnamed)
            .iter()
            .map(|item| item.replace("part-00003@", &format!("{name}@")))
            .collect();
        assert_eq!(renamed, from_file, "{name} without its name");
        // A file saved under another name reads by `relative`'s name, or
        // else by its first bytes.
        let saved = temp(
            &format!("upload-{name}-0001"),
            &std::fs::read(&path).unwrap(),
        );
        let by_relative = items_of(WarcReader::open(&saved, name.into(), 1 << 20).unwrap());
        let by_bytes = items_of(WarcReader::open(&saved, "part-00003".into(), 1 << 20).unwrap());
        let saved_text = saved.to_string_lossy().into_owned();
        let as_original = |items: Vec<String>| -> Vec<String> {
            items
                .iter()
                .map(|item| {
                    item.replace(&saved_text, &path_text_of(&path))
                        .replace("part-00003@", &format!("{name}@"))
                })
                .collect()
        };
        assert_eq!(
            as_original(by_relative),
            from_file,
            "{name} saved as {saved_text}"
        );
        assert_eq!(
            as_original(by_bytes),
            from_file,
            "{name} saved without a name"
        );
    }
    // When the names say nothing of a web archive, the bytes decide; when
    // `relative` names one, it decides, even against the bytes.
    let zstd = ruzstd::encoding::compress_to_vec(
        &mixed_records().concat()[..],
        ruzstd::encoding::CompressionLevel::Fastest,
    );
    let saved = temp("upload-report.txt", &zstd);
    let documents = |items: &[String]| {
        items
            .iter()
            .filter(|i| i.starts_with("WarcDocument"))
            .count()
    };
    let by_bytes = items_of(WarcReader::open(&saved, "crawl.json".into(), 1 << 20).unwrap());
    assert_eq!(documents(&by_bytes), 2, "{by_bytes:?}");
    let as_named = items_of(WarcReader::open(&saved, "crawl.warc".into(), 1 << 20).unwrap());
    assert_eq!(
        documents(&as_named),
        0,
        "read as a plain archive: {as_named:?}"
    );
}

fn path_text_of(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}
