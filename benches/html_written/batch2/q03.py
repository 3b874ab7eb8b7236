# q03: Indian English news portal (TOI-like): <br>-separated body text, "Also read" cards,
# many ad slots, huge widget rails (teaser lists far longer than the short article)
import random
from common import *
rnd = random.Random(303)
SITE = "Deccan Pulse Times"
HEAD = "Metro phase 2: Rajnagar civic body clears land for three elevated stations"
def h(): return "_" + "".join(rnd.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(4))

paras = [
    "RAJNAGAR: The Rajnagar Municipal Corporation (RMC) on Friday handed over 2.3 hectares of land along Kalyani Road to the metro rail corporation, clearing the way for work on three elevated stations in the second phase of the project.",
    "The plots, at Shivaji Chowk, Bhavani Peth and the old octroi naka near Ambedkar Nagar, had been held up for over a year because of disputes with 46 shopkeepers and a private trust that claimed part of the land. Municipal commissioner Anjali Deshmane said all the shopkeepers had accepted alternative shops in a civic complex 600 metres away.",
    "“The legal hurdles are behind us. The contractor can mobilise machinery from Monday,” Deshmane said, adding that traffic diversions on Kalyani Road would be announced by the traffic police over the weekend.",
    "The 14.2km second phase, from Ambedkar Nagar to the Rajnagar IT Park, will have 12 stations and is estimated to cost Rs 6,480 crore. Metro officials said the three stations would be among the first to be built because the stretch carries more than 80,000 vehicles a day.",
    "Residents of Bhavani Peth, however, said the civic body had not explained how the narrow lanes behind the market would cope during construction. “Ambulances already struggle to get in. Nobody has told us what happens when half the road is barricaded,” said Suresh Kulkarni, secretary of a local residents’ welfare association.",
    "A metro official said a detailed traffic management plan had been submitted to the police and would be made public before work starts.",
]
also = [("Rajnagar metro phase 1: ridership crosses 1 lakh a day for first time", "1a2b"),
        ("Kalyani Road widening: RMC to remove 112 encroachments", "3c4d")]

def ad(n, kind="mrec"):
    return '<div class="%s ad-%s" id="div-gpt-ad-%d-%s"><span class="%s">ADVERTISEMENT</span></div>' % (h(), kind, 16000000 + n, kind, h())
def also_card(t, k):
    return ('<div class="%s alsoread"><div class="%s">Also read</div><a href="/city/rajnagar/%s/articleshow/%s.cms" class="%s"><img src="https://static.dpt.example/thumb/msid-%s,width-80.jpg" alt=""><span class="%s">%s</span></a></div>'
            % (h(), h(), slug(t), k, h(), k, h(), esc(t)))

cls = h()
body_html = ('<div class="%s clearfix" data-articlebody="1">' % cls
             + esc(paras[0]) + "<br><br>" + esc(paras[1]) + "<br><br>"
             + also_card(*also[0]) + ad(1)
             + esc(paras[2]) + "<br><br>" + esc(paras[3]) + "<br><br>"
             + ad(2, "inarticle") + esc(paras[4]) + "<br><br>"
             + also_card(*also[1])
             + esc(paras[5]) + "</div>")
gold = paras[:]

cities = ["Rajnagar", "Pune", "Mumbai", "Nagpur", "Nashik", "Bengaluru", "Hyderabad", "Delhi", "Kolkata", "Chennai", "Ahmedabad", "Jaipur", "Lucknow"]
subj = ["Civic body", "Police", "HC", "Traffic police", "Water dept", "RTO", "Zilla parishad", "Cops", "Doctors", "Varsity", "Mayor", "Students", "Forest dept"]
verb = ["to start", "plans", "cracks down on", "orders probe into", "approves", "puts on hold", "seeks report on", "launches drive against", "warns of"]
obj = ["potholes on ring road", "illegal hoardings", "water cut in east zone", "e-bike taxis", "dengue cases", "stray dog menace", "new flyover",
       "property tax hike", "night shelters", "garbage dumping", "helmet rule", "bus depot revamp", "lake cleanup", "exam paper leak", "smart meters"]
teas = make_headlines(rnd, subj, verb, obj, 96)

def widget(title, items, kind="list"):
    lis = "".join('<li class="%s"><a href="/city/%s/%s/articleshow/%d.cms"><img data-src="https://static.dpt.example/thumb/msid-%d,width-120.jpg" alt=""><span>%s</span></a></li>'
                  % (h(), rnd.choice(cities).lower(), slug(t), 1090000 + i, 1090000 + i, esc(t)) for i, t in enumerate(items))
    return '<div class="%s widget-%s"><h2 class="%s"><span>%s</span></h2><ul class="%s">%s</ul></div>' % (h(), kind, h(), esc(title), h(), lis)

