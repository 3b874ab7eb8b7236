# p11: press-release wire page (PR Newswire-like: release-body, About boilerplate, media contact, SOURCE line)
from common import *

PID = "p11"
TITLE = "Lumenfield Robotics Raises $62 Million Series C to Scale Autonomous Orchard Harvesting"
URL = "https://www.prwireglobal.com/news-releases/lumenfield-robotics-raises-62-million-series-c-to-scale-autonomous-orchard-harvesting-302133871.html"

BODY = [
    ("p", "<span class=\"xn-location\">MARLOW FLATS, Calif.</span>, <span class=\"xn-chron\">May 7, 2024</span> /PRWire Global/ -- Lumenfield Robotics, a developer of autonomous harvesting systems for tree fruit, today announced that it has raised <span class=\"xn-money\">$62 million</span> in Series C funding led by Terrace Peak Ventures, with participation from existing investors Greywater Capital and the Orchard Futures Fund. The round brings the company's total funding to <span class=\"xn-money\">$108 million</span>."),
    ("p", "Lumenfield will use the new capital to triple production of its Halo&trade; harvesting platform, expand its field service teams in <span class=\"xn-location\">California</span>, <span class=\"xn-location\">Washington</span> and <span class=\"xn-location\">Chile</span>, and accelerate development of a system for harvesting stone fruit such as peaches and plums."),
    ("p", "Growers across the tree-fruit industry face persistent labor shortages during harvest windows that can last as little as two weeks. Lumenfield's Halo platform uses computer vision and soft vacuum grippers to identify and pick ripe apples and pears without bruising, working alongside human crews through the night."),
    ("p", "\"Harvest doesn't wait for anyone, and growers have told us for years that the hardest part of their business is finding enough hands at exactly the right moment,\" said Dr. <span class=\"xn-person\">Mirela Costanza</span>, co-founder and chief executive officer of Lumenfield Robotics. \"This funding lets us put many more machines into orchards next season and start solving the same problem for stone fruit.\""),
    ("p", "<b>Key highlights of the 2023 harvest season:</b>"),
    ("ul", ["Halo machines picked more than 41 million apples across 23 commercial orchards",
            "Average bruising rates below 2 percent, comparable to experienced hand crews",
            "Night-time operation extended daily picking windows by an average of nine hours",
            "Fleet uptime of 94 percent during peak harvest weeks"]),
    ("p", "\"Lumenfield has done something that a lot of agricultural robotics companies have promised and few have delivered: machines that work at commercial scale, in real orchards, every night of the season,\" said <span class=\"xn-person\">Garrett Oyelaran</span>, partner at Terrace Peak Ventures, who will join Lumenfield's board of directors. \"We're excited to back a team that has earned the trust of growers.\""),
    ("p", "As part of the expansion, Lumenfield plans to hire more than 120 people over the next 18 months, including field technicians, machine learning engineers and manufacturing staff at its assembly facility in Marlow Flats."),
    ("p", "The company will showcase the Halo platform at the Western Orchard Expo in <span class=\"xn-chron\">June</span>."),
    ("about", "About Lumenfield Robotics"),
    ("p", "Founded in 2018, Lumenfield Robotics builds autonomous harvesting systems that help tree-fruit growers bring in their crops reliably and efficiently. Its Halo platform is in use at commercial orchards in <span class=\"xn-location\">the United States</span> and <span class=\"xn-location\">Chile</span>. The company is headquartered in Marlow Flats, California. For more information, visit <a href=\"https://www.lumenfieldrobotics.com/\" target=\"_blank\" rel=\"nofollow\">www.lumenfieldrobotics.com</a>."),
    ("about", "About Terrace Peak Ventures"),
    ("p", "Terrace Peak Ventures is an early- and growth-stage venture capital firm investing in companies that modernize food, agriculture and industrial supply chains. The firm manages more than <span class=\"xn-money\">$900 million</span> in committed capital."),
]


def render_body():
    out, gold = [], []
    for kind, val in BODY:
        if kind == "p":
            out.append("<p>%s</p>" % val); gold.append(val)
        elif kind == "ul":
            out.append('<ul type="disc">%s</ul>' % "".join('<li>%s</li>' % esc(x) for x in val)); gold.extend(val)
        elif kind == "about":
            out.append('<p><b>%s</b></p>' % esc(val)); gold.append(val)
    return "\n".join(out), gold


