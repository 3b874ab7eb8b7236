"""q07 - Swahili, AMP page of a news portal.

Ordinary AMP furniture in Swahili: amp-consent cookie notice, amp-sidebar
menu, amp-social-share buttons, an amp-ad and a "Soma pia" box inside the
body, "Habari zinazohusiana" below.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q07"
rnd = random.Random(307)

TITLE = "Mvua kubwa yakata barabara ya Mwambani–Kilindoni, wakazi wakwama kwa siku tatu"
DEK = "Zaidi ya familia 300 katika kata ya Kilindoni hazina njia ya kufika mjini baada ya daraja la Mto Ruvula kusombwa na maji."

PART1 = """
Mvua kubwa iliyonyesha kwa siku tatu mfululizo katika Kaunti ya Mwambani imeharibu sehemu ya barabara inayounganisha mji wa Mwambani na kata ya Kilindoni, na kuwaacha mamia ya wakazi bila njia ya kusafiri.

Daraja la Mto Ruvula, ambalo ndilo kiungo pekee kati ya maeneo hayo mawili, lilisombwa na maji usiku wa Jumapili baada ya mto huo kufurika. Hakuna mtu aliyeripotiwa kujeruhiwa.

Mkuu wa kaunti ndogo ya Kilindoni, Bi. Rehema Mwakasege, alisema timu ya kukabiliana na maafa imefika eneo hilo na inatathmini uharibifu. "Tunawaomba wananchi wasijaribu kuvuka mto kwa miguu wala kwa pikipiki. Maji bado yana kasi kubwa," alisema.

Kwa mujibu wa Idara ya Hali ya Hewa, mvua zaidi zinatarajiwa katika eneo hilo hadi mwishoni mwa wiki.
"""

PART2 = """
## Wagonjwa na wanafunzi waathirika

Wakazi wanasema kukatika kwa barabara kumeathiri zaidi wagonjwa wanaohitaji kufika hospitali ya rufaa mjini Mwambani. Zahanati ya Kilindoni haina huduma ya upasuaji wala chumba cha kujifungulia kwa upasuaji.

Bw. Juma Salim Kibwana, mwenyekiti wa kijiji cha Mkanyageni, alisema mama mmoja mjamzito alilazimika kuvushwa kwa mtumbwi Jumatatu asubuhi ili afikishwe hospitalini. "Hali ni ngumu sana. Tunahitaji daraja la muda haraka iwezekanavyo," alisema.

Shule tatu za msingi katika kata hiyo pia zimeathirika, kwa kuwa baadhi ya walimu wanaishi mjini na hawawezi kufika kazini. Afisa elimu wa kaunti, Bw. Petro Nyangasi, alisema masomo yataendelea kwa walimu waliopo hadi barabara itakapofunguliwa.

## Serikali yaahidi daraja la muda

Serikali ya kaunti imesema itajenga daraja la muda la chuma ndani ya wiki mbili kwa kushirikiana na Mamlaka ya Barabara za Vijijini. Waziri wa barabara wa kaunti, Bw. Hamisi Mrisho, alisema shilingi milioni 45 zimetengwa kwa kazi hiyo.

Hata hivyo, baadhi ya viongozi wa eneo hilo wamelalamika kwamba daraja hilo lilikuwa limeonyesha nyufa kwa zaidi ya miaka miwili bila kufanyiwa ukarabati. Mwakilishi wa wadi ya Kilindoni, Bi. Zuhura Athumani, alisema aliwasilisha hoja katika bunge la kaunti mwaka jana akiomba daraja hilo lijengwe upya.

"Tuliambiwa hakuna bajeti. Sasa gharama ya kurekebisha ni kubwa kuliko ile tuliyoiomba," alisema Bi. Athumani.

