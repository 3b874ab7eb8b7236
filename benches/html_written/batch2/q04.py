# q04: Nigerian news site on WordPress with a Jannah-like theme; ALSO READ paragraphs, long WP comments
import random
from common import *
rnd = random.Random(404)
SITE = "Frontline Nigeria Daily"
HEAD = "Tomato traders in Ilemi count losses as pest outbreak wipes out dry-season crop"

also = lambda t: ('raw', '<p><strong>ALSO READ: <a href="https://frontlineng.example/2024/03/%s/">%s</a></strong></p>' % (slug(t), esc(t)))
body = [
    ('p', "Traders at the Ilemi international vegetable market have said they are facing their worst season in nearly a decade, after an outbreak of the tomato leaf miner destroyed large portions of the dry-season crop in farming communities across the Oke-Agbede valley."),
    ('p', "A basket of tomatoes, which sold for between ₦18,000 and ₦22,000 in January, now goes for as much as ₦85,000 at the market, according to traders who spoke with <em>Frontline Nigeria Daily</em> on Tuesday. Many stalls that usually stock tomatoes from the valley were empty or selling imported paste and peppers instead."),
    ('p', "Alhaja Sherifat Adebanjo, who has sold tomatoes in the market for 27 years, said she had not received a full truckload since the second week of February."),
    ('p', "“Before, by this time, I will have three lorries coming every week. Now I am lucky to get twenty baskets, and half of them are spoiled when they reach here,” she said. “The customers are shouting at us as if we are the ones causing it. We are suffering too.”"),
    also("Food inflation hits 40 per cent as transport costs bite"),
    ('h3', "Farmers plead for support"),
    ('p', "In Ogbere, one of the largest tomato-growing villages in the valley, farmers said the pest, which bores into leaves and fruit, spread faster this year because of unusually high temperatures and a shortage of approved pesticides."),
    ('p', "The chairman of the Oke-Agbede Tomato Growers Association, Mallam Ibrahim Danladi, said at least 1,200 hectares had been affected and that many of his members had borrowed money to plant."),
    ('p', "“Some of our farmers took loans from cooperatives with the hope that they will pay back after harvest. Now there is no harvest. The government must come to our aid, otherwise many people will abandon tomato farming next season,” he said."),
    ('p', "Danladi said the association had written to the state Ministry of Agriculture in February to request pesticides and extension officers, but had not received a response."),
    also("Farmers, herders sign peace deal in Oke-Agbede after months of clashes"),
    ('h3', "Ministry reacts"),
    ('p', "When contacted, the Permanent Secretary in the state Ministry of Agriculture, Dr. Funmilayo Okunade, said the ministry was aware of the outbreak and had begun distributing pheromone traps to farmers in the most affected communities."),
    ('p', "“We have mobilised our extension workers and we are working with the research institute to train farmers on integrated pest management. We are also discussing with the federal ministry for emergency support for affected farmers,” she said."),
    ('p', "She urged farmers to avoid buying unregistered chemicals from open markets, saying some of the products in circulation were fake and could harm consumers."),
    ('h3', "Consumers adjust"),
    ('p', "At the market, shoppers said they had started cutting down on stew or switching to cheaper substitutes. Mrs. Blessing Eze, a caterer, said she now used more tatashe and tinned tomato paste, and had increased the price of a plate of jollof rice at her canteen from ₦1,500 to ₦2,000."),
    ('p', "“If I don’t increase, I will close shop. Everything is costly now — gas, oil, rice. The tomato is just the last straw,” she said."),
    ('p', "Traders said prices were unlikely to fall until the rainy-season crop from the northern part of the country arrives in June."),
]
tpl = {'p': '<p>{}</p>', 'h3': '<h3><strong>{}</strong></h3>'}
body_html, gold = render(body, tpl)

ticker = ["Senate confirms new service chiefs", "NLC gives FG 14-day ultimatum over minimum wage", "Super Eagles coach names 25-man squad for qualifiers",
          "Fuel queues return to Abuja as depots raise prices", "Court adjourns ex-governor’s trial to June", "JAMB releases 2024 UTME results"]