def main():
    body_html, gold = render_body()
    also = [("Lumenfield Robotics Names Former Grower Cooperative CEO as Chief Operating Officer", "Jan 16, 2024"),
            ("Lumenfield Robotics Completes Record Harvest Season With 23 Commercial Orchard Partners", "Nov 02, 2023"),
            ("Lumenfield Robotics Opens Southern Hemisphere Field Office", "Mar 21, 2023")]
    similar = [("Agritech firm Verdancy launches soil sensor network for vineyards", "May 07, 2024"), ("Cold-chain startup Frostline raises $18 million Series A", "May 07, 2024"),
               ("Northfield Equipment reports first-quarter results", "May 06, 2024"), ("Greenhouse grower Solace Farms opens 40-acre facility", "May 06, 2024"),
               ("Precision irrigation company Rillwork partners with regional water district", "May 03, 2024"), ("Farm robotics market expected to triple by 2030, new report finds", "May 02, 2024")]
    topnav = {"News": ["All News Releases", "All Public Company", "English-only News Releases", "Overview"], "Business & Money": ["Auto & Transportation", "Business Technology", "Entertainment", "Financial Services & Investing", "General Business"],
              "Science & Tech": ["Consumer Technology", "Energy", "Environment", "Heavy Industry & Manufacturing", "Telecommunications"], "Lifestyle & Health": ["Consumer Products & Retail", "Health", "Policy & Public Interest", "Sports", "Travel"],
              "Multimedia": ["Image Gallery", "Video Gallery"], "Trending Topics": ["Artificial Intelligence", "Agriculture", "Funding Announcements"]}
    nav_html = "".join('<li class="dropdown"><a href="/news-releases/%s/" class="dropdown-toggle">%s</a><ul class="dropdown-menu">%s</ul></li>' % (re.sub(r"[^a-z]+", "-", k.lower()).strip("-"), esc(k), "".join('<li><a href="/news-releases/%s/">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), esc(x)) for x in v)) for k, v in topnav.items())
    page = f'''<!DOCTYPE html>
<html lang="en-US" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(TITLE)}</title>
<meta name="description" content="/PRWire Global/ -- Lumenfield Robotics, a developer of autonomous harvesting systems for tree fruit, today announced that it has raised $62 million in Series C funding...">
<meta name="keywords" content="Lumenfield Robotics, Agriculture, Robotics, Venture Capital">
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://mma.prwireglobal.com/prw/photos/2024/05/07/2401991/halo-orchard.jpg">
<meta property="og:site_name" content="PRWire Global">
<meta property="article:published_time" content="2024-05-07T08:00:00-04:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@PRWireGlobal">
<link rel="canonical" href="{URL}">
<script type="application/ld+json">{words_json({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-05-07T08:00:00-04:00", "author": {"@type": "Organization", "name": "Lumenfield Robotics"}, "publisher": {"@type": "Organization", "name": "PRWire Global"}, "articleBody": " ".join(text_of(v) for k, v in BODY if isinstance(v, str))})}</script>
<link rel="stylesheet" href="/bootstrap/css/bootstrap.min.css">
<style>{css_blob(1101, "prw", 180)}</style>
<script>var prwData = {{"releaseId":"302133871","industry":["Agriculture","Robotics","Venture Capital"],"subject":["FNC","VEN","PDT"],"language":"en","source":"Lumenfield Robotics","distribution":"US1 + Ag Trade"}};</script>
<script>{js_blob(1102, 50, "prwAnalytics")}</script>
</head>
<body class="release-page">
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">This website uses cookies to enhance user experience and to analyze performance and traffic on our website. We also share information about your use of our site with our social media, advertising and analytics partners.</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept Cookies</button></div></div>
<header class="site-header">
<div class="utility-bar"><div class="container"><ul class="utility-links"><li><a href="/contact-us/">Contact</a></li><li><a href="/journalists/">Journalists</a></li><li><a href="/account/login">Log In</a></li><li><a href="/account/signup">Sign Up</a></li><li class="region-select"><a href="#">United States</a></li></ul></div></div>
<div class="container header-main"><a class="brand" href="/"><img src="/images/prwire-logo.svg" alt="PRWire Global: news distribution, targeting and monitoring" width="180" height="40"></a><form class="header-search" action="/search/all/" role="search"><label for="q" class="sr-only">Search</label><input id="q" type="search" name="keyword" placeholder="Type to search"><button type="submit">Search</button></form><a class="btn btn-send" href="/account/send-release">Send a Release</a></div>
<nav class="navbar main-nav"><div class="container"><ul class="nav navbar-nav">{nav_html}<li><a href="/resources/">Resources</a></li><li><a href="/blog/">Blog</a></li></ul></div></nav>
</header>
<main>
<div class="container breadcrumb-wrap"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news-releases/">News Releases</a></li><li><a href="/news-releases/financial-services-latest-news/">Financial Services</a></li><li class="active">Lumenfield Robotics</li></ol></div>
<article class="news-release inline-gallery-template">
<header class="container release-header"><div class="row"><div class="col-sm-12"><h1>{esc(TITLE)}</h1><p class="subtitle">Round led by Terrace Peak Ventures will triple production of the Halo harvesting platform and fund expansion into stone fruit</p>
<div class="row release-meta"><div class="col-lg-8 col-md-8 col-sm-7 swaf-image"><div class="meta"><span class="news-provided">News provided by</span><a href="/news/lumenfield-robotics/" class="newsreleaseconsolidatelink">Lumenfield Robotics</a><p class="mb-no">May 07, 2024, 08:00 ET</p></div></div>
<div class="col-lg-4 col-md-4 col-sm-5"><div class="social-share"><span class="share-label">Share this article</span><ul><li><a href="https://www.facebook.com/sharer/sharer.php?u={URL}" title="Share on Facebook" target="_blank">Share on Facebook</a></li><li><a href="https://x.com/intent/tweet?url={URL}" title="Click to share on X (Opens in new window)" target="_blank">Share on X</a></li><li><a href="https://www.linkedin.com/shareArticle?url={URL}" target="_blank">Share on LinkedIn</a></li><li><a href="mailto:?subject={esc(TITLE)}&amp;body={URL}">Email</a></li><li><a href="javascript:window.print()">Print</a></li></ul></div></div></div></div></div></header>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<div class="col-sm-4 col-xs-12 float-right-image"><div class="image"><figure><a href="https://mma.prwireglobal.com/prw/photos/2024/05/07/2401991/halo-orchard.jpg" title="A Lumenfield Halo harvesting platform at work in a Washington apple orchard." target="_blank"><img src="https://mma.prwireglobal.com/prw/photos/2024/05/07/2401991/halo-orchard.jpg?p=thumbnail" alt="A Lumenfield Halo harvesting platform at work in a Washington apple orchard." title="A Lumenfield Halo harvesting platform at work in a Washington apple orchard."></a><figcaption><p>A Lumenfield Halo harvesting platform at work in a Washington apple orchard.</p></figcaption></figure></div></div>
{body_html}
<p>Media Contact:<br>Dana Whitfield<br>Lumenfield Robotics<br><a href="mailto:press@lumenfieldrobotics.com" target="_blank" rel="nofollow">press@lumenfieldrobotics.com</a><br>+1 (555) 014-2290</p>
<p class="prw-media-link">Photo - <a href="https://mma.prwireglobal.com/media/2401991/Lumenfield_Halo.html" target="_blank" rel="nofollow">https://mma.prwireglobal.com/media/2401991/Lumenfield_Halo.html</a></p>
<p class="prw-source">SOURCE Lumenfield Robotics</p>
<div class="prw-website"><b>WEBSITE:</b> <a href="https://www.lumenfieldrobotics.com/" rel="nofollow">www.lumenfieldrobotics.com</a></div>
</div></div></section>
<section class="container release-footer"><div class="row"><div class="col-sm-12"><div class="view-original">View original content to download multimedia: <a href="{URL}">{URL}</a></div></div></div></section>
<section class="container also-from"><h2>Also from this source</h2><div class="row">{"".join('<div class="col-sm-4 card"><a href="/news-releases/%s.html"><h3>%s</h3></a><small>%s</small></div>' % (re.sub(r"[^a-z]+", "-", t.lower()).strip("-"), esc(t), d) for t, d in also)}</div><a class="btn" href="/news/lumenfield-robotics/">Explore More news releases from this source</a></section>
<section class="container similar-topics"><h2>Explore</h2><p>More news releases in similar topics</p><ul class="topic-tags"><li><a href="/news-releases/agriculture-list/">Agriculture</a></li><li><a href="/news-releases/robotics-list/">Robotics</a></li><li><a href="/news-releases/venture-capital-list/">Venture Capital</a></li><li><a href="/news-releases/artificial-intelligence-list/">Artificial Intelligence</a></li></ul><div class="row">{"".join('<div class="col-sm-6 card"><small>%s</small><a href="/news-releases/%s.html"><h3>%s</h3></a></div>' % (d, re.sub(r"[^a-z]+", "-", t.lower()).strip("-"), esc(t)) for t, d in similar)}</div></section>
</article>
<section class="container promo-band"><h2>WANT YOUR COMPANY'S NEWS FEATURED ON PRWIRE GLOBAL?</h2><p>440k+ Newsrooms &amp; Influencers &middot; 9k+ Digital Media Outlets &middot; 270k+ Journalists Opted In</p><a class="btn" href="/account/send-release">GET STARTED</a></section>
</main>
<footer class="site-footer"><div class="container"><div class="row">{"".join('<div class="col-sm-3"><h4>%s</h4><ul>%s</ul></div>' % (k, "".join('<li><a href="/%s/">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), esc(x)) for x in v)) for k, v in {"Contact": ["Call 888-555-0110", "Email us", "Chat with an Expert", "Office Locations"], "Products": ["For Marketers", "For Public Relations", "For IR & Compliance", "For Agency", "All Products"], "About": ["About PRWire Global", "Careers", "Partners", "Become a Publishing Partner", "Accessibility Statement"], "My Services": ["All News Releases", "Online Member Center", "Journalist Portal", "Subscribe to Newsletters"]}.items())}</div><p class="copyright">Terms of Use &middot; Privacy Policy &middot; Information Security Policy &middot; Site Map &middot; RSS &middot; Cookie Settings<br>Copyright &copy; 2024 PRWire Global Inc. All Rights Reserved.</p></div></footer>
<script>{js_blob(1103, 55, "prwGallery")}</script>
</body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
