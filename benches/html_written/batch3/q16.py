"""q16 - English, Newspack (WordPress) sports section, game story.

Stresses the wrong region: the theme's "above content" area puts a
"Most Popular" list and a row of teaser headlines before the story, and
Jetpack share bars with nine "Click to share on X (Opens in new window)"
links sit above and below it.  A box score table follows the story.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q16"
rnd = random.Random(316)

TITLE = "Kettering's late goal sends Port Wexley FC to first league final"

ARTICLE = """
For 87 minutes on Saturday night, it looked as if Port Wexley FC's best season would end the way so many of its others had, with a hard-working draw and a long bus ride home. Then Noor Kettering found a yard of space at the edge of the box.

The 19-year-old midfielder took one touch to settle a half-cleared corner and curled a shot inside the far post, giving Port Wexley a 2-1 win over Halden City in the second leg of the Coastal League semifinal and a 3-2 victory on aggregate.

The goal set off a celebration among the roughly 600 traveling fans packed behind the south goal at Marlowe Park, and it sent Port Wexley into the league final for the first time since the club was founded in 2009.

"I didn't really see it go in," Kettering said afterward, still in her socks on the edge of the field. "I just heard the noise from our end. That's the best sound I've ever heard in my life."

## A nervy first half

Port Wexley arrived with a 1-1 draw from the first leg and a clear plan: keep Halden City's wingers wide, stay compact and wait for set pieces. For most of the first half it worked, though the visitors rarely threatened at the other end.

Halden City broke through in the 38th minute. Winger Shona McAlister beat her defender on the left and cut the ball back for Ilse Brandauer, who finished low past goalkeeper Fiona Adebayo-Walsh from 10 yards.

Port Wexley coach Gideon Tramonti said he told his players at halftime that nothing had changed. "We were always going to have to score here," he said. "Now we just knew exactly how many."

## Substitutes change the game

Tramonti made two changes just before the hour, sending on forward Camila Oyelowo and defender Tess Marchbanks. Oyelowo's pace stretched the Halden back line almost immediately, and in the 64th minute she drew a foul from Halden captain Ruth Engstrom that earned a penalty.

Captain Delia Harrowgate converted it, sending the goalkeeper the wrong way to level the match at 1-1 and the aggregate score at 2-2.

The last half hour was played mostly in Port Wexley's half. Adebayo-Walsh made three strong saves, the best of them a diving stop on a Brandauer header in the 81st minute that Tramonti later called "the save of our season."

"Fiona kept us alive," Harrowgate said. "Everybody will talk about Noor's goal, and they should, but without Fiona there is no goal to talk about."

## Final set for next Saturday

Port Wexley will face defending champion Ardmore Rovers in the final next Saturday at Ardmore's Lantern Field. Rovers beat Kessock United 4-0 on aggregate in the other semifinal and have not lost a league match since April.

The teams split their two regular-season meetings, each winning at home. Tramonti said his team would not change its approach.

"Ardmore are the best team in this league. Everybody knows it," he said. "But we've beaten them once already this year, and finals are not about who was best in June."

The club said it would run additional supporter buses to Ardmore and that tickets for the away section would go on sale to season-ticket holders on Monday morning.
"""

body_html, gold = render(body_from(ARTICLE), {"p": "<p>{}</p>", "h2": '<h2 class="wp-block-heading">{}</h2>'})

def share(cls):
    nets = [("facebook", "Facebook"), ("x", "X"), ("reddit", "Reddit"), ("linkedin", "LinkedIn"), ("whatsapp", "WhatsApp"), ("telegram", "Telegram"), ("threads", "Threads"), ("bluesky", "Bluesky"), ("email", "Email")]
    items = []
    for k, n in nets:
        label = "Click to email a link to a friend" if k == "email" else "Click to share on %s" % n
        items.append('<li class="share-%s"><a rel="nofollow noopener noreferrer" data-shared="sharing-%s-88231" class="share-%s sd-button share-icon no-text" href="?share=%s" target="_blank"><span></span><span class="sharing-screen-reader-text">%s (Opens in new window)</span></a></li>' % (k, k, k, k, label))
    items.append('<li class="share-print"><a class="share-print sd-button share-icon no-text" href="#print"><span></span><span class="sharing-screen-reader-text">Click to print (Opens in new window)</span></a></li>')
    return '<div class="sharedaddy sd-sharing-enabled %s"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>%s<li class="share-end"></li></ul></div></div></div>' % (cls, "".join(items))

popular = [
    "Kettering's late goal sends Port Wexley FC to first league final",
    "High school football playoff brackets: Harbor Catholic earns top seed",
    "Wexley State names former assistant Dana Kilbride head basketball coach",
    "Marathon route changes announced for spring race",
    "Rowing club's new boathouse opens on the Anvers River",
    "Prep roundup: Seaforth girls volleyball sweeps into regional final",
]
teasers = [
    ("Column: Port Wexley FC has earned this. Now the city should show up", "Opinion"),
    ("Photos: Port Wexley fans celebrate in Halden", "Gallery"),
    ("Ardmore Rovers roll past Kessock to reach third straight final", "Soccer"),
    ("How Port Wexley built a contender on a shoestring budget", "Soccer"),
]

box = """<div class="wp-block-table box-score"><h3 class="box-score__title">Box score</h3><table><thead><tr><th>Team</th><th>1st</th><th>2nd</th><th>Final</th></tr></thead>
<tbody><tr><td>Port Wexley FC</td><td>0</td><td>2</td><td>2</td></tr><tr><td>Halden City</td><td>1</td><td>0</td><td>1</td></tr></tbody></table>
<p class="box-score__notes">Goals: PW — Harrowgate (pen.) 64', Kettering 88'; HC — Brandauer 38'. Saves: Adebayo-Walsh (PW) 6, Lindqvist (HC) 3. Yellow cards: Engstrom (HC) 63', Marchbanks (PW) 79'. Attendance: 3,412.</p></div>"""

