#!/usr/bin/env python3
"""Write the attribution grid: short articles, each ending in one quote whose
speaker is known by construction, in every attribution shape of English news
this team could list, for several casts of people.

usage:
  python3 grid.py OUTDIR [--cast all|dev|check]
      writes OUTDIR/<id>.txt and OUTDIR/gold.jsonl (quotes-dev's format, so
      ../shared/tools/quote_score.py scores it with --gold and --root)

Why a grid: the held parts of the other quote sets say how often speakers
are right, not which shapes are missed, and their misses are not read. The
grid asks each shape on its own, with a distractor of the other or the same
gender in the paragraph before, so a shape that fails fails in every cast.

The shapes were written from how news copy attributes speech (wire, local,
sport, business), not from newsmill's output or any set's misses. The casts
are invented people and organisations. `dev` casts may be read while fixing
a shape; `check` casts are scored only: they vary the names, not the shapes,
so they show whether a fix holds for other names, and nothing more.
Standard library only.
"""
import argparse
import json
import os
import sys

# Each cast: the speaker X (full name, last name, pronoun, title, age),
# a distractor Y (full, last, pronoun), an organisation O and an outlet.
CASTS = [
    dict(part='dev', X='Marta Okafor', Xl='Okafor', Xp='she', Xpos='her',
         title='chief executive', age=52, Y='Daniel Reyes', Yl='Reyes', Yp='he',
         O='Harland Water Board', outlet='the Coastal Ledger', curly=True),
    dict(part='dev', X='Tomasz Wieczorek', Xl='Wieczorek', Xp='he', Xpos='his',
         title='finance director', age=47, Y='Priya Natarajan', Yl='Natarajan', Yp='she',
         O='Brightwell Mining', outlet='the Evening Courier', curly=False),
    dict(part='dev', X='Aisha Bello', Xl='Bello', Xp='she', Xpos='her',
         title='superintendent', age=58, Y='Grace Lindqvist', Yl='Lindqvist', Yp='she',
         O='Orchard Valley School District', outlet='the Valley Gazette', curly=True),
    dict(part='check', X='Kenji Morimoto', Xl='Morimoto', Xp='he', Xpos='his',
         title='manager', age=44, Y='Luis Ortega', Yl='Ortega', Yp='he',
         O='Northgate Rovers', outlet='the Sunday Post', curly=False),
    dict(part='check', X='Siobhan Doherty', Xl='Doherty', Xp='she', Xpos='her',
         title='harbour master', age=39, Y='Mark Feeney', Yl='Feeney', Yp='he',
         O='Dublin Port Company', outlet='the Irish Examiner', curly=True),
    dict(part='check', X='Oluwaseun Adeyemi', Xl='Adeyemi', Xp='he', Xpos='his',
         title='commissioner', age=61, Y='Hannah Kowalczyk', Yl='Kowalczyk', Yp='she',
         O='Lagos State Health Ministry', outlet='the Daily Trust', curly=False),
]

# The words of the quote: a full sentence, ending in a comma when the
# attribution follows and in a stop when it comes first.
Q_AFTER = 'We will finish the work before the winter comes,'
Q_BEFORE = 'We will finish the work before the winter comes.'
Q_FIRST = 'Nobody wanted this delay,'
Q_SECOND = 'but we have the money now and the crews are ready.'

INTRO = ('{X}, the {title} of {O}, spoke on Monday after a long meeting '
         'with {Y}.')
# The paragraph before the quote names the distractor last, as its subject.
MIDDLE = '{Y} told the meeting the plan had come too late.'
MIDDLE_QUOTED = '{q0}The plan has come too late,{q1} {Yl} said.'

