# Labels for 23 dev eng.train documents (sample "traind"), written
# from the texts and the quotes-dev spec only.

MUSTER = ('Thomas Muster', 'Muster')
PHILIPPOUSSIS = ('Mark Philippoussis', 'Philippoussis')
GLICKMAN = ('Dan Glickman', 'Glickman', 'Agriculture Secretary Dan Glickman')
ROE = ('Peter Roe', 'Roe')
ODNOSUM = ('Ivan Odnosum', 'Odnosum')
# the text misspells him once as "Borkus" (span 10)
BORSUK = ('Hryhory Borsuk', 'Borsuk', 'Borkus')
MONTGOMERIE = ('Colin Montgomerie', 'Montgomerie')
SARAH = ('Sarah Brady', 'Mrs. Brady')
HODGES = ('Mark Hodges',)
CHRISTIE = ('Linford Christie', 'Christie')
BILL = ('Bill Clinton', 'President Bill Clinton', 'Clinton')
FEINSTEIN = ('Dianne Feinstein', 'Feinstein', 'Senator Dianne Feinstein')
HILLARY = ('Hillary Rodham Clinton', 'first lady Hillary Rodham Clinton')

LABELS = {
    'traind-021': [
        S('Philip Maslowe'),  # embedded partial quote of many words
    ],
    'traind-073': [
        S('Daniel Nestor', 'Nestor'),
        S(*MUSTER),
        S(*MUSTER),  # continuation paragraphs without attribution
        S(*MUSTER),
        S(*MUSTER),  # "he said" after "Muster's preference"
        S(*MUSTER),
        S('Goran Ivanisevic', 'Ivanisevic'),
        S('Mikael Tillstrom', 'Tillstrom'),
        S(*PHILIPPOUSSIS),
        S(*PHILIPPOUSSIS),
    ],
    'traind-107': [
        F(),  # placard text (sign text)
        S('Frank Quilter'),
    ],
    'traind-136': [
        S('Shaun Pollock', 'Pollock'),
        S('Shaun Pollock', 'Pollock'),
    ],
    'traind-196': [
        S(*GLICKMAN),
        S(*GLICKMAN),  # "the secretary said"
        S(*GLICKMAN),  # embedded complete clause
        F('Dan Glickman'),  # "looking at it." 3 words, USDA officials' activity as Glickman put it
    ],
    'traind-219': [
        S(*ROE),
        S(*ROE),
        S('Steven Vrolijk', 'ING analyst Steven Vrolijk'),
        S(*ROE),
        S(*ROE),
    ],
    'traind-284': [
        S('Public Service Commission', 'PSC'),  # "it said in a statement"
    ],
    'traind-308': [
        S('Hong Bui'),
        F(),  # term "applets"
    ],
    'traind-398': [
        S(*ODNOSUM),
        S(*ODNOSUM),
        D('a diplomat'),  # 5-word partial quote
        S(*BORSUK),
        S(*BORSUK),
        S(*ODNOSUM),
        S(*ODNOSUM),
        # Chief Accountant Natalya Sypron, spelled "Soprun" in the preceding sentence
        S('Natalya Sypron', 'Soprun', 'Chief Accountant Natalya Sypron'),
        S(*BORSUK),
        S(*BORSUK),  # "Borkus said"
        D('one private farmer'),
        D('one private farmer'),  # quote runs on to the next paragraph
    ],
    'traind-460': [
        S('Interacciones', 'Interacciones brokerage'),  # "the brokerage said"
    ],
    'traind-488': [
        S('Jose Manuel Prieto'),
        D('one Rotterdam trader'),
        D('one Rotterdam trader'),
        D('one German player'),  # 7-word partial quote
    ],
    'traind-518': [
        S('Seve Ballesteros', 'Ballesteros'),
        S(*MONTGOMERIE),
        S(*MONTGOMERIE),
    ],
    'traind-557': [
        S('Aleksander Kwasniewski', 'Kwasniewski', 'Polish President Aleksander Kwasniewski'),
        S('Milan Kucan', 'Kucan'),
    ],
    'traind-583': [
        D('a Montana dealer'),
        D('the dealer', 'one dealer'),  # the North Dakota dealer
    ],
    'traind-617': [
        S(*SARAH),
        S('Jim Brady', 'James', 'Jim'),  # "he responded to his wife"
        S(*SARAH),
        S(*SARAH),  # "She added,"
        S(*SARAH),  # continuation paragraph
    ],
    'traind-651': [
        S('Rugby Football Union'),
    ],
    'traind-707': [
        D('one colleague'),
    ],
    'traind-737': [
        S('Kim Anderson'),
        F(),  # "Dust Bowl"
        S(*HODGES),
        S(*HODGES),
        S('Rodney Mosier', 'Mosier'),
    ],
    'traind-773': [
        F(),  # "hard drachma" policy name
        F(),
    ],
    'traind-825': [
        F(),  # "Dream Team"
        S(*CHRISTIE),
        S(*CHRISTIE),
    ],
    'traind-860': [
        S(*BILL),  # written statement
        S(*BILL),
        F('Dianne Feinstein'),  # "big bump"
        S(*FEINSTEIN),
        F(),  # scare quote "character"
        S('Bob Dole', 'Dole'),
        F(),  # "whistle-stop"
        S(*HILLARY),  # complete clause told ABC television
        S(*HILLARY),
        S(*HILLARY),
        S(*HILLARY),
    ],
    'traind-895': [
        # 11-word partial quote; the words are the news agency's report
        S('Petra', 'The official state news agency Petra'),
    ],
    'traind-922': [
        D('one dealer'),
    ],
}
