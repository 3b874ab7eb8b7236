# Labels for 23 held-out eng.train documents (sample "trainb"), written
# from the texts and the quotes-dev spec only.
LABELS = {
    'trainb-526': [
        S('Peter Edwards', 'Essex secretary-general manager Peter Edwards'),
    ],
    'trainb-550': [
        # unnamed spokesman: described speaker, not the exchange
        D('A spokesman for the American Stock Exchange'),
    ],
    'trainb-561': [
        S('Adnan Xhelili', 'Xhelili', 'prosecutor Adnan Xhelili', 'a Tirana prosecutor'),
    ],
    'trainb-576': [
        S('Hanifah Komala', 'Komala', "Matahari's finance director"),
    ],
    'trainb-590': [
        # medical term
        F(),
        S('Carol Norris', 'Norris', 'hospital spokeswoman Carol Norris'),
        S('Carol Norris', 'Norris', 'hospital spokeswoman Carol Norris'),
    ],
    'trainb-603': [
        # 10-word partial quote relayed by a newspaper: statement by Choudhury
        S('Humayun Rasheed Choudhury', 'Choudhury', "The Speaker of Bangladesh's parliament"),
        F('Begum Khaleda Zia'),
        S('Begum Khaleda Zia', 'Khaleda Zia', 'Former prime minister Begum Khaleda Zia'),
        F('Sheikh Hasina'),
        S('Sheikh Hasina', 'Hasina', 'Prime Minister Sheikh Hasina'),
    ],
    'trainb-622': [
        S('Ruth Collin', 'Ruth Collin of Essex police'),
    ],
    'trainb-635': [
        D('a police spokesman in Linz'),
    ],
    'trainb-666': [
        S('Steffi Graf', 'Graf'),
        S('Steffi Graf', 'Graf'),
        S('Steffi Graf', 'Graf'),
        S('Yayuk Basuki', 'Basuki'),
        S('Steffi Graf', 'Graf'),
        S('Steffi Graf', 'Graf'),
    ],
    'trainb-699': [
        F(),
        F(),
        F(),
        F(),
        F(),
        F(),
        F(),
        F(),
        F(),
        F(),
        # embedded complete clause after "Declaring": statement by Israel
        S('Israel'),
    ],
    'trainb-714': [
        S('Rudolf Gajdos', 'Gajdos', 'head of Slovak Interpol'),
        # 6-word partial quote: statement
        S('Rudolf Gajdos', 'Gajdos', 'head of Slovak Interpol'),
        S('Rudolf Gajdos', 'Gajdos', 'head of Slovak Interpol'),
        S('Rudolf Gajdos', 'Gajdos', 'head of Slovak Interpol'),
        S('Rudolf Gajdos', 'Gajdos', 'head of Slovak Interpol'),
    ],
    'trainb-730': [
        # the council's written resolution (15-word partial quote)
        S('Palestinian Legislative Council', 'PLO Council'),
        S('Yasser Arafat', 'Arafat', 'President Yasser Arafat', 'Palestinian President Yasser Arafat'),
    ],
    'trainb-744': [
        D('one Swiss bond futures trader'),
    ],
    'trainb-755': [
        S('Omer Akbel', 'Akbel', 'Foreign Ministry spokesman Omer Akbel'),
    ],
    'trainb-777': [
        S('Garry Weiss', 'Weiss', 'GPG director Garry Weiss'),
        S('Garry Weiss', 'Weiss', 'GPG director Garry Weiss'),
    ],
    'trainb-794': [
        D('An Iranian embassy spokesman'),
    ],
    'trainb-835': [
        S('Tom Ikimi', 'Ikimi', 'Foreign Minister Tom Ikimi'),
        S('Tom Ikimi', 'Ikimi', 'Foreign Minister Tom Ikimi'),
    ],
    'trainb-852': [
        D('one dealer'),
    ],
    'trainb-866': [
        S('Richard Andrews', 'Andrews'),
    ],
    'trainb-887': [
        S('Liam Gallagher', 'Gallagher', 'Liam'),
        F('Liam Gallagher'),
    ],
    'trainb-903': [
        # soldier's letter, two paragraphs
        D('a black soldier heading South'),
        D('a black soldier heading South'),
        D('a well-to-do Washington matron'),
        # Lincoln's written notation
        S('Abraham Lincoln', 'Lincoln'),
        S('John Simon', 'Simon', 'professor of history at Southern Illinois University at Carbondale'),
        S('Edward Smith', 'director of American Studies at American University in Washington'),
        # 27-word quote from a discharge record: statement by the unnamed records
        D('The records'),
    ],
    'trainb-916': [
        S('Ilkka Laasonen', 'Laasonen', 'police chief inspector Ilkka Laasonen'),
    ],
    'trainb-935': [
        S('Lenzing AG', 'Lenzing', 'Austrian viscose fibre maker Lenzing AG'),
    ],
}
