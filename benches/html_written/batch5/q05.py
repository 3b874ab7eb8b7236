"""q05 - English (US), local TV station site (broadcaster CMS).

Utility story (~340 words) with dateline, list of advice. Furniture: weather
alert bar, nav with "Watch Live", video player with title/description and
"Up Next" playlist above the text, share icons, copyright line and app
promo after the text, "Report a typo", "Trending", "Latest News" river with
summaries, station footer with FCC links.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5105)
SITE = "KVRN 9 News"
HEAD = "Boil-water advisory lifted for west Bellmont Springs after main break"

TEXT = """
BELLMONT SPRINGS (KVRN) — Residents in the western half of Bellmont Springs can drink their tap water again after the city lifted a boil-water advisory Thursday afternoon, three days after a 16-inch water main burst under Garrity Boulevard.

The city’s utilities department said two rounds of samples taken Tuesday and Wednesday came back clear of bacteria at all 18 testing sites in the affected area.

“We know three days of boiling water is a real hardship, especially for families with small kids and for our restaurants,” utilities director Ray Castellanos said at a briefing outside the department’s Ninth Street office. “We appreciate everyone’s patience.”

The break flooded part of Garrity Boulevard early Monday and caused pressure to drop across roughly 4,200 homes and businesses. Crews replaced a 20-foot section of pipe that was installed in 1961, Castellanos said.

Before using tap water again, the city recommends residents:

- Run cold water taps for at least five minutes, starting with the faucet closest to where water enters the home.
- Throw away ice made during the advisory and run ice makers through three cycles.
- Run water softeners and filters through a regeneration cycle, or replace filter cartridges.
- Flush water heaters if the water coming out looks cloudy or discolored.

Garrity Boulevard will remain down to one lane in each direction between Sage Street and Ninth Street until repaving is finished, likely next week.

Several restaurants along the corridor that closed during the advisory told KVRN they planned to reopen Friday. The Bellmont Springs Chamber of Commerce said it would ask the city council about relief for businesses that lost sales.

