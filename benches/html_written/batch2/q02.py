# q02: UK broadsheet (DCR-like hashed classes), key points box, interactive placeholder,
# pull quote, multi-paragraph consent wall, long reader comments
import random
from common import *
rnd = random.Random(202)
SITE = "The Albion Chronicle"
HEAD = "Mereside Water fined £14m after years of unreported sewage spills into River Aldwick"
DEK = "Regulator says company ‘deliberately under-recorded’ discharges as campaigners demand criminal prosecutions"

def dcr(): return "dcr-%s" % "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))

AD = lambda: ('raw', '<aside class="ad-slot-container %s"><div class="ad-slot--inline" data-label="Advertisement"><p class="ad-slot__label">Advertisement</p></div></aside>' % dcr())

key_points = ["Mereside Water fined £14m, the largest penalty of its kind in the region",
              "Investigation found 1,940 spills were missing from official returns",
              "Anglers and wild swimmers report fish deaths and algal blooms",
              "Company says it has ‘fundamentally changed’ its monitoring"]

body = [
    ('p', "Mereside Water has been fined £14m after an investigation found that the company failed to report almost 2,000 sewage discharges into the River Aldwick and its tributaries over a five-year period, in what the regulator described as a “deliberate and sustained” attempt to hide the scale of pollution."),
    ('p', "The penalty, announced on Thursday, is the largest ever imposed on a water company in the north-west Midlands. It follows a two-year inquiry by the Water Standards Directorate, which compared the company’s official returns with data from its own storm overflow monitors and found that 1,940 spills had been omitted or misclassified as “maintenance events”."),
    ('p', "Investigators said engineers at three treatment works had been instructed to switch off alarms during heavy rainfall, and that at one site, near the village of Felbury, a monitor had been recording a flat line for 14 months because its sensor had been disconnected."),
    AD(),
    ('h2', "‘The river was dying in front of us’"),
    ('p', "For people who use the Aldwick, the findings confirm what they say they have known for years. Priya Hallam, who chairs the Lower Aldwick Angling Association, said members had reported dead fish, grey slicks and a smell of raw sewage after almost every storm since 2019."),
    ('p', "“We were told again and again that the overflows were rare and that the water was fine,” she said. “We had photographs, we had dead grayling in carrier bags, and we were treated like cranks. The river was dying in front of us and the numbers said everything was normal.”"),
    ('raw', '<aside class="element-pullquote %s"><blockquote><p>“The river was dying in front of us and the numbers said everything was normal.”</p><footer><cite>Priya Hallam, Lower Aldwick Angling Association</cite></footer></blockquote></aside>' % dcr()),
    ('p', "Wild swimming groups in Aldwick Bridge, where a stretch of the river was designated as bathing water in 2022, have also complained of sickness after swimming. Volunteer testing organised by the group Clear Aldwick found E coli levels at the designated site exceeding the “poor” threshold on 11 occasions last summer."),
    ('raw', '<figure class="element element-interactive interactive %s" data-canonical-url="https://interactive.albionchronicle.example/2024/aldwick-spills/embed"><div class="interactive-placeholder"><p>This interactive is not available in your browser. Please enable JavaScript or view it on our website.</p></div><figcaption>Reported and unreported spills by treatment works, 2018-2023</figcaption></figure>'),
    ('h2', "What the company says"),
    ('p', "In a statement, Mereside Water said it accepted the directorate’s findings “in full” and apologised to customers and river users. The company said that the managers responsible for the reporting failures no longer worked for it and that it had since installed more than 600 new monitors, with data published online within an hour of a spill starting."),
    ('p', "Its chief executive, Graham Tolley, who joined in 2022, said: “What happened was wrong. We have fundamentally changed how we monitor and report, and we are investing £310m over the next five years in storm overflows on the Aldwick alone.”"),
    ('p', "The company will not be allowed to pass the cost of the fine on to customers through bills, the directorate said."),
    AD(),
    ('h2', "Calls for prosecutions"),
    ('p', "Campaigners and some MPs said the fine did not go far enough. Under current rules, the directorate can impose civil penalties but must refer cases to prosecutors for criminal charges against individuals."),
    ('p', "Naomi Ferris, the MP for Aldwick and Felbury, said she had written to the attorney general asking why no individual had been charged. “If a factory owner did this, someone would be in court,” she said. “Water bosses seem to live under a different set of rules.”"),
    ('p', "The directorate’s chief executive, Robert Asante, said a file on two former employees had been passed to the Crown Prosecution Service in March, and that a decision was expected later this year."),
    ('p', "Environmental lawyers said the case exposed a wider weakness in how the industry is regulated. Companies are largely responsible for monitoring their own discharges, and spot checks by regulators have fallen sharply since 2010. Dr Helen Marchetti, who researches water regulation at the University of Tamworth, said self-reporting worked only when companies expected to be caught."),
    ('p', "“For most of the last decade, the chance of an inspector turning up at a treatment works was vanishingly small,” she said. “This case only came to light because volunteers put their own sensors in the water.”"),
    ('p', "The fine will be paid into a fund for river restoration projects on the Aldwick, with local groups invited to bid for grants from the autumn."),
]
tpl = {'p': '<p class="%s">{}</p>' % dcr(), 'h2': '<h2 id="%s" class="%s">{}</h2>' % (dcr(), dcr())}
body_html, gold = render(body, tpl)

