"""q01 - English (US). Small-city daily on WordPress (a "newspaper" child theme) with Jetpack.

Length: long local story, 24 body paragraphs plus two subheads (about 1,000 words).

Furniture: top bar with date and weather, primary menu, breaking-news strip; a
"Most Popular" widget (six teaser headlines with view counts) and a Jetpack
sharedaddy block of nine "Click to share on ... (Opens in new window)" links
come FIRST in the source, above the headline and the entry content; then the
headline, byline, featured image with caption; after the text a second share
row, "Like this:" line, Jetpack related posts, tags, author box, comment form
(no comments yet) and a long footer.

Failure kind: wrong region - the teaser list and the share links sit above the
article and are short link-heavy blocks before the first paragraph.

Gold choices: the dateline "PELHAM CROSSING -" that opens the first paragraph
is body; the two in-text subheads are body; the featured image caption, the
editor's italic "Reporter Dana Whitcomb can be reached at ..." contact line
after the text is NOT body (treated like an author box).
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(601)

TITLE = "Pelham Crossing's only maternity ward will close in April, leaving mothers an hour from a delivery room"

TEXT = """
PELHAM CROSSING - Expectant mothers in northern Harrow County will have to drive at least 50 miles to give birth after Saint Adela Regional Medical Center stops delivering babies on April 30, hospital leaders told staff in a closed meeting Tuesday morning.

The decision ends nearly seven decades of obstetric care at the 48-bed hospital on Quarry Road, where roughly 310 babies were born last year. Hospital administrators said the unit had lost money in each of the last six years and that they could no longer find enough nurses and anesthesia staff to keep it open around the clock.

"Nobody in this building wanted to make this call," said Lorraine Ebbets, the hospital's chief executive, in an interview after the staff meeting. "But a labor and delivery unit that cannot be staffed safely is worse than no unit at all. We were one sick call away from a dangerous night more often than I am comfortable admitting."

The closest remaining delivery rooms are at Hollis Valley Hospital in Marrow Springs, about 52 miles south, and at the university medical center in Dunmore, roughly 70 miles east across the ridge. In winter, when the Route 9 pass is often closed, the drive to Dunmore can take more than two hours.

## A long slide in births

Births at Saint Adela have fallen steadily since the early 2000s, when the unit handled more than 600 deliveries a year. Ebbets said the decline tracks the county's shrinking population and the closing of the Tillman paper mill in 2011, which took hundreds of young families out of the area.

At the same time, the cost of keeping the unit ready has climbed. State rules require a nurse trained in obstetrics, a physician who can perform a cesarean section and an anesthesia provider to be available at all hours. The hospital has relied on traveling nurses for most of the past three years, at rates Ebbets said ran as high as $140 an hour.

The unit lost about $2.3 million in the last fiscal year, according to figures the hospital shared with the Ledger. That is roughly a third of the hospital's total operating loss.

Dr. Marcus Oyelaran, one of two obstetricians who deliver at Saint Adela, said the numbers do not capture what the closure will mean for patients who already travel long distances for prenatal care.

"I have patients who live 40 minutes north of here, on gravel roads," Oyelaran said. "Now we are asking them to go another hour past us when they are in labor. Some of them will not make it, and they will deliver in a car or at home without anybody trained standing beside them."

Oyelaran said he plans to keep seeing pregnant patients at the hospital's clinic through the end of their pregnancies, and will continue to offer ultrasounds and routine checkups there. The hospital's emergency department will remain open and will be able to handle deliveries that cannot wait, Ebbets said.

## What happens to the staff

The unit employs 19 nurses, three technicians and a lactation consultant. Ebbets said all of them will be offered other jobs in the hospital, though not all of those jobs will come with the same pay or schedule.

Kerri-Ann Mulvaney, a labor and delivery nurse who has worked at Saint Adela for 14 years, said she learned about the closure at the same meeting as everyone else.

"There were people crying in that room," Mulvaney said. "Some of us were born in that unit. I delivered my own two kids there. It is hard to hear that it is just a line on a budget now."

Mulvaney said she has not decided whether to accept a position in the hospital's medical-surgical unit or look for obstetric work in Marrow Springs, which would mean a commute of more than an hour each way.

County officials said they were told about the decision only on Monday evening. Harrow County Commissioner Pete Galvan, whose district includes the hospital, said he planned to ask the hospital's board to delay the closure until the county could study whether it could help pay for the unit.

"We found money for a new highway garage two years ago," Galvan said. "I would like to think we can find money to keep babies being born in this county."

Ebbets said the hospital would listen to any proposal, but warned that the problem was not only financial. Even with more money, she said, the hospital has been unable to recruit a second full-time anesthesia provider after a search that has lasted more than two years.

The closure follows a pattern seen across rural parts of the state. At least nine rural hospitals have ended obstetric services in the last decade, according to a tally kept by the Northern Plains Rural Health Alliance, a nonprofit that advocates for small hospitals.

