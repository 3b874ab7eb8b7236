"""q05 - Polish, Drupal 10 (Paragraphs module) regional news site.

Stresses a truncated article: the body is a run of Drupal paragraph
entities; after the second text paragraph come a "Czytaj także" box, a
newsletter sign-up form and an ad, and the article goes on for a dozen
paragraphs after them.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q05"
rnd = random.Random(305)

TITLE = "Szpital w Borowcu Górnym zawiesza oddział dziecięcy. Rodzice z małymi pacjentami będą jeździć 60 kilometrów"
LEAD = "Od 1 grudnia na trzy miesiące zostanie zamknięty oddział pediatrii Szpitala Powiatowego w Borowcu Górnym. Dyrekcja tłumaczy decyzję brakiem lekarzy."

PART1 = """
Decyzję o czasowym zawieszeniu działalności oddziału dziecięcego ogłosił w poniedziałek dyrektor szpitala Krzysztof Wilanowski. Jak poinformował, od grudnia na oddziale nie będzie ani jednego lekarza pediatry, który mógłby pełnić dyżury w godzinach nocnych i w weekendy.

– Robiliśmy wszystko, żeby tego uniknąć. Przez ostatnie pół roku dyżury pokrywało trzech lekarzy, w tym dwóch po siedemdziesiątce. Jeden z nich przechodzi na emeryturę, drugi zrezygnował ze względów zdrowotnych. Nie mogę zapewnić dzieciom bezpieczeństwa, mając na grafiku jednego specjalistę – powiedział Wilanowski.
"""

PART2 = """
Oddział pediatrii w Borowcu Górnym ma 18 łóżek. W ubiegłym roku hospitalizowano na nim ponad 1100 dzieci, głównie z infekcjami dróg oddechowych, odwodnieniem i urazami. Zimą obłożenie regularnie przekracza 90 procent.

## Najbliższy oddział w Lipnie Wielkim

Na czas zawieszenia dzieci wymagające hospitalizacji będą kierowane do Wojewódzkiego Szpitala Dziecięcego w Lipnie Wielkim, oddalonego o około 60 kilometrów. Szpitalny oddział ratunkowy w Borowcu będzie nadal przyjmował małych pacjentów, ale po udzieleniu pierwszej pomocy tych wymagających dalszego leczenia przewiezie karetką do Lipna.

Rodzice nie kryją niepokoju. Agnieszka Trzebińska z Rudnej Woli, matka trojga dzieci, przypomina, że z części gminy nie ma bezpośredniego połączenia autobusowego z Lipnem Wielkim.

– Jak dziecko trafi do szpitala w Lipnie, to ja muszę być przy nim. A kto zostanie z pozostałą dwójką? Nie każdy ma samochód i nie każdy może wziąć tydzień wolnego w pracy – mówi.

Podobne obawy zgłaszają lekarze rodzinni. Zdaniem Ewy Makarewicz, która prowadzi przychodnię w Zalesiu, zamknięcie oddziału w szczycie sezonu infekcyjnego oznacza, że część dzieci będzie leczona w domu dłużej, niż powinna.

## Starosta: szukamy lekarzy w całym kraju

Starosta borowiecki Jarosław Pieńkos zapewnia, że zawieszenie ma charakter tymczasowy. Powiat, który jest organem prowadzącym szpital, zaproponował lekarzom pediatrom mieszkanie służbowe oraz dodatek do wynagrodzenia w wysokości 4 tysięcy złotych miesięcznie.

– Ogłoszenia opublikowaliśmy w całej Polsce, rozmawiamy też z lekarzami z zagranicy. Mamy dwie wstępne deklaracje, ale żaden z tych lekarzy nie może rozpocząć pracy wcześniej niż w lutym – powiedział Pieńkos.

Radni opozycji zarzucają władzom powiatu, że problem był znany od dawna. Radna Halina Gościcka przypomniała, że już rok temu wnioskowała o przygotowanie programu stypendialnego dla młodych lekarzy, którzy zobowiązaliby się do pracy w Borowcu.

– Wtedy usłyszeliśmy, że nie ma pieniędzy i że sytuacja jest pod kontrolą. Dziś widzimy, jak bardzo była pod kontrolą – mówiła podczas sesji rady powiatu.

## Problem nie tylko w Borowcu

Z danych Narodowego Funduszu Zdrowia wynika, że w ciągu ostatnich pięciu lat w województwie zawieszono lub zlikwidowano siedem oddziałów pediatrycznych w szpitalach powiatowych. Średni wiek czynnego zawodowo pediatry w regionie przekracza 58 lat.

