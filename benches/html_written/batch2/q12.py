# q12: long-form science magazine feature with superscript reference markers (kept in gold as visible),
# references list + notes (excluded), fact sidebar (excluded), figures, cite/republish boxes.
import random
from common import *
rnd = random.Random(1212)
SITE = "Meridian Science Quarterly"
HEAD = "The Lakes That Exhale in Winter"
DEK = "Beneath the ice of northern lakes, microbes are quietly producing methane all winter long. A small team of limnologists is trying to figure out how much of it escapes — and when."

R = lambda n: '<sup class="ref"><a href="#ref-%d" id="cite-%d">%d</a></sup>' % (n, n, n)
body = [
    ('p', "At 6 a.m. on a February morning, the surface of Lake Vesper is a flat white field under a sky the colour of pewter. Nadia Korhonen kneels beside a hole she has just drilled through 60 centimetres of ice and lowers a plastic funnel on a rope into the black water below. Within a few seconds, a thin stream of bubbles begins to rise into it."),
    ('p', "“There,” she says, pointing at the gauge on the collection bottle. “That’s winter breathing.”"),
    ('p', "Korhonen, a limnologist at the Northern Waters Research Station, has spent the past six winters measuring gas that accumulates under lake ice. Most of it is methane, a greenhouse gas roughly 80 times more potent than carbon dioxide over a 20-year period." + R(1) + " For decades, researchers assumed that lakes in cold climates were more or less dormant in winter, their biology slowed to a crawl by the cold and dark. The bubbles suggest otherwise."),
    ('h2', "A missing season"),
    ('p', "Lakes are among the largest natural sources of methane on the planet. The gas is produced by microbes called methanogens, which live in oxygen-poor sediments and break down dead plants and algae. Estimates of how much methane lakes release vary widely, from tens of millions to more than 150 million tonnes a year." + R(2)),
    ('p', "Part of the reason for that uncertainty is that almost all measurements have been made in summer, when lakes are easy to reach and instruments easy to maintain. Winter data from ice-covered lakes, which make up a large share of the world’s lakes by number, are scarce." + R(3)),
    ('p', "“If you only measure in July, you’re missing half the story,” says Emeka Obi, a biogeochemist at Redfern University who collaborates with Korhonen. “The methane doesn’t stop being made when the ice forms. It just gets trapped.”"),
    ('p', "Under ice, gas from the sediments rises and collects in pockets against the underside of the frozen surface, sometimes forming large white blisters visible from above. When the ice melts in spring, much of it escapes in a matter of days — a pulse that some studies suggest can account for a quarter or more of a lake’s annual emissions." + R(4)),
    ('raw', '<aside class="pull-quote"><p>“If you only measure in July, you’re missing half the story.”</p></aside>'),
    ('h2', "Counting bubbles"),
    ('p', "Measuring that pulse is harder than it sounds. Methane escapes from lakes in several ways: it diffuses slowly across the water surface, it bubbles up from sediments in bursts, and some of it is consumed by other microbes before it ever reaches the air. Each pathway requires a different kind of instrument."),
    ('p', "At Lake Vesper, Korhonen’s team has deployed a network of 40 bubble traps frozen into the ice, along with sensors that record dissolved gas concentrations every ten minutes through the winter. In spring, they add floating chambers and a tower that measures gas exchange between the lake and the atmosphere."),
    ('p', "Their data, published last year, showed that methane concentrations under the ice climbed steadily from December to March, and that roughly 40 percent of the lake’s annual methane release happened in the two weeks after ice-out." + R(5) + " The team also found that a warm spell in January, which briefly opened a strip of water along the southern shore, released a burst of gas that would have been missed entirely by a summer-only survey."),
    ('h2', "Shorter winters, different lakes"),
    ('p', "The findings matter because winters are changing. Across much of the Northern Hemisphere, lakes are freezing later and thawing earlier than they did a century ago, and some that once froze every year now stay open in mild winters." + R(6)),
    ('p', "What that means for methane is not obvious. A shorter ice season might reduce the amount of gas that builds up under the ice, but warmer water also speeds up microbial activity. Longer open-water seasons could allow more methane to escape gradually rather than in a single spring burst."),
    ('p', "Obi’s laboratory experiments hint at a further complication. When his team warmed sediment cores from Lake Vesper by 2 degrees Celsius, methane production rose by about a third, but the activity of methane-eating bacteria rose too, partly offsetting the increase." + R(7) + " “The system has brakes as well as an accelerator,” he says. “We don’t yet know which one wins in a warmer world.”"),
    ('p', "Some researchers are cautious about scaling up results from a handful of well-studied lakes. Ruth Abernethy, an atmospheric scientist who builds global methane budgets, points out that small ponds, which are hard to study and easy to overlook, may contribute more methane per square metre than large lakes." + R(8) + " “Every new winter dataset is valuable,” she says. “But we’re still extrapolating from a very small number of places.”"),
    ('h2', "Back on the ice"),
    ('p', "By mid-morning, the sun has cleared the tree line and the ice has begun to creak. Korhonen and two graduate students work their way along a line of flags, emptying traps, recording readings and stowing sample bottles in an insulated box on a sledge."),
    ('p', "She has applied for funding to extend the winter monitoring to a dozen lakes across a range of latitudes, from lakes that freeze for seven months a year to ones that freeze for only a few weeks. The goal, she says, is to give climate modellers something better than guesswork."),
    ('p', "“We know lakes breathe in summer,” she says, capping another bottle. “Now we need to listen to them in winter, too.”"),
]
tpl = {'p': '<p>{}</p>', 'h2': '<h2 class="section-head">{}</h2>'}
body_html, gold = render(body, tpl)