Wakati huo huo, Shirika la Msalaba Mwekundu limeanza kusambaza chakula na maji safi kwa familia zilizoathirika, huku likionya kuhusu hatari ya magonjwa yanayosababishwa na maji machafu kama kipindupindu.
"""

h1, g1 = render(body_from(PART1), {})
h2, g2 = render(body_from(PART2), {})
gold = g1 + g2

soma_pia = """<div class="soma-pia"><span class="soma-pia__lebo">Soma pia:</span> <a href="/habari/mwambani-bajeti-ya-barabara-2024">Bunge la kaunti lapitisha bajeti ya barabara ya shilingi bilioni 1.2</a></div>
<div class="tangazo"><span class="tangazo__lebo">Tangazo</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/21775744923/mwambani_amp/inarticle" layout="fixed"></amp-ad></div>"""

zinazohusiana = [
    ("Mto Ruvula wafurika, mashamba ya mpunga yaharibiwa", "Wakulima zaidi ya 200 wamepoteza mazao yao katika bonde la Ruvula."),
    ("Idara ya Hali ya Hewa yatoa tahadhari ya mvua kubwa pwani", "Wananchi wanaoishi mabondeni wametakiwa kuhamia maeneo ya miinuko."),
    ("Kilindoni yapata zahanati mpya ya mama na mtoto", "Zahanati hiyo itahudumia zaidi ya wakazi elfu kumi wa kata tatu."),
    ("Wavuvi wa Mwambani walalamikia bei ya mafuta", "Wanasema gharama ya kuendesha mashua imepanda mara mbili tangu mwaka jana."),
]

css = css_blob(["header", "sidebar", "habari", "kichwa", "soma-pia", "tangazo", "share", "husiana", "footer", "consent"], 380, 3071, media=False)

