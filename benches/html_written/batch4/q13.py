"""q13 - English, magazine long read.

Long feature with a drop cap, section breaks, a block quote (gold) and a
pull quote repeating a body sentence (not gold); print-edition note,
author bio, "More stories" and a paywall meter message are not gold.
"""
import random
from common import *

PID = "q13"
rnd = random.Random(413)

HEADLINE = "The Last Shift at the Ashgrove Mill"
DEK = "For 112 years, a paper mill gave a river town its work, its smell and its sense of itself. Then it was gone."

S1 = """
At ten minutes to six on a Tuesday morning in February, Walt Brennaman pulled into the gravel lot of the Ashgrove paper mill for the last time. He had done it, by his own count, something over 9,000 times. He parked where he always parked, three spaces from the lamp post that had not worked since the 1990s, and sat for a moment with the engine running, listening to the mill.

"You don't hear it after a while," he told me later, in the kitchen of the house he has lived in since 1979. "It's like your own heartbeat. Then one day you're sitting there and you realise it's going to stop, and you hear every bit of it."

The Ashgrove mill made paper for 112 years. For most of that time it was the largest employer in Tolland County, and for a few decades in the middle of the last century it was the largest employer in the state outside the capital. At its peak, in 1968, it had 2,300 workers on three shifts. On the morning it closed, there were 214.

Everyone in Ashgrove has a way of describing what the mill meant to the town, and almost all of them begin with the smell: a sweet, sulphurous fog that settled over the river valley on still days and that outsiders found unbearable. People who grew up here talk about it with something close to affection. "That was the smell of money," more than one person told me, using a phrase they clearly did not invent but had made their own.
"""

S2 = """
The mill was founded in 1912 by a pair of brothers from the coast, Amos and Lyman Petrie, who chose the site for the river and for the forests that then covered most of the hills around it. The town grew up around the mill, not the other way around. The company built the first school, the first hospital and a library that still has the Petrie name carved over the door.

Through most of the century, a job at the mill was something close to a birthright. Sons followed fathers onto the machines; daughters worked in the finishing rooms and, later, in the labs and offices. The union, formed after a bitter strike in 1937, negotiated wages that let a millworker with a high-school diploma buy a house, a boat and a second car.

In the archive of the Tolland County Historical Society there is a bound run of the union's monthly bulletin. In an issue from the autumn of 1962, a columnist who signed himself only "Machine Four" wrote about what the work meant to him:

> We complain about the heat and the noise and the night shift, and we are right to. But I have stood at the end of that machine and watched a roll of paper come off it as wide as a house and as smooth as a tablecloth, and thought: we made that, out of trees and water and our own two hands. There are worse things a man can say at the end of the day.

That pride is still there, in the men and women who are left. But it has been tested for a long time.
"""

S3 = """
The decline came slowly, and then all at once. Demand for the heavy coated paper the mill specialised in, used in magazines and catalogues, began to fall in the early 2000s and never recovered. The Petrie family sold the business in 1998 to a company from out of state, which sold it again in 2011 to an investment group that few people in town could name.

Each owner promised investment. Each cut jobs. A new boiler, announced with a ribbon-cutting in 2014, was never built. By the time the last owner announced the closure, in a two-paragraph statement released on a Friday evening, most people in Ashgrove said they were not surprised. Many said they were relieved that the waiting was over.

Linda Okamura, who runs the diner across the road from the mill gate, has watched the shift changes from behind her counter for 27 years. In the good years, she said, she could sell 300 breakfasts before eight in the morning. On the mill's last day she sold 41, most of them to retired workers who came in to watch the final shift leave.

"They just stood out there in the cold," she said. "Nobody said much. Somebody had a thermos of coffee and was passing it around. Then the whistle went, and that was it."
"""

S4 = """
It is too early to say what Ashgrove will become. The town council has commissioned a study on reusing the mill site, which covers 140 acres along the river, and there is talk of a business park, a solar farm, or simply a long and expensive cleanup. The state has offered retraining grants, and some of the younger workers have already found jobs at a distribution warehouse an hour's drive south.

For the older ones, like Walt Brennaman, the future is harder to picture. He is 63, too young for a full pension and, he suspects, too old for anyone to want to train. He has been fixing lawnmowers in his garage for cash and thinking about selling the house and moving closer to his daughter.

On the day I visited, he drove me past the mill. The gates were chained and the parking lot was empty except for a security guard's pickup. The stacks, for the first time in his life, were not smoking.

"I keep thinking I'll get used to it," he said, slowing down as we passed the lamp post. "I keep thinking one morning I'll drive by and not look."

He looked.
"""

