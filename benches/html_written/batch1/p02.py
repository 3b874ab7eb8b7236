# p02: big US newspaper on an Arc/Next.js-like stack (deep nested divs, data-qa attributes, __NEXT_DATA__)
from common import *

PID = "p02"
TITLE = "A start-up promised cheaper homes built in a factory. Then the factory went quiet."
DEK = "Framewell Homes halted production, laid off most of its workers and missed a payment on a county-backed loan, leaving dozens of buyers waiting."
URL = "https://www.meridianpost.com/business/2024/02/27/framewell-homes-factory-brennan-falls/"

BODY = [
    ("p", "BRENNAN FALLS — For eight months, the sprawling gray building on the east edge of this river town hummed around the clock. Forklifts carried wall panels the length of a school bus across the floor, and every few days a flatbed truck pulled out with another house, folded into sections, bound for a lot somewhere in the region."),
    ("p", "Then, in early February, the noise stopped."),
    ("p", "Framewell Homes, the start-up that promised to cut the cost of a starter home by a third by building it indoors, has halted production at its only factory, laid off 212 of its 260 workers and missed a payment on a $38 million loan backed in part by the county, according to financial filings and interviews with more than a dozen current and former employees, officials and customers."),
    ("p", "The pause has left about 70 families with deposits on homes that have not been delivered, and it has put local leaders who championed the company in an uncomfortable position, forced to explain how a project they described as the future of affordable housing ran short of cash less than a year after opening."),
    ("ad", None),
    ("p", "“We were told this was the safest bet the county had ever made,” said Lorraine Pfeiffer, a retired bookkeeper who paid a $19,500 deposit in June for a two-bedroom house she planned to place on land next to her daughter’s. “I’m not angry at the workers. I’m angry that nobody seems to know where the money went.”"),
    ("p", "Framewell’s chief executive, Dalton Reese, said in a statement that the company was “in active discussions with new investors” and expected to restart production “in the coming weeks.” He declined to be interviewed."),
    ("related", None),
    ("h3", "A factory built on promises"),
    ("p", "The company was founded in 2020 by Reese, a former logistics executive, and Anita Goswell, an architect who had spent a decade designing prefabricated schools. Their pitch was simple: houses built on an assembly line, out of the weather, by workers who did not have to drive between job sites, could be built faster and with less waste."),
    ("p", "County commissioners agreed to guarantee a portion of the company’s loan in 2022 and sold it the former Hollister Glass plant for $1. In exchange, Framewell pledged to employ at least 400 people by the end of 2025."),
    ("p", "At a ribbon-cutting in May, Commissioner Pete Abernathy stood beside a finished house on the factory floor and called it “the best news this county has had in 30 years.” Reached by phone last week, Abernathy said he still believed in the idea but acknowledged that the county had “maybe leaned in a little hard.”"),
    ("ad", None),
    ("p", "Former employees described a factory that struggled almost from the start to hit its targets. A production manager who left in November, and who spoke on the condition of anonymity because he signed a separation agreement, said the line was designed to finish one house a day but rarely managed more than two a week."),
    ("p", "Part of the problem, three former workers said, was that almost every order was customized. Buyers could choose from four floor plans but could also pick window positions, roof pitches and finishes, which meant panels often had to be reworked by hand."),
    ("p", "“It was sold as a car factory,” said Marisol Tejeda, who worked as a framer until January. “It ran like a custom shop with a conveyor belt.”"),
    ("newsletter", None),
    ("h3", "What happens to the deposits"),
    ("p", "Under its sales contracts, Framewell kept deposits in its general operating account rather than in escrow, a practice that is legal in the state but that consumer advocates say leaves buyers exposed if a builder fails."),
    ("p", "The county’s economic development director, Sunita Varghese, said officials were reviewing the loan terms and had asked the company for a detailed recovery plan by the end of the month. If Framewell defaults, the county could be responsible for up to $11 million."),
    ("ad", None),
    ("p", "Goswell, the co-founder, left the company in October. In a brief interview at her home, she said she remained proud of the houses the factory had built. “The homes are good. People love living in them,” she said. “The business is a separate question.”"),
    ("p", "Pfeiffer, meanwhile, has started clearing the lot next to her daughter’s house anyway. “Either a house shows up,” she said, “or I plant a garden.”"),
]

CSS_HASH = ["c-kKmOUn", "c-bGtEvz", "c-fVbkPq", "c-hjzmdr", "c-PJLV", "c-gMRSyX", "c-dhzjXW", "c-jjyYpD"]


