# p14: German regional newspaper (custom CMS, "Lesen Sie auch", "Anzeige", Meistgelesen, Kommentare)
from common import *

PID = "p14"
TITLE = "Kellbach will mit Abwasser heizen: Stadtwerke planen Wärmenetz für 4000 Haushalte"
DEK = "Unter dem Klärwerk am Mühlbach schlummert eine Energiequelle, die bislang ungenutzt in den Fluss fließt. Bis 2029 soll sie einen ganzen Stadtteil versorgen."
URL = "https://www.kellbacher-anzeiger.de/lokales/kellbach/abwasser-waermenetz-oststadt-stadtwerke-art-1184233"

BODY = [
    ("p", "Die Stadtwerke Kellbach wollen künftig Wärme aus Abwasser gewinnen und damit einen großen Teil der Oststadt beheizen. Das kündigte Geschäftsführerin Dr. Birgit Hansmann am Dienstagabend im Ausschuss für Umwelt und Klima an. Demnach sollen bis 2029 rund 4000 Haushalte sowie mehrere Schulen und das Hallenbad an ein neues Wärmenetz angeschlossen werden."),
    ("p", "Kern des Projekts ist eine Großwärmepumpe am Klärwerk am Mühlbach. Das gereinigte Abwasser, das dort das ganze Jahr über mit einer Temperatur zwischen zwölf und 20 Grad ankommt, soll ihr als Wärmequelle dienen. Bislang fließt es ungenutzt in die Kell."),
    ("p", "„Wir leiten jeden Tag Energie für mehrere tausend Wohnungen einfach in den Fluss“, sagte Hansmann. „Das können wir uns nicht länger leisten, weder wirtschaftlich noch beim Klimaschutz.“"),
    ("ad", None),
    ("h3", "Kosten von 58 Millionen Euro"),
    ("p", "Die Stadtwerke beziffern die Kosten für Wärmepumpe, Leitungsnetz und Hausanschlüsse auf rund 58 Millionen Euro. Etwa 40 Prozent davon sollen über Förderprogramme des Bundes finanziert werden, einen entsprechenden Antrag will das Unternehmen noch in diesem Jahr stellen."),
    ("p", "Für die Anwohnerinnen und Anwohner der Oststadt soll der Anschluss freiwillig bleiben. Wer sich in den ersten zwei Jahren anschließen lässt, soll nach den derzeitigen Plänen keine Anschlussgebühr zahlen. Den künftigen Wärmepreis wollten die Stadtwerke noch nicht nennen; er solle aber „auf Dauer unter den Kosten einer neuen Gasheizung“ liegen."),
    ("also", "Heizungstausch in Kellbach: Was Hausbesitzer jetzt wissen müssen"),
    ("p", "Im Ausschuss stieß das Vorhaben überwiegend auf Zustimmung. Meike Osterkamp, Fraktionsvorsitzende von Zukunft Kellbach, sprach von einem „echten Meilenstein für die kommunale Wärmewende“. Auch die Wählergemeinschaft Bürger für Kellbach signalisierte Unterstützung, mahnte aber eine verlässliche Kostenplanung an."),
    ("p", "„Wir haben beim Hallenbad erlebt, wie aus zwölf Millionen am Ende 19 wurden“, sagte deren Sprecher Klaus-Dieter Wendling. „So etwas darf sich nicht wiederholen.“"),
    ("newsletter", None),
    ("h3", "Bauarbeiten sollen 2026 beginnen"),
    ("p", "Nach dem Zeitplan der Stadtwerke sollen die Bauarbeiten für das Leitungsnetz im Frühjahr 2026 beginnen. Zuerst werden die Straßen rund um den Lindenplatz aufgerissen, wo mehrere große Wohnanlagen der städtischen Wohnungsgesellschaft stehen."),
    ("p", "Die Stadtwerke wollen die Anwohner frühzeitig informieren. Geplant sind unter anderem:"),
    ("ul", ["eine Bürgerversammlung im Gemeindezentrum Oststadt am 12. Juni,", "eine Beratungsstelle im Kundencenter am Marktplatz sowie",
            "ein Online-Rechner, mit dem Hauseigentümer prüfen können, ob ihr Gebäude für den Anschluss geeignet ist."]),
    ("also", "Hallenbad Oststadt: Sanierung deutlich teurer als geplant"),
    ("p", "Ähnliche Anlagen gibt es bereits in mehreren Städten in Deutschland und der Schweiz. Nach Angaben der Stadtwerke wäre das Kellbacher Netz jedoch eines der größten seiner Art in einer Stadt dieser Größe."),
    ("p", "Der Stadtrat soll im Juli abschließend über das Projekt entscheiden."),
]