# (id, speaker, attribution paragraph, options). In the paragraph, {A} is
# the quote ending in a comma, {B} the quote ending in a stop, with marks.
# Options: 'pronoun' needs a distractor of the other gender; 'intro' and
# 'middle' replace those paragraphs; 'middle_quoted' gives the distractor
# a quote of their own just before.
SHAPES = [
    # The attribution after the quote.
    ('after_said', 'X', '{A} {Xl} said.', {}),
    ('after_said_inverted', 'X', '{A} said {Xl}.', {}),
    ('after_said_day', 'X', '{A} {Xl} said on Tuesday.', {}),
    ('after_said_day_ap', 'X', '{A} {Xl} said Tuesday.', {}),
    ('after_says', 'X', '{A} {Xl} says.', {}),
    ('after_added', 'X', '{A} {Xl} added.', {}),
    ('after_explained', 'X', '{A} {Xl} explained.', {}),
    ('after_insisted', 'X', '{A} {Xl} insisted.', {}),
    ('after_warned', 'X', '{A} {Xl} warned.', {}),
    ('after_admitted', 'X', '{A} {Xl} admitted.', {}),
    ('after_acknowledged', 'X', '{A} {Xl} acknowledged.', {}),
    ('after_told_reporters', 'X', '{A} {Xl} told reporters.', {}),
    ('after_told_outlet', 'X', '{A} {Xl} told {outlet}.', {}),
    ('after_told_distractor', 'X', '{A} {Xl} told {Yl}.', {}),
    ('after_said_of_distractor', 'X', '{A} {Xl} said of {Yl}.', {}),
    ('after_said_statement', 'X', '{A} {Xl} said in a statement.', {}),
    ('after_said_interview', 'X', '{A} {Xl} said in an interview.', {}),
    ('after_wrote_facebook', 'X', '{A} {Xl} wrote on Facebook.', {}),
    ('after_later_told', 'X', '{A} {Xl} later told the council.', {}),
    ('after_said_adding', 'X', '{A} {Xl} said, adding that the money was already in the bank.', {}),
    ('after_said_as_left', 'X', '{A} {Xl} said as {Xp} left the hall.', {}),
    ('after_age', 'X', '{A} {Xl}, {age}, said.', {}),
    ('after_apposition', 'X', '{A} {X}, the {title} of {O}, said.', {'intro': 'The meeting on Monday ran late into the evening.'}),
    ('after_inverted_apposition', 'X', '{A} said {X}, {title} at {O}.', {'intro': 'The meeting on Monday ran late into the evening.'}),
    ('after_inverted_relative', 'X', '{A} said {Xl}, who has led {O} since 2019.', {}),
    ('after_title_alone', 'X', '{A} the {title} said.', {}),
    ('after_pronoun', 'X', '{A} {Xp} said.', {'pronoun': True}),
    ('after_pronoun_added', 'X', '{A} {Xp} added.', {'pronoun': True}),
    ('after_pronoun_distractor_quoted', 'X', '{A} {Xp} said.', {'pronoun': True, 'middle_quoted': True}),
    ('after_distractor_named_inside', 'X', '{q0}{Yl} was wrong about the cost,{q1} {Xl} said.', {}),
    ('after_split', 'X', '{q0}' + Q_FIRST + '{q1} {Xl} said. {q0}But we have the money now.{q1}', {}),
    ('after_interrupted', 'X', '{q0}' + Q_FIRST + '{q1} {Xl} said, {q0}' + Q_SECOND + '{q1}', {}),
    ('after_organisation', 'O', '{A} {O} said in a statement.', {'intro': 'The plan was approved on Monday after a long meeting with {Y}.'}),
    ('after_honorific', 'X', '{A} Dr. {Xl} said.', {}),
    # The attribution before the quote.
    ('before_said_colon', 'X', '{Xl} said: {B}', {}),
    ('before_said_comma', 'X', '{Xl} said, {B}', {}),
    ('before_added_colon', 'X', '{Xl} added: {B}', {}),
    ('before_told_reporters', 'X', '{Xl} told reporters: {B}', {}),
    ('before_told_outlet', 'X', '{Xl} told {outlet}: {B}', {}),
    ('before_statement', 'X', 'In a statement, {Xl} said: {B}', {}),
    ('before_later_wrote', 'X', '{Xl} later wrote on Facebook: {B}', {}),
    ('before_speaking_after', 'X', 'Speaking after the meeting, {Xl} said: {B}', {}),
    ('before_speaking_inserted', 'X', '{Xl}, speaking after the meeting, said: {B}', {}),
    ('before_asked_about', 'X', 'Asked about the delay, {Xl} said: {B}', {}),
    ('before_according_to', 'X', 'According to {Xl}, {B}', {}),
    ('before_put_it', 'X', '{Xl} put it bluntly: {B}', {}),
    ('before_replied_to', 'X', '{Xl} replied to {Yl}: {B}', {}),
    ('before_pronoun_added', 'X', '{XpCap} added: {B}', {'pronoun': True}),
    ('before_pronoun_said', 'X', '{XpCap} said: {B}', {'pronoun': True}),
    ('before_age_opens', 'X', 'The {age}-year-old said: {B}', {'intro': '{X}, {age}, has run {O} for six years.'}),
    ('before_coordinated_and', 'X', '{Xl} left the hall quickly and said: {B}', {}),
    ('before_coordinated_but', 'X', '{Xl} left the hall quickly but said: {B}', {}),
    ('before_modified_coordinated_but', 'X', 'Former {title} {X} left the hall quickly but said: {B}', {'intro': 'The meeting on Monday ran late into the evening.'}),
    ('before_org_title_name', 'X', '{O} {title} {X} said: {B}', {'intro': 'The meeting on Monday ran late into the evening.'}),
    ('before_possessive_title', 'X', '{O}\'s {title}, {X}, said: {B}', {'intro': 'The meeting on Monday ran late into the evening.'}),
    ('before_title_name', 'X', '{TitleCap} {X} said: {B}', {'intro': 'The meeting on Monday ran late into the evening.'}),
    ('before_multi_paragraph', 'X', '{Xl} said: {q0}' + Q_BEFORE + '\n\n{q0}And we will not ask for more.{q1}', {'multi': True}),
    ('before_organisation', 'O', '{O} said in a statement: {B}', {'intro': 'The plan was approved on Monday after a long meeting with {Y}.'}),
    ('before_wrote_letter', 'X', 'In a letter to {Yl}, {Xl} wrote: {B}', {}),
    ('before_said_then', 'X', '{Xl} said the plan was sound, then added: {B}', {}),
    ('before_asked_question', 'X', '{Xl} asked: {q0}Who else was going to pay for it?{q1}', {}),
    # Material between the name and the verb, and around the quote.
    ('after_relative_before_verb', 'X', '{A} {Xl}, who took over as {title} in March, said.', {}),
    ('after_long_inverted_apposition', 'X', '{A} said {Xl}, a former teacher who has lived in the town for 30 years.', {}),
    ('after_said_after_meeting_distractor', 'X', '{A} {Xl} said after the meeting with {Yl} on Monday.', {}),
    ('after_said_according_to_outlet', 'X', '{A} {Xl} said, according to {outlet}.', {}),
    ('after_quoted_by_outlet', 'X', '{A} {Xl} was quoted as saying by {outlet}.', {}),
    ('after_statement_released_by_org', 'X', '{A} {Xl} said in a statement released by {O}.', {}),
    ('after_continuation_paragraph', 'X', '{A} {Xl} said.\n\n{q0}We have waited long enough.{q1}', {}),
    ('after_pronoun_after_question', 'X', '{Yl} asked {Xl} whether the money was there. {A} {Xp} said.', {'pronoun': True, 'middle': 'The meeting on Monday ran late into the evening.'}),
    ('after_pronoun_after_judgement', 'X', '{Xl} was not convinced. {A} {Xp} said.', {'pronoun': True}),
    ('before_unattributed_after_indirect', 'X', '{Xl} said the crews were ready.\n\n{B}', {}),
    ('before_unattributed_after_reaction', 'X', '{Xl} disagreed. {B}', {}),
    ('before_quoted_as_saying', 'X', '{Yl} quoted {Xl} as saying: {B}', {}),
    ('before_outlet_quoted', 'X', '{OutletCap} quoted {Xl} as saying: {B}', {}),
    ('before_according_to_outlet', 'X', 'According to {outlet}, {Xl} said: {B}', {}),
    ('before_interview_with_outlet', 'X', 'In an interview with {outlet}, {Xl} said: {B}', {}),
    ('before_speaking_to_outlet_titled', 'X', 'Speaking to {outlet} on Tuesday, {TitleCap} {X} said: {B}', {'intro': 'The meeting on Monday ran late into the evening.'}),
    ('before_told_distractor_in_call', 'X', '{Xl} told {Yl} in a phone call: {B}', {}),
    ('before_whose_clause', 'X', '{Xl}, whose board had backed {Yl} last year, said: {B}', {}),
    ('before_age_and_description', 'X', '{X}, {age}, a mother of three from the town, said: {B}', {'intro': 'The meeting on Monday ran late into the evening.', 'female': True}),
    ('before_spokesman_of_distractor', 'Y', '{Xl}\'s spokesperson, {Y}, said: {B}', {'intro': '{X}, the {title} of {O}, did not attend the meeting on Monday.', 'middle': 'The vote was close.'}),
    ('before_unlike_distractor', 'X', 'Unlike {Yl}, {Xl} said: {B}', {}),
    ('before_post_on_x', 'X', '{Xl} said in a post on X, formerly Twitter: {B}', {}),
    # Wire copy.
    ('wire_told_agency', 'X', '{A} {Xl} told Reuters.', {}),
    ('wire_told_news_conference', 'X', '{A} {Xl} told a news conference in the capital.', {}),
    ('wire_said_adding', 'X', '{A} {Xl} said, adding that talks would resume on Friday.', {}),
    ('wire_quoted_by_agency', 'X', '{Xl} was quoted by the official news agency as saying: {B}', {}),
    ('wire_agency_quoted', 'X', 'The official news agency quoted {Xl} as saying: {B}', {}),
    ('wire_said_according_to_agency', 'X', '{A} {Xl} said on Tuesday, according to the official news agency.', {}),
    ('wire_speaking_on_television', 'X', '{Xl}, speaking on state television, said: {B}', {}),
    ('wire_told_reporters_in_city', 'X', '{Xl} told reporters in Paris: {B}', {}),
    ('wire_spokesman_for_org', 'O', '{A} a spokesman for {O} said.', {'intro': 'The plan was approved on Monday after a long meeting with {Y}.', 'described': 'a spokesman for {O}'}),
    ('wire_said_in_statement_issued', 'X', '{A} {Xl} said in a statement issued by {Xpos} office.', {}),
    ('wire_dateline', 'X', 'LONDON, Aug 30 - {X}, the {title} of {O}, said on Friday: {B}', {'intro': 'The meeting on Monday ran late into the evening.'}),
    ('wire_pronoun_after_two_quotes', 'X', '{A} {Xl} said. {q0}We have the money.{q1}\n\n{q0}The crews are ready,{q1} {Xp} added.', {'pronoun': True}),
    ('wire_inverted_said_title_name', 'X', '{A} said {TitleCap} {X}.', {'intro': 'The meeting on Monday ran late into the evening.'}),
    ('wire_said_in_interview_with_agency', 'X', '{Xl} said in an interview with Reuters: {B}', {}),
]


