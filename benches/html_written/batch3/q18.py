"""q18 - English, Ghost CMS science/nature site.

Ordinary Ghost markup (gh-content, kg-card): an image card with caption,
an ordered list, a bookmark card to another story (title, description,
publisher - not gold) in the middle of the text, a members sign-up CTA
and comments placeholder after it.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q18"
rnd = random.Random(318)

TITLE = "Volunteers spot a dragonfly not seen at Lake Verrin in 40 years"
EXCERPT = "A weekend survey by amateur naturalists turned up the ember skimmer, a species thought lost from the lake's wetlands since the 1980s."

PART1 = """
The dragonfly was sitting on a reed about a meter from the boardwalk, and at first Odile Marchetti assumed it was a common red darter. Then she looked at the wings.

"There was this smoky amber patch at the base of the hindwings, and I thought, that's not right," said Marchetti, a retired pharmacist who has volunteered with the Lake Verrin Naturalists' Club for nine years. "I took about forty photos, because I knew nobody would believe me otherwise."

The photos, taken during the club's annual insect survey in late August, show an ember skimmer, a dragonfly that has not been recorded at Lake Verrin since 1984. Regional experts confirmed the identification last week.
"""

PART2 = """
The ember skimmer depends on shallow, warm, slow-moving water with plenty of submerged plants, where its larvae spend up to two years before emerging. The species declined across much of the region in the second half of the 20th century as wetlands were drained for farmland and lake shores were built up.

At Lake Verrin, the last confirmed sighting came shortly before a marina expansion filled in part of the northern marsh. Surveys in the 1990s and 2000s found no trace of it.

## Why it may have returned

Ecologists say the timing points to a wetland restoration project completed in 2019, when the county parks department bought the failed marina, removed its concrete breakwater and reconnected about 12 hectares of marsh to the lake.

"You rebuild the habitat, you keep the water clean, and then you wait," said Dr. Helge Amundsen, an entomologist at the Northern Lakes Research Station who reviewed the photos. "Dragonflies are strong fliers. If there is a population within twenty or thirty kilometers, they will find good habitat eventually."

Amundsen cautioned that a single adult does not prove the species is breeding at the lake. Volunteers will return in the spring to search for the larval cases, called exuviae, that dragonflies leave on plant stems when they emerge as adults.

## How the survey works

The Lake Verrin Naturalists' Club has run its insect survey every August since 2011. About 30 volunteers take part over a single weekend, following a standard method so that results can be compared from year to year:

1. The shoreline is divided into 14 sections, each walked slowly by a pair of volunteers twice a day.
2. Every dragonfly and damselfly seen within five meters of the path is recorded by species, or photographed if the observer is unsure.
3. Water temperature and weather are logged at the start and end of each walk.
4. Photos are uploaded to a shared database and checked by two experienced identifiers before any record is accepted.

This year's survey recorded 23 species of dragonfly and damselfly, the highest total in the club's history. Club president Bertrand Okonjo said the results suggested the restored marsh had become one of the richest insect habitats on the lake.

"When we started, people told us we were wasting our weekends counting bugs," Okonjo said. "Now the parks department asks us for our data before they plan anything on the shore."

The county has proposed a second phase of restoration on the lake's eastern shore. A public meeting on the plan is scheduled for January.
"""

h1, g1 = render(body_from(PART1), {})
h2, g2 = render(body_from(PART2), {})
gold = g1 + g2

image_card = """<figure class="kg-card kg-image-card kg-width-wide kg-card-hascaption"><img src="/content/images/2024/11/ember-skimmer.jpg" class="kg-image" alt="An amber-winged dragonfly on a reed" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">The ember skimmer photographed by Odile Marchetti on the north marsh boardwalk on Aug. 24. The amber patches at the base of the hindwings distinguish it from the much more common red darter. Photo: Odile Marchetti</span></figcaption></figure>"""
bookmark = """<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://verrinwild.org/marsh-restoration-five-years-on/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Five years after the marina came out, the north marsh is thriving</div><div class="kg-bookmark-description">Bird counts have doubled and the water is clearer than at any point since monitoring began. Here is what changed, and what still worries ecologists.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt=""><span class="kg-bookmark-author">Verrin Wild</span><span class="kg-bookmark-publisher">Ines Cavanagh</span></div></div><div class="kg-bookmark-thumbnail"><img src="/content/images/2024/06/north-marsh.jpg" alt=""></div></a></figure>"""

css = css_blob(["gh-head", "gh-navigation", "gh-article", "gh-content", "kg-card", "kg-bookmark", "gh-cta", "gh-comments", "gh-foot", "post-card"], 700, 3181)
js = js_blob(3182, 120, "ghost")

