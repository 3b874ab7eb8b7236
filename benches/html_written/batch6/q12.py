"""q12 -- English (US). AMP version of a regional daily's story (amp-boilerplate,
amp-img, amp-ad, amp-social-share, amp-sidebar, amp-consent, amp-analytics,
amp-twitter embed with its placeholder blockquote).

Length: long news feature (~950 words) on a fight over closing a city's
last public pool, with three subheads and a bulleted list.

Furniture: amp-consent banner, amp-sidebar menu, header, headline, dek,
byline/date, hero amp-img with caption and credit, amp-social-share row
(top), TWO amp-ad slots labelled "Advertisement" splitting the text (after
paragraph 4 and before the last subhead), an embedded X post (amp-twitter with the post's text,
handle and date in its placeholder blockquote) in the middle of the text, a
"RELATED" link, tags, a second share row, "More from the Courier" teasers,
footer with "View non-AMP version".

Gold choices: the embedded post's text and its "— name (@handle) date" line
are NOT body here (the brief for this batch says so, unlike batch 4's
q05/q09, which counted embedded tweets as body); the dek, caption, credit,
"RELATED:" link and ad labels are not body; the bulleted list is body.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(612)

TITLE = "Halvern's last public pool could close next summer. Swimmers aren't giving up."
DEK = "A $3.4 million repair bill has pushed the city toward shutting the Dorsey Street Aquatic Center. A coalition of parents, coaches and retirees says the math leaves out who would lose the most."

P1 = """
HALVERN — At 6 a.m. on a weekday, the Dorsey Street Aquatic Center is already loud. Lap swimmers in their seventies share the lanes with a high school team in the middle of preseason, and by 9 a.m. the shallow end fills with toddlers from the Little Otters class, their parents crouched along the edge with phones held carefully out of splash range.

If a recommendation from the city's parks department is approved next month, none of that will be happening by this time next year.

In a report presented to the City Council on Tuesday, parks director Lauren Mickelsen recommended that Halvern close the 51-year-old pool at the end of the coming summer season rather than pay for a major overhaul of its filtration system, pool deck and locker rooms. The estimated cost of the repairs, according to an engineering study commissioned by the city, is $3.4 million.

"We don't make this recommendation lightly," Mickelsen told council members. "But we are looking at a facility where the pumps are older than most of our staff, and every year we patch it, the patches cost more."
"""

P2 = """
Dorsey Street is the only public indoor pool left in Halvern, a city of about 64,000. The outdoor pool at Brightwater Park was filled in six years ago after a similar debate, and the nearest alternatives are a private fitness club on the east side, where a family membership costs $129 a month, and a county pool in Tessaly, a 25-minute drive away.

## 'The numbers don't show who uses it'

Within hours of the report's release, a group calling itself Keep Dorsey Swimming had set up a website and an online petition. By Thursday afternoon, the petition had more than 4,100 signatures.

The group's organizers include Rachel Onwuka, whose two children learned to swim at Dorsey; Tom Vašek, who has coached the Halvern High swim team for 14 years; and Margaret Ellery, 78, who swims there five mornings a week on the advice of her physical therapist after a hip replacement.

"The city's report counts visits and dollars," Onwuka said. "What it doesn't show is who those visits belong to. A lot of the kids in the free lesson program don't have another place to learn. That's not a small thing in a city that sits on a river."

According to figures the parks department provided to the Courier, the pool recorded about 71,000 visits last year. Roughly a third came through the city's reduced-fee and free programs, including swim lessons for second-graders from all eight Halvern elementary schools.
"""

P3 = """
Vašek said closing Dorsey would almost certainly end the high school's swim program, which has 38 athletes this year. "We'd have to rent lane time in Tessaly, and I've already asked. They can give us two evenings a week at best, after 8 p.m. That isn't a season. That's a club."

## What the repairs would cover

The engineering study, prepared by the firm Castell & Dunne, lists several problems that it describes as urgent. Among them:

- a filtration and pump system installed in 1989 that has failed three times in the past two years, forcing closures of up to nine days;
- cracking in the concrete pool deck that has been patched repeatedly and now poses a slip and trip hazard;
- locker rooms that do not meet current accessibility standards;
- a roof over the natatorium that will need to be replaced within five years, at an additional cost not included in the $3.4 million figure.

