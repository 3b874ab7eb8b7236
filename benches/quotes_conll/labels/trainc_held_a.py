# Labels for 23 held eng.train documents (sample "trainc"), written
# from the texts and the quotes-dev spec only.

PRESCOTT = ('Mark Prescott', 'Prescott', 'Sir Mark Prescott')
GILDEA = ('Mark Gildea', 'Gildea')
GUJRAL = ('I.K. Gujral', 'Gujral', 'Foreign Minister I.K. Gujral')
WINKLER = ('Scott Winkler', 'Winkler')
CLINTON = ('Bill Clinton', 'Clinton', 'President Bill Clinton')
CAMPAIGN = ('a senior campaign official', 'the campaign official')
YASTR = ('Sergei Yastrzhembsky', 'Yastrezhembsky')

LABELS = {
    'trainc-012': [
        S('Mujahideen Khalq'),              # "it said" = the Mujahideen Khalq statement
        D('A spokesman for the group'),      # 13-word partial quote: statement
    ],
    'trainc-032': [
        S(*PRESCOTT),
        S(*PRESCOTT),                        # "He added"
        S('Jack Berry', 'Berry'),
    ],
    'trainc-064': [
        S(*GILDEA),
        S(*GILDEA),
        S(*GILDEA),                          # continuation, no attribution
    ],
    'trainc-076': [
        S('John Inienger'),                  # "he said" = Inienger (previous paragraph)
        S('John Inienger'),
    ],
    'trainc-098': [
        S('Burcin Mavituna'),
    ],
    'trainc-109': [
        S(*GUJRAL),
        S(*GUJRAL),
        S(*GUJRAL),
        S(*GUJRAL),
        S(*GUJRAL),                          # "the statement said": Gujral's written statement
        S(*GUJRAL),
        S(*GUJRAL),
    ],
    'trainc-120': [
        S('Vivit Chatuparisut', 'Vivit',
          'deputy director general of the Correction Department'),
    ],
    'trainc-140': [
        S('MaliVai Washington', 'Washington'),
        S('MaliVai Washington', 'Washington'),
        S('MaliVai Washington', 'Washington'),   # next paragraph of the same quote
        S('Patrick Rafter', 'Rafter'),
        S('Patrick Rafter', 'Rafter'),
        S('Todd Martin', 'Martin'),
        S('Todd Martin', 'Martin'),
        S("Alex O'Brien", "O'Brien"),
        S("Alex O'Brien", "O'Brien"),
        S('Thomas Enqvist', 'Enqvist'),
        S('Thomas Enqvist', 'Enqvist'),
        S('Thomas Enqvist', 'Enqvist'),
    ],
    'trainc-186': [
        S('Aslan Shabazov'),
        S('Svetlana Goncharova', 'Goncharova'),
        S('Svetlana Goncharova', 'Goncharova'),
    ],
    'trainc-200': [
        S('Sri Lankan foreign ministry'),
        S('Sri Lankan foreign ministry'),    # "The statement said the U.S. government ..." (24 words)
    ],
    'trainc-211': [
        S('Rob Enderle', 'Enderle'),
        S(*WINKLER),
        S(*WINKLER),
        S(*WINKLER),
        S(*WINKLER),
        S(*WINKLER),
        S(*WINKLER),                         # "he said" after "Winkler and others believe"
        S(*WINKLER),
    ],
    'trainc-221': [
        D('a presidency statement'),         # unnamed presidency office
    ],
    'trainc-234': [
        S('Softbank Corp', 'Softbank'),      # "he said": unnamed Softbank official, no description in text
    ],
    'trainc-286': [
        D('the scientist', 'a forensic scientist'),
    ],
    'trainc-296': [
        F(),                                 # headline scare quote "news"
        F(),                                 # "making news"
        F('Bill Clinton'),                   # "announce"
        S(*CLINTON),
        S(*CLINTON),
        S(*CLINTON),
        S(*CLINTON),
        S(*CLINTON),
        D(*CAMPAIGN),                        # "According to a senior campaign official, Clinton '...'"
        D(*CAMPAIGN),
        D(*CAMPAIGN),
        F(),                                 # "news"
        F(),                                 # "news"
        S('Mike McCurry', 'McCurry', 'White House Press Secretary Mike McCurry'),
        F('Mike McCurry'),                   # "set out a road map" (4 words, no clause)
    ],
    'trainc-350': [
        S('Darren Bragg', 'Bragg'),
        S('Darren Bragg', 'Bragg'),
        S('Frankie Rodriguez', 'Rodriguez'),
        S('Frankie Rodriguez', 'Rodriguez'),
    ],
    'trainc-390': [
        S('Yasser Arafat', 'Arafat'),        # "to save the peace process": 5 words -> statement (Arafat's appeal)
        S('Ezer Weizman', 'Weizman', 'Israeli President Ezer Weizman'),
    ],
    'trainc-400': [
        S('Advanced Medical Inc.', 'Advanced Medical'),  # "the companies said" (joint release)
    ],
    'trainc-453': [
        S(*YASTR),
        S(*YASTR),                           # "one state offical or another": 5 words -> statement
        S(*YASTR),
        S(*YASTR),
    ],
    'trainc-462': [
        D('one dealer'),
    ],
    'trainc-478': [
        S('Amina Muhammad'),
        S('Amina Muhammad'),
    ],
    'trainc-490': [
        S('Timothy Reid'),
        S('Timothy Reid'),
        F('Timothy Reid'),                   # "vigorously defending"
    ],
    'trainc-506': [
        F(),
        F(),
        F(),
    ],
}
