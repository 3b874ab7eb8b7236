"""q16 -- English (UK). Regional weekly's sport section on WordPress (Astra
theme, SportsPress plugin). Football match report, about 610 words.

Furniture: cookie notice, top bar with date and socials, main menu with
sub-menus, "Latest" ticker, breadcrumbs, headline, dek (entry-subtitle),
byline/date/read-time meta, featured image with caption, an "Advertisement"
slot inside the content, share buttons ("Share on Facebook" ...), tags,
author box, a "More from Sport" teaser grid (title, excerpt, time) right
after the post, a SportsPress league table ("Westmarch League Premier
Division") and a fixtures widget, comment form, footer.

Failure kind: the body ends with a short "Line-ups" section (an h3 and three
one-line paragraphs: both XIs with substitutes, referee and attendance),
then the "More from Sport" grid and the standings table follow.

Gold choices a reviewer might make differently: the "Line-ups" heading and
its three lines ARE gold here -- they are written as prose paragraphs inside
the post's entry-content, the way the paper prints every report (unlike a
separate line-up widget). The in-body subheading is gold. Not gold: the dek,
the image caption, the advertisement label, the teaser grid and the league
table.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(616)

TITLE = "Okafor double sends Carrowmore top as ten-man Hexley falter"
DEK = "Rovers come from behind at Brackenfield Road to leapfrog Albion with four games left"

TEXT = """
Sam Okafor scored twice in the final 20 minutes as Carrowmore Rovers came from a goal down to beat ten-man Hexley Albion 3-1 at Brackenfield Road on Saturday and go top of the Westmarch League Premier Division for the first time since October.

It was a result that looked unlikely at half-time. Albion, unbeaten in eleven league matches before kick-off, had been the sharper side for most of the opening 45 minutes and deserved the lead Reece Danvers gave them in the 29th minute, when he met Callum Hext's low cross at the near post and flicked it beyond Dane Pritchard.

Rovers manager Gail Stennett, who had watched her side lose 2-0 at Hexley's Mill Lane ground in December, made two changes at the interval, bringing on the 18-year-old winger Theo Lanyon and switching to a back three. The effect was immediate.

Lanyon's first involvement was a run from halfway that ended with Albion captain Marcus Whitlow hauling him down on the edge of the area. Referee Priya Chaudhry showed Whitlow a second yellow card, having booked him for a late challenge on Kofi Asante-Reid before the break, and Hexley's shape never recovered.

Carrowmore levelled in the 58th minute. Lewis Thorne's free-kick from the right was headed back across goal by Asante-Reid and Jordan Maybury, left unmarked six yards out, side-footed in his ninth goal of the season.

Albion goalkeeper Ethan Rusk kept them level with a fine double save from Lanyon and Maybury, and Danvers might have restored the visitors' lead against the run of play when he shot wide with only Pritchard to beat on 66 minutes.

Instead Okafor, who had spent most of the afternoon chasing long balls, settled it. His first came from a corner on 71 minutes, a glancing header that went in off the far post. His second, six minutes from time, was the goal of the afternoon: he collected Lanyon's pass with his back to goal, turned Ollie Grice and curled a shot into the top corner from 20 yards.

## 'We showed what we're about'

"At half-time I told them we were playing the occasion, not the opposition," Stennett said. "We were too deep, too nervous. Theo gave us a different outlet and once we got the equaliser you could feel the crowd pull us forward. We showed what we're about in that second half."

Hexley manager Rob Quayle was less happy about the sending-off. "Marcus has gone for the ball both times and I've told the referee that," he said. "But I'm not going to hide behind it. We were 1-0 up against eleven men and we stopped doing the things that got us there."

The win lifts Carrowmore to 68 points from 34 games, one ahead of Albion, who have a game in hand. Rovers travel to Stoneleigh Athletic on Tuesday night, while Albion host bottom club Farrow Bridge on Saturday before the two sides' fixtures converge on the final day, when both are at home.

A crowd of 1,214, the largest at Brackenfield Road this season, included around 300 travelling supporters from Hexley, who were given the covered terrace behind the Ormond Street goal after the club moved home fans to the main stand for the first time.

