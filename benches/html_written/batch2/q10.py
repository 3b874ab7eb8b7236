# q10: Q&A interview on a Ghost-like independent music magazine; bold questions, multi-paragraph answers,
# kg-cards (image, embed, bookmark), member CTA, "edited for length" note (kept: it is body text).
import random
from common import *
rnd = random.Random(1010)
SITE = "Static & Reed"
HEAD = "Maren Oyelaran: “I wanted the room to be part of the band”"
DEK = "The folk singer on recording her third album inside a disused grain silo, learning to trust silence, and why she still writes every song on a borrowed guitar."

Q = lambda t: ('p', "<strong>%s</strong>" % t)
body = [
    ('p', "Maren Oyelaran’s new album, <em>Harvest of Echoes</em>, was recorded over nine days last October inside a 70-foot concrete grain silo on a farm outside Tennick, the prairie town where her father grew up. The reverb in the silo lasts almost eleven seconds, which meant that every note she sang came back to her long after she had stopped singing it."),
    ('p', "The result is her quietest and strangest record yet: ten songs about inheritance, drought and distance, built from voice, guitar, a pump organ and the sound of the building itself. We spoke to Oyelaran by phone from her home in Calder Bay, a few days before the start of a short tour of churches and community halls."),
    ('p', "<em>This interview has been edited for length and clarity.</em>"),
    Q("How did you end up recording in a grain silo?"),
    ('p', "Honestly, by accident. My cousin farms the land now, and two summers ago I was helping him clear out one of the old silos that hasn’t been used since the eighties. I dropped a bucket, and the sound just kept going, this enormous bloom. I stood there and sang a few lines of a hymn my grandmother used to sing, and I got goosebumps. I called my producer that night."),
    Q("What did your producer say?"),
    ('p', "Theo said I was out of my mind, and then he drove out the next weekend with a car full of microphones. We spent a whole day just clapping and singing single notes and listening to what came back. It was clear very quickly that you couldn’t make a normal record in there. You can’t play fast, you can’t play loud. Everything turns to mush. So the songs had to slow down to the speed of the room."),
    Q("Did that change the songs themselves?"),
    ('p', "Completely. I had about fifteen songs written, and maybe five of them survived. Anything with a lot of words just didn’t work, because the words would pile up on top of each other. I ended up rewriting a lot of lyrics on site, cutting lines, leaving gaps so that the echo could fill them."),
    ('p', "That was the big lesson for me: trusting silence. I’ve always been a nervous performer, I fill space. In the silo, if you don’t leave space, the building takes it anyway."),
    Q("There’s a lot of loss on this record. Your father died in 2022. Is the album about him?"),
    ('p', "Some of it. It’s more about what gets handed down, I think. Land, songs, habits, grudges. My father left Tennick when he was eighteen and he hardly ever talked about it, and then in the last year of his life it was all he wanted to talk about. Who owned which quarter section, which neighbour’s barn burned down in 1961. I wrote a lot of that down. Some of it ended up in the songs almost word for word."),
    ('p', "Recording in a building on land he grew up on, I didn’t expect that to matter as much as it did. There were days when I couldn’t get through a take."),
    Q("You’re known for writing on a borrowed guitar. Is that still true?"),
    ('p', "It is. I’ve never owned a good acoustic guitar. I write on whatever is lying around at friends’ houses. This album was mostly written on an old parlour guitar that belongs to my neighbour, Mrs. Halvorsen, who is eighty-one and plays better than I do. She made me promise to bring it back without a scratch, which I did, mostly."),
    Q("Why not just buy one?"),
    ('p', "I think I’m superstitious about it. A borrowed instrument has somebody else’s habits in it. The strings are a bit old, the action is a bit high, and it pushes you somewhere you wouldn’t have gone on your own. If I owned a perfect guitar, I’d probably just write the same song over and over."),
    Q("You’re touring churches and community halls rather than clubs. Why?"),
    ('p', "Because I can’t take the silo with me. I wanted rooms that have their own voice. Old churches, Legion halls, a grain exchange in one town that’s been turned into a theatre. Wooden floors, high ceilings. I’m going to do a soundcheck in each one just singing single notes, like we did in the silo, and let the room decide how fast we play that night."),
    Q("What comes next?"),
    ('p', "Sleep, first. Then I’d like to make something loud, to be honest. I think I’ve earned it."),
]
tpl = {'p': '<p>{}</p>'}
body_html, gold = render(body, tpl)
# inject kg cards between blocks (not gold)
img_card = '<figure class="kg-card kg-image-card kg-width-wide kg-card-hascaption"><img src="https://staticandreed.example/content/images/2024/06/silo-session.jpg" class="kg-image" alt="Maren Oyelaran inside the silo" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">Oyelaran and producer Theo Vasquez during the silo sessions. Photo by Ingrid Solberg.</span></figcaption></figure>'
embed_card = '<figure class="kg-card kg-embed-card kg-card-hascaption"><iframe style="border-radius:12px" src="https://open.player.example/embed/album/3fA9?utm_source=generator" width="100%" height="352" frameborder="0" allowfullscreen allow="autoplay; clipboard-write; encrypted-media" loading="lazy"></iframe><figcaption><p><span style="white-space: pre-wrap;">Listen to </span><i><em class="italic" style="white-space: pre-wrap;">Harvest of Echoes</em></i></p></figcaption></figure>'
bookmark = '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://staticandreed.example/maren-oyelaran-salt-and-iron-review/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Maren Oyelaran’s “Salt and Iron” is a quiet triumph</div><div class="kg-bookmark-description">Our 2021 review of her second album, recorded in a single take per song in a lighthouse keeper’s cottage.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt=""><span class="kg-bookmark-author">Static &amp; Reed</span><span class="kg-bookmark-publisher">Ines Farrow</span></div></div><div class="kg-bookmark-thumbnail"><img src="/content/images/salt-iron.jpg" alt=""></div></a></figure>'
cta = '<div class="kg-card kg-cta-card"><div class="kg-cta-content"><p>Enjoying our interviews? <strong>Static &amp; Reed</strong> is reader-supported. Become a member for $5 a month and get our weekly listening notes.</p><a href="#/portal/signup" class="kg-cta-button">Become a member</a></div></div>'
lines = body_html.split("\n")
for pos, card in [(17, cta), (13, bookmark), (10, embed_card), (3, img_card)]:  # descending, original indices
    lines.insert(pos, card)
