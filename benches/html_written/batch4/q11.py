"""q11 - English, consumer health site.

Explainer with subheadings and two bulleted lists; reviewer/author line,
"Related" box mid-article, newsletter box, a sources list and a "How we
review" box after the body (not gold), footer with many links.
"""
import random
from common import *

PID = "q11"
rnd = random.Random(411)

HEADLINE = "Dehydration in older adults: Signs to watch for and simple ways to prevent it"

TEXT = """
Older adults are more likely than younger people to become dehydrated, and the signs are often easy to miss. A mild shortage of fluid can cause tiredness and headaches, while more serious dehydration can lead to confusion, falls and a stay in the hospital.

The good news is that most cases can be prevented with a few everyday habits. This article explains why the risk rises with age, which signs to look out for, and what family members and caregivers can do to help.

## Why older adults are at higher risk

Several changes that come with age make it harder for the body to hold on to water. The sense of thirst tends to weaken, so an older person may not feel thirsty even when their body needs fluid. The kidneys also become less able to concentrate urine, which means more water is lost.

Some common medications, including certain drugs for blood pressure and heart conditions, increase the amount of urine the body makes. People who have trouble getting around, or who worry about reaching a bathroom in time, may also drink less on purpose.

## Signs of dehydration

The early signs can be subtle, and some are easily mistaken for other problems. Watch for:

- dark yellow urine, or passing urine less often than usual
- a dry mouth, lips or eyes
- tiredness, dizziness or light-headedness, especially when standing up
- headaches
- constipation
- new confusion or unusual irritability

Confusion, a fast heartbeat, very little urine, or fainting can be signs of severe dehydration. A person with these symptoms needs medical care right away.

## How to prevent dehydration

Most older adults do not need to count glasses of water, but it helps to build drinking into the daily routine rather than waiting for thirst. Doctors often suggest these steps:

- Offer a drink with every meal and with any medications.
- Keep a glass or bottle of water within easy reach throughout the day.
- Include foods with a high water content, such as soups, yogurt, melon, oranges and cucumber.
- Drink more during hot weather, after exercise, and during any illness that causes fever, vomiting or diarrhea.
- Ask a doctor or pharmacist whether any regular medications affect fluid balance.

People who have been told to limit fluids because of heart or kidney disease should follow their own doctor's advice about how much to drink.

## When to contact a doctor

It is a good idea to speak to a doctor if signs of mild dehydration do not improve after drinking more fluid for a day, or if an older person is unable to keep fluids down. Anyone caring for an older relative should also seek advice if the person becomes suddenly confused or much sleepier than usual, as these changes can have many causes, including dehydration and infection.

## Takeaway

Dehydration is common in older adults because thirst weakens with age and many medications increase fluid loss. Learning the early signs and making drinks a regular part of the day can prevent most cases. Severe symptoms, such as confusion or fainting, need prompt medical attention.
"""

body = body_from(TEXT)
related = ('<div class="css-related-box" data-testid="related-box"><p class="related-title">Related</p>'
           '<a href="/health/heat-exhaustion-vs-heat-stroke"><img src="/hlth/heat.jpg" alt=""><span>Heat exhaustion and heat stroke: What is the difference?</span></a></div>')
body.insert(5, ("raw", related))
nl = ('<div class="css-newsletter" data-testid="newsletter-inline"><p class="nl-head">Get our healthy aging newsletter</p><p>Practical tips for staying well as you get older, delivered twice a month.</p>'
      '<form><input type="email" placeholder="Enter your email"><button>Sign up</button></form><p class="nl-legal">Your privacy is important to us. Read our privacy policy.</p></div>')
body.insert(12, ("raw", nl))
body.insert(15, ("raw", '<div class="css-ad"><span class="css-ad-label">ADVERTISEMENT</span></div>'))
body_html, gold = render(body, {"p": "<p>{}</p>", "h2": '<h2 class="css-heading">{}</h2>', "ul": '<ul class="css-list">{items}</ul>'})

