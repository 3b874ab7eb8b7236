"""q14 - Dutch, regional daily (Dutch newspaper-group style CMS).

Village supermarket story (~480 words, two subheads as h3). Furniture:
cookie wall, header nav, standfirst, byline/date, share row (Deel op ...),
"LEES OOK" box inside the text, "Advertentie" slots, "Meest gelezen",
"Net binnen" list with times, job-vacancy promo, footer.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5114)
SITE = "Dagblad van het Vechtland"
HEAD = "Dorpsbewoners kopen samen de laatste supermarkt van Zuidermolen"
DEK = "Met ruim 1100 aandelen van 250 euro redt een coöperatie de enige winkel van het dorp. Op 1 januari gaat de sleutel over."

TEXT = """
Ruim vierhonderd inwoners van Zuidermolen hebben samen genoeg geld bijeengebracht om de enige supermarkt van het dorp over te nemen. De coöperatie Ons Winkeltje Zuidermolen tekende woensdagavond het koopcontract met de huidige eigenaar, die na 34 jaar met pensioen gaat.

Daarmee lijkt een einde te komen aan maanden van onzekerheid. Toen Henk Wolters (67) in het voorjaar bekendmaakte dat hij wilde stoppen, meldde zich geen enkele koper. Voor veel ouderen in het dorp, dat ongeveer 2100 inwoners telt, dreigde de dichtstbijzijnde supermarkt op elf kilometer afstand te komen.

‘Mijn moeder is 88 en doet elke ochtend haar boodschappen hier’, zegt Marieke Dijkhuis, die de coöperatie mee oprichtte. ‘Als de winkel dichtgaat, verdwijnt niet alleen het brood. Dan verdwijnt ook het praatje bij de kassa.’

@@LEESOOK

### Aandelen van 250 euro

De coöperatie verkocht sinds september aandelen van 250 euro per stuk. Volgens het bestuur gingen er 1146 van de hand, goed voor ruim 286.000 euro. Daarnaast verstrekt een regionaal leefbaarheidsfonds een lening van 150.000 euro en draagt de gemeente Vechtland 40.000 euro bij aan de verbouwing van het pand aan de Kerkstraat.

Het geld is nodig voor de overname van de inventaris, nieuwe koelingen en een kassasysteem. Het pand zelf blijft eigendom van Wolters, die het voor tien jaar verhuurt aan de coöperatie.

Wethouder Sanne Bosgra noemt het initiatief ‘een schoolvoorbeeld van wat een dorp zelf kan’. Volgens haar kijken andere kernen in de gemeente met belangstelling mee. ‘In Ekelhorst en Luttenveld spelen vergelijkbare vragen. We willen de ervaringen uit Zuidermolen graag delen.’

@@AD

### Vrijwilligers achter de kassa

De winkel krijgt twee betaalde krachten in vaste dienst: een bedrijfsleider en een medewerker voor de versafdeling. Daarnaast hebben zich 63 vrijwilligers aangemeld om vakken te vullen, achter de kassa te staan of boodschappen te bezorgen bij mensen die slecht ter been zijn.

Bedrijfsleider wordt Joris Hekman (41), die eerder een filiaal van een grote supermarktketen in de regio leidde. ‘Je moet niet denken dat dit een hobbyclubje is’, zegt hij. ‘We moeten gewoon omzet draaien, anders houden we het geen twee jaar vol. Maar het voordeel is dat de klanten ook de eigenaren zijn. Die gaan echt niet naar de stad voor een pak melk.’

Het assortiment blijft grotendeels gelijk. Wel wil de coöperatie meer producten van boeren uit de omgeving verkopen, zoals zuivel, aardappelen en eieren.

