# p01: WordPress news theme (tagDiv-Newspaper-like theme + Jetpack sharing), Canadian local news
from common import *

PID = "p01"
TITLE = "Port Ellery council backs plan to turn old ferry terminal into covered food market"
URL = "https://harbourledger.ca/2024/03/13/port-ellery-ferry-terminal-food-market/"

# body blocks: (kind, inner html). kind in p,h2,h3,ul,quote,also,ad,news,tweet
BODY = [
    ("p", "Port Ellery&#8217;s disused ferry terminal on Quayside Road will be turned into a covered food market with space for up to 40 vendors, after town council voted 9-4 on Tuesday night to back a $3.2-million redevelopment plan."),
    ("p", "The single-storey terminal has sat empty since the Ellery&#8211;Grand Mabou ferry service was cancelled in 2017. Its roof has been patched twice in the past five years, and a staff report presented to council described the building as &#8220;structurally sound but tired.&#8221;"),
    ("p", "Under the plan, the town would keep ownership of the building and lease it for 25 years to the <a href=\"https://harbourledger.ca/tag/quayside-market/\">Quayside Market Co-operative</a>, a group of farmers, fishers and bakers that formed in 2021 to lobby for a permanent indoor market."),
    ("h2", "What the plan includes"),
    ("p", "The co-op&#8217;s proposal, first presented at a public meeting in November, lists the following changes:"),
    ("ul", ["A new insulated roof and south-facing skylights along the length of the former waiting hall",
            "Forty stalls of varying size, with eight reserved for seasonal and first-year vendors",
            "A shared commercial kitchen that local caterers could rent by the hour",
            "Public washrooms open year-round, something the waterfront currently lacks"]),
    ("p", "Coun. Dorothy Ashgrove, who chairs the town&#8217;s economic development committee, said the building would finally &#8220;face the harbour again instead of turning its back on it.&#8221;"),
    ("quote", "&#8220;For seven years we&#8217;ve had the best-located empty building on the South Shore. People walk past it every day on their way to the boardwalk. This gives them a reason to stop,&#8221; Ashgrove said."),
    ("also", ("Also read:", "Boardwalk extension to Lantern Cove gets green light after long delay", "https://harbourledger.ca/2024/02/02/boardwalk-extension-lantern-cove/")),
    ("p", "Not everyone was convinced. Coun. Ray Pettipas, one of the four who voted against, questioned the co-op&#8217;s revenue projections, which assume 70 per cent of stalls will be let by the end of the first year."),
    ("p", "&#8220;I want this to work. I just don&#8217;t want the town holding the bag if it doesn&#8217;t,&#8221; Pettipas said, adding that he would have preferred a 10-year lease with an option to renew."),
    ("ad", None),
    ("h2", "Who pays"),
    ("p", "Roughly half of the cost will come from a provincial community infrastructure grant the town received last summer. The co-op has committed $600,000 raised from members and through a credit union loan, and the remaining $1 million will be drawn from the town&#8217;s capital reserve."),
    ("news", None),
    ("p", "Town staff estimate the lease will return about $48,000 a year to the town once the market is fully running, which would repay the reserve contribution in a little over 20 years."),
    ("tweet", None),
    ("p", "Fisher Alan MacQuarrie, a founding member of the co-op, said vendors have sold from tents in the parking lot behind the terminal every Saturday since 2022. &#8220;We&#8217;ve proven people will come out in the rain and the wind. Imagine what happens when they don&#8217;t have to,&#8221; he said."),
    ("also", ("RELATED:", "Saturday tent market draws record crowd despite gale warning", "https://harbourledger.ca/2023/10/15/tent-market-record-crowd/")),
    ("h3", "Next steps"),
    ("p", "Construction tenders are expected to go out in May. If the schedule holds, the market could open in the summer of 2025, according to the staff report."),
    ("p", "A second public information session is scheduled for April 9 at 7 p.m. at the Port Ellery Legion, Branch 61. Residents who cannot attend can send written comments to the town clerk until April 19."),
]


