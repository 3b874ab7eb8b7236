# p07: BBC-like public broadcaster page (data-component blocks, ssrcss hashed classes, Image source/caption, Related Topics, Most Read)
from common import *

PID = "p07"
TITLE = "Puffin numbers nearly triple on island after rats removed"
URL = "https://www.abn.co.uk/news/articles/c4x1y9z2k7qo"

BODY = [
    ("intro", "The number of puffins nesting on a remote island off the Westmarch coast has almost tripled since rats were eradicated there eight years ago, a survey has found."),
    ("p", "Volunteers counted 1,312 occupied burrows on Skerrow this spring, compared with 471 in 2016, the year the last brown rats were removed."),
    ("p", "Manx shearwaters, which had not bred on the island for at least half a century, have also returned, with 38 pairs recorded."),
    ("p", "The Skerrow Island Trust said the results showed what was possible when \"the pressure is taken off\" seabirds."),
    ("img", ("Image source, Skerrow Island Trust", "Volunteers counted more than 1,300 occupied puffin burrows this spring", "puffins-cliff.jpg")),
    ("h2", "'Eggs and chicks'"),
    ("p", "Rats are thought to have arrived on Skerrow in the 19th Century, probably from shipwrecks or supply boats serving the island's lighthouse."),
    ("p", "They feed on the eggs and chicks of ground-nesting birds, and are blamed for the collapse of several seabird colonies around the coast."),
    ("p", "The eradication project, which cost about £650,000, involved laying bait across the island's 120 hectares over two winters, followed by two years of monitoring to confirm that no rats remained."),
    ("p", "Project manager Catriona Bellwood said: \"When we started, you could walk the whole western cliff and see perhaps a dozen puffins. Now you have to be careful where you put your feet because there are burrows everywhere.\""),
    ("video", ("Media caption, Catriona Bellwood explains how volunteers count burrows on the cliffs",)),
    ("h2", "Biosecurity"),
    ("p", "Boat operators who bring visitors to the island must now follow strict rules to stop rodents getting back on."),
    ("p", "These include checking bags and boxes before departure and keeping traps at the landing stage, which are inspected weekly."),
    ("p", "Skipper Dougie Farrant, who has run trips to Skerrow for 22 years, said the change had been good for business as well as for the birds."),
    ("p", "\"People come from all over now. Last summer I had a family from New Zealand who'd seen the puffins on television and booked the whole holiday around it,\" he said."),
    ("img", ("Image source, ABN/Mia Cardew", "Dougie Farrant has been taking visitors to Skerrow for 22 years", "farrant-boat.jpg")),
    ("p", "The trust warned that the colony remained vulnerable to bird flu, which killed hundreds of seabirds along the Westmarch coast in 2022, as well as to warming seas affecting the sand eels that puffins feed to their young."),
    ("p", "A further count is planned for June."),
]

H = {"block": "ssrcss-1ki8hfp-StyledZone e1mcntqj3", "text": "ssrcss-7uxr49-RichTextContainer e5tfeyi1", "p": "ssrcss-1q0x1qg-Paragraph e1jhz7w10",
     "b": "ssrcss-hmf8ql-BoldText e5tfeyi3", "h2": "ssrcss-1u9hrr4-StyledHeading e10rt3ze0", "fig": "ssrcss-wpgbih-StyledFigure e34k3c23",
     "cap": "ssrcss-1qn0xuy-StyledFigureCaption e34k3c21", "vh": "ssrcss-1f39n02-VisuallyHidden e16en2lz0", "copy": "ssrcss-1nv2t4h-Copyright e3hs8ok1"}


