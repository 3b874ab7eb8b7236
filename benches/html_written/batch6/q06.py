"""q06 - English (US), local daily on a Next.js front end (Arc-XP-like, hashed
CSS-module class names, story also serialised in __NEXT_DATA__).

Length: about 610 words of body.
Furniture: top nav, breaking bar, and - BEFORE the article in the HTML - a
comment drawer rendered server-side with a long block of sign-in lines
("Sign in to join the conversation", "Already a subscriber? Log in",
"Create a free account", terms/privacy/community-guideline links, comment
count) and a "Trending now" list of eight headlines; then the headline,
standfirst, byline, date, share icons, lead image with caption and credit,
body (one in-body "ADVERTISEMENT" slot), topic tags, author bio, "More in
Local" teasers, newsletter box, footer.
Gold choices: the dateline "MARLOW CREEK -" opening paragraph 1 is body;
the closing italic note "Staff writer Dana Okafor contributed to this
report." is body (it is inside the story and written as part of it); the
standfirst, image caption and the comment/trending blocks are not.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(606)

HEADLINE = "Council backs $4.2 million plan to turn Fenwick Street armory into youth sports hall"
DEK = "The 1931 building has sat empty for eleven years. Neighbors who fought a storage-unit proposal now say they will watch the budget closely."
AUTHOR = "Lorraine Whitcombe"
DATE = "2025-03-19T21:14:00-05:00"

TEXT = """
MARLOW CREEK - The Fenwick Street armory, a brick hulk that has been boarded up since the county's National Guard detachment moved out in 2014, will become an indoor sports hall for young people under a plan the City Council approved 6-1 on Tuesday night.

The $4.2 million project would convert the armory's drill floor into two full-size basketball courts that can also be lined for volleyball and futsal, add a climbing wall in the old vehicle bay and turn the second-floor offices into study rooms and a small kitchen. City staff expect construction to start in the fall and the hall to open in spring 2027.

"This building has been a sore thumb for a decade," said council member Harold Benavides, whose ward includes the armory. "Tonight it becomes something kids in this neighborhood will walk to. That is the whole point."

## Where the money comes from

About half of the cost, $2.1 million, will come from the city's share of a state recreation grant awarded in January. The Dunmore County Community Foundation has pledged $750,000, and the rest is to be covered by a bond the city already issued in 2022 for park improvements, according to a memo from finance director Priya Raman.

Raman told the council that operating costs, estimated at $310,000 a year, would be paid from the parks department budget and from court rental fees charged to adult leagues on weekday evenings. Youth programs run by the city would use the courts free of charge.

Council member Gail Thornbury, who cast the only vote against the plan, said she supported the idea but not the numbers. "We have seen renovation estimates for old buildings double once the walls are opened," she said. "I would rather we spend another three months on a proper structural survey than promise families a date we cannot keep."

## A long fight over the block

The vote closes a chapter that began in 2019, when a developer proposed tearing down the armory and building a self-storage complex on the site. More than 200 residents signed a petition against that plan, and the council rejected a rezoning request the following year.

Several of those residents spoke on Tuesday. Beatriz Solano, who has lived across the street from the armory for 27 years, said she was glad to see the building saved but wanted lighting and traffic calming on Fenwick Street before the hall opens.

"You put two basketball courts in there and you will have cars parked on both sides until ten at night," Solano said. "We are not against it. We just want to be asked before the parking problem shows up, not after."

City engineer Tomas Velde said a traffic study would be part of the design phase and that the city was looking at using a vacant lot behind the building, owned by the school district, for about 40 parking spaces.

## What happens next

The council's approval allows the city to hire an architect and begin the structural survey Thornbury asked for. Staff said the survey would be done before any construction contract goes out to bid, and that the council would see updated cost figures at that point.

The city also plans two public meetings this spring at the Riverside branch library to collect ideas about programming. Parks director Simone Achterberg said teenagers had already asked for late-night hours on Fridays and a space for a robotics club.

"If it turns out we need to change the layout because of what kids tell us, this is the moment to do it," Achterberg said.

The first meeting is scheduled for April 8 at 6:30 p.m.

