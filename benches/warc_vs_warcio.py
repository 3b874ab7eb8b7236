#!/usr/bin/env python3
"""WARC reading: newsmill against warcio, on the 80 cleaning-dev pages.

1. Writes, with warcio, a WARC (one gzip member per record) holding the 80
   `../shared/data/cleaning-dev/html/*.html.gz` pages as HTTP responses, each
   after its request record, plus records that are not articles (warcinfo,
   metadata, a redirect, an image, a 404, a PDF resource).
2. Checks that `newsmill clean` reads exactly 80 articles from it, with the
   same clean text as `newsmill clean` on the `.html.gz` files themselves.
3. Times, on one core (taskset), the same larger WARC (the pages repeated
   REPEAT times), gzipped (one member per record) and uncompressed:
   - warcio's ArchiveIterator reading every record's payload through
     content_stream(), timed inside Python around the reading loop (so
     without the interpreter's start and imports), and as a whole process;
   - newsmill's ingestion alone (WARC records, HTTP, de-chunking and
     decompression, charset decoding to a String per article, no HTML to
     text: the `warc_documents` example of crates/ingest), as a whole process;
   - newsmill's fuller ingestion (the same plus HTML flattened to text, as
     `newsmill run` reads: the `ingest_only` example), as a whole process.
   Each runs RUNS times; the best time counts. The headline ratio is warcio's
   reading loop over newsmill's whole process (the strictest pairing).

`--write-warc FILE` only writes the one-copy WARC (used by a cargo test).

Usage: python3 benches/warc_vs_warcio.py [REPEAT] [RUNS]   (from the repository root;
needs `pip install warcio`; builds the binary and the two examples itself, into
$CARGO_TARGET_DIR when set). Exits non-zero when a check fails.
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
    run(["cargo", "build", "--release", "--quiet", "-p", "newsmill-ingest",
         "--example", "ingest_only", "--example", "warc_documents"], cwd=ROOT)
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    release = os.path.join(os.path.abspath(target), "release")
    return (
        os.path.join(release, "newsmill"),
        os.path.join(release, "examples", "ingest_only"),
        os.path.join(release, "examples", "warc_documents"),
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


def time_warcio(one_core, path, runs):
    """(best reading-loop seconds inside Python, best whole-process seconds)."""
    loops, processes = [], []
    for _ in range(runs):
        started = time.perf_counter()
        out = run(one_core + [sys.executable, os.path.abspath(__file__), "--warcio-only", path])
        processes.append(time.perf_counter() - started)
        loops.append(float(out.stdout.split()[0]))
    return min(loops), min(processes)


def main():
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    pages = load_pages()
    newsmill, ingest_only, documents = cargo_build()
    work = tempfile.mkdtemp(prefix="newsmill-warc-bench-")
    try:
        problems = check_same_text(newsmill, work, pages)
        big = os.path.join(work, "bench.warc.gz")
        write_warc(big, pages, repeat)
        plain = os.path.join(work, "bench.warc")
        with gzip.open(big) as source, open(plain, "wb") as out:
            shutil.copyfileobj(source, out, 1 << 20)
        responses = repeat * len(pages)
        print(f"timing: {responses} HTML responses among {repeat * (2 * len(pages) + 5) + 1} records, "
              f"{os.path.getsize(plain) / 1e6:.1f} MB uncompressed, one core (taskset -c 0), best of {runs}")
        one_core = ["taskset", "-c", "0"] if shutil.which("taskset") else []
        for label, path in (("gzipped .warc.gz", big), ("uncompressed .warc", plain)):
            print(f"{label} ({os.path.getsize(path) / 1e6:.1f} MB):")
            warcio_loop, warcio_process = time_warcio(one_core, path, runs)
            alone = best_of(runs, lambda: run(one_core + [documents, path]))
            fuller = best_of(runs, lambda: run(one_core + [ingest_only, path]))
            summary = run(one_core + [documents, path]).stdout.strip()
            print(f"  warcio ArchiveIterator, payloads read: {warcio_loop:.3f} s reading "
                  f"({warcio_process:.3f} s as a process, with Python's start and imports)")
            print(f"  newsmill ingestion alone (WARC + HTTP + gzip + charset to String): {alone:.3f} s ({summary})")
            print(f"  newsmill ingestion with HTML to text (as `newsmill run` reads): {fuller:.3f} s")
            print(f"  ratio, ingestion alone: {warcio_loop / alone:.1f}x "
                  f"(warcio reading / newsmill process; process / process {warcio_process / alone:.1f}x)")
            print(f"  ratio, with HTML to text: {warcio_loop / fuller:.1f}x "
                  f"(process / process {warcio_process / fuller:.1f}x)")
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
        started = time.perf_counter()
        warcio_read(sys.argv[2])
        print(f"{time.perf_counter() - started:.6f}")
        sys.exit(0)
    if len(sys.argv) == 3 and sys.argv[1] == "--write-warc":
        # For the cargo test `crates/ingest/tests/warcio_dev.rs`.
        write_warc(sys.argv[2], load_pages(), 1)
        sys.exit(0)
    sys.exit(main())
