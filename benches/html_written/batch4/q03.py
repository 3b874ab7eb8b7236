"""q03 - English (Australia), national news site with a video player
(title, description, duration, "up next") above the story.

Ordinary weather story; breaking-news ticker, share bar, ad labels,
inline "READ MORE" links, a "Trending" list and footer.
"""
import random
from common import *

PID = "q03"
rnd = random.Random(403)

HEADLINE = "Residents told to prepare for evacuation as heavy rain lashes coastal towns"

TEXT = """
Residents of low-lying streets in Wirrangi Heads have been told to prepare to leave their homes as the Carrick River is forecast to reach moderate flood levels by Thursday afternoon.

The State Emergency Service issued the warning on Wednesday night after more than 180mm of rain fell on parts of the coast in 24 hours, with another 100mm to 150mm possible before the system eases over the weekend.

SES incident controller Jacqui Brennan said people living near the river in Wirrangi Heads and Corella Bay should pack medicines, important documents and pet supplies now rather than wait for an evacuation order.

"We would much rather people leave early and come back to a dry house than have our crews pulling them out of floodwater at two in the morning," she said.

Crews had responded to 214 calls for help since Tuesday, mostly for leaking roofs and fallen trees, along with four flood rescues involving drivers who tried to cross flooded causeways.

The Bureau of Meteorology said the heaviest falls were expected between Wirrangi Heads and the Tallow Range, where some catchments were already saturated after a wet March.

Several roads were closed on Wednesday, including sections of Old Coast Road and the Kindee Creek crossing. Council said school buses on three routes would not run on Thursday and parents should check the transport website before setting out.

An evacuation centre has been opened at the Corella Bay Community Hall on Marine Parade. Residents who need help can call the SES on 132 500, or triple-0 in a life-threatening emergency.

Mayor Colin Hargreaves urged visitors who had booked holiday accommodation for the school holidays to reconsider travelling to the area until the rain cleared. "The beaches will still be here next week. Please don't add to the traffic while our emergency services are stretched," he said.
"""

body = body_from(TEXT)
body.insert(3, ("raw", '<p class="read-more"><strong>READ MORE: </strong><a href="/national/weather/wild-weather-week-ahead/news-story/1b2c">Wild week ahead as three states brace for rain</a></p>'))
body.insert(6, ("raw", '<div class="ad-container ad-mrec" data-ad-position="inline-1"><span class="ad-label">Advertisement</span><div id="ad-inline-1"></div></div>'))
body.insert(10, ("raw", '<p class="read-more"><strong>READ MORE: </strong><a href="/national/weather/how-to-prepare-flood-kit/news-story/9e01">What to pack in your emergency kit</a></p>'))
body_html, gold = render(body, {"p": '<p class="story-paragraph">{}</p>'})

nav = ["Home", "National", "World", "Lifestyle", "Travel", "Entertainment", "Technology", "Finance", "Sport", "Weather", "Video"]
ticker = ["Wirrangi Heads residents told to prepare to evacuate", "Man charged over Corella Bay servo hold-up",
          "Interest rate decision due at 2.30pm AEST", "Tallow Range road reopens after landslip"]
trending = ["The one winter veggie you should be planting right now", "Aussie tourist's warning after holiday scam",
            "Footy star's emotional farewell to teammates", "Petrol prices tipped to climb before Easter",
            "Coastal town named the country's best for retirees", "Huge queue for new bakery opening"]
upnext = ["Drone footage shows swollen Carrick River", "SES crews rescue driver from flooded causeway", "Forecast: more rain to come"]

video = f"""<div class="video-player-wrapper" data-component="VideoPlayer">
<div class="vjs-player" id="vp-5533"><div class="vjs-poster" style="background-image:url(https://vid.example-cdn.net/5533.jpg)"></div>
<button class="vjs-big-play-button" type="button"><span class="vjs-control-text">Play Video</span></button>
<div class="vjs-control-bar"><span class="vjs-duration">01:48</span><button>Mute</button><button>Fullscreen</button></div></div>
<div class="video-meta"><h3 class="video-title">Flash flooding cuts roads as rain drenches coast</h3>
<p class="video-description">Heavy rain has closed roads and left drivers stranded, with more falls forecast for the region over the next 48 hours.</p></div>
<div class="video-upnext"><span>Up next</span><ul>{link_items(upnext, prefix="/video/id-")}</ul></div>
</div>"""

page = f"""<!DOCTYPE html>
<html lang="en-AU">
<head><meta charset="utf-8"><title>{esc(HEADLINE)} | news.coastline.com.au</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{esc(HEADLINE)}">
<style>{css_blob(["story", "header", "ncn", "video", "vjs", "ad", "trending", "footer", "ticker"], 380, 4031)}</style>
{ld_article(HEADLINE, "Sam Petrakis", "2024-04-10T20:45:00+10:00", "Coastline News", section="National")}
<script>{js_blob(4032, 140, "ncn")}</script>
</head>
<body>
<header class="site-header">
<a class="logo" href="/">coastline.com.au</a>
<nav class="primary-nav"><ul>{link_items(nav, prefix="/")}</ul></nav>
<a href="/subscribe" class="btn-subscribe">Subscribe</a> <a href="/login">Log in</a>
</header>
<div class="ticker" role="marquee"><strong class="ticker-label">Breaking News</strong><ul>{link_items(ticker, prefix="/breaking-news/")}</ul></div>
<div class="ad-container ad-leaderboard"><span class="ad-label">Advertisement</span></div>
<main id="content">
<div class="story-wrapper">
<ol class="breadcrumbs"><li><a href="/national">National</a></li><li><a href="/national/weather">Weather</a></li></ol>
<h1 class="story-headline">{esc(HEADLINE)}</h1>
<p class="story-intro">Dozens of homes could be cut off as a slow-moving system dumps more rain on already soaked catchments.</p>
{video}
<div class="story-byline"><span class="author">Sam Petrakis</span><span class="source">news.coastline.com.au</span>
<time datetime="2024-04-10T20:45:00+10:00">April 10, 2024 - 8:45PM</time></div>
<div class="share-tools"><button>Share</button><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a><a href="#">Copy link</a><span class="comment-count">34 comments</span></div>
<div class="story-body" id="story-body">
{body_html}
</div>
<div class="story-topics"><span>Read related topics:</span><a href="/topics/weather">Weather</a><a href="/topics/floods">Floods</a></div>
</div>
<aside class="sidebar"><section class="trending"><h2>Trending</h2><ol>{link_items(trending, prefix="/lifestyle/")}</ol></section>
<div class="ad-container"><span class="ad-label">Advertisement</span></div></aside>
</main>
<footer class="site-footer"><ul>{link_items(["About us", "Contact us", "Editorial complaints", "Advertise with us", "Terms of use", "Privacy policy", "Relevant ads opt-out", "Cookie policy", "Subscription terms", "Site map", "Careers"], prefix="/help/")}</ul>
<p>&copy; Copyright 2024 Coastline Digital Pty Ltd. All times AEST (GMT +10).</p></footer>
<script>{js_blob(4033, 80, "vjs")}</script>
</body></html>"""

save(PID, page, gold)
