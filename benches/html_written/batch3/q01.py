"""q01 - English, WordPress (Jetpack) local paper.

Stresses the wrong region: a ten-link share bar whose every link carries
"(Opens in new window)", a "Like this" block and a WordPress.com comment
form full of short login lines, all denser in short lines than the article.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q01"
rnd = random.Random(301)

TITLE = "Ferncastle board votes 5-2 to close Ashby Elementary after 61 years"

ARTICLE = """
The Ferncastle Unified School Board voted 5-2 late Tuesday to close Ashby Elementary at the end of the next school year, ending a months-long fight over the small brick school on Quarry Road that has served the town's east side since 1964.

The decision came after nearly four hours of public comment in a packed cafeteria at Ferncastle Middle School, where parents held hand-lettered signs and several Ashby fourth-graders read prepared statements asking the board to reconsider.

Superintendent Dolores Venn told the board that enrollment at Ashby has fallen from 412 students a decade ago to 188 this fall, and that the building needs an estimated $6.3 million in roof, boiler and accessibility repairs over the next five years.

"Nobody up here wanted to be the board that closed Ashby," Venn said before the vote. "But we cannot ask every other school in this district to go without so that one half-empty building can stay open."

## Where students will go

Under the plan approved Tuesday, most Ashby students will move to Crestline Elementary, about 1.8 miles north, which has room for roughly 230 more children after an addition finished in 2021. Families living south of Mill Creek will be assigned to Harlan Park Elementary instead.

The district will add two bus routes to cover the change and has promised that Ashby's current teachers will be offered positions at one of the two receiving schools. Venn said no layoffs are expected as a result of the closure.

Board member Theo Marchetti, who voted in favor, said the district had run out of alternatives after a 2023 proposal to share the Ashby building with a county preschool program fell through.

"We looked at leasing wings, we looked at a magnet program, we looked at a bond," Marchetti said. "Each time the numbers came back worse."

## Parents say the process was rushed

Opponents argued that the district had not given families enough time to weigh in. The closure was first raised publicly in a September work session, and the board held only two community meetings before Tuesday's vote.

Renata Oyelaran, whose two sons attend Ashby, said many families on the east side do not have cars and will struggle to reach Crestline for conferences, concerts and after-school pickup.

"This is a walking school," Oyelaran said. "You are taking the one public building in this neighborhood that kids can get to on their own feet, and you are putting it on the other side of a four-lane road."

The two board members who voted no, Aurelia Brandt and Samuel Okafor-Reyes, both said they were not opposed to a closure in principle but wanted the decision delayed a year to allow for an independent review of the repair estimates.

Brandt noted that the $6.3 million figure came from a 2022 facilities assessment that also recommended replacing the roof at Crestline, work the district has since postponed.

## What happens to the building

The district has not decided what to do with the Ashby property once students leave. Venn said staff will bring options to the board in the spring, which could include selling the 4.5-acre site, leasing it to the city's parks department, or keeping it as district storage.

Several residents urged the board to keep the playground and ball field open to the public regardless of what happens to the school itself. Board president Linnea Hargrove said she would ask staff to include that in any proposal.

The closure is expected to save the district about $740,000 a year in staffing and operating costs, according to a budget memo released last week. Ferncastle Unified faces a projected $2.1 million shortfall next year as federal pandemic relief funds run out.

