"""q19 - Swedish, local newspaper on a Labrador-style CMS (rows/columns markup).

Village school story (~380 words, two "mellanrubriker", quotes with the
Swedish dash). Furniture: cookie banner, header nav, "Plus" badges on
teasers, byline with e-mail, publish/update times, "Läs också:" link in the
text, "Annons" slots, share row, "Ämnen i artikeln" with "Följ" buttons,
"Mest läst", footer with "Ansvarig utgivare".
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5119)
SITE = "Älvsviks Tidning"
HEAD = "Vändningen: Lövnäsets skola får vara kvar"
DEK = "Ett år efter förslaget om nedläggning ändrar nämnden sig. Fler barnfamiljer i byn fick politikerna att tänka om."

TEXT = """
Lövnäsets skola får vara kvar. Det beslutade barn- och utbildningsnämnden i Älvsvik på tisdagskvällen, ett år efter att samma nämnd föreslog att skolan skulle läggas ner och eleverna flyttas till centralorten.

Beslutet togs med röstsiffrorna 7–4 och innebär att skolan, som i dag har 34 elever i förskoleklass till årskurs 6, ska finnas kvar åtminstone till och med läsåret 2029/30.

– Jag är så glad att jag knappt vet vad jag ska säga, säger Elin Paulsson, som har två barn på skolan och varit en av de drivande i föräldragruppen Rädda Lövnäsets skola. Vi har skrivit skrivelser, suttit på möten och bakat kakor till varenda insamling. Nu kan vi äntligen andas ut.

@@LASOCKSA

### Fler barnfamiljer i byn

En viktig orsak till att nämnden ändrade sig är att elevunderlaget har ökat. När nedläggningen föreslogs räknade förvaltningen med att elevantalet skulle sjunka till under 25 inom fem år. I stället har flera barnfamiljer flyttat till byn, bland annat sedan alla tio tomter i ett nytt bostadsområde i Lövnäset sålts.

Nämndens ordförande Anders Holmgren (C) säger att siffrorna ser annorlunda ut i dag.

– Vi fattade vårt förra beslut på det underlag vi hade då. Nu har vi ett nytt underlag, och då ska man vara beredd att ompröva. Det tycker jag är ett tecken på styrka, inte svaghet, säger han.

@@ANNONS

Oppositionen röstade emot. Sofia Bergkvist (M) anser att kommunen skjuter problemen framför sig.

– Skolbyggnaden behöver renoveras för minst åtta miljoner kronor och vi har redan svårt att rekrytera behöriga lärare. Det här beslutet löser ingenting på sikt, säger hon.

### Renovering väntar

Enligt förvaltningen behöver skolans ventilation och tak åtgärdas inom de närmaste två åren. Nämnden gav samtidigt förvaltningen i uppdrag att ta fram en plan för renoveringen och undersöka om skolan kan dela vissa lärartjänster med Norrbyns skola, tolv kilometer bort.

För eleverna blev beskedet en anledning att fira. När nyheten nådde skolan på onsdagsmorgonen bjöd personalen på saft och bullar i matsalen.

