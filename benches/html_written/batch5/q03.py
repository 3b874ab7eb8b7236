"""q03 - English (UK), national news site on Next.js with hashed CSS classes.

Science story (~570 words, three subheads) whose blocks are also in
__NEXT_DATA__. Furniture: consent banner with purposes and buttons, top nav,
"Read more:" link paragraph inside the body, an inline figure with caption
and credit, comment-count button, "Most read" with numbers, "More on this
story" teasers, footer.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5103)
SITE = "The Northern Lantern"
HEAD = "Young eels return to River Wenlow in biggest numbers for two decades"
DEK = "Volunteers counted nearly 42,000 glass eels climbing a bristle ramp at Pelling Mill weir – but scientists warn one year is not a recovery"


def h(n):
    return "css-%s" % "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


CL = {k: h(7) for k in ["p", "h2", "body", "fig", "cap", "readmore", "nav", "most", "foot", "consent", "btn", "teaser"]}

TEXT = """
Young eels are returning to the River Wenlow in numbers not seen for more than two decades, according to scientists who have spent three springs counting them at a weir near the Sallowmouth estuary.

A team from the University of Dunmere recorded 41,800 glass eels – the transparent juveniles that drift in from the Atlantic – passing through a purpose-built eel pass between March and June this year, more than six times the total for 2023.

The researchers caution that a single good year does not make a recovery. European eel numbers fell by more than 90% from the late 1970s, and the species remains classed as critically endangered.

“It is the best news we have had from this river in my working life, but eels are fiendishly variable,” said Dr Morwenna Trelease, the marine ecologist who leads the project. “We need five or six years of data before anybody should use the word recovery.”

@@READMORE

## A ladder made of bristles

Until 2022, the weir at Pelling Mill was close to impassable for young eels, which can climb damp surfaces but struggle against a vertical concrete face and fast water. That year, the Wenlow Rivers Trust installed a shallow ramp lined with nylon bristles along one side of the weir, fed by a trickle of water that lets the eels wriggle up and over.

At the top, the eels drop into a trap box that volunteers check twice a day during the migration season. Each eel is counted, a sample is measured and weighed, and all are released upstream within hours.

@@FIGURE

“The first morning we opened the box there were about 30 in it and everybody cheered,” said Alun Probert, a retired postman who has volunteered on the project since it began. “Now on a good night there are thousands, and you stop cheering and start counting faster.”

## Why this year?

The team believes several factors have coincided. A wet spring raised river flows at the right moment, drawing more eels in from the estuary, and the trust removed two smaller obstructions further upstream last autumn, opening up about 14km of river.

Changes far out at sea may also have played a part. Eels spawn in the Sargasso Sea, and the larvae take up to two years to drift to European coasts on ocean currents, so conditions in the western Atlantic can shape how many arrive.

Trelease said the Wenlow data would be shared with monitoring schemes on other rivers to see whether the rise was local or part of a wider pattern.

“If we see the same jump on rivers that haven’t had any work done, that tells us it’s the ocean,” she said. “If we don’t, it tells us the bristles are earning their keep.”

## Smugglers and padlocks

The count comes as enforcement agencies continue to target the smuggling of glass eels, which can fetch high prices in east Asian markets where they are raised for food. Trade in European eels out of Europe has been tightly restricted for more than a decade.

The trust has asked anglers and walkers to report any nets or traps they see near the river mouth on spring nights, and fitted the trap box with a padlock after an attempted break-in last April.