HEADS_DE = ["Neue Ampel an der Bahnhofstraße sorgt für Staus im Berufsverkehr", "Kellbacher Tafel sucht dringend ehrenamtliche Fahrer",
            "Grundschule Lindenplatz bekommt endlich eine Mensa", "Polizei sucht Zeugen nach Einbruch in Bäckerei", "Kirmes 2024: Das ist neu auf dem Festplatz",
            "Radweg entlang der Kell wird ab Montag gesperrt", "Traditionsgasthaus „Zur Linde“ findet neuen Pächter", "Stadtbibliothek verlängert Öffnungszeiten am Samstag",
            "Handball: TV Kellbach gewinnt Derby in letzter Sekunde", "Feuerwehr rückt zu Großbrand in Lagerhalle aus", "Wohnungsmarkt: Mieten in der Oststadt steigen weiter",
            "Busfahrplan ändert sich zum Schuljahreswechsel", "Kellbacher Zoo freut sich über Nachwuchs bei den Erdmännchen", "Baustelle an der B 54: Umleitung bis Oktober",
            "Stadtrat beschließt neue Parkgebühren in der Innenstadt", "Hospizverein feiert 25-jähriges Bestehen", "Wochenmarkt zieht vorübergehend auf den Kirchplatz",
            "Kommentar: Die Wärmewende braucht mehr Tempo", "Leserbriefe: Was Kellbacher über die neuen Radwege denken", "Fußball: Aufsteiger aus Brenndorf bleibt ungeschlagen"]


def render_body():
    out, gold = [], []
    for kind, val in BODY:
        if kind == "p":
            out.append('<p class="article__text">%s</p>' % esc(val)); gold.append(val)
        elif kind == "h3":
            out.append('<h3 class="article__subheadline">%s</h3>' % esc(val)); gold.append(val)
        elif kind == "ul":
            out.append('<ul class="article__list">%s</ul>' % "".join("<li>%s</li>" % esc(x) for x in val)); gold.extend(val)
        elif kind == "also":
            out.append('<div class="article__related-inline"><span class="related-inline__label">Lesen Sie auch:</span> <a href="/lokales/kellbach/%s" class="related-inline__link">%s</a></div>' % (re.sub(r"[^a-z]+", "-", val.lower()).strip("-"), esc(val)))
        elif kind == "ad":
            out.append('<div class="ad-container ad-container--inarticle" data-ad-slot="content_1"><span class="ad-container__label">Anzeige</span><div id="ad-content_1" class="ad-slot" style="min-height:250px"></div></div>')
        elif kind == "newsletter":
            out.append('<div class="newsletter-teaser"><div class="newsletter-teaser__title">Der Kellbach-Newsletter</div><p class="newsletter-teaser__text">Jeden Morgen die wichtigsten Nachrichten aus Kellbach und der Region – direkt in Ihr Postfach.</p><form class="newsletter-teaser__form"><input type="email" placeholder="Ihre E-Mail-Adresse"><button type="submit">Jetzt kostenlos abonnieren</button></form><p class="newsletter-teaser__legal">Mit der Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu. Die Abmeldung ist jederzeit möglich.</p></div>')
    return "\n".join(out), gold


