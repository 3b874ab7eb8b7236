# p05: Substack-style newsletter post (available-content / body markup, subscription widgets, _preloads JSON)
from common import *

PID = "p05"
TITLE = "The small economics of a village bakery"
SUB = "Two siblings, one oven, and a business that is really an export operation"
URL = "https://smallchange.substack.com/p/the-small-economics-of-a-village"

BODY = [
    ("p", "Every Friday at 5:40 a.m., the lights come on at Haverly’s, the only bakery in the village of Combe Ashby, population 640. I know the time because I have been standing outside it, notebook in hand, more often than I would like to admit."),
    ("p", "I started visiting because I wanted to answer a question that has bothered me since I moved here: how does a business that sells loaves for £3.20 survive in a place with fewer people than a large secondary school?"),
    ("p", "The short answer is that it barely does. The longer answer is more interesting, and it says something about how small rural businesses actually work, as opposed to how we imagine they work."),
    ("h2", "The numbers"),
    ("p", "Tessa Haverly, who has run the bakery with her brother Matthew since 2016, was generous enough to walk me through a typical week. These are her rough figures, rounded, and shared with permission:"),
    ("ul", ["Flour, butter, eggs and other ingredients: about £610",
            "Electricity, mostly for the deck oven: about £290, down from a peak of £520 in the winter of 2022",
            "Rent on the building, which belongs to the parish: £150",
            "Wages for one part-time assistant: £340",
            "Everything else, from paper bags to card machine fees: roughly £120"]),
    ("p", "That adds up to around £1,500 a week before Tessa and Matthew pay themselves anything. On a good week, the shop takes £2,300. On a bad one, in February, it can dip below £1,700."),
    ("p", "Split between two people who start work at 4 a.m., that is not a lot of money. Tessa laughed when I asked whether it was a good living. “It’s a living,” she said. “I don’t know about <em>good</em>.”"),
    ("sub", None),
    ("h2", "Who actually buys the bread"),
    ("p", "What surprised me most was where the money comes from. I had assumed the bakery was kept alive by villagers buying a loaf every morning. It isn’t, or not mostly."),
    ("img", None),
    ("p", "About a third of the weekly takings come from three wholesale customers: the pub in the next village, a farm shop on the main road, and a care home that orders 40 rolls a day. Another third comes from weekend visitors, walkers and cyclists who stop on their way through the valley. Villagers account for the rest."),
    ("p", "This means the bakery is, in effect, an export business. It brings money into Combe Ashby from outside, which is exactly what economists tell struggling rural areas they need, and it does so with an oven, two siblings and a very early alarm."),
    ("quote", "People think we’re a village bakery that sells to the village. Really, we’re a village bakery that sells the village to everyone else."),
    ("p", "That line is Matthew’s, and I have not stopped thinking about it."),
    ("h2", "The fragile part"),
    ("p", "The weakness of this arrangement is obvious once you see it. Lose one wholesale customer and the numbers stop working. When the pub changed hands last year, the new owners briefly switched to a cheaper supplier. For six weeks, the Haverlys were losing money."),
    ("p", "The pub switched back, Tessa told me, after regulars complained about the bread. I find that genuinely moving: a business saved not by a grant or a scheme but by people in a pub saying the sandwiches had got worse."),
    ("p", "But it is not a strategy. Nor is relying on visitors, who vanish in wet summers, or on energy prices, which nobody in the village controls."),
    ("share", None),
    ("h2", "What I’m taking from this"),
    ("p", "I came into this expecting to write about charm. Instead I found a small, careful business that is more exposed to the wider economy than its thatched roof suggests, and that survives through a combination of long hours and a handful of relationships that could end with a phone call."),
    ("p", "Next week I’ll be looking at the other side of this: the farm shop on the main road, which buys Haverly’s bread, and which has its own, rather different, set of numbers."),
    ("p", "As always, if you run a small business in a rural place and would be willing to share your figures, reply to this email. I read everything."),
]


def sub_widget(label):
    return '<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://smallchange.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">%s</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>' % label


