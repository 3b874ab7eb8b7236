"""q11 - English, arts section feature with an embedded photo gallery.

Three paragraphs, a twelve-slide gallery whose captions (in <p> tags,
two or three sentences each) hold more text than the article, then
four more paragraphs.  Captions, credits and slide counters are not gold.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q11"
rnd = random.Random(311)

TITLE = "Inside the Galloway: A 1927 movie palace gets its ceiling back"
DEK = "Restorers spent 14 months on scaffolding repainting the theater's famous sky. It reopens next month."

PART1 = """
For most of the last forty years, anyone who looked up inside the Galloway Theatre saw a flat gray drop ceiling, water-stained tiles and a few fluorescent fixtures. Almost nobody under the age of 60 in Marrowfield knew there was anything above it.

There was. When contractors pulled the tiles down in the summer of 2023, they found the theater's original painted sky, a 9,000-square-foot dome of deep blue plaster dotted with gilded stars and edged with clouds, faded and cracked but almost entirely intact.

"We had photographs from the opening in 1927, so we knew it had existed," said Philippa Dorrance, executive director of the Galloway Theatre Trust, the nonprofit that bought the building in 2021. "What we didn't know was whether any of it had survived. When the first panel came down, people on the crew actually cheered."
"""

PART2 = """
The restoration team, led by the Kessling Conservation Studio, spent 14 months on scaffolding that filled the auditorium from the orchestra floor to the dome. Conservators cleaned the plaster by hand, stabilized cracks with injected adhesive and repainted only where the original paint had been lost, matching colors from samples taken in hidden corners.

The work cost about $3.8 million, most of it raised from local donors and a state historic preservation grant. The trust is still about $400,000 short of its goal for the full renovation, which includes new seats, an accessible entrance on Lamont Street and a rebuilt stage house.

Dorrance said the theater will reopen on Dec. 14 with a screening of a silent film accompanied by the restored Wurlitzer organ, followed by a community open house the next day. The trust plans to program a mix of classic films, touring music acts and local performances.

