"""q15 -- Thai. Regional news site on WordPress built with Elementor Pro
(elementor-location-header/footer, elementor-section/column/widget wrappers,
elementor-widget-theme-post-content holding the text).

Length: moderate news story (~2,600 characters of Thai, about 550 words as
segmented; whitespace splits the gold into only ~115 tokens, so a
space-token metric sees long "words"), two subheads.

Furniture: header built from Elementor widgets (logo, nav menu of 9 items,
search, LINE/Facebook icons), breadcrumbs, category badge, headline, excerpt
(standfirst), author/date/views line, featured image with caption, share
buttons (แชร์ Facebook / LINE / X / คัดลอกลิงก์), "อ่านเพิ่มเติม" link inside
the text, tags (แท็ก), "ข่าวที่เกี่ยวข้อง" posts grid, a sidebar column
("ข่าวล่าสุด" with dates, "ยอดนิยม" with numbers, ad "โฆษณา"), and an
Elementor footer (about text, contact, menu, copyright).

Gold choices: the Thai excerpt under the headline is a standfirst, not body;
the opening place word "ศรีนครธาร –" of the first paragraph is a dateline
and is body; the "อ่านเพิ่มเติม:" link and the caption are not body.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(615)

TITLE = "ชุมชนริมคลองห้วยทรายติดตั้งระบบเตือนภัยน้ำท่วม ฝีมือนักศึกษาวิทยาลัยเทคนิค"
EXCERPT = "อบต.นาคำใต้ จับมือวิทยาลัยเทคนิคศรีนครธาร ติดตั้งเซนเซอร์วัดระดับน้ำ 6 จุด แจ้งเตือนผ่านไลน์และหอกระจายข่าวก่อนน้ำมาถึงหมู่บ้าน"

TEXT = """
ศรีนครธาร – องค์การบริหารส่วนตำบลนาคำใต้ อำเภอเมืองศรีนครธาร ร่วมกับวิทยาลัยเทคนิคศรีนครธาร ติดตั้งระบบเตือนภัยน้ำท่วมล่วงหน้าตลอดแนวคลองห้วยทราย ระยะทางกว่า 18 กิโลเมตร เพื่อแจ้งเตือนประชาชนใน 7 หมู่บ้านที่ได้รับผลกระทบจากน้ำป่าไหลหลากเกือบทุกปี โดยระบบดังกล่าวเริ่มใช้งานจริงตั้งแต่วันที่ 1 สิงหาคมที่ผ่านมา

ระบบเตือนภัยประกอบด้วยเซนเซอร์วัดระดับน้ำและปริมาณน้ำฝนจำนวน 6 จุด ติดตั้งบนสะพานและเสาคอนกรีตริมคลอง ข้อมูลจากเซนเซอร์จะถูกส่งไปยังศูนย์ควบคุมที่ที่ทำการ อบต. ทุก 5 นาที เมื่อระดับน้ำสูงเกินเกณฑ์ที่กำหนด ระบบจะส่งข้อความแจ้งเตือนเข้ากลุ่มไลน์ของหมู่บ้าน และเปิดเสียงสัญญาณผ่านหอกระจายข่าวโดยอัตโนมัติ

นายสมพงษ์ แก้วประเสริฐ นายก อบต.นาคำใต้ เปิดเผยว่า เมื่อปีที่แล้วน้ำป่าจากเทือกเขาด้านตะวันตกไหลลงคลองห้วยทรายอย่างรวดเร็วในช่วงกลางดึก ชาวบ้านหลายครอบครัวขนของขึ้นที่สูงไม่ทัน ทำให้บ้านเรือนเสียหายกว่า 140 หลังคาเรือน และนาข้าวเสียหายหลายพันไร่

"ครั้งนั้นเรารู้ว่าน้ำมาก็ตอนที่น้ำเข้าถึงใต้ถุนบ้านแล้ว ระบบนี้จะทำให้ชาวบ้านมีเวลาเตรียมตัวอย่างน้อยสองถึงสามชั่วโมง ซึ่งเพียงพอสำหรับการย้ายผู้สูงอายุ เด็ก และสัตว์เลี้ยงไปยังจุดปลอดภัย" นายสมพงษ์กล่าว

## นักศึกษาออกแบบเอง งบไม่ถึงครึ่งล้าน

ด้านนายธนากร ศรีวงษ์ อาจารย์แผนกวิชาอิเล็กทรอนิกส์ วิทยาลัยเทคนิคศรีนครธาร ผู้ควบคุมโครงการ กล่าวว่า อุปกรณ์ทั้งหมดออกแบบและประกอบโดยนักศึกษาระดับ ปวส. จำนวน 12 คน ใช้เวลาพัฒนาประมาณ 8 เดือน โดยใช้แผงโซลาร์เซลล์เป็นแหล่งพลังงาน จึงยังทำงานได้แม้ไฟฟ้าดับในช่วงพายุ

