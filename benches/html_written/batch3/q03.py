"""q03 - Indonesian, portal-style custom CMS, <div>-only markup (no <article>).

Stresses a truncated article: "Baca juga:" link boxes and an ad slot with
"SCROLL UNTUK MELANJUTKAN" sit inside the body container after the second
and fifth paragraphs; most of the article follows them.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q03"
rnd = random.Random(303)

TITLE = "Revitalisasi Pasar Wage Kedungsari Molor, Ratusan Pedagang Masih Bertahan di Tenda Darurat"

BLOCKS = [
"""
<strong>Lembah Sari</strong> - Revitalisasi Pasar Wage Kedungsari di Kabupaten Lembah Sari yang dijanjikan rampung pada Agustus lalu hingga kini belum selesai. Sebanyak 412 pedagang masih berjualan di tenda darurat di lapangan Desa Sumberwangi, sekitar satu kilometer dari lokasi pasar lama.

Pantauan di lokasi pada Senin (18/11/2024), bangunan pasar dua lantai itu baru berdiri kerangkanya. Atap belum terpasang sepenuhnya, sementara lantai atas masih dipenuhi tumpukan besi dan papan cor. Hanya sekitar belasan pekerja yang terlihat di lokasi proyek.
""",
"""
Kepala Dinas Perdagangan dan Perindustrian Kabupaten Lembah Sari, Haryanto Wibisana, mengakui pekerjaan fisik baru mencapai sekitar 64 persen. Menurut dia, keterlambatan terjadi karena kontraktor pelaksana kesulitan mendatangkan material baja ringan pada awal tahun.

"Kami sudah memberikan teguran tertulis dua kali kepada penyedia jasa. Kontrak juga sudah kami beri perpanjangan 50 hari dengan denda keterlambatan sesuai aturan," kata Haryanto saat ditemui di kantornya.

Ia menambahkan, pemerintah kabupaten menargetkan pasar dapat ditempati pedagang paling lambat Februari tahun depan, sebelum bulan Ramadan.
""",
"""
## Pedagang mengeluh omzet turun

Di tenda darurat, para pedagang mengeluhkan sepinya pembeli. Lokasi relokasi yang berada di pinggir jalan desa membuat banyak pelanggan lama enggan datang, terutama saat hujan turun dan halaman lapangan berubah menjadi becek.

Sutinah (52), pedagang sayur yang sudah berjualan di Pasar Wage sejak 1998, mengatakan pendapatannya turun hampir separuh sejak pindah ke tenda darurat. Ia kini hanya membawa setengah dari jumlah dagangan yang biasa ia jual.

"Dulu sehari bisa habis dua karung kol, sekarang satu karung saja kadang masih sisa. Kalau hujan, pembeli tidak ada yang mau masuk karena becek," ujarnya.

Hal serupa disampaikan Darmaji (47), pedagang ikan asin. Menurut dia, tenda darurat terlalu panas pada siang hari sehingga dagangan cepat rusak. Ia berharap pemerintah setidaknya memperbaiki saluran air dan menambah penerangan di lokasi relokasi.

"Kami tidak menuntut macam-macam. Yang penting pasar cepat jadi dan kami bisa kembali berjualan dengan layak," kata Darmaji.

## DPRD minta audit proyek

Sementara itu, Komisi II DPRD Kabupaten Lembah Sari meminta inspektorat melakukan audit terhadap proyek senilai Rp 38,6 miliar tersebut. Ketua Komisi II, Ratna Kusumawardani, menilai keterlambatan proyek sudah terlalu lama dan merugikan ratusan keluarga pedagang.

"Kami akan memanggil dinas terkait dan kontraktor dalam rapat dengar pendapat pekan depan. Kalau memang ada unsur kelalaian, harus ada sanksi yang tegas, termasuk pemutusan kontrak," kata Ratna.

Ratna juga meminta pemerintah kabupaten memberikan keringanan retribusi kepada pedagang selama masa relokasi. Saat ini pedagang di tenda darurat masih dikenai retribusi harian sebesar Rp 3.000 per lapak.

Menanggapi hal itu, Haryanto menyatakan pihaknya tengah mengkaji penghapusan retribusi hingga pedagang kembali menempati bangunan baru. Keputusan tersebut, kata dia, akan dibahas bersama bagian hukum dan badan keuangan daerah.

