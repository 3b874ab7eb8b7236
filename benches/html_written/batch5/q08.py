"""q08 - English (US), statewide sports site, AMP page.

College women's basketball recap (~440 words, two short subheads).
Furniture: amp-consent banner, amp-sidebar menu, amp-social-share row,
amp-img with caption, amp-ad slots labelled "Advertisement", box score
table and "Key stats" after the text, "More from Prairie Line" teasers,
insider promo, footer.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5108)
SITE = "Prairie Line Sports"
HEAD = "Brevard’s 29 points, late press carry Kinross State past Dellwood"

TEXT = """
KINROSS — Sophomore guard Ashanti Brevard scored 14 of her career-high 29 points in the fourth quarter, and Kinross State rallied from 11 points down to beat Dellwood 71-66 on Saturday at Harlan Fieldhouse.

The Larks (6-2) trailed 52-41 with 8:37 left after Dellwood’s Mara Lindqvist hit back-to-back 3-pointers, and the crowd of 3,104 had gone quiet. Kinross State coach Renata Obuya called timeout and switched to a full-court press the Larks had barely used this season.

“We had it in the back pocket,” Obuya said. “I didn’t love the idea of pulling it out in November, but we weren’t going to win the game walking it up.”

@@AD

The press forced turnovers on three straight Dellwood possessions, and Brevard converted two of them into layups. A minute later, her pull-up jumper from the left elbow cut the deficit to 54-52.

Kinross State took its first lead since the opening quarter at 61-60 on a putback by forward Jolene Achterberg with 2:49 remaining. Brevard then made six straight free throws in the final 1:12 to seal it.

“She wanted the ball, and when a kid wants the ball like that, you give it to her,” Obuya said.

Brevard finished 9 of 16 from the field and 10 of 11 from the line, adding six rebounds and four steals. Achterberg had 13 points and 11 rebounds for her third double-double of the season.

Lindqvist led Dellwood (4-4) with 22 points, including five 3-pointers, but scored only two after the Larks switched to the press. Pioneers coach Bev Santangelo said her team “got rattled and never got un-rattled.”

“We practice against pressure every week. We just didn’t handle it today,” Santangelo said. “That’s on me.”

## Bench makes the difference

Kinross State’s bench outscored Dellwood’s 19-4, with freshman Tova Reinholt contributing eight points in 14 minutes. Reinholt, who had played a total of 11 minutes in the previous seven games, made a pair of 3-pointers during a 13-2 run that erased most of the deficit.

“Coach told me to shoot it if I’m open, so I shot it,” Reinholt said.

## Up next

