#!/usr/bin/env python3
"""The HTML extractor on 110 real pages of sites it was never written
against: the whole `tests/cache` folder of trafilatura 0.9.3's source
archive (news, blogs, shops, institutions; mostly German, English and
French), fetched from the Python package index by
quotes_pages/texts.py into target/bench-data/ and checked by SHA-256.

There is no gold text for these pages. What is measured is agreement:
the benchmark's 4-token shingle F1 of `newsmill clean` against
trafilatura 2.3.1's `extract(include_comments=False)` (pinned in
quotes_pages/texts.py), page by page. Agreement is not accuracy, but a
page where the two differ widely is a page to look at: one of them took
the wrong block, or none. The pages are split once, by sorted file name:
even positions (from 0) are dev (may be looked at), odd ones held (only
counted).

usage: benches/html_pages.py [--pages] [--text] [NEWSMILL_BIN]
       (default binary: target/release/newsmill; --pages lists each dev
       page's precision, recall, F1 and word counts, worst first; --text cleans each
       page's naive text instead, built by benches/naive_text.py as the
       cleaning benchmark builds its inputs: the text cleaner's path)
"""
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, 'quotes_pages'))
sys.path.insert(0, os.path.join(REPO, '..', 'shared', 'tools'))
import texts  # noqa: E402
import clean_score  # noqa: E402

ARCHIVE = 'trafilatura-0.9.3.tar.gz'
LOW_F1 = 0.3

_REFERENCE = '''
import sys, json, os, trafilatura
src, out = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    with open(os.path.join(src, name), "rb") as fh:
        text = trafilatura.extract(fh.read(), include_comments=False) or ""
    with open(os.path.join(out, name[:-5] + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
'''


def pages(dest):
    """Write every cached page of the archive into `dest`; their file names."""
    texts.fetch_archives()
    names = []
    with tarfile.open(os.path.join(texts.CACHE, ARCHIVE)) as tar:
        for member in tar.getmembers():
            parts = member.name.split('/')
            if len(parts) == 4 and parts[1:3] == ['tests', 'cache'] and parts[3].endswith('.html'):
                with open(os.path.join(dest, parts[3]), 'wb') as fh:
                    fh.write(tar.extractfile(member).read())
                names.append(parts[3][:-5])
    return sorted(names)


def f1_row(ref, ours):
    """Precision, recall, F1 of `ours` against `ref`, and both texts' word counts."""
    tp, fp, fn = clean_score.page_counts(ref, ours, 4)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), len(ours.split()), len(ref.split())


def main():
    args = sys.argv[1:]
    show = '--pages' in args
    as_text = '--text' in args
    args = [a for a in args if a not in ('--pages', '--text')]
    binary = args[0] if args else os.path.join(REPO, 'target', 'release', 'newsmill')
    with tempfile.TemporaryDirectory() as tmp:
        html, ref, ours = (os.path.join(tmp, d) for d in ('html', 'ref', 'ours'))
        for d in (html, ref, ours):
            os.makedirs(d)
        names = pages(html)
        subprocess.run([texts.extractor_python(), '-c', _REFERENCE, html, ref], check=True)
        inputs = html
        if as_text:
            inputs = os.path.join(tmp, 'naive')
            subprocess.run([sys.executable, os.path.join(HERE, 'naive_text.py'), html, inputs],
                           check=True, stdout=subprocess.DEVNULL)
        subprocess.run([binary, 'clean', inputs, '--out-dir', ours, '--no-template-learning'],
                       check=True, stderr=subprocess.DEVNULL)
        rows = {}
        for name in names:
            with open(os.path.join(ref, name + '.txt'), encoding='utf-8') as fh:
                r = fh.read()
            path = os.path.join(ours, name + '.txt')
            o = open(path, encoding='utf-8').read() if os.path.exists(path) else ''
            rows[name] = f1_row(r, o)
    parts = {'dev': names[0::2], 'held': names[1::2], 'all': names}
    for part, members in parts.items():
        f1s = [rows[n][2] for n in members]
        low = sum(f < LOW_F1 for f in f1s)
        print(f'{part:5} pages={len(members):3}  mean F1 {statistics.mean(f1s):.3f}  '
              f'median {statistics.median(f1s):.3f}  below {LOW_F1}: {low}')
    if show:
        for name in sorted(parts['dev'], key=lambda n: rows[n][2]):
            p, r, f, ours_words, ref_words = rows[name]
            print(f'  {f:.2f}  P {p:.2f}  R {r:.2f}  words {ours_words:5} (reference {ref_words:5})  {name}')


if __name__ == '__main__':
    main()
