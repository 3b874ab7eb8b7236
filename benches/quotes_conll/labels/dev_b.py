# Hand labels for quotes_conll, part dev_b (24 documents, 66 spans).
LABELS = {
    'testa-114': [
        # Judgement: "he said" = Dean Jones (Derbyshire, in the title race), not Tim Munton.
        S('Dean Jones', "Derbyshire's Australian captain"),
    ],
    'testa-142': [
        # Judgement: "You cheat." is a complete utterance shouted at Jansher -> statement, not a name-calling fragment.
        S('Anthony Hill', 'Hill'),
        S('Anthony Hill', 'Hill'),
        S('Anthony Hill', 'Hill'),
        S('Anthony Hill', 'Hill'),  # "he added"
        # Mis-paired span: the closing mark of Hill's quote ("...that's Jansher.") and the opening mark
        # of Jansher's quote enclose the reporter's narration; nobody's quoted words -> fragment, no speaker.
        F(),
        # Paragraph ends without closing mark; Jansher's quote goes on in the next paragraph.
        S('Jansher Khan', 'Jansher'),
        S('Jansher Khan', 'Jansher'),
        S('Rodney Eyles', 'Eyles'),
        S('Rodney Eyles', 'Eyles'),
    ],
    'testa-145': [
        S('Billie Jean King', 'King', 'U.S. captain Billie Jean King'),
        S('Billie Jean King', 'King', 'U.S. captain Billie Jean King'),
        S('Billie Jean King', 'King', 'U.S. captain Billie Jean King'),
        S('Billie Jean King', 'King', 'U.S. captain Billie Jean King'),
        S('Billie Jean King', 'King', 'U.S. captain Billie Jean King'),
        S('Billie Jean King', 'King', 'U.S. captain Billie Jean King'),
    ],
    'testa-167': [
        # The daily Sueddeutsche Zeitung is the reporting source, not the speaker.
        S('Juergen Klinsmann', 'Klinsmann'),
        S('Juergen Klinsmann', 'Klinsmann'),
        S('Juergen Klinsmann', 'Klinsmann'),
    ],
    'testa-171': [
        F(),  # "Red Shirts" (name)
        F(),  # film title
        F(),  # film title
        F(),  # film title
        F(),  # film title
        F(),  # film title
        F(),  # "Blitz" (name of campaign)
    ],
    'testa-174': [
        D('a Foreign Office spokesman', 'the Foreign Office spokesman'),
        D('a Foreign Office spokesman', 'the Foreign Office spokesman'),
    ],
    'testa-179': [
        S('Constand Viljoen', 'Viljoen', 'leader of the Freedom Front party'),
        S('Constand Viljoen', 'Viljoen', 'leader of the Freedom Front party'),  # unattributed continuation
    ],
    'testa-187': [
        S('Gonzalo Montoya', 'Montoya', 'a police commander in Tacambaro'),
    ],
    'testa-189': [
        S('Fidel Ramos', 'Ramos', 'Philippine president Fidel Ramos'),
        S('Fidel Ramos', 'Ramos', 'Philippine president Fidel Ramos'),  # 15-word partial quote -> statement
    ],
    'testa-192': [
        S('Li Song-ho', 'Li', 'North Korean Red Cross president Li Song-ho'),
    ],
    'testa-194': [
        F(),  # "re-education through labour": term for an administrative punishment
    ],
    'testa-202': [
        D('a U.N. relief official'),
    ],
    'testa-205': [
        S('Don Penney'),
    ],
    'testa-208': [
        D('a police official in Liege'),
    ],
    'testa-216': [
        S('Shakil Rizvi', 'broker Shakil Rizvi'),
        S('Khurshid Alam', 'Broker Khurshid Alam'),
    ],
}