def main():
    body_html, gold = render_body()
    teasers = lambda hs, cls: '<ul class="%s">%s</ul>' % (cls, "".join('<li class="teaser"><a href="/lokales/kellbach/%s-art-%d"><img src="/img/teaser/%d.jpg" alt="" loading="lazy" width="160" height="90"><span class="teaser__headline">%s</span></a></li>' % (re.sub(r"[^a-z]+", "-", h.lower()).strip("-")[:40], 1184000 + i, i, esc(h)) for i, h in enumerate(hs)))
    comments = [("Gerd_K", "vor 3 Stunden", "Endlich mal eine gute Idee aus dem Rathaus. Hoffentlich wird es nicht so teuer wie das Hallenbad."),
                ("Oststadt-Bewohnerin", "vor 2 Stunden", "Wir haben gerade erst eine neue Gasheizung eingebaut. Ob sich der Anschluss für uns noch lohnt?"),
                ("M. Albrecht", "vor 40 Minuten", "In der Schweiz funktioniert das schon seit Jahren. Warum dauert das bei uns immer so lange?")]
    page = f'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kellbach: Stadtwerke planen Wärmenetz aus Abwasser für 4000 Haushalte | Kellbacher Anzeiger</title>
<meta name="description" content="{esc(DEK)}">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:description" content="{esc(DEK)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:locale" content="de_DE">
<meta property="og:image" content="https://www.kellbacher-anzeiger.de/img/2024/05/klaerwerk-muehlbach.jpg">
<meta property="article:published_time" content="2024-05-22T17:45:00+02:00">
<meta property="article:modified_time" content="2024-05-22T19:02:00+02:00">
<meta property="article:section" content="Kellbach">
<meta property="article:author" content="Jana Wiesenthal">
<link rel="canonical" href="{URL}">
<script type="application/ld+json">{words_json({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "description": DEK, "datePublished": "2024-05-22T17:45:00+02:00", "dateModified": "2024-05-22T19:02:00+02:00", "inLanguage": "de-DE", "author": {"@type": "Person", "name": "Jana Wiesenthal"}, "publisher": {"@type": "NewsMediaOrganization", "name": "Kellbacher Anzeiger"}, "isAccessibleForFree": True})}</script>
<style>{css_blob(1401, "ka", 190)}</style>
<script>window.__ka = {{"artikelId":1184233,"ressort":"lokales/kellbach","paid":false,"schlagworte":["Stadtwerke","Energie","Oststadt"],"zeichen":3112}};</script>
<script>{js_blob(1402, 55, "kaConsent")}</script>
</head>
<body class="page-article">
<div id="cmp-layer" class="cmp" role="dialog" aria-modal="true"><div class="cmp__box"><h2>Wir respektieren Ihre Privatsphäre</h2><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anzubieten und die Zugriffe auf unsere Website zu analysieren. Mit Klick auf „Alle akzeptieren“ willigen Sie in die Verarbeitung ein. Ihre Einwilligung können Sie jederzeit unter „Datenschutz-Einstellungen“ widerrufen.</p><button class="cmp__accept">Alle akzeptieren</button><button class="cmp__settings">Einstellungen</button><a href="/pur-abo">Ohne Werbung lesen mit KA PUR</a></div></div>
<header class="header">
<div class="header__top"><a href="/" class="header__logo"><img src="/img/logo-kellbacher-anzeiger.svg" alt="Kellbacher Anzeiger" width="260" height="40"></a><div class="header__service"><a href="/e-paper">E-Paper</a><a href="/abo">Abo</a><a href="/anzeigen">Anzeigen aufgeben</a><a href="/login" class="header__login">Anmelden</a></div><form class="header__search" action="/suche"><label for="s" class="visually-hidden">Suche</label><input id="s" type="search" name="q" placeholder="Suchbegriff eingeben"><button type="submit">Suchen</button></form></div>
<nav class="header__nav" aria-label="Hauptnavigation"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in ["Startseite", "Lokales", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama", "Ratgeber", "Service", "Trauer"])}</ul></nav>
<nav class="header__subnav"><ul>{"".join('<li><a href="/lokales/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in ["Kellbach", "Brenndorf", "Altenwiese", "Hohenmühl", "Oststadt", "Kreis Kellbach"])}</ul></nav>
</header>
<div class="ad-container ad-container--superbanner"><span class="ad-container__label">Anzeige</span><div id="ad-superbanner"></div></div>
<main class="main">
<nav class="breadcrumb" aria-label="Brotkrümelnavigation"><ol><li><a href="/">Startseite</a></li><li><a href="/lokales">Lokales</a></li><li><a href="/lokales/kellbach">Kellbach</a></li><li>Wärmenetz aus Abwasser</li></ol></nav>
<article class="article" data-article-id="1184233">
<header class="article__header"><span class="article__kicker">Energiewende</span><h1 class="article__headline">{esc(TITLE)}</h1><p class="article__teaser">{esc(DEK)}</p>
<div class="article__meta"><span class="article__author">Von <a href="/autoren/jana-wiesenthal">Jana Wiesenthal</a></span> <time datetime="2024-05-22T17:45:00+02:00">22.05.2024, 17:45 Uhr</time> <span class="article__updated">Aktualisiert: 19:02 Uhr</span> <span class="article__readtime">Lesezeit: 3 Min.</span></div>
<div class="article__share"><a href="https://www.facebook.com/sharer/sharer.php?u={URL}">Auf Facebook teilen</a><a href="https://x.com/intent/tweet?url={URL}">Auf X teilen</a><a href="https://api.whatsapp.com/send?text={URL}">Per WhatsApp teilen</a><a href="mailto:?body={URL}">Per E-Mail teilen</a><button>Artikel merken</button></div></header>
<figure class="article__image"><img src="https://www.kellbacher-anzeiger.de/img/2024/05/klaerwerk-muehlbach.jpg" alt="Klärwerk am Mühlbach" width="1200" height="675"><figcaption>Aus dem gereinigten Abwasser des Klärwerks am Mühlbach soll künftig Wärme für die Oststadt gewonnen werden. <span class="article__image-credit">Foto: Jana Wiesenthal</span></figcaption></figure>
<div class="article__body">
{body_html}
</div>
<div class="article__topics"><span>Themen:</span><a href="/thema/stadtwerke-kellbach">Stadtwerke Kellbach</a><a href="/thema/energie">Energie</a><a href="/thema/oststadt">Oststadt</a><a href="/thema/stadtrat">Stadtrat</a></div>
<div class="article__author-box"><img src="/img/autoren/wiesenthal.jpg" alt="" width="70" height="70"><div><strong>Jana Wiesenthal</strong><p>Redakteurin in der Lokalredaktion Kellbach. Schreibt über Stadtpolitik, Energie und alles, was in der Oststadt passiert.</p><a href="mailto:j.wiesenthal@kellbacher-anzeiger.de">E-Mail an die Autorin</a></div></div>
</article>
<section class="comments"><h2>Kommentare (14)</h2><p class="comments__login">Melden Sie sich an, um zu kommentieren. <a href="/login">Anmelden</a> oder <a href="/registrieren">registrieren</a></p><ol>{"".join('<li class="comment"><span class="comment__user">%s</span> <span class="comment__time">%s</span><p>%s</p><button>Antworten</button> <button>Melden</button></li>' % (u, t, esc(c)) for u, t, c in comments)}</ol><a href="/kommentare/1184233">Alle 14 Kommentare anzeigen</a></section>
<section class="more"><h2>Mehr aus Kellbach</h2>{teasers(HEADS_DE[:8], "teaser-list")}</section>
</main>
<aside class="sidebar">
<div class="ad-container ad-container--rectangle"><span class="ad-container__label">Anzeige</span><div id="ad-rectangle"></div></div>
<section class="mostread"><h2>Meistgelesen</h2><ol>{"".join('<li><a href="/lokales/%d">%s</a></li>' % (i, esc(h)) for i, h in enumerate(HEADS_DE[8:15]))}</ol></section>
<section class="opinion"><h2>Meinung</h2>{teasers(HEADS_DE[15:19], "teaser-list teaser-list--small")}</section>
<section class="promo"><h2>Kellbacher Anzeiger digital</h2><p>Alle Artikel, das E-Paper und die App – jetzt 4 Wochen für 0,99 € testen.</p><a href="/abo/digital">Jetzt testen</a></section>
</aside>
<footer class="footer"><ul class="footer__links">{"".join('<li><a href="/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in ["Impressum", "Datenschutz", "Datenschutz-Einstellungen", "AGB", "Kontakt", "Mediadaten", "Abo-Service", "Karriere", "Barrierefreiheit", "Hilfe", "Newsletter", "RSS"])}</ul><p class="footer__copyright">© 2024 Kellbacher Verlagsgesellschaft mbH &amp; Co. KG. Alle Rechte vorbehalten.</p></footer>
<script>{js_blob(1403, 55, "kaTracking")}</script>
</body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
