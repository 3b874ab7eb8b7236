"""q02 - English (UK), national daily on a React front end with hashed
CSS class names.

Ordinary politics/education story; consent message in the body, pillar
navigation, an inline "Read more" rich link, "Most viewed" list and a long
mega-footer.
"""
import random
from common import *

PID = "q02"
rnd = random.Random(402)

HEADLINE = "Councils warn of £600m black hole in school transport for pupils with special needs"
STANDFIRST = "Local authorities say rising demand for taxis and minibuses is pushing budgets to breaking point"

TEXT = """
Councils in England are facing a combined shortfall of more than £600m in the cost of getting children with special educational needs to school, according to figures that local authority leaders say show the system is "close to collapse".

A survey of 112 councils by the Association of Shire and Borough Authorities found that spending on home-to-school transport for pupils with education, health and care plans had risen by 38% in three years, while the number of children eligible for it had grown by a little over a fifth.

Many councils now spend more on taxis, minibuses and escorts for these pupils than on their entire library or youth services, the association said. In some rural areas, a single child's daily journey to a specialist school more than 40 miles away can cost upwards of £50,000 a year.

Cllr Harriet Osei, who chairs the association's children's board, said councils had a legal duty to provide the transport and had no wish to cut it. "These are journeys that children and their families depend on. But we are being asked to meet a bill that grows every term with money that does not grow at all," she said.

"Unless the government recognises this as a national pressure and funds it accordingly, councils will have to keep taking money from other services that residents value."

The figures come as several councils have warned that they may need to issue section 114 notices, effectively declaring themselves unable to balance their budgets, within the next two years. Westmere borough council, which spent £19m on special needs transport last year, has said the cost is now the single largest factor in its projected overspend.

Part of the increase is due to a shortage of places in local specialist schools, which means children are increasingly sent to independent or out-of-area settings. Drivers and passenger assistants are also harder to recruit, and contracts awarded since 2022 have come in at sharply higher prices.

Parents' groups said families were already feeling the strain. Mirela Statham, whose nine-year-old son travels 26 miles each way to a school in Haldon Vale, said his taxi had been cancelled at short notice 11 times since September. "Every time it happens I have to choose between losing a day's pay and him losing a day's school," she said.

A Department for Education spokesperson said the government had increased high-needs funding for councils and was "working with local authorities to make sure every child can get to a school that meets their needs". The department said it would set out further plans for special educational needs provision later this year.

The association wants ministers to introduce a separate, ring-fenced grant for special needs transport and to allow councils to share vehicles and drivers across boundaries more easily. It also called for more capital funding so that councils can open specialist places closer to where children live.
"""

body = body_from(TEXT)
rich = ('<aside data-component="rich-link" class="dcr-1x4h0ac"><div class="dcr-kj4p9a"><a href="/education/2024/feb/12/special-needs-places-shortage" '
        'data-link-name="in body link" class="dcr-9sj3a"><div class="dcr-q0s3rl">Read more</div>'
        '<div class="dcr-hq1ue0">Families wait up to a year for specialist school places, figures show</div></a></div></aside>')
body.insert(5, ("raw", rich))
body.insert(9, ("raw", '<div class="ad-slot-container dcr-ad"><div class="ad-slot__label">Advertisement</div><div id="dfp-ad--inline1" class="ad-slot ad-slot--inline"></div></div>'))
body_html, gold = render(body, {"p": '<p class="dcr-s23rjr">{}</p>'})

pillars = ["News", "Opinion", "Sport", "Culture", "Lifestyle"]
subnav = ["UK", "World", "Climate crisis", "Ukraine", "Environment", "Science", "Global development",
          "Football", "Tech", "Business", "Obituaries"]
most_viewed = ["Live: Prime minister faces questions after by-election losses",
               "'It felt like the sea was coming into the house': coastal village counts cost of storm",
               "Supermarket to scrap self-checkouts at 40 stores after customer complaints",
               "The 10 best walks in the Marches - chosen by readers",
               "Premier League club fined over late kick-off",
               "Scientists find new species of moth in a London cemetery",
               "How a quiet market town became the country's oyster capital",
               "Rail fares to rise by 4.6% from March, operators confirm",
               "Teenager's invention to detect water leaks wins national prize",
               "Opinion: The high street isn't dying, it's changing"]

mega = {
    "News": ["UK news", "World news", "Politics", "Education", "Media", "Society", "Law", "Scotland", "Wales", "Northern Ireland",
             "Business", "Science", "Technology", "Global development", "Obituaries"],
    "Opinion": ["The Ledger view", "Columnists", "Cartoons", "Opinion videos", "Letters"],
    "Sport": ["Football", "Cricket", "Rugby union", "Tennis", "Cycling", "F1", "Golf", "Boxing", "Rugby league", "Racing", "US sports"],
    "Culture": ["Books", "Music", "TV & radio", "Art & design", "Film", "Games", "Classical", "Stage"],
    "Lifestyle": ["Fashion", "Food", "Recipes", "Love & sex", "Health & fitness", "Home & garden", "Women", "Men", "Family", "Travel", "Money"],
}
mega_html = "".join('<li class="dcr-pillar"><a class="dcr-pillar-title" href="/%s">%s</a><ul>%s</ul></li>' % (slug(k), esc(k), link_items(v, prefix="/%s/" % slug(k)))
                    for k, v in mega.items())
foot_links = ["About us", "Contact us", "Complaints & corrections", "SecureDrop", "Work for us", "Privacy settings",
              "Privacy policy", "Cookie policy", "Terms & conditions", "Help", "All topics", "All writers",
              "Newsletters", "Digital newspaper archive", "Tax strategy", "Facebook", "YouTube", "Instagram",
              "LinkedIn", "Twitter", "Advertise with us", "Search UK jobs"]

