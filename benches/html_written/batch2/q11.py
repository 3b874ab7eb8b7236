# q11: newswire (AP-style) story syndicated on a small local-TV-station Drupal site; dateline kept in gold,
# "___" separator and "contributed to this report" tagline excluded; AP copyright footer.
import random
from common import *
rnd = random.Random(1111)
SITE = "KXLM 7 News"
HEAD = "Landslide cuts off coastal highway, stranding hundreds in Oregon town"

body = [
    ('p', "DUNMORE COVE, Ore. (AP) — A landslide triggered by days of heavy rain buried a half-mile stretch of the only highway into this small Oregon coastal town on Tuesday, cutting off about 900 residents and several hundred visitors, officials said."),
    ('p', "No injuries were reported. A pickup truck was caught at the edge of the slide shortly before 5 a.m., but the driver was able to climb out and walk to safety, the Ferris County Sheriff’s Office said."),
    ('p', "State transportation officials said the slide deposited an estimated 40,000 cubic yards of mud, rock and trees across both lanes of the highway about 3 miles south of town. Crews could not begin clearing it until geologists determined the hillside above was stable, which could take several days."),
    ('p', "“We’re looking at a week, best case, before we can get even one lane open,” said Marisol Quintero, a spokesperson for the state transportation department. “That hill is still moving.”"),
    ('p', "Dunmore Cove sits at the end of a narrow peninsula, and the highway is the only paved route in or out. A gravel logging road to the east is open to emergency vehicles only, officials said, because it is too narrow and steep for regular traffic in wet conditions."),
    ('p', "Mayor Hank Delaney said the town’s two grocery stores had enough supplies for several days and that the county was arranging to bring in food, fuel and medicine by boat from the port of Ashby, about 12 miles up the coast, if the closure dragged on."),
    ('p', "“People here are used to storms. We’re used to the power going out,” Delaney said. “But this is the first time in my life the road’s just gone.”"),
    ('p', "The town’s only medical clinic remained open, and the Coast Guard said it would fly out anyone who needed emergency hospital care."),
    ('p', "Among those stranded were dozens of visitors who had come to the coast for the long weekend. At the Sea Lantern Motel, manager Chloe Farrant said about 20 guests had been unable to leave and that she was letting them stay at a reduced rate."),
    ('p', "“A couple of them are taking it like a free vacation,” she said. “A couple of them are not.”"),
    ('p', "The National Weather Service said more rain was expected through Thursday, with another 2 to 4 inches possible along the coast. Forecasters warned that saturated soils could cause more slides across the region."),
    ('p', "The same stretch of highway was closed for 11 days in 2017 after a smaller slide. State officials have studied rerouting the road away from the unstable hillside, but the project, estimated at more than $200 million, has never been funded."),
    ('raw', '<p>___</p>'),
    ('raw', '<p><em>Associated Press writer Tomasz Reilly in Portland contributed to this report.</em></p>'),
]
tpl = {'p': '<p>{}</p>'}
body_html, gold = render(body, tpl)

local = ["Sheriff: man arrested after standoff near Millbrook", "Crews battle brush fire off Route 9", "Forecast: atmospheric river to bring more rain this week",
         "School district weighs four-day week", "Lane County fair announces concert lineup", "Two injured in crash on Cedar Pass", "Shelter pets need homes after flood",
         "High school robotics team heads to nationals", "Power restored to most customers after storm"]
national = make_headlines(rnd, ["Senate", "Supreme Court", "Federal Reserve", "FDA", "Storm", "Wildfire", "Stocks", "Teachers union", "Airline", "Automaker"],
                          ["weighs", "rejects", "delays", "approves", "warns on", "slams"], ["interest rates", "new vaccine", "border bill", "student loans", "recall", "pension plan", "pay raise"], 12)