Staff writer Dana Okafor contributed to this report.
"""

C = "Article_"  # css-module-ish prefix
spec = body_from(TEXT)
# an in-body ad slot after the 5th block
spec.insert(5, ("raw", '<div class="ArcAd_wrapper__k2Hq1" data-ad="mid1"><p class="ArcAd_label__u8Ta0">ADVERTISEMENT</p><div id="ad-mid1" style="min-height:250px"></div></div>'))
# last paragraph (contributor note) in italics inside a paragraph
last = spec[-1]
spec[-1] = ("rawgold", ('<p class="%sbodyText__Zq81m"><i>%s</i></p>' % (C, esc(last[1])), [last[1]]))
tpl = {
    "p": '<p class="%sbodyText__Zq81m" data-type="text">{}</p>' % C,
    "h2": '<h2 class="%ssubhead__Pp2xL">{}</h2>' % C,
}
body_html, gold = render(spec, tpl)

trending = [
    "Police identify driver in Route 9 crash that closed both lanes for five hours",
    "Marlow Creek schools to add two snow make-up days in June",
    "Longtime owner of Holloway's Diner is selling, but the pie stays, buyer says",
    "Photos: Ice jam on the Tessel River draws crowds to the Main Street bridge",
    "County jail reaches capacity for third time this winter",
    "High school wrestling: Dunmore Central sends five to state finals",
    "New roundabout at Birch and Quarry opens a month early",
    "Letter: The library levy is worth every penny",
]
trend_html = teaser_items(rnd, trending,
    '<li class="Trending_item__3dQn0"><span class="Trending_num__0aa1c"></span><a href="{href}" class="Trending_link__q1Lx9">{text}</a></li>',
    prefix="/news/local/")

comment_block = """
<section class="Comments_drawer__r7Yw2" aria-label="Comments" data-open="false">
 <div class="Comments_header__9hHs1"><h2 class="Comments_title__Zk3e8">Comments</h2><span class="Comments_count__a1B2c">14 comments</span></div>
 <div class="Comments_gate__x0P2q">
  <p class="Comments_gateTitle__Ll0qs">Sign in to join the conversation</p>
  <p class="Comments_gateText__bD2n4">Commenting is available to subscribers and registered readers.</p>
  <div class="Comments_gateButtons__7fGh1"><a class="Btn_primary__Qw8e2" href="/account/login/?return=comments">Log in</a><a class="Btn_secondary__Rt5y6" href="/account/register/">Create a free account</a></div>
  <p class="Comments_gateText__bD2n4">Already a subscriber? <a href="/account/login/">Log in</a> to link your subscription.</p>
  <p class="Comments_gateText__bD2n4">Don't have a subscription? <a href="/subscribe/?src=comments">Subscribe now</a> for unlimited access.</p>
  <p class="Comments_legal__uJ4kq">By commenting, you agree to our <a href="/terms-of-use/">Terms of Use</a>, <a href="/privacy-policy/">Privacy Policy</a> and <a href="/community-guidelines/">Community Guidelines</a>.</p>
  <p class="Comments_legal__uJ4kq">Comments are reviewed by moderators and may take a few minutes to appear. We reserve the right to remove comments that are off-topic, abusive or promotional.</p>
  <p class="Comments_legal__uJ4kq">Need help? <a href="/help/commenting/">Read our commenting FAQ</a> or <a href="/contact/">contact customer service</a>.</p>
  <p class="Comments_legal__uJ4kq"><a href="/account/forgot-password/">Forgot your password?</a> &middot; <a href="/account/newsletters/">Manage notification settings</a></p>
 </div>
 <button class="Comments_close__Hj3k1" aria-label="Close comments">Close</button>