งบประมาณที่ใช้ทั้งหมดอยู่ที่ประมาณ 430,000 บาท ซึ่งต่ำกว่าระบบสำเร็จรูปที่มีขายในท้องตลาดหลายเท่า นอกจากนี้ นักศึกษายังจัดอบรมให้อาสาสมัครในหมู่บ้านสามารถดูแลและซ่อมแซมอุปกรณ์เบื้องต้นได้เอง

นางสาวพิมพ์ชนก ทองดี นักศึกษาชั้นปีที่ 2 หนึ่งในทีมผู้พัฒนา เล่าว่า บ้านของเธออยู่ริมคลองห้วยทรายและเคยถูกน้ำท่วมเมื่อปีที่แล้ว จึงตั้งใจทำโครงการนี้อย่างเต็มที่ "ตอนติดตั้งจุดแรก ป้าข้างบ้านมายืนดูทั้งวัน ถามว่าเครื่องนี้จะบอกได้จริงไหม หนูก็ตอบว่าจริงค่ะ และหวังว่าจะไม่ต้องได้ใช้มันบ่อย"

## ชาวบ้านเตรียมซ้อมอพยพ

อบต.นาคำใต้ มีกำหนดจัดการซ้อมอพยพร่วมกับชาวบ้านทั้ง 7 หมู่บ้านในวันที่ 24 สิงหาคมนี้ เพื่อให้ทุกครัวเรือนรู้ว่าเมื่อได้ยินสัญญาณเตือนแล้วจะต้องทำอย่างไร และจุดอพยพที่ใกล้ที่สุดอยู่ที่ใด ปัจจุบันได้กำหนดจุดอพยพไว้ 4 จุด ได้แก่ โรงเรียนบ้านนาคำใต้ วัดศรีสว่างอารมณ์ ศาลาประชาคมหมู่ 5 และที่ทำการ อบต.

นายบุญมา จันทร์หอม ผู้ใหญ่บ้านหมู่ 3 กล่าวว่า ชาวบ้านส่วนใหญ่ยินดีกับระบบใหม่ แต่ยังมีผู้สูงอายุจำนวนหนึ่งที่ไม่ได้ใช้โทรศัพท์มือถือ หมู่บ้านจึงจัดทำรายชื่อบ้านที่อาสาสมัครต้องไปเคาะประตูแจ้งเตือนด้วยตนเองทุกครั้งที่มีสัญญาณ

