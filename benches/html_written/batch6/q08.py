"""q08 - English (US), independent regional newsroom on Ghost (Casper-derived
theme: gh-article, gh-content, kg-card markup, Portal sign-up links).

Length: about 700 words of body.
Furniture: site nav with Sign in / Subscribe, tag link, headline, excerpt
(custom_excerpt as standfirst), byline with reading time, feature image
with caption, in-body kg-image-card with caption, a pull quote set as
<blockquote class="kg-blockquote-alt"> repeating a sentence of the body, a
paragraph that reads like a stop pattern ("Read more about this in our
previous coverage.", with a link on "previous coverage") in the MIDDLE of
the story, a kg-callout-card membership appeal, share links, author card,
"Read more" feed with excerpts, footer signup, "Powered by Ghost".
Gold choices: the "Read more about this in our previous coverage."
paragraph is body (it is an ordinary paragraph of the text, followed by
eight more); the pull quote (kg-blockquote-alt, repeating the text) is not
body; the callout card and captions are not body.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(808)

HEADLINE = "Audit finds Tri-Valley Transit let bus repairs pile up for two years"
EXCERPT = "A state review counted 412 overdue maintenance jobs and buses pulled from service at twice the rate of peer agencies."
AUTHOR = "Marcus Ellery-Dunn"

TEXT = """
Tri-Valley Transit allowed hundreds of routine bus repairs to go undone between 2022 and 2024, leaving riders on some routes waiting 40 minutes or more when vehicles broke down, according to a state audit released Thursday.

The review by the state Office of Transportation Oversight counted 412 maintenance jobs that were more than 30 days overdue at the end of last year, including 57 involving brakes, doors or wheelchair lifts. It found that the agency's buses were taken out of service because of mechanical failures at roughly twice the rate of four comparable transit systems in the region.

"The backlog was not a secret inside the agency," the auditors wrote. "It was tracked in spreadsheets, reported to managers every month, and allowed to grow."

## A shrinking garage

The audit traces much of the problem to staffing. Tri-Valley employed 38 mechanics in 2021; by the end of 2024 it had 23, even as the fleet grew from 96 to 104 buses. Exit interviews cited in the report show that mechanics left for private trucking firms and the county's road department, both of which paid more.

Agency managers tried to fill gaps with overtime, the auditors found, but overtime hours fell after a 2023 policy change that required director-level approval for any shift longer than ten hours. The result was that preventive work, such as replacing worn brake pads before they failed, was put off in favor of emergency repairs.

Yolanda Prieto, who drives the Route 14 bus between Carver Mills and the Eastgate transfer center, said drivers had learned which buses to avoid. "You check the board in the morning and you pray you don't get one of the 400-series," she said. "Half the time the kneeling function doesn't work, and then a rider in a wheelchair can't get on."

This is not the first time the agency's maintenance practices have drawn attention. Riders and the drivers' union raised concerns at board meetings in 2023, and a consultant's report that year recommended hiring at least ten mechanics.

Read more about this in our previous coverage.

That consultant's recommendation was never carried out, the audit says. The agency's board approved money for six new positions in its 2024 budget, but only two were filled, and the hiring freeze that followed a fare-revenue shortfall last spring halted the rest.

## The agency responds

In a written response included in the audit, Tri-Valley's executive director, Graham Oyelaran, said the agency "accepts the findings in full" and had already begun to act on them. Since January, he wrote, the agency has raised starting pay for mechanics by 14 percent, signed a contract with an outside shop to handle body work, and cut the backlog to 260 overdue jobs.

"Our riders deserved better, and our mechanics deserved more support than they got," Oyelaran said in an interview. "We were trying to keep every route running with a garage that was too small. That is a choice that catches up with you."

Board chair Linnea Castellanos said the board would ask for monthly public reports on the backlog starting in May. She said she was troubled that board members had been told in 2023 that maintenance was "under control."

"We made budget decisions based on that," Castellanos said. "If the numbers in the spreadsheets were different from what we were told, I want to understand why."

