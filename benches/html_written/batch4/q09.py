"""q09 - English, sports site match report.

Scores ticker, match scoreboard with scorers, an embedded X post in the
body (gold, as the benchmark keeps embedded tweets), line-ups and a
league table (not gold), "More from" teasers and footer.
"""
import random
from common import *

PID = "q09"
rnd = random.Random(409)

HEADLINE = "Okafor's late double sends Harrowdale top as Kestrel collapse"

TEXT = """
Substitute Daniel Okafor scored twice in the last nine minutes as Harrowdale United came from behind to beat Kestrel Athletic 3-1 at Brookfield Road and move top of the table for the first time this season.

For an hour it looked as though Kestrel would leave with all three points. Their captain Luca Ferrante had given them a deserved lead in the 23rd minute, meeting a low cross from Reece Whitlow at the near post, and Harrowdale struggled to create anything against a visiting back line that had conceded only four goals away from home all season.

The change came when Harrowdale manager Colm Devaney sent on Okafor and winger Jamal Pryce just after the hour. Pryce's pace immediately pushed Kestrel deeper, and in the 71st minute his cut-back was turned in by midfielder Sam Ellery for the equaliser.

Okafor, 19, who had not scored in the league before Saturday, put Harrowdale ahead in the 81st minute with a header from a corner and sealed it in stoppage time, running clear from the halfway line after Kestrel had pushed everyone forward.
"""

TEXT2 = """
"I told him to go and enjoy it, and he did," Devaney said afterwards. "He has been scoring every week in training, so it was only a matter of time. The way the players reacted after going behind tells you a lot about this group."

Kestrel manager Pieter Maas was frustrated with his side's second-half display. "We stopped doing the things that gave us the lead. We were passive, we gave them too many set pieces and we paid for it," he said.

The result leaves Kestrel fourth, three points behind the leaders, and extends their winless run away from home to three matches.

Harrowdale travel to Westford on Tuesday night, while Kestrel host Danesmoor on Saturday.
"""

POST_P = "WHAT. A. FINISH. Danny Okafor, take a bow. Top of the league! #HUFC"
POST_A = "— Harrowdale United (@HarrowdaleUtd) March 16, 2024"
post = ('<div class="embed embed--twitter"><blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">%s</p>%s <a href="https://twitter.com/HarrowdaleUtd/status/1769000000000000002?ref_src=twsrc">March 16, 2024</a></blockquote></div>'
        % (esc(POST_P).replace("#HUFC", '<a href="https://twitter.com/hashtag/HUFC?src=hash">#HUFC</a>'), "&mdash; Harrowdale United (@HarrowdaleUtd)"))

body = body_from(TEXT) + [("rawgold", (post, [POST_P, POST_A]))] + body_from(TEXT2)
body.insert(3, ("raw", '<div class="ad-slot ad-slot--mpu"><span class="ad-slot__label">Advert</span></div>'))
body_html, gold = render(body, {"p": '<p class="article__paragraph">{}</p>'})

ticker = [("Westford", 2, "Millbay", 2), ("Danesmoor", 0, "Ashcombe", 1), ("Harrowdale Utd", 3, "Kestrel Ath", 1),
          ("Pelham Town", 1, "Oakridge", 0), ("Corbin City", 4, "Fenwick", 2)]
tick_html = "".join('<li class="scores-ticker__item"><span class="team">%s</span> <span class="score">%d - %d</span> <span class="team">%s</span> <span class="status">FT</span></li>' % (a, x, y, b) for a, x, b, y in [(t[0], t[1], t[2], t[3]) for t in ticker])

table = [("1", "Harrowdale United", "28", "+24", "58"), ("2", "Corbin City", "28", "+21", "57"), ("3", "Millbay", "28", "+15", "56"),
         ("4", "Kestrel Athletic", "28", "+18", "55"), ("5", "Westford", "28", "+9", "47"), ("6", "Pelham Town", "28", "+2", "41")]
table_html = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in row) for row in table)