ticker_html = "".join('<li><a href="https://frontlineng.example/2024/03/%s/" class="news-item">%s</a></li>' % (slug(t), esc(t)) for t in ticker)

rel = ["Pepper, onion prices rise ahead of Ramadan", "Drought: Farmers count losses in northern states", "FG launches dry-season farming scheme for 200,000 farmers",
       "Tuta absoluta: Experts warn of fresh outbreak", "Why food prices will remain high – Economists", "Lagos markets: Traders lament low patronage"]
related = "".join(f'''<div class="related-item"><a aria-label="{esc(t)}" href="https://frontlineng.example/2024/02/{slug(t)}/" class="post-thumb"><img width="390" height="220" src="https://frontlineng.example/wp-content/uploads/2024/02/{slug(t)[:20]}-390x220.jpg" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt=""></a><h3 class="post-title"><a href="https://frontlineng.example/2024/02/{slug(t)}/">{esc(t)}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">{rnd.randint(1,28)} February 2024</span></div></div>''' for t in rel)

comments_data = [
    ("Olumide A.", "March 12, 2024 at 4:18 pm", ["This is a very sad situation and the article has captured it well. I visited my uncle’s farm near Ogbere during the Christmas holidays and even then you could see the problem starting. The leaves were turning white and people were spraying anything they could find, some of it not even meant for vegetables. Nobody came to advise them.",
      "Every two or three years it is the same story. We wait until the crop is destroyed, prices go to the roof, then government will set up committee. Why can we not have a proper early warning system? The research institutes are there, the extension workers are there on paper, but the farmers never see them. Until agriculture is treated seriously, we will keep reading this kind of story.",
      "Also we need processing plants. In the season when tomato is plenty, half of it rots on the road. If there were factories to turn it into paste we would not be importing paste from abroad while our farmers suffer."]),
    ("Chinedu", "March 12, 2024 at 5:02 pm", ["My wife came back from market yesterday and said she will not buy tomato again till June. We are using tin tomato now. God help this country."]),
    ("Hauwa Musa", "March 12, 2024 at 6:45 pm", ["I am a farmer in the valley and I want to correct one thing. It is not only the pest. The cost of fertiliser has tripled and many of us could not even buy enough for the dry season. So the plants were already weak before the pest came. Then diesel for the water pump is now more than ₦1,200 per litre, so we irrigate less. All these things together is what is killing us.",
      "The pheromone traps the ministry is talking about, I have not seen one in my area. Maybe they gave it to people who are close to them. We are tired of promises.",
      "Please Frontline, go back to the farms and talk to more of us, not only the association leaders. The small farmers with one or two hectares are the ones who are really finished."]),
    ("Tunde_Lagos", "March 13, 2024 at 8:11 am", ["Good reporting. But the caterer increasing jollof by ₦500 because of tomato is too much o 😂"]),
]
def comm(i, a, d, ps):
    body = "".join("<p>%s</p>" % esc(p) for p in ps)
    return f'''<li class="comment even thread-{'even' if i % 2 else 'odd'} depth-1" id="li-comment-{5500+i}"><article id="comment-{5500+i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/{i}?s=65&amp;d=mm" class="avatar avatar-65 photo" height="65" width="65"><b class="fn">{esc(a)}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-{5500+i}"><time datetime="2024-03-12">{d}</time></a></div></footer><div class="comment-content">{body}</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div></article></li>'''
comments = "".join(comm(i, *c) for i, c in enumerate(comments_data))

side_recent = make_headlines(rnd, ["Gov", "Police", "INEC", "NAFDAC", "ASUU", "Reps", "Customs", "FRSC", "CBN", "NDLEA"],
                             ["warns against", "arrests suspects over", "reacts to", "shuts down", "okays", "probes", "bans"],
                             ["illegal refinery", "fake drugs", "naira scarcity", "cult clash", "strike action", "bandit attack", "school fees hike", "bad roads", "power outage"], 24)