Eksperci wskazują, że małe oddziały mają coraz większe trudności z utrzymaniem całodobowej obsady, bo młodzi lekarze wybierają większe ośrodki, w których mogą się szkolić i lepiej zarabiać.

Dyrekcja szpitala zapowiada, że poradnia pediatryczna działająca przy szpitalu będzie czynna bez zmian. Rodzice mogą też korzystać z nocnej i świątecznej opieki zdrowotnej, która działa w budynku przychodni przy ulicy Kolejowej 12 od godziny 18 do 8 rano oraz całodobowo w weekendy i święta.

Wznowienie pracy oddziału zaplanowano na 1 marca. Jak zapewnia dyrektor Wilanowski, jeśli uda się zatrudnić lekarzy wcześniej, oddział zostanie otwarty natychmiast.
"""

def dp_text(text, base):
    spec = body_from(text)
    out, gold = [], []
    for i, (kind, payload) in enumerate(spec):
        inner = "<p>%s</p>" % payload if kind == "p" else "<h2>%s</h2>" % payload
        out.append('<div class="paragraph paragraph--type--text paragraph--view-mode--default" data-paragraph-id="%d"><div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">%s</div></div>' % (base + i, inner))
        gold.append(strip(payload))
    return "\n".join(out), gold

h1, g1 = dp_text(PART1, 55100)
h2, g2 = dp_text(PART2, 55110)
gold = g1 + g2

interrupt = """<div class="paragraph paragraph--type--related-content paragraph--view-mode--default"><div class="field field--name-field-related-title">Czytaj także:</div><div class="field field--name-field-related-items field__items">
<div class="field__item"><a href="/wiadomosci/zdrowie/sor-w-borowcu-gornym-kolejki-2024-10" hreflang="pl">Kolejki na SOR w Borowcu Górnym. Pacjenci czekają nawet dziewięć godzin</a></div>
<div class="field__item"><a href="/wiadomosci/region/lipno-wielkie-szpital-dzieciecy-rozbudowa" hreflang="pl">Szpital dziecięcy w Lipnie Wielkim z nowym skrzydłem. Przybędzie 40 łóżek</a></div></div></div>
<div class="paragraph paragraph--type--newsletter paragraph--view-mode--default"><div class="newsletter-box"><div class="newsletter-box__title">Zapisz się do naszego newslettera</div>
<div class="newsletter-box__text">Najważniejsze informacje z Borowca Górnego i okolic prosto na Twoją skrzynkę. Codziennie o 7:00, bez spamu.</div>
<form class="simplenews-subscriber-form" action="/newsletter/subscribe" method="post" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-mail">Adres e-mail</label><input type="email" id="edit-mail" name="mail" class="form-email required" placeholder="Twój adres e-mail"></div>
<div class="js-form-item form-item form-type-checkbox"><input type="checkbox" id="edit-zgoda" name="zgoda" class="form-checkbox"><label for="edit-zgoda" class="option">Wyrażam zgodę na przetwarzanie moich danych osobowych w celu otrzymywania newslettera. Zgodę mogę wycofać w dowolnym momencie.</label></div>
<input type="submit" value="Zapisz się" class="button js-form-submit form-submit"></form></div></div>
<div class="paragraph paragraph--type--ad-slot"><div class="ad-slot ad-slot--inarticle"><span class="ad-slot__label">REKLAMA</span><div id="inarticle-1"></div></div><div class="ad-slot__continue">Dalsza część artykułu pod materiałem reklamowym</div></div>"""

najnowsze = make_headlines(rnd,
    ["Borowiec Górny:", "Powiat borowiecki:", "Rudna Wola:", "Zalesie:", "Lipno Wielkie:"],
    ["remont mostu na Bystrzance opóźniony", "nowe rondo przy Kolejowej otwarte", "radni przyjęli budżet na 2025 rok", "policja szuka świadków potrącenia", "ruszyły zapisy do żłobka miejskiego", "mieszkańcy protestują przeciw fermie drobiu", "jarmark bożonarodzeniowy wraca na rynek"],
    [""], 12)

css = css_blob(["region", "block", "paragraph", "field", "node", "newsletter-box", "ad-slot", "menu", "breadcrumb", "views-row", "footer", "eu-cookie-compliance"], 950, 3051)
js = js_blob(3052, 170, "Drupal")

drupal_settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/48817", "currentLanguage": "pl"}, "ajaxPageState": {"theme": "borowiec24", "libraries": "eJx9kFEOwyAIhi-0zCMZqtSaUjGC3Xr7ae..."}, "eu_cookie_compliance": {"popup_enabled": True, "popup_html_info": "<div>Ta strona korzysta z plików cookie.</div>", "popup_agreed_enabled": False}, "user": {"uid": 0, "permissionsHash": "a7c1d0e3f9b2"}}

html = """<!DOCTYPE html>
<html lang="pl" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="{lead}" />
<link rel="canonical" href="https://borowiec24.pl/wiadomosci/zdrowie/szpital-borowiec-gorny-zawiesza-oddzial-dzieciecy" />
<meta property="og:site_name" content="Borowiec24.pl" />
<meta property="og:title" content="{title}" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title} | Borowiec24.pl</title>
<style media="all">{css}</style>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Przejdź do treści głównej</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="region region-header">
<div id="block-borowiec24-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo">Borowiec24.pl</a><div class="site-slogan">Portal Borowca Górnego i powiatu borowieckiego</div></div>
<nav role="navigation" aria-labelledby="block-borowiec24-main-menu-menu" id="block-borowiec24-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-borowiec24-main-menu-menu">Nawigacja główna</h2>
<ul class="menu"><li class="menu-item"><a href="/">Strona główna</a></li><li class="menu-item menu-item--active-trail"><a href="/wiadomosci">Wiadomości</a></li><li class="menu-item"><a href="/region">Region</a></li><li class="menu-item"><a href="/sport">Sport</a></li><li class="menu-item"><a href="/kultura">Kultura</a></li><li class="menu-item"><a href="/praca">Praca</a></li><li class="menu-item"><a href="/nekrologi">Nekrologi</a></li><li class="menu-item"><a href="/ogloszenia">Ogłoszenia</a></li><li class="menu-item"><a href="/kontakt">Kontakt</a></li></ul></nav>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Okruchy</h2><ol><li><a href="/">Strona główna</a></li><li><a href="/wiadomosci">Wiadomości</a></li><li><a href="/wiadomosci/zdrowie">Zdrowie</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-borowiec24-content" class="block block-system block-system-main-block">
<article data-history-node-id="48817" role="article" about="/wiadomosci/zdrowie/szpital-borowiec-gorny-zawiesza-oddzial-dzieciecy" class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
<div class="node__meta"><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Marta Szczepaniak</span></span> <span class="field field--name-created">poniedziałek, 18 listopada 2024 - 16:40</span></div>
<div class="clearfix text-formatted field field--name-field-lead field--type-text-long field--label-hidden field__item"><p>{lead}</p></div>
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/article_full/public/2024-11/szpital-borowiec.jpg" width="960" height="540" alt="Szpital Powiatowy w Borowcu Górnym" /><div class="field--name-field-image-caption">Szpital Powiatowy w Borowcu Górnym. Oddział dziecięcy mieści się na drugim piętrze budynku B. Fot. Marta Szczepaniak</div></div>
<div class="node__content">
<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
{h1}
{interrupt}
{h2}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tagi</div><div class="field__items"><div class="field__item"><a href="/tagi/szpital" hreflang="pl">szpital</a></div><div class="field__item"><a href="/tagi/pediatria" hreflang="pl">pediatria</a></div><div class="field__item"><a href="/tagi/borowiec-gorny" hreflang="pl">Borowiec Górny</a></div></div></div>
<div class="share-links"><span>Udostępnij:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-mail</a></div>
</div>
</article>
</div>
</div>
</div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div class="views-element-container block block-views"><h2>Najnowsze</h2><div class="view view-najnowsze">{najnowsze}</div></div>
</div></aside>
</main>
<footer role="contentinfo" class="region region-footer"><div class="block"><p>Borowiec24.pl &copy; 2024. Wszelkie prawa zastrzeżone.</p><ul class="menu"><li><a href="/regulamin">Regulamin</a></li><li><a href="/polityka-prywatnosci">Polityka prywatności</a></li><li><a href="/reklama">Reklama</a></li><li><a href="/redakcja">Redakcja</a></li></ul></div></footer>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>Ta strona korzysta z plików cookie</h2><p>Używamy plików cookie, aby zapewnić prawidłowe działanie serwisu, analizować ruch i dopasowywać treści reklamowe. Możesz zmienić ustawienia w swojej przeglądarce.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Akceptuję</button><button type="button" class="decline-button eu-cookie-compliance-default-button">Nie, dziękuję</button></div></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script>{js}</script>
</body>
</html>""".format(
    title=esc(TITLE), lead=esc(LEAD), css=css, js=js, h1=h1, h2=h2, interrupt=interrupt,
    najnowsze="".join('<div class="views-row"><span class="views-field-created">%02d:%02d</span> <a href="/wiadomosci/%s">%s</a></div>' % (15 - i // 2, (i * 17) % 60, slug(h), esc(h.strip())) for i, h in enumerate(najnowsze)),
    settings=json_state(drupal_settings),
)

save(PID, html, gold)