consent = """<div id="sp_message_container_911" class="message-container"><div class="message type-modal" role="dialog" aria-label="Privacy choices">
<h2>Your privacy matters to us</h2>
<p>We and our partners use cookies and similar technologies to store and access information on your device. This lets us show you personalised content and advertising, measure how the site is used, and improve our products.</p>
<p>You can accept all, reject all, or manage your choices at any time by visiting "Privacy settings" at the bottom of any page. Your choices apply to this site only.</p>
<button class="sp_choice_type_11">Yes, I'm happy</button> <button class="sp_choice_type_13">No, thank you</button> <button class="sp_choice_type_12">Manage or reject cookies</button>
</div></div>"""

page = f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(HEADLINE)} | Education | The Daily Ledger</title>
<meta name="description" content="{esc(STANDFIRST)}">
<meta property="og:title" content="{esc(HEADLINE)}">
<link rel="canonical" href="https://www.dailyledger.co.uk/education/2024/mar/04/councils-warn-600m-black-hole-send-school-transport">
<style>{css_blob(["dcr-" + format(rnd.getrandbits(24), "x") for _ in range(60)], 520, 4021)}</style>
{ld_article(HEADLINE, "Tom Aldridge", "2024-03-04T00:01:00Z", "The Daily Ledger", section="Education", lang="en-GB")}
<script>window.ledger={{config:{{page:{{section:"education",contentType:"Article",isPaidContent:false,pageId:"education/2024/mar/04/councils-warn"}}}}}};</script>
<script>{js_blob(4022, 160, "ledger")}</script>
</head>
<body>
<a href="#maincontent" class="dcr-skip">Skip to main content</a>
<a href="#navigation" class="dcr-skip">Skip to navigation</a>
<div id="bannerandheader">
<div class="dcr-support"><p>Support the Ledger</p><p>Fund independent journalism with £5 per month</p><a href="/support">Support us</a></div>
<div class="dcr-top"><a href="/signin">Sign in</a> <a href="/jobs">Search jobs</a> <a href="/search">Search</a> <a href="/international">UK edition</a></div>
<nav id="navigation" class="dcr-nav" aria-label="Ledger sections">
<ul class="dcr-pillars">{link_items(pillars, item='<li class="dcr-pl"><a href="{href}" class="dcr-pl-link">{text}</a></li>')}</ul>
<ul class="dcr-subnav">{link_items(subnav, prefix="/uk-news/")}</ul>
<div class="dcr-expanded" hidden><ul>{mega_html}</ul></div>
</nav></div>
<main id="maincontent" data-layout="StandardLayout">
<article class="dcr-article">
<div class="dcr-section"><a href="/education">Education</a></div>
<h1 class="dcr-headline">{esc(HEADLINE)}</h1>
<div class="dcr-standfirst" data-gu-name="standfirst"><p>{esc(STANDFIRST)}</p></div>
<figure class="dcr-main-media"><img src="https://i.ledgerimg.co.uk/img/media/8c1f/master.jpg" alt="A row of minibuses">
<figcaption class="dcr-caption"><span class="dcr-cap-icon"></span>Some councils now spend more on transport for pupils with special needs than on libraries. Photograph: Ruth Calloway/The Daily Ledger</figcaption></figure>
<div class="dcr-meta"><address aria-label="Contributor info"><a rel="author" href="/profile/tom-aldridge">Tom Aldridge</a> Education correspondent</address>
<details class="dcr-date"><summary>Mon 4 Mar 2024 00.01 GMT</summary>Last modified on Mon 4 Mar 2024 09.12 GMT</details>
<div class="dcr-share"><a href="#">Share</a> <a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Share via Email</a></div>
<a href="#comments" class="dcr-count">512</a></div>
<div id="maincontent-body" class="article-body-commercial-selector article-body-viewer-selector dcr-body">
{body_html}
</div>
<div class="dcr-topics"><h2>Explore more on these topics</h2><ul>{link_items(["Education", "Special educational needs", "Local government", "Schools", "Children", "news"], prefix="/education/")}</ul></div>
<div class="dcr-share2"><a href="#">Share</a> <a href="#">Reuse this content</a></div>
<div class="dcr-epic"><h2>You've read 9 articles in the last year</h2><p>Our reporting is paid for by readers. If you value it, please consider a regular contribution. It takes less than a minute.</p><a href="/contribute">Support the Ledger</a></div>
</article>
<section class="dcr-onwards"><h2>More on this story</h2><ul>{teaser_items(rnd, ["Families wait up to a year for specialist school places, figures show", "Ministers urged to cap cost of private special schools", "'We just want him in school': the parents fighting for a place", "Council deficits hit record as social care costs climb"], '<li><a href="{href}">{text}</a></li>', "/education/2024/")}</ul></section>
<section id="comments" class="dcr-discussion"><h2>Comments (512)</h2><p>Sign in or create your Ledger account to join the discussion.</p></section>
<aside class="dcr-most-viewed"><h2>Most viewed</h2><ol>{teaser_items(rnd, most_viewed, '<li><span class="dcr-num"></span><a href="{href}">{text}</a></li>', "/uk-news/2024/")}</ol></aside>
</main>
<footer class="dcr-footer"><ul class="dcr-footer-pillars">{mega_html}</ul>
<ul class="dcr-footer-links">{link_items(foot_links, prefix="/info/")}</ul>
<a href="#top">Back to top</a>
<p>&copy; 2024 Daily Ledger Media Group Ltd or its affiliated companies. All rights reserved.</p></footer>
{consent}
<script>{js_blob(4023, 90, "dcr")}</script>
</body></html>"""

save(PID, page, gold)