refs = ["Lindqvist, P. &amp; Marsh, T. Global warming potentials of short-lived climate forcers revisited. <em>Atmos. Chem. Rev.</em> <strong>14</strong>, 221–240 (2021).",
        "Harrow, J. <em>et al.</em> Reconciling bottom-up and top-down estimates of freshwater methane emissions. <em>Glob. Biogeochem. Lett.</em> <strong>9</strong>, e2022GL0481 (2022).",
        "Osei, K. &amp; Bramwell, L. Under-ice limnology: a review of winter processes in seasonally frozen lakes. <em>Limnol. Perspect.</em> <strong>31</strong>, 88–117 (2019).",
        "Vance, M. <em>et al.</em> Spring ice-out releases stored methane from boreal lakes. <em>J. Freshw. Geochem.</em> <strong>47</strong>, 1203–1219 (2020).",
        "Korhonen, N., Obi, E., Tallis, R. &amp; Ng, S. Continuous under-ice methane observations reveal the magnitude of the ice-out pulse. <em>Limnol. Perspect.</em> <strong>36</strong>, 402–419 (2023).",
        "Whitford, A. &amp; Dube, C. A century of lake ice phenology across the Northern Hemisphere. <em>Clim. Cryosph. Data</em> <strong>5</strong>, 17–35 (2021).",
        "Obi, E. &amp; Marchand, L. Temperature sensitivity of methanogenesis and methanotrophy in lake sediments. <em>Microb. Ecol. Lett.</em> <strong>12</strong>, 560–574 (2024).",
        "Abernethy, R. <em>et al.</em> Small ponds, large fluxes: revisiting the size distribution of freshwater methane sources. <em>Environ. Res. Notes</em> <strong>18</strong>, 044012 (2023)."]
refs_html = "".join(f'<li id="ref-{i+1}"><span class="ref-text">{r}</span> <a href="#cite-{i+1}" class="backlink" aria-label="Back to text">↩</a></li>' for i, r in enumerate(refs))

factbox = '''<aside class="fact-box"><h3>Methane by the numbers</h3><ul><li><strong>~80×</strong> the warming power of CO₂ over 20 years</li><li><strong>40%</strong> of Lake Vesper’s yearly release came in two weeks after ice-out</li><li><strong>40</strong> bubble traps frozen into the ice</li><li><strong>6</strong> winters of measurements so far</li></ul></aside>'''
fig2 = '<figure class="wide-figure"><img src="https://cdn.meridiansq.example/img/vesper-traps-chart.png" alt="Chart of under-ice methane concentrations" width="1600" height="900"><figcaption><span class="fig-label">Figure 1.</span> Dissolved methane under the ice of Lake Vesper, December 2022 to May 2023. Concentrations rise steadily through winter and drop sharply within two weeks of ice-out. <span class="credit">Data: Korhonen et al. (2023); graphic by Mila Petrov</span></figcaption></figure>'
lines = body_html.split("\n")
lines.insert(13, fig2)   # after "Counting bubbles" para 3
lines.insert(9, factbox)
body_html = "\n".join(lines)

more = [("Ecology", "The Forest That Counts Its Own Rings"), ("Physics", "Why Ice Is Slippery, Finally Explained"), ("Oceans", "Listening to Whales Through Fibre-Optic Cables"),
        ("Climate", "The Peat Bogs Holding Their Breath"), ("Microbiology", "Life in the Pores of Rock"), ("Earth Science", "Mapping the Rivers Under Greenland"),
        ("History of Science", "The Forgotten Women Who Charted the Lakes"), ("Chemistry", "A Cheaper Way to Catch Methane"), ("Climate", "When Permafrost Lakes Drain Overnight")]
more_html = "".join(f'<article class="card"><a href="/articles/{slug(t)}"><img src="/img/cards/{i}.jpg" alt=""><span class="card-section">{s}</span><h3>{esc(t)}</h3></a></article>' for i, (s, t) in enumerate(more))