def render_body():
    out, gold = [], []
    for kind, val in BODY:
        if kind == "intro":
            out.append('<div data-component="text-block" class="%s"><div class="%s"><p class="%s"><b class="%s">%s</b></p></div></div>' % (H["block"], H["text"], H["p"], H["b"], esc(val)))
            gold.append(val)
        elif kind == "p":
            out.append('<div data-component="text-block" class="%s"><div class="%s"><p class="%s">%s</p></div></div>' % (H["block"], H["text"], H["p"], esc(val)))
            gold.append(val)
        elif kind == "h2":
            out.append('<div data-component="subheadline-block" class="%s"><h2 class="%s" id="%s">%s</h2></div>' % (H["block"], H["h2"], re.sub(r"[^a-z]+", "-", val.lower()).strip("-"), esc(val)))
            gold.append(val)
        elif kind == "img":
            src, cap, f = val
            out.append('<div data-component="image-block" class="%s"><figure class="%s"><div class="ssrcss-ab5fd8-StyledFigureContainer e34k3c21"><span class="ssrcss-5ssgoq-Placeholder e1fkk0py0"><img sizes="(min-width: 1280px) 50vw, (min-width: 1008px) 66vw, 96vw" srcset="https://ichef.abn.co.uk/news/240/cpsprodpb/%s.webp 240w,https://ichef.abn.co.uk/news/480/cpsprodpb/%s.webp 480w,https://ichef.abn.co.uk/news/976/cpsprodpb/%s.webp 976w" src="https://ichef.abn.co.uk/news/480/cpsprodpb/%s.webp" loading="lazy" alt="Puffins on a grassy cliff top" class="ssrcss-11yxrdo-Image edrdn950" width="976" height="549"></span><span role="text" class="%s"><span class="%s">%s</span></span></div><figcaption class="%s"><span class="%s">Image caption, </span>%s</figcaption></figure></div>' % (H["block"], H["fig"], f, f, f, f, H["copy"], H["vh"], esc(src), H["cap"], H["vh"], esc(cap)))
        elif kind == "video":
            out.append('<div data-component="video-block" class="%s"><figure class="%s"><div class="ssrcss-1vl1xk0-MediaPlayerWrapper e1xalvg01"><div data-e2e="media-player" class="ssrcss-1ks7f1s-Placeholder e1xalvg02"><button class="ssrcss-play" aria-label="Play video, \'How volunteers count puffin burrows\', Duration 1,42">Play video, "How volunteers count puffin burrows", duration 1 minute 42 seconds</button><span class="ssrcss-duration">1:42</span><noscript><p>This video can not be played. To play this video you need to enable JavaScript in your browser.</p></noscript></div></div><figcaption class="%s"><span class="%s">Media caption, </span>%s</figcaption></figure></div>' % (H["block"], H["fig"], H["cap"], H["vh"], esc(val[0].replace("Media caption, ", ""))))
    return "\n".join(out), gold


def promo_list(items, cls, with_summary=False):
    out = []
    for i, t in enumerate(items):
        out.append('<li class="ssrcss-%s-StyledListItem e1gp961v0"><div type="article" class="ssrcss-promo-Promo"><div class="ssrcss-promo-ImageWrapper"><img src="https://ichef.abn.co.uk/news/240/cpsprodpb/%d.jpg" alt="" loading="lazy" width="240" height="135"></div><div class="ssrcss-promo-PromoContent"><div class="ssrcss-promo-PromoHeadline"><a href="https://www.abn.co.uk/news/articles/c%07d" class="ssrcss-promo-PromoLink"><span aria-hidden="false">%s</span></a></div>%s<div class="ssrcss-promo-MetadataStripContainer"><ul class="ssrcss-promo-MetadataStrip"><li class="ssrcss-promo-MetadataStripItem"><span class="%s">Published</span><span aria-hidden="true">%d hours ago</span></li></ul></div></div></div></li>'
                   % (cls, 7700 + i, 4400000 + i, esc(t), ('<p class="ssrcss-promo-Paragraph">%s</p>' % esc(DEKS[i % len(DEKS)])) if with_summary else "", H["vh"], i + 2))
    return '<ul class="ssrcss-%s-StyledList e1gp961v1" role="list">%s</ul>' % (cls, "".join(out))


