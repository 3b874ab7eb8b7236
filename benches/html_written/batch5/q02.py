"""q02 - English (US), metro daily on an Arc XP / Fusion front end.

Transit story (~650 words): two subheads, a two-item list, two "RELATED:"
interstitial links, ADVERTISEMENT slots and an inline newsletter box inside
the body column. The whole story is also in Fusion.globalContent (JSON in a
script). Furniture: breaking-news bar, section nav, icon-only share buttons,
caption with credit, author bio, topics, "Most Read", sponsored stream.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5102)
SITE = "The Corvell Herald-Dispatch"
HEAD = "CRTA will cap bus fares at $4.50 a day in yearlong pilot"
DEK = "Riders who pay by card or app will ride free after hitting the daily or weekly limit. Cash riders are left out, for now."
URL = "https://www.corvellherald.com/news/transportation/2025/11/06/crta-fare-capping-pilot/"

TEXT = """
Riders who take three or more buses a day on the Corvell Regional Transit Authority system will stop paying once they hit $4.50, under a fare-capping pilot the agency’s board approved Thursday.

The 12-month pilot, set to begin March 1, applies to riders who pay with the agency’s reloadable TapLine card or its mobile app. Once a rider’s fares in a single day add up to the cap, every additional trip that day is free. A weekly cap of $22 kicks in after the same rider spends that much from Monday to Sunday.

Agency officials said the change is meant to help people who can’t afford the $88 monthly pass up front and end up paying more, trip by trip, than riders who can.

“We have been charging our lowest-income riders a penalty for being poor,” board chair Lorraine Ibekwe-Stahl said before the vote. “This fixes that without asking anyone to fill out a form.”

@@RELATED1

## What it will cost

Staff estimate the pilot will reduce fare revenue by $1.1 million to $1.6 million over the year, out of roughly $31 million the agency expects to collect. The range depends on how many cash-paying riders switch to cards, which the agency is trying to encourage by adding 40 retail locations where cards can be loaded, including corner stores and three public library branches.

Chief financial officer Bram Toller told the board the agency can absorb the loss this year using a reserve built up while federal pandemic aid was still flowing, but he cautioned that a permanent program would need a new source of money.

“The first year is the easy year,” Toller said. “I want everybody in this room to remember that when we’re back here next spring.”

@@AD1

Riders who pay cash will not benefit from the cap, a point raised by several speakers during public comment. About 14% of trips are still paid in cash, according to agency data, and those riders are disproportionately older and live in the county’s eastern neighborhoods, where fewer stores sell cards.

Felix Amankwah, who organizes with the Eastside Riders Union, said the group supports the pilot but wants the agency to let riders register cards without a bank account and to hand out free cards at transfer centers for the first month.

“If you make people go across town to get the card that saves them money, a lot of them won’t go,” he said.

@@RELATED2

## How other systems fared

@@NEWSLETTER

Fare capping has spread among U.S. transit agencies over the past decade, and CRTA staff pointed to results from peers of similar size. Planning director Suvi Marchetti said agencies that adopted caps generally saw a modest rise in trips among low-income riders and a shift from cash to cards within the first year, though she cautioned that the data from smaller systems is thin.

The board added two conditions before approving the pilot on a 7-1 vote:

- Staff must report quarterly on how many riders reach the daily and weekly caps, broken down by ZIP code.
- The agency must study a way for cash riders to earn the cap, such as loading cash onto a card at the farebox, and present options by September.

Board member Dale Renquist cast the lone vote against, saying he would rather lower the price of the monthly pass. “That’s simpler, and everybody understands it,” he said.

