# q07: tech review: verdict box + pros/cons at top, specs table mid-body, price widgets, "how we test".
# Gold = review prose + section headings (incl. final "Should you buy" prose); NOT verdict box, pros/cons, specs, prices.
import random
from common import *
rnd = random.Random(707)
SITE = "GadgetFoundry"
HEAD = "Pellix Nova 7a review: the mid-range phone that finally gets battery life right"

specs = [("Display", "6.4-inch OLED, 2400 x 1080, 120Hz"), ("Processor", "Tessera T7 Gen 2 (4nm)"), ("RAM", "8GB"), ("Storage", "128GB / 256GB, no microSD"),
         ("Rear cameras", "50MP main (f/1.8, OIS), 12MP ultrawide"), ("Front camera", "13MP"), ("Battery", "5,100mAh, 33W wired charging"),
         ("Software", "Android 14, four OS updates promised"), ("Dimensions", "155.1 x 73.4 x 8.6mm"), ("Weight", "191g"), ("Water resistance", "IP67"),
         ("Colours", "Slate, Sage, Apricot"), ("Price", "$449 / £399")]
spec_rows = "".join(f'<tr><th scope="row">{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in specs)
spec_table = f'<div class="specs-box"><h3 class="specs-title">Pellix Nova 7a specs</h3><table class="specs-table"><tbody>{spec_rows}</tbody></table></div>'

body = [
    ('p', "For the past few years, buying a mid-range Android phone has meant accepting a trade-off. You could have a good screen, or a decent camera, or a battery that lasted a full day &mdash; but rarely all three at once, and almost never at under $500."),
    ('p', "The Pellix Nova 7a is the first phone I&rsquo;ve tested in this price bracket that doesn&rsquo;t make me choose. It isn&rsquo;t perfect: the charging is slow by current standards, the ultrawide camera is forgettable, and the haptics feel cheap. But after three weeks of using it as my only phone, I kept forgetting it wasn&rsquo;t a flagship."),
    ('h2', "Design: plain, but practical"),
    ('p', "Pellix hasn&rsquo;t taken many risks with the look of the Nova 7a. It&rsquo;s a flat slab with a matte plastic back, an aluminium-effect frame that is also plastic, and a pill-shaped camera bump that sits flush enough that the phone barely wobbles on a desk."),
    ('p', "At 191g it&rsquo;s a little heavier than last year&rsquo;s Nova 6a, which I put down to the larger battery. It&rsquo;s still comfortable to use one-handed, and the matte finish hides fingerprints far better than the glossy backs on some rivals. The IP67 rating is a welcome upgrade; the previous model only offered splash resistance."),
    ('h2', "Display: the best thing about it"),
    ('p', "The 6.4-inch OLED panel is bright, sharp and now runs at up to 120Hz, which makes scrolling through social feeds and long articles noticeably smoother than on 90Hz phones. In my brightness tests it reached around 1,150 nits outdoors in auto mode, enough to read comfortably in direct sunlight."),
    ('p', "Colours are punchy in the default &ldquo;Vivid&rdquo; mode, but switching to &ldquo;Natural&rdquo; gives a more accurate picture that I preferred for photos. There&rsquo;s an optical fingerprint reader under the screen; it&rsquo;s reliable, if a fraction slower than the ultrasonic sensors on more expensive phones."),
    ('raw', spec_table),
    ('h2', "Performance"),
    ('p', "The Tessera T7 Gen 2 chip isn&rsquo;t going to break benchmark records, but it doesn&rsquo;t need to. Apps open quickly, switching between them is smooth with 8GB of RAM, and I didn&rsquo;t notice any stutter in everyday use."),
    ('p', "Games are another story. Casual titles run perfectly well, but demanding 3D games had to be dropped to medium settings to hold a steady frame rate, and the back of the phone got warm after about 20 minutes. If mobile gaming is a priority, you&rsquo;ll want to spend more."),
    ('raw', '<div class="inline-deal"><span class="deal-label">Today&rsquo;s best deal</span><a href="https://shop.example/pellix-nova-7a?tag=gf-20" rel="sponsored nofollow">Pellix Nova 7a 128GB &mdash; $449 at ShopMart</a><a class="btn" href="#">View deal</a></div>'),
    ('h2', "Cameras"),
    ('p', "The 50MP main camera is very good for the money. In daylight it captures plenty of detail with natural-looking colour, and Pellix&rsquo;s processing is less heavy-handed with sharpening than it used to be. Night mode is genuinely useful, pulling usable shots out of dim bars and streets, though you need to hold still for two or three seconds."),
    ('p', "The 12MP ultrawide is the weak link. Photos are noticeably softer at the edges and colours don&rsquo;t match the main camera, so switching between the two mid-video is jarring. There&rsquo;s no telephoto lens; 2x crops from the main sensor look fine, but anything beyond that turns to mush."),
    ('h2', "Battery life and charging"),
    ('p', "This is where the Nova 7a stands out. With the screen at 120Hz and fairly heavy use &mdash; navigation, music streaming, a couple of hours of video and the usual messaging &mdash; I regularly ended the day with 35 to 40 per cent remaining. On lighter days it comfortably lasted into a second afternoon."),
    ('p', "In our standard video rundown test, looping a 1080p video at 200 nits, it lasted 24 hours and 12 minutes, the longest result we&rsquo;ve recorded for a phone under $500."),
    ('p', "Charging is the catch. The 33W wired speed took the phone from empty to 50 per cent in 31 minutes and to full in just over 80 minutes. There&rsquo;s no wireless charging and no charger in the box."),
    ('h2', "Software and updates"),
    ('p', "The Nova 7a runs Pellix&rsquo;s light skin over Android 14, which stays close to stock and is largely free of junk apps, apart from a pre-installed game launcher that I disabled on day one. Pellix promises four major OS upgrades and five years of security patches, which is better than most competitors at this price."),
    ('h2', "Should you buy the Pellix Nova 7a?"),
    ('p', "If you want a phone that looks good, takes great everyday photos and lasts well beyond a full day, the Nova 7a is the easiest mid-range recommendation I&rsquo;ve been able to make in a while. Its rivals beat it on charging speed and gaming performance, but none of them match its combination of screen quality and stamina at this price."),
    ('p', "If you can live without wireless charging and a decent ultrawide camera, this is the one to get."),
]
tpl = {'p': '<p>{}</p>', 'h2': '<h2 class="article-heading">{}</h2>'}
body_html, gold = render(body, tpl)

verdict = '''<div class="review-summary" id="verdict-box"><div class="score-badge"><span class="score">8</span><span class="out-of">/10</span><span class="award">Editor&rsquo;s Choice</span></div>
<div class="verdict"><h3>Verdict</h3><p>The Nova 7a combines a superb 120Hz OLED screen, a strong main camera and class-leading battery life at a mid-range price. Slow charging and a weak ultrawide are the main compromises.</p></div>
<div class="pros-cons"><div class="pros"><h4>Pros</h4><ul><li>Excellent battery life</li><li>Bright, smooth 120Hz OLED display</li><li>Reliable main camera, good night mode</li><li>Four years of OS updates</li></ul></div>
<div class="cons"><h4>Cons</h4><ul><li>Slow 33W charging, no wireless</li><li>Soft, mismatched ultrawide</li><li>Mediocre haptics</li></ul></div></div></div>'''

prices = '''<div class="price-widget"><h4>Pellix Nova 7a: best prices today</h4><table class="price-table"><tr><td class="retailer">ShopMart</td><td class="price">$449.00</td><td><a href="#" rel="sponsored">View</a></td></tr><tr><td class="retailer">ElectroHub</td><td class="price">$459.99</td><td><a href="#" rel="sponsored">View</a></td></tr><tr><td class="retailer">Pellix Store</td><td class="price">$449.00</td><td><a href="#" rel="sponsored">View</a></td></tr></table><p class="price-note">We check over 250 million products every day for the best prices</p></div>'''

howtest = '''<div class="how-we-test"><h4>How we test</h4><p>Every phone we review is used as the reviewer&rsquo;s main device for at least two weeks. We run standardised battery, display and performance tests in our lab. <a href="/how-we-test">Read more about how we test</a>.</p></div>'''

more = ["Best phones 2024: the top smartphones you can buy", "Best cheap phones under $300", "Pellix Nova 7a vs Orbis M5: which mid-ranger wins?",
        "Tessera T7 Gen 2 explained", "Best phone cameras tested", "Orbis M5 review", "Best Android phones", "Kestrel Pad 11 review", "Best wireless earbuds",
        "Lumio Watch 3 review", "How to transfer data to a new Android phone", "Best USB-C chargers", "Vantor X2 Pro review", "Best phone cases for drop protection"]
more_html = "".join(f'<li class="listing-item"><a href="/{slug(t)}"><img src="/thumb/{i}.jpg" alt=""><span class="title">{esc(t)}</span><span class="kicker">{rnd.choice(["Review","Buying guide","Versus","Explainer"])}</span></a></li>' for i, t in enumerate(more))

nav = ["Reviews", "Best", "Phones", "Laptops", "Audio", "TV", "Smart Home", "Gaming", "Deals", "How-to", "News"]
css = css_blob(["review", "score", "pros", "cons", "specs", "deal", "nav", "listing", "article", "gf"], 500, 77)
js = js_blob(7707, 140, "gf")
jsonld = {"@context": "https://schema.org", "@type": "Review", "name": HEAD, "author": {"@type": "Person", "name": "Jonas Whitcombe"},
          "itemReviewed": {"@type": "Product", "name": "Pellix Nova 7a", "brand": "Pellix"}, "reviewRating": {"@type": "Rating", "ratingValue": 8, "bestRating": 10},
          "positiveNotes": {"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Excellent battery life"}]}, "datePublished": "2024-04-02T13:00:00Z"}

