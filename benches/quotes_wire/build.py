#!/usr/bin/env python3
"""Build annotation.jsonl: hand annotation of every double-quoted span, with
its speaker and kind, in 40 Reuters stories of CoNLL-2003 eng.testa.

The texts belong to Reuters, so none of them is stored here.  Each story is
rebuilt at run time from ../shared/data/conll2003/eng.testa by detok.py; its
quotes are labelled below in reading order, one label per quotation-mark span
that quote_spans() finds, and the builder turns the labels into code-point
offsets.  The annotation follows ../shared/data/quotes-dev/README.md.

Checks, failing loudly: eng.testa is the expected file (sha256); the number
of labels equals the number of spans in each story; every span starts right
after a quotation mark and ends right before one or at a paragraph end; spans
do not overlap; every double quotation mark of the story is at a span edge;
every speaker and alias occurs in the story (ignoring case); every statement
has a speaker.

usage: python3 benches/quotes_wire/build.py                 # rewrite annotation.jsonl
       python3 benches/quotes_wire/build.py --check         # validate, write nothing
       python3 benches/quotes_wire/build.py --stats         # counts per part
       python3 benches/quotes_wire/build.py --with-text OUT [--part dev|held|all]
           # OUT/texts/<id>.txt and OUT/gold.jsonl ("file" relative to OUT, so
           # quote_score.py --gold OUT/gold.jsonl --root OUT)
"""
import argparse
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import detok  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ANNOTATION = os.path.join(HERE, 'annotation.jsonl')
CONLL_SHA256 = 'aa83a45b88e4952998156583e2ff5a8be7c1f04fb9efa3a29cd87fac2c883807'

# ---------------------------------------------------------------- choice
# Decided before any annotation: of the eng.testa documents that contain a
# double quote token, in file order, take positions floor(i * n / 40) for
# i = 0..39.  A document that is only a sports results table or whose quotes
# are only titles, names or terms (nothing anyone says) is replaced by the
# next document with a quote token that is not already taken.  Parts
# alternate over the final list in file order: dev, held, dev, held, ...
N_DOCS = 40
EXCLUDED = {
    193: 'its only quotation is a term (a name of a punishment)',
}


