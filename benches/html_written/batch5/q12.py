"""q12 - English (Ireland), regional weekly's site: show report with inline gallery.

Agricultural show story (~300 words, 7 paragraphs) with a 10-slide photo
gallery (slide counter "1 / 10", captions, photographer credits, prev/next
buttons) inside the text after paragraph 3. Furniture: consent banner,
header with subscribe offer, section nav, share links, "Most Read",
"Latest Notices" (death notices), "More Farming" teasers, footer.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5112)
SITE = "The Kilcarrig Observer"
HEAD = "Record crowd of 6,000 at Drumlane Show as sun shines on showgrounds"

TEXT = """
More than 6,000 people passed through the gates of the Drumlane Agricultural Show on Sunday, the biggest attendance since the show returned after its two-year break, according to the organising committee.

Sunshine held for most of the day at the showgrounds on the Ballyvore Road, and the car park was full by noon, with stewards directing late arrivals to an overflow field provided by the Fenlon family.

Show secretary Bríd Ní Cheallaigh said the committee had been “holding its breath” after a wet week. “We had the tractors on standby to tow cars out of the field and in the end we only needed them twice,” she said. “The volunteers were outstanding from first light.”

@@GALLERY

Entries in the cattle and sheep classes were up on last year, with judges from three counties. The supreme beef champion was a Charolais heifer, Knockrea Ruby, shown by Declan and Aoife Mulvihill from Tullyglass, while the supreme sheep championship went to Ciarán Dowd of Carrowbeg with a Texel ram lamb.

The home industries marquee was, as ever, one of the busiest spots on the field, with 412 entries in baking, crafts, photography and floral art. Twelve-year-old Saoirse Quinlivan took the junior baking cup for the second year running with a tray of scones the judges described as “close to perfect”.

The dog show, the vintage machinery display and the children’s pet parade all drew big crowds in the afternoon, and the day finished with the traditional tug-of-war between the Drumlane and Ballyvore GAA clubs. Ballyvore won two pulls to one.