"This room was built to make ordinary people feel like they were somewhere extraordinary," she said. "For a few dollars on a Saturday night, you could sit under the stars. We want that to be true again."
"""

SLIDES = [
    ("Conservator Ingrid Matheson cleans a section of the painted sky above the Galloway's balcony in September. The team used soft sponges and a mild solution of distilled water and conservation-grade detergent to lift decades of cigarette smoke and dust from the plaster.", "Photo by Theo Rinaldi"),
    ("The auditorium as it looked in 2019, before the trust bought the building. A drop ceiling was installed in 1984, when the theater was split into two smaller screens, hiding the dome for nearly four decades.", "Galloway Theatre Trust"),
    ("A 1927 photograph from the theater's opening night shows the original dome, lit by concealed lamps along the cornice. Restorers used this image and a handful of others to reconstruct missing sections of the cloud border.", "Marrowfield Historical Society"),
    ("Scaffolding fills the auditorium from the orchestra floor to the top of the dome in March. At its peak, the structure held four working platforms and could support a dozen conservators at once.", "Photo by Theo Rinaldi"),
    ("Paint samples taken from a corner hidden behind a ventilation duct preserved the original colors almost perfectly. The deep blue of the sky turned out to be several shades darker than anyone had remembered.", "Kessling Conservation Studio"),
    ("Gilder Rosalind Achebe applies gold leaf to one of roughly 1,100 plaster stars set into the dome. About a third of the stars had lost their gilding entirely; the rest needed only cleaning.", "Photo by Theo Rinaldi"),
    ("Cracks in the plaster were stabilized by injecting adhesive through small holes, then filled and toned to match the surrounding paint. The team documented each repair on a digital map of the ceiling.", "Kessling Conservation Studio"),
    ("The restored proscenium arch, with its painted garlands and the theater's original crest, was uncovered when a later fabric valance was removed. The crest had been painted over in cream during a 1950s redecoration.", "Photo by Theo Rinaldi"),
    ("Volunteers from the Galloway Theatre Trust sort salvaged seat frames in the lobby. The trust hopes to reuse about 200 of the original cast-iron end panels on new seats.", "Photo by Theo Rinaldi"),
    ("The Wurlitzer organ console, removed in 1984 and stored in a church basement across town, returned to the orchestra pit in October after a two-year restoration by a team of volunteers.", "Galloway Theatre Trust"),
    ("Philippa Dorrance, executive director of the trust, stands on the stage beneath the finished dome. The theater reopens Dec. 14 with a silent film screening accompanied by the organ.", "Photo by Theo Rinaldi"),
    ("The Galloway's marquee on Lamont Street, lit for a test in November. The sign was rebuilt using the original sheet-metal frame and new LED bulbs made to imitate incandescent light.", "Photo by Theo Rinaldi"),
]

h1, g1 = render(body_from(PART1), {"p": '<p class="article-text">{}</p>'})
h2, g2 = render(body_from(PART2), {"p": '<p class="article-text">{}</p>'})
gold = g1 + g2

slides = []
for i, (cap, credit) in enumerate(SLIDES):
    slides.append('<div class="gallery-slide%s" data-slide="%d"><div class="gallery-slide__media"><img src="https://media.marrowfieldherald.com/galloway/%02d.jpg" alt="" loading="lazy" width="1600" height="1067"></div>'
                  '<div class="gallery-slide__count">%d of %d</div><div class="gallery-slide__caption"><p>%s</p><p class="gallery-slide__credit">%s</p></div></div>'
                  % (" is-active" if i == 0 else "", i + 1, i + 1, i + 1, len(SLIDES), esc(cap), esc(credit)))
gallery = ('<div class="embedded-gallery" data-gallery-id="77120"><div class="embedded-gallery__header"><h2 class="embedded-gallery__title">Photos: Restoring the Galloway\'s painted sky</h2><span class="embedded-gallery__count">12 photos</span></div>'
           '<div class="embedded-gallery__track">%s</div><div class="embedded-gallery__controls"><button class="prev" aria-label="Previous photo">Previous</button><button class="next" aria-label="Next photo">Next</button><button class="fullscreen">View full screen</button></div></div>' % "".join(slides))

more_arts = [
    ("Marrowfield Symphony names first new music director in 22 years", "Arts"),
    ("Review: 'The Salt Orchard' is a quiet triumph at the Little Pier Playhouse", "Theater"),
    ("Five holiday markets worth the drive this weekend", "Things to do"),
    ("The last independent bookstore on Lamont Street is moving, not closing", "Books"),
]

css = css_blob(["header", "nav", "article", "article-text", "embedded-gallery", "gallery-slide", "recirc", "newsletter", "footer", "ad"], 900, 3111)
js = js_blob(3112, 170, "herald")

html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Marrowfield Herald</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{dek}">
<style>{css}</style>
<script type="application/ld+json">{ld}</script>
</head>
<body class="article-page section-arts">
<header class="header"><div class="header__inner"><a class="header__logo" href="/">Marrowfield Herald</a><nav class="nav"><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/business/">Business</a><a class="is-active" href="/arts/">Arts &amp; Culture</a><a href="/food/">Food</a><a href="/opinion/">Opinion</a><a href="/obituaries/">Obituaries</a></nav><div class="header__account"><a href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></div></div></header>
<div class="ad ad--leaderboard"><span>Advertisement</span></div>
<main class="article">
<div class="article__section"><a href="/arts/">Arts &amp; Culture</a></div>
<h1 class="article__headline">{title}</h1>
<p class="article__dek">{dek}</p>
<div class="article__byline">By <a href="/staff/june-okonkwo/">June Okonkwo</a> &middot; Photos by Theo Rinaldi</div>
<div class="article__date">Published Nov. 20, 2024</div>
<div class="article__share"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<div class="article__body">
{h1}
{gallery}
{h2}
</div>
<div class="newsletter"><h3>Weekend Picks</h3><p>The best things to see, hear and eat in Marrowfield, every Thursday.</p><form><input type="email" placeholder="Your email"><button>Sign me up</button></form></div>
<section class="recirc"><h2 class="recirc__title">More in Arts &amp; Culture</h2>{more}</section>
</main>
<footer class="footer"><p>&copy; 2024 Marrowfield Herald Media Co.</p><nav><a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a></nav></footer>
<script>{js}</script>
</body>
</html>""".format(
    title=esc(TITLE), dek=esc(DEK), css=css, js=js, h1=h1, h2=h2, gallery=gallery,
    ld=json_state({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "description": DEK, "author": {"@type": "Person", "name": "June Okonkwo"}, "datePublished": "2024-11-20T06:00:00-05:00", "image": ["https://media.marrowfieldherald.com/galloway/%02d.jpg" % (i + 1) for i in range(len(SLIDES))]}),
    more="".join('<article class="recirc__item"><span class="recirc__label">%s</span><h3><a href="/arts/%s/">%s</a></h3></article>' % (l, slug(t), esc(t)) for t, l in more_arts),
)

save(PID, html, gold)