kp = "".join("<li><p>%s</p></li>" % esc(k) for k in key_points)
key_box = f'''<div class="{dcr()} key-events-summary" data-component="key-points"><h2 class="{dcr()}">Key points</h2><ul class="{dcr()}">{kp}</ul></div>'''

consent = '''<div id="sp_message_container_889102" class="sp-message-container" role="dialog" aria-label="Privacy">
<div class="message-column"><h2>It’s your choice</h2>
<p>When you visit this site, we and our partners would like to use cookies and similar technologies to collect information about your device and how you use our services. This helps us to understand our audience, to personalise content and advertising, and to measure how well our journalism performs.</p>
<p>Some of our partners process personal data on the basis of legitimate interest, which you can object to by selecting “Manage or reject cookies”. You can change your choices at any time by visiting “Privacy settings” at the bottom of any page, including withdrawing your consent.</p>
<p>We use cookies that are strictly necessary to run the site, such as keeping you signed in and remembering your preferences. These cannot be switched off. Other cookies are used only if you agree, including those that let us and our 143 partners store and access information on your device, use precise geolocation data, and create profiles for personalised advertising.</p>
<p>If you do not wish to accept cookies for personalised advertising, you can support our journalism by subscribing, which lets you read the Chronicle without personalised ads. Find out more in our privacy policy and cookie policy.</p>
<div class="message-row"><button title="Yes, I’m happy">Yes, I’m happy</button><button title="Manage or reject cookies">Manage or reject cookies</button></div></div></div>'''

comments_data = [
    ("ferrybank_walker", "3h ago", 412, ["I have lived a few hundred yards from the Aldwick for thirty years and I remember when you could see the gravel on the bottom from the footbridge in summer. The last few years it has been a murky green by July, and the smell after a storm is unmistakable. Everyone along the bank knew. We reported it to the company, to the council and to the directorate, and each time we got a letter saying that monitoring showed no unusual discharges.",
                                               "What makes me angry is not just the pollution but the years of being told we were imagining it. £14m sounds like a lot until you compare it to the dividends paid out over the same period. Unless somebody actually faces a court, the lesson every other board will take from this is that hiding the numbers is a cost of doing business."]),
    ("HJones_Felbury", "3h ago", 198, ["Credit where it is due to the volunteers at Clear Aldwick. They stood in freezing water with homemade sensor kits while a company with hundreds of millions in turnover was switching its alarms off. That is the real story here."]),
    ("quietengineer", "2h ago", 87, ["Some context from someone who has worked in wastewater (not for Mereside). Storm overflows exist because a lot of the sewer network is combined, so rainwater and sewage share the same pipes, and in a big storm the treatment works physically cannot take it all. Some discharges are unavoidable with the network we have inherited, and the honest answer is that fixing it properly costs tens of billions and takes decades.",
                                          "But none of that excuses disconnecting monitors or reclassifying spills. The whole system depends on the data being honest, because that is how you decide where to spend the money first. If the numbers are fiddled, the investment goes to the wrong places and the worst rivers get ignored. That is the part of this story that should worry people most.",
                                          "I would also like to see the directorate funded properly so it can do unannounced inspections again. Self-monitoring with no checks was always going to end like this."]),
    ("Marlowe1957", "2h ago", 45, ["Renationalise it. Simple as that."]),
    ("aldwick_dipper", "1h ago", 31, ["Our swimming group had four people ill after a swim last August. We were told it was ‘probably a stomach bug going round’. Glad it is finally in print, but I will not be getting back in the river this year."]),
]
def comment(u, t, rec, paras):
    ps = "".join("<p>%s</p>" % esc(p) for p in paras)
    return (f'<li class="d-comment" itemscope itemtype="http://schema.org/Comment"><div class="d-comment__meta"><span class="d-comment__author" itemprop="author">{u}</span> '
            f'<time class="d-comment__timestamp">{t}</time></div><div class="d-comment__body" itemprop="text">{ps}</div>'
            f'<div class="d-comment__actions"><span class="d-comment__recommend">{rec}</span> <button>Reply</button> <button>Report</button></div></li>')
