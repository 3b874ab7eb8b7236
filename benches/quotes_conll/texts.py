"""Plain text of the CoNLL-2003 documents that hold quotations, for the
quote annotation of real newswire (Reuters, 1996).

The CoNLL files are tokenised, one sentence per line, without paragraphs.
This module turns a document back into text a reader (and newsmill) sees:
tokens joined by single spaces, no space before closing punctuation or
after an opening quotation mark, and a paragraph per sentence, except that
a sentence inside an open quotation stays in the paragraph of its opening
mark (a Reuters paragraph may quote several sentences). A sentence that
opens with a quotation mark while one is open starts a new paragraph: the
newswire way of continuing a quote across paragraphs.

The texts are built from ../shared at scoring time and never stored in
the repository; the annotation (build.py) stores offsets into them only.
Deterministic: the same CoNLL file gives the same texts byte for byte.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..'))
SHARED = os.path.normpath(os.path.join(REPO, '..', 'shared'))
CONLL = os.path.join(SHARED, 'data', 'conll2003', 'eng.testa')

# Tokens written without a space before them.
NO_SPACE_BEFORE = {',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't",
                   "N'T", "'re", "'ve", "'ll", "'d", "'m", "'"}
NO_SPACE_AFTER = {'(', '[', '{', '$'}
ENDS_SENTENCE = {'.', '!', '?'}


def documents(path=CONLL):
    """Token lists per sentence, per document, in file order."""
    docs, doc, sent = [], [], []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if sent:
                    doc.append(sent)
                    sent = []
                continue
            if parts[0] == '-DOCSTART-':
                if doc:
                    docs.append(doc)
                doc = []
                continue
            sent.append(parts[0])
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def join_sentence(tokens, quote_open):
    """Text of one sentence and whether a quotation is open at its end."""
    out = []
    glue = True  # no space before the first token
    for tok in tokens:
        if tok == '"':
            if quote_open:
                out.append('"')  # closing: attached to what it closes
                glue = False
            else:
                if not glue:
                    out.append(' ')
                out.append('"')
                glue = True  # opening: attached to what it opens
            quote_open = not quote_open
            continue
        if not glue and tok not in NO_SPACE_BEFORE:
            out.append(' ')
        out.append(tok)
        glue = tok in NO_SPACE_AFTER
    return ''.join(out), quote_open


def text_of(doc):
    """The document as paragraphs separated by blank lines."""
    paragraphs = []
    current = []
    quote_open = False
    for sent in doc:
        continues_quote = quote_open and sent and sent[0] == '"'
        if continues_quote:
            # The open quote ran to the end of its paragraph; this one
            # reopens it.
            paragraphs.append(' '.join(current))
            current = []
            quote_open = False
        elif current and not quote_open:
            paragraphs.append(' '.join(current))
            current = []
        text, quote_open = join_sentence(sent, quote_open)
        current.append(text)
    if current:
        paragraphs.append(' '.join(current))
    return '\n\n'.join(paragraphs) + '\n'


def quoted_documents(path=CONLL):
    """(id, text) of every document with at least one quotation mark pair,
    the id numbering the document in the file (from 1)."""
    out = []
    for k, doc in enumerate(documents(path), start=1):
        marks = sum(tok == '"' for sent in doc for tok in sent)
        if marks >= 2:
            out.append(('testa-%03d' % k, text_of(doc)))
    return out


def split(ids):
    """Decided before any annotation: odd positions of the sorted list are
    dev, even positions held."""
    dev = [a for k, a in enumerate(ids) if k % 2 == 0]
    held = [a for k, a in enumerate(ids) if k % 2 == 1]
    return dev, held
