"""q10 - English (US), regional daily's topic landing page on Drupal 10
(Olivero-derived theme; node--view-mode-full for the pinned story, a Views
page of node--view-mode-teaser rows, field--name-body wrappers, pager).

Length: the one article is about 250 words; the page is mostly a list of 30
teasers (headline, date, one- or two-sentence summary each), about three
times the article's length.
Furniture: utility bar, main menu, breadcrumb, topic title "Ice Storm 2025"
with a topic description, the pinned latest-update article at the top
(headline, byline, "Updated" time, body, "Full coverage below" line), then
"All coverage" with 30 teasers in views-rows (each with a field--name-body
summary, as Drupal renders trimmed teasers), pager ("Load more" / page
links), "Resources" block with phone numbers, newsletter block, footer.
Gold choices: only the pinned article's body is gold (its headline,
byline and the topic description are not); the 30 teaser summaries, though
they sit in the same kind of body field and read like prose, are not.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(1010)

HEADLINE = "Latest: 3,800 still without power as crews reach Orrin Valley"
AUTHOR = "Brenna Saltonstall"

TEXT = """
Utility crews reached the last large pocket of outages in the Orrin Valley on Sunday morning, six days after the ice storm brought down lines across Halvorsen County, and about 3,800 homes and businesses remained without power as of 10 a.m.

Northline Electric Cooperative said most of those customers should have service back by Tuesday night. Spokesperson Arturo Delacroix said the remaining repairs were slow because many of them involve single homes at the end of long rural lines, where a crew may spend half a day restoring power to three or four customers.

"We are down to the hardest jobs," Delacroix said. "Every pole we replace now serves fewer people than the ones we replaced on Monday, but those people have waited the longest."

The county's two warming centers, at the Stillwater Township hall and the Halvorsen County fairgrounds, will stay open at least through Tuesday. The fairgrounds site had 61 overnight guests on Saturday, down from a peak of 240.

County officials also extended the debris pickup program. Residents can leave storm-damaged branches at the curb until March 31; the brush should be cut into lengths of no more than 6 feet and kept away from mailboxes and hydrants.

Sheriff Corinne Waltke repeated a warning against running generators in garages or basements after two people were treated for carbon monoxide exposure in Pell Junction on Friday.

