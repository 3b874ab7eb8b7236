"""q04 - Turkish, WordPress news theme.

Stresses the wrong region: a KVKK cookie notice, a "Son Dakika" ticker, a
headline slider with spots, an "En Çok Okunanlar" list and a block of
category teasers all come before a long article in the source order; below
it a Turkish share bar and a comment login block.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q04"
rnd = random.Random(304)

TITLE = "Akçayurt'ta kuraklık zeytin rekoltesini yarıya indirdi: Üretici maliyetin altında satış yapıyor"

ARTICLE = """
Akçayurt ilçesinde bu yıl yaşanan kuraklık, bölgenin en önemli geçim kaynağı olan zeytinde rekoltenin geçen yıla göre yarı yarıya düşmesine neden oldu. Hasadın başladığı köylerde üreticiler, ağaçlardaki tanelerin küçük kaldığını ve yağ oranının da beklenenin altında olduğunu söylüyor.

Akçayurt Zeytin Üreticileri Kooperatifi verilerine göre ilçede geçen sezon yaklaşık 41 bin ton zeytin toplanmıştı. Kooperatif, bu yıl toplam hasadın 20 ila 22 bin ton arasında kalmasını bekliyor.

Kooperatif Başkanı Nevzat Karaköse, ilçede mart ayından bu yana kayda değer bir yağış görülmediğini belirterek, "Zeytin ağacı dayanıklıdır ama çiçeklenme döneminde su bulamazsa meyve tutmaz. Bu yıl tam olarak bunu yaşadık" dedi.

## Sulama imkânı olan bahçeler de etkilendi

Kuraklıktan yalnızca kıraç arazideki bahçeler değil, sulama imkânı bulunan üreticiler de etkilendi. İlçedeki Kocadere Göleti'nin su seviyesi temmuz ayında kritik düzeye inince Devlet Su İşleri bölge müdürlüğü sulama suyunu haftada iki güne düşürdü.

Çamlıbel köyünde 300 ağaçlık bahçesi bulunan Hatice Demirsoy, geçen yıl 9 ton zeytin topladığını, bu yıl ise 4 tonu bulmasının zor göründüğünü anlattı. Demirsoy, "Gübresini verdik, ilacını attık, budamasını yaptık. Masraf aynı, hatta daha fazla. Ama ürün yarıda kaldı" diye konuştu.

Üreticiler, mazot, gübre ve işçilik giderlerindeki artış nedeniyle bu yıl maliyetlerin ciddi biçimde yükseldiğini vurguluyor. Hasatta çalışan mevsimlik işçilerin günlük yevmiyesi geçen yıla göre yüzde 60 arttı.

## Fiyatlar maliyeti karşılamıyor

Rekoltenin düşmesine rağmen tüccarların verdiği fiyatların beklenen ölçüde artmadığını belirten üreticiler, sofralık zeytinin kilogramının köy meydanlarında 38 ila 45 lira arasında alıcı bulduğunu söylüyor.

Kooperatifin hesaplamasına göre bir kilogram zeytinin bahçeden çıkış maliyeti bu yıl ortalama 47 lirayı buluyor. Karaköse, "Çiftçi şu an zararına satış yapıyor. Borcunu kapatmak için ürününü bekletemeyen üretici, ilk gelen tüccara vermek zorunda kalıyor" dedi.

Tüccarlar ise iç piyasada talebin zayıf olduğunu, ihracatta da rekabetin arttığını öne sürüyor. İlçede faaliyet gösteren bir zeytinyağı fabrikasının sahibi Orhan Yüceer, yağ oranının düşüklüğü nedeniyle bir litre yağ için gereken zeytin miktarının arttığını ve bunun fabrikaların alım fiyatını sınırladığını ifade etti.

## Üreticiden destek talebi

Akçayurt Ziraat Odası, kuraklıktan etkilenen üreticiler için acil destek paketi açıklanması amacıyla Tarım ve Orman Bakanlığı'na yazılı başvuruda bulundu. Oda, başvurusunda şu taleplerde bulundu:

- Kuraklık nedeniyle zarar gören üreticilerin tarımsal kredi borçlarının bir yıl ertelenmesi
- Zeytin ve zeytinyağı için dekar başına ek fark ödemesi yapılması
- Kocadere Göleti'ne bağlı sulama kanallarının kapalı sisteme dönüştürülmesi
- Tarım sigortası kapsamına kuraklık riskinin daha geniş biçimde alınması

