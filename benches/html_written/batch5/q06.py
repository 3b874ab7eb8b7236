"""q06 - English (US), Substack newsletter post.

Data essay (~800 words): four subheads, a numbered list, a footnote
(marker in the text, footnote at the end). Furniture: publication header
with Subscribe/Sign in, subtitle, like/comment/restack counts, two
"Thanks for reading ... Subscribe" widgets inside the body, post footer,
"Discussion about this post" with comments (Reply/Share/likes), "Ready for
more?", Substack footer; the post is also in window._preloads.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5106)
PUB = "The Rent Column"
AUTHOR = "Lucan Abernethy-Osei"
HEAD = "What 1,212 eviction filings say about who is doing the evicting"
SUB = "I read every case filed in Harrowby County last year. A handful of companies account for most of them."

FN_ANCHOR = '<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-1" href="#footnote-1" target="_self">1</a>'

TEXT = """
Last winter I set myself a project that seemed manageable at the time: read every eviction case filed in Harrowby County Magistrate Court in 2024 and write down who filed it.

It took four months, two library cards’ worth of printing credits and more patience from the clerk’s office than I had any right to expect. The court’s online portal lets you search by case number but not by plaintiff, so I went through the docket one filing at a time, 1,212 of them in all.

Here is what I found, and a few things I didn’t expect.

@@SUBSCRIBE

## A small number of landlords file most of the cases

Just nine plaintiffs filed 58% of all evictions in the county last year. Most of them are limited liability companies that share a mailing address with one of three property management firms in Tolland, the county seat. The largest single filer, a company called Greyhaven Residential Holdings, filed 214 cases — more than one in every six — across four apartment complexes.

At the other end, 301 plaintiffs filed only one case each. These were mostly people renting out a single house or a duplex, the kind of landlord people tend to picture when the subject comes up.

I want to be careful here. Filing an eviction is not the same as evicting someone, and a big complex will file more cases than a duplex simply because it has more tenants. So I also worked out filings per unit, using the county assessor’s records for the number of units at each address.

## The rate matters more than the count

When you adjust for size, the picture sharpens. Across the county’s large complexes (50 units or more), the median property filed about one eviction for every 14 units. Two of Greyhaven’s complexes filed one for every three.

That is not a typo. At Larkspur Commons, a 96-unit complex off Route 40, the company filed 33 evictions in 12 months, and several tenants appear on the docket two or three times.

Repeat filings turned out to be one of the clearest patterns in the data. Of the 1,212 cases:

1. 188 were against tenants who had already been taken to court at least once by the same landlord during the year.
2. 407 were dismissed before a hearing, most often because the tenant paid what was owed plus court costs.
3. 96 ended in a judgment for the tenant or were thrown out by the magistrate.

The dismissals are the part that surprised me most. A case that gets dismissed because the tenant paid can look like a happy ending, but the tenant has still paid a filing fee, often a late fee and sometimes an attorney’s fee, and the filing stays on their record, where screening companies can find it.@@FN

## What a landlord told me

I contacted all nine of the biggest filers. Two replied. A manager for one of the smaller firms, who asked me not to use her name because she wasn’t authorized to speak for the owners, said filing early had become routine because the court calendar was so backed up.

“If you wait until someone’s two months behind, you’re looking at four months before you see a hearing,” she told me. “Filing is how you get in line. Most of the time we’d rather they just pay and stay.”

Greyhaven did not respond to three emails and a letter sent to its registered agent.

## What happens next

The county commission is scheduled to discuss a proposal in January that would fund a right-to-counsel pilot for tenants facing eviction. Nobody I spoke to expects it to pass easily; the estimated cost is $640,000 a year.

I am publishing the full spreadsheet of cases, with tenants’ names removed, for anyone who wants to check my work or build on it. If you find a mistake, please tell me. I would rather be corrected than be quoted.

