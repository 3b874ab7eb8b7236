"""q07 - English (Canada), nonprofit local newsroom on Ghost (Source-like theme).

Ferry story (~560 words), two subheads, an image card with caption, a
membership callout card inside the text, an italic update note at the end.
Furniture: Ghost header with Sign in/Subscribe, excerpt, author card,
"Read more" post feed with excerpts, signup footer form, "Powered by Ghost".
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5107)
SITE = "The Sound Record"
HEAD = "Ledgewood islanders say ferry cut will strand early commuters"
EXCERPT = "Coastline Marine Services is dropping the 6:15 a.m. sailing for the winter. Nurses, mill workers and 23 students use it."

TEXT = """
Starting Jan. 6, the first ferry of the day from Ledgewood Island will leave at 7:40 a.m. instead of 6:15, a change that islanders say will make it impossible for dozens of workers and students to reach the mainland on time.

Coastline Marine Services, which runs the route under contract with the province, announced the winter schedule last Friday in a two-paragraph notice posted at the terminal and on its website. The company cited a shortage of licensed deckhands and said two early sailings would be cut on weekdays until at least the end of March.

For Ledgewood’s roughly 900 year-round residents, the early boat is the only way to connect with the 7:05 bus from Hallam Landing to the hospital, the college and the mill at Birch Point.

“I’ve taken the 6:15 for nineteen years,” said Yvette Marchand, a respiratory therapist at Hallam General. “With the new schedule I’d get to work an hour and a half late. My manager is sympathetic, but she can’t run a shift on sympathy.”

@@IMAGE

Marchand is one of at least 40 islanders who commute to the mainland before 8 a.m., according to an informal count by the Ledgewood Residents’ Association, which surveyed its members over the weekend. The association says another 23 high school students take the early boat to reach Hallam Secondary.

## The crew problem

Coastline spokesperson Dev Anand-Riley said the company has six vacancies for deckhands and two for engineers across its four routes, and that federal rules require a minimum crew on every sailing.

“We don’t like cutting service. We’d much rather be hiring,” he said in an interview. “But we can’t sail without a full crew, and we’d rather tell people now than cancel boats at the dock on short notice.”

He said the company had raised starting wages in September and was offering to pay for training certificates, but that applicants had been slow to come forward, partly because of the cost of housing near the terminals.

Islanders say they understand the staffing problem but were not consulted. Association president Gord Tolliver said the group learned about the cut from a photo of the notice that someone posted in a community Facebook group.

“Nobody asked which boat matters most,” he said. “If they’d asked, every one of us would have said the early one.”

## What islanders are asking for

@@CALLOUT

The association has asked Coastline and the province to keep the 6:15 sailing and cut a mid-afternoon run instead, when the boat often carries fewer than 10 vehicles. It has also asked for a water taxi to be chartered for early commuters if the schedule can’t be changed.

The provincial transportation ministry said in a statement that it was “reviewing the concerns raised by Ledgewood residents” and would meet with the operator this week.

The school district said it was looking at whether students could join their first class remotely while the reduced schedule is in effect.

Marchand said she has started looking at rooms to rent in Hallam Landing from Sunday to Thursday. “I have a house on the island,” she said. “I didn’t think I’d be paying for two.”