doc = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(HEAD)} | {SITE}</title>
<meta name="description" content="Pellix Nova 7a review: a superb screen and class-leading battery life make this the mid-range phone to beat.">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(HEAD)}"><meta property="og:image" content="https://cdn.gadgetfoundry.example/nova7a-hero.jpg">
<meta property="article:published_time" content="2024-04-02T13:00:00Z"><meta property="article:section" content="Phone reviews">
<script type="application/ld+json">{json_state(jsonld)}</script>
<style>{css}</style>
<script>{js}</script>
</head><body class="page-review">
<div class="cookie-bar" role="region" aria-label="Cookie notice"><p>We use cookies to improve your experience and for affiliate tracking. By continuing you agree to our <a href="/cookies">cookie policy</a>.</p><button>OK</button></div>
<header class="gf-header"><a href="/" class="gf-logo">{SITE}</a><nav class="gf-nav"><ul>{"".join(f'<li><a href="/{slug(n)}">{n}</a></li>' for n in nav)}</ul></nav><form class="gf-search" action="/search"><input type="search" name="q" placeholder="Search reviews"><button>Go</button></form></header>
<main class="article-main">
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/reviews">Reviews</a> &rsaquo; <a href="/reviews/phones">Phones</a></nav>
<article class="review">
<header class="article-header"><h1>{esc(HEAD)}</h1>
<p class="strapline">A superb screen and two-day stamina make Pellix&rsquo;s latest the mid-range phone to beat</p>
<div class="byline"><img class="author-thumb" src="/authors/jw.jpg" alt=""><span>By <a href="/author/jonas-whitcombe">Jonas Whitcombe</a></span> <span class="role">Senior Mobile Editor</span> <time datetime="2024-04-02T13:00:00Z">published 2 April 2024</time></div>
<p class="affiliate-disclosure">When you purchase through links on our site, we may earn an affiliate commission. Here&rsquo;s how it works.</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Copy link</a></div></header>
<figure class="hero"><img src="https://cdn.gadgetfoundry.example/nova7a-hero.jpg" alt="Pellix Nova 7a in Sage green" width="1200" height="675"><figcaption>The Pellix Nova 7a in its Sage finish. <span class="credit">(Image credit: Jonas Whitcombe / GadgetFoundry)</span></figcaption></figure>
{verdict}
{prices}
<div id="article-body" class="text-copy body-copy">
{body_html}
</div>
{howtest}
<div class="author-bio"><img src="/authors/jw.jpg" alt=""><div><p class="name">Jonas Whitcombe</p><p>Jonas has reviewed phones for more than a decade and has a drawer full of chargers to prove it. He is GadgetFoundry&rsquo;s senior mobile editor.</p></div></div>
</article>
<aside class="rail"><div class="ad"><span>Advertisement</span></div><section class="rail-block"><h3>Latest reviews</h3><ol>{more_html}</ol></section></aside>
<section class="newsletter-block"><h3>Get the best tech deals in your inbox</h3><p>Sign up to receive our daily roundup of reviews, news and deals.</p><form><input type="email" placeholder="Your email address"><button>Sign me up</button></form><p class="small">By submitting your information you agree to the Terms &amp; Conditions and Privacy Policy and are aged 16 or over.</p></section>
</main>
<footer class="gf-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/affiliates">How we make money</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul><p>&copy; 2024 GadgetFoundry Media Group. All rights reserved.</p></footer>
</body></html>
'''
save("q07", doc, gold)
