# q06: Canadian public broadcaster-like page: "Social Sharing", audio embed, "Story continues below" ad,
# "With files from" credit, related stories, Popular Now, standards footer
import random
from common import *
rnd = random.Random(606)
SITE = "Northlight Public Broadcasting"
HEAD = "Ashdale's only grocery store was about to close. So the town bought it"
DEK = "More than 600 residents of the southwestern Manitoba town now own a share of Prairie Pantry Co-op"

body = [
    ('p', "When the owners of the only grocery store in Ashdale, Man., announced last fall that they were retiring and couldn't find a buyer, Colleen Rasmussen did the math on what it would mean for her mother."),
    ('p', "The nearest other grocery store is in Virden Lake, a 45-minute drive each way. Her mother, who is 88 and no longer drives in winter, would have depended on neighbours for milk and bread."),
    ('p', "\"It's not just a store. It's the place where you find out who's sick, whose grandkid had a baby, whose cattle got out,\" said Rasmussen, who farms west of town. \"If it closes, a little bit of the town closes with it.\""),
    ('p', "So Rasmussen and a handful of others did something that is becoming more common in rural Canada: they asked the whole town to buy it."),
    ('raw', '<div class="audioEmbed"><div class="audioPlayer"><button class="playButton" aria-label="Play audio">Play</button><span class="audioTitle">Information Radio - MB</span><span class="audioDuration">7:42</span><p class="audioDescription">How a town of 900 raised enough money to save its grocery store.</p></div></div>'),
    ('p', "Over six weeks this winter, the group sold $250 memberships and $1,000 investment shares in a new co-operative. By the end of March, 612 people had signed up, raising just over $780,000 — enough, with a loan from a credit union, to buy the building and the business."),
    ('p', "Prairie Pantry Co-op opened under its new name on Saturday, with a ribbon cutting, free coffee and a lineup out the door."),
    ('raw', '<div class="ad-risingstar-container"><p class="ad-label">Story continues below</p><div id="ad-bigbox-1" class="ad-placement"></div></div>'),
    ('h2', "Following a familiar model"),
    ('p', "Community-owned stores are not new on the Prairies, where farmers started co-operatives more than a century ago to buy supplies and sell grain together. But the idea has seen a revival as independent grocers age out and large chains show little interest in small towns."),
    ('p', "Marcel Lavoie, who advises communities on co-op startups through a provincial co-operative association, said he has worked with at least nine towns in Manitoba and Saskatchewan on similar projects in the last five years."),
    ('p', "\"The common thread is that there's no obvious buyer, and people realize that if they want to keep the store, they have to become the buyer,\" he said."),
    ('p', "Lavoie said the projects that succeed tend to have a few things in common:"),
    ('ul', ["A realistic business plan that assumes sales will dip in the first year.",
            "An experienced manager, ideally someone who already knows the store.",
            "Members who actually shop there, not just people who like the idea of it."]),
    ('p', "\"The hardest part isn't raising the money,\" he said. \"It's year three, when the excitement has worn off and people start driving to the city for specials again.\""),
    ('raw', '<div class="ad-risingstar-container"><p class="ad-label">Story continues below</p><div id="ad-bigbox-2" class="ad-placement"></div></div>'),
    ('h2', "'We're not going to be the cheapest'"),
    ('p', "The store's former owners, Gord and Evelyn Sawatzky, ran it for 31 years. Evelyn Sawatzky has agreed to stay on part-time for the first year to help train staff and keep relationships with suppliers."),
    ('p', "Store manager Priya Lal, who moved to Ashdale from Brandon in 2019 and worked at the store as assistant manager, said the co-op is trying to be honest with members about prices."),
    ('p', "\"We're not going to be the cheapest. We can't be, buying in the volumes we buy,\" Lal said. \"What we can be is here. We're open seven days, we deliver to the seniors' lodge, and if you want a particular brand of pickles, you ask me and I'll try to get it.\""),
    ('p', "The co-op plans to add a small hot-food counter in the fall and is talking with local producers about stocking beef, eggs and honey from farms in the area."),
    ('p', "Rasmussen's mother was one of the first people through the door on Saturday. She bought a loaf of bread and a jar of saskatoon jam, and then stayed for an hour talking to people she hadn't seen all winter."),
    ('p', "\"That,\" Rasmussen said, \"is exactly why we did it.\""),
]
tpl = {'p': '<p>{}</p>', 'h2': '<h2>{}</h2>', 'ul': '<ul>{items}</ul>'}
body_html, gold = render(body, tpl)