secs = [body_from(S1), body_from(S2), body_from(S3), body_from(S4)]
# drop cap on the first paragraph
first = secs[0][0][1]
secs[0][0] = ("rawgold", ('<p class="ArticleParagraph_dropcap"><span class="dropcap">%s</span>%s</p>' % (first[0], esc(first[1:])), [first]))
pull = ('<aside class="ArticlePullquote"><blockquote class="pullquote"><p>&ldquo;You don&rsquo;t hear it after a while. It&rsquo;s like your own heartbeat.&rdquo;</p></blockquote></aside>')
secs[0].insert(3, ("raw", pull))
secs[2].insert(2, ("raw", '<div class="ArticleInlineAd"><p class="ad-label">Advertisement</p></div>'))
brk = ("raw", '<hr class="ArticleSectionBreak" aria-hidden="true"><div class="section-ornament">&#9670; &#9670; &#9670;</div>')
body = secs[0] + [brk] + secs[1] + [brk] + secs[2] + [("raw", '<figure class="ArticleInlineImage"><img src="/img/ashgrove-diner.jpg" alt=""><figcaption>Linda Okamura at her diner across from the mill gate. <span class="credit">Hollis Grant for The Meridian Review</span></figcaption></figure>'), brk] + secs[3]
body_html, gold = render(body, {"p": '<p class="ArticleParagraph">{}</p>', "quote": '<blockquote class="ArticleBlockquote">{items}</blockquote>'})

page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(HEADLINE)} - The Meridian Review</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(DEK)}">
<style>{css_blob(["ArticleParagraph", "ArticleHero", "ArticleBlockquote", "ArticlePullquote", "SiteHeader", "SiteFooter", "Paywall", "MoreStories", "AuthorBio"], 430, 4131)}</style>
{ld_article(HEADLINE, "Clara Voss", "2024-04-15T06:00:00-04:00", "The Meridian Review", section="Features")}
<script>{js_blob(4132, 160, "meridian")}</script>
</head>
<body>
<header class="SiteHeader"><button class="SiteHeader-menu">Menu</button><a href="/" class="SiteHeader-logo">The Meridian Review</a>
<nav class="SiteHeader-sections"><ul>{link_items(["Politics", "Ideas", "Culture", "Books", "Science", "Technology", "Family", "Photography", "Magazine", "Podcasts"], prefix="/")}</ul></nav>
<a class="SiteHeader-subscribe" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></header>
<main>
<article class="Article">
<header class="ArticleHero"><div class="ArticleHero-rubric"><a href="/features/">Features</a></div>
<h1 class="ArticleHero-title">{esc(HEADLINE)}</h1>
<p class="ArticleHero-dek">{esc(DEK)}</p>
<div class="ArticleHero-byline">By <a href="/author/clara-voss/">Clara Voss</a></div>
<figure class="ArticleHero-lead"><img src="/img/ashgrove-mill-stacks.jpg" alt=""><figcaption>The Ashgrove mill in its final week of operation. <span class="credit">Photographs by Hollis Grant for The Meridian Review</span></figcaption></figure>
<time class="ArticleHero-date" datetime="2024-04-15">April 15, 2024</time>
<div class="ArticleShare"><button>Share</button><button>Save</button><button>Gift</button></div></header>
<section class="ArticleBody" data-event-module="article body">
<div class="ArticleAudio"><button>Listen to this article</button><span>00:00</span><span>18:42</span><p>Produced by a narration service</p></div>
{body_html}
<p class="ArticlePrintNote"><em>This article appears in the May 2024 print edition with the headline &ldquo;The Mill Whistle.&rdquo;</em></p>
</section>
<div class="AuthorBio"><p><a href="/author/clara-voss/">Clara Voss</a> is a staff writer at The Meridian Review, where she covers work and the economy.</p></div>
<div class="ArticleShare-bottom"><button>Share</button><button>Save</button></div>
</article>
<section class="MoreStories"><h2>More Stories</h2><ul>{teaser_items(rnd, ["The Quiet Collapse of the Small-Town Newspaper", "What a Shrinking Lake Taught a Village About Water", "The Surprising Second Life of the American Warehouse", "How a Factory Town Learned to Live Without Its Factory"], '<li><a href="{href}"><h3>{text}</h3></a></li>', "/features/archive/2024/")}</ul></section>
</main>
<div class="Paywall-meter" role="region"><p>You have 2 free articles left this month.</p><p>Subscribe for unlimited access to our journalism.</p><a href="/subscribe">Subscribe now</a></div>
<footer class="SiteFooter"><ul>{link_items(["About", "Contact", "Careers", "Shop", "Subscription", "Give a Gift", "Manage Subscription", "Group Subscriptions", "Advertise", "Press", "Newsletters", "Privacy Policy", "Your Privacy Choices", "Advertising Guidelines", "Terms and Conditions", "Responsible Disclosure", "Site Map"], prefix="/info/")}</ul>
<p>The Meridian Review &copy; 2024 The Meridian Review Company. All Rights Reserved.</p></footer>
<script>{js_blob(4133, 60, "paywall")}</script>
</body></html>"""

save(PID, page, gold)