</section>
"""

more_local = [
    ("Tessel River ice jam eases after overnight rain", "Flood watch lifted for low-lying streets near the mill district."),
    ("Riverside library to extend Sunday hours", "The branch will open at noon starting in April, the board decided."),
    ("Planning board tables Quarry Road apartment plan", "Members asked for a second traffic count before voting."),
    ("Dunmore County fair names new manager", "Ellen Marchetti, a former 4-H leader, takes over in May."),
]
more_html = "".join(
    '<li class="Teaser_item__Ua91x"><a href="/news/local/%s/"><h3 class="Teaser_title__m4Ls8">%s</h3></a><p class="Teaser_blurb__Yt3p0">%s</p></li>'
    % (slug(t), esc(t), esc(s)) for t, s in more_local)

next_data = json_state({"props": {"pageProps": {"story": {
    "_id": "F3K2QLW7XBD5HNA4YV6R", "headline": HEADLINE, "subheadline": DEK,
    "byline": AUTHOR, "display_date": DATE, "section": "/news/local",
    "content_elements": [{"type": "text" if k == "p" else "header", "content": v} for k, v in spec if k in ("p", "h2")]}}},
    "page": "/[...slug]", "buildId": "b6q06-4c1e"})

css = css_blob(["Article", "Header", "Nav", "Trending", "Comments", "Teaser", "Footer", "Btn", "ArcAd"], 380, 6061)
js = js_blob(6062, 120, ns="__mcc")

page = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{headline} | The Marlow Creek Courier</title>
<meta name="description" content="{dek}">
<meta property="og:title" content="{headline}">
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.marlowcreekcourier.com/news/local/2025/03/19/fenwick-street-armory-youth-sports-hall/">
<style>{css}</style>
{ld}
</head>
<body>
<div id="__next">
<a class="Header_skip__1aZx9" href="#main">Skip to main content</a>
<header class="Header_root__Vb5s2">
 <div class="Header_top__Pp0a1"><a href="/" class="Header_logo__9Kq2d">The Marlow Creek Courier</a>
 <div class="Header_actions__Ee3r7"><a href="/subscribe/">Subscribe</a><a href="/account/login/">Sign In</a></div></div>
 <nav class="Nav_root__q8Zc1" aria-label="Sections"><ul>{nav}</ul></nav>
 <div class="Header_breaking__Tt7u3"><strong>Breaking</strong> <a href="/news/local/route-9-crash-update/">Route 9 reopened after morning crash near Lutz Road</a></div>
</header>
{comments}
<div class="Trending_root__c0Ww1" role="complementary" aria-label="Trending now"><h2 class="Trending_heading__Xx2m1">Trending now</h2><ol class="Trending_list__b8Nn3">{trend}</ol></div>
<main id="main" class="Article_layout__W0rq2">
<article class="Article_root__Hh2k7">
 <header class="Article_header__Yy0p3">
  <a class="Article_kicker__u7Rr4" href="/news/local/">Local News</a>
  <h1 class="Article_headline__L0o9a">{headline}</h1>
  <p class="Article_dek__Mm3q2">{dek}</p>
  <div class="Article_byline__Zz9w1">By <a href="/people/lorraine-whitcombe/">{author}</a> <span class="Article_timestamp__Nn1b2"><time datetime="{date}">March 19, 2025 at 9:14 p.m. CDT</time></span></div>
  <div class="Article_share__Gg4f6"><button aria-label="Share on Facebook"><svg><use href="#icon-facebook"/></svg></button><button aria-label="Share on X"><svg><use href="#icon-x"/></svg></button><button aria-label="Share via Email"><svg><use href="#icon-mail"/></svg></button><button aria-label="Copy link"><svg><use href="#icon-link"/></svg></button><button class="Article_commentsBtn__p1Q0s">14 Comments</button></div>
 </header>
 <figure class="Article_lead__Bb7v0"><img src="https://img.marlowcreekcourier.com/resizer/armory-fenwick-1200.jpg" alt="Brick armory building with boarded windows" width="1200" height="800">
  <figcaption class="Article_caption__Kk5t8">The Fenwick Street armory, built in 1931, has been empty since 2014. <span class="Article_credit__Jj2r1">(Lorraine Whitcombe / Courier)</span></figcaption></figure>
 <div class="Article_body__Ff6s3">
{body}
 </div>
 <div class="Article_tags__Sd8e4"><span>Topics:</span> <a href="/topics/city-council/">City Council</a> <a href="/topics/parks/">Parks</a> <a href="/topics/fenwick-street/">Fenwick Street</a></div>
 <div class="Article_author__Gg1w9"><img src="https://img.marlowcreekcourier.com/staff/whitcombe.jpg" alt=""><div><p class="Article_authorName__Oo3k1">Lorraine Whitcombe</p><p class="Article_authorBio__Rr6p0">Lorraine Whitcombe covers Marlow Creek city government and neighborhoods. She joined the Courier in 2016. Reach her at lwhitcombe@marlowcreekcourier.com.</p></div></div>
</article>
<section class="Teaser_rail__T5u1o"><h2>More in Local</h2><ul>{more}</ul></section>
<div class="Newsletter_box__Lm4x7"><h2>Get the Morning Courier</h2><p>The day's local headlines in your inbox by 6 a.m.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form><p class="Newsletter_fine__z0p1">You may unsubscribe at any time.</p></div>
</main>
<footer class="Footer_root__Qq8y3"><ul>{foot}</ul><p>&copy; 2025 The Marlow Creek Courier. All rights reserved.</p></footer>
</div>
{sprite}
<script id="__NEXT_DATA__" type="application/json">{next}</script>
<script>{js}</script>
</body></html>""".format(
    headline=esc(HEADLINE), dek=esc(DEK), author=esc(AUTHOR), date=DATE, css=css,
    ld=ld_article(HEADLINE, AUTHOR, DATE, "The Marlow Creek Courier", section="Local News", lang="en-US"),
    nav=link_items(["Local", "Crime", "Schools", "Sports", "Business", "Opinion", "Obituaries", "Weather", "eEdition"], prefix="/news/"),
    comments=comment_block, trend=trend_html, body=body_html, more=more_html,
    foot=link_items(["About Us", "Contact", "Advertise", "Careers", "Terms of Use", "Privacy Policy", "Cookie Settings", "Site Map"]),
    sprite=svg_sprite(["facebook", "x", "mail", "link", "search", "menu"], 6063), next=next_data, js=js)

save("q06", page, gold)