Stennett, whose side finished ninth last season, refused to talk about the title. "Ask me in four games," she said. "Tuesday at Stoneleigh is harder than today, because nobody will be talking about it."
"""

LINEUPS = [
    "<strong>Carrowmore Rovers:</strong> Pritchard; Grayling, Asante-Reid, Thorne, Nwosu; Maybury, Cole (Lanyon 46), Ferris, Harte (Pye 46); Okafor, Bellamy (Dunne 88).",
    "<strong>Hexley Albion:</strong> Rusk; Grice, Whitlow, Ames, Hext; Tolley, Barrington (Shah 75), Kerr; Danvers, Mottram, Leckie (Sowerby 62).",
    "<strong>Referee:</strong> Priya Chaudhry. <strong>Attendance:</strong> 1,214.",
]

spec = body_from(TEXT)
ad = ('<div class="ast-ad-inline code-block code-block-3" style="margin:8px auto;text-align:center;display:block;clear:both;">'
      '<span class="ad-label">Advertisement</span><div id="div-gpt-ad-mpu-2" data-slot="/2291/wm-sport/mpu2" '
      'style="min-height:250px"></div></div>')
spec.insert(4, ("raw", ad))
spec.append(("h3", "Line-ups"))
for l in LINEUPS:
    spec.append(("p", l))

body_html, gold = render(spec, {"p": "<p>{}</p>", "h2": '<h2 class="wp-block-heading">{}</h2>',
                                "h3": '<h3 class="wp-block-heading">{}</h3>'})

MENU = [("News", ["Local", "Courts", "Politics", "Business"]), ("Sport", ["Football", "Rugby", "Cricket", "Results"]),
        ("What's On", ["Music", "Theatre", "Family"]), ("Opinion", []), ("Property", []), ("Announcements", ["Deaths", "Births"])]
menu_html = "".join(
    '<li class="menu-item%s"><a href="/%s/" class="menu-link">%s</a>%s</li>' % (
        " menu-item-has-children" if subs else "", slug(top), esc(top),
        ('<ul class="sub-menu">%s</ul>' % link_items(subs, '<li class="menu-item"><a href="{href}" class="menu-link">{text}</a></li>', "/%s/" % slug(top))) if subs else "")
    for top, subs in MENU)

ticker = make_headlines(rnd, ["Harbour bridge repairs", "Westmarch council", "Police appeal", "New bus timetable", "School uniform bank"],
                        ["delayed again over", "to vote on", "issued after", "confirmed for"], ["weekend closures", "parking charges", "Eastgate incident", "summer routes"], 4)

more = [
    ("Stoneleigh sack manager after six games without a win", "The Athletic board acted hours after Tuesday's 4-0 home defeat to Farrow Bridge's neighbours.", "2 hours ago"),
    ("Westmarch Wolves stay unbeaten with bonus-point win at Caddon", "Five tries, three of them from the forwards, keep Wolves clear at the top of Counties 1.", "5 hours ago"),
    ("Brackenfield cricket club unveils new pavilion plans", "Members will vote next month on a £410,000 scheme funded largely by a lottery grant.", "Yesterday"),
    ("Teenage swimmer Isla Treharne picks up national trials place", "The 15-year-old from Hexley broke her own county record in the 200m butterfly.", "Yesterday"),
    ("Farrow Bridge fined for fielding ineligible player", "The bottom club lose three points and face an appeal deadline of Friday.", "2 days ago"),
    ("Carrowmore women book cup semi-final against Dunhythe", "A late penalty from Megan Vosper settled a tight quarter-final in the rain.", "3 days ago"),
]
more_html = teaser_items(rnd, [m[0] for m in more],
    '<article class="ast-grid-common-col wm-card"><a href="{href}" class="wm-card__img"><img src="{img}" alt="" loading="lazy" width="400" height="225"></a>'
    '<div class="wm-card__body"><span class="wm-card__cat">Sport</span><h3 class="wm-card__title"><a href="{href}">{text}</a></h3>', "/sport/")
# add excerpts and times after each title (rebuild to keep deterministic order)
cards = more_html.split('<article ')[1:]
more_html = "".join('<article %s<p class="wm-card__excerpt">%s</p><span class="wm-card__time">%s</span></div></article>' % (c, esc(m[1]), m[2])
                    for c, m in zip(cards, more))

TABLE = [("Carrowmore Rovers", 34, 21, 5, 8, 29, 68), ("Hexley Albion", 33, 20, 7, 6, 31, 67), ("Dunhythe Town", 34, 19, 6, 9, 22, 63),
         ("Stoneleigh Athletic", 34, 17, 8, 9, 14, 59), ("Caddon United", 33, 15, 9, 9, 9, 54), ("Eastgate Saints", 34, 14, 8, 12, 3, 50),
         ("Marrick Vale", 34, 12, 10, 12, -2, 46), ("Pelham Wanderers", 33, 11, 9, 13, -6, 42), ("Ormond Celtic", 34, 9, 11, 14, -12, 38),
         ("Thursby FC", 34, 9, 7, 18, -21, 34), ("Lowick Colliery", 33, 7, 9, 17, -27, 30), ("Farrow Bridge", 34, 5, 8, 21, -40, 23)]
table_rows = "".join(
    '<tr class="%s"><td class="data-rank">%d</td><td class="data-name"><a href="/team/%s/">%s</a></td><td class="data-p">%d</td>'
    '<td class="data-w">%d</td><td class="data-d">%d</td><td class="data-l">%d</td><td class="data-gd">%+d</td><td class="data-pts">%d</td></tr>'
    % ("odd" if i % 2 == 0 else "even", i + 1, slug(t[0]), esc(t[0]), t[1], t[2], t[3], t[4], t[5], t[6]) for i, t in enumerate(TABLE))

fixtures = [("Tue 19:45", "Stoneleigh Athletic v Carrowmore Rovers"), ("Sat 15:00", "Hexley Albion v Farrow Bridge"),
            ("Sat 15:00", "Dunhythe Town v Caddon United"), ("Sat 15:00", "Marrick Vale v Eastgate Saints")]

share = "".join('<a class="wm-share wm-share--%s" href="https://share.example/%s?u=https%%3A%%2F%%2Fwestmarchgazette.co.uk%%2Fsport%%2Fokafor-double" rel="nofollow noopener" target="_blank"><span class="screen-reader-text">Share on %s</span><svg class="ast-icon"><use href="#icon-%s"/></svg></a>'
                % (n.lower(), n.lower(), n, n.lower()) for n in ["Facebook", "X", "WhatsApp", "Email"])

css = css_blob(["ast", "site", "main-header", "wm-card", "sp-table", "entry", "menu", "widget", "wm-share"], 420, 61601)
js = js_blob(61602, 90, "astra")

page = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Westmarch Gazette</title>
<link rel="canonical" href="https://westmarchgazette.co.uk/sport/football/okafor-double-sends-carrowmore-top/">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{dek}">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="sportspress-general-css" href="/wp-content/plugins/sportspress/assets/css/sportspress.css?ver=2.7.20" media="all">
<style id="astra-theme-css-inline-css">{css}</style>
{ld}
</head>
<body class="post-template-default single single-post postid-48213 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
{svg}
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<div class="wm-topbar"><span class="wm-topbar__date">Sunday 13 April 2025</span>
<ul class="wm-topbar__links"><li><a href="/subscribe/">Subscribe</a></li><li><a href="/e-edition/">E-edition</a></li><li><a href="/contact/">Contact us</a></li><li><a href="/advertise/">Advertise</a></li></ul></div>
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead" itemscope itemtype="https://schema.org/WPHeader">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2023/02/gazette-logo.png" class="custom-logo" alt="Westmarch Gazette" width="300" height="60"></a>
<p class="site-title screen-reader-text"><a href="/">Westmarch Gazette</a></p></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation" aria-label="Site Navigation">
<div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex">{menu}</ul></div></nav></div></div>
<button class="menu-toggle main-header-menu-toggle" aria-expanded="false"><span class="screen-reader-text">Main Menu</span></button>
</div></div></div></div>
</header>
<div class="wm-ticker"><span class="wm-ticker__label">Latest</span><ul>{ticker}</ul></div>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<nav class="ast-breadcrumbs" aria-label="Breadcrumbs"><a href="/">Home</a> &raquo; <a href="/sport/">Sport</a> &raquo; <a href="/sport/football/">Football</a></nav>
<main id="main" class="site-main">
<article class="post-48213 post type-post status-publish format-standard has-post-thumbnail hentry category-football tag-carrowmore-rovers tag-hexley-albion ast-article-single" id="post-48213" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="ast-post-format- single-layout-1">
<header class="entry-header">
<span class="wm-kicker"><a href="/sport/football/">Football</a></span>
<h1 class="entry-title" itemprop="headline">{title}</h1>
<p class="entry-subtitle">{dek}</p>
<div class="entry-meta"><span class="posted-by vcard author" itemprop="author">By <a class="url fn n" href="/author/tom-pendrick/" rel="author"><span class="author-name">Tom Pendrick</span></a></span> / <span class="posted-on"><time class="entry-date published" datetime="2025-04-12T18:42:00+01:00">12 April 2025, 6:42pm</time></span> / <span class="wm-readtime">4 min read</span></div>
</header>
<div class="post-thumb-img-content post-thumb"><figure class="wp-caption"><img width="1200" height="675" src="/wp-content/uploads/2025/04/okafor-celebrates-1200x675.jpg" class="attachment-large wp-post-image" alt="Sam Okafor celebrates" decoding="async">
<figcaption class="wp-caption-text">Sam Okafor wheels away after his second goal against Hexley Albion. Picture: Nadia Brill</figcaption></figure></div>
<div class="wm-share-bar wm-share-bar--top">{share}</div>
<div class="entry-content clear" itemprop="text">
{body}
</div>
<footer class="entry-footer">
<div class="wm-share-bar wm-share-bar--bottom"><span class="wm-share-bar__label">Share this story</span>{share}</div>
<div class="tags-links"><span class="screen-reader-text">Tags</span><a href="/tag/carrowmore-rovers/" rel="tag">Carrowmore Rovers</a><a href="/tag/hexley-albion/" rel="tag">Hexley Albion</a><a href="/tag/westmarch-league/" rel="tag">Westmarch League</a></div>
<div class="ast-single-author-box"><div class="ast-author-meta"><div class="about-author-title-wrapper"><h3 class="about-author">About The Author</h3></div>
<div class="ast-author-details"><img alt="" src="/wp-content/uploads/2022/08/tom-pendrick-96x96.jpg" class="avatar avatar-100 photo" height="100" width="100">
<h4 class="author-title"><a href="/author/tom-pendrick/">Tom Pendrick</a></h4><div class="ast-author-bio">Tom has covered non-league football in the Westmarch area for the Gazette since 2011 and presents the weekly Terrace Talk podcast.</div></div></div></div>
</footer>
</div>
</article>
<section class="wm-more-from" aria-labelledby="wm-more-title">
<h2 id="wm-more-title" class="wm-more-from__title">More from Sport</h2>
<div class="ast-row wm-grid">{more}</div>
<a class="wm-more-from__all" href="/sport/">See all Sport</a>
</section>
<div class="sp-section-content sp-section-content-league_table"><div class="sp-template sp-template-league-table">
<h4 class="sp-table-caption">Westmarch League Premier Division</h4>
<div class="sp-table-wrapper"><table class="sp-league-table sp-data-table sp-sortable-table sp-responsive-table sp-scrollable-table" data-sp-rows="12">
<thead><tr><th class="data-rank">Pos</th><th class="data-name">Club</th><th class="data-p">P</th><th class="data-w">W</th><th class="data-d">D</th><th class="data-l">L</th><th class="data-gd">GD</th><th class="data-pts">Pts</th></tr></thead>
<tbody>{table}</tbody></table></div>
<div class="sp-league-table-link sp-view-all-link"><a href="/table/premier-division/">View full table</a></div></div></div>
<div id="comments" class="comments-area">
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text" size="30" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" size="30" required></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main>
</div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside class="widget widget_sp_event_list"><h2 class="widget-title">Fixtures</h2><ul class="sp-fixtures">{fixtures}</ul></aside>
<aside class="widget widget_media_image"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-sidebar-1" style="min-height:600px"></div></aside>
<aside class="widget wm_newsletter"><h2 class="widget-title">Gazette Sport newsletter</h2><p>Results, reports and reaction every Monday morning.</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container">
<ul class="footer-links">{flinks}</ul>
<p>&copy; 2025 Westmarch Gazette. Part of Tern Valley Media Ltd, registered in England and Wales no. 04417321.</p>
</div></div></footer>
</div>
<div id="wm-cookie" class="wm-cookie" role="dialog"><p>We use cookies to improve your experience and to show you relevant advertising. You can change your preferences at any time.</p><button class="wm-cookie__accept">Accept all</button><button class="wm-cookie__manage">Manage preferences</button></div>
<script id="astra-theme-js-js">{js}</script>
</body>
</html>
""".format(
    title=esc(TITLE), dek=esc(DEK), css=css, js=js, svg=svg_sprite(["facebook", "x", "whatsapp", "email", "search"], 61603),
    ld=ld_article(TITLE, "Tom Pendrick", "2025-04-12T18:42:00+01:00", "Westmarch Gazette", section="Football", lang="en-GB"),
    menu=menu_html, ticker=link_items(ticker, '<li><a href="{href}">{text}</a></li>', "/news/"),
    share=share, body=body_html, more=more_html, table=table_rows,
    fixtures="".join('<li><span class="sp-time">%s</span> %s</li>' % (t, esc(m)) for t, m in fixtures),
    flinks=link_items(["About us", "Contact", "Privacy policy", "Cookie policy", "Terms", "Complaints", "Advertise"]))

save("q16", page, gold)
