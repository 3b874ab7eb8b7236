# q09: AMP article page: amp-img (+noscript img), amp-ad, amp-social-share, amp-sidebar menu,
# amp-carousel teasers, amp-analytics JSON, amp-accordion "related" inside body
import random
from common import *
rnd = random.Random(909)
SITE = "The Lakeshore Ledger"
HEAD = "Corvid Air to drop four routes from Aldermere as regional carrier shrinks"

def ampad(n):
    return ('raw', f'<div class="ad-container"><span class="ad-label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/4411/lakeshore/amp/business" data-multi-size="320x50,300x100" data-loading-strategy="1.25" json=\'{{"targeting":{{"pos":["mid{n}"],"section":["business"]}}}}\'><div placeholder></div><div fallback></div></amp-ad></div>')
body = [
    ('p', "Corvid Air will stop flying four routes from Aldermere Regional Airport this autumn, leaving the city with direct flights to just three destinations, the airline confirmed Wednesday."),
    ('p', "The carrier said it would end service to Port Kessel, Brightwater, Tillman Falls and Cedar Junction after Oct. 26, citing a shortage of pilots, rising maintenance costs on its ageing turboprop fleet and weak bookings outside the summer season."),
    ('p', "Flights to the airline’s hub at Harmon International, as well as seasonal routes to Lake Ossian and Greystone Bay, will continue, though the number of daily Harmon departures will fall from five to three."),
    ampad(1),
    ('p', "“These were difficult decisions,” Corvid Air chief commercial officer Lena Marchetti said in a statement. “We have to concentrate our aircraft and crews on routes where we can operate reliably, and unfortunately some of our smaller markets no longer meet that test.”"),
    ('p', "Passengers with bookings on the affected routes after Oct. 26 will be offered a full refund or rebooking via Harmon at no extra charge, the airline said."),
    ('rawgold', ('<amp-accordion class="related-acc" disable-session-states><section><h4 class="acc-h">Related stories</h4><ul><li><a href="/business/aldermere-airport-terminal-expansion">Aldermere airport terminal expansion on hold</a></li><li><a href="/business/corvid-air-pilot-shortage">Corvid Air cancels 200 flights in July over crew shortage</a></li></ul></section></amp-accordion>', [])),
    ('h2', "Blow to local business"),
    ('p', "Airport director Sam Whitlow said the cuts would reduce the number of seats available at Aldermere by about 40 per cent and would likely mean the airport misses its target of 300,000 passengers next year."),
    ('p', "Whitlow said the airport was talking to two other airlines about taking over at least some of the routes, but cautioned that any new service was unlikely to start before spring."),
    ('p', "Business groups said the loss of the Port Kessel route in particular would hurt. The city is home to the regional headquarters of several engineering firms with offices in Aldermere, and the 55-minute flight has long been popular with commuting staff."),
    ('p', "“You’re turning a one-hour trip into a four-and-a-half-hour drive,” said Gwen Asher, president of the Aldermere Chamber of Commerce. “Some of our members have told us already that they will think twice about where they put their next office.”"),
    ampad(2),
    ('h2', "Part of a wider pullback"),
    ('p', "Corvid Air has cut about a fifth of its network over the past two years. It retired six of its oldest aircraft in the spring and has delayed delivery of new ones until 2026."),
    ('p', "Aviation analyst Harold Mbeki said regional carriers were being squeezed from both sides."),
    ('p', "“Larger airlines are hiring away their pilots with better pay, and the small planes that serve these routes are expensive to keep flying,” he said. “Unless communities are willing to put up money to guarantee minimum revenue, a lot of these routes just don’t pencil out.”"),
    ('p', "City council members are expected to discuss the cuts at their meeting next Tuesday. Council member Rosa Ibáñez said she would ask staff to look at a revenue guarantee programme similar to those used by other small airports."),
]
tpl = {'p': '<p>{}</p>', 'h2': '<h2>{}</h2>'}
body_html, gold = render(body, tpl)

teasers = ["Harbour Street bakery wins national award", "Lake levels drop to lowest in a decade", "Aldermere schools to add 40 teachers",
           "Fishing licence fees rise for first time since 2015", "Council approves new bike lanes on Main", "Storm knocks out power to 6,000 homes",
           "Ferry service returns to Gull Island", "Ledger readers’ choice: best pizza 2024"]
carousel = "".join(f'<div class="slide"><a href="/news/{slug(t)}"><amp-img src="https://img.lakeshoreledger.example/t/{i}.jpg" width="160" height="90" layout="responsive" alt=""></amp-img><p class="teaser-title">{esc(t)}</p></a></div>' for i, t in enumerate(teasers))

sidebar_links = ["Home", "Local News", "Business", "Sports", "Weather", "Opinion", "Obituaries", "Lifestyle", "Events", "Contact us", "Subscribe"]
amp_css = css_blob(["amp", "ad", "hdr", "art", "share", "teaser", "slide", "acc", "ftr", "nav"], 230, 99, media=False)
analytics = {"vars": {"account": "UA-0000000-9"}, "triggers": {"trackPageview": {"on": "visible", "request": "pageview"},
             "scroll": {"on": "scroll", "scrollSpec": {"verticalBoundaries": [25, 50, 75, 90]}, "request": "event", "vars": {"eventCategory": "scroll"}}},
             "extraUrlParams": {"cd1": "business", "cd2": "Zoe Calder", "cd3": "2024-09-11", "cd4": "amp"}}
