# p16: Russian regional news site (Cyrillic; news feed sidebar, "Читайте также", Telegram promo, 18+ footer)
from common import *

PID = "p16"
TITLE = "В Северогорске открыли трамвайную линию до микрорайона Заречный"
URL = "https://severogorsk-vestnik.ru/news/obshchestvo/2024/09/07/tramvay-zarechnyy-otkrytie"

BODY = [
    ("p", "В Северогорске в субботу открылось движение по новой трамвайной линии, которая связала центр города с микрорайоном Заречный. Длина участка составила 6,4 километра, на нем обустроено девять остановок."),
    ("p", "Первый рейс отправился от Театральной площади в 6:00. По словам директора муниципального предприятия «Северогорскэлектротранс» Олега Веретенникова, за первые часы работы новой линией воспользовались более трех тысяч пассажиров."),
    ("p", "«Заречный — самый быстрорастущий район города, здесь живут уже больше сорока тысяч человек. До сих пор добраться до центра можно было только на автобусе, и в час пик дорога занимала до часа», — сказал Веретенников."),
    ("also", "Мэрия Северогорска утвердила новую схему автобусных маршрутов"),
    ("h2", "Дорога через реку"),
    ("p", "Самой сложной частью проекта стал новый мост через реку Сивер. Его строительство началось в 2021 году и заняло почти два года. Мост рассчитан как на трамвайное, так и на автомобильное движение, а также имеет отдельную велосипедную дорожку."),
    ("p", "Общая стоимость работ, включая мост, составила 7,8 миллиарда рублей. Большая часть средств поступила из областного бюджета, еще около трети — из федеральной программы обновления общественного транспорта."),
    ("ad", None),
    ("p", "На линии работают двенадцать новых низкопольных трамваев, собранных на заводе в соседнем регионе. Вагоны оборудованы кондиционерами, USB-разъемами и местами для колясок и велосипедов."),
    ("h2", "Что изменится для пассажиров"),
    ("p", "Вместе с запуском трамвая в городе изменилась схема движения автобусов. Часть маршрутов, дублировавших новую линию, отменена, другие продлены до станций пересадки."),
    ("p", "Основные изменения:"),
    ("ul", ["автобусный маршрут № 14 отменен, вместо него ходит трамвай № 7;", "маршрут № 22 теперь начинается от остановки «Заречный — конечная»;",
            "интервал движения трамваев в часы пик составит 6 минут, в остальное время — 10–12 минут."]),
    ("tg", None),
    ("p", "Стоимость проезда не изменилась и составляет 42 рубля при оплате банковской картой. Для пассажиров, пересаживающихся с трамвая на автобус, в течение 60 минут действует бесплатная пересадка."),
    ("p", "Жители Заречного в целом встретили открытие линии с одобрением, хотя некоторые жаловались на шум во время пробных рейсов. «Главное, что теперь дети могут сами ездить в школу в центре, не стоя в пробках», — рассказала местная жительница Ирина Савельева."),
    ("also", "В Заречном построят новую школу на 1100 мест"),
    ("p", "В мэрии сообщили, что в 2026 году планируется начать проектирование продолжения линии до железнодорожного вокзала."),
]

FEED = [("18:42", "На проспекте Мира ограничат движение из-за ремонта теплотрассы"), ("18:15", "Северогорские гимнастки завоевали три медали на первенстве округа"),
        ("17:50", "Синоптики пообещали теплую погоду на следующей неделе"), ("17:21", "В городском парке открылась выставка исторических автомобилей"),
        ("16:58", "Полиция ищет водителя, сбившего пешехода на улице Ленинградской"), ("16:30", "В Северогорске пройдет фестиваль уличной еды"),
        ("15:47", "Цены на жилье в области выросли на 12% за год"), ("15:05", "Драмтеатр объявил премьеры нового сезона"),
        ("14:40", "Минздрав области открыл запись на вакцинацию от гриппа"), ("14:12", "В Заречном заработал новый пункт выдачи паспортов")]
POPULAR = ["Как будет работать общественный транспорт в День города", "Жители Заречного пожаловались на отсутствие детских садов", "Северогорск вошел в десятку самых зеленых городов страны",
           "Строительство ледовой арены завершат к декабрю", "Что известно о новом мосте через Сивер", "Где в Северогорске собирать грибы этой осенью"]
PARTNERS = ["Врачи назвали продукты, которые помогают пережить осень без простуды", "Почему дачники спешат укрыть розы уже в сентябре", "Эксперты рассказали, как выбрать зимние шины и не переплатить",
            "Названы самые популярные направления для отдыха осенью"]


