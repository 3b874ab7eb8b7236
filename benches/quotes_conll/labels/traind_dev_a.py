# Labels for 23 dev eng.train documents (sample "traind"), written
# from the texts and the quotes-dev spec only.

LEVY = ('David Levy', 'Levy', 'Israeli Foreign Minister David Levy')
NEWS = ('News Corp Ltd', 'News Corp', "Rupert Murdoch's News Corp Ltd", 'News')
RAYYAN = ('Mohamed Fahim Rayyan', 'Chairman Mohamed Fahim Rayyan',
          'The chairman of national carrier EgyptAir')
KAREM = ('Karem Haj Yihye', 'Taibe supporter Karem Haj Yihye')
SAMEH = ('Sameh Haj Yihye',)
ABDUL = ('Abdul Rahman Haj Yihye', 'club chairman Abdul Rahman Haj Yihye',
         'Abdul Rahman', 'club chairman Abdul Rahman')
LUEHRS = ('William Luehrs', 'Luehrs')
GUTENSTEIN = ('Robert Gutenstein', 'an analyst for Kalf, Voorhis & Co')
GRESS = ('Gilbert Gress', 'Gress', 'Neuchatel coach Gilbert Gress')
RIFKIND = ('Malcolm Rifkind', 'Rifkind', 'British Foreign Secretary Malcolm Rifkind')
ONEILL = ("William O'Neill", "O'Neill", "William O'Neill of Merrill Lynch")
ROSATI = ('Dariusz Rosati', 'Rosati', 'Polish Foreign Minister Dariusz Rosati')
SALEH = ('Mohammed Saleh', 'Saleh', 'director of the Egyptian Museum')

LABELS = {
    'traind-010': [
        S('Itamar Rabinovich', 'Rabinovich'),   # "he said", after "Rabinovich ... told Israel Radio"
        S(*LEVY),
        S(*LEVY),
        S(*LEVY),
        S(*LEVY),                               # unattributed continuation of Levy
        F("Israel's Channel Two television"),   # "calming signal", 2 words
    ],
    'traind-053': [
        S('Rusty Greer', 'Greer'),
        S('Rusty Greer', 'Greer'),
    ],
    'traind-096': [
        S(*RAYYAN),
        S(*RAYYAN),
        D('the pilot', 'The EgyptAir pilot'),
    ],
    'traind-116': [
        F(),                                    # film title
        S(*NEWS),                               # statement
        S(*NEWS),
        S('Lachlan Drummond', 'First Pacific media analyst Lachlan Drummond'),
        S(*NEWS),                               # "it said"
        D('one Sydney media analyst'),
    ],
    'traind-178': [
        S(*KAREM),
        F('the crowd', named=False),            # chant
        S(*SAMEH),                              # "We're used to hearing the taunts of"
        F(),                                    # mispaired: the attribution itself
        F(),                                    # mispaired: reporter's prose
        S(*SAMEH),
        S(*ABDUL),
        S(*ABDUL),
        S(*KAREM),
        S(*KAREM),
        S(*ABDUL),
        S(*ABDUL),
    ],
    'traind-209': [
        S(*LUEHRS),
        S(*LUEHRS),
        S(*LUEHRS),
        S(*LUEHRS),
        S(*GUTENSTEIN),                         # "not unique, but it's big." = 5 words
        S(*GUTENSTEIN),
    ],
    'traind-229': [
        D('a western bank dealer'),
        D('a western bank dealer'),
    ],
    'traind-293': [
        # IRNA only relays it; the words are the PUK-affiliated radio's (unnamed station)
        D('the radio report', 'a radio station affiliated to the Patriotic Union of Kurdistan',
          'The PUK-run radio'),
    ],
    'traind-384': [
        S(*SALEH),
        S(*SALEH),
    ],
    'traind-438': [
        S('Kevin Foster', 'Foster'),
        S('Kevin Foster', 'Foster'),
        S('Jesus Tavarez', 'Tavarez'),
        S('Jesus Tavarez', 'Tavarez'),
        S('John Boles', 'Florida manager John Boles'),
        S('John Boles', 'Florida manager John Boles'),
        S('Bill Russell', 'Dodgers manager Bill Russell'),
        F(),                                    # stray mark: "Mike Piazza In San Diego ..." is reporter's prose
    ],
    'traind-476': [
        S('Kurdistan Democratic Party', 'KDP'),
    ],
    'traind-501': [
        S('Atria Oy', 'Atria', 'Finnish foodstuffs group Atria Oy'),
    ],
    'traind-544': [
        F('Gilbert Gress'),                     # described the incident as "shocking"
        S(*GRESS),
        S(*GRESS),
    ],
    'traind-571': [
        F(),
        F(),
        F(),
        F(),
        F(),
        D('a woman who worked in the local market'),
    ],
    'traind-598': [
        S(*RIFKIND),
        S(*RIFKIND),
        S(*RIFKIND),
    ],
    'traind-630': [
        F(),                                    # "no action" motion: procedural term
    ],
    'traind-695': [
        S(*ONEILL),
        S(*ONEILL),
    ],
    'traind-722': [
        S(*ROSATI),                             # "it [Gazeta Wyborcza] quoted Rosati as saying"
        S(*ROSATI),
    ],
    'traind-750': [
        S('Bruno Adelt', 'Adelt', 'VW chief financial officer Bruno Adelt'),
    ],
    'traind-787': [
        S('Craig Stromme', 'Stromme', 'U.S. embassy spokesman in Jakarta'),
    ],
    'traind-847': [
        F('Finance Ministry'),                  # "important announcement", 2 words
    ],
    'traind-880': [
        D('a defence official'),
    ],
    'traind-911': [
        D('a police official'),
    ],
}
