"""q04 - English (India), national daily's city page.

Ordinary metro-rail story with an editor's note at the top of the body
(gold), "Also Read" inline links, ad slots, "Trending Topics", a
"follow us" line and a "Catch all the latest" closing line (not gold).
"""
import random
from common import *

PID = "q04"
rnd = random.Random(404)

HEADLINE = "Vasantpur Metro Phase 2 deadline pushed to 2026 as land disputes stall Line 4 work"

NOTE = ("Editor's note: This story has been updated with a response from the Vasantpur Metro Rail Corporation, "
        "which was received after publication.")

TEXT = """
VASANTPUR: The second phase of the Vasantpur Metro will not be fully operational before December 2026, nearly two years behind schedule, after pending land acquisition cases held up work on a 6.8-km stretch of Line 4 between Kalyani Nagar and Ambedkar Chowk.

According to a progress report submitted to the state urban development department last week, civil work on the elevated section is 71% complete, but pillars could not be erected at 23 locations because of ongoing disputes over compensation. The report, a copy of which has been seen by this newspaper, says the cost of the phase has risen from Rs 9,420 crore to Rs 11,085 crore.

Of the 23 stuck locations, 15 are on private plots along Station Road, where owners of commercial buildings have challenged the compensation amount in court. Residents of the Ganeshpeth slum cluster, who are to be rehoused in a new complex at Shivaji Colony, have asked for the new flats to be handed over before any demolition begins.

"We are not against the metro. We only want to know where we will live when the bulldozers come," said Sunita Waghmare, who has lived in Ganeshpeth for 31 years and runs a tailoring shop from her home.

Officials said the delay would also affect the proposed interchange at Ambedkar Chowk, which was meant to connect Line 4 with the existing Line 1. Commuters currently take an average of 50 minutes to travel between the two points during peak hours by road.

Urban planning expert Prof. Ravindra Kulkarni of the Vasantpur Institute of Technology said the delays were typical of projects where land acquisition was not completed before contracts were awarded. "Every month of delay adds to the cost, and that cost is finally paid by the commuter through higher fares or by the taxpayer," he said.

In a statement, the Vasantpur Metro Rail Corporation said it was in talks with landowners and expected most disputes to be settled through mediation within six months. It said the section between Kalyani Nagar and Deccan Gymkhana, which does not face land issues, would open to passengers by March 2025.

The corporation added that the revised cost estimate was still under review and had not yet been approved by its board.
"""

body = [("rawgold", ('<p class="editor-note"><em>%s</em></p>' % esc(NOTE), [NOTE]))] + body_from(TEXT)
body.insert(3, ("raw", '<div class="also-read"><strong>Also Read |</strong> <a href="/cities/vasantpur-news/metro-line-1-ridership-crosses-2-lakh-101712">Metro Line 1 ridership crosses 2 lakh a day for the first time</a></div>'))
body.insert(5, ("raw", '<div class="adsCont"><div class="adtext">ADVERTISEMENT</div><div id="div-gpt-ad-inarticle-1"></div></div>'))
body.insert(9, ("raw", '<div class="also-read"><strong>Also Read |</strong> <a href="/cities/vasantpur-news/ganeshpeth-residents-protest-101655">Ganeshpeth residents protest survey for metro rehousing</a></div>'))
body_html, gold = render(body, {"p": "<p>{}</p>"})

nav = ["Home", "Latest", "India", "World", "Cities", "Entertainment", "Cricket", "Business", "Lifestyle", "Astrology",
       "Education", "Videos", "Photos", "Web Stories", "e-Paper"]
cities = ["Mumbai", "Delhi", "Bengaluru", "Vasantpur", "Kolkata", "Chennai", "Hyderabad", "Lucknow", "Jaipur", "Chandigarh"]
trending = ["Vasantpur weather", "SSC result 2024", "Gold rate today", "IPL points table", "Petrol price today",
            "Vasantpur property tax", "Monsoon update", "Board exam date sheet"]
latest = ["Water supply to be cut in 14 Vasantpur wards on Tuesday", "Two held for cheating senior citizen of Rs 18 lakh",
          "College admissions: first merit list out on June 12", "Civic body to plant 50,000 saplings along ring road",
          "Heatwave alert: Mercury touches 42.8 degrees Celsius"]

