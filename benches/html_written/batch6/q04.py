"""q04 - English (US). Local TV station news site, Next.js front end (CSS-module class names, story also in __NEXT_DATA__), with a server-rendered community comment widget.

Length: short news brief, 5 paragraphs, about 170 words (shorter than the
batch's usual 350-word floor on purpose: the brief asked for a brief).

Furniture: station header with live-stream button, weather chip and nav,
alert banner, headline, byline/time line, share buttons, "Copyright 2025 by
KQWT - All rights reserved." line after the text, "Latest News" rail; then a
long community thread: "Comments (17)", "Log in to comment" prompt with
community guidelines, sort tabs (Best / Newest / Oldest), 17 comments
(author, "3h ago"-style times, text, "Reply", up/down vote counts, six
nested replies, one "This comment was removed by a moderator."), "Show more
comments", footer with FCC public file links.

Failure kind: everything kept - the comments hold several times more text
than the brief, in similar-length paragraphs right below it.

Gold choices: the dateline "BRACKEN FALLS, Ore. (KQWT) -" opening the first
paragraph is body; the copyright line is not; no comment is body.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(604)

TITLE = "Water main break closes part of Alder Street in Bracken Falls; repairs could take two days"

TEXT = """
BRACKEN FALLS, Ore. (KQWT) - A 16-inch water main broke under Alder Street early Wednesday, flooding two blocks and closing the road between Fourth and Seventh avenues, city officials said.

Crews shut off the line around 5:40 a.m., about an hour after a passing delivery driver reported water bubbling through the pavement near the Alder Street Market. No injuries were reported, though at least three basements on Fifth Avenue took on water.

About 140 homes and businesses were without water for most of the morning. Service had been restored to all but 22 customers by 1 p.m., according to the Bracken Falls Public Works Department.

Public works director Helena Vasko said the cast-iron pipe was installed in 1958 and is on the city's list for replacement next year. Repairs and repaving could keep the street closed through Friday.

