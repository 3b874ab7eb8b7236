"""q16 - Ukrainian, city news site on WordPress (JNews-like news theme).

Library reopening story (~380 words): one subhead, a four-item list,
"Читайте також" link inside the text. Furniture: breaking ticker, mega-menu,
category/date/views meta, share buttons (Facebook/Telegram/Viber), photo
caption, Telegram sign-off line, tags, author box, "Популярне" and
"Останні новини" with times, WordPress comments with "Відповісти", comment
form, footer.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5116)
SITE = "Ліщинськ.Інфо"
HEAD = "Бібліотека замість кінотеатру: у Ліщинську відкрили оновлену книгозбірню в будівлі «Зорі»"

TEXT = """
У Ліщинську після дворічної реконструкції відкрилася центральна міська бібліотека, яка переїхала до будівлі колишнього кінотеатру «Зоря» на вулиці Садовій. Перших відвідувачів тут прийняли в суботу, 15 листопада.

Кінотеатр не працював з 2014 року, і будівля поступово руйнувалася. У 2023 році міська рада вирішила передати її бібліотеці, яка доти тіснилася на першому поверсі житлового будинку на площі Ринок.

«Ми роками мріяли про приміщення, де можна не лише видавати книжки, а й збирати людей, — розповідає директорка бібліотеки Оксана Гребенюк. — Тепер у нас є велика зала на 120 місць, де колись показували фільми. Тут будуть лекції, зустрічі з авторами, кіновечори».

@@READALSO

## Що є в новій бібліотеці

Загальна площа приміщення — понад 900 квадратних метрів. Крім читальної зали та абонементу, тут облаштували:

- дитячий простір із настільними іграми та куточком для найменших;
- комп’ютерний клас на 12 місць, де проводитимуть безкоштовні курси цифрової грамотності для людей старшого віку;
- коворкінг із безперебійним живленням та інтернетом;
- укриття у підвальному приміщенні, розраховане на 150 осіб.

Реконструкція коштувала 38,6 млн гривень. Більшу частину суми покрили з міського бюджету, ще 9 млн гривень надав міжнародний донор у межах програми відновлення громад.

Книжковий фонд бібліотеки налічує близько 64 тисяч примірників. Частину нових видань передали самі мешканці: торік бібліотека оголосила збір книжок і отримала понад дві тисячі томів.

Серед перших читачок була 72-річна Галина Мельничук, яка прийшла з онукою. «Я сюди ще дівчиною на кіно бігала, на перші ряди, — усміхається вона. — А тепер онука записалася на курси робототехніки в тому самому залі. Добре, що будинок не віддали під торговий центр».

Міський голова Ліщинська Андрій Костюк на відкритті зазначив, що наступним кроком має стати ремонт філії бібліотеки в мікрорайоні Залізничному. За його словами, проєктна документація вже готова.

