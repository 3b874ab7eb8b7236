# p08: live blog with timestamped entries (key events, pinned post, newest first, per-block share)
from common import *

PID = "p08"
TITLE = "Storm Hedda live: red warning on Calder coast as 96mph gust recorded and 48,000 homes lose power"
URL = "https://www.northerncourier.co.uk/uk-news/live/2024/nov/21/storm-hedda-live-red-warning-calder-coast"

PINNED = ("18.35 GMT", "Key information", [
    ("ul", ["A red wind warning is in force for the Calder coast until 6am on Friday, with an amber warning for the rest of Northmoor",
            "Report power cuts by calling 105",
            "Rest centres are open at Sandby Community Hall, Hollins Methodist Church and Calderbridge Leisure Centre",
            "All rail services in Northmoor are suspended and ferries are cancelled until Saturday"])], "Harriet Vance")

# (time, title, [(kind, content)], author, extras)
ENTRIES = [
    ("19.42 GMT", "That's all from us tonight", [
        ("p", "We're going to pause our live coverage here. Thanks for following along on what has been a long and, for many people, frightening day."),
        ("p", "To recap: a red wind warning remains in force for the Calder coast until 6am, around 48,000 homes are without power, and rail services across Northmoor will not resume until at least midday tomorrow."),
        ("p", "Our coverage will resume from 7am. Stay safe.")], "Harriet Vance"),
    ("19.05 GMT", "Harbour wall breached at Sandby", [
        ("p", "Sea water has poured over the harbour wall at Sandby, flooding the lower part of Front Street, according to the local fire service."),
        ("p", "Crews are using pumps at the lifeboat station and say no one is believed to be trapped. Residents of about 30 properties were advised to leave earlier this afternoon and most had already done so."),
        ("img", "Waves crash over the harbour wall at Sandby on Thursday evening. Photograph: Owen Prescott/The Northern Courier")], "Harriet Vance"),
    ("18.31 GMT", "Council opens third rest centre", [
        ("p", "Northmoor County Council has opened a third emergency rest centre, at Calderbridge Leisure Centre, after the two existing centres in Sandby and Hollins reached capacity."),
        ("p", "Hot food, bedding and phone charging are available. The council said pets are welcome as long as they are kept on a lead or in a carrier.")], "Harriet Vance"),
    ("17.50 GMT", "Gust of 96mph recorded at Skelmoor Point", [
        ("p", "The weather service says a gust of 96mph was recorded at Skelmoor Point at 5.10pm, the highest so far in this storm and the strongest in the region since 2013."),
        ("p", "Forecaster Ellen Sharrock said winds should begin to ease after midnight but warned that the band of rain moving in behind the storm could bring flooding to rivers that are already running high.")], "Harriet Vance"),
    ("17.12 GMT", "Power cuts: 48,000 homes affected", [
        ("p", "The electricity network operator says about 48,000 homes and businesses are now without power, mostly in coastal areas."),
        ("p", "In a statement, it said engineers would work through the night where it was safe to do so, but warned that some customers in isolated areas could be without power until Saturday."),
        ("p", "Customers can report outages by calling 105.")], "Jonah Whitcombe"),
    ("16.40 GMT", "'The whole roof just lifted'", [
        ("p", "We've been hearing from readers affected by the storm. Gwen Ashby, who lives in Hollins, told us the roof of her garden workshop was torn off at about 3pm."),
        ("quote", "There was a noise like a train and then the whole roof just lifted and went over the fence into the field. I've never seen anything like it in 40 years here."),
        ("p", "Nobody was hurt, she added, though her neighbour's trampoline is \"somewhere in the next village\"."),
        ("p", "If you are in the affected area and it is safe to do so, you can share your experiences with us using the form below.")], "Jonah Whitcombe"),
    ("15.58 GMT", "Rail services suspended across Northmoor", [
        ("p", "All rail services across Northmoor have been suspended for the rest of the day after several trees fell on the line between Calderbridge and Sandby."),
        ("p", "Northmoor Rail said tickets for today could be used tomorrow or refunded in full, and urged passengers not to travel."),
        ("tweet", None)], "Jonah Whitcombe"),
    ("15.20 GMT", "Schools to stay closed on Friday", [
        ("p", "Northmoor County Council has confirmed that all schools in coastal areas will remain closed on Friday. Schools further inland will decide individually and inform parents by 7am.")], "Jonah Whitcombe"),
    ("14.45 GMT", "Lorry overturns on Skelmoor bridge", [
        ("p", "A lorry has overturned on the Skelmoor bridge, which was already closed to high-sided vehicles. Police say the driver suffered minor injuries."),
        ("p", "The bridge is now closed in both directions and is unlikely to reopen before tomorrow morning.")], "Harriet Vance"),
    ("14.02 GMT", "What does a red warning mean?", [
        ("p", "A red warning is the highest level of weather warning and is issued only when dangerous weather is expected. It means there is a risk to life, and people are advised to avoid travel and stay indoors where possible."),
        ("p", "This is the first red wind warning for the Calder coast since the current warning system was introduced.")], "Harriet Vance"),
    ("13.30 GMT", "Ferry sailings cancelled", [
        ("p", "All ferry sailings from Sandby to the islands have been cancelled for today and tomorrow. The operator says it will contact passengers directly.")], "Harriet Vance"),
    ("12.55 GMT", "Hospital asks staff to stay on", [
        ("p", "Calderbridge General Hospital has asked staff finishing shifts this afternoon to stay on site if they can, as some night-shift colleagues may be unable to travel in."),
        ("p", "Rooms in the hospital's training centre have been set aside for staff to sleep.")], "Harriet Vance"),
    ("12.10 GMT", "Trees down across the region", [
        ("p", "Police say they have received more than 200 calls about fallen trees since 10am. Several roads in and around Hollins are blocked."),
        ("p", "Drivers are being urged not to attempt to move trees themselves.")], "Harriet Vance"),
    ("11.34 GMT", "Red warning comes into force", [
        ("p", "Hello and welcome to our live coverage of Storm Hedda, which is bringing damaging winds and heavy rain to the Calder coast and much of Northmoor today."),
        ("p", "A red wind warning came into force at 11am and will last until 6am tomorrow. Forecasters expect gusts of up to 90mph on exposed coasts."),
        ("p", "We'll be bringing you the latest on travel disruption, power cuts and school closures throughout the day.")], "Harriet Vance"),
]
KEY = {"19.42 GMT", "19.05 GMT", "17.50 GMT", "17.12 GMT", "15.58 GMT", "11.34 GMT"}