def render_body():
    out, gold = [], []
    for kind, val in BODY:
        if kind == "p":
            out.append("<p>%s</p>" % val); gold.append(val)
        elif kind == "h2":
            out.append('<h2 class="header-anchor-post">%s<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§%s" class="pencraft pc-reset header-anchor offset-top"></div><button tabindex="0" type="button" aria-label="Link" data-href="%s#§%s" class="pencraft pc-reset pencraft iconButton-mq_Et5 iconButtonBase-dJGHgN buttonBase-GK1x3M buttonStyle-r7yGCK size_sm-G3LciD priority_secondary-S63h9o"></button></div></div></h2>' % (val, re.sub(r"[^a-z]+", "-", val.lower()).strip("-"), URL, re.sub(r"[^a-z]+", "-", val.lower()).strip("-")))
            gold.append(val)
        elif kind == "ul":
            out.append("<ul>" + "".join("<li><p>%s</p></li>" % li for li in val) + "</ul>"); gold.extend(val)
        elif kind == "quote":
            out.append("<blockquote><p>%s</p></blockquote>" % val); gold.append(val)
        elif kind == "sub":
            out.append(sub_widget("Small Change is a reader-supported publication about money in places where there isn’t much of it. To receive new posts and support my work, consider becoming a free or paid subscriber."))
        elif kind == "share":
            out.append('<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://smallchange.substack.com/p/the-small-economics-of-a-village?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;,&quot;action&quot;:null,&quot;class&quot;:null}" data-component-name="ButtonCreateButton"><a class="button primary" href="https://smallchange.substack.com/p/the-small-economics-of-a-village?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>')
        elif kind == "img":
            out.append('<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.com/image/fetch/f_auto,q_auto:good/bakery-counter.jpeg" data-component-name="Image2ToDOM"><div class="image2-inset"><picture><source type="image/webp" srcset="https://substackcdn.com/image/fetch/w_424,c_limit,f_webp,q_auto:good/bakery-counter.jpeg 424w, https://substackcdn.com/image/fetch/w_848,c_limit,f_webp,q_auto:good/bakery-counter.jpeg 848w" sizes="100vw"><img src="https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto,q_auto:good/bakery-counter.jpeg" width="1456" height="971" data-attrs="{&quot;src&quot;:&quot;bakery-counter.jpeg&quot;,&quot;height&quot;:971,&quot;width&quot;:1456}" class="sizing-normal" alt="" loading="lazy"></picture><div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset"><button tabindex="0" type="button" class="pencraft pc-reset restack-image">Restack</button><button tabindex="0" type="button" class="pencraft pc-reset view-image">View image</button></div></div></div></a><figcaption class="image-caption">The counter at Haverly’s at 7 a.m. on a Saturday, before the cyclists arrive. Photo by the author.</figcaption></figure></div>')
    return "\n".join(out), gold


