# Labels for 23 held eng.train documents (sample "traind"), written
# from the texts and the quotes-dev spec only.
GAJDOS = ('Rudolf Gajdos', 'Gajdos')
SIMPSON = ('O.J. Simpson', 'Simpson')

LABELS = {
    'traind-039': [
        S('Craig Brown', 'Scotland manager Craig Brown'),
    ],
    'traind-082': [
        # "a police spokesman said" -- the same spokesman is named two
        # paragraphs on ("spokesman Kazimierz Socha told Reuters").
        S('Kazimierz Socha', 'spokesman Kazimierz Socha'),
        S('Kazimierz Socha', 'spokesman Kazimierz Socha'),
    ],
    'traind-111': [
        S('Inderjit Gupta', 'Gupta'),
        S('Inderjit Gupta', 'Gupta'),
    ],
    'traind-163': [
        S('Berti Vogts', 'Vogts', 'Trainer Berti Vogts'),
        S('Berti Vogts', 'Vogts', 'Trainer Berti Vogts'),  # continuation, no attribution
    ],
    'traind-203': [
        D('one Euromark options trader at a U.S. bank'),
        # "he" = the trader at a Japanese bank of the preceding paragraphs;
        # spans 3-4 are the following paragraphs of the same quote.
        D('A trader at a Japanese bank'),
        D('A trader at a Japanese bank'),
        D('A trader at a Japanese bank'),
        S('Robert Coughlan', 'Coughlan'),
        S('Robert Coughlan', 'Coughlan'),
        S('Robert Coughlan', 'Coughlan'),
    ],
    'traind-224': [
        S('James Harvey', 'Harvey'),
        S('James Harvey', 'Harvey'),
    ],
    'traind-288': [
        # editorial of a named newspaper
        S('Zeri i Popullit'),
    ],
    'traind-375': [
        S('Brian Currin', 'Currin', 'Human rights lawyer Brian Currin'),
        S('Brian Currin', 'Currin', 'Human rights lawyer Brian Currin'),
        S('Brian Currin', 'Currin', 'Human rights lawyer Brian Currin'),
        D('one black caller to a radio talk show'),
        S('Jannie Gagiano', 'Political scientist Jannie Gagiano'),
        S('Tom Lodge', 'Professor Tom Lodge', 'Professor Tom Lodge of the University of the Witwatersrand'),
    ],
    'traind-421': [
        S('Rimma Maslova', 'Maslova'),
        S('Rimma Maslova', 'Maslova'),
        S('Alexander Popov', 'Popov'),
        S('Vitaly Smirnov', 'Smirnov'),
    ],
    'traind-468': [
        D('A Public Transport Corporation spokesman', 'the rail spokesman'),
        D('A Public Transport Corporation spokesman', 'the rail spokesman'),
    ],
    'traind-496': [
        D('one dealer'),
    ],
    'traind-527': [
        S('Danut Lupu', 'Lupu'),
    ],
    'traind-563': [
        F('Rudolf Gajdos'),  # "girls" -- Gajdos's word
        S(*GAJDOS),
        S(*GAJDOS),
        S(*GAJDOS),
        S(*GAJDOS),
    ],
    'traind-593': [
        S('Maureen Garrity', 'Garrity', 'Amtrak spokeswoman Maureen Garrity'),
    ],
    'traind-623': [
        S('Shane Drew', 'Drew', 'pet shop owner Shane Drew'),
        S('Shane Drew', 'Drew', 'pet shop owner Shane Drew'),
        S('Shane Drew', 'Drew', 'pet shop owner Shane Drew'),
        S('Shane Drew', 'Drew', 'pet shop owner Shane Drew'),
    ],
    'traind-684': [
        F(),  # "Dream Team" -- name
        S('Rudi Thiel', 'Thiel', 'Berlin promoter Rudi Thiel'),
        S('Rudi Thiel', 'Thiel', 'Berlin promoter Rudi Thiel'),
        S('Rudi Thiel', 'Thiel', 'Berlin promoter Rudi Thiel'),
    ],
    'traind-716': [
        S('Nick Mokhoff', 'Mokhoff'),
        S('Nick Mokhoff', 'Mokhoff'),
        S('Nick Mokhoff', 'Mokhoff'),
        S('Nick Mokhoff', 'Mokhoff'),
    ],
    'traind-745': [
        S('Nawaz Sharif', 'Sharif'),
        S('Nawaz Sharif', 'Sharif'),
        S('Nawaz Sharif', 'Sharif'),
    ],
    'traind-779': [
        F(),  # "emergent situation" -- technical term
        D('a police spokesman'),
        D('a police spokesman'),
        D('a police spokesman'),
    ],
    'traind-837': [
        # "the statement said" -- the interior ministry's statement
        S('interior ministry'),
    ],
    'traind-867': [
        S(*SIMPSON),  # embedded complete clause, 9 words
        S(*SIMPSON),
        S(*SIMPSON),
        S(*SIMPSON),
    ],
    'traind-905': [
        F(),  # "get-tough" policy
        F('Jean-Louis Debre'),  # "firm orders"
        S('France-Soir'),
        S('Le Figaro'),
        # the separatists' principle as reported by Le Monde: a complete
        # clause, the words presented as the separatist movements'
        D('some separatist movements'),
    ],
    'traind-936': [
        # unnamed spokesman of the foreign ministry: described speaker
        D('A foreign ministry spokesman', 'the spokesman'),
        D('A foreign ministry spokesman', 'the spokesman'),
        # "Algeria said" -- embedded complete clause, attributed to the state
        S('Algeria'),
        S('Malcolm Rifkind', 'British Foreign Secretary Malcolm Rifkind'),
    ],
}
