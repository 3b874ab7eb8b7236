"""q16 - German, regional daily (Germany).

Traffic/infrastructure story; header with region navigation, "Anzeige"
labels, "Mehr zum Thema" box inside the body, reader comments with
replies, "Das könnte Sie auch interessieren" teasers and a long
mega-footer of places and services.
"""
import random
from common import *

PID = "q16"
rnd = random.Random(416)

HEADLINE = "Lindenau: Talbrücke wird ab Mai für ein Jahr voll gesperrt"
TEASER = "Die Sanierung der Weidachtalbrücke beginnt früher als geplant. Pendler müssen sich auf lange Umwege einstellen."

TEXT = """
Lindenau. Autofahrer im Raum Lindenau müssen sich ab dem 6. Mai auf erhebliche Einschränkungen einstellen: Die Weidachtalbrücke auf der Kreisstraße K 2217 wird für rund zwölf Monate voll gesperrt. Das teilte das Straßenbauamt am Dienstag mit. Ursprünglich sollte die Sanierung erst im kommenden Jahr beginnen.

Bei einer Prüfung im vergangenen Herbst hatten Gutachter Risse an mehreren Spannbetonträgern festgestellt. Seitdem gilt auf der 1971 gebauten Brücke bereits eine Gewichtsbeschränkung von 7,5 Tonnen. „Die Brücke ist nicht akut einsturzgefährdet, aber wir können mit der Sanierung nicht länger warten“, sagte Amtsleiterin Birgit Hohenstein.

Täglich fahren nach Zählungen des Landkreises etwa 11.000 Fahrzeuge über die Brücke, darunter viele Pendler aus den Ortschaften Oberweidach und Kestenhof, die in Lindenau oder im Gewerbegebiet Am Mühlbach arbeiten. Die Umleitung führt über Grebenau und die Bundesstraße und verlängert den Weg für viele um rund 14 Kilometer.

Besonders betroffen sind die Buslinien 421 und 425. Der Verkehrsverbund kündigte an, die Fahrpläne anzupassen und in den Hauptverkehrszeiten zusätzliche Fahrten anzubieten. Schülerinnen und Schüler aus Oberweidach sollen mit einem eigenen Shuttlebus zum Schulzentrum gebracht werden.

Für Fußgänger und Radfahrer wird während der Bauzeit ein provisorischer Steg neben der Brücke eingerichtet. Er soll ab Mitte Mai nutzbar sein.

Die Kosten für die Sanierung schätzt der Landkreis auf 8,4 Millionen Euro, knapp die Hälfte davon trägt das Land. Im Kreistag hatte es zuvor eine Debatte darüber gegeben, ob ein Neubau langfristig günstiger wäre. Eine Mehrheit entschied sich jedoch für die Sanierung, weil ein Neubau nach Einschätzung der Verwaltung frühestens 2029 fertig geworden wäre.

Ortsvorsteher Klaus Rettig aus Oberweidach zeigte sich erleichtert, dass die Arbeiten nun beginnen, kritisierte aber die kurze Vorlaufzeit. „Viele Betriebe müssen jetzt innerhalb weniger Wochen ihre Logistik umstellen. Das hätte man früher ankündigen können“, sagte er.

Das Straßenbauamt lädt am 23. April um 19 Uhr zu einer Informationsveranstaltung in die Mehrzweckhalle Oberweidach ein.
"""

body = body_from(TEXT)
mehr = ('<aside class="related-box"><h3 class="related-box__title">Mehr zum Thema</h3><ul>'
        '<li><a href="/lokales/lindenau/risse-in-der-weidachtalbruecke-gewichtsgrenze-gilt-ab-sofort-art-88231">Risse in der Weidachtalbrücke: Gewichtsgrenze gilt ab sofort</a></li>'
        '<li><a href="/lokales/lindenau/kreistag-sanierung-statt-neubau-art-89102">Kreistag: Sanierung statt Neubau</a></li></ul></aside>')
body.insert(3, ("raw", mehr))
body.insert(6, ("raw", '<div class="ad ad--content"><span class="ad__label">Anzeige</span><div id="ad-content-1"></div></div>'))
body_html, gold = render(body, {"p": '<p class="article__text">{}</p>'})

comments = [
    ("Hubert_K", "vor 5 Stunden", "Zwölf Monate sind optimistisch. Ich wette, wir reden am Ende über zwei Jahre.", [
        ("Sabine M.", "vor 4 Stunden", "Abwarten. Bei der Brücke in Grebenau hat es auch im Zeitplan geklappt.")]),
    ("pendler_ow", "vor 3 Stunden", "Der Umweg über Grebenau ist morgens jetzt schon dicht. Bitte die Ampel an der B-Kreuzung anpassen!", []),
    ("Rita Lehmann", "vor 1 Stunde", "Gut, dass an die Schulkinder gedacht wurde. Der Shuttlebus ist eine gute Lösung.", []),
]
def cm(a, t, x):
    return ('<div class="comment"><div class="comment__head"><span class="comment__author">%s</span> <span class="comment__time">%s</span></div>'
            '<p class="comment__text">%s</p><div class="comment__actions"><button>Antworten</button> <button>Melden</button> <span>Gefällt mir</span></div>') % (esc(a), esc(t), esc(x))