top_stories = widget("Top Stories", teas[0:12], "top")
popular_city = widget("Popular From Rajnagar", teas[12:30], "popular")
trending = '<div class="%s"><h2>Trending Topics</h2><ul>%s</ul></div>' % (h(), "".join('<li><a href="/topic/%s">%s</a></li>' % (slug(t), esc(t)) for t in
           ["Rajnagar Weather", "Metro Phase 2", "Monsoon 2024", "Board Results", "Gold Rate Today", "IPL Schedule", "Petrol Price", "Rajnagar Traffic", "Water Cut", "Property Tax"]))
photostories = '<div class="%s"><h2>Photostories</h2><ul>%s</ul></div>' % (h(), "".join(
    '<li><a href="/photostory/%d.cms"><img src="x.jpg" alt=""><span>%s</span></a></li>' % (i, esc(t)) for i, t in enumerate(
    ["10 monsoon getaways within 100 km of Rajnagar", "Street food trail: 8 must-try vada pav stalls", "In pics: city wakes up to first pre-monsoon showers",
     "7 heritage wadas that survived the builders", "Celebrity homes: inside a TV star’s sea-facing flat", "Plants that keep your balcony cool in May",
     "From misal to modak: breakfast guide to the old city", "In pics: Ganesh idol makers begin work early"])))
more_city = widget("More From Rajnagar", teas[30:60], "more")
visual = widget("Visual Stories", teas[60:72], "visual")
from_web = '<div class="%s sponsored"><h2>From The Web</h2><ul>%s</ul><span>Promoted Links</span></div>' % (h(), "".join(
    "<li><a href='https://ads.example/%d' rel='nofollow sponsored'>%s</a><span>Sponsored | %s</span></li>" % (i, esc(t), s) for i, (t, s) in enumerate(
    [("Doctors are stunned: this kitchen spice may help your knees", "HealthTips Daily"), ("Rajnagar: unsold luxury flats now going at low prices", "PropertyDeals"),
     ("Play this game for 1 minute and see why everyone is addicted", "GameZone"), ("New term plan for NRIs: Rs 1 crore cover at low premium", "InsureSmart"),
     ("Retire with Rs 50,000 monthly income, here’s how", "WealthPlan"), ("This is how much a 1-week Kashmir trip costs", "TravelNow")])))
latest = widget("Latest News", teas[72:96], "latest")

comments = '''<div class="%s" id="comments"><h2>Comments</h2><div class="%s">Start a Conversation</div><p>Post comment</p><p class="%s">Refrain from posting comments that are obscene, defamatory or inflammatory, and do not indulge in personal attacks, name calling or inciting hatred against any community. Help us delete comments that do not follow these guidelines by marking them offensive. Let's work together to keep the conversation civil.</p><a href="#">Read Comments</a></div>''' % (h(), h(), h())

nav = ["Home", "City", "India", "World", "Business", "Tech", "Cricket", "Sports", "Entertainment", "TV", "Web Series", "Life & Style", "Astrology", "Education", "Auto", "Videos", "Photos", "ePaper", "Times Evoke"]
nav_html = "".join('<li class="%s"><a href="/%s">%s</a></li>' % (h(), slug(n), esc(n)) for n in nav)
citynav = "".join('<li><a href="/city/%s">%s</a></li>' % (c.lower(), c) for c in cities)

css = css_blob([h()[1:] for _ in range(120)], 700, 33)
js1 = js_blob(3303, 150, "TimesApps")
js2 = js_blob(3304, 90, "dptAds")
state = {"geo": "IN", "msid": 109876543, "section": ["city", "rajnagar"], "ads": {"slots": ["ATF_728", "MREC_1", "MREC_2", "INARTICLE", "BTF_300", "SKINNING", "INTERSTITIAL"], "dfp": "/7176/DPT/DPT_City/DPT_Rajnagar"},
         "widgets": [{"t": t, "id": 1090000 + i} for i, t in enumerate(teas)]}

