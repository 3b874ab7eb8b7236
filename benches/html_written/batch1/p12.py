# p12: short news brief (3 paragraphs) on a local TV station site; sidebars carry far more text than the article
from common import *

PID = "p12"
TITLE = "Water main break closes part of Fenwick Street in Dorrance"
URL = "https://www.kvrn5.com/news/local/water-main-break-closes-part-of-fenwick-street-in-dorrance"

BODY = [
    "DORRANCE — A water main break early Wednesday has closed Fenwick Street between 4th and 7th avenues in Dorrance, and crews expect repairs to last into the evening.",
    "The Dorrance Water Department said the 12-inch main ruptured at about 5:15 a.m., sending water across the roadway and into the basement of at least one business. About 60 homes and businesses on surrounding blocks have low water pressure or no service while the line is shut off.",
    "Drivers should use Ardmore Street as an alternate route. The department said residents in the affected area may notice discolored water once service is restored and should run cold taps for several minutes until it clears.",
]

TRENDING = [
    ("Dorrance school board weighs four-day week for 2025", "Board members heard from parents, teachers and bus drivers during a three-hour meeting Tuesday night, with opinions split sharply over the impact on working families and child care costs."),
    ("Man rescued from grain bin near Oslo Junction", "Volunteer firefighters from three departments spent nearly two hours freeing the 58-year-old farmer, who was taken to Regional Medical Center with injuries that were not considered life-threatening."),
    ("New restaurant opening in former bank on Main", "The owners of a popular food truck say the historic building's vault will become a private dining room seating up to 12 people, and they hope to open before the end of summer."),
    ("Police: speeding ticket leads to fentanyl arrest on Highway 12", "Deputies said they found more than 200 pills during a search of the vehicle, and the driver, a 31-year-old from out of state, is being held in the county jail on a $50,000 bond."),
    ("County fair announces grandstand lineup", "Two country acts, a demolition derby and the return of the tractor pull headline this year's schedule, and fair officials say ticket prices will stay the same as last year."),
    ("Sinkhole swallows part of parking lot at Riverside Plaza", "No one was hurt when a section of pavement about the size of a pickup truck collapsed Monday afternoon, and engineers are working to determine whether an old storm sewer is to blame."),
]
SPONSORED = [
    ("Dorrance homeowners are rethinking their roofs this spring", "Local contractors say insurance changes are pushing more families to replace older shingles before storm season. Here's what to ask before you sign a contract, and how to spot a storm chaser.", "Sponsored by Prairie Roofing Co."),
    ("Is it time to refinance? What local lenders are seeing", "With rates shifting again, loan officers at area credit unions say some borrowers could save hundreds a month, but only if they plan to stay in their home for at least a few more years.", "Sponsored by Heartland Members Credit Union"),
    ("Five signs your furnace won't make it through another winter", "Strange noises, rising energy bills and uneven heating can all point to a system on its last legs. A local technician explains what to watch for and when repairs stop making sense.", "Sponsored by Valley Comfort Heating &amp; Air"),
]
EVENTS = [
    ("Sat, May 18", "Dorrance Farmers Market opening day", "More than 40 vendors, live music from the Jamestown Ramblers and a kids' craft tent at Courthouse Square. Free admission; parking available in the county lot."),
    ("Sun, May 19", "Pancake feed for the volunteer fire department", "All-you-can-eat pancakes, sausage and coffee at Station 2 from 7 to 11 a.m. Free-will donation goes toward new turnout gear for the department."),
    ("Tue, May 21", "Library summer reading kickoff", "Sign up for this year's summer reading challenge and meet a reptile rescue organization at the Dorrance Public Library, 6 p.m. All ages welcome."),
    ("Thu, May 23", "Veterans memorial rededication", "The American Legion post will rededicate the refurbished memorial at Riverside Park at 10 a.m., with a flyover weather permitting."),
]


