# p19: metered business-journal page: article split by a "Continue reading below" teaser, then truncated by a paywall.
#      The HTML contains only the first 6 paragraphs; the JSON-LD articleBody carries the full 10-paragraph text
#      (as some publishers do for search engines). Gold = the visible paragraphs only.
from common import *

PID = "p19"
TITLE = "Harlow's Markets agrees to sell to Provender Group in $410 million deal"
URL = "https://www.cascadebizjournal.com/news/2024/06/10/harlows-markets-provender-acquisition.html"

VISIBLE = [
    "Harlow’s Markets, the family-owned grocery chain that has operated in the Cascade region for 71 years, has agreed to be acquired by Provender Group in a deal valued at about $410 million, the companies announced Monday.",
    "The sale will bring Harlow’s 38 stores, two distribution centers and roughly 4,900 employees under the ownership of Provender, which already runs five regional supermarket chains across the Mountain West and Midwest.",
    "Chief Executive Rebecca Harlow-Tamm, the founder’s granddaughter, said in a letter to employees that the family had explored its options for more than two years before deciding to sell. “Competing with national chains and online grocers requires investment on a scale our family can no longer provide on its own,” she wrote.",
    "Provender said it would keep the Harlow’s name on all stores and retain the chain’s headquarters in Bellmont, where about 300 people work. It did not commit to keeping every store open, saying only that it would “review the portfolio” over the next year.",
    "The deal is expected to close in the third quarter, subject to regulatory approval. Antitrust reviewers are likely to look closely at the 11 markets where Harlow’s and a Provender-owned chain, Greenway Foods, both operate stores.",
    "Union leaders said they were seeking meetings with Provender executives as soon as possible. Retail and Grocery Workers Local 218, which represents about 3,100 Harlow’s employees, said its current contract runs through 2026 and must be honored by any new owner.",
]
HIDDEN = [
    "Analysts said the price, roughly 0.4 times Harlow’s annual sales, was in line with recent deals in the sector. “Regional grocers are being squeezed from both ends, by the discounters on price and by the big chains on technology,” said Tomasz Reyes, a retail analyst at Sound Capital Advisors.",
    "Harlow’s was founded in 1953 by Walter Harlow, who opened a single store in Bellmont after returning from military service. The chain expanded steadily through the 1980s and 1990s and was known for its in-store bakeries and for sourcing produce from local farms.",
    "In recent years, the company had closed four underperforming stores and invested in a home delivery service that Harlow-Tamm said in 2022 had “not yet found its footing.”",
    "Provender Chief Executive Alan Voskuijlen said the acquisition would give Harlow’s access to Provender’s purchasing power and digital ordering platform. “We’re buying Harlow’s because shoppers love it,” he said. “Our job is to make sure they keep loving it.”",
]


