# q01: regional US daily on a TownNews/BLOX-like CMS
import random
from common import *

rnd = random.Random(101)
SITE = "The Calloway Ridge Sentinel"
HEAD = "Commissioners vote 4-1 to replace Old Mill Road bridge after spring flooding"
DEK = "Detour through Harlan Station expected to last at least 14 months"

AD = lambda n: ('raw', '<div class="tnt-ads-container tnt-ads-in-article"><div class="tnt-ads-label">Advertisement</div>'
                '<div id="tncms-block-ad-%d" class="tnt-ads tnt-ads-fluid" data-pos="in-story-%d"></div></div>' % (n, n))

body = [
    ('p', "TAMSEN COUNTY &mdash; The one-lane steel truss bridge that has carried Old Mill Road over Brannock Creek since 1938 will be torn down and replaced, the Tamsen County Board of Commissioners decided Tuesday night after nearly three hours of public comment."),
    ('p', "The 4-1 vote commits the county to a $6.8 million project, roughly 80 percent of which is expected to come from a federal bridge program administered by the state. The remaining $1.36 million will be drawn from the county&rsquo;s highway reserve fund, which Commissioner Delia Prewitt said would leave &ldquo;very little cushion&rdquo; for the rest of the year."),
    ('p', "The bridge was closed to all traffic on April 19, when water from Brannock Creek rose to within 20 inches of the deck and a county inspector found that one of the stone abutments on the east bank had shifted. A follow-up inspection by an outside engineering firm, Hollis &amp; Vane of Marlow, rated the structure&rsquo;s substructure as &ldquo;critical.&rdquo;"),
    AD(1),
    ('p', "&ldquo;We&rsquo;re not talking about a paint job anymore,&rdquo; county engineer Russ Okafor told commissioners. &ldquo;That abutment has moved about three inches toward the creek since the last time we measured it in 2021. I can&rsquo;t in good conscience reopen it, even to cars.&rdquo;"),
    ('raw', '<div class="related-inline"><strong>Related:</strong> <a href="/news/local/old-mill-road-bridge-closed-indefinitely-after-flood-damage/article_5c1e.html">Old Mill Road bridge closed indefinitely after flood damage</a></div>'),
    ('p', "Most of the roughly 40 people who spoke Tuesday live or farm along the northern stretch of Old Mill Road, and many said the closure has already added 15 to 25 minutes to daily trips into Calloway Ridge. Several asked commissioners to consider a temporary bridge while the new one is built."),
    ('p', "Okafor said a temporary span had been studied but would cost an estimated $900,000 and could not be paid for with federal money. It would also require the county to buy a strip of land from the Brannock Creek Conservation Area, which is owned by the state."),
    ('p', "Marlene Voss, whose family has farmed near the bridge for four generations, said the detour now forces her to haul grain through the center of Harlan Station."),
    ('p', "&ldquo;I&rsquo;ve got a 40-foot trailer going past the elementary school at 7:30 in the morning,&rdquo; Voss said. &ldquo;Nobody wants that, least of all me.&rdquo;"),
    AD(2),
    ('p', "The lone vote against the project came from Commissioner Walt Sturgill, who said he supported replacing the bridge but wanted the board to first seek bids for a two-lane design that could handle school buses and farm equipment side by side. The plan approved Tuesday calls for a single 14-foot lane with a pull-off on each approach, the same layout as the existing bridge."),
    ('p', "&ldquo;If we&rsquo;re going to spend this kind of money, we should build the bridge we&rsquo;ll need in 2060, not the one we needed in 1938,&rdquo; Sturgill said."),
    ('p', "Okafor said a two-lane bridge would require widening the road on both banks and would likely push construction back by a year while the county acquired right-of-way."),
    ('p', "Under the timeline presented Tuesday, demolition of the old bridge would begin in late summer, after the county removes the historic builder&rsquo;s plate and two sections of the original railing. The Tamsen County Historical Society has asked to display them at its museum on Court Street."),
    ('p', "Until the new bridge opens, the county recommends the following detour routes:"),
    ('ul', ["Northbound traffic: Old Mill Road to County Road 410, east on Harlan Station Road, then north on State Route 17.",
            "Southbound traffic: State Route 17 to Pruett Lane, west on County Road 412 back to Old Mill Road.",
            "Vehicles over 12 tons: State Route 17 only. County Roads 410 and 412 are posted for lighter loads."]),
    ('p', "The sheriff&rsquo;s office has added patrols on Harlan Station Road, where residents have complained about speeding since the closure, Sheriff Gail Teeter said."),
    AD(3),
    ('p', "Commissioners also voted unanimously to ask the state to lower the speed limit on the Harlan Station Road segment from 45 mph to 35 mph for the duration of the project. That request must be approved by the state transportation department&rsquo;s district office."),
    ('p', "Bids for the bridge replacement are expected to be advertised in June. Okafor said he hoped to have a contractor in place by the end of July, weather and federal paperwork permitting."),
    ('p', "&ldquo;Fourteen months is our best guess,&rdquo; he said. &ldquo;Creeks don&rsquo;t always cooperate.&rdquo;"),
]