Бібліотека працюватиме щодня, крім понеділка, з 10:00 до 19:00. Запис безкоштовний, для оформлення читацького квитка потрібен документ, що посвідчує особу.
"""

READALSO = ('<div class="jeg_post_related_inline"><strong>Читайте також:</strong> <a href="/2025/10/28/kinoteatr-zorya-istoriya/">Як «Зоря» стала головним кінотеатром міста: історія будівлі в архівних фото</a></div>')

spec = [("raw", READALSO) if p == "@@READALSO" else (k, p) for k, p in body_from(TEXT)]
body_html, gold = render(spec, {"p": "<p>{}</p>", "h2": "<h2>{}</h2>"})

MENU = {"Новини": ["Місто", "Область", "Україна", "Кримінал", "ДТП"], "Суспільство": ["Освіта", "Медицина", "Культура", "Спорт"],
        "Економіка": [], "Інтерв’ю": [], "Афіша": [], "Реклама": []}
menu_html = "".join('<li class="menu-item%s"><a href="/category/%d/">%s</a>%s</li>' % (
    " menu-item-has-children" if subs else "", i, k, ('<ul class="sub-menu">%s</ul>' % "".join('<li class="menu-item"><a href="/category/%d/%d/">%s</a></li>' % (i, j, s) for j, s in enumerate(subs))) if subs else "")
    for i, (k, subs) in enumerate(MENU.items()))
ticker = ["На вулиці Шевченка до 20 листопада перекрито рух через ремонт", "Графік відключень світла на вівторок", "У Ліщинську відкрили новий пункт видачі гуманітарної допомоги"]
popular = ["Що зміниться в Ліщинську з 1 грудня: тарифи, маршрути, виплати", "Міська рада затвердила бюджет на 2026 рік: на що підуть гроші",
           "У парку імені Франка висадили 200 молодих лип", "Ліщинська «Колос» вийшла до півфіналу кубка області", "Де в місті зробити щеплення від грипу"]
latest = [("18:42", "Вечірня зміна: в автобусах маршруту №7 з’явилися валідатори"), ("17:15", "Гімназія №3 отримала новий шкільний автобус"),
          ("16:03", "Рятувальники нагадали правила користування обігрівачами"), ("14:50", "Ярмарок місцевих виробників пройде на площі Ринок у неділю")]
comments = [("Тетяна К.", "16.11.2025 о 09:12", "Нарешті! Ходила вчора з дітьми, дуже світло і затишно. Дякую всім, хто це зробив."),
            ("Віктор", "16.11.2025 о 11:47", "А про філію на Залізничному чуємо вже третій рік. Подивимось, чи дійде до діла.")]
comments_html = "".join(
    '<li class="comment even thread-even depth-1" id="comment-%d"><div id="div-comment-%d" class="comment-body"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/%d?s=50&amp;d=mm" class="avatar avatar-50" height="50" width="50"><cite class="fn">%s</cite></div>'
    '<div class="comment-meta commentmetadata"><a href="#comment-%d">%s</a></div><p>%s</p><div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=%d#respond">Відповісти</a></div></div></li>' % (
        n, n, n * 31, esc(a), n, d, esc(t), n) for (a, d, t), n in zip(comments, [5512, 5513]))

css = css_blob(["jeg_header", "jeg_nav", "jeg_breakingnews", "jeg_post", "jeg_share_button", "jeg_post_tags", "jeg_authorbox", "jeg_postblock", "jeg_footer", "comment"], 620, 5116)
js = js_blob(5116, 240, "jnews")

page = f"""<!DOCTYPE html>
<html lang="uk"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} &#8211; {SITE}</title>
<meta name="robots" content="index, follow"><link rel="canonical" href="https://lishchynsk.info/2025/11/16/biblioteka-zorya/">
<meta property="og:locale" content="uk_UA"><meta property="og:type" content="article"><meta property="og:title" content="{esc(HEAD)}">
<link rel='stylesheet' id='jnews-frontend-css' href='/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.1' type='text/css' media='all'>
<style>{css}</style>
{ld_article(HEAD, "Ірина Савчук", "2025-11-16T10:30:00+02:00", SITE, section="Культура", lang="uk")}
</head><body class="post-template-default single single-post postid-60412 jeg_single_tpl_2 jnews">
<div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_header normal">
<div class="jeg_topbar jeg_container"><div class="container"><div class="jeg_top_date">Неділя, 16 Листопада, 2025</div><div class="jeg_top_weather">Ліщинськ +4°C</div></div></div>
<div class="jeg_midbar"><div class="container"><div class="jeg_logo"><a href="/"><img src="/wp-content/uploads/2024/01/logo.png" alt="{SITE}"></a></div>
<div class="jeg_ad jeg_ad_top"><div class="ads-wrapper"><span class="ads-text">Реклама</span><div id="ad-top-728"></div></div></div></div></div>
<div class="jeg_bottombar jeg_navbar"><div class="container"><div class="jeg_nav_item jeg_main_menu_wrapper"><ul class="jeg_menu jeg_main_menu">{menu_html}</ul></div>
<div class="jeg_nav_item jeg_search_wrapper"><form action="/" method="get" class="jeg_search_form"><input name="s" class="jeg_search_input" placeholder="Пошук..." type="text"><button type="submit" class="jeg_search_button btn"><i class="fa fa-search"></i></button></form></div></div></div>
</div></div>
<div class="jeg_breakingnews"><div class="jeg_breakingnews_title">Терміново</div><ul class="jeg_news_ticker_items">{link_items(ticker, '<li class="jeg_news_ticker_item"><a href="{href}">{text}</a></li>', "/2025/11/16/")}</ul></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="row">
<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="/">Головна</a></span> › <span><a href="/category/1/">Суспільство</a></span> › <span><a href="/category/1/2/">Культура</a></span></div></div>
<div class="entry-header"><h1 class="jeg_post_title">{esc(HEAD)}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="jeg_meta_author"><span class="meta_text">Автор</span> <a href="/author/iryna/">Ірина Савчук</a></div>
<div class="jeg_meta_date"><a href="/2025/11/16/biblioteka-zorya/">16.11.2025, 10:30</a></div><div class="jeg_meta_category"><span>в <a href="/category/1/2/" rel="category tag">Культура</a></span></div>
<div class="jeg_meta_views"><i class="fa fa-eye"></i> 1 847</div><div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 2</a></div></div></div></div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_sharelist"><a href="https://www.facebook.com/sharer.php?u=lishchynsk" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Поділитися</span></a><a href="https://t.me/share/url?url=lishchynsk" class="jeg_btn-telegram"><i class="fa fa-telegram"></i><span>Telegram</span></a><a href="viber://forward?text=lishchynsk" class="jeg_btn-viber"><i class="fa fa-phone"></i><span>Viber</span></a></div></div></div>
<div class="jeg_featured featured_image"><a href="/wp-content/uploads/2025/11/zorya-biblioteka.jpg"><div class="thumbnail-container animate-lazy"><img width="750" height="500" src="/wp-content/uploads/2025/11/zorya-biblioteka-750x500.jpg" class="wp-post-image" alt=""></div></a>
<p class="wp-caption-text">Читальна зала в колишньому глядацькому залі кінотеатру «Зоря». Фото: пресслужба Ліщинської міської ради</p></div>
<div class="entry-content no-share"><div class="content-inner">
{body_html}
<p class="tg-sub"><strong>Підписуйтесь на наш <a href="https://t.me/lishchynsk_info">Telegram-канал</a>, щоб першими дізнаватися новини Ліщинська.</strong></p>
</div></div>
<div class="jeg_post_tags"><span>Теги:</span> <a href="/tag/biblioteka/" rel="tag">бібліотека</a><a href="/tag/rekonstruktsiya/" rel="tag">реконструкція</a><a href="/tag/kultura/" rel="tag">культура</a><a href="/tag/zorya/" rel="tag">кінотеатр «Зоря»</a></div>
<div class="jeg_authorbox"><div class="jeg_author_image"><img alt="" src="https://secure.gravatar.com/avatar/irs?s=80&amp;d=mm" class="avatar avatar-80" height="80" width="80"></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="/author/iryna/">Ірина Савчук</a></h3><p class="jeg_author_desc">Журналістка «Ліщинськ.Інфо». Пише про культуру, освіту та життя міських громад.</p></div></div>
<div class="jeg_ad jeg_ad_article"><div class="ads-wrapper"><span class="ads-text">Реклама</span><div id="ad-article-bottom"></div></div></div>
<div id="comments" class="jeg_comments"><h3 class="comments-title">Коментарі: 2</h3><ol class="commentlist">{comments_html}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Залишити коментар <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Скасувати відповідь</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Ваша e-mail адреса не оприлюднюватиметься.</span> Обов’язкові поля позначені <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Коментар</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="comment-form-author"><label for="author">Ім’я <span class="required">*</span></label><input id="author" name="author" type="text"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Надіслати коментар"></p></form></div></div>
</div></div>
<div class="jeg_sidebar col-md-4"><div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Популярне</span></h3></div><div class="jeg_posts">{link_items(popular, '<article class="jeg_post jeg_pl_sm"><h3 class="jeg_post_title"><a href="{href}">{text}</a></h3></article>', "/2025/11/")}</div></div>
<div class="widget"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Останні новини</span></h3></div><ul class="jeg_latest">{"".join('<li><span class="jeg_time">%s</span> <a href="/2025/11/16/%s/">%s</a></li>' % (t, slug(x) or "n", esc(x)) for t, x in latest)}</ul></div>
<div class="widget jeg_ad"><div class="ads-wrapper"><span class="ads-text">Реклама</span><div id="ad-side"></div></div></div></div>
</div></div></div></div></div>
<div class="jeg_footer"><div class="jeg_footer_content"><div class="container"><p>{SITE} — новини Ліщинська та громади. Використання матеріалів дозволяється за умови посилання на {SITE}. Редакція може не поділяти думку авторів коментарів.</p>
<ul class="jeg_menu_footer"><li><a href="/pro-nas/">Про нас</a></li><li><a href="/kontakty/">Контакти</a></li><li><a href="/reklama/">Реклама</a></li><li><a href="/privacy/">Політика конфіденційності</a></li></ul><p class="copyright">© 2025 {SITE}. Усі права захищено.</p></div></div></div>
</div><script>{js}</script></body></html>
"""

save("q16", page, gold)