def render_body():
    out, gold = [], []
    for kind, val in BODY:
        if kind == "p":
            out.append("<p>%s</p>" % val); gold.append(val)
        elif kind in ("h2", "h3"):
            out.append('<%s class="wp-block-heading">%s</%s>' % (kind, val, kind)); gold.append(val)
        elif kind == "ul":
            out.append('<ul class="wp-block-list">' + "".join("<li>%s</li>" % li for li in val) + "</ul>")
            gold.extend(val)
        elif kind == "quote":
            out.append('<blockquote class="wp-block-quote is-layout-flow"><p>%s</p></blockquote>' % val); gold.append(val)
        elif kind == "also":
            lab, head, href = val
            out.append('<p class="td-also-read"><strong>%s</strong> <a href="%s" target="_blank" rel="noopener">%s</a></p>' % (lab, href, esc(head)))
        elif kind == "ad":
            out.append('''<div class="td-a-rec td-a-rec-id-content_inline td_uid_7_65f1c2_rand td_block_template_1">
<span class="td-adspot-title">- Advertisement -</span>
<div class="td-g-rec td-g-rec-id-content_inline"><script type="text/javascript">var td_screen_width = window.innerWidth;if ( td_screen_width >= 1140 ) {document.write('<ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="4412"></ins>');(adsbygoogle = window.adsbygoogle || []).push({});}</script></div></div>''')
        elif kind == "news":
            out.append('''<div class="wp-block-group newsletter-inline has-pale-cyan-blue-background-color has-background"><div class="wp-block-group__inner-container">
<h4 class="wp-block-heading">Get the Ledger in your inbox</h4>
<p>Local news from the South Shore, every weekday morning at 6. Free, and you can unsubscribe any time.</p>
<form class="mc4wp-form" method="post" action="/newsletter/"><label for="nl-email" class="screen-reader-text">Email address</label><input type="email" id="nl-email" name="EMAIL" placeholder="Your email address" required=""><input type="submit" value="Sign me up"></form>
<p class="small">By signing up you agree to our <a href="/privacy-policy/">privacy policy</a>.</p>
</div></div>''')
        elif kind == "tweet":
            out.append('''<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">Tonight&#39;s the night! Council votes on the terminal lease. We&#39;ll be there in our rain gear, as always. Come say hi 🐟🥖 <a href="https://t.co/xQ2mLrTe9a">pic.twitter.com/xQ2mLrTe9a</a></p>&mdash; Quayside Market Co-op (@QuaysideMktCoop) <a href="https://twitter.com/QuaysideMktCoop/status/1767912345678901234?ref_src=twsrc%5Etfw">March 12, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</div></figure>''')
    return "\n".join(out), gold


def teaser_modules(heads, cls):
    items = []
    for i, h in enumerate(heads):
        slug = re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")[:60]
        items.append('''<div class="td_module_flex td_module_flex_1 td_module_wrap td-animation-stack td-cpt-post">
<div class="td-module-container td-category-pos-"><div class="td-image-container"><div class="td-module-thumb"><a href="https://harbourledger.ca/2024/03/%02d/%s/" rel="bookmark" class="td-image-wrap " title="%s"><span class="entry-thumb td-thumb-css" data-type="css_image" data-img-url="https://harbourledger.ca/wp-content/uploads/2024/03/%s-218x150.jpg"></span></a></div></div>
<div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="https://harbourledger.ca/2024/03/%02d/%s/" rel="bookmark" title="%s">%s</a></h3>
<div class="td-editor-date"><span class="td-author-date"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-03-%02dT09:%02d:00-03:00">March %d, 2024</time></span></span></div></div></div></div>'''
                     % (i + 1, slug, esc(h), slug[:20], i + 1, slug, esc(h), esc(h), i + 1, i * 3 % 60, i + 1))
    return '<div class="td_block_inner td-mc1-wrap %s">%s</div>' % (cls, "\n".join(items))


