# Labels for 23 held eng.train documents (sample "trainc"), written
# from the texts and the quotes-dev spec only.
SITANYI = ('Gabor Sitanyi', 'Sitanyi', 'a London-based analyst for ING Barings')
ERDEI = ('Tamas Erdei', 'Erdei', 'a Budapest-based analyst for ABN-AMRO Hoare Govett')
KHADGA = ('Khum Bahadur Khadga', 'Khadga', 'Home (Interior) Minister Khum Bahadur Khadga')
MEDVEDEV = ('Andrei Medvedev', 'Medvedev')
TERENCE = ('Nsanze Terence', 'Terence', 'Ambassador Nsanze Terence')
ARAFAT = ('Yasser Arafat', 'Arafat', 'Palestinian President Yasser Arafat')
ROSS = ('Dennis Ross', 'Ross', 'U.S. Middle East envoy Dennis Ross')
GOLDSTEIN = ('Ken Goldstein', 'Goldstein', 'Conference Board economist Ken Goldstein')
RANDALL = ('Scott Randall', 'Randall')
KAN = ('Miles Kan', 'Kan')

LABELS = {
    'trainc-522': [
        S('Bernard Halford', 'Club secretary Bernard Halford'),
    ],
    'trainc-547': [
        S(*SITANYI),
        S(*ERDEI),
        S(*ERDEI),
        S(*ERDEI),   # unattributed, between two Erdei quotes
        S(*ERDEI),
        S(*SITANYI),
    ],
    'trainc-559': [
        S('Heiki Kranich', 'Reform Party head Heiki Kranich'),
    ],
    'trainc-575': [
        F(),         # ship name
    ],
    'trainc-587': [
        S('Paul Bloch', 'publicist Paul Bloch'),   # "he said"
        F(),
        F(),
        F(),
    ],
    'trainc-601': [
        S(*KHADGA),
        F('Khum Bahadur Khadga'),   # 4-word infinitive phrase, no clause
        S(*KHADGA),
    ],
    'trainc-621': [
        S('Glafcos Xenos', 'police spokesman Glafcos Xenos'),
    ],
    'trainc-633': [
        S('Arthur Levitt', 'SEC Chairman Arthur Levitt'),
        S('Arthur Levitt', 'SEC Chairman Arthur Levitt'),   # 9-word partial, "he added"
        F(),
        F(),
        F(),
        F(),
    ],
    'trainc-662': [S(*MEDVEDEV)] * 11,
    'trainc-698': [
        D('a trade source'),
    ],
    'trainc-713': [
        # "the group said in a statement": the group is the CRP
        S('Constitutional Rights Project', 'CRP', 'A Nigerian human rights group'),
    ],
    'trainc-725': [
        S('Adolfo Salamanca', 'Salamanca', 'Deputy Prosecutor-General Adolfo Salamanca'),
        S('Ernesto Samper', 'Samper', 'President Ernesto Samper'),   # "he told reporters"
    ],
    'trainc-740': [
        S(*TERENCE),
        S(*TERENCE),
        S(*TERENCE),   # 9-word partial
        S('Mothusi Nkgowe', "Botswana's envoy"),   # 6-word partial
        F('Nsanze Terence'),
        S('Juan Somavia', 'Chilean Ambassador Juan Somavia'),
        F('Karl Inderfurth'),
        S('Karl Inderfurth', 'Ambassador Karl Inderfurth'),   # 9-word partial, "he said"
    ],
    'trainc-754': [
        S(*ARAFAT),
        S(*ARAFAT),
        S(*ARAFAT),
        F('Yasser Arafat'),
        S(*ARAFAT),
        S(*ARAFAT),    # "alarm bells are ringing": 4 words but a clause
        S(*ROSS),      # Arafat quoting Ross: words are Ross's
        S(*ARAFAT),    # Arafat's own reply
        S(*ROSS),      # "Arafat quoted Ross as saying"
    ],
    'trainc-776': [
        D('a dealer'),   # paragraph 1 of a two-paragraph quote
        D('a dealer'),
    ],
    'trainc-789': [
        D('a dealing director at a local brokerage'),
    ],
    'trainc-834': [
        S('Yoka Lye Mudaba', 'Commission spokesman Yoka Lye Mudaba'),
    ],
    'trainc-850': [
        F(),           # scare quote
        S('Alberto Piotti', 'Piotti'),
    ],
    'trainc-865': [S(*GOLDSTEIN)] * 3,
    'trainc-884': [
        S('Elias Moosa', 'analyst Elias Moosa'),
        S(*RANDALL),
        S(*RANDALL),
        S(*KAN),
        S(*KAN),
    ],
    'trainc-899': [
        F(),
    ],
    'trainc-914': [
        D('an analyst at a Madrid brokerage'),
        D('an analyst at a Madrid brokerage'),
    ],
    'trainc-931': [
        D('an industry source', 'the source'),
        D('an industry source', 'the source'),
        D('a source'),   # "We are having...": an insider, apparently not the outside industry source
    ],
}