The city said it would credit affected customers for three days of water charges on their next bill. Anyone who still sees discolored water after flushing is asked to call the utilities department’s 24-hour line.
"""

body_html, gold = render(body_from(TEXT), {"p": "<p>{}</p>", "ul": '<ul class="story-list">{items}</ul>'})

NAV = ["News", "Weather", "Sports", "Watch Live", "Investigates", "Community", "Contests", "Traffic", "Newsletters"]
up_next = [("Crews work overnight on Garrity Boulevard water main", "1:42"), ("First Alert Forecast: Windy Friday, cooler weekend", "2:58"), ("Bellmont Springs High marching band heads to state", "1:15"), ("Holiday toy drive kicks off at fire stations", "0:54")]
subjects = ["Bellmont Springs police", "A west side family", "County health officials", "The Pinecrest Pumas", "Sage Street businesses", "School board members", "A local veterans group", "Firefighters"]
verbs = ["search for", "celebrate", "warn about", "push back on", "get ready for", "honor"]
objects = ["missing hiker", "state title run", "flu season", "new speed cameras", "winter storm", "fallen officer", "downtown parking plan"]
trending = make_headlines(rnd, subjects, verbs, objects, 5)
latest = make_headlines(rnd, subjects, verbs, objects, 11)[5:]
summaries = ["The department says tips from neighbors have already helped narrow the search area.", "It’s the program’s first trip to the championship in 14 years.", "Clinics open at three locations next week, no appointment needed.", "Residents packed Tuesday’s meeting to voice concerns.", "Our First Alert team says the heaviest snow should fall after midnight.", "The ceremony is planned for Saturday morning at Veterans Park."]

css = css_blob(["site-nav", "alert-bar", "video-player", "up-next", "story-body", "byline", "share-tools", "trending", "latest-river", "station-footer", "weather-badge"], 560, 5105)
js = js_blob(5105, 240, "kvrn")

upnext_html = "".join('<li class="up-next__item"><a href="/video/%s/"><img src="https://media.kvrn9.example/thumbs/%d.jpg" alt=""><span class="up-next__title">%s</span><span class="up-next__duration">%s</span></a></li>' % (slug(t), rnd.randint(10000, 99999), esc(t), d) for t, d in up_next)
latest_html = "".join('<li class="latest-river__item"><a class="latest-river__headline" href="/news/%s/">%s</a><p class="latest-river__summary">%s</p><span class="latest-river__time">%d hours ago</span></li>' % (slug(t), esc(t), esc(s), i + 1) for i, (t, s) in enumerate(zip(latest, summaries)))

page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} | {SITE}</title>
<meta name="description" content="Residents in the western half of Bellmont Springs can drink their tap water again.">
<meta property="og:video" content="https://media.kvrn9.example/video/boil-advisory-lifted.m3u8">
<style>{css}</style>
{ld_article(HEAD, "Marisol Quintero-Hay", "2025-11-13T15:48:00-07:00", "KVRN", section="Local News")}
<script src="https://players.example-video.net/kvrn/player.js" async></script>
</head><body class="story-page">
<div class="alert-bar alert-bar--weather"><strong>WEATHER ALERT:</strong> Wind advisory for the Bellmont Valley until 6 p.m. Friday. <a href="/weather/alerts/">See all alerts</a></div>
<header class="site-nav"><a href="/" class="site-nav__logo"><img src="/static/kvrn9-logo.svg" alt="{SITE}"></a>
<div class="weather-badge"><span class="weather-badge__city">Bellmont Springs</span> <span class="weather-badge__temp">41°</span></div>
<nav><ul>{link_items(NAV, '<li><a href="{href}">{text}</a></li>')}</ul></nav>
<a class="site-nav__live" href="/live/">LIVE: KVRN 9 News at 4</a></header>
<main class="story-layout"><article class="story">
<div class="story__section"><a href="/news/local/">Local News</a></div>
<h1 class="story__headline">{esc(HEAD)}</h1>
<div class="video-player" data-video-id="vrn-88412"><div class="video-player__stage"><img src="https://media.kvrn9.example/thumbs/88412.jpg" alt=""><button class="video-player__play" aria-label="Play video">Play</button></div>
<div class="video-player__meta"><h2 class="video-player__title">Boil-water advisory lifted in Bellmont Springs</h2><p class="video-player__description">The city says all 18 testing sites came back clean. Marisol Quintero-Hay reports from Garrity Boulevard.</p><span class="video-player__duration">2:11</span></div>
<div class="up-next"><h3 class="up-next__label">Up Next</h3><ol>{upnext_html}</ol></div></div>
<div class="byline"><span class="byline__author">By <a href="/people/marisol-quintero-hay/">Marisol Quintero-Hay</a></span>
<span class="byline__date">Published: Nov. 13, 2025 at 3:48 PM MST</span> <span class="byline__updated">Updated: 2 hours ago</span></div>
<div class="share-tools"><a class="share-tools__btn" href="https://www.facebook.com/sharer/sharer.php?u=kvrn9" aria-label="Share on Facebook"><svg><use href="#i-fb"/></svg></a><a class="share-tools__btn" href="https://x.com/intent/post?url=kvrn9" aria-label="Share on X"><svg><use href="#i-x"/></svg></a><a class="share-tools__btn" href="mailto:?subject=Boil-water%20advisory" aria-label="Email this story"><svg><use href="#i-mail"/></svg></a></div>
<div class="story-body">
{body_html}
<p class="story-body__copyright">Copyright 2025 KVRN. All rights reserved.</p>
</div>
<div class="story-promo"><p><strong>Download the KVRN 9 News app</strong> for breaking news alerts, live newscasts and First Alert Weather on the go.</p><a href="/apps/">Get the app</a></div>
<button class="report-typo">Report a typo</button>
</article>
<aside class="sidebar"><section class="trending"><h2>Trending Stories</h2><ol>{link_items(trending, '<li><a href="{href}">{text}</a></li>', "/news/")}</ol></section>
<div class="ad"><div class="ad__label">Advertisement</div><div id="ad-rail-300x250"></div></div></aside>
<section class="latest-river"><h2>Latest News</h2><ul>{latest_html}</ul><a class="latest-river__more" href="/news/">More News</a></section>
</main>
<footer class="station-footer"><div class="station-footer__contact"><strong>KVRN 9</strong><br>1120 Cavell Drive<br>Bellmont Springs<br>(555) 010-9900</div>
<ul class="station-footer__links">{link_items(["Public Inspection File", "EEO Report", "FCC Applications", "Closed Captioning Contact", "Advertise With Us", "Careers", "Terms of Service", "Privacy Policy", "Contact Us"], '<li><a href="{href}">{text}</a></li>')}</ul>
<p>Public File Liaison: public.file@kvrn9.example · © 2025 KVRN. All rights reserved.</p></footer>
<script>{js}</script></body></html>
"""

save("q05", page, gold)
