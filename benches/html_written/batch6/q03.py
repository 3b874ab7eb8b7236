"""q03 - Indonesian. Personal travel and culture blog on a Blogger (blogspot) template ("Simple"-style layout).

Length: long post, about 900 words: 19 paragraphs, three subheads and a two-line sign-off.

Furniture: Blogger navbar iframe, blog header with description, "Beranda /
Tentang / Kontak" page links, date header, post title, post body written in
Blogger's compose mode (paragraphs as <div style="text-align: justify;">
with <div><br /></div> spacers), two photos in tr-caption-container tables
with captions, post footer ("Diposting oleh ... di 19.42", share buttons
"Kirimkan Ini lewat Email / BlogThis! / Berbagi ke X / Berbagi ke Facebook /
Bagikan ke Pinterest", "Label:"), blog pager ("Posting Lebih Baru / Posting
Lama / Beranda"), the comment section (8 comments, threaded, with
"Balas" / "Hapus", two of them answers by the blog author, "Tambahkan komentar",
"Muat yang lain..."), "Langganan: Posting Komentar (Atom)", and a sidebar
(Mengenai Saya, Postingan Populer with snippets, Arsip Blog, Label cloud).

Failure kind: everything kept - 8 long-ish reader comments in Indonesian
below a long post.

Gold choices: the three bold subheads (written as <h3> by the compose
editor) are body; photo captions are not; the closing line "Salam jalan-jalan,
Rara" is the author's sign-off inside the post body and IS body (it is part
of the post text as written); the author's reply in the comments is not.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(603)

TITLE = "Pasar Terapung Sungai Lerang: Bangun Subuh demi Semangkuk Soto Perahu"

TEXT1 = """
Sudah lama saya penasaran dengan pasar terapung di Kampung Sungai Lerang. Beberapa teman yang pernah ke sana selalu bilang hal yang sama: datanglah sebelum matahari terbit, karena setelah pukul tujuh pagi pasarnya sudah bubar. Akhirnya, akhir bulan lalu, saya dan adik saya, Dimas, nekat berangkat dari kota pukul tiga dini hari.

Perjalanan dari pusat kota ke dermaga Kampung Sungai Lerang memakan waktu sekitar satu jam dengan motor. Jalannya sebagian besar sudah beraspal, tetapi sekitar lima kilometer terakhir masih berupa jalan tanah yang licin kalau habis hujan. Untungnya malam itu cuaca cerah, jadi kami sampai di dermaga kayu tepat ketika azan subuh terdengar dari musala di seberang sungai.

Di dermaga sudah ada beberapa kelotok, perahu kayu bermesin kecil, yang menunggu penumpang. Ongkos sewanya Rp150.000 untuk satu perahu yang bisa memuat enam orang, pulang pergi. Karena kami cuma berdua, kami ikut bergabung dengan rombongan keluarga dari Tanjung Wira supaya patungan lebih murah.

Pasar terapung di Sungai Lerang konon sudah ada sejak zaman kakek-nenek warga kampung. Dulu, sungai adalah satu-satunya jalan yang menghubungkan kampung-kampung di hulu dengan kota kecamatan. Petani membawa hasil kebun dengan jukung, lalu bertemu pembeli di titik pertemuan dua anak sungai yang sekarang menjadi lokasi pasar.
"""

TEXT2 = """
### Ramai sejak gelap

Begitu kelotok kami berbelok di tikungan sungai, suasananya langsung berubah. Puluhan jukung, perahu kecil tanpa mesin, sudah berkumpul di tengah sungai yang lebar. Sebagian besar pedagangnya ibu-ibu yang mengenakan tanggui, topi lebar dari daun nipah, dan mendayung sambil menawarkan dagangan.

Yang dijual macam-macam. Ada sayur dan buah dari kebun di hulu sungai, ikan sungai yang masih segar, kue-kue basah, sampai peralatan rumah tangga seperti sapu dan bakul. Transaksinya pun unik, karena pembeli dan penjual sama-sama di atas perahu yang terus bergoyang. Saya sempat deg-degan waktu menyerahkan uang, takut jatuh ke air.

