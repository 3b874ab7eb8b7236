# Labels for 23 dev eng.train documents (sample "trainb"), written
# from the texts and the quotes-dev spec only.
MOTHER_TERESA = ('Mother Teresa',)
STICH = ('Michael Stich', 'Stich')

LABELS = {
    'trainb-003': [
        S('Shen Guofang', 'Shen', 'Foreign Ministry spokesman Shen Guofang'),
        # the People's Daily relays Tang's words: the speaker is Tang
        S('Tang Shubei', 'Tang', "China's top negotiator with Taipei"),
    ],
    'trainb-017': [
        # 3 words, Saddam's wish as relayed by the papers
        F('Saddam Hussein'),
        # the papers' own account of the meeting (their reporting), speaker unnamed
        D('official Iraqi newspapers', 'the papers'),
        # 8-word partial quote: a statement
        S('Vladimir Zhirinovsky', 'Zhirinovsky'),
        S('Vladimir Zhirinovsky', 'Zhirinovsky'),
    ],
    'trainb-050': [
        S('William Goldiner', 'Dr. William Goldiner', 'Orioles team physician Dr. William Goldiner'),
    ],
    'trainb-071': [
        S('Overseas Development Administration', "Britain's Overseas Development Administration"),
        S('Lynda Chalker', 'Overseas Development Minister Lynda Chalker'),
    ],
    'trainb-095': [
        S('Daoud Makkawi', 'Daoud', 'owner of the Nablus-based al-Risala bookshop'),
        S('Mutawakel Taha', 'Taha', 'Palestinian Information Ministry Director-General Mutawakel Taha'),
        S('Mutawakel Taha', 'Taha', 'Palestinian Information Ministry Director-General Mutawakel Taha'),
        S('Daoud Makkawi', 'Daoud', 'owner of the Nablus-based al-Risala bookshop'),
    ],
    'trainb-106': [
        # broker's research comment (Paribas is the broker in the summary table)
        S('Paribas'),
        F(),
    ],
    'trainb-115': [
        # "her simple message": Mother Teresa's words
        S(*MOTHER_TERESA),
        S(*MOTHER_TERESA),
        S(*MOTHER_TERESA),
        S(*MOTHER_TERESA),
        S(*MOTHER_TERESA),
        S(*MOTHER_TERESA),
        F(),
        F('a British television documentary', named=False),
    ],
    'trainb-129': [
        F(),
        F(),
        F(),
        F(),
        F(),
        F(),
        F(),
    ],
    'trainb-177': [
        S('Greg Norman', 'Norman'),
        S('Greg Norman', 'Norman'),
        S('Greg Norman', 'Norman'),
        S('Greg Norman', 'Norman'),
    ],
    'trainb-195': [
        S('Richard Black', 'Black', 'Detective Richard Black',
          'Detective Richard Black of the Chesapeake Police Department'),
    ],
    'trainb-207': [
        S('Riza Altun', 'Kurdistan Workers Party (PKK) central committee member Riza Altun'),
    ],
    'trainb-216': [
        S('EVEREN Securities Inc', 'EVEREN'),
    ],
    'trainb-228': [
        # headline word echoing the geology professors' claim (spelled as in the story)
        F('Geology prefessors', named=False),
        D('one professor'),
    ],
    'trainb-283': [
        S('Kamuzu Banda', 'Banda'),
    ],
    'trainb-292': [
        # a named spokesman is the person
        S('Mohamed Ali Khalfallah', 'Khalfallah',
          'spokesman for the Movement of Socialist Democrats (MDS)'),
        F(),
    ],
    'trainb-302': [
        # "if I am allowed to": 5 words, a clause -> statement
        S('Michel Bourlet', 'Bourlet', 'chief prosecutor Michel Bourlet'),
        F(),
    ],
    'trainb-383': [
        S('Yehiel Amitai', 'spokesman Yehiel Amitai'),
        S('Yehiel Amitai', 'spokesman Yehiel Amitai'),
    ],
    'trainb-396': [
        F(),
        F('Opposition legislators', named=False),
        F('Sheikh Hasina'),
    ],
    'trainb-436': [
        S(*STICH),
        S(*STICH),
        S('Todd Martin', 'Martin', 'U.S. Davis Cup player Todd Martin'),
        S(*STICH),
        S(*STICH),
        S(*STICH),
        S(*STICH),
        S(*STICH),
    ],
    'trainb-459': [
        F(),
    ],
    'trainb-474': [
        S('Arlen Specter', 'Specter',
          'U.S. Senate Intelligence Committee chairman Arlen Specter',
          'the Pennsylvania Republican'),
    ],
    'trainb-486': [
        # unattributed quote continuing the unnamed police spokesman
        D('A police spokesman'),
    ],
    'trainb-500': [
        # one-word fragments from the Ipsos poll's respondents
        F('Ipsos'),
        F('Ipsos'),
        F('Ipsos'),
    ],
}
