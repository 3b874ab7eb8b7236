"""q11 - English (US), regional daily's live blog (custom CMS), newest first.

Ice storm live updates (~760 words): intro, pinned "Key updates" list, eight
entries with times, most with titles, two with lists; per-entry author and
Share button; an ad between entries; "Load more updates". Furniture:
LIVE badge, auto-refresh toggle, sort buttons, alerts sign-up box, "Latest
from the Press" rail, footer.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5111)
SITE = "Shorecliff Daily Press"
HEAD = "Ice storm live updates: 61,000 without power in Marrick County; warming centers open"

INTRO = "An overnight ice storm brought down trees and power lines across Marrick County, leaving tens of thousands of homes without electricity as temperatures dropped into the teens. Follow along for the latest."
KEY = ["About 61,000 customers in Marrick County remain without power after an overnight ice storm.",
       "Warming centers are open at Orrin Falls High School and the Pike Road Grange hall.",
       "Northline Power expects 90% of customers to be restored by late Sunday.",
       "Marrick County and Orrin Falls schools are closed Monday."]

ENTRIES = [
    ("5:48 p.m.", "Utility: most customers restored by Sunday night", "Yusuf Harrington", """
Northline Power now says it expects to restore power to 90% of customers by late Sunday, but warned that “the hardest-hit rural circuits” east of Route 12 could stay dark until Tuesday.

“We have 410 line workers in the field, including crews from four neighboring states,” spokesperson Hal Cattaneo said. “Every one of them is working a 16-hour shift.”
"""),
    ("5:10 p.m.", "Warming center at Orrin Falls High is full", "Bettina Krol", """
The warming center at Orrin Falls High School reached its capacity of 150 people shortly before 5 p.m., the county emergency management office said. Overflow is being directed to the Grange hall on Pike Road, which has cots for 60 more and is accepting pets in carriers.

The county is running free shuttle vans between the two sites every 30 minutes.
"""),
    ("4:22 p.m.", None, "Yusuf Harrington", """
A reader in Cask Hollow sent us this: “Our whole street is out, but the neighbor with the generator has an extension cord running to three houses so everyone’s fridge is on. Small mercies.” Stay safe out there, and please keep generators outside and away from windows.
"""),
    ("3:55 p.m.", "Two people treated for carbon monoxide poisoning", "Bettina Krol", """
Marrick Regional Medical Center treated two adults for carbon monoxide poisoning Saturday afternoon after a generator was run inside an attached garage in Wendham Township, fire officials said. Both were in stable condition.

Fire Chief Dolores Amberlee urged residents never to run generators, grills or camp stoves indoors, even with windows open.
"""),
    ("3:20 p.m.", "Route 12 reopens between Orrin Falls and Wendham", "Yusuf Harrington", """
State crews reopened Route 12 after clearing downed trees and a snapped utility pole near the Wendham line. Police said side roads in the area remain treacherous and asked drivers to stay home if they can.
"""),
    ("2:41 p.m.", "How many are without power?", "Yusuf Harrington", """
As of 2:30 p.m., Northline Power reported 61,240 customers without power in Marrick County, down from a peak of about 74,000 at 9 a.m. Here is the breakdown by town, according to the utility’s outage map:

- Orrin Falls: 22,310
- Wendham Township: 14,905
- Cask Hollow: 9,880
- Lessing: 8,140
- Other towns: 6,005
"""),
    ("1:15 p.m.", "Schools closed Monday", "Bettina Krol", """
Marrick County Schools and the Orrin Falls district both announced they will be closed Monday. Superintendent Nadim Rahimi said several buildings are without power and buses can’t safely travel roads still blocked by fallen limbs.
"""),
    ("12:02 p.m.", "What to do if your power is out", "Bettina Krol", """
Emergency officials shared these tips:

- Keep refrigerator and freezer doors closed. A full freezer should keep food frozen for about 48 hours.
- Report downed lines to Northline Power and stay at least 30 feet away from them.
- Check on elderly neighbors and anyone who relies on medical equipment that needs electricity.
"""),
]

AD = '<div class="ad-unit ad-unit--liveblog"><p class="ad-unit__label">Advertisement</p><div class="ad-unit__slot" id="gpt-live-%d" style="min-height:250px"></div></div>'

gold = [INTRO, "Key updates"] + KEY
entries_html = []
for i, (tm, title, author, text) in enumerate(ENTRIES):
    h, g = render(body_from(text), {"p": "<p>{}</p>", "ul": '<ul class="live-entry__list">{items}</ul>'})
    eid = 88400 + i
    title_html = '<h3 class="live-entry__title">%s</h3>' % esc(title) if title else ""
    if title:
        gold.append(title)
    gold.extend(g)
    entries_html.append(
        '<article class="live-entry" id="entry-%d" data-entry-id="%d"><div class="live-entry__meta"><time class="live-entry__time" datetime="2025-12-06T%s">%s</time></div>'
        '%s<div class="live-entry__body">%s</div><footer class="live-entry__footer"><span class="live-entry__author">%s</span>'
        '<button class="live-entry__share" data-url="#entry-%d">Share</button></footer></article>' % (eid, eid, "17:00", tm, title_html, h, esc(author), eid))
    if i == 2:
        entries_html.append(AD % i)

NAV = ["Local", "Weather", "Crime", "Politics", "Business", "Sports", "Opinion", "Obituaries", "Puzzles", "e-Edition"]
subjects = ["Shorecliff harbor", "Marrick County", "The Shorecliff Gulls", "Lessing selectboard", "A Wendham bakery", "State police", "Orrin Falls voters"]
verbs = ["approve", "reject", "prepare for", "mourn", "take on", "celebrate"]
objects = ["dredging plan", "new fire chief", "holiday market", "tax override", "historic win", "school merger", "longtime owner"]
latest = make_headlines(rnd, subjects, verbs, objects, 5)

css = css_blob(["live-blog", "live-entry", "key-updates", "site-header", "ad-unit", "alerts-box", "rail", "site-footer", "live-badge"], 560, 5111)
js = js_blob(5111, 200, "liveblog")

page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} | {SITE}</title><meta name="description" content="{esc(INTRO)}">
<style>{css}</style>
<script type="application/ld+json">{json_state({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": HEAD, "coverageStartTime": "2025-12-06T06:00:00-05:00", "liveBlogUpdate": [{"@type": "BlogPosting", "headline": t or "Update", "datePublished": "2025-12-06"} for (_, t, _, _) in ENTRIES]})}</script>
</head><body class="article live">
<header class="site-header"><a class="site-header__logo" href="/">{SITE}</a><nav><ul>{link_items(NAV, '<li><a href="{href}">{text}</a></li>')}</ul></nav>
<div class="site-header__account"><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div></header>
<main class="main"><article class="live-blog">
<div class="live-blog__kicker"><span class="live-badge">LIVE</span> <a href="/weather/">Weather</a></div>
<h1 class="live-blog__headline">{esc(HEAD)}</h1>
<div class="live-blog__byline">By Yusuf Harrington and Bettina Krol · Updated Dec. 6, 2025, 5:48 p.m.</div>
<figure class="live-blog__lead"><img src="https://media.shorecliffpress.example/2025/12/ice-limbs.jpg" alt="Ice-coated branches on power lines" width="1200" height="675"><figcaption>Ice-coated branches lean on power lines along Lessing Road on Saturday morning. <span class="credit">Photo: Anneliese Moreau / Shorecliff Daily Press</span></figcaption></figure>
<div class="live-blog__intro"><p>{esc(INTRO)}</p></div>
<section class="key-updates"><h2 class="key-updates__title">Key updates</h2><ul>{"".join("<li>%s</li>" % esc(k) for k in KEY)}</ul></section>
<div class="live-blog__controls"><label class="toggle"><input type="checkbox" checked> Auto-refresh</label> <button class="sort is-active">Newest first</button> <button class="sort">Oldest first</button></div>
<div class="live-blog__entries">
{"".join(entries_html)}
</div>
<button class="live-blog__more">Load more updates</button>
</article>
<aside class="rail"><div class="alerts-box"><h3>Get breaking news alerts</h3><p>Be the first to know when news breaks in Marrick County.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
<div class="ad-unit"><p class="ad-unit__label">Advertisement</p><div class="ad-unit__slot" id="gpt-rail" style="min-height:600px"></div></div>
<section class="rail__latest"><h3>Latest from the Press</h3><ul>{link_items(latest, '<li><a href="{href}">{text}</a></li>', "/local/")}</ul></section></aside></main>
<footer class="site-footer"><ul>{link_items(["About", "Contact", "Advertise", "Subscribe", "Manage subscription", "Privacy Policy", "Terms of Use", "Site Map"], '<li><a href="{href}">{text}</a></li>')}</ul><p>© 2025 Shorecliff Daily Press. All rights reserved.</p></footer>
<script>{js}</script></body></html>
"""

save("q11", page, gold)