def block(bid, time, title, parts, author, pinned=False, gold=None):
    body = []
    for kind, val in parts:
        if kind == "p":
            body.append('<p>%s</p>' % esc(val)); gold.append(val)
        elif kind == "quote":
            body.append('<blockquote class="quoted"><p>%s</p></blockquote>' % esc(val)); gold.append(val)
        elif kind == "ul":
            body.append('<ul>%s</ul>' % "".join("<li>%s</li>" % esc(x) for x in val)); gold.extend(val)
        elif kind == "img":
            body.append('<figure class="element element-image" data-media-id="a1b2c3"><img src="https://i.northerncourier.co.uk/img/media/sandby-harbour/master/1000.jpg" alt="Waves over a harbour wall" width="1000" height="600" loading="lazy"><figcaption><span class="element-image__caption">%s</span></figcaption></figure>' % esc(val))
        elif kind == "tweet":
            body.append('<figure class="element element-tweet" data-canonical-url="https://twitter.com/NorthmoorRail/status/1859621234567890123"><blockquote class="nc-tweet"><p>⚠️ Due to multiple trees on the line, ALL services across Northmoor are suspended for the rest of today. Please do not travel. Tickets dated 21/11 valid tomorrow or refundable at no cost. We&#39;re sorry.</p>&mdash; Northmoor Rail (@NorthmoorRail) <a href="https://twitter.com/NorthmoorRail/status/1859621234567890123">November 21, 2024</a></blockquote></figure>')
    gold_title_idx = None
    return ('''<article id="block-%s" data-block-id="block-%s" class="block%s%s">
<header class="block-header"><div class="block-time published-time">%s<a href="%s?page=with:block-%s#block-%s" data-link-name="block-time"><time datetime="2024-11-21T%s:00Z" data-relativeformat="med">%s</time></a></div><h2 class="block-title">%s</h2></header>
<div class="block-elements">%s</div>
<footer class="block-footer"><div class="block-byline"><img class="block-byline__img" src="https://i.northerncourier.co.uk/contributor/%s.png" alt="" width="36" height="36"><span class="block-byline__name">%s</span></div>%s<div class="block-share"><span class="block-share__label">Share</span><a class="block-share__item block-share__item--facebook" href="https://www.facebook.com/dialog/share?href=%s?page=with:block-%s">Share on Facebook</a><a class="block-share__item block-share__item--x" href="https://x.com/intent/tweet?url=%s?page=with:block-%s" title="Click to share on X (Opens in new window)">Share on X</a></div></footer>
</article>''' % (bid, bid, " is-key-event" if time in KEY else "", " is-pinned" if pinned else "",
                 '<span class="pinned-label">Pinned</span>' if pinned else "", URL, bid, bid, time[:5].replace(".", ":"), time, esc(title), "\n".join(body),
                 author.lower().replace(" ", "-"), esc(author), '<p class="block-time__updated">Updated at %s</p>' % time if pinned else "", URL, bid, URL, bid))


