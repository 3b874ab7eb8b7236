"""q02 - English (US). Regional public-affairs news site on Drupal 10 (Olivero-derived theme, Paragraphs module).

Length: about 720 words, 19 paragraphs and two subheads.

Furniture: Drupal region markup (region-header, region-primary-menu,
block-system-breadcrumb, region-content, region-sidebar), breadcrumb, headline,
summary (field--name-field-summary), byline and date fields, lead image with
caption and credit; INSIDE the body field: a "Related:" teaser paragraph
(paragraph--type--related-content, two linked headlines) after paragraph 3, a
newsletter sign-up paragraph (paragraph--type--newsletter-signup, webform with
e-mail input and fine print) after paragraph 8, and a second "Related:" box
after paragraph 13; after the body: topics, share links, "More from Transit"
view, footer with a funding statement.

Failure kind: truncation - the story continues for five or more paragraphs
after each interruption (6, 6 and 6 gold lines follow the three boxes).

Gold choices: the summary under the headline is a standfirst and is NOT body;
the two subheads are body; the closing italic "This story was produced in
partnership with ..." credit line is NOT body (closing boilerplate).
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(602)

TITLE = "Corran Valley transit board approves first fare increase in 11 years, with discounts for low-income riders"
SUMMARY = "Base fares on buses and the Lakeshore streetcar will rise 50 cents in July. A new reduced fare program is meant to soften the blow."

PART1 = """
The Corran Valley Regional Transit Authority board voted 7-2 on Thursday night to raise its base fare from $1.75 to $2.25, the first increase since 2014, after a three-hour meeting in which more than 60 riders signed up to speak.

The new fare takes effect July 1 on all 38 bus routes and the Lakeshore streetcar. Monthly passes will rise from $60 to $75, and the day pass from $4 to $5. Paratransit trips, which federal rules tie to the fixed-route fare, will go from $3.50 to $4.50.

Agency staff said the increase will bring in about $6.4 million a year, closing roughly half of a budget gap that opened when federal pandemic relief money ran out last fall.
"""

PART2 = """
At the same meeting, the board approved a reduced fare program that will let riders who qualify for state food or medical assistance pay half price. Agency officials estimate that about 22,000 regular riders could be eligible, though they expect only a fraction to sign up in the first year.

"We heard very clearly that a flat increase would land hardest on the people who have the fewest options," said board chair Imelda Sarrat. "This is not a perfect answer, but I did not want to vote for a fare increase without something in the same motion for the riders who are stretched thinnest."

The two board members who voted no, Desmond Furlow and Abigail Tran-Kessler, both represent districts on the city's east side, where bus ridership has recovered fastest since 2020.

Furlow said the agency should have looked harder at cutting administrative costs before asking riders to pay more. "We added 41 positions at headquarters in four years," he said. "Not one of them drives a bus."

## Riders push back

Many of the speakers at Thursday's meeting said they depend on the bus to get to work and could not absorb the higher cost. Several were health care workers who ride the Route 14 crosstown line to Saint Bartholomew Hospital.
"""

PART3 = """
Nadia Okonkwo-Bell, a certified nursing assistant who rides two buses each way from the Millrace neighborhood, said the increase would add about $180 a year to her commute if she kept buying single fares.

"I know the monthly pass is supposed to be cheaper, but I cannot always put down $75 at once," she said. "That is the part people on the board do not always see. It is not only how much, it is when you have to pay it."

Agency staff said they would look at letting riders earn a monthly pass by paying fares one at a time, a system known as fare capping, once the agency finishes moving to its new contactless payment system next year.

Chief financial officer Ronald Baptiste told the board that fare capping would cost the agency an estimated $1.1 million a year in lost revenue, but that staff would bring a proposal back in the spring.

Other speakers asked the board to delay the vote until after a planned ridership survey. Wendell Imes, who leads the rider advocacy group Corran Valley Transit Riders Union, said the agency had not done enough to tell riders about the proposal before the meeting.

"Most of the people who will pay this did not know there was a vote tonight," Imes said. "There was one notice on the website and a few posters at the downtown transfer center. That is not outreach."
"""

PART4 = """
## What comes next

The reduced fare program will open for applications in May. Riders will be able to apply online, at the downtown customer service center on Grant Street, or at any of the county's 11 social services offices, which will verify eligibility.

The agency also plans to lower the age for free youth rides from 12 to 18 starting in September, a change that had already been budgeted before the fare debate and that board members said they hoped would encourage more teenagers to ride.