Kinross State opens conference play Wednesday at home against Pell River. Dellwood hosts Ashcombe on Tuesday.
"""

AD = ('<div class="ad-container"><div class="ad-label">Advertisement</div><amp-ad width="300" height="250" type="doubleclick" data-slot="/2184/prairieline/amp/story_1" '
      'data-multi-size="320x50,300x50" data-multi-size-validation="false" json=\'{"targeting":{"pos":"mid1","section":"college-basketball"}}\'><div placeholder></div><div fallback></div></amp-ad></div>')

spec = [("raw", AD) if p == "@@AD" else (k, p) for k, p in body_from(TEXT)]
body_html, gold = render(spec, {"p": "<p>{}</p>"})

box = {
    "Dellwood": [("Lindqvist", 34, "8-17", "2-2", 3, 1, 22), ("Okonjo", 31, "4-9", "3-4", 8, 2, 11), ("Varga", 29, "3-10", "2-2", 4, 5, 9), ("Pell", 33, "4-8", "0-1", 6, 1, 8), ("Holloway", 30, "3-7", "4-6", 2, 3, 12)],
    "Kinross State": [("Brevard", 36, "9-16", "10-11", 6, 3, 29), ("Achterberg", 32, "5-11", "3-4", 11, 1, 13), ("Mbeki-Sand", 28, "2-6", "2-2", 3, 6, 7), ("Ilves", 25, "2-5", "0-0", 2, 2, 5), ("Carroway", 21, "1-4", "2-2", 4, 1, 4)],
}
box_html = ""
for team, rows in box.items():
    trs = "".join("<tr><td>%s</td><td>%d</td><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%d</td></tr>" % r for r in rows)
    box_html += '<table class="boxscore"><caption>%s</caption><thead><tr><th>Player</th><th>MIN</th><th>FG</th><th>FT</th><th>REB</th><th>AST</th><th>PTS</th></tr></thead><tbody>%s</tbody></table>' % (team, trs)

NAV = ["Football", "Basketball", "Women’s Basketball", "Baseball", "Volleyball", "High Schools", "Recruiting", "Podcasts", "Scores"]
subjects = ["Kinross State", "Pell River", "Ashcombe", "Dellwood", "The Larks’ defense", "A Class 3A power", "Harlan Fieldhouse crowds"]
verbs = ["lands", "loses", "eyes", "climbs into", "stumbles against", "reloads for"]
objects = ["top-50 recruit", "conference opener", "coaching search", "Top 25 conversation", "bowl bid", "holiday tournament", "rivalry week"]
more = make_headlines(rnd, subjects, verbs, objects, 6)

css = css_blob(["header", "amp-sidebar-menu", "article-body", "ad-container", "boxscore", "share-row", "more-from", "site-footer", "consent-ui"], 330, 5108, media=False)

page = f"""<!doctype html>
<html ⚡ lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{esc(HEAD)} | {SITE}</title>
<link rel="canonical" href="https://www.prairielinesports.com/college/womens-basketball/kinross-state-dellwood-brevard-29/">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>{css}</style>
{ld_article(HEAD, "Colby Hardesty", "2025-11-22T17:55:00-06:00", SITE, section="Women's Basketball")}
</head><body>
<amp-consent id="consent" layout="nodisplay"><script type="application/json">{{"consentInstanceId":"pls-consent","consentRequired":"remote","checkConsentHref":"https://consent.prairielinesports.com/amp","promptUI":"consent-ui"}}</script>
<div id="consent-ui" class="consent-ui"><p>We use cookies and similar technologies to personalize content and ads and to analyze our traffic. By tapping Accept, you agree to this use as described in our Privacy Policy.</p><button on="tap:consent.accept">Accept</button> <button on="tap:consent.reject">Decline</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav class="amp-sidebar-menu"><button on="tap:sidebar.close" aria-label="Close menu">✕</button><ul>{link_items(NAV, '<li><a href="{href}">{text}</a></li>', "/college/")}</ul>
<ul class="amp-sidebar-menu__secondary"><li><a href="/insider/">Insider Subscription</a></li><li><a href="/newsletters/">Newsletters</a></li><li><a href="/contact/">Contact</a></li></ul></nav></amp-sidebar>
<header class="header"><button on="tap:sidebar.toggle" class="header__menu" aria-label="Open menu">☰</button><a href="/" class="header__logo"><amp-img src="/img/prairieline-logo.png" width="180" height="32" alt="{SITE}"></amp-img></a></header>
<div class="ad-container ad-container--top"><div class="ad-label">Advertisement</div><amp-ad width="320" height="50" type="doubleclick" data-slot="/2184/prairieline/amp/top"></amp-ad></div>
<main><article class="article">
<div class="article__kicker"><a href="/college/womens-basketball/">Women’s Basketball</a></div>
<h1 class="article__headline">{esc(HEAD)}</h1>
<div class="article__byline">By <a href="/staff/colby-hardesty/">Colby Hardesty</a> · Nov 22, 2025, 5:55 pm CST</div>
<div class="share-row"><amp-social-share type="facebook" width="32" height="32" data-param-app_id="1120334" aria-label="Share on Facebook"></amp-social-share><amp-social-share type="twitter" width="32" height="32" aria-label="Share on X"></amp-social-share><amp-social-share type="email" width="32" height="32" aria-label="Share by email"></amp-social-share><amp-social-share type="sms" width="32" height="32" aria-label="Share by text message"></amp-social-share></div>
<figure class="article__lead"><amp-img src="https://img.prairielinesports.com/2025/11/brevard-drive.jpg" width="1200" height="800" layout="responsive" alt="A guard drives past a defender"></amp-img>
<figcaption>Kinross State’s Ashanti Brevard drives against Dellwood’s Mara Lindqvist during the second half Saturday at Harlan Fieldhouse. <span class="credit">Photo by Nils Abernathy / Prairie Line Sports</span></figcaption></figure>
<div class="article-body">
{body_html}
</div>
<section class="boxscore-wrap"><h2>Box score</h2><p class="boxscore-final">Final: Kinross State 71, Dellwood 66</p>{box_html}
<h3>Key stats</h3><ul><li>Turnovers forced in fourth quarter: 9</li><li>Bench points: Kinross State 19, Dellwood 4</li><li>Free throws: Kinross State 19-23, Dellwood 11-15</li></ul></section>
<div class="insider-promo"><strong>Get Prairie Line Insider</strong> for recruiting intel, film breakdowns and every box score in the state. <a href="/insider/">Start your free trial</a></div>
<div class="ad-container"><div class="ad-label">Advertisement</div><amp-ad width="300" height="250" type="doubleclick" data-slot="/2184/prairieline/amp/story_2"></amp-ad></div>
</article>
<section class="more-from"><h2>More from Prairie Line</h2><ul>{link_items(more, '<li><a href="{href}">{text}</a></li>', "/college/")}</ul></section></main>
<footer class="site-footer"><p><a href="/about/">About</a> · <a href="/privacy/">Privacy Policy</a> · <a href="/terms/">Terms of Use</a> · <a href="/advertise/">Advertise</a></p><p>© 2025 Prairie Line Sports LLC. All rights reserved.</p>
<a href="https://www.prairielinesports.com/college/womens-basketball/kinross-state-dellwood-brevard-29/">View full site</a></footer>
<amp-analytics type="googleanalytics" config="https://amp.prairielinesports.com/ga.json" data-credentials="include"></amp-analytics>
</body></html>
"""

save("q08", page, gold)
