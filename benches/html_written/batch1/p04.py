# p04: UK tabloid with heavy widgets, inline teasers, video player, taboola-style feed, comments
from common import *

PID = "p04"
TITLE = "Gran, 81, wins two-year battle with council over 'illegal' rainbow beach hut"
URL = "https://www.dailyclarion.co.uk/news/uk-news/gran-81-wins-battle-council-rainbow-beach-hut-33918274"

BODY = [
    ("p", "A grandmother of seven has won a two-year battle with her local council after officials ordered her to repaint her rainbow-striped beach hut \"a suitable neutral colour\"."),
    ("p", "Sheila Bramhall, 81, was told in 2022 that the hut on Saltmarsh Bay's North Promenade breached a rule requiring huts to be painted in \"heritage shades\" of cream, pale blue or sage green."),
    ("p", "The retired dinner lady refused, insisting the stripes - red, orange, yellow, green, blue and purple - were a tribute to her late husband Derek, who painted them by hand in the summer of 1998."),
    ("img", ("sheila-hut.jpg", "Sheila Bramhall outside her beach hut, which her late husband Derek painted in 1998", "Image: Clarion Picture Desk")),
    ("p", "Now, after a petition signed by more than 11,000 people and a heated meeting of the council's coastal committee, officials have backed down and scrapped the colour rule altogether."),
    ("readmore", "Seaside town bans ice cream vans from promenade after 'chimes war'"),
    ("p", "Speaking from her hut on Tuesday, Sheila said: \"I'm over the moon. I've been coming to this spot for 56 years and I wasn't going to let a man with a clipboard tell me what colour my memories should be.\""),
    ("p", "\"Derek would have laughed his head off at all this fuss. He only painted it like that because we had six tins left over from doing the grandkids' playroom.\""),
    ("video", None),
    ("p", "The row began when Sheila received a letter from Brayle District Council in April 2022 warning her that the hut was \"out of keeping with the character of the seafront\"."),
    ("p", "The letter gave her 28 days to repaint or risk losing her licence, which she has held since 1968 and which now costs £340 a year."),
    ("teaser", None),
    ("p", "Her granddaughter Kayleigh, 29, posted a photo of the letter online along with a picture of Sheila sitting in a deckchair outside the hut."),
    ("p", "The post was shared more than 40,000 times in a single weekend."),
    ("readmore", "Pensioner, 92, becomes oldest person to swim across harbour for charity"),
    ("p", "Kayleigh said: \"Nan isn't a troublemaker. She's the person who brings a flask of tea for every dog walker who goes past. The whole beach knows her.\""),
    ("h2", "'Common sense prevailed'"),
    ("p", "Council leader Graham Pocklington told the committee meeting on Monday night that the heritage colour policy had been \"well-intentioned but applied far too rigidly\"."),
    ("p", "He said: \"We've listened. The beach huts are part of what makes Saltmarsh Bay special, and if people want to brighten them up that's their business.\""),
    ("newsletter", None),
    ("p", "Not everyone was pleased. One neighbouring hut owner, who did not wish to be named, said: \"Rules are rules. Next thing you know there'll be leopard print.\""),
    ("img", ("promenade.jpg", "The North Promenade at Saltmarsh Bay has 212 beach huts", "Image: Getaway Images")),
    ("p", "Sheila, who has four children, seven grandchildren and two great-grandchildren, said she plans to celebrate with a fish supper and \"a small sherry\"."),
    ("p", "And she has already booked a family member for a touch-up job this spring."),
    ("readmore", "Couple's 'ugly' garden gnome collection sparks 18-month neighbour feud"),
    ("p", "She added: \"The purple's starting to fade. Derek would never have stood for that.\""),
]

