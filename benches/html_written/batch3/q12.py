"""q12 - English, Q&A interview on a science/environment desk.

Two intro paragraphs and an editing note, then question/answer pairs:
bold questions and plain answers, all gold.  A pull quote repeating part
of an answer and an ad slot sit between pairs; neither is gold.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q12"
rnd = random.Random(312)

TITLE = "'Kelp doesn't wait for permission': A diver's view of the Corrigan Bay restoration"
DEK = "Marine ecologist Sunniva Halvorsen has spent six years replanting a kelp forest that nearly vanished. We asked her what has worked, and what hasn't."

INTRO = """
Ten years ago, the kelp forest off Corrigan Bay covered about 1,400 acres. By 2018, after a run of marine heat waves and an explosion of purple sea urchins, less than 5% of it was left.

Sunniva Halvorsen, a marine ecologist at the Tidewater Institute, has led a project since then to bring it back, pairing commercial divers who remove urchins with volunteers who grow young kelp on ropes in the bay. This fall the project reported its best year yet. We spoke with her on the dock in Port Averill.

This interview has been edited for length and clarity.
"""

QA = [
    ("How bad was it when you started?",
     ["Honestly, it looked like a parking lot. You'd drop down to twenty feet and see bare rock covered with urchins, thousands of them, packed so tightly you couldn't put a hand down. They had eaten everything. In some spots we counted more than 60 urchins in a single square meter.",
      "The strange part is that those urchins were starving. They're what we call zombie urchins: they can survive for years with almost nothing to eat, and they just sit there waiting for anything green to settle."]),
    ("Why did the urchins take over?",
     ["A few things happened at once. A sea star disease wiped out the sunflower stars that used to eat young urchins. Then the heat waves stressed the kelp, so there was less of it to begin with. When the balance tipped, it tipped very fast. Within two summers the forest was basically gone."]),
    ("What does restoration actually look like day to day?",
     ["A lot of it is very unglamorous. We have a crew of commercial divers who go down with hammers and simply smash urchins, or collect them in bags when there's a market for them. We work plot by plot. Once we get the density below about two urchins per square meter, kelp can come back on its own if there's a seed source nearby.",
      "Where there isn't, we out-plant. Volunteers grow juvenile kelp on lines at our nursery, and divers tie those lines to the bottom. Some of it takes, some of it gets eaten, some of it gets torn off in the first storm."]),
    ("How much of the forest has come back?",
     ["In the plots we've cleared, we now have about 180 acres of healthy canopy. That's still a small fraction of what was here, but three years ago it was 20. What matters most to me is that some of it has started spreading past the edges of our plots without any help."]),
    ("Is smashing urchins by hand really sustainable?",
     ["Not forever, and not at the scale of the whole coast. It's expensive, it's slow and it depends on a handful of skilled divers. We think of it as buying time. The long-term answer has to include the predators coming back, either sunflower stars recovering or sea otters returning to this stretch of coast, which is a much bigger and more political question."]),
    ("Your volunteer program has grown a lot. Who signs up?",
     ["Everybody. Retired teachers, high school students, a couple of fishermen who lost their abalone season when the kelp went. We had a woman last summer who was 81 and never missed a shift at the nursery. People want something they can do with their hands. Climate news can make you feel helpless, and this is one place where you can go out on a Tuesday and tie 300 kelp sprouts to a rope."]),
    ("What has surprised you?",
     ["How fast things respond once you give them a chance. We cleared one plot in March and by September there were juvenile rockfish swimming through new kelp that was already taller than I am. The fish knew before we did.",
      "The other surprise, frankly, was how hard the paperwork is. Getting permits to remove a native species, even one that has gotten completely out of balance, took us almost two years."]),
    ("What would you tell another community thinking of doing this?",
     ["Start small and measure everything. Pick a site you can actually protect, clear it properly, and keep it clear. It's very tempting to spread your effort thin over a big area so the maps look good, but kelp doesn't wait for permission, and neither do the urchins. If you leave a gap, they'll move right back in."]),
    ("What's next for the project?",
     ["We've applied for funding to triple the diver crew for the next three years and to build a second nursery on the north side of the bay. We're also working with the university on a study of whether warmer-tolerant strains of kelp from further south could be planted here. That one we're approaching carefully."]),
]

intro_h, g_intro = render(body_from(INTRO), {"p": "<p>{}</p>"})
gold = list(g_intro)
qa_parts = []
for i, (q, answers) in enumerate(QA):
    qa_parts.append('<p class="qa-question"><strong>%s</strong></p>' % q)
    gold.append(q)
    for a in answers:
        qa_parts.append('<p class="qa-answer">%s</p>' % a)
        gold.append(a)
    if i == 2:
        qa_parts.append('<aside class="pull-quote"><blockquote><p>&ldquo;Climate news can make you feel helpless, and this is one place where you can go out on a Tuesday and tie 300 kelp sprouts to a rope.&rdquo;</p><cite>Sunniva Halvorsen</cite></blockquote></aside>')
    if i == 4:
        qa_parts.append('<div class="ad-container ad-container--inline"><p class="ad-container__label">Advertisement</p><div id="gpt-inline-2" class="ad-slot"></div></div>')
intro_h = intro_h.replace("<p>This interview has been edited", '<p class="editors-note"><em>This interview has been edited').replace("clarity.</p>", "clarity.</em></p>")

more = [
    "The sunflower sea star is back in three coves. Scientists aren't sure why.",
    "Port Averill fishermen face shortest crab season in a decade",
    "What a warming ocean means for the Tidewater coast, in five charts",
    "Volunteers count record number of shorebirds on Corrigan Spit",
]

css = css_blob(["masthead", "topnav", "story", "qa-question", "qa-answer", "pull-quote", "ad-container", "author-card", "more-stories", "site-footer"], 800, 3121)
js = js_blob(3122, 150, "tw")

html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title_txt} | The Tidewater Observer</title>
<meta name="description" content="{dek}">
<style>{css}</style>
</head>
<body>
<div class="masthead"><a href="/" class="masthead__logo">The Tidewater Observer</a><span class="masthead__tagline">Independent news for the coast</span><a class="masthead__donate" href="/donate/">Donate</a></div>
<nav class="topnav"><a href="/environment/">Environment</a><a href="/fisheries/">Fisheries</a><a href="/politics/">Politics</a><a href="/housing/">Housing</a><a href="/culture/">Culture</a><a href="/podcast/">Podcast</a><a href="/events/">Events</a></nav>
<main>
<article class="story story--interview">
<header class="story__header"><div class="story__kicker"><a href="/environment/">Environment</a> &middot; Q&amp;A</div>
<h1 class="story__title">{title}</h1>
<p class="story__dek">{dek}</p>
<div class="story__meta"><span class="story__author">Interview by <a href="/author/gabriel-ferro/">Gabriel Ferro</a></span> <time datetime="2024-11-21">November 21, 2024</time> <span class="story__readtime">9 min read</span></div></header>
<figure class="story__lead"><img src="/images/2024/11/halvorsen-dock.jpg" alt="Sunniva Halvorsen on a dock"><figcaption>Sunniva Halvorsen on the Port Averill dock, where the project's kelp nursery lines are prepared. <span class="credit">Gabriel Ferro / Tidewater Observer</span></figcaption></figure>
<div class="story__body">
{intro}
{qa}
</div>
<footer class="story__footer">
<div class="author-card"><img src="/authors/gferro.jpg" alt=""><p><strong>Gabriel Ferro</strong> is the Observer's environment reporter. He has covered the coast's fisheries and ocean science since 2016. Send tips to gferro@tidewaterobserver.org.</p></div>
<div class="story__republish"><a href="/republish/">Republish this story</a> for free under a Creative Commons license.</div>
<div class="donate-box"><h3>Before you go</h3><p>The Observer is a nonprofit newsroom funded by readers like you. If this story helped you understand the coast a little better, please consider a gift of any size.</p><a href="/donate/" class="btn">Give now</a></div>
</footer>
</article>
<section class="more-stories"><h2>More from the coast</h2><ul>{more}</ul></section>
</main>
<footer class="site-footer"><p>The Tidewater Observer is a nonprofit, nonpartisan newsroom. &copy; 2024</p><a href="/about/">About</a> <a href="/ethics/">Ethics policy</a> <a href="/privacy/">Privacy</a></footer>
<script>{js}</script>
</body>
</html>""".format(
    title=esc(TITLE),
    title_txt=esc(TITLE), dek=esc(DEK), css=css, js=js, intro=intro_h, qa="\n".join(qa_parts),
    more="".join('<li><a href="/environment/%s/">%s</a></li>' % (slug(m), esc(m)) for m in more),
)

save(PID, html, gold)
