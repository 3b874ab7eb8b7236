"""q13 - English, short police brief (under 150 words) on a Brightspot-style site.

Stresses everything kept: a three-paragraph brief, then a "Latest
headlines" river of 20 teasers with summaries and a "Most Popular" list,
both far longer than the brief.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q13"
rnd = random.Random(313)

TITLE = "Man charged after stolen excavator found in Tullow Creek"

ARTICLE = """
OAKHAVEN (WKTV) — A 34-year-old Oakhaven man faces theft and environmental charges after a construction excavator reported stolen from a job site was found partly submerged in Tullow Creek, state police said Thursday.

Troopers said the machine, valued at about $210,000, was taken Sunday night from a housing development off Carrow Lane. A fisherman spotted it in the creek Tuesday morning near the Bayard Road bridge.

Dustin Voelker was charged with theft, criminal mischief and discharging a pollutant into state waters. He was released on $15,000 unsecured bail. Environmental crews placed booms in the creek to contain leaking hydraulic fluid.
"""

body_html, gold = render(body_from(ARTICLE), {"p": '<p>{}</p>'})

RIVER = [
    ("Oakhaven council delays vote on downtown parking meters", "Members want more public input before adding meters to four blocks of Front Street."),
    ("High school football: Seaward Ridge rallies past Marlin Bay Central", "The Raiders scored 17 fourth-quarter points to advance to the state semifinals."),
    ("Cold snap expected to bring first frost of the season", "Overnight lows could dip into the upper 20s inland on Saturday, forecasters say."),
    ("Lorne Point ferry adds winter weekend sailings", "The added trips run Saturdays and Sundays from December through February."),
    ("New clinic opens in Harrowgate with walk-in hours", "The clinic will offer primary care, vaccinations and lab work six days a week."),
    ("State auditor flags overtime spending at county jail", "The report found overtime costs rose 48% over three years amid staffing shortages."),
    ("Volunteers plant 2,000 dune grass plugs at Pelican Shoals", "The project aims to rebuild dunes flattened in last winter's nor'easter."),
    ("Holiday parade route changes because of bridge work", "Floats will turn onto Delancey Street instead of crossing the Mill Race bridge."),
    ("Poultry farmers watch for bird flu as migration peaks", "Agriculture officials urged farms to tighten biosecurity through the winter."),
    ("Oakhaven library to extend Sunday hours starting in January", "The main branch will open from noon to 5 p.m. after a pilot program drew strong turnout."),
    ("Two injured in Route 24 crash near Kellam's Corner", "Both drivers were taken to Seaward General Hospital with injuries not considered life-threatening."),
    ("School board approves later start times for middle schools", "Classes will begin at 8:25 a.m. next fall, 35 minutes later than now."),
    ("Food bank reports record demand ahead of Thanksgiving", "The Seaward Shore Food Bank distributed more than 400,000 pounds of food in October."),
    ("County seeks input on new bike trail between Oakhaven and Lorne Point", "Residents can comment online or at an open house on Dec. 5."),
    ("Former Oakhaven mayor Evelyn Strand dies at 87", "Strand served three terms and led the city's waterfront redevelopment in the 1990s."),
    ("Crews begin replacing water mains on Pine and Cedar streets", "Drivers should expect lane closures weekdays through mid-December."),
    ("Tidelands Shore Chorale announces winter concert lineup", "The season opens Dec. 8 with a program of carols at St. Brendan's Church."),
    ("Police warn of phone scam targeting utility customers", "Callers are threatening to shut off power unless victims pay with gift cards."),
    ("Marina owners split over proposed dredging fee", "The fee would help pay for dredging the Oakhaven Inlet channel every four years."),
    ("Weekend forecast: Sunny and cool with a breezy Sunday", "Highs in the low 50s with northwest winds gusting to 25 mph on Sunday."),
]
POPULAR = [
    "Man charged after stolen excavator found in Tullow Creek",
    "Former Oakhaven mayor Evelyn Strand dies at 87",
    "Police warn of phone scam targeting utility customers",
    "School board approves later start times for middle schools",
    "Cold snap expected to bring first frost of the season",
]

css = css_blob(["Page-header", "Navigation", "Page-articleBody", "RichTextArticleBody", "PromoB", "List", "MostPopular", "Page-footer", "WeatherBar", "AdModule"], 1000, 3131)
js = js_blob(3132, 200, "BSP")

html = """<!DOCTYPE html>
<html class="Page" lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | WKTV 9 Tidelands</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="WKTV 9">
<meta name="brightspot.contentId" content="00000193-4c1e-d2a1-a5f7-7cff5a2b0000">
<style>{css}</style>
<script type="application/ld+json">{ld}</script>
</head>
<body class="Page-body">
<header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/">WKTV 9 Tidelands</a>
<nav class="Navigation"><ul class="Navigation-items"><li class="Navigation-items-item"><a href="/news">News</a></li><li class="Navigation-items-item"><a href="/weather">Weather</a></li><li class="Navigation-items-item"><a href="/sports">Sports</a></li><li class="Navigation-items-item"><a href="/watch">Watch Live</a></li><li class="Navigation-items-item"><a href="/community">Community</a></li><li class="Navigation-items-item"><a href="/contests">Contests</a></li><li class="Navigation-items-item"><a href="/contact">Contact</a></li></ul></nav></div>
<div class="WeatherBar"><span class="WeatherBar-temp">47&deg;</span> <span class="WeatherBar-cond">Partly Cloudy</span> <a href="/weather/alerts">No active alerts</a> <a href="/watch" class="WeatherBar-live">Watch Newscasts Live</a></div></header>
<main class="Page-main">
<div class="Page-content">
<div class="ArticlePage-breadcrumbs"><a href="/news">News</a> / <a href="/news/crime">Crime</a></div>
<h1 class="Page-headline">{title}</h1>
<div class="Page-byline"><div class="Page-authors">By <a href="/people/kelsey-navarro">Kelsey Navarro</a></div><div class="Page-datePublished">Published November 21, 2024 at 4:06 PM EST</div></div>
<div class="Page-actions"><button class="ActionLink" data-action="share-facebook">Facebook</button><button class="ActionLink" data-action="share-x">X</button><button class="ActionLink" data-action="email">Email</button></div>
<div class="Page-lead"><figure class="Figure"><img src="/media/2024/11/excavator-creek.jpg" alt=""><figcaption class="Figure-caption">A stolen excavator sits partly submerged in Tullow Creek near the Bayard Road bridge on Tuesday. (Photo courtesy State Police)</figcaption></figure></div>
<div class="Page-articleBody"><div class="RichTextArticleBody RichTextBody">
{body}
</div></div>
<div class="AdModule"><div class="AdModule-label">Advertisement</div></div>
<div class="Page-tags"><span>Tags</span> <a href="/tags/oakhaven">Oakhaven</a> <a href="/tags/state-police">State Police</a></div>
<div class="ListRiver"><h2 class="List-title">Latest headlines</h2><ul class="List-items">{river}</ul><a class="List-more" href="/news">More news</a></div>
</div>
<aside class="Page-aside"><div class="MostPopular"><h2 class="MostPopular-title">Most Popular</h2><ol>{popular}</ol></div><div class="AdModule"><div class="AdModule-label">Advertisement</div></div><div class="AppPromo"><p>Get breaking news and weather alerts on the WKTV 9 app.</p><a href="/apps">Download now</a></div></aside>
</main>
<footer class="Page-footer"><div class="Page-footer-links"><a href="/fcc-public-file">FCC Public File</a> <a href="/eeo">EEO Report</a> <a href="/closed-captioning">Closed Captioning</a> <a href="/careers">Careers</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a></div><p class="Page-footer-disclaimer">&copy; 2024 WKTV 9 Tidelands. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p></footer>
<script>{js}</script>
</body>
</html>""".format(
    title=esc(TITLE), css=css, js=js, body=body_html,
    ld=json_state({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-11-21T16:06:00-05:00", "author": {"@type": "Person", "name": "Kelsey Navarro"}}),
    river="".join('<li class="List-items-item"><div class="PromoB"><div class="PromoB-media"><img src="/media/thumb/%d.jpg" alt=""></div><div class="PromoB-content"><h3 class="PromoB-title"><a href="/news/%s">%s</a></h3><p class="PromoB-description">%s</p><div class="PromoB-timestamp">%d hours ago</div></div></div></li>'
                  % (i, slug(t), esc(t), esc(d), i // 3 + 1) for i, (t, d) in enumerate(RIVER)),
    popular="".join('<li><a href="/news/%s">%s</a></li>' % (slug(p), esc(p)) for p in POPULAR),
)

save(PID, html, gold)