page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8"><title>{esc(HEADLINE)} | Vasantpur News - The Deccan Sentinel</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="keywords" content="Vasantpur Metro, Line 4, metro delay, land acquisition, Vasantpur news">
<style>{css_blob(["storyDetail", "adsCont", "also-read", "topNav", "trending", "cityNav", "footerLinks", "sharebar"], 360, 4041)}</style>
{ld_article(HEADLINE, "Aditi Deshpande", "2024-05-21T06:02:00+05:30", "The Deccan Sentinel", section="Cities")}
<script>{js_blob(4042, 150, "dsApp")}</script>
</head>
<body>
<div class="topStrip"><span>Tuesday, May 21, 2024</span> <a href="/epaper">e-Paper</a> <a href="/subscribe">Subscribe</a> <a href="/login">Sign In</a></div>
<header><a class="logo" href="/">The Deccan Sentinel</a>
<nav class="topNav"><ul>{link_items(nav, prefix="/")}</ul></nav>
<nav class="cityNav"><ul>{link_items(cities, prefix="/cities/")}</ul></nav></header>
<div class="trending"><span class="trendingLabel">Trending Topics</span><ul>{link_items(trending, prefix="/topic/")}</ul></div>
<div class="adsCont topAd"><div class="adtext">ADVERTISEMENT</div></div>
<div class="container"><div class="mainSection">
<div class="breadcrumb"><a href="/">Home</a> / <a href="/cities">Cities</a> / <a href="/cities/vasantpur-news">Vasantpur News</a> / Metro Phase 2 deadline</div>
<div class="storyDetail" id="storyDetail">
<h1>{esc(HEADLINE)}</h1>
<h2 class="sortDec">The cost of the phase has risen to Rs 11,085 crore; the corporation says part of Line 4 will open by March 2025.</h2>
<div class="storyBy"><span class="byline">By <a href="/author/aditi-deshpande">Aditi Deshpande</a>, Vasantpur</span>
<span class="dateTime">Updated on May 21, 2024 10:48 AM IST</span></div>
<div class="sharebar"><a href="#">Share Via</a><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Linkedin</a><a href="#">Copy Link</a><a href="#">Read Later</a></div>
<figure><img src="https://images.deccansentinel.example/img/2024/05/21/metro.jpg" alt="">
<figcaption>Construction of the elevated Line 4 near Kalyani Nagar. (Photo: Deccan Sentinel)</figcaption></figure>
<div class="storyDetails">
{body_html}
</div>
<p class="followus">Follow us on our news channels and get the latest city updates on your phone.</p>
<p class="catchall">Catch all the Latest News, City News, Breaking News and Live Updates only at The Deccan Sentinel.</p>
<div class="storyTags"><span>Topics</span>{link_items(["Vasantpur Metro", "Metro rail", "Land acquisition", "Vasantpur"], item='<a href="{href}">{text}</a>', prefix="/topic/")}</div>
</div>
<section class="latestNews"><h3>Latest in Vasantpur</h3><ul>{link_items(latest, prefix="/cities/vasantpur-news/")}</ul></section>
</div>
<aside class="rightSection"><div class="adsCont"><div class="adtext">ADVERTISEMENT</div></div>
<section><h3>Top News</h3><ul>{link_items(["Monsoon likely to hit Kerala coast by May 31, says weather office", "Sensex ends 300 points higher on banking gains", "Ticket prices for metro to be revised from June"], prefix="/india-news/")}</ul></section></aside>
</div>
<footer><div class="footerLinks"><ul>{link_items(["About Us", "Contact Us", "Advertise With Us", "Privacy Policy", "Terms of Use", "Careers", "Code of Ethics", "Grievance Redressal", "Sitemap", "RSS"], prefix="/info/")}</ul>
<ul>{link_items(cities, prefix="/cities/")}</ul></div>
<p>Copyright &copy; 2024 The Deccan Sentinel Pvt. Ltd. All Rights Reserved.</p></footer>
<script>{js_blob(4043, 70, "gpt")}</script>
</body></html>"""

save(PID, page, gold)
