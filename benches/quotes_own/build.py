#!/usr/bin/env python3
"""Build annotation.jsonl: this team's hand annotation of the quotes and
speakers in the English cleaning-dev articles that quotes-dev does not cover.

The annotation follows ../shared/data/quotes-dev/README.md (statement vs
fragment, whose words, fullest name, aliases).  Quote texts belong to the
publishers, so nothing of them is stored here: each article's quotes are
labelled in reading order, one label per quotation-mark span that
pairs.auto_spans() finds, and the builder turns the labels into code-point
offsets.  The output has the shape of quotes-dev's gold.jsonl minus the
`text` field; `--with-text OUT` writes a scorer-ready copy (text filled in
from ../shared) outside the repository.

Checks, failing loudly: the number of labels equals the number of spans in
each article (so every quote-mark pair is covered and none is invented);
every span starts right after and ends right before a quotation mark (or at
a paragraph end, for a quote continued in the next paragraph); spans do not
overlap; every double quotation mark of the article is at the edge of a
span; every speaker and alias occurs in the article (ignoring case).

usage: python3 benches/quotes_own/build.py [--check] [--with-text OUT] [--part dev|held|all]
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pairs import DQ, GOLD_DIR_REL, HERE, article_ids, auto_spans, read_text, split  # noqa: E402


def S(speaker, *aliases):
    """Statement by a named person or organisation."""
    return dict(speaker=speaker, speaker_named=True, aliases=list(aliases), fragment=False)


def D(description, *aliases):
    """Statement by a described (unnamed) speaker, worded as the article words it."""
    return dict(speaker=description, speaker_named=False, aliases=list(aliases), fragment=False)


def F(speaker=None, named=True):
    """Fragment (title, term, scare quote, short partial quote); speaker if the article gives one."""
    return dict(speaker=speaker, speaker_named=bool(speaker) and named, aliases=[], fragment=True)


# Joint speakers (two or three people answering together) take one of them as
# `speaker` and the others as aliases, so naming any of them is right.
NOEM = ('Kristi Noem', 'Noem', 'Gov. Kristi Noem')
FORD = ('John Milo Ford', 'John M. Ford', 'Mike Ford', 'Ford')
GAIMAN = ('Neil Gaiman', 'Gaiman')
TERESA = ('Teresa Nielsen Hayden',)
PATRICK = ('Patrick Nielsen Hayden',)
STARNER = ('Jane Starner', 'Starner')
MEACHAM = ('Beth Meacham', 'Meacham')
ELISE = ('Elise Matthesen', 'Matthesen', 'Elise')
DALE = ('Dale Ford', 'Dale')
SMITH = ('Valerie Smith', 'Smith')
DEMPSEY = ('Owen Dempsey', 'Dempsey', 'Dr. Owen Dempsey')
RUBINSTAIN = ('Avinoam Rubinstain', 'Avinoam')

LABELS = {
    'shub-076f4f33bf75059d': [D('the website'), D('the website')],
    'shub-1ace8c85aaee21b9': [D('A company spokesperson'), F()],
    'shub-2f42ef1d3ea0c96e': [F('one neo-bank CEO', named=False), F(), F(), F()],
    'shub-3cb22bfabed8de71': [F(), F(), F(), F()],
    'shub-3cb5e2f46626d5bb': [S('David Kershaw')],
    'shub-3f65af7b6b98b1c9': [F(), F(), F(), D('people'), F(), S(*NOEM), S(*NOEM),
                              S('onmeth.com'), F(), F(), F()],
    'shub-4648a420af9984d4': [F()],
    'shub-51374560f40088e2': [S('Craig Menear', 'Menear'), S('Craig Menear', 'Menear')],
    # customer reviews signed with masked names on the line after each quote
    'shub-5211188428849a31': [S('Man**'), S('Ali***'), S('Ni** My**'), S('Jo** Al****'),
                              S('Tur**'), S('Mel****'), S('An** Fe*******'),
                              S('Dia**** Co** Ga****')],
    'shub-55bb6340e3d7dd86': [F('Big Machine'), S('The Carlyle Group', 'Carlyle')],
    'shub-57e2e98887a19656': [S(*RUBINSTAIN), S(*RUBINSTAIN), S('Ivan Braiker', 'Braiker')],
    'shub-5fa3154ec031ab35': [S("People’s Daily"), F(), F("People’s Liberation Army"),
                              F('Xi Jinping'), S('Xi Jinping', 'Xi'), F()],
    # a quoted question the writer poses as a topic, no one's words
    'shub-680c2848e94a96f9': [F(), F('Google'), F()],
    'shub-6ebac05f637ece8a': [S('James Kennedy Jr.', 'U.S. Attorney James Kennedy Jr.'),
                              S('Sonya A. Zoghlin', 'Zoghlin'), S('Sonya A. Zoghlin', 'Zoghlin'),
                              S('Patrick W. Carlineo', 'Carlineo', 'Pat Carlineo'),
                              S('Ilhan Omar', 'Omar', 'Rep. Ilhan Omar'),
                              S('Ilhan Omar', 'Omar', 'Rep. Ilhan Omar'),
                              S('Ilhan Omar', 'Omar', 'Rep. Ilhan Omar')],
    'shub-776a1c046798b474': [F(), S(*NOEM), S(*NOEM), F(*NOEM[:1]), S(*NOEM), S(*NOEM), S(*NOEM)],
    'shub-851498a2b9f4f0b5': [
        S(*STARNER), S(*MEACHAM), S(*MEACHAM), S('Jo Walton', 'Walton'), S('Jo Walton', 'Walton'),
        S(*FORD), S(*GAIMAN), F(), F(), S(*GAIMAN), S(*GAIMAN), S(*TERESA), S(*TERESA),
        S(*PATRICK), S(*PATRICK), S(*PATRICK), S(*GAIMAN), S(*GAIMAN), S(*TERESA), S(*TERESA),
        F(), F('James Rigney'), S(*ELISE), S(*ELISE), S(*STARNER), S(*STARNER),
        D('Ford’s now-deceased father'), S(*MEACHAM), S(*FORD), S(*ELISE), S(*ELISE), F(),
        S(*FORD), S(*STARNER), F('Dale Ford'), S(*DALE), S(*DALE), F('Martha Fry'),
        S(*DALE), S(*DALE), S('Martha Fry', 'Dale Ford', 'Ford and Fry'), S(*PATRICK), S(*PATRICK),
        F('Valerie Smith'), S(*SMITH), S(*SMITH), S(*ELISE), S(*ELISE), S(*FORD), S(*FORD)],
    'shub-87438a0dacbeb979': [F()],
    'shub-8b19453030820413': [F('WHO'), F()],
    'shub-8cad00dc22de45ba': [F()],  # a proverb, like a slogan
    'shub-aade2ec8d1e7b091': [D('We')],  # the outlet quoting its own review, not named in the text
    'shub-ad826691a8a2f9c4': [F(), F(), S('9to5Toys')],
    'shub-aec5deeaada8b2fb': [F()],
    'shub-bd673bd7988144f0': [F(), D('the patient', 'A 43-year-old-man'), D('the patient', 'A 43-year-old-man'),
                              F(), F(), S(*DEMPSEY), S(*DEMPSEY), D('the patient', 'A 43-year-old-man'),
                              F('Dempsey'), S(*DEMPSEY), F('Dempsey'), S(*DEMPSEY)],
    # the writer's own words and thoughts she imagines for the reader ("you")
    'shub-c582d3b772578e8f': [F(), F(), F(), F(), F(), F(), S('Pamela Wilson', 'Pamela'),
                              F(), F(), F(), F(), F()],
    'shub-d605bdef2cde7308': [S('Jeffrey Halley', 'Halley'), S('Jeffrey Halley', 'Halley')],
    'shub-d90bda7ed14df195': [S('Philip Luther', 'Luther'), S('Philip Luther', 'Luther')],
    'shub-dfd43bc0d46e7aaa': [S(*RUBINSTAIN)],
    # the three senators' court application
    'shub-e7301133baab4359': [S('Bukola Saraki', 'Dino Melaye', 'Ben Murray-Bruce')],
    'shub-ec7fc408c5ce66c2': [F(), D('you'), F(), F(), F(), D('you'), F(), D('you'), F(), F(),
                              F(), F(), S('Pamela'), F(), F()],
    'shub-f344ca5fb36e130f': [S('Lucas Paganini', 'Paganini'), F('Lucas Paganini')],
}


def build(aid):
    text = read_text(aid)
    spans = auto_spans(text)
    labels = LABELS.get(aid, [])
    errs = []
    if len(labels) != len(spans):
        errs.append(f'{aid}: {len(spans)} quote spans but {len(labels)} labels')
        return None, errs
    quotes = []
    prev_end = -1
    edges = set()
    for (a, b), lab in zip(spans, labels):
        if a < prev_end:
            errs.append(f'{aid}: span at {a} overlaps the previous one')
        prev_end = b
        # the mark may be followed/preceded by spaces that the span drops
        i = a - 1
        while i >= 0 and text[i].isspace() and text[i] != '\n':
            i -= 1
        j = b
        while j < len(text) and text[j].isspace() and text[j] != '\n':
            j += 1
        if i < 0 or text[i] not in DQ:
            errs.append(f'{aid}: span at {a} does not start after a quotation mark')
        else:
            edges.add(i)
        if j < len(text) and text[j] in DQ:
            edges.add(j)
        elif not (j == len(text) or text[j] == '\n'):
            errs.append(f'{aid}: span at {a} ends neither at a quotation mark nor at a paragraph end')
        low = text.lower()
        for name in [lab['speaker']] + lab['aliases']:
            if name is not None and name.lower() not in low:
                errs.append(f'{aid}: speaker or alias {name!r} does not occur in the article')
        if not lab['fragment'] and lab['speaker'] is None:
            errs.append(f'{aid}: statement at {a} without a speaker')
        quotes.append(dict(start=a, end=b, **lab))
    for k, c in enumerate(text):
        if c in DQ and k not in edges:
            errs.append(f'{aid}: quotation mark at {k} is at no span edge')
    return dict(id=aid, file=f'{GOLD_DIR_REL}/{aid}.txt', quotes=quotes), errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--check', action='store_true', help='validate, and check annotation.jsonl is what the labels build; write nothing')
    ap.add_argument('--with-text', metavar='OUT', help='write a scorer-ready copy with quote texts to OUT')
    ap.add_argument('--part', choices=('all', 'dev', 'held'), default='all')
    args = ap.parse_args()
    ids = article_ids()
    unknown = set(LABELS) - set(ids)
    errs = [f'labels for an article outside the set: {u}' for u in sorted(unknown)]
    recs = []
    for aid in ids:
        rec, e = build(aid)
        errs += e
        if rec is not None:
            recs.append(rec)
    if errs:
        print('\n'.join(errs), file=sys.stderr)
        sys.exit(1)
    dev, held = split(ids)
    if args.with_text:
        keep = set({'all': ids, 'dev': dev, 'held': held}[args.part])
        with open(args.with_text, 'w', encoding='utf-8') as fh:
            for rec in recs:
                if rec['id'] not in keep:
                    continue
                text = read_text(rec['id'])
                out = dict(rec, quotes=[dict(q, text=text[q['start']:q['end']]) for q in rec['quotes']])
                fh.write(json.dumps(out, ensure_ascii=False) + '\n')
    else:
        lines = [json.dumps(dict(rec, part='held' if rec['id'] in held else 'dev'), ensure_ascii=False) + '\n'
                 for rec in recs]
        path = os.path.join(HERE, 'annotation.jsonl')
        if args.check:
            # The committed file must be what the labels build.
            with open(path, encoding='utf-8') as fh:
                if fh.readlines() != lines:
                    sys.exit(f'{path} differs from the labels: run build.py to rewrite it')
        else:
            with open(path, 'w', encoding='utf-8') as fh:
                fh.writelines(lines)
    qs = [q for r in recs for q in r['quotes']]
    for name, part in (('dev', dev), ('held', held)):
        pq = [q for r in recs if r['id'] in part for q in r['quotes']]
        print(f'{name}: articles={len(part)} statements={sum(not q["fragment"] for q in pq)} '
              f'fragments={sum(q["fragment"] for q in pq)}', file=sys.stderr)
    print(f'all: articles={len(ids)} quotes={len(qs)} statements={sum(not q["fragment"] for q in qs)}',
          file=sys.stderr)


if __name__ == '__main__':
    main()
