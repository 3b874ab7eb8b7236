"""q14 - English, national news site with <div>-only layout (no <article>, no <main>).

Stresses the wrong region: in source order a consent dialog with a long
list of purposes and vendor toggles, a "Most Popular" list and a block of
"Top Stories" teasers come before the story; after it a comment section
with a sign-in wall full of short lines.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q14"
rnd = random.Random(314)

TITLE = "Northline Rail to cut 40 weekday trains as driver shortage deepens"

ARTICLE = """
Northline Rail will cut 40 weekday services from its timetable from January 6, the operator said on Wednesday, blaming a shortage of qualified drivers that has led to hundreds of last-minute cancellations since the summer.

The reductions will fall mostly on the Ambleside Valley and Coldharbour lines, where some stations will go from two trains an hour to one outside peak times. Late-evening services on the Harwick branch will end about an hour earlier than now.

Northline's managing director, Rosalind Okereke, said the company had chosen a smaller, reliable timetable over one it could not run. "Passengers have told us very clearly that the worst thing we can do is promise a train and then cancel it at ten minutes' notice," she said. "This is a timetable we are confident we can deliver every day."

The company said it currently has 412 qualified drivers against a requirement of 455, and that 61 trainees are in the pipeline. Training a new driver takes between 12 and 18 months.

## Passengers and councils react

Passenger groups said the cuts would hit shift workers and students hardest. Desmond Achterberg, chair of the Ambleside Valley Rail Users' Association, said the group had received more than 900 complaints about cancellations in October alone.

"People have given up planning around the timetable. They just turn up and hope," Achterberg said. "A thinner service that actually runs is better than nothing, but it is a poor return for the fares people pay."

The leader of Coldharbour Borough Council, Margaret Ilesanmi, said she would write to the transport secretary asking for the cuts to be reversed by the summer. She said the council had spent heavily on a new bus interchange at Coldharbour station on the promise of a half-hourly rail service.

## How the shortage built up

The driver shortage has several causes, according to the company and the drivers' union. A wave of retirements followed the pandemic, when training was paused for most of a year. At the same time, Northline has lost drivers to neighbouring operators that pay more.

Tomasz Wierzbicki, the union's district organiser, said the company had been warned about the problem two years ago.

"This did not appear overnight," he said. "We told management in 2022 that they needed to be recruiting and training twice as many people. They decided to save money instead, and now passengers are paying for it."

Northline said it had increased its trainee intake by half this year and was offering a bonus to drivers who transfer from other operators. It said it expected to restore most of the cut services by the December timetable change next year.

## What changes

The main changes from January 6 are:

- Ambleside Valley line: off-peak trains reduced from two an hour to one between 10am and 3pm
- Coldharbour line: the 06:12 and 06:42 services from Coldharbour combined into a single 06:27 train
- Harwick branch: last departure from Harwick brought forward from 23:18 to 22:14
- Weekend services unchanged