Sarrat said the board would revisit the fare structure in two years, when the agency expects to know whether a proposed regional sales tax measure will reach the ballot.

"If voters decide they want to invest in transit, the first thing I want to do with that money is look at these fares again," she said. "Nobody up here enjoyed tonight."

The board's next regular meeting is scheduled for March 13.
"""

rel1 = ["Lakeshore streetcar extension stalls as bids come in $40 million over budget",
        "Why Corran Valley buses are still running late three years after the route redesign"]
rel2 = ["Transit agency to test contactless fare readers on three routes",
        "Riders union calls for audit of headquarters spending"]


def related_box(items, n):
    lis = "".join('<li class="related-content__item"><a href="/news/transit/%s" hreflang="en">%s</a></li>' % (slug(t), esc(t)) for t in items)
    return ('<div class="paragraph paragraph--type--related-content paragraph--view-mode--default" data-paragraph-id="%d">'
            '<div class="related-content"><h3 class="related-content__label">Related:</h3><ul class="related-content__list">%s</ul></div></div>'
            % (9100 + n, lis))


NEWSLETTER = """<div class="paragraph paragraph--type--newsletter-signup paragraph--view-mode--default" data-paragraph-id="9104">
<div class="newsletter-signup"><h3 class="newsletter-signup__title">Get Valley Briefing in your inbox</h3>
<p class="newsletter-signup__text">The day's essential public-affairs news from across the Corran Valley, every weekday morning. Free.</p>
<form class="webform-submission-form webform-submission-newsletter-form" action="/news/transit/corran-valley-fare-increase-approved" method="post" id="webform-submission-newsletter-paragraph-9104-add-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-email form-type-email form-item-email"><label for="edit-email" class="visually-hidden js-form-required form-required">Email address</label>
<input data-drupal-selector="edit-email" type="email" id="edit-email" name="email" value="" size="60" maxlength="254" placeholder="Your email address" class="form-email required" required="required"></div>
<div class="form-actions webform-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" id="edit-actions-submit" name="op" value="Sign up"></div>
<p class="newsletter-signup__fine-print">By signing up you agree to our privacy policy. You can unsubscribe at any time.</p>
<input autocomplete="off" type="hidden" name="form_build_id" value="form-Yq2bL9kP0vXh3wR8uN1mT6sD4aF7cE5gJ0iO"><input type="hidden" name="form_id" value="webform_submission_newsletter_paragraph_9104_add_form"></form></div></div>"""


def para_text(text):
    spec = body_from(text)
    out = []
    for k, v in spec:
        if k == "p":
            out.append(("rawgold", ('<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item"><p>%s</p></div></div>' % v, [v])))
        else:
            out.append(("rawgold", ('<div class="paragraph paragraph--type--subhead"><h2 class="subhead">%s</h2></div>' % v, [v])))
    return out


spec = (para_text(PART1) + [("raw", related_box(rel1, 1))] + para_text(PART2) + [("raw", NEWSLETTER)]
        + para_text(PART3) + [("raw", related_box(rel2, 2))] + para_text(PART4)
        + [("raw", '<div class="paragraph paragraph--type--text"><div class="field field--name-field-text"><p><em>This story was produced in partnership with the Corran Valley Civic Reporting Project, a nonprofit newsroom supported by local foundations.</em></p></div></div>')])
body_html, gold = render(spec, {})

more = ["Bus drivers' union reaches tentative deal after months of talks",
        "County weighs sales tax vote to fund transit, road repairs",
        "New bike lanes on Grant Street draw praise and parking complaints",
        "Streetcar service to pause for two weekends in March for track work"]
more_html = teaser_items(rnd, more, '<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><a href="{href}"><img src="{img}" alt="" loading="lazy"></a><h3 class="node__title"><a href="{href}" rel="bookmark"><span>{text}</span></a></h3></article></div>', "/news/transit/")

menu = ["News", "Politics", "Transit", "Housing", "Environment", "Education", "Arts", "Podcasts", "Events", "About", "Donate"]

page = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://valleycivic.org/news/transit/corran-valley-fare-increase-approved">
<title>%(title_e)s | Valley Civic</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_k3Jx0aPq9.css?delta=0&amp;language=en&amp;theme=valleycivic&amp;include=eJxd">
<style>%(css)s</style>
%(ld)s
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/22817","currentPathIsAdmin":false,"currentLanguage":"en"},"ajaxPageState":{"theme":"valleycivic"},"user":{"uid":0}}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-valleycivic-site-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/valleycivic/logo.svg" alt="Home"></a><div class="site-name"><a href="/" rel="home">Valley Civic</a></div></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-valleycivic-main-menu-menu" id="block-valleycivic-main-menu">
<h2 class="visually-hidden" id="block-valleycivic-main-menu-menu">Main navigation</h2><ul class="menu">%(menu)s</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-valleycivic-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/transit">Transit</a></li></ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-valleycivic-content" class="block block-system block-system-main-block">
<article data-history-node-id="22817" class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%(title_e)s</span></h1>
<div class="field field--name-field-summary field--type-string-long field--label-hidden field__item">%(summary)s</div>
<div class="node__meta"><div class="field field--name-field-authors field--type-entity-reference field--label-hidden field__items"><div class="field__item"><a href="/people/gideon-marsh" hreflang="en">Gideon Marsh</a></div></div>
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2025-01-24T06:00:00-06:00" title="Friday, January 24, 2025 - 06:00" class="datetime">January 24, 2025</time></span></div>
<div class="field field--name-field-lead-media field--type-entity-reference field--label-hidden field__item"><div class="media media--type-image media--view-mode-lead">
<img loading="eager" src="/sites/default/files/styles/lead/public/2025-01/streetcar-grant-street.jpg?itok=Qm81Xx" width="1400" height="788" alt="A streetcar at a downtown stop">
<div class="field field--name-field-caption">A Lakeshore streetcar waits at the Grant Street stop downtown. Fares on the line will rise with bus fares in July.</div>
<div class="field field--name-field-credit">Gideon Marsh / Valley Civic</div></div></div>
<div class="node__content">
<div class="field field--name-field-content field--type-entity-reference-revisions field--label-hidden field__items">
%(body)s
</div>
<div class="field field--name-field-topics field--type-entity-reference field--label-above"><div class="field__label">Topics</div><div class="field__items"><div class="field__item"><a href="/topics/transit" hreflang="en">Transit</a></div><div class="field__item"><a href="/topics/corran-valley-regional-transit-authority" hreflang="en">Corran Valley Regional Transit Authority</a></div><div class="field__item"><a href="/topics/budget" hreflang="en">Budget</a></div></div></div>
<div class="share-links"><span class="share-links__label">Share</span><a href="https://www.facebook.com/sharer/sharer.php?u=https%%3A//valleycivic.org/node/22817">Facebook</a><a href="https://bsky.app/intent/compose?text=https%%3A//valleycivic.org/node/22817">Bluesky</a><a href="mailto:?subject=Fare%%20increase">Email</a></div>
</div></article></div>
<div class="views-element-container block block-views"><h2>More from Transit</h2><div class="view view-more-from view-id-more_from">%(more)s</div></div>
</div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar"><div class="block block-block-content"><h2>Support Valley Civic</h2><div class="field field--name-body"><p>Our reporting is free to read and free to republish. It is paid for by readers like you.</p><p><a href="/donate">Donate today</a></p></div></div></div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer"><nav><ul class="menu">%(footer)s</ul></nav>
<p>Valley Civic is a nonprofit, nonpartisan newsroom. &copy; 2025 Corran Valley Civic Reporting Project.</p></div></footer>
</div></div>
<script src="/sites/default/files/js/js_8Fz1aQd.js?scope=footer&amp;delta=0"></script>
<script>%(js)s</script>
</body></html>
""" % {
    "title_e": esc(TITLE), "summary": esc(SUMMARY),
    "css": css_blob(["node", "field", "paragraph", "region", "block", "related-content", "newsletter-signup", "views-row", "menu"], 380, 6021),
    "ld": ld_article(TITLE, "Gideon Marsh", "2025-01-24T06:00:00-06:00", "Valley Civic", section="Transit"),
    "menu": link_items(menu, '<li class="menu-item"><a href="{href}" data-drupal-link-system-path="taxonomy/term">{text}</a></li>', "/"),
    "body": body_html, "more": more_html,
    "footer": link_items(["About us", "Staff", "Ethics policy", "Republish our stories", "Contact", "Privacy"], '<li class="menu-item"><a href="{href}">{text}</a></li>', "/"),
    "js": js_blob(6022, 90, "Drupal"),
}

save("q02", page, gold)
