# Hand labels for CoNLL-2003 eng.testa documents (Reuters, 1996), part dev_a.
# One label per numbered quotation-mark span (python3 build.py --show ID), in order.
# Rules: ../shared/data/quotes-dev/README.md

LABELS = {
    'testa-004': [
        S('Glenn Hoddle', 'Hoddle'),
        # continuation paragraph, no attribution: still Hoddle
        S('Glenn Hoddle', 'Hoddle'),
        # third paragraph of the same multi-paragraph quote
        S('Glenn Hoddle', 'Hoddle'),
    ],
    'testa-015': [
        # nested single quotes are part of the outer quote
        S("Alex O'Brien", "O'Brien", "the 26-year-old O'Brien"),
        # next paragraph with no attribution continues O'Brien
        S("Alex O'Brien", "O'Brien", "the 26-year-old O'Brien"),
        S('MaliVai Washington', 'Washington'),
        S('MaliVai Washington', 'Washington'),
        S('Jeff Tarango', 'Tarango', 'the 104th-ranked Tarango'),
        S('Jeff Tarango', 'Tarango', 'the 104th-ranked Tarango'),
        S('Jeff Tarango', 'Tarango', 'the 104th-ranked Tarango'),
        # continuation paragraph after "Tarango said."
        S('Jeff Tarango', 'Tarango', 'the 104th-ranked Tarango'),
        S('Marcelo Rios', 'Rios'),
        S('Marcelo Rios', 'Rios'),
        # unattributed paragraph right after Rios's split quote: continues Rios
        S('Marcelo Rios', 'Rios'),
        S('Jeff Tarango', 'Tarango', 'the 104th-ranked Tarango'),
        S('Jeff Tarango', 'Tarango', 'the 104th-ranked Tarango'),
    ],
    'testa-018': [
        S('Tiger Woods', 'Woods'),
        S('Tiger Woods', 'Woods'),
        S('Tiger Woods', 'Woods'),
        # 2-word partial quote in a sentence about Henke's round: Henke's words
        F('Nolan Henke'),
        S('Nolan Henke', 'Henke'),
        S('Nolan Henke', 'Henke'),
        # a short quote that stands as its own sentence, then "he noted": statement; "he" = Estes
        S('Bob Estes', 'Estes'),
        S('Bob Estes', 'Estes'),
    ],
    'testa-022': [
        # UEFA's finding, 2 words woven into the reporter's sentence
        F('UEFA'),
    ],
    'testa-030': [
        # "the report said": the company report to the stock exchange, written words of Comelf
        S('Comelf'),
    ],
    'testa-035': [
        D('one floor trader'),
        D('one analyst'),
        D('one analyst'),
    ],
    'testa-037': [
        D('a trader'),
    ],
    'testa-040': [
        S('Frank Bruno', 'Bruno'),
        # continuation paragraph of Bruno's quote
        S('Frank Bruno', 'Bruno'),
        S('David McLeod', 'Professor David McLeod'),
    ],
    'testa-043': [
        # "the company said in a statement" = mine managers Gold Fields of South Africa Ltd
        S('Gold Fields of South Africa Ltd', 'Gold Fields'),
    ],
    'testa-045': [
        # Interfax is the reporting source, not the speaker
        S('Viktor Chernomyrdin', 'Chernomyrdin', 'Russian Prime Minister Viktor Chernomyrdin'),
        S('Viktor Chernomyrdin', 'Chernomyrdin', 'Russian Prime Minister Viktor Chernomyrdin'),
    ],
    'testa-048': [
        # Tanjug is the reporting source, not the speaker
        S('Ljubomir Acimovic', 'Acimovic', 'Belgrade airport General Director Ljubomir Acimovic'),
    ],
    'testa-050': [
        # judgement call: a spoken plea by a group, not a slogan/chant -> statement by described speaker
        D('a chorus of women'),
        S('Rajab Adinayev'),
        # "he said" = the unnamed elderly man of the previous sentences
        D('One elderly man'),
    ],
    'testa-055': [
        S('Stephen Frater', 'Frater', 'Cofinec CEO Stephen Frater'),
        S('Stephen Frater', 'Frater', 'Cofinec CEO Stephen Frater'),
        S('Stephen Frater', 'Frater', 'Cofinec CEO Stephen Frater'),
        S('Stephen Frater', 'Frater', 'Cofinec CEO Stephen Frater'),
        # unattributed paragraph right after Frater's split quote: continues Frater
        S('Stephen Frater', 'Frater', 'Cofinec CEO Stephen Frater'),
        S('Stephen Frater', 'Frater', 'Cofinec CEO Stephen Frater'),
    ],
    'testa-060': [
        D('one dealer'),
        # judgement call: text says only "one said" (one of the dealers of the previous
        # sentence); worded as "one dealer", not necessarily the same dealer as span 1
        D('one dealer'),
    ],
    'testa-062': [
        S('Hugh Johnson', 'Johnson', 'chief investment officer at First Albany Corp'),
        S('Hugh Johnson', 'Johnson', 'chief investment officer at First Albany Corp'),
        # judgement call: one-word quote inside Johnson's reported speech ("He said that ...")
        F('Hugh Johnson'),
        # unattributed paragraph following "He said that ...": continues Johnson
        S('Hugh Johnson', 'Johnson', 'chief investment officer at First Albany Corp'),
        S('John Geraghty', 'Geraghty'),
        S('John Geraghty', 'Geraghty'),
        S('John Geraghty', 'Geraghty'),
        S('John Geraghty', 'Geraghty'),
    ],
    'testa-064': [
        S('Paul Drazek', 'Drazek', 'senior trade advisor to Agriculture Secretary Dan Glickman',
          "the Agriculture Department's Drazek"),
        S('Paul Drazek', 'Drazek', 'senior trade advisor to Agriculture Secretary Dan Glickman',
          "the Agriculture Department's Drazek"),
        S('Paul Drazek', 'Drazek', 'senior trade advisor to Agriculture Secretary Dan Glickman',
          "the Agriculture Department's Drazek"),
        S('Tom Bellamore'),
        S('Paul Drazek', 'Drazek', 'senior trade advisor to Agriculture Secretary Dan Glickman',
          "the Agriculture Department's Drazek"),
        S('Paul Drazek', 'Drazek', 'senior trade advisor to Agriculture Secretary Dan Glickman',
          "the Agriculture Department's Drazek"),
    ],
    'testa-066': [
        S('Michael Ancell', 'Ancell', 'banking industry analyst at Edward D. Jones & Co'),
        S('Michael Ancell', 'Ancell', 'banking industry analyst at Edward D. Jones & Co'),
        S('James Weber', 'Weber', 'analyst at A.G. Edwards & Sons'),
        S('James Weber', 'Weber', 'analyst at A.G. Edwards & Sons'),
        S('James Weber', 'Weber', 'analyst at A.G. Edwards & Sons'),
        S('Michael Ancell', 'Ancell', 'banking industry analyst at Edward D. Jones & Co'),
        S('Michael Durante', 'analyst at McDonald & Co'),
    ],
    'testa-069': [
        # a letter: written words of its author
        S('Scott Reed', 'Dole campaign manager Scott Reed'),
    ],
    'testa-072': [
        # 3-word partial quote; the Air France workers' words (described group)
        F('about 100 Air France workers', named=False),
        S('Francois Cabrera', 'CFDT spokesman Francois Cabrera'),
        S('Alain Juppe', 'Juppe', 'Prime Minister Alain Juppe'),
    ],
    'testa-077': [
        S('Jim Webber', 'Webber', 'director of fixed-income research with TD Securities Inc'),
        S('Jim Webber', 'Webber', 'director of fixed-income research with TD Securities Inc'),
    ],
    'testa-081': [
        # judgement call: 4-word noun phrase, no clause -> fragment, given to the newspapers that report it
        F('Al-Akhbar'),
    ],
    'testa-084': [
        # "Commerce said" = the Commerce Department
        S('Commerce Department', 'Commerce'),
    ],
    'testa-086': [
        S('Paula Buratti', 'analyst Paula Buratti at Indosuez'),
        S('Marco Tonchetti Provera',
          'Pirelli SpA chairman and chief executive officer Marco Tonchetti Provera'),
    ],
    'testa-088': [
        S('Flavio Cotti', 'Cotti',
          'the chairman of the Organisation for Security and Cooperation in Europe'),
        S('Flavio Cotti', 'Cotti',
          'the chairman of the Organisation for Security and Cooperation in Europe'),
        S('Flavio Cotti', 'Cotti',
          'the chairman of the Organisation for Security and Cooperation in Europe'),
        # 2-word partial quote in Cotti's reported speech ("He added that ...")
        F('Flavio Cotti'),
        S('Flavio Cotti', 'Cotti',
          'the chairman of the Organisation for Security and Cooperation in Europe'),
    ],
    'testa-091': [
        S('Stig Onarheim', 'Onarheim'),
        S('Stig Onarheim', 'Onarheim'),
        S('Johan Sletten', 'Sletten'),
        S('Heidi Groenstein', 'Teenage shop assistant Heidi Groenstein'),
        S('Heidi Groenstein', 'Teenage shop assistant Heidi Groenstein'),
    ],
}
