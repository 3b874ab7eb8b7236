"""q20 - Romanian, news site on WordPress with the Newspaper (tagDiv) theme.

Hospital story (~420 words): one subhead, a three-item list, "Citește și:"
link inside the text. Furniture: GDPR cookie bar, top bar with date, header
menu, breadcrumbs, category tag, author/date/views/comments meta, text share
buttons top and bottom, featured image caption, "Urmărește-ne pe Google
News" line after the text, "Etichete" tags, prev/next articles, author box,
"Articole similare" block, comments with "Răspunde", "LĂSAȚI UN MESAJ" form,
"Cele mai citite" sidebar, footer.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5120)
SITE = "Știri Târgu Verde"
HEAD = "Pediatria din Târgu Verde s-a mutat în clădire nouă: saloane cu paturi pentru părinți și urgențe separate"

TEXT = """
Secția de pediatrie a Spitalului Municipal Târgu Verde funcționează, începând de luni, într-o clădire nouă, construită în curtea spitalului în ultimii doi ani. Primii 14 copii internați au fost mutați dimineață din vechiul pavilion, unde secția funcționa din 1968.

Noua clădire are trei niveluri și 42 de paturi, împărțite în saloane de două și trei locuri. Fiecare salon are grup sanitar propriu și un pat pliant pentru un părinte, lucru imposibil în vechiul pavilion din lipsă de spațiu.

„Până acum, mamele dormeau pe scaune sau pe jos, pe o pătură, lângă patul copilului. Ne era rușine, dar nu aveam ce face”, a spus medicul șef al secției, dr. Corina Vlădescu. „Acum părintele poate sta lângă copil cu demnitate, iar pentru un copil bolnav asta contează enorm.”

@@CITESTE

Investiția a costat aproximativ 31 de milioane de lei, bani proveniți în mare parte din fonduri europene, la care s-a adăugat o contribuție de 4,2 milioane de lei de la bugetul local. Lucrările au întârziat aproape opt luni, după ce primul constructor a intrat în insolvență.

## Urgențele pediatrice, separate de cele ale adulților

Una dintre cele mai importante schimbări este cabinetul de urgențe pediatrice de la parter, cu intrare separată. Până acum, copiii aduși cu ambulanța sau de părinți așteptau în aceeași sală cu adulții de la Unitatea de Primiri Urgențe.

În noua clădire mai funcționează:

- un compartiment de terapie intensivă pediatrică cu patru paturi;
- o sală de tratamente dotată cu echipamente noi de monitorizare;
- un spațiu de joacă și o sală de clasă, unde copiii internați mai mult timp pot face ore cu un profesor.

Managerul spitalului, Radu Ionescu-Mirea, a spus că vechiul pavilion va fi renovat și transformat în ambulatoriu de specialitate, după ce va fi obținută finanțarea necesară.

Problema rămâne personalul. Secția are în prezent cinci medici pediatri, dintre care doi vor ieși la pensie în următorii doi ani. Spitalul a scos la concurs trei posturi, dar până acum s-a înscris un singur candidat.