most_read = "".join(f'<li class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/news/{slug(t)}" hreflang="en">{esc(t)}</a></span></div></li>' for t in local[:6])
nat_html = "".join(f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><h3><a href="/news/national/{slug(t)}">{esc(t)}</a></h3><div class="field--name-field-source">Associated Press</div></article></div>' for t in national)
weather = '<div class="block-weather"><h2>7 First Alert Weather</h2><div class="current"><span class="temp">52°</span><span class="cond">Rain</span></div><ul><li>Tue 54° / 47°</li><li>Wed 53° / 45°</li><li>Thu 55° / 46°</li></ul><a href="/weather">Full forecast</a></div>'

css = css_blob(["block", "region", "field", "node", "views", "menu", "layout", "kxlm"], 380, 1111)
js = js_blob(11111, 90, "Drupal")
drupal_settings = {"path": {"baseUrl": "/", "currentPath": "node/48812", "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "en"},
                   "pluralDelimiter": "\u0003", "ajaxTrustedUrl": {"/search/node": True}, "gtag": {"tagId": "G-XXXX", "otherIds": []},
                   "field_group": {"html_element": {"mode": "full", "context": "view", "settings": {"classes": "article-aside"}}},
                   "user": {"uid": 0, "permissionsHash": "3a9c4e7d"}}

doc = f'''<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="A landslide triggered by days of heavy rain buried a half-mile stretch of the only highway into this small Oregon coastal town on Tuesday." />
<link rel="canonical" href="https://www.kxlm7.example/news/national/landslide-cuts-coastal-highway-stranding-hundreds-oregon-town" />
<meta property="og:site_name" content="{SITE}" /><meta property="og:type" content="article" /><meta property="og:title" content="{esc(HEAD)}" />
<meta property="article:published_time" content="2024-02-13T14:08:31-0800" /><meta property="article:author" content="The Associated Press" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" /><meta name="HandheldFriendly" content="true" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(HEAD)} | {SITE}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq2.css?delta=0&amp;language=en&amp;theme=kxlm&amp;include=eJxl" />
<style>{css}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{json_state(drupal_settings)}</script>
<script>{js}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="region region-header">
<div id="block-kxlm-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/kxlm/logo.svg" alt="Home" /></a><div class="site-name"><a href="/" rel="home">{SITE}</a></div><div class="site-slogan">Your Valley. Your News.</div></div>
<nav role="navigation" aria-labelledby="block-kxlm-main-menu-menu" id="block-kxlm-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-kxlm-main-menu-menu">Main navigation</h2>
<ul class="menu"><li class="menu-item"><a href="/news">News</a></li><li class="menu-item"><a href="/weather">Weather</a></li><li class="menu-item"><a href="/sports">Sports</a></li><li class="menu-item"><a href="/watch-live">Watch Live</a></li><li class="menu-item"><a href="/community">Community</a></li><li class="menu-item"><a href="/contests">Contests</a></li><li class="menu-item"><a href="/about">About Us</a></li></ul></nav>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-kxlm-search" role="search"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div><div data-drupal-selector="edit-actions" class="form-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search" class="button js-form-submit form-submit" /></div></form></div>
</header>
<div class="region region-highlighted"><div class="block block-kxlm-alerts"><div class="alert-banner"><strong>WATCH LIVE:</strong> <a href="/watch-live">7 News at Noon</a></div></div></div>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/national">National</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-kxlm-content" class="block block-system block-system-main-block">
<article data-history-node-id="48812" role="article" about="/news/national/landslide-cuts-coastal-highway-stranding-hundreds-oregon-town" class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(HEAD)}</span></h1>
<div class="node__meta"><div class="field field--name-field-byline field--type-string field--label-hidden field__item">By GRACE OYELOWO Associated Press</div>
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2024-02-13T22:08:31Z">Tue, 02/13/2024 - 14:08</time></span>
<div class="field--name-field-source">Source: <a href="https://apnews.example">The Associated Press</a></div></div>
<div class="addtoany_list"><a class="a2a_button_facebook" href="#"><span class="visually-hidden">Facebook</span></a><a class="a2a_button_x" href="#"><span class="visually-hidden">X</span></a><a class="a2a_button_email" href="#"><span class="visually-hidden">Email</span></a><a class="a2a_dd addtoany_share" href="#">Share</a></div>
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure><img loading="lazy" src="/sites/default/files/styles/large/public/ap/2024-02/landslide.jpg?itok=Jh3k" width="960" height="640" alt="Mud and trees cover a highway" typeof="foaf:Image" /><figcaption>A landslide covers the highway south of Dunmore Cove, Ore., on Tuesday, Feb. 13, 2024. (Ferris County Sheriff’s Office via AP)</figcaption></figure></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_html}
</div>
<div class="field field--name-field-ad-inline"><div class="ad-unit"><div class="ad-label">Advertisement</div><div id="gpt-inline-1"></div></div></div>
<div class="field field--name-field-copyright"><p class="ap-copyright">Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/12" hreflang="en">National</a></div><div class="field__item"><a href="/taxonomy/term/88" hreflang="en">Weather</a></div><div class="field__item"><a href="/taxonomy/term/91" hreflang="en">AP</a></div></div></div>
</div>
</article>
</div>
<div class="block block-views block-views-blocknational-news-block-1"><h2>More National News</h2><div class="view-content">{nat_html}</div></div>
</div>
</div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div class="block block-ad"><div class="ad-label">Advertisement</div><div id="gpt-rail-1"></div></div>
{weather}
<div class="block block-views block-views-blockmost-read-block-1"><h2>Most Read</h2><div class="view-content"><ol>{most_read}</ol></div></div>
<div class="block block-newsletter"><h2>Get breaking news alerts</h2><p>Sign up for the KXLM 7 morning newsletter and breaking news alerts.</p><form><input type="email" placeholder="you@example.com" /><input type="submit" value="Sign up" /></form></div>
</div></aside>
</main>
<footer role="contentinfo" class="region region-footer">
<div class="block block-footer-menu"><ul class="menu"><li><a href="/fcc-public-file">FCC Public File</a></li><li><a href="/eeo-report">EEO Report</a></li><li><a href="/closed-captioning">Closed Captioning</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/careers">Careers</a></li></ul></div>
<div class="block block-footer-copy"><p>Content © 2024 KXLM-TV, Valley Broadcasting Group. Associated Press content: © 2024 The Associated Press. All rights reserved.</p></div>
</footer>
</div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/core/misc/drupal.js?v=10.2.3"></script>
</body>
</html>
'''
save("q11", doc, gold)