tpl = {'p': '<p>{}</p>', 'ul': '<ul class="asset-list">{items}</ul>'}
body_html, gold = render(body, tpl)

# long teaser list (longer than the article)
places = ["Calloway Ridge", "Harlan Station", "Pruett", "Tamsen County", "Brannock Township", "Wendover", "Lusk Mills", "Caney Fork"]
subj = ["City council", "School board", "Library trustees", "Fire district", "Sheriff's office", "Park board", "Water authority",
        "Hospital board", "Planning commission", "Chamber of commerce", "Volunteers", "Township trustees", "4-H club"]
verbs = ["approves", "delays vote on", "seeks input on", "celebrates", "rejects", "plans", "reviews", "debates", "announces"]
objs = ["new splash pad", "2025 budget", "downtown parking changes", "well-water testing program", "summer reading challenge",
        "grant for sidewalk repairs", "hiring of two deputies", "annexation request", "fall festival route", "tax abatement for warehouse",
        "new ambulance purchase", "rezoning on Depot Street", "after-school tutoring pilot", "trail connection to state park"]
teas = make_headlines(rnd, subj, verbs, objs, 34)
summ = ["Officials said a final decision could come next month.", "Residents packed the meeting room Monday.",
        "The measure passed without discussion.", "Public comment will be taken through the end of the month.",
        "Organizers expect a bigger turnout than last year.", "The proposal drew questions from several neighbors."]
def teaser_card(i, h):
    pl = rnd.choice(places)
    return ('<article class="tnt-asset-type-article card summary tnt-section-news-local"><div class="card-container">'
            '<div class="card-image"><a href="/news/local/%s/article_%04x.html" aria-label="%s"><img class="lazyload" data-src="https://bloximages.example-cdn.com/sentinel/%04x.jpg" alt="" width="150" height="100"></a></div>'
            '<div class="card-body"><div class="card-headline"><h3 class="tnt-headline"><a href="/news/local/%s/article_%04x.html">%s</a></h3></div>'
            '<div class="card-lead"><p class="tnt-summary">%s &mdash; %s</p></div>'
            '<div class="card-meta"><span class="tnt-byline">By Staff</span> <time>%d hrs ago</time></div></div></div></article>') % (
        slug(h), 4096 + i, esc(h), 9000 + i, slug(h), 4096 + i, esc(h), pl.upper(), rnd.choice(summ), rnd.randint(1, 23))
latest = "\n".join(teaser_card(i, h) for i, h in enumerate(teas))

popular = ["Harlan Station man charged after pursuit on Route 17", "Wendover bakery to close after 61 years",
           "Sentinel readers pick best burger in Tamsen County", "Caney Fork girls advance to regional final",
           "Storm damage estimates top $2 million countywide", "Longtime coach Dale Pettibone to retire",
           "New owners plan to reopen Lusk Mills drive-in", "Obituaries for the week of May 6"]
pop_html = "".join('<li><a href="/news/%s/article_%d.html">%s</a></li>' % (slug(t), 800 + i, esc(t)) for i, t in enumerate(popular))

nav = ["News", "Local", "State", "Nation & World", "Sports", "High School", "Obituaries", "Opinion", "Business", "Lifestyles",
       "Calendar", "Classifieds", "Jobs", "Homes", "e-Edition", "Contests", "Submit"]
nav_html = "".join('<li class="dropdown"><a href="/%s/" class="nav-link">%s</a></li>' % (slug(n), esc(n)) for n in nav)

css = css_blob(["tnt", "card", "asset", "block", "navbar", "tncms", "nav", "subscription"], 380, 11)
js = js_blob(1101, 120, "TNCMS")

