"""q11 -- Russian. Regional political news site on 1C-Bitrix (news.detail
component markup: bx-newsdetail-*, "news-detail", BX.* scripts).

Length: long politics article (~720 words) on a regional budget fight in an
invented oblast parliament, with two subheads and a block quote.

Furniture: top bar with date/weather/currency, main menu, a share block
(ВКонтакте, Одноклассники, Telegram, WhatsApp, "Скопировать ссылку") and a
"Популярное" teaser list with view counts BEFORE the article in the HTML
(left column printed first), breadcrumbs, headline, date/views line, lead
(standfirst), photo with caption, "Читайте также" link inside the text,
tags, second share row, a long comment thread (9 comments, replies,
"Ответить", ratings) and a comment form after the article, footer with
registration notice and 18+ mark.

Gold choices: the lead under the headline is a standfirst, not body; the
"Читайте также" line inside the text and the photo caption are not body; the
block quote (a deputy's statement) is body; the closing line "Редакция
будет следить за развитием событий." is body (it is the reporter's own
sentence inside the text).
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(611)

TITLE = "Дума Северогорской области отложила принятие бюджета: фракции не договорились о деньгах на транспорт"
LEAD = ("Голосование по главному финансовому документу региона перенесено на две недели. "
        "Камнем преткновения стали субсидии муниципальным перевозчикам.")

TEXT = """
Депутаты Северогорской областной думы во вторник так и не приступили к голосованию по проекту бюджета на следующий год. После четырёхчасового обсуждения председатель думы Аркадий Левашов объявил, что рассмотрение документа в первом чтении переносится на 17 декабря. Такое происходит в регионе впервые за последние одиннадцать лет.

Формальным поводом для переноса стало письмо, которое утром накануне заседания направили в думу главы девяти муниципальных районов. В нём они потребовали увеличить субсидии на пригородные автобусные перевозки почти вдвое — с 412 до 780 млн рублей. Без этих денег, говорится в письме, с марта придётся закрыть около сорока маршрутов, в первую очередь в отдалённых сёлах Приозёрного и Каменского районов.

## Спор о перевозчиках

Проект бюджета, внесённый правительством области в конце октября, предполагает доходы в 118,6 млрд рублей и расходы в 124,2 млрд. Дефицит планируется покрыть за счёт коммерческих кредитов и остатков средств на счетах. Министр финансов региона Галина Черных, выступая перед депутатами, заявила, что «резервов для дополнительных расходов в документе нет» и любое увеличение одной статьи потребует сокращения другой.

«Мы понимаем проблему районов, но если мы добавим 370 миллионов на автобусы, их придётся взять либо из программы ремонта школ, либо из дорожного фонда. Третьего источника у нас нет», — сказала Черных.

Её позицию поддержала часть фракции «Единство края», которая располагает в думе 24 мандатами из 44. Однако восемь депутатов этой же фракции, избранных по одномандатным округам в сельских районах, открыто выступили за поправку. Среди них — председатель комитета по аграрной политике Виктор Сомов.

> «Я не могу вернуться в свой округ и объяснить людям, что автобус до райцентра больше не пойдёт, потому что в областном бюджете не нашлось денег. Речь идёт не о комфорте, а о том, сможет ли пенсионерка доехать до поликлиники. Если поправку не примут, я буду голосовать против бюджета в целом», — заявил Сомов с трибуны.

Представители оппозиции — фракции «Справедливый выбор» и депутатская группа «Северогорье» — предложили собственный источник: сократить расходы на содержание аппарата областного правительства и отказаться от строительства нового административного здания в Северогорске, на которое в проекте заложено 1,1 млрд рублей. Этот вариант правительство отвергло ещё на этапе комитетов.

## Как шло заседание

Заседание началось с опозданием почти на час: до его открытия в кабинете председателя думы шли консультации с руководителями фракций. По словам одного из участников, пожелавшего остаться неназванным, губернатор Олег Таранов по телефону предложил компромисс — выделить районам 150 млн рублей сразу и вернуться к вопросу после исполнения бюджета за первый квартал. Сельские депутаты от этого варианта отказались.

