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
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..', 'quotes_own'))
import texts  # noqa: E402
from pairs import auto_spans  # noqa: E402


_WIRE = texts.wire_build()
S, D, F = _WIRE.S, _WIRE.D, _WIRE.F


def load_labels():
    labels = {}
    errs = []
    for path in sorted(glob.glob(os.path.join(HERE, 'labels', '*.py'))):
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
    errs = []
    if len(labs) != len(spans):
        return None, [f'{aid}: {len(spans)} quote spans but {len(labs)} labels']
    low = text.lower()
    quotes = []
    for (a, b), lab in zip(spans, labs):
        for name in [lab['speaker']] + lab['aliases']:
            if name is not None and name.lower() not in low:
                errs.append(f'{aid}: speaker or alias {name!r} does not occur in the document')
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
            show(aid, docs[aid])
        return
    labels, errs = load_labels()
    errs += [f'labels for a document outside the set: {u}' for u in sorted(set(labels) - set(ids))]
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
        print(f'{len(unlabelled)} documents of the part have no labels yet: {" ".join(unlabelled)}',
              file=sys.stderr)
    n_st = sum(not q['fragment'] for _, qs in records for q in qs)
    print(f'{args.part}: documents={len(records)} statements={n_st} '
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