body_html = "\n".join(lines)

feed = [("Interview", "Lowland Choir on singing in seven languages"), ("Review", "Tamsin Arlo – Winter Ledger"), ("Feature", "The return of the parlour guitar"),
        ("Interview", "Drummer Kofi Brandt on leaving the city"), ("Review", "The Ferrymen – Low Water"), ("List", "20 albums to hear this summer"),
        ("Feature", "Inside the last cassette plant on the prairies"), ("Review", "Juno Halloran – Glass Orchard"), ("Interview", "Producer Theo Vasquez on recording in strange rooms"),
        ("Essay", "Why we keep returning to hymns"), ("Review", "Marrow & Pine – Small Hours"), ("Feature", "Touring by train: one band’s experiment")]
feed_html = "".join(f'<article class="gh-card post"><a class="gh-card-link" href="/{slug(t)}/"><figure class="gh-card-image"><img src="/content/images/size/w600/{slug(t)[:12]}.jpg" alt="{esc(t)}" loading="lazy"></figure><div class="gh-card-wrapper"><p class="gh-card-tag">{k}</p><h3 class="gh-card-title">{esc(t)}</h3><footer class="gh-card-meta"><time>{rnd.randint(1,28)} May 2024</time><span class="gh-card-duration">{rnd.randint(3,14)} min read</span></footer></div></a></article>' for k, t in feed)