Ziraat Odası Başkanı Selçuk Ertuğrul, ilçede 6 binden fazla ailenin doğrudan zeytinden geçimini sağladığını hatırlatarak, destek verilmezse bazı küçük üreticilerin bahçelerini satmak zorunda kalabileceği uyarısında bulundu.

Ertuğrul, "Bu ağaçlar dedelerimizden kaldı. Bir yıl kuraklık olur, atlatırız. Ama üst üste ikinci kötü yılı yaşarsak köylerde bahçesini satan, şehre göç eden çok olur" ifadelerini kullandı.

İlçe Tarım ve Orman Müdürlüğü yetkilileri ise hasar tespit çalışmalarının sürdüğünü, köy köy yapılan incelemelerin ardından hazırlanacak raporun bakanlığa gönderileceğini açıkladı. Hasadın aralık ayının ortasına kadar sürmesi bekleniyor.
"""

body_html, gold = render(body_from(ARTICLE), {"p": "<p>{}</p>", "h2": "<h2 class=\"wp-block-heading\">{}</h2>"})

manset = [
    ("Belediye meclisinde bütçe tartışması: Muhalefet salonu terk etti", "Akçayurt Belediyesi'nin 2025 yılı bütçesi uzun süren görüşmelerin ardından oy çokluğuyla kabul edildi."),
    ("Kocadere Göleti'nde su seviyesi son 20 yılın en düşük noktasında", "Yetkililer, kış yağışlarının yetersiz kalması halinde yaz aylarında kısıtlamaya gidilebileceğini açıkladı."),
    ("Akçayurtspor deplasmanda 3 puanı 90+2'de kaptı", "Sarı-lacivertliler, ligin 11. haftasında Çınarlıspor'u 2-1 mağlup etti."),
    ("Çamlıbel yolunda heyelan: Ulaşım tek şeritten sağlanıyor", "Karayolları ekipleri bölgede çalışma başlattı, sürücüler dikkatli olmaya çağrıldı."),
    ("İlçe merkezinde yeni kent parkı hizmete açıldı", "Yaklaşık 18 dönümlük alanda yürüyüş yolları, çocuk oyun grupları ve spor alanları bulunuyor."),
    ("Öğretmenevi'nde tadilat nedeniyle konaklama hizmeti durduruldu", "Tadilatın mart ayında tamamlanması planlanıyor."),
]
son_dakika = [
    "Akçayurt-Merkez karayolunda zincirleme kaza: 4 yaralı",
    "Elektrik kesintisi: Yarın 6 mahallede enerji verilemeyecek",
    "Kaymakamlıktan yağış uyarısı",
]
cok_okunan = [
    "Akçayurt'ta kuraklık zeytin rekoltesini yarıya indirdi: Üretici maliyetin altında satış yapıyor",
    "Akçayurt-Merkez karayolunda zincirleme kaza: 4 yaralı",
    "Nöbetçi eczaneler (19 Kasım 2024)",
    "Emekli ikramiyesi ne zaman yatacak? Tarih belli oldu",
    "Akçayurtspor'da teknik direktör değişikliği iddiası",
    "Pazar yerinde domates fiyatı dudak uçuklattı",
    "Belediyeden ücretsiz kurs müjdesi: Kayıtlar başladı",
    "İlçede doğalgaz çalışması nedeniyle bazı sokaklar trafiğe kapatılacak",
    "Çamlıbel yolunda heyelan: Ulaşım tek şeritten sağlanıyor",
    "Hava durumu: Hafta sonu sıcaklıklar düşüyor",
]
kategori = {
    "Gündem": make_headlines(rnd, ["Kaymakam Yavuzer", "İlçe Emniyet Müdürlüğü", "Akçayurt Belediyesi", "Halk Eğitim Merkezi"], ["vatandaşlarla buluştu", "yeni dönemi başlattı", "uyarıda bulundu", "açıklama yaptı"], ["", "mahalle ziyaretinde", "kış öncesi"], 4),
    "Ekonomi": make_headlines(rnd, ["Zeytinyağı ihracatı", "Esnaf kredisi", "Akaryakıt fiyatları", "Konut satışları"], ["yükselişte", "düştü", "yeniden düzenlendi", "rekor kırdı"], ["", "ekimde", "son çeyrekte"], 4),
    "Spor": make_headlines(rnd, ["Akçayurtspor", "Genç voleybolcular", "Belediye basketbol takımı", "Atletizm kulübü"], ["galibiyetle döndü", "il şampiyonu oldu", "kampa girdi", "transfer yaptı"], ["", "hafta sonu", "Kocadere'de"], 4),
}

share_tr = ["Facebook'ta Paylaş", "X'te Paylaş", "WhatsApp ile Gönder", "Telegram'da Paylaş", "LinkedIn'de Paylaş", "Pinterest'te Paylaş", "E-posta ile Gönder", "Bağlantıyı Kopyala", "Yazdır"]

css = css_blob(["header", "menu", "son-dakika", "manset", "slider", "cok-okunan", "kategori-kutu", "single", "entry-content", "paylas", "yorum", "kvkk", "footer"], 1000, 3041)
js = js_blob(3042, 180, "haber")

html = """<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Akçayurt Haber</title>
<meta name="description" content="Akçayurt'ta kuraklık nedeniyle zeytin rekoltesi yarı yarıya düştü. Üreticiler maliyetin altında satış yaptıklarını söylüyor.">
<meta property="og:locale" content="tr_TR">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<style id="haberpress-inline-css">{css}</style>
<script type="application/ld+json">{ld}</script>
</head>
<body class="post-template-default single single-post postid-91877 single-format-standard">
<div class="kvkk-bildirim" id="kvkk"><div class="kvkk-bildirim__metin">Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır. Çerezler hakkında detaylı bilgi almak için <a href="/cerez-politikasi/">Çerez Politikası</a> ve <a href="/kvkk-aydinlatma-metni/">KVKK Aydınlatma Metni</a> sayfalarını inceleyebilirsiniz.</div><button class="kvkk-bildirim__kabul">Kabul Et</button><button class="kvkk-bildirim__ayar">Ayarlar</button></div>
<header class="header">
<div class="header-ust"><div class="container"><span class="tarih">19 Kasım 2024, Salı</span><span class="hava">Akçayurt 14°C Parçalı Bulutlu</span><ul class="doviz"><li>DOLAR 34,52</li><li>EURO 36,61</li><li>ALTIN 2.918</li><li>BIST 9.412</li></ul></div></div>
<div class="header-orta container"><a href="/" class="logo">Akçayurt Haber</a><a href="/e-gazete/" class="e-gazete">E-Gazete</a></div>
<nav class="menu"><ul class="container"><li><a href="/">Ana Sayfa</a></li><li><a href="/kategori/gundem/">Gündem</a></li><li><a href="/kategori/ekonomi/">Ekonomi</a></li><li><a href="/kategori/tarim/">Tarım</a></li><li><a href="/kategori/asayis/">Asayiş</a></li><li><a href="/kategori/spor/">Spor</a></li><li><a href="/kategori/saglik/">Sağlık</a></li><li><a href="/kategori/egitim/">Eğitim</a></li><li><a href="/kategori/yazarlar/">Yazarlar</a></li><li><a href="/vefat-edenler/">Vefat Edenler</a></li><li><a href="/nobetci-eczaneler/">Nöbetçi Eczaneler</a></li></ul></nav>
</header>
<div class="son-dakika container"><span class="son-dakika__etiket">SON DAKİKA</span><ul>{sondakika}</ul></div>
<div class="manset container"><div class="slider">{manset}</div><div class="slider-sayfalama">{pager}</div></div>
<div class="container sayfa">
<div class="ust-bloklar">
<div class="cok-okunan"><h3 class="blok-baslik">En Çok Okunanlar</h3><ol>{cokokunan}</ol></div>
<div class="kategori-kutulari">{kategori}</div>
</div>
<div class="row">
<main class="col-md-8 icerik">
<div class="breadcrumb"><a href="/">Ana Sayfa</a> &raquo; <a href="/kategori/tarim/">Tarım</a> &raquo; <span>Haber</span></div>
<article id="post-91877" class="single-haber post-91877 post type-post status-publish category-tarim tag-zeytin tag-kuraklik">
<h1 class="entry-title">{title}</h1>
<h2 class="spot">Kuraklık nedeniyle zeytin rekoltesi geçen yıla göre yarı yarıya düşen Akçayurt'ta üreticiler, artan maliyetler karşısında ürünlerini zararına satmak zorunda kaldıklarını söylüyor.</h2>
<div class="haber-meta"><span class="yazar">Haber: Emine Tokgöz</span><span class="tarih">Yayınlanma: 19.11.2024 - 10:48</span><span class="guncelleme">Güncelleme: 19.11.2024 - 11:20</span></div>
<div class="haber-gorsel"><img src="/wp-content/uploads/2024/11/zeytin-hasadi-akcayurt.jpg" alt="Akçayurt'ta zeytin hasadı" width="800" height="450"></div>
<div class="entry-content">
{body}
</div>
<div class="etiketler"><span>Etiketler:</span> <a href="/etiket/zeytin/" rel="tag">zeytin</a> <a href="/etiket/kuraklik/" rel="tag">kuraklık</a> <a href="/etiket/akcayurt/" rel="tag">Akçayurt</a> <a href="/etiket/ciftci/" rel="tag">çiftçi</a></div>
<div class="paylas"><span class="paylas__baslik">Bu haberi paylaş</span><ul>{share}</ul></div>
</article>
<div class="yorumlar"><h3 class="blok-baslik">Yorumlar (0)</h3>
<p class="yorum-uyari">Yorum yapabilmek için <a href="/giris/">giriş yapmanız</a> gerekmektedir.</p>
<p class="yorum-uyari">Hakaret, küfür, rencide edici ve aşağılayıcı ifadeler içeren yorumlar onaylanmamaktadır.</p>
<p class="yorum-uyari">Yorumlar, okuyucularımıza aittir ve Akçayurt Haber'in görüşlerini yansıtmaz.</p>
<p class="yorum-uyari">Bu habere henüz yorum yapılmamış. İlk yorumu siz yapın.</p>
<form class="yorum-form"><label>Adınız</label><input type="text"><label>E-posta</label><input type="email"><label>Yorumunuz</label><textarea></textarea><label><input type="checkbox"> KVKK Aydınlatma Metni'ni okudum, kabul ediyorum.</label><button>Gönder</button></form></div>
<div class="ilgili-haberler"><h3 class="blok-baslik">İlgili Haberler</h3><ul><li><a href="/zeytin-hasadi-basladi/">Zeytin hasadı başladı: Üretici fiyattan umutlu değil</a></li><li><a href="/kocadere-goleti-seviye/">Kocadere Göleti'nde su seviyesi son 20 yılın en düşük noktasında</a></li><li><a href="/ziraat-odasi-kuraklik/">Ziraat Odası'ndan kuraklık açıklaması</a></li></ul></div>
</main>
<aside class="col-md-4 sidebar"><div class="reklam"><span>Reklam</span></div><div class="widget"><h3 class="blok-baslik">Namaz Vakitleri</h3><ul><li>İmsak 06:05</li><li>Güneş 07:31</li><li>Öğle 12:39</li><li>İkindi 15:18</li><li>Akşam 17:37</li><li>Yatsı 18:58</li></ul></div></aside>
</div>
</div>
<footer class="footer"><div class="container"><ul><li><a href="/kunye/">Künye</a></li><li><a href="/iletisim/">İletişim</a></li><li><a href="/reklam/">Reklam</a></li><li><a href="/gizlilik-politikasi/">Gizlilik Politikası</a></li><li><a href="/cerez-politikasi/">Çerez Politikası</a></li></ul><p>Sitemizde yayınlanan haberlerin her hakkı saklıdır. İzin alınmadan, kaynak gösterilerek dahi alıntı yapılamaz.</p><p>&copy; 2024 Akçayurt Haber</p></div></footer>
<script>{js}</script>
</body></html>""".format(
    title=esc(TITLE), css=css, js=js, body=body_html,
    ld=json_state({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-11-19T10:48:00+03:00", "author": {"@type": "Person", "name": "Emine Tokgöz"}, "inLanguage": "tr"}),
    sondakika="".join('<li><a href="/%s/">%s</a></li>' % (slug(t), esc(t)) for t in son_dakika),
    manset="".join('<div class="slider__item"><a href="/%s/"><img src="/m/%d.jpg" alt=""><h3 class="slider__baslik">%s</h3><p class="slider__spot">%s</p></a></div>' % (slug(h), i, esc(h), esc(s)) for i, (h, s) in enumerate(manset)),
    pager="".join('<a href="#" data-i="%d">%d</a>' % (i, i + 1) for i in range(len(manset))),
    cokokunan="".join('<li><span class="sira">%d</span><a href="/%s/">%s</a></li>' % (i + 1, slug(t), esc(t)) for i, t in enumerate(cok_okunan)),
    kategori="".join('<div class="kategori-kutu"><h3 class="blok-baslik">%s</h3><ul>%s</ul></div>' % (k, "".join('<li><a href="/%s/">%s</a></li>' % (slug(h), esc(h.strip())) for h in v)) for k, v in kategori.items()),
    share="".join('<li><a href="#" rel="nofollow" target="_blank">%s <span class="sr-only">(yeni pencerede açılır)</span></a></li>' % s for s in share_tr),
)

save(PID, html, gold)
