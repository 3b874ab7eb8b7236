"""Web archives written here from a generated dump: every record an HTML
page in an HTTP response, with the records a crawl also holds (requests, a
redirect, an image, a damaged member), spread over a folder as crawls
leave them.

As a script, for benchmarks: ``python3 warcs.py DUMP.jsonl FOLDER FILES``
writes the dump's records as FILES ``.warc.gz`` files (one gzip member per
record, a request before each response, as Common Crawl writes them).
"""

import gzip
import html
import json
from pathlib import Path
from typing import List, Tuple

DATE = "2025-03-01T10:00:00Z"


def warc_record(kind: str, uri: str, content_type: str, block: bytes, number: int) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
        f"WARC-Date: {DATE}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def page_of(record: dict) -> bytes:
    title = html.escape(record.get("title") or "")
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in record["text"].split("\n"))
    return f"<!doctype html><html><head><meta charset=utf-8><title>{title}</title></head><body>\n{paragraphs}</body></html>".encode()


def crawl_of(records: List[dict], start: int) -> List[bytes]:
    """A request and a response for each record."""
    out = []
    for n, record in enumerate(records, start=start):
        uri = record.get("url") or f"https://news.example/{n}"
        request = b"GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"
        out.append(warc_record("request", uri, "application/http; msgtype=request", request, 2 * n))
        body = page_of(record)
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
        out.append(warc_record("response", uri, "application/http; msgtype=response", http, 2 * n + 1))
    return out


def records_of(dump: Path) -> List[dict]:
    """The dump's records that have text (malformed lines left out)."""
    records = []
    with open(dump, encoding="utf-8") as lines:
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("text"), str) and record["text"].strip():
                records.append(record)
    return records


def write_archives(dump: Path, folder: Path, files: int) -> int:
    """The dump's records as ``files`` gzipped web archives; returns how
    many pages."""
    records = records_of(dump)
    folder.mkdir(parents=True, exist_ok=True)
    size = -(-len(records) // files)
    for index in range(files):
        part = records[index * size : (index + 1) * size]
        members = (gzip.compress(r, 6) for r in crawl_of(part, index * size))
        with open(folder / f"crawl-{index:05d}.warc.gz", "wb") as out:
            for member in members:
                out.write(member)
    return len(records)


def write_warc_folder(dump: Path, folder: Path) -> Tuple[int, int]:
    """Four archives under ``folder`` (``a/crawl.warc.gz`` one gzip member
    per record, ``b [1].warc`` plain, ``c.warc.gz`` with a truncated member,
    ``_late/extra.warc`` with pages that ``a/`` repeats), plus a hidden folder
    and files that are not articles. Returns (pages, damaged records)."""
    records = records_of(dump)
    third = len(records) // 3
    parts = [records[:third], records[third : 2 * third], records[2 * third :]]
    (folder / "a").mkdir(parents=True)
    first = crawl_of(parts[0], 0)
    first.insert(3, warc_record("response", "https://news.example/old", "application/http; msgtype=response",
                                b"HTTP/1.1 301 Moved Permanently\r\nLocation: /new\r\n\r\n", 900001))
    first.append(warc_record("response", "https://news.example/logo.png", "application/http; msgtype=response",
                             b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n", 900002))
    (folder / "a" / "crawl.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in first))
    # A name Hadoop would read as a pattern, and a space.
    (folder / "b [1].warc").write_bytes(b"".join(crawl_of(parts[1], 10000)))
    members = [gzip.compress(r) for r in crawl_of(parts[2], 20000)]
    truncated = gzip.compress(warc_record("response", "https://news.example/cut", "application/http; msgtype=response",
                                          b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>" + b"cut " * 400, 900003))
    members.insert(5, truncated[: len(truncated) // 2])
    (folder / "c.warc.gz").write_bytes(b"".join(members))
    # Folders starting with "_" are walked (and come first: "_" sorts
    # before letters, so the pages of "a/" that repeat them are the copies);
    # hidden ones are one skipped entry.
    (folder / "_late").mkdir()
    (folder / "_late" / "extra.warc").write_bytes(b"".join(crawl_of(parts[0][:5], 30000)))
    (folder / ".cache").mkdir()
    (folder / ".cache" / "old.warc").write_bytes(b"".join(crawl_of(parts[0][:2], 40000)))
    (folder / "_SUCCESS").write_bytes(b"")
    (folder / "crawl-notes.csv").write_text("file,pages\n", encoding="utf-8")
    (folder / ".crawler-state").write_text("{}", encoding="utf-8")
    return len(records), 1


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 4:
        sys.exit("usage: warcs.py DUMP.jsonl FOLDER FILES")
    pages = write_archives(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
    print(f"{pages} pages in {sys.argv[3]} web archives under {sys.argv[2]}")