Drivers are asked to use Birch or Cedar streets instead. Customers who notice discolored water once service returns should run their cold taps for a few minutes, the city said.
"""

spec = body_from(TEXT)
body_html, gold = render(spec, {"p": '<p class="ArticleBody_paragraph__Xk2p9">{}</p>'})

C = [
    # (name, ago, text, up, down, depth)
    ("RiverRatDave", "6h ago", "That pipe has been leaking for months. You could see the wet spot on the asphalt in front of the market every morning all summer. Nobody listened.", 48, 3, 0),
    ("hvasko_fan_not", "5h ago", "Same thing on Fir last spring. The city fixes one pipe and the next one over goes a month later.", 21, 1, 1),
    ("Marlene T.", "6h ago", "Our basement on Fifth got about four inches. The crew was very kind and helped us move boxes, I will say that. Still waiting to hear who pays for the cleanup.", 37, 0, 0),
    ("Jorge Baltierra", "5h ago", "Call the city's claims line, they had a form for the Fir Street break last year. Took them two months but they paid.", 19, 0, 1),
    ("Marlene T.", "5h ago", "Thank you Jorge, I will.", 6, 0, 1),
    ("PDXtoBF", "5h ago", "1958! And we just approved a bond for a new city hall annex. Priorities.", 64, 12, 0),
    ("SammyK", "4h ago", "The annex money can't legally be used for water lines, it's a separate fund. Water rates pay for pipes. Not defending the annex, just saying.", 29, 8, 1),
    ("PDXtoBF", "4h ago", "Then raise the water rates a little and replace the old pipes before they explode. I would rather pay five bucks more a month than deal with this.", 22, 4, 1),
    ("[deleted]", "4h ago", None, 0, 0, 0),
    ("Dee from Cedar", "4h ago", "Heads up for anyone commuting: Cedar is backed up all the way to the bridge now because everyone is detouring. Give yourself an extra 15 minutes.", 31, 0, 0),
    ("bikerbrad", "3h ago", "Or ride a bike through it. I went around on the sidewalk on Birch, took about two minutes.", 4, 17, 0),
    ("Old Mill Neighbor", "3h ago", "Does anyone know if the Alder Street Market is open? I need to pick up a prescription from the pharmacy counter in there.", 8, 0, 0),
    ("KQWT Community", "3h ago", "The market posted on its page that it is open, with the entrance on Sixth Avenue while Alder is closed.", 15, 0, 1),
    ("TomInBrackenFalls", "2h ago", "Props to the delivery driver who called it in at 4:30 in the morning. Could have been a lot worse if it ran until rush hour.", 53, 0, 0),
    ("Gwen Ostrowski", "2h ago", "Still no water on our end of Seventh. Kids cannot shower before school tomorrow if this keeps up. Is the city handing out bottled water anywhere?", 12, 0, 0),
    ("not_a_plumber", "1h ago", "Run your cold tap when it comes back like they said. Our water was brown for a day after the last one and it stained a load of white laundry.", 9, 0, 0),
    ("Lydia Ferraro", "47m ago", "Every year it's a different street. At some point this city has to make a real plan for the whole system instead of patching one break at a time.", 26, 2, 0),
]

cm = []
for i, (name, ago, text, up, down, depth) in enumerate(C):
    cid = rnd.randint(10 ** 8, 10 ** 9)
    if text is None:
        inner = '<div class="Comment_removed__q1Tz0">This comment was removed by a moderator.</div>'
    else:
        inner = ('<div class="Comment_header__b7LmA"><span class="Comment_avatar__s2Jd0" aria-hidden="true">%s</span><span class="Comment_author__9rWxe">%s</span>'
                 '<time class="Comment_time__Fa8cE">%s</time></div><div class="Comment_body__RkP3u"><p>%s</p></div>'
                 '<div class="Comment_actions__Wm4yh"><button class="Comment_reply__u9QpZ" type="button">Reply</button>'
                 '<button class="Vote_up__Gh21k" type="button" aria-label="Upvote"><svg aria-hidden="true" width="14" height="14"><use href="#icon-up"></use></svg><span class="Vote_count__p0Ld3">%d</span></button>'
                 '<button class="Vote_down__Zx71m" type="button" aria-label="Downvote"><svg aria-hidden="true" width="14" height="14"><use href="#icon-down"></use></svg><span class="Vote_count__p0Ld3">%d</span></button>'
                 '<button class="Comment_more__dE6aP" type="button" aria-label="More options">&#8230;</button></div>'
                 % (esc(name[0]), esc(name), ago, esc(text), up, down))
    cm.append('<li class="CommentList_item__H8gk2%s" id="comment-%d" data-depth="%d"><article class="Comment_root__Lq9s2">%s</article></li>'
              % (" CommentList_reply__T5nD1" if depth else "", cid, depth, inner))

latest = ["Bracken Falls school board picks interim superintendent",
          "Crash on Highway 22 near Lost Creek sends two to hospital",
          "Salem lawmakers take up rural broadband bill",
          "Forecast: Dry, breezy weekend before rain returns Monday",
          "Bracken Falls High robotics team heads to state finals"]

NEXT = {"props": {"pageProps": {"story": {"id": "KQWT-20251015-alder-main-break", "headline": TITLE, "section": "local-news",
        "byline": [{"name": "Carmen Delacroix-Pike"}], "publishedAt": "2025-10-15T20:12:00Z",
        "body": [{"type": "paragraph", "text": g} for g in gold]}, "commentsCount": len(C)}, "__N_SSP": True},
        "page": "/[section]/[slug]", "query": {"section": "local-news", "slug": slug(TITLE)}, "buildId": "qT8xK0m2wY1Zp4", "isFallback": False, "gssp": True, "scriptLoader": []}

page = """<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>%(title_e)s | KQWT News 9</title>
<meta name="description" content="A water main break flooded two blocks of Alder Street early Wednesday."/>
<meta property="og:title" content="%(title_e)s"/><link rel="canonical" href="https://www.kqwt9.com/local-news/%(slug)s"/>
<link rel="preload" href="/_next/static/css/4b1f0e2a9c7d1e33.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4b1f0e2a9c7d1e33.css" data-n-g=""/>
<style data-emotion="css-global">%(css)s</style>
%(ld)s
<script src="/_next/static/chunks/webpack-9a0b3c2d8e7f6a51.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/pages/%%5Bsection%%5D/%%5Bslug%%5D-7f31a8c4d2e9b610.js" defer=""></script>
</head><body><div id="__next">%(svg)s
<header class="SiteHeader_root__m1Kq7"><div class="SiteHeader_top__x7TgQ"><a class="SiteHeader_logo__P2sv8" href="/" aria-label="KQWT News 9 home"><img src="/logo-kqwt.svg" alt="KQWT News 9" width="120" height="36"/></a>
<a class="SiteHeader_live__Wd30c" href="/live">Watch Live</a><div class="WeatherChip_root__Ks8d1"><span>Bracken Falls</span> <span>54&#176;</span></div></div>
<nav class="MainNav_root__a8Yj3" aria-label="Main"><ul class="MainNav_list__Rz5Vn">%(nav)s</ul></nav></header>
<div class="AlertBanner_root__e2Nw4" role="region" aria-label="Alert"><strong>Traffic Alert</strong> <a href="/traffic">Alder Street closed between Fourth and Seventh avenues</a></div>
<main class="StoryPage_main__hQ4r1"><div class="StoryPage_grid__Bv8wP"><article class="StoryPage_article__Zy3cM">
<div class="StoryHeader_root__G0pLs"><a class="StoryHeader_section__c7Uf2" href="/local-news">Local News</a><h1 class="StoryHeader_headline__nT4Ab">%(title_e)s</h1>
<div class="StoryHeader_meta__yQ8xR"><span class="StoryHeader_author__Y2kG6">By <a href="/staff/carmen-delacroix-pike">Carmen Delacroix-Pike</a></span><time class="StoryHeader_time__Jc0aS" dateTime="2025-10-15T20:12:00Z">Published: Oct. 15, 2025 at 1:12 PM PDT</time></div>
<div class="ShareBar_root__V3dM1"><button class="ShareBar_btn__k8Zs2" aria-label="Share on Facebook">Facebook</button><button class="ShareBar_btn__k8Zs2" aria-label="Share on X">X</button><button class="ShareBar_btn__k8Zs2" aria-label="Share via Email">Email</button><button class="ShareBar_btn__k8Zs2" aria-label="Copy link">Copy Link</button></div></div>
<div class="ArticleBody_root__T3hwq">
%(body)s
<p class="ArticleBody_copyright__W1ysx">Copyright 2025 by KQWT - All rights reserved.</p>
</div>
<section class="Comments_root__p5Vh8" id="comments" aria-labelledby="comments-heading"><div class="Comments_header__Q4bn2"><h2 id="comments-heading" class="Comments_title__Mt1Xw">Comments (%(ncm)d)</h2>
<div class="Comments_login__Rk4sA"><p>Join the conversation. Please keep it civil and on topic. Read our <a href="/community-guidelines">community guidelines</a>.</p><button class="Button_primary__b3Qe1" type="button">Log in to comment</button> <span>or</span> <a href="/register">Create a free account</a></div>
<div class="Comments_sort__y9Hc3" role="tablist"><button role="tab" aria-selected="true">Best</button><button role="tab" aria-selected="false">Newest</button><button role="tab" aria-selected="false">Oldest</button></div></div>
<ol class="CommentList_root__d0Wq6">%(comments)s</ol>
<button class="Comments_more__V7gn9" type="button">Show more comments</button></section>
</article>
<aside class="StoryPage_rail__Ua2Xe"><section class="LatestRail_root__r1Ft5"><h2 class="LatestRail_title__Bq3o0">Latest News</h2><ul>%(latest)s</ul></section>
<div class="AdSlot_root__Gf7kE"><span class="AdSlot_label__n2Ka9">Advertisement</span><div id="gpt-rail-1"></div></div></aside>
</div></main>
<footer class="SiteFooter_root__J8pz3"><ul class="SiteFooter_links__w6Lx0">%(footer)s</ul><p>KQWT News 9 &#183; 1200 Mill Race Road, Bracken Falls, OR</p><p>&#169; 2025 KQWT Broadcasting. All rights reserved.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">%(next)s</script>
<script>%(js)s</script>
</body></html>
""" % {
    "title_e": esc(TITLE), "slug": slug(TITLE),
    "css": css_blob(["SiteHeader", "StoryHeader", "ArticleBody", "Comment", "CommentList", "Vote", "LatestRail", "ShareBar", "MainNav"], 260, 6041),
    "ld": ld_article(TITLE, "Carmen Delacroix-Pike", "2025-10-15T20:12:00Z", "KQWT News 9", section="Local News"),
    "svg": svg_sprite(["up", "down", "play", "share", "search"], 6042),
    "nav": link_items(["Local News", "Weather", "Traffic", "Oregon", "Sports", "Investigates", "Community", "Contests", "Watch Live"],
                      '<li><a class="MainNav_link__f3Wb7" href="{href}">{text}</a></li>', "/"),
    "body": body_html, "ncm": len(C), "comments": "".join(cm),
    "latest": teaser_items(rnd, latest, '<li class="LatestRail_item__Kx9d2"><a href="{href}">{text}</a></li>', "/local-news/"),
    "footer": link_items(["Contact Us", "Careers", "FCC Public File", "FCC Applications", "EEO Report", "Closed Captioning", "Advertise", "Privacy Policy", "Terms of Use"],
                         '<li><a href="{href}">{text}</a></li>', "/"),
    "next": json_state(NEXT),
    "js": js_blob(6043, 70, "__kqwt"),
}

save("q04", page, gold)
