#!/usr/bin/env python3
"""WARC reading: newsmill against warcio, on the 80 cleaning-dev pages.

1. Writes, with warcio, a WARC (one gzip member per record) holding the 80
   `../shared/data/cleaning-dev/html/*.html.gz` pages as HTTP responses, each
   after its request record, plus records that are not articles (warcinfo,
   metadata, a redirect, an image, a 404, a PDF resource).
2. Checks that `newsmill clean` reads exactly 80 articles from it, with the
   same clean text as `newsmill clean` on the `.html.gz` files themselves.
3. Times, on one core (taskset), the same larger WARC (the pages repeated
   REPEAT times) read by warcio's ArchiveIterator (every payload read through
   content_stream) and by newsmill's ingestion alone (WARC parsing, HTTP,
   charset decoding and HTML flattening: the `ingest_only` example). Each
   reader runs RUNS times; the best time counts. Prints both and the ratio.

`--write-warc FILE` only writes the one-copy WARC (used by a cargo test).

Usage: python3 benches/warc_vs_warcio.py [REPEAT] [RUNS]   (from the repository root;
needs `pip install warcio` and `cargo build --release --bin newsmill --example ingest_only -p ...`,
which the script runs itself). Exits non-zero when a check fails.
"""

import glob
import gzip
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time

try:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
except ImportError:
    sys.exit("warcio is missing: pip install warcio")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = os.path.join(ROOT, "..", "shared", "data", "cleaning-dev", "html")


def write_warc(path, pages, repeat):
    """The pages (REPEAT times, distinct URLs) and the non-article records."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record("bench.warc.gz", {"software": "warcio"}))
        for round_ in range(repeat):
            for name, html in pages:
                url = f"https://cleaning-dev.example/{round_}/{name}"
                request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "cleaning-dev.example")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
                headers = StatusAndHeaders(
                    "200 OK",
                    [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(html)))],
                    protocol="HTTP/1.1",
                )
                writer.write_record(
                    writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers)
                )
            extras = [
                ("301 Moved Permanently", [("Location", "https://cleaning-dev.example/")], b""),
                ("200 OK", [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n" + bytes(200)),
                ("404 Not Found", [("Content-Type", "text/html")], b"<html><body>not here</body></html>"),
            ]
            for i, (status, fields, body) in enumerate(extras):
                headers = StatusAndHeaders(status, fields, protocol="HTTP/1.1")
                writer.write_record(
                    writer.create_warc_record(
                        f"https://cleaning-dev.example/{round_}/extra{i}", "response",
                        payload=io.BytesIO(body), http_headers=headers,
                    )
                )
            writer.write_record(
                writer.create_warc_record(
                    f"https://cleaning-dev.example/{round_}/meta", "metadata",
                    payload=io.BytesIO(b"via: bench\r\n"), warc_content_type="application/warc-fields",
                )
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://cleaning-dev.example/{round_}/doc.pdf", "resource",
                    payload=io.BytesIO(b"%PDF-1.4\n%bench\n"), warc_content_type="application/pdf",
                )
            )


def run(args, **kwargs):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)


def cargo_build():
    run(["cargo", "build", "--release", "--quiet", "--bin", "newsmill"], cwd=ROOT)
    run(["cargo", "build", "--release", "--quiet", "-p", "newsmill-ingest", "--example", "ingest_only"], cwd=ROOT)
    return (
        os.path.join(ROOT, "target", "release", "newsmill"),
        os.path.join(ROOT, "target", "release", "examples", "ingest_only"),
    )


def check_same_text(newsmill, work, pages):
    warc = os.path.join(work, "dev.warc.gz")
    write_warc(warc, pages, 1)
    from_warc = os.path.join(work, "from_warc")
    from_html = os.path.join(work, "from_html")
    out_warc = run([newsmill, "clean", warc, "--out-dir", from_warc, "--no-template-learning"])
    run([newsmill, "clean", PAGES, "--out-dir", from_html, "--no-template-learning"])
    # newsmill names a WARC record's file after its id, `<file>@<member offset>`.
    offsets = {}
    with open(warc, "rb") as stream:
        iterator = ArchiveIterator(stream)
        for record in iterator:
            if record.rec_type == "response":
                name = record.rec_headers.get_header("WARC-Target-URI").rsplit("/", 1)[1]
                offsets[name] = iterator.get_record_offset()
    written = sorted(os.listdir(from_warc))
    print(f"articles read from the WARC: {len(written)} ({out_warc.stderr.strip()})")
    problems = []
    if len(written) != len(pages):
        problems.append(f"expected {len(pages)} articles, got {len(written)}")
    for name, _ in pages:
        stem = name[: -len(".html.gz")]
        with open(os.path.join(from_html, stem + ".txt"), encoding="utf-8") as f:
            expected = f.read()
        path = os.path.join(from_warc, f"dev.warc.gz_{offsets.get(name)}.txt")
        if not os.path.exists(path):
            problems.append(f"{name}: no article from the WARC")
            continue
        with open(path, encoding="utf-8") as f:
            if f.read() != expected:
                problems.append(f"{name}: clean text differs")
    same = len(pages) - len(problems)
    print(f"same clean text as the .html.gz files: {same} of {len(pages)}")
    return problems


def warcio_read(path):
    payload_bytes = 0
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            payload_bytes += len(record.content_stream().read())
    return payload_bytes


def best_of(runs, action):
    best = None
    for _ in range(runs):
        started = time.perf_counter()
        action()
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    pages = load_pages()
    newsmill, ingest_only = cargo_build()
    work = tempfile.mkdtemp(prefix="newsmill-warc-bench-")
    try:
        problems = check_same_text(newsmill, work, pages)
        big = os.path.join(work, "bench.warc.gz")
        write_warc(big, pages, repeat)
        size = os.path.getsize(big)
        responses = repeat * len(pages)
        print(f"timing on {big}: {size / 1e6:.1f} MB compressed, {responses} HTML responses "
              f"among {repeat * (2 * len(pages) + 5) + 1} records, one core, best of {runs}")
        one_core = ["taskset", "-c", "0"] if shutil.which("taskset") else []
        warcio_seconds = best_of(runs, lambda: run(
            one_core + [sys.executable, os.path.abspath(__file__), "--warcio-only", big]))
        newsmill_seconds = best_of(runs, lambda: run(one_core + [ingest_only, big]))
        summary = run(one_core + [ingest_only, big]).stdout.strip()
        print(f"warcio ArchiveIterator, payloads read: {warcio_seconds:.2f} s")
        print(f"newsmill ingestion (WARC + HTTP + charset + HTML to text): {newsmill_seconds:.2f} s ({summary})")
        print(f"speed ratio (warcio seconds / newsmill seconds): {warcio_seconds / newsmill_seconds:.2f}")
        for problem in problems:
            print("FAIL:", problem)
        return 1 if problems else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def load_pages():
    names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(PAGES, "*.html.gz")))
    if len(names) != 80:
        sys.exit(f"expected the 80 cleaning-dev pages in {PAGES}, found {len(names)}")
    pages = []
    for name in names:
        with gzip.open(os.path.join(PAGES, name)) as f:
            pages.append((name, f.read()))
    return pages


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--warcio-only":
        warcio_read(sys.argv[2])
        sys.exit(0)
    if len(sys.argv) == 3 and sys.argv[1] == "--write-warc":
        # For the cargo test `crates/ingest/tests/warcio_dev.rs`.
        write_warc(sys.argv[2], load_pages(), 1)
        sys.exit(0)
    sys.exit(main())