Pasar Wage Kedungsari merupakan salah satu pasar tradisional terbesar di wilayah selatan Kabupaten Lembah Sari. Sebelum direvitalisasi, pasar yang dibangun pada 1976 itu menampung lebih dari 500 pedagang dan ramai dikunjungi warga dari tiga kecamatan sekitarnya setiap hari pasaran Wage.
""",
]

BACA = [
    ["Bupati Lembah Sari Janji Pasar Wage Rampung Sebelum Agustus", "Harga Cabai Rawit di Lembah Sari Tembus Rp 80 Ribu per Kilogram"],
    ["Pedagang Pasar Wage Kedungsari Mulai Pindah ke Tenda Darurat"],
]

def baca_juga(titles):
    return "".join('<div class="baca-juga__box"><span class="baca-juga__label">Baca juga:</span> <a href="https://news.warta-nusa.co.id/daerah/d-%d/%s" class="baca-juga__link">%s</a></div>' % (7620000 + i * 137, slug(t), esc(t)) for i, t in enumerate(titles))

ad_slot = """<div class="ads-scrollpage-container"><div class="ads-scrollpage-top"><span class="ads-scrollpage-info">ADVERTISEMENT</span></div><div id="div-gpt-ad-parallax" class="ads-scrollpage-box"></div><div class="ads-scrollpage-bottom"><span class="ads-scrollpage-info">SCROLL UNTUK MELANJUTKAN</span></div></div>"""

parts, gold = [], []
for i, blk in enumerate(BLOCKS):
    h, g = render(body_from(blk), {"h2": "<h2 class=\"detail__subjudul\">{}</h2>"})
    parts.append(h)
    gold.extend(g)
    if i == 0:
        parts.append(baca_juga(BACA[0]))
    if i == 1:
        parts.append(ad_slot)
        parts.append(baca_juga(BACA[1]))

terpopuler = [
    "Jembatan Kali Lanang Ditutup Total Mulai Besok, Ini Jalur Alternatifnya",
    "Viral Pengendara Motor Adang Ambulans di Simpang Empat Sumberwangi",
    "Jadwal Pemadaman Listrik Lembah Sari Pekan Ini",
    "Ribuan Warga Padati Festival Durian Kedungsari",
    "Polisi Tangkap Pelaku Pencurian Kotak Amal di Tiga Masjid",
    "Lowongan PPPK Kabupaten Lembah Sari Dibuka, Cek Formasinya",
]
terkait = [
    ("Proyek Pasar Wage Kedungsari Baru 40 Persen, Kontraktor Diberi Teguran", "Senin, 09 Sep 2024 14:20 WIB"),
    ("Pedagang Pasar Wage Kedungsari Mulai Pindah ke Tenda Darurat", "Rabu, 06 Mar 2024 10:05 WIB"),
    ("Pemkab Lembah Sari Anggarkan Rp 38,6 Miliar untuk Revitalisasi Pasar", "Jumat, 17 Nov 2023 16:45 WIB"),
    ("DPRD Soroti Serapan Anggaran Dinas Perdagangan yang Rendah", "Kamis, 31 Okt 2024 11:30 WIB"),
]
berita_lain = make_headlines(rnd,
    ["Warga Sumberwangi", "Pemkab Lembah Sari", "Petani bawang Kedungsari", "Siswa SMKN 2 Lembah Sari", "Dinas Kesehatan", "Polres Lembah Sari", "Pengelola Waduk Cakrawati"],
    ["keluhkan", "siapkan", "raih", "gelar", "tanggapi", "usulkan"],
    ["jalan rusak menjelang musim hujan", "program vaksinasi ternak", "juara lomba robotik tingkat provinsi", "operasi pasar beras murah", "debit air yang terus menurun", "pelatihan kerja bagi pemuda desa"], 10)

css = css_blob(["detail", "baca-juga", "ads-scrollpage", "nav", "header", "terpopuler", "list-content", "media", "footer", "share-box", "cookie"], 850, 3031)
js = js_blob(3032, 150, "wn")

html = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="Revitalisasi Pasar Wage Kedungsari di Kabupaten Lembah Sari belum selesai. Ratusan pedagang masih berjualan di tenda darurat.">
<meta name="keywords" content="pasar wage kedungsari, lembah sari, revitalisasi pasar, pedagang">
<meta name="publishdate" content="2024/11/18 15:32:11">
<meta name="author" content="Dimas Kuncoro">
<style>{css}</style>
<script>var dataLayer=dataLayer||[];dataLayer.push({{"kanalid":"2","namakanal":"daerah","articleid":"7621904","penulis":"Dimas Kuncoro","editor":"Yusuf Arifin"}});</script>
</head>
<body>
<div class="cookie-notice" id="cookieNotice"><div class="cookie-notice__text">Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini. Dengan melanjutkan, Anda menyetujui penggunaan cookie sesuai <a href="/kebijakan-privasi">Kebijakan Privasi</a> kami.</div><button class="cookie-notice__btn">Setuju</button></div>
<div class="header">
<div class="header__top container"><a href="https://www.warta-nusa.co.id" class="header__logo">WartaNusa</a>
<div class="header__search"><form action="/search"><input type="text" name="query" placeholder="Cari berita..."><button>Cari</button></form></div>
<div class="header__login"><a href="/masuk">Masuk</a> | <a href="/daftar">Daftar</a></div></div>
<div class="nav"><div class="nav__list container"><a href="/" class="nav__item">Beranda</a><a href="/berita" class="nav__item">Berita</a><a href="/daerah" class="nav__item nav__item--active">Daerah</a><a href="/ekonomi" class="nav__item">Ekonomi</a><a href="/olahraga" class="nav__item">Olahraga</a><a href="/hiburan" class="nav__item">Hiburan</a><a href="/otomotif" class="nav__item">Otomotif</a><a href="/teknologi" class="nav__item">Teknologi</a><a href="/kesehatan" class="nav__item">Kesehatan</a><a href="/indeks" class="nav__item">Indeks</a></div></div>
</div>
<div class="container grid-row">
<div class="column-8">
<div class="detail">
<div class="page__breadcrumb"><a href="/">Beranda</a> <span>&rsaquo;</span> <a href="/daerah">Daerah</a> <span>&rsaquo;</span> <a href="/daerah/jawa-tengah">Jawa Tengah</a></div>
<div class="detail__header">
<h1 class="detail__title">{title}</h1>
<div class="detail__author">Dimas Kuncoro - wartanusa</div>
<div class="detail__date">Senin, 18 Nov 2024 15:32 WIB</div>
</div>
<div class="share-box"><span class="share-box__label">Bagikan</span><a href="#" class="share-box__fb">Facebook</a><a href="#" class="share-box__tw">Twitter</a><a href="#" class="share-box__wa">WhatsApp</a><a href="#" class="share-box__tg">Telegram</a><a href="#" class="share-box__copy">Salin Link</a></div>
<div class="detail__media"><div class="detail__media-image"><img src="https://akcdn.warta-nusa.co.id/visual/2024/11/18/pasar-wage-kedungsari_169.jpeg" alt="Pedagang di tenda darurat" title="Pedagang di tenda darurat"></div>
<div class="detail__media-caption">Pedagang Pasar Wage Kedungsari berjualan di tenda darurat di lapangan Desa Sumberwangi, Senin (18/11/2024). Foto: Dimas Kuncoro/wartanusa</div></div>
<div class="detail__body itp_bodycontent_wrapper">
<div class="detail__body-text itp_bodycontent">
{body}
</div>
<div class="detail__body-tag"><div class="nav"><span class="nav__label">Tag</span><a href="/tag/pasar-wage-kedungsari" class="nav__item">pasar wage kedungsari</a><a href="/tag/lembah-sari" class="nav__item">lembah sari</a><a href="/tag/revitalisasi-pasar" class="nav__item">revitalisasi pasar</a><a href="/tag/pedagang" class="nav__item">pedagang</a></div></div>
<div class="detail__editor">(dkr/yas)</div>
</div>
<div class="share-box share-box--bottom"><span class="share-box__label">Bagikan artikel ini</span><a href="#" class="share-box__fb">Facebook</a><a href="#" class="share-box__tw">Twitter</a><a href="#" class="share-box__wa">WhatsApp</a><a href="#" class="share-box__tg">Telegram</a><a href="#" class="share-box__line">LINE</a><a href="#" class="share-box__copy">Salin Link</a></div>
<div class="comment-box"><div class="comment-box__title">Komentar</div><div class="comment-box__login">Untuk memberikan komentar, silakan <a href="/masuk">masuk</a> terlebih dahulu.</div></div>
<div class="list-content list-content--terkait"><div class="list-content__title">Berita Terkait</div>{terkait}</div>
</div>
</div>
<div class="column-4">
<div class="ads-box ads-box--sidebar"><span>ADVERTISEMENT</span><div id="div-gpt-ad-mr1"></div></div>
<div class="terpopuler"><div class="terpopuler__title">Terpopuler</div><ol>{terpopuler}</ol></div>
</div>
</div>
<div class="container list-content list-content--berita-lain"><div class="list-content__title">Berita Lainnya</div>{lain}</div>
<div class="footer"><div class="container"><div class="footer__nav"><a href="/redaksi">Redaksi</a><a href="/pedoman-media-siber">Pedoman Media Siber</a><a href="/karir">Karir</a><a href="/kotak-pos">Kotak Pos</a><a href="/kebijakan-privasi">Kebijakan Privasi</a><a href="/info-iklan">Info Iklan</a></div><div class="footer__copy">Copyright @ 2024 WartaNusa. All Rights Reserved</div></div></div>
<script>{js}</script>
</body>
</html>""".format(
    title=esc(TITLE), css=css, js=js, body="\n".join(parts),
    terkait="".join('<div class="media media--left"><div class="media__image"><img src="/thumb/%d.jpg" alt=""></div><div class="media__text"><h3 class="media__title"><a href="/daerah/%s">%s</a></h3><div class="media__date"><span>%s</span></div></div></div>' % (i, slug(t), esc(t), d) for i, (t, d) in enumerate(terkait)),
    terpopuler="".join('<li><a href="/daerah/%s">%s</a></li>' % (slug(t), esc(t)) for t in terpopuler),
    lain="".join('<div class="media"><h3 class="media__title"><a href="/daerah/%s">%s</a></h3><div class="media__date">%d jam yang lalu</div></div>' % (slug(t), esc(t), i + 1) for i, t in enumerate(berita_lain)),
)

save(PID, html, gold)