doc = f'''<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Rajnagar metro phase 2 news: Metro phase 2: Rajnagar civic body clears land for three elevated stations | Rajnagar News - {SITE}</title>
<meta name="description" content="Rajnagar News: The Rajnagar Municipal Corporation (RMC) on Friday handed over 2.3 hectares of land along Kalyani Road to the metro rail corporation.">
<meta name="keywords" content="Rajnagar metro, metro phase 2, Kalyani Road, RMC, Rajnagar news">
<meta property="og:title" content="{esc(HEAD)} | Rajnagar News - {SITE}"><meta property="og:type" content="article"><meta property="og:image" content="https://static.dpt.example/photo/msid-109876543,imgsize-88211/pic.jpg">
<meta property="og:site_name" content="{SITE}"><meta property="article:published_time" content="2024-05-24T19:41:00+05:30"><meta name="news_keywords" content="Rajnagar metro">
<link rel="amphtml" href="https://m.dpt.example/city/rajnagar/metro-phase-2-land/amp_articleshow/109876543.cms"><link rel="canonical" href="https://dpt.example/city/rajnagar/metro-phase-2-land/articleshow/109876543.cms">
<script type="application/ld+json">{json_state({"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEAD, "articleSection": "rajnagar", "datePublished": "2024-05-24T19:41:00+05:30", "author": {"@type": "Person", "name": "Nikhil Patwardhan"}, "publisher": {"@type": "Organization", "name": SITE}, "articleBody": " ".join(paras)})}</script>
<script type="application/ld+json">{json_state({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "News"}, {"@type": "ListItem", "position": 2, "name": "City News"}, {"@type": "ListItem", "position": 3, "name": "Rajnagar News"}]})}</script>
<style>{css}</style>
<script>window.__STATE__={json_state(state)};</script>
<script>{js1}</script>
</head><body class="{h()}">
<div class="{h()}">{ad(0, "skinning")}</div>
<div class="{h()} topbar"><a href="/">{SITE}</a><span>Sat, May 25, 2024 | Updated 09.12AM IST</span><a href="/epaper">ePaper</a><a href="/login">Sign In</a><a href="/subscribe">{SITE} Plus</a></div>
<div class="{h()}">{ad(3, "atf728")}</div>
<header class="{h()}"><nav><ul class="{h()}">{nav_html}</ul></nav><div class="{h()}"><input type="search" placeholder="Search for News, Videos, Photos"><button>Search</button></div><ul class="{h()} citylist">{citynav}</ul></header>
<div class="{h()} breadcrumb"><ul><li><a href="/">News</a></li><li><a href="/city">City News</a></li><li><a href="/city/rajnagar">Rajnagar News</a></li><li><span>Metro phase 2: Rajnagar civic body clears land for three elevated stations</span></li></ul></div>
<div class="{h()} contentwrapper">
<div class="{h()} leftmain">
<h1 class="{h()}"><span>{esc(HEAD)}</span></h1>
<div class="{h()} byline"><a href="/toireporter/author-nikhil-patwardhan-479.cms">Nikhil Patwardhan</a> / TNN / <span>Updated: May 24, 2024, 19:41 IST</span></div>
<div class="{h()} share"><span>Share</span><a href="#">FB</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Email</a><span>AA</span><span>Text Size</span><ul><li>Small</li><li>Medium</li><li>Large</li></ul><a href="#">Follow us</a></div>
<div class="{h()} highlights"><h2>Synopsis</h2><p>The Rajnagar Municipal Corporation has handed over 2.3 hectares along Kalyani Road to the metro corporation, clearing the way for three elevated stations in phase 2.</p></div>
<div class="{h()} img"><img src="https://static.dpt.example/thumb/msid-109876543,width-400,resizemode-4/109876543.jpg" alt="Metro phase 2"><span class="{h()}">Work on Kalyani Road is set to begin on Monday (File photo)</span></div>
{ad(4, "mrec_top")}
<div class="{h()} article">
{body_html}
</div>
<div class="{h()} download"><span>Download The {SITE} App</span> <a href="#">Google Play</a> <a href="#">App Store</a></div>
<div class="{h()} fold"><span>FOLLOW US ON SOCIAL MEDIA</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Instagram</a><a href="#">KOO</a><a href="#">Pinterest</a></div>
{ad(5)}
{comments}
{from_web}
{ad(6)}
{more_city}
{ad(7)}
{visual}
</div>
<div class="{h()} rightrail">
{ad(8)}
{top_stories}
{ad(9)}
{trending}
{popular_city}
{ad(10)}
{photostories}
{ad(11)}
{latest}
{ad(12, "btf300")}
</div>
</div>
<footer class="{h()}"><div><h3>Popular Categories</h3><ul>{"".join("<li><a href='#'>%s</a></li>" % c for c in ["Headlines", "Sports News", "Business News", "India News", "World News", "Bollywood News", "Health+ Tips", "Indian TV Shows", "Celebrity Photos"])}</ul></div>
<div><h3>Hot On The Web</h3><ul>{"".join("<li><a href='#'>%s</a></li>" % esc(t) for t in teas[:20])}</ul></div>
<p>Copyright © 2024 Deccan Pulse Media Ltd. All rights reserved. For reprint rights: Pulse Syndication Services</p></footer>
<script>{js2}</script>
<script>var gptSlots=[];googletag=window.googletag||{{cmd:[]}};googletag.cmd.push(function(){{googletag.pubads().enableLazyLoad({{fetchMarginPercent:200}});googletag.enableServices()}});</script>
</body></html>
'''
save("q03", doc, gold)