@@UPDATE
"""

IMAGE = ('<figure class="kg-card kg-image-card kg-width-wide kg-card-hascaption"><img src="/content/images/size/w2000/2025/11/ledgewood-terminal-dawn.jpg" class="kg-image" alt="A ferry terminal before sunrise" loading="lazy" width="2000" height="1333" '
         'srcset="/content/images/size/w600/2025/11/ledgewood-terminal-dawn.jpg 600w, /content/images/size/w1000/2025/11/ledgewood-terminal-dawn.jpg 1000w, /content/images/size/w1600/2025/11/ledgewood-terminal-dawn.jpg 1600w" sizes="(min-width: 1200px) 1200px">'
         '<figcaption><span style="white-space: pre-wrap;">Commuters wait for the 6:15 a.m. sailing at the Ledgewood terminal on Tuesday. The sailing will not run on weekdays from Jan. 6. (Photo: Ines Kowalczyk-Bell / The Sound Record)</span></figcaption></figure>')
CALLOUT = ('<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">⛴️</div><div class="kg-callout-text"><b><strong style="white-space: pre-wrap;">The Sound Record is free to read because members pay for it.</strong></b>'
           '<span style="white-space: pre-wrap;"> If our ferry coverage is useful to you, </span><a href="#/portal/signup"><span style="white-space: pre-wrap;">become a member for $8 a month</span></a><span style="white-space: pre-wrap;">.</span></div></div>')
UPDATE = "<em>Update, Nov. 14: This story has been updated with the provincial transportation ministry’s statement.</em>"

spec = []
for kind, payload in body_from(TEXT):
    if payload == "@@IMAGE":
        spec.append(("raw", IMAGE))
    elif payload == "@@CALLOUT":
        spec.append(("raw", CALLOUT))
    elif payload == "@@UPDATE":
        spec.append(("raw", "<hr>"))
        spec.append(("p", UPDATE))
    elif kind == "h2":
        spec.append(("rawgold", ('<h2 id="%s">%s</h2>' % (slug(payload), payload), [payload])))
    else:
        spec.append((kind, payload))
body_html, gold = render(spec, {"p": "<p>{}</p>"})

feed = [("Hallam council approves 40 rental units above the old co-op", "The building has sat half-empty since 2019. Construction could start in the spring.", "Ines Kowalczyk-Bell", "Nov 10, 2025"),
        ("A Birch Point mill shift, from the 5 a.m. whistle to the last truck", "We spent a day with the night crew as the mill adds its first new line in a decade.", "Tomasz Achebe-Lund", "Nov 6, 2025"),
        ("Ledgewood school gets its second teacher back after a year", "Enrolment rose to 19 this fall, enough to restore the position.", "Ines Kowalczyk-Bell", "Oct 29, 2025")]
feed_html = "".join(
    '<article class="gh-card post"><a class="gh-card-link" href="/%s/"><figure class="gh-card-image"><img src="/content/images/size/w600/2025/11/%s.jpg" alt="%s" loading="lazy"></figure>'
    '<div class="gh-card-wrapper"><h3 class="gh-card-title is-title">%s</h3><p class="gh-card-excerpt is-body">%s</p>'
    '<footer class="gh-card-meta"><span class="gh-card-author">By %s</span><time class="gh-card-date" datetime="2025-11-10">%s</time></footer></div></a></article>' % (
        slug(t), slug(t)[:20], esc(t), esc(t), esc(e), esc(a), d) for t, e, a, d in feed)

css = css_blob(["gh-navigation", "gh-article", "gh-content", "kg-card", "kg-callout", "gh-card", "gh-footer", "gh-author", "gh-cta", "gh-btn"], 520, 5107)
js = js_blob(5107, 120, "ghost")

page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)}</title>
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=6b2d41a5c1">
<meta name="description" content="{esc(EXCERPT)}"><link rel="canonical" href="https://www.soundrecord.ca/ledgewood-ferry-cut/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="{SITE}"><meta property="og:type" content="article">
<meta property="og:title" content="{esc(HEAD)}"><meta property="article:published_time" content="2025-11-12T14:00:00.000Z"><meta property="article:tag" content="Ferries">
<meta name="generator" content="Ghost 5.101"><link rel="alternate" type="application/rss+xml" title="{SITE}" href="https://www.soundrecord.ca/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="https://www.soundrecord.ca/" data-key="8c1f3e6b0a2d" data-api="https://www.soundrecord.ca/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center;text-align:center;width:100%}}</style>
<style>{css}</style>
{ld_article(HEAD, "Ines Kowalczyk-Bell", "2025-11-12T14:00:00.000Z", SITE, section="Ferries")}
</head><body class="post-template tag-ferries tag-ledgewood has-sans-title has-serif-body">
<div class="gh-site"><header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner">
<div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="https://www.soundrecord.ca">{SITE}</a><button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search></button><button class="gh-burger gh-icon-button" aria-label="Menu"></button></div>
<nav class="gh-navigation-menu"><ul class="nav"><li class="nav-news"><a href="/">News</a></li><li class="nav-ferries"><a href="/tag/ferries/">Ferries</a></li><li class="nav-housing"><a href="/tag/housing/">Housing</a></li><li class="nav-islands"><a href="/tag/islands/">Islands</a></li><li class="nav-about"><a href="/about/">About</a></li><li class="nav-support-us"><a href="/membership/">Support us</a></li></ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a> <a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-ferries tag-ledgewood">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="/tag/ferries/">Ferries</a>
<h1 class="gh-article-title is-title">{esc(HEAD)}</h1><p class="gh-article-excerpt is-body">{esc(EXCERPT)}</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/ines/"><img class="author-profile-image" src="/content/images/size/w160/2024/02/ines.jpg" alt="Ines Kowalczyk-Bell"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/ines/">Ines Kowalczyk-Bell</a></h4><div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2025-11-12">Nov 12, 2025</time><span class="gh-article-meta-length"><span class="bull">—</span> 4 min read</span></div></div></div>
</header>
<section class="gh-content gh-canvas is-body">
{body_html}
</section>
<section class="gh-author gh-canvas"><img src="/content/images/size/w160/2024/02/ines.jpg" alt=""><div><h4>Ines Kowalczyk-Bell</h4><p>Ines reports on the islands and the boats that connect them. She lives on Ledgewood and takes the ferry more than she would like.</p></div></section>
<section class="gh-cta gh-outer"><div class="gh-cta-inner"><h2 class="gh-cta-title">Independent news for Hallam Sound, free for everyone</h2><p>Get every story in your inbox.</p>
<form class="gh-form" data-members-form="signup"><input class="gh-form-input" type="email" placeholder="jamie@example.com" data-members-email required><button class="gh-button gh-form-button" type="submit">Subscribe</button></form></div></section>
</article>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><div class="gh-feed">{feed_html}</div></div></section>
</main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">{SITE}</span>
<nav class="gh-footer-menu"><ul class="nav"><li><a href="/about/">About</a></li><li><a href="/ethics/">Ethics policy</a></li><li><a href="/donors/">Our funders</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<div class="gh-footer-copyright">{SITE} © 2025. <a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></div></footer>
</div>
<script src="/assets/built/source.js?v=6b2d41a5c1"></script><script>{js}</script>
</body></html>
"""

save("q07", page, gold)
