LABELS = {
    'train-529': [
        S('Stefan Edberg', 'Edberg'),
        S('Stefan Edberg', 'Edberg'),
        S('Stefan Edberg', 'Edberg'),
        # unattributed paragraph right after an Edberg quote: continues Edberg
        S('Stefan Edberg', 'Edberg'),
    ],
    'train-554': [
        S('George Garang', 'Garang', "Nairobi spokesman for the Sudan People's Liberation Army"),
        S('George Garang', 'Garang', "Nairobi spokesman for the Sudan People's Liberation Army"),
        S('George Garang', 'Garang', "Nairobi spokesman for the Sudan People's Liberation Army"),
        S('George Garang', 'Garang', "Nairobi spokesman for the Sudan People's Liberation Army"),
        # "it added": pronoun chain goes back to the Catholic Information Office (the church's office), not the SPLA
        S('Catholic Information Office', 'Catholic Information Office in Nairobi'),
        # two-word phrase from an unnamed Australian official: fragment with described speaker
        F('An Australian foreign ministry official', named=False),
    ],
    'train-567': [
        S('Antonio Quarracino', 'Quarracino', 'Archbishop Antonio Quarracino', 'The Archbishop of Buenos Aires', "Argentina's top Roman Catholic cleric"),
        S('Antonio Quarracino', 'Quarracino', 'Archbishop Antonio Quarracino', 'The Archbishop of Buenos Aires', "Argentina's top Roman Catholic cleric"),
        # the commandment's wording, quoted as a name/title: fragment with no speaker
        F(),
        # embedded partial quote of 11 words: statement
        S('Antonio Quarracino', 'Quarracino', 'Archbishop Antonio Quarracino', 'The Archbishop of Buenos Aires', "Argentina's top Roman Catholic cleric"),
    ],
    'train-579': [
        # unnamed Turkish official: described speaker, other wordings as aliases
        D('the foreign ministry official', 'a foreign ministry official', 'the ministry official'),
    ],
    'train-594': [
        S('Alain Juppe', 'Juppe', 'Prime Minister Alain Juppe'),
        S('Alain Juppe', 'Juppe', 'Prime Minister Alain Juppe'),
    ],
    'train-607': [
        # company statement quoted as embedded clauses (long): statements by the company
        S('Penn Treaty American Corp', 'Penn Treaty'),
        S('Penn Treaty American Corp', 'Penn Treaty'),
    ],
    'train-626': [
        # spokesman relays the letter's content in his own words: speaker is the spokesman, not the letter's authors
        D('a ministry spokesman', 'the official'),
        # "the official" taken as the same unnamed ministry spokesman
        D('a ministry spokesman', 'the official'),
    ],
    'train-643': [
        S('Chris Boardman', 'Boardman', "Britain's Chris Boardman"),
        S('Chris Boardman', 'Boardman', "Britain's Chris Boardman"),
        F(),
    ],
    'train-690': [
        S('John Allen', 'Allen', 'spokesman John Allen'),
        S('John Allen', 'Allen', 'spokesman John Allen'),
        S('John Allen', 'Allen', 'spokesman John Allen'),
    ],
    'train-702': [
        # "the statement said": the committee's written statement
        S('Four Nations TV Committee'),
        # 6-word clause embedded in reported speech: statement
        S('Tom Kiernan', "Five Nations' committee chairman Tom Kiernan"),
    ],
    'train-717': [
        S('Tritan Shehu', 'Shehu', 'Foreign Minister Tritan Shehu'),
    ],
    'train-732': [
        S('Patriotic Union of Kurdistan', 'PUK'),
    ],
    'train-746': [
        S('Nani Palkhivala', 'Palkhivala', 'ACC Chairman Nani Palkhivala'),
        S('Nani Palkhivala', 'Palkhivala', 'ACC Chairman Nani Palkhivala'),
    ],
    'train-764': [
        S('Kenneth Chiate', 'Chiate', 'a chief negotiator for the American Names Association', 'Chiate of the American Names Association'),
        S('Kenneth Chiate', 'Chiate', 'a chief negotiator for the American Names Association', 'Chiate of the American Names Association'),
        S('Kenneth Chiate', 'Chiate', 'a chief negotiator for the American Names Association', 'Chiate of the American Names Association'),
        S('John Head', 'Head', "spokesman for the Association of Lloyd's State Chairmen"),
        S('John Head', 'Head', "spokesman for the Association of Lloyd's State Chairmen"),
        S('Gale Norton', 'Norton', 'Colorado attorney general Gale Norton', 'The Colorado attorney general'),
        # embedded complete predicate (9 words): statement
        S('Kenneth Chiate', 'Chiate', 'a chief negotiator for the American Names Association', 'Chiate of the American Names Association'),
        # embedded clause (7 words): statement
        S('Kenneth Chiate', 'Chiate', 'a chief negotiator for the American Names Association', 'Chiate of the American Names Association'),
    ],
    'train-781': [
        # written statement: attributed to its author
        S('Ieng Sary', 'Dissident Khmer Rouge leader Ieng Sary'),
        S('Ieng Sary', 'Dissident Khmer Rouge leader Ieng Sary'),
    ],
    'train-799': [
        S('Gerard Kiely', 'Kiely', 'Commission spokesman Gerard Kiely'),
        S('Gerard Kiely', 'Kiely', 'Commission spokesman Gerard Kiely'),
        S('Gerard Kiely', 'Kiely', 'Commission spokesman Gerard Kiely'),
        S('Gerard Kiely', 'Kiely', 'Commission spokesman Gerard Kiely'),
        S('David Naish', 'Naish', 'Sir David Naish', 'National Farmers Union president Sir David Naish'),
        S('David Naish', 'Naish', 'Sir David Naish', 'National Farmers Union president Sir David Naish'),
    ],
    'train-840': [
        S('Max Marriner', 'Marriner', 'Lieutenant Colonel Max Marriner', 'NATO spokesman Lieutenant Colonel Max Marriner'),
        S('Max Marriner', 'Marriner', 'Lieutenant Colonel Max Marriner', 'NATO spokesman Lieutenant Colonel Max Marriner'),
    ],
    'train-855': [
        # two-word phrase the churches condemn (from their letter): fragment with the described group as speaker
        F('Seven churches', named=False),
        # letter by two umbrella groups, named in the next paragraph: joint speaker, one as speaker, other as alias
        S('National Council of Christian Churches of Brazil', 'Coordinate of Ecumenical Service'),
        S('Lucas Moreira Neves', "president of the Catholic church's National Conference of Bishops of Brazil"),
    ],
    'train-868': [
        # written statement: attributed to its author Morris
        S('Dick Morris', 'Morris', "President Bill Clinton's top political strategist"),
        S('Dick Morris', 'Morris', "President Bill Clinton's top political strategist"),
    ],
    'train-890': [
        # news agency report, embedded 11-word quote: statement by the agency
        S('Petra', "Jordan's official state news agency Petra"),
    ],
    'train-906': [
        S('OM Gruppen AB', 'OM Gruppen', 'OM'),
        S('OM Gruppen AB', 'OM Gruppen', 'OM'),
        S('OM Gruppen AB', 'OM Gruppen', 'OM'),
    ],
    'train-918': [
        S('Kekkila Oy', 'Kekkila'),
    ],
    'train-938': [
        S('Chris Widness', 'Widness', 'an international economist at Chase Securities Inc'),
        S('Chris Widness', 'Widness', 'an international economist at Chase Securities Inc'),
        S('Michael Faust', 'a portfolio manager at Bailard, Biehl and Kaiser'),
        # unattributed paragraph continuing Faust
        S('Michael Faust', 'a portfolio manager at Bailard, Biehl and Kaiser'),
        S('Chris Widness', 'Widness', 'an international economist at Chase Securities Inc'),
        # Perelstein, attributed in the following paragraph
        S('Michael Perelstein', 'Perelstein', 'portfolio manager of MainStay International Funds'),
        F(),  # mis-paired span: stray mark opens the attribution paragraph; the words inside are the reporter's
        S('Michael Perelstein', 'Perelstein', 'portfolio manager of MainStay International Funds'),
        S('Michael Perelstein', 'Perelstein', 'portfolio manager of MainStay International Funds'),
    ],
}