css = css_blob(["msq", "feature", "ref", "card", "fact-box", "masthead", "fig", "cite", "donate"], 420, 1212)
js = js_blob(12121, 90, "MSQ")
doc = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{esc(HEAD)} | {SITE}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{esc(DEK)}">
<meta name="citation_title" content="{esc(HEAD)}"><meta name="citation_author" content="Lorna Achterberg"><meta name="citation_publication_date" content="2024/03/07">
<meta property="og:title" content="{esc(HEAD)}"><meta property="og:description" content="{esc(DEK)}"><meta property="og:type" content="article"><meta property="og:image" content="https://cdn.meridiansq.example/img/vesper-hero.jpg">
<meta property="article:published_time" content="2024-03-07T10:00:00+00:00"><meta property="article:section" content="Climate">
<script type="application/ld+json">{json_state({"@context": "https://schema.org", "@type": "Article", "headline": HEAD, "description": DEK, "author": {"@type": "Person", "name": "Lorna Achterberg"}, "datePublished": "2024-03-07T10:00:00+00:00", "publisher": {"@type": "Organization", "name": SITE}, "license": "https://creativecommons.org/licenses/by-nd/4.0/"})}</script>
<style>{css}</style>
<script>{js}</script>
</head>
<body class="single-feature">
<div class="donate-banner"><p>Meridian is a nonprofit. Reader donations keep our science journalism free for everyone. <a href="/donate">Donate today</a></p><button aria-label="Dismiss">×</button></div>
<header class="masthead"><a class="masthead-logo" href="/">{SITE}</a><nav class="masthead-nav"><a href="/topics/climate">Climate</a><a href="/topics/life">Life</a><a href="/topics/physics">Physics</a><a href="/topics/space">Space</a><a href="/topics/health">Health</a><a href="/topics/society">Society</a><a href="/issues">Issues</a><a href="/podcast">Podcast</a></nav>
<form class="masthead-search" action="/search"><input type="search" name="q" aria-label="Search" placeholder="Search Meridian"></form><a class="masthead-cta" href="/newsletter">Newsletter</a></header>
<main id="content">
<article class="feature">
<header class="feature-header">
<p class="feature-kicker"><a href="/topics/climate">Climate</a> · <a href="/issues/spring-2024">Spring 2024 issue</a></p>
<h1 class="feature-title">{esc(HEAD)}</h1>
<p class="feature-dek">{esc(DEK)}</p>
<p class="feature-byline">By <a href="/authors/lorna-achterberg">Lorna Achterberg</a> · <time datetime="2024-03-07">March 7, 2024</time> · 12 min read</p>
<ul class="feature-share"><li><a href="#">Share</a></li><li><a href="#">Email</a></li><li><a href="#">Print</a></li><li><a href="#cite">Cite</a></li></ul>
<figure class="hero"><img src="https://cdn.meridiansq.example/img/vesper-hero.jpg" alt="A researcher kneels on lake ice beside a drilled hole" width="2400" height="1350"><figcaption>Nadia Korhonen collects gas from a bubble trap frozen into the ice of Lake Vesper. <span class="credit">Photo: Henrik Aalto for Meridian</span></figcaption></figure>
</header>
<div class="feature-body">
{body_html}
</div>
<footer class="feature-footer">
<section class="references" id="references"><h2>References</h2><ol class="ref-list">{refs_html}</ol></section>
<section class="notes"><h3>Note</h3><p>Methane potency figures vary with the time horizon used; see reference 1 for a discussion.</p></section>
<section class="cite-box" id="cite"><h3>Cite this article</h3><p>Achterberg, L. (2024). The Lakes That Exhale in Winter. <em>Meridian Science Quarterly</em>. https://doi.example/10.5555/msq.2024.0307</p></section>
<section class="republish"><h3>Republish this article</h3><p>This article is licensed under a Creative Commons Attribution-NoDerivatives 4.0 licence. You may republish it for free, provided you credit the author and link back to Meridian.</p><button>Get the HTML</button></section>
<section class="author-bio"><img src="/img/authors/la.jpg" alt=""><p><strong>Lorna Achterberg</strong> is a science writer based in Thunder Sound. She writes about water, ice and the microbes that live in both. Her last feature for Meridian was “The Peat Bogs Holding Their Breath.”</p></section>
<ul class="topic-tags"><li><a href="/tags/methane">Methane</a></li><li><a href="/tags/lakes">Lakes</a></li><li><a href="/tags/limnology">Limnology</a></li><li><a href="/tags/winter">Winter</a></li></ul>
</footer>
</article>
<section class="more-from"><h2>More from Meridian</h2><div class="card-grid">{more_html}</div></section>
<section class="newsletter"><h2>The Meridian Dispatch</h2><p>Our best science stories, once a week. No spam, ever.</p><form><input type="email" aria-label="Email"><button>Subscribe</button></form></section>
</main>
<footer class="site-footer"><p>{SITE} is published by the Meridian Foundation for Science Communication, a registered charity.</p><nav><a href="/about">About</a> <a href="/masthead">Masthead</a> <a href="/ethics">Editorial standards</a> <a href="/privacy">Privacy</a> <a href="/contact">Contact</a></nav><p>© 2024 Meridian Foundation</p></footer>
</body>
</html>
'''
save("q12", doc, gold)
