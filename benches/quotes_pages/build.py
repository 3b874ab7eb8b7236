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
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..', 'quotes_own'))
import texts  # noqa: E402
from pairs import auto_spans  # noqa: E402


def _label_constructors():
    spec = importlib.util.spec_from_file_location(
        'quotes_wire_build', os.path.join(HERE, '..', 'quotes_wire', 'build.py'))
    wire = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(wire)
    return wire.S, wire.D, wire.F


S, D, F = _label_constructors()


def load_labels(only=None):
    labels = {}
    errs = []
    paths = [only] if only else sorted(glob.glob(os.path.join(HERE, 'labels', '*.py')))
    for path in paths:
        scope = {'S': S, 'D': D, 'F': F}
        with open(path, encoding='utf-8') as fh:
            exec(compile(fh.read(), path, 'exec'), scope)
        for aid, labs in scope.get('LABELS', {}).items():
            if aid in labels:
                errs.append(f'{aid}: labelled in two files')
            labels[aid] = labs
    return labels, errs


def check(aid, text, labs):
    spans = auto_spans(text)
    if len(labs) != len(spans):
        return None, [f'{aid}: {len(spans)} quote spans but {len(labs)} labels']
    errs = []
    low = text.lower()
    quotes = []
    for (a, b), lab in zip(spans, labs):
        for name in [lab['speaker']] + lab['aliases']:
            if name is not None and name.lower() not in low:
                errs.append(f'{aid}: speaker or alias {name!r} does not occur in the article')
        if not lab['fragment'] and lab['speaker'] is None:
            errs.append(f'{aid}: statement at {a} without a speaker')
        quotes.append(dict(start=a, end=b, text=text[a:b], **lab))
    return quotes, errs


def show(aid, text):
    spans = auto_spans(text)
    out = []
    pos = 0
    for k, (a, b) in enumerate(spans, start=1):
        out.append(text[pos:a])
        out.append(f'⟦{k}|{text[a:b]}⟧')
        pos = b
    out.append(text[pos:])
    print(f'===== {aid} ({len(spans)} spans)')
    print(''.join(out))


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
            show(aid, docs[aid])
        return
    labels, errs = load_labels(args.labels)
    if args.labels:
        part = [a for a in part if a in labels]
    errs += [f'labels for an article outside the set: {u}' for u in sorted(set(labels) - set(ids))]
    records = []
    unlabelled = []
    for aid in part:
        if aid not in labels:
            unlabelled.append(aid)
            continue
        quotes, e = check(aid, docs[aid], labels[aid])
        errs += e
        if quotes is not None:
            records.append((aid, quotes))
    if errs:
        print('\n'.join(errs), file=sys.stderr)
        sys.exit(1)
    if unlabelled:
        print(f'{len(unlabelled)} articles of the part have no labels yet: {" ".join(unlabelled)}',
              file=sys.stderr)
    n_st = sum(not q['fragment'] for _, qs in records for q in qs)
    print(f'{args.part}: articles={len(records)} statements={n_st} '
          f'fragments={sum(q["fragment"] for _, qs in records for q in qs)}', file=sys.stderr)
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        with open(os.path.join(args.out, 'gold.jsonl'), 'w', encoding='utf-8') as gold:
            for aid, quotes in records:
                with open(os.path.join(args.out, aid + '.txt'), 'w', encoding='utf-8') as fh:
                    fh.write(docs[aid])
                gold.write(json.dumps(dict(id=aid, file=aid + '.txt', quotes=quotes),
                                      ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
