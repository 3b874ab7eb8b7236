# Labels for 23 held-out train documents, written from the texts and the
# quotes-dev spec only.
LABELS = {
    'train-011': [
        S('Tadeusz Awdankiewicz', 'Awdankiewicz', "the Polish embassy's charge d'affaires in Tripoli"),
    ],
    'train-029': [
        S('Werner Zwingmann'),
        S('Werner Zwingmann'),
        S('Werner Zwingmann'),
    ],
    'train-061': [
        S('Geoff Marsh'),
    ],
    'train-075': [
        S('Masserigne Ndiaye', 'Doctor Masserigne Ndiaye'),
    ],
    'train-097': [
        S('Hosni Mubarak', 'Mubarak', 'President Hosni Mubarak'),
        S('Hosni Mubarak', 'Mubarak', 'President Hosni Mubarak'),
    ],
    'train-108': [
        S('Martin Erdmann', 'Erdmann'),
        # spokesman relays the envoy's words ("quoting"): the envoy is the speaker
        S('Wolfgang Ischinger', 'Ischinger'),
    ],
    'train-117': [
        S('Reserve Bank of Australia', 'RBA'),
        S('Reserve Bank of Australia', 'RBA'),
        S('Reserve Bank of Australia', 'RBA'),
    ],
    'train-139': [
        D('a spokesman for the sponsors'),
        D('a spokesman for the sponsors'),
    ],
    'train-182': [
        # 4-word partial, no clause; "it termed" read as the lobby group (RDR), not Butare
        F('Rally for the Return of Refugees and Democracy in Rwanda'),
    ],
    'train-197': [
        F('William Weld'),
    ],
    'train-210': [
        F(),
        # written source ("a party paper"): attributed to its author, the party
        S('Natural Law Party'),
        F(),
    ],
    'train-220': [
        S('Koninklijke Boskalis Westminster NV', 'Boskalis'),
    ],
    'train-232': [
        # described source; "one source" as in the spec, with the appositive as alias
        D('one source', 'the head of a Hong Kong trading house'),
        D('one source', 'the head of a Hong Kong trading house'),
        # 8-word partial quote: statement
        S('Bloomsbury Minerals Economics', 'BME'),
        # embedded complete clause: statement
        D('a Singapore trader'),
        D('a Singapore trader'),
    ],
    'train-285': [
        # passive "accused of being": no speaker given
        F(),
        S('Firmin Gatera', 'Gatera', 'Captain Firmin Gatera'),
        S('Firmin Gatera', 'Gatera', 'Captain Firmin Gatera'),
    ],
    'train-294': [
        # "it reported": the news agency's report, not credited to the letter writer
        S('IRNA', 'the Iranian news agency IRNA'),
    ],
    'train-309': [
        S('Phil Mickelson', 'Mickelson'),
        S('Phil Mickelson', 'Mickelson'),
        S('Phil Mickelson', 'Mickelson'),
    ],
    'train-386': [
        # five-word noun phrase: statement by the word-count rule; speaker is the
        # minister, not the newspaper in the digest
        S('Marwan Muasher', 'Information Minister Marwan Muasher'),
        F(),
    ],
    'train-399': [
        S('Brian Gilbertson', 'Gilbertson'),
        S('Brian Gilbertson', 'Gilbertson'),
        S('Brian Gilbertson', 'Gilbertson'),
        # no attribution; follows "he said" paragraph about the chairman
        S('Brian Gilbertson', 'Gilbertson'),
        S('Brian Gilbertson', 'Gilbertson'),
        # no attribution; follows paragraph reporting the chairman
        S('Brian Gilbertson', 'Gilbertson'),
    ],
    'train-451': [
        S('Agota Kuperman', 'Kuperman', 'an OSCE spokeswoman'),
        # unattributed continuation paragraph
        S('Agota Kuperman', 'Kuperman', 'an OSCE spokeswoman'),
        # description kept to the noun phrase with its location, without the relative clause
        D('an OSCE staff member in Sarajevo'),
        D('an OSCE staff member in Sarajevo'),
        F(),
        S('Soren Jessen-Petersen',
          'Special Envoy for the U.N. High Commissioner for Refugees in Former Yugoslavia',
          'The top U.N. refugee official in the Balkans'),
        S('Soren Jessen-Petersen',
          'Special Envoy for the U.N. High Commissioner for Refugees in Former Yugoslavia',
          'The top U.N. refugee official in the Balkans'),
    ],
    'train-461': [
        S('Rafael Moreno Turrent', 'A top official of export development bank Bancomext'),
    ],
    'train-477': [
        S('Amr Moussa', 'Moussa', 'Foreign Minister Amr Moussa'),
        S('Amr Moussa', 'Moussa', 'Foreign Minister Amr Moussa'),
        F('Egyptian government newspapers', named=False),
    ],
    'train-489': [
        S('Gerald Machnee', 'Machnee'),
        # saying / name of a school of thought
        F(),
    ],
    'train-503': [
        S('Banharn Silpa-archa', 'Banharn', 'Thai Prime Minister Banharn Silpa-archa'),
        D("an official at parliament's agenda section"),
    ],
}
