"""q10 - English, business news site.

Earnings story with a results table inside the body (not gold: data, not
the article's prose), market-data strip, quote widget, ad labels,
"Trending" and a long mega-footer.
"""
import random
from common import *

PID = "q10"
rnd = random.Random(410)

HEADLINE = "Norvane Logistics shares slide 11% after freight slump cuts quarterly profit in half"

TEXT1 = """
Shares of Norvane Logistics fell 11% on Thursday after the freight and warehousing company reported a 52% drop in quarterly profit and cut its full-year outlook, blaming weaker shipping volumes and higher labor costs.

The company earned $84 million, or 61 cents a share, in the three months ended June 30, down from $175 million, or $1.27 a share, a year earlier. Excluding one-time items, it earned 74 cents a share, short of the 89 cents analysts had expected on average.

Revenue fell 8% to $3.12 billion. Norvane's freight brokerage unit, which matches shippers with trucking companies, was hit hardest, with revenue down 17% as rates for truckload shipments stayed near their lowest levels in four years.
"""

TEXT2 = """
Chief Executive Marisol Vantongeren said on a call with analysts that the company had seen "no meaningful recovery" in freight demand from retail and manufacturing customers during the quarter. "Our customers are still working through inventory and being very careful about what they order," she said.

The warehousing business was a bright spot, with revenue up 6% as more retailers outsourced storage and order fulfillment. Norvane opened three new distribution centers in the quarter and plans two more before the end of the year.

The company now expects full-year earnings of $2.70 to $2.95 a share, excluding items, down from a previous forecast of $3.40 to $3.70. It also said it would slow hiring and delay some technology spending to save about $60 million a year.

Analysts said the new outlook still assumed some improvement in the second half. "Management is betting on a pickup in the fourth quarter that we are not yet seeing in the data," said Harold Benn, an analyst at Lowry Capital Partners, who lowered his price target on the stock to $58 from $66.

Norvane's shares have fallen about 24% so far this year, compared with a 9% gain in a broad index of transportation stocks.
"""

rows = [("Revenue", "$3.12B", "$3.39B", "-8%"), ("Net income", "$84M", "$175M", "-52%"),
        ("EPS (adjusted)", "$0.74", "$1.31", "-44%"), ("Brokerage revenue", "$1.41B", "$1.70B", "-17%"),
        ("Warehousing revenue", "$0.96B", "$0.91B", "+6%")]