related = ["Rural Saskatchewan town turns former school into community-run café", "Why small-town grocery stores are disappearing across the Prairies",
           "Manitoba co-ops see membership jump as food prices climb", "Brandon-area farmers' market moves indoors for year-round season"]
rel_html = "".join(f'<li class="relatedStoryItem"><a href="/news/canada/manitoba/{slug(t)}-1.{7100000+i}" class="relatedLink"><span class="headline">{esc(t)}</span></a></li>' for i, t in enumerate(related))
popular = ["Winnipeg police investigate shooting in North End", "Highway 1 reopens after multi-vehicle crash near Portage",
           "Province announces new funding for rural emergency rooms", "Jets sign forward to 3-year extension", "Frost warning issued for southern Manitoba",
           "Teachers' union, province reach tentative deal", "Canada Post strike: what you need to know", "This retired teacher has planted 10,000 trees"]
pop_html = "".join(f'<li class="popularItem"><a href="/news/{slug(t)}"><span class="rank">{i+1}</span><span class="headline">{esc(t)}</span></a></li>' for i, t in enumerate(popular))
feed = make_headlines(rnd, ["Manitoba", "Winnipeg", "Brandon", "Thompson", "Steinbach", "Province", "RCMP", "City council"],
                      ["announces", "delays", "reviews", "cuts", "expands", "defends"],
                      ["snow-clearing budget", "addictions treatment beds", "bus route changes", "flood protection plan", "school boundary changes", "water treatment upgrade"], 16)
feed_html = "".join(f'<li><a href="/news/canada/manitoba/{slug(t)}"><h3>{esc(t)}</h3><p>News</p></a></li>' for t in feed)

nav = ["News", "Sports", "Radio", "Music", "Listen Live", "TV", "Watch"]
sub = ["Top Stories", "Local", "Climate", "World", "Canada", "Politics", "Indigenous", "Business", "Health", "Entertainment", "Science", "Investigates", "Go Public"]
css = css_blob(["story", "detailHeadline", "bylineDetails", "sclt", "pageHeader", "relatedStory", "mediaEmbed", "popular", "footer", "navItem"], 450, 66)
js = js_blob(6606, 130, "NPB")

