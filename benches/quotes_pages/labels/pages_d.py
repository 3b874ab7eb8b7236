LABELS = {
    'tf-nationalgeographic.co.uk.goats': [
        F(),                                                   # 1 "rewilding" (term)
        S('Natalya Lawrence', 'Lawrence',
          'a coordinator with the non-profit Environmental Awareness Group'),  # 2
        S('Natalya Lawrence', 'Lawrence',
          'a coordinator with the non-profit Environmental Awareness Group'),  # 3 continues
        S('Shanna Challenger', 'Challenger',
          'coordinator for the Redonda Restoration Programme'),  # 4
        S('Shanna Challenger', 'Challenger',
          'coordinator for the Redonda Restoration Programme'),  # 5 continues
        S('Shanna Challenger', 'Challenger',
          'coordinator for the Redonda Restoration Programme'),  # 6 split quote, first part
        S('Shanna Challenger', 'Challenger',
          'coordinator for the Redonda Restoration Programme'),  # 7 split quote, second part (clause)
        S('Natalya Lawrence', 'Lawrence',
          'a coordinator with the non-profit Environmental Awareness Group'),  # 8 "she says" context
    ],
    'tf-nature.com.telescope': [
        S('Di Li', 'Li', 'the chief scientist of FAST'),       # 1
        S('Di Li', 'Li', 'the chief scientist of FAST'),       # 2
        S('Maura McLaughlin', 'McLaughlin'),                   # 3
        S('Yunfan Gerry Zhang'),                               # 4
        S('Yunfan Gerry Zhang'),                               # 5 "he says"
        F('Laura Spitler'),                                    # 6 "impressive sensitivity"
        S('Maura McLaughlin', 'McLaughlin'),                   # 7 "she says"
        S('Di Li', 'Li', 'the chief scientist of FAST'),       # 8 "he says" (Li's paragraphs)
    ],
    'tf-reuters.com.parasite': [
        F(),                                                   # 1 Parasite
        F(),                                                   # 2 Parasite
        F(),                                                   # 3 The Irishman
        F(),                                                   # 4 Once Upon A Time in Hollywood
        F(),                                                   # 5 Parasite
        S('Bong Joon Ho'),                                     # 6
        F(),                                                   # 7 Joker
        S('Joaquin Phoenix', 'Phoenix'),                       # 8
        F(),                                                   # 9 Judy
        F(),                                                   # 10 Once Upon A Time in Hollywood
        F(),                                                   # 11 Marriage Story
        S('Brad Pitt', 'Pitt'),                                # 12
        S('Brad Pitt', 'Pitt'),                                # 13
        F(),                                                   # 14 Bombshell
        F(),                                                   # 15 The Irishman
        F(),                                                   # 16 1917
        F(),                                                   # 17 Joker
        F(),                                                   # 18 Marriage Story
        F(),                                                   # 19 Little Women
        F(),                                                   # 20 The Irishman
        F(),                                                   # 21 The Morning Show
        F(),                                                   # 22 The Marvelous Mrs Maisel
        F(),                                                   # 23 The Crown
        F(),                                                   # 24 Mrs Maisel
        F(),                                                   # 25 Fleabag
        F(),                                                   # 26 Fleabag
        S('Phoebe Waller-Bridge', 'Waller-Bridge'),            # 27
    ],
    'tf-salon.com.emissions': [
        S('Trevor Houser', 'Houser', 'Hauser', 'a partner at Rhodium'),  # 1
        S('Trevor Houser', 'Houser', 'Hauser', 'a partner at Rhodium'),  # 2
        S('Trevor Houser', 'Houser', 'Hauser', 'a partner at Rhodium'),  # 3 "Hauser said" (misspelling)
    ],
    'tf-theguardian.com.academics': [
        S('University and College Union', 'UCU'),              # 1 the report's words, 6 words
        F('Chi Onwurah'),                                      # 2 "gig economy"
        S('Chi Onwurah', 'Onwurah', 'the Labour MP for Newcastle Central'),  # 3
        F('Others', named=False),                              # 4 "abrasive and demeaning"
        S('Jo Grady', 'Grady', 'the UCU general secretary'),  # 5
        F(),                                                   # 6 "atypical contracts" (term)
        F(),                                                   # 7 "atypical contracts" (term)
        D('a spokesperson for the Universities and Colleges Employers’ Association'),  # 8
        D('a spokesperson for the Universities and Colleges Employers’ Association'),  # 9 multi-paragraph
        D('a spokesperson for the Universities and Colleges Employers’ Association'),  # 10
    ],
    'tf-theplanetarypress.com.forestlands': [
        F(),                                                   # 1 paper title
        S('John Fa', 'Fa',
          'a senior associate scientist with the Center for International Forestry Research'),  # 2
        S('John Fa', 'Fa'),                                    # 3
        S('John Fa', 'Fa'),                                    # 4
        F(),                                                   # 5 "intact forest landscapes" (term)
        D('Scientists', 'scientists in the paper'),            # 6 definition quoted in the paper
        D('the paper', 'the paper published by Fa and his associates'),  # 7 "the paper states"
        S('John Fa', 'Fa'),                                    # 8
        S('John Fa', 'Fa'),                                    # 9 continues
        S('John Fa', 'Fa'),                                    # 10
        S('John Fa', 'Fa'),                                    # 11
        S('John Fa', 'Fa'),                                    # 12
        S('John Fa', 'Fa'),                                    # 13
        F(),                                                   # 14 Free, Prior and Informed Consent
    ],
    'tf-threatpost.com.android': [
        F(),                                                   # 1 XDA Developers
        S('Lukas Stefanko', 'Stefanko'),  # 2
        S('Lukas Stefanko', 'Stefanko'),  # 3
        S('Lukas Stefanko', 'Stefanko'),  # 4
        D('researchers'),                                      # 5 "said researchers"
        D('researchers'),                                      # 6
        F(),                                                   # 7 Agent Smith
    ],
    'tf-vancouversun.com.microsoft': [
        S('Satya Nadella', 'Chief Executive Satya Nadella'),   # 1
        S('Satya Nadella', 'Chief Executive Satya Nadella'),   # 2
        S('Satya Nadella', 'Chief Executive Satya Nadella'),   # 3 embedded clause
        F(),                                                   # 4 Climate Innovation Fund
        S('Brad Smith', 'Microsoft President Brad Smith'),     # 5
        S('Brad Smith', 'Microsoft President Brad Smith'),     # 6 "he said"
        F('Amazon.com Inc.'),                                  # 7 "net zero carbon"
        S('Microsoft Corp', 'Microsoft'),                      # 8 blog post
    ],
    'tf-vice.com.amazon': [
        S('Mark Parrington', 'Parrington',
          'a senior scientist working on wildfire emissions at the European Center for Medium-Range Weather Forecasts'),  # 1
        S('Alberto Shiguematsu', 'Shiguematsu'),               # 2
        F('Alberto Shiguematsu'),                              # 3 "really dark"
        S('Alberto Shiguematsu', 'Shiguematsu'),               # 4
        S('Gustavo Faleiros', 'Faleiros',
          'an editor at the environmental news group InfoAmazonia'),  # 5
        S('Gustavo Faleiros', 'Faleiros',
          'an editor at the environmental news group InfoAmazonia'),  # 6
    ],
    'tf-wikimediafoundation.org.turkey': [
        S('Katherine Maher', 'Executive Director of the Wikimedia Foundation'),  # 1
        S('Katherine Maher', 'Executive Director of the Wikimedia Foundation'),  # 2
    ],
}
