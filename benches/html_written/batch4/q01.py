"""q01 - English, US local daily on a TownNews-style (BLOX) CMS.

Ordinary council story: water-rate vote, photo with caption and credit,
share tools, ad slots, "Most Popular", a correction note at the end (gold),
a comment section behind a log-in notice, long footer.
"""
import random
from common import *

PID = "q01"
rnd = random.Random(401)

HEADLINE = "Carver Falls council approves 9% water rate increase to replace aging mains"

TEXT = """
CARVER FALLS — Residents here will pay about $4.60 more a month for water starting in July after the City Council voted 5-2 on Tuesday to raise rates for the first time in six years.

The increase, which applies to both residential and commercial accounts, is expected to bring in roughly $1.9 million a year. City officials said nearly all of that money will go toward replacing cast-iron water mains, some of which were laid before 1940 and have broken more than 60 times since last winter.

"We are patching pipes that were old when my grandfather was on this council," said council member Rosalind Teague, who voted in favor. "At some point you stop patching and start replacing, and that point was about ten years ago."

Public Works Director Martin Ocasio told the council that crews responded to 64 main breaks between November and February, most of them in the Eastgate and Mill Row neighborhoods. Each repair costs the city between $8,000 and $15,000, he said, not counting overtime and the water that is lost before a line can be shut off.

Under the plan approved Tuesday, the city will replace about 2.5 miles of main each year for the next eight years, starting with the blocks around Hollis Street and Kemper Avenue, where breaks have been most frequent.

Council members Gary Lindqvist and Ana Betancourt voted against the increase. Lindqvist said he supported the pipe work but wanted the council to phase in the new rates over two years to soften the effect on retirees and families on fixed incomes.

"Nobody up here is arguing the pipes are fine," Lindqvist said. "I just think we could have found a gentler way to pay for it."

About two dozen residents spoke during the public hearing, which lasted nearly two hours. Several asked whether the city had applied for state or federal infrastructure grants. City Manager Priya Hallett said the city has two applications pending and would use any grant money to speed up the replacement schedule rather than to lower rates.

The new rates take effect with bills mailed after July 1. The city's utility office, at 210 Front St., will hold information sessions on May 8 and May 22 for residents who want to ask about payment plans or the low-income discount program.
"""

CORRECTION = ("Correction: An earlier version of this story gave the wrong vote count. "
              "The council approved the increase 5-2.")

body = body_from(TEXT)
# ad slot and an inline related link after paragraph 4
body.insert(4, ("raw", '<div class="tnt-ads-container hidden-print"><div class="tnt-ads" id="tncms-region-article_instory_top">'
                       '<p class="ad-label">Advertisement</p><div id="ad-fixed-big-ad-1" data-pos="ingrid_1"></div></div></div>'))
body.insert(7, ("raw", '<div class="inline-asset inline-related"><h4 class="inline-related-title">Related</h4><ul>'
                       '<li><a href="/news/local/carver-falls-budget-hearing-draws-crowd/article_5a1c.html">Carver Falls budget hearing draws crowd over library hours</a></li>'
                       '<li><a href="/news/local/eastgate-main-break-closes-school/article_77e0.html">Eastgate main break closes elementary school for a day</a></li></ul></div>'))
body.append(("rawgold", ('<p class="correction"><em>%s</em></p>' % esc(CORRECTION), [CORRECTION])))
body_html, gold = render(body, {"p": "<p>{}</p>"})

nav = ["News", "Local", "Obituaries", "Sports", "Opinion", "Business", "Lifestyles", "Entertainment",
       "e-Edition", "Classifieds", "Jobs", "Real Estate", "Contests", "Weather"]
sub = ["Local News", "Crime", "Education", "Government", "State", "Nation & World", "Elections"]
most = ["Carver Falls woman, 101, still drives herself to the bowling alley",
        "Police identify driver in Route 14 crash",
        "Here's what's going into the old Hollis Street furniture store",
        "Eastgate High wins first regional title since 1998",
        "Planning board delays vote on Kemper Avenue apartments",
        "Two hurt in early morning fire on Mill Row",
        "Obituary: Harold Pennington, longtime hardware store owner"]
footer_cols = {
    "Sections": ["News", "Sports", "Obituaries", "Opinion", "Business", "Entertainment", "Lifestyles", "Multimedia"],
    "Services": ["Subscribe", "Manage Subscription", "e-Edition", "Place an Ad", "Place an Obituary", "Submit News", "Contact Us"],
    "About": ["About Us", "Staff Directory", "Careers", "Terms of Use", "Privacy Policy", "Accessibility", "Site Map"],
}
fcols = "".join('<div class="col-sm-4"><h5>%s</h5><ul class="list-unstyled">%s</ul></div>' % (esc(k), link_items(v, prefix="/site/"))
                for k, v in footer_cols.items())

comments = """
<div id="comments-container" class="asset-comments">
<h3 class="block-title"><span>Comments</span></h3>
<div class="alert alert-info">Log in, or create an account and choose a subscription plan, to read and post comments.</div>
<ul class="comment-rules"><li>Be kind to each other. No obscene, racist or sexually explicit language.</li>
<li>Stay on topic. Comments about other stories will be removed.</li><li>Use your real name.</li></ul>
<a class="btn btn-primary" href="/users/login/?referer_url=/news/local/">Log In</a>
</div>"""

