"""q14 -- English (US). Substack-style newsletter post (post-header, post-ufi
like/comment/restack/Share rows, available-content > body markup,
button-wrapper buttons, subscription-widget, comments-section, window._preloads).

Length: long essay (~1,000 words) with four subheads and a block quote, on the
closing of a small town's hardware store.

Furniture: navbar with publication name and "Subscribe"/"Sign in", title,
subtitle, author/date line, a post-ufi row (likes, comments, restack,
"Share") ABOVE and BELOW the text, inside the text a "Subscribe now" button
after the introduction, a "Share" button after section 2, a second
"Subscribe now" button after section 3 and a subscription
widget ("Thanks for reading ... Subscribe for free ...") before the last
section, a footer subscription widget, a comments section with 6 comments
(Like/Reply/Share), "Ready for more?" footer, and the post in window._preloads
(body_html only, as an escaped JSON string).

Gold choices: the subtitle is not body; the button and widget texts inside
the body ("Subscribe now", "Share", "Thanks for reading…") are not; the block
quote (a letter the store owner posted) is body; the closing italic line
"— Corinne" is the essay's sign-off and is treated as body (it is part of the
post text, not an author box).
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(614)

PUB = "The Long Main Street"
TITLE = "What the hardware store knew"
SUB = "Forty-one years of keys, screws and advice, and what a town loses when the counter goes dark"
URL = "https://longmainstreet.substack.com/p/what-the-hardware-store-knew"

S1 = """
On the last Saturday in February, Walt Brennick turned the sign on the door of Brennick's Hardware from OPEN to CLOSED for the last time. He did it at 4 p.m., an hour earlier than usual, because by then there was almost nothing left on the shelves to sell. The paint mixer had been sold to a contractor from two towns over. The key-cutting machine went to his nephew. The old brass bin of loose wood screws, which had stood by the register since before I was born, had been emptied a handful at a time by people who did not need wood screws but wanted something from the store.

I have lived in Ostrander Falls for nineteen years, and I have written this newsletter about our town and towns like it for six. I thought I understood what Brennick's was. It was only in the last month, talking to the people who came to say goodbye, that I realized how little of what the store did ever showed up on a receipt.
"""

S2 = """
## The counter as an institution

If you have never lived somewhere with an independent hardware store, it is hard to explain the counter. It was a long, scarred wooden surface, and behind it, most days, stood Walt or his daughter Dana or one of the two part-time clerks who worked there for decades. You came to the counter with a problem, usually carried in a paper bag: a cracked faucet washer, a hinge pin, a fitting that no longer fit anything.

You did not leave with just a part. You left with a diagnosis, frequently a warning, and sometimes the advice that you should not attempt the job yourself and here was the name of the person who should. Walt kept an index card box of local plumbers, electricians and roofers, annotated in pencil. Some cards had a small star. One had the word "NO" written across it and underlined twice.

Dana told me that in the store's best years, she estimated that a third of the people who walked in bought nothing at all. "They came to ask," she said. "We never thought of that as a loss. They came back when they needed something, and they knew we'd tell them the truth."
"""

S3 = """
## The arithmetic

None of this is an argument that Brennick's could have survived on goodwill. Walt is a practical man, and he showed me the numbers without much sentiment. Sales had fallen by about forty percent over twelve years. The big-box store that opened off the highway in 2013 took the contractors first, then the weekend projects. Online sellers took most of the rest: the odd sizes and specialty parts that had always been a small store's advantage could now arrive on the porch in two days.

The building needed a new roof. Insurance had doubled. Walt is seventy-three, and Dana, who had expected to take over, has two teenagers and a husband whose job moved to the county seat. The decision, when it came, was not dramatic. They sat down at the kitchen table in November, looked at the year, and agreed.

What struck me was how the town responded. There was no petition, no fundraising page, no angry meeting. People seemed to understand that the store had reached a natural end. What they wanted, mostly, was to be there for it.
"""

S4 = """
## A letter in the window

In January, Walt taped a letter to the front window. He wrote it by hand, and Dana typed it up so people could read it from the sidewalk. I am reproducing part of it here with his permission.

