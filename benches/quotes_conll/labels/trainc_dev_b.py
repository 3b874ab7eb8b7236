# Labels for 23 dev eng.train documents (sample "trainc"), written
# from the texts and the quotes-dev spec only.

HOPE = ('Colin Hope', 'Hope', 'Sir Colin Hope',
        'chairman of British-based components and engineering group T&N Plc')
KUBO = ('Wataru Kubo', 'Kubo', "Japan's Finance Minister Wataru Kubo")
KORNBLUM = ('John Kornblum', 'Kornblum', 'U.S. envoy John Kornblum')
ARUL = ('P. Arulanandam', 'Arulanandam', 'senior fishermen leader P. Arulanandam')
ALI = ('Abdulsamad Hameed Ali', 'Ambassador Abdulsamad Hameed Ali',
       "Iraq's ambassador in Khartoum")

LABELS = {
    'trainc-532': [
        S('William VanLandingham', 'VanLandingham'),
        S('William VanLandingham', 'VanLandingham'),   # continuation paragraph
    ],
    'trainc-555': [
        S('Robert Frowick', 'Frowick', 'Ambassador Robert Frowick'),
        # 8-word partial quote from the cabinet's letter: statement
        S('Bosnian Serb cabinet'),
    ],
    'trainc-569': [
        S('Manuel Alvarado', 'Alvarado', 'Chief of Judicial Police Manuel Alvarado'),
        S('Anton Schutte', 'Schutte'),
        # ransom note "signed by the victims", written in their voice ("we will ... live or die")
        D('the victims', 'the couple'),
    ],
    'trainc-580': [
        D('one diplomat', 'the diplomat'),
        D('another diplomat'),
        S('Gualtiero Fulcheri', 'Fulcheri', 'Italian Gualtiero Fulcheri',
          'A new U.N. relief coordinator'),
    ],
    'trainc-595': [
        F('CFDT'),                 # "tension and conflict": 3-word partial quote
        D('a broker'),
    ],
    'trainc-609': [
        # 9-word partial quote worked into the sentence: statement
        S('Jan Buettner', 'Buettner', 'managing director of AOL Germany'),
    ],
    'trainc-627': [
        S("People's Daily", "the official People's Daily newspaper"),
        # "it said" right after "China said ...": the lead gives these words to China
        S('China'),
        # "The newspaper said ... it said"
        S("People's Daily", "the official People's Daily newspaper"),
    ],
    'trainc-647': [
        S('Glen Hoddle', 'Hoddle', 'England soccer manager Glen Hoddle'),
        S('Glen Hoddle', 'Hoddle', 'England soccer manager Glen Hoddle'),
    ],
    'trainc-691': [
        D('an airport official', 'the official'),
    ],
    'trainc-704': [
        S('African Football Confederation', 'CAF'),
    ],
    'trainc-718': [
        D('an Agriculture Ministry official', 'the official'),
    ],
    'trainc-733': [
        F('Iraq'),                 # "noble Iraqis": 2-word partial quote
        # 7-word partial quote: the ambassador's words, INA is only the reporting source
        S(*ALI),
        S(*ALI),
    ],
    'trainc-748': [
        S(*ARUL),
        S('N.J. Bose', 'Bose', "All Fishermen's Association secretary N.J. Bose"),
        S('Chinnathambi', 'Sri Lankan boatman Chinnathambi'),
        S(*ARUL),
    ],
    'trainc-768': [
        S('Dimitris Reppas', 'Reppas', 'government spokesman Dimitris Reppas'),
    ],
    'trainc-783': [
        F(),                       # "tankan": term
        S(*KUBO),
        S(*KUBO),
        S(*KUBO),                  # continuation sentence
        S(*KUBO),
    ],
    'trainc-811': [
        F(),                       # "Dream Team": name
    ],
    'trainc-842': [
        S(*KORNBLUM),
        S(*KORNBLUM),
        S(*KORNBLUM),              # continuation sentence
    ],
    'trainc-858': [
        D("a spokesman for Israel's internal security ministry"),
    ],
    'trainc-870': [
        S('Earl Feugill', 'Feugill', 'Detective Earl Feugill'),
    ],
    'trainc-891': [
        # "spreading pan-Turkism": 2 words, the security chief's words via Jomhuri Eslami
        F('the West Azerbaijan province security chief', named=False),
    ],
    'trainc-908': [
        F(),                       # scare quote "demonstrators"
    ],
    'trainc-919': [
        S(*HOPE),
        S(*HOPE),
        S(*HOPE),
        S(*HOPE),
        S(*HOPE),                  # paragraph ends without closing mark
        S(*HOPE),
        S(*HOPE),                  # embedded complete clause after "saying:"
        S(*HOPE),
        S(*HOPE),
        F('Colin Hope'),           # "continues to improve": 3-word partial quote
    ],
    'trainc-941': [
        S('Jane Quigley', 'Quigley', 'American Jane Quigley'),
    ],
}