html = """<!doctype html>
<html amp lang="sw">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>{title} | Habari Pwani</title>
<link rel="canonical" href="https://www.habaripwani.co.tz/habari/mvua-kubwa-yakata-barabara-mwambani-kilindoni">
<meta name="viewport" content="width=device-width">
<meta name="description" content="{dek}">
<script type="application/ld+json">{ld}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@-webkit-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;-moz-animation:none;animation:none}}</style></noscript>
<style amp-custom>{css}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-HP4X7Q2","config":{{"G-HP4X7Q2":{{"groups":"default"}}}}}}}}</script></amp-analytics>
<amp-consent id="idhini" layout="nodisplay"><script type="application/json">{{"consentInstanceId":"hp-consent","consentRequired":true,"promptUI":"idhini-ui"}}</script>
<div id="idhini-ui" class="consent"><p>Tunatumia vidakuzi (cookies) ili kuboresha huduma zetu na kukuonyesha matangazo yanayokufaa. Kwa kuendelea kutumia tovuti hii, unakubali matumizi ya vidakuzi kwa mujibu wa <a href="/sera-ya-faragha">Sera yetu ya Faragha</a>.</p><button on="tap:idhini.accept">Nakubali</button><button on="tap:idhini.reject">Sikubali</button></div></amp-consent>
<amp-sidebar id="menyu" layout="nodisplay" side="left"><button on="tap:menyu.close" class="sidebar__funga">Funga</button>
<ul class="sidebar__orodha"><li><a href="/">Mwanzo</a></li><li><a href="/habari">Habari</a></li><li><a href="/kitaifa">Kitaifa</a></li><li><a href="/kimataifa">Kimataifa</a></li><li><a href="/biashara">Biashara</a></li><li><a href="/michezo">Michezo</a></li><li><a href="/burudani">Burudani</a></li><li><a href="/makala">Makala</a></li><li><a href="/maoni">Maoni</a></li></ul></amp-sidebar>
<header class="header"><button on="tap:menyu.toggle" class="header__menyu">Menyu</button><a href="/" class="header__nembo"><amp-img src="/nembo.png" width="160" height="40" alt="Habari Pwani"></amp-img></a></header>
<main class="habari">
<div class="habari__kundi"><a href="/habari">Habari</a> / <a href="/kitaifa">Kitaifa</a></div>
<h1 class="kichwa">{title}</h1>
<p class="habari__utangulizi">{dek}</p>
<div class="habari__mwandishi">Na <a href="/mwandishi/amina-kitwana">Amina Kitwana</a>, Mwambani</div>
<div class="habari__tarehe"><time datetime="2024-11-19T08:30:00+03:00">Jumanne, Novemba 19, 2024</time></div>
<div class="share share--juu"><amp-social-share type="facebook" width="36" height="36" data-param-app_id="2874410"></amp-social-share><amp-social-share type="twitter" width="36" height="36"></amp-social-share><amp-social-share type="whatsapp" width="36" height="36"></amp-social-share><span class="share__maandishi">Shiriki habari hii</span></div>
<figure class="habari__picha"><amp-img src="/picha/2024/11/daraja-ruvula.jpg" width="1200" height="675" layout="responsive" alt="Daraja la Mto Ruvula"></amp-img><figcaption>Sehemu ya daraja la Mto Ruvula iliyosombwa na maji, Jumatatu asubuhi. Picha: Amina Kitwana</figcaption></figure>
<div class="habari__maudhui">
{h1}
{somapia}
{h2}
</div>
<div class="habari__vitambulisho"><span>Mada:</span> <a href="/mada/mvua">mvua</a> <a href="/mada/mwambani">Mwambani</a> <a href="/mada/miundombinu">miundombinu</a></div>
<div class="share share--chini"><span class="share__maandishi">Shiriki kwenye:</span><amp-social-share type="facebook" width="36" height="36" aria-label="Shiriki kwenye Facebook"></amp-social-share><amp-social-share type="twitter" width="36" height="36" aria-label="Shiriki kwenye X"></amp-social-share><amp-social-share type="whatsapp" width="36" height="36" aria-label="Tuma kwa WhatsApp"></amp-social-share><amp-social-share type="email" width="36" height="36" aria-label="Tuma kwa barua pepe"></amp-social-share></div>
<section class="husiana"><h2 class="husiana__kichwa">Habari zinazohusiana</h2>{husiana}</section>
<div class="tangazo"><span class="tangazo__lebo">Tangazo</span><amp-ad width="320" height="100" type="doubleclick" data-slot="/21775744923/mwambani_amp/bottom"></amp-ad></div>
<p class="habari__kamili"><a href="https://www.habaripwani.co.tz/habari/mvua-kubwa-yakata-barabara-mwambani-kilindoni">Soma toleo kamili la habari hii</a></p>
</main>
<footer class="footer"><ul><li><a href="/kuhusu-sisi">Kuhusu Sisi</a></li><li><a href="/wasiliana-nasi">Wasiliana Nasi</a></li><li><a href="/matangazo">Matangazo</a></li><li><a href="/sera-ya-faragha">Sera ya Faragha</a></li><li><a href="/masharti">Masharti ya Matumizi</a></li></ul><p>&copy; 2024 Habari Pwani. Haki zote zimehifadhiwa.</p></footer>
</body>
</html>""".format(
    title=esc(TITLE), dek=esc(DEK), css=css, h1=h1, h2=h2, somapia=soma_pia,
    ld=json_state({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "description": DEK, "inLanguage": "sw", "datePublished": "2024-11-19T08:30:00+03:00", "author": {"@type": "Person", "name": "Amina Kitwana"}, "publisher": {"@type": "Organization", "name": "Habari Pwani", "logo": {"@type": "ImageObject", "url": "https://www.habaripwani.co.tz/nembo.png"}}}),
    husiana="".join('<div class="husiana__kipengee"><amp-img src="/picha/ndogo/%d.jpg" width="120" height="80" alt=""></amp-img><h3><a href="/habari/%s">%s</a></h3><p>%s</p></div>' % (i, slug(t), esc(t), esc(s)) for i, (t, s) in enumerate(zinazohusiana)),
)

save(PID, html, gold)