Menurut Bu Hamsiah, pedagang jeruk yang sudah berjualan di sana selama lebih dari 30 tahun, jumlah pedagang sekarang jauh lebih sedikit dibanding dulu. "Waktu saya masih gadis, perahunya bisa sampai dua ratus. Sekarang paling lima puluhan, itu pun kalau hari Minggu," katanya sambil memilihkan jeruk yang paling manis untuk saya.

Ia bercerita, banyak anak muda di kampung lebih memilih bekerja di kota atau di perkebunan sawit. Berjualan di sungai dianggap melelahkan dan penghasilannya tidak menentu. Meski begitu, Bu Hamsiah mengaku belum mau berhenti. "Kalau saya berhenti, siapa yang mau turun ke sungai? Pasar ini harus tetap ada," ujarnya.

Yang menarik, di antara sesama pedagang masih ada yang saling bertukar barang tanpa uang. Saya melihat seorang nenek menukar seikat kacang panjang dengan beberapa ekor ikan papuyu dari pedagang lain. Kata pemandu kami, kebiasaan ini disebut bapanduk dan sudah jarang terlihat, biasanya hanya di antara pedagang yang sudah saling kenal puluhan tahun.
"""

TEXT3 = """
### Soto perahu yang jadi incaran

Salah satu alasan utama saya datang adalah soto perahu. Ini bukan nama resmi, hanya sebutan wisatawan untuk soto yang dimasak dan disajikan langsung di atas perahu. Penjualnya Pak Jumadi, yang membawa panci besar berisi kuah, kompor kecil, dan setumpuk mangkuk di perahunya yang sedikit lebih lebar dari jukung biasa.

Kuahnya bening dengan aroma rempah yang kuat, berisi suwiran ayam kampung, perkedel, telur rebus, dan ketupat. Satu mangkuk dihargai Rp20.000. Rasanya gurih, sedikit manis, dan pas sekali disantap di udara pagi yang masih dingin. Dimas sampai menambah satu mangkuk lagi.

Pak Jumadi bilang resep sotonya warisan dari ibunya. Ia mulai memasak pukul dua dini hari supaya kuahnya siap ketika pasar mulai ramai. "Saya tidak pakai penyedap. Kaldunya dari tulang ayam yang direbus lama, itu saja rahasianya," katanya sambil tertawa.

Di sekitar perahu soto, beberapa pedagang kue ikut merapat. Saya mencoba kue bingka kentang dan amparan tatak, dua kue khas daerah sini yang manisnya pas. Harganya murah, rata-rata Rp3.000 sampai Rp5.000 per potong.

Sambil makan, saya mengobrol dengan Pak Jumadi soal pelanggannya. Menurut dia, dulu pembeli sotonya hampir semua pedagang pasar yang belum sempat sarapan. Sekarang, pada akhir pekan, separuh lebih pembelinya adalah wisatawan dari kota. "Alhamdulillah, ada rezeki dari orang yang datang foto-foto. Tapi saya tetap masak porsi untuk pedagang dulu, mereka langganan saya dari dulu," katanya.
"""

TEXT4 = """
### Tips kalau mau ke sana

Buat teman-teman yang ingin berkunjung, ada beberapa hal yang menurut saya perlu diperhatikan. Pertama, datanglah paling lambat pukul lima pagi. Pasar sudah ramai sejak subuh dan mulai sepi sekitar pukul tujuh. Kedua, siapkan uang tunai pecahan kecil, karena hampir semua pedagang tidak punya kembalian untuk uang besar, apalagi pembayaran digital.

Ketiga, pakailah alas kaki yang tidak licin dan bawa kantong plastik atau tas kedap air untuk ponsel dan dompet. Naik turun perahu cukup menantang, terutama bagi yang belum terbiasa. Keempat, hormati pedagang. Kalau ingin memotret dari dekat, sebaiknya minta izin dulu, dan akan lebih baik lagi kalau kita juga membeli dagangannya.

