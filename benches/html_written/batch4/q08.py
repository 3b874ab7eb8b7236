"""q08 - English, tech blog on WordPress (block editor).

Release story with subheadings, a bulleted list and inline <code>; image
with caption, newsletter box mid-post, author bio, related posts, Disqus
comments placeholder, sidebar "Popular" widget and footer.
"""
import random
from common import *

PID = "q08"
rnd = random.Random(408)

HEADLINE = "Larchbase 2.0 arrives with built-in replication and a much smaller memory footprint"

TEXT = """
The team behind Larchbase, the embedded database that has quietly become a favourite of people who build desktop and edge software, shipped version 2.0 this week. It is the first major release in almost three years, and it changes more under the hood than the version number suggests.

The headline feature is built-in replication. Until now, anyone who wanted to keep two Larchbase files in sync had to bolt on a third-party tool or write their own change log. Version 2.0 can stream changes from one instance to another over a plain TCP connection, and the maintainers say it survives network drops without corrupting either side.

## What is new in 2.0

Beyond replication, the release notes list dozens of changes. The ones most developers will notice are these:

- Memory use at idle drops by roughly 40%, thanks to a rewritten page cache.
- A new <code>larch check</code> command verifies a database file without opening it for writes.
- Full-text search indexes can now be built in the background while the database stays online.
- The minimum supported compiler version has been raised, so very old toolchains are out.
- The JSON functions have been renamed to match the rest of the query language; the old names still work but print a warning.

That last change is the one likely to cause some grumbling. Project lead Ines Marchetti told us the old names will keep working for at least two more minor releases. "We would rather break a few scripts loudly now than carry two sets of names forever," she said.

## How replication works

Replication in Larchbase 2.0 is one-way: a single primary accepts writes and any number of replicas follow it. Each replica keeps a small journal of the last change it applied, so when a connection drops it simply asks the primary to resume from that point.

In our own quick test, with a primary on a small office server and two replicas on laptops over Wi-Fi, changes showed up on the replicas in well under a second. Pulling the network cable from one laptop for ten minutes and plugging it back in produced no errors; the replica caught up in a few seconds.

There is no automatic failover. If the primary dies, promoting a replica is a manual step, done with <code>larch promote</code>. Marchetti said that was deliberate. "Automatic failover is where distributed systems go to hurt people. We want to get the simple case right first," she said.

## Should you upgrade?

For most users, yes, but not in a hurry. The file format has changed, so a 2.0 database cannot be opened by 1.x versions, and the upgrade is one-way. The maintainers recommend taking a backup, running <code>larch check</code> on it, and then converting.

If you rely on the old JSON function names, now is a good time to search your code for them. And if you have been running a home-made sync script for years, 2.0 may finally let you delete it.
"""

body = body_from(TEXT)
fig = ('<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2024/10/larchbase-2-replication-1024x576.png" alt="" class="wp-image-48211">'
       '<figcaption class="wp-element-caption">The new replication status view in the Larchbase command-line shell. (Screenshot: Packetline)</figcaption></figure>')
body.insert(2, ("raw", fig))
news = ('<div class="wp-block-group newsletter-cta"><h4>Get Packetline in your inbox</h4><p>One email a week with our best stories on software, hardware and the people who make them. No spam, unsubscribe any time.</p>'
        '<form class="nl-form"><input type="email" placeholder="you@example.com"><button type="submit">Subscribe</button></form></div>')
body.insert(7, ("raw", news))
body_html, gold = render(body, {"p": "<p>{}</p>", "h2": '<h2 class="wp-block-heading">{}</h2>',
                                "ul": '<ul class="wp-block-list">{items}</ul>'})

popular = ["I replaced my router with a $60 mini PC. Here's what happened", "The best mechanical keyboards for programmers in 2024",
           "Why your laptop battery says 80% and means 60%", "A practical guide to self-hosting your photos",
           "Review: the e-ink monitor that almost works"]
related = ["Five embedded databases compared", "Interview: the people keeping old file formats alive", "What 'local-first' software actually means"]

page = f"""<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEADLINE)} &#8211; Packetline</title>
<meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all'>
<style id='global-styles-inline-css'>{css_blob(["wp-block", "has-text", "site-header", "entry", "widget", "nl", "post-nav", "author-bio", "disqus"], 380, 4081)}</style>
{ld_article(HEADLINE, "Owen Achterberg", "2024-10-08T14:05:00+00:00", "Packetline", section="Software")}
<script>{js_blob(4082, 110, "packetline")}</script>
</head>
<body class="post-template-default single single-post postid-48200 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Packetline</a></p><p class="site-description">Software, hardware and the people who make them</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{link_items(["Software", "Hardware", "Open Source", "Security", "Reviews", "Guides", "Podcast", "About"], item='<li class="menu-item"><a href="{href}">{text}</a></li>', prefix="/category/")}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48200" class="post-48200 post type-post status-publish format-standard has-post-thumbnail hentry category-software tag-databases">
<header class="entry-header"><span class="cat-links"><a href="/category/software/" rel="category tag">Software</a></span>
<h1 class="entry-title">{esc(HEADLINE)}</h1>
<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/owen/">Owen Achterberg</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2024-10-08T14:05:00+00:00">October 8, 2024</time></span>
<span class="reading-time">6 min read</span> <span class="comments-link"><a href="#disqus_thread">17 Comments</a></span></div></header>
<div class="post-thumbnail"><img src="/wp-content/uploads/2024/10/larchbase-hero.jpg" alt=""></div>
<div class="entry-content">
{body_html}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/databases/" rel="tag">databases</a>, <a href="/tag/open-source/" rel="tag">open source</a>, <a href="/tag/larchbase/" rel="tag">Larchbase</a></span>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Mastodon</a></li><li><a href="#">Bluesky</a></li><li><a href="#">Hacker News</a></li><li><a href="#">Reddit</a></li><li><a href="#">Email</a></li></ul></div></footer>
<div class="author-bio"><img src="/avatar-owen.jpg" alt=""><h2 class="author-title">Owen Achterberg</h2><p class="author-description">Owen writes about databases, developer tools and the odd piece of vintage hardware. Before Packetline he spent a decade building inventory software for a chain of garden centres.</p><a class="author-link" href="/author/owen/">View all posts by Owen Achterberg</a></div>
</article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2024/10/e-ink-monitor-review/" rel="prev"><span class="meta-nav">Previous</span> Review: the e-ink monitor that almost works</a></div>
<div class="nav-next"><a href="/2024/10/passkeys-explained/" rel="next"><span class="meta-nav">Next</span> Passkeys, explained without the hype</a></div></div></nav>
<section class="related-posts"><h3>You might also like</h3><ul>{link_items(related, prefix="/2024/09/")}</ul></section>
<div id="disqus_thread"></div><noscript>Please enable JavaScript to view the comments, which are hosted by Disqus.</noscript>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;"></label><input type="submit" class="search-submit" value="Search"></form></section>
<section class="widget"><h2 class="widget-title">Popular this week</h2><ul>{link_items(popular, prefix="/2024/")}</ul></section>
<section class="widget"><h2 class="widget-title">Support Packetline</h2><p>We are funded by readers. Members get an ad-free site and a monthly behind-the-scenes letter.</p><a href="/membership/">Become a member</a></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="/about/">About</a> &middot; <a href="/contact/">Contact</a> &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/feed/">RSS</a> &middot; Proudly powered by WordPress</div>
<p>&copy; 2024 Packetline. Text licensed CC BY-NC 4.0 unless noted.</p></footer>
<script>{js_blob(4083, 40, "disqus_config")}</script>
</body></html>"""

save(PID, page, gold)