– Jag trodde att vi skulle behöva åka buss en timme varje dag. Nu slipper vi det, säger Ebba, 11 år.
"""

LASOCKSA = ('<div class="row"><div class="column small-12 large-12 articleLink"><p class="articleLink__text"><strong>Läs också:</strong> '
            '<a href="/nyheter/alvsvik/foraldrarna-samlade-900-namn-for-lovnasets-skola/">Föräldrarna samlade 900 namn för Lövnäsets skola</a> <span class="plus-badge">Plus</span></p></div></div>')
ANNONS = ('<div class="row"><div class="column small-12 ad ad--panorama"><div class="ad__label">Annons</div><div id="panorama2" class="ad__slot" style="min-height:240px"></div></div></div>')

spec = []
for kind, payload in body_from(TEXT):
    if payload == "@@LASOCKSA":
        spec.append(("raw", LASOCKSA))
    elif payload == "@@ANNONS":
        spec.append(("raw", ANNONS))
    elif kind == "p":
        spec.append(("rawgold", ('<div class="row"><div class="column bodytext small-12 large-12"><p>%s</p></div></div>' % payload, [payload])))
    else:
        spec.append(("rawgold", ('<div class="row"><div class="column small-12 large-12"><h3 class="bodytext__subheading">%s</h3></div></div>' % payload, [payload])))
body_html, gold = render(spec, {})

NAV = ["Nyheter", "Älvsvik", "Norrbyn", "Sport", "Nöje &amp; kultur", "Familj", "Debatt", "Ledare", "E-tidning"]
mest = [("Brand i flerfamiljshus – tio personer evakuerades", True), ("Älvsviks IF klart för kvartsfinal efter straffdrama", False),
        ("Nya busstider i vinter: här är förändringarna", False), ("Kocken som flyttade hem och öppnade restaurang i gamla banken", True),
        ("Polisen efterlyser vittnen efter inbrott i Norrbyn", False)]
mest_html = "".join('<li class="mostread__item"><span class="mostread__number">%d</span><a href="/nyheter/%s/">%s%s</a></li>' % (
    i + 1, slug(t), '<span class="plus-badge">Plus</span> ' if p else "", esc(t)) for i, (t, p) in enumerate(mest))

css = css_blob(["row", "column", "bodytext", "articleHeader", "byline", "ad", "mostread", "plus-badge", "cookie-banner", "pageFooter", "tags"], 600, 5119)
js = js_blob(5119, 220, "lab")

page = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} | {SITE}</title>
<meta name="description" content="{esc(DEK)}"><meta property="og:title" content="{esc(HEAD)}"><meta property="og:locale" content="sv_SE">
<style>{css}</style>
{ld_article(HEAD, "Karin Öhman", "2025-11-12T18:42:00+01:00", SITE, section="Älvsvik", lang="sv")}
</head><body class="page-article">
<div class="cookie-banner" role="region" aria-label="Cookies"><p><strong>Vi använder cookies</strong> för att webbplatsen ska fungera, för att anpassa innehåll och annonser och för att analysera vår trafik. Du kan läsa mer och ändra dina val under Cookieinställningar.</p>
<button class="cookie-banner__accept">Godkänn alla</button> <button class="cookie-banner__settings">Inställningar</button></div>
<header class="pageHeader"><a class="pageHeader__logo" href="/"><img src="/files/logo-alvsviks-tidning.svg" alt="{SITE}"></a>
<nav class="pageHeader__nav"><ul>{"".join('<li><a href="/%s/">%s</a></li>' % (slug(n.replace("&amp;", "och")), n) for n in NAV)}</ul></nav>
<div class="pageHeader__user"><a class="button button--buy" href="/kop/">Köp Plus – 1 kr första månaden</a> <a href="/logga-in/">Logga in</a></div></header>
<div class="ad ad--topbanner"><div class="ad__label">Annons</div><div id="topbanner" class="ad__slot" style="min-height:240px"></div></div>
<main class="pageContent"><article class="column articleBody" itemscope itemtype="https://schema.org/NewsArticle">
<div class="articleHeader"><div class="articleHeader__kicker">Älvsvik</div>
<h1 class="headline" itemprop="headline">{esc(HEAD)}</h1>
<p class="subtitle" itemprop="description">{esc(DEK)}</p>
<figure class="articleHeader__image"><img src="https://img.alvsvikstidning.example/lovnaset-skola.jpg" alt="" width="1200" height="675"><figcaption>Eleverna på Lövnäsets skola firade beskedet med saft och bullar. <span class="credit">Bild: Mattias Strand</span></figcaption></figure>
<div class="byline"><div class="byline__author"><img src="/files/byline/karin-ohman.png" alt="" width="48" height="48"><span class="byline__name">Karin Öhman</span> <a class="byline__email" href="mailto:karin.ohman@alvsvikstidning.example">karin.ohman@alvsvikstidning.example</a></div>
<div class="byline__dates"><span>Publicerad 12 november 2025 kl 18.42</span> <span>Uppdaterad 13 november 2025 kl 08.15</span></div></div>
<div class="share"><button class="share__button">Dela artikeln</button> <a class="share__facebook" href="https://www.facebook.com/sharer.php?u=at">Facebook</a> <a class="share__x" href="https://x.com/intent/tweet?url=at">X</a> <button class="share__copy">Kopiera länk</button></div></div>
<div class="articleBody__content">
{body_html}
</div>
<div class="tags"><h2 class="tags__title">Ämnen i artikeln</h2><ul><li><a href="/amne/alvsvik/">Älvsvik</a> <button class="tags__follow">Följ</button></li><li><a href="/amne/skola/">Skola</a> <button class="tags__follow">Följ</button></li><li><a href="/amne/lovnaset/">Lövnäset</a> <button class="tags__follow">Följ</button></li></ul></div>
<div class="tip"><p>Har du ett tips till redaktionen? Ring, sms:a eller mejla oss – du kan vara anonym.</p></div>
</article>
<aside class="sidebar"><section class="mostread"><h2 class="mostread__title">Mest läst</h2><ol>{mest_html}</ol></section>
<div class="ad"><div class="ad__label">Annons</div><div id="outsider" class="ad__slot" style="min-height:600px"></div></div></aside></main>
<footer class="pageFooter"><p><strong>{SITE}</strong> · Storgatan 18, Älvsvik · Kundservice: 0000-12 34 56</p>
<p>Chefredaktör och ansvarig utgivare: Lars-Erik Nyqvist · Nyhetschef: Hanna Sjöberg</p>
<ul>{link_items(["Kundservice", "Annonsera", "Tipsa oss", "Om cookies", "Cookieinställningar", "Personuppgiftspolicy", "Jobba hos oss"], '<li><a href="{href}">{text}</a></li>')}</ul>
<p>© 2025 {SITE}. Allt material är skyddat enligt lagen om upphovsrätt.</p></footer>
<script>{js}</script></body></html>
"""

save("q19", page, gold)