Council member Dev Raman, who chairs the finance committee, said the city's capital budget for parks next year is about $2.1 million in total, to cover 31 parks, two community centers and the pool. "Even if we spent every dollar of it on Dorsey, we'd be short," he said. "And then the playground at Larkin Park doesn't get fixed, and the lights at the ball fields don't get replaced."

Raman said he had asked staff to look at whether the repairs could be phased over several years, and whether a bond measure or a partnership with the school district might be possible. He said he had not made up his mind on how he would vote.
"""

P4 = """
## Other cities, other answers

Halvern is not the first city in the region to face the question. In nearby Corliss, voters approved a $9 million bond in 2019 to replace an aging municipal pool with a new aquatic center, which now brings in more in fees than the old pool did. In Weymouth Falls, the city council voted in 2021 to close its pool and has since contracted with a YMCA to provide subsidized swim lessons, an arrangement that parents there have described as uneven.

Keep Dorsey Swimming has asked the council to delay any decision until after a public meeting, which the group wants held at the pool itself. It also wants the city to get a second opinion on the repair estimate. Ellery, the retired schoolteacher, said she had already offered to help organize a fundraising drive.

"I don't think anyone believes bake sales will raise three million dollars," she said. "But people here have paid for that pool for fifty years with their taxes. They would like to be asked before it's gone."

Mickelsen said the parks department would welcome a second estimate and would hold at least one public meeting before the council votes. She added that if the pool does close, the department would try to keep the free second-grade lessons running by renting time at other facilities.