Season ticket holders on the affected lines will be able to claim a partial refund for the months the reduced timetable is in place, the company said. Details will be published on its website before Christmas.
"""

body_html, gold = render(body_from(ARTICLE), {"p": "<p>{}</p>", "h2": '<h2 class="story-crosshead">{}</h2>', "ul": '<ul class="story-list">{items}</ul>'})

purposes = [
    ("Store and/or access information on a device", "Cookies, device identifiers or other information can be stored or accessed on your device."),
    ("Use limited data to select advertising", "Advertising presented to you may be based on limited data, such as the website you are using."),
    ("Create profiles for personalised advertising", "Information about your activity may be used to build a profile about your interests."),
    ("Use profiles to select personalised advertising", "Advertising may be chosen based on a profile built about you."),
    ("Create profiles to personalise content", "Information about your activity may be used to build a profile to personalise content."),
    ("Use profiles to select personalised content", "Content may be chosen based on a profile built about you."),
    ("Measure advertising performance", "Information about which ads are shown to you and how you interact with them can be measured."),
    ("Measure content performance", "Information about which content is presented to you and how you interact with it can be measured."),
    ("Understand audiences through statistics", "Reports can be generated based on the combination of data sets regarding your interactions."),
    ("Develop and improve services", "Information about your activity can be used to improve products and services."),
]
vendors = ["Adnexo Ltd", "Brightmetric GmbH", "Clearpath Media", "Datalume Inc.", "Everbid SAS", "Fathom Audience", "Gridline Ads", "Halcyon Measurement", "Inkwell Analytics", "Jetstream Exchange", "Kestrel Data", "Lumen Ad Cloud"]
consent = ['<div id="consent-dialog" class="cmp-container" role="dialog" aria-modal="true"><div class="cmp-header">We value your privacy</div>',
           '<div class="cmp-intro">We and our 214 partners store and access information on your device and process personal data, such as unique identifiers and browsing data, for the purposes below. You may accept, reject, or customise your choices at any time by clicking "Privacy settings" at the bottom of any page.</div>',
           '<div class="cmp-buttons"><button class="cmp-accept">Accept all</button><button class="cmp-reject">Reject all</button><button class="cmp-more">More options</button></div>',
           '<div class="cmp-purposes"><div class="cmp-section-title">We and our partners process data to:</div>']
for t, d in purposes:
    consent.append('<div class="cmp-purpose"><div class="cmp-purpose-title">%s</div><div class="cmp-purpose-desc">%s</div><div class="cmp-toggle"><span>Consent</span><span>Legitimate interest</span></div></div>' % (t, d))
consent.append('</div><div class="cmp-vendors"><div class="cmp-section-title">Partners</div>')
for v in vendors:
    consent.append('<div class="cmp-vendor"><span class="cmp-vendor-name">%s</span><span class="cmp-vendor-link">Privacy policy</span><span class="cmp-toggle">Off</span></div>' % v)
consent.append('</div><div class="cmp-footer"><button class="cmp-save">Save and exit</button></div></div>')

popular = [
    "Pensioner, 79, completes her hundredth marathon in Kellingford",
    "Northline Rail to cut 40 weekday trains as driver shortage deepens",
    "Storm Ingrid: amber wind warning issued for the east coast",
    "Supermarket recalls own-brand hummus over plastic fragments",
    "Why house prices in Ambleside Valley are falling faster than anywhere else",
    "Council tax to rise by maximum allowed in six northern boroughs",
    "Footballer fined after crash on the Coldharbour bypass",
    "The village pub that was saved by 600 shareholders",
    "Hospital waiting list falls for third month in a row",
    "Quiz of the week: how closely have you followed the news?",
]
top = [
    ("Water company told to repay customers after missing leak targets", "Regulator orders refunds averaging £14 a household."),
    ("Teachers vote to accept pay offer, ending dispute", "Union members back the deal by a margin of 71% to 29%."),
    ("Plans for 2,000 homes on former airfield approved", "The scheme includes a new primary school and a country park."),
    ("Doctors warn of early flu season as cases double", "Health officials urge eligible people to get vaccinated now."),
    ("Record numbers visit coastal path after TV series", "Rangers say car parks have been full most weekends since August."),
    ("Market traders fight plan to move stalls indoors", "A petition against the move has gathered more than 8,000 signatures."),
]

comment_block = """<div id="comments-section" class="comments-wrap"><div class="comments-header"><span class="comments-title">Comments</span><span class="comments-count">(287)</span></div>
<div class="comments-rules">Join the conversation. Comments are moderated. Please read our <a href="/community-guidelines">community guidelines</a> before posting.</div>
<div class="comments-signin"><div class="comments-signin-title">Sign in to comment</div>
<div class="comments-signin-option"><a href="/account/login">Log in</a></div>
<div class="comments-signin-option"><a href="/account/register">Create a free account</a></div>
<div class="comments-signin-option"><a href="/account/login/google">Continue with Google</a></div>
<div class="comments-signin-option"><a href="/account/login/apple">Continue with Apple</a></div>
<div class="comments-signin-option"><a href="/account/login/facebook">Continue with Facebook</a></div>
<div class="comments-signin-note">Already a subscriber?</div><div class="comments-signin-note"><a href="/account/link">Link your subscription</a></div></div>
<div class="comments-sort"><span>Sort by</span><span class="active">Newest</span><span>Oldest</span><span>Most liked</span></div>
<div class="comments-locked">Comments on this story are only visible to registered users.</div>
<div class="comments-locked"><a href="/account/register">Register</a> or <a href="/account/login">log in</a> to see them.</div>
<div class="comments-footer"><span>Report a comment</span> <span>Community FAQ</span> <span>Contact moderators</span></div></div>"""

share = "".join('<a class="share-btn share-btn--%s" href="#"><span class="share-btn-label">%s</span></a>' % (slug(s), s) for s in ["Share on Facebook", "Share on X", "Share on WhatsApp", "Share on LinkedIn", "Share by email", "Copy link"])

css = css_blob(["cmp", "site-header", "nav", "most-popular", "top-stories", "story", "story-crosshead", "share-btn", "comments", "site-footer", "promo"], 1050, 3141)
js = js_blob(3142, 220, "ng")

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | The National Gazette</title>
<meta name="description" content="Northline Rail will cut 40 weekday services from January, blaming a shortage of drivers.">
<style>{css}</style>
<script>window.__cmpConfig={{"vendors":214,"gdprApplies":true}};</script>
</head>
<body>
{consent}
<div class="site-header"><div class="site-header-top"><a href="/" class="site-logo">The National Gazette</a><div class="site-header-date">Wednesday 20 November 2024</div><div class="site-header-account"><a href="/subscribe">Subscribe</a> <a href="/account/login">Sign in</a></div></div>
<div class="nav"><a href="/news">News</a><a href="/uk">UK</a><a href="/world">World</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/transport">Transport</a><a href="/sport">Sport</a><a href="/culture">Culture</a><a href="/lifestyle">Lifestyle</a><a href="/opinion">Opinion</a><a href="/puzzles">Puzzles</a></div></div>
<div class="page-wrap">
<div class="top-row">
<div class="most-popular"><div class="most-popular-title">Most Popular</div>{popular}</div>
<div class="top-stories"><div class="top-stories-title">Top Stories</div>{top}</div>
</div>
<div class="story-wrap">
<div class="story-header"><div class="story-section"><a href="/transport">Transport</a></div>
<h1 class="story-headline">{title}</h1>
<div class="story-standfirst">Operator says a smaller timetable it can actually run is better than daily cancellations</div>
<div class="story-byline"><span class="story-author">Harriet Bellweather</span><span class="story-role">Transport Correspondent</span><span class="story-date">20 November 2024 &bull; 2:14pm</span></div>
<div class="story-share">{share}</div></div>
<div class="story-image"><img src="/images/2024/11/20/northline-train.jpg" alt=""><div class="story-image-caption">A Northline train at Coldharbour station. The operator says it is 43 drivers short of the number it needs. (Photo: Gazette archive)</div></div>
<div class="story-body" id="story-body">
{body}
</div>
<div class="story-share story-share-bottom">{share}</div>
<div class="story-topics"><span>Topics</span> <a href="/topic/railways">Railways</a> <a href="/topic/northline-rail">Northline Rail</a> <a href="/topic/commuting">Commuting</a></div>
</div>
{comments}
<div class="promo"><div class="promo-title">Get the Gazette Daily</div><div class="promo-text">Our best stories every morning, free.</div><div class="promo-button">Sign up</div></div>
</div>
<div class="site-footer"><div class="site-footer-links"><a href="/about">About us</a><a href="/contact">Contact</a><a href="/complaints">Complaints &amp; corrections</a><a href="/privacy">Privacy notice</a><a href="/cookies">Cookie policy</a><a href="#" onclick="__cmp('showUi')">Privacy settings</a><a href="/terms">Terms &amp; conditions</a></div><div class="site-footer-copy">&copy; 2024 National Gazette Media Ltd. Registered in England and Wales No. 04127713.</div></div>
<script>{js}</script>
</body>
</html>""".format(
    title=esc(TITLE), css=css, js=js, consent="".join(consent), body=body_html, share=share, comments=comment_block,
    popular="".join('<div class="most-popular-item"><span class="most-popular-rank">%d</span><a href="/news/%s">%s</a></div>' % (i + 1, slug(p), esc(p)) for i, p in enumerate(popular)),
    top="".join('<div class="top-stories-item"><a href="/news/%s" class="top-stories-headline">%s</a><div class="top-stories-summary">%s</div></div>' % (slug(t), esc(t), esc(s)) for t, s in top),
)

save(PID, html, gold)