The committee thanked sponsors, landowners and the gardaí for their help with traffic, and said planning for next year’s show would begin in January.
"""

SLIDES = [
    ("Declan and Aoife Mulvihill from Tullyglass with Knockrea Ruby, the supreme beef champion at the Drumlane Show.", "Fergal Tynan"),
    ("Ciarán Dowd of Carrowbeg with his Texel ram lamb after winning the supreme sheep championship.", "Fergal Tynan"),
    ("Saoirse Quinlivan (12) with the junior baking cup, which she won for the second year in a row.", "Fergal Tynan"),
    ("Judges Pádraig Hession and Mairéad Collopy inspect the dairy heifers in the morning’s first class.", "Fergal Tynan"),
    ("A line of restored tractors from the 1950s and 1960s in the vintage machinery display.", "Orla Mac Giolla Rua"),
    ("Four-year-old Tadhg Brosnan and his rabbit, Nibbles, at the children’s pet parade.", "Orla Mac Giolla Rua"),
    ("Members of the Ballyvore GAA tug-of-war team dig in during the final pull of the evening.", "Orla Mac Giolla Rua"),
    ("Visitors queue at the home industries marquee, which had 412 entries this year.", "Fergal Tynan"),
    ("Show committee members Bríd Ní Cheallaigh, Seán Furlong and Nuala Devane at the main gate.", "Fergal Tynan"),
    ("The crowd around the main ring for the parade of champions late on Sunday afternoon.", "Orla Mac Giolla Rua"),
]
slides_html = "".join(
    '<li class="gallery__slide%s" data-index="%d"><figure><img src="https://images.kilcarrigobserver.example/2025/08/drumlane-show-%02d.jpg" alt="" loading="lazy" width="1024" height="683">'
    '<figcaption><span class="gallery__counter">%d / %d</span><p class="gallery__caption">%s</p><span class="gallery__credit">Picture: %s</span></figcaption></figure></li>' % (
        " is-active" if i == 0 else "", i, i + 1, i + 1, len(SLIDES), esc(c), esc(p)) for i, (c, p) in enumerate(SLIDES))
GALLERY = ('<div class="gallery" data-component="gallery"><div class="gallery__header"><span class="gallery__icon">📷</span> <span class="gallery__title">Gallery: Drumlane Show 2025</span> <span class="gallery__count">10 photos</span></div>'
           '<ul class="gallery__slides">%s</ul><div class="gallery__nav"><button class="gallery__prev" aria-label="Previous image">‹</button><button class="gallery__next" aria-label="Next image">›</button>'
           '<button class="gallery__fullscreen">View full screen</button></div></div>') % slides_html

spec = [("raw", GALLERY) if p == "@@GALLERY" else (k, p) for k, p in body_from(TEXT)]
body_html, gold = render(spec, {"p": '<p class="article__paragraph">{}</p>'})

NAV = ["News", "Sport", "GAA", "Farming", "Business", "Community", "Entertainment", "Notices", "Jobs", "ePaper"]
subjects = ["Kilcarrig Town Council", "Drumlane National School", "Ballyvore GAA", "A Tullyglass family", "Local gardaí", "The county hurlers", "Carrowbeg residents"]
verbs = ["welcome", "object to", "raise funds for", "mark", "seek answers on", "celebrate"]
objects = ["new bypass route", "centenary", "county final win", "bus service cuts", "greenway plan", "school extension", "wind farm proposal"]
most = make_headlines(rnd, subjects, verbs, objects, 5)
more_farming = make_headlines(rnd, ["Mart prices", "Silage contractors", "Tillage farmers", "Suckler herds", "Young farmers"], ["hold firm amid", "count cost of", "look ahead to", "benefit from"], ["dry autumn", "weather delays", "new grant scheme", "strong demand"], 3)
notices = [("Margaret (Peg) Hanrahan, née Coffey", "Ballyvore"), ("Thomas Fitzhenry", "Drumlane"), ("Eileen Ó Súilleabháin", "Kilcarrig"), ("Michael Joe Breathnach", "Tullyglass")]
notices_html = "".join('<li><a href="/notices/%s"><strong>%s</strong><span>%s</span></a></li>' % (slug(n), esc(n), esc(p)) for n, p in notices)

css = css_blob(["masthead", "nav-primary", "article", "gallery", "share-bar", "most-read", "notices", "consent", "site-footer", "teaser"], 600, 5112)
js = js_blob(5112, 210, "observer")

page = f"""<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} | {SITE}</title><meta property="og:title" content="{esc(HEAD)}"><meta property="og:type" content="article">
<style>{css}</style>
{ld_article(HEAD, "Eimear Cullinane", "2025-08-18T16:30:00+01:00", SITE, section="Farming")}
</head><body class="page-article">
<div class="consent" role="dialog" aria-live="polite"><div class="consent__text"><h2>Your privacy</h2><p>When you click “Accept all”, you allow us and our partners to store cookies on your device to improve site navigation, analyse site usage and support our marketing. You can change your preferences at any time.</p></div>
<div class="consent__buttons"><button class="consent__accept">Accept all</button><button class="consent__settings">Cookie settings</button><button class="consent__reject">Reject all</button></div></div>
<header class="masthead"><div class="masthead__top"><span class="masthead__date">Monday, 18 August 2025</span> <a class="masthead__subscribe" href="/subscribe">Subscribe from €1.99 a month</a> <a href="/login">Sign in</a></div>
<a class="masthead__logo" href="/"><img src="/assets/observer-logo.svg" alt="{SITE}"></a>
<nav class="nav-primary"><ul>{link_items(NAV, '<li><a href="{href}">{text}</a></li>')}</ul></nav></header>
<main class="layout"><article class="article">
<div class="article__section"><a href="/farming">Farming</a></div>
<h1 class="article__headline">{esc(HEAD)}</h1>
<div class="article__meta"><span class="article__author">Eimear Cullinane</span> <time datetime="2025-08-18T16:30">Mon 18 Aug 2025 at 16:30</time></div>
<div class="share-bar"><a href="https://www.facebook.com/sharer.php?u=kco" class="share-bar__fb">Facebook</a> <a href="https://x.com/share?url=kco" class="share-bar__x">X</a> <a href="https://wa.me/?text=kco" class="share-bar__wa">WhatsApp</a> <a href="mailto:?subject=Drumlane%20Show" class="share-bar__mail">Email</a></div>
<div class="article__body">
{body_html}
</div>
<div class="article__tags"><a href="/tags/drumlane-show">Drumlane Show</a> <a href="/tags/agricultural-shows">Agricultural shows</a> <a href="/tags/ballyvore">Ballyvore</a></div>
<section class="teaser-list"><h2>More Farming</h2><ul>{link_items(more_farming, '<li class="teaser"><a href="{href}">{text}</a></li>', "/farming/")}</ul></section>
</article>
<aside class="sidebar"><section class="most-read"><h2>Most Read</h2><ol>{link_items(most, '<li><a href="{href}">{text}</a></li>', "/news/")}</ol></section>
<section class="notices"><h2>Latest Notices</h2><ul>{notices_html}</ul><a href="/notices">View all notices</a></section>
<div class="ad"><span class="ad__label">Advertisement</span><div id="ad-mpu-1" style="min-height:250px"></div></div></aside></main>
<footer class="site-footer"><ul>{link_items(["About us", "Contact us", "Advertise", "Place a notice", "Terms and conditions", "Privacy statement", "Cookie policy", "Complaints"], '<li><a href="{href}">{text}</a></li>')}</ul>
<p>{SITE} is a member of the Press Council. Copyright © 2025 Kilcarrig Observer Ltd.</p></footer>
<script>{js}</script></body></html>
"""

save("q12", page, gold)