def main():
    gold = []
    # pinned post first
    gold.append(PINNED[1])
    pinned_html = block("6740a1c38f08b51a2f9e1d01", PINNED[0], PINNED[1], PINNED[2], PINNED[3], pinned=True, gold=gold)
    blocks = []
    ids = []
    for i, (t, title, parts, author) in enumerate(ENTRIES):
        bid = "6740%04x8f08b51a2f9e%04x" % (i * 37, i * 11)
        ids.append(bid)
        gold.append(title)
        blocks.append(block(bid, t, title, parts, author, gold=gold))
        if i == 5:
            blocks.append('<aside class="ad-slot ad-slot--liveblog-inline" data-name="inline1"><div class="ad-slot__label">Advertisement</div></aside>')
        if i == 2:
            blocks.append('<aside class="liveblog-newsletter"><div class="newsletter-card"><h3>Northern Courier Morning Briefing</h3><p>Free newsletter. The news from the north, every weekday at 7am.</p><form><input type="email" placeholder="Enter your email address"><button>Sign up</button></form><p class="privacy">Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.</p></div></aside>')
    key_list = "".join('<li class="keyevent"><a href="%s?page=with:block-%s#block-%s" data-link-name="key event"><time>%s</time><span class="keyevent__title">%s</span></a></li>' % (URL, ids[i], ids[i], ENTRIES[i][0], esc(ENTRIES[i][1])) for i in range(len(ENTRIES)) if ENTRIES[i][0] in KEY)
    heads = pick(HEADLINES, 24, 808)
    standfirst = ["Red wind warning in force until 6am Friday", "Report a power cut: call 105", "Rest centres open in Sandby, Hollins and Calderbridge"]
    page = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(TITLE)} | The Northern Courier</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="Latest updates as Storm Hedda brings damaging winds to the Calder coast and Northmoor">
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="article:published_time" content="2024-11-21T11:34:02.000Z">
<meta property="article:modified_time" content="2024-11-21T19:42:51.000Z">
<meta property="article:section" content="UK news">
<meta property="article:tag" content="Weather,UK news,Northmoor">
<link rel="canonical" href="{URL}">
<script type="application/ld+json">{words_json({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": TITLE, "url": URL, "coverageStartTime": "2024-11-21T11:34:02.000Z", "coverageEndTime": "2024-11-21T19:42:51.000Z", "datePublished": "2024-11-21T11:34:02.000Z", "dateModified": "2024-11-21T19:42:51.000Z", "publisher": {"@type": "Organization", "name": "The Northern Courier"}, "liveBlogUpdate": [{"@type": "BlogPosting", "headline": e[1], "datePublished": "2024-11-21T%s:00Z" % e[0][:5].replace(".", ":"), "articleBody": " ".join(x[1] for x in e[2] if x[0] in ("p", "quote"))} for e in ENTRIES]})}</script>
<style>{css_blob(8081, "dcr", 200)}</style>
<script>window.courier={{"config":{{"page":{{"isLive":true,"isLiveBlog":true,"mostRecentBlockId":"block-{ids[0]}","blogIds":"{",".join(ids[:5])}","section":"uk-news","pageId":"uk-news/live/2024/nov/21/storm-hedda-live"}},"switches":{{"liveblogRendering":true,"enhanceTweets":true}}}}}};</script>
<script>{js_blob(8082, 50, "courierLive")}</script>
</head>
<body>
<div id="bannerandheader">
<div class="cmp-banner" role="dialog" aria-label="Privacy"><p><strong>Your privacy</strong> We use cookies to improve your experience on our site and to show you personalised advertising. To find out more, read our privacy policy and cookie policy.</p><button>Yes, I'm happy</button><button>Manage my cookies</button></div>
<div class="top-above-nav ad-slot"><span class="ad-slot__label">Advertisement</span></div>
<header class="site-header"><div class="support-banner"><p>Support the Courier: Fund independent journalism with &pound;5 per month</p><a href="/support">Support us</a></div><div class="header-links"><a href="/signin">Sign in</a><a href="/search" class="search-link">Search</a><form class="header-search" action="/search"><input type="text" name="q" placeholder="Type to search"></form></div><a class="logo" href="/">The Northern Courier</a>
<nav class="pillars" aria-label="Sections"><ul><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/lifestyle">Lifestyle</a></li></ul></nav>
<nav class="subnav"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (x.lower().replace(" ", "-"), x) for x in ["UK", "World", "Climate crisis", "Northmoor", "Business", "Environment", "Science", "Global development", "Football", "Tech", "Obituaries"])}</ul></nav></header>
</div>
<main id="maincontent">
<article class="content content--liveblog" data-content-type="liveblog">
<div class="content__head">
<div class="content__labels"><a class="content__label__link" href="/world/weather">Weather</a><span class="live-badge">LIVE</span></div>
<h1 class="content__headline">{esc(TITLE)}</h1>
<div class="content__standfirst"><ul>{"".join("<li>%s</li>" % esc(s) for s in standfirst)}</ul></div>
<div class="content__meta"><p class="byline">Harriet Vance and Jonah Whitcombe</p><p class="content__dateline">Thu 21 Nov 2024 19.42 GMT</p><div class="social"><a class="social__item" href="https://www.facebook.com/dialog/share?href={URL}">Share on Facebook</a><a class="social__item" href="https://x.com/intent/tweet?url={URL}">Share on X</a><a class="social__item" href="mailto:?subject=Storm%20Hedda%20live&amp;body={URL}">Share via Email</a></div></div>
<figure class="media-primary"><img src="https://i.northerncourier.co.uk/img/media/storm-hedda/master/1400.jpg" alt="Waves on a seafront" width="1400" height="840"><figcaption>Waves batter the seafront at Skelmoor Point on Thursday. Photograph: Owen Prescott/The Northern Courier</figcaption></figure>
</div>
<div class="content__main">
<div class="liveblog-aside"><div class="key-events"><h2 class="key-events__title">Key events</h2><ul class="keyevents">{key_list}</ul><div class="toggle"><label><input type="checkbox" id="key-events-only"> Show key events only</label><p class="toggle__nojs">Please turn on JavaScript to use this feature</p></div></div></div>
<div class="liveblog-toolbar"><span class="autoupdate">Live feed</span><button class="filter-key">Show key events only</button><button class="refresh">Refresh</button><span class="last-updated">Last updated: 19.42 GMT</span></div>
<div id="liveblog-body" class="js-liveblog-body" itemprop="liveBlogUpdate">
{pinned_html}
{"".join(blocks)}
</div>
<div class="liveblog-pagination"><span>Newest</span> <span>Previous</span> <span class="pagination__count">1 of 1</span> <span>Next</span> <span>Oldest</span></div>
<div class="submeta"><span class="submeta__label">Topics</span><ul class="submeta__links">{"".join('<li><a href="/%s">%s</a></li>' % (x.lower().replace(" ", "-"), x) for x in ["Weather", "UK news", "Northmoor", "Transport", "Energy"])}</ul><div class="social">Reuse this content</div></div>
</div>
</article>
<aside class="onward"><section class="more-on-this-story"><h2>More on this story</h2><ul>{"".join('<li><a href="/uk-news/2024/nov/%d">%s</a></li>' % (20 - i, esc(t)) for i, t in enumerate(["Storm Hedda: how to prepare for power cuts and flooding", "Why are storms given names, and who picks them?", "Northmoor flood defences 'not designed for this', says engineer"]))}</ul></section>
<section class="most-viewed"><h2>Most viewed</h2><ol>{"".join('<li><a href="/news/%d">%s</a></li>' % (i, esc(t)) for i, t in enumerate(heads[:10]))}</ol></section>
<section class="related"><h2>Related stories</h2><ul>{"".join('<li><a href="/news/r%d">%s</a></li>' % (i, esc(t)) for i, t in enumerate(heads[10:18]))}</ul></section></aside>
</main>
<footer class="site-footer"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in ["About us", "Contact us", "Complaints & corrections", "Newsletters", "Help", "Work for us", "Privacy policy", "Cookie policy", "Terms & conditions", "Advertise with us", "Search jobs", "Digital newspaper archive", "Tax strategy"])}</ul><p class="copyright">&copy; 2024 Northern Courier Media Ltd or its affiliated companies. All rights reserved.</p></footer>
<script>{js_blob(8083, 40, "courierCommercial")}</script>
</body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