css = css_blob(["gh", "kg", "site", "article", "post-card", "footer", "navbar", "cover"], 420, 1010)
js = js_blob(10101, 80, "ghost")
doc = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Maren Oyelaran: “I wanted the room to be part of the band”</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>{css}</style>
<link rel="canonical" href="https://staticandreed.example/maren-oyelaran-interview-harvest-of-echoes/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Static &amp; Reed"><meta property="og:type" content="article"><meta property="og:title" content="{esc(HEAD)}"><meta property="og:description" content="{esc(DEK)}">
<meta property="og:url" content="https://staticandreed.example/maren-oyelaran-interview-harvest-of-echoes/"><meta property="og:image" content="https://staticandreed.example/content/images/2024/06/maren-portrait.jpg">
<meta property="article:published_time" content="2024-06-03T14:00:00.000Z"><meta property="article:modified_time" content="2024-06-04T09:12:51.000Z"><meta property="article:tag" content="Interview"><meta property="article:tag" content="Folk">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ines Farrow"><meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="Interview, Folk">
<script type="application/ld+json">{json_state({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": "Static & Reed"}, "author": {"@type": "Person", "name": "Ines Farrow"}, "headline": HEAD, "datePublished": "2024-06-03T14:00:00.000Z", "keywords": "Interview, Folk", "description": DEK})}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.example/npm/@tryghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://staticandreed.example/" data-key="a1b2c3d4e5" data-api="https://staticandreed.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center;text-align:center;width:100%;color:#fff;font-size:16px}}.gh-post-upgrade-cta a{{color:#fff;cursor:pointer}}</style>
<script>{js}</script>
</head>
<body class="post-template tag-interview tag-folk has-serif-title is-head-left-logo has-cover">
<div class="gh-site">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://staticandreed.example">Static &amp; Reed</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>Search</button><button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-interviews"><a href="/tag/interview/">Interviews</a></li><li class="nav-reviews"><a href="/tag/review/">Reviews</a></li><li class="nav-features"><a href="/tag/feature/">Features</a></li><li class="nav-podcast"><a href="/podcast/">Podcast</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<main id="gh-main" class="gh-main">
<article class="gh-article post tag-interview tag-folk">
<header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="https://staticandreed.example/tag/interview/">Interview</a>
<h1 class="gh-article-title is-title">{esc(HEAD)}</h1>
<p class="gh-article-excerpt is-body">{esc(DEK)}</p>
<div class="gh-article-meta"><div class="gh-article-author-image"><a href="/author/ines/"><img class="author-profile-image" src="/content/images/ines.jpg" alt="Ines Farrow"></a></div><div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/ines/">Ines Farrow</a></h4><div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2024-06-03">Jun 3, 2024</time><span class="gh-article-meta-length"><span class="bull">—</span> 7 min read</span></div></div></div>
<figure class="gh-article-image"><img srcset="/content/images/size/w300/2024/06/maren-portrait.jpg 300w, /content/images/size/w720/2024/06/maren-portrait.jpg 720w" sizes="(max-width: 1200px) 100vw, 1200px" src="/content/images/size/w1200/2024/06/maren-portrait.jpg" alt="Maren Oyelaran"><figcaption><span style="white-space: pre-wrap;">Maren Oyelaran in Calder Bay. Photo by Ingrid Solberg for Static &amp; Reed.</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas is-body">
{body_html}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><main class="gh-main"><div class="gh-feed">{feed_html}</div></main></div></section>
</main>
<footer class="gh-foot outer"><div class="gh-foot-inner inner"><div class="gh-copyright">Static &amp; Reed © 2024</div><nav class="gh-foot-menu"><ul class="nav"><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button><button class="pswp__button pswp__button--share" title="Share"></button><button class="pswp__button pswp__button--fs" title="Toggle fullscreen"></button><button class="pswp__button pswp__button--zoom" title="Zoom in/out"></button></div></div></div></div>
</body>
</html>
'''
save("q10", doc, gold)
