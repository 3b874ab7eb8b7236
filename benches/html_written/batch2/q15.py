# q15: public-agency news release (USWDS-like gov template): official-site banner, side nav, media contact box,
# grant list (gold), "###" end mark, boilerplate "About" paragraph + related documents + feedback widget (not gold).
import random
from common import *
rnd = random.Random(1515)
ORG = "Northern Basin Water Commission"
HEAD = "Commission awards $42 million to replace lead service lines in 18 communities"

recipients = [("City of Brandt Falls", "$6.2 million", "about 1,900 lines"), ("Town of Okaloosa Springs", "$4.8 million", "1,350 lines"),
              ("Village of Merriam Creek", "$1.1 million", "310 lines"), ("Harlow County Water District", "$3.9 million", "1,120 lines"),
              ("City of East Tamsin", "$5.5 million", "1,640 lines"), ("Thirteen additional communities", "$20.5 million combined", "about 5,700 lines")]
body = [
    ('p', "BRANDT FALLS — The Northern Basin Water Commission today announced $42 million in grants to help 18 communities across the basin find and replace lead pipes that carry drinking water into homes, schools and child care centers."),
    ('p', "The grants, awarded through the Commission’s Safe Taps Program, will pay for the replacement of an estimated 12,000 lead service lines over the next three years. Most of the funding will go to communities where median household income is below the basin average or where water testing has found elevated lead levels in the past five years."),
    ('p', "“No family should have to wonder whether the water from their kitchen tap is safe for their children,” said Commission Chair Dolores Whitfield. “These grants will help communities that could not afford to do this work on their own finally get the lead out.”"),
    ('p', "Lead can leach into drinking water from pipes, particularly when water chemistry changes or pipes are disturbed. There is no known safe level of lead exposure for children, and exposure has been linked to learning and behavior problems."),
    ('h2', "Grant recipients"),
    ('p', "Awards announced today include:"),
    ('ul', [f"<strong>{n}</strong>: {a} to replace {l}" for n, a, l in recipients]),
    ('p', "A full list of recipients and award amounts is available on the Safe Taps Program page."),
    ('h2', "No cost to homeowners"),
    ('p', "Under the terms of the grants, communities must replace the full service line, including any portion on private property, at no cost to the homeowner. Communities must also notify residents at least 30 days before work begins and provide water filters certified to remove lead for six months after a replacement is completed."),
    ('p', "“In the past, homeowners were often asked to pay thousands of dollars to replace the part of the pipe on their side of the property line, and many simply couldn’t,” said Safe Taps Program Manager Andre Kowalczyk. “Requiring full replacement at no cost is the only way to make sure the job actually gets finished.”"),
    ('p', "Residents who are unsure whether their home has a lead service line can use the Commission’s online lookup tool or contact their local water utility. The Commission also offers free lead testing kits to households with children under six or pregnant residents."),
    ('h2', "Next funding round"),
    ('p', "The Commission will open a second round of Safe Taps applications on September 1, with approximately $35 million available. Communities that have completed a lead service line inventory will receive priority. Technical assistance with inventories is available at no cost through the Commission’s regional offices."),
]
tpl = {'p': '<p>{}</p>', 'h2': '<h2>{}</h2>', 'ul': '<ul class="usa-list">{items}</ul>'}
body_html, gold = render(body, tpl)

sidenav = ["Newsroom", "News releases", "Media contacts", "Speeches and testimony", "Photos and video", "Events", "Newsletter archive"]
CUR = ' class="usa-current"'
sidenav_html = "".join(f'<li class="usa-sidenav__item"><a href="/newsroom/{slug(s)}"{CUR if s == "News releases" else ""}>{s}</a></li>' for s in sidenav)
recent = ["Commission approves 2025 operating budget", "Public comment period opens on drought contingency plan", "Basin reservoirs at 87 percent of capacity entering summer",
          "Commission launches lead service line lookup tool", "Grants available for small-system operator training", "Annual water quality report released",
          "Commission welcomes two new members from Harlow and Tamsin counties", "Statement on spring flood outlook"]