ขณะที่สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดศรีนครธาร ระบุว่า หากระบบดังกล่าวทำงานได้ดีตลอดฤดูฝนปีนี้ จะเสนอให้ขยายผลไปยังลำน้ำสาขาอื่นอีก 3 สาย ซึ่งมีความเสี่ยงต่อการเกิดน้ำป่าไหลหลากในลักษณะเดียวกัน
"""

body = body_from(TEXT)
MORE = ('<p class="read-more-inline"><strong>อ่านเพิ่มเติม:</strong> <a href="https://srinakhonthan-news.com/news/regional/flood-huai-sai-2567/">'
        'น้ำป่าไหลหลากคลองห้วยทราย บ้านเรือนเสียหายกว่า 140 หลัง</a></p>')
body.insert(4, ("raw", MORE))
body_html, gold = render(body, {"p": "<p>{}</p>", "h2": '<h2 class="wp-block-heading">{}</h2>'})

def el(widget, inner, eid=None):
    eid = eid or "%07x" % rnd.getrandbits(28)
    return ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" data-element_type="widget" '
            'data-widget_type="%s.default"><div class="elementor-widget-container">%s</div></div>' % (eid, widget, eid, widget, inner))

NAV = ["หน้าแรก", "ข่าวภูมิภาค", "การเมือง", "เศรษฐกิจ", "สังคม", "การศึกษา", "กีฬา", "บันเทิง", "ไลฟ์สไตล์"]
nav_html = "".join('<li class="menu-item menu-item-type-taxonomy menu-item-%d"><a href="/category/c%d/" class="elementor-item">%s</a></li>'
                   % (300 + i, i, t) for i, t in enumerate(NAV))

LATEST = [("ตลาดนัดชุมชนบ้านโนนงามเปิดโซนสินค้าเกษตรอินทรีย์", "12 ส.ค. 2568"),
          ("เทศบาลเมืองศรีนครธารเร่งซ่อมถนนสายหลักก่อนเปิดเทอม", "12 ส.ค. 2568"),
          ("โรงพยาบาลประจำจังหวัดเปิดคลินิกผู้สูงอายุนอกเวลา", "11 ส.ค. 2568"),
          ("ทีมวอลเลย์บอลหญิงโรงเรียนนาคำวิทยาคว้าแชมป์ระดับภาค", "11 ส.ค. 2568"),
          ("ชาวสวนลำไยห่วงราคาตก หลังผลผลิตปีนี้ออกพร้อมกัน", "10 ส.ค. 2568")]
latest_html = "".join('<article class="elementor-post"><h3 class="elementor-post__title"><a href="/news/%d/">%s</a></h3>'
                      '<div class="elementor-post__meta-data"><span class="elementor-post-date">%s</span></div></article>'
                      % (rnd.randint(20000, 29999), t, d) for t, d in LATEST)
POP = ["เปิดปฏิทินงานบุญประจำปี วัดดังทั่วศรีนครธาร",
       "ผู้ว่าฯ สั่งตรวจเข้มร้านค้าใกล้โรงเรียน",
       "รถไฟสายใหม่ผ่านศรีนครธาร คาดเปิดประมูลปลายปี",
       "เกษตรกรรวมตัวขายข้าวหอมมะลิออนไลน์ยอดทะลุเป้า"]
pop_html = "".join('<li><span class="rank">%d</span><a href="/news/%d/">%s</a></li>' % (i + 1, rnd.randint(20000, 29999), t) for i, t in enumerate(POP))
RELATED = ["ปภ.จังหวัดเตือน 5 อำเภอเฝ้าระวังน้ำป่าช่วงปลายสัปดาห์",
           "วิทยาลัยเทคนิคศรีนครธารคว้ารางวัลสิ่งประดิษฐ์ระดับประเทศ",
           "อบต.นาคำใต้แจกพันธุ์ข้าวช่วยชาวนาหลังน้ำลด"]
rel_html = "".join('<article class="elementor-post elementor-grid-item"><a class="elementor-post__thumbnail__link" href="/news/%d/">'
                   '<img src="/wp-content/uploads/2025/08/rel-%d.jpg" alt=""></a><h3 class="elementor-post__title"><a href="/news/%d/">%s</a></h3></article>'
                   % (n, n, n, t) for n, t in ((rnd.randint(20000, 29999), t) for t in RELATED))

SHARE = ('<div class="elementor-share-buttons--view-icon-text elementor-grid">'
         '<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button"><span class="elementor-share-btn__title">แชร์ Facebook</span></div></div>'
         '<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_line" role="button"><span class="elementor-share-btn__title">LINE</span></div></div>'
         '<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_twitter" role="button"><span class="elementor-share-btn__title">X</span></div></div>'
         '<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_copy" role="button"><span class="elementor-share-btn__title">คัดลอกลิงก์</span></div></div></div>')

css = css_blob(["elementor-element", "elementor-post", "elementor-share-btn", "elementor-nav-menu", "site-header", "sidebar", "elementor-section"], 240, 6151)
js = js_blob(6152, 50, "elementorFrontend")

header = ('<header data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">'
          '<section class="elementor-section elementor-top-section"><div class="elementor-container elementor-column-gap-default">'
          '<div class="elementor-column elementor-col-25">%s</div><div class="elementor-column elementor-col-50">%s</div>'
          '<div class="elementor-column elementor-col-25">%s%s</div></div></section></header>') % (
    el("theme-site-logo", '<a href="/"><img src="/wp-content/uploads/2024/01/logo-snt.png" alt="ศรีนครธารนิวส์"></a>'),
    el("nav-menu", '<nav class="elementor-nav-menu--main"><ul id="menu-1-main" class="elementor-nav-menu">%s</ul></nav>' % nav_html),
    el("search-form", '<form class="elementor-search-form" role="search" action="/" method="get"><input placeholder="ค้นหาข่าว..." class="elementor-search-form__input" type="search" name="s"></form>'),
    el("social-icons", '<a class="elementor-social-icon-line" href="https://line.me/R/ti/p/@sntnews">LINE</a> <a class="elementor-social-icon-facebook" href="https://facebook.com/sntnews">Facebook</a>'))

main = ('<div data-elementor-type="single-post" data-elementor-id="120" class="elementor elementor-120 elementor-location-single post-24718 post type-post status-publish">'
        '<section class="elementor-section"><div class="elementor-container">'
        '<div class="elementor-column elementor-col-66 elementor-main-col"><div class="elementor-widget-wrap elementor-element-populated">%s</div></div>'
        '<div class="elementor-column elementor-col-33 elementor-sidebar-col"><div class="elementor-widget-wrap">%s</div></div>'
        '</div></section></div>') % (
    el("breadcrumbs", '<p id="breadcrumbs"><span><a href="/">หน้าแรก</a> » <a href="/category/c1/">ข่าวภูมิภาค</a> » <span class="breadcrumb_last">%s</span></span></p>' % TITLE)
    + el("post-info", '<span class="elementor-post-info__terms-list"><a class="cat-badge" href="/category/c1/">ข่าวภูมิภาค</a></span>')
    + el("theme-post-title", '<h1 class="elementor-heading-title elementor-size-default">%s</h1>' % TITLE)
    + el("theme-post-excerpt", EXCERPT)
    + el("post-info", '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li>โดย กองบรรณาธิการ ศรีนครธารนิวส์</li>'
                      '<li><time>12 สิงหาคม 2568 เวลา 14:05 น.</time></li><li>อ่าน 2,318 ครั้ง</li></ul>')
    + el("theme-post-featured-image", '<figure class="wp-caption"><img src="/wp-content/uploads/2025/08/sensor-huai-sai.jpg" alt="">'
                                      '<figcaption class="widget-image-caption wp-caption-text">นักศึกษาวิทยาลัยเทคนิคศรีนครธารติดตั้งเซนเซอร์วัดระดับน้ำบนสะพานข้ามคลองห้วยทราย</figcaption></figure>')
    + el("share-buttons", SHARE)
    + el("theme-post-content", body_html)
    + el("post-info", '<div class="tags-list"><span>แท็ก:</span> <a href="/tag/flood/">น้ำท่วม</a> <a href="/tag/warning/">ระบบเตือนภัย</a> <a href="/tag/vocational/">อาชีวศึกษา</a></div>')
    + el("share-buttons", SHARE)
    + el("heading", '<h2 class="elementor-heading-title">ข่าวที่เกี่ยวข้อง</h2>')
    + el("posts", '<div class="elementor-posts-container elementor-posts elementor-grid">%s</div>' % rel_html),
    el("heading", '<h2 class="elementor-heading-title">ข่าวล่าสุด</h2>')
    + el("posts", '<div class="elementor-posts-container">%s</div>' % latest_html)
    + el("image", '<span class="ad-label">โฆษณา</span><a href="https://ad.example-ads.co.th/click?id=4471"><img src="/wp-content/uploads/ads/300x600.jpg" alt=""></a>')
    + el("heading", '<h2 class="elementor-heading-title">ยอดนิยม</h2>')
    + el("text-editor", '<ol class="popular-list">%s</ol>' % pop_html))

footer = ('<footer data-elementor-type="footer" data-elementor-id="95" class="elementor elementor-95 elementor-location-footer">'
          '<section class="elementor-section"><div class="elementor-container">%s%s%s</div></section>%s</footer>') % (
    el("text-editor", '<p>ศรีนครธารนิวส์ สำนักข่าวท้องถิ่นที่นำเสนอข่าวสารในจังหวัดศรีนครธารและพื้นที่ใกล้เคียง อย่างรวดเร็ว ถูกต้อง และเป็นกลาง</p>'),
    el("text-editor", '<p>ติดต่อกองบรรณาธิการ: 99/12 ถนนนครธาร ตำบลในเมือง อำเภอเมืองศรีนครธาร<br>โทร. 0 4200 1234 อีเมล newsroom@srinakhonthan-news.com</p>'),
    el("nav-menu", '<ul class="elementor-nav-menu"><li><a href="/about/">เกี่ยวกับเรา</a></li><li><a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a></li><li><a href="/advertise/">ติดต่อโฆษณา</a></li></ul>'),
    el("text-editor", '<p class="copyright">© 2568 ศรีนครธารนิวส์ สงวนลิขสิทธิ์</p>'))

html_doc = """<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s - ศรีนครธารนิวส์</title>
<meta name="description" content="%(excerpt)s">
<meta name="generator" content="WordPress 6.5.5">
<meta name="generator" content="Elementor 3.22.3; features: e_optimized_assets_loading; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.22.3" media="all">
<style id="elementor-post-120">%(css)s</style>
%(ld)s
</head>
<body class="post-template-default single single-post postid-24718 single-format-standard elementor-default elementor-kit-5">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
%(header)s
<main id="content" class="site-main">
%(main)s
</main>
%(footer)s
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"i18n":{"shareOnFacebook":"\\u0e41\\u0e0a\\u0e23\\u0e4c"},"post":{"id":24718}};</script>
<script>%(js)s</script>
</body>
</html>
""" % dict(title=esc(TITLE), excerpt=esc(EXCERPT), css=css, js=js, header=header, main=main, footer=footer,
           ld=ld_article(TITLE, "กองบรรณาธิการ ศรีนครธารนิวส์", "2025-08-12T14:05:00+07:00", "ศรีนครธารนิวส์", section="ข่าวภูมิภาค", lang="th"))

save("q15", html_doc, gold)
