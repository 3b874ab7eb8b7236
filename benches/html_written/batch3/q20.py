"""q20 - English, Next.js TV-station site with CSS-module class names.

Ordinary Next.js page: hashed class names (ArticleBody_body__xxxx), the
story also present in __NEXT_DATA__ JSON, a video player with an "Up next"
playlist above the text, an in-body bulleted list, and "Trending" /
"Latest" rails after.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q20"
rnd = random.Random(320)

def h(name):
    return "%s__%s" % (name, "".join(rnd.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(5)))

C = {k: h(k) for k in ["Header_root", "Header_nav", "Article_root", "Article_headline", "Article_byline", "Article_timestamp", "ArticleBody_body", "Paragraph_p", "Heading_h2", "List_ul", "VideoPlayer_wrap", "VideoPlayer_title", "VideoPlayer_upnext", "Trending_root", "Latest_root", "Footer_root", "Share_root", "Alert_bar"]}

TITLE = "Evacuation orders lifted for Sable Ridge as crews gain ground on Cinder Gulch fire"

ARTICLE = """
Residents of Sable Ridge were allowed to return home Sunday afternoon after firefighters stopped the forward spread of the Cinder Gulch fire, which burned more than 6,200 acres in the hills east of Calloway over four days.

The Calloway County Sheriff's Office downgraded the evacuation order for Sable Ridge and the Upper Fenner Road area to a warning at 2 p.m., meaning residents may return but should be ready to leave again if conditions change. Evacuation orders remain in place for about 40 homes along Dry Camp Road, where crews are still working to secure the fire's northern edge.

The fire was 45% contained as of Sunday evening, according to the state forestry department. No homes were destroyed, officials said, though two barns and several outbuildings burned on Thursday when the fire made a fast run up Cinder Gulch in strong afternoon winds.

"We were very, very fortunate," said Battalion Chief Ramona Echeverría, who is leading the firefighting effort. "The wind shifted at exactly the right moment on Friday night and gave our crews the chance to get in front of it. If it had kept pushing west for another two hours, we would be having a very different conversation."

## Returning home

Officials urged returning residents to take precautions, especially in homes that were closed up for several days during heavy smoke. The county's emergency management office offered this advice for people going back:

- Check for smoldering embers on roofs, in gutters and under decks, and call 911 if you see smoke.
- Throw out food from refrigerators if the power was off for more than four hours.
- Run air purifiers or replace HVAC filters before spending long periods indoors.
- Watch for fire equipment and crews still working on narrow roads.

About 1,100 people had been under evacuation orders at the height of the fire. The Red Cross shelter at Calloway High School will close Monday morning, and the county fairgrounds will continue to take large animals through Tuesday.

## Cause under investigation

Investigators have not determined what started the fire, which was reported shortly after noon Wednesday near a pullout on Highway 18. Echeverría said investigators are looking at several possible causes and asked anyone who was in the area that morning and has photos or video to contact the forestry department.

More than 700 firefighters from across the region are assigned to the fire, along with six helicopters and a pair of air tankers that flew out of the Redmont air base. Officials expect to begin releasing some crews later this week if the weather holds.