css = css_blob(["site-header", "main-navigation", "above-content", "newspack-popular", "wp-block-newspack-blocks-homepage-articles", "entry", "sharedaddy", "box-score", "author-bio", "site-footer"], 1000, 3161)
js = js_blob(3162, 200, "newspack")

html = """<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; Port Wexley Tribune</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:title" content="{title}">
<style id="newspack-theme-inline-css">{css}</style>
<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
</head>
<body class="post-template-default single single-post postid-88231 single-format-standard wp-embed-responsive newspack-theme single-featured-image-default h-nsub h-db h-ll h-dh">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="page" class="site">
<header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper"><div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-secondary" class="secondary-menu"><li><a href="/about/">About</a></li><li><a href="/newsletters/">Newsletters</a></li><li><a href="/events/">Events</a></li><li><a href="/contact/">Contact</a></li></ul></nav></div><div class="newspack-reader__account-link"><a href="/my-account/">Sign in</a></div></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home">Port Wexley Tribune</a></div><a class="button donate-button" href="/donate/">Donate</a></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav id="site-navigation" class="main-navigation nav1" aria-label="Top Menu"><ul id="menu-primary" class="main-menu"><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li class="current-post-ancestor"><a href="/sports/">Sports</a></li><li><a href="/business/">Business</a></li><li><a href="/arts/">Arts</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li></ul></nav></div></div>
</header>
<div id="content" class="site-content">
<div class="above-content-widgets widget-area"><div class="wrapper">
<section class="widget newspack-popular"><h2 class="widget-title">Most Popular</h2><ol class="newspack-popular-list">{popular}</ol></section>
<section class="widget wp-block-newspack-blocks-homepage-articles"><h2 class="article-section-title">More Sports</h2><div class="teaser-row">{teasers}</div></section>
</div></div>
<section id="primary" class="content-area category-sports">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/sports/soccer/" rel="category tag">Soccer</a></span>
<h1 class="entry-title">{title}</h1>
<div class="newspack-post-subtitle">A 19-year-old midfielder's curler in the 88th minute settles a tense semifinal in Halden.</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="/wp-content/uploads/2023/02/mhale-80x80.jpg" class="avatar" height="80" width="80"></span><span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/mhale/">Marcus Hale</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2024-11-16T23:48:00-05:00">November 16, 2024</time></span></div>
{share_top}</div>
</header>
<main id="main" class="site-main">
<article id="post-88231" class="post-88231 post type-post status-publish format-standard has-post-thumbnail category-soccer category-sports entry">
<div class="entry-content">
<figure class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2024/11/kettering-goal.jpg" class="attachment-newspack-featured-image wp-post-image" alt=""><figcaption><span class="image-caption">Noor Kettering, center, is mobbed by teammates after her 88th-minute goal against Halden City on Saturday.</span> <span class="image-credit"><span class="credit-label-wrapper">Credit:</span> Marcus Hale / Port Wexley Tribune</span></figcaption></figure>
{body}
{box}
{share_bottom}
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged:</span> <a href="/tag/port-wexley-fc/" rel="tag">Port Wexley FC</a>, <a href="/tag/coastal-league/" rel="tag">Coastal League</a></span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Marcus Hale</h2></div><p>Marcus Hale covers soccer, high school sports and the Wexley State Mariners for the Tribune. He has been with the paper since 2015.</p><a class="author-link" href="/author/mhale/">More by Marcus Hale</a></div></div>
</article>
<div class="newspack-newsletters-signup"><h2>Get the Tribune's sports newsletter</h2><p>Scores, schedules and stories from every Port Wexley team, every Monday.</p><form><input type="email" placeholder="Email address"><button type="submit">Sign up</button></form></div>
</main>
</section>
</div>
<footer id="colophon" class="site-footer"><div class="footer-bottom"><div class="wrapper site-info"><div class="site-info-contain"><span class="copyright">&copy; 2024 Port Wexley Tribune.</span> <a href="https://newspack.com/" class="imprint">Proudly powered by Newspack by Automattic</a></div><nav class="footer-menu"><ul><li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/corrections/">Corrections</a></li><li><a href="/ethics/">Ethics</a></li></ul></nav></div></div></footer>
</div>
<script>{js}</script>
</body>
</html>""".format(
    title=esc(TITLE), css=css, js=js, body=body_html, box=box,
    share_top=share("sd-top"), share_bottom=share("sd-bottom"),
    ld=json_state({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-11-16T23:48:00-05:00", "author": {"name": "Marcus Hale"}, "articleSection": ["Soccer", "Sports"], "wordCount": 720}]}),
    popular="".join('<li><a href="/%s/">%s</a></li>' % (slug(p), esc(p)) for p in popular),
    teasers="".join('<article class="teaser"><div class="cat-links">%s</div><h3 class="entry-title"><a href="/%s/">%s</a></h3></article>' % (c, slug(t), esc(t)) for t, c in teasers),
)

save(PID, html, gold)
