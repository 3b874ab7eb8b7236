# Labels for 23 held-out eng.train documents (sample "trainb"), written
# from the texts and the quotes-dev spec only.
LABELS = {
    'trainb-013': [
        D('one dealer'),
    ],
    'trainb-036': [
        F('Kenny Dalglish'),
        S('Kenny Dalglish', 'Dalglish'),
        S('Kenny Dalglish', 'Dalglish'),
    ],
    'trainb-066': [
        S('Daniel Levy', 'Levy', 'Best Products Co Chairman and Chief Executive Daniel Levy'),
        S('Daniel Levy', 'Levy', 'Best Products Co Chairman and Chief Executive Daniel Levy'),
        S('Daniel Levy', 'Levy', 'Best Products Co Chairman and Chief Executive Daniel Levy'),
    ],
    'trainb-077': [
        # 5+ word partial quote of the government statement; the story names
        # the author as the state ("Guinea declared ... days of national prayer").
        S('Guinea', 'The West African state of Guinea'),
    ],
    'trainb-099': [
        S('Marta Fajardo'),
        S('Nikki Campbell'),
        S('Nikki Campbell'),
        S('Martin Brooks', 'president of Miss Universe Inc'),
        S('Martin Brooks', 'president of Miss Universe Inc'),
    ],
    'trainb-110': [
        S('Liam Fox', 'Fox', 'Under-Secretary of State for Foreign and Commonwealth Affairs Liam Fox',
          'A British minister'),
        S('Liam Fox', 'Fox', 'Under-Secretary of State for Foreign and Commonwealth Affairs Liam Fox',
          'A British minister'),
        S('Liam Fox', 'Fox', 'Under-Secretary of State for Foreign and Commonwealth Affairs Liam Fox',
          'A British minister'),
    ],
    'trainb-123': [
        # Bernama only relays Chua's words.
        S('Chua Jui Meng', 'Chua', 'Health Minister Chua Jui Meng'),
        S('Chua Jui Meng', 'Chua', 'Health Minister Chua Jui Meng'),
    ],
    'trainb-147': [
        S('Paul Sorrento', 'Sorrento'),
        S('Paul Sorrento', 'Sorrento'),
        S('Jamie Moyer', 'Moyer', 'Former Oriole Jamie Moyer'),
    ],
    'trainb-188': [
        # "it said" = Tanjug; the words report the government in the third
        # person (the agency's own reporting, not a relayed speaker's words).
        S('Tanjug', 'the Yugoslav news agency Tanjug'),
    ],
    'trainb-202': [
        # the Kathmandu Post only relays Munakarmi's words.
        S('Madhusudan Munakarmi', 'Munakarmi'),
    ],
    'trainb-212': [
        # the State Department statement "by spokesman Glyn Davies": a named
        # spokesperson is the speaker.
        S('Glyn Davies', 'Davies', 'spokesman Glyn Davies'),
        S('Glyn Davies', 'Davies', 'spokesman Glyn Davies'),
        # 5 words: statement by the word-count rule.
        S('Glyn Davies', 'Davies', 'spokesman Glyn Davies'),
        S('Glyn Davies', 'Davies', 'spokesman Glyn Davies'),
    ],
    'trainb-222': [
        S('George Grech', 'Grech', 'Police Commissioner George Grech'),
    ],
    'trainb-241': [
        S('David Richards', 'team boss David Richards'),
        # "the 37-year-old veteran" is Kankkunen (the sentence before is about him).
        S('Juha Kankkunen', 'Kankkunen', "Finland's Juha Kankkunen", 'Kankunnen'),
    ],
    'trainb-287': [
        # "the so-called alliance forces ..." is the government newspaper's
        # wording of the confession, not the smugglers' words.
        S('al-Ingaz al-Watani', 'The government-owned al-Ingaz al-Watani'),
    ],
    'trainb-297': [
        S('Lixion Avila', 'hurricane forecaster Lixion Avila'),
        S('Lixion Avila', 'hurricane forecaster Lixion Avila'),
    ],
    'trainb-351': [
        S('Fred McGriff', 'McGriff'),
        # unclosed quote: the span runs on to the end of the story.
        S('Fred McGriff', 'McGriff'),
    ],
    'trainb-391': [
        F("Sandra O'Neal"),
        S("Sandra O'Neal", "O'Neal", 'a Towers Perrin principal'),
        S("Sandra O'Neal", "O'Neal", 'a Towers Perrin principal'),
        S("Sandra O'Neal", "O'Neal", 'a Towers Perrin principal'),
        F("Sandra O'Neal"),
        S("Sandra O'Neal", "O'Neal", 'a Towers Perrin principal'),
        S("Sandra O'Neal", "O'Neal", 'a Towers Perrin principal'),
        S("Sandra O'Neal", "O'Neal", 'a Towers Perrin principal'),
        # quote paragraph ending without a closing mark (its closer sits at
        # the start of the next paragraph).
        S("Sandra O'Neal", "O'Neal", 'a Towers Perrin principal'),
        # 10-11: mis-paired marks around reporter's prose (the stray closer of
        # span 9 and the scare quote "high-performing"): no one's quoted words.
        F(),
        F(),
        S("Sandra O'Neal", "O'Neal", 'a Towers Perrin principal'),
        S("Sandra O'Neal", "O'Neal", 'a Towers Perrin principal'),
    ],
    'trainb-404': [
        S('Tommi Makinen', 'Makinen', 'Mitsubishi driver Makinen'),
    ],
    'trainb-454': [
        S('Dragutin Stanojlovic', 'Stanojlovic',
          "the factory's trade union secretary Dragutin Stanojlovic"),
        S('Dragutin Stanojlovic', 'Stanojlovic',
          "the factory's trade union secretary Dragutin Stanojlovic"),
        D('a senior member of the local Socialist Party branch', 'The party official'),
        D('a senior member of the local Socialist Party branch', 'The party official'),
        D('a senior member of the local Socialist Party branch', 'The party official'),
        D('a senior member of the local Socialist Party branch', 'The party official'),
    ],
    'trainb-464': [
        # "it said" = an unnamed government statement: described speaker.
        D('the government', 'a government statement'),
    ],
    'trainb-481': [
        D('a trader'),
    ],
    'trainb-495': [
        S('Mike McCurry', 'McCurry', 'White House spokesman Mike McCurry'),
        S('Mike McCurry', 'McCurry', 'White House spokesman Mike McCurry'),
    ],
    'trainb-509': [
        F(),
    ],
}
