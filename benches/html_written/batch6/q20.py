"""q20 -- English (UK). Regional daily's AMP page (html amp, amp-boilerplate,
amp-img, amp-sidebar, amp-carousel, amp-social-share, amp-ad, amp-analytics).
Obituary of an invented bookbinder and librarian, about 990 words, with
three subheadings.

Furniture: amp-sidebar menu, header with "Menu" button and logo, section
label, headline, standfirst, byline and date, lead image with caption and
credit, amp-social-share row, an amp-ad "Advertisement" after paragraph 9,
"Leave a tribute" promo box, tags, "More obituaries" list with summaries,
"Most read", footer with "View full site" link, amp-analytics config.

Failure kind: between paragraphs 3 and 4 an amp-carousel gallery headed
"In pictures: a life among books" with five slides, each a figure with a
caption (one to two sentences) and a photo credit, plus "1 of 5" counters.
The captions are not gold.

Gold choices a reviewer might make differently: the funeral details in the
last paragraph are gold (they are part of the obituary's text, not a
separate notice box); the subheadings are gold; the standfirst, the gallery
title, captions, credits and counters, the lead-image caption, the
"Leave a tribute" promo and the "More obituaries" summaries are not.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(2020)

TITLE = "Eudora Pell, the bookbinder who saved Tarrow's flooded library, dies aged 88"
STANDFIRST = "She dried 11,000 sodden books in a disused bakery in the winter of 1979, then ran the Tarrow Free Library for 27 years"

TEXT = """
Eudora Pell, the bookbinder who spent the winter of 1979 drying 11,000 flood-soaked books in a disused bakery and went on to run the Tarrow Free Library for almost three decades, died on Sunday at her home on Coble Street. She was 88.

Her death was confirmed by her nephew, Aldous Pell, who said she had been unwell since a fall in the autumn but had continued, until the last fortnight, to repair books brought to her door by neighbours. "There was a crate of hymnals on the kitchen table," he said. "She'd done half of them."

To generations of Tarrow residents she was simply Miss Pell, the tall woman in a canvas apron who knew which shelf every book lived on and could tell, by the sound a spine made when it opened, whether it would last another year. To librarians and conservators across the region she was something rarer: a self-taught craftswoman whose methods for rescuing water-damaged paper, worked out by trial and error in a cold building with borrowed fans, were later written up and taught.

Eudora Mary Pell was born on 2 June 1936 in Tarrow, the youngest of four children of Walter Pell, a signalman on the coast line, and his wife, Ruth, who took in sewing. She left school at 15 and was apprenticed to Harcourt &amp; Sons, a firm of stationers and binders on Quay Street, where she learned to sew signatures, pare leather and tool gold lettering on ledgers for the harbour board.

"I was the only girl in the workshop, and old Mr Harcourt gave me all the jobs nobody else wanted," she told this newspaper in 2009. "Mending schoolbooks, mostly. It turned out to be the best training there was, because a schoolbook has been through everything."

## The flood

When Harcourt's closed in 1968 she took a job as an assistant at the Tarrow Free Library, a Victorian building on the low ground by the River Dene. On the night of 14 November 1979 the river broke its banks after three days of rain and the library's ground floor filled to a depth of four feet.

The county council's first assessment was that most of the stock, including the local history collection of parish registers, rate books and the bound volumes of the Tarrow Mercury from 1851, would have to be written off. Pell, then 43, asked for a week.

With the help of volunteers recruited from the chapel and the rugby club, she moved the sodden books to the old Lister's bakery on Mill Row, which had stood empty since the previous spring. The bread ovens, lit at a low heat, kept the building warm; borrowed fans kept the air moving; and every book was stood on end, fanned open and interleaved with blotting paper and newsprint that was changed, at first, every four hours.

"We had a rota pinned to the door, and she was on every shift," recalled Doreen Maskell, who was 17 at the time and later worked alongside Pell for twenty years. "She slept on flour sacks. If she found mould on a page she'd take it home and deal with it herself so it didn't spread."

By the spring of 1980 more than 9,000 of the damaged volumes had been saved, including all but two of the newspaper volumes. The library reopened in September that year with Pell as its head, a post she held until she retired in 2007.

## A library for everyone

Under her the library stayed open late on Thursdays for shift workers from the cannery, ran a delivery round by bicycle for readers who were housebound and, from 1984, kept a shelf of books in Polish and later Portuguese for families who had come to work at the docks. She fought, twice and successfully, against proposals to close the building and move the service to a unit on the ring road.

She was not always an easy colleague. She disliked committees, answered letters from the county council on the back of overdue notices and once refused to remove a local novel from the shelves after a councillor complained that a character in it was based on him. "If he recognises himself, that is between him and his conscience," she wrote in reply.

