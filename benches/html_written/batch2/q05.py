# q05: Australian commercial news site (Next.js/styled-components-like), body duplicated in __NEXT_DATA__,
# "Watch" video hub sidebar, in-body video embed, repeated Advertisement labels
import random
from common import *
rnd = random.Random(505)
SITE = "Southern Cross Daily"
HEAD = "‘We’re running out of beach’: Corrimbah residents demand action as storms eat into dunes"
DEK = "Homeowners on the NSW Mid North Coast say they have watched 30 metres of dune disappear in three years, while the council and state government argue over who should pay."
def sc(): return "sc-%s-%d %s" % ("".join(rnd.choice("abcdef0123456789") for _ in range(8)), rnd.randint(0, 9), "".join(rnd.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(6)))

body_spec = [
    ('p', "When Lorraine Gethin bought her weatherboard house behind Corrimbah Beach in 1996, she had to walk for almost two minutes through banksia scrub and over a grassy dune before she reached the sand."),
    ('p', "Now the dune ends in a sheer, crumbling wall of sand about 12 metres from her back fence, held together by the roots of a few surviving trees and a line of sandbags the council dropped there in June."),
    ('p', "“Every big swell takes another bite,” the 71-year-old said. “We’re running out of beach, and nobody can tell us what the plan is.”"),
    ('ad', None),
    ('p', "Corrimbah, a village of about 1,400 people on the NSW Mid North Coast, has lost an estimated 30 metres of frontal dune since 2021, according to survey data collected by a local volunteer group, the Corrimbah Dune Care Collective."),
    ('p', "A series of east coast lows last winter did the most damage, stripping sand from the southern end of the beach and exposing the foundations of the surf club’s old boat ramp."),
    ('video', None),
    ('h2', "Who pays?"),
    ('p', "Residents say they are caught in a stand-off between Tallowood Shire Council and the state government over who is responsible for protecting the coastline and who should pay for it."),
    ('p', "The council’s coastal management program, adopted in 2023, recommends a combination of sand nourishment and a rock revetment along 400 metres of the beach, at an estimated cost of $11.5 million. The shire’s entire annual capital works budget is about $19 million."),
    ('p', "Mayor Brendan Hollier said the council could not fund the works alone and had applied twice for state coastal grants without success."),
    ('p', "“We are a small rural council with a long coastline,” he said. “We have done the planning and the science. What we don’t have is eleven and a half million dollars sitting in a drawer.”"),
    ('ad', None),
    ('p', "A spokeswoman for the state environment department said Corrimbah was one of dozens of coastal communities seeking funding and that applications were assessed on risk to public assets and safety. She said the council was welcome to apply again in the next round, which opens in March."),
    ('h2', "‘Managed retreat’ on the table"),
    ('p', "Some coastal scientists say building a wall may not be the best long-term answer. Dr Amira Haddad, a coastal geomorphologist at the University of the Northern Rivers, said rock walls often protected the properties behind them at the cost of the beach in front."),
    ('p', "“Hard structures tend to lock the erosion in place and push it along to the next beach,” she said. “At some point communities like Corrimbah will have to have an honest conversation about which assets can realistically be defended as sea levels rise, and which can’t.”"),
    ('p', "That conversation is already under way in the village, and it is not an easy one. At a packed community meeting at the bowling club last month, some residents said talk of “managed retreat” was a threat to their life savings."),
    ('p', "Dean Sorensen, who runs the caravan park at the southern end of the beach, said insurers had already started to ask questions."),
    ('p', "“My premium has gone up 60 per cent in two years,” he said. “If they start saying we’re in a retreat zone, the bank will be next.”"),
    ('ad', None),
    ('p', "For now, the sandbags are the only line of defence. The council says they are designed to last two to three years and will be topped up after major storms."),
    ('p', "Mrs Gethin said she would not be moving anywhere."),
    ('p', "“I raised three kids in this house,” she said. “I’ll be here until the sea comes to the back step, and then I’ll think about it.”"),
]
gold, parts = [], []
pcls, h2cls, blk = sc(), sc(), sc()
for kind, t in body_spec:
    if kind == 'p':
        parts.append(f'<div class="{blk}" data-testid="story-block"><p class="{pcls}">{t}</p></div>'); gold.append(strip(t))
    elif kind == 'h2':
        parts.append(f'<div class="{blk}" data-testid="story-block"><h2 class="{h2cls}">{t}</h2></div>'); gold.append(strip(t))
    elif kind == 'ad':
        parts.append(f'<div class="{sc()}" data-testid="ad-slot"><div class="{sc()}"><span class="{sc()}">Advertisement</span><div id="ad-mrec-{len(parts)}"></div></div></div>')
    elif kind == 'video':
        parts.append(f'''<div class="{sc()}" data-testid="video-embed"><div class="{sc()}"><div class="video-js-placeholder" data-video-id="6349917123112"><img src="https://img.scd.example/video/corrimbah-erosion.jpg" alt=""><button aria-label="Play video">Play</button><span class="{sc()}">2:41</span></div><p class="{sc()}">Drone footage shows the extent of dune erosion at Corrimbah Beach after last winter’s east coast lows.</p></div></div>''')
