# Held-out labels, part b (train-* documents). Labels from the texts and the spec only.
LABELS = {
    'train-520': [
        # club statement over two paragraphs: attributed to the club, fullest name
        # as the document writes it (Raith Rovers FC), shorter forms as aliases
        S('Raith Rovers FC', 'Raith Rovers', 'Raith'),
        S('Raith Rovers FC', 'Raith Rovers', 'Raith'),
        S('Jimmy Thomson', 'Thomson'),
        S('Jimmy Thomson', 'Thomson'),
    ],
    'train-545': [
        # unnamed federation spokesman: described speaker
        D('a spokesman', 'the spokesman'),
    ],
    'train-558': [
        S('Adrian Nastase', 'Nastase', 'PDSR executive president Adrian Nastase'),
        S('Adrian Nastase', 'Nastase', 'PDSR executive president Adrian Nastase'),
        # "he" resolved to Nastase across the intervening background paragraphs
        S('Adrian Nastase', 'Nastase', 'PDSR executive president Adrian Nastase'),
    ],
    'train-574': [
        F(),
        # two-word phrase from Lanusse's autobiography: fragment with his name
        F('Alejandro Lanusse'),
    ],
    'train-585': [
        # quote continues past the closing mark into reporter's words; span itself is a statement
        S('Glyn Davies'),
    ],
    'train-599': [
        # relayed by the spokesman Amrollah; words are Rohrabacher's
        S('Dana Rohrabacher', 'Rohrabacher', 'Congressman Dana Rohrabacher'),
        S('Hamid Ibrahimi', 'a spokesman for Prime Minister Gulbuddin Hekmatyar'),
        S('Hamid Ibrahimi', 'a spokesman for Prime Minister Gulbuddin Hekmatyar'),
    ],
    'train-620': [
        S('Mentmore Abbey'),
    ],
    'train-632': [
        S('Ahmed Hashem Zighayer'),
        # unattributed continuation paragraph
        S('Ahmed Hashem Zighayer'),
    ],
    'train-655': [
        S('Bob Woolmer', 'Woolmer'),
        # continuation after a stray lone-dot paragraph
        S('Bob Woolmer', 'Woolmer'),
    ],
    'train-696': [
        S('Copper and Brass Servicenter Association', 'CBSA'),
        S('Copper and Brass Servicenter Association', 'CBSA'),
    ],
    'train-711': [
        # embedded partial quote, well over 4 words: statement
        S('Ousmane Kaba', 'Kaba', 'Deputy Minister for Finance Ousmane Kaba'),
    ],
    'train-724': [
        S('Bernardo Arce', 'Arce', 'Security Minister Bernardo Arce'),
    ],
    'train-739': [
        S('Dan Dietsch', 'Amoco spokesman Dan Dietsch'),
        S('Dan Dietsch', 'Amoco spokesman Dan Dietsch'),  # opening mark followed by a space
        # agreement term: fragment, no speaker
        F(),
    ],
    'train-752': [
        F(),
        F(),
        # unnamed central-bank spokesman: described speaker
        D('A BOJ spokesman'),
        S('Klaus Baader'),
    ],
    'train-775': [
        S('Stagecoach Holdings Plc', 'Stagecoach'),
    ],
    'train-788': [
        F(),
    ],
    'train-829': [
        # ministry statement: speaker is the Foreign office; country name kept as alias
        S('British Foreign office', 'Britain'),
        S('British Foreign office', 'Britain'),
    ],
    'train-849': [
        S('Central Office of Statistics and Information', 'OCEI'),
        # export category names: terms, no speaker
        F(),
        F(),
        F(),
    ],
    'train-862': [
        F(),
        # news release: attributed to the medical centre, not the university
        S('University of Pennsylvania Medical Centre'),
    ],
    'train-882': [
        S('Steve Conroy', 'Conroy'),
        S('Steve Conroy', 'Conroy'),
    ],
    'train-898': [
        # company statement: the company
        S('Keane Inc', 'Keane'),
    ],
    'train-912': [
        S('Rune Hansen'),
    ],
    'train-923': [
        D('a dealer with a European bank'),
    ],
}
