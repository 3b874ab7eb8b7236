"""q02 - English, Arc XP / Next.js business desk.

Stresses a truncated article: after the third paragraph the article column
holds an inline "Related:" box, an ad slot with "Story continues below
advertisement" and, further down, a newsletter sign-up, and the article
goes on for many paragraphs after each.  The page also carries the story
as Arc content_elements inside __NEXT_DATA__ JSON.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q02"
rnd = random.Random(302)

TITLE = "Brightwater Foods to buy Pell's Markets in $1.2 billion deal, uniting two regional grocers"
DEK = "The combined chain would run 214 stores across four states and become the largest grocer headquartered in the Tamsin Valley."

PART1 = """
Brightwater Foods said Monday it has agreed to buy Pell's Markets, the family-controlled grocery chain based in Corvallin, for about $1.2 billion in cash and stock, a deal that would bring together two of the region's oldest supermarket operators.

The combined company would operate 214 stores in four states and employ roughly 38,000 people, according to a joint statement. Brightwater shareholders would own about 71% of the merged business, which will keep the Brightwater name and its headquarters in Lisle Harbor.

Pell's, founded in 1931 by the grandfather of current chairman Everett Pell, has resisted several takeover approaches over the past two decades. People familiar with the talks said the family agreed to sell after a planned expansion into frozen distribution proved far more expensive than expected.
"""

PART2 = """
Under the terms of the agreement, Pell's shareholders will receive $31.50 in cash and 0.42 Brightwater shares for each share they own. Based on Friday's closing price, that values Pell's at about $58 a share, a premium of 27% to where the stock traded before reports of the talks surfaced last month.

Brightwater chief executive Naomi Ferreira-Landis said the two chains overlap in only 19 towns and that the company does not expect to close stores as a result of the deal. She said Pell's banners, including its Harvest Table format, would remain in place for at least three years.

"Our customers don't want fewer stores, they want better ones," Ferreira-Landis said on a call with analysts. "Pell's brings a fresh and prepared-foods operation that we have admired for a long time, and we bring the scale to put it in front of more people."

## Regulators and unions

The deal requires approval from federal antitrust regulators and from Pell's shareholders. The companies said they expect it to close in the second half of next year.

Analysts said the limited overlap should make the review simpler than recent grocery mergers that collapsed under regulatory pressure. Still, the companies said they were prepared to sell up to a dozen stores in the overlapping towns if regulators ask.

Marcus Delaine, president of the food and commercial workers local that represents about 9,000 Pell's employees, said the union would seek written guarantees on wages and pensions before taking a position on the deal.

"We have heard 'no store closures' before," Delaine said. "What matters is what is in the contract, not what is on the press release."

## Why now

Both chains have faced pressure from discount grocers and warehouse clubs, which have added more than 60 stores in the region since 2019. Brightwater's same-store sales grew 1.8% last year, while Pell's reported a slight decline for the first time in more than a decade.
"""

PART3 = """
Pell's also took on debt to build a $180 million frozen-food warehouse outside Corvallin that opened eight months behind schedule. The company wrote down part of that investment in its most recent quarter, and its credit rating was cut one notch in August.

Ferreira-Landis said Brightwater would use the warehouse to supply stores across the combined network, which she said would fill capacity that Pell's alone could not use.

The companies expect about $140 million in annual cost savings by the third year, mostly from purchasing, distribution and technology. Brightwater said it would finance the cash portion of the deal with new debt and cash on hand.

## Family keeps a seat

Everett Pell, 68, will join Brightwater's board after the deal closes, and his daughter, Pell's chief operating officer Clarissa Pell-Ambrose, will lead the combined company's fresh-food division.

In a letter to employees, Pell said the decision to sell was the hardest of his career. He wrote that his grandfather opened the first store with a single meat counter and a borrowed delivery truck, and that the family had concluded the business needed a larger partner to last another ninety years.

Shares of Pell's rose 19% in morning trading. Brightwater's stock fell 3%, as some investors questioned the price and the amount of new debt the company will carry.

Lionel Achterberg, an analyst at Fenwright Securities, said the deal made strategic sense but left Brightwater with little room for error if food inflation returns.

