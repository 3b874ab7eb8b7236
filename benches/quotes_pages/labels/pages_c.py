# Hand labels for quotes_pages (annotator c), by the rules of
# ../shared/data/quotes-dev/README.md. One label per numbered span of
# `build.py --show ID`, in reading order.
LABELS = {
    'n4k-cnn_article': [
        S('Steve Cowan', 'a spokesman for the Pennsylvania Department of Transportation',
          'The Pennsylvania official'),                                   # 1
        S('Todd Borek', 'CNN meteorologist Todd Borek'),                  # 2 "he added"
        S('Latasha Abney', 'Abney'),                                      # 3
        S('Latasha Abney', 'Abney'),                                      # 4
        S('Brian M. Good'),                                               # 5
        S('Brian M. Good'),                                               # 6
        S('James Hall', 'Patrol Chief James Hall'),                       # 7
        S('James Hall', 'Patrol Chief James Hall'),                       # 8
        S('Jose Ramirez'),                                                # 9
        S('Todd Lehmacher'),                                              # 10 "pretty minimal, at this point," (5 words)
        S('Todd Lehmacher'),                                              # 11
        S('Amtrak'),                                                      # 12
        S('Ellie Hall'),                                                  # 13 tweet
        S('Chad Myers', 'CNN meteorologist Chad Myers'),                  # 14
        S('Sarah Martini'),                                               # 15
        S('Sarah Martini'),                                               # 16
        S('Seqret Watson', 'Watson'),                                     # 17
        S('Seqret Watson', 'Watson'),                                     # 18
        S('Jennifer Peterson'),                                           # 19
        S('Jennifer Peterson'),                                           # 20
    ],
    'n4k-time_001': [
        S('James Hansen', 'Hansen', 'Hanson',
          'an adjunct professor of earth and environmental sciences at Columbia University'),  # 1
        S('James Hansen', 'Hansen', 'Hanson',
          'an adjunct professor of earth and environmental sciences at Columbia University'),  # 2
        F('James Hansen'),                                                # 3 labeled the agreement "a fraud"
        S('James Hansen', 'Hansen', 'Hanson',
          'an adjunct professor of earth and environmental sciences at Columbia University'),  # 4
        S('James Hansen', 'Hansen', 'Hanson',
          'an adjunct professor of earth and environmental sciences at Columbia University'),  # 5
        S('James Hansen', 'Hansen', 'Hanson',
          'an adjunct professor of earth and environmental sciences at Columbia University'),  # 6
        S('Michael Mann', 'Mann',
          'a well-known climate scientist at Pennsylvania State University'),  # 7 written commentary
        F('Michael Mann'),                                                # 8 "misguided policy advocacy."
        S('Michael Mann', 'Mann',
          'a well-known climate scientist at Pennsylvania State University'),  # 9
        S('Michael Mann', 'Mann',
          'a well-known climate scientist at Pennsylvania State University'),  # 10
        S('Michael Oppenheimer', 'a climate scientist at Princeton University'),  # 11 email
        S('Michael Oppenheimer', 'a climate scientist at Princeton University'),  # 12
    ],
    'n4k-video_article_02': [
        F(), F(), F(), F(), F(),                                          # 1-5 player nicknames
        F(), F(), F(), F(), F(),                                          # 6-10 player nicknames
    ],
    'n4k-wired_001': [
        F(),                                                              # 1 "Hebron Smart City." (name)
        S('Ahmed Azza', 'Azza'),                                          # 2
        S('Ahmed Azza', 'Azza'),                                          # 3
        F(),                                                              # 4 "Wolf Pack." (name)
        F(),                                                              # 5 described as "Facebook for Palestinians." (no one named)
        S('Antony Loewenstein', 'Loewenstein', 'author of The Palestine Laboratory'),  # 6
        S('Ahmed Azza', 'Azza'),                                          # 7 "he says"
        F('Israeli officials', named=False),                              # 8 "frictionless"
        F(),                                                              # 9 "negative" (scare quote)
        S('Antony Loewenstein', 'Loewenstein', 'author of The Palestine Laboratory'),  # 10
        D('a doctor from Hebron'),                                        # 11
        D('a doctor from Hebron'),                                        # 12 "he says"
        S('Tahseen Elayyan', 'Elayyan', 'a legal researcher at Al-Haq'),  # 13
        S('Tahseen Elayyan', 'Elayyan', 'a legal researcher at Al-Haq'),  # 14
        S('Tahseen Elayyan', 'Elayyan', 'a legal researcher at Al-Haq'),  # 15
        S('Tehilla Shwartz Altshuler',
          'a senior fellow at the Israel Democracy Institute think tank'),  # 16
        S('Ori Givati', 'Givati', 'advocacy director for Breaking the Silence'),  # 17
        S('Ori Givati', 'Givati', 'advocacy director for Breaking the Silence'),  # 18 (paragraph ends without closing mark)
    ],
    'tf-boingboing.net.millenials': [
        F(),                                                              # 1 "Millennials,"
        F(),                                                              # 2 "get off my lawn" (idiom)
        F(),                                                              # 3 "manic pixie dream girls" (term)
        F(),                                                              # 4 "great families" (scare quote)
    ],
    'tf-dw.com.colonial': [
        F(),                                                              # 1 project title
        F(),                                                              # 2 "decolonial perspectives"
        S('Tahir Della', 'Della', 'ISD spokesman Tahir Della'),           # 3
        S('Tahir Della', 'Della', 'ISD spokesman Tahir Della'),           # 4
        F(), F(),                                                         # 5-6 "Schutzverträge," / "protection contracts,"
        F(), F(),                                                         # 7-8 nickname and its translation
        F(),                                                              # 9 article title
        S('Tahir Della', 'Della', 'ISD spokesman Tahir Della'),           # 10
        S('Tahir Della', 'Della', 'ISD spokesman Tahir Della'),           # 11
        S('Tahir Della', 'Della', 'ISD spokesman Tahir Della'),           # 12
    ],
    'tf-dw.com.uncork': [
        D('a winemaker in Chambolle-Musigny'),                            # 1
        D('the Berlin wine merchant', 'a wine merchant in Berlin'),       # 2
        S('Brigitta Stodden'),                                            # 3
        S('Brigitta Stodden'),                                            # 4
        S('Alexander Stodden'),                                           # 5
        S('Alexander Stodden'),                                           # 6
        S('Ludwig Kreuzberg', 'Kreuzberg'),                               # 7
        S('Ludwig Kreuzberg', 'Kreuzberg'),                               # 8
        S('Ludwig Kreuzberg', 'Kreuzberg'),                               # 9
        S('Ludwig Kreuzberg', 'Kreuzberg'),                               # 10
        D('The waiter'),                                                  # 11
    ],
    'tf-github.blog.spiceland': [
        S('Erin Spiceland', 'Erin'),                                      # 1 pull quote of the interviewee
        S('Erin Spiceland', 'Erin'),                                      # 2
        S('Erin Spiceland', 'Erin'),                                      # 3
    ],
}
