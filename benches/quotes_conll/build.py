#!/usr/bin/env python3
"""Quote annotation of real newswire: the CoNLL-2003 documents (Reuters,
1996) that hold quotation marks, every one of eng.testa, every fourth of
eng.train, ("trainb") every fourth of eng.train from the third on,
("trainc") every fourth from the second on and ("traind") every fourth
from the fourth on,
annotated by hand by the rules of ../shared/data/quotes-dev/README.md.

Texts come from ../shared at build time (texts.py); nothing of them is
stored here. Each document's quotation-mark spans (found by the plain
pairing of ../quotes_own/pairs.py) are labelled in reading order in
labels/*.py, one label per span:

    S(speaker, *aliases)   statement by a named person or organisation
    D(description, ...)    statement by a described speaker, worded as the text words it
    F(speaker=None, named=True)   fragment (title, term, scare quote, short partial quote)

usage:
    python3 build.py --show [ID ...] [--part dev|held]   print texts with numbered spans
    python3 build.py --check                             validate every label file
    python3 build.py OUT --part dev|held [--set testa|train|trainb|trainc|traind]   write OUT/<id>.txt and OUT/gold.jsonl

Fails loudly (exit 1) when a labelled document has a different number of
labels than spans, a statement has no speaker, or a speaker or alias does
not occur in its document. Documents without labels are reported and left
out of gold.jsonl.
"""
import argparse
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..', 'quotes_own'))
import texts  # noqa: E402
import span_labels  # noqa: E402


_WIRE = texts.wire_build()
S, D, F = _WIRE.S, _WIRE.D, _WIRE.F


def load_labels():
    return span_labels.load_labels(sorted(glob.glob(os.path.join(HERE, 'labels', '*.py'))),
                                   {'S': S, 'D': D, 'F': F})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out', nargs='?')
    ap.add_argument('--part', choices=('dev', 'held', 'all'), default='all')
    ap.add_argument('--set', choices=('testa', 'train', 'trainb', 'trainc', 'traind', 'all'), default='all',
                    help='documents of eng.testa, of one of the four eng.train samples, or all')
    ap.add_argument('--show', nargs='*')
    ap.add_argument('--check', action='store_true')
    args = ap.parse_args()
    docs = dict(texts.quoted_documents())
    ids = sorted(docs)
    dev, held = texts.split(ids)
    part = {'dev': dev, 'held': held, 'all': ids}[args.part]
    if args.set != 'all':
        part = [a for a in part if a.startswith(args.set + '-')]
    if args.show is not None:
        for aid in args.show or part:
            span_labels.show(aid, docs[aid])
        return
    labels, errs = load_labels()
    span_labels.build(docs, ids, part, args.part, labels, errs, args.out)


if __name__ == '__main__':
    main()
