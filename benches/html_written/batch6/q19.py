"""q19 -- Arabic (right-to-left, dir="rtl"). Regional news site on Drupal 9/10
(Olivero-derived theme: region--*, block-views-block-*, node--type-article,
field--name-body, field--name-field-*). News article on a fishing port's
mooring fees, about 420 words, with two subheadings.

Furniture: cookie bar, header with date and prayer-times link, main menu,
breaking-news ticker ("عاجل"), breadcrumb, headline, subtitle field
(field--name-field-subtitle), author and date fields, main image with
caption, font-size buttons, tags ("الوسوم"), "اقرأ أيضاً" related view,
newsletter block, footer.

Failure kind: in the HTML source, BEFORE the article, the sidebar region (a <div>,
not an <aside>; rendered on the left by CSS grid order) holds a "الأكثر قراءة" most-read
view (eight numbered titles with view counts) and a share block with text
links ("شارك الخبر": فيسبوك، إكس، واتساب، تيليجرام، نسخ الرابط), and a
"شارك" share bar also sits between the headline and the body.

Gold choices a reviewer might make differently: the two h2 subheadings are
gold; the subtitle field (a one-sentence summary under the headline), the
image caption, the "المصدر" source line under the body and the "اقرأ أيضاً"
titles are not.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(1919)

TITLE = "بلدية رأس العوينة تؤجل رسوم المراسي الجديدة بعد أسبوع من احتجاج الصيادين"
SUBTITLE = "لجنة مشتركة تراجع جدول الرسوم خلال ثلاثة أشهر، والصيادون يستأنفون العمل صباح الاثنين"

TEXT = """
قررت بلدية رأس العوينة، مساء الأحد، تأجيل العمل بالرسوم الجديدة على مراسي قوارب الصيد في الميناء القديم لمدة ستة أشهر، بعد أسبوع من الاحتجاجات التي نظمها الصيادون أمام مبنى البلدية، وامتنعوا خلالها عن الخروج إلى البحر.

وكانت البلدية قد أعلنت في مطلع الشهر الجاري رفع رسم الرسو الشهري للقارب الواحد من 40 إلى 150 ديناراً، إضافة إلى رسم سنوي جديد لصيانة الأرصفة، في إطار خطة لتأهيل الميناء الذي يعود جزء كبير من منشآته إلى سبعينيات القرن الماضي.

وقال رئيس جمعية صيادي رأس العوينة، سالم الدرعي، إن القرار «خطوة أولى في الاتجاه الصحيح»، لكنه أضاف أن الصيادين «لن يقبلوا بأن يتحملوا وحدهم كلفة إصلاح ميناء أهملته الجهات المسؤولة طوال عقود».

وأوضح الدرعي أن نحو 320 قارباً صغيراً تعمل من الميناء، يعيل كل منها في المتوسط ثلاث أسر، وأن دخل الصياد تراجع خلال العامين الأخيرين بسبب ارتفاع أسعار الوقود وتراجع كميات السردين قرب الساحل.

## لجنة مشتركة لمراجعة الرسوم

وبحسب بيان صادر عن البلدية، ستُشكَّل لجنة مشتركة تضم ممثلين عن البلدية وإدارة الميناء وجمعية الصيادين وغرفة التجارة المحلية، تتولى خلال ثلاثة أشهر مراجعة جدول الرسوم واقتراح صيغة «عادلة ومتدرجة» تراعي حجم القوارب وطبيعة نشاطها.

وقال مدير الميناء، المهندس فؤاد القلعاوي، إن أعمال التأهيل «لا يمكن أن تنتظر طويلاً»، مشيراً إلى أن الرصيف الشمالي أُغلق جزئياً في الشتاء الماضي بعد انهيار جزء من حاجز الأمواج، وأن كلفة الإصلاحات العاجلة تُقدَّر بنحو 2.8 مليون دينار.

وأضاف القلعاوي: «نحن لا نريد أن نثقل كاهل الصيادين، لكن الميناء يحتاج إلى موارد ثابتة. سنبحث في اللجنة عن بدائل، من بينها رسوم أعلى على اليخوت وقوارب النزهة التي تزايد عددها في السنوات الأخيرة».

## مخاوف من هجرة المهنة

ويرى متابعون أن الأزمة تتجاوز مسألة الرسوم. وتقول الدكتورة نوال الشريف، أستاذة الاقتصاد البحري في جامعة الساحل الشرقي، إن متوسط أعمار الصيادين في رأس العوينة تجاوز الخمسين عاماً، وإن عدداً قليلاً من الشباب يُقبل اليوم على المهنة.

وتضيف الشريف أن «أي زيادة مفاجئة في التكاليف قد تدفع أصحاب القوارب الأصغر إلى بيعها أو تركها راسية، وهو ما يعني خسارة مصدر رزق لمئات الأسر وتراجع إمدادات السمك الطازج في أسواق المنطقة».

وفي سوق السمك المجاور للميناء، قال عدد من التجار إن الأسعار ارتفعت خلال أيام الإضراب بنحو الثلث بسبب قلة المعروض، قبل أن تعود إلى مستوياتها المعتادة مع استئناف الصيد صباح الاثنين.