В зале дискуссия быстро вышла за рамки транспортной темы. Депутат Ирина Гладких напомнила, что в прошлом году из-за нехватки средств в области уже сократили число рейсов на 22 маршрутах, а жалобы жителей на переполненные автобусы поступают в думу каждую неделю. Её коллега Павел Ермаков, в свою очередь, обвинил районные администрации в том, что они годами не проводили конкурсы среди перевозчиков и переплачивали одному-двум подрядчикам.

Глава Приозёрного района Николай Бурцев, присутствовавший на заседании, ответил, что конкурсы проводятся, но на многие маршруты не подаётся ни одной заявки. «Перевозчику невыгодно возить шесть человек за сорок километров. Без субсидии маршрут умирает. Это не вопрос эффективности, это вопрос того, будут ли у нас вообще жить люди», — сказал он журналистам в перерыве.

После обеда председатель думы предложил создать согласительную комиссию из представителей всех фракций, правительства области и ассоциации муниципальных образований. Предложение поддержали 39 депутатов, против не голосовал никто, пятеро воздержались.

## Что дальше

Согласительная комиссия должна представить свои предложения до 14 декабря. По регламенту, если бюджет не будет принят до начала года, область будет жить по временной схеме: ежемесячные расходы не смогут превышать одной двенадцатой от объёмов текущего года. Для социальных выплат это не критично, но новые контракты — в том числе на ремонт дорог и закупку школьных автобусов — заключать будет нельзя.

Политолог Северогорского университета Елена Вахрушева считает, что конфликт отражает накопившееся напряжение между городскими и сельскими территориями. По её словам, после объединения нескольких районов три года назад сёла потеряли значительную часть своего представительства в органах власти, и транспорт стал для них самым заметным символом этой потери.

«Сельские депутаты правящей фракции впервые так открыто пошли против правительства. До выборов в думу меньше двух лет, и каждый из них понимает, что закрытый маршрут — это потерянные голоса», — отметила Вахрушева.

В пресс-службе губернатора сообщили, что Олег Таранов проведёт встречу с главами районов в пятницу. Министерство транспорта области тем временем готовит расчёт, сколько маршрутов можно сохранить при разных объёмах субсидии.

