"""q09 - Turkish, regional economy news site on WordPress (Jannah-like news
theme: .entry-header, .entry-content.entry.clearfix, .share-links,
#related-posts, comment form).

Length: about 440 words of body (table rows included), two subheadings (<h3>).
Furniture: KVKK cookie bar, top bar with date and currency strip (dolar,
euro, altın), mega menu, breadcrumb, headline, spot (standfirst in
.entry-sub-title), author/date/reading-time meta, featured image with
caption, a Gutenberg data table (wp-block-table) BETWEEN paragraphs with a
figcaption source line, a "Reklam" slot, tags ("Etiketler"), share buttons,
"İlgili Haberler" related-news block right after the text (six teasers
with dates), author box, comment form ("Bir yanıt yazın"), sidebar "Son
Dakika" and "Çok Okunanlar", footer.
Gold choices: the table is in the article body, so its text IS gold: one
gold line per row (header row included), cells in page order; the table's
figcaption ("Kaynak: ...") is a caption and NOT gold. The spot, captions,
"İlgili Haberler" and tags are not body.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(909)

HEADLINE = "Karaderebeyli OSB'de ihracat ilk çeyrekte yüzde 11 arttı"
SPOT = "Bölgedeki 142 firmanın yurt dışı satışları ocak-mart döneminde 318 milyon dolara ulaştı. Makine ve gıda öne çıkarken tekstilde gerileme sürüyor."
AUTHOR = "Serap Tunçdemir"

TEXT1 = """
Karaderebeyli Organize Sanayi Bölgesi'nde (KOSB) faaliyet gösteren firmaların ihracatı, yılın ilk üç ayında geçen yılın aynı dönemine göre yüzde 11 artarak 318 milyon dolara yükseldi. Bölge yönetiminin perşembe günü açıkladığı verilere göre artışın büyük bölümü makine ve gıda sektörlerinden geldi.

KOSB Yönetim Kurulu Başkanı Orhan Kızılkaya, düzenlediği basın toplantısında rakamların "zor bir yılın başında umut verici" olduğunu söyledi. Kızılkaya, Avrupa'daki talep daralmasına rağmen firmaların Orta Asya ve Kuzey Afrika'da yeni pazarlar bulduğunu belirtti.

"Üç yıl önce ihracatımızın yüzde 70'i beş Avrupa ülkesine gidiyordu. Bugün bu oran yüzde 52'ye indi. Tek pazara bağımlılığı azaltmak, bu dönemde bizi ayakta tutan en önemli şey oldu" dedi.

### Makine ve gıda önde

Bölge verilerine göre ilk çeyrekte en yüksek ihracatı yine makine ve ekipman üreticileri yaptı. Gıda sektöründe ise özellikle kuru meyve ve dondurulmuş sebze satışları dikkat çekti. Sektörlere göre ihracat rakamları şöyle:
"""

ROWS = [
    ("Sektör", "2024 ilk çeyrek (milyon $)", "2025 ilk çeyrek (milyon $)", "Değişim (%)"),
    ("Makine ve ekipman", "96,4", "112,8", "+17,0"),
    ("Gıda", "61,2", "74,5", "+21,7"),
    ("Otomotiv yan sanayi", "54,0", "57,3", "+6,1"),
    ("Tekstil ve hazır giyim", "48,7", "41,9", "-14,0"),
    ("Plastik ve ambalaj", "25,1", "27,6", "+10,0"),
    ("Diğer", "1,1", "3,9", "-"),
    ("Toplam", "286,5", "318,0", "+11,0"),
]

TEXT2 = """
Tablodaki tek olumsuz kalem olan tekstilde düşüş art arda dördüncü çeyrekte de sürdü. Sektör temsilcileri, artan işçilik maliyetleri nedeniyle bazı siparişlerin daha düşük maliyetli ülkelere kaydığını ifade ediyor.

### Tekstilde istihdam kaygısı

Bölgedeki en eski konfeksiyon firmalarından Akyazı Örme'nin genel müdürü Nesrin Bozdoğan, geçen yıl 640 olan çalışan sayısının 510'a indiğini söyledi. Bozdoğan, "Müşterilerimiz kaliteden memnun ama fiyatta artık rekabet edemiyoruz. Katma değeri yüksek ürünlere geçmeye çalışıyoruz, bu da zaman alıyor" diye konuştu.

KOSB yönetimi, tekstil firmaları için bölgede bir tasarım ve numune merkezi kurulması amacıyla kalkınma ajansına proje sunduğunu açıkladı. Merkezin hayata geçmesi halinde küçük firmaların ortak kullanabileceği dijital kesim ve baskı makineleri sağlanacak.

Makine sektöründe ise tablo farklı. Tarım makineleri üreten Demirtaşlar Makine'nin ihracat müdürü Kerem Uysalcan, Kazakistan ve Özbekistan'a yaptıkları satışların bir yılda iki katına çıktığını belirtti. Uysalcan, firmanın yıl sonuna kadar 80 kişilik yeni istihdam planladığını söyledi.