def choose(docs):
    cands = [i for i, d in enumerate(docs) if detok.has_double_quote(d)]
    base = [cands[(k * len(cands)) // N_DOCS] for k in range(N_DOCS)]
    chosen = []
    taken = set(base) - set(EXCLUDED)
    for i in base:
        if i in EXCLUDED:
            while i in EXCLUDED or i in taken:
                i = cands[cands.index(i) + 1]
            taken.add(i)
        chosen.append(i)
    chosen.sort()
    return chosen


def doc_id(i):
    return f'testa-doc-{i:04d}'


def parts(chosen):
    return {doc_id(i): ('dev' if k % 2 == 0 else 'held') for k, i in enumerate(chosen)}


# ---------------------------------------------------------------- labels
def S(speaker, *aliases):
    """Statement by a named person or organisation."""
    return dict(speaker=speaker, speaker_named=True, aliases=list(aliases), fragment=False)


def D(description, *aliases):
    """Statement by a described (unnamed) speaker, worded as the story words it."""
    return dict(speaker=description, speaker_named=False, aliases=list(aliases), fragment=False)


def F(speaker=None, named=True):
    """Fragment (title, name, term, scare quote, short partial quote); the
    speaker when the story presents the words as someone's."""
    return dict(speaker=speaker, speaker_named=bool(speaker) and named, aliases=[], fragment=True)


HODDLE = ('Glenn Hoddle', 'Hoddle')
OBRIEN = ("Alex O'Brien", "O'Brien")
WASHINGTON = ('MaliVai Washington', 'Washington')
TARANGO = ('Jeff Tarango', 'Tarango')
RIOS = ('Marcelo Rios', 'Rios')
WOODS = ('Tiger Woods', 'Woods')
HENKE = ('Nolan Henke', 'Henke')
ESTES = ('Bob Estes', 'Estes')
BRUNO = ('Frank Bruno', 'Bruno')
LEBED = ('Alexander Lebed', 'Lebed')
SHARETSKY = ('Semyon Sharetsky', 'Sharetsky', 'speaker of the Belarus parliament')
POSUKHOV = ('Sergei Posukhov', "Lukashenko's political adviser")
FRATER = ('Stephen Frater', 'Frater', 'Cofinec CEO Stephen Frater')
REASER = ('Lynn Reaser', 'Reaser')
LINDSEY = ('Lawrence Lindsey', 'Lindsey', 'Federal Reserve Governor Lawrence Lindsey')
BERNARDIN = ('Joseph Bernardin', 'Bernardin', 'Cardinal Joseph Bernardin')
DAVIES = ('Glyn Davies', 'Davies', 'State Department spokesman Glyn Davies')
WEBBER = ('Jim Webber', 'Webber')
HIJAZI = ('Khaled Hijazi', 'A tourist from Jordan')
BLOCH = ('Ralph Bloch', 'chief technical analyst at Raymond James')
COTTI = ('Flavio Cotti', 'Cotti')
ONARHEIM = ('Stig Onarheim', 'Onarheim')
EITEL = ('Tono Eitel', 'Eitel', 'Security Council President Tono Eitel')
PARNEVIK = ('Jesper Parnevik', 'Parnevik')
EDBERG = ('Stefan Edberg', 'Edberg')
XIAO = ('Xiao Qiang', 'Xiao')
SUU_KYI = ('Aung San Suu Kyi', 'Suu Kyi')
CHEN = ('Chen Chun-yeh', 'Chen')
NERWEYI = ('Faik Nerweyi', 'Nerweyi')
DEWEY = ('Janet Dewey', 'Dewey')
KENNETT = ('Doug Kennett', 'Pentagon spokesman Doug Kennett')
CLINTON = ('Bill Clinton', 'Clinton', 'President Bill Clinton')

LABELS = {
    3: [S(*HODDLE), S(*HODDLE), S(*HODDLE)],
    14: [S(*OBRIEN), S(*OBRIEN), S(*WASHINGTON), S(*WASHINGTON), S(*TARANGO), S(*TARANGO),
         S(*TARANGO), S(*TARANGO), S(*RIOS), S(*RIOS), S(*RIOS), S(*TARANGO), S(*TARANGO)],
    # "he said" after a paragraph about Henke; "he noted" after one about Estes
    17: [S(*WOODS), S(*WOODS), S(*WOODS), F(HENKE[0]), S(*HENKE), S(*HENKE), S(*ESTES), S(*ESTES)],
    # a six-word partial quote of the federation's announcement: a statement by the word count
    22: [S('International Amateur Athletic Federation', 'IAAF'), S('Jonathan Edwards', 'Edwards')],
    33: [D('a Texas trader')],
    36: [D('a trader')],
    39: [S(*BRUNO), S(*BRUNO), S('David McLeod', 'Professor David McLeod')],
    42: [S('Gold Fields of South Africa Ltd', 'Gold Fields')],
    45: [S(*LEBED), S(*LEBED), S(*LEBED)],
    # the last two follow "Sharetsky said ..." with "he said"
    48: [S(*SHARETSKY), S(*POSUKHOV), S(*POSUKHOV), S(*SHARETSKY), S(*SHARETSKY)],
    54: [S(*FRATER)] * 6,
    # "one said" after "dealers said": one of the dealers
    59: [D('one dealer'), D('one', 'dealers')],
    62: [S(*REASER), S('Joel Naroff', 'Naroff'), F(LINDSEY[0]), S(*LINDSEY), S(*LINDSEY), S(*REASER)],
    64: [S(*BERNARDIN), S(*BERNARDIN), S(*BERNARDIN), S(*BERNARDIN), F(BERNARDIN[0]),
         F(BERNARDIN[0]), F()],
    66: [S(*DAVIES), S(*DAVIES), S(*DAVIES)],
    71: [F('about 100 Air France workers', named=False),
         S('Francois Cabrera', 'CFDT spokesman Francois Cabrera'),
         S('Alain Juppe', 'Juppe', 'Prime Minister Alain Juppe')],
    76: [S(*WEBBER), S(*WEBBER)],
    81: [D('an Israeli soldier'), S('Kamil Jamil', 'Jamil'), S(*HIJAZI), S(*HIJAZI),
         S('Mustafa Hoshiyeh'), S('Ali Ahmed')],
    84: [S(*BLOCH), S(*BLOCH), S(*BLOCH), S('David Shulman'), S('David Shulman')],
    87: [S(*COTTI), S(*COTTI), S(*COTTI), F(COTTI[0]), S(*COTTI)],
    90: [S(*ONARHEIM), S(*ONARHEIM), S('Johan Sletten', 'Sletten'), S('Heidi Groenstein'),
         S('Heidi Groenstein')],
    # the letter's words are its writer's; "he said" is the writer
    99: [S(*EITEL), S(*EITEL), S('Marwan Jilani'), S('Marwan Jilani'), S('Marwan Jilani')],
    128: [S('Mohamed Lemine Cheiguer')],
    143: [S(*PARNEVIK), S(*PARNEVIK), S(*PARNEVIK), S(*HENKE), S(*HENKE), S(*HENKE)],
    151: [S(*EDBERG)] * 11,
    155: [S('Aime Jacquet', 'Jacquet')],
    169: [S('Majorie Orr', 'Orr'), F('Bernard Ingram'), F()],
    171: [D('a police spokesman')],
    175: [D('A London-based spokesman of the Iraqi National Congress', 'the spokesman')],
    180: [S('Max Marriner', 'Marriner', 'Lieutenant-Colonel Max Marriner')],
    # the paper is the reporting source, not the speaker
    182: [D('one of the initiators of the move')],
    187: [F(), S(*XIAO), S(*XIAO), F()],
    189: [S(*SUU_KYI)] * 8,
    194: [S(*CHEN), S(*CHEN)],
    196: [S(*NERWEYI), S(*NERWEYI)],
    198: [D('a senior U.N. official in Baghdad', 'the official')],
    203: [F(), F(), S(*DEWEY), S(*DEWEY)],
    206: [S(*KENNETT), S(*KENNETT), S(*CLINTON), S(*CLINTON)],
    # Italy's foreign ministry, which the story calls only "the ministry"
    210: [D('the ministry'), F(), F('U.N. Security Council')],
    213: [D('a Liege police official')],
}


# ---------------------------------------------------------------- building
def quote_spans(text):
    """(start, end) code-point offsets of every double-quoted span, marks
    excluded: marks pair up in order within a line; an odd last mark opens a
    span that runs to the end of its line (a quote continued in the next
    paragraph).  Spaces just inside the marks are dropped."""
    out = []
    pos = 0
    for line in text.split('\n'):
        marks = [j for j, c in enumerate(line) if c == '"']
        pairs = [(marks[k], marks[k + 1]) for k in range(0, len(marks) - 1, 2)]
        if len(marks) % 2:
            pairs.append((marks[-1], len(line)))
        for a, b in pairs:
            a, b = pos + a + 1, pos + b
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            out.append((a, b))
        pos += len(line) + 1
    return out


def build(i, text):
    did = doc_id(i)
    spans = quote_spans(text)
    labels = LABELS.get(i, [])
    if len(labels) != len(spans):
        return None, [f'{did}: {len(spans)} quote spans but {len(labels)} labels']
    errs = []
    low = text.lower()
    edges = set()
    prev_end = -1
    quotes = []
    for (a, b), lab in zip(spans, labels):
        if b <= a:
            errs.append(f'{did}: empty span at {a}')
        if a < prev_end:
            errs.append(f'{did}: span at {a} overlaps the previous one')
        prev_end = b
        k = a - 1
        while k >= 0 and text[k] in ' \t':
            k -= 1
        if k < 0 or text[k] != '"':
            errs.append(f'{did}: span at {a} does not start after a quotation mark')
        else:
            edges.add(k)
        k = b
        while k < len(text) and text[k] in ' \t':
            k += 1
        if k < len(text) and text[k] == '"':
            edges.add(k)
        elif not (k == len(text) or text[k] == '\n'):
            errs.append(f'{did}: span at {a} ends neither at a quotation mark nor at a paragraph end')
        for name in [lab['speaker']] + lab['aliases']:
            if name is not None and name.lower() not in low:
                errs.append(f'{did}: speaker or alias {name!r} does not occur in the text')
        if not lab['fragment'] and not lab['speaker']:
            errs.append(f'{did}: statement at {a} without a speaker')
        quotes.append(dict(start=a, end=b, **lab))
    for k, c in enumerate(text):
        if c == '"' and k not in edges:
            errs.append(f'{did}: quotation mark at {k} is at no span edge')
    return dict(id=did, file=f'texts/{did}.txt', quotes=quotes), errs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--check', action='store_true',
                    help='validate, and check annotation.jsonl is what the labels build; write nothing')
    ap.add_argument('--stats', action='store_true', help='print documents, statements and fragments per part')
    ap.add_argument('--with-text', metavar='OUT',
                    help='write OUT/texts/<id>.txt and OUT/gold.jsonl (scorer-ready, quote texts filled in)')
    ap.add_argument('--part', choices=('all', 'dev', 'held'), default='all')
    args = ap.parse_args()

    with open(detok.CONLL, 'rb') as fh:
        if hashlib.sha256(fh.read()).hexdigest() != CONLL_SHA256:
            sys.exit(f'{detok.CONLL} is not the expected eng.testa (sha256 differs)')
    docs = detok.read_docs()
    chosen = choose(docs)
    part_of = parts(chosen)
    errs = [f'labels for document {i}, which is not chosen' for i in sorted(set(LABELS) - set(chosen))]
    recs, texts = [], {}
    for i in chosen:
        text = detok.doc_text(docs[i])
        rec, e = build(i, text)
        errs += e
        if rec is not None:
            recs.append(rec)
            texts[rec['id']] = text
    if errs:
        print('\n'.join(errs), file=sys.stderr)
        sys.exit(1)

    lines = [json.dumps(dict(rec, part=part_of[rec['id']]), ensure_ascii=False) + '\n' for rec in recs]
    if args.with_text:
        os.makedirs(os.path.join(args.with_text, 'texts'), exist_ok=True)
        with open(os.path.join(args.with_text, 'gold.jsonl'), 'w', encoding='utf-8') as fh:
            for rec in recs:
                if args.part != 'all' and part_of[rec['id']] != args.part:
                    continue
                text = texts[rec['id']]
                with open(os.path.join(args.with_text, rec['file']), 'w', encoding='utf-8') as tf:
                    tf.write(text)
                out = dict(rec, quotes=[dict(q, text=text[q['start']:q['end']]) for q in rec['quotes']])
                fh.write(json.dumps(out, ensure_ascii=False) + '\n')
    elif args.check:
        try:
            with open(ANNOTATION, encoding='utf-8') as fh:
                same = fh.readlines() == lines
        except FileNotFoundError:
            same = False
        if not same:
            sys.exit(f'{ANNOTATION} differs from the labels: run build.py to rewrite it')
    elif not args.stats:
        with open(ANNOTATION, 'w', encoding='utf-8') as fh:
            fh.writelines(lines)

    rows = []
    for name in ('dev', 'held', 'all'):
        pr = [r for r in recs if name == 'all' or part_of[r['id']] == name]
        qs = [q for r in pr for q in r['quotes']]
        st = [q for q in qs if not q['fragment']]
        rows.append(f'{name}: documents={len(pr)} statements={len(st)} '
                    f'(named {sum(q["speaker_named"] for q in st)}, described {sum(not q["speaker_named"] for q in st)}) '
                    f'fragments={len(qs) - len(st)}')
    print('\n'.join(rows), file=sys.stdout if args.stats else sys.stderr)


if __name__ == '__main__':
    main()
