"""The CoNLL-2003 documents of this annotation and their plain text.

Texts are rebuilt from ../shared at run time by quotes_wire's detokeniser
(../quotes_wire/detok.py: tokens rejoined, the wire's paragraphs and
continued quotes restored) and never stored in the repository; the labels
store offsets into them only.

The set: every eng.testa document with a pair of quotation marks that
quotes_wire has not annotated already (57 of 97), and every fourth eng.train
document with a pair of quotation marks (93 of 371), in file order; a
second eng.train sample ("trainb"), every fourth from the third on; a
third ("trainc", session 46), every fourth from the second on; and a fourth
("traind", session 48), every fourth from the fourth on. Ids
number a document by its position in its file, from 1: "testa-005" is
quotes_wire's testa-doc-0004.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WIRE = os.path.normpath(os.path.join(HERE, '..', 'quotes_wire'))
sys.path.insert(0, WIRE)
import detok  # noqa: E402

CONLL_DIR = os.path.join(detok.SHARED, 'data', 'conll2003')

# eng.train holds 371 documents with quotation marks; every fourth of them
# (in file order) is annotated, a sample spread over the whole file. A
# second sample ("trainb", added in session 41) takes every fourth from the
# third on, a third ("trainc", session 46) every fourth from the second on,
# and a fourth ("traind", session 48) every fourth from the fourth on: no
# document is in two samples, and the four cover every one.
TRAIN_EVERY = 4
TRAINB_FIRST = 2
TRAINC_FIRST = 1
TRAIND_FIRST = 3


def wire_build():
    """quotes_wire's build module: its choice of stories and its label
    constructors (S, D, F), shared with this annotation."""
    spec = importlib.util.spec_from_file_location('quotes_wire_build', os.path.join(WIRE, 'build.py'))
    wire = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(wire)
    return wire


def _wire_documents(testa_docs):
    """Positions (from 0) of the eng.testa documents quotes_wire annotated."""
    return set(wire_build().choose(testa_docs))


def _quoted(docs):
    """(position, document) of the documents with a pair of quotation marks
    (at least two mark tokens)."""
    return [(k, doc) for k, doc in enumerate(docs)
            if sum(tok == '"' for sent in doc for tok, _ in sent) >= 2]


def quoted_documents():
    """(id, text) of every document of the set, in file order."""
    testa = detok.read_docs(os.path.join(CONLL_DIR, 'eng.testa'))
    train = detok.read_docs(os.path.join(CONLL_DIR, 'eng.train'))
    wire = _wire_documents(testa)
    out = [('testa-%03d' % (k + 1), detok.doc_text(doc))
           for k, doc in _quoted(testa) if k not in wire]
    out += [('train-%03d' % (k + 1), detok.doc_text(doc))
            for k, doc in _quoted(train)[::TRAIN_EVERY]]
    out += [('trainb-%03d' % (k + 1), detok.doc_text(doc))
            for k, doc in _quoted(train)[TRAINB_FIRST::TRAIN_EVERY]]
    out += [('trainc-%03d' % (k + 1), detok.doc_text(doc))
            for k, doc in _quoted(train)[TRAINC_FIRST::TRAIN_EVERY]]
    out += [('traind-%03d' % (k + 1), detok.doc_text(doc))
            for k, doc in _quoted(train)[TRAIND_FIRST::TRAIN_EVERY]]
    return out


def split(ids):
    """Decided before any annotation: within each sample's documents with
    quotation marks (eng.testa's, quotes_wire's included in the count, and
    each eng.train sample's; sorted ids), odd positions are dev and even
    positions held."""
    testa = detok.read_docs(os.path.join(CONLL_DIR, 'eng.testa'))
    every_testa = ['testa-%03d' % (k + 1) for k, _ in _quoted(testa)]
    dev, held = [], []
    samples = (every_testa,
               sorted(a for a in ids if a.startswith('train-')),
               sorted(a for a in ids if a.startswith('trainb-')),
               sorted(a for a in ids if a.startswith('trainc-')),
               sorted(a for a in ids if a.startswith('traind-')))
    for own in samples:
        dev += [a for k, a in enumerate(own) if k % 2 == 0 and a in ids]
        held += [a for k, a in enumerate(own) if k % 2 == 1 and a in ids]
    return dev, held
