# p20: photo-essay / gallery-heavy article: 18 photos with long captions, text paragraphs between photo runs
from common import *

PID = "p20"
TITLE = "Lantern night: 3,000 handmade lights carried down to the harbour at Kestrel Quay"
URL = "https://www.westernchronicle.co.uk/in-pictures/2024/oct/20/lantern-walk-kestrel-quay-photos"

TEXT = {
    0: ["For one night every October, the old harbour at Kestrel Quay goes dark. The street lights are switched off, the pubs draw their curtains, and at 7pm about 3,000 paper lanterns, each made by hand over the previous month, are carried down the hill to the water.",
        "The Lantern Walk began in 1996 as a school project, when a teacher at Kestrel Quay primary school asked her class to make lanterns from willow and tissue paper to mark the end of the fishing season. This year it drew an estimated 18,000 people, more than three times the town’s population."],
    6: ["Lantern-making workshops run every weekend through September in the old net loft on Harbour Row. Volunteers teach the technique, which involves soaking willow canes until they bend, tying them into a frame with masking tape and covering it with wet-strength tissue and PVA glue.",
        "The lanterns range from simple globes made by toddlers to elaborate pieces several metres long. This year’s largest, a humpback whale built by the town’s sea swimming club, took 11 weeks to make and needed eight people to carry it."],
    12: ["The procession ends on the harbour beach, where the lanterns are gathered around a bonfire built from driftwood. Organisers stopped floating lanterns on the water in 2019 after concerns about litter, and all lanterns are now carried home or collected for recycling.",
         "“People ask whether it’s a festival or a memorial or a parade,” said the organiser, Morwenna Tregaskis. “It’s all of those. Everyone carries their own reasons down that hill.”"],
}

PHOTOS = [
    ("The harbour at Kestrel Quay at dusk, shortly before the street lights are switched off for the Lantern Walk. The event has been held on the third Saturday of October since 1996.", "Elowen Pascoe"),
    ("Children from Kestrel Quay primary school wait at the top of Fore Street with the lanterns they made in class. Each year group chooses a theme; this year’s reception class made jellyfish.", "Elowen Pascoe"),
    ("A volunteer lights a tea light inside a lantern shaped like a lighthouse. Battery candles are encouraged, but organisers say many families still prefer a real flame.", "Elowen Pascoe"),
    ("The first lanterns begin the descent down Fore Street, a steep cobbled lane lined with fishermen’s cottages. Stewards walk alongside to keep the procession moving.", "Callum Trevithick"),
    ("Spectators line the harbour wall. Many visitors arrive hours early to find a spot with a view of the water, and the town’s car parks were full by mid-afternoon.", "Callum Trevithick"),
    ("A grandfather and granddaughter carry a lantern in the shape of a crab. He has walked in every procession since the first, when he helped his daughter make a simple star.", "Elowen Pascoe"),
    ("Inside the net loft on Harbour Row, where volunteers run lantern-making workshops every weekend in September. Around 900 people attended the sessions this year.", "Elowen Pascoe"),
    ("Willow canes soaking in a tin bath before being bent into shape. The canes are grown on a farm a few miles inland and donated to the event each summer.", "Elowen Pascoe"),
    ("A young volunteer applies tissue paper to a frame. The glue takes two days to dry fully, so lanterns are usually finished at least a week before the walk.", "Callum Trevithick"),
    ("Members of the sea swimming club carry their humpback whale lantern along the quayside. The whale is about six metres long and is built around a frame of bamboo and willow.", "Callum Trevithick"),
    ("A lantern made by residents of the Harbour View care home, in the shape of the town’s old lifeboat. Residents spent six afternoons making it with help from pupils at the secondary school.", "Elowen Pascoe"),
    ("Lanterns reflected in the still water of the inner harbour. The tide is timed to be high at 7pm so that the procession can be seen from boats moored in the outer harbour.", "Elowen Pascoe"),
    ("The driftwood bonfire on the harbour beach, which volunteers spend the day building from wood collected along the coast. Lanterns are arranged around it in a wide circle.", "Callum Trevithick"),
    ("A family watches the bonfire from the slipway. Organisers estimated this year’s crowd at 18,000, a record.", "Callum Trevithick"),
    ("A lantern bearing the names of two fishermen lost at sea in 2002. Several families make memorial lanterns each year, and a minute’s silence is held when the procession reaches the beach.", "Elowen Pascoe"),
    ("Members of the town band play as the last lanterns arrive. The band has performed at every Lantern Walk and rehearses a new piece each year.", "Callum Trevithick"),
    ("Volunteers collect lanterns for recycling at the end of the night. The willow is composted and the tissue paper, which is unbleached, goes to a local paper mill.", "Elowen Pascoe"),
    ("The harbour after the crowds have gone, with only a handful of lanterns still glowing on the beach. The street lights come back on at 10pm.", "Elowen Pascoe"),
]


