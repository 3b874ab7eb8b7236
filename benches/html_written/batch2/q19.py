# q19: Arabic news portal, dir="rtl": "اقرأ أيضاً" inline links, "إعلان" slots, most-read + latest rails,
# embedded tweet-like social post (not gold), tags, comments box.
import random
from common import *
rnd = random.Random(1919)
SITE = "الرائد نيوز"
HEAD = "تشغيل أول محطة لتحلية المياه بالطاقة الشمسية في ساحل الريم"
SUB = "المحطة تنتج 15 ألف متر مكعب يومياً.. وصيادون يطالبون بضمانات لحماية البحر"

also = lambda t: ('raw', f'<div class="read-also"><span class="read-also__label">اقرأ أيضاً:</span> <a href="/news/{rnd.randint(10**5,10**6)}">{esc(t)}</a></div>')
ad = lambda: ('raw', f'<div class="ads-box ads-inner"><span class="ads-label">إعلان</span><div id="div-gpt-ad-{rnd.randint(10**6,10**7)}"></div></div>')
body = [
    ('p', "أعلنت هيئة المياه في محافظة ساحل الريم، اليوم الأحد، بدء التشغيل التجريبي لأول محطة لتحلية مياه البحر تعمل بالكامل بالطاقة الشمسية، بطاقة إنتاجية تبلغ 15 ألف متر مكعب يومياً، تكفي لتلبية احتياجات نحو 60 ألف نسمة."),
    ('p', "وقال رئيس الهيئة، المهندس سالم بن راشد العامري، في مؤتمر صحفي عُقد في موقع المحطة، إن المشروع يمثل «خطوة أولى» ضمن خطة أوسع لخفض الاعتماد على الوقود الأحفوري في إنتاج المياه، مشيراً إلى أن تكلفة إنتاج المتر المكعب ستنخفض بنحو 30 في المئة مقارنة بالمحطات التقليدية."),
    also("ارتفاع استهلاك المياه في المحافظة بنسبة 12% خلال الصيف الماضي"),
    ('p', "وأضاف العامري أن المحطة تعتمد على حقل من الألواح الشمسية يمتد على مساحة 40 هكتاراً، إلى جانب منظومة بطاريات لتخزين الطاقة تسمح بتشغيلها لساعات بعد غروب الشمس."),
    ad(),
    ('h2', "مخاوف بيئية"),
    ('p', "ورغم الترحيب الواسع بالمشروع، أبدى عدد من الصيادين في المنطقة قلقهم من تأثير المياه شديدة الملوحة التي تعيدها المحطة إلى البحر على الثروة السمكية والشعاب المرجانية القريبة من الساحل."),
    ('p', "وقال الصياد حمد الكعبي، الذي يعمل في المهنة منذ أكثر من ثلاثين عاماً: «نحن لسنا ضد المشروع، فالمياه حاجة أساسية للجميع، لكننا نريد ضمانات بأن البحر لن يدفع الثمن»."),
    ('raw', '<blockquote class="social-embed" data-platform="x"><p lang="ar" dir="rtl">بدء التشغيل التجريبي لمحطة التحلية بالطاقة الشمسية في ساحل الريم، خطوة نحو مياه مستدامة لأبناء المحافظة 💧☀️</p>— هيئة المياه بساحل الريم (@RimWater) <a href="https://x.example/RimWater/status/1789">12 مايو 2024</a></blockquote>'),
    ('p', "من جهتها، أكدت الهيئة أن المحطة مزودة بنظام لتخفيف تركيز المياه المالحة قبل تصريفها، وأن دراسة الأثر البيئي أُجريت بالتعاون مع جامعة الساحل، وستُنشر نتائج المراقبة الدورية للمياه بشكل علني كل ثلاثة أشهر."),
    ('h2', "مراحل المشروع"),
    ('p', "وبحسب الهيئة، يتضمن المشروع ثلاث مراحل:"),
    ('ul', ["المرحلة الأولى: تشغيل المحطة الحالية بطاقة 15 ألف متر مكعب يومياً خلال العام الجاري.",
            "المرحلة الثانية: رفع الطاقة الإنتاجية إلى 40 ألف متر مكعب يومياً بحلول عام 2026.",
            "المرحلة الثالثة: ربط المحطة بشبكة المياه في القرى الجبلية المجاورة."]),
    also("جامعة الساحل تطلق برنامجاً لرصد الشعاب المرجانية"),
    ('p', "ومن المتوقع أن يبدأ ضخ المياه من المحطة إلى شبكة التوزيع الرئيسية مطلع الشهر المقبل، بعد استكمال اختبارات الجودة."),
]
tpl = {'p': '<p>{}</p>', 'h2': '<h2 class="article-subtitle">{}</h2>', 'ul': '<ul class="article-list">{items}</ul>'}
body_html, gold = render(body, tpl)