De overdracht staat gepland voor 1 januari. Wolters zelf is opgelucht. ‘Ik heb hier mijn halve leven gestaan’, zegt hij. ‘Het idee dat de deur op slot zou gaan, lag zwaar op mijn maag. Nu kan ik met een gerust hart stoppen. En ik kom gewoon mijn boodschappen doen, hoor.’
"""

LEESOOK = ('<aside class="article__related" data-tracking="inline-related"><span class="article__related-label">LEES OOK</span>'
           '<a class="article__related-link" href="/vechtland/laatste-pinautomaat-in-luttenveld-verdwijnt~a8c1f2d4/"><img src="https://images.dvhv.example/thumb/pinautomaat.jpg" alt="" width="120" height="80">'
           '<span class="article__related-title">Laatste pinautomaat in Luttenveld verdwijnt: ‘Waar moet ik nu contant geld halen?’</span></a></aside>')
AD = '<div class="ad-wrapper ad-wrapper--inline"><span class="ad-wrapper__label">Advertentie</span><div id="ad-inline-1" class="ad-slot" style="min-height:250px"></div></div>'

spec = []
for kind, payload in body_from(TEXT):
    if payload == "@@LEESOOK":
        spec.append(("raw", LEESOOK))
    elif payload == "@@AD":
        spec.append(("raw", AD))
    else:
        spec.append((kind, payload))
body_html, gold = render(spec, {"p": '<p class="article__paragraph">{}</p>', "h3": '<h3 class="article__subheader">{}</h3>'})

NAV = ["Nieuws", "Regio", "Vechtland", "Sport", "Economie", "Show", "Koken & Eten", "Wonen", "Puzzels", "Video"]
meest = ["Automobilist zwaargewond na botsing op N377 bij Ekelhorst", "Nieuwe eigenaar voor kasteeltuin: ‘We gaan de poort weer openzetten’",
         "Gemeente wil windmolens langs kanaal, dorp Luttenveld in verzet", "Bakkerij Mulder stopt na vier generaties", "Zo wordt het weer in het weekend: eerste nachtvorst op komst"]
net_binnen = [("14:32", "Brand in schuur aan de Dijkweg snel onder controle"), ("14:05", "Wegwerkzaamheden rond Zuidermolen duren week langer"),
              ("13:41", "Vechtland Boys verlengt contract met trainer"), ("13:10", "Basisschool De Klimop krijgt nieuw schoolplein"), ("12:55", "Sinterklaas komt per trekker naar Ekelhorst")]
net_html = "".join('<li class="list__item"><time class="list__time">%s</time> <a href="/vechtland/%s~a%06d/">%s</a></li>' % (t, slug(x), rnd.randint(0, 999999), esc(x)) for t, x in net_binnen)
meest_html = "".join('<li class="list__item"><span class="list__number">%d</span><a href="/regio/%s~a%06d/">%s%s</a></li>' % (
    i + 1, slug(x), rnd.randint(0, 999999), '<span class="premium-label">PREMIUM</span> ' if i in (1, 3) else "", esc(x)) for i, x in enumerate(meest))

css = css_blob(["cookie-wall", "app-header", "article", "article__related", "ad-wrapper", "list", "share-buttons", "premium-label", "app-footer", "vacatures"], 700, 5114)
js = js_blob(5114, 260, "dpg")

page = f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} | Vechtland | {SITE}</title>
<meta name="description" content="{esc(DEK)}"><meta property="og:locale" content="nl_NL"><meta property="og:title" content="{esc(HEAD)}">
<style>{css}</style>
{ld_article(HEAD, "Femke Oudejans", "2025-11-13T06:00:00+01:00", SITE, section="Vechtland", lang="nl")}
</head><body class="article-page">
<div class="cookie-wall" role="dialog" aria-modal="true"><div class="cookie-wall__content"><h2 class="cookie-wall__title">Wij vragen je toestemming</h2>
<p>{SITE} en onze partners gebruiken cookies en vergelijkbare technieken om je een betere ervaring te bieden, om content en advertenties af te stemmen op jouw interesses en om het gebruik van de site te meten. Door op ‘Akkoord’ te klikken, geef je hiervoor toestemming. Je kunt je keuze altijd wijzigen via ‘Privacy-instellingen’ onderaan elke pagina.</p>
<button class="cookie-wall__accept">Akkoord</button> <button class="cookie-wall__settings">Instellingen aanpassen</button></div></div>
<header class="app-header"><a href="/" class="app-header__logo" aria-label="{SITE}"><svg width="200" height="30"><title>{SITE}</title></svg></a>
<nav class="app-header__nav"><ul>{link_items(NAV, '<li><a href="{href}">{text}</a></li>')}</ul></nav>
<div class="app-header__actions"><a class="button button--subscribe" href="/abonnement/">Abonneer</a> <a href="/inloggen/">Inloggen</a></div></header>
<div class="ad-wrapper ad-wrapper--top"><span class="ad-wrapper__label">Advertentie</span><div id="ad-top" class="ad-slot" style="min-height:90px"></div></div>
<main class="article-layout"><article class="article">
<header class="article__header"><span class="article__label"><a href="/vechtland/">Vechtland</a></span>
<h1 class="article__title">{esc(HEAD)}</h1>
<p class="article__intro">{esc(DEK)}</p>
<figure class="article__figure"><img src="https://images.dvhv.example/2025/11/supermarkt-zuidermolen.jpg" alt="Supermarkt aan de Kerkstraat in Zuidermolen" width="1280" height="720">
<figcaption class="article__caption">Marieke Dijkhuis (links) en Henk Wolters voor de supermarkt aan de Kerkstraat. <span class="article__credit">© Ruud Kamphuis</span></figcaption></figure>
<div class="article__meta"><span class="article__author">Femke Oudejans</span> <time class="article__time" datetime="2025-11-13T06:00:00+01:00">13 nov. 2025</time> <span class="article__reading-time">Leestijd 3 minuten</span></div>
<div class="share-buttons"><a class="share-buttons__item" href="https://www.facebook.com/sharer/sharer.php?u=dvhv">Deel op Facebook</a><a class="share-buttons__item" href="https://wa.me/?text=dvhv">Deel op WhatsApp</a><a class="share-buttons__item" href="mailto:?subject=Zuidermolen">Deel via e-mail</a><button class="share-buttons__item">Kopieer link</button></div>
</header>
<div class="article__body">
{body_html}
</div>
<div class="article__footer"><p class="article__tip">Heb je een tip voor de redactie? Mail naar <a href="mailto:tips@dvhv.example">tips@dvhv.example</a> of app ons.</p>
<div class="share-buttons share-buttons--bottom"><a class="share-buttons__item" href="https://www.facebook.com/sharer/sharer.php?u=dvhv">Deel op Facebook</a><a class="share-buttons__item" href="https://wa.me/?text=dvhv">Deel op WhatsApp</a><button class="share-buttons__item">Kopieer link</button></div></div>
</article>
<aside class="sidebar"><section class="list list--popular"><h2 class="list__title">Meest gelezen</h2><ol>{meest_html}</ol></section>
<section class="list list--latest"><h2 class="list__title">Net binnen</h2><ul>{net_html}</ul></section>
<div class="vacatures"><h3>Op zoek naar een nieuwe baan?</h3><p>Bekijk hier de vacatures in jouw regio.</p><a href="https://vacatures.dvhv.example/">Naar vacatures</a></div>
<div class="ad-wrapper"><span class="ad-wrapper__label">Advertentie</span><div id="ad-side" class="ad-slot" style="min-height:600px"></div></div></aside></main>
<footer class="app-footer"><ul>{link_items(["Over ons", "Contact", "Klantenservice", "Abonnementen", "Adverteren", "Privacy", "Cookies", "Privacy-instellingen", "Gebruiksvoorwaarden", "Colofon"], '<li><a href="{href}">{text}</a></li>')}</ul>
<p>© 2025 {SITE} — Alle rechten voorbehouden</p></footer>
<script>{js}</script></body></html>
"""

save("q14", page, gold)