Her notes on drying wet books, typed up in 1981 at the request of a conservator at the regional archive in Hallam Cross, circulated for years as a photocopied pamphlet before being published in 1994 as Water and the Book: A Practical Guide. It is still used in training courses for archive volunteers.

Ines Okonjo, who runs the conservation studio at the Hallam Cross archive, said the guide had been "quietly influential" far beyond the region. "It is written by someone who had actually done it, on her knees on a bakery floor, and you can tell," she said. "Every instruction comes with the reason behind it and the mistake you will make if you ignore it."

## Later years

After retiring, Pell converted the front room of her terraced house into a small bindery and took in repairs for churches, schools and anyone who asked, usually for the price of the materials. She taught evening classes in bookbinding at the Tarrow adult education centre until she was 82, and several of her former students now run binderies of their own.

In 2016 the library's local history room was renamed the Pell Room. She attended the ceremony but declined to make a speech, saying only that the books had done most of the work by being worth saving.

She never married. She is survived by her nephew Aldous and two nieces, Hannah Crewe and Philippa Dorling, and by several great-nephews and great-nieces. A funeral will be held at St Brannoc's Church, Tarrow, at 11am on 21 March. The family has asked that instead of flowers, donations be made to the Friends of Tarrow Free Library.
"""

spec = body_from(TEXT)

SLIDES = [
    ("gallery-1-apprentice.jpg", "Eudora Pell, aged 16, at her bench in the Harcourt &amp; Sons workshop on Quay Street in 1952.", "Pell family collection"),
    ("gallery-2-flood.jpg", "The Tarrow Free Library on the morning of 15 November 1979, with the River Dene still over the steps.", "Tarrow Mercury archive"),
    ("gallery-3-bakery.jpg", "Volunteers turning pages in the old Lister's bakery on Mill Row. Books were fanned open on trestle tables and on the floor between the ovens.", "Tarrow Mercury archive"),
    ("gallery-4-reopening.jpg", "Pell hands the first book back over the counter when the library reopened in September 1980.", "Tarrow Mercury archive"),
    ("gallery-5-pell-room.jpg", "At the renaming of the local history room as the Pell Room in 2016. She declined to make a speech.", "Ravi Sandhu"),
]
slides_html = "".join(
    '<figure class="gallery__slide"><amp-img src="https://images.tarrowmercury.example/obits/pell/%s" width="1200" height="800" layout="responsive" alt=""></amp-img>'
    '<figcaption class="gallery__caption"><span class="gallery__count">%d of %d</span> %s <span class="gallery__credit">Photo: %s</span></figcaption></figure>'
    % (img, i + 1, len(SLIDES), cap, esc(cred)) for i, (img, cap, cred) in enumerate(SLIDES))
gallery = ('<section class="gallery" id="gallery-pell"><h3 class="gallery__title">In pictures: a life among books</h3>'
           '<amp-carousel type="slides" width="1200" height="900" layout="responsive" controls loop>%s</amp-carousel>'
           '<button class="gallery__lightbox" on="tap:gallery-pell.toggleVisibility">View gallery</button></section>') % slides_html

ad = ('<div class="ad ad--inline"><span class="ad__label">Advertisement</span>'
      '<amp-ad width="300" height="250" type="doubleclick" data-slot="/7741/tarrow/obituaries/mpu1" json=\'{"targeting":{"section":"obituaries"}}\'>'
      '<div placeholder></div><div fallback></div></amp-ad></div>')

spec.insert(3, ("raw", gallery))
# paragraphs 1-9 = 3 p, gallery, 2 p, h2, 4 p -> after "We had a rota" paragraph (index 10 after insert)
spec.insert(11, ("raw", ad))

body_html, gold = render(spec, {"p": '<p class="article__p">{}</p>', "h2": '<h2 class="article__subhead">{}</h2>'})

more_obits = [("Councillor Bernard Skye, who led Tarrow through the cannery closures", "Served four terms and chaired the regeneration board that brought the marina to the Dene estuary."),
              ("Marian Oduya, headteacher at Coble Street Primary for 22 years", "Known for the school's vegetable garden and for learning the name of every pupil by October."),
              ("Fergus Tallant, lifeboat coxswain and fisherman", "Took part in more than 300 launches and was awarded a bronze medal for a rescue off Hobb's Point.")]
most_read = ["Ring road closure: diversions for the next six weeks", "Plans for 240 homes at Mill Row approved",
             "Tarrow Town fined after pitch invasion", "Cannery site sold to developer for £4.1m", "Weather warning for heavy rain on Thursday"]

menu = ["News", "Sport", "Obituaries", "What's On", "Business", "Opinion", "Family notices", "Puzzles"]

css = css_blob(["article", "gallery", "header", "amp-sidebar", "share", "more-obits", "most-read", "footer", "ad"], 180, 20201)

analytics = {"vars": {"account": "UA-50012-7"}, "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}},
             "extraUrlParams": {"cd1": "obituaries", "cd2": "Gillian Marsh", "cd3": "amp"}}

page = """<!doctype html>
<html amp lang="en-GB">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>{title} | Tarrow Mercury</title>
<link rel="canonical" href="https://www.tarrowmercury.example/news/obituaries/eudora-pell-bookbinder-tarrow-library-dies-88-1148822">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
{ld}
<style amp-custom>{css}</style>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">
<button on="tap:sidebar.close" class="amp-sidebar__close">Close</button>
<ul class="amp-sidebar__menu">{menu}</ul>
<a href="https://www.tarrowmercury.example/subscribe" class="amp-sidebar__sub">Subscribe to the Mercury</a>
</amp-sidebar>
<header class="header"><button on="tap:sidebar.toggle" class="header__menu">Menu</button>
<a href="https://www.tarrowmercury.example/" class="header__logo"><amp-img src="https://www.tarrowmercury.example/static/logo.png" width="190" height="36" alt="Tarrow Mercury"></amp-img></a></header>
<main class="article">
<a class="article__section" href="https://www.tarrowmercury.example/news/obituaries/">Obituaries</a>
<h1 class="article__headline">{title}</h1>
<p class="article__standfirst">{standfirst}</p>
<div class="article__byline">By <a href="https://www.tarrowmercury.example/authors/gillian-marsh/">Gillian Marsh</a> <span class="article__role">Chief reporter</span>
<time datetime="2025-03-11T06:00:00Z">06:00, 11 MAR 2025</time></div>
<figure class="article__lead"><amp-img src="https://images.tarrowmercury.example/obits/pell/lead.jpg" width="1200" height="800" layout="responsive" alt="Eudora Pell in her bindery"></amp-img>
<figcaption>Eudora Pell in the front-room bindery of her Coble Street home in 2019 <span class="credit">(Image: Ravi Sandhu)</span></figcaption></figure>
<div class="share share--top">
<amp-social-share type="facebook" data-param-app_id="1000000000" width="40" height="40" aria-label="Share on Facebook"></amp-social-share>
<amp-social-share type="twitter" width="40" height="40" aria-label="Share on X"></amp-social-share>
<amp-social-share type="whatsapp" width="40" height="40" aria-label="Share on WhatsApp"></amp-social-share>
<amp-social-share type="email" width="40" height="40" aria-label="Share by email"></amp-social-share>
</div>
<div class="article__body">
{body}
</div>
<aside class="tribute"><h3>Leave a tribute</h3><p>Share your memories of Eudora Pell with other readers on our family notices site.</p><a href="https://notices.tarrowmercury.example/tributes/eudora-pell">Leave a tribute</a></aside>
<div class="article__tags"><span>Topics</span><a href="https://www.tarrowmercury.example/all-about/obituaries">Obituaries</a><a href="https://www.tarrowmercury.example/all-about/tarrow-free-library">Tarrow Free Library</a><a href="https://www.tarrowmercury.example/all-about/history">History</a></div>
<section class="more-obits"><h2>More obituaries</h2>{more}</section>
<section class="most-read"><h2>Most read</h2><ol>{most}</ol></section>
</main>
<footer class="footer"><a href="https://www.tarrowmercury.example/news/obituaries/eudora-pell-bookbinder-tarrow-library-dies-88-1148822?amp=0">View full site</a>
<ul>{flinks}</ul><p>&copy; 2025 Tarrow Mercury. Published by Dene Valley Newspapers Ltd.</p></footer>
<amp-analytics type="googleanalytics"><script type="application/json">{analytics}</script></amp-analytics>
</body>
</html>
""".format(
    title=esc(TITLE), standfirst=esc(STANDFIRST), css=css, body=body_html,
    ld=ld_article(TITLE, "Gillian Marsh", "2025-03-11T06:00:00Z", "Tarrow Mercury", section="Obituaries", lang="en-GB"),
    menu=link_items(menu, '<li><a href="https://www.tarrowmercury.example{href}">{text}</a></li>', "/"),
    more="".join('<article class="more-obits__item"><h3><a href="https://www.tarrowmercury.example/news/obituaries/%s">%s</a></h3><p>%s</p></article>' % (slug(t), esc(t), esc(s)) for t, s in more_obits),
    most=link_items(most_read, '<li><a href="https://www.tarrowmercury.example/news{href}">{text}</a></li>', "/"),
    flinks=link_items(["Contact us", "Privacy notice", "Cookie notice", "Terms and conditions", "Corrections"], '<li><a href="https://www.tarrowmercury.example{href}">{text}</a></li>', "/"),
    analytics=json_state(analytics))

save("q20", page, gold)
