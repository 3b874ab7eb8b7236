# p03: Drupal 10 local-news site (node--type-article, field--name-body, views blocks, EU cookie compliance)
from common import *

PID = "p03"
TITLE = "Route 9 bridge over the Tamsin to close for eight weeks starting May 6"
URL = "https://www.willowmeregazette.com/news/2024/04/route-9-bridge-closure"

BODY = [
    ("p", "The Route 9 bridge over the Tamsin River between Willowmere and North Arden will close to all traffic for eight weeks starting Monday, May 6, while crews replace its concrete deck, the state Department of Transportation announced Thursday."),
    ("p", "The 1962 span carries about 11,000 vehicles a day, according to the department’s most recent traffic counts. Inspectors rated its deck in “poor” condition last fall after finding widespread cracking and exposed reinforcing steel on the underside."),
    ("p", "Pedestrians and cyclists will also be barred from the bridge for the duration of the work. A free shuttle van will run between Willowmere Common and the North Arden post office every 30 minutes from 6 a.m. to 8 p.m. on weekdays."),
    ("ad", None),
    ("h3", "Detour routes"),
    ("p", "Signed detours will direct drivers to the following crossings:"),
    ("ol", ["<strong>Passenger vehicles:</strong> Route 114 north to the Halsey Mill Bridge, then Ferry Road south into North Arden (adds about 9 miles).",
            "<strong>Trucks over 10 tons:</strong> Interstate 37 to Exit 22, then Route 5 west (adds about 17 miles).",
            "<strong>Emergency vehicles:</strong> will be pre-positioned on both sides of the river under an agreement with the North Arden Fire District."]),
    ("p", "Willowmere Fire Chief Lyle Brantner said the department would station an engine and an ambulance at the North Arden highway garage throughout the closure so that response times on the far side of the river would not suffer."),
    ("p", "“We looked at the map and realized some of those houses on Orchard Hill would be 20 minutes from us with the bridge out. That wasn’t acceptable,” Brantner said."),
    ("newsletter", None),
    ("h3", "Businesses brace for a slow start to summer"),
    ("p", "Merchants along Main Street, many of whom rely on customers from North Arden, said they were worried about the timing, which overlaps with the start of the summer season."),
    ("p", "“Eight weeks in May and June is a big chunk of our year,” said Corinne Delahaye, who owns the Bluebell Café near the bridge. “We’ll survive, but I wish they’d done it in March.”"),
    ("related", None),
    ("p", "A department spokesperson, Gary Hutchins, said the schedule was dictated by the temperatures needed to pour and cure concrete. The contract, awarded to Keller-Byrne Construction for $4.7 million, includes a $15,000-a-day incentive for finishing early and an equal penalty for each day the work runs late."),
    ("p", "The Select Board will host an information session about the closure at 6:30 p.m. on Wednesday, April 24, at Willowmere Town Hall. Questions can also be submitted in advance through the town’s website."),
]


def render_body():
    out, gold = [], []
    for kind, val in BODY:
        if kind == "p":
            out.append("<p>%s</p>" % val); gold.append(val)
        elif kind == "h3":
            out.append("<h3>%s</h3>" % val); gold.append(val)
        elif kind == "ol":
            out.append("<ol>" + "".join("<li>%s</li>" % li for li in val) + "</ol>"); gold.extend(val)
        elif kind == "ad":
            out.append('<div class="block-dfp-inline"><div class="dfp-tag-wrapper"><div class="dfp-ad-label">Advertisement</div><div id="dfp-ad-inline_1" class="dfp-tag-wrapper"><div class="dfp-ad-inline_1"><script>googletag.cmd.push(function(){googletag.display("dfp-ad-inline_1");});</script></div></div></div></div>')
        elif kind == "newsletter":
            out.append('<div class="embedded-entity align-center"><div class="block block-simplenews block-simplenews-subscription-block newsletter-signup--inline"><h2 class="block__title">Morning Briefing</h2><div class="block__content"><p>Start your day with the top stories from Willowmere and the Tamsin Valley.</p><form class="simplenews-subscriptions-block-ab12 simplenews-subscriber-form" data-drupal-selector="simplenews-subscriptions-block-ab12" action="/news/2024/04/route-9-bridge-closure" method="post" id="simplenews-subscriptions-block-ab12" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-email form-type-email form-item-mail"><label for="edit-mail" class="js-form-required form-required">Email</label><input data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" value="" size="60" maxlength="254" class="form-email required" required="required" aria-required="true" /></div><input data-drupal-selector="edit-subscribe" type="submit" id="edit-subscribe" name="op" value="Subscribe" class="button js-form-submit form-submit" /></form></div></div></div>')
        elif kind == "related":
            out.append('<div class="embedded-entity align-right"><article class="node node--type-article node--view-mode-inline-teaser"><div class="inline-teaser__label">Related</div><h4 class="node__title"><a href="/news/2023/10/bridge-inspection-report" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">State inspection flags 14 county bridges in poor condition</span></a></h4></article></div>')
    return "\n".join(out), gold


