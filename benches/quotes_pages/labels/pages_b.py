_AL = ('Samuel Alito', 'Alito', 'Justice Samuel Alito', 'Justice Alito')
_PR = ('Elizabeth Prelogar', 'Prelogar', 'Solicitor General Elizabeth Prelogar', 'General Prelogar')
_WA = ('Jeffrey Wall', 'Wall')
_TR = ('Donald Trump', 'Trump')
_EN = ('Arthur Engoron', 'Engoron', 'Judge Arthur Engoron')
_KI = ('Chris Kise', 'Kise')
_KW = ('Kevin Wallace', 'Wallace')
_GA = ('Robert Gates', 'Gates', 'Former Defense Secretary Robert Gates')

LABELS = {
    'n4k-cnn_001': [
        S(*_PR),            # 1 "If you want to look at a through-line here..."
        F(),                # 2 radio show title
        F(),                # 3 "ums"
        F(),                # 4 "ahs"
        S(*_PR),            # 5
        S(*_AL),            # 6
        S(*_PR),            # 7
        S(*_PR),            # 8
        S(*_AL),            # 9
        S(*_PR),            # 10 split
        S(*_PR),            # 11
        S(*_AL),            # 12 "So," split
        S(*_AL),            # 13
        S(*_PR),            # 14
        S(*_PR),            # 15
        S(*_AL),            # 16
        S(*_AL),            # 17 "But," split
        S(*_AL),            # 18
        S(*_PR),            # 19
        S(*_PR),            # 20
        S(*_AL),            # 21
        S(*_AL),            # 22
        S(*_PR),            # 23 unattributed reply
        S(*_AL),            # 24 "Alito cut her off:"
        S(*_PR),            # 25 "Prelogar:"
        S(*_WA),            # 26 partial quote, 12 words
        S(*_WA),            # 27
        S(*_WA),            # 28
        S(*_AL),            # 29
        S(*_AL),            # 30
        S(*_PR),            # 31
        S(*_PR),            # 32 long partial quote
        S(*_AL),            # 33 "Well," split
        S(*_AL),            # 34
        S(*_PR),            # 35
        S(*_PR),            # 36 "the nation that we aspire to be" (7 words)
        S(*_PR),            # 37 "For corporate America," split
        S(*_PR),            # 38
        S(*_AL),            # 39 "he asked"
        S(*_PR),            # 40
        S(*_PR),            # 41
        S(*_AL),            # 42 "he rejoined"
        S(*_PR),            # 43 split
        S(*_PR),            # 44
        F(),                # 45 "chief justice"
        F(),                # 46 "associate justices,"
        S(*_PR),            # 47
        S(*_PR),            # 48 "because Iambic pentameter ..." (6 words)
        S(*_AL),            # 49 "From now on," he quipped
        S(*_AL),            # 50
        S(*_AL),            # 51
    ],
    'n4k-cnn_002': [
        F('Arthur Engoron'),    # 1 to "control your client"
        F('Donald Trump'),      # 2 "political witch hunt"
        S(*_TR),                # 3
        S(*_TR),                # 4
        S(*_TR),                # 5
        S(*_TR),                # 6
        S(*_KW),                # 7 "Done?"
        S(*_TR),                # 8 "Done,"
        S(*_EN),                # 9
        F('Arthur Engoron'),    # 10 to "control your client."
        F('Chris Kise'),        # 11 "brilliant."
        S(*_KI),                # 12
        S(*_KI),                # 13
        S(*_EN),                # 14
        S(*_EN),                # 15
        F(),                    # 16 mis-paired span: 'he said.' (reporter's words)
        S(*_EN),                # 17 "if you want to let the witness ramble on..."
        S(*_TR),                # 18 "Probably,"
        F('Donald Trump'),      # 19 "been a mistake"
        S(*_TR),                # 20
        S(*_TR),                # 21
        S(*_TR),                # 22 split
        S(*_TR),                # 23
        S(*_KW),                # 24
        S(*_TR),                # 25
        S(*_TR),                # 26
        S(*_TR),                # 27
        S(*_TR),                # 28
        S(*_TR),                # 29
        F('Donald Trump'),      # 30 "very good"
        F('Arthur Engoron'),    # 31 "broken record."
        F('Donald Trump'),      # 32 "long since gone."
        S(*_KW),                # 33
        S(*_TR),                # 34
    ],
    'n4k-cnn_test_nlp': [
        S(*_GA),            # 1
        F(),                # 2 "Meet the Press."
        S(*_GA),            # 3
        S(*_GA),            # 4
        S(*_GA),            # 5
    ],
    'n4k-fox13now_001': [
        F(),                # 1 "air angels" (name of PETA's effort)
        F('People for the Ethical Treatment of Animals'),   # 2 "cruel"
        F('People for the Ethical Treatment of Animals'),   # 3 "illegal"
        S('California'),    # 4 "consistent with their gender identity," (5 words, the California law)
    ],
}