most = ["ارتفاع أسعار الذهب في الأسواق المحلية مع بداية الأسبوع", "الأرصاد: أجواء حارة ورياح نشطة على المناطق الساحلية", "افتتاح معرض الكتاب بمشاركة 300 دار نشر",
        "المنتخب يستعد لمواجهة حاسمة في التصفيات", "وزارة التعليم تعلن مواعيد الاختبارات النهائية", "إطلاق خدمة إلكترونية جديدة لتجديد رخص القيادة",
        "بلدية الساحل تبدأ أعمال صيانة الكورنيش", "مهرجان التمور يستقطب آلاف الزوار", "تحذير من عروض وهمية عبر مواقع التواصل", "توسعة مستشفى المدينة المركزي بسعة 200 سرير"]
most_html = "".join(f'<li><span class="num">{i+1}</span><a href="/news/{700000+i}">{esc(t)}</a></li>' for i, t in enumerate(most))
latest = ["مجلس المحافظة يناقش خطة النقل العام", "افتتاح حديقة عامة جديدة في حي الشاطئ", "ضبط مخالفات في أسواق الأسماك", "إطلاق حملة للتبرع بالدم",
          "الهلال الأحمر يوزع سلالاً غذائية على الأسر المحتاجة", "بدء التسجيل في الدورات الصيفية للطلاب", "انخفاض معدلات الحوادث المرورية بنسبة 8%",
          "ندوة حول الأمن المائي في جامعة الساحل", "تكريم المتفوقين في مسابقة القرآن الكريم", "شركة الكهرباء تعلن جدول الصيانة الدورية", "مزارعو النخيل يستعدون لموسم الحصاد", "مسابقة للتصوير الفوتوغرافي عن البيئة البحرية"]
