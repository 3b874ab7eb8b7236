# Labels for 23 held eng.train documents (sample "traind"), written
# from the texts and the quotes-dev spec only.
KUCHMA = ('Leonid Kuchma', 'Kuchma', 'President Leonid Kuchma')
KNOBL = ('Adelbert Knobl', 'Knobl')
BUCARAM = ('Abdala Bucaram', 'Bucaram', "Ecuador's President Abdala Bucaram")
PENROSE = ('Michael Penrose', 'Penrose')
RUEHE = ('Volker Ruehe', 'Ruehe', 'Defence Minister Volker Ruehe')
BOURLET = ('Michel Bourlet', 'Bourlet', 'Public Prosecutor Michel Bourlet')
MCCARTHY = ('Mick McCarthy', 'McCarthy', 'new manager Mick McCarthy')
AGUIRRE = ('Angel Aguirre', 'Aguirre')
ML_SPOKESMAN = ('A spokesman for Merrill Lynch',)
SBC_MEMBER = ("a member of SBC Warburg's property team", 'The spokesman')

LABELS = {
    'traind-014': [
        S('Nabil Abu Rdainah', 'Abu Rdainah', 'an Arafat adviser'),
    ],
    'traind-067': [
        # "Wakefield's group wrote in the Lancet": the group led by the named
        # Dr Andrew Wakefield, treated as a named speaker.
        S('Andrew Wakefield', "Wakefield's group", 'Dr Andrew Wakefield', 'Wakefield'),
    ],
    'traind-100': [
        # 4 words, no clause; context ("He offered no details") is Fieger's.
        F('Geoffrey Fieger'),
    ],
    'traind-126': [
        S(*KUCHMA),
        S(*KUCHMA),
        S(*KUCHMA),   # "there was a turning point": 5 words, a clause
        S(*KNOBL),
        S(*KNOBL),
        F('Central bank officials', named=False),  # "definitely"
        S(*KUCHMA),
        S(*KUCHMA),
        F('Bill Clinton'),  # "stabilising factor"
    ],
    'traind-189': [
        S(*BUCARAM),
        S(*BUCARAM),
    ],
    'traind-213': [
        S('Tommy Thompson', 'Thompson'),
    ],
    'traind-277': [
        S(*PENROSE),
        S(*PENROSE),
        S(*PENROSE),
        S(*PENROSE),
    ],
    'traind-299': [
        F('Volker Ruehe'),  # "new and different mandate": 4 words
        S(*RUEHE),
        S(*RUEHE),
        S(*RUEHE),
    ],
    'traind-392': [
        S(*BOURLET),
        S(*BOURLET),
    ],
    'traind-456': [
        F('Stefan Raichev'),  # "discrimination"
        S('Stefan Raichev', 'Raichev'),
    ],
    'traind-482': [
        S('Glyn Davies', 'acting chief spokesman Glyn Davies'),
        S('Glyn Davies', 'acting chief spokesman Glyn Davies'),
    ],
    'traind-511': [
        F('The demonstrators', named=False),  # "state terrorism" in their appeal
    ],
    'traind-552': [
        S(*MCCARTHY),
        S(*MCCARTHY),
        S(*MCCARTHY),
    ],
    'traind-578': [
        D('a police spokesman', 'the spokesman'),
    ],
    'traind-606': [
        S('Peter Munk', 'Barrick chairman and chief executive Peter Munk'),
    ],
    'traind-636': [
        S('Don Loewen', 'Saskatchewan Wheat Pool chief executive Don Loewen'),
    ],
    'traind-700': [
        S('Goschen', 'Lord Goschen'),
        # "a spokesman said" after "The ministry said": the Department of
        # Transport spokesman of the second paragraph.
        D('a spokesman for the Department of Transport', 'a spokesman'),
    ],
    'traind-731': [
        S('Patriotic Union of Kurdistan', 'PUK'),
    ],
    'traind-756': [
        S('Omer Akbel', 'Akbel', 'spokesman Omer Akbel'),
    ],
    'traind-797': [
        # "The Iraqi statement said": the statement of the "Iraqi diplomats".
        D('Iraqi diplomats', 'The Iraqi statement'),
        S('Yasushi Akashi', 'the DHA undersecretary-general'),
    ],
    'traind-853': [
        S(*AGUIRRE),
        S(*AGUIRRE),  # "an exercise in true democracy.": 5 words
    ],
    'traind-888': [
        D(*ML_SPOKESMAN),
        D(*ML_SPOKESMAN),
        D(*SBC_MEMBER),
        F(),  # "add" recommendation: a term
        # "The spokesman" explaining SBC Warburg's own recommendation: the
        # SBC Warburg team member, not the Merrill Lynch spokesman.
        D(*SBC_MEMBER),
        S('Nigel Mobbs', 'Sir Nigel Mobbs'),
    ],
    'traind-917': [
        S('Herbert Demel', 'Demel'),
    ],
}