SPONSORED = [
    ("Drivers Born Before 1970 Should Claim This Now", "MotorSaver UK"), ("The Simple Trick Pensioners Use To Cut Energy Bills", "HomeWise"),
    ("Surgeon Reveals: 'Do This Every Morning For Your Knees'", "Joint Journal"), ("Brits Are Going Crazy For This New Garden Gadget", "GardenPro"),
    ("This Tiny Village Has The Best Fish And Chips In Britain", "Coast & Country"), ("Forget Cruises - Over 60s Love This Instead", "Silver Travels"),
    ("Homeowners Urged To Check Their Loft Before Winter", "InsulateNow"), ("Remember Her? Try Not To Gasp At What She Looks Like Now", "Retro Buzz"),
]


def render_body(heads):
    out, gold, n = [], [], 0
    for kind, val in BODY:
        if kind == "p":
            out.append("<p>%s</p>" % esc(val)); gold.append(val)
        elif kind == "h2":
            out.append('<h2 class="section-heading">%s</h2>' % esc(val)); gold.append(val)
        elif kind == "img":
            f, cap, cred = val
            out.append('<figure class="in-article-image"><div class="image-container"><picture><source media="(min-width: 1024px)" srcset="https://i2-prod.dailyclarion.co.uk/incoming/article33918274.ece/ALTERNATES/s810/%s"><img src="https://i2-prod.dailyclarion.co.uk/incoming/article33918274.ece/ALTERNATES/s615/%s" alt="%s" loading="lazy" width="615" height="410"></picture><span class="gallery-counter"><span class="icon-camera"></span> 6</span></div><figcaption class="caption"><span class="caption-text">%s</span> <span class="credit">(%s)</span></figcaption></figure>' % (f, f, esc(cap), esc(cap), esc(cred)))
        elif kind == "readmore":
            n += 1
            out.append('<aside class="read-more-links" data-tmdatatrack="read-more-%d"><p class="read-more-title">READ MORE: <a href="https://www.dailyclarion.co.uk/news/uk-news/%s-3390%04d" data-tmdatatrack-subtype="read-more-link">%s</a></p></aside>' % (n, re.sub(r"[^a-z0-9]+", "-", val.lower()).strip("-"), n * 77, esc(val)))
        elif kind == "video":
            out.append('''<div class="vf-video-wrapper" data-component="video-player" data-playlist-id="clarion-news-uk"><div class="vf-player" data-vid="x8kzp21"><div class="vf-title">Beach hut owners react to council colour ruling</div><div class="vjs-loading-text">Video Loading</div><div class="vjs-error-display hidden">Video Unavailable</div><div class="vf-overlay"><span class="vf-cta-desktop">Click to play</span><span class="vf-cta-mobile">Tap to play</span></div><div class="vf-upnext hidden"><span>The video will start in</span> <span class="vf-count">8</span> <button>Cancel</button> <button>Play now</button></div></div></div>''')
        elif kind == "teaser":
            t = heads[:3]
            out.append('<div class="related-inline-teasers" data-tmdatatrack="related-inline"><span class="related-title">MORE ON</span><a class="tag-chip" href="/all-about/beach-huts">Beach huts</a><a class="tag-chip" href="/all-about/councils">Councils</a><ul>%s</ul></div>' % "".join('<li class="teaser teaser--inline"><a href="/news/uk-news/%d"><img src="https://i2-prod.dailyclarion.co.uk/incoming/%d.jpg" alt="" width="120" height="80"><span class="teaser-headline">%s</span></a></li>' % (31000 + i, 31000 + i, esc(x)) for i, x in enumerate(t)))
        elif kind == "newsletter":
            out.append('<div class="newsletter-signup-inline" data-component="newsletter"><div class="nl-head">Don\'t miss a thing</div><p class="nl-desc">Get the biggest stories and the best of the Clarion sent straight to your inbox. Sign up to our free daily newsletter.</p><form action="/newsletter-signup" method="post"><input type="email" name="email" placeholder="Enter your email"><button type="submit">Subscribe</button></form><p class="nl-legal">We use your sign-up to provide content in ways you\'ve consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. <a href="/privacy-notice">More info</a></p></div>')
    return "\n".join(out), gold