latest_html = "".join(f'<div class="news-card"><a href="/news/{710000+i}"><img src="/uploads/thumbs/{i}.jpg" alt=""><h3>{esc(t)}</h3></a><span class="time">منذ {rnd.randint(1,9)} ساعات</span></div>' for i, t in enumerate(latest))
related_html = "".join(f'<div class="news-card"><a href="/news/{730000+i}"><h4>{esc(t)}</h4></a></div>' for i, t in enumerate(["ندوة حول الأمن المائي في جامعة الساحل", "هيئة المياه تطلق تطبيقاً لمتابعة الاستهلاك", "مشروع لزراعة أشجار القرم على الساحل"]))
nav = ["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة وفنون", "صحة", "تكنولوجيا", "منوعات", "مقالات", "فيديو"]
css = css_blob(["news-details", "news-card", "ads-box", "read-also", "main-nav", "sidebar", "footer", "share-box", "tags"], 500, 1919)
js = js_blob(19191, 110, "raed")
doc = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} | {esc(SITE)}</title>
<meta name="description" content="{esc(SUB)}">
<meta property="og:locale" content="ar_AR"><meta property="og:type" content="article"><meta property="og:title" content="{esc(HEAD)}"><meta property="og:description" content="{esc(SUB)}">
<meta property="og:site_name" content="{esc(SITE)}"><meta property="article:published_time" content="2024-05-12T15:45:00+04:00"><meta property="article:section" content="محليات">
<script type="application/ld+json">{json_state({"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEAD, "description": SUB, "inLanguage": "ar", "datePublished": "2024-05-12T15:45:00+04:00", "author": {"@type": "Person", "name": "نورة الحمادي"}, "publisher": {"@type": "Organization", "name": SITE}})}</script>
<style>{css}</style>
<script>{js}</script>
</head>
<body class="rtl article-page">
<div class="top-bar"><span class="date">الأحد 12 مايو 2024</span><span class="weather">ساحل الريم 36°</span><a href="/en">English</a><a href="/login">تسجيل الدخول</a></div>
<header class="site-header"><a class="logo" href="/">{esc(SITE)}</a><div class="ads-box ads-header"><span class="ads-label">إعلان</span></div>
<nav class="main-nav"><ul>{"".join(f'<li><a href="/section/{i}">{esc(n)}</a></li>' for i, n in enumerate(nav))}</ul></nav>
<form class="search-form" action="/search"><input type="search" name="q" placeholder="ابحث في الموقع"><button>بحث</button></form>
<div class="breaking"><strong>عاجل:</strong> <a href="/news/720001">مجلس الوزراء يقر الموازنة العامة للعام المقبل</a></div></header>
<div class="container">
<main class="news-details">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/section/1">محليات</a></li><li>ساحل الريم</li></ol>
<h1 class="news-title">{esc(HEAD)}</h1>
<h2 class="news-subtitle">{esc(SUB)}</h2>
<div class="news-meta"><span class="author">كتبت: <a href="/author/55">نورة الحمادي</a></span> <span class="date">الأحد 12 مايو 2024 - 03:45 م</span> <span class="views">مشاهدات: 4,812</span></div>
<div class="share-box"><span>شارك:</span><a href="#">فيسبوك</a><a href="#">إكس</a><a href="#">واتساب</a><a href="#">تيليجرام</a><button>نسخ الرابط</button><span class="font-size">حجم الخط <button>+</button><button>-</button></span></div>
<figure class="main-image"><img src="/uploads/2024/05/solar-desal.jpg" alt="محطة التحلية" width="1200" height="675"><figcaption>جانب من حقل الألواح الشمسية المغذي لمحطة التحلية (الرائد نيوز)</figcaption></figure>
<div class="article-text" id="articleBody">
{body_html}
</div>
<div class="tags"><span>الكلمات المفتاحية:</span> <a href="/tag/1">تحلية المياه</a> <a href="/tag/2">الطاقة الشمسية</a> <a href="/tag/3">ساحل الريم</a> <a href="/tag/4">البيئة</a></div>
<div class="follow-us"><p>تابعوا آخر الأخبار عبر قناتنا على واتساب وتيليجرام</p></div>
<section class="related"><h3>أخبار ذات صلة</h3>{related_html}</section>
<section class="comments"><h3>التعليقات</h3><form><textarea placeholder="أضف تعليقك"></textarea><input type="text" placeholder="الاسم"><button>إرسال</button></form><p class="note">التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر عن رأي الموقع.</p></section>
</main>
<aside class="sidebar"><div class="ads-box"><span class="ads-label">إعلان</span></div><section class="most-read"><h3>الأكثر قراءة</h3><ol>{most_html}</ol></section><div class="ads-box"><span class="ads-label">إعلان</span></div><section class="latest-news"><h3>آخر الأخبار</h3>{latest_html}</section></aside>
</div>
<footer class="site-footer"><ul><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/terms">شروط الاستخدام</a></li><li><a href="/advertise">أعلن معنا</a></li></ul><p>جميع الحقوق محفوظة © {esc(SITE)} 2024</p></footer>
</body>
</html>
'''
save("q19", doc, gold)
