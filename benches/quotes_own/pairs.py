"""Quotation-mark pairing shared by the annotation builder and its viewer.

Kept apart from newsmill's own rules on purpose: the annotation must not
inherit the extractor's mistakes, so the pairing here is the plain reading
of the annotation rules (paragraph by paragraph; a quote left open at the
paragraph end runs to that end).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..'))
SHARED = os.path.normpath(os.path.join(REPO, '..', 'shared'))
GOLD_DIR_REL = 'data/cleaning-dev/gold'
QUOTES_DEV = os.path.join(SHARED, 'data', 'quotes-dev', 'gold.jsonl')

DQ = {'"', '\u201c', '\u201d'}

# Pages of cleaning-dev that are not English (newsmill does not extract
# quotes from them); decided by reading each page.
NOT_ENGLISH = {
    'shub-0ec95c7261d122f3', 'shub-11ea381ad92b5448', 'shub-9da36ae4714bfccc',
    'shub-b3c19dd5f0612d09', 'shub-c4a3637c6696f238', 'shub-cc03ddb5ef7d5f1f',
    'shub-f6ac15a4d9851139',
}


def read_text(aid):
    with open(os.path.join(SHARED, GOLD_DIR_REL, aid + '.txt'), encoding='utf-8') as fh:
        return fh.read()


def article_ids():
    """English cleaning-dev articles not in quotes-dev, sorted by id."""
    with open(QUOTES_DEV, encoding='utf-8') as fh:
        taken = {json.loads(line)['id'] for line in fh if line.strip()}
    ids = sorted(f[:-4] for f in os.listdir(os.path.join(SHARED, GOLD_DIR_REL)) if f.endswith('.txt'))
    return [i for i in ids if i not in taken and i not in NOT_ENGLISH]


def split(ids):
    """Every third article (positions 2, 5, 8, ... of the sorted list) is held out."""
    dev = [a for k, a in enumerate(ids) if k % 3 != 2]
    held = [a for k, a in enumerate(ids) if k % 3 == 2]
    return dev, held


def auto_spans(t):
    """(start, end) of every double-quoted span, code-point offsets, marks excluded."""
    out = []
    pos = 0
    for para in t.split('\n'):
        base = pos
        pos += len(para) + 1
        open_at = None
        for j, c in enumerate(para):
            if c not in DQ:
                continue
            if open_at is None:
                open_at = (c, j)
            elif c == '\u201c' and open_at[0] == '\u201c':
                # a second left mark before any close: the first quote lost
                # its closing mark; restart at the new one
                out.append((base + open_at[1] + 1, base + j))
                open_at = (c, j)
            else:
                out.append((base + open_at[1] + 1, base + j))
                open_at = None
        if open_at is not None:
            out.append((base + open_at[1] + 1, base + len(para)))
    res = []
    for a, b in out:
        while a < b and t[a].isspace():
            a += 1
        while b > a and t[b - 1].isspace():
            b -= 1
        if b > a:
            res.append((a, b))
    return res
