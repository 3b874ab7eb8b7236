# Labels for 24 dev eng.train documents (sample "trainb"), written
# from the texts and the quotes-dev spec only.
LABELS = {
    'trainb-514': [
        F(),  # headline term "Eco terrorists"
        F('one British company', named=False),
        S('David Harding', 'Harding', "ARC's Harding", 'spokesman at ARC'),
        S('David Harding', 'Harding', "ARC's Harding", 'spokesman at ARC'),
        F(),  # the journal's name "Building"
        # a codename is the name the story gives the protestor
        S('Steady Eddie'),
        F(),  # scare quote "terror"
        D('A Costain spokesman'),
        S('Graham Watts', 'Watts'),
        S('Graham Watts', 'Watts'),
        S('Graham Watts', 'Watts'),
        S('Graham Watts', 'Watts'),
        # mis-paired marks: span 13 opens Harding's quote; span 14 is the
        # reporter's attribution "said ARC's Harding.", nobody's words
        S('David Harding', 'Harding', "ARC's Harding", 'spokesman at ARC'),
        F(),
        S('David Harding', 'Harding', "ARC's Harding", 'spokesman at ARC'),
        S('Simon Brown', 'Brown'),
        S('David Harding', 'Harding', "ARC's Harding", 'spokesman at ARC'),
    ],
    'trainb-535': [
        S('Michael Chang', 'Chang'),
        S('Michael Chang', 'Chang'),
        S('MaliVai Washington', 'Washington'),
        S('MaliVai Washington', 'Washington'),
        S('Jaime Oncins', 'Oncins'),
        S('Jaime Oncins', 'Oncins'),
        S('Jaime Oncins', 'Oncins'),
    ],
    'trainb-556': [
        F('the separatist command', named=False),
    ],
    'trainb-570': [
        S('Ramon Machuca', 'Machuca'),
        S('Ramon Machuca', 'Machuca'),
        D("CVG's union leaders", 'CVG union leaders'),
    ],
    'trainb-582': [
        S('Tony Hall', 'Hall'),
        S('Tony Hall', 'Hall'),
        S('Robert Casey', 'Casey'),
        S('Robert Casey', 'Casey'),
        S('Kate Michelman', 'president of the National Abortion Rights Action League'),
        S('Cynthia McKinney'),
    ],
    'trainb-597': [
        D('an official at Woodlands Nursing Home'),
        D('an official at Woodlands Nursing Home'),
        D('a doctor', 'a doctor who was familiar with her case'),
        F(),  # placard text
        S('Raju'),
        S('Tarak Das', 'Das'),
        S('Nanda Gopal Bhattacharya'),
    ],
    'trainb-614': [
        F(),  # headline term "mad rulers"
        F(),  # title of the editorial
        # the editorial's words are its author's (the editor-in-chief)
        S('Mohamed Abu Liwaya', 'Abu Liwaya'),
        S('Mohamed Abu Liwaya', 'Abu Liwaya'),
    ],
    'trainb-628': [
        F('Naoto Kan'),
        D('a city spokesman'),
    ],
    'trainb-649': [
        S('Steven Redgrave', 'Redgrave'),
        S('Steven Redgrave', 'Redgrave'),
    ],
    'trainb-693': [
        S('Eddie Hedaya', 'Hedaya'),
        S('U.S. Food and Drug Administration', 'Food and Drug Administration', 'FDA'),
    ],
    'trainb-706': [
        S('Garrett Lambert', 'Lambert', "Canada's high commissioner in Hong Kong"),
        S('Garrett Lambert', 'Lambert', "Canada's high commissioner in Hong Kong"),
    ],
    'trainb-720': [
        S('Lajos Horvath', 'Horvath', 'the director of the Nagyatad camp'),
        S('Lajos Horvath', 'Horvath', 'the director of the Nagyatad camp'),
        S('Lajos Horvath', 'Horvath', 'the director of the Nagyatad camp'),
        S('Adem Hodzic', 'Hodzic'),
        S('Husein Micijevic', 'Micijevic'),
        S('Mandolina Zelic', 'Zelic'),
        S('Mandolina Zelic', 'Zelic'),
        S('Maria Szabo', 'Szabo'),
        S('Maria Szabo', 'Szabo'),
    ],
    'trainb-734': [
        S('Bob Dole', 'Dole'),
        S('Bob Dole', 'Dole'),
        F('Nancy Reagan'),  # slogan "just say no"
        S('Bob Dole', 'Dole'),
        S('Jack Kemp', 'Kemp'),
        S('Bob Dole', 'Dole'),
        S('Bob Dole', 'Dole'),
        S('Bob Dole', 'Dole'),
        S('Bob Dole', 'Dole'),
        F('Bob Dole'),  # "raising the white flag": 4 words, no clause
        S('Pete Wilson', 'Wilson'),
    ],
    'trainb-749': [
        D('one broker'),
    ],
    'trainb-770': [
        D('a spokeswoman for Prince Rainier'),
    ],
    'trainb-784': [
        # a commentary in the official China Daily: the paper is the author
        S('China Daily'),
        S('China Daily'),
        S('China Daily'),
        S('China Daily'),
        F('Ryutaro Hashimoto'),
    ],
    'trainb-821': [
        S('Conchita Martinez', 'Martinez'),
        S('Conchita Martinez', 'Martinez'),
        S('Conchita Martinez', 'Martinez'),
        S('Conchita Martinez', 'Martinez'),
        S('Conchita Martinez', 'Martinez'),
        S('Conchita Martinez', 'Martinez'),
        S('Conchita Martinez', 'Martinez'),
    ],
    'trainb-846': [
        S('Vukasin Filipovic', 'Filipovic'),
        S('Vukasin Filipovic', 'Filipovic'),
        S('Vukasin Filipovic', 'Filipovic'),
        S('Vukasin Filipovic', 'Filipovic'),
        S('Vukasin Filipovic', 'Filipovic'),
    ],
    'trainb-859': [
        D('an official source', 'the source'),
    ],
    'trainb-878': [
        S('K.T. Thomas', 'Justice K.T. Thomas', 'Thomas'),
    ],
    'trainb-892': [
        # "one said" / "another said" after "traders ... said": each is one
        # unnamed trader among the traders in the region
        D('one trader', 'traders'),
        D('one trader', 'traders'),
        D('one trader', 'traders'),
        D('one trader', 'traders'),
        D('one trader', 'traders'),
        D('one trader', 'traders'),
        D('one trader', 'traders'),
    ],
    'trainb-909': [
        D('a police spokesman'),
    ],
    'trainb-921': [
        S('Donald Tsang', 'Tsang'),
        S('Donald Tsang', 'Tsang'),
        F('Donald Tsang'),
        S('Donald Tsang', 'Tsang'),
        S('Donald Tsang', 'Tsang'),
        F('Donald Tsang'),
        S('Donald Tsang', 'Tsang'),
        F('Donald Tsang'),
        S('Donald Tsang', 'Tsang'),
    ],
    'trainb-943': [
        S('Roy Aitken', 'Aitken'),
        S('Roy Aitken', 'Aitken'),
        S('Antoine Kombouare', 'Kombouare'),
        S('Antoine Kombouare', 'Kombouare'),
    ],
}