"It is a good set of stores at a full price," Achterberg said. "The savings are believable. The timeline is the part I would watch."
"""

def arc_paras(text, start):
    spec = body_from(text)
    out, gold = [], []
    n = start
    for kind, payload in spec:
        if kind == "p":
            out.append('<p class="c-paragraph b-article-body__paragraph" data-el="text" data-ordinal="%d">%s</p>' % (n, payload))
        else:
            out.append('<h2 class="c-heading b-article-body__heading" data-el="header" data-ordinal="%d">%s</h2>' % (n, payload))
        gold.append(strip(payload))
        n += 1
    return "\n".join(out), gold, n, spec

h1, g1, n, s1 = arc_paras(PART1, 0)
h2, g2, n, s2 = arc_paras(PART2, n)
h3, g3, n, s3 = arc_paras(PART3, n)
gold = g1 + g2 + g3

related_inline = """<div class="c-interstitial-link b-article-body__interstitial" data-el="interstitial_link">
<div class="c-interstitial-link__inner"><span class="c-interstitial-link__label">Related:</span> <a href="/business/2024/10/18/pells-markets-explores-sale-frozen-warehouse/">Pell's Markets explores sale after costly frozen-food warehouse delays</a></div></div>
<div class="c-interstitial-link b-article-body__interstitial" data-el="interstitial_link"><div class="c-interstitial-link__inner"><span class="c-interstitial-link__label">Related:</span> <a href="/business/2024/06/02/discount-grocers-tamsin-valley/">Discount grocers have opened 60 stores here since 2019. Who is losing customers?</a></div></div>
<div class="arcad-feature b-article-body__ad" data-ad-slot="inline-1"><div class="arcad-label">Advertisement</div><div id="arcad_inline-1" class="arcad" style="min-height:250px"></div><div class="arcad-continue">Story continues below advertisement</div></div>"""

newsletter_inline = """<div class="c-newsletter-promo b-article-body__newsletter" data-el="custom_embed">
<div class="c-newsletter-promo__text"><h3 class="c-newsletter-promo__title">Get the Morning Markets newsletter</h3>
<p class="c-newsletter-promo__desc">The business stories moving the Tamsin Valley economy, in your inbox before the opening bell. Weekdays at 7 a.m.</p></div>
<form class="c-newsletter-promo__form" action="/newsletters/subscribe" method="post"><label for="nl-email" class="visually-hidden">Email address</label><input id="nl-email" type="email" placeholder="Enter your email"><button type="submit">Sign up</button></form>
<p class="c-newsletter-promo__legal">By signing up you agree to our Terms of Use and Privacy Policy. You may unsubscribe at any time.</p></div>
<div class="arcad-feature b-article-body__ad" data-ad-slot="inline-2"><div class="arcad-label">Advertisement</div><div id="arcad_inline-2" class="arcad" style="min-height:250px"></div><div class="arcad-continue">Story continues below advertisement</div></div>"""

def ce(spec):
    out = []
    for kind, payload in spec:
        if kind == "p":
            out.append({"_id": "%08X" % rnd.getrandbits(32), "type": "text", "content": payload})
        else:
            out.append({"_id": "%08X" % rnd.getrandbits(32), "type": "header", "level": 2, "content": payload})
    return out

content_elements = ce(s1) + [{"_id": "REL1", "type": "interstitial_link", "content": "Pell's Markets explores sale after costly frozen-food warehouse delays", "url": "/business/2024/10/18/pells-markets-explores-sale-frozen-warehouse/"}] + ce(s2) + [{"_id": "NL1", "type": "custom_embed", "subtype": "newsletter"}] + ce(s3)
next_data = {
    "props": {"pageProps": {"globalContent": {
        "_id": "W4KQ7ZL2XBFJDG3N5RUTH6YPCA", "type": "story", "canonical_url": "/business/2024/11/18/brightwater-foods-to-buy-pells-markets/",
        "headlines": {"basic": TITLE}, "subheadlines": {"basic": DEK},
        "credits": {"by": [{"name": "Odette Marchbank", "type": "author", "additional_properties": {"original": {"byline": "Odette Marchbank", "role": "Business reporter"}}}]},
        "display_date": "2024-11-18T14:12:00.000Z", "first_publish_date": "2024-11-18T13:30:00.000Z",
        "taxonomy": {"sections": [{"_id": "/business", "name": "Business"}, {"_id": "/business/retail", "name": "Retail"}], "tags": [{"slug": "grocery"}, {"slug": "mergers"}]},
        "content_elements": content_elements,
        "promo_items": {"basic": {"type": "image", "url": "https://cloudfront-us-east-1.images.arcpublishing.com/tamsin/PELLSMARKETS.jpg", "caption": "A Pell's Markets store in Corvallin."}},
    }, "arcSite": "tamsin-courier", "deployment": "prod-1873"}},
    "page": "/[...slug]", "query": {"slug": ["business", "2024", "11", "18", "brightwater-foods-to-buy-pells-markets"]},
    "buildId": "q8mLw3cZr0k2HkSx2Ww7E", "isFallback": False, "gssp": True, "scriptLoader": [],
}

more_business = make_headlines(rnd,
    ["Tamsin Valley home prices", "Lisle Harbor port traffic", "Corvallin's largest employer", "State jobless rate", "Regional airline",
     "Credit union merger", "Downtown office vacancies", "Local brewer"],
    ["slip for", "climb for", "hold steady after", "surprise analysts in", "stall in"],
    ["third straight month", "holiday season", "first quarter", "October", "a volatile week"], 9)

css = css_blob(["c-header", "c-nav", "b-article-body", "c-paragraph", "c-interstitial-link", "arcad", "c-newsletter-promo", "c-card", "b-right-rail", "c-footer", "c-byline"], 1100, 3021)
js = js_blob(3022, 220, "Fusion")

html = """<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{title} &#x2013; Tamsin Valley Courier</title>
<meta name="description" content="{dek}"/><meta property="og:title" content="{title}"/><meta property="og:site_name" content="Tamsin Valley Courier"/>
<link rel="preload" href="/_next/static/css/7f3a1c0e9b2d.css" as="style"/>
<style data-styled="active">{css}</style>
<script type="application/ld+json">{ld}</script>
</head><body><div id="__next">
<div class="c-consent-banner" role="dialog" aria-label="Privacy"><p>We use cookies and similar technologies to personalize content and ads and to analyze our traffic. <a href="/privacy/">Privacy Policy</a></p><button>Accept</button><button>Manage choices</button></div>
<header class="c-header"><a class="c-header__skip" href="#main">Skip to main content</a>
<div class="c-header__top"><a href="/" class="c-header__logo" aria-label="Tamsin Valley Courier home">Tamsin Valley Courier</a><div class="c-header__actions"><a href="/subscribe/" class="c-btn c-btn--primary">Subscribe</a><a href="/account/login/" class="c-btn">Sign in</a></div></div>
<nav class="c-nav" aria-label="Sections"><ul><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li class="is-active"><a href="/business/">Business</a></li><li><a href="/sports/">Sports</a></li><li><a href="/entertainment/">Entertainment</a></li><li><a href="/food/">Food</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/weather/">Weather</a></li><li><a href="/puzzles/">Puzzles</a></li><li><a href="/obituaries/">Obituaries</a></li></ul></nav>
</header>
<main id="main" class="b-article-layout">
<div class="b-article-layout__main">
<div class="c-overline"><a href="/business/">Business</a> <span>|</span> <a href="/business/retail/">Retail</a></div>
<h1 class="c-headline b-headline">{title}</h1>
<h2 class="c-subheadline b-subheadline">{dek}</h2>
<div class="c-byline b-byline"><span>By <a href="/people/odette-marchbank/">Odette Marchbank</a></span><span class="c-byline__role">Business reporter</span><time dateTime="2024-11-18T14:12:00.000Z">Updated November 18, 2024 at 9:12 a.m. EST</time></div>
<div class="c-share-tools"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button><button aria-label="Share via email">Email</button><button aria-label="Copy link">Copy link</button><button aria-label="Gift this article">Gift article</button></div>
<figure class="c-lead-art"><img src="https://cloudfront-us-east-1.images.arcpublishing.com/tamsin/PELLSMARKETS.jpg" alt="Exterior of a Pell's Markets store" width="1440" height="960"/><figcaption>A Pell's Markets store on Orchard Avenue in Corvallin. The chain, founded in 1931, has 77 stores. <span class="c-credit">(Harriet Osei / Tamsin Valley Courier)</span></figcaption></figure>
<article class="b-article-body" data-el="article-body">
{p1}
{related}
{p2}
{newsletter}
{p3}
</article>
<div class="c-author-bio"><img src="/authors/omarchbank.jpg" alt=""/><div><p class="c-author-bio__name">Odette Marchbank</p><p>Odette Marchbank covers retail, food and consumer business for the Courier. She joined the paper in 2017 from the Lisle Harbor Daily Press.</p></div></div>
<div class="c-tags"><span>Topics:</span> <a href="/tags/grocery/">Grocery</a> <a href="/tags/mergers/">Mergers</a> <a href="/tags/brightwater-foods/">Brightwater Foods</a></div>
</div>
<aside class="b-right-rail"><div class="arcad" id="arcad_right-rail-1"></div><section class="c-card-list"><h3>More in Business</h3><ul>{more}</ul></section></aside>
</main>
<footer class="c-footer"><ul><li><a href="/about/">About us</a></li><li><a href="/careers/">Careers</a></li><li><a href="/contact/">Contact</a></li><li><a href="/terms/">Terms of Service</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/accessibility/">Accessibility</a></li></ul><p>&#xA9; 2024 Tamsin Valley Courier. All rights reserved.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{nd}</script>
<script>{js}</script>
</body></html>""".format(
    title=esc(TITLE), dek=esc(DEK), css=css, js=js,
    ld=json_state({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "description": DEK, "datePublished": "2024-11-18T13:30:00Z", "author": [{"@type": "Person", "name": "Odette Marchbank"}], "publisher": {"@type": "Organization", "name": "Tamsin Valley Courier"}}),
    p1=h1, p2=h2, p3=h3, related=related_inline, newsletter=newsletter_inline,
    more="".join('<li class="c-card"><a href="/business/%s/">%s</a></li>' % (slug(m), esc(m)) for m in more_business),
    nd=json_state(next_data),
)

save(PID, html, gold)