def main():
    gold = list(VISIBLE)
    p = lambda t, cls="": '<p class="content__segment%s">%s</p>' % (cls, esc(t))
    body_html = "\n".join([
        p(VISIBLE[0]), p(VISIBLE[1]), p(VISIBLE[2]),
        '<div class="inline-promo inline-promo--subscribe" data-component="continue-reading"><div class="inline-promo__ad"><span class="inline-promo__label">Advertisement</span><div id="div-gpt-ad-inarticle-1" style="min-height:250px"></div></div><div class="inline-promo__cta"><strong>Get unlimited access to local business news.</strong> Subscribe today for just $1 for your first 3 months. <a href="/subscribe?ana=inline">See offers</a></div><p class="inline-promo__continue">Continue reading below</p></div>',
        p(VISIBLE[3]), p(VISIBLE[4]),
        '<div class="paywall-fade">' + p(VISIBLE[5], " content__segment--faded") + '</div>',
    ])
    heads = pick(HEADLINES, 20, 1919)
    most_read = ["Bellmont tech firm lays off 14% of staff in restructuring", "Restaurant group to open four locations on the waterfront", "Top-selling homes in the region last month",
                 "Hospital system posts $58M operating loss for fiscal year", "Brewery founder sells stake to private equity firm", "Office vacancies downtown hit a 20-year high"]
    events = [("Jun 20", "Best Places to Work awards luncheon"), ("Jul 11", "Women in Business breakfast"), ("Jul 25", "Commercial real estate outlook"), ("Aug 8", "40 Under 40 celebration")]
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harlow's Markets to sell to Provender Group in $410M deal - Cascade Business Journal</title>
<meta name="description" content="The family-owned grocery chain's 38 stores and 4,900 employees will come under Provender ownership.">
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://media.cascadebizjournal.com/img/2024/06/harlows-store.jpg">
<meta property="article:published_time" content="2024-06-10T06:32:00-07:00">
<meta property="article:section" content="Retailing & Restaurants">
<meta property="article:content_tier" content="metered">
<link rel="canonical" href="{URL}">
<script type="application/ld+json">{words_json({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-06-10T06:32:00-07:00", "dateModified": "2024-06-10T11:05:00-07:00", "author": {"@type": "Person", "name": "Molly Castellanos"}, "publisher": {"@type": "Organization", "name": "Cascade Business Journal"}, "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".content--paywalled"}, "articleBody": " ".join(VISIBLE + HIDDEN)})}</script>
<style>{css_blob(1901, "cbj", 190)}.paywall-fade{{position:relative;max-height:5em;overflow:hidden}}.paywall-fade:after{{content:"";position:absolute;bottom:0;left:0;right:0;height:4em;background:linear-gradient(rgba(255,255,255,0),#fff)}}</style>
<script>window.cbjMeter = {{"limit":3,"used":3,"status":"blocked","product":"digital","reason":"meter_exhausted"}};</script>
<script>{js_blob(1902, 60, "cbjPaywall")}</script>
</head>
<body class="article-page is-metered is-blocked">
<div class="privacy-banner" role="dialog"><p>We use cookies and similar technologies to deliver content, personalize ads and analyze traffic. By continuing to use this site you accept our <a href="/privacy">Privacy Policy</a>.</p><button>Accept</button></div>
<header class="site-header"><div class="site-header__top"><a class="site-header__market" href="/">Cascade Business Journal</a><a href="/subscribe" class="btn btn--subscribe">Subscribe</a><a href="/login" class="site-header__signin">Sign In</a></div>
<form class="site-header__search" action="/search"><input type="search" name="q" placeholder="Type to search"><button>Search</button></form>
<nav class="site-nav"><ul>{"".join('<li><a href="/news/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), esc(x)) for x in ["News", "Lists & Leads", "People", "Company Search", "Events", "Awards", "Industries", "Professional Services", "Retailing & Restaurants", "Real Estate", "Technology", "Health Care", "Banking & Financial Services"])}</ul></nav></header>
<div class="ad ad--leaderboard"><span class="ad__label">Advertisement</span></div>
<main class="page">
<article class="article" data-article-id="2024061006">
<div class="article__kicker"><a href="/news/retailing-and-restaurants">Retailing &amp; Restaurants</a> <span class="article__tier">Subscriber content</span></div>
<h1 class="article__headline">{esc(TITLE)}</h1>
<div class="article__dek">The family-owned chain, founded in 1953, says it can no longer fund the investment needed to compete.</div>
<figure class="article__lead-image"><img src="https://media.cascadebizjournal.com/img/2024/06/harlows-store.jpg" alt="Harlow's store" width="1200" height="675"><figcaption>A Harlow&#39;s Markets store in Bellmont. The chain has 38 locations. <span class="credit">Cascade Business Journal file photo</span></figcaption></figure>
<div class="article__byline"><div class="byline__author"><img src="/img/staff/castellanos.jpg" alt="" width="48" height="48"><a href="/bio/molly-castellanos">Molly Castellanos</a><span class="byline__title">Staff Reporter, Cascade Business Journal</span></div><time class="article__date" datetime="2024-06-10T06:32:00-07:00">Jun 10, 2024</time> <span class="article__updated">Updated Jun 10, 2024 11:05am PDT</span></div>
<div class="article__share"><a href="https://www.facebook.com/sharer.php?u={URL}">Share on Facebook</a><a href="https://x.com/intent/tweet?url={URL}" title="Click to share on X (Opens in new window)">Share on X</a><a href="https://www.linkedin.com/shareArticle?url={URL}">Share on LinkedIn</a><button class="gift">Gift this article</button><button class="listen">Listen to this article 5 min</button></div>
<div class="content content--paywalled">
{body_html}
</div>
<section class="paywall" data-component="paywall"><div class="paywall__inner"><h2 class="paywall__title">You&#39;ve read all of your free articles this month.</h2><p class="paywall__text">Subscribe now to keep reading and get access to all of our local business news, the Book of Lists and exclusive events.</p><ul class="paywall__offers"><li class="offer"><span class="offer__name">Digital</span><span class="offer__price">$1 for 3 months</span><span class="offer__desc">Then $14.99/month. Cancel anytime.</span><a class="btn" href="/subscribe/digital">Subscribe</a></li><li class="offer offer--best"><span class="offer__badge">Best value</span><span class="offer__name">Digital + Print</span><span class="offer__price">$1 for 3 months</span><span class="offer__desc">Includes the weekly print edition and the Book of Lists.</span><a class="btn" href="/subscribe/all-access">Subscribe</a></li></ul><p class="paywall__signin">Already a subscriber? <a href="/login?r={URL}">Sign in</a></p><p class="paywall__group">Want group access for your team? <a href="/group-subscriptions">Learn about group subscriptions</a></p></div></section>
</article>
<aside class="rail">
<div class="ad ad--rail"><span class="ad__label">Advertisement</span></div>
<section class="rail__mostread"><h3>Most Read</h3><ol>{"".join('<li><a href="/news/2024/06/0%d/%d.html">%s</a></li>' % (i % 9 + 1, i, esc(x)) for i, x in enumerate(most_read))}</ol></section>
<section class="rail__events"><h3>Upcoming Events</h3><ul>{"".join('<li><span class="date">%s</span> <a href="/event/%d">%s</a></li>' % (d, i, esc(x)) for i, (d, x) in enumerate(events))}</ul></section>
<section class="rail__lists"><h3>Featured List</h3><p><a href="/subscriber-only/lists/largest-private-companies">Largest Private Companies in the Cascade Region</a></p><p>Ranked by 2023 revenue. Harlow&#39;s Markets ranked No. 6.</p></section>
</aside>
</main>
<section class="more"><h2>More from Cascade Business Journal</h2><ul>{"".join('<li><a href="/news/m%d">%s</a></li>' % (i, esc(x)) for i, x in enumerate(heads[:10]))}</ul></section>
<footer class="site-footer"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), esc(x)) for x in ["About Us", "Contact Us", "Advertise", "Subscribe", "Manage Subscription", "Newsletters", "Careers", "Reprints & Permissions", "User Agreement", "Privacy Policy", "Your California Privacy Rights", "Ad Choices", "Sitemap"])}</ul><p>&copy; 2024 Cascade Business Media, Inc. All rights reserved. Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement and Privacy Policy.</p></footer>
<script>{js_blob(1903, 50, "cbjAds")}</script>
</body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