analytics2 = {"requests": {"base": "https://metrics.lakeshoreledger.example/b?", "pageview": "${base}t=pv&u=${canonicalUrl}&r=${documentReferrer}&vp=${viewport}"},
              "triggers": {"pv": {"on": "visible", "request": "pageview"}}, "transport": {"beacon": True, "xhrpost": False}}

doc = f'''<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<title>{esc(HEAD)} | {SITE}</title>
<link rel="canonical" href="https://www.lakeshoreledger.example/business/corvid-air-drops-four-routes-aldermere">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="Corvid Air will stop flying four routes from Aldermere Regional Airport this autumn.">
<meta property="og:title" content="{esc(HEAD)}"><meta property="og:type" content="article"><meta property="og:image" content="https://img.lakeshoreledger.example/corvid-turboprop.jpg">
<meta property="article:published_time" content="2024-09-11T16:20:00-04:00"><meta property="article:section" content="Business">
<script type="application/ld+json">{json_state({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": "https://www.lakeshoreledger.example/business/corvid-air-drops-four-routes-aldermere", "headline": HEAD, "datePublished": "2024-09-11T16:20:00-04:00", "dateModified": "2024-09-11T18:02:00-04:00", "author": {"@type": "Person", "name": "Zoe Calder"}, "image": ["https://img.lakeshoreledger.example/corvid-turboprop.jpg"], "publisher": {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject", "url": "https://img.lakeshoreledger.example/logo-amp.png"}}})}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@-webkit-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}}</style></noscript>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>
<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<style amp-custom>{amp_css}</style>
</head>
<body>
<amp-analytics type="googleanalytics" id="ga"><script type="application/json">{json_state(analytics)}</script></amp-analytics>
<amp-analytics id="ledger-metrics"><script type="application/json">{json_state(analytics2)}</script></amp-analytics>
<amp-consent id="consent" layout="nodisplay"><script type="application/json">{{"consentInstanceId":"ledger-consent","consentRequired":"remote","checkConsentHref":"https://consent.lakeshoreledger.example/check","promptUI":"consent-ui"}}</script>
<div id="consent-ui" class="consent-ui"><p>We use cookies to personalise ads and analyse traffic. You can accept or manage your choices.</p><button on="tap:consent.accept">Accept</button><button on="tap:consent.reject">Reject</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><button on="tap:sidebar.close" class="close">Close</button><nav><ul class="nav-list">{"".join(f'<li><a href="/{slug(l)}">{l}</a></li>' for l in sidebar_links)}</ul></nav></amp-sidebar>
<header class="hdr"><button on="tap:sidebar.toggle" class="hdr-menu" aria-label="Open menu">☰</button><a href="https://www.lakeshoreledger.example/" class="hdr-logo"><amp-img src="https://img.lakeshoreledger.example/logo-amp.png" width="180" height="32" alt="{SITE}"></amp-img></a><a class="hdr-sub" href="/subscribe">Subscribe</a></header>
<div class="ad-container top"><span class="ad-label">Advertisement</span><amp-ad width="320" height="50" type="doubleclick" data-slot="/4411/lakeshore/amp/business" json='{{"targeting":{{"pos":["top"]}}}}'></amp-ad></div>
<main class="art">
<div class="art-kicker"><a href="/business">Business</a></div>
<h1 class="art-title">{esc(HEAD)}</h1>
<p class="art-byline">By <a href="/staff/zoe-calder">Zoe Calder</a>, Ledger business reporter</p>
<p class="art-date"><time datetime="2024-09-11T16:20:00-04:00">Sept. 11, 2024 at 4:20 p.m.</time> · Updated 6:02 p.m.</p>
<div class="share">
<amp-social-share type="facebook" width="40" height="40" data-param-app_id="000000000"></amp-social-share>
<amp-social-share type="twitter" width="40" height="40"></amp-social-share>
<amp-social-share type="email" width="40" height="40"></amp-social-share>
<amp-social-share type="system" width="40" height="40"></amp-social-share>
</div>
<figure class="art-lead"><amp-img src="https://img.lakeshoreledger.example/corvid-turboprop.jpg" width="1200" height="800" layout="responsive" alt="A Corvid Air turboprop on the tarmac at Aldermere Regional Airport"><noscript><img src="https://img.lakeshoreledger.example/corvid-turboprop.jpg" width="1200" height="800" alt="A Corvid Air turboprop on the tarmac at Aldermere Regional Airport"></noscript></amp-img>
<figcaption>A Corvid Air turboprop at Aldermere Regional Airport. <span class="credit">Ledger file photo / Nate Osei</span></figcaption></figure>
<div class="art-body">
{body_html}
</div>
<div class="share bottom"><span>Share this story</span>
<amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="linkedin" width="32" height="32"></amp-social-share></div>
<div class="art-author"><p><strong>Zoe Calder</strong> covers business, transportation and the regional economy. Reach her at zcalder@lakeshoreledger.example.</p></div>
<a class="full-site" href="https://www.lakeshoreledger.example/business/corvid-air-drops-four-routes-aldermere">View full site</a>
</main>
<section class="teaser"><h3>More from the Ledger</h3><amp-carousel height="180" layout="fixed-height" type="carousel">{carousel}</amp-carousel></section>
<div class="ad-container bottom"><span class="ad-label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/4411/lakeshore/amp/business/bottom"></amp-ad></div>
<footer class="ftr"><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact</a></p><p>© 2024 Lakeshore Ledger Publishing Co.</p></footer>
</body>
</html>
'''
save("q09", doc, gold)