body_html = "\n".join(parts)

videos = [("Drone footage reveals scale of Corrimbah erosion", "2:41"), ("Storm warning: damaging winds forecast for Hunter coast", "1:12"),
          ("Koala joey rescued from backyard pool in Port Waratah", "0:58"), ("Treasurer grilled on housing targets in Senate estimates", "4:05"),
          ("Surfers ride monster swell at Bennett’s Point", "1:47"), ("Cost of living: families turn to food relief in record numbers", "3:22"),
          ("Former NRL star opens up about life after football", "6:10"), ("Police appeal after hit-run on Pacific Highway", "1:05"),
          ("Firefighters hazard-reduction burn turns into spectacle", "0:44"), ("Weather: cold snap to bring snow to the tablelands", "2:02"),
          ("Inside the $40 million plan to revive a country rail line", "5:31"), ("Watch: whale breaches metres from fishing boat", "0:39")]
watch = "".join(f'''<li class="{sc()}"><a href="/video/{slug(t)}-{9000+i}" class="{sc()}"><div class="{sc()}"><img src="https://img.scd.example/vid/{9000+i}.jpg" alt="" loading="lazy"><span class="{sc()}">{d}</span></div><h3 class="{sc()}">{esc(t)}</h3></a></li>''' for i, (t, d) in enumerate(videos))

more = make_headlines(rnd, ["Sydney renters", "Gold Coast council", "Melbourne commuters", "Perth mum", "NSW Police", "Tradie", "Queensland farmers", "Brisbane cafe", "Hobart family", "Darwin crocodile"],
                      ["slam", "win fight over", "warned about", "stunned by", "reveal truth about", "hit with", "share secret to"],
                      ["$900 power bill", "new speed cameras", "parking fines", "school zone change", "rent rise", "flood insurance", "toll road hike", "supermarket prices"], 30)
more_html = "".join(f'<div class="{sc()}"><a href="/national/{slug(t)}/news-story/{rnd.getrandbits(64):016x}"><img src="x.jpg" alt=""><h4>{esc(t)}</h4><span>{rnd.randint(1,9)}h ago</span></a></div>' for t in more)

state = {"props": {"pageProps": {"article": {"id": "b7d3c2", "headline": HEAD, "standfirst": DEK, "author": "Kirra Donnelly",
          "published": "2024-08-19T19:00:00+10:00", "body": [{"type": k, "text": strip(t)} for k, t in body_spec if k in ("p", "h2")],
          "tags": ["Erosion", "NSW", "Climate"], "related": [{"title": t} for t in more]}, "videoHub": [{"title": t, "duration": d} for t, d in videos]}},
         "page": "/[section]/[...slug]", "buildId": "x8PqL2mZ0aB", "isFallback": False, "gssp": True}

nav = ["National", "World", "Lifestyle", "Travel", "Entertainment", "Technology", "Finance", "Sport", "Weather", "Video", "Puzzles"]
nav_html = "".join(f'<li class="{sc()}"><a href="/{slug(n)}" class="{sc()}">{n}</a></li>' for n in nav)
css = css_blob(["sc-" + "".join(rnd.choice("abcdef0123456789") for _ in range(8)) for _ in range(100)], 560, 55)
js = js_blob(5505, 120, "__scd")

