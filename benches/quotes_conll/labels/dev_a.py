# Hand labels for CoNLL-2003 eng.testa documents (Reuters, 1996), part dev_a.
# One label per numbered quotation-mark span (python3 build.py --show ID), in order.
# Rules: ../shared/data/quotes-dev/README.md

LABELS = {
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
}