cm_html = "".join(cm(a, t, x) + "".join('<div class="comment comment--reply">' + cm(ra, rt, rx)[21:] + "</div>" for ra, rt, rx in reps) + "</div>"
                  for a, t, x, reps in comments)

orte = ["Lindenau", "Oberweidach", "Kestenhof", "Grebenau", "Mühlbach", "Altenstein", "Hohenfeld", "Sankt Egidien", "Rottal", "Wiesenbronn",
        "Brunnhausen", "Eichenried", "Tannweiler", "Birkach", "Ulmenau", "Seeheim am Wald"]
service = ["Abo & Service", "E-Paper", "Leserreisen", "Anzeigen aufgeben", "Traueranzeigen", "Stellenmarkt", "Immobilien", "Newsletter", "Podcasts", "Gewinnspiele", "Archiv", "Leserbriefe"]
verlag = ["Impressum", "Kontakt", "Datenschutz", "Datenschutzeinstellungen", "AGB", "Barrierefreiheit", "Mediadaten", "Karriere", "Über uns", "Cookie-Richtlinie"]
interessant = ["Neues Ärztehaus in Kestenhof eröffnet im Herbst", "Grebenau: Rathaus bekommt Solardach", "Kreisliga: SV Lindenau gewinnt Derby deutlich",
               "Frühlingsmarkt lockt Tausende in die Altstadt", "Wo im Landkreis jetzt geblitzt wird"]

page = f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>{esc(HEADLINE)} | Kreisbote Lindenau</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(TEASER)}">
<style>{css_blob(["article", "header", "nav-region", "related-box", "ad", "comment", "teaser", "footer", "paywall"], 440, 4161)}</style>
{ld_article(HEADLINE, "Martin Schwab", "2024-04-09T16:12:00+02:00", "Kreisbote Lindenau", section="Lokales", lang="de")}
<script>{js_blob(4162, 150, "kbl")}</script>
</head>
<body>
<header class="header"><a class="header__logo" href="/">Kreisbote Lindenau</a>
<nav class="header__nav"><ul>{link_items(["Lokales", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama", "Ratgeber", "Service"], prefix="/")}</ul></nav>
<nav class="nav-region"><ul>{link_items(orte[:8], prefix="/lokales/")}</ul></nav>
<a href="/abo" class="header__abo">Abo</a> <a href="/login" class="header__login">Anmelden</a></header>
<div class="ad ad--top"><span class="ad__label">Anzeige</span></div>
<main class="main">
<nav class="breadcrumb"><a href="/">Startseite</a> &rsaquo; <a href="/lokales/">Lokales</a> &rsaquo; <a href="/lokales/lindenau/">Lindenau</a></nav>
<article class="article">
<p class="article__kicker">Verkehr</p>
<h1 class="article__headline">{esc(HEADLINE)}</h1>
<p class="article__teaser">{esc(TEASER)}</p>
<div class="article__meta"><span class="article__author">Von <a href="/autor/martin-schwab">Martin Schwab</a></span> <time datetime="2024-04-09T16:12:00+02:00">09.04.2024, 16:12 Uhr</time> <span class="article__readtime">3 Min.</span></div>
<div class="article__share"><a href="#">Teilen</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a> <a href="#">E-Mail</a> <a href="#">Artikel merken</a></div>
<figure class="article__image"><img src="/bilder/2024/04/weidachtalbruecke.jpg" alt=""><figcaption>Die Weidachtalbrücke bei Oberweidach wurde 1971 gebaut. <span class="copyright">Foto: Anja Kessler</span></figcaption></figure>
<div class="article__body">
{body_html}
</div>
<p class="article__footer-note">Lesen Sie weitere Nachrichten aus Lindenau und dem Landkreis auf unserer Lokalseite.</p>
</article>
<section class="comments"><h2>Kommentare (4)</h2><p class="comments__rules">Bitte beachten Sie unsere Netiquette. Kommentare werden vor der Veröffentlichung geprüft.</p>{cm_html}
<form class="comments__form"><textarea placeholder="Ihr Kommentar"></textarea><button>Kommentar absenden</button></form></section>
<section class="teaser-list"><h2>Das könnte Sie auch interessieren</h2><ul>{teaser_items(rnd, interessant, '<li class="teaser"><a href="{href}"><span class="teaser__title">{text}</span></a></li>', "/lokales/")}</ul></section>
</main>
<footer class="footer"><div class="footer__col"><h4>Orte</h4><ul>{link_items(orte, prefix="/lokales/")}</ul></div>
<div class="footer__col"><h4>Service</h4><ul>{link_items(service, prefix="/service/")}</ul></div>
<div class="footer__col"><h4>Verlag</h4><ul>{link_items(verlag, prefix="/verlag/")}</ul></div>
<div class="footer__col"><h4>Ressorts</h4><ul>{link_items(["Lokales", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama", "Ratgeber", "Auto", "Reise", "Gesundheit", "Digital"], prefix="/")}</ul></div>
<p class="footer__copy">&copy; Kreisbote Verlagsgesellschaft mbH &amp; Co. KG 2024. Alle Rechte vorbehalten.</p></footer>
<script>{js_blob(4163, 60, "cmpKbl")}</script>
</body></html>"""

save(PID, page, gold)
