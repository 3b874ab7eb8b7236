"""q15 - English, Drupal 7 nonprofit newsroom, long investigation.

Ordinary long-form: subheadings, an ordered list, a block quote from a
letter, an embedded document viewer (title and page count, not gold), and
the usual Drupal 7 field wrappers; series box, donation appeal and
republish notice after the body.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q15"
rnd = random.Random(315)

TITLE = "The county paid $4.1 million for a jail health contract. Inspectors found missed doses, empty posts and falsified logs."
DEK = "Records obtained by the Merrow Ledger show Halvard County kept renewing its contract with CareBridge Correctional Health despite repeated warnings from its own monitors."

PART_A = """
When Lucas Brandvold was booked into the Halvard County Detention Center on a probation violation in February 2023, he told the intake nurse that he took insulin twice a day. Over the next nine days, according to jail medical records, he received it four times.

On the tenth day, a guard found him unresponsive in his cell. He was taken to St. Agathe Regional Hospital with a blood sugar level so high the lab's meter could not read it. He survived, but spent three weeks in intensive care.

Brandvold's case is one of at least 27 documented by the county's own contract monitors in which people held at the jail missed prescribed medication, waited days for a doctor, or were logged as seen by medical staff at times when no nurse was on duty. The Merrow Ledger obtained the monitors' reports, along with staffing records and internal emails, through a series of public records requests over eight months.

The records show that county officials were told repeatedly, beginning in 2021, that the private company running the jail's health care was not meeting the terms of its contract. They renewed the contract anyway, twice, most recently in June at a cost of $4.1 million a year.

## A contract built on staffing promises

Halvard County first hired CareBridge Correctional Health, a company based in Tarrant Springs, in 2019. Its contract requires a registered nurse on site at all times, a physician or nurse practitioner at the jail at least 16 hours a week, and a mental health professional available every day.

Monitors hired by the county to check the company's work found those requirements were regularly unmet. In a sample of 90 days reviewed in 2022, the jail had no registered nurse on site for at least part of 41 of them. Physician hours averaged just under nine a week.

The reports also found problems with medication records. Monitors compared the jail's electronic medication logs with the times nurses badged in and out of the building and found 112 doses recorded as given during shifts when the listed nurse was not in the building.

> "These are not documentation errors in the ordinary sense. A dose cannot be administered by a person who is not present. The pattern suggests entries were made after the fact to fill gaps in the record." — From a March 2023 report by the county's contract monitor

## What the county was told

The monitor, a retired correctional health administrator named Theresa Volkova, sent her findings to the county's jail administrator and the county attorney's office at least six times between 2021 and 2024, the records show. In each report she recommended that the county impose financial penalties allowed under the contract.

The county never did. Emails show that in at least two cases, officials discussed penalties but decided against them, citing concern that CareBridge might walk away and leave the jail with no provider at all.

"We're not in a position to replace them on short notice," jail administrator Gordon Fairweather wrote in an August 2022 email to the county's finance director. "If we push too hard, we may end up worse off."

Fairweather, who retired this spring, did not respond to several requests for comment. The county's current jail administrator, Yvette Camarillo, said in a written statement that the county "takes the health and safety of every person in our custody seriously" and had "worked collaboratively with our provider to address concerns as they arose."

## The company's response

CareBridge's chief operating officer, Raymond Oduya, said in an interview that the company had struggled to hire nurses willing to work in the jail, as have correctional health providers across the country.

"Every provider in this industry is fighting the same labor market," Oduya said. "We have used agency staff, we have raised wages twice, and we have been transparent with the county about where we fell short."

Oduya disputed the monitor's findings about the medication logs, saying the discrepancies were caused by nurses entering doses at the end of a shift from paper notes, a practice he said the company has since stopped. He declined to make company staff available to explain specific entries.

Asked about Brandvold's case, Oduya said he could not discuss individual patients because of privacy law.

## What experts say should change

