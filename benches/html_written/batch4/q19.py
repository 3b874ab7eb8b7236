"""q19 - Russian, city news site.

Transport story (6 paragraphs); "Читайте также" link, "Реклама" labels,
share buttons, reader comments with a form, "Самое читаемое", footer with
the usual media-registration notice and 18+ mark.
"""
import random
from common import *

PID = "q19"
rnd = random.Random(419)

HEADLINE = "В Верхнеозёрске с 1 сентября изменятся пять автобусных маршрутов"

TEXT = """
С 1 сентября в Верхнеозёрске изменятся схемы движения пяти городских автобусных маршрутов. Об этом сообщили в департаменте транспорта мэрии. Изменения связаны с открытием нового моста через реку Озёрку и реконструкцией улицы Строителей.

Маршруты № 7 и № 12 будут проходить по новому мосту и свяжут микрорайон Солнечный с центром города напрямую, без объезда через промзону. По расчётам департамента, время в пути для жителей Солнечного сократится в среднем на 15–20 минут.

Маршрут № 21 продлят до новой школы на улице Академика Лаврова, которая открывается в этом учебном году. Автобусы № 3 и № 18 на время ремонта улицы Строителей пойдут в объезд по проспекту Мира; остановки «Хлебозавод» и «Улица Строителей» временно переносятся.

«Мы учли обращения жителей, которые поступали в течение последнего года. Больше всего просили именно прямое сообщение между Солнечным и центром», — рассказал директор департамента транспорта Игорь Самойлов.

Также с сентября на маршрутах № 7 и № 12 увеличат число автобусов в часы пик: интервал движения утром и вечером составит 8–10 минут вместо нынешних 15.

Новые схемы маршрутов уже опубликованы на сайте мэрии и в приложении «Транспорт Верхнеозёрска». Проездные билеты и транспортные карты будут действовать без изменений.
"""

body = body_from(TEXT)
body.insert(2, ("raw", '<div class="read-also"><span class="read-also__title">Читайте также:</span> <a href="/news/2024/08/15/most-cherez-ozyorku-otkroyut-v-kontse-avgusta">Мост через Озёрку откроют в конце августа</a></div>'))
body.insert(5, ("raw", '<div class="banner banner--in-text"><span class="banner__label">Реклама</span><div id="adfox_17241"></div></div>'))
body_html, gold = render(body, {"p": "<p>{}</p>"})

comments = [("Марина", "28 августа 2024, 10:14", "Наконец-то! Из Солнечного до центра ездим по сорок минут, надеюсь, станет быстрее."),
            ("Олег В.", "28 августа 2024, 11:02", "А про 18-й маршрут вечером кто-нибудь подумает? После девяти его не дождаться."),
            ("Гость", "28 августа 2024, 12:37", "Остановку у хлебозавода зря переносят, там пожилым людям неудобно будет.")]
cm_html = "".join('<div class="comment"><div class="comment__author">%s</div><div class="comment__date">%s</div><div class="comment__text">%s</div><a class="comment__reply" href="#">Ответить</a></div>' % (esc(a), esc(d), esc(t)) for a, d, t in comments)
popular = ["Погода на выходные: в Верхнеозёрск вернётся жара", "На улице Ленина откроют новый сквер",
           "Горячую воду отключат в трёх районах города", "Стали известны даты ярмарки выходного дня",
           "В Солнечном построят поликлинику на 500 посещений"]

page = f"""<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>{esc(HEADLINE)} - Новости Верхнеозёрска</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{css_blob(["news-detail", "header", "menu", "banner", "comment", "popular", "footer", "read-also", "share"], 360, 4191)}</style>
{ld_article(HEADLINE, "Анна Кудрявцева", "2024-08-28T09:30:00+03:00", "Озёрск.Инфо", section="Транспорт", lang="ru")}
<script>{js_blob(4192, 120, "ozInfo")}</script>
</head>
<body>
<header class="header"><a class="header__logo" href="/">Озёрск.Инфо</a>
<div class="header__weather">+19 °C</div><div class="header__rates">USD 91,45 &middot; EUR 101,12</div>
<nav class="menu"><ul>{link_items(["Новости", "Происшествия", "Общество", "Транспорт", "ЖКХ", "Экономика", "Спорт", "Культура", "Афиша", "Фото", "Видео"], prefix="/")}</ul></nav></header>
<div class="banner banner--top"><span class="banner__label">Реклама</span></div>
<main class="main"><article class="news-detail">
<div class="news-detail__rubric"><a href="/transport/">Транспорт</a></div>
<h1 class="news-detail__title">{esc(HEADLINE)}</h1>
<div class="news-detail__meta"><time datetime="2024-08-28T09:30:00+03:00">28 августа 2024, 09:30</time> <span class="views">3 412</span> <span class="comments-count">3</span></div>
<div class="news-detail__lead">Автобусы пойдут по новому мосту через Озёрку.</div>
<figure class="news-detail__img"><img src="/upload/iblock/2024/08/bus.jpg" alt=""><figcaption>Фото: Озёрск.Инфо / Павел Горбунов</figcaption></figure>
<div class="news-detail__text">
{body_html}
</div>
<div class="news-detail__author">Автор: <a href="/authors/kudryavtseva/">Анна Кудрявцева</a></div>
<div class="share"><span>Поделиться:</span> <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div>
<div class="news-detail__tags">Теги: <a href="/tags/avtobusy/">автобусы</a>, <a href="/tags/marshruty/">маршруты</a>, <a href="/tags/most/">мост</a></div>
<p class="news-detail__subscribe">Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости города.</p>
</article>
<section class="comments"><h2>Комментарии (3)</h2>{cm_html}
<form class="comments__form"><input type="text" placeholder="Ваше имя"><textarea placeholder="Текст комментария"></textarea><button>Отправить</button>
<p class="comments__rules">Комментарии публикуются после проверки модератором. Оскорбления и реклама удаляются.</p></form></section>
<section class="more-news"><h2>Другие новости</h2><ul>{teaser_items(rnd, ["Мэрия объявила конкурс на ремонт набережной", "В школах города начались приёмки к учебному году", "Фестиваль «Озёрная волна» соберёт 40 коллективов"], '<li><a href="{href}">{text}</a></li>', "/news/2024/08/")}</ul></section>
</main>
<aside class="popular"><h3>Самое читаемое</h3><ol>{link_items(popular, prefix="/news/2024/08/")}</ol><div class="banner"><span class="banner__label">Реклама</span></div></aside>
<footer class="footer"><ul>{link_items(["О проекте", "Редакция", "Реклама на сайте", "Контакты", "Политика конфиденциальности", "Пользовательское соглашение"], prefix="/about/")}</ul>
<p>Сетевое издание «Озёрск.Инфо». Свидетельство о регистрации СМИ Эл № ФС 00-00000 выдано федеральным органом по надзору в сфере связи.</p>
<p>Главный редактор: Сергей Лапин. Email редакции: news@ozersk-info.example</p>
<p>&copy; 2010–2024 Озёрск.Инфо. При использовании материалов ссылка на сайт обязательна.</p><span class="age">18+</span></footer>
<script>{js_blob(4193, 50, "adfox")}</script>
</body></html>"""

save(PID, page, gold)