Ashby's last day as a school is scheduled for June 12 of next year. The district said it will hold a community open house at the building in May so that former students and staff can visit before it closes.
"""

def share_block(cls):
    nets = ["Facebook", "X", "LinkedIn", "Reddit", "WhatsApp", "Telegram", "Pinterest", "Tumblr", "Pocket", "Email"]
    out = ['<div class="sharedaddy sd-sharing-enabled %s"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>' % cls]
    for n in nets:
        verb = "Email a link to a friend" if n == "Email" else "Share on %s" % n
        out.append('<li class="share-%s"><a rel="nofollow noopener noreferrer" class="share-%s sd-button share-icon" href="https://harrowvalleyledger.com/2024/11/13/ferncastle-board-votes-to-close-ashby-elementary/?share=%s&amp;nb=1" target="_blank" title="Click to share on %s"><span>%s</span><span class="sharing-screen-reader-text">%s (Opens in new window)</span></a></li>'
                   % (n.lower(), n.lower(), n.lower(), n, n, verb))
    out.append('<li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="#print" target="_blank" title="Click to print"><span>Print</span><span class="sharing-screen-reader-text">Print (Opens in new window)</span></a></li>')
    out.append('<li class="share-end"></li></ul></div></div></div>')
    return "".join(out)

trending = [
    "Road work on Route 9 detour extended through December",
    "Harlan Park library reopens with new makerspace",
    "Ferncastle police seek witnesses after Main Street collision",
    "Ledger endorsements: Where we stand on the county levy",
    "Quarry Road pumpkin patch draws record crowds",
]
popular = [
    "Ferncastle board votes 5-2 to close Ashby Elementary after 61 years",
    "Mill Creek apartments get final approval after three-year wait",
    "Obituary: Harold 'Hal' Dunmore, longtime Ledger pressman, 88",
    "Crestline volleyball falls in regional semifinal",
    "County levy passes by 212 votes, recount not expected",
    "New owners plan to revive the Starlite Drive-In",
]
related = [
    ("Ashby Elementary families pack first closure meeting", "September 24, 2024", "Education"),
    ("District releases facilities report: $41M in deferred repairs", "October 2, 2024", "Education"),
    ("Crestline addition opens with 10 new classrooms", "August 19, 2021", "Schools"),
]

body_spec = body_from(ARTICLE)
body_html, gold = render(body_spec, {})

css = css_blob(["site-header", "main-navigation", "entry", "widget", "sd", "jp-relatedposts", "comment", "trending", "footer", "wp-block"], 900, 3011)
js = js_blob(3012, 160, "jetpack")

comment_form = """
<div id="comments" class="comments-area">
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form id="commentform" class="comment-form">
<div class="comment-form-field comment-textarea"><label for="comment">Enter your comment here...</label><div id="comment-form-comment"><textarea id="comment" name="comment" title="Enter your comment here..."></textarea></div></div>
<div id="comment-form-identity">
<div id="comment-form-nascar"><p>Fill in your details below or click an icon to log in:</p>
<ul><li class="selected"><a href="#comment-form-guest" id="postas-guest" class="nascar-signin-link" title="Login via Guest"></a></li>
<li><a href="https://wordpress.com/log-in" id="postas-wordpress" class="nascar-signin-link" title="Login via WordPress.com"></a></li>
<li><a href="#" id="postas-facebook" class="nascar-signin-link" title="Login via Facebook"></a></li></ul></div>
<div id="comment-form-guest" class="comment-form-service selected">
<div class="comment-form-padder"><div class="comment-form-avatar"><a href="https://gravatar.com/site/signup/" target="_blank"></a></div>
<div class="comment-form-fields">
<div class="comment-form-field comment-form-email"><label for="email">Email <span class="required">(required)</span> <span class="nopublish">(Address never made public)</span></label><div class="comment-form-input"><input id="email" name="email" type="email"></div></div>
<div class="comment-form-field comment-form-author"><label for="author">Name <span class="required">(required)</span></label><div class="comment-form-input"><input id="author" name="author" type="text"></div></div>
<div class="comment-form-field comment-form-url"><label for="url">Website</label><div class="comment-form-input"><input id="url" name="url" type="url"></div></div>
</div></div></div>
<div id="comment-form-wordpress" class="comment-form-service"><div class="comment-form-padder"><div class="comment-form-fields"><input type="hidden" name="wp_avatar" value="">
<p class="comment-form-posting-as"><strong></strong> You are commenting using your WordPress.com account. <span class="comment-form-log-out">( <a href="javascript:HighlanderComments.doExternalLogout( 'wordpress' );">Log&nbsp;Out</a> / <a href="#">Change</a> )</span></p></div></div></div>
<div id="comment-form-facebook" class="comment-form-service"><div class="comment-form-padder"><div class="comment-form-fields">
<p class="comment-form-posting-as"><strong></strong> You are commenting using your Facebook account. <span class="comment-form-log-out">( <a href="#">Log&nbsp;Out</a> / <a href="#">Change</a> )</span></p></div></div></div>
<div id="comment-form-load-service" class="comment-form-service"><div class="comment-form-posting-as-cancel"><a href="javascript:HighlanderComments.cancelExternalWindow();">Cancel</a></div><p>Connecting to %s</p></div>
</div>
<div id="comment-form-subscribe"><p class="comment-subscription-form"><input type="checkbox" name="subscribe" id="subscribe" value="subscribe"> <label class="subscribe-label" id="subscribe-label" for="subscribe">Notify me of new comments via email.</label></p><p class="post-subscription-form"><input type="checkbox" name="subscribe_blog" id="subscribe_blog" value="subscribe"> <label class="subscribe-label" id="subscribe-blog-label" for="subscribe_blog">Notify me of new posts via email.</label></p></div>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="Post Comment"></p>
</form></div>
<p class="akismet_comment_form_privacy_notice">This site uses Akismet to reduce spam. <a href="https://akismet.com/privacy/" target="_blank" rel="nofollow noopener">Learn how your comment data is processed.</a></p>
</div>
"""

html = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; The Harrow Valley Ledger</title>
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name="robots" content="max-image-preview:large">
<link rel="dns-prefetch" href="//stats.wp.com">
<link rel="alternate" type="application/rss+xml" title="The Harrow Valley Ledger &raquo; Feed" href="https://harrowvalleyledger.com/feed/">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="Enrollment at the east-side school has fallen by more than half in a decade.">
<meta property="article:published_time" content="2024-11-13T09:42:17+00:00">
<style id="wp-block-library-inline-css">{css}</style>
<script type="text/javascript" id="jetpack-stats-js-before">_stq = window._stq || []; _stq.push([ "view", {{"v":"ext","blog":"188231004","post":"48213","tz":"-5","srv":"harrowvalleyledger.com"}} ]);</script>
</head>
<body class="post-template-default single single-post postid-48213 single-format-standard wp-embed-responsive">
{svg}
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar"><div class="wrap"><span class="top-date">Wednesday, November 13, 2024</span>
<ul class="top-links"><li><a href="/subscribe/">Subscribe</a></li><li><a href="/e-edition/">E-Edition</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/contact/">Contact</a></li><li><a href="/my-account/">Log In</a></li></ul></div></div>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="https://harrowvalleyledger.com/" rel="home">The Harrow Valley Ledger</a></p><p class="site-description">Serving Ferncastle, Harlan Park and the Mill Creek townships since 1898</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu"><li><a href="/news/">News</a><ul class="sub-menu"><li><a href="/news/local/">Local</a></li><li><a href="/news/county/">County</a></li><li><a href="/news/state/">State</a></li><li><a href="/news/crime/">Police &amp; Courts</a></li></ul></li><li class="current-post-ancestor"><a href="/education/">Education</a></li><li><a href="/sports/">Sports</a><ul class="sub-menu"><li><a href="/sports/high-school/">High School</a></li><li><a href="/sports/college/">College</a></li></ul></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/community/">Community</a></li><li><a href="/classifieds/">Classifieds</a></li></ul></nav>
</header>
<div class="trending-bar"><span class="trending-label">Trending:</span><ul>{trending}</ul></div>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail hentry category-education category-local tag-ashby-elementary tag-ferncastle-unified tag-school-closures">
<header class="entry-header">
<div class="entry-cats"><a href="/category/education/" rel="category tag">Education</a>, <a href="/category/local/" rel="category tag">Local</a></div>
<h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/mkowalczyk/">Maren Kowalczyk</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2024-11-13T09:42:17-05:00">November 13, 2024</time><time class="updated" datetime="2024-11-13T14:05:51-05:00">November 13, 2024</time></span> <span class="comments-link"><a href="#comments">14 Comments</a></span></div>
</header>
<div class="post-thumbnail"><img width="1200" height="800" src="https://harrowvalleyledger.com/wp-content/uploads/2024/11/ashby-board-1200x800.jpg" class="attachment-post-thumbnail wp-post-image" alt="">
<p class="wp-caption-text">Parents and students fill the Ferncastle Middle School cafeteria Tuesday night before the board vote on Ashby Elementary. (Maren Kowalczyk / Ledger)</p></div>
<div class="entry-content">
{body}
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled">
{share}
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>{related}</div>
</div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/ashby-elementary/" rel="tag">Ashby Elementary</a>, <a href="/tag/ferncastle-unified/" rel="tag">Ferncastle Unified</a>, <a href="/tag/school-closures/" rel="tag">school closures</a></span></footer>
<div class="author-info"><h2 class="author-heading">Published by Maren Kowalczyk</h2><p class="author-bio">Maren covers schools and county government for the Ledger. Reach her at mkowalczyk@harrowvalleyledger.com or 555-0148. <a class="author-link" href="/author/mkowalczyk/" rel="author">View all posts by Maren Kowalczyk</a></p></div>
</article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2024/11/12/route-9-detour/" rel="prev"><span class="meta-nav">Previous</span> Road work on Route 9 detour extended through December</a></div><div class="nav-next"><a href="/2024/11/13/starlite-drive-in/" rel="next"><span class="meta-nav">Next</span> New owners plan to revive the Starlite Drive-In</a></div></div></nav>
{comments}
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;"></label><input type="submit" class="search-submit" value="Search"></form></section>
<section class="widget widget_top-posts"><h2 class="widget-title">Most Popular</h2><ul>{popular}</ul></section>
<section class="widget widget_text"><h2 class="widget-title">Support local news</h2><div class="textwidget"><p>Subscribe to the Ledger for $1 for your first three months.</p><p><a href="/subscribe/">Subscribe now</a></p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>&copy; 2024 The Harrow Valley Ledger. All rights reserved.</p><ul><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/terms/">Terms of Use</a></li><li><a href="/corrections/">Corrections</a></li></ul><p>Proudly powered by WordPress | Theme: Newsline by Pressworks.</p></div></footer>
</div>
<script>{js}</script>
</body></html>
""".format(
    title=esc(TITLE), css=css, js=js,
    svg=svg_sprite(["facebook", "x", "linkedin", "reddit", "whatsapp", "telegram", "pinterest", "tumblr", "pocket", "mail", "print", "search", "menu"], 3013),
    trending="".join('<li><a href="/%s/">%s</a></li>' % (slug(t), esc(t)) for t in trending),
    body=body_html,
    share=share_block("sd-top"),
    related="".join('<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/%s/">%s</a></h4><p class="jp-relatedposts-post-date">%s</p><p class="jp-relatedposts-post-context">In &quot;%s&quot;</p></div>' % (slug(a), esc(a), d, c) for a, d, c in related),
    comments=comment_form,
    popular="".join('<li><a href="/%s/" class="bump-view">%s</a></li>' % (slug(p), esc(p)) for p in popular),
)

save(PID, html, gold)