def marks(cast):
    return ('\u201c', '\u201d') if cast['curly'] else ('"', '"')


def fill(template, cast):
    q0, q1 = marks(cast)
    values = dict(cast)
    values.update(q0=q0, q1=q1, A=q0 + Q_AFTER + q1, B=q0 + Q_BEFORE + q1,
                  XpCap=cast['Xp'].capitalize(),
                  OutletCap=cast['outlet'][:1].upper() + cast['outlet'][1:],
                  TitleCap=cast['title'][:1].upper() + cast['title'][1:])
    return template.format(**values)


def article(shape, cast):
    sid, who, para, opts = shape
    if opts.get('pronoun') and cast['Xp'] == cast['Yp']:
        return None
    if opts.get('female') and cast['Xp'] != 'she':
        return None
    title = 'Council backs the harbour plan after a long night'
    intro = fill(opts.get('intro', INTRO), cast)
    middle = fill(opts.get('middle', MIDDLE_QUOTED if opts.get('middle_quoted') else MIDDLE), cast)
    body = fill(para, cast)
    text = '\n\n'.join([title, intro, middle, body]) + '\n'
    speaker = {'X': cast['X'], 'Y': cast['Y'], 'O': cast['O']}[who]
    # A described speaker is scored by its description, as quotes-dev's are.
    described = fill(opts['described'], cast) if 'described' in opts else None
    # The statement: the quote's words inside its marks. A split or
    # interrupted quote is two statements by the same speaker; a quote that
    # goes on into the next paragraph is one per paragraph.
    q0, q1 = marks(cast)
    quotes = []
    at = len(text) - len(body) - 1
    pos = 0
    while True:
        o = body.find(q0, pos)
        if o < 0:
            break
        start = o + len(q0)
        close = body.find(q1, start)
        stop = body.find('\n', start)
        end = close if close >= 0 and (stop < 0 or close < stop) else stop
        if end < 0:
            end = len(body)
        quotes.append(dict(start=at + start, end=at + end, text=body[start:end],
                           speaker=described or speaker, speaker_named=described is None,
                           aliases=[] if described else {'X': [cast['Xl']], 'Y': [cast['Yl']]}.get(who, []),
                           fragment=False))
        pos = end + 1
    # The distractor's own quote, when the middle paragraph has one.
    if opts.get('middle_quoted'):
        m_at = text.index(middle)
        start = m_at + middle.index(q0) + len(q0)
        end = m_at + middle.index(q1, middle.index(q0) + len(q0))
        quotes.insert(0, dict(start=start, end=end, text=text[start:end],
                              speaker=cast['Y'], speaker_named=True,
                              aliases=[cast['Yl']], fragment=False))
    for q in quotes:
        assert text[q['start']:q['end']] == q['text'], (sid, q)
    return text, quotes


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('out')
    ap.add_argument('--cast', choices=('all', 'dev', 'check'), default='all')
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    gold = []
    for ci, cast in enumerate(CASTS):
        if args.cast != 'all' and cast['part'] != args.cast:
            continue
        for shape in SHAPES:
            made = article(shape, cast)
            if made is None:
                continue
            text, quotes = made
            stem = '%s-c%d' % (shape[0], ci + 1)
            with open(os.path.join(args.out, stem + '.txt'), 'w', encoding='utf-8') as f:
                f.write(text)
            gold.append(dict(id=stem, file=stem + '.txt', quotes=quotes))
    with open(os.path.join(args.out, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + '\n')
    print('%d articles, %d statements' % (len(gold), sum(len(g['quotes']) for g in gold)),
          file=sys.stderr)


if __name__ == '__main__':
    main()
