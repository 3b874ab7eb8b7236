"""q04 - English, wire service story page (agency's own site, React SSR).

Shipping story (~420 words) with dateline and closing credit line. Furniture:
market ticker, section nav, byline/date row, "Purchase Licensing Rights",
in-body newsletter promo ("Sign up here."), "Our Standards" line, "Read
Next" list with times, sponsored teasers, related topics, footer.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5104)
SITE = "Orbis Wire"
HEAD = "Kessra Strait insurance costs jump after tanker grounding, brokers say"

TEXT = """
PORT VELLAN, Nov 10 (Orbis Wire) - Insurers have raised premiums for ships crossing the Kessra Strait by as much as a third since a fully laden fuel tanker ran aground there last week, shipping brokers said on Monday, as salvage crews worked to refloat the vessel before a forecast storm.

The Cerulean Dawn, carrying about 68,000 tonnes of diesel, struck a sandbank on Nov. 4 while manoeuvring around a disabled fishing boat in the narrow eastern channel. No fuel has leaked, according to the Kessran Maritime Authority, which has closed the eastern channel and routed traffic through the deeper but slower western passage.

Three brokers in Port Vellan said hull insurers were now quoting 0.06% to 0.08% of a vessel's value for a single transit, compared with about 0.05% before the grounding.

@@NEWSLETTER

"Underwriters hate uncertainty more than they hate risk," said Ilse Varanger, a marine insurance broker at Hollin & Marsh in Port Vellan. "Until that ship is off the bank and the channel is surveyed, they will price in the worst case."

The western passage adds about six hours to a transit, and port agents said a queue of about 40 vessels had formed at its southern entrance on Monday. Container lines Santorre Shipping and Blue Meridian Lines have told customers to expect delays of up to two days on services calling at Port Vellan.

Salvage company Kettering-Ohm, hired by the tanker's owner Aurelian Tankers, said in a statement it had pumped ballast water from the forward tanks and planned to attempt a refloat on the high tide early on Wednesday, with four tugs standing by.

The maritime authority said divers had found no breach in the hull but had identified damage to the rudder, and that the ship would be towed to an anchorage for inspection once refloated.

Forecasters expect winds to strengthen to gale force by Thursday, which could complicate the operation. "If we miss Wednesday's tide, we are looking at the weekend at best," said a person familiar with the salvage plan, who asked not to be named because they were not authorised to speak to the media.

The strait carries about a fifth of the region's seaborne fuel imports. Port Vellan's fuel importers' association said stocks were sufficient for at least three weeks and urged motorists not to panic-buy.

Aurelian Tankers did not respond to a request for comment.

