"""Hand labels for quotation-mark spans, shared by the quote sets whose
labels are one per span in reading order (quotes_conll, quotes_pages):
reading the label files, checking them against a text's spans (the plain
pairing of pairs.py), showing a text with its spans numbered, and writing
a scorer-ready folder.

A label file is Python that defines `LABELS = {id: [label, ...]}` with the
constructors S, D and F (quotes_wire's) in scope.
"""
import json
import os
import sys

from pairs import auto_spans


def load_labels(paths, constructors):
    """Labels by id from the files `paths`, and the errors found."""
    labels = {}
    errs = []
    for path in paths:
        scope = dict(constructors)
        with open(path, encoding='utf-8') as fh:
            exec(compile(fh.read(), path, 'exec'), scope)
        for aid, labs in scope.get('LABELS', {}).items():
            if aid in labels:
                errs.append(f'{aid}: labelled in two files')
            labels[aid] = labs
    return labels, errs


def check(aid, text, labs, noun='document'):
    """The quotes the labels make of `text`'s spans, and the errors: a
    count of labels other than the spans', a statement without a speaker,
    a speaker or alias the text does not hold."""
    spans = auto_spans(text)
    if len(labs) != len(spans):
        return None, [f'{aid}: {len(spans)} quote spans but {len(labs)} labels']
    errs = []
    low = text.lower()
    quotes = []
    for (a, b), lab in zip(spans, labs):
        for name in [lab['speaker']] + lab['aliases']:
            if name is not None and name.lower() not in low:
                errs.append(f'{aid}: speaker or alias {name!r} does not occur in the {noun}')
        if not lab['fragment'] and lab['speaker'] is None:
            errs.append(f'{aid}: statement at {a} without a speaker')
        quotes.append(dict(start=a, end=b, text=text[a:b], **lab))
    return quotes, errs


def show(aid, text):
    """Print `text` with its spans numbered as ⟦k|…⟧."""
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


def build(docs, ids, part, part_name, labels, errs, out, noun='document'):
    """Check the labels of the ids in `part` and, with `out`, write
    OUT/<id>.txt and OUT/gold.jsonl. Exits 1 on any error; reports the
    part's unlabelled ids and its counts on stderr."""
    errs = errs + [f'labels for a {noun} outside the set: {u}'
                   for u in sorted(set(labels) - set(ids))]
    records = []
    unlabelled = []
    for aid in part:
        if aid not in labels:
            unlabelled.append(aid)
            continue
        quotes, e = check(aid, docs[aid], labels[aid], noun)
        errs += e
        if quotes is not None:
            records.append((aid, quotes))
    if errs:
        print('\n'.join(errs), file=sys.stderr)
        sys.exit(1)
    if unlabelled:
        print(f'{len(unlabelled)} {noun}s of the part have no labels yet: {" ".join(unlabelled)}',
              file=sys.stderr)
    n_st = sum(not q['fragment'] for _, qs in records for q in qs)
    print(f'{part_name}: {noun}s={len(records)} statements={n_st} '
          f'fragments={sum(q["fragment"] for _, qs in records for q in qs)}', file=sys.stderr)
    if out:
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, 'gold.jsonl'), 'w', encoding='utf-8') as gold:
            for aid, quotes in records:
                with open(os.path.join(out, aid + '.txt'), 'w', encoding='utf-8') as fh:
                    fh.write(docs[aid])
                gold.write(json.dumps(dict(id=aid, file=aid + '.txt', quotes=quotes),
                                      ensure_ascii=False) + '\n')