def teaser_list(heads, cls, start_id, with_img=True, comments=False):
    items = []
    for i, t in enumerate(heads):
        items.append('<li class="%s-item"><a class="headline" href="https://www.dailyclarion.co.uk/news/%d" data-tmdatatrack="%s-%d">%s<span class="headline-text">%s</span></a>%s</li>'
                     % (cls, start_id + i, cls, i, '<img class="thumb" src="https://i2-prod.dailyclarion.co.uk/incoming/%d.jpg" alt="" loading="lazy">' % (start_id + i) if with_img else "", esc(t),
                        '<span class="comment-count">%d</span>' % (17 * (i + 3)) if comments else ""))
    return '<ul class="%s">%s</ul>' % (cls, "".join(items))


def main():
    heads = pick(HEADLINES, 60, 404)
    body_html, gold = render_body(heads)
    nav = ["News", "Politics", "Football", "Celebs", "TV", "Royals", "Money", "Travel", "Lifestyle", "Weird News", "Puzzles", "Horoscopes", "Deals"]
    trending = ["Heatwave", "Premier League", "Lottery results", "Strictly", "Cost of living", "Weather warnings", "Holiday chaos"]
    bullets = ["Sheila Bramhall, 81, was told to repaint her beach hut a 'heritage' colour", "The rainbow stripes were painted by her late husband Derek in 1998", "A petition backing her was signed by more than 11,000 people"]
    sponsored = "".join('<div class="tbl-item"><a href="https://trc.taboola.example/click?i=%d" rel="nofollow sponsored"><img src="https://images.taboola.example/%d.jpg" alt=""><span class="tbl-title">%s</span><span class="tbl-branding">%s</span></a></div>' % (i, 5500 + i, esc(t), esc(b)) for i, (t, b) in enumerate(SPONSORED))
    comments = [("SeasideSue", "3 hours ago", "Good for her! The council should be fixing the potholes not worrying about paint.", 412),
                ("Brian_from_Brayle", "2 hours ago", "I walk past that hut every morning. It cheers me up every single time.", 287),
                ("NoNonsense1955", "1 hour ago", "The neighbour has a point, rules are there for a reason. But fair play to the old girl.", 45)]
    com_html = "".join('<li class="comment"><div class="comment-author">%s</div><div class="comment-time">%s</div><p class="comment-text">%s</p><div class="comment-actions"><button>Reply</button><button class="like">&#128077; %d</button><button>Report</button></div></li>' % (u, t, esc(c), l) for u, t, c, l in comments)
    footer = ["About us", "Contact us", "Advertise with us", "Terms & conditions", "Privacy notice", "Cookie notice", "How to complain", "Corrections & clarifications", "Competition rules", "Syndication", "Jobs", "Our Editorial Code", "Newsletters", "Notifications", "Sitemap", "RSS feeds", "Archive", "Manage preferences"]

    page = f'''<!DOCTYPE html>
<html lang="en-GB" class="no-js" data-site="clarion">
<head>
<meta charset="utf-8">
<title>Gran, 81, wins two-year battle with council over 'illegal' rainbow beach hut - Daily Clarion</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Sheila Bramhall refused to repaint the hut her late husband decorated in 1998 - and now the council has scrapped its colour rule">
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://i2-prod.dailyclarion.co.uk/incoming/article33918274.ece/ALTERNATES/s1200/sheila-hut.jpg">
<meta property="article:published_time" content="2024-05-14T05:00:00Z">
<meta property="article:modified_time" content="2024-05-14T09:41:12Z">
<meta property="article:section" content="UK News">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@DailyClarion">
<link rel="canonical" href="{URL}">
<link rel="amphtml" href="{URL}.amp">
<script type="application/ld+json">{words_json({"@context": "http://schema.org", "@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-05-14T05:00:00Z", "dateModified": "2024-05-14T09:41:12Z", "author": [{"@type": "Person", "name": "Danny Whitlow", "url": "https://www.dailyclarion.co.uk/authors/danny-whitlow/"}], "publisher": {"@type": "Organization", "name": "Daily Clarion", "logo": {"@type": "ImageObject", "url": "https://www.dailyclarion.co.uk/logo.png"}}, "articleSection": "UK News", "isAccessibleForFree": True})}</script>
<style>{css_blob(4041, "clr", 170)}</style>
<script>window.clarionData={{"pageType":"article","articleId":33918274,"section":"uk-news","keywords":["beach huts","councils","pensioners"],"wordCount":611,"hasVideo":true,"commercial":{{"adsEnabled":true,"prebid":true}}}};</script>
<script>window.adsConfig={ad_config(4042, ["billboard", "mpu_1", "mpu_2", "mpu_3", "sticky_footer", "sidebar_mpu", "sidebar_skyscraper", "inread"])};</script>
<script>{js_blob(4043, 60, "clarionAds")}</script>
<script async src="https://cdn.taboola.example/libtrc/clarion/loader.js"></script>
</head>
<body class="article-page uk-news">
<div id="sp_message_container" class="consent-overlay"><div class="message"><h2>We value your privacy</h2><p>We and our 942 partners store and/or access information on a device, such as cookies, and process personal data such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.</p><button class="message-button accept">I Accept</button><button class="message-button options">Options</button></div></div>
<div class="top-ad billboard"><span class="ad-label">Advertisement</span><div id="div-gpt-billboard"></div></div>
<header class="site-header">
 <div class="header-top"><a class="logo" href="https://www.dailyclarion.co.uk/"><img src="/static/logo.svg" alt="Daily Clarion"></a><div class="header-actions"><a href="/subscribe">Subscribe</a><a href="/account/sign-in" class="sign-in">Sign in</a><button class="search-toggle" aria-label="Search">Search</button></div></div>
 <form class="search-bar" action="/search" role="search"><input type="text" name="q" placeholder="Type to search"><button type="submit">Go</button></form>
 <nav class="primary-nav" aria-label="Main"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in nav)}</ul></nav>
 <nav class="trending-nav"><span class="label">Trending</span><ul>{"".join('<li><a href="/all-about/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in trending)}</ul></nav>
</header>
<main class="main-content">
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/news/uk-news">UK News</a></div>
<article class="article-main" data-article-id="33918274" itemscope itemtype="http://schema.org/NewsArticle">
 <header class="article-header">
  <h1 class="headline" itemprop="headline">{esc(TITLE)}</h1>
  <ul class="article-bullets">{"".join('<li>%s</li>' % esc(b) for b in bullets)}</ul>
  <div class="article-information"><div class="author"><img class="author-avatar" src="/authors/whitlow.jpg" alt=""><a href="/authors/danny-whitlow/" rel="author">Danny Whitlow</a><span class="author-role">Senior Reporter</span></div><div class="time-info"><time datetime="2024-05-14T05:00:00Z">05:00, 14 May 2024</time> <span class="updated">Updated 09:41, 14 May 2024</span></div></div>
  <div class="social-share"><a class="share-fb" href="https://www.facebook.com/sharer.php?u={URL}">Share on Facebook</a><a class="share-x" href="https://x.com/intent/tweet?url={URL}" title="Click to share on X (Opens in new window)">Share on X</a><a class="share-wa" href="whatsapp://send?text={URL}">Share on WhatsApp</a><a class="comment-link" href="#comments">Comments<span>312</span></a></div>
 </header>
 <figure class="lead-image"><img src="https://i2-prod.dailyclarion.co.uk/incoming/article33918274.ece/ALTERNATES/s810/sheila-lead.jpg" alt="Sheila in a deckchair" width="810" height="540"><figcaption>Sheila Bramhall has won her fight to keep the rainbow stripes <span class="credit">(Image: Clarion Picture Desk)</span></figcaption></figure>
 <div class="article-body" itemprop="articleBody">
{body_html}
 </div>
 <div class="whatsapp-cta"><strong>Join our WhatsApp community</strong> for the biggest stories straight to your phone. <a href="https://whatsapp.com/channel/clarion">Click here to join</a></div>
 <div class="story-tips">Got a story? Email us at <a href="mailto:news@dailyclarion.co.uk">news@dailyclarion.co.uk</a> or call 0207 000 0000</div>
 <div class="topics"><span class="topics-title">Read more on these topics</span><ul><li><a href="/all-about/beach-huts">Beach huts</a></li><li><a href="/all-about/councils">Councils</a></li><li><a href="/all-about/pensioners">Pensioners</a></li><li><a href="/all-about/seaside">Seaside</a></li></ul></div>
 <div class="editorial-code">Our journalists strive for accuracy but on occasion we make mistakes. For further details on our complaints policy and to make a complaint please click <a href="/how-to-complain">this link</a>.</div>
</article>
<section class="mid-article-promo"><h2 class="section-title">MORE ON UK NEWS</h2>{teaser_list(heads[3:11], "mantis", 32000)}</section>
<section class="taboola-feed" id="taboola-below-article-thumbnails"><div class="tbl-header"><span>You May Like</span><span class="tbl-sponsored">Sponsored Links by Taboola</span></div><div class="tbl-grid">{sponsored}</div></section>
<section class="comments" id="comments"><h2>Comments <span class="count">312</span></h2><div class="comments-meta">Sort by: <button class="active">Newest</button><button>Oldest</button><button>Most liked</button></div><div class="comment-login">Sign in or register to join the conversation. <a href="/account/sign-in">Sign in</a> <a href="/account/register">Register</a></div><ol class="comment-list">{com_html}</ol><button class="load-more">Show more comments</button><p class="community-rules">Please keep comments civil. Read our <a href="/community-guidelines">community guidelines</a>.</p></section>
<section class="more-stories"><h2 class="section-title">TOP STORIES</h2>{teaser_list(heads[11:23], "top-stories", 33000, comments=True)}</section>
<section class="more-stories"><h2 class="section-title">CELEBS</h2>{teaser_list(heads[23:31], "celebs-strip", 34000)}</section>
</main>
<aside class="sidebar">
 <div class="ad sidebar-mpu"><span class="ad-label">Advertisement</span><div id="div-gpt-sidebar_mpu"></div></div>
 <div class="most-read-widget"><h3>MOST READ</h3><ol>{"".join('<li><span class="num">%d</span><a href="/news/%d">%s</a></li>' % (i + 1, 35000 + i, esc(t)) for i, t in enumerate(heads[31:41]))}</ol></div>
 <div class="weird-news-widget"><h3>WEIRD NEWS</h3>{teaser_list(heads[41:47], "weird", 36000)}</div>
 <div class="ad sidebar-sky"><span class="ad-label">Advertisement</span><div id="div-gpt-sidebar_skyscraper"></div></div>
 <div class="deals-widget"><h3>DEALS</h3>{teaser_list(heads[47:52], "deals", 37000, with_img=False)}</div>
</aside>
<footer class="site-footer">
 <div class="footer-social"><span>Follow us</span><a href="https://www.facebook.com/dailyclarion">Facebook</a><a href="https://x.com/dailyclarion">X</a><a href="https://www.instagram.com/dailyclarion">Instagram</a><a href="https://www.tiktok.com/@dailyclarion">TikTok</a></div>
 <nav class="footer-sections"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in nav)}</ul></nav>
 <nav class="footer-links"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), esc(x)) for x in footer)}</ul></nav>
 <p class="copyright">&copy; 2024 Clarion Newspapers Ltd. All rights reserved. Registered in England No. 0000000. Clarion House, 1 Fleet Yard, London.</p>
</footer>
<div class="sticky-footer-ad"><span class="ad-label">Advertisement</span><div id="div-gpt-sticky_footer"></div><button class="close">Close</button></div>
<script>window._taboola = window._taboola || [];_taboola.push({{article:'auto'}});_taboola.push({{mode:'thumbnails-a', container:'taboola-below-article-thumbnails', placement:'Below Article Thumbnails', target_type:'mix'}});</script>
<script>{js_blob(4044, 80, "clarionVideo")}</script>
</body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