lineups = """<section class="lineups"><h2>Line-ups</h2>
<div class="lineup"><h3>Harrowdale United</h3><p>Brandt; Coyle, Adeyinka, Marsh, Holm; Ellery, Quinn (Pryce 62); Tavares, Lennon (Okafor 62), Reid; Gallagher.</p><p>Subs not used: Foster, Naylor, Whitby, Cross.</p></div>
<div class="lineup"><h3>Kestrel Athletic</h3><p>Okonkwo; Whitlow, Brandao, Keane, Slater; Ferrante, Novak; Haines (Drury 77), Pascoe, Mbeki; Lindgren.</p><p>Subs not used: Ward, Fitch, Osei, Carr.</p></div>
<p class="match-info">Referee: Howard Pike. Attendance: 18,442.</p></section>"""

page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Harrowdale United 3-1 Kestrel Athletic: {esc(HEADLINE)} | Pitchside</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{css_blob(["article", "scores-ticker", "match-header", "lineups", "league-table", "site-nav", "ad-slot", "more-from"], 420, 4091)}</style>
{ld_article(HEADLINE, "Neil Carraway", "2024-03-16T17:25:00Z", "Pitchside", section="Football")}
<script>{js_blob(4092, 120, "pitchside")}</script>
</head>
<body>
<header class="site-header"><a class="site-logo" href="/">Pitchside</a>
<nav class="site-nav"><ul>{link_items(["Football", "Cricket", "Rugby", "Tennis", "Golf", "Boxing", "F1", "Racing", "Live Scores", "Fixtures", "Transfers", "Podcasts"], prefix="/")}</ul></nav></header>
<div class="scores-ticker"><span class="scores-ticker__title">Latest scores</span><ul>{tick_html}</ul></div>
<main class="article-page">
<div class="match-header"><div class="match-header__team">Harrowdale United</div><div class="match-header__score">3 - 1</div><div class="match-header__team">Kestrel Athletic</div>
<div class="match-header__status">Full time</div>
<ul class="match-header__scorers"><li>Ellery 71'</li><li>Okafor 81', 90+3'</li></ul><ul class="match-header__scorers"><li>Ferrante 23'</li></ul></div>
<article class="article">
<h1 class="article__headline">{esc(HEADLINE)}</h1>
<p class="article__standfirst">Teenage substitute scores his first league goals as Devaney's side come from behind at Brookfield Road</p>
<div class="article__meta"><span class="article__author">Neil Carraway at Brookfield Road</span> <time datetime="2024-03-16T17:25:00Z">Saturday 16 March 2024 17:25, UK</time></div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share on WhatsApp</a> <a href="#">Copy link</a></div>
<figure class="article__image"><img src="https://img.pitchside.example/football/okafor.jpg" alt=""><figcaption>Daniel Okafor celebrates his second goal against Kestrel <span class="credit">Image: Pitchside Photography</span></figcaption></figure>
<div class="article__body" data-component="article-body">
{body_html}
</div>
</article>
{lineups}
<aside class="league-table"><h2>Table</h2><table><thead><tr><th>Pos</th><th>Team</th><th>Pld</th><th>GD</th><th>Pts</th></tr></thead><tbody>{table_html}</tbody></table><a href="/football/tables">Full table</a></aside>
<section class="more-from"><h2>More from Harrowdale United</h2><ul>{link_items(["Devaney: We will not get carried away", "Harrowdale confirm Gallagher contract extension", "Brookfield Road expansion plans approved"], prefix="/football/news/")}</ul></section>
</main>
<footer class="site-footer"><ul>{link_items(["About Pitchside", "Contact Us", "Advertise", "Terms & Conditions", "Privacy & Cookies", "Privacy Options", "Accessibility", "Site Map", "Careers"], prefix="/about/")}</ul>
<p>&copy; 2024 Pitchside Media Ltd. All rights reserved.</p></footer>
<script>{js_blob(4093, 60, "scores")}</script>
</body></html>"""

save(PID, page, gold)
