"""q08 - Tagalog, WordPress community news site.

Stresses everything kept: a four-paragraph story, then a long threaded
WordPress comment list (with replies) in Tagalog and Taglish that holds
several times the story's text.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q08"

TITLE = "Libreng sakay para sa mga estudyante, inilunsad sa Barangay Bagong Pag-asa"

ARTICLE = """
Inilunsad ng pamahalaang barangay ng Bagong Pag-asa sa bayan ng San Rafael de Lumbang ang libreng sakay para sa mga estudyanteng pumapasok sa pampublikong paaralan, simula ngayong Lunes.

Ayon kay Kapitan Rodolfo "Dolfo" Manalastas, tatlong jeep na inupahan ng barangay ang bibiyahe tuwing umaga at hapon mula sa mga sitio sa bundok hanggang sa San Rafael National High School. Aabot sa 420 estudyante ang inaasahang makikinabang sa programa.

"Marami sa mga bata rito ang naglalakad nang mahigit isang oras papasok. Kapag umuulan, hindi na sila nakakapasok," ani Manalastas. Galing umano ang pondo sa natipid ng barangay sa mga gastusin sa opisina ngayong taon.

Sinabi naman ng punong-guro ng paaralan na si Gng. Teresita Alcantara na umaasa silang bababa ang bilang ng mga lumiliban sa klase dahil sa programa. Tatakbo ang libreng sakay hanggang sa katapusan ng taon ng pasukan.
"""

# (author, date, text, [replies])
COMMENTS = [
    ("Marites Dela Cruz", "Nobyembre 18, 2024 nang 7:42 am",
     "Salamat Kap! Yung anak ko nasa Sitio Malinis, dati gumigising siya ng alas-kwatro para lang makaabot sa flag ceremony. Malaking tulong ito lalo na ngayong tag-ulan. Sana tuloy-tuloy ito kahit matapos ang termino ninyo.",
     [("Jun Manalastas", "Nobyembre 18, 2024 nang 8:15 am", "Tama po kayo, sana ituloy din ng susunod na administrasyon. Dapat gawing ordinansa para hindi mawala.")]),
    ("Benjie Sarmiento", "Nobyembre 18, 2024 nang 9:03 am",
     "Maganda ang programa pero sana malinaw kung magkano talaga ang gastos. Tatlong jeep araw-araw, may gasolina at bayad sa driver. Saan galing ang natipid? Dapat ilabas sa bulletin board ng barangay ang detalye para walang masabi ang mga tao.",
     [("Cora Villanueva", "Nobyembre 18, 2024 nang 9:40 am", "Nasa barangay hall na raw po ang kopya ng resolusyon at ng kontrata sa mga jeep. Pwede niyo pong tingnan tuwing office hours."),
      ("Benjie Sarmiento", "Nobyembre 18, 2024 nang 10:02 am", "Salamat sa info, Cora. Pupunta ako bukas para makita.")]),
    ("Lolit Pangilinan", "Nobyembre 18, 2024 nang 11:26 am",
     "Sana pati yung mga elementary sa Sitio Bato isama na rin. Malayo rin ang nilalakad ng mga maliliit at delikado yung tulay na kawayan pag malakas ang agos ng ilog.",
     []),
    ("Ramon Agbayani", "Nobyembre 18, 2024 nang 1:10 pm",
     "Ganito dapat ang ginagawa ng mga opisyal. Hindi puro tarpaulin at pa-birthday na may pangalan nila. Simpleng serbisyo pero ramdam ng tao. Saludo!",
     [("Gina Ocampo", "Nobyembre 18, 2024 nang 2:05 pm", "Haha totoo, pero sana wala ring tarpaulin ng mukha ni Kap sa mga jeep ha.")]),
    ("Teacher Aileen", "Nobyembre 18, 2024 nang 3:48 pm",
     "Bilang guro sa SRNHS, nakikita namin araw-araw kung gaano kapagod ang mga batang galing sa bundok. Yung iba natutulog na sa unang subject pa lang. Malaking bagay ito para sa attendance at sa pag-aaral nila. Maraming salamat po sa barangay.",
     []),
    ("Dante Robles", "Nobyembre 18, 2024 nang 6:31 pm",
     "Paano naman yung mga taga-Sitio Kawayanan na nasa kabilang ruta? Wala bang dadaan doon? Sana ayusin ang schedule para lahat ng sitio may masasakyan, kahit isang biyahe lang sa umaga.",
     [("Brgy. Bagong Pag-asa (Official)", "Nobyembre 18, 2024 nang 7:12 pm", "Magandang gabi po. Kasama po ang Sitio Kawayanan sa ikatlong ruta na magsisimula sa susunod na linggo. Ipo-post po namin ang buong schedule sa aming Facebook page. Salamat po.")]),
    ("Nonoy Bautista", "Nobyembre 19, 2024 nang 6:55 am",
     "Sumakay anak ko kanina, maaga raw dumating ang jeep at maayos ang driver. Sana lang may konduktor o bantay sa loob kasi siksikan pag pauwi.",
     []),
    ("Precy Lorenzo", "Nobyembre 19, 2024 nang 8:20 am",
     "Ang saya basahin ng ganitong balita. Taga-Bagong Pag-asa ako pero nasa Maynila na ngayon. Naalala ko noong high school ako, nakikisakay kami sa trak ng uling para lang makapasok. Iba na talaga ngayon.",
     []),
]

def comment_html(i, author, date, text, replies, depth=1, parent=0):
    cid = 5210 + i * 10 + depth
    out = ['<li id="comment-%d" class="comment %s depth-%d%s">' % (cid, "even" if i % 2 else "odd", depth, " parent" if replies else ""),
           '<article id="div-comment-%d" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/%032x?s=60&amp;d=mm" class="avatar avatar-60 photo" height="60" width="60"><b class="fn">%s</b> <span class="says">says:</span></div>'
           '<div class="comment-metadata"><a href="#comment-%d"><time datetime="2024-11-18">%s</time></a></div></footer>'
           '<div class="comment-content"><p>%s</p></div>'
           '<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-%d" data-commentid="%d" aria-label="Tumugon kay %s">Tumugon</a></div></article>'
           % (cid, cid * 7919, esc(author), cid, date, esc(text), cid, cid, esc(author))]
    if replies:
        out.append('<ol class="children">')
        for j, (a, d, t) in enumerate(replies):
            out.append(comment_html(i * 10 + j + 1, a, d, t, [], depth + 1, cid))
        out.append('</ol>')
    out.append('</li>')
    return "".join(out)

n_comments = sum(1 + len(c[3]) for c in COMMENTS)
comments = "".join(comment_html(i, *c) for i, c in enumerate(COMMENTS))

body_html, gold = render(body_from(ARTICLE), {})

recent = [
    "Pagbaha sa Sitio Ilog, tinutukan ng MDRRMO",
    "San Rafael de Lumbang, wagi sa provincial quiz bee",
    "Presyo ng bigas sa pamilihang bayan, bahagyang bumaba",
    "Bagong health center sa Barangay Sampaguita, binuksan na",
    "Liga ng basketball ng mga kabataan, magsisimula sa Disyembre",
]

css = css_blob(["site-header", "main-navigation", "entry", "comment", "comment-respond", "widget", "site-footer", "post-navigation", "cookie-notice"], 700, 3081)
js = js_blob(3082, 120, "wp")

html = """<!DOCTYPE html>
<html lang="tl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Balitang Lumbang</title>
<meta name="description" content="Libreng sakay para sa mga estudyante ng pampublikong paaralan, inilunsad ng barangay.">
<style id="twentytwenty-style-inline-css">{css}</style>
</head>
<body class="post-template-default single single-post postid-2231 single-format-standard">
<a class="skip-link screen-reader-text" href="#site-content">Lumaktaw sa nilalaman</a>
<header id="site-header" class="header-footer-group">
<div class="header-inner section-inner"><div class="header-titles"><div class="site-title"><a href="/">Balitang Lumbang</a></div><div class="site-description">Balita at kuwento mula sa San Rafael de Lumbang at karatig-bayan</div></div>
<div class="header-navigation-wrapper"><nav class="primary-menu-wrapper" aria-label="Pangunahing menu"><ul class="primary-menu reset-list-style"><li><a href="/">Home</a></li><li><a href="/category/balita/">Balita</a></li><li><a href="/category/barangay/">Barangay</a></li><li><a href="/category/edukasyon/">Edukasyon</a></li><li><a href="/category/kalusugan/">Kalusugan</a></li><li><a href="/category/palakasan/">Palakasan</a></li><li><a href="/category/opinyon/">Opinyon</a></li><li><a href="/tungkol-sa-amin/">Tungkol sa Amin</a></li></ul></nav></div></div>
</header>
<main id="site-content">
<article class="post-2231 post type-post status-publish format-standard has-post-thumbnail hentry category-barangay category-edukasyon" id="post-2231">
<header class="entry-header has-text-align-center header-footer-group"><div class="entry-header-inner section-inner medium">
<div class="entry-categories"><span class="screen-reader-text">Mga Kategorya</span><div class="entry-categories-inner"><a href="/category/barangay/" rel="category tag">Barangay</a> <a href="/category/edukasyon/" rel="category tag">Edukasyon</a></div></div>
<h1 class="entry-title">{title}</h1>
<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta"><li class="post-author meta-wrapper"><span class="meta-text">Ni <a href="/author/jrivera/">Jessa Rivera</a></span></li><li class="post-date meta-wrapper"><span class="meta-text"><a href="/2024/11/18/libreng-sakay/">Nobyembre 18, 2024</a></span></li><li class="post-comment-link meta-wrapper"><span class="meta-text"><a href="#comments">{ncom} Komento</a></span></li></ul></div>
</div></header>
<figure class="featured-media"><div class="featured-media-inner section-inner"><img width="1200" height="675" src="/wp-content/uploads/2024/11/libreng-sakay.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt=""><figcaption class="wp-caption-text">Mga estudyante ng San Rafael National High School habang sumasakay sa jeep ng barangay, Lunes ng umaga. Kuha ni Jessa Rivera</figcaption></div></figure>
<div class="post-inner thin"><div class="entry-content">
{body}
</div></div>
<div class="section-inner"><div class="post-meta-wrapper post-meta-single post-meta-single-bottom"><ul class="post-meta"><li class="post-tags meta-wrapper"><span class="meta-text"><a href="/tag/libreng-sakay/" rel="tag">libreng sakay</a>, <a href="/tag/bagong-pag-asa/" rel="tag">Bagong Pag-asa</a>, <a href="/tag/estudyante/" rel="tag">estudyante</a></span></li></ul></div>
<div class="sharedaddy"><h3 class="sd-title">Ibahagi ito:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Messenger</a></li><li><a href="#">Viber</a></li><li><a href="#">Email</a></li></ul></div></div>
<nav class="pagination-single section-inner" aria-label="Post"><hr class="styled-separator is-style-wide" aria-hidden="true"><div class="pagination-single-inner"><a class="previous-post" href="/2024/11/16/pagbaha-sitio-ilog/"><span class="arrow" aria-hidden="true">&larr;</span><span class="title"><span class="title-inner">Pagbaha sa Sitio Ilog, tinutukan ng MDRRMO</span></span></a><a class="next-post" href="/2024/11/19/quiz-bee/"><span class="arrow" aria-hidden="true">&rarr;</span><span class="title"><span class="title-inner">San Rafael de Lumbang, wagi sa provincial quiz bee</span></span></a></div></nav>
<div class="comments-wrapper section-inner">
<div class="comments" id="comments"><div class="comments-header section-inner small max-percentage"><h2 class="comment-reply-title">{ncom} tugon sa &ldquo;{title}&rdquo;</h2></div>
<div class="comments-inner section-inner thin max-percentage"><ol class="comment-list">{comments}</ol></div></div>
<hr class="styled-separator is-style-wide" aria-hidden="true">
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Mag-iwan ng Tugon</h2>
<form action="/wp-comments-post.php" method="post" id="commentform" class="section-inner thin max-percentage"><p class="comment-notes"><span id="email-notes">Hindi ilalathala ang iyong email address.</span> <span class="required-field-message">Ang mga kinakailangang field ay may marka na <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Komento <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Pangalan <span class="required">*</span></label> <input id="author" name="author" type="text" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" required></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">I-save ang aking pangalan, email, at website sa browser na ito para sa susunod kong pagkomento.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Ipadala ang Komento"></p></form></div>
</div>
</article>
</main>
<div class="footer-nav-widgets-wrapper header-footer-group"><div class="footer-inner section-inner"><aside class="footer-widgets-outer-wrapper"><div class="footer-widgets column-one grid-item"><div class="widget widget_recent_entries"><div class="widget-content"><h2 class="widget-title subheading heading-size-3">Mga Bagong Post</h2><ul>{recent}</ul></div></div></div></aside></div></div>
<footer id="site-footer" class="header-footer-group"><div class="section-inner"><div class="footer-credits"><p class="footer-copyright">&copy; 2024 <a href="/">Balitang Lumbang</a></p><p class="powered-by-wordpress"><a href="https://wordpress.org/">Pinapagana ng WordPress</a></p></div><a class="to-the-top" href="#site-header"><span class="to-the-top-long">Bumalik sa itaas</span></a></div></footer>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Gumagamit ang website na ito ng cookies para mapabuti ang iyong karanasan. Sa patuloy na paggamit, sumasang-ayon ka sa aming paggamit ng cookies.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Sige</a><a href="/privacy-policy/" class="cn-privacy-policy-link cn-link">Patakaran sa Privacy</a></span></div></div>
<script>{js}</script>
</body>
</html>""".format(
    title=esc(TITLE), css=css, js=js, body=body_html, comments=comments, ncom=n_comments,
    recent="".join('<li><a href="/%s/">%s</a></li>' % (slug(r), esc(r)) for r in recent),
)

save(PID, html, gold)