Gıdadaki artışta ise bölgeye geçen yıl açılan iki soğuk hava deposunun etkisi büyük. Depolar sayesinde üreticilerin hasat dönemi dışında da sevkiyat yapabildiğini anlatan Kızılkaya, "Eskiden üretici ürününü ilk gelen alıcıya vermek zorundaydı. Artık doğru fiyatı bekleyebiliyor" dedi.

Ekonomistler ise rakamların dolar bazında olduğuna dikkat çekiyor. Yerel bir üniversitede iktisat öğretim üyesi olan Doç. Dr. Hülya Erginsoy, kur hareketleri ve artan girdi maliyetleri nedeniyle firmaların kârlılığının ihracat rakamları kadar iyi seyretmeyebileceğini söyledi. Erginsoy, "Satış artıyor ama marjlar daralıyor. Özellikle finansmana erişimi zor olan küçük firmalar için yılın ikinci yarısı kritik olacak" değerlendirmesinde bulundu.

KOSB yönetimi, yıl sonu ihracat hedefini 1,3 milyar dolar olarak açıkladı. Bölgede yapımı süren üçüncü etap parselleri ise 2026 yılında üretime geçecek.
"""

tpl = {"p": "<p>{}</p>", "h3": "<h3>{}</h3>"}
head_cells = "".join("<th>%s</th>" % esc(c) for c in ROWS[0])
body_rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in ROWS[1:])
table_html = ('<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
              '<figcaption class="wp-element-caption">Kaynak: KOSB Yönetimi, ocak-mart 2025 ihracat verileri</figcaption></figure>') % (head_cells, body_rows)
table_gold = [" ".join(r) for r in ROWS]

spec = body_from(TEXT1) + [("rawgold", (table_html, table_gold))] + body_from(TEXT2)
spec = [(k, esc(v)) if k in ("p", "h3") else (k, v) for k, v in spec]
ad = ("raw", '<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><span class="stream-title">Reklam</span><div class="ads-inpost" id="div-gpt-ad-inpost-2"></div></div>')
spec.insert(3, ad)
body_html, gold = render(spec, tpl)

related = [
    ("Karaderebeyli'de üçüncü etap için ilk kazma vuruldu", "14 Mart 2025"),
    ("Tekstil sektöründe maliyet baskısı: Küçük atölyeler kapanıyor", "9 Mart 2025"),
    ("Soğuk hava depoları üreticinin yüzünü güldürdü", "2 Mart 2025"),
    ("Kalkınma ajansından KOBİ'lere yeni destek çağrısı", "27 Şubat 2025"),
    ("Tarım makinesi ihracatında Orta Asya atağı", "20 Şubat 2025"),
    ("Sanayi elektriğinde yeni tarife firmaları nasıl etkileyecek?", "13 Şubat 2025"),
]
rel_html = "".join(
    '<div class="related-item"><a href="https://www.karaderehaber.com.tr/ekonomi/%s/" class="post-thumb"><img width="390" height="220" src="https://www.karaderehaber.com.tr/wp-content/uploads/2025/0%d/%s-390x220.jpg" alt=""></a><h3 class="post-title"><a href="https://www.karaderehaber.com.tr/ekonomi/%s/">%s</a></h3><div class="post-meta"><span class="date meta-item tie-icon">%s</span></div></div>'
    % (slug(t), 2 + (i < 3), slug(t)[:20], slug(t), esc(t), d) for i, (t, d) in enumerate(related))
son = ["Belediye meclisinde bütçe tartışması", "Sahil yolunda çalışma nedeniyle trafik düzenlemesi", "Kuraklık uyarısı: Baraj doluluk oranı yüzde 38",
       "Karaderespor deplasmandan 1 puanla döndü", "Hastanede yeni acil servis binası açıldı"]
css = css_blob(["entry", "post", "tie", "related", "stream-item", "main-menu", "widget", "share-links", "comment"], 360, 9091)
page = """<!DOCTYPE html>
<html lang="tr" dir="ltr"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{h} - Karadere Haber</title>
<meta name="description" content="{spot}">
<meta property="og:locale" content="tr_TR"><meta property="og:type" content="article">
<meta property="og:title" content="{h}">
<link rel='stylesheet' id='tie-css-base-css' href='https://www.karaderehaber.com.tr/wp-content/themes/jannah/assets/css/base.min.css?ver=7.2.0' type='text/css' media='all' />
<style id='tie-css-inline'>{css}</style>
{ld}
</head>
<body id="tie-body" class="post-template-default single single-post postid-48213 single-format-standard wrapper-has-shadow block-head-1 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media">
<div class="cookie-bar" id="kvkk-bar"><p>Sitemizde deneyiminizi geliştirmek için çerezler kullanıyoruz. Detaylı bilgi için <a href="/kvkk-aydinlatma-metni/">KVKK Aydınlatma Metni</a>'ni inceleyebilirsiniz.</p><button>Kabul Et</button></div>
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<nav id="top-nav" class="top-nav header-nav"><div class="container"><div class="topbar-today-date">Perşembe, 10 Nisan 2025</div>
<ul class="currency-strip"><li>DOLAR <b>38,04</b></li><li>EURO <b>41,62</b></li><li>GRAM ALTIN <b>3.612</b></li><li>BIST 100 <b>9.134</b></li></ul></div></nav>
<header id="theme-header" class="theme-header header-layout-3"><div class="container"><div class="logo-wrapper"><a href="/" class="logo">Karadere Haber</a></div>
<nav id="main-nav" class="main-nav"><ul id="menu-ana-menu" class="menu">{menu}</ul></nav></div></header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer"><nav id="breadcrumb"><a href="/"><span class="tie-icon-home"></span> Anasayfa</a><em class="delimiter">/</em><a href="/ekonomi/">Ekonomi</a><em class="delimiter">/</em><span class="current">{h}</span></nav>
<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-4" href="/ekonomi/">Ekonomi</a></span>
<h1 class="post-title entry-title">{h}</h1>
<h2 class="entry-sub-title">{spot}</h2>
<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="/author/serap/" class="author-name tie-icon">{au}</a></span></span></span><span class="date meta-item tie-icon">10 Nisan 2025</span><div class="tie-alignright"><span class="meta-views meta-item">1.284</span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark"></span> 3 dakika okuma süresi</span></div></div>
</div></header>
<div class="featured-area"><figure class="single-featured-image"><img width="780" height="470" src="https://www.karaderehaber.com.tr/wp-content/uploads/2025/04/kosb-ihracat-780x470.jpg" alt="Karaderebeyli OSB"><figcaption class="single-caption-text"><span class="tie-icon-camera"></span> Karaderebeyli Organize Sanayi Bölgesi'nden genel görünüm</figcaption></figure></div>
<div class="entry-content entry clearfix">
{body}
</div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags"></span> Etiketler</div><span class="tagcloud"><a href="/etiket/ihracat/">ihracat</a> <a href="/etiket/kosb/">KOSB</a> <a href="/etiket/sanayi/">sanayi</a> <a href="/etiket/tekstil/">tekstil</a></span></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links"><a href="#" class="facebook-share-btn large-share-button"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a><a href="#" class="twitter-share-btn large-share-button"><span class="social-text">X</span></a><a href="#" class="whatsapp-share-btn"><span class="screen-reader-text">WhatsApp</span></a><a href="#" class="email-share-btn"><span class="screen-reader-text">E-Posta ile paylaş</span></a><a href="#" class="print-share-btn"><span class="screen-reader-text">Yazdır</span></a></div></div>
</article>
<div class="post-components">
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>İlgili Haberler</h3></div><div class="related-posts-list">{rel}</div></div>
<div class="about-author container-wrapper about-author-1"><div class="author-avatar"><img src="/wp-content/uploads/2023/11/serap-180x180.jpg" alt=""></div><div class="author-info"><h3 class="author-name"><a href="/author/serap/">{au}</a></h3><div class="author-bio">Ekonomi muhabiri. Bölgedeki sanayi, tarım ve dış ticaret haberlerini takip ediyor.</div></div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">Bir yanıt yazın</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">E-posta adresiniz yayınlanmayacak.</span> Gerekli alanlar <span class="required">*</span> ile işaretlenmişlerdir</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="comment-form-author"><input id="author" name="author" type="text" placeholder="Adınız *"></p><p class="comment-form-email"><input id="email" name="email" type="email" placeholder="E-posta *"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Yorum gönder"></p></form></div></div>
</div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky"><div id="posts-list-widget-3" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Son Dakika</div></div><ul class="posts-list-items">{son}</ul></div>
<div class="container-wrapper widget"><div class="widget-title"><div class="the-subtitle">Çok Okunanlar</div></div><ol>{son2}</ol></div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin"><div id="site-info" class="site-info"><div class="container"><div class="copyright-text">&copy; Copyright 2025, Tüm Hakları Saklıdır | Karadere Haber</div><ul class="menu">{foot}</ul></div></div></footer>
</div></div></div>
<script>{js}</script>
</body></html>""".format(
    h=esc(HEADLINE), spot=esc(SPOT), au=esc(AUTHOR), css=css,
    ld=ld_article(HEADLINE, AUTHOR, "2025-04-10T11:20:00+03:00", "Karadere Haber", section="Ekonomi", lang="tr-TR"),
    menu=link_items(["Gündem", "Ekonomi", "Spor", "Yaşam", "Eğitim", "Sağlık", "Yerel", "Video", "Galeri", "Yazarlar"], prefix="/"),
    body=body_html, rel=rel_html,
    son=link_items(son, item='<li class="widget-single-post-item"><a href="{href}">{text}</a></li>', prefix="/gundem/"),
    son2=link_items(son[::-1], prefix="/gundem/"),
    foot=link_items(["Künye", "İletişim", "KVKK", "Çerez Politikası", "Reklam"], prefix="/"),
    js=js_blob(9092, 80, ns="tie"))

save("q09", page, gold)