side_html = "".join(f'''<li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-thumbnail"><a aria-label="{esc(t)}" href="https://frontlineng.example/2024/03/{slug(t)}/" class="post-thumb"><img width="220" height="150" src="https://frontlineng.example/wp-content/uploads/2024/03/t{i}-220x150.jpg" class="attachment-jannah-image-small" alt=""></a></div><div class="post-widget-body"><a class="post-title the-subtitle" href="https://frontlineng.example/2024/03/{slug(t)}/">{esc(t)}</a><div class="post-meta"><span class="date meta-item tie-icon">{rnd.randint(1,11)} hours ago</span></div></div></li>''' for i, t in enumerate(side_recent))

menu = ["Home", "News", "Politics", "Metro", "Business", "Agriculture", "Sports", "Entertainment", "Opinion", "Health", "Education", "Tech", "Videos"]
menu_html = "".join(f'<li id="menu-item-{100+i}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{100+i}"><a href="https://frontlineng.example/category/{slug(m)}/">{esc(m)}</a></li>' for i, m in enumerate(menu))

css = css_blob(["tie", "post", "entry", "widget", "main-menu", "mag-box", "theme-header", "comment", "wp-block"], 600, 44)
js = js_blob(4404, 160, "tie")

doc = f'''<!DOCTYPE html>
<html lang="en-US" class="" data-skin="light" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<title>{esc(HEAD)} - {SITE}</title>
<meta name="description" content="Traders at the Ilemi international vegetable market have said they are facing their worst season in nearly a decade."/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="https://frontlineng.example/2024/03/tomato-traders-ilemi-count-losses-pest-outbreak/" />
<meta property="og:locale" content="en_US" /><meta property="og:type" content="article" /><meta property="og:title" content="{esc(HEAD)}" /><meta property="og:url" content="https://frontlineng.example/2024/03/tomato-traders-ilemi-count-losses-pest-outbreak/" /><meta property="og:site_name" content="{SITE}" />
<meta property="article:section" content="Agriculture" /><meta property="article:published_time" content="2024-03-12T13:05:22+01:00" /><meta property="article:modified_time" content="2024-03-12T13:40:09+01:00" />
<script type="application/ld+json" class="rank-math-schema">{json_state({"@context": "https://schema.org", "@graph": [{"@type": "Organization", "@id": "https://frontlineng.example/#organization", "name": SITE}, {"@type": "WebSite", "@id": "https://frontlineng.example/#website", "url": "https://frontlineng.example"}, {"@type": "BlogPosting", "headline": HEAD, "datePublished": "2024-03-12T13:05:22+01:00", "author": {"@type": "Person", "name": "Adaeze Nwosu"}, "articleSection": "Agriculture, News"}]})}</script>
<link rel='stylesheet' id='tie-css-base-css' href='https://frontlineng.example/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.0' type='text/css' media='all' />
<style id='tie-css-styles-inline-css' type='text/css'>{css}</style>
<script type="text/javascript" src="https://frontlineng.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type='text/javascript'>/* <![CDATA[ */ var tie = {{"is_rtl":"","ajaxurl":"https:\\/\\/frontlineng.example\\/wp-admin\\/admin-ajax.php","is_taqyeem_active":"","is_sticky_video":"1","mobile_menu_top":"","mobile_menu_active":"area_1","lazyload":"true","type_to_search":"","lang_no_results":"Nothing Found","ticker_speed":"4"}}; /* ]]> */</script>
</head>
<body id="tie-body" class="post-template-default single single-post postid-88214 single-format-standard wrapper-has-shadow block-head-4 magazine2 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share">
<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">
<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="Secondary Navigation"><div class="container"><div class="topbar-wrapper">
<div class="topbar-today-date tie-icon">Tuesday, March 12, 2024</div>
<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">Breaking News</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal" data-arrows="true">{ticker_html}</ul></div></div>
<div class="tie-alignright"><ul class="components"><li class="social-icons-item"><a class="social-link facebook-social-icon" rel="external noopener nofollow" target="_blank" href="#"><span class="tie-social-icon tie-icon-facebook"></span><span class="screen-reader-text">Facebook</span></a></li><li class="social-icons-item"><a class="social-link twitter-social-icon" href="#"><span class="screen-reader-text">X</span></a></li><li class="social-icons-item"><a class="social-link youtube-social-icon" href="#"><span class="screen-reader-text">YouTube</span></a></li></ul></div>
</div></div></nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="{SITE}" href="https://frontlineng.example/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="https://frontlineng.example/wp-content/uploads/2023/logo.png" alt="{SITE}" width="300" height="70" /></picture></a></div></div></div>
<div class="container stream-item stream-item-top-wrapper"><div class="stream-item-top"><a href="#" title="Advertise with us"><img src="https://frontlineng.example/wp-content/uploads/2024/01/banner-728x90.gif" alt="" width="728" height="91" /></a></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" data-skin="search-in-main-nav" class="main-nav header-nav live-search-parent" aria-label="Primary Navigation"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu">{menu_html}</ul></div></div>
<ul class="components"><li class="search-compact-icon menu-item custom-menu-link"><a href="#" class="tie-search-trigger"><span class="tie-icon-search tie-search-icon" aria-hidden="true"></span><span class="screen-reader-text">Search for</span></a></li></ul></div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="https://frontlineng.example/"><span class="tie-icon-home" aria-hidden="true"></span> Home</a><em class="delimiter">/</em><a href="https://frontlineng.example/category/agriculture/">Agriculture</a><em class="delimiter">/</em><span class="current">{esc(HEAD)}</span></nav>
<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-12" href="https://frontlineng.example/category/agriculture/">Agriculture</a><a class="post-cat tie-cat-3" href="https://frontlineng.example/category/news/">News</a></span>
<h1 class="post-title entry-title">{esc(HEAD)}</h1>
<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-14"><span class="meta-author-avatar"><a href="https://frontlineng.example/author/adaeze/"><img alt="Photo of Adaeze Nwosu" src="https://secure.gravatar.example/avatar/a?s=140" class="avatar avatar-140 photo" height="140" width="140"></a></span><span class="meta-author"><a href="https://frontlineng.example/author/adaeze/" class="author-name tie-icon" title="Adaeze Nwosu">Adaeze Nwosu</a></span></span></span><span class="date meta-item tie-icon">March 12, 2024</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">4</span><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 2,318 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 3 minutes read</span></div></div>
</div></header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="https://frontlineng.example/wp-content/uploads/2024/03/tomato-market-780x470.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" decoding="async" fetchpriority="high" /><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> Empty tomato baskets at Ilemi market. Photo: Frontline Nigeria Daily</figcaption></figure></div></div>
<div id="share-buttons-top" class="share-buttons share-buttons-top"><div class="share-links icons-text"><a href="#" rel="external noopener nofollow" title="Facebook" target="_blank" class="facebook-share-btn large-share-button" data-raw="https://www.facebook.com/sharer.php?u={{post_link}}"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a><a href="#" class="twitter-share-btn large-share-button"><span class="social-text">X</span></a><a href="#" class="whatsapp-share-btn"><span class="screen-reader-text">WhatsApp</span></a><a href="#" class="telegram-share-btn"><span class="screen-reader-text">Telegram</span></a><a href="#" class="email-share-btn"><span class="screen-reader-text">Share via Email</span></a><a href="#" class="print-share-btn"><span class="screen-reader-text">Print</span></a></div></div>
<div class="entry-content entry clearfix">
<div class="stream-item stream-item-above-post-content"><div class="stream-item-size"><span class="stream-title">Advertisement</span><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-000000" data-ad-slot="1111" data-ad-format="auto"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div></div>
{body_html}
<div class="stream-item stream-item-below-post-content"><span class="stream-title">Advertisement</span><ins class="adsbygoogle" data-ad-slot="2222"></ins></div>
<p><a href="https://news.google.example/publications/frontlineng"><strong>Follow Frontline Nigeria Daily on Google News</strong></a></p>
</div>
<div id="post-extra-info"><div class="theiaStickySidebar"><div class="single-post-meta post-meta clearfix"><span class="date meta-item tie-icon">March 12, 2024</span></div></div></div>
<div class="clearfix"></div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Tags</div><span class="tagcloud"><a href="https://frontlineng.example/tag/food-prices/" rel="tag">food prices</a> <a href="https://frontlineng.example/tag/ilemi-market/" rel="tag">Ilemi market</a> <a href="https://frontlineng.example/tag/tomato/" rel="tag">tomato</a> <a href="https://frontlineng.example/tag/tuta-absoluta/" rel="tag">Tuta absoluta</a></span></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links icons-text"><a href="#" class="facebook-share-btn"><span class="social-text">Facebook</span></a><a href="#" class="twitter-share-btn"><span class="social-text">X</span></a><a href="#" class="linkedin-share-btn"><span class="social-text">LinkedIn</span></a><a href="#" class="whatsapp-share-btn"><span class="social-text">WhatsApp</span></a></div></div>
</article>
<div class="post-components">
<div class="about-author container-wrapper about-author-14"><div class="author-avatar"><a href="https://frontlineng.example/author/adaeze/"><img alt="Photo of Adaeze Nwosu" src="https://secure.gravatar.example/avatar/a?s=180" class="avatar avatar-180 photo" height="180" width="180"></a></div><div class="author-info"><h3 class="author-name"><a href="https://frontlineng.example/author/adaeze/">Adaeze Nwosu</a></h3><div class="author-bio">Adaeze Nwosu reports on agriculture, food security and rural livelihoods. She previously worked as a correspondent in Jos and Makurdi.</div><ul class="social-icons"><li class="social-icons-item"><a href="#" class="social-link twitter-social-icon"><span class="screen-reader-text">X</span></a></li></ul></div></div>
<div class="prev-next-post-nav container-wrapper media-overlay"><div class="tie-col-xs-6 prev-post"><a href="https://frontlineng.example/2024/03/pepper-prices/" class="post-thumb"><div class="post-thumb-overlay-wrap"></div></a><a href="https://frontlineng.example/2024/03/pepper-prices/" rel="prev"><h3 class="post-title">Pepper, onion prices rise ahead of Ramadan</h3></a></div><div class="tie-col-xs-6 next-post"><a href="https://frontlineng.example/2024/03/cbn-forex/" rel="next"><h3 class="post-title">CBN releases new guidelines on forex for importers</h3></a></div></div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Related Articles</h3></div><div class="related-posts-list">{related}</div></div>
<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="https://frontlineng.example/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div>
<div id="comments-box" class="container-wrapper"><div class="block-head"><h3 id="comments-title" class="the-global-title has-block-head-4">4 Comments</h3></div><ol class="comment-list">{comments}</ol></div></div>
</div></div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Primary Sidebar"><div class="theiaStickySidebar">
<div id="stream-item-widget-2" class="container-wrapper widget stream-item-widget"><div class="stream-item-widget-content"><span class="stream-title">Advertisement</span><a href="#"><img width="300" height="250" src="https://frontlineng.example/wp-content/uploads/ad-300x250.jpg" alt=""></a></div></div>
<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Recent News</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper">{side_html}</ul></div></div></div>
<div id="social-statistics-2" class="container-wrapper widget social-statistics-widget"><div class="widget-title the-global-title"><div class="the-subtitle">Follow Us</div></div><ul class="solid-social-icons"><li class="social-icons-item"><a href="#"><span class="followers"><span class="followers-num">184K</span><span class="followers-name">Followers</span></span></a></li><li class="social-icons-item"><a href="#"><span class="followers"><span class="followers-num">92K</span><span class="followers-name">Subscribers</span></span></a></li></ul></div>
</div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="footer-widgets-container"><div class="container"><div class="footer-widget-area"><div class="container-wrapper widget widget_text"><div class="widget-title the-global-title"><div class="the-subtitle">About Us</div></div><div class="textwidget"><p>{SITE} is an independent online newspaper committed to accurate, fair and fearless reporting of Nigeria and Africa.</p></div></div></div></div></div>
<div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">&copy; Copyright 2024, All Rights Reserved &nbsp;|&nbsp; {SITE}</div><div class="footer-menu"><ul id="menu-footer" class="menu"><li><a href="#">About</a></li><li><a href="#">Advertise</a></li><li><a href="#">Privacy Policy</a></li><li><a href="#">Contact Us</a></li></ul></div></div></div></div></div></footer>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">Back to top button</span></a>
</div></div></div>
<script type='text/javascript'>{js}</script>
</body>
</html>
'''
save("q04", doc, gold)
