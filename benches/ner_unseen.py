#!/usr/bin/env python3
"""Entity F1 on CoNLL dev split by whether an entity's words occur as an
entity of the training file: the unseen part stands in for the test split,
whose news comes months later and names many entities training never saw.

usage: ner_unseen.py TRAIN GOLD PRED.jsonl [--errors]

With --errors, the unseen gold entities are also counted by what became of
each: right, wrong type (gold -> predicted), a predicted entity overlapping
with other bounds, or missed; by gold type.

TRAIN and GOLD are CoNLL column files (tag last, IOB1 or IOB2); PRED is the
sentence-per-line JSONL of `cargo run -p newsmill-extract --release --example
ner_conll -- GOLD`, in the gold's sentence order. An entity (gold or
predicted) is "seen" when its lower-cased words are the words of some
training entity of any type; each part is scored on its own, exact span and
type as in conlleval. Standard library only.
"""
import collections
import json
import sys


def sentences(path):
    """Yields each sentence as (tokens, tags)."""
    toks, tags = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            cols = line.split()
            if not cols or cols[0] == '-DOCSTART-':
                if toks:
                    yield toks, tags
                toks, tags = [], []
                continue
            toks.append(cols[0])
            tags.append(cols[-1])
    if toks:
        yield toks, tags


def chunks(tags):
    """(start, end, type) of IOB1/IOB2 tags, end exclusive."""
    out = []
    start, kind = None, None
    for i, tag in enumerate(tags + ['O']):
        prefix, _, ty = tag.partition('-')
        begins = tag == 'O' or prefix == 'B' or ty != kind
        if begins and kind is not None:
            out.append((start, i, kind))
            start, kind = None, None
        if tag != 'O' and (kind is None):
            start, kind = i, ty
    return out


def main():
    args = [a for a in sys.argv[1:] if a != '--errors']
    if len(args) != 3:
        sys.exit(__doc__)
    train, gold, pred = args
    fates = collections.Counter()
    seen = set()
    for toks, tags in sentences(train):
        for a, b, _ in chunks(tags):
            seen.add(' '.join(t.lower() for t in toks[a:b]))
    with open(pred, encoding='utf-8') as f:
        preds = [json.loads(line) for line in f if line.strip()]
    golds = list(sentences(gold))
    if len(preds) != len(golds):
        sys.exit(f'{pred}: {len(preds)} sentences, gold has {len(golds)}')
    counts = {part: [0, 0, 0] for part in ('seen', 'unseen')}  # right, gold, predicted
    for (toks, tags), p in zip(golds, preds):
        if p.get('tokens') != toks:
            sys.exit('prediction tokens differ from the gold sentence: ' + ' '.join(toks[:8]))
        g = set(chunks(tags))
        q = {(e['start'], e['end'], e['type']) for e in p.get('entities', [])}

        def part(e):
            return 'seen' if ' '.join(t.lower() for t in toks[e[0]:e[1]]) in seen else 'unseen'

        spans = {(e[0], e[1]): e[2] for e in q}
        for e in g:
            counts[part(e)][1] += 1
            if e in q:
                counts[part(e)][0] += 1
            if part(e) == 'unseen':
                fates[fate(e, spans)] += 1
        for e in q:
            counts[part(e)][2] += 1
    print(f"{'part':8} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6}")
    for name, (right, n_gold, n_pred) in counts.items():
        p = 100 * right / n_pred if n_pred else 0.0
        r = 100 * right / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f'{name:8} {p:7.2f} {r:7.2f} {f:7.2f} {n_gold:6} {n_pred:6}')
    if '--errors' in sys.argv[1:]:
        print('unseen gold entities by fate:')
        for what, n in fates.most_common():
            print(f'{n:6}  {what}')


def fate(entity, spans):
    """What became of a gold entity, given the predicted (start, end) -> type."""
    start, end, kind = entity
    if (start, end) in spans:
        got = spans[(start, end)]
        return f'right {kind}' if got == kind else f'type {kind} -> {got}'
    if any(a < end and start < b for a, b in spans):
        return f'bounds {kind}'
    return f'missed {kind}'


if __name__ == '__main__':
    main()