Pemerintah kampung, kata Pak Rusdi, salah satu pengurus kelompok sadar wisata setempat, sedang menyiapkan dermaga baru dan papan informasi tentang sejarah pasar. Mereka berharap wisatawan yang datang bisa ikut membantu pedagang tetap bertahan, bukan sekadar berfoto lalu pulang.

Setelah pasar bubar, kami sempat mampir ke rumah panggung milik keluarga Pak Rusdi di tepi sungai dan disuguhi teh hangat. Dari terasnya, kami melihat jukung-jukung terakhir mendayung pulang ke hulu, sementara matahari mulai tinggi. Rasanya lelah karena kurang tidur, tetapi sangat sepadan.

Kalau ada kesempatan, saya ingin kembali lagi saat bulan Ramadan. Kata Bu Hamsiah, menjelang Lebaran pasar terapung ini jauh lebih ramai karena banyak orang mencari kue untuk hari raya. Semoga saat itu pasarnya masih ada, dan semoga jumlah pedagangnya tidak berkurang lagi.

Salam jalan-jalan,

Rara
"""


def blogger_body(text):
    spec = body_from(text)
    out = []
    for k, v in spec:
        if k == "h3":
            out.append(("rawgold", ('<h3 style="text-align: left;">%s</h3>' % v, [v])))
        else:
            out.append(("rawgold", ('<div style="text-align: justify;">%s</div><div style="text-align: justify;"><br /></div>' % v, [v])))
    return out


def photo(src, cap):
    return ('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
            '<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/%s/s1600/%s.jpg" style="margin-left: auto; margin-right: auto;">'
            '<img border="0" data-original-height="1066" data-original-width="1600" height="426" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/%s/w640-h426/%s.jpg" width="640" /></a></td></tr>'
            '<tr><td class="tr-caption" style="text-align: center;">%s</td></tr></tbody></table><div><br /></div>' % (src, src, src, src, esc(cap)))


spec = (blogger_body(TEXT1)
        + [("raw", photo("AVvXsEj8kq2", "Jukung pedagang berkumpul di tengah Sungai Lerang sebelum matahari terbit."))]
        + blogger_body(TEXT2) + blogger_body(TEXT3)
        + [("raw", photo("AVvXsEh41mz", "Semangkuk soto perahu buatan Pak Jumadi, Rp20.000 saja."))]
        + blogger_body(TEXT4))
body_html, gold = render(spec, {})

comments = [
    ("Wulan Sekar", "28 Juli 2025 pukul 08.14", "Wah jadi kangen kampung halaman. Dulu waktu kecil sering diajak nenek ke pasar terapung, tapi yang di daerah saya sudah lama hilang karena sungainya dangkal. Semoga yang di Sungai Lerang tetap bertahan ya."),
    ("Rara Anindita", "28 Juli 2025 pukul 09.02", "Aamiin, Mbak Wulan. Sayang sekali ya kalau pasar seperti ini hilang. Makanya saya pengin banyak yang datang dan belanja di sana."),
    ("Bagus Pranoto", "28 Juli 2025 pukul 11.47", "Mau tanya, Kak, parkir motor di dermaga aman tidak? Rencananya bulan depan mau ke sana sama teman-teman kantor."),
    ("Rara Anindita", "28 Juli 2025 pukul 13.20", "Aman kok, Mas Bagus. Ada warga yang jaga parkir, bayar Rp5.000 per motor. Tapi tetap dikunci ganda ya."),
    ("Nurul Hikmah", "29 Juli 2025 pukul 06.30", "Soto perahunya bikin ngiler! Foto kedua itu bikin saya lapar pagi-pagi. Tiga tahun lalu saya ke sana harganya masih Rp15.000, ternyata sekarang sudah naik juga."),
    ("Anonim", "29 Juli 2025 pukul 21.05", "Tulisan yang bagus. Jarang ada blog yang juga cerita soal pedagangnya, bukan cuma spot foto."),
    ("Hendra Wijaya", "30 Juli 2025 pukul 10.12", "Tips nomor dua penting banget. Saya dulu bawa uang lima puluhan semua, akhirnya pedagang kue harus keliling cari kembalian ke perahu sebelah. Malu sendiri jadinya, hehe."),
    ("Citra Lestari", "2 Agustus 2025 pukul 19.48", "Kak Rara, kalau bawa anak kecil umur lima tahun aman tidak naik kelotoknya? Ada pelampung tidak?"),
]
# the 2nd and 4th are replies by the blog author
cm_html = []
for i, (who, when, txt) in enumerate(comments):
    cid = 7310000000000000000 + rnd.randint(10 ** 12, 10 ** 13)
    reply = who == "Rara Anindita"
    cm_html.append(
        '<li class="comment%s" id="c%d"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""/></div>'
        '<div class="comment-block"><div class="comment-header"><cite class="user">%s%s</cite><span class="icon user%s"></span>'
        '<span class="datetime secondary-text"><a rel="nofollow" href="https://jejakrara.blogspot.com/2025/07/pasar-terapung-sungai-lerang.html?showComment=%d#c%d">%s</a></span></div>'
        '<p class="comment-content">%s</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="%d">Balas</a>'
        '<span class="item-control blog-admin blog-admin pid-1188"><a target="_self" href="https://www.blogger.com/comment/delete/5521/%d">Hapus</a></span></span></div>'
        '<div class="comment-replies"></div><div class="comment-replybox-single" id="c%d-ce"></div></li>'
        % (" reply" if reply else "", cid, "" if who == "Anonim" else '<a href="https://www.blogger.com/profile/%d" rel="nofollow">' % (10 ** 17 + cid % 10 ** 9),
           esc(who) + ("" if who == "Anonim" else "</a>"), " blog-author" if reply else "", cid // 1000, cid, when, esc(txt), cid, cid, cid))

popular = [("Curug Seribu Tangga: Capek tapi Terbayar", "Jalur menuju air terjun ini memang panjang, tetapi pemandangan di ujungnya bikin lupa pegal di kaki..."),
           ("Lima Warung Kopi Tua yang Masih Bertahan di Kota", "Ada yang sudah buka sejak 1952 dan masih memakai teko yang sama. Saya datangi satu per satu..."),
           ("Naik Kereta Ekonomi Semalam ke Timur: Catatan Perjalanan", "Tiket murah, kursi tegak, tapi cerita di gerbong justru yang paling berkesan...")]

page = """<!DOCTYPE html>
<html class='v2' dir='ltr' lang='id' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://jejakrara.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='https://jejakrara.blogspot.com/2025/07/pasar-terapung-sungai-lerang.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Jejak Rara - Atom" href="https://jejakrara.blogspot.com/feeds/posts/default" />
<title>Jejak Rara: %(title_e)s</title>
<style id='page-skin-1' type='text/css'><!--
%(css)s
--></style>
<script type="text/javascript">%(js)s</script>
</head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">function setAttributeOnload(object, attribute, val){if(window.addEventListener){window.addEventListener('load',function(){object[attribute]=val;},false);}}</script>
<div id="navbar-iframe-container"></div></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://jejakrara.blogspot.com/'>Jejak Rara</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>Catatan jalan-jalan, makan, dan ngobrol dengan orang-orang di sepanjang jalan.</span></p></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs section' id='crosscol' name='Lintas Kolom'><div class='widget PageList' data-version='1' id='PageList1'><h2>Halaman</h2><div class='widget-content'><ul>
<li class='selected'><a href='https://jejakrara.blogspot.com/'>Beranda</a></li><li><a href='https://jejakrara.blogspot.com/p/tentang.html'>Tentang</a></li><li><a href='https://jejakrara.blogspot.com/p/kontak.html'>Kontak</a></li></ul></div></div></div></div>
<div class='main-outer'><div class='columns fauxcolumns'><div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main' name='Utama'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>Minggu, 27 Juli 2025</span></h2>
<div class="date-posts"><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEj8kq2/w640-h426/AVvXsEj8kq2.jpg' itemprop='image_url'/>
<a name='2288104471935521'></a>
<h3 class='post-title entry-title' itemprop='name'>%(title_e)s</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-2288104471935521' itemprop='description articleBody'>
%(body)s
<div style='clear: both;'></div>
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Diposting oleh <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><a class='g-profile' href='https://www.blogger.com/profile/10428830012' rel='author' title='author profile'><span itemprop='name'>Rara Anindita</span></a></span></span>
<span class='post-timestamp'>di <meta content='https://jejakrara.blogspot.com/2025/07/pasar-terapung-sungai-lerang.html' itemprop='url'/><a class='timestamp-link' href='https://jejakrara.blogspot.com/2025/07/pasar-terapung-sungai-lerang.html' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2025-07-27T19:42:00+08:00'>19.42</abbr></a></span>
<span class='post-comment-link'></span>
<span class='post-icons'><span class='item-control blog-admin pid-1188'><a href='https://www.blogger.com/post-edit.g?blogID=5521&amp;postID=2288104471935521&amp;from=pencil' title='Edit Entri'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>
<div class='post-share-buttons goog-inline-block'>
<a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID=5521&amp;postID=2288104471935521&amp;target=email' target='_blank' title='Kirimkan Ini lewat Email'><span class='share-button-link-text'>Kirimkan Ini lewat Email</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID=5521&amp;postID=2288104471935521&amp;target=blog' target='_blank' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a><a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.com/share-post.g?blogID=5521&amp;postID=2288104471935521&amp;target=twitter' target='_blank' title='Berbagi ke X'><span class='share-button-link-text'>Berbagi ke X</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID=5521&amp;postID=2288104471935521&amp;target=facebook' target='_blank' title='Berbagi ke Facebook'><span class='share-button-link-text'>Berbagi ke Facebook</span></a><a class='goog-inline-block share-button sb-pinterest' href='https://www.blogger.com/share-post.g?blogID=5521&amp;postID=2288104471935521&amp;target=pinterest' target='_blank' title='Bagikan ke Pinterest'><span class='share-button-link-text'>Bagikan ke Pinterest</span></a>
</div></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Label: <a href='https://jejakrara.blogspot.com/search/label/Kuliner' rel='tag'>Kuliner</a>, <a href='https://jejakrara.blogspot.com/search/label/Pasar%%20Tradisional' rel='tag'>Pasar Tradisional</a>, <a href='https://jejakrara.blogspot.com/search/label/Jalan-jalan' rel='tag'>Jalan-jalan</a></span></div>
<div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div></div>
</div>
<div class='comments threaded' id='comments'><a name='comments'></a><h4>8 komentar:</h4>
<div class='comments-content'><div id='comment-holder'><div class="comment-thread toplevel-thread"><ol id="top-ra">%(comments)s</ol></div></div></div>
<p class='comment-footer'><div class='comment-form'><a name='comment-form'></a><p>Terima kasih sudah mampir. Komentar yang mengandung tautan promosi akan saya hapus, ya.</p>
<a href='https://www.blogger.com/comment/frame/5521?po=2288104471935521&amp;hl=id' id='comment-editor-src'></a><iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%%'></iframe></div></p>
<div class='continue' id='comment-continue'><a class='comment-reply' href='javascript:;' target='_self'>Tambahkan komentar</a></div>
<div class='loadmore hidden' data-post-id='2288104471935521'><a href='javascript:;' target='_self'>Muat yang lain...</a></div>
</div>
</div></div></div>
</div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='https://jejakrara.blogspot.com/2025/08/bukit-sembilan-kabut.html' id='Blog1_blog-pager-newer-link' title='Posting Lebih Baru'>Posting Lebih Baru</a></span>
<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://jejakrara.blogspot.com/2025/07/warung-kopi-tua.html' id='Blog1_blog-pager-older-link' title='Posting Lama'>Posting Lama</a></span>
<a class='home-link' href='https://jejakrara.blogspot.com/'>Beranda</a></div>
<div class='clear'></div>
<div class='post-feeds'><div class='feed-links'>Langganan: <a class='feed-link' href='https://jejakrara.blogspot.com/feeds/2288104471935521/comments/default' target='_blank' type='application/atom+xml'>Posting Komentar (Atom)</a></div></div>
</div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>Mengenai Saya</h2><div class='widget-content'><a href='https://www.blogger.com/profile/10428830012'><img alt='Foto saya' class='profile-img' height='80' src='//blogger.googleusercontent.com/img/profile.jpg' width='80'/></a>
<dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/10428830012' rel='author'>Rara Anindita</a></dt><dd class='profile-textblock'>Pegawai kantoran yang suka kabur tiap akhir pekan. Menulis tentang tempat, makanan, dan orang-orang yang saya temui.</dd></dl>
<a class='profile-link' href='https://www.blogger.com/profile/10428830012' rel='author'>Lihat profil lengkapku</a></div></div>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Postingan Populer</h2><div class='widget-content popular-posts'><ul>%(popular)s</ul></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Arsip Blog</h2><div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'>
<li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&#160;</span></a><a class='post-count-link' href='https://jejakrara.blogspot.com/2025/'>2025</a> <span class='post-count' dir='ltr'>(14)</span>
<ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='https://jejakrara.blogspot.com/2025/07/'>Juli</a> <span class='post-count' dir='ltr'>(3)</span>
<ul class='posts'><li><a href='https://jejakrara.blogspot.com/2025/07/pasar-terapung-sungai-lerang.html'>%(title_e)s</a></li><li><a href='https://jejakrara.blogspot.com/2025/07/warung-kopi-tua.html'>Lima Warung Kopi Tua yang Masih Bertahan di Kota</a></li><li><a href='https://jejakrara.blogspot.com/2025/07/kereta-ekonomi-ke-timur.html'>Naik Kereta Ekonomi Semalam ke Timur</a></li></ul></li>
<li class='archivedate collapsed'><a class='post-count-link' href='https://jejakrara.blogspot.com/2025/06/'>Juni</a> <span class='post-count' dir='ltr'>(4)</span></li></ul></li>
<li class='archivedate collapsed'><a class='post-count-link' href='https://jejakrara.blogspot.com/2024/'>2024</a> <span class='post-count' dir='ltr'>(22)</span></li></ul></div></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Label</h2><div class='widget-content cloud-label-widget-content'><span class='label-size label-size-5'><a dir='ltr' href='https://jejakrara.blogspot.com/search/label/Jalan-jalan'>Jalan-jalan</a></span> <span class='label-size label-size-4'><a dir='ltr' href='https://jejakrara.blogspot.com/search/label/Kuliner'>Kuliner</a></span> <span class='label-size label-size-2'><a dir='ltr' href='https://jejakrara.blogspot.com/search/label/Pasar%%20Tradisional'>Pasar Tradisional</a></span> <span class='label-size label-size-3'><a dir='ltr' href='https://jejakrara.blogspot.com/search/label/Kereta'>Kereta</a></span></div></div>
</div></aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='foot section' id='footer-1'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Tema Sederhana. Diberdayakan oleh <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2930108941-widgets.js"></script>
</body></html>
""" % {
    "title_e": esc(TITLE),
    "css": css_blob(["post", "comment", "widget", "sidebar", "blog-pager", "header", "tabs", "date-header", "share-button"], 300, 6031),
    "js": js_blob(6032, 60, "_WidgetManager"),
    "body": body_html,
    "comments": "".join(cm_html),
    "popular": "".join('<li><div class="item-content"><div class="item-title"><a href="https://jejakrara.blogspot.com/%s.html">%s</a></div><div class="item-snippet">%s</div></div><div style="clear: both;"></div></li>'
                       % (slug(t), esc(t), esc(s)) for t, s in popular),
}

save("q03", page, gold)