def main():
    gold = list(BODY)
    body_html = "\n".join('<p>%s</p>' % esc(p) for p in BODY)
    heads = pick(HEADLINES, 20, 1212)
    trending = "".join('<li class="ListItem"><a class="Link" href="/news/local/%s"><div class="PagePromo-title">%s</div></a><div class="PagePromo-description"><p>%s</p></div></li>' % (re.sub(r"[^a-z]+", "-", t.lower()).strip("-"), esc(t), esc(d)) for t, d in TRENDING)
    sponsored = "".join('<div class="SponsoredPromo"><a href="/sponsored/%s" rel="sponsored"><div class="SponsoredPromo-title">%s</div><p class="SponsoredPromo-description">%s</p><span class="SponsoredPromo-label">%s</span></a></div>' % (re.sub(r"[^a-z]+", "-", t.lower()).strip("-"), esc(t), esc(d), s) for t, d, s in SPONSORED)
    events = "".join('<li class="EventItem"><span class="EventItem-date">%s</span><a class="EventItem-title" href="/community/calendar">%s</a><p class="EventItem-desc">%s</p></li>' % (d, esc(t), esc(x)) for d, t, x in EVENTS)
    closings = ["Dorrance Public Schools &ndash; 2 hours late (buses on hard-surface roads only)", "Oslo Junction Senior Center &ndash; closed", "St. Agnes Preschool &ndash; opening at 10 a.m.", "Tri-County Head Start &ndash; no morning classes"]
    page = f'''<!DOCTYPE html>
<html class="Page" lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(TITLE)} | KVRN 5 News</title>
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://www.kvrn5.com/resizer/water-main-fenwick.jpg">
<meta property="og:type" content="article">
<meta property="og:site_name" content="KVRN 5 News">
<meta property="article:published_time" content="2024-05-15T08:47:00-05:00">
<meta property="article:section" content="Local News">
<meta name="description" content="Crews expect repairs to last into the evening; about 60 homes and businesses have low pressure or no service.">
<link rel="canonical" href="{URL}">
<style>{css_blob(1201, "Page", 210)}</style>
<script>var brightspotData = {{"contentType":"Article","section":"local","station":"KVRN","market":"Dorrance","dma":"702"}};</script>
<script>window.ads={ad_config(1202, ["leaderboard", "rail1", "rail2", "rail3", "inline1", "adhesion"])};</script>
<script>{js_blob(1203, 70, "gnmAds")}</script>
</head>
<body class="ArticlePage">
<div class="cookie-consent"><p>This website uses cookies to improve your experience. By continuing to use this site, you agree to our use of cookies as described in our Privacy Policy.</p><button>Got it</button></div>
<div class="BreakingNews"><span class="BreakingNews-label">WEATHER ALERT</span><a href="/weather/alerts">Frost Advisory in effect for Dorrance, Oslo and Marrow counties until 8 a.m. Thursday</a></div>
<header class="Page-header">
<div class="Page-header-bar"><a class="Page-header-logo" href="/"><img src="/logo-kvrn5.svg" alt="KVRN 5 News" width="150" height="44"></a><div class="Page-header-live"><a href="/live">Watch Live: KVRN 5 News at Noon</a></div><form class="Page-header-search" action="/search"><input type="text" name="q" placeholder="Type to search" aria-label="Search"><button>Search</button></form><div class="Page-header-weather"><a href="/weather"><span class="temp">47&deg;</span> <span class="cond">Clear</span> Dorrance</a></div></div>
<nav class="Page-header-navigation"><ul class="Navigation-items">{"".join('<li class="NavigationItem"><a href="/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in ["News", "Weather", "Sports", "Watch", "Investigations", "Consumer", "Community", "Contests", "Jobs", "About Us"])}</ul><ul class="Navigation-sub">{"".join('<li><a href="/news/%s">%s</a></li>' % (x.lower().replace(" ", "-"), x) for x in ["Local", "Regional", "National", "Politics", "Crime", "Education", "Agriculture", "Health", "Obituaries"])}</ul></nav>
</header>
<div class="Page-above"><div class="GoogleDfpAd" data-slot="leaderboard"><span class="GoogleDfpAd-label">Advertisement</span></div></div>
<main class="Page-main">
<div class="Page-content">
<div class="Page-breadcrumbs"><a href="/">Home</a> / <a href="/news">News</a> / <a href="/news/local">Local News</a></div>
<article class="ArticlePage-mainContent">
<h1 class="ArticlePage-headline">{esc(TITLE)}</h1>
<div class="ArticlePage-byline"><div class="ArticlePage-authorName">By <a href="/staff/kendra-lowell">Kendra Lowell</a></div><div class="ArticlePage-datePublished">Published: May 15, 2024 at 8:47 AM CDT</div><div class="ArticlePage-dateModified">Updated: 5 hours ago</div></div>
<div class="ActionBar"><ul class="ActionBar-items"><li><a href="https://www.facebook.com/sharer.php?u={URL}">Share on Facebook</a></li><li><a href="https://x.com/intent/tweet?url={URL}">Share on X</a></li><li><a href="mailto:?body={URL}">Email This Link</a></li><li><a href="javascript:print()">Print</a></li></ul></div>
<div class="ArticlePage-lede"><figure class="Figure"><img src="https://www.kvrn5.com/resizer/water-main-fenwick.jpg" alt="Water crew on Fenwick Street" width="1200" height="675"><figcaption class="Figure-caption"><div class="Figure-caption-text">Crews work on a broken water main on Fenwick Street in Dorrance on Wednesday morning.</div><div class="Figure-credit">(Source: KVRN 5 News)</div></figcaption></figure></div>
<div class="RichTextArticleBody RichTextBody">
{body_html}
</div>
<div class="ArticlePage-copyright">Copyright 2024 KVRN. All rights reserved.</div>
<div class="ArticlePage-tips"><p>Have a news tip? Email <a href="mailto:news@kvrn5.com">news@kvrn5.com</a> or call our newsroom at 555-0175. <a href="/download-app">Download the KVRN 5 News app</a> for breaking news alerts.</p></div>
</article>
<section class="Page-recommended"><h2>Recommended Stories</h2><ul>{"".join('<li><a href="/news/%d">%s</a></li>' % (i, esc(t)) for i, t in enumerate(heads[:8]))}</ul></section>
<section class="Taboola"><h2>Around the Web</h2>{sponsored}</section>
</div>
<aside class="Page-aside">
<div class="GoogleDfpAd" data-slot="rail1"><span class="GoogleDfpAd-label">Advertisement</span></div>
<div class="WeatherModule"><h2 class="WeatherModule-title">First Alert Forecast</h2><div class="WeatherModule-current"><span>47&deg;</span> Clear, wind NW 6 mph, humidity 71%</div><div class="WeatherModule-discussion"><p>A chilly start across the area this morning with a few spots north of Highway 12 dipping into the middle 30s. Protect tender plants again tonight, because the frost advisory is back in effect until 8 a.m. Thursday. Sunshine wins out this afternoon with highs in the lower 60s, and we warm into the 70s by the weekend before our next chance of showers and thunderstorms arrives late Sunday night. Some storms could be strong on Monday, so stay tuned to the First Alert Weather Team for updates.</p><p class="WeatherModule-byline">&mdash; Meteorologist Carson Daly-Whitt</p></div><ul class="WeatherModule-days"><li>Thu 64&deg;/39&deg; Sunny</li><li>Fri 70&deg;/46&deg; Mostly sunny</li><li>Sat 75&deg;/52&deg; Breezy</li><li>Sun 77&deg;/58&deg; Storms late</li><li>Mon 71&deg;/55&deg; Storms likely</li></ul></div>
<div class="ListModule"><h2>Trending Now</h2><ul>{trending}</ul></div>
<div class="ClosingsModule"><h2>Closings &amp; Delays</h2><ul>{"".join('<li>%s</li>' % c for c in closings)}</ul><a href="/closings">See all closings</a> | <a href="/closings/submit">Report a closing</a></div>
<div class="GoogleDfpAd" data-slot="rail2"><span class="GoogleDfpAd-label">Advertisement</span></div>
<div class="CalendarModule"><h2>Community Calendar</h2><ul>{events}</ul><a href="/community/calendar/submit">Submit your event</a></div>
<div class="PromoModule"><h2>Contests</h2><p>Enter for a chance to win a family four-pack of tickets to the County Fair grandstand show, plus a $100 gas card. Entries close May 31. No purchase necessary. See official rules for details.</p><a href="/contests/county-fair">Enter now</a></div>
<div class="PromoModule"><h2>KVRN 5 Cares</h2><p>Our annual school supply drive returns this August. Drop off notebooks, backpacks and calculators at any Heartland Members Credit Union branch, and help make sure every student in our viewing area starts the year ready to learn.</p></div>
<div class="GoogleDfpAd" data-slot="rail3"><span class="GoogleDfpAd-label">Advertisement</span></div>
</aside>
</main>
<footer class="Page-footer">
<div class="Page-footer-about"><p>KVRN 5 News has served Dorrance and the surrounding counties since 1957. Our newsroom produces more than 30 hours of local news each week and is committed to covering the stories that matter to families across the region, from the Statehouse to the county fair.</p></div>
<ul class="Page-footer-links">{"".join('<li><a href="/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in ["About Us", "Contact Us", "Advertise With Us", "Careers", "Meet the Team", "Closed Captioning/Audio Description", "FCC Public Inspection File", "FCC Applications", "EEO Report", "Terms of Service", "Privacy Policy", "Do Not Sell or Share My Personal Information", "Public File Assistance", "Submit Photos and Videos"])}</ul>
<p class="Page-footer-disclaimer">Public Inspection File: Anyone who needs assistance with the FCC Public Inspection File may contact us at publicfile@kvrn5.com or 555-0100. KVRN is an Equal Opportunity Employer.</p>
<p class="Page-footer-copyright">KVRN 5 News, 1400 Prairie Avenue, Dorrance. &copy; 2024 Prairie Television Group, Inc.</p>
</footer>
<div class="GoogleDfpAd adhesion" data-slot="adhesion"><span class="GoogleDfpAd-label">Advertisement</span></div>
<script>{js_blob(1204, 60, "kvrnVideo")}</script>
</body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
