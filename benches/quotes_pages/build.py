#!/usr/bin/env python3
"""Quote annotation of real English news pages that Python packages ship as
test data (texts.py fetches them; nothing of them is stored here),
annotated by hand by the rules of ../shared/data/quotes-dev/README.md.

Each article's quotation-mark spans (the plain pairing of
../quotes_own/pairs.py) are labelled in reading order in labels/*.py, one
label per span, with quotes_wire's constructors:

    S(speaker, *aliases)   statement by a named person or organisation
    D(description, ...)    statement by a described speaker, worded as the text words it
    F(speaker=None, named=True)   fragment (title, term, scare quote, short partial quote)

usage:
    python3 build.py --show [ID ...] [--part dev|held]   print texts with numbered spans
    python3 build.py --check [--labels FILE]             validate every label file (or one)
    python3 build.py OUT --part dev|held|all             write OUT/<id>.txt and OUT/gold.jsonl

Fails (exit 1) when a labelled article has a different number of labels
than spans, a statement has no speaker, or a speaker or alias does not
occur in its article. Articles without labels are reported and left out.
"""
import argparse
import glob
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..', 'quotes_own'))
import texts  # noqa: E402
import span_labels  # noqa: E402


def _label_constructors():
    spec = importlib.util.spec_from_file_location(
        'quotes_wire_build', os.path.join(HERE, '..', 'quotes_wire', 'build.py'))
    wire = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(wire)
    return wire.S, wire.D, wire.F


S, D, F = _label_constructors()


def load_labels(only=None):
    paths = [only] if only else sorted(glob.glob(os.path.join(HERE, 'labels', '*.py')))
    return span_labels.load_labels(paths, {'S': S, 'D': D, 'F': F})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out', nargs='?')
    ap.add_argument('--part', choices=('dev', 'held', 'all'), default='all')
    ap.add_argument('--show', nargs='*')
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--labels', help='read this one label file only (and check only its articles)')
    args = ap.parse_args()
    docs = dict(texts.documents())
    ids = sorted(docs)
    dev, held = texts.split(ids)
    part = {'dev': dev, 'held': held, 'all': ids}[args.part]
    if args.show is not None:
        for aid in args.show or part:
            span_labels.show(aid, docs[aid])
        return
    labels, errs = load_labels(args.labels)
    if args.labels:
        part = [a for a in part if a in labels]
    span_labels.build(docs, ids, part, args.part, labels, errs, args.out, noun='article')


if __name__ == '__main__':
    main()
