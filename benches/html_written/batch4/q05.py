"""q05 - English (Nigeria), WordPress news theme (tdb/Newspaper-like).

Ordinary flood story with an embedded tweet (its text and attribution
line are gold, as in the benchmark), "READ ALSO" links, ads, a reader
comment list and reply form, "Copyright" notice.
"""
import random
from common import *

PID = "q05"
rnd = random.Random(405)

HEADLINE = "Flood: 3,000 displaced as Ekpe River overflows in Oduna communities"

TEXT = """
No fewer than 3,000 residents of six communities in Ilemo Local Government Area of Oduna State have been displaced after the Ekpe River overflowed its banks following two days of heavy rainfall.

Farmlands, a health centre and at least two primary schools were submerged in Ilemo, Okeodan and Agbaje-Oke on Sunday, while a section of the road linking Ilemo to the state capital, Ife-Oduna, was washed away, cutting off several villages.

The Executive Secretary of the Oduna State Emergency Management Agency, Mrs. Folasade Adeyemi-Bello, who visited the affected areas on Monday, said the agency had opened two camps at the Ilemo Town Hall and St. Paul's Anglican Primary School for those who lost their homes.

She said, "Our teams have been on ground since Sunday night. So far, we have registered 3,112 persons in the camps, including 640 children. Relief materials, mattresses and food items are arriving, and we have medical personnel at both camps."
"""

TEXT2 = """
Adeyemi-Bello urged residents living close to the river to relocate to higher ground, warning that more rainfall had been predicted for the area this week.

A farmer in Okeodan, Mr. Tunde Olagunju, told our correspondent that his two-hectare cassava and maize farm had been completely destroyed.

"Everything is under water. I borrowed money to plant this season and now I don't know how I will pay back. We are begging the government to come to our aid," he said.

The chairman of Ilemo LGA, Hon. Kehinde Fashola-Ige, said the council had written to the state government requesting the dredging of the river and the construction of a drainage channel, adding that the communities had suffered similar flooding in 2020 and 2022.

It was gathered that the state Commissioner for Environment, Dr. Chinedu Okafor-Lawal, is expected to lead a team of engineers to the area on Wednesday to assess the damage to the road and the river banks.
"""

TWEET_P = ("Our teams are at Ilemo and Okeodan with relief items. Residents near the Ekpe River, please move to higher ground. "
           "Emergency line: 0800-ODSEMA. #OdunaFloods")
TWEET_A = "— ODSEMA (@OdunaSEMA) September 8, 2024"
tweet = ('<blockquote class="twitter-tweet" data-width="500"><p lang="en" dir="ltr">%s <a href="https://t.co/xY7Qm2LpVa">pic.twitter.com/xY7Qm2LpVa</a></p>'
         '%s <a href="https://twitter.com/OdunaSEMA/status/1832800000000000001">September 8, 2024</a></blockquote>'
         '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>') % (
    esc(TWEET_P).replace("#OdunaFloods", '<a href="https://twitter.com/hashtag/OdunaFloods">#OdunaFloods</a>'),
    "&mdash; ODSEMA (@OdunaSEMA)")

body = body_from(TEXT)
body.insert(2, ("raw", '<p><strong>READ ALSO:</strong> <a href="https://clarion.example.ng/2024/09/nihsa-warns-of-floods-in-18-states/">NIHSA warns of floods in 18 states, lists high-risk areas</a></p>'))
body.append(("rawgold", (tweet, [TWEET_P + " pic.twitter.com/xY7Qm2LpVa", TWEET_A])))
b2 = body_from(TEXT2)
b2.insert(3, ("raw", '<div class="code-block code-block-3" style="margin:8px auto;text-align:center"><span class="ad-label">Advertisement</span><ins class="adsbygoogle" data-ad-slot="7733"></ins></div>'))
b2.insert(4, ("raw", '<p><strong>READ ALSO:</strong> <a href="https://clarion.example.ng/2024/08/farmers-count-losses-as-rain-destroys-crops/">Farmers count losses as rain destroys crops in North-Central</a></p>'))
body_html, gold = render(body + b2, {"p": "<p>{}</p>"})

nav = ["Home", "News", "Politics", "Metro Plus", "Business", "Sports", "Entertainment", "Editorial", "Columnists",
       "Health", "Education", "Opinion", "Features", "Interview", "Videos"]
latest = ["Tinubu-era bill on state police passes second reading", "Naira gains at official window as FX inflow rises",
          "NPFL: Oduna United hold Rangers in Ife-Oduna", "Police arrest suspected kidnappers in Ilemo forest",
          "Students protest hike in acceptance fees", "Fuel queues return to Abuja filling stations"]

comments = [
    ("Adebayo K.", "September 9, 2024 at 7:14 am", "Every year it is the same story. They should dredge this river once and for all instead of waiting for the next flood."),
    ("Ngozi", "September 9, 2024 at 8:02 am", "May God comfort the families. Government should also pay attention to the children in the camps, schools are resuming soon."),
    ("Concerned Citizen", "September 9, 2024 at 10:41 am", "The road to Ife-Oduna has been bad since 2022. Now it has washed away completely. Who will fix it?"),
]
cm_html = "".join('<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">%s</b> <span class="says">says:</span>'
                  '<div class="comment-metadata"><a href="#"><time>%s</time></a></div></footer><div class="comment-content"><p>%s</p></div>'
                  '<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>' % (esc(a), esc(d), esc(t)) for a, d, t in comments)