Brenna Stoltz, the alliance's policy director, said closures often lead to more births in emergency rooms that are not set up for them, and to women skipping prenatal visits because of the distance.

"The clinic piece matters enormously," Stoltz said. "If Saint Adela keeps its prenatal care close to home, that softens the blow. But the labor itself is the moment when minutes count, and there is no way around the drive."

The hospital said it will work with the county's ambulance service on a plan for transporting women in labor, and that it will train emergency department staff in handling uncomplicated births and newborn resuscitation.

Harrow County Ambulance Director Sal Ruiz said his crews handled four births in the field last year. He expects that number to rise.

"We will be ready," Ruiz said. "But a moving ambulance on Route 9 in February is not where anybody wants to have a baby."

The hospital board is scheduled to meet Feb. 18 at 6 p.m. in the hospital's Linden Room. Ebbets said the meeting will be open to the public and that residents will have time to speak.
"""

popular = [
    "Harrow County sheriff's deputy cleared in Route 9 crash review",
    "Tillman mill site buyer unveils plans for 200 apartments",
    "Pelham Crossing girls edge Marrow Springs in double overtime",
    "Longtime diner owner on Front Street retires after 41 years",
    "City council delays vote on downtown parking meters again",
    "Snowplow budget nearly spent with two months of winter left",
]

JP = ["facebook", "x", "linkedin", "reddit", "pinterest", "pocket", "jetpack-whatsapp", "print", "email"]
JP_LABEL = {"facebook": ("Facebook", "Click to share on Facebook (Opens in new window)"),
            "x": ("X", "Click to share on X (Opens in new window)"),
            "linkedin": ("LinkedIn", "Click to share on LinkedIn (Opens in new window)"),
            "reddit": ("Reddit", "Click to share on Reddit (Opens in new window)"),
            "pinterest": ("Pinterest", "Click to share on Pinterest (Opens in new window)"),
            "pocket": ("Pocket", "Click to share on Pocket (Opens in new window)"),
            "jetpack-whatsapp": ("WhatsApp", "Click to share on WhatsApp (Opens in new window)"),
            "print": ("Print", "Click to print (Opens in new window)"),
            "email": ("Email", "Click to email a link to a friend (Opens in new window)")}


def share_block(n):
    lis = []
    for k in JP:
        name, label = JP_LABEL[k]
        lis.append('<li class="share-%s"><a rel="nofollow noopener noreferrer" data-shared="sharing-%s-%d" '
                   'class="share-%s sd-button share-icon" href="https://pelhamledger.com/2025/02/11/saint-adela-maternity/?share=%s&amp;nb=1" '
                   'target="_blank" title="%s"><span>%s</span><span class="sharing-screen-reader-text">%s</span></a></li>'
                   % (k, k, 48211 + n, k, k.replace("jetpack-", ""), esc(label), name, esc(label)))
    return ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
            '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>%s<li class="share-end"></li></ul></div></div></div>'
            % "".join(lis))


body_html, gold = render(body_from(TEXT), {"p": "<p>{}</p>", "h2": '<h2 class="wp-block-heading">{}</h2>'})

pop_html = "".join(
    '<li class="popular-item"><span class="popular-rank">%d</span><a href="https://pelhamledger.com/2025/02/%02d/%s/">%s</a>'
    '<span class="popular-views">%s views</span></li>' % (i + 1, rnd.randint(3, 10), slug(t), esc(t), format(rnd.randint(900, 9800), ","))
    for i, t in enumerate(popular))

related = [("Saint Adela names new chief executive after national search", "In &quot;Health&quot;"),
           ("Marrow Springs hospital adds birthing suites as demand grows", "In &quot;Region&quot;"),
           ("Rural clinics struggle to keep nurses, survey finds", "In &quot;Health&quot;")]
rel_html = "".join('<div class="jp-relatedposts-post jp-relatedposts-post%d" data-post-format="false"><h4 class="jp-relatedposts-post-title">'
                   '<a class="jp-relatedposts-post-a" href="https://pelhamledger.com/%s/">%s</a></h4><p class="jp-relatedposts-post-context">%s</p></div>'
                   % (i, slug(t), esc(t), c) for i, (t, c) in enumerate(related))

menu = ["News", "Local", "Region", "Health", "Schools", "Sports", "Obituaries", "Opinion", "Business", "Classifieds", "e-Edition", "Subscribe"]
footer_links = ["About Us", "Contact", "Advertise", "Place a Classified", "Submit an Obituary", "Subscriber Services",
                "Terms of Service", "Privacy Policy", "Corrections Policy", "Careers"]

page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title_e)s &#8211; Pelham Crossing Ledger</title>
<link rel="stylesheet" id="wp-block-library-css" href="https://pelhamledger.com/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
<link rel="stylesheet" id="sharedaddy-css" href="https://pelhamledger.com/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=13.1" media="all">
<style id="ledger-theme-inline-css">%(css)s</style>
%(ld)s
<script>window._wpemojiSettings={"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png"};</script>
</head>
<body class="post-template-default single single-post postid-48211 single-format-standard wp-custom-logo">
%(svg)s
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site">
<div class="top-bar"><div class="top-bar__date">Tuesday, February 11, 2025</div><div class="top-bar__weather">Pelham Crossing 18&deg;F Light snow</div>
<div class="top-bar__links"><a href="/my-account/">Log In</a> <a href="/subscribe/">Subscribe</a></div></div>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://pelhamledger.com/" rel="home">Pelham Crossing Ledger</a></p>
<p class="site-description">Serving Harrow County since 1889</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu">%(menu)s</ul></nav></header>
<div class="breaking-strip"><span class="breaking-strip__label">Breaking</span> <a href="/2025/02/11/route-9-pass-closed-overnight/">Route 9 pass closed overnight as drifting snow returns</a></div>
<div id="content" class="site-content">
<div class="above-article-widgets">
<section id="ledger_popular-3" class="widget widget_ledger_popular"><h2 class="widget-title">Most Popular</h2>
<ol class="popular-list">%(pop)s</ol></section>
</div>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48211" class="post-48211 post type-post status-publish format-standard has-post-thumbnail hentry category-health category-local">
%(share1)s
<header class="entry-header"><div class="cat-links"><a href="/category/health/" rel="category tag">Health</a>, <a href="/category/local/" rel="category tag">Local</a></div>
<h1 class="entry-title">%(title_e)s</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/dwhitcomb/">Dana Whitcomb</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-02-11T14:32:00-06:00">February 11, 2025 at 2:32 pm</time></span></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="https://pelhamledger.com/wp-content/uploads/2025/02/saint-adela-1200x800.jpg" class="attachment-post-thumbnail wp-post-image" alt="">
<figcaption class="wp-caption-text">The main entrance of Saint Adela Regional Medical Center on Quarry Road in Pelham Crossing. (Dana Whitcomb / Ledger)</figcaption></figure>
<div class="entry-content">
%(body)s
<p class="contact-line"><em>Reporter Dana Whitcomb can be reached at dwhitcomb@pelhamledger.com or 555-0148.</em></p>
%(share2)s
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper" id="like-post-wrapper-48211"><h3 class="sd-title">Like this:</h3>
<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal">%(rel)s</div></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/saint-adela/" rel="tag">Saint Adela</a>, <a href="/tag/rural-health/" rel="tag">rural health</a>, <a href="/tag/harrow-county/" rel="tag">Harrow County</a></span></footer>
<div class="author-box"><img src="https://secure.gravatar.com/avatar/8a1?s=96" alt="" class="avatar"><div class="author-box__text"><h4>Dana Whitcomb</h4>
<p>Dana Whitcomb covers health, schools and county government for the Ledger. She grew up in Marrow Springs and joined the paper in 2019.</p></div></div>
</article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2025/02/10/council-parking-meters/" rel="prev"><span class="meta-nav">Previous</span> City council delays vote on downtown parking meters again</a></div>
<div class="nav-next"><a href="/2025/02/11/route-9-pass-closed-overnight/" rel="next"><span class="meta-nav">Next</span> Route 9 pass closed overnight as drifting snow returns</a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="https://pelhamledger.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" size="30" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" size="30" required></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_text"><h2 class="widget-title">Get the Ledger in your inbox</h2><div class="textwidget"><p>Morning headlines from Harrow County, delivered weekdays at 6 a.m.</p><p><a class="button" href="/newsletters/">Sign up</a></p></div></section>
<section class="widget widget_ad"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-right-1" style="min-height:250px"></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">%(footer)s</ul>
<div class="site-info">&copy; 2025 Pelham Crossing Ledger. All rights reserved. <a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div>
<script id="jetpack-js">%(js)s</script>
</body></html>
""" % {
    "title_e": esc(TITLE),
    "css": css_blob(["site-header", "entry", "sd", "popular", "widget", "top-bar", "author-box", "jp-relatedposts", "menu"], 420, 6011),
    "ld": ld_article(TITLE, "Dana Whitcomb", "2025-02-11T14:32:00-06:00", "Pelham Crossing Ledger", section="Health"),
    "svg": svg_sprite(["facebook", "x", "linkedin", "reddit", "pinterest", "pocket", "whatsapp", "print", "email", "search"], 6012),
    "menu": link_items(menu, '<li class="menu-item"><a href="{href}">{text}</a></li>', "/category/"),
    "pop": pop_html,
    "share1": share_block(1),
    "share2": share_block(2),
    "body": body_html,
    "rel": rel_html,
    "footer": link_items(footer_links, '<li><a href="{href}">{text}</a></li>', "/"),
    "js": js_blob(6013, 140, "jetpack"),
}

save("q01", page, gold)
