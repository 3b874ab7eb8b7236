"""Turn CoNLL-2003 documents (one token per line) back into plain wire text.

Deterministic, standard library only.  The rules (see README.md):

* Documents are the runs of lines between `-DOCSTART-` lines (this copy of
  eng.testa ends each document with one); empty runs are dropped.  A
  document's index is its position in that list, from 0.
* One CoNLL sentence per line, lines joined with "\\n" and the text ended with
  one "\\n"; the headline and the dateline stay lines of their own.  Exception:
  a sentence that begins inside an open double quote (and does not itself
  begin with a new opening mark) was part of the quoting paragraph in the wire
  story, so it is joined to that line with a space.  Otherwise a quote of
  several sentences would be cut into lines with no opening mark.  Likewise a
  sentence that starts with a lower-case word (the wire copy's hard line wraps
  and the sentence splitter broke it: "... holy places ?\" / asked Mustafa
  ...") or with a number after a month abbreviation ("Sept ." / "24 to ...")
  is joined to the line before it.
* Double quote tokens get their role from one pass over the whole document:
  outside a quote a mark opens one; inside a quote it closes it, except when
  it is the first token of a sentence, where it opens a new paragraph of a
  quote continued from the previous paragraph (the wire convention: the old
  paragraph ends without a closing mark).  CoNLL's sentence splitter often
  left the opening mark of the next sentence at the end of the previous one
  (`... , " Woods said . "`); such a sentence-final opener is moved to the
  start of the next sentence.
* Spacing: no space before , . : ; ? ! ) ] % 's n't 're 've 'll 'd 'm; no space
  after ( [ $; an opening mark attaches to the next token, a closing mark to
  the previous one; other tokens (hyphenated words, "--", "...", "&", "/")
  are kept as they are, with spaces between them.  Single quote tokens tagged
  POS (possessive) attach to the previous token; one before a number ("' 91")
  attaches to the number; the others alternate opener/closer within a line,
  and if they are an odd number the last one is taken as a possessive and
  attaches to the previous token.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..'))
SHARED = os.path.normpath(os.path.join(REPO, '..', 'shared'))
CONLL = os.path.join(SHARED, 'data', 'conll2003', 'eng.testa')

NO_SPACE_BEFORE = {',', '.', ':', ';', '?', '!', ')', ']', '%',
                   "'s", "'S", "n't", "N'T", "'re", "'RE", "'ve", "'VE", "'ll", "'LL", "'d", "'D", "'m", "'M"}
NO_SPACE_AFTER = {'(', '[', '$'}


def read_docs(path=CONLL):
    """List of documents; each a list of sentences; each a list of (token, pos)."""
    docs = [[]]
    cur = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.rstrip('\n')
            if line.startswith('-DOCSTART-'):
                if cur:
                    docs[-1].append(cur)
                    cur = []
                docs.append([])
                continue
            if not line.strip():
                if cur:
                    docs[-1].append(cur)
                    cur = []
                continue
            cols = line.split(' ')
            cur.append((cols[0], cols[1] if len(cols) > 1 else ''))
    if cur:
        docs[-1].append(cur)
    return [d for d in docs if d]


def has_double_quote(doc):
    return any(tok == '"' for sent in doc for tok, _ in sent)


MONTH_ABBR = {'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'}


def _continues(prev, toks):
    """True when a sentence goes on the line before it: it starts with a
    lower-case word (a sentence the wire copy's hard line wraps or the
    sentence splitter broke), or with a number after a month abbreviation
    whose period the splitter took for a full stop ("Sept ." + "24")."""
    first = toks[0][0]
    if first[:1].islower():
        return True
    return (first[:1].isdigit() and len(prev) >= 2 and prev[-1][0] == '.'
            and prev[-2][0] in MONTH_ABBR)


def _paragraphs(doc):
    """Group the tokens into lines; each token becomes (token, pos, role) with
    role 'open'/'close' for double quote marks and None otherwise."""
    lines = []
    inside = False
    carry = []          # a sentence-final opening mark moved to the next sentence
    for sent in doc:
        toks = []
        for k, (tok, pos) in enumerate(sent):
            role = None
            if tok == '"':
                if not inside or k == 0:
                    role, inside = 'open', True
                else:
                    role, inside = 'close', False
            toks.append((tok, pos, role))
        starts_inside = bool(lines) and lines[-1][1] and not carry and toks[0][2] != 'open'
        if lines and not carry and _continues(lines[-1][0], toks):
            starts_inside = True
        move = []
        if toks[-1][2] == 'open' and len(toks) > 1:
            move = [toks.pop()]
        toks = carry + toks
        carry = move
        if starts_inside:
            lines[-1][0].extend(toks)
        else:
            lines.append([toks, False])
        lines[-1][1] = inside
    if carry:
        lines[-1][0].extend(carry)
    return [toks for toks, _ in lines]


def _render(toks):
    out = []
    glue_next = False       # the next token attaches to the previous one
    squote_open = False
    # single quote marks that pair up; an odd one out is taken as a possessive
    sq = [k for k, (tok, pos, _) in enumerate(toks)
          if tok == "'" and pos != 'POS' and not (k + 1 < len(toks) and toks[k + 1][0][:1].isdigit())]
    lone = sq[-1] if len(sq) % 2 else None
    for k, (tok, pos, role) in enumerate(toks):
        attach = glue_next or not out
        glue_next = False
        if role == 'open':
            glue_next = True
        elif role == 'close':
            attach = True
        elif tok == "'" and (pos == 'POS' or k == lone):
            attach = True
        elif tok == "'":
            nxt = toks[k + 1][0] if k + 1 < len(toks) else ''
            if nxt[:1].isdigit():
                glue_next = True
            elif not squote_open:
                squote_open = True
                glue_next = True
            else:
                squote_open = False
                attach = True
        elif tok in NO_SPACE_BEFORE:
            attach = True
        if tok in NO_SPACE_AFTER:
            glue_next = True
        if out and not attach:
            out.append(' ')
        out.append(tok)
    return ''.join(out)


def doc_text(doc):
    return '\n'.join(_render(toks) for toks in _paragraphs(doc)) + '\n'


if __name__ == '__main__':
    import sys
    docs = read_docs()
    for a in sys.argv[1:]:
        print(f'===== {a}')
        print(doc_text(docs[int(a)]))
