"""q19 - English, Joomla 4 township news site with JComments.

Stresses everything kept: a four-paragraph notice-style story in
itemprop="articleBody", then a JComments thread of fourteen long
residents' comments (several paragraphs of argument each) and a
comment form - several times the story's text.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q19"
rnd = random.Random(319)

TITLE = "Elm Hollow covered bridge to close until spring for deck replacement"

ARTICLE = """
The Elm Hollow covered bridge on Tanner's Mill Road will close to all traffic, including pedestrians, from Monday, December 2, while contractors replace its timber deck and repair two of the supporting beams, Wendover Township announced this week.

The work is expected to take about four months, weather permitting. Drivers will be detoured via Route 619 and Copper Kettle Road, which adds roughly three miles to the trip between Elm Hollow and the village center. School buses will follow the same detour.

The township's engineer, Priscilla Hawthorne, said an inspection in September found rot in about a third of the deck planks and cracking in two of the beams near the eastern abutment. The bridge, built in 1871, has carried a three-ton weight limit since 2016.

The $640,000 project is being paid for mostly with a state historic bridge grant. Residents with questions can contact the township office at 555-0172 or attend the board of supervisors meeting on November 26.
"""

COMMENTS = [
    ("Hank Sorensen", "Friday, 22 November 2024 09:14",
     "Four months is a long time for the folks on the far side of the creek. My mother lives on Tanner's Mill past the bridge and the detour takes her right past the quarry entrance, where the trucks come out without looking. I hope the township will at least ask the state police to put someone out there in the mornings when the buses are running."),
    ("Linda Farraday", "Friday, 22 November 2024 09:47",
     "Glad to see it finally getting fixed. I walk across that bridge with my dog every day and you can see daylight through some of the planks. Honestly I'm surprised they didn't close it sooner. Better four months now than losing the whole bridge in a few years.\nDoes anyone know if the path along the creek on the west side will stay open? That would at least give walkers somewhere to go."),
    ("R. Delacroix", "Friday, 22 November 2024 10:30",
     "Why does this always happen in winter? Every time the township does road work it seems to start right when the weather turns. If it's weather permitting, then four months in December through March means six months, and we all know it. Should have been done over the summer when the kids were off school and the roads were dry."),
    ("Priscilla H.", "Friday, 22 November 2024 11:02",
     "Hi all, Priscilla Hawthorne here, the township engineer. To answer a couple of questions: the grant money was not released until October, so a summer start wasn't possible this year. Most of the deck work is done in the contractor's shop, not on site, so the cold weather matters less than you might think. The creek path on the west side will stay open."),
    ("Linda Farraday", "Friday, 22 November 2024 11:20",
     "Thanks Priscilla, that's helpful and good to know about the path."),
    ("Gus Vandermeer", "Friday, 22 November 2024 12:45",
     "$640,000 for a bridge that carries maybe two hundred cars a day. I know it's historic and I know the grant pays most of it, but the grant is still our tax money, just from the state capital instead of from here. At some point somebody has to ask whether we keep pouring money into a wooden bridge or just build a modern one next to it and keep the old one for foot traffic. I'd rather have that conversation now than in another eight years when it needs doing again."),
    ("Marjorie Pell", "Friday, 22 November 2024 13:31",
     "Gus, with respect, the bridge is the reason half the people who visit this township come here at all. The fall festival, the photographers, the wedding pictures every weekend in October. You can't put a price on that, and if you could it would be more than $640,000. My family has lived on Tanner's Mill for four generations and I would chain myself to it before I'd watch them replace it with concrete."),
    ("Gus Vandermeer", "Friday, 22 November 2024 13:58",
     "Marjorie, I didn't say tear it down. I said keep it for walkers and build a second crossing for cars and trucks. That's what they did in Ashford County with two of theirs and people still take wedding pictures there. Anyway, no need for chains, I'm not the one making the decision."),
    ("Tom Kildare", "Friday, 22 November 2024 15:20",
     "Will the fire company be able to reach the houses on the east side quickly enough during the closure? That's my real concern. The detour is fine for a commute but three extra miles matters when your kitchen is on fire. I hope somebody has talked to the chief about staging a truck on that side."),
    ("Wendover VFC", "Friday, 22 November 2024 16:05",
     "Tom, we have an agreement with Copper Kettle Fire Co. to respond first to addresses east of the bridge for the duration of the closure. Their station is actually closer to most of those homes than ours is. Residents shouldn't notice any difference in response."),
    ("Bev Ostrowski", "Friday, 22 November 2024 18:44",
     "I drive a school bus route that crosses this bridge twice a day. The detour is doable but Copper Kettle Road is narrow and there are two blind curves past the Lindgren farm. If the township could get some of the brush cut back along there before December it would make a big difference for all of us, buses and everyone else."),
    ("Carl Mendenhall", "Saturday, 23 November 2024 07:12",
     "Has anyone thought about the businesses? The farm stand and the antique shop on the east side basically live off people crossing that bridge on weekends. Four months without the bridge in the slow season might be survivable, but if it runs into May it's going to hurt. Would be nice if the township put up some signs on the detour saying they're still open."),
    ("Anne-Marie Castellano", "Saturday, 23 November 2024 08:40",
     "Good point Carl. I'll suggest that at the supervisors meeting on the 26th. Maybe some of us could chip in for the signs if the township can't. I've bought my Christmas wreaths from that farm stand for twenty years and I don't intend to stop now."),
    ("Hank Sorensen", "Saturday, 23 November 2024 09:02",
     "Count me in for the signs. And thanks to Priscilla and the fire company for answering here. More of that would be welcome."),
]

body_html, gold = render(body_from(ARTICLE), {"p": "<p>{}</p>"})

comments = []
for i, (name, date, text) in enumerate(COMMENTS):
    paras_html = "".join("<p>%s</p>" % esc(t) for t in text.split("\n"))
    comments.append('<div class="comment-box even" id="comment-item-%d"><span class="comment-avatar"><img src="/components/com_jcomments/images/no_avatar.png" alt=""></span><div class="comment-info"><a class="comment-anchor" href="#comment-%d">#%d</a> <span class="comment-author">%s</span> <span class="comment-date">%s</span></div><div class="comment-body" id="comment-body-%d">%s</div><div class="comments-buttons"><a href="#" class="comment-quote">Quote</a> | <a href="#" class="comment-reply">Reply</a> | <a href="#" class="comment-report">Report to administrator</a></div><span class="comments-vote"><span class="vote-good">+%d</span></span></div>'
                    % (3310 + i, 3310 + i, i + 1, esc(name), date, 3310 + i, paras_html, rnd.randint(0, 14)))

css = css_blob(["header", "container-nav", "mod-menu", "com-content-article", "item-page", "jcomments", "comment-box", "comment-body", "sidebar-right", "moduletable", "footer"], 800, 3191)

html = """<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="author" content="Township Office">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{title} - Wendover Township</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4d1f1a" rel="stylesheet">
<style>{css}</style>
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Error","MESSAGE":"Message","NOTICE":"Notice","WARNING":"Warning","JCLOSE":"Close","JOK":"OK","JOPEN":"Open"}},"system.paths":{{"root":"","rootFull":"https:\\/\\/wendovertwp.org\\/","base":"","baseFull":"https:\\/\\/wendovertwp.org\\/"}},"csrf.token":"3f1b9c0d8e7a6b5c4d3e2f1a0b9c8d7e"}}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-118 has-sidebar-right">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Wendover Township">Wendover Township</span></a><div class="site-description">Official news and notices for the residents of Wendover Township</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav"><li class="nav-item item-101 default"><a href="/">Home</a></li><li class="nav-item item-118 current active"><a href="/news" aria-current="location">Township News</a></li><li class="nav-item item-119"><a href="/meetings">Meetings &amp; Minutes</a></li><li class="nav-item item-120"><a href="/roads">Roads</a></li><li class="nav-item item-121"><a href="/parks">Parks &amp; Recreation</a></li><li class="nav-item item-122"><a href="/permits">Permits &amp; Forms</a></li><li class="nav-item item-123"><a href="/contact">Contact</a></li></ul>
<div class="container-search"><div class="mod-finder js-finder-searchform form-search"><form action="/search" method="get" role="search"><label for="mod-finder-searchword" class="finder">Search</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" placeholder="Search ..."></form></div></div></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Home</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/news" class="pathway"><span>Township News</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{title}</span></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">{title}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by: <span itemprop="name">Township Office</span></dd><dd class="category-name">Category: <a href="/news/roads" itemprop="genre">Roads &amp; Bridges</a></dd><dd class="published"><time datetime="2024-11-21T14:00:00+00:00" itemprop="datePublished">Published: 21 November 2024</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:1874">Hits: 1874</dd></dl>
<figure class="left item-image"><img src="/images/news/elm-hollow-bridge.jpg" itemprop="image" alt="Elm Hollow covered bridge" width="640" height="427"><figcaption class="caption">The Elm Hollow covered bridge on Tanner's Mill Road, built in 1871.</figcaption></figure>
<div itemprop="articleBody" class="com-content-article__body">
{body}
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-4 tag-list0"><a href="/tags/roads" class="btn btn-sm btn-info">Roads</a></li><li class="list-inline-item tag-9 tag-list1"><a href="/tags/covered-bridges" class="btn btn-sm btn-info">Covered bridges</a></li></ul>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/news/leaf-collection-schedule" rel="prev"><span class="visually-hidden">Previous article: Leaf collection schedule extended through December 13</span> Prev</a><a class="btn btn-sm btn-secondary next" href="/news/holiday-office-hours" rel="next"><span class="visually-hidden">Next article: Township office holiday hours</span> Next</a></span></nav>
</div>
<div id="jc"><div id="comments"><h4>Comments <a class="rss" href="/component/jcomments/feed/com_content/212" title="RSS feed for comments to this post">RSS</a> <a class="refresh" href="#" title="Refresh comments list">Refresh</a></h4>
<div class="comments-list" id="comments-list-0">{comments}</div>
<div id="comments-list-footer"><a class="refresh" href="#">Refresh comments list</a></div></div>
<a id="addcomments" href="#addcomments"></a>
<form id="comments-form" name="comments-form" action="javascript:void(null);"><h4>Add comment</h4>
<p><span><input id="comments-form-name" type="text" name="name" maxlength="20" size="22"><label for="comments-form-name">Name (required)</label></span></p>
<p><span><input id="comments-form-email" type="text" name="email" size="22"><label for="comments-form-email">E-mail (required, but will not display)</label></span></p>
<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8"></textarea></span></p>
<p><span><input class="checkbox" id="comments-form-subscribe" type="checkbox" name="subscribe" value="1"><label for="comments-form-subscribe">Notify me of follow-up comments</label></span></p>
<p><span><img class="captcha" src="/component/jcomments/captcha/31415" width="121" height="60" alt="Security code"><span class="captcha-reload" title="Refresh">Refresh</span><input class="captcha" id="comments-form-captcha" type="text" name="captcha_refid" value="" size="5"></span></p>
<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" title="Send (Ctrl+Enter)">Send</a></div></div><div class="btn" id="comments-form-cancel" style="display:none;"><div><a href="#" title="Cancel">Cancel</a></div></div></div></form>
<div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div></div>
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Upcoming meetings</h3><div class="card-body"><ul class="mod-list"><li>Board of Supervisors &ndash; Tue, Nov 26, 7:00 pm</li><li>Planning Commission &ndash; Wed, Dec 4, 7:30 pm</li><li>Parks Board &ndash; Mon, Dec 9, 6:30 pm</li></ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Latest news</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list"><li><a href="/news/leaf-collection-schedule">Leaf collection schedule extended through December 13</a></li><li><a href="/news/holiday-office-hours">Township office holiday hours</a></li><li><a href="/news/burn-ban-lifted">County burn ban lifted after weekend rain</a></li></ul></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>Wendover Township, 410 Church Road, Wendover. Office hours Monday&ndash;Friday 8:00 am to 4:00 pm.</p><p>&copy; 2024 Wendover Township</p></div></footer>
<script src="/media/com_jcomments/js/jcomments-v2.3.js?v=12"></script>
</body>
</html>""".format(
    title=esc(TITLE), css=css, body=body_html, comments="".join(comments),
)

save(PID, html, gold)