page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{esc(HEADLINE)} | Local News | carverfallsledger.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(HEADLINE)}">
<meta property="og:type" content="article">
<meta name="description" content="Residents will pay about $4.60 more a month for water starting in July.">
<link rel="canonical" href="https://www.carverfallsledger.com/news/local/carver-falls-council-approves-water-rate-increase/article_3f2e9a10.html">
<style>{css_blob(["tnt", "asset", "block", "tncms", "navbar", "card", "col-sm", "list", "btn", "alert"], 420, 4011)}</style>
{ld_article(HEADLINE, "Dana Whitcombe", "2024-04-17T05:30:00-04:00", "The Carver Falls Ledger", section="Local News")}
<script>{js_blob(4012, 120, "TNCMS")}</script>
</head>
<body class="asset-page section-news-local">
<div id="site-top-nav-container"><div class="weather-mini"><span>Carver Falls</span> <span class="temp">54&deg;</span></div>
<a href="/users/signup/" class="btn btn-success">Subscribe</a> <a href="/users/login/">Log In</a></div>
<header id="site-header">
<a class="logo" href="/"><img src="/logo.png" alt="The Carver Falls Ledger"></a>
<nav class="navbar navbar-default"><ul class="nav navbar-nav">{link_items(nav, prefix="/")}</ul></nav>
<ul class="nav sub-nav">{link_items(sub, prefix="/news/")}</ul>
</header>
<div class="breaking-bar"><span class="label">Breaking</span> <a href="/news/local/route-14-closed/article_1.html">Route 14 closed near Quarry Road after tractor-trailer rollover</a></div>
<div class="tnt-ads" id="leaderboard"><div class="ad-label">Advertisement</div></div>
<main id="main-page-container" class="container">
<div class="row"><div class="col-md-8 main-content">
<article id="article_3f2e9a10" class="asset">
<header class="asset-header">
<ul class="list-inline asset-breadcrumb"><li><a href="/news/">News</a></li><li><a href="/news/local/">Local News</a></li></ul>
<h1 class="headline"><span class="tnt-headline">{esc(HEADLINE)}</span></h1>
<h2 class="subhead">Two members wanted the increase phased in over two years</h2>
<div class="meta"><span class="tnt-byline">By <a href="/users/profile/dwhitcombe">Dana Whitcombe</a> Staff Writer</span>
<ul class="list-inline"><li><time datetime="2024-04-17T05:30:00-04:00">Apr 17, 2024</time></li><li>Updated 3 hrs ago</li></ul></div>
<div class="share-container"><ul class="list-inline">
<li><a href="#" class="tnt-share-facebook">Facebook</a></li><li><a href="#" class="tnt-share-twitter">Twitter</a></li>
<li><a href="#">WhatsApp</a></li><li><a href="#">SMS</a></li><li><a href="#">Email</a></li><li><a href="#">Print</a></li>
<li><a href="#">Copy article link</a></li><li><a href="#">Save</a></li></ul></div>
</header>
<figure class="photo">
<img src="https://bloximages.example.net/carverfallsledger.com/content/tncms/assets/v3/editorial/photo.jpg" alt="">
<figcaption><div class="caption-text"><p>Crews from the Carver Falls Public Works Department repair a broken water main on Hollis Street in February. The city recorded 64 breaks over the winter.</p></div>
<div class="tnt-byline">Ledger file photo by Trevor Banks</div></figcaption>
</figure>
<div class="asset-content subscriber-premium" id="article-body" itemprop="articleBody">
{body_html}
</div>
<div class="asset-tags"><span>Tags</span> <ul class="list-inline">{link_items(["Water Rates", "City Council", "Infrastructure", "Carver Falls", "Public Works"], prefix="/search/?k=")}</ul></div>
<div class="author-card"><img src="/dwhitcombe.jpg" alt=""><h5>Dana Whitcombe</h5><p>Dana Whitcombe covers city government and schools for the Ledger. Reach her at 555-0142.</p></div>
{comments}
</article>
</div>
<aside class="col-md-4 sidebar">
<div class="tnt-ads"><div class="ad-label">Advertisement</div></div>
<section class="most-popular"><h3 class="block-title">Most Popular</h3><ol>{link_items(most, prefix="/news/local/")}</ol></section>
<section class="newsletter"><h3>Morning Headlines</h3><p>Get the day's top local stories in your inbox every morning.</p>
<form><input type="email" placeholder="Email address"><button>Sign up!</button></form></section>
<div class="tnt-ads"><div class="ad-label">Advertisement</div></div>
</aside></div>
</main>
<footer id="site-footer"><div class="container"><div class="row">{fcols}</div>
<address>The Carver Falls Ledger, 118 Market Street, Carver Falls &middot; Phone: 555-0100</address>
<p>&copy; 2024 The Carver Falls Ledger. All rights reserved.</p>
<p class="powered">Powered by a content management system for local news.</p></div></footer>
<script>{js_blob(4013, 60, "__tnt")}</script>
</body></html>"""

save(PID, page, gold)