html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{excerpt}">
<link rel="canonical" href="https://verrinwild.org/ember-skimmer-returns/">
<meta name="generator" content="Ghost 5.96">
<meta property="og:site_name" content="Verrin Wild">
<meta property="og:type" content="article">
<style>{css}</style>
<script type="application/ld+json">{ld}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://verrinwild.org/" data-key="6b1f0a9c3e" data-api="https://verrinwild.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-wildlife tag-insects has-sans-title has-serif-body">
<div class="gh-site">
<header id="gh-head" class="gh-head gh-outer"><div class="gh-head-inner gh-inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://verrinwild.org">Verrin Wild</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://verrinwild.org/">Home</a></li><li class="nav-wildlife"><a href="https://verrinwild.org/tag/wildlife/">Wildlife</a></li><li class="nav-water"><a href="https://verrinwild.org/tag/water/">Water</a></li><li class="nav-trails"><a href="https://verrinwild.org/tag/trails/">Trails</a></li><li class="nav-about"><a href="https://verrinwild.org/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-btn gh-btn gh-primary-btn" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<main class="gh-main">
<article class="gh-article post tag-wildlife tag-insects">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="https://verrinwild.org/tag/wildlife/">Wildlife</a>
<h1 class="gh-article-title is-title">{title}</h1>
<p class="gh-article-excerpt is-body">{excerpt}</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/ines/"><img class="author-profile-image" src="/content/images/size/w160/2023/01/ines.jpg" alt="Ines Cavanagh"></a></div><div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/ines/">Ines Cavanagh</a></h4><div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2024-11-19">Nov 19, 2024</time><span class="gh-article-meta-length"><span class="bull">—</span> 5 min read</span></div></div></div>
</header>
<section class="gh-content gh-canvas is-body">
{h1}
{image}
{bookmark}
{h2}
</section>
<section class="gh-cta gh-canvas"><h2 class="gh-cta-title">Get Verrin Wild in your inbox. Free stories from the lake, once a week.</h2><div class="gh-cta-actions"><a class="gh-btn gh-primary-btn" href="#/portal/signup" data-portal="signup">Subscribe now</a><p class="gh-cta-link">Already have an account? <a href="#/portal/signin" data-portal="signin">Sign in</a></p></div></section>
<section class="gh-comments gh-canvas"><div class="gh-comments-header"><h3 class="gh-comments-title related-title">Member discussion</h3><span class="gh-comments-count">6 comments</span></div><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.20/umd/comments-ui.min.js" data-ghost-comments="https://verrinwild.org/" data-api="https://verrinwild.ghost.io/ghost/api/content/" data-admin="https://verrinwild.ghost.io/ghost/" data-key="6b1f0a9c3e" data-title="" data-count="true" data-post-id="673b2f0e8a11d40001c6a9f2" crossorigin="anonymous"></script></section>
</article>
</main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><div class="gh-feed">{more}</div></div></section>
<footer class="gh-foot gh-outer"><div class="gh-foot-inner gh-inner"><div class="gh-copyright">Verrin Wild &copy; 2024</div><nav class="gh-foot-menu"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script>{js}</script>
</body>
</html>""".format(
    title=esc(TITLE), excerpt=esc(EXCERPT), css=css, js=js, h1=h1, h2=h2, image=image_card, bookmark=bookmark,
    ld=json_state({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": "Verrin Wild"}, "author": {"@type": "Person", "name": "Ines Cavanagh"}, "headline": TITLE, "description": EXCERPT, "datePublished": "2024-11-19T08:00:00.000Z"}),
    more="".join('<article class="gh-card post"><a class="gh-card-link" href="/%s/"><div class="gh-card-wrapper"><h3 class="gh-card-title is-title">%s</h3><p class="gh-card-excerpt is-body">%s</p><footer class="gh-card-meta"><span class="gh-card-author">Ines Cavanagh</span> <time class="gh-card-date">%s</time></footer></div></a></article>' % (slug(t), esc(t), esc(e), d) for t, e, d in [
        ("The otters are back on the Verrin outflow", "Trail cameras caught a family of four twice in October, the first sighting in the river channel in decades.", "Nov 5, 2024"),
        ("What the algae bloom taught us this summer", "Lower nutrient levels kept this year's bloom smaller and shorter than in 2022, but warm water is a growing risk.", "Oct 22, 2024"),
        ("A beginner's guide to the north marsh boardwalk", "Where to stand, when to go and what you might see in each season.", "Oct 1, 2024"),
    ]),
)

save(PID, html, gold)