The agency plans an information campaign in February, with staff at major stops explaining how the cap works. Riders with questions can call the customer service line or visit any of the agency’s three transit centers.
"""

RELATED = {
    "@@RELATED1": ("CRTA ridership climbs back to 2019 levels on two crosstown routes", "/news/transportation/2025/09/22/crta-ridership-crosstown/"),
    "@@RELATED2": ("Eastside riders say bus shelters were promised in 2021. Most never came", "/news/local/2025/07/14/eastside-bus-shelters/"),
}
AD = ('<div class="arcad-feature b-ad-block"><div class="advertisement-label">ADVERTISEMENT</div>'
      '<div id="arcad_feature-0-{n}" class="arcad" style="min-height:250px"></div></div>')
NEWS = ('<div class="b-newsletter-signup"><div class="b-newsletter-signup__heading">Get On the Move</div>'
        '<p class="b-newsletter-signup__description">Transportation news for Corvell commuters, every Tuesday and Friday.</p>'
        '<form class="b-newsletter-signup__form"><label class="sr-only" for="nl-email">Email address</label><input id="nl-email" type="email" placeholder="Enter your email address">'
        '<button type="submit" class="c-button c-button--primary">Sign up</button></form>'
        '<p class="b-newsletter-signup__legal">By signing up, you agree to our Terms of Service and acknowledge our Privacy Policy.</p></div>')

spec = []
content_elements = []
n_ad = 0
for kind, payload in body_from(TEXT):
    if kind == "p" and payload in RELATED:
        t, href = RELATED[payload]
        spec.append(("raw", '<p class="c-paragraph c-interstitial-link"><strong>RELATED:</strong> <a href="%s">%s</a></p>' % (href, esc(t))))
        content_elements.append({"type": "interstitial_link", "content": t, "url": href, "_id": "IL%d" % len(content_elements)})
    elif kind == "p" and payload == "@@AD1":
        n_ad += 1
        spec.append(("raw", AD.format(n=n_ad)))
    elif kind == "p" and payload == "@@NEWSLETTER":
        spec.append(("raw", NEWS))
        content_elements.append({"type": "custom_embed", "subtype": "newsletter_signup", "embed": {"config": {"list": "on-the-move"}}})
    else:
        spec.append((kind, payload))
        if kind == "ul":
            content_elements.append({"type": "list", "list_type": "unordered", "items": [{"type": "text", "content": x} for x in payload]})
        elif kind == "h2":
            content_elements.append({"type": "header", "level": 2, "content": payload})
        else:
            content_elements.append({"type": "text", "content": payload, "_id": "T%05d" % rnd.randint(0, 99999)})

body_html, gold = render(spec, {
    "p": '<p class="c-paragraph" data-el="text" dir="null">{}</p>',
    "h2": '<h2 class="c-heading b-header" data-el="header">{}</h2>',
    "ul": '<ul class="c-list b-list" data-el="list">{items}</ul>',
    "ul_item": '<li class="c-list__item">{}</li>',
})

global_content = {
    "_id": "W7K4QZ3N5FCXLJHD2PTR6YVBMA", "type": "story", "version": "0.10.9", "canonical_url": URL.replace("https://www.corvellherald.com", ""),
    "headlines": {"basic": HEAD, "web": HEAD}, "subheadlines": {"basic": DEK},
    "credits": {"by": [{"type": "author", "name": "Teodora Vasquez-Lind", "_id": "teodora-vasquez-lind"}]},
    "display_date": "2025-11-06T22:12:04.551Z", "first_publish_date": "2025-11-06T22:12:04.551Z",
    "taxonomy": {"primary_section": {"_id": "/news/transportation", "name": "Transportation"}, "tags": [{"text": "CRTA"}, {"text": "Transit"}, {"text": "Fares"}]},
    "promo_items": {"basic": {"type": "image", "url": "https://cloudfront-us-east-1.images.arcpublishing.com/corvell/QK3FARE.jpg",
                              "caption": "A CRTA route 14 bus pulls into the Hollis Avenue transit center.", "credits": {"by": [{"name": "Jin-ho Park"}]}}},
    "content_elements": content_elements,
}
fusion = ("window.Fusion=window.Fusion||{};Fusion.arcSite=\"corvell-herald\";Fusion.contextPath=\"/pf\";Fusion.mxId=null;"
          "Fusion.deployment=\"1847\";Fusion.globalContent=%s;Fusion.globalContentConfig={\"source\":\"content-api\",\"query\":{\"website_url\":\"%s\"}};"
          "Fusion.lastModified=1762467124551;Fusion.contentCache={};Fusion.layout=\"article-right-rail\";Fusion.metas={\"title\":{\"value\":\"%s\"}};") % (
    json_state(global_content), global_content["canonical_url"], HEAD)

SECTIONS = ["News", "Local", "Transportation", "Politics", "Business", "Sports", "Opinion", "Things To Do", "Food", "Obituaries", "e-Edition"]
subjects = ["Corvell County", "Hollis Avenue merchants", "Metro schools", "Riverfront developers", "State lawmakers", "The Corvell Comets", "Airport officials", "East Ridge neighbors"]
verbs = ["brace for", "push for", "quietly drop", "unveil", "sue over", "vote on", "debate"]
objects = ["property tax hike", "new stadium lease", "snow plow routes", "water rate increase", "teacher contract", "library hours", "bike lane plan"]
most_read = make_headlines(rnd, subjects, verbs, objects, 5)
sponsored = ["Homeowners in Corvell Are Rethinking Their Gutters This Winter", "The Sneaker Brand Podiatrists Keep Talking About", "Retirees Say This One Budget Habit Changed Everything", "Why Everyone Is Suddenly Buying This Space Heater"]

css = css_blob(["b-header-nav", "c-paragraph", "b-article-body", "arcad", "b-newsletter-signup", "b-top-table", "b-footer", "c-byline", "b-share", "c-link"], 720, 5102)
js = js_blob(5102, 260, "Fusion")

page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} – {SITE}</title>
<meta name="description" content="{esc(DEK)}"><link rel="canonical" href="{URL}">
<meta property="og:title" content="{esc(HEAD)}"><meta property="og:description" content="{esc(DEK)}"><meta property="og:site_name" content="{SITE}">
<meta name="twitter:card" content="summary_large_image"><meta name="article:section" content="Transportation">
<link rel="preconnect" href="https://cloudfront-us-east-1.images.arcpublishing.com"><link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=1847&amp;mxId=00000000">
<style>{css}</style>
{ld_article(HEAD, "Teodora Vasquez-Lind", "2025-11-06T17:12:04-05:00", SITE, section="Transportation")}
<script type="application/javascript" id="fusion-metadata">{fusion}</script>
</head><body class="article-page"><div id="fusion-app" class="layout-section">
<div class="b-alert-bar c-stack"><span class="b-alert-bar__label">BREAKING</span> <a href="/news/local/2025/11/06/hollis-avenue-water-main/">Water main break closes Hollis Avenue between 12th and 16th streets</a></div>
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top"><button class="c-button" aria-label="Sections">Sections</button>
<a class="b-header-nav-chain__logo" href="/"><img src="/pf/resources/images/logo-herald.svg?d=1847" alt="{SITE}"></a>
<div class="b-header-nav-chain__right"><a class="c-button c-button--subscribe" href="/subscribe/?src=nav">Subscribe for $1</a> <a class="c-button" href="/account/login/">Sign In</a></div></div>
<nav class="b-header-nav-chain__links" aria-label="Top Links"><ul>{link_items(SECTIONS, '<li class="c-link-item"><a class="c-link" href="{href}">{text}</a></li>')}</ul></nav></header>
<div class="arcad-feature b-ad-block b-ad-block--top"><div class="advertisement-label">ADVERTISEMENT</div><div id="arcad_feature-0-top" style="min-height:90px"></div></div>
<main class="b-right-rail"><div class="b-right-rail__main">
<article class="b-article-body-wrapper">
<div class="b-overline"><a class="c-overline" href="/news/transportation/">Transportation</a></div>
<h1 class="b-headline c-heading">{esc(HEAD)}</h1>
<h2 class="b-subheadline c-heading">{esc(DEK)}</h2>
<div class="b-byline"><span class="c-attribution">By <a class="c-link" href="/people/teodora-vasquez-lind/">Teodora Vasquez-Lind</a></span>
<time class="c-date" datetime="2025-11-06T22:12:04.551Z">Published Nov. 6, 2025 at 5:12 p.m. EST</time></div>
<div class="b-share-bar"><button class="c-button c-button--share" aria-label="Share on Facebook"><svg><use href="#icon-facebook"/></svg></button><button class="c-button c-button--share" aria-label="Share on X"><svg><use href="#icon-x"/></svg></button><button class="c-button c-button--share" aria-label="Share via Email"><svg><use href="#icon-email"/></svg></button><button class="c-button c-button--share" aria-label="Copy link"><svg><use href="#icon-link"/></svg></button></div>
<figure class="b-lead-art c-media-item"><img src="https://cloudfront-us-east-1.images.arcpublishing.com/corvell/QK3FARE.jpg" alt="Bus at transit center" width="1440" height="960">
<figcaption class="c-media-item__caption"><span class="c-media-item__title">A CRTA route 14 bus pulls into the Hollis Avenue transit center.</span> <span class="c-media-item__credit">(Jin-ho Park / Herald-Dispatch)</span></figcaption></figure>
<div class="b-article-body">
{body_html}
</div>
<div class="b-author-bio"><img class="c-image" src="https://cloudfront-us-east-1.images.arcpublishing.com/corvell/authors/tvl.png" alt="" width="80" height="80">
<div class="b-author-bio__text"><a class="b-author-bio__name" href="/people/teodora-vasquez-lind/">Teodora Vasquez-Lind</a>
<p class="b-author-bio__description">Teodora Vasquez-Lind covers transportation and infrastructure for the Herald-Dispatch. She rides the 14 most mornings.</p></div></div>
<div class="b-tag-list"><span class="b-tag-list__label">Topics:</span> <a class="c-tag" href="/topics/crta/">CRTA</a> <a class="c-tag" href="/topics/transit/">Transit</a> <a class="c-tag" href="/topics/fares/">Fares</a></div>
</article>
<section class="b-top-table-list"><h2 class="b-top-table-list__title">Most Read</h2><ol>{link_items(most_read, '<li class="b-top-table-list__item"><a class="c-link" href="{href}">{text}</a></li>', "/news/local/2025/11/")}</ol></section>
<section class="b-sponsored"><h2 class="b-sponsored__title">Around the Web</h2><div class="b-sponsored__label">Sponsored Content</div><ul>{link_items(sponsored, '<li><a rel="sponsored" href="https://ads.example-net.com{href}">{text}</a></li>')}</ul></section>
</div>
<aside class="b-right-rail__rail"><div class="arcad-feature b-ad-block"><div class="advertisement-label">ADVERTISEMENT</div><div id="arcad_feature-0-rail" style="min-height:600px"></div></div></aside></main>
<footer class="b-footer"><div class="b-footer__links"><a href="/about/">About Us</a> <a href="/contact/">Contact</a> <a href="/careers/">Careers</a> <a href="/advertise/">Advertise</a> <a href="/help/">Help Center</a> <a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a> <a href="/ca-notice/">Your Privacy Choices</a></div>
<p class="b-footer__copyright">Copyright © 2025 {SITE}. All rights reserved.</p></footer>
</div>
<script>{js}</script>
</body></html>
"""

save("q02", page, gold)