def main():
    body_html, gold = render_body()
    heads = pick(HEADLINES, 40, 707)
    nav_top = ["Home", "News", "Sport", "Weather", "Watch", "Listen", "Food", "Bitesize", "Arts", "Earth"]
    nav_news = ["Home", "Election 2024", "UK", "World", "Business", "Politics", "Tech", "Science", "Health", "Family &amp; Education", "Entertainment &amp; Arts", "Stories", "In Pictures", "Verify"]
    nav_region = ["Northshire", "Westmarch", "The Islands", "Southvale", "Local News"]
    initial = {"article": {"metadata": {"id": "c4x1y9z2k7qo", "type": "article", "locators": {"canonicalUrl": URL}, "firstPublished": 1715594400000, "lastUpdated": 1715598010000, "topics": ["Seabirds", "Westmarch", "Conservation"]},
                           "content": {"model": {"blocks": [{"type": "text", "model": {"text": re.sub(r"<[^>]+>", "", v) if isinstance(v, str) else v[-1]}} for k, v in BODY]}}},
               "navigation": {"items": nav_news}, "config": {"env": "live", "analytics": {"counterName": "news.westmarch.story.c4x1y9z2k7qo.page"}}}
    page = f'''<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(TITLE)} - ABN News</title><meta name="description" content="The number of puffins nesting on Skerrow has almost tripled since rats were eradicated eight years ago."/><meta property="og:title" content="{esc(TITLE)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{URL}"/><meta property="og:image" content="https://ichef.abn.co.uk/news/1024/branded_news/puffins-cliff.jpg"/><meta property="og:site_name" content="ABN News"/><meta property="article:published_time" content="2024-05-13T10:00:00.000Z"/><meta property="article:modified_time" content="2024-05-13T11:00:10.000Z"/><meta property="article:author" content="https://www.facebook.com/abnnews"/><meta property="article:section" content="Westmarch"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@ABNNews"/><link rel="canonical" href="{URL}"/><link rel="amphtml" href="{URL}.amp"/>
<script type="application/ld+json">{words_json({"@context": "http://schema.org", "@type": "ReportageNewsArticle", "url": URL, "publisher": {"@type": "NewsMediaOrganization", "name": "ABN News", "publishingPrinciples": "https://www.abn.co.uk/news/help-41670342", "logo": {"@type": "ImageObject", "url": "https://www.abn.co.uk/news/special/2015/newsspec_10857/abn_news_logo.png"}}, "datePublished": "2024-05-13T10:00:00.000Z", "dateModified": "2024-05-13T11:00:10.000Z", "description": "The number of puffins nesting on Skerrow has almost tripled since rats were eradicated eight years ago.", "headline": TITLE, "image": {"@type": "ImageObject", "width": 1024, "height": 576, "url": "https://ichef.abn.co.uk/news/1024/branded_news/puffins-cliff.jpg"}, "thumbnailUrl": "https://ichef.abn.co.uk/news/1024/branded_news/puffins-cliff.jpg", "mainEntityOfPage": URL, "author": {"@type": "Person", "name": "Mia Cardew"}})}</script>
<style data-emotion="ssrcss" data-s="">{css_blob(7071, "ssrcss", 200)}</style>
<script>window.dotcom={{"features":{{"chartbeat":true,"ads":false}},"flagpoles":{{"ads":"off"}}}};window.abnuser = {{"signedIn":false}};</script>
<script>{js_blob(7072, 40, "orb")}</script>
</head><body><div id="__next"><div class="ssrcss-1pv7b3e-Wrapper e1ltq0js0"><div class="ssrcss-0 e1ocjzw60">
<a href="#main-content" class="ssrcss-1f2xr7s-SkipLink e1hwdxmm0">Skip to content</a>
<div id="cookie-banner" class="ssrcss-cookie-prompt" role="region" aria-label="Cookie prompt"><div><h2>Let us know you agree to cookies</h2><p>We use <a href="https://www.abn.co.uk/usingtheabn/cookies/what-do-i-need-to-know-about-cookies/">cookies</a> to give you the best online experience. Please let us know if you agree to all of these cookies.</p><button id="abn-cookie-accept">Yes, I agree</button><a href="https://www.abn.co.uk/usingtheabn/cookies/how-can-i-change-my-abn-cookie-settings/">No, take me to settings</a></div></div>
<header data-testid="header-content" class="ssrcss-1gqgbz0-GlobalNavigation"><div class="ssrcss-top"><a href="https://www.abn.co.uk/" class="ssrcss-logo" aria-label="ABN Homepage"><svg width="84" height="24" role="img"><title>ABN Homepage</title><path d="M0 0h24v24H0z"/></svg></a><a href="https://account.abn.com/auth?realm=/&amp;ptrt=https%3A%2F%2Fwww.abn.co.uk%2Fnews%2Farticles%2Fc4x1y9z2k7qo" class="ssrcss-account"><span>Sign in</span></a><nav aria-label="ABN"><ul role="list">{"".join('<li><a href="https://www.abn.co.uk/%s">%s</a></li>' % (x.lower(), x) for x in nav_top)}</ul></nav><form class="ssrcss-search" role="search" action="https://www.abn.co.uk/search"><input type="search" name="q" placeholder="Search ABN" aria-label="Search ABN"/><button type="submit">Search</button></form></div>
<div class="ssrcss-news-brand"><a href="https://www.abn.co.uk/news" class="ssrcss-brand-link">NEWS</a></div>
<nav class="ssrcss-news-nav" aria-label="News"><ul role="list">{"".join('<li class="ssrcss-nav-item"><a href="https://www.abn.co.uk/news/%s"><span>%s</span></a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in nav_news)}</ul></nav>
<nav class="ssrcss-secondary-nav" aria-label="Westmarch"><ul role="list">{"".join('<li><a href="https://www.abn.co.uk/news/regions/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in nav_region)}</ul></nav></header>
<div class="ssrcss-1xzmy6c-Main"><main id="main-content" data-testid="main-content" class="ssrcss-1cbga70-StyledMainContent"><article class="ssrcss-pv1rh6-ArticleWrapper e1nh2i2l5">
<header data-component="headline-block" class="{H["block"]}"><h1 id="main-heading" type="headline" tabindex="-1" class="ssrcss-15xko80-StyledHeading e10rt3ze0"><span role="text">{esc(TITLE)}</span></h1></header>
<div data-component="byline-block" class="{H["block"]}"><div class="ssrcss-68pt20-Text-TextContributorName e8mq1e96"><span class="ssrcss-name">By Mia Cardew</span></div><div class="ssrcss-84ltp5-Text e8mq1e92">ABN News, Westmarch</div><time data-testid="timestamp" datetime="2024-05-13T10:00:00.000Z" class="ssrcss-1if1g9v-MetadataText e4wm5bw1">13 May 2024</time></div>
<div data-component="links-block" class="ssrcss-share"><button aria-label="Share" class="ssrcss-share-button">Share</button><ul class="ssrcss-share-menu" hidden=""><li><a href="https://www.facebook.com/dialog/share?href={URL}">Share on Facebook</a></li><li><a href="https://x.com/intent/tweet?url={URL}">Share on X</a></li><li><button>Copy link</button></li></ul><button class="ssrcss-save">Save</button></div>
{body_html}
<div data-component="links-block" class="{H["block"]}"><h2 class="ssrcss-links-heading">Related Internet Links</h2><ul><li><a href="https://www.skerrowtrust.org.uk/">Skerrow Island Trust</a></li></ul><p class="ssrcss-disclaimer">The ABN is not responsible for the content of external sites.</p></div>
<div data-component="tag-list" class="{H["block"]}"><h2>Related Topics</h2><ul>{"".join('<li><a href="https://www.abn.co.uk/news/topics/%s">%s</a></li>' % (x.lower(), x) for x in ["Seabirds", "Westmarch", "Conservation", "Wildlife"])}</ul></div>
<section data-component="see-alsos" class="{H["block"]}"><h2>More on this story</h2>{promo_list(["Rat-free status confirmed for Skerrow after two-year check", "Bird flu kills hundreds of seabirds along Westmarch coast", "Volunteers wanted for island seabird count"], "see-also")}</section>
</article>
<section data-component="top-stories" aria-labelledby="top-stories" class="ssrcss-top-stories"><h2 id="top-stories">Top Stories</h2>{promo_list(heads[0:5], "top", True)}</section>
<section data-component="features" aria-labelledby="features" class="ssrcss-features"><h2 id="features">Features</h2>{promo_list(heads[5:13], "features")}</section>
<section data-component="most-read" aria-labelledby="most-read" class="ssrcss-most-read"><h2 id="most-read">Most Read</h2><ol role="list">{"".join('<li class="ssrcss-mr-item"><span class="ssrcss-mr-rank">%d</span><a href="https://www.abn.co.uk/news/articles/c%07d"><p class="ssrcss-mr-headline">%s</p></a></li>' % (i + 1, 5500000 + i, esc(t)) for i, t in enumerate(heads[13:23]))}</ol></section>
<section class="ssrcss-promo-trust"><h2>Why you can trust ABN News</h2><p>ABN News is committed to accuracy, impartiality and editorial independence.</p></section>
</main></div>
<footer data-testid="footer" class="ssrcss-footer" role="contentinfo"><div><a href="https://www.abn.co.uk/" class="ssrcss-logo">ABN</a><nav aria-label="ABN"><ul role="list">{"".join('<li><a href="https://www.abn.co.uk/%s">%s</a></li>' % (x.lower(), x) for x in nav_top)}</ul></nav><ul class="ssrcss-footer-links">{"".join('<li><a href="https://www.abn.co.uk/usingtheabn/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in ["Terms of Use", "About the ABN", "Privacy Policy", "Cookies", "Accessibility Help", "Parental Guidance", "Contact the ABN", "Get Personalised Newsletters", "Why you can trust the ABN", "Advertise with us", "Do not share or sell my info"])}</ul><p class="ssrcss-copyright"><span>Copyright 2024 ABN. All rights reserved.</span> The <em>ABN</em> is <em>not responsible for the content of external sites.</em> <a href="https://www.abn.co.uk/editorialguidelines/guidance/feeds-and-links">Read about our approach to external linking.</a></p></div></footer>
</div></div></div>
<script>window.__INITIAL_DATA__={json.dumps(json.dumps(initial))};</script>
<script>{js_blob(7073, 60, "__reverb")}</script>
</body></html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