(Reporting by Nikolai Sorensen-Amadi in Port Vellan; Additional reporting by Hana Kuroki; Editing by Margit Oyelaran)
"""

NEWSLETTER = ('<div class="article-body__element__nl7q" data-testid="promo-box"><p class="text__text__1x2y text__inherit-color"><span>Get a clear view of the week in global shipping with the Orbis Wire Cargo newsletter. </span>'
              '<a href="/newsletters/cargo/?utm_source=article" class="text__link__9f3k" data-testid="Link">Sign up here.</a></p></div>')

spec = []
i = 0
for kind, payload in body_from(TEXT):
    if payload == "@@NEWSLETTER":
        spec.append(("raw", NEWSLETTER))
        continue
    spec.append(("rawgold", ('<div class="article-body__element__2p6nw"><p data-testid="paragraph-%d" class="text__text__1x2y text__dark-grey__3ml43 text__regular__2N1Xr text__large__nEccO body__full_width__ekUdw body__large_body__FV5_X article-body__element__2p6nw">%s</p></div>' % (i, esc(payload)), [payload])))
    i += 1
body_html, gold = render(spec, {})

TICKER = [("VELLAN 40", "8,412.55", "+0.62%"), ("KESSRA BRENT-EQ", "$78.14", "-1.12%"), ("DRY FREIGHT IDX", "1,946", "+2.30%"), ("USD/VLK", "3.4410", "+0.05%"), ("GOLD", "$2,391.20", "+0.21%"), ("10Y YIELD", "4.18%", "-0.03")]
NAV = ["World", "Business", "Markets", "Sustainability", "Legal", "Commentary", "Technology", "Investigations", "More"]
subjects = ["Oil prices", "Asian shares", "Grain exporters", "European carmakers", "Copper", "Bond traders", "A major container line", "Port workers"]
verbs = ["slip as", "rise after", "weigh", "eye", "brace for", "shrug off"]
objects = ["central bank signals", "Kessra delays", "weak factory data", "new tariff talks", "a strike threat", "a supply glut", "record freight rates"]
read_next = make_headlines(rnd, subjects, verbs, objects, 5)
times = ["38 mins ago", "1 hour ago", "2 hours ago", "3 hours ago", "5 hours ago"]
sponsored = ["How mid-sized shippers are cutting fuel costs with route analytics", "The hidden cost of paper bills of lading", "Three trends reshaping marine underwriting in 2026"]

css = css_blob(["text__text", "article-body__element", "site-header", "ticker", "read-next", "media-story-card", "footer__links", "article-header"], 700, 5104)
js = js_blob(5104, 220, "Fusion")

read_next_html = "".join('<li class="story-collection__list-item"><div class="media-story-card__body"><a data-testid="Heading" href="/business/%s-2025-11-10/" class="text__heading_6">%s</a><time class="text__text__1x2y text__extra_small">%s</time></div></li>' % (slug(t), esc(t), tm) for t, tm in zip(read_next, times))
ticker_html = "".join('<li class="ticker__item"><span class="ticker__name">%s</span><span class="ticker__value">%s</span><span class="ticker__change">%s</span></li>' % x for x in TICKER)

page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} | {SITE}</title>
<meta name="description" content="Insurers have raised premiums for ships crossing the Kessra Strait by as much as a third since a fuel tanker ran aground, brokers said.">
<meta name="article:author" content="Nikolai Sorensen-Amadi"><meta property="og:site_name" content="{SITE}">
<link rel="stylesheet" href="/pf/resources/styles/main.css?d=2231">
<style>{css}</style>
{ld_article(HEAD, "Nikolai Sorensen-Amadi", "2025-11-10T12:47:00Z", SITE, section="Commodities")}
</head><body><div id="fusion-app">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="ticker" aria-label="Markets"><ul class="ticker__list">{ticker_html}</ul><a class="ticker__more" href="/markets/">Markets data</a></div>
<header class="site-header"><a class="site-header__logo" href="/" aria-label="{SITE} homepage"></a>
<nav class="site-header__nav"><ul>{link_items(NAV, '<li><a href="{href}">{text}</a></li>')}</ul></nav>
<div class="site-header__actions"><a href="/account/register/">Register</a> <a class="button" href="/subscribe/">My News</a></div></header>
<main id="main-content"><article class="article__container">
<header class="article-header"><nav class="breadcrumbs"><a href="/business/">Business</a> <a href="/business/commodities/">Commodities</a></nav>
<h1 data-testid="Heading" class="text__heading_2 article-header__title">{esc(HEAD)}</h1>
<div class="article-header__byline"><address>By <a rel="author" href="/authors/nikolai-sorensen-amadi/">Nikolai Sorensen-Amadi</a></address>
<time class="article-header__date" datetime="2025-11-10T12:47:00Z">November 10, 2025 12:47 PM GMT<span class="article-header__updated">Updated 2 hours ago</span></time></div>
<div class="article-header__share"><button aria-label="Share">Share</button> <button aria-label="Save">Save</button></div></header>
<figure class="article-header__media"><img src="https://cdn.orbiswire.example/cerulean-dawn.jpg" alt="A tanker sits low in the water near a sandbank" width="1200" height="800">
<figcaption class="media__caption"><span>The fuel tanker Cerulean Dawn is seen aground in the eastern channel of the Kessra Strait, November 6, 2025. Orbis Wire/Tomasz Eberle</span> <a class="media__licensing" href="https://pictures.orbiswire.example/buy/CD6">Purchase Licensing Rights</a></figcaption></figure>
<div class="article-body__content" data-testid="ArticleBody">
{body_html}
<p class="sign-off" data-testid="SignOff"><a href="/info-pages/editorial-principles/">Our Standards: The Orbis Wire Editorial Principles.</a></p>
<div class="article-body__licensing"><a href="https://content.orbiswire.example/licensing/?id=KESSRA-INSURANCE">Purchase Licensing Rights</a>, opens new tab</div>
</div>
<div class="article-tags"><h3>Related topics</h3><ul><li><a href="/business/commodities/">Commodities</a></li><li><a href="/business/shipping/">Shipping</a></li><li><a href="/business/finance/insurance/">Insurance</a></li><li><a href="/world/kessra/">Kessra</a></li></ul></div>
<div class="author-bio"><h3>Nikolai Sorensen-Amadi</h3><p>A 15-year veteran of the Port Vellan bureau, he covers shipping, ports and the energy trade across the Kessran coast.</p></div>
</article>
<aside class="read-next"><h2>Read Next</h2><ul class="story-collection__list">{read_next_html}</ul></aside>
<aside class="sponsored"><div class="sponsored__label">Sponsored Content</div><ul>{link_items(sponsored, '<li><a href="{href}">{text}</a></li>', "/sponsored/")}</ul></aside>
</main>
<footer class="footer"><div class="footer__links">{link_items(["Browse", "World", "Business", "Markets", "About Orbis Wire", "Careers", "Contact Us", "Accessibility", "Advertise With Us", "Cookies", "Terms of Use", "Privacy", "Digital Accessibility", "Corrections"], '<a href="{href}">{text}</a> ')}</div>
<p class="footer__disclaimer">All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p>
<p class="footer__copyright">© 2025 Orbis Wire. All rights reserved</p></footer>
</div><script>{js}</script></body></html>
"""

save("q04", page, gold)