Forecasters expect cooler temperatures and light winds through Wednesday, with a chance of rain on Thursday, which would help crews strengthen containment lines.
"""

spec = body_from(ARTICLE)
parts, gold, elements = [], [], []
for kind, payload in spec:
    if kind == "p":
        parts.append('<p class="%s">%s</p>' % (C["Paragraph_p"], payload)); gold.append(payload)
        elements.append({"type": "paragraph", "text": payload})
    elif kind == "h2":
        parts.append('<h2 class="%s">%s</h2>' % (C["Heading_h2"], payload)); gold.append(payload)
        elements.append({"type": "heading", "level": 2, "text": payload})
    elif kind == "ul":
        parts.append('<ul class="%s">%s</ul>' % (C["List_ul"], "".join("<li>%s</li>" % x for x in payload))); gold.extend(payload)
        elements.append({"type": "list", "items": payload})
body_html = "\n".join(parts)

upnext = [
    ("Aerial footage shows the Cinder Gulch fire's burn scar", "1:42"),
    ("Sheriff: Evacuation warning for Sable Ridge, what it means", "2:15"),
    ("Red Cross volunteers run Calloway shelter around the clock", "3:04"),
    ("Forecast: Cooler weather, chance of rain by Thursday", "2:38"),
    ("Ranchers move horses and cattle to county fairgrounds", "1:57"),
]
trending = [
    "Calloway County approves new animal shelter site",
    "Redmont man wins $2 million scratch-off prize",
    "Highway 18 paving project pushed to spring",
    "Holiday light show returns to Harbison Park",
    "Local bakery named one of the state's best",
]
latest = [
    ("Sable Ridge residents describe tense wait during evacuation", "2 hours ago"),
    ("Fire crews from five states arrive in Calloway County", "Yesterday"),
    ("How to sign up for Calloway County emergency alerts", "Yesterday"),
    ("Schools in Redmont to reopen Monday after smoke closures", "Yesterday"),
]

next_data = {"props": {"pageProps": {"article": {
    "id": "f3c9e1d2-7b4a-4e6f-9a18-2d5c7b0e9f41", "slug": "evacuation-orders-lifted-sable-ridge-cinder-gulch-fire",
    "headline": TITLE, "byline": [{"name": "Devon Achterberg"}, {"name": "KCWX Staff"}],
    "publishedAt": "2024-11-17T22:41:00Z", "updatedAt": "2024-11-18T02:05:00Z",
    "section": {"name": "Local News", "slug": "local"},
    "video": {"id": "vid_88213", "title": "Crews hold the line on the Cinder Gulch fire", "duration": 148},
    "body": elements,
}, "station": "KCWX", "ads": {"network": "/8861/kcwx", "targeting": {"section": "local", "tags": ["wildfire", "evacuations"]}}}, "__N_SSP": True},
    "page": "/article/[slug]", "query": {"slug": "evacuation-orders-lifted-sable-ridge-cinder-gulch-fire"}, "buildId": "b6f0c2e9", "isFallback": False, "gssp": True, "locale": "en-US"}

css = "".join(".%s{%s}" % (v, ";".join("%s:%s" % (p, rnd.choice(vals)) for p, vals in rnd.sample([("display", ["block", "flex", "grid"]), ("margin", ["0", "0 auto", "16px 0"]), ("padding", ["0", "12px", "8px 16px"]), ("font-size", ["14px", "1rem", "1.25rem", "2rem"]), ("color", ["#111", "#fff", "#5a5a5a"]), ("gap", ["8px", "16px"])], 4))) for v in C.values())
css += css_blob(["jsx-%d" % rnd.randint(1000000, 9999999) for _ in range(30)], 700, 3201)
js = js_blob(3202, 240, "__NEXT_P")

html = """<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{title} | KCWX News 4</title><meta name="description" content="Residents of Sable Ridge can return home after firefighters stopped the forward spread of the Cinder Gulch fire."/><meta property="og:title" content="{title}"/><meta name="next-head-count" content="5"/><link rel="preload" href="/_next/static/css/a91f0c33d2e4b7f1.css" as="style"/><style data-href="/_next/static/css/a91f0c33d2e4b7f1.css">{css}</style><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-4e3a1b2c9d8f7e6a.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/pages/article/%5Bslug%5D-0e8d1f2a3b4c5d6e.js" defer=""></script></head><body><div id="__next">
<div class="{c[Alert_bar]}" role="region" aria-label="Alerts"><strong>WEATHER ALERT</strong> Red Flag Warning for Calloway County foothills until 8 PM Sunday. <a href="/weather/alerts">Details</a></div>
<header class="{c[Header_root]}"><a href="/" aria-label="KCWX News 4 home">KCWX News 4</a><nav class="{c[Header_nav]}"><a href="/local">Local News</a><a href="/weather">Weather</a><a href="/traffic">Traffic</a><a href="/sports">Sports</a><a href="/investigations">4 Investigates</a><a href="/watch">Watch Live</a><a href="/community">Community</a></nav><button aria-label="Search">Search</button></header>
<main><article class="{c[Article_root]}">
<a href="/local">Local News</a>
<h1 class="{c[Article_headline]}">{title}</h1>
<div class="{c[Article_byline]}">By Devon Achterberg, KCWX Staff</div>
<div class="{c[Article_timestamp]}">Published: November 17, 2024, 2:41 PM PST <span>Updated: November 17, 2024, 6:05 PM PST</span></div>
<div class="{c[Share_root]}"><button>Share on Facebook</button><button>Share on X</button><button>Email</button><button>Copy Link</button></div>
<div class="{c[VideoPlayer_wrap]}"><div class="player" data-video-id="vid_88213"><div class="player-poster"></div><button class="player-play" aria-label="Play video">Play</button></div><div class="{c[VideoPlayer_title]}">Crews hold the line on the Cinder Gulch fire</div>
<div class="{c[VideoPlayer_upnext]}"><div>Up Next</div><ul>{upnext}</ul></div></div>
<div class="{c[ArticleBody_body]}">
{body}
</div>
<div class="{c[Share_root]}"><span>Copyright 2024 KCWX. All rights reserved.</span></div>
</article>
<section class="{c[Latest_root]}"><h2>More on the Cinder Gulch fire</h2><ul>{latest}</ul></section>
<section class="{c[Trending_root]}"><h2>Trending</h2><ol>{trending}</ol></section>
</main>
<footer class="{c[Footer_root]}"><nav><a href="/contact">Contact Us</a><a href="/jobs">Careers</a><a href="/fcc">FCC Applications</a><a href="/public-file">Public File</a><a href="/eeo">EEO Report</a><a href="/privacy">Privacy Policy</a><a href="/terms">Terms of Use</a><a href="/captioning">Closed Captioning</a></nav><p>&#169; 2024 KCWX-TV. All Rights Reserved.</p></footer>
</div><script id="__NEXT_DATA__" type="application/json">{nd}</script><script>{js}</script></body></html>""".format(
    title=esc(TITLE), css=css, js=js, c=C, body=body_html,
    upnext="".join('<li><a href="/video/%s"><span class="thumb"></span><span>%s</span> <span class="dur">%s</span></a></li>' % (slug(t), esc(t), d) for t, d in upnext),
    trending="".join('<li><a href="/local/%s">%s</a></li>' % (slug(t), esc(t)) for t in trending),
    latest="".join('<li><a href="/local/%s">%s</a> <span>%s</span></li>' % (slug(t), esc(t), a) for t, a in latest),
    nd=json_state(next_data),
)

save(PID, html, gold)
