"""q12 - English, county government news release (municipal CMS).

Press release: body paragraphs, a bulleted list of locations and a list
of tips (gold); the release end mark "###" and the media contact block are
not gold. Furniture: alert banner, translate widget, font-size and print
tools, "Notify Me", "Other News in ...", long footer with department
links and a quick-links mega menu.
"""
import random
from common import *

PID = "q12"
rnd = random.Random(412)

HEADLINE = "County Opens Six Cooling Centers as Extreme Heat Warning Takes Effect"

TEXT = """
Brannford County will open six cooling centers beginning Friday, July 12, as the National Weather Service has issued an extreme heat warning for the county through Monday evening. Daytime temperatures are expected to reach 104 to 108 degrees, with overnight lows near 80 degrees offering little relief.

The cooling centers are free and open to all residents. Visitors may bring pets on a leash or in a carrier, as well as their own snacks and medications. Drinking water will be provided at every location.

The following locations will be open from 10 a.m. to 8 p.m. daily through Monday, July 15:

- Brannford Central Library, 400 Laurel Street
- Eastfield Community Center, 2215 Orchard Avenue
- Hallam Senior Center, 78 Depot Road (open until 9 p.m.)
- Millbrook Recreation Hall, 1190 County Road 12
- Port Avalon Public Library, 31 Harbor Drive
- South Brannford Family Resource Center, 905 Vine Street

"Extreme heat is the deadliest weather we face, and most heat-related illness can be prevented," said Teresa Lowell, director of the Brannford County Office of Emergency Management. "If you do not have air conditioning at home, please come to a cooling center during the hottest part of the day, and check on neighbors who live alone."

Residents who need a ride to a cooling center can call the county's transportation line at 555-0187. Free rides are available for seniors, people with disabilities and anyone without access to a vehicle.

The Office of Emergency Management and Brannford County Public Health recommend the following steps to stay safe during the heat:

- Drink plenty of water, even if you do not feel thirsty, and avoid alcohol and sugary drinks.
- Limit outdoor activity to early morning and evening hours.
- Never leave children or pets in a parked vehicle, even for a few minutes.
- Wear lightweight, loose-fitting, light-colored clothing.
- Watch for signs of heat exhaustion, such as heavy sweating, weakness, dizziness and nausea.

Heat stroke is a medical emergency. Anyone showing signs such as confusion, a body temperature above 103 degrees, or hot, red skin should call 911 immediately.

Updated cooling center hours and a map of locations are available on the county's emergency information page. Residents can also sign up for emergency text alerts by texting BRANNFORD to 555-0199.
"""

body = body_from(TEXT)
body_html, gold = render(body, {"p": "<p>{}</p>"})

depts = ["Animal Services", "Assessor", "Board of Supervisors", "Clerk-Recorder", "Elections", "Emergency Management",
         "Fire Department", "Health & Human Services", "Libraries", "Parks & Recreation", "Planning & Building",
         "Probation", "Public Health", "Public Works", "Sheriff's Office", "Treasurer-Tax Collector", "Veterans Services"]
other_news = ["Road Work on County Road 12 Begins July 22", "Supervisors Approve 2024-25 Budget",
              "Free Smoke Detector Installation for Seniors", "Wildfire Preparedness Town Hall Set for July 30"]
quick = ["Agendas & Minutes", "Alert Center", "Bid Postings", "Calendar", "Employment", "Notify Me", "Pay Online", "Report a Concern", "Staff Directory"]

page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>News Flash &bull; Brannford County, Official Website &bull; {esc(HEADLINE)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{css_blob(["widget", "fr-view", "cpToolbar", "newsFlash", "siteNav", "footerNav", "alertBar", "quickLinks", "breadcrumbs"], 340, 4121)}</style>
<script>{js_blob(4122, 100, "cp")}</script>
</head>
<body class="wide">
<a href="#cpBodyContent" class="skipToContentLink">Skip to Main Content</a>
<div class="alertBar" role="alert"><strong>Heat Warning:</strong> Extreme heat warning in effect through Monday. <a href="/alertcenter">Find cooling centers and safety tips.</a> <button>Close</button></div>
<header><div class="gov-banner">Official website of Brannford County</div>
<a href="/" class="logo">Brannford County</a>
<div id="google_translate_element"><span>Select Language</span><select><option>English</option><option>Español</option><option>Tiếng Việt</option><option>中文</option><option>Tagalog</option></select><span>Powered by an online translation service</span></div>
<form class="siteSearch"><label for="q">Search</label><input id="q" type="text"><button>Search</button></form>
<nav class="siteNav"><ul>{link_items(["Government", "Departments", "Residents", "Businesses", "Visitors", "How Do I..."], prefix="/")}</ul>
<div class="megaMenu" hidden><ul>{link_items(depts, prefix="/departments/")}</ul></div></nav></header>
<main id="cpBodyContent">
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/news">News Flash</a></div>
<div class="cpToolbar"><a href="#" class="print">Print</a> <button>Share &amp; Bookmark</button> <span>Text size:</span> <button>A+</button> <button>A-</button> <a href="/feedback">Send feedback</a></div>
<div class="newsFlash">
<h1 class="pageTitle">News Flash</h1>
<div class="category"><a href="/news?cid=7">Emergency Management</a></div>
<div class="detail">
<h2 class="detailTitle">{esc(HEADLINE)}</h2>
<div class="date">Posted on: July 11, 2024</div>
<div class="detailContent fr-view">
{body_html}
<p style="text-align:center">###</p>
<p><strong>Media Contact:</strong><br>Ray Okimoto, Public Information Officer<br>Brannford County Office of Emergency Management<br>555-0150 | rokimoto@brannfordcounty.example.gov</p>
</div>
<div class="attachment"><a href="/DocumentCenter/View/8841/Cooling-Centers-Map">Cooling Centers Map (PDF)</a></div>
</div>
<div class="prevNext"><a href="/news/prev">Previous</a> | <a href="/news/next">Next</a></div>
</div>
<aside class="widget sidebar"><h3>Tools</h3><ul>{link_items(["RSS", "Notify Me"], prefix="/")}</ul>
<h3>Categories</h3><ul>{link_items(["All Categories", "Board of Supervisors", "Emergency Management", "Public Health", "Public Works", "Libraries"], prefix="/news?c=")}</ul>
<h3>Other News in Emergency Management</h3><ul>{link_items(other_news, prefix="/news/")}</ul></aside>
</main>
<footer><div class="footerContact"><h4>Contact Us</h4><p>Brannford County Government Center<br>1 Civic Plaza<br>Brannford, 95300</p><p>Phone: 555-0100<br>Hours: Monday - Friday, 8 a.m. - 5 p.m.</p></div>
<div class="quickLinks"><h4>Quick Links</h4><ul>{link_items(quick, prefix="/")}</ul></div>
<div class="footerNav"><h4>Departments</h4><ul>{link_items(depts, prefix="/departments/")}</ul></div>
<div class="footerBottom"><ul>{link_items(["Accessibility", "Copyright Notices", "Privacy Policy", "Site Map", "Language Access"], prefix="/")}</ul>
<p>Government website platform by a municipal software vendor</p></div></footer>
<script>{js_blob(4123, 40, "gtranslate")}</script>
</body></html>"""

save(PID, page, gold)