doc = f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>
<title>Ashdale's only grocery store was about to close. So the town bought it | Northlight News</title>
<meta name="description" content="{esc(DEK)}"/>
<meta property="og:title" content="{esc(HEAD)} | Northlight News"/><meta property="og:type" content="article"/><meta property="og:site_name" content="Northlight News"/>
<meta property="og:image" content="https://i.npb.example/1.7212345.1716586034!/fileImage/httpImage/image.jpg_gen/derivatives/16x9_620/prairie-pantry-co-op.jpg"/>
<meta property="article:published_time" content="2024-05-25T08:00:00.000Z"/><meta property="article:section" content="Manitoba"/>
<link rel="canonical" href="https://www.npb.example/news/canada/manitoba/ashdale-grocery-store-co-op-1.7212345"/>
<script type="application/ld+json">{json_state({"@context": "http://schema.org/", "@type": "ReportageNewsArticle", "headline": HEAD, "description": DEK, "datePublished": "2024-05-25T08:00:00.000Z", "author": [{"@type": "Person", "name": "Aidan Thorsteinson"}], "publisher": {"@type": "Organization", "name": SITE}})}</script>
<style>{css}</style>
<script>window.__INITIAL_STATE__={json_state({"detail": {"content": {"id": 7212345, "type": "story", "title": HEAD, "flags": {"commentsEnabled": False}}}, "app": {"region": "manitoba"}})};</script>
</head><body><div id="app">
<header class="pageHeader"><a class="skipLink" href="#main">Skip to Main Content</a><div class="headerTop"><a href="/" class="logo">Northlight</a><ul class="primaryNav">{"".join(f'<li class="navItem"><a href="/{slug(n)}">{n}</a></li>' for n in nav)}</ul>
<div class="headerRight"><form role="search" class="searchForm"><input type="search" placeholder="Search" aria-label="Search"/><button>Search</button></form><a href="/accounts/signin">Sign In</a></div></div>
<nav class="sectionNav"><ul>{"".join(f'<li class="navItem"><a href="/news/{slug(s)}">{s}</a></li>' for s in sub)}</ul></nav></header>
<main id="main"><div class="detailMainCol">
<div class="sclt-storyHeader">
<div class="sectionLabel"><a href="/news/canada/manitoba">Manitoba</a></div>
<h1 class="detailHeadline">{esc(HEAD)}</h1>
<h2 class="deck">{esc(DEK)}</h2>
<div class="bylineDetails"><span class="authorText"><a href="/news/author/aidan-thorsteinson-1.4410011">Aidan Thorsteinson</a> &middot; Northlight News</span> &middot; <time class="timeStamp" datetime="2024-05-25T08:00:00.000Z">Posted: May 25, 2024 4:00 AM EDT</time> | <span class="timeStamp">Last Updated: May 25</span></div>
<div class="shareBar"><span class="sharelabel">Social Sharing</span><ul><li><button>Facebook</button></li><li><button>X</button></li><li><button>Email</button></li><li><button>Reddit</button></li><li><button>LinkedIn</button></li></ul></div>
</div>
<figure class="leadmedia-story"><div class="placeholder"><img src="https://i.npb.example/1.7212345!/image.jpg" alt="A woman cuts a ribbon in front of a small grocery store."/></div>
<figcaption class="image-caption">Colleen Rasmussen, left, and store manager Priya Lal cut the ribbon at Prairie Pantry Co-op in Ashdale, Man., on Saturday. <span class="credit">(Aidan Thorsteinson/Northlight)</span></figcaption></figure>
<div class="story">
{body_html}
<p class="credit-line"><em>With files from Shauna Kiddell</em></p>
</div>
<div class="relatedStories"><h2 class="sectionTitle">Related Stories</h2><ul>{rel_html}</ul></div>
<div class="authorProfile"><h2>ABOUT THE AUTHOR</h2><div class="authorBox"><img src="/author.jpg" alt=""/><div><h3>Aidan Thorsteinson</h3><p>Aidan Thorsteinson is a reporter based in Brandon who covers rural and western Manitoba. He has worked for Northlight in Winnipeg and Thompson. You can reach him at aidan.thorsteinson@npb.example.</p></div></div></div>
<div class="standards"><p class="jsp"><a href="/news/about-northlight-news">Northlight's Journalistic Standards and Practices</a><span>|</span><a href="/news/about-northlight-news">About Northlight News</a></p><p class="corrections"><a href="/news/corrections">Corrections and clarifications</a><span>|</span><a href="/news/submit">Submit a news tip</a><span>|</span><a href="/report-error">Report error</a></p></div>
</div>
<aside class="sideCol"><div class="ad-placement" id="ad-rectangle"><p class="ad-label">Advertisement</p></div>
<div class="popular"><h2>Popular Now in News</h2><ol>{pop_html}</ol></div>
<div class="moreFeed"><h2>More from Manitoba</h2><ul>{feed_html}</ul></div></aside>
</main>
<footer class="footer"><div class="footerLinks"><ul><li>Contact Northlight</li><li><a href="#">Submit Feedback</a></li><li><a href="#">Help Centre</a></li><li><a href="#">Audience Relations, Northlight</a></li><li>P.O. Box 500 Station A</li><li>Toronto, ON</li></ul>
<ul><li><a href="#">Accessibility</a></li><li><a href="#">Terms of Use</a></li><li><a href="#">Privacy</a></li><li><a href="#">Ombudsman</a></li><li><a href="#">Corporate Info</a></li><li><a href="#">Radio-Nordlumière</a></li></ul></div>
<p class="footerText">It is a priority for Northlight to create products that are accessible to all in Canada including people with visual, hearing, motor and cognitive challenges.</p>
<p class="copyright">©2024 Northlight Public Broadcasting. All rights reserved.</p></footer>
</div><script>{js}</script></body></html>
'''
save("q06", doc, gold)
