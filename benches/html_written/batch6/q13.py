"""q13 -- Swahili (Kenya/Tanzania coast register). Regional news portal on
Drupal 7 (Bartik-derived theme: region-header, superfish main menu,
node--article, field-name-body / field-items / field-item even).

Length: ordinary news article (~560 words) on a new irrigation canal for rice
farmers in an invented county, with three subheads.

Furniture: a DENSE header: top links (Ingia, Jisajili, Wasiliana nasi,
Tangaza nasi, e-Gazeti), a date/weather strip, a superfish main menu of 9
sections each with its dropdown (about 60 links, including a list of 16
invented counties), a "Habari Mpya" ticker, breadcrumbs; then the node with
title, "Na <mwandishi> | tarehe" line, image with caption, body field, a
"Soma pia" box inside the body, "Shiriki" share links, taxonomy tags
(Lebo), "Habari zinazohusiana", a right sidebar ("Zilizosomwa zaidi",
poll "Kura ya maoni", newsletter) and a footer with menus and copyright.

Gold choices: the dateline "KISIMANI —" opening the first paragraph is body;
the "Soma pia" link box, caption and the closing reporter sign-off
"Imeandikwa na … , Kisimani" (in a separate field after the body) are not.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(613)

TITLE = "Wakulima wa mpunga Lwanda waanza kutumia mfereji mpya, walalamikia ada ya maji"

TEXT = """
KISIMANI — Zaidi ya wakulima 1,200 wa mpunga katika Bonde la Mto Lwanda, Kaunti ya Ngweno, wameanza kutumia mfereji mpya wa umwagiliaji uliozinduliwa rasmi Jumamosi, huku baadhi yao wakilalamikia ada mpya za maji wanazotakiwa kulipa kila msimu.

Mfereji huo wenye urefu wa kilomita 14 umejengwa kwa muda wa miaka miwili kwa gharama ya shilingi milioni 380, fedha zilizotolewa na serikali ya kaunti kwa ushirikiano na Chama cha Ushirika cha Wakulima wa Lwanda. Unatarajiwa kumwagilia ekari zipatazo 3,500 ambazo hapo awali zilitegemea mvua pekee.

Akizungumza wakati wa uzinduzi katika kijiji cha Mabanda, Waziri wa Kilimo wa kaunti, Bi. Halima Mwakisu, alisema mradi huo utawawezesha wakulima kuvuna mara mbili kwa mwaka badala ya mara moja.

"Kwa miaka mingi wakulima wa bonde hili wamekuwa wakipanda na kusubiri mvua. Mvua ikichelewa, mavuno yanapotea. Leo tunaanza ukurasa mpya," alisema Bi. Mwakisu mbele ya mamia ya wakazi waliohudhuria hafla hiyo.

## Ada ya maji yazua mjadala

Hata hivyo, furaha ya uzinduzi huo ilipungua kidogo baada ya viongozi wa chama cha ushirika kutangaza kwamba kila mkulima atatakiwa kulipa shilingi 1,500 kwa ekari moja kila msimu ili kugharamia matengenezo ya mfereji na mishahara ya walinzi wa milango ya maji.

Mzee Juma Kibwana, mkulima mwenye ekari tatu katika kijiji cha Mtoni, alisema kiasi hicho ni kikubwa kwa wakulima wadogo. "Sisi hatupingi mradi, tunaushukuru. Lakini mtu mwenye ekari tatu atalipa shilingi 4,500 kabla hata hajaona mavuno. Wengi wetu hatuna pesa hizo mwanzoni mwa msimu," alisema.

Mwenyekiti wa chama hicho, Bw. Salim Mrema, alieleza kuwa ada hiyo ilikubaliwa katika mkutano mkuu wa wanachama mwezi Machi na kwamba wakulima wataruhusiwa kulipa kwa awamu mbili, nusu wakati wa kupanda na nusu baada ya mavuno.

"Mfereji usipotunzwa, ndani ya miaka mitano utakuwa umejaa matope. Tumeona hivyo katika mabonde mengine. Ada hii si faida kwa mtu yeyote; ni kwa ajili ya kulinda mradi wenyewe," alisema Bw. Mrema.