table = ('<div class="InlineTable-container"><table class="InlineTable"><caption>Norvane Logistics, second quarter</caption>'
         '<thead><tr><th></th><th>Q2 2024</th><th>Q2 2023</th><th>Change</th></tr></thead><tbody>%s</tbody></table>'
         '<p class="InlineTable-source">Source: company filings</p></div>') % "".join(
    "<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows)

body = body_from(TEXT1) + [("raw", table)] + body_from(TEXT2)
body.insert(2, ("raw", '<div class="InlineAd"><span class="InlineAd-label">ADVERTISEMENT</span><div id="boxinline"></div></div>'))
body.insert(8, ("raw", '<div class="RelatedContent"><span class="RelatedContent-label">READ MORE</span><ul><li><a href="/2024/07/18/trucking-rates-lowest-since-2020.html">Truckload rates sink to lowest level since 2020</a></li><li><a href="/2024/07/02/retail-inventories-freight.html">Why retailers are still sitting on too much stock</a></li></ul></div>'))
body_html, gold = render(body, {"p": "<p>{}</p>"})

mkt = [("DOW", "39,721.36", "+0.41%"), ("S&amp;P 500", "5,505.00", "+0.22%"), ("NASDAQ", "17,871.22", "-0.10%"),
       ("10-YR", "4.193%", "+0.012"), ("OIL", "79.41", "-0.85%"), ("GOLD", "2,412.10", "+0.31%"), ("EUR/USD", "1.0897", "+0.05%")]
mkt_html = "".join('<li class="MarketCard"><span class="MarketCard-symbol">%s</span><span class="MarketCard-last">%s</span><span class="MarketCard-change">%s</span></li>' % m for m in mkt)

mega = {
    "Markets": ["Pre-Markets", "US Markets", "Currencies", "Cryptocurrency", "Futures & Commodities", "Bonds", "Funds & ETFs"],
    "Business": ["Economy", "Finance", "Health & Science", "Media", "Real Estate", "Energy", "Climate", "Transportation", "Industrials", "Retail", "Wealth", "Small Business"],
    "Investing": ["Personal Finance", "Financial Advisors", "Options Action", "ETF Street", "Earnings", "Trader Talk"],
    "Tech": ["Cybersecurity", "AI", "Enterprise", "Internet", "Media", "Mobile", "Social Media", "Venture Capital"],
    "Politics": ["White House", "Policy", "Defense", "Congress", "Elections", "Supreme Court"],
    "Company": ["About", "Careers", "Advertise With Us", "Help", "Contact", "News Releases", "Corrections", "Closed Captioning", "Digital Products", "Podcasts", "Internships"],
}
mega_html = "".join('<div class="Footer-col"><h4>%s</h4><ul>%s</ul></div>' % (esc(k), link_items(v, prefix="/%s/" % slug(k))) for k, v in mega.items())
trending = ["Stocks making the biggest moves midday", "Fed officials signal patience on rate cuts", "Here's the inflation breakdown for June 2024 in one chart",
            "Airline stocks rally after strong summer outlook", "Chipmaker guides above estimates as AI orders grow"]

page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(HEADLINE)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The freight and warehousing company cut its full-year outlook.">
<style>{css_blob(["ArticleBody", "ArticleHeader", "MarketCard", "InlineTable", "Footer", "GlobalNavigation", "QuoteStrip", "TrendingNow", "RelatedContent"], 560, 4101)}</style>
{ld_article(HEADLINE, "Rachel Imbert", "2024-07-25T12:48:00-04:00", "Capital Ledger", section="Earnings")}
<script>{js_blob(4102, 190, "capledger")}</script>
</head>
<body>
<div id="root">
<header class="GlobalNavigation"><a class="GlobalNavigation-logo" href="/">Capital Ledger</a>
<ul class="GlobalNavigation-links">{link_items(["Markets", "Business", "Investing", "Tech", "Politics", "Video", "Watchlist", "Investing Club", "Pro"], prefix="/")}</ul>
<a href="/signin" class="GlobalNavigation-signin">Sign In</a> <a href="/subscribe" class="GlobalNavigation-cta">Create free account</a></header>
<div class="MarketsBanner"><ul class="MarketsBanner-list">{mkt_html}</ul></div>
<div class="TopBanner-ad"><span>ADVERTISEMENT</span></div>
<main class="ArticleLayout">
<header class="ArticleHeader"><a class="ArticleHeader-eyebrow" href="/earnings/">Earnings</a>
<h1 class="ArticleHeader-headline">{esc(HEADLINE)}</h1>
<div class="ArticleHeader-time"><span>Published Thu, Jul 25 2024 8:12 AM EDT</span><span>Updated Thu, Jul 25 2024 12:48 PM EDT</span></div>
<div class="Author-authorNameAndSocial"><a href="/rachel-imbert/">Rachel Imbert</a> <span>@rimbert_cl</span></div>
<div class="ArticleHeader-share"><button>Share</button><a href="#">Share Article via Facebook</a><a href="#">Share Article via Twitter</a><a href="#">Share Article via LinkedIn</a><a href="#">Share Article via Email</a></div></header>
<div class="QuoteStrip"><a href="/quotes/NVLX"><span class="QuoteStrip-name">Norvane Logistics Inc</span> <span class="QuoteStrip-last">61.27</span> <span class="QuoteStrip-change">-7.59 (-11.02%)</span></a></div>
<figure class="InlineImage"><img src="https://image.capledger.example/norvane-trucks.jpg" alt=""><figcaption class="InlineImage-imageEmbedCaption">Trucks at a Norvane Logistics distribution center. <span class="InlineImage-imageEmbedCredit">Alvaro Quint | Bloomfield Images</span></figcaption></figure>
<div class="ArticleBody-articleBody" data-module="ArticleBody">
<div class="group">
{body_html}
</div></div>
<div class="ArticleBody-subtitle"><span>Don't miss these stories from Capital Ledger PRO:</span><ul>{link_items(["Three dividend stocks analysts like for the second half", "Here's where the pros see rates going next", "The retail names hedge funds bought last quarter"], prefix="/pro/")}</ul></div>
<div class="ArticleBody-footer"><a href="/topics/earnings">Earnings</a> <a href="/topics/transportation">Transportation</a> <a href="/topics/breaking-news-business">Breaking News: Business</a></div>
</main>
<aside class="TrendingNow"><h2>Trending Now</h2><ol>{link_items(trending, prefix="/2024/07/25/")}</ol></aside>
<footer class="Footer"><div class="Footer-cols">{mega_html}</div>
<div class="Footer-bottom"><p>Data is a real-time snapshot. Data is delayed at least 15 minutes. Market data provided by a third-party vendor.</p>
<p>&copy; 2024 Capital Ledger LLC. All Rights Reserved.</p>
<ul>{link_items(["Privacy Policy", "Your Privacy Choices", "CA Notice", "Terms of Service", "Ad Choices", "Site Map"], prefix="/legal/")}</ul></div></footer>
</div>
<script>{js_blob(4103, 90, "quotes")}</script>
</body></html>"""

save(PID, page, gold)