Next week: what I learned from sitting through a full day of eviction hearings, and why the outcome so often depends on whether the tenant shows up at 9 a.m. on a Tuesday.
"""

FOOTNOTE = "Several tenant-screening services buy court records in bulk. A dismissed case usually appears with its outcome, but not every report shows the outcome clearly, and tenants told me landlords rarely read past the first line."


def sub_widget(n):
    attrs = esc('{"url":"https://therentcolumn.substack.com/subscribe?","text":"Subscribe","language":"en"}')
    return ('<div class="subscription-widget-wrap-editor" data-attrs="%s" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe">'
            '<div class="preamble"><p class="cta-caption">Thanks for reading %s! Subscribe for free to receive new posts and support my work.</p></div>'
            '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe">'
            '<div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>') % (attrs, PUB)


spec = []
for kind, payload in body_from(TEXT):
    if payload == "@@SUBSCRIBE":
        spec.append(("raw", sub_widget(1)))
    elif kind == "h2":
        spec.append(("rawgold", ('<h2 class="header-anchor-post">%s<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute header-anchor-parent"><div class="pencraft header-anchor offset-top" id="§%s"><svg width="18" height="18"></svg></div></div></h2>' % (payload, slug(payload)), [payload])))
    else:
        spec.append((kind, payload.replace("@@FN", FN_ANCHOR) if isinstance(payload, str) else payload))
spec.append(("rawgold", ('<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false" target="_self">1</a><div class="footnote-content"><p>%s</p></div></div>' % FOOTNOTE, ["1", FOOTNOTE])))
body_html, gold = render(spec, {"p": "<p>{}</p>"})
# the footnote number "1" is its own line of the page but carries no text: keep only the footnote itself in gold
gold = [g for g in gold if g != "1"]

preloads = {"isEU": False, "language": "en", "pub": {"name": PUB, "subdomain": "therentcolumn", "author_name": AUTHOR},
            "post": {"id": 151190337, "title": HEAD, "subtitle": SUB, "slug": "eviction-filings-harrowby", "post_date": "2025-11-09T13:02:11.000Z",
                     "audience": "everyone", "reactions": {"❤": 112}, "comment_count": 37, "body_html": body_html, "wordcount": 812}}
preloads_js = "window._preloads = JSON.parse(%s)" % json_state(json_state(preloads))

comments = [
    ("Dana Whitlock-Ruiz", "Nov 9", "I was one of the 188. Paid everything plus $145 in fees and the case still showed up when I applied for a new place in the spring. Thank you for writing this down where people can see it.", 41,
     [("Lucan Abernethy-Osei", "Nov 9", "Thank you for telling me, Dana. If you’re willing to talk for next week’s piece, reply to the email and I’ll get in touch.", 9)]),
    ("Harlan Boatwright", "Nov 9", "Small landlord here, two houses. I’ve filed once in eleven years and it was the worst month of my life. Lumping us in with the LLCs isn’t fair, but I notice you didn’t, so credit where due.", 23, []),
    ("mkessler", "Nov 10", "Is the spreadsheet going to include the hearing dates? Would love to see how long cases sit between filing and hearing.", 7,
     [("Lucan Abernethy-Osei", "Nov 10", "Yes — filing date, first hearing date and disposition date are all columns.", 4)]),
]


def comment_block(c, depth):
    name, when, text, likes, replies = c[0], c[1], c[2], c[3], (c[4] if len(c) > 4 else [])
    kids = "".join(comment_block(r, depth + 1) for r in replies)
    return ('<div class="comment" data-depth="%d"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="/profile/%s">%s</a><a class="comment-date" href="#comment-%d">%s</a></div>'
            '<div class="comment-body"><p>%s</p></div><div class="comment-actions"><button class="like-button"><span class="like-count">%d</span></button><button class="reply-button">Reply</button><button class="share-button">Share</button></div></div>'
            '<div class="comment-children">%s</div></div>') % (depth, slug(name), esc(name), rnd.randint(10 ** 7, 10 ** 8), when, esc(text), likes, kids)


comments_html = "".join(comment_block(c, 0) for c in comments)

css = css_blob(["pencraft", "post-header", "available-content", "subscription-widget", "post-ufi", "comment", "footer-wrap", "navbar", "frontend-pencraft"], 900, 5106)
js = js_blob(5106, 320, "substack")


def ufi():
    return ('<div class="post-ufi"><div class="like-button-container post-ufi-button"><button class="pencraft post-ufi-button"><svg width="20" height="20"></svg><div class="label">112</div></button></div>'
            '<a class="post-ufi-button post-ufi-comment-button" href="/p/eviction-filings-harrowby/comments"><svg width="20" height="20"></svg><div class="label">37</div></a>'
            '<button class="post-ufi-button restack-button"><svg width="20" height="20"></svg><div class="label">9</div></button>'
            '<button class="post-ufi-button share-button"><svg width="20" height="20"></svg><div class="label">Share</div></button></div>')


page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{esc(HEAD)} - by {AUTHOR}</title>
<meta name="description" content="{esc(SUB)}"><meta property="og:title" content="{esc(HEAD)}"><meta property="og:site_name" content="{PUB}">
<meta name="author" content="{AUTHOR}"><link rel="alternate" type="application/rss+xml" href="https://therentcolumn.substack.com/feed" title="{PUB}">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.7f3c2.css"><style>{css}</style>
{ld_article(HEAD, AUTHOR, "2025-11-09T13:02:11+00:00", PUB)}
</head><body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><div class="navbar-title"><a class="navbar-title-link" href="/">{PUB}</a></div>
<div class="navbar-buttons"><button class="pencraft subscribe-btn">Subscribe</button><button class="pencraft">Sign in</button></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{esc(HEAD)}</h1><h3 class="subtitle">{esc(SUB)}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@lucanao"><img class="pencraft" src="https://substackcdn.com/image/fetch/w_80/avatar-lao.png" width="40" height="40" alt=""></a></div>
<div class="byline-wrapper"><a class="pencraft" href="https://substack.com/@lucanao">{AUTHOR}</a><div class="pencraft meta">Nov 09, 2025</div></div></div>
{ufi()}</div>
<div class="available-content"><div class="body markup" dir="auto">
{body_html}
</div></div>
{sub_widget(2)}
<div class="post-footer">{ufi()}</div>
</article></div>
<div class="comments-section"><h4 class="comments-heading">Discussion about this post</h4>
<div class="comments-page-tabs"><button class="active">Comments</button><button>Restacks</button></div>
<div class="comment-input"><img src="https://substackcdn.com/avatar-default.png" alt=""><textarea placeholder="Write a comment..."></textarea></div>
<div class="comments-sort"><button>Top</button><button>Latest</button><button>Discussions</button></div>
<div class="comment-list">{comments_html}</div><a class="more-comments" href="/p/eviction-filings-harrowby/comments">31 more comments...</a></div>
<div class="ready-for-more"><h3>Ready for more?</h3><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><button class="button primary">Subscribe</button></form></div>
</div></div>
<div class="footer-wrap"><div class="footer"><div class="copyright">© 2025 {AUTHOR}</div><div class="footer-links"><a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div>
<div class="footer-buttons"><a class="button" href="https://substack.com/signup?utm_source=substack">Start writing</a><a class="button" href="https://substack.com/app">Get the app</a></div>
<div class="footer-slogan"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div>
</div></div>
<script>{preloads_js}</script>
<script>{js}</script>
</body></html>
"""

save("q06", page, gold)