The City Council is scheduled to take up the recommendation at its Feb. 11 meeting. Residents can submit written comments through the city's website until Feb. 4.
"""

def ad(slot):
    return ('<div class="ad-container"><div class="ad-label">Advertisement</div>'
            '<amp-ad width="300" height="250" type="doubleclick" data-slot="/21804217/halvern_courier/amp/%s" '
            'data-multi-size="320x50,300x100" json=\'{"targeting":{"section":["local"],"pos":["%s"]}}\'>'
            '<div placeholder></div><div fallback></div></amp-ad></div>' % (slot, slot))

TWEET = ('<figure class="embed embed--twitter"><amp-twitter width="375" height="472" layout="responsive" data-tweetid="1749920316548812033">'
         '<blockquote placeholder class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Packed house at Dorsey Street this morning for the '
         '6am lap swim. Ask anyone in these lanes what closing this pool would mean. Petition link in bio. '
         '#KeepDorseySwimming</p>&mdash; Keep Dorsey Swimming (@KeepDorseySwim) '
         '<a href="https://twitter.com/KeepDorseySwim/status/1749920316548812033">January 23, 2025</a></blockquote></amp-twitter></figure>')

RELATED = ('<p class="related-inline"><strong>RELATED:</strong> <a href="/amp/news/local/brightwater-pool-fill-vote/">Brightwater Park pool will be '
           'filled in after council vote</a></p>')

body = []
body += body_from(P1)
body.append(("raw", ad("mid1")))
body += body_from(P2)
body.append(("raw", TWEET))
b3 = body_from(P3)
body += b3[:3]
body.append(("raw", RELATED))
body += b3[3:]
body.append(("raw", ad("mid2")))
body += body_from(P4)
body_html, gold = render(body, {"p": "<p>{}</p>", "h2": '<h2 class="article-body__subhead">{}</h2>',
                                "ul": '<ul class="article-body__list">{items}</ul>'})

MORE = ["Tessaly County commissioners weigh new fee for trash pickup",
        "Halvern school board names interim superintendent",
        "Road work on Route 9 bridge to begin in March, state says",
        "Riverside bakery owner marks 40 years on Canal Street",
        "Halvern High girls basketball clinches conference title"]
more_html = teaser_items(rnd, MORE, '<li class="more__item"><a href="{href}"><amp-img src="{img}" width="120" height="80" layout="fixed" alt=""></amp-img><span>{text}</span></a></li>', "/amp/news/local/")

def share(pos):
    return ('<div class="share share--%s"><amp-social-share type="facebook" data-param-app_id="174408349418212" width="36" height="36" aria-label="Share on Facebook"></amp-social-share>'
            '<amp-social-share type="twitter" width="36" height="36" aria-label="Share on X"></amp-social-share>'
            '<amp-social-share type="email" width="36" height="36" aria-label="Share by email"></amp-social-share>'
            '<amp-social-share type="system" width="36" height="36" aria-label="Share"></amp-social-share></div>' % pos)

NAV = ["Local News", "Crime & Courts", "Schools", "Business", "Sports", "High School Sports", "Opinion", "Obituaries", "Weather", "E-Edition"]
css = css_blob(["article-body", "share", "ad-container", "header", "more", "sidebar", "consent", "hero"], 150, 6121, media=True)
css = css[:48000]

html_doc = """<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<title>%(title)s | The Halvern Courier</title>
<link rel="canonical" href="https://www.halverncourier.com/news/local/halvern-dorsey-street-pool-closure-recommendation/">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-twitter" src="https://cdn.ampproject.org/v0/amp-twitter-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
%(ld)s
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>%(css)s</style>
</head>
<body>
<amp-consent id="consent" layout="nodisplay"><script type="application/json">{"consentInstanceId":"hc-consent","consentRequired":"remote","checkConsentHref":"https://consent.halverncourier.com/amp","promptUI":"consent-ui"}</script>
<div id="consent-ui" class="consent"><p>We use cookies and similar technologies to personalize content and ads and to analyze our traffic. By clicking "Accept," you agree to our use of cookies as described in our Privacy Policy.</p>
<button on="tap:consent.accept">Accept</button> <button on="tap:consent.reject">Reject</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><button on="tap:sidebar.close" class="sidebar__close">Close</button>
<ul class="sidebar__list">%(nav)s</ul><a class="sidebar__sub" href="/subscribe/">Subscribe: $1 for 3 months</a></amp-sidebar>
<header class="header"><button on="tap:sidebar.toggle" class="header__menu" aria-label="Menu">☰</button>
<a href="/amp/" class="header__logo"><amp-img src="/static/logo-courier.png" width="220" height="32" alt="The Halvern Courier"></amp-img></a>
<a class="header__sub" href="/subscribe/">Subscribe</a></header>
<main id="content">
<article class="article">
<div class="article__section"><a href="/amp/news/local/">Local News</a></div>
<h1 class="article__headline">%(title)s</h1>
<p class="article__dek">%(dek)s</p>
<div class="article__byline">By <a href="/staff/jenna-halloran/">Jenna Halloran</a>, Staff Writer</div>
<div class="article__date"><time datetime="2025-01-24T05:00:00-05:00">Published 5:00 a.m. ET Jan. 24, 2025</time> · <span>Updated 11:12 a.m. ET Jan. 24, 2025</span></div>
%(share1)s
<figure class="hero"><amp-img src="https://media.halverncourier.com/2025/01/dorsey-pool-lanes.jpg" width="1200" height="800" layout="responsive" alt="Swimmers in lanes at an indoor pool"></amp-img>
<figcaption>Lap swimmers share the lanes at the Dorsey Street Aquatic Center on Thursday morning. <span class="credit">Marcus Ruelle/The Halvern Courier</span></figcaption></figure>
<div class="article-body">
%(body)s
</div>
<div class="article__contact"><em>Reach Jenna Halloran at jhalloran@halverncourier.com or follow her on X @JennaHWrites.</em></div>
<div class="article__tags">Topics: <a href="/topics/halvern-city-council/">Halvern City Council</a> <a href="/topics/parks/">Parks</a></div>
%(share2)s
</article>
<section class="more"><h2 class="more__title">More from the Courier</h2><ul class="more__list">%(more)s</ul></section>
</main>
<footer class="footer"><a href="https://www.halverncourier.com/news/local/halvern-dorsey-street-pool-closure-recommendation/">View non-AMP version</a>
<ul><li><a href="/contact/">Contact Us</a></li><li><a href="/terms/">Terms of Service</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/privacy/#ccpa">Your Privacy Choices</a></li></ul>
<p>© 2025 The Halvern Courier. All rights reserved.</p></footer>
<amp-analytics type="googleanalytics"><script type="application/json">{"vars":{"account":"UA-4471920-3"},"triggers":{"trackPageview":{"on":"visible","request":"pageview"}}}</script></amp-analytics>
</body>
</html>
""" % dict(title=esc(TITLE), dek=esc(DEK), css=css, nav=link_items(NAV, prefix="/amp/"), share1=share("top"), share2=share("bottom"),
           body=body_html, more=more_html,
           ld=ld_article(TITLE, "Jenna Halloran", "2025-01-24T05:00:00-05:00", "The Halvern Courier", section="Local News", lang="en"))

save("q12", html_doc, gold)
