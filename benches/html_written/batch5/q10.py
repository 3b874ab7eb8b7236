"""q10 - English (US), regional public radio site on Drupal 10 (Olivero-like).

Long feature (~1,500 words): five subheads, a block quote from an old
ledger, two embedded media entities with caption and credit fields, a
donation appeal inside the body field. Furniture: "Listen Live" bar,
Drupal menus, audio player "Listen to this story", credit line after the
text, tags field, "Related Content" views block, newsletter block, footer
with FCC/CPB links, drupal-settings-json.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5110)
SITE = "High Basin Public Media"
HEAD = "The last ditch rider of the Harcastle Canal"
DEK = "For 31 years, Lupe Baca has opened and closed the headgates that feed 212 farms. Nobody has applied to replace her."

TEXT = """
At 4:50 on a July morning, before the sun has cleared the rim of the Quill Creek Valley, Lupe Baca is already on the canal road in a white pickup with 340,000 miles on it, a shovel in the bed and a thermos of coffee wedged between the seats.

She stops at the first headgate a mile below the diversion dam, climbs out and turns a steel wheel three and a half times. The water rising against the gate drops an inch. Somewhere 11 miles downstream, a farmer who ordered 2 cubic feet per second for his alfalfa will get exactly that by breakfast.

“People think the water just shows up,” she says, wiping her hands on her jeans. “It doesn’t just show up. Somebody has to send it.”

For 31 years, that somebody has been Baca. She is the ditch rider for the Harcastle Canal Company, a mutual irrigation company founded in 1894 that delivers water from Quill Creek to 212 shareholders across roughly 9,000 acres of hay, pasture, onions and, increasingly, backyard gardens on subdivided lots.

She is also, by the company’s own reckoning, about to be its last. Baca plans to retire at the end of next season. The board advertised her job twice last year. Nobody applied.

## A job with no manual

The ditch rider is one of the oldest jobs in the irrigated West and one of the least understood. Baca’s job description, which fits on a single typed page, says she will “regulate diversions, maintain headgates and measuring devices, and allot water to shareholders in accordance with the bylaws.” It does not mention the beavers.

“Beavers are the job,” she says. “Everything else is paperwork.”

On a typical summer day she drives the full 26 miles of the main canal and checks 61 headgates, reading the height of the water on each measuring flume and adjusting gates to match the orders shareholders phoned in the night before. She clears debris from trash racks, pulls tumbleweeds out of culverts and, three or four times a week, tears apart a beaver dam that wasn’t there the day before.

@@FIG1

In a dry year, the job becomes something closer to diplomacy. When Quill Creek runs low, shareholders with the oldest rights get their water first, and those farther down the list get less or none. Baca is the one who tells them.

“You learn very fast who the hotheads are,” she says. “And you learn that most of the hotheads are just scared. If you’re short on water in August, you lose your third cutting, and that might be your whole year.”

Marty Vosburgh, who grows hay and runs cattle on 400 acres near the tail of the canal, says he has argued with Baca “more times than I’ve argued with my wife, and I’ve been married 44 years.”

“She’s never once cheated anybody,” he says. “If she tells you you’re getting a foot of water, you’re getting a foot of water. That’s worth more than people know.”

@@DONATE

## Ledgers and memory

The canal company’s office occupies two rooms above a feed store on Verity’s main street. In a fireproof cabinet in the back room are 131 years of water ledgers, bound in green cloth, recording who got how much water on which days.

Baca keeps her own records in spiral notebooks, one for every season since 1994, stacked on a shelf in her kitchen. They hold what the ledgers don’t: which headgate sticks after a hard freeze, which culvert floods when the wind comes out of the south, which shareholder’s grandson is learning the farm and needs a little explaining.

The Harcastle was dug by hand and by mule team between 1894 and 1897 by the families who would farm along it, most of them settlers from the Midwest and from farming villages to the south. Each family’s share of water was tied to the days of labor it put into the ditch, a system the company’s bylaws still echo: a share today is the right to a fixed fraction of whatever the creek provides.

Baca’s own great-grandfather, Tranquilino Baca, worked on the lower nine miles, according to the company’s payroll book for 1896, which lists him at a dollar a day with his own team. She found his name by accident twenty years ago while looking for something else.

“I sat there with that book for a long time,” she says. “Then I went back out and finished my rounds.”

The oldest ledger opens with a note from the company’s first secretary, written in a careful, slanted hand:

> Water is to be delivered without favor to any shareholder, and the rider shall keep an honest account, for the ditch belongs to all who dug it.

