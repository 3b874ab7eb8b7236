"""q07 - English, wire story syndicated on a web portal.

Ordinary business wire copy with a dateline and a closing "(Reporting
by ...; Editing by ...)" line (gold: it is part of the wire text); portal
furniture: search header, provider logo, "Story continues" button inside
the body, quote chips, "Trending Now", a recommended-stories stream with
summaries.
"""
import random
from common import *

PID = "q07"
rnd = random.Random(407)

HEADLINE = "Northgate Air orders 40 regional jets in bet on smaller airports"

TEXT = """
FRANKFURT (Continental Wire) - Northgate Air has agreed to buy 40 regional jets from Carrow Aerospace in a deal worth about $2.1 billion at list prices, the carrier said on Tuesday, as it shifts growth toward smaller airports where it faces less competition.

The order, which includes options for 20 more aircraft, is the largest in Northgate's 19-year history. Deliveries are due to begin in the second half of 2026 and run until 2030, the airline said.

Northgate, which flies mainly between secondary cities in central and northern Europe, currently operates 58 aircraft. Chief Executive Annika Sorensen said the new jets, which seat between 100 and 120 passengers, would replace older turboprops on busier routes and allow the airline to open about 30 new connections.

"Big airports are full and expensive. The growth for us is in the places the large carriers have left behind," Sorensen told reporters on a conference call.

Airlines typically receive steep discounts from list prices on large orders. Northgate did not disclose the price it agreed to pay, but said the deal would be financed through a mix of cash, sale-and-leaseback arrangements and export credit.

Shares in Northgate rose 4.2% by 1030 GMT, outperforming a flat European travel and leisure index.

Analysts at Brightwater Securities said the order was ambitious for an airline of Northgate's size, but noted that its load factor of 86% last year was among the highest in the region. "The question is not demand, it's whether they can find the pilots and the maintenance slots to fly all these planes," analyst Tomas Rehn said.

Carrow Aerospace, which has been trying to win more orders in Europe for its newest model, said the deal brought its firm backlog to 412 aircraft.

(Reporting by Lena Fischbach; Editing by Paul Okoro and Mark Hennessy)
"""

body = body_from(TEXT)
body.insert(3, ("raw", '<div class="caas-readmore caas-readmore-collapse"><button aria-label="Story continues" class="link rapid-noclick-resp">Story continues</button></div>'))
body.insert(6, ("raw", '<div class="caas-da"><div class="sda-inbody"><span class="ad-lbl">Advertisement</span></div></div>'))
body_html, gold = render(body, {"p": "<p>{}</p>"})

trending = ["Markets slip as traders await jobs data", "Retailer recalls 80,000 space heaters over fire risk",
            "Celebrity chef opens restaurant in former train station", "Mortgage rates fall for third straight week",
            "Rare comet visible this weekend: where to look", "Union votes to end six-week strike at ports",
            "Star quarterback agrees to record contract", "Study links morning light to better sleep",
            "Heat wave set to break records across the south", "Tech giant delays launch of smart glasses"]
trend_html = "".join('<li><span class="num">%d</span><a href="/news/%s-%d.html">%s</a></li>' % (i + 1, slug(t), rnd.randint(10 ** 8, 10 ** 9), esc(t)) for i, t in enumerate(trending))
recs = [("Airline shares climb as summer bookings hold up", "Carriers say bookings for July and August are ahead of last year despite higher fares."),
        ("Jet engine maker raises forecast on spare parts demand", "The company expects stronger sales of replacement parts as older planes stay in service longer."),
        ("Regional airports push for lower landing fees", "Smaller airports say they need lower charges to attract new routes."),
        ("Plane maker's deliveries fall short of target", "Supply chain problems continue to slow production of narrow-body jets.")]
rec_html = "".join('<li class="stream-item"><div class="stream-provider">Continental Wire &middot; %dh ago</div><h3><a href="/news/%s.html">%s</a></h3><p>%s</p></li>'
                   % (rnd.randint(1, 9), slug(h), esc(h), esc(d)) for h, d in recs)
quotes = [("NGA.F", "7.84", "+4.21%"), ("CRW", "132.50", "+0.88%"), ("^STOXX", "512.06", "-0.02%")]
q_html = "".join('<li class="quote-chip"><a href="/quote/%s"><span class="sym">%s</span> <span class="px">%s</span> <span class="chg">%s</span></a></li>' % (s, s, p, c) for s, p, c in quotes)

page = f"""<!DOCTYPE html>
<html lang="en-US" class="portal">
<head><meta charset="utf-8"><title>{esc(HEADLINE)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:site_name" content="Orbit News">
<style>{css_blob(["caas", "stream", "portal-hd", "quote-chip", "trending", "rail", "ft", "nav"], 500, 4071)}</style>
{ld_article(HEADLINE, "Lena Fischbach", "2024-06-11T10:41:00Z", "Continental Wire", section="Business")}
<script>{js_blob(4072, 200, "orbit")}</script>
</head>
<body>
<div id="portal-header"><a href="/" class="logo">orbit</a>
<form class="search" action="/search"><input type="text" placeholder="Search the web"><button>Search</button></form>
<ul class="portal-hd-links">{link_items(["Mail", "News", "Finance", "Sports", "Weather", "Entertainment", "Shopping", "Games", "More"], prefix="/")}</ul>
<a href="/login" class="signin">Sign in</a></div>
<nav class="nav"><ul>{link_items(["Home", "US", "World", "Politics", "Business", "Tech", "Science", "Health", "Originals", "Local"], prefix="/news/")}</ul></nav>
<div id="module-article" class="caas-container">
<article class="caas-article">
<header class="caas-header"><div class="caas-logo"><a href="/news/continental-wire/"><img src="/provider/continental-wire.png" alt="Continental Wire"></a></div>
<h1 data-test-locator="headline">{esc(HEADLINE)}</h1></header>
<div class="caas-attr"><div class="caas-attr-item-author">Lena Fischbach</div><div class="caas-attr-time-style"><time datetime="2024-06-11T10:41:00.000Z">Tue, June 11, 2024 at 6:41 AM EDT</time> &middot; 2 min read</div>
<div class="caas-share-buttons"><button>Share</button><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a><a href="#">Copy link</a></div></div>
<div class="caas-body-section"><ul class="caas-tickers">{q_html}</ul>
<figure class="caas-figure"><img src="https://s.orbit-img.example/ny/api/res/1.2/northgate.jpg" alt=""><figcaption class="caption-collapse">FILE PHOTO: A Northgate Air aircraft taxis at the airport, May 3, 2024. Continental Wire/Henrik Olafsen/File Photo</figcaption></figure>
<div class="caas-body">
{body_html}
</div></div>
<div class="caas-terms">Terms and Privacy Policy &middot; <a href="/privacy-dashboard">Privacy Dashboard</a> &middot; <a href="/feedback">Send feedback</a></div>
</article>
<section class="stream"><h2>Recommended Stories</h2><ul>{rec_html}</ul></section>
</div>
<aside class="rail"><div class="trending"><h2>Trending Now</h2><ol>{trend_html}</ol></div>
<div class="ad"><span class="ad-lbl">Advertisement</span></div></aside>
<footer class="ft"><ul>{link_items(["Terms and Privacy Policy", "Privacy Dashboard", "About Our Ads", "Advertise", "Help", "Suggestions", "Sitemap", "Careers"], prefix="/legal/")}</ul>
<p>&copy; 2024 Orbit Media Inc. All rights reserved.</p></footer>
<script>{js_blob(4073, 70, "caas")}</script>
</body></html>"""

save(PID, page, gold)