def main():
    body_html, gold = render_body()
    heads = pick(HEADLINES, 26, 101)
    jsonld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": URL + "#article", "headline": TITLE, "datePublished": "2024-03-13T21:40:12-03:00",
         "dateModified": "2024-03-14T08:02:55-03:00", "author": {"@type": "Person", "name": "Marguerite Osei"},
         "publisher": {"@id": "https://harbourledger.ca/#organization"}, "wordCount": 512,
         "articleSection": ["Local", "News"], "inLanguage": "en-CA"},
        {"@type": "Organization", "@id": "https://harbourledger.ca/#organization", "name": "The Harbour Ledger",
         "logo": {"@type": "ImageObject", "url": "https://harbourledger.ca/wp-content/uploads/2021/05/ledger-logo.png"}},
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://harbourledger.ca/"},
            {"@type": "ListItem", "position": 2, "name": "Local", "item": "https://harbourledger.ca/category/local/"},
            {"@type": "ListItem", "position": 3, "name": TITLE}]}]}
    menu = ["News", "Local", "Business", "Sports", "Arts &amp; Life", "Opinion", "Obituaries", "Classifieds", "Events"]
    sub = ["Port Ellery", "Grand Mabou", "Lantern Cove", "Inverloch County", "Province", "Canada"]
    nav = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-normal-menu"><a href="https://harbourledger.ca/category/%s/">%s</a>%s</li>'
                  % (200 + i, m.lower().split()[0], m,
                     ('<ul class="sub-menu">' + "".join('<li class="menu-item"><a href="/category/local/%s/">%s</a></li>' % (s.lower().replace(" ", "-"), s) for s in sub) + "</ul>") if i == 1 else "")
                  for i, m in enumerate(menu))
    comments = [
        ("Brenda K.", "March 13, 2024 at 10:12 pm", "Finally! That building has been an eyesore for years. I&#8217;ll be there opening day."),
        ("Old Salt", "March 14, 2024 at 7:45 am", "Twenty-five years is a long lease for a co-op that&#8217;s three years old. Pettipas has a point."),
        ("Jen MacLeod", "March 14, 2024 at 9:03 am", "The washrooms alone are worth it. Anyone who has taken kids to the boardwalk in July knows."),
    ]
    com_html = "".join('''<li class="comment even thread-even depth-1" id="li-comment-%d"><article><footer><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/%032x?s=50&amp;d=mm" class="avatar avatar-50 photo" height="50" width="50"><cite class="fn">%s</cite></div><a href="#comment-%d"><time class="comment-date">%s</time></a></footer><div class="comment-content"><p>%s</p></div><div class="comment-meta" id="comment-%d"><a rel="nofollow" class="comment-reply-link" href="#comment-%d" data-commentid="%d" data-postid="48812" aria-label="Reply to %s">Reply</a></div></article></li>'''
                       % (9000 + i, 77777 * (i + 3), n, 9000 + i, d, t, 9000 + i, 9000 + i, 9000 + i, n, ) for i, (n, d, t) in enumerate(comments))
    footer_cols = {
        "About us": ["Contact the newsroom", "Advertise with us", "Careers", "Corrections", "Ethics policy", "Submit a letter"],
        "Sections": ["Local", "Business", "Sports", "Arts &amp; Life", "Opinion", "Obituaries", "Events calendar"],
        "Subscriber services": ["Subscribe", "Manage my account", "E-edition", "Home delivery", "Gift a subscription", "FAQ"],
    }
    foot = "".join('<div class="td-pb-span4"><div class="block-title"><span>%s</span></div><ul class="menu">%s</ul></div>'
                   % (k, "".join('<li class="menu-item"><a href="/%s/">%s</a></li>' % (re.sub(r"[^a-z]+", "-", v.lower()), v) for v in vs)) for k, vs in footer_cols.items())

    page = f'''<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="en-CA"> <!--<![endif]-->
<head>
    <title>{esc(TITLE)} | The Harbour Ledger</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="https://harbourledger.ca/xmlrpc.php" />
    <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="icon" type="image/png" href="https://harbourledger.ca/wp-content/uploads/2021/05/favicon.png">
	<!-- This site is optimized with the Yoast SEO plugin v21.9.1 - https://yoast.com/wordpress/plugins/seo/ -->
	<meta name="description" content="Council voted 9-4 to lease the empty Quayside Road terminal to a market co-operative for 25 years." />
	<link rel="canonical" href="{URL}" />
	<meta property="og:locale" content="en_US" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{esc(TITLE)}" />
	<meta property="og:description" content="Council voted 9-4 to lease the empty Quayside Road terminal to a market co-operative for 25 years." />
	<meta property="og:url" content="{URL}" />
	<meta property="og:site_name" content="The Harbour Ledger" />
	<meta property="article:publisher" content="https://www.facebook.com/harbourledger" />
	<meta property="article:published_time" content="2024-03-14T00:40:12+00:00" />
	<meta property="article:modified_time" content="2024-03-14T11:02:55+00:00" />
	<meta property="og:image" content="https://harbourledger.ca/wp-content/uploads/2024/03/ferry-terminal-quayside.jpg" />
	<meta name="author" content="Marguerite Osei" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Written by" />
	<meta name="twitter:data1" content="Marguerite Osei" />
	<meta name="twitter:label2" content="Est. reading time" />
	<meta name="twitter:data2" content="3 minutes" />
	<script type="application/ld+json" class="yoast-schema-graph">{words_json(jsonld)}</script>
	<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="The Harbour Ledger &raquo; Feed" href="https://harbourledger.ca/feed/" />
<script type="text/javascript">
/* <![CDATA[ */
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"https:\\/\\/harbourledger.ca\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.3"}}}};
{js_blob(1011, 25, "_wpemoji")}
/* ]]> */
</script>
<style id='wp-block-library-inline-css' type='text/css'>
{css_blob(1012, "wp-block", 160)}
</style>
<style id='td-theme-inline-css' type='text/css'>
{css_blob(1013, "td", 220)}
</style>
<link rel='stylesheet' id='google-fonts-style-css' href='https://fonts.googleapis.com/css?family=Merriweather%3A400%2C700%7COpen+Sans%3A400%2C600&#038;display=swap' type='text/css' media='all' />
<script type="text/javascript" src="https://harbourledger.ca/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>
var tdBlocksArray = []; //here we store all the items for the current page
var tdLocalCache = {{}};
var td_viewport_interval_list=[{{"limitBottom":767,"sidebarWidth":228}},{{"limitBottom":1018,"sidebarWidth":300}},{{"limitBottom":1140,"sidebarWidth":324}}];
var tdc_is_installed="yes";var td_ajax_url="https:\\/\\/harbourledger.ca\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.2";
var td_get_template_directory_uri="https:\\/\\/harbourledger.ca\\/wp-content\\/plugins\\/td-composer\\/legacy\\/common";
var tds_show_more_info="Show more info";var tds_show_less_info="Show less info";var tdsDateFormat="l, F j, Y";
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8H3LDX0QQ1"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-8H3LDX0QQ1', {{"content_group":"Local","author":"Marguerite Osei"}});</script>
</head>

<body class="post-template-default single single-post postid-48812 single-format-standard td-standard-pack global-block-template-1 single_template_4 td-animation-stack-type0 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden">
    <div class="td-mobile-container">
        <div class="td-menu-socials-wrap"><div class="td-menu-socials"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/harbourledger" title="Facebook"><i class="td-icon-font td-icon-facebook"></i><span style="display: none">Facebook</span></a></span><span class="td-social-icon-wrap"><a target="_blank" href="https://instagram.com/harbourledger" title="Instagram"><i class="td-icon-font td-icon-instagram"></i><span style="display: none">Instagram</span></a></span></div><div class="td-mobile-close"><span><i class="td-icon-close-mobile"></i></span></div></div>
        <div class="td-mobile-content"><div class="menu-main-container"><ul id="menu-main-1" class="td-mobile-main-menu">{nav}</ul></div></div>
    </div>
    <div id="login-form-mobile" class="td-register-section"><div class="td-login-panel-title">Sign in</div><div class="td-login-panel-descr">Welcome! Log into your account</div><div class="td_display_err"></div><div class="td-login-inputs"><input class="td-login-input" autocomplete="username" type="text" name="login_email" value="" required><label for="login_email">your username</label></div><div class="td-login-inputs"><input class="td-login-input" autocomplete="current-password" type="password" name="login_pass" value="" required><label for="login_pass">your password</label></div><a href="#" class="td-login-forgot">Forgot your password?</a></div>
</div>
<div class="td-search-background" style="visibility:hidden"></div>
<div class="td-search-wrap-mob" style="visibility:hidden"><div class="td-drop-down-search"><form method="get" class="td-search-form" action="https://harbourledger.ca/"><div class="td-search-close"><span><i class="td-icon-close-mobile"></i></span></div><div role="search" class="td-search-input"><span>Search</span><input id="td-header-search-mob" type="text" value="" name="s" autocomplete="off" placeholder="Type to search" /></div></form><div id="td-aj-search-mob" class="td-ajax-search-flex"></div></div></div>

<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap" style="position: relative">
 <div class="td-header-desktop-wrap">
  <div id="tdi_1" class="tdc-zone"><div class="tdc_zone tdi_2 wpb_row td-pb-row">
   <div class="tdc-row"><div class="vc_row tdi_4 wpb_row td-pb-row">
    <div class="vc_column tdi_6 wpb_column vc_column_container tdc-column td-pb-span4"><div class="wpb_wrapper">
      <div class="td_block_wrap tdb_header_date tdi_7 td-pb-border-top td_block_template_1 tdb-header-align"><div class="tdb-block-inner td-fix-index">Thursday, March 14, 2024</div></div>
      <div class="td_block_wrap tdb_header_weather tdi_8"><div class="tdb-block-inner td-fix-index"><div class="td-weather-header"><span class="td-weather-city">Port Ellery</span> <span class="td-weather-now">-2&deg;C</span> <span class="td-weather-condition">light snow</span></div></div></div>
    </div></div>
    <div class="vc_column tdi_9 wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">
      <div class="td_block_wrap tdb_mobile_horiz_menu tdi_10"><div class="tdb-block-inner td-fix-index"><div class="tdb-horiz-menu-singleline"><ul id="menu-top-1" class="tdb-horiz-menu"><li class="menu-item"><a href="/subscribe/"><div class="tdb-menu-item-text">Subscribe</div></a></li><li class="menu-item"><a href="/e-edition/"><div class="tdb-menu-item-text">E-Edition</div></a></li><li class="menu-item"><a href="/contact/"><div class="tdb-menu-item-text">Contact</div></a></li><li class="menu-item"><a href="/advertise/"><div class="tdb-menu-item-text">Advertise</div></a></li></ul></div></div></div>
    </div></div>
   </div></div>
   <div class="tdc-row"><div class="vc_row tdi_12 wpb_row td-pb-row"><div class="vc_column tdi_14 wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper">
      <div class="td_block_wrap tdb_header_logo tdi_15 td-pb-border-top td_block_template_1 tdb-header-align"><div class="tdb-block-inner td-fix-index"><a class="tdb-logo-a" href="https://harbourledger.ca/"><h1 class="tdb-logo-img-wrap"><img class="tdb-logo-img td-retina-data" data-retina="https://harbourledger.ca/wp-content/uploads/2021/05/ledger-logo@2x.png" src="https://harbourledger.ca/wp-content/uploads/2021/05/ledger-logo.png" alt="The Harbour Ledger" title="" width="420" height="72" /></h1><span class="tdb-logo-text-wrap"><span class="tdb-logo-text-tagline">News from the South Shore since 1894</span></span></a></div></div>
   </div></div></div></div>
   <div class="tdc-row stretch_row"><div class="vc_row tdi_17 wpb_row td-pb-row tdc-element-style"><div class="vc_column tdi_19 wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper">
      <div class="td_block_wrap tdb_header_menu tdi_20 tds_menu_active1 tds_menu_sub_active1 td-pb-border-top td_block_template_1 tdb-header-align" data-td-block-uid="tdi_20" style=" z-index: 999;"><div id="tdi_20" class="td_block_inner td-fix-index"><div class="tdb-main-sub-icon-fake"><i class="tdb-sub-menu-icon td-icon-down tdb-main-sub-menu-icon"></i></div><ul id="menu-main-2" class="tdb-block-menu tdb-menu tdb-menu-items-visible">{nav}</ul></div></div>
      <div class="td_block_wrap tdb_header_search tdi_21 tdb-header-search-trigger-enabled td-pb-border-top td_block_template_1 tdb-header-align" data-td-block-uid="tdi_21"><div class="tdb-block-inner td-fix-index"><div class="tdb-drop-down-search" aria-labelledby="td-header-search-button"><div class="tdb-drop-down-search-inner"><form method="get" class="tdb-search-form" action="https://harbourledger.ca/"><div class="tdb-search-form-inner"><input class="tdb-head-search-form-input" placeholder="Type to search" type="text" value="" name="s" autocomplete="off" /><button class="wpb_button wpb_btn-inverse btn tdb-head-search-form-btn" title="Search" type="submit" aria-label="Search"><span>Search</span></button></div></form><div class="tdb-aj-search"></div></div></div><a href="#" role="button" aria-label="Search" class="tdb-head-search-btn dropdown-toggle" data-toggle="dropdown"><i class="tdb-search-icon td-icon-search"></i></a></div></div>
   </div></div></div></div>
  </div></div>
 </div>
</div>

<div class="td-main-content-wrap td-main-page-wrap td-container-wrap">
<div class="tdc-content-wrap">
<article id="template-id-2241" class="post-48812 post type-post status-publish format-standard has-post-thumbnail category-local category-news tag-ferry-terminal tag-port-ellery-council tag-quayside-market" itemscope itemtype="https://schema.org/Article">
 <div class="td-post-template-4"><div class="td-container">
  <div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://harbourledger.ca/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="View all posts in News" class="entry-crumb" href="https://harbourledger.ca/category/news/">News</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="View all posts in Local" class="entry-crumb" href="https://harbourledger.ca/category/news/local/">Local</a></span></div></div>
  <div class="td-pb-row">
   <div class="td-pb-span8 td-main-content" role="main">
    <div class="td-ss-main-content">
     <div class="td-post-header">
      <ul class="td-category"><li class="entry-category"><a href="https://harbourledger.ca/category/news/local/">Local</a></li><li class="entry-category"><a href="https://harbourledger.ca/category/news/">News</a></li></ul>
      <header class="td-post-title">
       <h1 class="entry-title">{esc(TITLE)}</h1>
       <p class="td-post-sub-title">Lease to market co-op passes 9-4 despite concerns over revenue projections</p>
       <div class="td-module-meta-info">
        <div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://harbourledger.ca/author/mosei/">Marguerite Osei</a><div class="td-author-line"> - </div> </div>
        <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-03-13T21:40:12-03:00">March 13, 2024</time></span>
        <div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>3</a></div>
        <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-48812">1,284</span></div>
       </div>
      </header>
     </div>
     <div class="td-post-sharing-top"><div id="td_social_sharing_article_top" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u={URL}" title="Facebook"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?text=Port+Ellery+council&amp;url={URL}" title="Twitter"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-mail" href="mailto:?subject=Port Ellery council&amp;body={URL}" title="Email"><div class="td-social-but-icon"><i class="td-icon-mail"></i></div><div class="td-social-but-text">Email</div></a></div></div></div>
     <div class="td-post-featured-image"><figure><a href="https://harbourledger.ca/wp-content/uploads/2024/03/ferry-terminal-quayside.jpg" data-caption="The former ferry terminal on Quayside Road has been vacant since 2017. (Marguerite Osei/The Harbour Ledger)"><img width="696" height="464" class="entry-thumb td-modal-image" src="https://harbourledger.ca/wp-content/uploads/2024/03/ferry-terminal-quayside-696x464.jpg" srcset="https://harbourledger.ca/wp-content/uploads/2024/03/ferry-terminal-quayside-696x464.jpg 696w, https://harbourledger.ca/wp-content/uploads/2024/03/ferry-terminal-quayside-1068x712.jpg 1068w" sizes="(max-width: 696px) 100vw, 696px" alt="Empty ferry terminal building beside the harbour" title="ferry-terminal-quayside"/></a><figcaption class="wp-caption-text">The former ferry terminal on Quayside Road has been vacant since 2017. (Marguerite Osei/The Harbour Ledger)</figcaption></figure></div>
     <div class="td-post-content tagdiv-type">
{body_html}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-48812" class="share-facebook sd-button share-icon" href="{URL}?share=facebook" target="_blank" title="Click to share on Facebook"><span>Share on Facebook</span></a></li><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-48812" class="share-twitter sd-button share-icon" href="{URL}?share=twitter" target="_blank" title="Click to share on X (Opens in new window)"><span>Click to share on X (Opens in new window)</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon" href="mailto:?subject=%5BShared%20Post%5D%20Port%20Ellery&amp;body={URL}" target="_blank" title="Click to email a link to a friend"><span>Email</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="{URL}#print" target="_blank" title="Click to print"><span>Print</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-188812-48812" data-src="https://widgets.wp.com/likes/?ver=13.1#blog_id=188812&amp;post_id=48812" data-name="like-post-frame-188812-48812" data-title="Like or Reblog"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>
<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual"><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://harbourledger.ca/2023/10/15/tent-market-record-crowd/">Saturday tent market draws record crowd despite gale warning</a></h4><p class="jp-relatedposts-post-excerpt">More than 1,500 people braved 80 km/h gusts to shop at the parking-lot market behind the terminal.</p><p class="jp-relatedposts-post-date">October 15, 2023</p><p class="jp-relatedposts-post-context">In "Local"</p></div><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://harbourledger.ca/2024/02/02/boardwalk-extension-lantern-cove/">Boardwalk extension to Lantern Cove gets green light after long delay</a></h4><p class="jp-relatedposts-post-excerpt">The 1.4-kilometre extension was first proposed in 2016.</p><p class="jp-relatedposts-post-date">February 2, 2024</p><p class="jp-relatedposts-post-context">In "Local"</p></div><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://harbourledger.ca/2023/11/22/market-co-op-pitch/">Market co-op pitches council on indoor home for vendors</a></h4><p class="jp-relatedposts-post-excerpt">Members say the group has signed letters of intent from 31 vendors.</p><p class="jp-relatedposts-post-date">November 22, 2023</p><p class="jp-relatedposts-post-context">In "Business"</p></div></div></div>
     </div>
     <footer>
      <div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="https://harbourledger.ca/tag/ferry-terminal/">ferry terminal</a></li><li><a href="https://harbourledger.ca/tag/port-ellery-council/">Port Ellery council</a></li><li><a href="https://harbourledger.ca/tag/quayside-market/">Quayside Market Co-operative</a></li><li><a href="https://harbourledger.ca/tag/waterfront/">waterfront</a></li></ul></div>
      <div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><iframe title="bottomFacebookLike" frameBorder="0" src="https://www.facebook.com/plugins/like.php?href={URL}&amp;layout=button_count&amp;show_faces=false&amp;width=105&amp;action=like&amp;colorscheme=light&amp;height=21" style="border:none; overflow:hidden; width:105px; height:21px; background-color:transparent;"></iframe></div></div>
      <div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span><a href="https://harbourledger.ca/2024/03/13/snow-clearing-budget-overrun/">Snow-clearing budget already $140,000 over for the season</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span><a href="https://harbourledger.ca/2024/03/14/lobster-season-opening-weather/">Weather may push back lobster season opening, fishers say</a></div></div></div>
      <div class="author-box-wrap"><a href="https://harbourledger.ca/author/mosei/" aria-label="author-photo"><img alt="" src="https://harbourledger.ca/wp-content/uploads/2022/01/osei-96x96.jpg" class="avatar avatar-96 photo" height="96" width="96"/></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="https://harbourledger.ca/author/mosei/">Marguerite Osei</a></span></div><div class="td-author-url"><a href="mailto:mosei@harbourledger.ca">mosei@harbourledger.ca</a></div><div class="td-author-description">Marguerite Osei covers Port Ellery council, planning and the waterfront. She joined the Ledger in 2019 after five years at a radio station in the Annapolis Valley. Story tips are always welcome.</div><div class="td-author-social"><span class="td-social-icon-wrap"><a target="_blank" href="https://twitter.com/mosei_news" title="Twitter"><i class="td-icon-font td-icon-twitter"></i></a></span></div><div class="clearfix"></div></div></div>
     </footer>
     <div class="td_block_wrap td_block_related_posts tdi_41 td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_41"><h4 class="td-related-title td-block-title"><a id="tdi_42" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_41" href="#">RELATED ARTICLES</a><a id="tdi_43" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_41" href="#">MORE FROM AUTHOR</a></h4>{teaser_modules(heads[:6], "td-related-row")}<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page" id="prev-page-tdi_41" data-td_block_id="tdi_41"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next-page" id="next-page-tdi_41" data-td_block_id="tdi_41"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div></div>
     <div class="comments" id="comments">
      <div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title"><span>3 COMMENTS</span></h4></div>
      <ol class="comment-list">{com_html}</ol>
      <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="https://harbourledger.ca/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">Please enter your comment!</div></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text" value="" size="30" aria-required='true' /><div class="td-warning-author">Please enter your name here</div></div><div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30"  aria-required='true' /><div class="td-warning-email-error">You have entered an incorrect email address!</div><div class="td-warning-email">Please enter your email address here</div></div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
     </div>
    </div>
   </div>
   <div class="td-pb-span4 td-main-sidebar" role="complementary">
    <div class="td-ss-main-sidebar">
     <div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- Advertisement -</span><div class="td-g-rec td-g-rec-id-sidebar"></div></div>
     <div class="td_block_wrap td_block_social_counter"><h4 class="block-title"><span>Stay Connected</span></h4><div class="td-social-list"><div class="td_social_type td-pb-margin-side td_social_facebook"><div class="td-social-box"><div class="td-sp td_social_icon td-sp-facebook"></div><span class="td_social_info">14,208</span><span class="td_social_info td_social_info_name">Fans</span><span class="td_social_button"><a href="https://www.facebook.com/harbourledger" target="_blank">Like</a></span></div></div><div class="td_social_type td-pb-margin-side td_social_twitter"><div class="td-social-box"><div class="td-sp td_social_icon td-sp-twitter"></div><span class="td_social_info">5,930</span><span class="td_social_info td_social_info_name">Followers</span><span class="td_social_button"><a href="https://twitter.com/harbourledger" target="_blank">Follow</a></span></div></div></div></div>
     <div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>POPULAR THIS WEEK</span></h4>{teaser_modules(heads[6:12], "td-popular")}</div>
     <div class="td_block_wrap td_block_latest"><h4 class="block-title"><span>LATEST NEWS</span></h4>{teaser_modules(heads[12:20], "td-latest")}</div>
     <div class="td_block_wrap td_block_events"><h4 class="block-title"><span>COMMUNITY EVENTS</span></h4><ul class="td-events"><li><strong>Mar 16</strong> &ndash; Pancake breakfast, St. Brendan&#8217;s Hall, 8&ndash;11 a.m.</li><li><strong>Mar 17</strong> &ndash; Fiddle session at The Compass Rose</li><li><strong>Mar 20</strong> &ndash; Seed swap, Port Ellery Library</li><li><strong>Mar 23</strong> &ndash; Youth hockey finals, Inverloch Arena</li></ul><a href="/events/">See all events &raquo;</a></div>
    </div>
   </div>
  </div>
 </div></div>
</article>
<div class="td-more-articles-box"><span class="td-more-articles-box-title">More from Local</span>{teaser_modules(heads[20:26], "td-more-box")}</div>
</div>
</div>

<div class="td-footer-template-wrap" style="position: relative">
 <div class="td-footer-wrap"><div class="td-container"><div class="td-pb-row">{foot}</div>
  <div class="footer-text-wrap"><div class="footer-logo-wrap"><a href="https://harbourledger.ca/"><img class="td-retina-data" src="https://harbourledger.ca/wp-content/uploads/2021/05/ledger-logo-white.png" alt="The Harbour Ledger" width="272"/></a></div><div class="block-title"><span>ABOUT US</span></div>The Harbour Ledger is an independent, locally owned newspaper serving Port Ellery, Grand Mabou, Lantern Cove and the rest of Inverloch County. Contact us: <a href="mailto:newsroom@harbourledger.ca">newsroom@harbourledger.ca</a></div>
 </div></div>
 <div class="td-sub-footer-container"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-menu"><ul class="td-subfooter-menu"><li class="menu-item"><a href="/privacy-policy/">Privacy Policy</a></li><li class="menu-item"><a href="/terms-of-use/">Terms of Use</a></li><li class="menu-item"><a href="/cookie-policy/">Cookie Policy</a></li><li class="menu-item"><a href="/accessibility/">Accessibility</a></li></ul></div><div class="td-pb-span td-sub-footer-copy">&copy; 2024 The Harbour Ledger Publishing Ltd. All rights reserved.</div></div></div></div>
</div>
</div><!--close td-outer-wrap-->

<div id="cookie-law-info-bar" data-nosnippet="true" style="display:block"><span><div class="cli-bar-container cli-style-v2"><div class="cli-bar-message">We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits. By clicking &ldquo;Accept All&rdquo;, you consent to the use of ALL the cookies. However, you may visit &ldquo;Cookie Settings&rdquo; to provide a controlled consent.</div><div class="cli-bar-btn_container"><a role='button' class="medium cli-plugin-button cli-plugin-main-button cli_settings_button">Cookie Settings</a><a id="wt-cli-accept-all-btn" role='button' data-cli_action="accept_all" class="wt-cli-element medium cli-plugin-button wt-cli-accept-all-btn cookie_action_close_header cli_action_button">Accept All</a></div></div></span></div>

<script type="text/javascript" id="jetpack-stats-js-before">
_stq = window._stq || [];
_stq.push([ "view", JSON.parse("{{\\"v\\":\\"ext\\",\\"blog\\":\\"188812\\",\\"post\\":\\"48812\\",\\"tz\\":\\"-3\\",\\"srv\\":\\"harbourledger.ca\\",\\"j\\":\\"1:13.1\\"}}") ]);
_stq.push([ "clickTrackerInit", "188812", "48812" ]);
</script>
<script type="text/javascript" src="https://stats.wp.com/e-202411.js" id="jetpack-stats-js" defer="defer" data-wp-strategy="defer"></script>
<script type="text/javascript" id="td-generated-footer-js">
{js_blob(1014, 90, "tdLocalCache")}
</script>
<script>var tdb_login_sing_in_shortcode="on";</script>
</body>
</html>
'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