Funding for the monitoring runs until 2027. The university said it was seeking money to extend the count and to fit small tags to a sample of adult eels leaving the river in autumn, to learn more about their journey back to the Sargasso.
"""

READMORE = ('<p class="%s"><strong>Read more: </strong><a href="/environment/2025/mar/02/wenlow-weir-removal-salmon">Salmon spotted above Wenlow weirs for first time since 1950s</a></p>' % CL["readmore"])
FIGURE = ('<figure class="%s"><picture><source srcset="https://img.northernlantern.co.uk/eels-trap-box.webp 1x" type="image/webp"><img src="https://img.northernlantern.co.uk/eels-trap-box.jpg" alt="Hundreds of tiny translucent eels in a plastic tray" width="940" height="564" loading="lazy"></picture>'
          '<figcaption class="%s"><span>Glass eels in the trap box at Pelling Mill weir. Volunteers check it twice a day from March to June.</span> <span>Photograph: Kit Dalloway/The Northern Lantern</span></figcaption></figure>' % (CL["fig"], CL["cap"]))

spec, blocks = [], []
for kind, payload in body_from(TEXT):
    if payload == "@@READMORE":
        spec.append(("raw", READMORE))
        blocks.append({"type": "rich-link", "url": "/environment/2025/mar/02/wenlow-weir-removal-salmon", "title": "Salmon spotted above Wenlow weirs for first time since 1950s"})
    elif payload == "@@FIGURE":
        spec.append(("raw", FIGURE))
        blocks.append({"type": "image", "src": "https://img.northernlantern.co.uk/eels-trap-box.jpg", "caption": "Glass eels in the trap box at Pelling Mill weir. Volunteers check it twice a day from March to June.", "credit": "Photograph: Kit Dalloway/The Northern Lantern"})
    else:
        spec.append((kind, payload))
        blocks.append({"type": "subheading" if kind == "h2" else "text", "html": "<%s>%s</%s>" % (kind, payload, kind)})

spec = [("rawgold", ('<h2 class="%s" id="%s">%s</h2>' % (CL["h2"], slug(x), x), [x])) if k == "h2" else (k, x) for k, x in spec]
body_html, gold = render(spec, {"p": '<p class="%s">{}</p>' % CL["p"]})

next_data = {"props": {"pageProps": {"article": {"id": "environment/2025/nov/03/river-wenlow-glass-eels-count", "headline": HEAD, "standfirst": DEK,
             "byline": [{"name": "Priya Halloran", "role": "Environment correspondent"}], "published": "2025-11-03T06:00:00Z", "section": "environment",
             "blocks": blocks, "commentCount": 48, "tags": ["Wildlife", "Rivers", "Conservation", "Fish"]}}, "__N_SSP": True},
             "page": "/[...path]", "query": {"path": ["environment", "2025", "nov", "03", "river-wenlow-glass-eels-count"]}, "buildId": "r8tQ2m1kVnX0pLs", "isFallback": False, "gssp": True, "scriptLoader": []}

NAV = ["News", "Opinion", "Sport", "Culture", "Lifestyle", "UK", "World", "Climate crisis", "Environment", "Science", "Business", "Tech"]
subjects = ["Ministers", "Rail unions", "A Dunmere care home", "Scottish fishing fleets", "The Met Office", "Two Premier League clubs", "Teachers in Wales", "Heathland rangers"]
verbs = ["warn over", "reject", "quietly shelve", "call for inquiry into", "brace for", "defend"]
objects = ["winter flooding plans", "new water bills", "pay offer", "planning overhaul", "bird flu rules", "energy price cap", "coastal erosion funding"]
most = make_headlines(rnd, subjects, verbs, objects, 10)
more_story = ["Beaver kits born on Wenlow tributary in first wild litter for centuries", "Sewage spills into Sallowmouth estuary doubled last year, figures show", "Opinion: Our rivers need patience, not press releases"]

CONSENT_PURPOSES = ["Store and/or access information on a device", "Use limited data to select advertising", "Create profiles for personalised advertising", "Measure content performance", "Understand audiences through statistics", "Develop and improve services"]

css = css_blob([v for v in CL.values()] + ["dcr-1x9kq", "dcr-8h2mp"], 820, 5103, media=True)
js = js_blob(5103, 300, "__NEXT_P")

most_html = "".join('<li class="%s"><span class="num">%d</span><a href="/uk-news/2025/nov/03/%s">%s</a></li>' % (CL["teaser"], i + 1, slug(t), esc(t)) for i, t in enumerate(most))

page = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{esc(HEAD)} | Environment | {SITE}</title><meta name="description" content="{esc(DEK)}"/>
<link rel="canonical" href="https://www.northernlantern.co.uk/environment/2025/nov/03/river-wenlow-glass-eels-count"/>
<meta property="og:title" content="{esc(HEAD)}"/><meta property="og:description" content="{esc(DEK)}"/>
<link rel="preload" href="/_next/static/css/8f1c2a9e0b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f1c2a9e0b.css" data-n-g=""/>
<style data-emotion="css" data-s="">{css}</style>
{ld_article(HEAD, "Priya Halloran", "2025-11-03T06:00:00+00:00", SITE, section="Environment", lang="en-GB")}
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-3f1a.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2.js" defer=""></script><script src="/_next/static/chunks/pages/%5B...path%5D-90fa1d.js" defer=""></script>
</head><body><div id="__next">
<div class="{CL['consent']}" role="dialog" aria-label="Privacy settings"><h2>We care about your privacy</h2>
<p>We and our 164 partners store and access information on your device, such as cookies, and process personal data such as unique identifiers and browsing data, to do the following:</p>
<ul>{"".join("<li>%s</li>" % esc(x) for x in CONSENT_PURPOSES)}</ul>
<p>You can change your choices at any time by visiting Privacy settings at the bottom of every page. Your choices will apply to this site only.</p>
<button class="{CL['btn']}">Yes, I’m happy</button> <button class="{CL['btn']}">Manage or reject cookies</button></div>
<header class="{h(6)}"><a href="/" class="{h(6)}" aria-label="{SITE} home"><svg width="220" height="40" aria-hidden="true"><title>{SITE}</title><path d="M0 0h220v40H0z"/></svg></a>
<div class="{h(6)}"><a href="/support?ref=header">Support us</a> <a href="/signin">Sign in</a> <a href="/search">Search</a></div>
<nav class="{CL['nav']}" aria-label="Sections"><ul>{link_items(NAV, '<li><a href="{href}">{text}</a></li>')}</ul></nav>
<nav class="{h(6)}" aria-label="Environment subnav"><ul><li><a href="/environment/climate-crisis">Climate crisis</a></li><li><a href="/environment/wildlife">Wildlife</a></li><li><a href="/environment/energy">Energy</a></li><li><a href="/environment/pollution">Pollution</a></li></ul></nav></header>
<main class="{h(6)}"><article class="{h(6)}">
<div class="{h(6)}"><a href="/environment/wildlife" class="{h(6)}">Wildlife</a></div>
<h1 class="{h(7)}">{esc(HEAD)}</h1>
<div class="{h(7)}"><p>{esc(DEK)}</p></div>
<figure class="{CL['fig']}"><img src="https://img.northernlantern.co.uk/wenlow-weir-lead.jpg" alt="A weir on a wooded river" width="1300" height="780"/>
<figcaption class="{CL['cap']}">The weir at Pelling Mill, where a bristle-lined ramp was fitted in 2022. Photograph: Kit Dalloway/The Northern Lantern</figcaption></figure>
<address class="{h(7)}"><a rel="author" href="/profile/priya-halloran">Priya Halloran</a> <span>Environment correspondent</span></address>
<div class="{h(7)}"><time dateTime="2025-11-03T06:00:00.000Z">Mon 3 Nov 2025 06.00 GMT</time></div>
<div class="{h(7)}"><button aria-label="Share on Facebook" class="{CL['btn']}"></button><button aria-label="Share on X" class="{CL['btn']}"></button><button aria-label="Share via Email" class="{CL['btn']}"></button> <a href="#comments" class="{h(6)}">48</a></div>
<div class="{CL['body']}" id="maincontent">
{body_html}
</div>
<div class="{h(7)}"><h2>Explore more on these topics</h2><ul>{link_items(["Wildlife", "Rivers", "Conservation", "Fish", "news"], '<li><a href="{href}">{text}</a></li>', "/environment/")}</ul>
<button class="{CL['btn']}">Share</button> <button class="{CL['btn']}">Reuse this content</button></div>
<aside class="{h(7)}"><h2>More on this story</h2><ul>{link_items(more_story, '<li class="%s"><a href="{href}">{text}</a></li>' % CL['teaser'], "/environment/2025/")}</ul></aside>
<div id="comments" class="{h(7)}"><h2>Comments (48)</h2><p>Sign in or create your {SITE} account to join the discussion.</p><button class="{CL['btn']}">View comments</button></div>
</article>
<section class="{CL['most']}"><h2>Most viewed</h2><ol>{most_html}</ol></section></main>
<footer class="{CL['foot']}"><ul>{link_items(["About us", "Contact us", "Complaints & corrections", "Terms & conditions", "Privacy policy", "Cookie policy", "Privacy settings", "Help", "Work for us", "Advertise with us"], '<li><a href="{href}">{text}</a></li>')}</ul>
<p>© 2025 Northern Lantern Media Ltd. All rights reserved.</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{json_state(next_data)}</script>
<script>{js}</script>
</body></html>
"""

save("q03", page, gold)
