#!/usr/bin/env python3
"""Build the quotes_written evaluation set from its marked-up sources.

usage:
  python3 build.py OUTDIR --part dev|held   write OUTDIR/<stem>.txt and OUTDIR/gold.jsonl
  python3 build.py --check                  check both parts, write nothing
  python3 build.py --stats                  check both parts and print the counts tables

Source format (src/<part>/NN-slug.txt, UTF-8):

  # comment lines (ignored)
  @ key = Speaker Name | person|org|desc | alias one; alias two
  ---
  Headline
  ...article text, where the words inside each pair of quotation marks are
  wrapped as  ⟦s:key #tag #tag|words⟧  (statement by speaker `key`),
              ⟦f:key #tag|words⟧       (fragment by speaker `key`),
              ⟦f #tag|words⟧           (fragment with no speaker)...

The quotation marks themselves are ordinary text outside the markup.  The plain
text is the body with the markup removed; offsets are Python code-point offsets
into it.  Standard library only.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
SRC_DIR = SRC
PARTS = ('dev', 'held')

OPEN_L, CLOSE_L = '\u27e6', '\u27e7'  # ⟦ ⟧
MARKUP = re.compile(OPEN_L + r'([^|' + CLOSE_L + r']*)\|([^' + OPEN_L + CLOSE_L + r']*)' + CLOSE_L)

# quotation-mark tokens: two-character AP-style marks first
TWO = ('\u2019\u2019', '\u2018\u2018')          # ’’ closer, ‘‘ opener
ONE = '"\u201c\u201d\u00ab\u00bb'              # " “ ” « »
OPENERS = {'"', '\u201c', '\u201d', '\u00ab', '\u2018\u2018'}
CLOSERS = {'"', '\u201d', '\u00bb', '\u2019\u2019'}
PAD = ' \u00a0\u202f'

STATEMENT_TAGS = {
    'after': '"…," X said (speaker after the quote, name before verb)',
    'inverted': '"…," said X (verb before the name)',
    'before': 'X said: "…" / X said, "…" (attribution before the quote)',
    'says': 'present tense: says X / X says',
    'told': 'X told <outlet or person>(:)',
    'statement': 'said in a statement / a statement said',
    'according': 'according to X',
    'added': 'X added / continued / went on / concluded',
    'social': 'wrote / posted on a social network',
    'written': 'written source: letter, ruling, filing, report, email, release',
    'appositive': 'long appositive or clause between the name and the verb',
    'pronoun': 'pronoun attribution (he/she/they said)',
    'pronoun-trap': 'pronoun attribution where the last-mentioned person or organisation is not the speaker',
    'name-in-quote': 'a name inside the quote that is not the speaker',
    'continues': 'no attribution of its own; continues the previous speaker',
    'multipara': 'paragraph of a multi-paragraph quote',
    'split': 'part of a quote interrupted by its attribution',
    'next-sentence': 'speaker given in the sentence after the quote',
    'prev-para': 'speaker set up only in a preceding paragraph',
    'prev-sentence': 'speaker named in the sentence before, which has no verb of saying (Ferrer smiled. "...")',
    'question': "an interviewer's or reporter's question",
    'answer': 'the answer to a quoted question',
    'partial': 'partial quote worked into the reporter\'s sentence',
    'clause': 'short embedded quote that is a complete clause (statement under 5 words)',
    'headline': 'quote in the headline',
    'reported': 'words passed on by someone else (per X, told colleagues, according to people present)',
    'verb': 'attribution verb other than say/tell/add (insisted, warned, recalled, ...)',
    'colon': 'attribution introduces the quote with a colon',
    'interview': 'Q&A section: quote inside an answer',
    'epithet': 'attributed with a descriptive epithet (the Dane said, the 56-year-old said)',
}
FRAGMENT_TAGS = {
    'title': 'title of a work, programme, report, operation, event',
    'name': 'name or nickname',
    'slogan': 'slogan, chant, motto, sign or banner text',
    'term': 'coined or technical term',
    'scare': 'scare quotes',
    'partial': 'partial quote of at most 4 words, not a clause',
    'headline': 'in the headline',
}
KINDS = {'person', 'org', 'desc'}


class BuildError(Exception):
    pass


def mark_tokens(text):
    """List of (start, end, mark) for every double quotation mark token."""
    out = []
    i, n = 0, len(text)
    while i < n:
        two = text[i:i + 2]
        if two in TWO:
            out.append((i, i + 2, two))
            i += 2
        elif text[i] in ONE:
            out.append((i, i + 1, text[i]))
            i += 1
        else:
            i += 1
    return out


def parse_source(path):
    raw = open(path, encoding='utf-8').read()
    if '\r' in raw:
        raise BuildError('%s: carriage return in source' % path)
    head, sep, body = raw.partition('\n---\n')
    if not sep:
        raise BuildError('%s: no --- line between header and body' % path)
    speakers = {}
    for ln in head.split('\n'):
        s = ln.strip()
        if not s or s.startswith('#'):
            continue
        if not s.startswith('@'):
            raise BuildError('%s: header line not understood: %r' % (path, ln))
        m = re.match(r'@\s*([\w-]+)\s*=\s*(.*)$', s)
        if not m:
            raise BuildError('%s: bad speaker line %r' % (path, ln))
        key, rest = m.group(1), m.group(2)
        fields = [f.strip() for f in rest.split('|')]
        if len(fields) not in (2, 3):
            raise BuildError('%s: speaker %s needs "name | kind [| aliases]"' % (path, key))
        name, kind = fields[0], fields[1]
        aliases = [a.strip() for a in fields[2].split(';') if a.strip()] if len(fields) == 3 else []
        if kind not in KINDS:
            raise BuildError('%s: speaker %s: kind %r not in %s' % (path, key, kind, sorted(KINDS)))
        if key in speakers:
            raise BuildError('%s: speaker %s defined twice' % (path, key))
        if len(set(a.lower() for a in aliases)) != len(aliases) or name.lower() in (a.lower() for a in aliases):
            raise BuildError('%s: speaker %s: duplicate alias' % (path, key))
        speakers[key] = {'name': name, 'kind': kind, 'aliases': aliases, 'used': False}
    body = body.strip('\n') + '\n'

    # strip markup, recording spans
    parts, spans, pos, out_len = [], [], 0, 0
    for m in MARKUP.finditer(body):
        chunk = body[pos:m.start()]
        parts.append(chunk)
        out_len += len(chunk)
        spec, words = m.group(1).strip(), m.group(2)
        if '\n' in words:
            raise BuildError('%s: quote runs over a line break: %r' % (path, words[:60]))
        toks = spec.split()
        head_tok, tags = toks[0] if toks else '', toks[1:]
        hm = re.fullmatch(r'([sf])(?::([\w-]+))?', head_tok)
        if not hm:
            raise BuildError('%s: bad quote spec %r' % (path, spec))
        kind, key = hm.group(1), hm.group(2)
        if any(not t.startswith('#') for t in tags):
            raise BuildError('%s: bad tag in %r' % (path, spec))
        tags = [t[1:] for t in tags]
        spans.append({'start': out_len, 'end': out_len + len(words), 'words': words,
                      'kind': kind, 'key': key, 'tags': tags, 'line': body.count('\n', 0, m.start()) + 1})
        parts.append(words)
        out_len += len(words)
        pos = m.end()
    parts.append(body[pos:])
    text = ''.join(parts)
    if OPEN_L in text or CLOSE_L in text or '\u27e6' in text:
        raise BuildError('%s: markup left in the text (unbalanced or malformed ⟦ ⟧)' % path)
    return text, spans, speakers


def paragraph_bounds(text, i):
    a = text.rfind('\n', 0, i) + 1
    b = text.find('\n', i)
    return a, (len(text) if b < 0 else b)


def check_article(path, text, spans, speakers):
    errs = []
    stem = os.path.splitext(os.path.basename(path))[0]

    def err(msg, sp=None):
        where = ' (source line %d: %r)' % (sp['line'], sp['words'][:50]) if sp else ''
        errs.append('%s: %s%s' % (stem, msg, where))

    words = len(text.split())
    if not 250 <= words <= 700:
        err('article has %d words (want 250-700)' % words)
    if not 4 <= len(spans) <= 12:
        err('article has %d quoted spans (want 4-12)' % len(spans))
    if '\t' in text:
        err('tab in the text')
    lines = text.split('\n')
    if not lines[0].strip():
        err('first line (headline) is empty')

    toks = mark_tokens(text)
    tok_at_end = {e: (s, e, m) for s, e, m in toks}
    tok_at_start = {s: (s, e, m) for s, e, m in toks}
    used = Counter()
    prev_end = -1
    for sp in spans:
        s, e, w = sp['start'], sp['end'], sp['words']
        if text[s:e] != w:
            err('text != content[start:end]', sp)
        if not w or w != w.strip():
            err('span empty or with whitespace at an edge', sp)
        if s < prev_end:
            err('spans overlap', sp)
        prev_end = e
        for s2, e2, m2 in toks:
            if s <= s2 and e2 <= e:
                err('double quotation mark %r inside a span' % m2, sp)
        # opening mark
        j = s
        while j > 0 and text[j - 1] in PAD:
            j -= 1
        if j not in tok_at_end or tok_at_end[j][2] not in OPENERS:
            err('span not preceded by an opening quotation mark', sp)
        else:
            used[tok_at_end[j][:2]] += 1
            sp['open'] = tok_at_end[j][2]
            sp['pad'] = j != s
        # closing mark or paragraph end
        k = e
        while k < len(text) and text[k] in PAD:
            k += 1
        if k in tok_at_start and tok_at_start[k][2] in CLOSERS:
            used[tok_at_start[k][:2]] += 1
            sp['close'] = tok_at_start[k][2]
            sp['pad'] = sp.get('pad') or k != e
        elif k == len(text) or text[k] == '\n':
            if k != e:
                err('trailing space before the paragraph end', sp)
            sp['close'] = None
            # the next paragraph must open with a quotation mark that starts a span
            nxt = k
            while nxt < len(text) and text[nxt] == '\n':
                nxt += 1
            if nxt >= len(text) or nxt not in tok_at_start or tok_at_start[nxt][2] not in OPENERS:
                err('quote runs to the paragraph end but the next paragraph does not open with a quotation mark', sp)
            else:
                t_end = tok_at_start[nxt][1]
                nxt_sp = [x for x in spans if x['start'] >= t_end and not text[t_end:x['start']].strip(PAD)]
                if not nxt_sp:
                    err('continued quote: the next paragraph does not open an annotated span', sp)
                elif nxt_sp[0]['key'] != sp['key'] or nxt_sp[0]['kind'] != sp['kind']:
                    err('continued quote: next paragraph has a different speaker/kind', sp)
            sp['continues'] = True
        else:
            err('span not followed by a closing quotation mark or a paragraph end', sp)
        # labels
        tags = set(sp['tags'])
        if sp['kind'] == 's':
            bad = tags - set(STATEMENT_TAGS)
            if bad:
                err('unknown statement tag(s) %s' % sorted(bad), sp)
            if sp['key'] is None:
                err('statement without a speaker', sp)
            if 'partial' in tags and len(w.split()) - sum(1 for t in w.split() if t in ('...', '…', '—', '–', '-')) < 5 and 'clause' not in tags:
                err('partial statement under 5 words must be tagged #clause (or be a fragment)', sp)
        else:
            bad = tags - set(FRAGMENT_TAGS)
            if bad:
                err('unknown fragment tag(s) %s' % sorted(bad), sp)
            if not tags & (set(FRAGMENT_TAGS) - {'headline'}):
                err('fragment needs a type tag (%s)' % ', '.join(sorted(FRAGMENT_TAGS)), sp)
            nwords = len([t for t in w.split() if t not in ('...', '…', '—', '–', '-')])
            if 'partial' in tags and nwords > 4:
                err('partial fragment has %d words (max 4)' % nwords, sp)
        if sp['key'] is not None:
            if sp['key'] not in speakers:
                err('unknown speaker key %r' % sp['key'], sp)
            else:
                speakers[sp['key']]['used'] = True
    for tok in toks:
        c = used[tok[:2]]
        if c == 0:
            s = max(0, tok[0] - 30)
            err('quotation mark %r at %d is not at the edge of an annotated span: %r'
                % (tok[2], tok[0], text[s:tok[1] + 30]))
        elif c > 1:
            err('quotation mark at %d is the edge of two spans' % tok[0])
    low = text.lower()
    for key, spk in speakers.items():
        if not spk['used']:
            err('speaker %r defined but not used' % key)
        for form in [spk['name']] + spk['aliases']:
            if form.lower() not in low:
                err('speaker/alias %r (%s) does not occur in the text' % (form, key))
            elif re.search(r'(?<!\w)' + re.escape(form.lower()) + r'(?!\w)', low) is None:
                err('speaker/alias %r (%s) occurs only inside a longer word' % (form, key))
            else:
                # the form must be used on its own somewhere, not only as part of
                # a longer form of the same speaker
                longer = [f.lower() for f in [spk['name']] + spk['aliases']
                          if len(f) > len(form) and form.lower() in f.lower()]
                covered = set()
                for lf in longer:
                    for m in re.finditer(re.escape(lf), low):
                        covered.add(m.start() + lf.index(form.lower()))
                own = [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(form.lower()) + r'(?!\w)', low)]
                if own and all(o in covered for o in own) and form != spk['name']:
                    err('alias %r (%s) occurs only inside a longer form of the same speaker' % (form, key))
    return errs


def gold_record(stem, spans, speakers):
    quotes = []
    for sp in spans:
        spk = speakers[sp['key']] if sp['key'] else None
        quotes.append({
            'start': sp['start'], 'end': sp['end'], 'text': sp['words'],
            'speaker': spk['name'] if spk else None,
            'speaker_named': bool(spk and spk['kind'] != 'desc'),
            'aliases': list(spk['aliases']) if spk else [],
            'fragment': sp['kind'] == 'f',
        })
    return {'id': stem, 'file': stem + '.txt', 'quotes': quotes}


def load_part(part):
    d = os.path.join(SRC_DIR, part)
    files = sorted(f for f in os.listdir(d) if f.endswith('.txt'))
    arts, errs = [], []
    for f in files:
        path = os.path.join(d, f)
        try:
            text, spans, speakers = parse_source(path)
        except BuildError as exc:
            errs.append(str(exc))
            continue
        errs += check_article(path, text, spans, speakers)
        arts.append((os.path.splitext(f)[0], text, spans, speakers))
    return arts, errs


def style_of(sp):
    o = sp.get('open', '?')
    c = sp.get('close')
    st = o + '…' + (c if c else '¶')
    return st


def stats(arts):
    c = Counter()
    styles, stags, ftags = Counter(), Counter(), Counter()
    described = Counter()
    for stem, text, spans, speakers in arts:
        c['articles'] += 1
        c['words'] += len(text.split())
        for sp in spans:
            spk = speakers.get(sp['key']) if sp['key'] else None
            styles[style_of(sp)] += 1
            if sp.get('pad'):
                styles['padded (space inside a mark)'] += 1
            if '\u2018' in sp['words'] or re.search(r"(^|\s)'\w", sp['words']):
                styles['nested single quotes inside'] += 1
            if sp['kind'] == 's':
                c['statements'] += 1
                if spk is None:
                    continue
                if spk['kind'] == 'desc':
                    c['statements, described speaker'] += 1
                    described[spk['name']] += 1
                elif spk['kind'] == 'org':
                    c['statements, organisation speaker'] += 1
                else:
                    c['statements, named person'] += 1
                for t in sp['tags']:
                    stags[t] += 1
            else:
                c['fragments'] += 1
                c['fragments with a speaker' if spk else 'fragments, no speaker'] += 1
                for t in sp['tags']:
                    ftags[t] += 1
    return c, styles, stags, ftags, described


def print_stats(per_part):
    def table(title, rows_by_part, order=None):
        keys = order or sorted(set(k for r in rows_by_part.values() for k in r))
        print('\n| %s | %s |' % (title, ' | '.join(per_part)))
        print('|---|' + '---|' * len(per_part))
        for k in keys:
            print('| %s | %s |' % (k, ' | '.join(str(rows_by_part[p].get(k, 0)) for p in per_part)))
    order = ['articles', 'words', 'statements', 'statements, named person',
             'statements, organisation speaker', 'statements, described speaker',
             'fragments', 'fragments with a speaker', 'fragments, no speaker']
    table('count', {p: v[0] for p, v in per_part.items()}, order)
    table('quotation marks', {p: v[1] for p, v in per_part.items()})
    table('statement attribution tag', {p: v[2] for p, v in per_part.items()}, sorted(STATEMENT_TAGS))
    table('fragment tag', {p: v[3] for p, v in per_part.items()}, sorted(FRAGMENT_TAGS))
    for p, v in per_part.items():
        print('\ndescribed statement speakers (%s): %s' % (p, ', '.join('%s ×%d' % kv for kv in sorted(v[4].items()))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('outdir', nargs='?')
    ap.add_argument('--part', choices=PARTS)
    ap.add_argument('--check', action='store_true', help='check both parts, write nothing')
    ap.add_argument('--stats', action='store_true', help='check both parts and print counts')
    ap.add_argument('--src', default=SRC,
                    help='folder of the batch to build, holding dev/ and held/ (default: src/)')
    args = ap.parse_args()
    global SRC_DIR
    SRC_DIR = os.path.abspath(args.src)
    if args.check or args.stats:
        if args.outdir or args.part:
            ap.error('--check/--stats take no OUTDIR or --part')
        all_errs, per_part, ids = [], {}, Counter()
        for part in PARTS:
            arts, errs = load_part(part)
            all_errs += errs
            per_part[part] = stats(arts)
            for a in arts:
                ids[a[0]] += 1
        all_errs += ['article id %s occurs in both parts' % k for k, v in ids.items() if v > 1]
        if all_errs:
            print('\n'.join(all_errs), file=sys.stderr)
            print('FAILED: %d problem(s)' % len(all_errs), file=sys.stderr)
            sys.exit(1)
        summary = ', '.join('%s: %d articles, %d statements, %d fragments'
                            % (p, v[0]['articles'], v[0]['statements'], v[0]['fragments'])
                            for p, v in per_part.items())
        print('ok (%s)' % summary)
        if args.stats:
            print_stats(per_part)
        return
    if not args.outdir or not args.part:
        ap.error('need OUTDIR and --part dev|held (or --check)')
    arts, errs = load_part(args.part)
    if errs:
        print('\n'.join(errs), file=sys.stderr)
        print('FAILED: %d problem(s); nothing written' % len(errs), file=sys.stderr)
        sys.exit(1)
    os.makedirs(args.outdir, exist_ok=True)
    with open(os.path.join(args.outdir, 'gold.jsonl'), 'w', encoding='utf-8') as g:
        for stem, text, spans, speakers in arts:
            with open(os.path.join(args.outdir, stem + '.txt'), 'w', encoding='utf-8', newline='') as fh:
                fh.write(text)
            rec = gold_record(stem, spans, speakers)
            for q in rec['quotes']:
                assert text[q['start']:q['end']] == q['text']
            g.write(json.dumps(rec, ensure_ascii=False) + '\n')
    n = sum(len(a[2]) for a in arts)
    print('wrote %d articles, %d quotes to %s' % (len(arts), n, args.outdir))


if __name__ == '__main__':
    main()