def views_list(heads, block_id, title, with_dates=True):
    rows = []
    for i, t in enumerate(heads):
        slug = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")[:48]
        rows.append('<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/news/2024/04/%s" hreflang="en">%s</a></span></div>%s</div>'
                    % (slug, esc(t), '<div class="views-field views-field-created"><span class="field-content"><time datetime="2024-04-%02dT12:00:00-04:00">Apr %d, 2024</time></span></div>' % (10 - i % 9, 10 - i % 9) if with_dates else ""))
    return '<div id="%s" class="block block-views block-views-block%s"><h2 class="block__title">%s</h2><div class="block__content"><div class="views-element-container"><div class="view view-%s view-id-%s view-display-id-block_1 js-view-dom-id-%032x"><div class="view-content">%s</div><div class="more-link"><a href="/news">More</a></div></div></div></div></div>' % (block_id, block_id.replace("block-", "-"), title, block_id, block_id, sum(ord(c) * 7919 ** i for i, c in enumerate(block_id)) % (16 ** 32), "".join(rows))


def main():
    body_html, gold = render_body()
    heads = pick(HEADLINES, 30, 303)
    settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/5521", "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "en"},
                "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                "ajaxPageState": {"libraries": "eJx9kEEOwyAMBD_E" + "x" * 400, "theme": "gazette", "theme_token": None},
                "eu_cookie_compliance": {"cookie_policy_version": "1.0.0", "popup_enabled": True, "popup_agreed_enabled": False, "popup_hide_agreed": False,
                                         "popup_clicking_confirmation": True, "popup_scrolling_confirmation": False,
                                         "popup_html_info": "<div class=\"eu-cookie-compliance-banner eu-cookie-compliance-banner-info\">...</div>",
                                         "popup_link": "/privacy-policy", "popup_position": False, "popup_language": "en", "method": "opt_in"},
                "dfp": {"adunit": "/21812345/willowmere/news", "slots": ["top_leaderboard", "inline_1", "sidebar_1", "sidebar_2"]},
                "statistics": {"data": {"nid": "5521"}, "url": "/core/modules/statistics/statistics.php"},
                "user": {"uid": 0, "permissionsHash": "8c8e2a0b3f0d" + "a" * 52}}
    main_menu = ["News", "Schools", "Police &amp; Fire", "Town Government", "Business", "Sports", "Opinion", "Obituaries", "Calendar", "Classifieds"]
    menu_html = "".join('<li class="menu-item%s"><a href="/%s" data-drupal-link-system-path="taxonomy/term/%d">%s</a></li>' % (" menu-item--active-trail" if i == 0 else "", re.sub(r"[^a-z]+", "-", m.lower()).strip("-"), 10 + i, m) for i, m in enumerate(main_menu))
    obits = ["Eleanor M. Hatch, 91, of North Arden", "Donald &ldquo;Dusty&rdquo; Ferris, 77, of Willowmere", "Patricia Lang Okafor, 68, of Halsey", "Raymond J. Voss, 84, of Willowmere", "Beverly Anne Quist, 73, formerly of North Arden"]
    events = [("Apr 13", "Tamsin Valley Garden Club plant sale, Grange Hall, 9 a.m.&ndash;1 p.m."), ("Apr 14", "Spring concert, Willowmere Community Band, First Congregational Church, 3 p.m."),
              ("Apr 17", "Board of Education budget hearing, WHS library, 7 p.m."), ("Apr 20", "Earth Day river cleanup, meet at the boat launch, 8 a.m."),
              ("Apr 24", "Route 9 bridge closure information session, Town Hall, 6:30 p.m.")]
    comments = [("tamsinvalleydad", "Thu, 04/11/2024 - 16:05", "The Halsey Mill detour is going to be a parking lot at 7:30 a.m. Hope they put a cop at the Ferry Road light."),
                ("CDelahaye", "Thu, 04/11/2024 - 18:47", "Thank you for including us! We&rsquo;ll be open the whole time. Walk over from the shuttle stop, it&rsquo;s two minutes.")]
    com_html = "".join('<article data-comment-user-id="%d" id="comment-%d" class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1712860000"></span><footer class="comment__meta"><p class="comment__submitted">Submitted by <span>%s</span> on %s</p><a href="/comment/%d" hreflang="en">Permalink</a></footer><div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>%s</p></div><drupal-render-placeholder callback="comment.lazy_builders:renderLinks" arguments="0=%d&amp;1=default&amp;2=en&amp;3=" token="x"></drupal-render-placeholder></div></article>' % (4100 + i, 8800 + i, u, d, 8800 + i, t, 8800 + i) for i, (u, d, t) in enumerate(comments))

    page = f'''<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-WGZ0000001"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "G-WGZ0000001", {{"groups":"default","page_placeholder":"PLACEHOLDER_page_location","allow_ad_personalization_signals":false}});</script>
<meta name="description" content="The 1962 span carries about 11,000 vehicles a day. Detours will add up to 17 miles for trucks." />
<link rel="canonical" href="{URL}" />
<meta property="og:site_name" content="Willowmere Gazette" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{URL}" />
<meta property="og:title" content="{esc(TITLE)}" />
<meta property="og:image" content="https://www.willowmeregazette.com/sites/default/files/styles/og_image/public/2024-04/route9-bridge.jpg" />
<meta property="article:published_time" content="2024-04-11T14:32:00-0400" />
<meta property="article:modified_time" content="2024-04-11T17:05:13-0400" />
<meta property="article:section" content="News" />
<meta property="article:tag" content="Transportation" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script type="application/ld+json">{words_json({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-04-11T14:32:00-0400", "dateModified": "2024-04-11T17:05:13-0400", "author": {"@type": "Person", "name": "Jill Halvorsen"}, "publisher": {"@type": "Organization", "name": "Willowmere Gazette"}, "image": {"@type": "ImageObject", "url": "https://www.willowmeregazette.com/sites/default/files/2024-04/route9-bridge.jpg"}}]})}</script>
<link rel="icon" href="/themes/custom/gazette/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="en" href="{URL}" />
<link rel="shortlink" href="https://www.willowmeregazette.com/node/5521" />
    <title>{esc(TITLE)} | Willowmere Gazette</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq1b2Pm0aZr9.css?delta=0&amp;language=en&amp;theme=gazette&amp;include=eJx1jUEOwyAMBD_E" />
    <style>{css_blob(3031, "gazette", 150)}</style>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{words_json(settings)}</script>
    <script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
    <script>var googletag = googletag || {{}};googletag.cmd = googletag.cmd || [];googletag.cmd.push(function() {{ googletag.defineSlot("/21812345/willowmere/news", [[728, 90], [970, 90]], "dfp-ad-top_leaderboard").addService(googletag.pubads()).setTargeting("nid", "5521");googletag.defineSlot("/21812345/willowmere/news", [300, 250], "dfp-ad-inline_1").addService(googletag.pubads());googletag.pubads().enableSingleRequest();googletag.enableServices();}});</script>
  </head>
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Skip to main content
    </a>
    <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-WGZ1" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
  <header role="banner" class="site-header">
      <div class="region region-header-top">
    <div id="block-topleaderboard" class="block block-dfp block-dfp-ad-top-leaderboard"><div id="dfp-ad-top_leaderboard-wrapper" class="dfp-tag-wrapper"><div class="dfp-ad-label">Advertisement</div><div id="dfp-ad-top_leaderboard" class="dfp-tag-wrapper"></div></div></div>
    <nav role="navigation" aria-labelledby="block-gazette-account-menu-menu" id="block-gazette-account-menu" class="block block-menu navigation menu--account"><h2 class="visually-hidden" id="block-gazette-account-menu-menu">User account menu</h2><ul class="menu"><li class="menu-item"><a href="/user/login" data-drupal-link-system-path="user/login">Log in</a></li><li class="menu-item"><a href="/subscribe">Subscribe</a></li><li class="menu-item"><a href="/e-edition">e-Edition</a></li></ul></nav>
  </div>
    <div class="region region-header">
    <div id="block-gazette-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/gazette/logo.svg" alt="Home" /></a><div class="site-name"><a href="/" rel="home">Willowmere Gazette</a></div><div class="site-slogan">Serving Willowmere, North Arden and the Tamsin Valley since 1911</div></div>
    <div class="search-block-form block block-search container-inline" data-drupal-selector="search-block-form" id="block-gazette-search" role="search"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-search form-type-search form-item-keys form-no-label"><label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Type to search" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search" class="button js-form-submit form-submit" /></div></form></div>
  </div>
    <div class="region region-primary-menu">
    <nav role="navigation" aria-labelledby="block-gazette-main-menu-menu" id="block-gazette-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-gazette-main-menu-menu">Main navigation</h2><ul class="menu menu--level-1">{menu_html}</ul></nav>
  </div>
  </header>
    <div class="region region-breadcrumb">
    <div id="block-gazette-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/transportation">Transportation</a></li></ol></nav></div>
  </div>
    <div class="region region-highlighted">
    <div data-drupal-messages-fallback class="hidden"></div>
  </div>
  <main role="main" class="main-content">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
        <div class="region region-content">
    <div id="block-gazette-page-title" class="block block-core block-page-title-block">
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(TITLE)}</span></h1>
</div>
<div id="block-gazette-content" class="block block-system block-system-main-block">
<article data-history-node-id="5521" role="article" about="/news/2024/04/route-9-bridge-closure" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">
  <span property="schema:name" content="{esc(TITLE)}" class="rdf-meta hidden"></span>
  <footer class="node__meta">
    <article typeof="schema:Person" about="/staff/jill-halvorsen" class="profile"></article>
    <div class="node__submitted">
      <span class="field field--name-field-byline field--type-string">By Jill Halvorsen, Staff Writer</span>
      <span property="schema:dateCreated" content="2024-04-11T18:32:00+00:00" class="rdf-meta hidden"></span>
      <span class="node__date">Thu, 04/11/2024 - 2:32 pm</span>
    </div>
  </footer>
  <div class="addtoany_share_save_container addtoany_content addtoany_content_top"><span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{URL}" data-a2a-title="{esc(TITLE)}"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={URL}" title="Facebook"><span>Share on Facebook</span></a><a class="a2a_button_x" href="https://www.addtoany.com/add_to/x?linkurl={URL}" title="X"><span>Share on X</span></a><a class="a2a_button_email" href="https://www.addtoany.com/add_to/email?linkurl={URL}"><span>Email</span></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={URL}"><span>Share</span></a></span></div>
  <div class="node__content">
    <div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure class="media-figure"><img loading="lazy" src="/sites/default/files/styles/article_full/public/2024-04/route9-bridge.jpg?itok=Rk3sQ0Pa" width="1200" height="800" alt="Concrete bridge over a river with orange traffic barrels" typeof="foaf:Image" class="image-style-article-full" /><figcaption><span class="field field--name-field-caption">The Route 9 bridge, seen from the Willowmere boat launch. The deck was rated in poor condition last fall.</span> <span class="field field--name-field-credit">Photo: Jill Halvorsen / Willowmere Gazette</span></figcaption></figure></div>
    <div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body_html}</div>
    <div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/88" property="schema:about" hreflang="en">Transportation</a></div><div class="field__item"><a href="/taxonomy/term/91" property="schema:about" hreflang="en">North Arden</a></div><div class="field__item"><a href="/taxonomy/term/12" property="schema:about" hreflang="en">Route 9</a></div><div class="field__item"><a href="/taxonomy/term/140" property="schema:about" hreflang="en">Main Street businesses</a></div></div></div>
    <div class="field field--name-field-author-bio field--type-entity-reference"><div class="author-bio"><img src="/sites/default/files/staff/halvorsen.jpg" alt="Jill Halvorsen" width="80" height="80" /><div class="author-bio__text"><strong>Jill Halvorsen</strong> covers town government, transportation and the North Arden schools. Reach her at jhalvorsen@willowmeregazette.com or 555-0142.</div></div></div>
  </div>
  <section class="comments-section">
    <h2 class="comments-title">Comments</h2>
    {com_html}
    <div class="comment-forbidden"><a href="/user/login?destination=/node/5521%23comment-form">Log in</a> or <a href="/user/register?destination=/node/5521%23comment-form">register</a> to post comments</div>
  </section>
</article>
</div>
{views_list(heads[0:6], "block-views-block-related-articles", "Related Articles")}
  </div>
    </div>
          <aside class="layout-sidebar-second" role="complementary">
          <div class="region region-sidebar-second">
    <div id="block-dfpsidebar1" class="block block-dfp"><div class="dfp-ad-label">Advertisement</div><div id="dfp-ad-sidebar_1" class="dfp-tag-wrapper" style="min-height:250px"></div></div>
    {views_list(heads[6:12], "block-views-block-most-read", "Most Read", with_dates=False)}
    {views_list(heads[12:18], "block-views-block-latest-news", "Latest News")}
    <div id="block-obituaries" class="block block-views"><h2 class="block__title">Obituaries</h2><div class="block__content"><ul>{"".join('<li><a href="/obituaries/%d">%s</a></li>' % (700 + i, o) for i, o in enumerate(obits))}</ul><a href="/obituaries">All obituaries</a> | <a href="/obituaries/submit">Submit an obituary</a></div></div>
    <div id="block-community-calendar" class="block block-views"><h2 class="block__title">Community Calendar</h2><div class="block__content"><ul class="calendar-list">{"".join('<li><span class="date">%s</span> %s</li>' % e for e in events)}</ul><a href="/calendar/submit">Add your event</a></div></div>
    <div id="block-weatherwidget" class="block block-block-content"><h2 class="block__title">Weather</h2><div class="block__content"><div class="weather-now">Willowmere: 54&deg;F, Partly cloudy</div><div class="weather-forecast">Fri 61&deg;/40&deg; Showers &middot; Sat 58&deg;/37&deg; Sunny &middot; Sun 63&deg;/44&deg; Cloudy</div></div></div>
    <div id="block-dfpsidebar2" class="block block-dfp"><div class="dfp-ad-label">Advertisement</div><div id="dfp-ad-sidebar_2" class="dfp-tag-wrapper" style="min-height:600px"></div></div>
  </div>
      </aside>
  </main>
      <footer role="contentinfo" class="site-footer">
        <div class="region region-footer">
    <nav role="navigation" aria-labelledby="block-gazette-footer-menu" id="block-gazette-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden" id="block-gazette-footer-menu">Footer</h2><ul class="menu">{"".join('<li class="menu-item"><a href="/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", f.lower()).strip("-"), f) for f in ["About Us", "Contact Us", "Staff Directory", "Advertise", "Submit a Letter to the Editor", "Submit a Press Release", "Subscribe", "Delivery Problems", "Privacy Policy", "Terms of Service", "Accessibility", "RSS Feeds"])}</ul></nav>
    <div id="block-copyright" class="block block-block-content"><div class="clearfix text-formatted field field--name-body"><p>&copy; 2024 Tamsin Valley Media LLC. 14 Common Street, Willowmere. All rights reserved. The Willowmere Gazette is published every Thursday and updated daily online.</p></div></div>
  </div>
    </footer>
  </div>
  </div>
  <div id="sliding-popup" role="banner" class="sliding-popup-bottom" style="display:block"><div><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking any link on this page you are giving your consent for us to set cookies.</p><button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
    <script src="/sites/default/files/js/js_mZ1n2o3p4Q.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=gazette"></script>
    <script>{js_blob(3032, 80, "Drupal")}</script>
    <script async src="https://static.addtoany.com/menu/page.js"></script>
  </body>
</html>
'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