## Mavuno yanatarajiwa kuongezeka

Kwa mujibu wa takwimu za idara ya kilimo ya kaunti, wastani wa mavuno ya mpunga katika bonde hilo kwa sasa ni magunia 18 kwa ekari. Wataalamu wanakadiria kuwa kwa kutumia maji ya umwagiliaji na mbegu bora, mavuno yanaweza kufikia magunia 30 hadi 35 kwa ekari.

Afisa wa kilimo wa eneo hilo, Bi. Neema Shauri, alisema idara yake itatoa mafunzo kwa wakulima kuhusu matumizi sahihi ya maji, kwani umwagiliaji usio na mpangilio unaweza kusababisha chumvi kujilimbikiza ardhini. Mafunzo hayo yataanza wiki ijayo katika vituo vitatu: Mabanda, Mtoni na Kwa Shehe.

Pia alisema kaunti imeagiza tani 40 za mbegu za mpunga zinazostahimili ukame, ambazo zitauzwa kwa wakulima kwa bei nafuu kupitia chama cha ushirika.

## Wakazi wataka barabara

Mbali na suala la maji, wakazi wa bonde hilo walitumia fursa ya hafla hiyo kuwasilisha kilio chao kuhusu hali mbaya ya barabara inayounganisha vijiji vyao na soko kuu la Kisimani. Wakati wa masika barabara hiyo hukatika kabisa, na wakulima hulazimika kusafirisha mazao yao kwa pikipiki kwa gharama kubwa.

Bi. Mwanaisha Said, mfanyabiashara wa mchele katika soko la Kisimani, alisema kuongezeka kwa mavuno hakutasaidia iwapo mazao hayawezi kufika sokoni. "Mchele ukikaa shambani wiki mbili kwa sababu gari haliwezi kufika, unaharibika au unauzwa kwa bei ya hasara kwa madalali," alisema.

Waziri Mwakisu alisema amepokea malalamiko hayo na atayawasilisha kwa idara ya barabara ya kaunti. Aliongeza kuwa bajeti ya mwaka ujao wa fedha inatarajiwa kujumuisha fedha za kukarabati kilomita 22 za barabara za vijijini katika eneo hilo.