„Am construit o clădire frumoasă, acum trebuie să aducem oamenii care să lucreze în ea”, a recunoscut managerul. Primăria a anunțat că va oferi locuințe de serviciu medicilor tineri care aleg să vină la Târgu Verde.
"""

CITESTE = '<p><strong>Citește și:</strong> <a href="/2025/09/spitalul-municipal-angajeaza-medici-pediatri/">Spitalul Municipal caută medici pediatri. Ce salarii și facilități oferă</a></p>'

spec = [("raw", CITESTE) if p == "@@CITESTE" else (k, p) for k, p in body_from(TEXT)]
body_html, gold = render(spec, {"p": "<p>{}</p>", "h2": "<h2>{}</h2>"})


def share(pos):
    nets = [("facebook", "Facebook"), ("twitter", "Twitter"), ("whatsapp", "WhatsApp"), ("linkedin", "Linkedin"), ("mail", "Email")]
    return ('<div class="td-post-sharing td-post-sharing-%s"><div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">Distribuie</div></div>%s</div></div>') % (
        pos, "".join('<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-%s" href="#" title="%s"><div class="td-social-but-icon"><i class="td-icon-%s"></i></div><div class="td-social-but-text">%s</div></a>' % (k, n, k, n) for k, n in nets))


MENU = ["Acasă", "Actualitate", "Administrație", "Sănătate", "Educație", "Economie", "Sport", "Cultură", "Opinii", "Anunțuri"]
similar = ["Centrul de transfuzii caută donatori înainte de sărbători", "Ambulatoriul de specialitate își prelungește programul", "Campanie gratuită de vaccinare antigripală la dispensarele din oraș"]
cele_mai = ["Trafic restricționat pe strada Morii până la sfârșitul lunii", "Consiliul Local a aprobat bugetul pentru iluminatul festiv", "Echipa de handbal a orașului, în sferturile Cupei",
            "Piața agroalimentară se redeschide după modernizare", "Concurs de admitere la școala postliceală sanitară"]
comments = [("Ana M.", "17 noiembrie 2025 la 19:22", "Am stat cu fetița în vechiul pavilion anul trecut, patru nopți pe un scaun. Mă bucur sincer pentru părinții de acum."),
            ("Doru", "17 noiembrie 2025 la 21:05", "Clădire avem, doctori nu. Până nu se rezolvă asta, tot la județ ajungem cu copiii.")]
comments_html = "".join(
    '<li class="comment" id="li-comment-%d"><article><footer><img alt="" src="https://secure.gravatar.com/avatar/%d?s=50&amp;d=mm" class="avatar avatar-50" height="50" width="50"><cite>%s</cite>'
    '<a class="comment-link" href="#comment-%d"><time pubdate="pubdate">%s</time></a></footer><div class="comment-content"><p>%s</p></div>'
    '<div class="comment-meta" id="comment-%d"><a rel="nofollow" class="comment-reply-link" href="?replytocom=%d#respond">Răspunde</a></div></article></li>' % (
        n, n, esc(a), n, d, esc(t), n, n) for (a, d, t), n in zip(comments, [7001, 7002]))

css = css_blob(["td-header-wrap", "td-header-menu", "td-post-header", "td-post-content", "td-post-sharing", "td-social", "td-author", "td-related", "td-footer", "tdb-block", "gdpr-bar"], 800, 5120)
js = js_blob(5120, 280, "tdLocal")

page = f"""<!doctype html>
<html lang="ro-RO"><head><title>{esc(HEAD)} | {SITE}</title><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:locale" content="ro_RO"><meta property="og:type" content="article"><meta property="og:title" content="{esc(HEAD)}">
<link rel='stylesheet' id='td-theme-css' href='/wp-content/themes/Newspaper/style.css?ver=12.6.8' type='text/css' media='all'>
<style id="td-theme-inline-css">{css}</style>
{ld_article(HEAD, "Mihaela Sârbu", "2025-11-17T14:05:00+02:00", SITE, section="Sănătate", lang="ro")}
</head><body class="post-template-default single single-post postid-91844 single-format-standard td-standard-pack global-block-template-1 td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap"><div class="td-header-wrap">
<div class="td-header-top-menu-full"><div class="td-header-top-menu"><div class="td_data_time">luni, 17 noiembrie 2025</div><ul class="top-header-menu"><li><a href="/contact/">Contact</a></li><li><a href="/publicitate/">Publicitate</a></li><li><a href="/anunturi-mica-publicitate/">Mica publicitate</a></li></ul></div></div>
<div class="td-banner-wrap-full"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img class="td-retina-data" src="/wp-content/uploads/2023/05/logo-stiri-tv.png" alt="{SITE}"><span class="td-visual-hidden">{SITE}</span></a></div>
<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><span class="td-adspot-title">- Publicitate -</span><div id="ad-header"></div></div></div></div></div>
<div class="td-header-menu-wrap-full"><div id="td-header-menu" role="navigation"><ul id="menu-meniu-principal" class="sf-menu">{link_items(MENU, '<li class="menu-item"><a href="{href}">{text}</a></li>', "/categorie/")}</ul>
<div class="header-search-wrap"><a id="td-header-search-button" href="#" role="button"><i class="td-icon-search"></i></a></div></div></div>
</div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Acasă</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Vezi toate articolele din Sănătate" class="entry-crumb" href="/categorie/sanatate/">Sănătate</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-91844" class="post-91844 post type-post status-publish format-standard has-post-thumbnail category-sanatate">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/categorie/sanatate/">Sănătate</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(HEAD)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">De</div> <a href="/author/mihaela-sarbu/">Mihaela Sârbu</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2025-11-17T14:05:00+02:00">17 noiembrie 2025</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-91844">1286</span></div><div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>2</a></div></div></header></div>
{share("top")}
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><a href="/wp-content/uploads/2025/11/pediatrie-noua.jpg" data-caption="Noua clădire a secției de pediatrie, inaugurată luni. Foto: Știri Târgu Verde"><img width="696" height="464" class="entry-thumb" src="/wp-content/uploads/2025/11/pediatrie-noua-696x464.jpg" alt="" title="pediatrie-noua"></a>
<figcaption class="wp-caption-text">Noua clădire a secției de pediatrie, inaugurată luni. Foto: Știri Târgu Verde</figcaption></figure></div>
{body_html}
<p class="google-news"><a href="https://news.google.com/publications/stiritarguverde" target="_blank" rel="noopener"><strong>Urmărește-ne pe Google News</strong></a></p>
<div class="td-a-rec td-a-rec-id-content_bottom"><span class="td-adspot-title">- Publicitate -</span><div id="ad-content-bottom"></div></div>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>ETICHETE</span></li><li><a href="/eticheta/pediatrie/">pediatrie</a></li><li><a href="/eticheta/spitalul-municipal/">spitalul municipal</a></li><li><a href="/eticheta/fonduri-europene/">fonduri europene</a></li></ul></div>
{share("bottom")}
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Articolul precedent</span><a href="/2025/11/trafic-restrictionat-strada-morii/">Trafic restricționat pe strada Morii până la sfârșitul lunii</a></div></div>
<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Articolul următor</span><a href="/2025/11/piata-agroalimentara-redeschidere/">Piața agroalimentară se redeschide după modernizare</a></div></div></div>
<div class="td-author-name vcard author"><div class="author-box-wrap"><a href="/author/mihaela-sarbu/"><img alt="" src="https://secure.gravatar.com/avatar/ms?s=96&amp;d=mm" class="avatar avatar-96" height="96" width="96"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/mihaela-sarbu/">Mihaela Sârbu</a></span></div><div class="td-author-description">Redactor. Scrie despre sănătate, educație și administrația locală din Târgu Verde.</div></div></div></div>
</footer></article>
<div class="td_block_wrap td_block_related_posts tdi_3 td-pb-border-top td_block_template_1"><h4 class="td-related-title td-block-title"><a id="tdi_4" class="td-related-left td-cur-simple-item" href="#">ARTICOLE SIMILARE</a><a id="tdi_5" class="td-related-right" href="#">MAI MULTE DE LA AUTOR</a></h4>
<div class="td_block_inner">{link_items(similar, '<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="item-details"><h3 class="entry-title td-module-title"><a href="{href}" rel="bookmark">{text}</a></h3></div></div></div>', "/2025/11/")}</div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1"><h4 class="td-comments-title block-title"><span>2 COMENTARII</span></h4></div><ol class="comment-list">{comments_html}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title"><span>LĂSAȚI UN MESAJ</span></h4></div> <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Anulează răspunsul</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comentariu:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">Vă rugăm să introduceți comentariul dvs.!</div></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Nume:*" type="text" value="" size="30" aria-required='true'><div class="td-warning-author">Vă rugăm să introduceți numele dvs. aici</div></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">Salvează-mi numele, emailul și site-ul web în acest navigator pentru data viitoare când o să comentez.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publică comentariul"></p></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_1 td_block_widget"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">Cele mai citite</span></h4></div>
<div class="td_block_inner">{link_items(cele_mai, '<div class="td_module_6 td_module_wrap"><div class="item-details"><h3 class="entry-title td-module-title"><a href="{href}" rel="bookmark">{text}</a></h3></div></div>', "/2025/11/")}</div></div>
<div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- Publicitate -</span><div id="ad-sidebar"></div></div></div></div>
</div></div></div>
<div class="td-footer-wrapper td-footer-template-14"><div class="td-container"><div class="td-footer-bottom-full"><div class="td-footer-text">{SITE} – cotidian online independent. Reproducerea articolelor este permisă doar cu citarea sursei și link activ.</div>
<ul class="td-social-icons"><li><a href="https://www.facebook.com/stiritarguverde">Facebook</a></li><li><a href="https://www.instagram.com/stiritarguverde">Instagram</a></li></ul></div></div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">© 2025 {SITE}. Toate drepturile rezervate. | <a href="/politica-de-confidentialitate/">Politica de confidențialitate</a> | <a href="/politica-cookies/">Politica cookies</a></div></div></div>
</div>
<div class="gdpr-bar" id="gdpr-bar"><p>Acest site folosește cookie-uri pentru a vă oferi o experiență cât mai bună. Continuarea navigării implică acceptarea lor. <a href="/politica-cookies/">Detalii</a></p><button class="gdpr-bar__accept">Sunt de acord</button></div>
<script>{js}</script></body></html>
"""

save("q20", page, gold)