comments = "".join(comment(*c) for c in comments_data)

more = ["Rivers in England: just one in seven in good ecological health, report finds", "‘It smells like a drain’: the wild swimmers testing their own water",
        "Water bills to rise by average of £94 a year from April", "How storm overflows work – and why they are used so often",
        "Mereside Water chief defends bonuses after year of record complaints", "Farm runoff blamed for algae bloom at Bretton Reservoir",
        "Anglers win legal fight over access to upper Aldwick", "The river restorers: meet the volunteers replanting Britain’s banks",
        "Opinion: our rivers were sold off, and now we are paying twice", "Hosepipe ban lifted across most of the Midlands"]
onwards = "".join(f'<li class="{dcr()}"><a href="/environment/2024/may/{slug(h)}" data-link-name="onward"><span class="{dcr()}">{esc(h)}</span></a><span class="{dcr()}">{rnd.randint(2,30)} May 2024</span></li>' for h in more)
mostviewed = "".join(f'<li><a href="/uk-news/{slug(h)}"><span class="num">{i+1}</span>{esc(h)}</a></li>' for i, h in enumerate(
    ["Live: chancellor sets out spending plans as markets wobble", "Heatwave warning issued for southern England", "The 50 best novels of the century so far – ranked",
     "Man rescued after 20 hours trapped in Peak District cave", "Why are so many young people quitting the office?", "Quick crossword No 17,284",
     "Tennis star pulls out of Queen’s with wrist injury", "House prices: where in the UK is still affordable?", "Train strikes: which lines are affected this week", "Recipes: five ways with asparagus"]))

nav = ["News", "Opinion", "Sport", "Culture", "Lifestyle", "UK", "World", "Climate crisis", "Environment", "Science", "Global development", "Football", "Tech", "Business", "Obituaries"]
nav_html = "".join(f'<li class="{dcr()}"><a href="/{slug(n)}" class="{dcr()}" data-link-name="nav3 : {esc(n)}">{esc(n)}</a></li>' for n in nav)

