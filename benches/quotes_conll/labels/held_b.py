# Held-out labels, part B (testa-093 .. testa-215), annotated by hand from the texts and the spec.

LABELS = {
    'testa-093': [
        F('Donald Tsang'),  # 2-word partial quote in Tsang's reported speech
        S('Donald Tsang', 'Tsang', 'Hong Kong Financial Secretary Donald Tsang'),
        # indirect speech of Tsang continues; 2-word partial quote -> fragment by Tsang
        F('Donald Tsang'),
        S('Donald Tsang', 'Tsang', 'Hong Kong Financial Secretary Donald Tsang'),
        # no attribution verb; follows "He acknowledged ..." (Tsang)
        S('Donald Tsang', 'Tsang', 'Hong Kong Financial Secretary Donald Tsang'),
    ],
    'testa-113': [
        S('Johnny Oates', 'Texas manager Johnny Oates'),
        S('Johnny Oates', 'Texas manager Johnny Oates'),  # unattributed continuation
    ],
    'testa-151': [
        S('Kevin Brown', 'Brown'),  # contains nested single-quoted words of John Boles; whole span is Brown's statement
        S('Kevin Brown', 'Brown'),  # unattributed continuation
        S('Ray Knight', 'Reds manager Ray Knight'),
        S('Ray Knight', 'Reds manager Ray Knight'),
    ],
    'testa-154': [
        S('Craig Brown', 'Scottish coach Craig Brown'),
        S('Craig Brown', 'Scottish coach Craig Brown'),
        S('Dietmar Kuehbauer', "SK Rapid's Dietmar Kuehbauer"),
    ],
    'testa-158': [
        S('Wilfried Van Moer', 'Van Moer', 'Belgian coach Wilfried Van Moer'),
    ],
    'testa-180': [
        F('Rally for the Return of Refugees and Democracy in Rwanda'),  # 2-word partial quote in RDR's reported speech
        S('Rally for the Return of Refugees and Democracy in Rwanda', 'RDR'),
        # 4 words, no clause -> fragment, attributed to Kengo wa Dondo
        F('Kengo wa Dondo'),
    ],
    'testa-182': [
        F('children', named=False),  # chant; the lone "." paragraph after it is a tokenisation artefact
        S('Mubatik Dagayeva'),
        S('Aiza Dudayeva', 'Dudayeva'),
        S('Nurbika Mamatuyeva'),
        S('Nurbika Mamatuyeva'),
        F('Lisa'),  # war cry shouted by his sister Lisa
        # shouted slogan ("Freedom for Chechnya!") treated as a chant/slogan -> fragment by Lisa
        F('Lisa'),
        # no attribution; "The fighter" of the previous paragraph = Mouldi Mamatuyev
        S('Mouldi Mamatuyev', 'Mamatuyev'),
    ],
    'testa-185': [
        F(), F(), F(), F(), F(), F(), F(), F(), F(),  # novel titles
        F(),  # novel title
        # 8-word partial quote worked into the sentence -> statement by Granma (newspaper)
        S('Granma'),
        S('Jose Soler Puig', 'Puig'),
        S('Jose Soler Puig', 'Puig'),
        # interview published by Prensa Latina; the words are Puig's
        S('Jose Soler Puig', 'Puig'),
    ],
    'testa-193': [
        F(),  # term (name of the punishment)
    ],
    'testa-198': [
        D('an Israeli army spokeswoman'),
    ],
    'testa-201': [
        S('Tareq Aziz', 'Aziz', 'Deputy Prime Minister Tareq Aziz'),
        # Barzani's message quoted in Aziz's statement: the words are Barzani's
        S('Massoud Barzani', 'Barzani', 'Mr Massoud Barzani'),
    ],
    'testa-210': [
        # 5-word partial quote -> statement; attributed only via "the magazine said" -> Der Spiegel
        S('Der Spiegel'),
        # 11-word partial quote, "he added" = the unnamed foreign ministry spokesman
        D('The ministry spokesman', 'A spokesman', 'the spokesman'),
        # 6-word partial quote -> statement by Banisadr
        S('Abolhassan Banisadr', 'Banisadr'),
    ],
    'testa-212': [
        D('a NATO official'),
    ],
    'testa-215': [
        F(),  # film title
        # 7-word partial quote -> statement
        S('Neil Jordan', 'Jordan', 'Dublin-born director Neil Jordan'),
        # statement released by Warner Bros: written words of Jordan
        S('Neil Jordan', 'Jordan', 'Dublin-born director Neil Jordan'),
        S('Neil Jordan', 'Jordan', 'Dublin-born director Neil Jordan'),
        F(),  # film title
        S('Neil Jordan', 'Jordan', 'Dublin-born director Neil Jordan'),
        S('Neil Jordan', 'Jordan', 'Dublin-born director Neil Jordan'),  # unattributed continuation
        F(),  # film title
        # 7-word partial quote ("Noting that ...") -> statement by Jordan
        S('Neil Jordan', 'Jordan', 'Dublin-born director Neil Jordan'),
        S('Neil Jordan', 'Jordan', 'Dublin-born director Neil Jordan'),
        S('Neil Jordan', 'Jordan', 'Dublin-born director Neil Jordan'),
        S('Neil Jordan', 'Jordan', 'Dublin-born director Neil Jordan'),  # contains nested single-quoted film title
        S('Neil Jordan', 'Jordan', 'Dublin-born director Neil Jordan'),  # unattributed continuation
    ],
}
