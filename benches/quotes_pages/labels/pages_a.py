# Hand labels for quotes_pages (by the rules of ../shared/data/quotes-dev/README.md).
# One label per numbered quotation-mark span of `build.py --show ID`, in order.
# Morales's former business partner ("the ex-partner") is worded differently at each
# quote; each of those labels lists the other wordings as aliases.

LABELS = {
    'n4k-article_with_br': [
        S('Mike Pompeo', 'Pompeo', 'The CIA director'),                                   # 1 epigraph, "— Mike Pompeo"
        S('David Morales', 'Morales', 'Mr. Morales'),                                  # 2 "Morales announced"
        F('David Morales'),                            # 3 "dark side"
        S('David Morales', 'Morales', 'Mr. Morales'),                                  # 4
        D('One former business partner', 'A former business partner at UC Global', 'the ex-partner', 'the ex-associate', 'A former business partner of Morales', 'the former UC Global partner', 'the ex-business partner'),           # 5
        F('David Morales'),                            # 6 "the dark side." (his phrase again)
        S('New York Times'),                           # 7
        F('David Morales'),                            # 8 "American client"
        F('David Morales'),                            # 9 "playing in the first division" (4 words)
        F('David Morales'),                            # 10 "American friends."
        S('Mike Pompeo', 'Pompeo', 'The CIA director'),                                   # 11 "Philip Agees in the world," (5 words)
        F('Mike Pompeo'),                              # 12 "soulmates,"
        S('Mike Pompeo', 'Pompeo', 'The CIA director'),                                   # 13
        S('Mike Pompeo', 'Pompeo', 'The CIA director'),                                   # 14 "he rumbled"
        F('Mike Pompeo'),                              # 15 "narcissist,"
        F('Mike Pompeo'),                              # 16 "a fraud,"
        F('Mike Pompeo'),                              # 17 "a coward."
        F('Mike Pompeo'),                              # 18 "long term"
        S('Mike Pompeo', 'Pompeo', 'The CIA director'),                                   # 19 "he vowed"
        S('Mike Pompeo', 'Pompeo', 'The CIA director'),                                   # 20
        F('David Morales'),                            # 21 heading: Journey to "the dark side"
        F(),                                           # 22 "Marble" (program name)
        D('a former UC Global employee'),              # 23
        D('A former business partner at UC Global', 'One former business partner', 'the ex-partner', 'the ex-associate', 'A former business partner of Morales', 'the former UC Global partner', 'the ex-business partner'),  # 24
        D('the ex-partner', 'One former business partner', 'A former business partner at UC Global', 'the ex-associate', 'A former business partner of Morales', 'the former UC Global partner', 'the ex-business partner'),                        # 25 split quote, "they testified"
        D('the ex-partner', 'One former business partner', 'A former business partner at UC Global', 'the ex-associate', 'A former business partner of Morales', 'the former UC Global partner', 'the ex-business partner'),                        # 26
        D('the ex-associate', 'One former business partner', 'A former business partner at UC Global', 'the ex-partner', 'A former business partner of Morales', 'the former UC Global partner', 'the ex-business partner'),                      # 27
        S('David Morales', 'Morales', 'Mr. Morales'),                                  # 28 "I am a wholehearted mercenary!"
        F('David Morales'),                            # 29 heading: "the American client"
        F(),                                           # 30 "Carlos C.D. (spy)," (contact name)
        F(),                                           # 31 "We Spy." (company name)
        F('David Morales'),                            # 32 "our client"
        S('David Morales', 'Morales', 'Mr. Morales'),                                  # 33 "Morales wrote"
        S('David Morales', 'Morales', 'Mr. Morales'),                                  # 34
        F('David Morales'),                            # 35 "the American client."
        F(),                                           # 36 "Operation Hotel," (server name)
        F(),                                           # 37 "client" (scare quote)
        F('David Morales'),                            # 38 "the American friends."
        S('David Morales', 'Morales', 'Mr. Morales'),                                  # 39 "Morales emailed"
        S('David Morales', 'Morales', 'Mr. Morales'),                                  # 40
        S('David Morales', 'Morales', 'Mr. Morales'),                                  # 41
        D('a former UC Global IT specialist'),         # 42
        D('a former UC Global IT specialist'),         # 43
        F(),                                           # 44 "PlayerOne." (username)
        S('David Morales', 'Morales', 'Mr. Morales'),                                  # 45
        S('Brian Nagel', 'Nagel', 'the director of global security for Las Vegas Sands', 'senior vice president and global head of security at Las Vegas Sands'),                                    # 46 "he said in sworn testimony"
        S('Brian Nagel', 'Nagel', 'the director of global security for Las Vegas Sands', 'senior vice president and global head of security at Las Vegas Sands'),                                    # 47 same testimony
        S('Brian Nagel', 'Nagel', 'the director of global security for Las Vegas Sands', 'senior vice president and global head of security at Las Vegas Sands'),                                    # 48 "said Nagel"
        S('TechNewsWorld'),                            # 49
        S('Michael Chertoff', 'Then-DHS Director Michael Chertoff'),  # 50 (5 words)
        F('Michael Chertoff'),                         # 51 "the same technologies"
        D('their lawyer'),                             # 52
        F('Adi Barshishat'),                           # 53 "Israeli Government Agency." (LinkedIn)
        D('One of them', 'the plaintiffs'),            # 54
        F('Two of the security guards', named=False),  # 55 4 words, no clause
        D("Adelson's attorney"),                       # 56 (6 words)
        S('Brian Nagel', 'Nagel', 'the director of global security for Las Vegas Sands', 'senior vice president and global head of security at Las Vegas Sands'),                                    # 57
        D('a private investigator contracted by the gambling industry',
          'A confidential 2010 report', 'the confidential report'),  # 58 "it stated"
        D('a private investigator contracted by the gambling industry',
          'A confidential 2010 report', 'the confidential report'),  # 59
        D("A spokesman for Adelson's Sands"),          # 60
        D('the ex-partner', 'One former business partner', 'A former business partner at UC Global', 'the ex-associate', 'A former business partner of Morales', 'the former UC Global partner', 'the ex-business partner'),                        # 61 heading repeating 63
        D('the ex-partner', 'One former business partner', 'A former business partner at UC Global', 'the ex-associate', 'A former business partner of Morales', 'the former UC Global partner', 'the ex-business partner'),                        # 62
        D('the ex-partner', 'One former business partner', 'A former business partner at UC Global', 'the ex-associate', 'A former business partner of Morales', 'the former UC Global partner', 'the ex-business partner'),                        # 63
        D('A former business partner of Morales', 'One former business partner', 'A former business partner at UC Global', 'the ex-partner', 'the ex-associate', 'the former UC Global partner', 'the ex-business partner'),  # 64
        S('Zohar Lahav', 'Lahav', "Adelson's top bodyguard"),                                    # 65 recommendation letter
        F('Zohar Lahav'),                              # 66 "loyalty and consistency."
        S('Stefania Maurizi', 'Maurizi'),                                  # 67
        S('Stefania Maurizi', 'Maurizi'),                                  # 68 continues, no attribution
        F('Lenin Moreno'),                             # 69 "hacker"
        F(),                                           # 70 "Director of the Hotel." (code name)
        S('Aitor Martinez', 'Martinez', 'the lawyer for Assange'),                                 # 71
        S('Aitor Martinez', 'Martinez', 'the lawyer for Assange'),                                 # 72
        F('a former UC Global worker', named=False),   # 73 "the Americans."
        F(),                                           # 74 "Fix," (code name)
        F(),                                           # 75 "MULLER," (code name)
        F('David Morales'),                            # 76 "a team of hackers." (4 words)
        F('David Morales'),                            # 77 "special attention"
        S('David Morales', 'Morales', 'Mr. Morales'),                                  # 78 (7 words)
        D('the employee', 'the UC Global staffer'),    # 79 split quote
        D('the employee', 'the UC Global staffer'),    # 80
        S('Aitor Martinez', 'Martinez', 'the lawyer for Assange'),                                 # 81
        F('David Morales'),                            # 82 "Russian citizens"
        D('A former UC Global employee', 'The ex-staffer'),  # 83 testimony wording
        F('El Pais'),                                  # 84 "shuffled through documents."
        F('David Morales'),                            # 85 "came from the Americans,"
        F('David Morales'),                            # 86 "American client."
        S('David Morales', 'Morales', 'Mr. Morales'),                                  # 87 "he claimed"
        S('Stefania Maurizi', 'Maurizi'),                                  # 88
        S('Stefania Maurizi', 'Maurizi'),                                  # 89
        F('Dana Rohrabacher'),                         # 90 "fact-finding mission"
        D('A former UC Global worker'),                # 91 (7 words)
        D('A former UC Global worker'),                # 92
        S('Aitor Martinez', 'Martinez', 'the lawyer for Assange'),                                 # 93 "said Martinez"
        S('Aitor Martinez', 'Martinez', 'the lawyer for Assange'),                                 # 94
        S('Guillaume Long', 'the foreign minister of Ecuador under Correa'),  # 95
        D('The ex-staffer', 'a former UC Global employee'),  # 96 clause
        D('The ex-staffer', 'a former UC Global employee'),  # 97
        D('The ex-staffer', 'a former UC Global employee'),  # 98
        D('The staffers'),                             # 99 "was starting to get dangerous." (5 words)
        F('David Morales'),                            # 100 "hacker"
        F('Amnesty International'),                    # 101 "digital defender"
        F('Amnesty International'),                    # 102 "undue government interference"
        F(),                                           # 103 "gauge interest"
        F('David Morales'),                            # 104 "mess"
    ],
}