css = css_blob(["dcr-" + "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6)) for _ in range(90)], 520, 22)
js = js_blob(2202, 140, "guardianLike")

doc = f'''<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(HEAD)} | Environment | {SITE}</title>
<meta name="description" content="{esc(DEK)}">
<meta property="og:title" content="{esc(HEAD)}">
<meta property="og:description" content="{esc(DEK)}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://i.albionchronicle.example/img/media/aldwick/master/2000.jpg?width=1200&amp;quality=85">
<meta property="article:published_time" content="2024-05-16T06:00:04.000Z">
<meta property="article:modified_time" content="2024-05-16T11:42:10.000Z">
<meta property="article:section" content="Environment">
<meta property="article:author" content="https://www.albionchronicle.example/profile/sam-okonjo">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.albionchronicle.example/environment/2024/may/16/mereside-water-fined-sewage-river-aldwick">
<script type="application/ld+json">{json_state([{"@type": "NewsArticle", "@context": "https://schema.org", "headline": HEAD, "datePublished": "2024-05-16T06:00:04.000Z", "author": [{"@type": "Person", "name": "Sam Okonjo"}], "publisher": {"@type": "Organization", "name": SITE}}, {"@type": "WebPage", "@context": "https://schema.org", "potentialAction": {"@type": "ViewAction", "target": "android-app://com.albion.chronicle"}}])}</script>
<style>{css}</style>
<script>window.chronicle={{config:{{page:{{contentType:"Article",section:"environment",pageId:"environment/2024/may/16/mereside-water-fined-sewage-river-aldwick",isPaidContent:false,commentable:true,keywordIds:"environment/water,environment/rivers,business/water-industry"}},switches:{{consentManagement:true,remoteBanner:true}}}}}};</script>
<script>{js}</script>
</head>
<body>
<a href="#maincontent" class="{dcr()}">Skip to main content</a>
<a href="#navigation" class="{dcr()}">Skip to navigation</a>
<div id="bannerandheader"><aside class="{dcr()} top-banner-ad-container"><div class="ad-slot--top-above-nav" data-label="Advertisement"><p class="ad-slot__label">Advertisement</p></div></aside>
<header class="{dcr()}"><div class="{dcr()}"><a href="/support" class="{dcr()}">Support us</a><a href="/signin" class="{dcr()}">Sign in</a>
<form action="https://www.google.com/search" class="{dcr()}"><label for="q">Search</label><input id="q" name="q" type="search" placeholder="Search the Chronicle"><input type="hidden" name="sitesearch" value="albionchronicle.example"></form>
<a href="/" class="{dcr()}"><span class="{dcr()}">{SITE} - Back to home</span></a></div>
<nav id="navigation" class="{dcr()}"><ul class="{dcr()}">{nav_html}</ul></nav></header></div>
<main id="maincontent" class="{dcr()}">
<article class="{dcr()}">
<div class="{dcr()}"><nav class="{dcr()} breadcrumbs"><a href="/environment">Environment</a> <a href="/environment/water">Water</a></nav></div>
<div data-gu-name="headline" class="{dcr()}"><h1 class="{dcr()}">{esc(HEAD)}</h1></div>
<div data-gu-name="standfirst" class="{dcr()}"><div class="{dcr()}"><p>{esc(DEK)}</p><ul><li><a href="/environment/series/rivers-in-crisis">Rivers in crisis: read our special series</a></li></ul></div></div>
<div data-gu-name="media" class="{dcr()}"><figure class="{dcr()}"><picture><source srcset="https://i.albionchronicle.example/img/media/aldwick/master/1000.jpg" media="(min-width: 660px)"><img alt="A grey slick on the surface of the River Aldwick near Felbury weir" src="https://i.albionchronicle.example/img/media/aldwick/master/620.jpg" width="620" height="372"></picture>
<figcaption class="{dcr()}"><span class="{dcr()}">A grey slick on the surface of the River Aldwick near Felbury weir last summer.</span> Photograph: Lowri Pemberton/The Albion Chronicle</figcaption></figure></div>
<div data-gu-name="meta" class="{dcr()}"><address aria-label="Contributor info"><a rel="author" href="/profile/sam-okonjo">Sam Okonjo</a> Environment correspondent</address>
<details class="{dcr()}"><summary><span class="{dcr()}">Thu 16 May 2024 07.00 BST</span></summary><span>Last modified on Thu 16 May 2024 12.42 BST</span></details>
<div class="{dcr()} share"><a href="#" aria-label="Share on Facebook">Share on Facebook</a><a href="#" aria-label="Share on X">Share on X</a><a href="#">Share via Email</a><span class="{dcr()}">612</span></div></div>
<div data-gu-name="body" class="{dcr()}">
{key_box}
<div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector {dcr()}">
{body_html}
</div>
<div class="{dcr()} submeta"><ul class="keywords"><li><a href="/environment/water">Water</a></li><li><a href="/environment/rivers">Rivers</a></li><li><a href="/business/water-industry">Water industry</a></li><li><a href="/environment/pollution">Pollution</a></li><li><a href="/uk/midlands">Midlands</a></li><li><a href="/tone/news">news</a></li></ul>
<div class="share"><a href="#">Share</a><a href="#">Reuse this content</a></div></div>
<div class="{dcr()} contributions-epic"><h2>… there is a good reason why you should support us</h2><p>Every year, millions of readers come to us for fiercely independent, high-quality journalism that is free to read. We have no shareholders and no billionaire owner.</p><p>If you can, please consider supporting us today from as little as £1. Thank you.</p><a href="/contribute">Support us</a></div>
</div>
</article>
<section class="{dcr()} onwards"><h2>More on this story</h2><ul>{onwards}</ul></section>
<section id="comments" class="{dcr()}"><h2>Comments (87)</h2><p class="{dcr()}">This discussion is now closed for comments but you can still sign in or create your Chronicle account to join the discussion next time.</p>
<div class="d-discussion"><div class="d-discussion__sort">Sort by <select><option>Oldest</option><option>Newest</option><option>Recommendations</option></select> Per page <select><option>25</option><option>50</option></select></div><ul class="d-thread">{comments}</ul><button>View more comments</button></div></section>
<section class="{dcr()} most-viewed"><h2>Most viewed</h2><ol>{mostviewed}</ol></section>
<aside class="{dcr()}"><div class="ad-slot--merchandising" data-label="Advertisement"><p class="ad-slot__label">Advertisement</p></div></aside>
</main>
<footer class="{dcr()}"><div class="{dcr()}"><ul><li><a href="/about">About us</a></li><li><a href="/help/contact-us">Contact us</a></li><li><a href="/info/complaints-and-corrections">Complaints &amp; corrections</a></li><li><a href="/securedrop">SecureDrop</a></li><li><a href="/help/privacy-settings">Privacy settings</a></li><li><a href="/help/privacy-policy">Privacy policy</a></li><li><a href="/help/cookie-policy">Cookie policy</a></li><li><a href="/help/terms-of-service">Terms &amp; conditions</a></li></ul>
<a href="#top">Back to top</a><small class="{dcr()}">© 2024 Albion Chronicle Media Ltd or its affiliated companies. All rights reserved.</small></div></footer>
{consent}
<script>window.chronicle.queue=window.chronicle.queue||[];window.chronicle.queue.push(["commercial","prebid","consent"]);</script>
</body>
</html>
'''
save("q02", doc, gold)