## What riders can expect

The auditors made nine recommendations, among them that the agency set a target for how long repairs may stay open, publish the number of buses out of service each week and restore a training program for apprentice mechanics that was dropped in 2020.

The agency's own plan, attached to the audit, promises to clear the remaining backlog by the end of September. Oyelaran acknowledged that the date depends on hiring: the agency has posted eleven mechanic jobs and filled four so far.

For Prieto and other drivers, the test will be the morning board. "If I can go a whole month without a bus dying on me on Harlan Avenue," she said, "then I'll believe it."

The full audit is posted on the Office of Transportation Oversight's website. Tri-Valley's board meets next on April 24.
"""

PULL = "You check the board in the morning and you pray you don't get one of the 400-series."

spec = body_from(TEXT)
tpl = {"p": "<p>{}</p>"}
# ghost gives h2s ids; build them here
new = []
for k, v in spec:
    if k == "h2":
        new.append(("rawgold", ('<h2 id="%s">%s</h2>' % (slug(v), esc(v)), [v])))
    elif v == "Read more about this in our previous coverage.":
        new.append(("rawgold", ('<p>Read more about this in our <a href="https://www.valleyledger.org/tri-valley-transit-mechanics-shortage/">previous coverage</a>.</p>', [v])))
    else:
        new.append((k, esc(v)))
spec = new
# image card after 3rd block, pull quote after Prieto quote, callout before last section
img = ('raw', '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://www.valleyledger.org/content/images/size/w1200/2025/04/tvt-garage.jpg" class="kg-image" alt="Buses parked in a maintenance garage" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">Buses awaiting repair at Tri-Valley Transit\'s Foundry Road garage in March. Photo by Keisha Normandale for The Valley Ledger.</span></figcaption></figure>')
pull = ('raw', '<blockquote class="kg-blockquote-alt">%s</blockquote>' % esc(PULL))
callout = ('raw', '<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">&#128240;</div><div class="kg-callout-text">The Valley Ledger is a nonprofit newsroom funded by readers. <a href="#/portal/signup">Become a member</a> to support reporting like this, or <a href="#/portal/signup/free">sign up for our free newsletter</a>.</div></div>')
out = []
for i, b in enumerate(spec):
    out.append(b)
    if i == 2:
        out.append(img)
    if b[0] == "p" and b[1].startswith("Yolanda Prieto"):
        out.append(pull)
    if b[0] == "p" and b[1].startswith("Board chair"):
        out.append(callout)
body_html, gold = render(out, tpl)

feed = [
    ("County quietly shelves plan for Eastgate bus shelters", "Eighteen shelters promised in 2022 were dropped from the capital budget without a vote.", "transit"),
    ("Tri-Valley Transit drivers vote to authorize strike", "The union says it will not walk out before contract talks resume in June.", "transit"),
    ("Where the money goes: a guide to the transit budget", "We broke down the agency's $61 million budget line by line.", "explainers"),
]
feed_html = "".join(
    '<article class="gh-card post tag-%s"><a class="gh-card-link" href="/%s/"><figure class="gh-card-image"><img src="https://www.valleyledger.org/content/images/size/w600/2025/03/%s.jpg" alt=""></figure><div class="gh-card-wrapper"><header class="gh-card-header"><h3 class="gh-card-title">%s</h3></header><div class="gh-card-excerpt">%s</div><footer class="gh-card-meta"><span class="gh-card-author">By Valley Ledger Staff</span><time class="gh-card-date" datetime="2025-03-2%d">Mar 2%d, 2025</time></footer></div></a></article>'
    % (tag, slug(t), slug(t)[:20], esc(t), esc(s), i, i) for i, (t, s, tag) in enumerate(feed))

css = css_blob(["gh-head", "gh-article", "gh-content", "gh-card", "kg-card", "kg-callout", "gh-footer", "gh-navigation", "gh-author"], 340, 8081)
page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{h}</title>
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c1f2a9e0d">
<meta name="description" content="{ex}">
<link rel="canonical" href="https://www.valleyledger.org/tri-valley-transit-audit-bus-repairs/">
<meta property="og:site_name" content="The Valley Ledger">
<meta property="og:type" content="article">
<meta property="og:title" content="{h}">
<meta name="generator" content="Ghost 5.96">
<style>{css}</style>
{ld}
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.45/umd/portal.min.js" data-i18n="true" data-ghost="https://www.valleyledger.org/" data-key="9a71c0e3b5" data-api="https://www.valleyledger.org/ghost/api/content/" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-transit tag-accountability has-sans-title has-serif-body">
<div class="gh-site">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner">
<div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="https://www.valleyledger.org">The Valley Ledger</a></div>
<nav class="gh-navigation-menu"><ul class="nav">{nav}</ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div>
</div></header>
<main class="gh-main">
<article class="gh-article post tag-transit tag-accountability">
<header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="https://www.valleyledger.org/tag/transit/">Transit</a>
<h1 class="gh-article-title is-title">{h}</h1>
<p class="gh-article-excerpt is-body">{ex}</p>
<div class="gh-article-meta"><div class="gh-article-author-image"><a href="/author/marcus/"><img class="author-profile-image" src="/content/images/size/w160/2024/01/marcus.jpg" alt="{au}"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/marcus/">{au}</a></h4>
<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2025-04-10">Apr 10, 2025</time><span class="gh-article-meta-length"><span class="bull">&mdash;</span> 5 min read</span></div></div></div>
<figure class="gh-article-image"><img src="/content/images/size/w2000/2025/04/tvt-bus-route14.jpg" alt="A Tri-Valley Transit bus"><figcaption><span style="white-space: pre-wrap;">A Route 14 bus at the Eastgate transfer center. Photo by Keisha Normandale for The Valley Ledger.</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas is-body">
{body}
</section>
<footer class="gh-article-footer gh-canvas"><div class="gh-share"><span>Share this story</span><a href="https://twitter.com/intent/tweet?url=x">X</a><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a><a href="mailto:?subject=x">Email</a><button class="gh-copy">Copy link</button></div>
<section class="gh-author-card"><img src="/content/images/size/w160/2024/01/marcus.jpg" alt=""><div><h3><a href="/author/marcus/">{au}</a></h3><p>Marcus Ellery-Dunn covers transportation and public money for The Valley Ledger. Send tips to marcus@valleyledger.org.</p></div></section>
</footer>
</article>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><main class="gh-main"><div class="gh-feed">{feed}</div></main></div></section>
</main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner">
<section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">The Valley Ledger</h2><p class="gh-footer-signup-subhead is-body">Independent, nonprofit news for the Tri-Valley. Free in your inbox every Tuesday and Friday.</p><form class="gh-form" data-members-form><input class="gh-form-input" type="email" placeholder="jamie@example.com" data-members-email required><button class="gh-button" type="submit">Subscribe</button></form></section>
<div class="gh-footer-bar"><span class="gh-footer-logo is-title">The Valley Ledger</span><nav class="gh-footer-menu"><ul class="nav">{fnav}</ul></nav><div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
</div></footer>
</div>
<script src="/assets/built/source.js?v=8c1f2a9e0d"></script>
<script>{js}</script>
</body></html>""".format(
    h=esc(HEADLINE), ex=esc(EXCERPT), au=esc(AUTHOR), css=css,
    ld=ld_article(HEADLINE, AUTHOR, "2025-04-10T07:00:00.000Z", "The Valley Ledger"),
    nav=link_items(["Home", "Transit", "Schools", "Housing", "Environment", "About", "Donate"], prefix="/tag/"),
    body=body_html, feed=feed_html,
    fnav=link_items(["Sign up", "Privacy", "Ethics policy", "Corrections", "Contact"], prefix="/"),
    js=js_blob(8082, 60, ns="ghostTheme"))

save("q08", page, gold)
