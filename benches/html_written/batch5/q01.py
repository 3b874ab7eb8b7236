"""q01 - English (US), small-city daily on WordPress with Jetpack sharing.

Council story (~620 words, two subheads). Furniture: top bar, mega-menu,
"Trending" bar, featured image caption, Jetpack share row ("Click to share
on X (Opens in new window)"), "Like this:", Jetpack related posts, tags,
author box, threaded comments with Reply links, comment form, sidebar with
"Most Popular", newsletter widget, ad slots, footer.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5101)
SITE = "The Aldren Falls Courier"
HEAD = "Council backs winter shelter in former Starlite Lanes bowling alley"
URL = "https://aldrenfallscourier.com/2025/11/12/council-backs-winter-shelter-starlite-lanes/"

TEXT = """
The Aldren Falls City Council voted 5-2 on Tuesday night to lease the former Starlite Lanes building on Quarry Road to a coalition of churches and nonprofits that plans to open it as an overnight warming shelter by the first week of December.

The decision ends nearly four months of debate over where the city’s unhoused residents should sleep during the coldest part of the year. Last winter, the only shelter in Tarrow County with open beds was a 22-cot room in the basement of St. Brennan’s Church, which turned people away on 31 nights, according to figures presented to the council.

“We counted the people we couldn’t take in, and we stopped counting when it got too hard to look at,” said Delphine Okafor-Reyes, who coordinates volunteers for the Tarrow Warm Nights coalition. “This building gives us room for 60 and a kitchen that already meets code.”

Under the lease, the coalition will pay the city $1 a year for three years and cover utilities, insurance and staffing. The city will spend up to $185,000 from its share of state housing funds on a new fire suppression system, accessible restrooms and a ramp at the building’s east entrance. The bowling alley closed in 2019, and the city bought the property at a tax sale two years later, intending at first to demolish it for parking.

## Neighbors raised concerns

Roughly 70 people packed the council chamber, and the public comment period ran for more than two hours. Several residents of the Quarry Road and Linden Court neighborhoods said they supported a shelter in principle but worried about loitering, litter and the lack of sidewalks between the building and the bus stop on Fourth Street.

“Nobody here is saying these folks don’t deserve a warm place,” said Gerald Mossburg, who has lived on Linden Court for 26 years. “We’re asking who picks up the phone at 3 in the morning when something goes wrong.”

Coalition leaders said the shelter will have at least two trained staff members on site whenever it is open, from 7 p.m. to 8 a.m., and will post a 24-hour phone number for neighbors. They also agreed to a condition added by Council Member Rhea Vantongeren requiring quarterly reports to the council on calls for service, occupancy and any complaints.

Police Chief Arlo Benning told the council his department responded to 14 calls at the vacant building in the past year, most of them for trespassing. “An empty building with broken locks is its own kind of problem,” he said.

## Who voted no

Council members Tom Kessling and Marguerite Ansah voted against the lease. Kessling said he favored a shelter but thought the city should have sought proposals for other sites, including a vacant state office building near the county courthouse. Ansah said the $185,000 would be better spent on permanent housing vouchers.

“A shelter gets people through the night. It doesn’t get anyone an apartment,” Ansah said. “I’d rather we were arguing about that.”

Mayor Colette Haverly, who votes only to break ties, said after the meeting that she expects the city to revisit permanent housing when it adopts its next five-year plan in the spring.