“That’s still the job,” Baca says. “It’s just that now half the people on the ditch have never dug anything.”

She means it without bitterness. Over the past two decades, the valley’s farmland has been steadily divided into five- and ten-acre parcels as older farmers sell and new residents move in from the cities to the east. Many of the newcomers own a share, or a fraction of one, with their land, and some have no idea what to do with it.

Baca estimates she now spends a third of her time explaining irrigation to new shareholders: how to order water, why they can’t water the lawn on a Tuesday afternoon when their turn is Thursday night, why the canal company can’t simply “turn it up.”

“I had a gentleman call me very upset that his pond had frogs in it,” she says. “I told him, sir, that’s a pond.”

## Why nobody applies

The board’s president, Alma Treadwell, says the company pays its ditch rider $52,000 a year with health insurance, a truck and a fuel card. That is a good wage in Verity, where the median household earns about $48,000, but the job demands seven-day weeks from April to October and a willingness to get up at 4 a.m. and be reached by phone at midnight.

“We’ve had two people come and ride with Lupe for a week,” Treadwell says. “Both of them were lovely. Both of them said no.”

The company has discussed alternatives. Some irrigation districts have installed automated gates controlled by radio or cellular signals, with sensors that report water levels to a computer in the office. A consultant hired by the board estimated that automating the 20 most important gates on the Harcastle would cost $1.4 million, more than four years of the company’s budget, and would still require someone to clean the trash racks and fight the beavers.

The state agriculture department offers grants for canal modernization, and the board applied for one in the spring. It will learn in January whether it succeeded.

Treadwell doesn’t think automation will replace the ditch rider entirely. “A gate can measure water,” she says. “It can’t talk Marty Vosburgh down off a ladder.”

## Teaching the ditch

In the meantime, Baca has begun doing something she never had to do before: write down what she knows.

Since last winter she has been filling a three-ring binder with maps, photographs and notes on every gate, culvert and turnout on the canal. The binder is now 140 pages long. She adds to it most evenings.

@@FIG2

She has also started taking a high school student, 17-year-old Rafael Ondrasek, on her morning rounds twice a week as part of the school’s work-study program. He learned to read a flume in his first week and, she says proudly, dismantled his first beaver dam in his third.

“He’s got the patience for it,” she says. “Most kids don’t. Most grown-ups don’t either.”

Ondrasek isn’t sure he wants to be a ditch rider. He wants to study engineering, possibly water engineering, at the state university. But he says the mornings on the canal have changed how he sees the valley.

“You drive through here and it’s green, and you think that’s just what it looks like,” he says. “But it’s not. It’s green because of the ditch. If the ditch stops, all of this goes brown.”

## The end of a season

By mid-October the irrigation season winds down. Baca closes the gates one by one, working downstream from the dam, and the canal slowly drains until it is a shallow, muddy trench lined with cottonwoods.

On the last morning of the season, she drives the whole canal one more time, not to adjust anything, just to look. She says she does it every year.

“It’s like walking through the house before you go on vacation,” she says. “Making sure the stove’s off.”

Next October she will do it for the last time. Asked what she’ll do in retirement, she laughs and says she hasn’t thought about it much. Then she admits she might buy a half share of water for her own place.

