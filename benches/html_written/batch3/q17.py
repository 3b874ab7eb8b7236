"""q17 - English, opinion column on a metro paper's custom CMS.

Ordinary column furniture: two pull quotes (<aside>) repeating sentences
of the column inside the body, a "Read more opinion" rail, a long author
box with bio and links, a letters-to-the-editor prompt and a comments
teaser.  Pull quotes are not gold (they repeat the text).
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q17"
rnd = random.Random(317)

TITLE = "Opinion: Tear down the Fenwick Street garage. Nobody will miss it but the pigeons."

ARTICLE = """
I have parked in the Fenwick Street garage exactly three times in the 22 years I have lived in Dunmore. The first time, I got lost on the ramp between levels three and four. The second time, my car was dripped on by something I still cannot identify. The third time, I left it there overnight by accident and paid $31 for the privilege.

I mention this not because my experience is unusual but because it is typical. The city's own parking study, released last month, found the garage is on average 38% full on weekdays and barely a quarter full on weekends. It needs an estimated $14 million in structural repairs over the next decade. It loses money every year.

And yet when the city council held its first hearing on whether to demolish the garage and replace it with a park and a small housing development, you would have thought someone had proposed paving over the town square.

Merchants warned that shoppers would disappear. Residents of the Ridgeline neighborhood worried that drivers would circle their streets looking for spaces. One speaker said that removing the garage would be "the end of downtown as we know it."

I understand the fear. Downtown Dunmore has had a hard decade. The department store closed, the cinema closed, and for a while it felt like every other storefront on Fenwick Street had brown paper in the window. Anything that sounds like taking something away is going to make people nervous.

But the garage is not what is keeping downtown alive. The things that have brought people back in the last few years are the farmers market, the new restaurants on Cable Street, the renovated library and the apartments above the old bank building. Every one of those brings people who walk, or who park once and stay for hours.

The numbers in the parking study back this up. Even if every car now parked in the Fenwick garage on a busy Saturday moved to the other two city garages, those garages would still have about 300 empty spaces between them. The problem downtown is not too few parking spaces. It is too few reasons to come.

What the city is proposing would add some of those reasons. The plan on the table would turn about two-thirds of the site into a park with a playground, a lawn big enough for summer concerts and a covered pavilion for the market in bad weather. The rest would become 60 to 80 apartments, a share of them priced for people who work downtown and cannot afford to live there.

None of this is guaranteed to work. Parks can be badly designed. Housing deals can fall through. The council should insist on firm commitments from any developer and a real maintenance budget for the park before anything is torn down.

But the alternative is not some happy status quo. It is spending $14 million to prop up a half-empty concrete box that makes the block around it darker, emptier and less safe after six o'clock.

The council will take its next vote on December 9. If you care about downtown, go, and tell them what you actually want to walk past on Fenwick Street ten years from now. I can promise you it is not level four of a parking ramp.
"""

spec = body_from(ARTICLE)
out, gold = [], []
for i, (k, p) in enumerate(spec):
    out.append('<p class="body-text">%s</p>' % p)
    gold.append(p)
    if i == 1:
        out.append('<aside class="pull-quote pull-quote--right"><p>It needs an estimated $14 million in structural repairs over the next decade. It loses money every year.</p></aside>')
    if i == 6:
        out.append('<aside class="pull-quote pull-quote--left"><p>The problem downtown is not too few parking spaces. It is too few reasons to come.</p></aside>')
    if i == 4:
        out.append('<div class="ad-unit ad-unit--mid" data-pos="mid1"><span class="ad-unit__label">ADVERTISEMENT</span></div>')
body_html = "\n".join(out)

more_opinion = [
    ("Editorial: The school board owes Ridgeline parents a straight answer", "The Editorial Board"),
    ("Letters: Readers weigh in on the Cable Street bike lanes", "Readers"),
    ("Dunmore's new police chief deserves a fair start", "Oscar Lindahl"),
    ("Guest column: Why I'm voting no on the library levy, and why it's close", "Ada Fairbanks"),
    ("The best thing in Dunmore this fall was free and outdoors", "Celeste Marangoni"),
]

css = css_blob(["masthead", "nav-primary", "opinion-label", "article-hed", "body-text", "pull-quote", "ad-unit", "author-box", "opinion-rail", "letters-cta", "footer"], 900, 3171)
js = js_blob(3172, 160, "dcp")

html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Dunmore Courier-Post</title>
<meta name="description" content="The half-empty garage costs more to keep than it is worth. A park and housing would do more for downtown.">
<meta name="article:opinion" content="true">
<style>{css}</style>
</head>
<body class="story-page opinion">
<div class="masthead"><a class="masthead__logo" href="/">Dunmore Courier-Post</a><div class="masthead__actions"><a href="/subscribe">Subscribe for $1</a> <a href="/login">Log in</a></div></div>
<nav class="nav-primary"><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/business">Business</a> <a href="/opinion" class="is-current">Opinion</a> <a href="/life">Life</a> <a href="/obituaries">Obituaries</a> <a href="/eedition">eEdition</a></nav>
<div class="story-grid">
<div class="story-main">
<div class="opinion-label">Opinion &middot; Columnist</div>
<h1 class="article-hed">{title}</h1>
<div class="article-dek">The half-empty garage costs more to keep than it is worth. A park and housing would do more for downtown.</div>
<div class="byline-block"><img class="byline-block__photo" src="/people/tbergstrom.jpg" alt=""><div><a class="byline-block__name" href="/people/thea-bergstrom">Thea Bergstrom</a><div class="byline-block__title">Columnist</div><div class="byline-block__date">Published 6:00 a.m. ET Nov. 22, 2024</div></div></div>
<div class="share-row"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Comments</a></div>
<div class="story-body">
{body}
</div>
<div class="author-box"><img src="/people/tbergstrom.jpg" alt=""><div class="author-box__text"><p class="author-box__name">Thea Bergstrom</p><p>Thea Bergstrom has written about Dunmore's neighborhoods, politics and public spaces for the Courier-Post since 2009. Before that she was a city planner in Harwick for eleven years. She lives in the Ridgeline neighborhood with her husband and an elderly beagle.</p><p>Email her at tbergstrom@dunmorecp.com or follow her on social media. Her column appears Fridays.</p><p><a href="/people/thea-bergstrom">Read more columns by Thea Bergstrom</a></p></div></div>
<div class="letters-cta"><h3>Have something to say?</h3><p>Send a letter to the editor of 250 words or fewer to letters@dunmorecp.com. Include your name, address and phone number for verification.</p></div>
<div class="comments-teaser"><a href="#comments">View 142 comments</a></div>
</div>
<aside class="opinion-rail"><h2 class="opinion-rail__title">More opinion</h2><ul>{more}</ul><div class="ad-unit ad-unit--rail"><span class="ad-unit__label">ADVERTISEMENT</span></div></aside>
</div>
<footer class="footer"><p>&copy; 2024 Dunmore Courier-Post. All rights reserved.</p><a href="/terms">Terms of Service</a> <a href="/privacy">Privacy Policy</a> <a href="/privacy#choices">Your Privacy Choices</a> <a href="/contact">Contact us</a></footer>
<script>{js}</script>
</body>
</html>""".format(
    title=esc(TITLE), css=css, js=js, body=body_html,
    more="".join('<li><a href="/opinion/%s">%s</a><span class="opinion-rail__author">%s</span></li>' % (slug(t), esc(t), a) for t, a in more_opinion),
)

save(PID, html, gold)