Редакция будет следить за развитием событий.
"""

body = body_from(TEXT)
# insert a "Читайте также" link after paragraph 4 (index counts blocks)
READ_ALSO = ('<div class="news-detail-readalso"><span>Читайте также:</span> '
             '<a href="/news/politics/gubernator-taranov-predstavil-strategiyu-2035/">Губернатор Таранов '
             'представил стратегию развития области до 2035 года</a></div>')
body.insert(5, ("raw", READ_ALSO))

tpl = {
    "p": "<p>{}</p>",
    "h2": '<h2 class="news-detail-subtitle">{}</h2>',
    "quote": '<blockquote class="news-detail-quote">{items}</blockquote>',
}
body_html, gold = render(body, tpl)

POPULAR = [
    ("В Северогорске с 1 января подорожает проезд в трамваях", 14820),
    ("Мэр Каменска ушёл в отставку после проверки прокуратуры", 11204),
    ("На трассе Северогорск — Приозёрск открыли новый мост через Мшагу", 9871),
    ("Областной суд оставил в силе приговор бывшему замминистра ЖКХ", 8655),
    ("Где в регионе пройдут ярмарки выходного дня в декабре: список", 7410),
    ("Школьники из Лесного победили во всероссийской олимпиаде по робототехнике", 6302),
]
pop_html = "".join(
    '<li class="popular-list__item"><a href="/news/%s/"><img src="/upload/iblock/%03d/thumb.jpg" alt="" loading="lazy">'
    '<span class="popular-list__title">%s</span></a><span class="popular-list__views"><i class="icon-eye"></i> %d</span></li>'
    % (slug(t) or "n%d" % i, rnd.randint(100, 999), esc(t), v) for i, (t, v) in enumerate(POPULAR))

def share(cls):
    return ('<div class="share-block %s"><div class="share-block__title">Поделиться</div><ul class="share-block__list">'
            '<li><a class="share-vk" href="https://vk.com/share.php?url=https%%3A%%2F%%2Fsevergorsk-news.ru%%2Fnews%%2F48213%%2F" rel="nofollow" target="_blank">ВКонтакте</a></li>'
            '<li><a class="share-ok" href="https://connect.ok.ru/offer?url=https%%3A%%2F%%2Fsevergorsk-news.ru%%2Fnews%%2F48213%%2F" rel="nofollow" target="_blank">Одноклассники</a></li>'
            '<li><a class="share-tg" href="https://t.me/share/url?url=https%%3A%%2F%%2Fsevergorsk-news.ru%%2Fnews%%2F48213%%2F" rel="nofollow" target="_blank">Telegram</a></li>'
            '<li><a class="share-wa" href="https://wa.me/?text=https%%3A%%2F%%2Fsevergorsk-news.ru%%2Fnews%%2F48213%%2F" rel="nofollow" target="_blank">WhatsApp</a></li>'
            '<li><button class="share-copy" type="button" data-url="/news/48213/">Скопировать ссылку</button></li>'
            '</ul></div>' % cls)

COMMENTS = [
    ("Сергей_П", "10 декабря, 19:42", 0, "Наконец-то хоть кто-то в думе вспомнил про сёла. У нас в Каменском автобус ходит два раза в неделю, и то если не сломается.", 37),
    ("Наталья В.", "10 декабря, 19:58", 1, "Сергей, у нас в Лесном то же самое. Зато на новое здание для чиновников миллиард нашли.", 25),
    ("vadim1978", "10 декабря, 20:05", 0, "Странно, что все удивляются. Перевозчикам годами платили без всяких конкурсов, вот и результат. Сначала разберитесь, куда уходили прошлые субсидии.", 12),
    ("Ольга", "10 декабря, 20:31", 0, "Министр говорит, что денег нет, а дорожный фонд каждый год осваивают на асфальт, который весной смывает. Может, лучше автобусы?", 19),
    ("Гость", "10 декабря, 21:10", 1, "Ольга, асфальт тоже нужен, по грунтовке ваш автобус и не проедет.", 4),
    ("Михаил Крюков", "10 декабря, 21:47", 0, "Сомов молодец, что сказал это с трибуны. Посмотрим, как проголосует 17-го. Обычно такие заявления заканчиваются ничем.", 22),
    ("alena_sev", "11 декабря, 08:15", 0, "А что значит «временная схема»? Зарплаты учителям будут платить или нет? Объясните нормально.", 3),
    ("Редакция", "11 декабря, 09:02", 1, "Алёна, зарплаты и социальные выплаты при временной схеме выплачиваются в полном объёме, ограничения касаются новых расходов и контрактов.", 15),
    ("Пётр Иванович", "11 декабря, 10:26", 0, "Всё решат за закрытыми дверями, как всегда. Комиссия — это чтобы потянуть время до Нового года.", 8),
]
com_html = "".join(
    '<div class="blog-comment%s" id="com%d"><div class="blog-comment-avatar"><img src="/bitrix/images/blog/avatar.png" alt=""></div>'
    '<div class="blog-comment-cont"><div class="blog-comment-info"><span class="blog-author">%s</span> '
    '<span class="blog-comment-date">%s</span></div><div class="blog-comment-content">%s</div>'
    '<div class="blog-comment-meta"><a href="#" class="blog-comment-answer" onclick="return showComment(%d)">Ответить</a> '
    '<span class="rating"><a href="#" class="rating-plus">+</a> <b>%d</b> <a href="#" class="rating-minus">−</a></span></div></div></div>'
    % (" blog-comment-reply" if lvl else "", 90000 + i, esc(a), d, esc(t), 90000 + i, r)
    for i, (a, d, lvl, t, r) in enumerate(COMMENTS))

MENU = ["Новости", "Политика", "Экономика", "Общество", "Происшествия", "Спорт", "Культура", "ЖКХ", "Транспорт", "Мнения", "Фото", "Видео"]
menu_html = link_items(MENU, '<li class="bx-nav-1-lvl"><a href="{href}">{text}</a></li>', "/news/")

css = css_blob(["bx-newsdetail", "news-detail", "popular-list", "share-block", "blog-comment", "header", "footer", "bx-nav"], 260, 6111)
js = js_blob(6112, 70, "BX")

html_doc = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s — Северогорск-Новости</title>
<meta name="description" content="%(lead)s">
<meta property="og:title" content="%(title)s">
<meta property="og:type" content="article">
<link href="/bitrix/cache/css/s1/severgorsk/template_styles.css?17021" rel="stylesheet">
<style>%(css)s</style>
<script>var BX=BX||{};BX.message({'SITE_ID':'s1','LANGUAGE_ID':'ru','bitrix_sessid':'4f1a9c0e2b'});</script>
%(ld)s
</head>
<body>
<div id="panel"></div>
<div class="topline"><div class="container"><span class="topline__date">Вторник, 10 декабря</span>
<span class="topline__weather">Северогорск −14°</span><span class="topline__rate">USD 91,40 · EUR 98,72</span>
<a class="topline__login" href="/auth/">Войти</a></div></div>
<header class="header"><div class="container"><a class="header__logo" href="/"><img src="/local/templates/severgorsk/img/logo.svg" alt="Северогорск-Новости"></a>
<form class="header__search" action="/search/"><input type="text" name="q" placeholder="Поиск по сайту"><button>Найти</button></form></div>
<nav class="bx-nav"><ul class="bx-nav-list-1-lvl">%(menu)s</ul></nav></header>
<div class="container page">
<div class="bx-breadcrumb"><a href="/">Главная</a> / <a href="/news/">Новости</a> / <a href="/news/politics/">Политика</a></div>
<div class="row">
<div class="col-left">
%(share1)s
<div class="popular-block"><div class="popular-block__title">Популярное</div>
<ul class="popular-list">%(popular)s</ul></div>
<div class="banner-left"><a href="/reklama/"><img src="/upload/rk/240x400.jpg" alt="Реклама"></a><span>Реклама</span></div>
</div>
<div class="col-main">
<div class="bx-newsdetail">
<div class="news-detail" itemscope itemtype="http://schema.org/NewsArticle">
<h1 class="bx-newsdetail-title" itemprop="headline">%(title)s</h1>
<div class="bx-newsdetail-date"><i class="fa fa-calendar-o"></i> 10.12 17:35 · <i class="fa fa-eye"></i> 3 417 · Автор: Денис Калугин</div>
<div class="bx-newsdetail-lead">%(lead)s</div>
<div class="bx-newsdetail-img"><img src="/upload/iblock/7c4/duma-zasedanie.jpg" alt="Заседание думы">
<div class="bx-newsdetail-img-caption">Заседание областной думы 10 декабря. Фото: пресс-служба Северогорской областной думы</div></div>
<div class="bx-newsdetail-content" itemprop="articleBody">
%(body)s
</div>
<div class="bx-newsdetail-tags">Теги: <a href="/tags/byudzhet/">бюджет</a>, <a href="/tags/oblastnaya-duma/">областная дума</a>, <a href="/tags/transport/">транспорт</a></div>
%(share2)s
<div class="bx-newsdetail-error">Нашли ошибку? Выделите её и нажмите Ctrl+Enter</div>
</div>
</div>
<div class="blog-comments" id="comments">
<div class="blog-comments-title">Комментарии (9)</div>
%(comments)s
<form class="blog-comment-form" action="/news/48213/#comments" method="post">
<div class="blog-comment-form-title">Оставить комментарий</div>
<input type="text" name="user_name" placeholder="Ваше имя">
<textarea name="comment" rows="5" placeholder="Текст комментария"></textarea>
<label><input type="checkbox" name="agree" required> Я согласен с правилами комментирования и обработкой персональных данных</label>
<button type="submit">Отправить</button></form>
</div>
</div>
</div>
</div>
<footer class="footer"><div class="container">
<ul class="footer__menu">%(menu)s</ul>
<p>Сетевое издание «Северогорск-Новости». Свидетельство о регистрации Эл № ФС77-81542 от 14.07.2021. Главный редактор — Т. А. Мезенцева.</p>
<p>При использовании материалов ссылка на сайт обязательна. <span class="age">18+</span></p>
</div></footer>
<script>%(js)s</script>
</body>
</html>
""" % dict(title=esc(TITLE), lead=esc(LEAD), css=css, js=js, menu=menu_html, share1=share("share-block--top"),
           share2=share("share-block--bottom"), popular=pop_html, body=body_html, comments=com_html,
           ld=ld_article(TITLE, "Денис Калугин", "2024-12-10T17:35:00+05:00", "Северогорск-Новости", section="Политика", lang="ru"))

save("q11", html_doc, gold)