“I’ve been sending water to everybody else for 31 years,” she says. “I figure I’d like a little of it myself.”
"""


def media(img, alt, caption, credit):
    return ('<div class="align-center"><article class="media media--type-image media--view-mode-full-width">'
            '<div class="field field--name-field-media-image field--type-image field--label-visually_hidden"><div class="field__label visually-hidden">Image</div>'
            '<div class="field__item"><img loading="lazy" src="/sites/default/files/styles/max_1300x1300/public/2025-11/%s?itok=%s" width="1300" height="867" alt="%s"></div></div>'
            '<div class="field field--name-field-caption field--type-string-long field--label-hidden field__item">%s</div>'
            '<div class="field field--name-field-credit field--type-string field--label-hidden field__item">%s</div></article></div>') % (
        img, "".join(rnd.choice("abcdefghijkLMNOP0123456789") for _ in range(8)), esc(alt), esc(caption), esc(credit))


FIG1 = media("baca-headgate.jpg", "A woman turns a large wheel on a concrete headgate", "Lupe Baca adjusts a headgate on the Harcastle Canal near Verity in July.", "Oren Pikkarainen / High Basin Public Media")
FIG2 = media("baca-binder.jpg", "A thick binder open on a kitchen table", "Baca’s binder of maps and notes on the canal’s gates and culverts has grown to 140 pages.", "Oren Pikkarainen / High Basin Public Media")
DONATE = ('<div class="donate-inline block block-block-content"><div class="clearfix text-formatted field field--name-body"><p><strong>Stories like this one are made possible by listeners.</strong> '
          'High Basin Public Media is a nonprofit newsroom. <a href="/donate?utm_source=inline">Make your gift today</a> and keep reporting on rural communities free for everyone.</p></div></div>')

spec = []
for kind, payload in body_from(TEXT):
    if payload == "@@FIG1":
        spec.append(("raw", FIG1))
    elif payload == "@@FIG2":
        spec.append(("raw", FIG2))
    elif payload == "@@DONATE":
        spec.append(("raw", DONATE))
    else:
        spec.append((kind, payload))
body_html, gold = render(spec, {"p": "<p>{}</p>", "h2": "<h2>{}</h2>", "quote": "<blockquote>{items}</blockquote>"})

MAIN_MENU = {"News": ["Agriculture", "Water", "Public Lands", "Politics", "Tribal Nations", "Education"],
             "Programs": ["Basin Morning", "The Afternoon Line", "Weekend Folk Hour", "Schedule"],
             "Music": ["Playlists", "Live Sessions"], "Events": [], "About": ["Staff", "Careers", "Board of Directors", "Contact"]}
menu_html = "".join('<li class="primary-nav__menu-item primary-nav__menu-item--level-1%s"><a href="/%s" class="primary-nav__menu-link">%s</a>%s</li>' % (
    " primary-nav__menu-item--has-children" if subs else "", slug(k), k,
    ('<ul class="menu primary-nav__menu primary-nav__menu--level-2">%s</ul>' % link_items(subs, '<li class="primary-nav__menu-item primary-nav__menu-item--level-2"><a href="{href}" class="primary-nav__menu-link">{text}</a></li>', "/%s/" % slug(k))) if subs else "")
    for k, subs in MAIN_MENU.items())

related = [("Quill Creek water users brace for another short year", "Snowpack in the headwaters is running at 61% of normal."),
           ("Beaver analogs help restore a drying stream, and ranchers are watching", "Volunteers built 40 small dams on Hollister Draw last summer."),
           ("Subdivisions are eating farmland in the Quill Creek Valley. Here’s the map.", "Our analysis of county parcel records from 2005 to 2025.")]
related_html = "".join('<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><h3 class="node__title"><a href="/news/%s" rel="bookmark"><span class="field field--name-title">%s</span></a></h3>'
                       '<div class="field field--name-field-teaser">%s</div></article></div>' % (slug(t), esc(t), esc(s)) for t, s in related)

drupal_settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/24817", "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "en"},
                   "pluralDelimiter": "\u0003", "ajaxPageState": {"libraries": "eJx9kEEOwyAMBD_EkSd5HpLk", "theme": "highbasin", "theme_token": None},
                   "gtag": {"tagId": "G-HB0000000", "otherIds": [], "events": []}, "user": {"uid": 0, "permissionsHash": "f3c1a9e8"}}

css = css_blob(["site-header", "primary-nav", "node", "field", "media", "block", "views-row", "site-footer", "listen-live", "audio-player", "donate-inline"], 640, 5110)
js = js_blob(5110, 200, "Drupal")

page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="{esc(DEK)}" />
<link rel="canonical" href="https://www.highbasinpublic.org/news/2025-11-17/last-ditch-rider-harcastle-canal" />
<meta property="og:site_name" content="{SITE}" /><meta property="og:type" content="article" /><meta property="og:title" content="{esc(HEAD)}" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" /><meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(HEAD)} | {SITE}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q2m8xH4.css?delta=0&amp;language=en&amp;theme=highbasin&amp;include=eJx9kEEOwyAMBD_EkSd5HpLk" />
<style>{css}</style>
{ld_article(HEAD, "Celestine Marwick", "2025-11-17T06:00:00-07:00", SITE, section="Water")}
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="listen-live"><span class="listen-live__label">On Air Now:</span> <span class="listen-live__show">Basin Morning</span> <button class="listen-live__button">Listen Live</button> <a class="listen-live__donate" href="/donate">Donate</a></div>
<header class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/highbasin/logo.svg" alt="Home" /></a><div class="site-branding__name"><a href="/" rel="home">{SITE}</a></div><div class="site-branding__slogan">News and music for the High Basin · 89.3 FM</div></div>
<nav role="navigation" aria-labelledby="block-highbasin-main-menu-menu" id="block-highbasin-main-menu" class="primary-nav"><h2 class="visually-hidden" id="block-highbasin-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">{menu_html}</ul></nav>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." type="search" id="edit-keys" name="keys" size="15" maxlength="128" class="form-search" /></div><div class="form-actions js-form-wrapper form-wrapper"><input type="submit" value="Search" class="button js-form-submit form-submit" /></div></form></div>
</header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region--content-above"><div data-drupal-messages-fallback class="hidden"></div>
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/water">Water</a></li></ol></nav></div>
<div class="region region--content" id="content">
<div id="block-highbasin-content" class="block block-system block-system-main-block">
<article data-history-node-id="24817" role="article" about="/news/2025-11-17/last-ditch-rider-harcastle-canal" class="node node--type-article node--promoted node--view-mode-full">
<header class="node__header"><div class="field field--name-field-section"><a href="/news/water" hreflang="en">Water</a></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(HEAD)}</span></h1>
<div class="field field--name-field-subhead field--type-string-long field--label-hidden field__item">{esc(DEK)}</div>
<div class="node__meta"><span class="field field--name-field-author"><a href="/people/celestine-marwick">Celestine Marwick</a></span> <span class="field field--name-created">Published November 17, 2025 at 6:00 AM MST</span></div>
<div class="audio-player"><button class="audio-player__play" aria-label="Play">▶</button><span class="audio-player__title">Listen to this story</span> <span class="audio-player__duration">7:42</span> <a class="audio-player__download" href="/sites/default/files/audio/2025-11/ditch-rider.mp3" download>Download</a></div>
<div class="share-tools"><a href="https://www.facebook.com/sharer/sharer.php?u=hbpm" class="share-tools__link">Facebook</a> <a href="https://x.com/intent/tweet?url=hbpm" class="share-tools__link">X</a> <a href="mailto:?subject=The%20last%20ditch%20rider" class="share-tools__link">Email</a></div>
</header>
<div class="node__content">
{media("baca-truck-dawn.jpg", "A pickup truck on a dirt road beside a canal at dawn", "Lupe Baca starts her rounds before sunrise on the canal road above Verity.", "Oren Pikkarainen / High Basin Public Media")}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_html}
</div>
<div class="field field--name-field-credit-line field--type-string field--label-hidden field__item"><em>This story was produced in partnership with the Rural Water Reporting Project, a collaboration of public media newsrooms in the interior West.</em></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items">{link_items(["Water", "Agriculture", "Quill Creek Valley", "Irrigation", "Verity"], '<div class="field__item"><a href="{href}" hreflang="en">{text}</a></div>', "/tags/")}</div></div>
<div class="field field--name-field-author-bio"><div class="author-card"><img src="/sites/default/files/styles/thumbnail/public/staff/marwick.jpg" alt="" width="100" height="100"><div><h3>Celestine Marwick</h3><p>Celestine Marwick is High Basin Public Media’s water and agriculture reporter. She is based in Verity.</p><a href="mailto:cmarwick@highbasinpublic.org">cmarwick@highbasinpublic.org</a></div></div></div>
</div></article></div>
<div class="views-element-container block block-views block-views-blockrelated-content-block-1" id="block-views-block-related-content-block-1"><h2 class="block__title">Related Content</h2><div class="view view-related-content view-id-related_content view-display-id-block_1"><div class="view-content">{related_html}</div></div></div>
<div id="block-newsletter-signup" class="block block-block-content"><h2 class="block__title">The Basin Briefing</h2><div class="field field--name-body"><p>Get the week’s most important High Basin stories every Friday morning.</p></div><form class="newsletter-form"><input type="email" placeholder="Your email" /><input type="submit" value="Subscribe" class="button" /></form></div>
</div></main>
<footer class="site-footer"><div class="site-footer__inner"><nav role="navigation" aria-labelledby="block-footer-menu"><h2 class="visually-hidden" id="block-footer-menu">Footer</h2><ul class="menu">{link_items(["Contact Us", "Careers", "Public Inspection File", "FCC Applications", "CPB Compliance", "Underwriting", "Privacy Policy", "Accessibility"], '<li class="menu-item"><a href="{href}">{text}</a></li>')}</ul></nav>
<p>{SITE} · 1400 Ferrier Street, Verity · A member-supported nonprofit. © 2025</p></div></footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{json_state(drupal_settings)}</script>
<script src="/sites/default/files/js/js_Zm2Qe8.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=highbasin"></script>
<script>{js}</script>
</body>
</html>
"""

save("q10", page, gold)