Msimu wa kwanza wa kupanda kwa kutumia maji ya mfereji huo unatarajiwa kuanza mwishoni mwa mwezi huu.
"""

body = body_from(TEXT)
SOMA = ('<div class="soma-pia"><strong>Soma pia:</strong> <a href="/habari/kaunti/ngweno/bei-ya-mchele-yapanda-soko-la-kisimani">'
        'Bei ya mchele yapanda katika soko la Kisimani</a></div>')
body.insert(6, ("raw", SOMA))
body_html, gold = render(body, {"p": "<p>{}</p>", "h2": "<h3>{}</h3>"})

MENU = [
    ("Habari", ["Kitaifa", "Kaunti", "Afrika Mashariki", "Afrika", "Kimataifa", "Siasa", "Mahakamani"]),
    ("Kaunti", ["Ngweno", "Pwani Kuu", "Milimani", "Ziwa Tindi", "Kilele", "Mbugani", "Mto Mweusi", "Tambarare",
                "Kisiwa Chumvi", "Mlima Kasi", "Bonde Jekundu", "Nyika", "Mlango wa Bahari", "Kigoma Ndogo", "Msitu Mkuu", "Ukanda wa Kati"]),
    ("Biashara", ["Kilimo", "Uchumi", "Masoko", "Teknolojia", "Fedha", "Ajira"]),
    ("Michezo", ["Soka", "Riadha", "Ndondi", "Kriketi", "Michezo ya Kaunti"]),
    ("Afya", ["Lishe", "Magonjwa", "Afya ya Mama na Mtoto"]),
    ("Elimu", ["Shule za Msingi", "Sekondari", "Vyuo"]),
    ("Burudani", ["Muziki", "Filamu", "Mitindo", "Utamaduni"]),
    ("Maoni", ["Tahariri", "Safu", "Barua za Wasomaji", "Katuni"]),
    ("Video", ["Habari kwa Picha", "Mahojiano", "Podikasti"]),
]
menu_html = "".join(
    '<li class="menu-%d %sexpanded"><a href="/%s" class="sf-depth-1 menuparent">%s</a><ul>%s</ul></li>'
    % (200 + i, "first " if i == 0 else "", slug(top), esc(top),
       link_items(subs, '<li class="leaf"><a href="{href}" class="sf-depth-2">{text}</a></li>', "/%s/" % slug(top)))
    for i, (top, subs) in enumerate(MENU))

TICKER = ["Mvua kubwa yatarajiwa pwani wiki hii, yasema idara ya hali ya hewa",
          "Walimu wa Mbugani wasitisha mgomo baada ya mazungumzo",
          "Timu ya Ngweno Stars yatinga nusu fainali ya kombe la kaunti"]
ticker_html = link_items(TICKER, '<li><a href="{href}">{text}</a></li>', "/habari/")

POPULAR = ["Mahakama yaamuru uchaguzi wa chama cha ushirika urudiwe",
           "Vijana 300 wapata mafunzo ya ufundi Kisimani",
           "Kivuko kipya cha Mto Mweusi chaanza kazi",
           "Bei ya mafuta ya taa yashuka kwa shilingi tano",
           "Wavuvi wa Ziwa Tindi walalamikia nyavu haramu"]
pop_html = teaser_items(rnd, POPULAR, '<li><a href="{href}">{text}</a></li>', "/habari/kaunti/")
RELATED = ["Serikali ya kaunti yatenga fedha za mabwawa madogo",
           "Chama cha ushirika cha Lwanda chapata viongozi wapya",
           "Wakulima wa mahindi Nyika wapokea mbolea ya ruzuku"]
rel_html = teaser_items(rnd, RELATED, '<li class="views-row"><a href="{href}">{text}</a></li>', "/habari/kilimo/")

css = css_blob(["sf-menu", "region-header", "node-article", "field-name-body", "block-views", "soma-pia", "footer", "ticker"], 200, 6131)
js = js_blob(6132, 40, "Drupal")

html_doc = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sw" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="/habari/kaunti/ngweno/wakulima-wa-mpunga-lwanda-waanza-kutumia-mfereji-mpya" />
<title>%(title)s | Sauti ya Pwani</title>
<style type="text/css" media="all">%(css)s</style>
<script type="text/javascript">jQuery.extend(Drupal.settings,{"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":"sautipwani","theme_token":"q8Fv0b3KxM"}});</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-48215 node-type-article">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Ruka hadi maudhui makuu</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<div class="region region-header-top"><ul class="menu top-links">
<li class="first leaf"><a href="/user/login">Ingia</a></li><li class="leaf"><a href="/user/register">Jisajili</a></li>
<li class="leaf"><a href="/wasiliana-nasi">Wasiliana nasi</a></li><li class="leaf"><a href="/tangaza-nasi">Tangaza nasi</a></li>
<li class="last leaf"><a href="/e-gazeti">e-Gazeti</a></li></ul>
<div class="date-strip">Jumatatu, 14 Aprili 2025 · Kisimani 29°C</div></div>
<a href="/" title="Mwanzo" rel="home" id="logo"><img src="/sites/default/files/sauti-logo.png" alt="Sauti ya Pwani" /></a>
<div class="region region-header"><div id="block-superfish-1" class="block block-superfish">
<ul id="superfish-1" class="menu sf-menu sf-main-menu sf-horizontal sf-style-default">
<li class="first leaf"><a href="/" class="sf-depth-1 active">Mwanzo</a></li>%(menu)s</ul></div>
<div id="block-search-form" class="block block-search"><form action="/habari" method="post" id="search-block-form"><input type="text" name="search_block_form" title="Andika maneno ya kutafuta" /><input type="submit" value="Tafuta" /></form></div>
</div></div></div>
<div class="ticker"><span class="ticker-label">Habari Mpya:</span><ul>%(ticker)s</ul></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="breadcrumb"><h2 class="element-invisible">Uko hapa</h2><div class="breadcrumb"><a href="/">Mwanzo</a> » <a href="/habari">Habari</a> » <a href="/kaunti/ngweno">Ngweno</a></div></div>
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">%(title)s</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system">
<div id="node-48215" class="node node-article node-promoted clearfix" about="/habari/kaunti/ngweno/wakulima-wa-mpunga-lwanda" typeof="sioc:Item foaf:Document">
<div class="meta submitted"><span class="username">Na Rehema Kassim</span> | <span property="dc:date dc:created" content="2025-04-14T09:20:00+03:00">Aprili 14, 2025 - 9:20am</span></div>
<div class="content clearfix">
<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even">
<img typeof="foaf:Image" src="/sites/default/files/styles/large/public/mfereji-lwanda.jpg" width="640" height="400" alt="Mfereji wa umwagiliaji" />
<div class="image-caption">Wakulima wakikagua mfereji mpya wa umwagiliaji katika kijiji cha Mabanda, Bonde la Mto Lwanda. (Picha: Rehema Kassim)</div></div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
%(body)s
</div></div></div>
<div class="field field-name-field-mwandishi field-type-text field-label-hidden"><div class="field-items"><div class="field-item even"><em>Imeandikwa na Rehema Kassim, Kisimani</em></div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Lebo:&nbsp;</div><div class="field-items">
<div class="field-item even"><a href="/lebo/kilimo">Kilimo</a></div><div class="field-item odd"><a href="/lebo/umwagiliaji">Umwagiliaji</a></div><div class="field-item even"><a href="/lebo/ngweno">Ngweno</a></div></div></div>
</div>
<div class="share-links"><span>Shiriki:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=/habari/48215">Facebook</a> <a href="https://twitter.com/intent/tweet?url=/habari/48215">X</a> <a href="https://api.whatsapp.com/send?text=/habari/48215">WhatsApp</a> <a href="mailto:?subject=Habari">Barua pepe</a></div>
<ul class="links inline"><li class="comment_forbidden first last"><span><a href="/user/login?destination=node/48215%%23comment-form">Ingia</a> au <a href="/user/register?destination=node/48215%%23comment-form">jisajili</a> ili kutoa maoni</span></li></ul>
</div>
</div>
<div id="block-views-related-block" class="block block-views"><h2>Habari zinazohusiana</h2><div class="view-content"><ul>%(related)s</ul></div></div>
</div></div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div class="block block-views" id="block-views-popular-block"><h2>Zilizosomwa zaidi</h2><ol>%(popular)s</ol></div>
<div class="block block-poll"><h2>Kura ya maoni</h2><p>Je, ada ya maji kwa wakulima inafaa kulipwa na serikali ya kaunti?</p>
<form><label><input type="radio" name="choice" /> Ndiyo</label><label><input type="radio" name="choice" /> Hapana</label><label><input type="radio" name="choice" /> Sijui</label><input type="submit" value="Piga kura" /></form></div>
<div class="block block-newsletter"><h2>Jarida</h2><p>Pokea habari kuu za siku kwenye barua pepe yako kila asubuhi.</p><form><input type="email" placeholder="Barua pepe yako" /><input type="submit" value="Jiunge" /></form></div>
<div class="block block-ad"><span>Tangazo</span><img src="/sites/default/files/ads/300x250-duka.jpg" alt="" /></div>
</div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer">
<ul class="menu"><li><a href="/kuhusu-sisi">Kuhusu sisi</a></li><li><a href="/sera-ya-faragha">Sera ya faragha</a></li><li><a href="/masharti">Masharti ya matumizi</a></li><li><a href="/wasiliana-nasi">Wasiliana nasi</a></li><li><a href="/rss.xml">RSS</a></li></ul>
<p>&copy; 2025 Sauti ya Pwani Media. Haki zote zimehifadhiwa.</p></div></div></div></div>
</div></div>
<script type="text/javascript">%(js)s</script>
</body>
</html>
""" % dict(title=esc(TITLE), css=css, js=js, menu=menu_html, ticker=ticker_html, body=body_html,
           related=rel_html, popular=pop_html)

save("q13", html_doc, gold)