"If you have to use one, keep it outside and at least 20 feet from any window or door," Waltke said.
"""

TEASERS = [
    ("Mar 22", "Orrin Valley farms count losses as maple taps freeze", "Sugarmakers say the storm cracked lines in hundreds of trees just as the season began."),
    ("Mar 22", "Pell Junction school district adds two days to the calendar", "The board chose to extend the year into June rather than shorten spring break."),
    ("Mar 21", "Photos: A week of ice in Halvorsen County", "Our photographers followed crews, volunteers and families through the storm and its aftermath."),
    ("Mar 21", "How to file an insurance claim for storm damage", "Adjusters recommend photographing damage before cleaning up and keeping every receipt."),
    ("Mar 21", "Warming center volunteers say donations are still needed", "Organizers asked for blankets, phone chargers and shelf-stable food, not clothing."),
    ("Mar 20", "Northline crews from three states join restoration effort", "More than 140 line workers arrived from neighboring cooperatives on Wednesday."),
    ("Mar 20", "County opens debris drop-off site at old gravel pit", "The site on Quarry Lane accepts branches and limbs, but not lumber or trash."),
    ("Mar 20", "Opinion: The storm showed what our rural grid cannot handle", "A retired lineman argues for burying lines on the county's worst stretches."),
    ("Mar 19", "Two treated for carbon monoxide exposure in Pell Junction", "Fire officials said a generator had been running in an attached garage."),
    ("Mar 19", "Stillwater Township hall becomes a shelter, kitchen and charging station", "Neighbors cooked 300 meals a day on the hall's gas range."),
    ("Mar 19", "Grocery stores throw out thousands of dollars in spoiled food", "Smaller stores without backup generators were hit hardest."),
    ("Mar 18", "Halvorsen County declares local emergency", "The declaration allows the county to seek state reimbursement for storm costs."),
    ("Mar 18", "Why ice is worse for power lines than snow", "Half an inch of ice can add hundreds of pounds to a single span of wire."),
    ("Mar 18", "Nursing home residents moved as backup power fails", "Twenty-two residents of Birchmont Manor were taken to a sister facility."),
    ("Mar 17", "Highway 40 reopens after crews clear fallen trees", "The state road between Pell Junction and Orrin was closed for nearly two days."),
    ("Mar 17", "Power outage map: Check your area", "Our map updates every 30 minutes with figures from Northline Electric."),
    ("Mar 17", "Churches and libraries offer heat and Wi-Fi", "A list of places open to the public during the day, with hours."),
    ("Mar 16", "Ice storm leaves 41,000 without power across the county", "It was the largest outage in Northline Electric's history."),
    ("Mar 16", "Residents describe a night of falling branches", "'It sounded like gunshots every few minutes,' one Orrin homeowner said."),
    ("Mar 16", "School closed Monday in all three county districts", "Officials cited downed lines and blocked roads on bus routes."),
    ("Mar 15", "Freezing rain warning issued for Halvorsen County", "Forecasters expect up to three-quarters of an inch of ice overnight."),
    ("Mar 15", "How to prepare for a multi-day power outage", "Fill prescriptions, charge devices and know where your nearest warming center is."),
    ("Mar 15", "Hardware stores sell out of generators ahead of storm", "Some shoppers drove two hours to find one in stock."),
    ("Mar 14", "Northline Electric stages crews ahead of ice storm", "The cooperative moved trucks and crews to three depots across the county."),
    ("Mar 14", "What the forecast means for your commute", "Road crews plan to pretreat highways but warn side roads will be slick."),
    ("Mar 14", "County emergency manager: Make a plan now", "Director Silas Fenner urged residents to check on elderly neighbors."),
    ("Mar 13", "Ice, not snow, is the threat this week, forecasters say", "A warm layer aloft will turn precipitation to freezing rain."),
    ("Mar 13", "Farmers move livestock ahead of expected storm", "Dairy operations are lining up backup power for milking equipment."),
    ("Mar 13", "Where to report downed lines and outages", "Call Northline's outage line and stay at least 35 feet away from any fallen wire."),
    ("Mar 12", "Winter isn't done with us: Ice storm possible by Friday", "Forecast models agree on a wintry mix for the end of the week."),
]
assert len(TEASERS) == 30

spec = body_from(TEXT)
body_html, gold = render(spec, {"p": "<p>{}</p>"})

rows = []
for i, (d, t, s) in enumerate(TEASERS):
    nid = 88120 - i * 7
    href = "/news/ice-storm-2025/%s" % slug(t)
    rows.append(
        '<div class="views-row"><article data-history-node-id="%d" role="article" about="%s" class="node node--type-article node--promoted node--view-mode-teaser">'
        '<div class="node__teaser-image field field--name-field-image field--type-image field--label-hidden field__item"><a href="%s"><img loading="lazy" src="/sites/default/files/styles/teaser_320/public/2025-03/storm-%d.jpg" width="320" height="180" alt=""></a></div>'
        '<div class="node__teaser-content"><h2 class="node__title"><a href="%s" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">%s</span></a></h2>'
        '<div class="node__meta"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2025-03-%sT12:00:00-05:00">%s, 2025</time></span></div>'
        '<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>%s</p></div></div></div>'
        '</article></div>' % (nid, href, href, nid, href, esc(t), d.split()[1].zfill(2), d, esc(s)))
rows_html = "\n".join(rows)

css = css_blob(["node", "views-row", "field", "region", "block", "site-header", "primary-nav", "pager", "site-footer"], 300, 10101)
page = """<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Ice Storm 2025 | Halvorsen County Herald</title>
<link rel="canonical" href="https://www.halvorsenherald.com/topics/ice-storm-2025">
<style>{css}</style>
</head>
<body class="path-taxonomy page-taxonomy-term-412 page-vocabulary-topics">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner">
<div class="site-branding"><a href="/" rel="home" class="site-branding__name">Halvorsen County Herald</a></div>
<div class="region region--secondary-menu"><ul class="menu"><li><a href="/user/login">Log in</a></li><li><a href="/subscribe">Subscribe</a></li><li><a href="/e-edition">E-Edition</a></li></ul></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu primary-nav__menu">{menu}</ul></nav>
</div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/topics">Topics</a></li><li>Ice Storm 2025</li></ol></nav></div>
<div class="region region--content-above"><div class="block block-core block-page-title-block"><h1 class="title page-title">Ice Storm 2025</h1></div>
<div class="views-element-container"><div class="taxonomy-term vocabulary-topics"><div class="clearfix text-formatted field field--name-description field--type-text-long field--label-hidden field__item"><p>Complete coverage of the March ice storm that left more than 41,000 Halvorsen County homes and businesses without power, and of the recovery.</p></div></div></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-pinned-latest" class="block block-views block-views-blocktopic-pinned-block-1">
<article data-history-node-id="88153" role="article" about="/news/ice-storm-2025/latest-3800-still-without-power" class="node node--type-article node--sticky node--view-mode-full">
<header class="node__header"><span class="node__label">Latest update</span><h2 class="node__title"><a href="/news/ice-storm-2025/latest-3800-still-without-power" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{h}</span></a></h2>
<div class="node__meta"><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>By <a href="/staff/brenna-saltonstall">{au}</a></span></span> <span class="field field--name-changed">Updated <time datetime="2025-03-22T10:45:00-05:00">March 22, 2025, 10:45 a.m.</time></span></div></header>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
<div class="field field--name-field-note"><p><em>Full coverage of the storm and recovery is below. This update will be revised through the day.</em></p></div>
</div></article></div>
<div class="views-element-container block block-views block-views-blocktopic-stories-page-1" id="block-topic-stories"><h2 class="block__title">All coverage</h2>
<div class="view view-topic-stories view-id-topic_stories view-display-id-page_1 js-view-dom-id-5f0e1c7a8b"><div class="view-content">
{rows}
</div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pager__items js-pager__items"><li class="pager__item is-active"><a href="?page=0" aria-current="page">1</a></li><li class="pager__item"><a href="?page=1">2</a></li><li class="pager__item"><a href="?page=2">3</a></li><li class="pager__item pager__item--next"><a href="?page=1" rel="next">Next &rsaquo;</a></li></ul></nav>
</div></div>
</div>
<div class="region region--sidebar"><div class="block block-block-content" id="block-stormresources"><h2 class="block__title">Storm resources</h2><div class="field field--name-body"><ul><li>Northline Electric outage line: 1-800-555-0142</li><li>County emergency management: 555-0190</li><li>Warming centers: Stillwater Township hall; Halvorsen County fairgrounds, Building B</li><li>Non-emergency sheriff's line: 555-0111</li></ul></div></div>
<div class="block" id="block-newsletter"><h2 class="block__title">Storm alerts by email</h2><p>Get updates on outages, closings and warming centers as we publish them.</p><form class="simplenews-subscriber-form"><input type="email" placeholder="Email"><input type="submit" value="Subscribe"></form></div></div>
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner"><div class="region region--footer-top"><ul class="menu">{foot}</ul></div><div class="region region--footer-bottom"><p>&copy; 2025 Halvorsen County Herald, Pell Junction. All rights reserved.</p></div></div></footer>
</div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script>{js}</script>
</body></html>""".format(
    css=css, h=esc(HEADLINE), au=esc(AUTHOR), body=body_html, rows=rows_html,
    menu=link_items(["News", "Sports", "Business", "Opinion", "Obituaries", "Weather", "Community"],
                    item='<li class="primary-nav__menu-item"><a href="{href}" class="primary-nav__menu-link">{text}</a></li>', prefix="/"),
    foot=link_items(["About", "Contact", "Advertise", "Privacy policy", "Terms of service"], prefix="/"),
    settings=json_state({"path": {"baseUrl": "/", "currentPath": "taxonomy/term/412", "currentLanguage": "en"},
                         "views": {"ajax_path": "/views/ajax", "ajaxViews": {"views_dom_id:5f0e1c7a8b": {"view_name": "topic_stories", "view_display_id": "page_1"}}}}),
    js=js_blob(10102, 70, ns="Drupal"))

save("q10", page, gold)