def main():
    gold = []
    items = []
    for i, (cap, who) in enumerate(PHOTOS):
        if i in TEXT:
            for t in TEXT[i]:
                items.append('<div class="gallery__text"><p>%s</p></div>' % esc(t))
                gold.append(t)
        items.append('''<li class="gallery__item" id="img-%d" data-index="%d">
<figure class="gallery__figure"><div class="gallery__img-container"><picture><source media="(min-width: 1300px)" srcset="https://i.westernchronicle.co.uk/img/media/lantern-%02d/master/1900.jpg"><source media="(min-width: 740px)" srcset="https://i.westernchronicle.co.uk/img/media/lantern-%02d/master/1300.jpg"><img class="gallery__img" src="https://i.westernchronicle.co.uk/img/media/lantern-%02d/master/700.jpg" alt="" loading="%s" width="1900" height="1267"></picture><button class="gallery__expand" aria-label="Expand image">Expand</button></div>
<figcaption class="gallery__caption"><div class="gallery__count"><span class="gallery__index">%d</span>/<span class="gallery__total">%d</span></div><p class="gallery__caption-text">%s</p><p class="gallery__credit">Photograph: %s/The Western Chronicle</p><div class="gallery__share"><a href="https://www.facebook.com/dialog/share?href=%s%%23img-%d">Share on Facebook</a><a href="https://x.com/intent/tweet?url=%s%%23img-%d">Share on X</a></div></figcaption></figure></li>'''
                     % (i + 1, i, i + 1, i + 1, i + 1, "eager" if i < 2 else "lazy", i + 1, len(PHOTOS), esc(cap), who, URL, i + 1, URL, i + 1))
    more_galleries = ["The week in wildlife: grey seal pups, a rare crane and autumn deer", "Twenty photographs of the week", "Storm waves batter the north coast – in pictures",
                      "Behind the scenes at a village pantomime", "Harvest festival in a hill farm chapel", "The last working tin mine museum – a photo essay",
                      "Surfers, swimmers and dog walkers: a year on one beach", "Readers’ pictures: autumn colour"]
    heads = pick(HEADLINES, 12, 2020)
    page = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lantern night: 3,000 handmade lights carried down to the harbour at Kestrel Quay – in pictures | The Western Chronicle</title>
<meta name="description" content="Photographs from this year’s Lantern Walk, which drew a record 18,000 people to the small harbour town">
<meta property="og:title" content="{esc(TITLE)} – in pictures">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://i.westernchronicle.co.uk/img/media/lantern-12/master/1900.jpg">
<meta property="article:published_time" content="2024-10-20T07:00:00.000Z">
<meta property="article:section" content="In pictures">
<link rel="canonical" href="{URL}">
<script type="application/ld+json">{words_json({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE + " – in pictures", "datePublished": "2024-10-20T07:00:00.000Z", "author": [{"@type": "Person", "name": "Elowen Pascoe"}, {"@type": "Person", "name": "Callum Trevithick"}], "publisher": {"@type": "Organization", "name": "The Western Chronicle"}, "image": ["https://i.westernchronicle.co.uk/img/media/lantern-%02d/master/1900.jpg" % (i + 1) for i in range(len(PHOTOS))]})}</script>
<style>{css_blob(2001, "wc", 150)}.gallery__item{{list-style:none;margin:0 0 2rem}}.gallery__count{{font-weight:700}}</style>
<script>window.wcConfig={{"page":{{"contentType":"Gallery","section":"in-pictures","imageCount":{len(PHOTOS)},"lightboxEnabled":true}}}};</script>
<script>{js_blob(2002, 60, "wcLightbox")}</script>
</head>
<body class="gallery-page">
<div class="consent" role="dialog"><p>We and our partners use cookies to personalise content and ads and to measure site usage. Choose “Accept” to agree or “Manage” to review your options.</p><button>Accept</button><button>Manage</button></div>
<header class="masthead"><a href="/" class="masthead__logo">The Western Chronicle</a><div class="masthead__links"><a href="/support">Support us</a><a href="/signin">Sign in</a><form action="/search" class="masthead__search"><input type="search" name="q" placeholder="Type to search"></form></div>
<nav class="masthead__nav"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (x.lower().replace(" ", "-"), x) for x in ["News", "Opinion", "Sport", "Culture", "Lifestyle", "In pictures", "Weather"])}</ul></nav></header>
<main class="gallery-main">
<article class="gallery">
<header class="gallery__header"><a class="gallery__section" href="/in-pictures">In pictures</a><h1 class="gallery__headline">{esc(TITLE)} – in pictures</h1><p class="gallery__standfirst">Photographs from this year’s Lantern Walk, which drew a record 18,000 people to the small harbour town.</p><div class="gallery__meta"><span class="gallery__byline">Elowen Pascoe and Callum Trevithick</span> <time datetime="2024-10-20T07:00:00Z">Sun 20 Oct 2024 08.00 BST</time></div><div class="gallery__share-top"><a href="https://www.facebook.com/dialog/share?href={URL}">Share on Facebook</a><a href="https://x.com/intent/tweet?url={URL}" title="Click to share on X (Opens in new window)">Share on X</a><a href="mailto:?body={URL}">Share via Email</a></div></header>
<ul class="gallery__items">
{"".join(items)}
</ul>
<div class="gallery__footer"><p class="gallery__reuse"><a href="/info/reuse">Reuse this content</a></p><div class="gallery__topics"><a href="/uk/kestrel-quay">Kestrel Quay</a><a href="/culture/festivals">Festivals</a><a href="/in-pictures">In pictures</a></div></div>
</article>
<aside class="onward"><section class="more-galleries"><h2>More galleries</h2><ul>{"".join('<li><a href="/in-pictures/2024/oct/%d">%s</a></li>' % (i, esc(x)) for i, x in enumerate(more_galleries))}</ul></section>
<section class="most-viewed"><h2>Most viewed</h2><ol>{"".join('<li><a href="/news/%d">%s</a></li>' % (i, esc(x)) for i, x in enumerate(heads[:10]))}</ol></section>
<div class="ad-slot"><span>Advertisement</span></div></aside>
<section class="comments"><h2>Comments</h2><p>Comments are closed on this gallery.</p></section>
</main>
<footer class="footer"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in ["About us", "Contact us", "Complaints & corrections", "Newsletters", "Help", "Work for us", "Privacy policy", "Cookie policy", "Terms & conditions", "Advertise with us"])}</ul><p>&copy; 2024 Western Chronicle Ltd. All rights reserved.</p></footer>
<script>{js_blob(2003, 40, "wcAds")}</script>
</body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