def h(i):
    return "wpds-" + CSS_HASH[i % len(CSS_HASH)]


def render_body():
    out, gold, adn = [], [], 0
    for kind, val in BODY:
        if kind == "p":
            out.append('<div class="article-body__content" data-qa="article-body"><p class="%s %s-iPJLV-css overrideStyles font-copy" data-el="text" dir="null">%s</p></div>' % (h(0), h(0), esc(val).replace("&quot;", '"')))
            gold.append(val)
        elif kind == "h3":
            out.append('<div class="article-body__content" data-qa="article-body"><h3 class="%s font-bold font-md mt-lg mb-sm" data-el="header" data-qa="subhead">%s</h3></div>' % (h(1), esc(val)))
            gold.append(val)
        elif kind == "ad":
            adn += 1
            out.append('''<div class="article-body__ad-container" data-qa="article-body-ad"><div class="%s dn-print"><div class="hide-for-print" data-qa="ad-label"><span class="font-xxxxs gray-dark">Story continues below advertisement</span></div><div id="slug_inline_%d" class="ad-slot" data-ad-type="inline" data-ad-pos="%d" data-ad-sizes="[[300,250],[728,90]]" style="min-height:280px"></div><div class="font-xxxxs gray-dark center">Advertisement</div></div></div>''' % (h(2), adn, adn))
        elif kind == "related":
            out.append('''<div class="article-body__interstitial" data-qa="article-body-interstitial"><div class="%s b-t b-b pt-sm pb-sm"><span class="font-xxs bold uppercase">More on housing</span><ul class="list-unstyled"><li><a href="https://www.meridianpost.com/business/2023/11/12/modular-housing-boom/" data-qa="interstitial-link">Factory-built homes were supposed to fix the housing shortage. Why haven’t they?</a></li><li><a href="https://www.meridianpost.com/realestate/2024/01/08/first-time-buyers-deposits/" data-qa="interstitial-link">What to know before putting down a deposit on a new-build home</a></li></ul></div></div>''' % h(3))
        elif kind == "newsletter":
            out.append('''<div class="article-body__newsletter" data-qa="newsletter-signup-inline"><div class="%s pa-md bg-offwhite"><div class="font-xs bold">The Money Desk</div><p class="font-xxs">Smart takes on your money, work and the economy, delivered Tuesdays and Fridays.</p><form data-qa="sc-newsletter-form"><label for="nl-inline-email" class="sr-only">Email address</label><input id="nl-inline-email" type="email" placeholder="Enter your email address"/><button type="submit" class="wpds-c-button">Sign up</button></form><p class="font-xxxxs gray-dark">By signing up you agree to our Terms of Use and Privacy Policy</p></div></div>''' % h(4))
    return "\n".join(out), gold