Correctional health experts who reviewed the monitor reports at the Ledger's request said the county had tools it did not use. Dr. Imani Castellanos, who studies jail health care at Wrenfield University, said the contract's penalty clauses exist precisely so counties do not have to choose between tolerating poor care and having no provider.

She and two other experts interviewed for this story suggested several steps the county could take:

1. Enforce the staffing penalties already written into the contract, and publish the monitor's reports.
2. Require real-time reconciliation between medication logs and staff badge records.
3. Give the monitor authority to report directly to the county board, not only to jail administrators.
4. Begin planning now for a new procurement, so the county is not dependent on a single bidder when the contract expires.

Brandvold, now 38, has filed a notice of claim against the county, the first step toward a lawsuit. He said he still does not understand why nobody checked on him.

"I told them the first night," he said. "I told them every day after that. I'm not asking for anything special. I just wanted my medicine."
"""

spec = body_from(PART_A)
# the blockquote carries its attribution inside a <footer>, still gold as one line
out, gold = [], []
for kind, payload in spec:
    if kind == "quote":
        q, attr = payload[0].split(" — ")
        out.append('<blockquote class="document-quote"><p>%s</p><footer>— %s</footer></blockquote>' % (q, attr))
        gold.extend([q, "— " + attr])
        out.append('<div class="embed-document"><div class="embed-document__title">Document: Halvard County contract monitor report, March 2023</div><div class="embed-document__meta">38 pages &middot; Uploaded by Merrow Ledger</div><div class="embed-document__viewer" data-doc="halvard-monitor-2023-03"></div><div class="embed-document__links"><a href="/documents/halvard-monitor-2023-03.pdf">Download PDF</a> <a href="/documents/halvard-monitor-2023-03">View full document</a></div></div>')
    elif kind == "ol":
        out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in payload))
        gold.extend(payload)
    elif kind == "h2":
        out.append("<h2>%s</h2>" % payload)
        gold.append(payload)
    else:
        out.append("<p>%s</p>" % payload)
        gold.append(payload)
body_html = "\n".join(out)

series = [
    "Part 1: Eleven deaths in four years. What happened inside the Halvard County jail?",
    "Part 2: The county paid $4.1 million for a jail health contract. Inspectors found missed doses, empty posts and falsified logs.",
    "Part 3: Coming soon",
]

css = css_blob(["region", "block", "node", "field", "field-item", "embed-document", "series-box", "donate", "pane", "footer"], 900, 3151)
js = js_blob(3152, 150, "Drupal")

html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="/investigations/2024/11/halvard-county-jail-health-contract" />
<title>{title} | Merrow Ledger</title>
<style type="text/css" media="all">{css}</style>
<script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"merrow","theme_token":"Xk2Pq9wJ"}}}});</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-30117 node-type-story">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix"><a href="/" title="Home" rel="home" id="logo">Merrow Ledger</a><div id="name-and-slogan"><div id="site-slogan">Nonprofit investigative journalism for the Merrow River region</div></div>
<div class="region region-header"><div id="block-menu-menu-top" class="block block-menu"><ul class="menu"><li class="first leaf"><a href="/about">About</a></li><li class="leaf"><a href="/donate">Donate</a></li><li class="leaf"><a href="/newsletters">Newsletters</a></li><li class="last leaf"><a href="/tips">Send a tip</a></li></ul></div></div></div></div>
<div id="navigation"><div class="section"><ul id="main-menu" class="links inline clearfix"><li class="menu-218 first"><a href="/investigations">Investigations</a></li><li class="menu-219"><a href="/government">Government</a></li><li class="menu-220"><a href="/justice">Criminal Justice</a></li><li class="menu-221"><a href="/health">Health</a></li><li class="menu-222"><a href="/environment">Environment</a></li><li class="menu-223 last"><a href="/data">Data</a></li></ul></div></div>
<div id="main-wrapper"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">{title}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system">
<div id="node-30117" class="node node-story node-promoted clearfix" about="/investigations/2024/11/halvard-county-jail-health-contract" typeof="sioc:Item foaf:Document">
<div class="field field-name-field-dek field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even">{dek}</div></div></div>
<div class="field field-name-field-byline field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">By Corinne Labadie and Ezekiel Marsh</div></div></div>
<div class="submitted"><span property="dc:date dc:created" content="2024-11-21T06:00:00-06:00">November 21, 2024</span></div>
<div class="field field-name-field-lead-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img typeof="foaf:Image" src="/sites/default/files/styles/lead/public/2024/11/halvard-jail.jpg" width="1200" height="700" alt="" /><div class="image-caption">The Halvard County Detention Center in Merrow Falls. The jail holds about 340 people on an average day. (Ezekiel Marsh / Merrow Ledger)</div></div></div></div>
<div class="series-box series-box--top"><div class="series-box__label">This story is part of</div><div class="series-box__name"><a href="/series/behind-the-walls">Behind the Walls: Health care in Halvard County's jail</a></div></div>
<div class="content">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body}
</div></div></div>
<div class="field field-name-field-credits field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><p><em>Data analysis by Priya Venkataraman. Edited by Walter Dunleavy.</em></p></div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/jails">Jails</a></div><div class="field-item odd"><a href="/tags/halvard-county">Halvard County</a></div><div class="field-item even"><a href="/tags/contracts">Contracts</a></div></div></div>
</div>
<div class="series-box series-box--bottom"><h2 class="series-box__title">Behind the Walls</h2><ul>{series}</ul></div>
<div class="donate-appeal"><h2>This investigation took eight months.</h2><p>Stories like this one depend on readers. The Merrow Ledger is a nonprofit newsroom and does not have a paywall. If you value this work, please make a tax-deductible gift today.</p><a href="/donate" class="button">Donate now</a></div>
<div class="republish"><a href="/republish/30117">Republish this article</a> <span>Free to republish under Creative Commons BY-ND 4.0.</span></div>
<ul class="links inline"><li class="print_html first"><a href="/print/30117" title="Display a printer-friendly version of this page." class="print-page" rel="nofollow">Printer-friendly version</a></li><li class="forward last"><a href="/forward?path=node/30117" title="Forward this page to a friend" class="forward-page">Send to friend</a></li></ul>
</div>
</div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-latest-block" class="block block-views"><h2>Latest investigations</h2><div class="content"><div class="view view-latest"><div class="view-content"><div class="views-row views-row-1"><a href="/investigations/2024/10/merrow-falls-water-main-breaks">Merrow Falls water mains are failing. The replacement plan is 60 years behind.</a></div><div class="views-row views-row-2"><a href="/investigations/2024/09/school-bus-contractor-inspections">School bus contractor failed state inspections at twice the average rate</a></div><div class="views-row views-row-3"><a href="/investigations/2024/08/eviction-filings-corporate-landlords">Five corporate landlords file a third of the region's evictions</a></div></div></div></div></div>
<div id="block-block-7" class="block block-block"><h2>Get our investigations by email</h2><div class="content"><p>One email when we publish. No spam.</p><form><input type="email" /><input type="submit" value="Subscribe" /></form></div></div>
</div></div></div>
</div></div>
<div id="footer"><div class="section"><div class="region region-footer"><p>The Merrow Ledger is a 501(c)(3) nonprofit news organization. &copy; 2024 Merrow Ledger. <a href="/privacy">Privacy</a> &middot; <a href="/ethics">Ethics</a> &middot; <a href="/funders">Our funders</a></p></div></div></div>
</div></div>
<script type="text/javascript">{js}</script>
</body>
</html>""".format(
    title=esc(TITLE), dek=esc(DEK), css=css, js=js, body=body_html,
    series="".join("<li>%s</li>" % esc(s) for s in series),
)

save(PID, html, gold)