> To everyone who has come through this door: thank you. My father opened this store in 1984 with a loan from the bank and a lot of nerve. We have sold you nails and snow shovels and Christmas lights, and you have told us about your kids and your dogs and your basements. We are not closing because you stopped coming. We are closing because we are tired, and because the world changed faster than a small store can. Please come by before the end of February. Take a screw from the bin. It's on the house.

By the last week, the bin was the most popular thing in the store. I watched a girl of about eight count out three screws with great seriousness and put them in her coat pocket. Her grandmother told me she wanted "something from the old place" for a jar on her shelf.
"""

S5 = """
## What replaces the counter

There is a version of this essay that ends with a lament, and I have written that version before. I want to end somewhere else this time, because I think the question of what replaces the counter is a practical one that towns like ours can actually work on.

Some of what Brennick's did can be done by other places. The library in Ostrander Falls already lends tools; it could add a monthly repair table where a volunteer helps people figure out what part they need before they order it. The community Facebook group, for all its faults, already functions as a noisy version of Walt's index card box. Dana herself is talking with the school district about teaching a basic home repair elective.

But I don't want to pretend these are substitutes. A store is a place you can walk into without a reason. It has hours and a person behind a counter who is paid to be there and to talk to you. When that goes, the town does not lose a business so much as a habit of asking each other for help.

I will be writing more about this over the coming months: about the storefronts on Main Street that are empty, the ones that are not, and the people trying to fill them. If you have a story about a store like Brennick's in your town, reply to this email or leave a comment. I read all of them.