doc = f'''<!DOCTYPE html><html lang="en-AU"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Corrimbah Beach erosion: residents demand action as storms eat into dunes | {SITE}</title>
<meta name="description" content="{esc(DEK)}"/><meta property="og:title" content="{esc(HEAD)}"/><meta property="og:description" content="{esc(DEK)}"/><meta property="og:type" content="article"/>
<meta property="og:image" content="https://img.scd.example/corrimbah-dune-1200x630.jpg"/><meta property="article:published_time" content="2024-08-19T19:00:00+10:00"/><meta property="article:section" content="National"/>
<link rel="canonical" href="https://www.scdaily.example/national/nsw/corrimbah-beach-erosion-residents-demand-action/news-story/b7d3c2"/>
<style data-styled="true" data-styled-version="6.1.8">{css}</style>
<script type="application/ld+json">{json_state({"@context": "http://schema.org", "@type": "NewsArticle", "headline": HEAD, "description": DEK, "datePublished": "2024-08-19T19:00:00+10:00", "author": [{"@type": "Person", "name": "Kirra Donnelly"}], "publisher": {"@type": "Organization", "name": SITE}, "isAccessibleForFree": True})}</script>
</head><body><div id="__next">
<div class="{sc()}"><div class="{sc()}" data-testid="ad-slot"><span class="{sc()}">Advertisement</span><div id="ad-leaderboard"></div></div></div>
<header class="{sc()}"><div class="{sc()}"><a href="/" aria-label="{SITE} home" class="{sc()}">{SITE}</a><button class="{sc()}" aria-label="Open menu">Menu</button><form role="search" class="{sc()}"><input type="search" aria-label="Search" placeholder="Search {SITE}"/></form><a href="/subscribe" class="{sc()}">Subscribe</a><a href="/login" class="{sc()}">Log in</a></div>
<nav class="{sc()}"><ul class="{sc()}">{nav_html}</ul></nav></header>
<main class="{sc()}"><div class="{sc()}">
<article class="{sc()}">
<nav aria-label="breadcrumb" class="{sc()}"><ol><li><a href="/national">National</a></li><li><a href="/national/nsw">NSW</a></li></ol></nav>
<h1 class="{sc()}">{esc(HEAD)}</h1>
<p class="{sc()}" data-testid="standfirst">{esc(DEK)}</p>
<div class="{sc()}"><div class="{sc()}"><a href="/author/kirra-donnelly" class="{sc()}">Kirra Donnelly</a><span class="{sc()}">Regional affairs reporter</span></div><time class="{sc()}" dateTime="2024-08-19T09:00:00Z">August 19, 2024 - 7:00PM</time>
<div class="{sc()}"><button aria-label="Share on Facebook" class="{sc()}">Share</button><button aria-label="Copy link" class="{sc()}">Copy link</button><a href="#comments" class="{sc()}">31 comments</a></div></div>
<figure class="{sc()}"><img src="https://img.scd.example/corrimbah-dune-1200x630.jpg" alt="Sandbags at the base of an eroded dune" width="1200" height="675"/><figcaption class="{sc()}"><span>Sandbags line the base of the eroded dune at Corrimbah Beach.</span> <span class="{sc()}">Picture: Supplied / Tallowood Shire Council</span></figcaption></figure>
<div class="{sc()}" data-testid="article-body">
{body_html}
</div>
<div class="{sc()}"><h3>Topics</h3><ul><li><a href="/topics/erosion">Erosion</a></li><li><a href="/topics/nsw">NSW</a></li><li><a href="/topics/climate">Climate</a></li></ul></div>
<section id="comments" class="{sc()}"><h3>Join the conversation</h3><p>Comments are displayed after moderation. Please log in to comment.</p><button>Load comments (31)</button></section>
</article>
<aside class="{sc()}" data-testid="watch-hub"><div class="{sc()}"><h2 class="{sc()}">Watch</h2><a href="/video" class="{sc()}">See all videos</a></div><ul class="{sc()}">{watch}</ul>
<div class="{sc()}" data-testid="ad-slot"><span class="{sc()}">Advertisement</span><div id="ad-sidebar-mrec"></div></div></aside>
</div>
<section class="{sc()}"><h2>More Coverage</h2><div class="{sc()}">{more_html}</div></section>
<div class="{sc()}" data-testid="ad-slot"><span class="{sc()}">Advertisement</span></div>
</main>
<footer class="{sc()}"><nav><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/editorial-complaints">Editorial complaints</a></li></ul></nav>
<p class="{sc()}">We acknowledge the Traditional Custodians of the lands on which we live and work, and pay our respects to Elders past and present.</p>
<p class="{sc()}">© Southern Cross Media Network Pty Ltd 2024. All rights reserved.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{json_state(state)}</script>
<script>{js}</script>
</body></html>
'''
save("q05", doc, gold)
