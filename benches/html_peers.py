#!/usr/bin/env python3
"""Run one peer extractor over the cleaning-dev HTML pages on this process's
core(s) and write OUT/<id>.txt; print pages/s (extraction only: pages are
read and decompressed before the clock starts).

    python3 benches/html_peers.py {trafilatura,trafilatura-precision,resiliparse} HTML_DIR OUT_DIR

Needs `pip install trafilatura resiliparse` (and `lxml_html_clean` with
lxml >= 5.2). Used by benches/html_vs_peers.sh; installs nothing itself.
"""
import gzip
import os
import sys
import time


def load(html_dir):
    pages = []
    for name in sorted(os.listdir(html_dir)):
        if not name.endswith(".html.gz"):
            continue
        with gzip.open(os.path.join(html_dir, name), "rb") as f:
            pages.append((name[: -len(".html.gz")], f.read().decode("utf-8", "replace")))
    return pages


def extractor(tool):
    if tool.startswith("trafilatura"):
        import trafilatura

        precision = tool == "trafilatura-precision"
        return lambda html: trafilatura.extract(html, favor_precision=precision) or ""
    if tool == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        return lambda html: extract_plain_text(HTMLTree.parse(html), main_content=True)
    raise SystemExit(f"unknown tool {tool}")


def main():
    tool, html_dir, out_dir = sys.argv[1:4]
    pages = load(html_dir)
    extract = extractor(tool)
    extract(pages[0][1])  # imports and lazy set-up outside the clock
    outputs = []
    start = time.perf_counter()
    for _, html in pages:
        outputs.append(extract(html))
    secs = time.perf_counter() - start
    os.makedirs(out_dir, exist_ok=True)
    for (page_id, _), text in zip(pages, outputs):
        with open(os.path.join(out_dir, page_id + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
    megabytes = sum(len(h.encode("utf-8")) for _, h in pages) / 1e6
    print(f"{tool}: {len(pages)} pages ({megabytes:.1f} MB) in {secs:.3f}s = {len(pages) / secs:.0f} pages/s, {megabytes / secs:.1f} MB/s")


if __name__ == "__main__":
    main()