وقال التاجر مبروك الزين، الذي يبيع السمك في السوق منذ أكثر من ثلاثين عاماً، إن الزبائن «لا يفهمون دائماً لماذا يتغير السعر من يوم إلى آخر»، مضيفاً أن استقرار أوضاع الصيادين «ينعكس مباشرة على مائدة كل بيت في المدينة».

ومن المنتظر أن تعقد اللجنة المشتركة اجتماعها الأول نهاية الأسبوع المقبل، على أن ترفع توصياتها إلى المجلس البلدي قبل نهاية الربع الأول من العام المقبل.
"""

spec = body_from(TEXT)
body_html, gold = render(spec, {"p": "<p>{}</p>", "h2": "<h2>{}</h2>"})

most_read = [("مهرجان التمور السنوي يفتتح أبوابه بمشاركة 140 عارضاً", "12.4 ألف"),
             ("إغلاق جزئي للطريق الساحلي لمدة أسبوعين بسبب أعمال الصيانة", "9.8 ألف"),
             ("نتائج امتحانات الشهادة الثانوية: نسبة النجاح في المحافظة 71%", "8.1 ألف"),
             ("فريق النجم الساحلي يتأهل إلى نصف نهائي الكأس بعد ركلات الترجيح", "7.7 ألف"),
             ("ارتفاع أسعار الخضار في الأسواق مع موجة الحر", "6.9 ألف"),
             ("افتتاح مركز صحي جديد في حي الزيتون بعد تأخر دام ثلاث سنوات", "5.2 ألف"),
             ("الأرصاد تتوقع أمطاراً رعدية على المرتفعات الشرقية", "4.6 ألف"),
             ("انطلاق التسجيل في برنامج القروض الصغيرة للشباب", "3.9 ألف")]
most_html = "".join(
    '<div class="views-row"><span class="most-read__rank">%d</span><div class="views-field views-field-title"><span class="field-content"><a href="/node/%d" hreflang="ar">%s</a></span></div>'
    '<div class="views-field views-field-totalcount"><span class="field-content">%s مشاهدة</span></div></div>' % (i + 1, 88210 + rnd.randint(1, 900), esc(t), v)
    for i, (t, v) in enumerate(most_read))

share_links = [("facebook", "فيسبوك"), ("x", "إكس"), ("whatsapp", "واتساب"), ("telegram", "تيليجرام")]
share_html = "".join('<li class="share-links__item share-links__item--%s"><a href="https://share.example/%s?url=https%%3A%%2F%%2Fsahil-news.example%%2Fnode%%2F88417" target="_blank" rel="noopener">%s</a></li>' % (k, k, v)
                     for k, v in share_links) + '<li class="share-links__item share-links__item--copy"><button type="button" data-copy="https://sahil-news.example/node/88417">نسخ الرابط</button></li>'

ticker = ["عاجل: انقطاع الكهرباء عن أجزاء من المنطقة الصناعية لأعمال صيانة", "وزارة النقل تعلن مواعيد جديدة لرحلات القطار الساحلي",
          "بدء صرف منح الطلبة الجامعيين للفصل الأول"]
related = ["الصيادون يعتصمون أمام البلدية لليوم الثالث على التوالي", "ميناء رأس العوينة: خطة تأهيل بكلفة 9 ملايين دينار",
           "تراجع صيد السردين يقلق أصحاب مصانع التعليب"]
menu = ["الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "منوعات", "رأي", "فيديو"]

css = css_blob(["region", "block", "views-row", "node", "field", "share-links", "most-read", "site-header", "ticker"], 360, 19191)
js = js_blob(19192, 70, "Drupal")

drupal_settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/88417", "currentLanguage": "ar", "isFront": False},
                   "pluralDelimiter": "\u0003", "ajaxPageState": {"libraries": "olivero/global-styling,statistics/drupal.statistics,views/views.module", "theme": "sahil"},
                   "statistics": {"data": {"nid": "88417"}, "url": "/core/modules/statistics/statistics.php"}}

page = """<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="canonical" href="https://sahil-news.example/node/88417">
<title>{title} | الساحل نيوز</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q2xk8TnV3.css?delta=0&amp;language=ar&amp;theme=sahil">
<style>{css}</style>
{ld}
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">تجاوز إلى المحتوى الرئيسي</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" role="banner">
<div class="region region--header-top"><div class="site-header__date">الأحد 14 ربيع الآخر 1447 هـ - 5 أكتوبر 2025</div><a href="/prayer-times">مواقيت الصلاة</a> <a href="/weather">الطقس</a></div>
<div class="region region--header"><div id="block-sahil-site-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/sahil/logo.svg" alt="الرئيسية" width="180" height="48"></a></div></div>
<div class="region region--primary-menu"><nav role="navigation" aria-labelledby="block-sahil-main-menu-menu" id="block-sahil-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-sahil-main-menu-menu">القائمة الرئيسية</h2>
<ul class="menu menu--level-1">{menu}</ul></nav></div>
</header>
<div class="region region--breaking block-views-block-breaking-news-block-1"><span class="ticker__label">عاجل</span><ul class="ticker">{ticker}</ul></div>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main">
<div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">مسار التصفح</h2><ol><li><a href="/">الرئيسية</a></li><li><a href="/taxonomy/term/4">محليات</a></li></ol></nav></div>
<div class="main-content__container layout-grid">
<div class="region region--sidebar layout-sidebar-second" role="complementary" style="order:2">
<div class="views-element-container block block-views block-views-block-most-read-block-1" id="block-views-block-most-read-block-1">
<h2 class="block__title">الأكثر قراءة</h2>
<div class="view view-most-read view-id-most_read view-display-id-block_1"><div class="view-content">{most}</div></div>
</div>
<div id="block-sahil-sharelinks" class="block block-sahil-share share-links"><h2 class="block__title">شارك الخبر</h2><ul class="share-links__list">{share}</ul></div>
<div id="block-sahil-ad-sidebar" class="block block-block-content"><div class="ad-slot ad-slot--300x250"><span class="ad-slot__label">إعلان</span><div id="gpt-sidebar-1"></div></div></div>
</div>
<main role="main" class="layout-content" style="order:1">
<a id="main-content" tabindex="-1"></a>
<div class="region region--content">
<div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-sahil-content" class="block block-system block-system-main-block">
<article data-history-node-id="88417" class="node node--type-article node--promoted node--view-mode-full">
<header class="node__header">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
<div class="field field--name-field-subtitle field--type-string field--label-hidden field__item">{subtitle}</div>
<div class="node__meta"><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>بقلم: </span><a href="/user/214">هدى بن عمران</a></span> <span class="field field--name-created field--type-created field--label-hidden"><time datetime="2025-10-05T21:40:00+01:00">05/10/2025 - 21:40</time></span> <span class="node__views">آخر تحديث: 06/10/2025 - 09:12</span></div>
<div class="node__tools"><button class="font-size font-size--up" aria-label="تكبير الخط">أ+</button><button class="font-size font-size--down" aria-label="تصغير الخط">أ-</button>
<ul class="share-links__inline"><li><span>شارك</span></li>{share}</ul></div>
</header>
<div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure><img loading="lazy" src="/sites/default/files/styles/wide/public/2025-10/port-ras-al-ouwaina.jpg?itok=Pz3uF1qk" width="1200" height="675" alt="قوارب صيد راسية في ميناء رأس العوينة">
<figcaption>قوارب صيد راسية في الميناء القديم برأس العوينة خلال أيام الإضراب (الساحل نيوز)</figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
<div class="field field--name-field-source field--type-string field--label-inline clearfix"><div class="field__label">المصدر</div><div class="field__item">الساحل نيوز - رأس العوينة</div></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">الوسوم</div><div class="field__items">{tags}</div></div>
</div>
</article>
</div>
<div class="views-element-container block block-views block-views-block-related-block-1"><h2 class="block__title">اقرأ أيضاً</h2><div class="view-content">{related}</div></div>
</div>
</main>
</div>
</div>
</div>
<footer class="site-footer"><div class="region region--footer-top"><div id="block-sahil-newsletter" class="block"><h2>النشرة البريدية</h2><p>اشترك ليصلك ملخص أخبار الساحل كل صباح.</p><form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form></div></div>
<div class="region region--footer-bottom"><nav><ul class="menu"><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/advertise">أعلن معنا</a></li></ul></nav>
<p>جميع الحقوق محفوظة © 2025 الساحل نيوز</p></div></footer>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" role="alertdialog"><div class="eu-cookie-compliance-message"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.</p></div><div class="eu-cookie-compliance-buttons"><button type="button" class="agree-button">موافق</button><button type="button" class="decline-button">المزيد من المعلومات</button></div></div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script>{js}</script>
</body>
</html>
""".format(
    title=esc(TITLE), subtitle=esc(SUBTITLE), css=css, js=js, body=body_html, most=most_html, share=share_html,
    ld=ld_article(TITLE, "هدى بن عمران", "2025-10-05T21:40:00+01:00", "الساحل نيوز", section="محليات", lang="ar"),
    menu="".join('<li class="menu__item menu__item--level-1"><a href="/taxonomy/term/%d" class="menu__link">%s</a></li>' % (i + 1, m) for i, m in enumerate(menu)),
    ticker="".join('<li><a href="/node/%d">%s</a></li>' % (88300 + i * 7, esc(t)) for i, t in enumerate(ticker)),
    tags="".join('<div class="field__item"><a href="/taxonomy/term/%d" hreflang="ar">%s</a></div>' % (200 + i, t) for i, t in enumerate(["رأس العوينة", "الصيد البحري", "الموانئ", "البلديات"])),
    related="".join('<div class="views-row"><a href="/node/%d">%s</a></div>' % (88100 + i * 13, esc(t)) for i, t in enumerate(related)),
    settings=json_state(drupal_settings))

save("q19", page, gold)