doc = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{esc(HEAD)} | Local News | callowaysentinel.example</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The one-lane steel truss bridge that has carried Old Mill Road over Brannock Creek since 1938 will be torn down and replaced.">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(HEAD)}">
<meta property="og:url" content="https://www.callowaysentinel.example/news/local/commissioners-vote-to-replace-old-mill-road-bridge/article_9d2e61c4.html">
<meta property="og:site_name" content="{esc(SITE)}">
<meta property="og:image" content="https://bloximages.example-cdn.com/sentinel/content/tncms/assets/v3/editorial/9/d2/bridge.jpg">
<meta property="article:published_time" content="2024-05-08T05:30:00-05:00">
<meta property="article:section" content="Local News">
<meta name="tncms-access-version" content="">
<link rel="canonical" href="https://www.callowaysentinel.example/news/local/commissioners-vote-to-replace-old-mill-road-bridge/article_9d2e61c4.html">
<style>{css}</style>
<script>var TNCMS=TNCMS||{{}};TNCMS.Config={{"site":"callowaysentinel","section":"news/local","asset":"9d2e61c4","type":"article","premium":true,"meter":{{"limit":5,"used":2}}}};</script>
<script>{js}</script>
<script type="application/ld+json">{json_state({"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEAD, "datePublished": "2024-05-08T05:30:00-05:00", "author": {"@type": "Person", "name": "Tessa Marchbanks"}, "publisher": {"@type": "Organization", "name": SITE}})}</script>
</head>
<body class="news local-news tncms-asset-article fixed-nav">
<div id="site-container">
<a class="sr-only" href="#main-page-container">Skip to main content</a>
<div id="tncms-region-global-skyline" class="tncms-region"><div class="tnt-ads-container"><div class="tnt-ads-label">Advertisement</div><div id="tncms-ad-skyline" class="tnt-ads"></div></div></div>
<header id="site-header" role="banner">
 <div class="navbar-top"><ul class="list-inline"><li><a href="/weather/">Weather</a> <span class="wx-temp">71&deg;</span></li><li><a href="/users/signup/">Subscribe</a></li><li><a href="/users/login/">Log In</a></li><li><a href="/eedition/">e-Edition</a></li></ul></div>
 <div class="site-logo"><a href="/"><img src="/logo.svg" alt="{esc(SITE)}"></a></div>
 <form class="navbar-form" action="/search/" role="search"><label for="site-search" class="sr-only">Search</label><input id="site-search" type="text" name="q" placeholder="Search"><button type="submit">Search</button></form>
 <nav id="main-navigation"><ul class="nav navbar-nav">{nav_html}</ul></nav>
 <div class="breaking-bar"><span class="label">Breaking</span> <a href="/news/local/route-17-lane-closures/">Route 17 lane closures begin Monday near Pruett</a></div>
</header>
<div id="main-page-container" class="container">
<div class="row">
<div class="col-md-8 main-content">
<div id="tncms-region-article_instory_top" class="tncms-region"></div>
<article id="article_9d2e61c4" class="asset tnt-section-news tnt-sub-local" itemscope itemtype="http://schema.org/NewsArticle">
 <header class="asset-header">
  <div class="meta"><span class="tnt-section-tag"><a href="/news/local/">Local News</a></span></div>
  <h1 class="headline"><span class="tnt-asset-headline" itemprop="headline">{esc(HEAD)}</span></h1>
  <h2 class="subhead"><span itemprop="alternativeHeadline">{esc(DEK)}</span></h2>
  <div class="meta">
   <ul class="list-inline"><li><span class="tnt-byline">By <a href="/users/profile/tmarchbanks">Tessa Marchbanks</a> <span class="tnt-byline-title">Staff Writer</span></span></li>
   <li><time datetime="2024-05-08T05:30:00-05:00" class="tnt-date asset-date">May 8, 2024</time></li></ul>
  </div>
  <div class="share-container"><ul class="list-inline social-share"><li><a class="tnt-share-facebook" href="#">Facebook</a></li><li><a class="tnt-share-twitter" href="#">Twitter</a></li><li><a class="tnt-share-email" href="#">Email</a></li><li><a class="tnt-share-print" href="#">Print</a></li><li><a class="tnt-save" href="#">Save</a></li></ul></div>
 </header>
 <div class="asset-photo">
  <figure class="photo layout-horizontal"><div class="image"><img src="https://bloximages.example-cdn.com/sentinel/content/tncms/assets/v3/editorial/9/d2/bridge.jpg" alt="Old Mill Road bridge" width="1024" height="683"></div>
  <figcaption class="caption"><div class="caption-text"><p>Barricades block the Old Mill Road bridge over Brannock Creek on Monday. The bridge has been closed since April 19.</p></div><div class="tnt-byline">Tessa Marchbanks, Sentinel</div></figcaption></figure>
 </div>
 <div class="asset-body">
  <div class="asset-content subscriber-premium" itemprop="articleBody">
   <div class="subscriber-preview"></div>
   <div id="article-body" class="encrypted-content">
{body_html}
   </div>
   <div class="tnt-subscribe-panel"><h4>Support local journalism</h4><p>Your subscription makes stories like this possible. Get unlimited digital access for $1 for the first month.</p><a class="btn btn-primary" href="/users/signup/">Subscribe now</a></div>
  </div>
  <div id="tncms-region-article_bottom_content" class="tncms-region">
   <div class="newsletter-signup block"><h4>Morning Headlines</h4><p>Get the day&rsquo;s top local stories in your inbox every weekday at 6 a.m.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form><small>Privacy Policy</small></div>
  </div>
  <div class="asset-tags"><h4>Tags</h4><ul class="list-inline"><li><a href="/search/?t=tag&q=Tamsen+County+Commission">Tamsen County Commission</a></li><li><a href="/search/?q=bridges">Bridges</a></li><li><a href="/search/?q=Old+Mill+Road">Old Mill Road</a></li><li><a href="/search/?q=Brannock+Creek">Brannock Creek</a></li><li><a href="/search/?q=flooding">Flooding</a></li></ul></div>
  <div class="asset-author"><div class="tnt-user-avatar"><img src="/avatars/tmarchbanks.jpg" alt=""></div><div class="author-info"><h4>Tessa Marchbanks</h4><p>Tessa Marchbanks covers county government and agriculture for the Sentinel. She grew up outside Wendover and joined the paper in 2019.</p><a href="mailto:tmarchbanks@callowaysentinel.example">Email</a></div></div>
 </div>
 <div id="tncms-region-article_comments" class="tncms-region"><div class="asset-comments"><h3>Comments</h3><p>Be the first to know when there&rsquo;s news. <a href="/users/login/">Log in</a> or <a href="/users/signup/">register</a> to comment.</p><button class="btn">Load comments</button></div></div>
</article>
<section class="block latest-local"><header class="block-title"><h3>Latest Local News</h3></header>
{latest}
<a class="btn btn-default" href="/news/local/">More local news</a>
</section>
</div>
<aside class="col-md-4 sidebar">
 <div class="tnt-ads-container"><div class="tnt-ads-label">Advertisement</div><div id="tncms-ad-rail1" class="tnt-ads"></div></div>
 <section class="block most-popular"><h3>Most Popular</h3><ol>{pop_html}</ol></section>
 <div class="tnt-ads-container"><div class="tnt-ads-label">Advertisement</div><div id="tncms-ad-rail2" class="tnt-ads"></div></div>
 <section class="block events"><h3>Local Events</h3><ul><li>Farmers Market, Courthouse Square, Saturday 8 a.m.</li><li>Library used book sale, Thursday&ndash;Saturday</li><li>Caney Fork VFD fish fry, May 18</li></ul><a href="/calendar/">Submit an event</a></section>
 <div class="tnt-ads-container"><div class="tnt-ads-label">Advertisement</div><div id="tncms-ad-rail3" class="tnt-ads"></div></div>
</aside>
</div>
</div>
<footer id="site-footer">
 <div class="footer-links"><ul><li><a href="/site/about.html">About Us</a></li><li><a href="/site/contact.html">Contact Us</a></li><li><a href="/site/terms.html">Terms of Use</a></li><li><a href="/site/privacy.html">Privacy Policy</a></li><li><a href="/site/delivery.html">Delivery Problems</a></li><li><a href="/place_an_ad/">Place an Ad</a></li></ul></div>
 <address>{esc(SITE)}, 210 W. Depot St., Calloway Ridge &bull; (555) 014-2200</address>
 <p class="copyright">&copy; Copyright 2024 {esc(SITE)}, 210 W. Depot St. | Powered by a BLOX-style Content Management System</p>
</footer>
</div>
<script>TNCMS.Ads.push({{"slots":["skyline","rail1","rail2","rail3","in-story-1","in-story-2","in-story-3"]}});</script>
</body>
</html>
'''
save("q01", doc, gold)