— Corinne
"""

def btn(text, href, cls="button primary"):
    return ('<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;%s&quot;,&quot;text&quot;:&quot;%s&quot;}" data-component-name="ButtonCreateButton">'
            '<a class="%s" href="%s"><span>%s</span></a></p>' % (esc(href), text, cls, esc(href), text))

WIDGET = ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://longmainstreet.substack.com/subscribe?&quot;}" data-component-name="SubscribeWidgetToDOM">'
          '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Long Main Street! '
          'Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe">'
          '<input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe">'
          '<div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>')

body = []
body += body_from(S1)
body.append(("raw", btn("Subscribe now", "https://longmainstreet.substack.com/subscribe?")))
body += body_from(S2)
body.append(("raw", btn("Share", URL + "?utm_source=substack&utm_medium=email&utm_content=share&action=share")))
body += body_from(S3)
body.append(("raw", btn("Subscribe now", "https://longmainstreet.substack.com/subscribe?")))
body += body_from(S4)
body.append(("raw", WIDGET))
s5 = body_from(S5)
s5[-1] = ("p", "<em>— Corinne</em>")
body += s5
body_html, gold = render(body, {"p": "<p>{}</p>", "h2": '<h2 class="header-anchor-post">{}</h2>',
                                "quote": "<blockquote>{items}</blockquote>"})

def ufi(pos):
    return ('<div class="post-ufi %s"><div class="like-button-container post-ufi-button"><button class="post-ufi-button" aria-label="Like (214)">'
            '<svg class="lucide lucide-heart" width="20" height="20"></svg><div class="label">214</div></button></div>'
            '<a class="post-ufi-button post-ufi-comment-button" href="%s/comments"><svg width="20" height="20"></svg><div class="label">37</div></a>'
            '<button class="post-ufi-button restack-button" aria-label="Restack"><svg width="20" height="20"></svg><div class="label">18</div></button>'
            '<div class="post-ufi-button share-button"><button class="button" aria-label="Share"><svg width="20" height="20"></svg><span>Share</span></button></div></div>'
            % (pos, URL))

COMMENTS = [
    ("Hal Prentiss", "Feb 28", "We lost ours in 2016. What I miss is exactly what you describe: walking in with a broken thing in a bag and walking out knowing what it was called.", 41, []),
    ("Ruth Okafor-Lane", "Feb 28", "The index card box with the underlined NO made me laugh out loud. Every town has one of those cards.", 29,
     [("Corinne Ashby", "Feb 28", "Walt would not tell me whose name was on it. I asked three times.", 33)]),
    ("M. Delacroix", "Mar 1", "Our library started a repair café two years ago. It's once a month and it's always full. Happy to share how they set it up if anyone's interested.", 17, []),
    ("Tobias Verhoeven", "Mar 1", "I'd gently push back on the idea that nobody could have saved it. A town that cared could have organized a co-op. It's been done elsewhere.", 8,
     [("Dana B.", "Mar 2", "We talked about it, Tobias. The roof alone was more than the co-op idea could have raised. But thank you.", 52)]),
    ("Jo Kettering", "Mar 3", "My daughter still has the screw from the bin. It's in a jar on her windowsill with a label she wrote herself.", 24, []),
]
def comment(a, d, t, likes, replies, depth=0):
    rep = "".join(comment(*r, [], depth + 1) for r in replies)
    return ('<div class="comment depth-%d"><div class="comment-content"><div class="comment-meta"><a class="commentor-name" href="#">%s</a> '
            '<a class="comment-date" href="#">%s</a></div><div class="comment-body"><p>%s</p></div>'
            '<div class="comment-actions"><button class="comment-action like">Like (%d)</button><button class="comment-action">Reply</button>'
            '<button class="comment-action">Share</button></div></div>%s</div>' % (depth, esc(a), d, esc(t), likes, rep))
com_html = "".join(comment(*c) for c in COMMENTS)

preloads = json_state({"post": {"title": TITLE, "subtitle": SUB, "slug": "what-the-hardware-store-knew", "post_date": "2025-02-27T13:02:11.000Z",
                                "audience": "everyone", "reactions": {"❤": 214}, "comment_count": 37, "body_html": body_html[:2000]},
                       "pub": {"name": PUB, "subdomain": "longmainstreet", "author_name": "Corinne Ashby"}})
css = css_blob(["post", "post-ufi", "subscription-widget", "comment", "navbar", "button", "pencraft", "footer"], 220, 6141)
js = js_blob(6142, 60, "substack")

html_doc = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s - by Corinne Ashby - %(pub)s</title>
<meta property="og:title" content="%(title)s">
<meta property="og:description" content="%(sub)s">
<link rel="canonical" href="%(url)s">
<style>%(css)s</style>
%(ld)s
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><div class="navbar-left"><a href="/"><img class="navbar-logo" src="https://substackcdn.com/image/fetch/w_80/lms-logo.png" alt=""></a>
<h1 class="navbar-title"><a class="navbar-title-link" href="/">%(pub)s</a></h1></div>
<div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><button class="button sign-in-link">Sign in</button></div></div></div>
<div class="container"><div class="single-post-container"><div class="container">
<div class="single-post"><div class="post-header">
<h1 class="post-title published">%(title)s</h1>
<h3 class="subtitle">%(sub)s</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@corinneashby">Corinne Ashby</a></div>
<div class="post-date">Feb 27, 2025</div></div>
%(ufi1)s
</div>
<div class="available-content"><div dir="auto" class="body markup">
%(body)s
</div></div>
%(ufi2)s
<div class="visibility-check"></div>
<div class="subscribe-footer">%(widget)s</div>
<div class="post-footer"><a href="/p/the-empty-storefront-census">Previous</a> <a href="/p/notes-from-the-zoning-board">Next</a></div>
</div>
<div class="comments-section" id="discussion"><h4 class="comments-heading">Discussion about this post</h4>
<div class="comments-page-tabs"><button class="active">Comments</button><button>Restacks</button></div>
<div class="comment-input"><textarea placeholder="Write a comment..."></textarea></div>
<div class="comments-list">%(comments)s</div>
<a class="more-comments" href="%(url)s/comments">32 more comments...</a></div>
</div></div></div>
<div class="footer-wrap"><div class="footer-slogan">Ready for more?</div>%(widget)s
<div class="footer"><span>© 2025 Corinne Ashby</span> · <a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div>
<div class="footer-substack"><a href="https://substack.com/signup">Start writing</a><a href="https://substack.com/app">Get the app</a><span>Substack is the home for great culture</span></div></div>
</div></div>
<script>window._preloads = JSON.parse(%(preloads)s)</script>
<script>%(js)s</script>
</body>
</html>
""" % dict(title=esc(TITLE), sub=esc(SUB), pub=esc(PUB), url=URL, css=css, js=js, ufi1=ufi("post-ufi-top"), ufi2=ufi("post-ufi-bottom"),
           body=body_html, widget=WIDGET, comments=com_html, preloads=json_state(preloads),
           ld=ld_article(TITLE, "Corinne Ashby", "2025-02-27T13:02:11+00:00", PUB))

save("q14", html_doc, gold)