def main():
    body_html, gold = render_body()
    comments = [("Rob Tennant", "Mar 8", "This is the best explanation of rural economics I’ve read, and it’s about bread. The line about selling the village to everyone else is going on a Post-it above my desk.", 41),
                ("Marguerite L.", "Mar 8", "We have almost exactly the same situation with our village shop, except the wholesale customer is a campsite. When it closed for refurbishment we nearly went under.", 18),
                ("Ines Calloway", "Mar 9", "Marguerite, I’d love to hear more, would you reply to the email? That sounds like a future post.", 6),
                ("Fergus Aldane", "Mar 10", "Would be interested to know whether the parish rent is below market rate. That seems like a quiet subsidy that matters a lot here.", 12)]
    com_html = "".join('<div class="comment"><div class="comment-content"><div class="comment-meta"><a href="https://substack.com/@reader%d" class="commenter-name">%s</a><a href="%s/comment/%d" class="comment-timestamp">%s</a></div><div class="comment-body"><p>%s</p></div><div class="comment-actions"><a class="like-button"><span>%d</span></a><a class="reply">Reply</a><a class="share">Share</a></div></div></div>' % (i, n, URL, 5120000 + i, d, t, l) for i, (n, d, t, l) in enumerate(comments))
    preload = {"isEU": False, "language": "en", "pub": {"id": 1188291, "name": "Small Change", "subdomain": "smallchange", "author_name": "Ines Calloway", "hero_text": "Money in places where there isn't much of it.", "subscriber_count": "5,200"},
               "post": {"id": 142211987, "title": TITLE, "subtitle": SUB, "slug": "the-small-economics-of-a-village", "post_date": "2024-03-08T07:31:02.188Z", "audience": "everyone", "type": "newsletter", "reactions": {"\u2764": 187}, "comment_count": 23, "restacks": 9, "wordcount": 892, "body_html": body_html},
               "features": {"web_reader_post_share": True, "reader_app_promo": "enabled"}}
    preload_js = json.dumps(json.dumps(preload, ensure_ascii=False), ensure_ascii=False)
    more = ["The farm shop that buys the bread", "What a parish council spends in a year", "Why the village pub keeps changing hands", "My own numbers: a year of running this newsletter", "The bus that runs twice a week"]

    page = f'''<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd" />
        <link rel="preconnect" href="https://substackcdn.com" />
        <title data-rh="true">{esc(TITLE)} - by Ines Calloway</title>
        <meta data-rh="true" name="theme-color" content="#f5f0e6"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="og:title" content="{esc(TITLE)}"/><meta data-rh="true" name="twitter:title" content="{esc(TITLE)}"/><meta data-rh="true" name="description" content="{esc(SUB)}"/><meta data-rh="true" property="og:description" content="{esc(SUB)}"/><meta data-rh="true" property="og:image" content="https://substackcdn.com/image/fetch/w_1200,h_600,c_fill,f_jpg,q_auto:good,fl_progressive:steep,g_auto/bakery-counter.jpeg"/><meta data-rh="true" name="twitter:card" content="summary_large_image"/><meta data-rh="true" property="article:published_time" content="2024-03-08T07:31:02+00:00"/><meta data-rh="true" name="author" content="Ines Calloway"/>
        <link data-rh="true" rel="canonical" href="{URL}"/><link data-rh="true" rel="alternate" type="application/rss+xml" href="https://smallchange.substack.com/feed" title="Small Change"/>
        <script data-rh="true" type="application/ld+json">{words_json({"@context": "https://schema.org", "@type": "NewsArticle", "url": URL, "mainEntityOfPage": URL, "headline": TITLE, "description": SUB, "datePublished": "2024-03-08T07:31:02+00:00", "dateModified": "2024-03-08T07:31:02+00:00", "isAccessibleForFree": True, "author": [{"@type": "Person", "name": "Ines Calloway", "url": "https://substack.com/@inescalloway"}], "publisher": {"@type": "Organization", "name": "Small Change", "url": "https://smallchange.substack.com"}})}</script>
        <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover" />
        <style>{css_blob(5051, "pencraft", 180)}</style>
        <style>:root{{--web_bg_color:#f5f0e6;--background_pop:#b3541e;--cover_bg_color:#f5f0e6;--print_on_web_bg_color:#363737;--print_secondary_on_web_bg_color:#868787;--background_pop_darken:#9f4a1a;--print_on_pop:#ffffff;}}</style>
    </head>
    <body class="pc-root">
        <div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div class="main-menu" data-testid="navbar"><div class="main-menu-content"><div class="topbar-content"><div class="navbar-left"><a href="/" class="navbar-logo-container"><img class="navbar-logo" src="https://substackcdn.com/image/fetch/w_80,h_80,c_fill/smallchange-logo.png" alt="Small Change" width="40" height="40"></a><h1 class="navbar-title"><a class="navbar-title-link" href="/">Small Change</a></h1></div><div class="navbar-buttons"><button tabindex="0" type="button" aria-label="Search" class="pencraft pc-reset iconButton-mq_Et5">Search</button><a href="/subscribe?simple=true&amp;next=https%3A%2F%2Fsmallchange.substack.com%2Fp%2Fthe-small-economics-of-a-village" class="button primary subscribe-btn">Subscribe</a><a href="/sign-in?redirect=%2Fp%2Fthe-small-economics-of-a-village" class="button sign-in-link">Sign in</a></div></div></div></div></div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">{esc(TITLE)}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">{esc(SUB)}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingTop-16 pc-paddingBottom-16 byline-wrapper"><div class="pencraft pc-display-flex pc-reset"><a href="https://substack.com/@inescalloway" class="pencraft pc-reset"><img src="https://substackcdn.com/image/fetch/w_72,h_72,c_fill/ines.jpg" width="36" height="36" alt="Ines Calloway's avatar"></a></div><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-text-qe4AeH size-13-hZTUKr weight-medium-fw81nC"><a href="https://substack.com/@inescalloway" class="pencraft pc-reset">Ines Calloway</a></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq">Mar 08, 2024</div></div></div>
<div class="post-ufi style-large"><div class="like-button-container post-ufi-button style-large"><a role="button" class="post-ufi-button style-large has-label with-border"><span class="label">187</span></a></div><a role="button" href="{URL}/comments" class="post-ufi-button post-ufi-comment-button style-large has-label with-border"><span class="label">23</span></a><a role="button" class="post-ufi-button style-large has-label with-border restack-button"><span class="label">9</span></a><a role="button" class="post-ufi-button style-large with-border post-ufi-button-share"><span class="label">Share</span></a></div>
</div>
<div class="available-content"><div dir="auto" class="body markup">
{body_html}
</div></div>
<div class="visibility-check"></div>
<div class="post-footer"><div class="post-ufi style-large"><a role="button" class="post-ufi-button style-large has-label with-border"><span class="label">187</span></a><a role="button" class="post-ufi-button style-large has-label with-border"><span class="label">23</span></a><a role="button" class="post-ufi-button style-large with-border"><span class="label">Share</span></a></div>
{sub_widget("Thanks for reading Small Change! Subscribe for free to receive new posts and support my work.")}
</div>
</article></div></div></div></div>
<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset post-comments-wrap"><div class="comments-page"><div class="container"><h4 class="comments-heading">Discussion about this post</h4><div class="pencraft pc-display-flex pc-reset comments-tabs"><button class="tab active">Comments</button><button class="tab">Restacks</button></div><div class="comment-input-wrap"><div class="comment-input-placeholder">Write a comment...</div><a class="button" href="/sign-in">Sign in to comment</a></div><div class="comments-list">{com_html}</div><a class="button more-comments" href="{URL}/comments">19 more comments...</a></div></div></div>
<div class="post-archive-more"><h3>More from Small Change</h3><div class="portable-archive-list">{"".join('<div class="post-preview"><a class="post-preview-title newsletter" href="/p/%s">%s</a><div class="post-preview-meta">Ines Calloway</div></div>' % (re.sub(r"[^a-z]+", "-", m.lower()).strip("-"), esc(m)) for m in more)}</div><a href="/archive" class="button">See all</a></div>
</div>
<div class="footer-wrap"><div class="ready-for-more"><h4>Ready for more?</h4>{sub_widget("")}</div><div class="footer publication-footer"><div class="container"><div class="footer-terms"><span class="copyright">&copy; 2024 Ines Calloway</span><span class="terms"> &middot; <a href="https://substack.com/privacy">Privacy</a> &middot; <a href="https://substack.com/tos">Terms</a> &middot; <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></span></div><div class="footer-buttons"><a href="https://substack.com/signup" class="button">Start Writing</a><a href="https://substack.com/app" class="button">Get the app</a></div><div class="footer-substack-cta"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div></div>
</div></div>
<script>window._preloads = JSON.parse({preload_js})</script>
<script>{js_blob(5052, 50, "_analyticsConfig")}</script>
<script src="https://substackcdn.com/bundle/static/js/main.1a2b3c4d.js" charset="utf-8" defer></script>
    </body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