page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8"><title>{esc(HEADLINE)} - The Clarion</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel='stylesheet' id='td-theme-css' href='https://clarion.example.ng/wp-content/themes/Newspaper/style.css?ver=12.6' media='all'>
<style>{css_blob(["td-module", "td-post", "tdb-block", "td_block", "tdc-row", "td-pb-span", "comment", "td-header"], 460, 4051)}</style>
{ld_article(HEADLINE, "Bola Akintoye", "2024-09-09T06:30:00+01:00", "The Clarion", section="News")}
<script>{js_blob(4052, 130, "tdLocal")}</script>
</head>
<body class="post-template-default single single-post postid-812244 td-standard-pack">
<div class="td-header-top-menu"><span class="td_data_time">Monday, September 9, 2024</span>
<ul class="top-header-menu">{link_items(["Advertise With Us", "Contact Us", "Privacy Policy", "Subscribe"], prefix="/")}</ul></div>
<div class="td-header-menu-wrap"><a class="td-logo" href="/">The Clarion</a>
<ul id="menu-main-menu" class="sf-menu">{link_items(nav, item='<li class="menu-item"><a href="{href}">{text}</a></li>', prefix="/category/")}</ul></div>
<div class="td-trending-now-wrapper"><div class="td-trending-now-title">Trending Now</div>
<div class="td-trending-now-display-area">{link_items(latest[:4], item='<div class="td-trending-now-post"><a href="{href}">{text}</a></div>', prefix="/2024/09/")}</div></div>
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content">
<article id="post-812244" class="post-812244 post type-post status-publish">
<div class="td-post-header"><ul class="td-category"><li><a class="td-post-category" href="/category/news/">News</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(HEADLINE)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/bakintoye/">Bola Akintoye</a></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-09-09T06:30:00+01:00">9th September 2024</time></span>
<div class="td-post-comments"><a href="#comments">3</a></div><div class="td-post-views"><span>2,481</span></div></div></header></div>
<div class="td-post-sharing-top"><span class="td-social-share-text">Share</span><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Telegram</a><a href="#">Linkedin</a></div>
<div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2024/09/Ilemo-flood.jpg" alt=""><figcaption class="wp-caption-text">Flooded street in Ilemo. Photo: Bola Akintoye</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{body_html}
<p class="copyright-notice"><em>Copyright The Clarion. All rights reserved. No part of this material may be published, broadcast, rewritten or redistributed in full or in part without prior written permission. Contact: editor@clarion.example.ng</em></p>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{link_items(["Flood", "ODSEMA", "Oduna State", "Ilemo"], prefix="/tag/")}</ul></div>
<div class="td-post-sharing-bottom"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a></div>
<div class="td-block-row td-post-next-prev"><div class="td-post-prev-post"><span>Previous article</span><a href="/2024/09/naira-gains/">Naira gains at official window as FX inflow rises</a></div>
<div class="td-post-next-post"><span>Next article</span><a href="/2024/09/state-police-bill/">State police bill passes second reading</a></div></div>
<div class="author-box-wrap"><a href="/author/bakintoye/"><img src="/avatar.jpg" alt=""></a><div class="desc"><div class="td-author-name vcard author"><a href="/author/bakintoye/">Bola Akintoye</a></div><div class="td-author-description">Bola Akintoye reports on the South-West states for The Clarion.</div></div></div></footer>
<div class="td_block_related_posts"><h4 class="td-related-title"><a href="#" class="td-related-left td-cur-simple-item">RELATED ARTICLES</a><a href="#" class="td-related-right">MORE FROM AUTHOR</a></h4>
{teaser_items(rnd, ["NIHSA warns of floods in 18 states, lists high-risk areas", "Farmers count losses as rain destroys crops in North-Central", "Oduna govt begins clearing of drainage channels"], '<div class="td-related-span4"><h3 class="entry-title td-module-title"><a href="{href}">{text}</a></h3></div>', "/2024/09/")}</div>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>3 COMMENTS</span></h4></div>
<ol class="comment-list">{cm_html}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div>
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment"></textarea></div>
<div class="comment-form-input-wrap td-form-author"><input placeholder="Name:*" name="author" type="text"></div>
<div class="comment-form-input-wrap td-form-email"><input placeholder="Email:*" name="email" type="text"></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox"><label for="wp-comment-cookies-consent">Save my name and email in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</article></div>
<div class="td-pb-span4 td-main-sidebar"><aside class="widget"><div class="block-title"><span>LATEST NEWS</span></div><ul>{link_items(latest, prefix="/2024/09/")}</ul></aside>
<aside class="widget"><span class="ad-label">Advertisement</span><ins class="adsbygoogle"></ins></aside></div>
</div></div></div>
<div class="td-footer-wrapper"><div class="footer-logo"><a href="/">The Clarion</a></div>
<div class="footer-text-wrap">The Clarion is an independent Nigerian newspaper founded to report without fear or favour.</div>
<ul class="td-footer-menu">{link_items(["About Us", "Advertise", "Contact Us", "Privacy Policy", "Terms", "Careers", "Corrections"], prefix="/")}</ul></div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">&copy; 2024 The Clarion Newspapers Ltd. All Rights Reserved.</div></div>
<script>{js_blob(4053, 60, "tdWeather")}</script>
</body></html>"""

save(PID, page, gold)
