# Labels for 24 dev eng.train documents (sample "trainc"), written
# from the texts and the quotes-dev spec only.
NEWCOMBE = ('John Newcombe', 'Newcombe', 'Australian Davis Cup captain John Newcombe',
            'The former Wimbledon champion')
AKASHI = ('Yasushi Akashi', 'Akashi', 'Undersecretary-General Yasushi Akashi')
VOLKOVA = ('Marina Volkova', 'Volkova',
           'deputy head of the currency department at the State Customs Committee')
DAVIES = ('Glyn Davies', 'Davies', 'Spokesman Glyn Davies')
DALMASO = ('Cesare dal Maso', 'Dal Maso', 'Lawyer Cesare dal Maso')
HINGIS = ('Martina Hingis', 'Hingis')
COETZER = ('Amanda Coetzer', 'Coetzer')
HUBER = ('Anke Huber', 'Huber', 'Australian Open finalist Anke Huber')
OLSZA = ('Aleksandra Olsza', 'Olsza', 'U.S. Open rookie Aleksandra Olsza')

LABELS = {
    'trainc-002': [
        F(),                      # song title "Ain't no telling"
    ],
    'trainc-016': [
        D('an embassy official', 'the embassy official'),
        D('an embassy official', 'the embassy official'),   # "he added"
        D('an embassy official', 'the embassy official'),
    ],
    'trainc-047': [
        S(*NEWCOMBE),             # quoted by the Daily Telegraph: still Newcombe's words
        S(*NEWCOMBE),
    ],
    'trainc-070': [
        # "they wrote": the unnamed Oxford research team (described)
        D('a team of doctors at Oxford University', 'the Oxford team', 'British researchers',
          'the researchers'),
    ],
    'trainc-088': [
        F('Alexander Lebed'),     # "came with peace": 3 words, no subject
    ],
    'trainc-103': [
        F('Yasushi Akashi'),      # headline "soon"
        F('Yasushi Akashi'),      # "quite soon."
        S(*AKASHI),
        S(*AKASHI),
    ],
    'trainc-114': [
        S('Chakravarty Rangarajan', 'Rangarajan',
          'The Reserve Bank of India Governor Chakravarty Rangarajan'),
    ],
    'trainc-128': [
        S(*VOLKOVA),
        S(*VOLKOVA),
        F('Marina Volkova'),      # "could substantially improve the situation": 4 words, no subject
        S(*VOLKOVA),
        S(*VOLKOVA),              # 5 words
        S(*VOLKOVA),
        S(*VOLKOVA),              # "she said"
    ],
    'trainc-170': [
        S('Lloyd Axworthy', 'Axworthy', 'Canadian Foreign Minister Lloyd Axworthy'),
    ],
    'trainc-194': [
        S(*DAVIES),
        F('Glyn Davies'),         # "immediate implementation"
        S(*DAVIES),               # 8-word partial
    ],
    'trainc-206': [
        D('an official source', 'the source'),
    ],
    'trainc-215': [
        S('Wayne Jordan', 'Jordan', 'a spokesman for the Arkansas State Police'),
        S('Fannie Johnson', "a member of St. Matthew's"),
        S('Jerome Turner', 'Rev. Jerome Turner', 'pastor of Mount Zion Missionary Baptist Church'),
    ],
    'trainc-227': [
        D('a Sydney broker'),
    ],
    'trainc-281': [
        S('Michael Stroud', 'Dr. Michael Stroud', 'a veteran Eco-Challenge participant'),
    ],
    'trainc-291': [
        F(),                      # "Golden Crescent."
    ],
    'trainc-301': [
        F('Cesare dal Maso'),     # "lifeless in his arms": via ANSA quoting the lawyer
        S(*DALMASO),              # 6-word clause
    ],
    'trainc-379': [
        F(),                      # nom de guerre "Vicente"
        F(),                      # "Oscar"
        S('Oscar', 'Commander Oscar'),
        # the EPR manual, quoted by La Jornada: written words go to their author
        S('Popular Revolutionary Army', 'EPR', 'ERP'),
        F(),                      # scare quote "commanders"
    ],
    'trainc-395': [
        F('Kabul Radio'),         # "precautions"
    ],
    'trainc-435': [
        S(*HINGIS),
        S(*COETZER),
        S(*COETZER),              # multi-paragraph
        S(*COETZER),
        S(*HUBER),                # "said the 21-year-old German"
        S(*HUBER),
        S(*HUBER),
        S(*HINGIS),
        S(*HINGIS),
        S(*HINGIS),
        S(*OLSZA),
        S(*OLSZA),
        S(*OLSZA),                # no attribution; follows "Olsza is undaunted"
    ],
    'trainc-458': [
        S('Piotr Grabowski', 'Grabowski', 'Grabowksi'),   # text misspells "Grabowksi said"
    ],
    'trainc-473': [
        D('one foreign bank dealer'),
        D('another dealer', 'the dealer'),
    ],
    'trainc-485': [
        F(),                      # "Brady Bill"
        F(),                      # "Superman"
        F(),                      # "Mr Clean"
        F(),                      # "prairie populist"
    ],
    'trainc-499': [
        S('Herman Wijffels', 'Wijffels', 'executive board chairman Herman Wijffels'),
    ],
    'trainc-513': [
        F('police', named=False), # "controlled release", as police described it
    ],
}