recent_html = "".join(f'<li class="usa-collection__item"><div class="usa-collection__body"><h3 class="usa-collection__heading"><a class="usa-link" href="/newsroom/news-releases/{slug(t)}">{esc(t)}</a></h3><ul class="usa-collection__meta"><li class="usa-collection__meta-item"><time>{m} {d}, 2024</time></li></ul></div></li>'
                      for t, m, d in zip(recent, ["June", "June", "May", "May", "May", "April", "April", "March"], [3, 1, 28, 20, 14, 30, 9, 22]))
css = css_blob(["usa-banner", "usa-header", "usa-nav", "usa-sidenav", "usa-footer", "usa-identifier", "usa-collection", "usa-button", "grid-col", "usa-prose"], 520, 1515)
js = js_blob(15151, 70, "uswds")
doc = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} | {ORG}</title>
<meta name="description" content="The Northern Basin Water Commission today announced $42 million in grants to help 18 communities replace lead service lines.">
<meta property="og:title" content="{esc(HEAD)}"><meta property="og:type" content="article"><meta property="og:site_name" content="{ORG}">
<meta property="article:published_time" content="2024-06-05T09:00:00-05:00">
<meta name="dcterms.type" content="News Release"><meta name="dcterms.creator" content="Office of Public Affairs">
<style>{css}</style>
<script>{js}</script>
<script async src="https://dap.digitalgov.example/Universal-Federated-Analytics-Min.js?agency=NBWC" id="_fed_an_ua_tag"></script>
</head>
<body>
<a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the Northern Basin Water Commission"><div class="usa-accordion"><header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag" src="/assets/img/seal-small.png" alt=""></div><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">An official website of the Northern Basin Water Commission</p><p class="usa-banner__header-action">Here’s how you know</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default"><span class="usa-banner__button-text">Here’s how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg"><div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>Official websites use .example</strong><br>A <strong>.example</strong> website belongs to an official public body.</p></div></div><div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>Secure .example websites use HTTPS</strong><br>A <strong>lock</strong> or <strong>https://</strong> means you’ve safely connected to the website. Share sensitive information only on official, secure websites.</p></div></div></div></div></div></section>
<div class="usa-overlay"></div>
<header class="usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text"><a href="/" title="{ORG}">{ORG}</a></em></div><button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner"><ul class="usa-nav__primary usa-accordion">{"".join(f'<li class="usa-nav__primary-item"><a class="usa-nav-link" href="/{slug(x)}"><span>{x}</span></a></li>' for x in ["About", "Water Quality", "Programs and Grants", "Data and Maps", "Public Meetings", "Newsroom", "Contact"])}</ul>
<div class="usa-nav__secondary"><form class="usa-search usa-search--small" role="search"><label class="usa-sr-only" for="search-field">Search</label><input class="usa-input" id="search-field" type="search" name="query"><button class="usa-button" type="submit"><span class="usa-sr-only">Search</span></button></form></div></div></nav></header>
<div class="usa-section"><div class="grid-container"><div class="grid-row grid-gap">
<aside class="usa-layout-docs__sidenav desktop:grid-col-3"><nav aria-label="Secondary navigation"><ul class="usa-sidenav">{sidenav_html}</ul></nav></aside>
<main class="usa-layout-docs__main desktop:grid-col-9 usa-prose" id="main-content">
<nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list"><li class="usa-breadcrumb__list-item"><a href="/" class="usa-breadcrumb__link"><span>Home</span></a></li><li class="usa-breadcrumb__list-item"><a href="/newsroom" class="usa-breadcrumb__link"><span>Newsroom</span></a></li><li class="usa-breadcrumb__list-item"><a href="/newsroom/news-releases" class="usa-breadcrumb__link"><span>News releases</span></a></li></ol></nav>
<div class="release-meta"><span class="usa-tag">News Release</span> <span class="release-date">For Immediate Release: June 5, 2024</span></div>
<h1>{esc(HEAD)}</h1>
<p class="usa-intro">Safe Taps grants will fund full replacement of an estimated 12,000 lead pipes at no cost to homeowners</p>
<div class="media-contact usa-summary-box" role="region" aria-labelledby="media-contact-heading"><div class="usa-summary-box__body"><h2 class="usa-summary-box__heading" id="media-contact-heading">Media contact</h2><div class="usa-summary-box__text"><p>Office of Public Affairs<br>Renata Solis, Press Secretary<br>(555) 010-4477<br><a href="mailto:press@nbwc.example">press@nbwc.example</a></p></div></div></div>
<div class="release-body">
{body_html}
<p class="text-center">###</p>
<p class="boilerplate"><em>The Northern Basin Water Commission is an interstate agency created in 1971 to protect and manage the shared water resources of the Northern Basin. The Commission is governed by representatives of its member jurisdictions and funds water quality, conservation and infrastructure programs across the basin.</em></p>
</div>
<div class="related-docs"><h2>Related documents</h2><ul class="usa-list usa-list--unstyled"><li><a href="/sites/default/files/2024-06/safe-taps-round1-awards.pdf">Safe Taps Round 1 award list (PDF, 212 KB)</a></li><li><a href="/sites/default/files/2024-06/safe-taps-program-guide.pdf">Safe Taps Program Guide (PDF, 1.4 MB)</a></li></ul></div>
<div class="page-tools"><a class="usa-button usa-button--outline" href="javascript:window.print()">Print this page</a> <a class="usa-button usa-button--outline" href="mailto:?subject=News release">Email this page</a></div>
<section class="recent-releases"><h2>Recent news releases</h2><ul class="usa-collection">{recent_html}</ul><a class="usa-link" href="/newsroom/news-releases">View all news releases</a></section>
<div class="page-feedback"><h2>Was this page helpful?</h2><button class="usa-button usa-button--outline">Yes</button><button class="usa-button usa-button--outline">No</button><p class="last-updated">Last updated: June 5, 2024</p></div>
</main>
</div></div></div>
<footer class="usa-footer usa-footer--slim"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap">{"".join(f'<li class="mobile-lg:grid-col-4 desktop:grid-col-auto usa-footer__primary-content"><a class="usa-footer__primary-link" href="/{slug(x)}">{x}</a></li>' for x in ["About the Commission", "Careers", "Public records requests", "Accessibility", "Privacy policy", "Language assistance"])}</ul></nav>
<address class="usa-footer__address"><div class="usa-footer__contact-info">Northern Basin Water Commission · 400 Riverfront Plaza, Suite 1200 · Brandt Falls</div><div class="usa-footer__contact-info"><a href="tel:5550104400">(555) 010-4400</a></div></address></div>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier"><p class="usa-identifier__identity-domain">nbwc.example</p><p class="usa-identifier__identity-disclaimer">An official website of the Northern Basin Water Commission</p></section>
<nav class="usa-identifier__section usa-identifier__section--required-links" aria-label="Important links"><ul class="usa-identifier__required-links-list"><li class="usa-identifier__required-links-item"><a href="/about" class="usa-identifier__required-link usa-link">About the Commission</a></li><li><a href="/accessibility" class="usa-identifier__required-link usa-link">Accessibility statement</a></li><li><a href="/foia" class="usa-identifier__required-link usa-link">FOIA requests</a></li><li><a href="/no-fear" class="usa-identifier__required-link usa-link">No FEAR Act data</a></li><li><a href="/inspector-general" class="usa-identifier__required-link usa-link">Office of the Inspector General</a></li></ul></nav></div></footer>
<script src="/assets/js/uswds.min.js"></script>
</body>
</html>
'''
save("q15", doc, gold)