Renovation work is scheduled to begin in two weeks. The coalition is seeking volunteers for overnight shifts and donations of blankets, socks and travel-size toiletries; drop-off hours will be posted on its website once the building opens.
"""

body_html, gold = render(body_from(TEXT), {"p": "<p>{}</p>", "h2": '<h2 class="wp-block-heading">{}</h2>'})

MENU = {
    "News": ["Local News", "Tarrow County", "State", "Nation & World", "Police & Courts", "Obituaries"],
    "Sports": ["High School", "Aldren Falls Otters", "College", "Outdoors"],
    "Business": ["Real Estate", "Agriculture", "Jobs"],
    "Opinion": ["Editorials", "Letters to the Editor", "Columnists", "Submit a Letter"],
    "Life": ["Food", "Faith", "Arts & Entertainment", "Community Calendar"],
    "e-Edition": [],
}
menu_html = []
for top, subs in MENU.items():
    sub = ('<ul class="sub-menu">%s</ul>' % link_items(subs, '<li class="menu-item menu-item-type-taxonomy"><a href="{href}">{text}</a></li>', "/category/")) if subs else ""
    menu_html.append('<li class="menu-item menu-item-has-children"><a href="/category/%s/">%s</a>%s</li>' % (slug(top), esc(top), sub))

trending = ["Starlite Lanes shelter", "Otters playoff tickets", "Route 9 detour", "Holiday parade lineup", "Flu clinic dates"]
subjects = ["Tarrow County", "Aldren Falls schools", "Quarry Road businesses", "The Otters", "Linden Park volunteers", "County commissioners", "A Brisbee Township farmer", "Local library"]
verbs = ["prepare for", "weigh", "celebrate", "push back on", "look ahead to", "rethink", "set date for"]
objects = ["new budget year", "holiday food drive", "road salt shortage", "senior night", "zoning rewrite", "tree-lighting ceremony", "bond vote"]
popular = make_headlines(rnd, subjects, verbs, objects, 6)

related = [
    ("Tarrow Warm Nights asks city for shelter site before first freeze", "Volunteers told the council that the basement at St. Brennan’s could not handle another winter of overflow…", "October 1, 2025"),
    ("What happens to Starlite Lanes? City weighs three options", "Demolition, a sale to a private developer or a lease to a community group are all on the table, staff said…", "August 19, 2025"),
    ("Letter: Our neighbors deserve more than a cot", "I have volunteered at the church shelter for five winters, and every year the line at the door gets longer…", "September 8, 2025"),
]
related_html = "".join(
    '<div class="jp-relatedposts-post jp-relatedposts-post%d jp-relatedposts-post-thumbs" data-post-id="%d" data-post-format="false">'
    '<a class="jp-relatedposts-post-a" href="/2025/%s/" rel="nofollow" data-origin="48213" data-position="%d">'
    '<img class="jp-relatedposts-post-img" loading="lazy" src="https://i0.wp.com/aldrenfallscourier.com/wp-content/uploads/2025/%d.jpg?resize=350%%2C200&amp;ssl=1" width="350" height="200" alt=""></a>'
    '<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/2025/%s/" rel="nofollow">%s</a></h4>'
    '<p class="jp-relatedposts-post-excerpt">%s</p><p class="jp-relatedposts-post-date" style="display: block;">%s</p>'
    '<p class="jp-relatedposts-post-context">In &quot;Local News&quot;</p></div>' % (
        i, 47000 + i * 311, slug(t), i, 4000 + i, slug(t), esc(t), esc(e), d)
    for i, (t, e, d) in enumerate(related))

share_sites = [("facebook", "Facebook"), ("x", "X"), ("reddit", "Reddit"), ("nextdoor", "Nextdoor"),
               ("email", None), ("print", None)]
share_li = []
for key, name in share_sites:
    if key == "email":
        label, sr = "Email", "Click to email a link to a friend (Opens in new window)"
    elif key == "print":
        label, sr = "Print", "Click to print (Opens in new window)"
    else:
        label, sr = name, "Click to share on %s (Opens in new window)" % name
    share_li.append('<li class="share-%s"><a rel="nofollow noopener noreferrer" data-shared="sharing-%s-48213" class="share-%s sd-button share-icon" href="%s?share=%s&amp;nb=1" target="_blank" title="%s"><span>%s</span><span class="sharing-screen-reader-text">%s</span></a></li>' % (
        key, key, key, URL, key, esc(sr.replace(" (Opens in new window)", "")), label, esc(sr)))
share_html = ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
              '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>%s<li class="share-end"></li></ul></div></div></div>' % "".join(share_li))
like_html = ("<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-19877-48213' data-src='https://widgets.wp.com/likes/?ver=13.9#blog_id=19877&amp;post_id=48213' data-name='like-post-frame-19877-48213' data-title='Like or Reblog'>"
             "<h3 class=\"sd-title\">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Like</span></span> <span class=\"loading\">Loading...</span></div>"
             "<span class='sd-text-color'></span><a class='sd-link-color'></a></div>")

comments = [
    ("Ruth Ellenberger", "November 12, 2025 at 7:41 am", "Good. I drove past Starlite every day for five years watching it fall apart. Better this than another parking lot nobody needs.", []),
    ("M. Dunleavy", "November 12, 2025 at 9:03 am", "Two staff for sixty people overnight seems thin to me. Hope the quarterly reports actually get read out at a meeting and not just filed.",
     [("Delphine O.", "November 12, 2025 at 10:15 am", "Thanks for the question. Two is the minimum; most nights we plan on three plus a volunteer at the door. Happy to talk anytime at our open house.", [])]),
    ("Pete Szalanski", "November 12, 2025 at 12:27 pm", "Where was this energy when the mill closed and half of Linden Court lost their jobs? Just saying.", []),
]


def comment_html(c, depth, cid):
    name, when, text, replies = c
    kids = ""
    if replies:
        kids = '<ol class="children">%s</ol>' % "".join(comment_html(r, depth + 1, cid * 10 + k) for k, r in enumerate(replies))
    return ('<li id="comment-%d" class="comment byuser depth-%d"><article id="div-comment-%d" class="comment-body"><footer class="comment-meta">'
            '<div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/%d?s=48&amp;d=mm&amp;r=g" class="avatar avatar-48 photo" height="48" width="48" loading="lazy">'
            '<b class="fn">%s</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="%s#comment-%d"><time datetime="2025-11-12">%s</time></a></div></footer>'
            '<div class="comment-content"><p>%s</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=%d#respond" data-commentid="%d" aria-label="Reply to %s">Reply</a></div></article>%s</li>') % (
        cid, depth, cid, cid * 7919, esc(name), URL, cid, when, esc(text), cid, cid, esc(name), kids)


comments_html = "".join(comment_html(c, 1, 1201 + i) for i, c in enumerate(comments))

footer_cols = {
    "About Us": ["Contact the Newsroom", "Staff Directory", "Corrections Policy", "Careers", "Advertise With Us"],
    "Subscriber Services": ["Subscribe", "Manage My Account", "Vacation Holds", "e-Edition", "Pay My Bill"],
    "Sections": ["Local News", "Sports", "Obituaries", "Opinion", "Classifieds", "Public Notices"],
}
footer_html = "".join('<div class="footer-widget"><h4 class="widget-title">%s</h4><ul>%s</ul></div>' % (esc(k), link_items(v)) for k, v in footer_cols.items())

css = css_blob(["site-header", "main-navigation", "entry", "sharedaddy", "jp-relatedposts", "widget", "comment", "site-footer", "trending-bar", "ad-slot", "author-box"], 650, 5101)
js = js_blob(5101, 180, "courier")

page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} &#8211; {SITE}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{URL}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(HEAD)}">
<meta property="og:description" content="The lease runs three years; renovation starts in two weeks.">
<meta property="article:published_time" content="2025-11-12T05:30:00+00:00">
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all'>
<link rel='stylesheet' id='jetpack_css-css' href='/wp-content/plugins/jetpack/css/jetpack.css?ver=13.9' media='all'>
<style id="courier-theme-inline-css">{css}</style>
{ld_article(HEAD, "Nadia Ferreira-Holt", "2025-11-12T05:30:00-05:00", SITE, section="Local News")}
<script>window._wpemojiSettings={{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png"}};</script>
</head>
<body class="post-template-default single single-post postid-48213 single-format-standard wp-custom-logo">
{svg_sprite(["menu", "search", "close", "facebook", "x", "email", "print", "chevron"], 5101)}
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar"><div class="top-bar__inner"><span class="top-bar__date">Wednesday, November 12, 2025</span> <span class="top-bar__weather">Aldren Falls 34&deg;F Cloudy</span>
<ul class="top-bar__links"><li><a href="/subscribe/">Subscribe</a></li><li><a href="/e-edition/">e-Edition</a></li><li><a href="/my-account/">Log In</a></li></ul></div></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img width="420" height="72" src="/wp-content/uploads/2023/02/courier-logo.png" class="custom-logo" alt="{SITE}"></a>
<p class="site-description">Serving Aldren Falls and Tarrow County since 1887</p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu nav-menu">{"".join(menu_html)}</ul></nav>
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form>
</header>
<div class="trending-bar"><span class="trending-bar__label">Trending:</span><ul>{link_items(trending, '<li><a href="{href}">{text}</a></li>', "/tag/")}</ul></div>
<div class="ad-slot ad-slot--leaderboard"><span class="ad-slot__label">Advertisement</span><div id="div-gpt-ad-leaderboard-1" style="min-height:90px"></div></div>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail hentry category-local-news tag-housing tag-starlite-lanes tag-city-council">
<header class="entry-header"><span class="cat-links"><a href="/category/local-news/" rel="category tag">Local News</a></span>
<h1 class="entry-title">{esc(HEAD)}</h1>
<div class="entry-meta"><span class="byline"> By <span class="author vcard"><a class="url fn n" href="/author/nferreiraholt/">Nadia Ferreira-Holt</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2025-11-12T05:30:00-05:00">November 12, 2025</time><time class="updated" datetime="2025-11-12T09:12:00-05:00">November 12, 2025</time></span> <span class="comments-link"><a href="#comments">4 Comments</a></span></div>
</header>
<figure class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2025/11/starlite-lanes-1200x800.jpg" class="attachment-post-thumbnail wp-post-image" alt="Boarded windows at a former bowling alley" decoding="async" fetchpriority="high">
<figcaption class="wp-caption-text">The former Starlite Lanes building on Quarry Road has been vacant since 2019. (Wendell Pryce / The Aldren Falls Courier)</figcaption></figure>
<div class="entry-content">
{body_html}
<div class="ad-slot ad-slot--incontent"><span class="ad-slot__label">Advertisement</span><div id="div-gpt-ad-incontent-2" style="min-height:250px"></div></div>
{share_html}
{like_html}
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">{related_html}</div></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/city-council/" rel="tag">city council</a>, <a href="/tag/housing/" rel="tag">housing</a>, <a href="/tag/starlite-lanes/" rel="tag">Starlite Lanes</a>, <a href="/tag/tarrow-warm-nights/" rel="tag">Tarrow Warm Nights</a></span></footer>
<div class="author-box"><img alt="" src="https://secure.gravatar.com/avatar/5a1?s=96&amp;d=mm" class="avatar avatar-96" height="96" width="96"><div class="author-box__text"><h4 class="author-box__name">About Nadia Ferreira-Holt</h4>
<p>Nadia Ferreira-Holt covers city government and housing for the Courier. She grew up in Brisbee Township and previously reported for the Wexmoor Valley Sentinel. Reach her at 555-0143 or by email.</p>
<a class="author-box__more" href="/author/nferreiraholt/">View all posts by Nadia Ferreira-Holt &rarr;</a></div></div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2025/11/11/route-9-detour/" rel="prev"><span class="meta-nav">Previous</span> Route 9 detour to last through Thanksgiving weekend</a></div><div class="nav-next"><a href="/2025/11/12/otters-playoff-tickets/" rel="next"><span class="meta-nav">Next</span> Otters playoff tickets go on sale Friday at the school office</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">4 thoughts on &ldquo;<span>{esc(HEAD)}</span>&rdquo;</h2>
<ol class="comment-list">{comments_html}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" size="30" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" size="30" required></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_ad"><span class="ad-slot__label">Advertisement</span><div id="div-gpt-ad-rail-1" style="min-height:600px"></div></section>
<section class="widget widget_popular"><h2 class="widget-title">Most Popular</h2><ol>{link_items(popular, '<li><a href="{href}">{text}</a></li>', "/2025/11/")}</ol></section>
<section class="widget widget_newsletter"><h2 class="widget-title">Get the Courier in your inbox</h2><p>Our free morning newsletter brings you the day’s top local stories before your coffee gets cold.</p>
<form class="newsletter-form"><input type="email" placeholder="Email address"><button type="submit">Sign Up</button></form><p class="small">By signing up you agree to our Terms of Use and Privacy Policy.</p></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="footer-widgets">{footer_html}</div>
<div class="site-info">&copy; 2025 {SITE}, a Tarrow Media Group publication. All rights reserved. <a href="/privacy/">Privacy Policy</a> | <a href="/terms/">Terms of Service</a> | <a href="/do-not-sell/">Do Not Sell or Share My Personal Information</a><br>Proudly powered by WordPress</div></footer>
<script>{js}</script>
</body>
</html>
"""

save("q01", page, gold)