sources = ["Fenwick A, et al. (2021). Fluid intake and hydration status in adults aged 65 and over: a review. Journal of Gerontological Nursing Practice.",
           "Holloway M, et al. (2019). Thirst perception and ageing. Clinical Physiology Reports.",
           "National guidance on hydration in care homes (2022). Care Standards Council.",
           "Okoye D, Lindahl P. (2020). Medication-related fluid loss in older adults. Geriatric Pharmacy Review."]
src_html = "".join("<li>%s</li>" % esc(s) for s in sources)

page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(HEADLINE)} | WellPath</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Learn why older adults are at higher risk of dehydration, what signs to look for, and how to prevent it.">
<style>{css_blob(["css-" + format(rnd.getrandbits(20), "x") for _ in range(50)], 450, 4111)}</style>
{ld_article(HEADLINE, "Megan Sorrell", "2024-08-02T09:00:00-05:00", "WellPath", section="Healthy Aging")}
<script>{js_blob(4112, 150, "wellpath")}</script>
</head>
<body>
<header class="css-header"><a href="/" class="css-logo">WellPath</a>
<nav class="css-nav"><ul>{link_items(["Health Conditions", "Wellness", "Nutrition", "Fitness", "Mental Health", "Healthy Aging", "Sleep", "Tools", "Connect"], prefix="/")}</ul></nav>
<button class="css-search">Search</button> <a class="css-subscribe" href="/newsletter">Subscribe</a></header>
<main id="main">
<article class="css-article">
<h1>{esc(HEADLINE)}</h1>
<div class="css-byline"><span>Medically reviewed by <a href="/reviewers/dr-nadia-farouk">Nadia Farouk, MD</a></span> &mdash; <span>Written by <a href="/authors/megan-sorrell">Megan Sorrell</a></span> &mdash; <span>Updated on August 2, 2024</span></div>
<nav class="css-toc"><p>In this article</p><ul>{link_items(["Why older adults are at higher risk", "Signs", "Prevention", "When to contact a doctor", "Takeaway"], prefix="#")}</ul></nav>
<figure><img src="/hlth/older-man-glass-of-water.jpg" alt=""><figcaption>Keeping water within reach can help older adults drink regularly. Photo: Lidia Marsh/Stockbank</figcaption></figure>
<div class="css-article-body" data-testid="article-body">
{body_html}
</div>
<section class="css-sources"><button aria-expanded="false">Sources</button><div><p>WellPath has strict sourcing guidelines and relies on peer-reviewed studies, academic research institutions, and medical associations.</p><ul>{src_html}</ul></div></section>
<section class="css-review"><h3>How we reviewed this article:</h3><p>Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.</p><p>Current version: August 2, 2024. Written by Megan Sorrell. Edited by Paul Arden. Medically reviewed by Nadia Farouk, MD.</p></section>
<div class="css-share"><span>Share this article</span><a href="#">Facebook</a><a href="#">Pinterest</a><a href="#">Email</a></div>
</article>
<section class="css-read-next"><h2>Read this next</h2><ul>{teaser_items(rnd, ["Heat exhaustion and heat stroke: What is the difference?", "How much water should you drink each day?", "Urinary tract infections in older adults: Symptoms and care", "Why do I feel dizzy when I stand up?"], '<li><a href="{href}">{text}</a></li>', "/health/")}</ul></section>
</main>
<footer class="css-footer"><p>Get our wellness newsletter</p><p>Filter out the noise and nurture your inbox with health and wellness advice that's inclusive and rooted in medical expertise.</p>
<form><input type="email" placeholder="Enter your email"><button>Sign up</button></form>
<ul>{link_items(["About Us", "Contact Us", "Terms of Use", "Privacy Policy", "Privacy Settings", "Advertising Policy", "Health Topics", "Medical Affairs", "Content Integrity", "Newsletters", "Your Privacy Choices"], prefix="/about/")}</ul>
<p>&copy; 2024 WellPath Media LLC. All rights reserved. Our website services, content, and products are for informational purposes only. WellPath does not provide medical advice, diagnosis, or treatment.</p></footer>
<script>{js_blob(4113, 60, "wpAds")}</script>
</body></html>"""

save(PID, page, gold)