def main():
    body_html, gold = render_body()
    heads = pick(HEADLINES, 30, 202)
    paragraphs = [{"_id": "P%04d" % i, "type": "text" if k == "p" else "header", "content": v}
                  for i, (k, v) in enumerate(BODY) if k in ("p", "h3")]
    next_data = {"props": {"pageProps": {"globalContent": {
        "_id": "FRMWL3K2NBGQ7ABCD", "type": "story", "canonical_url": URL.replace("https://www.meridianpost.com", ""),
        "headlines": {"basic": TITLE}, "subheadlines": {"basic": DEK},
        "credits": {"by": [{"name": "Caleb Armitage", "type": "author", "url": "/people/caleb-armitage/"}, {"name": "Josefina Ruiz", "type": "author"}]},
        "display_date": "2024-02-27T10:00:41.512Z", "first_publish_date": "2024-02-27T10:00:41.512Z",
        "taxonomy": {"sections": [{"_id": "/business", "name": "Business"}], "tags": [{"text": "housing"}, {"text": "manufacturing"}]},
        "content_elements": paragraphs,
        "promo_items": {"basic": {"type": "image", "url": "https://www.meridianpost.com/resizer/abc/framewell-factory.jpg", "caption": "Finished wall panels stacked inside the Framewell Homes factory in Brennan Falls."}},
    }, "siteProperties": {"siteName": "The Meridian Post", "paywall": "metered", "meterLimit": 3}}},
        "page": "/[...slug]", "query": {"slug": ["business", "2024", "02", "27", "framewell-homes-factory-brennan-falls"]},
        "buildId": "K9sdf83hJ2-xqP1", "isFallback": False, "gssp": True, "scriptLoader": []}
    nav_sections = ["Politics", "Opinions", "Style", "Investigations", "Climate", "Well+Being", "Business", "Tech", "World", "D.C., Md. & Va.", "Sports", "Food", "Travel", "Weather", "Obituaries"]
    nav = "".join('<li class="%s"><a class="%s hover-blue" href="https://www.meridianpost.com/%s/" data-qa="sc-section-link">%s</a></li>' % (h(5), h(6), re.sub(r"[^a-z]+", "-", s.lower()).strip("-"), esc(s)) for s in nav_sections)
    most_read = "".join('''<li class="%s" data-qa="most-read-item"><div class="flex"><span class="font-lg bold gray-dark mr-sm" aria-hidden="true">%d</span><div><a href="https://www.meridianpost.com/%s" data-qa="most-read-link"><h3 class="font-xs font-bold">%s</h3></a></div></div></li>''' % (h(7), i + 1, re.sub(r"[^a-z0-9]+", "-", t.lower())[:50], esc(t)) for i, t in enumerate(heads[:5]))
    more_biz = "".join('''<div class="card %s" data-qa="card"><a href="https://www.meridianpost.com/business/%s"><div class="card-art"><img alt="" src="https://www.meridianpost.com/resizer/%d.jpg" loading="lazy" width="240" height="160"/></div><div class="card-body"><h3 class="font-sm font-bold" data-qa="card-headline">%s</h3><p class="font-xxs gray-dark" data-qa="card-blurb">%s</p></div></a></div>''' % (h(i), re.sub(r"[^a-z0-9]+", "-", t.lower())[:50], 8800 + i, esc(t), esc(DEKS[i % len(DEKS)])) for i, t in enumerate(heads[5:17]))
    footer_groups = {
        "The Meridian Post": ["About The Post", "Newsroom Policies & Standards", "Diversity & Inclusion", "Careers", "Media & Community Relations", "Post Labs", "Newsletters & Alerts", "Gift Subscriptions"],
        "Get The Post": ["Become a Subscriber", "Gift Subscriptions", "Mobile & Apps", "Newsletters & Alerts", "Podcasts", "Print Products", "E-Replica"],
        "Contact Us": ["Contact the Newsroom", "Contact Customer Care", "Contact the Opinions team", "Advertise", "Licensing & Syndication", "Request a Correction", "Send a News Tip", "Report a Vulnerability"],
        "Terms of Use": ["Digital Products Terms of Sale", "Print Products Terms of Sale", "Terms of Service", "Privacy Policy", "Cookie Settings", "Submissions & Discussion Policy", "RSS Terms of Service", "Ad Choices"],
    }
    foot = "".join('<div class="%s"><h4 class="font-xs bold">%s</h4><ul>%s</ul></div>' % (h(2), esc(k), "".join('<li><a href="https://www.meridianpost.com/%s/">%s</a></li>' % (re.sub(r"[^a-z]+", "-", v.lower()).strip("-"), esc(v)) for v in vs)) for k, vs in footer_groups.items())

    page = f'''<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(TITLE)} - The Meridian Post</title><meta name="description" content="{esc(DEK)}"/><meta property="og:title" content="{esc(TITLE)}"/><meta property="og:description" content="{esc(DEK)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{URL}"/><meta property="og:image" content="https://www.meridianpost.com/resizer/abc/framewell-factory.jpg"/><meta property="og:site_name" content="The Meridian Post"/><meta property="article:section" content="Business"/><meta property="article:published_time" content="2024-02-27T10:00:41.512Z"/><meta property="article:modified_time" content="2024-02-27T15:22:07.004Z"/><meta property="article:author" content="https://www.meridianpost.com/people/caleb-armitage/"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@meridianpost"/><meta name="robots" content="index, follow, max-image-preview:large"/><link rel="canonical" href="{URL}"/><link rel="preload" href="/_next/static/media/Franklin-Regular.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<script type="application/ld+json">{words_json({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "description": DEK, "datePublished": "2024-02-27T10:00:41.512Z", "dateModified": "2024-02-27T15:22:07.004Z", "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".meteredContent"}, "author": [{"@type": "Person", "name": "Caleb Armitage"}, {"@type": "Person", "name": "Josefina Ruiz"}], "publisher": {"@type": "NewsMediaOrganization", "name": "The Meridian Post"}, "mainEntityOfPage": URL})}</script>
<style data-emotion="wpds-global">{css_blob(2021, "wpds", 140)}</style>
<style id="stitches">{css_blob(2022, "c", 120)}</style>
<script>window.wpPageData={{"section":"business","subsection":"economy","contentType":"article","arcId":"FRMWL3K2NBGQ7ABCD","authors":"Caleb Armitage|Josefina Ruiz","wordCount":1012}};</script>
<script>{js_blob(2023, 40, "wpAdConfig")}</script>
<script>window.__adConfig={ad_config(2024, ["leaderboard_1", "inline_1", "inline_2", "inline_3", "right_rail_1", "right_rail_2"])};</script>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-7f9b1ef61d2f1b3a.js" defer=""></script><script src="/_next/static/chunks/framework-ca706bf673a13738.js" defer=""></script><script src="/_next/static/chunks/main-98fd8c1a0f4a2a3c.js" defer=""></script><script src="/_next/static/chunks/pages/%5B...slug%5D-4f00e2b0a6d1c5b7.js" defer=""></script></head>
<body><div id="__next"><div class="{h(0)} {h(0)}-iFaJwz-css"><a href="#main-content" class="sr-only-focusable skip-link">Skip to main content</a>
<div id="consent-banner" class="{h(3)} fixed bottom-0 w-100 z-6" role="dialog" aria-label="Cookie consent"><div class="pa-md"><p class="font-xxs">We use cookies and similar technologies to improve your experience, measure audiences and show you personalized ads. You can change your choices at any time in Cookie Settings.</p><button class="wpds-c-button">Accept all</button><button class="wpds-c-button wpds-c-button--secondary">Manage settings</button></div></div>
<header class="{h(1)} {h(1)}-ihqDbkH-css" data-qa="site-header"><div class="{h(2)}"><div class="{h(3)} flex items-center justify-between"><div class="{h(4)}"><button data-qa="sc-sections-button" aria-label="Sections Menu" class="wpds-c-button"><span>Sections</span></button><button data-qa="sc-search-button" aria-label="Search" class="wpds-c-button"><span class="sr-only">Search</span></button></div><div class="{h(5)}"><a href="https://www.meridianpost.com/" aria-label="The Meridian Post homepage"><svg width="300" height="44" role="img"><title>The Meridian Post</title><path d="M0 0h10v44H0z"/></svg></a><div class="font-xxxxs gray-dark italic">Light travels. So does the truth.</div></div><div class="{h(6)}"><a href="https://subscribe.meridianpost.com/" data-qa="sc-subscribe-button" class="wpds-c-button wpds-c-button--cta">Subscribe</a><a href="https://www.meridianpost.com/subscribe/signin/" data-qa="sc-account-button" class="wpds-c-button">Sign in</a></div></div>
<nav class="{h(7)}" aria-label="Sections" data-qa="sc-nav"><ul class="list-unstyled flex">{nav}</ul></nav>
<div class="{h(0)} search-panel" data-qa="search-panel" hidden=""><form role="search" action="https://www.meridianpost.com/search/"><input type="search" name="query" aria-label="Search The Meridian Post" placeholder="Type to search"/><button type="submit">Search</button></form></div>
</div></header>
<main id="main-content" class="{h(1)}"><div class="{h(2)} grid-layout"><div class="{h(3)} grid-center"><div class="{h(4)}" data-qa="article-header-wrapper">
<div class="{h(5)} mb-xs" data-qa="kicker"><a href="https://www.meridianpost.com/business/" class="font-xxs bold uppercase">Business</a></div>
<div class="{h(6)}"><h1 data-qa="headline" id="main-content-headline" class="{h(6)} font-xl font-bold"><span data-qa="headline-text">{esc(TITLE)}</span></h1></div>
<div class="{h(7)}" data-qa="subheadline"><h2 class="font-md font-light gray-darker">{esc(DEK)}</h2></div>
<div class="{h(0)}"><figure class="{h(1)}" data-qa="lede-art"><div class="{h(2)}"><img alt="Wall panels stacked inside a factory" src="https://www.meridianpost.com/resizer/abc/framewell-factory.jpg" width="1440" height="960" srcset="https://www.meridianpost.com/resizer/abc/framewell-factory.jpg?w=480 480w, https://www.meridianpost.com/resizer/abc/framewell-factory.jpg?w=916 916w" sizes="(max-width: 767px) 100vw, 916px"/></div><figcaption class="{h(3)} font-xxxs gray-dark" data-qa="caption">Finished wall panels stacked inside the Framewell Homes factory in Brennan Falls in September. The plant has been largely idle since early February. <span class="gray-darker">(Tobias Renwick for The Meridian Post)</span></figcaption></figure></div>
<div class="{h(4)} flex" data-qa="byline-wrapper"><div class="{h(5)}"><span class="font-xxs">By </span><span data-qa="author-name" class="font-xxs bold"><a href="https://www.meridianpost.com/people/caleb-armitage/" rel="author">Caleb Armitage</a></span><span class="font-xxs"> and </span><span data-qa="author-name" class="font-xxs bold"><a href="https://www.meridianpost.com/people/josefina-ruiz/" rel="author">Josefina Ruiz</a></span></div><div class="{h(6)} font-xxxs gray-dark" data-qa="timestamp"><span data-qa="display-date">February 27, 2024 at 5:00 a.m. EST</span></div></div>
<div class="{h(7)} flex" data-qa="article-share-bar"><button data-qa="sc-share-button-gift" class="wpds-c-button"><span>Gift Article</span></button><button data-qa="sc-share-button" class="wpds-c-button" aria-label="Share"><span>Share</span></button><button data-qa="comments-btn" class="wpds-c-button"><span>Comment</span><span class="comment-count">214</span></button><button data-qa="save-button" class="wpds-c-button"><span>Save</span></button><div class="hidden share-menu" data-qa="share-menu"><a href="https://www.facebook.com/sharer/sharer.php?u={URL}" data-qa="share-facebook">Share on Facebook</a><a href="https://x.com/intent/post?url={URL}" data-qa="share-x">Share on X</a><a href="mailto:?body={URL}" data-qa="share-email">Share via Email</a><button data-qa="share-copy">Copy link</button></div></div>
<div class="{h(0)}" data-qa="audio-player"><button class="wpds-c-button" aria-label="Listen to article"><span>Listen</span><span class="font-xxxxs">8 min</span></button></div>
</div>
<div class="{h(1)} meteredContent grid-body" data-qa="main">
<article class="{h(2)}" data-qa="article-body-wrapper"><div class="{h(3)}"><div class="{h(4)}"><div class="{h(5)} article-body" data-qa="article-body-container">
{body_html}
</div></div></div></article>
<div class="{h(6)} mt-md" data-qa="article-footer"><div class="{h(7)}"><div class="font-xxs italic gray-darker">Alice Pfister contributed to this report.</div></div>
<div class="{h(0)} author-bio" data-qa="author-bio"><div class="flex"><img src="https://www.meridianpost.com/resizer/authors/armitage.png" alt="" width="64" height="64"/><div><a href="https://www.meridianpost.com/people/caleb-armitage/" class="bold">Caleb Armitage</a><p class="font-xxs">Caleb Armitage is a business reporter covering manufacturing, labor and the economy of small-town America. He previously covered agriculture for a chain of regional dailies.</p><a href="https://x.com/calebarmitage" class="font-xxxs">Follow Caleb Armitage on X</a></div></div><div class="flex"><img src="https://www.meridianpost.com/resizer/authors/ruiz.png" alt="" width="64" height="64"/><div><a href="https://www.meridianpost.com/people/josefina-ruiz/" class="bold">Josefina Ruiz</a><p class="font-xxs">Josefina Ruiz is a data reporter on the business desk.</p></div></div></div>
<div class="{h(1)}" data-qa="comments-cta"><button class="wpds-c-button">View 214 Comments</button><p class="font-xxxs">Comments are now closed. Subscribers can read comments on this story.</p></div>
</div></div>
<aside class="{h(2)} grid-right" data-qa="right-rail"><div class="{h(3)}" data-qa="ad-right-rail"><div class="font-xxxxs center gray-dark">Advertisement</div><div id="slug_right_rail_1" style="min-height:600px"></div></div><section class="{h(4)}" data-qa="most-read"><h2 class="font-xs bold uppercase">Most Read Business</h2><ol class="list-unstyled">{most_read}</ol></section></aside>
</div></div>
<section class="{h(5)} mt-lg" data-qa="more-from-section"><h2 class="font-md bold">More from Business</h2><div class="{h(6)} grid-cards">{more_biz}</div><a href="https://www.meridianpost.com/business/" class="wpds-c-button">View more</a></section>
<section class="{h(7)}" data-qa="trending-bar"><h2 class="font-xs bold uppercase">Trending</h2><ul class="list-unstyled flex">{"".join('<li><a href="#">%s</a></li>' % esc(t) for t in heads[17:25])}</ul></section>
</main>
<footer class="{h(0)}" data-qa="site-footer"><div class="{h(1)} grid-footer">{foot}</div><div class="{h(2)} font-xxxxs gray-dark center">&copy; 1996-2024 The Meridian Post</div></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{words_json(next_data)}</script>
<script>{js_blob(2025, 70, "__mpAnalytics")}</script>
</body></html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