def render_body():
    out, gold = [], []
    for kind, val in BODY:
        if kind == "p":
            out.append('<p>%s</p>' % esc(val)); gold.append(val)
        elif kind == "h2":
            out.append('<h2>%s</h2>' % esc(val)); gold.append(val)
        elif kind == "ul":
            out.append('<ul>%s</ul>' % "".join("<li>%s</li>" % esc(x) for x in val)); gold.extend(val)
        elif kind == "also":
            out.append('<div class="read-also"><span class="read-also__title">Читайте также:</span> <a class="read-also__link" href="/news/obshchestvo/%d">%s</a></div>' % (abs(len(val) * 7919) % 100000, esc(val)))
        elif kind == "ad":
            out.append('<div class="banner banner--in-article"><div class="banner__label">Реклама</div><div id="adfox_171234567890123" class="banner__slot"></div><script>window.yaContextCb.push(()=>{Ya.adfoxCode.create({ownerId:123456,containerId:"adfox_171234567890123",params:{pp:"g",ps:"fxyz",p2:"hqwe"}})})</script></div>')
        elif kind == "tg":
            out.append('<div class="promo-telegram"><a href="https://t.me/severogorsk_vestnik" target="_blank" rel="noopener"><span class="promo-telegram__icon"></span><span class="promo-telegram__text">Подписывайтесь на наш канал в Telegram — там все главные новости Северогорска первыми</span></a></div>')
    return "\n".join(out), gold


def main():
    body_html, gold = render_body()
    comments = [("Андрей_Ю", "7 сентября, 12:04", "Наконец-то! Десять лет обещали. Сегодня проехал — от Заречного до центра за 22 минуты."),
                ("Марина Л.", "7 сентября, 13:31", "Трамваи хорошие, но остановку у поликлиники сделали очень неудобно, переход далеко."),
                ("Сергей Петрович", "7 сентября, 15:10", "А почему 14-й автобус убрали? Он же шел через рынок, теперь туда никак не доехать.")]
    page = f'''<!DOCTYPE html>
<html lang="ru" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(TITLE)} - Северогорский вестник</title>
<meta name="description" content="Длина нового участка составила 6,4 км, на нем девять остановок. Стоимость работ вместе с мостом через Сивер — 7,8 млрд рублей.">
<meta name="keywords" content="Северогорск, трамвай, Заречный, транспорт, мост через Сивер">
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://severogorsk-vestnik.ru/upload/iblock/7a1/tram-zarechny.jpg">
<meta property="og:site_name" content="Северогорский вестник">
<meta property="article:published_time" content="2024-09-07T10:15:00+03:00">
<meta property="article:section" content="Общество">
<link rel="canonical" href="{URL}">
<link rel="amphtml" href="{URL}?amp">
<script type="application/ld+json">{words_json({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-09-07T10:15:00+03:00", "dateModified": "2024-09-07T11:40:00+03:00", "inLanguage": "ru", "author": {"@type": "Person", "name": "Анна Крылова"}, "publisher": {"@type": "Organization", "name": "Северогорский вестник", "logo": {"@type": "ImageObject", "url": "https://severogorsk-vestnik.ru/local/templates/main/img/logo.png"}}})}</script>
<link href="/bitrix/cache/css/s1/main/template_3f1d2a.css?171234" type="text/css" rel="stylesheet">
<style>{css_blob(1601, "sv", 180)}</style>
<script>window.yaContextCb=window.yaContextCb||[]</script>
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");ym(12345678, "init", {{clickmap:true, trackLinks:true, accurateTrackBounce:true, webvisor:true}});</script>
<script>{js_blob(1602, 55, "BX")}</script>
</head>
<body>
<div class="cookie-agreement" id="cookie-agreement"><p>Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/politika-konfidentsialnosti/">политикой обработки персональных данных</a>.</p><button class="cookie-agreement__btn">Согласен</button></div>
<div class="banner banner--top"><div class="banner__label">Реклама</div><div id="adfox_top"></div></div>
<header class="header">
<div class="header__top"><div class="container"><span class="header__date">Суббота, 7 сентября 2024</span><span class="header__weather">Северогорск +14°, облачно</span><span class="header__currency">USD 90,21 · EUR 99,87</span><a href="/login/" class="header__login">Войти</a></div></div>
<div class="header__main container"><a class="logo" href="/"><img src="/local/templates/main/img/logo.svg" alt="Северогорский вестник" width="240" height="48"></a><form class="search" action="/search/"><input type="text" name="q" placeholder="Поиск по сайту" class="search__input"><button class="search__btn" type="submit">Найти</button></form><div class="header__socials"><a href="https://vk.com/severogorsk_vestnik">ВКонтакте</a><a href="https://t.me/severogorsk_vestnik">Telegram</a><a href="https://ok.ru/severogorsk">Одноклассники</a></div></div>
<nav class="menu container"><ul>{"".join('<li class="menu__item"><a href="/news/%s/">%s</a></li>' % (s, x) for s, x in [("", "Главное"), ("politika", "Политика"), ("obshchestvo", "Общество"), ("ekonomika", "Экономика"), ("proisshestviya", "Происшествия"), ("sport", "Спорт"), ("kultura", "Культура"), ("zdorove", "Здоровье"), ("nedvizhimost", "Недвижимость"), ("afisha", "Афиша"), ("spetsproekty", "Спецпроекты")])}</ul></nav>
</header>
<div class="container page">
<div class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><a href="/">Главная</a> / <a href="/news/">Новости</a> / <a href="/news/obshchestvo/">Общество</a></div>
<div class="page__content">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<div class="article__info"><time class="article__date" datetime="2024-09-07T10:15:00+03:00">7 сентября 2024, 10:15</time><span class="article__views">Просмотры: 4 812</span><a href="#comments" class="article__comments-count">Комментарии: 27</a></div>
<h1 class="article__title" itemprop="headline">{esc(TITLE)}</h1>
<div class="article__lead" itemprop="description">Длина нового участка составила 6,4 км, проезд до центра займет около 20 минут</div>
<figure class="article__image"><img src="https://severogorsk-vestnik.ru/upload/iblock/7a1/tram-zarechny.jpg" alt="Новый трамвай на мосту через Сивер" width="960" height="540"><figcaption class="article__image-caption">Первый рейс трамвая № 7 на новом мосту через Сивер. Фото: Дмитрий Лаптев / «Северогорский вестник»</figcaption></figure>
<div class="article__text" itemprop="articleBody">
{body_html}
</div>
<div class="article__author">Автор: <a href="/authors/krylova/">Анна Крылова</a></div>
<div class="article__tags">Теги: <a href="/tags/transport/">транспорт</a> <a href="/tags/tramvay/">трамвай</a> <a href="/tags/zarechnyy/">Заречный</a> <a href="/tags/merija/">мэрия</a></div>
<div class="article__share"><span>Поделиться:</span><a href="https://vk.com/share.php?url={URL}">ВКонтакте</a><a href="https://connect.ok.ru/offer?url={URL}">Одноклассники</a><a href="https://t.me/share/url?url={URL}">Telegram</a><a href="https://wa.me/?text={URL}">WhatsApp</a></div>
<div class="article__error">Нашли ошибку? Выделите ее и нажмите Ctrl+Enter</div>
</article>
<section class="comments" id="comments"><h2 class="comments__title">Комментарии (27)</h2><div class="comments__auth">Чтобы оставить комментарий, <a href="/login/">войдите</a> или <a href="/register/">зарегистрируйтесь</a>.</div><ul class="comments__list">{"".join('<li class="comment"><div class="comment__head"><span class="comment__author">%s</span> <span class="comment__date">%s</span></div><div class="comment__text">%s</div><div class="comment__actions"><a href="#">Ответить</a></div></li>' % (u, d, esc(c)) for u, d, c in comments)}</ul><a class="comments__more" href="#">Показать все комментарии</a></section>
<section class="partners"><h2>Новости партнеров</h2><ul>{"".join('<li><a href="https://partner.example.ru/%d" rel="nofollow">%s</a></li>' % (i, esc(x)) for i, x in enumerate(PARTNERS))}</ul></section>
</div>
<aside class="page__sidebar">
<div class="news-feed"><h3 class="news-feed__title">Лента новостей</h3><ul>{"".join('<li class="news-feed__item"><span class="news-feed__time">%s</span> <a href="/news/%d">%s</a></li>' % (t, 9000 + i, esc(x)) for i, (t, x) in enumerate(FEED))}</ul><a href="/news/" class="news-feed__all">Все новости</a></div>
<div class="banner banner--sidebar"><div class="banner__label">Реклама</div><div id="adfox_side"></div></div>
<div class="popular"><h3>Популярное</h3><ol>{"".join('<li><a href="/news/p%d">%s</a></li>' % (i, esc(x)) for i, x in enumerate(POPULAR))}</ol></div>
</aside>
</div>
<footer class="footer"><div class="container"><ul class="footer__menu">{"".join('<li><a href="/%s/">%s</a></li>' % (s, x) for s, x in [("o-nas", "О нас"), ("kontakty", "Контакты"), ("reklama", "Реклама"), ("pravila", "Правила использования материалов"), ("politika-konfidentsialnosti", "Политика конфиденциальности"), ("vakansii", "Вакансии"), ("rss", "RSS")])}</ul><p class="footer__legal">Сетевое издание «Северогорский вестник». Учредитель: ООО «Медиагруппа Север». Главный редактор: Лаптева Е. В. Адрес редакции: г. Северогорск, ул. Советская, 18. При использовании материалов ссылка на сайт обязательна.</p><p class="footer__age">18+</p><p class="footer__copy">© 2009–2024 «Северогорский вестник»</p></div></footer>
<noscript><div><img src="https://mc.yandex.ru/watch/12345678" style="position:absolute; left:-9999px;" alt=""></div></noscript>
<script>{js_blob(1603, 45, "svWidgets")}</script>
</body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
