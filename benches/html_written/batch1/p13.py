# p13: long-form magazine feature (35 paragraphs, 6 subheads, drop cap, repeated pull quotes, photo essays between sections)
from common import *

PID = "p13"
TITLE = "The Keepers of the Line"
DEK = "For fifty years, volunteers have kept a Victorian slate railway running through the Hollin Valley. Now the people who saved it are getting old."
URL = "https://thelongitude.co.uk/features/keepers-of-the-line-hollin-valley-railway"

S = []  # (kind, text)
def P(t): S.append(("p", t))
def H(t): S.append(("h2", t))
def Q(t, who): S.append(("pull", (t, who)))
def I(f, cap): S.append(("img", (f, cap)))

P("At a quarter to seven on a Saturday morning in March, the only sound in the engine shed at Tarnbeck is the tick of cooling metal and the scrape of Dev Mistry’s shovel. He has been here since five, coaxing a fire to life in the firebox of Lady Ursula, a 126-year-old steam locomotive that weighs a little over 14 tonnes and has, by his reckoning, a personality somewhere between a grandmother and a cat.")
P("“She’ll go when she’s ready,” he says, wiping his hands on a rag that is blacker than they are. “You can’t hurry her. People try, and then they spend the afternoon waiting for a fitter.”")
P("Mistry is 34 and works, during the week, as a systems engineer for a water company. At weekends he is one of roughly 180 volunteers who keep the Hollin Valley Railway running: eleven miles of narrow-gauge track that wind from the market town of Tarnbeck up through woods, across two viaducts and along the edge of a reservoir to the former quarry village of Hollin Head.")
P("The railway carries about 70,000 passengers a year, most of them in the summer, most of them families. For the volunteers, it is something harder to describe. Over several months of visits, I heard it called a hobby, a duty, a family, a museum, an argument and, once, from a man who had just spent four hours replacing a rotten sleeper in the rain, “the most expensive way to get wet ever devised.”")
P("All of those descriptions are true. But the question hanging over the Hollin Valley Railway, and over dozens of heritage lines like it, is a simpler one. The people who saved it fifty years ago are getting old. Who will keep it going when they are gone?")
I("shed-dawn.jpg", "Dev Mistry lights the fire in Lady Ursula’s firebox shortly after 5 a.m. It takes around three hours to raise enough steam to move.")
H("A line built for slate")
P("The railway was opened in 1889 to carry slate from the quarries above Hollin Head down to the canal wharf at Tarnbeck. At its peak, just before the First World War, it ran 14 trains a day and employed more than 60 people, from platelayers to a stationmaster who, according to the company’s surviving minute books, was disciplined twice for keeping chickens on the platform.")
P("Passengers were something of an afterthought. The company added two open carriages in 1893, mainly so that quarrymen’s families could travel to market, and a single covered coach in 1910 after a series of complaints about the weather.")
P("The slate trade declined steadily through the middle of the century, and the last quarry closed in 1959. Two years later, the railway ran its final commercial train, and the track was left to rust.")
P("It might have stayed that way. Instead, in 1972, a group of enthusiasts from Tarnbeck formed a preservation society, bought the trackbed from the quarry company’s liquidators for a nominal sum, and began clearing the line by hand. The first passenger train of the preservation era ran in 1974, on a half-mile stretch of track, pulled by a borrowed diesel.")
P("Agnes Thorley was on that train. She was 28 at the time, a schoolteacher who had been persuaded to come along by her then-boyfriend. “He lasted about two years,” she says. “The railway lasted rather longer.”")
Q("You can’t hurry her. People try, and then they spend the afternoon waiting for a fitter.", "Dev Mistry, volunteer engineer")
H("The boiler")
P("Lady Ursula was built in 1898 and is one of three steam locomotives the railway owns, though only two are in working order at any one time. The third is usually in pieces in the workshop, undergoing the overhaul that every steam boiler in the country must have at least once every ten years.")
P("Those overhauls are the single largest cost the railway faces. The most recent, completed in 2022, cost just under £310,000, of which more than a third went on a new firebox made by one of a handful of specialist firms still able to do the work.")
P("“People see a steam engine and think of it as an antique,” says Ruairi Quinlan, the railway’s general manager and one of only nine paid staff. “It’s not. It’s a pressure vessel that we put members of the public next to every day. It has to be inspected and insured and certified exactly like a modern boiler in a factory, except that nobody has made parts for it in a hundred years.”")
P("Quinlan, who is 51, came to the railway from a career in hotel management. He describes his job as “roughly half engineering, half fundraising and half negotiating with people who have been here longer than me,” and does not appear to notice that this adds up to more than one job.")
P("Coal is another problem. The railway burns about 300 tonnes a year, and the closure of domestic mines means almost all of it is now imported. Prices have more than doubled since 2019. The railway has experimented with alternative fuels, including compressed briquettes made from olive stones, with what Mistry diplomatically calls “mixed results.”")
P("“The briquettes were fine on the flat,” he says. “Going up to the reservoir with four coaches on, she just sulked.”")
I("workshop.jpg", "The railway’s third locomotive, stripped to its frames in the Tarnbeck workshop during its ten-year overhaul.")
H("Signals and tea")
P("If the locomotives are the railway’s heart, the signal boxes are its nervous system. There are three: at Tarnbeck, at a passing loop halfway up the line called Gillside, and at Hollin Head. Each is staffed on running days by a volunteer who controls the points and signals by hand, using levers that can take the full weight of an adult to pull.")
P("Thorley, now 78, has worked the Gillside box for 31 years. She arrives with a flask, a cushion and a paperback, and leaves with the paperback largely unread. On a busy August day, she will handle 24 train movements, exchanging a brass token with each driver to ensure that only one train is ever on a single section of track at a time.")
P("“It’s a very old system and a very good one,” she says. “It doesn’t need electricity, it doesn’t need software, and it has never once let us down. The only way to get it wrong is to stop concentrating.”")
P("She has trained, by her own count, 43 signallers. Only 11 are still active. Some moved away, some lost interest, and several, she says matter-of-factly, have died.")
P("The box itself is a small wooden building with a view down the valley that would sell for a great deal of money if anyone could live in it. Thorley has hung a calendar on the wall and keeps a tin of biscuits for drivers. “You’d be surprised,” she says, “how much of railway safety is really about tea.”")
Q("It doesn’t need electricity, it doesn’t need software, and it has never once let us down.", "Agnes Thorley, signaller")
H("The flood")
P("On the night of 14 November 2021, after two days of heavy rain, the stream that runs beside the line below Gillside burst its banks. By the morning, a 90-metre section of embankment had been washed away, leaving the rails hanging in the air above a brown torrent.")
P("The damage closed the upper half of the railway for seven months. Repairing it cost £420,000, most of which was raised through public donations and a grant from a heritage fund. Volunteers gave an estimated 11,000 hours of labour, much of it in winter, much of it in mud.")
P("“That was the moment I thought we might not make it,” Quinlan says. “Not because of the money, in the end. Because of the people. You could see how tired everyone was.”")
P("The railway survived, and in some ways the flood renewed it. Dozens of new volunteers signed up after seeing the damage on the news, and a handful of them have stayed. But the experience also made clear how exposed a line built in the 19th century is to a 21st-century climate. The railway has since spent money on larger culverts and drainage, and dry summers bring the opposite risk: sparks from the locomotives setting fire to the bracken along the line.")
P("On the hottest days, the railway now runs its small diesel instead of steam, and a volunteer follows each train along the line on a quad bike with a fire beater. Passengers, Quinlan says, are mostly understanding. “Mostly.”")
I("embankment.jpg", "Volunteers rebuilding the embankment below Gillside in the spring of 2022, after floodwater washed away a 90-metre section.")
H("Who comes next")
P("The average age of the railway’s active volunteers is 63. That is actually younger than at many heritage railways, and younger than it was a decade ago, but it still means that a large share of the people who know how to do things are well past retirement.")
P("Some skills are easy to pass on. Others, like the ability to judge a fire by its colour and sound, take years. Stanley Birtwhistle, who drove trains on the line for four decades and still comes to the shed most Saturdays at the age of 84, says he learned most of what he knows “by getting it wrong in front of someone who’d already got it wrong themselves.”")
P("The railway has tried to make that kind of apprenticeship more deliberate. Since 2019, it has run a youth group for volunteers aged 14 to 18, who work alongside older members in every department. There are currently 26 members. One of them, Poppy Hesketh, is 17 and has just passed her assessment to work as a fireman, the person who shovels coal and tends the fire on the footplate.")
P("“My friends think it’s weird,” she says, with the unconcern of someone who does not much mind. “But none of them have ever driven a steam engine up a hill, so.”")
Q("None of them have ever driven a steam engine up a hill, so.", "Poppy Hesketh, 17, trainee fireman")
P("Hesketh wants to become an engineer, and says the railway has taught her more about mechanics than school has. She also talks about the people: Birtwhistle, who lets her practise on the turntable; Thorley, who taught her the bell codes used between signal boxes; Mistry, who answers her questions at 6 a.m. without complaint.")
P("“It’s like having loads of grandparents who all know how to fix things,” she says.")
I("footplate.jpg", "Poppy Hesketh and Dev Mistry on the footplate of Lady Ursula near Hollin Head reservoir.")
H("Last train")
P("By five in the evening, the last train of the day is coming down the valley. From the Gillside box, you hear it before you see it: a low, rhythmic beat echoing off the reservoir, then a plume of steam above the trees.")
P("Thorley leans on a lever, the signal drops, and Lady Ursula rolls into the loop with Mistry on the footplate and Hesketh beside him, both grinning. The token is handed over. A child in the front coach waves. Thorley waves back.")
P("“People ask me why I still do it,” she says afterwards, packing her flask and her still-unread paperback into a canvas bag. “I tell them it’s because somebody has to. But that’s not really it. It’s because I can’t imagine a Saturday where I don’t.”")


def render_body():
    out, gold = [], []
    first = True
    sec_open = False
    for kind, val in S:
        if kind == "p":
            if first:
                out.append('<p class="has-dropcap"><span class="dropcap" aria-hidden="true">%s</span>%s</p>' % (esc(val[0]), esc(val[1:])))
                first = False
            else:
                out.append("<p>%s</p>" % esc(val))
            gold.append(val)
        elif kind == "h2":
            if sec_open:
                out.append("</section>")
            out.append('<section class="feature-section"><h2 class="feature-section__title"><span class="ornament" aria-hidden="true">&#10086;</span> %s</h2>' % esc(val))
            sec_open = True
            gold.append(val)
        elif kind == "pull":
            t, who = val
            out.append('<aside class="pullquote pullquote--right" aria-hidden="true"><blockquote><p>&ldquo;%s&rdquo;</p></blockquote><cite>&mdash; %s</cite></aside>' % (esc(t), esc(who)))
        elif kind == "img":
            f, cap = val
            out.append('<figure class="feature-image feature-image--wide"><img src="https://thelongitude.co.uk/content/images/2024/03/%s" srcset="https://thelongitude.co.uk/content/images/size/w600/2024/03/%s 600w, https://thelongitude.co.uk/content/images/size/w1600/2024/03/%s 1600w" sizes="(min-width: 1200px) 1200px" alt="" loading="lazy" width="1600" height="1067"><figcaption>%s <span class="credit">Photograph: Idris Penhale for The Longitude</span></figcaption></figure>' % (f, f, f, esc(cap)))
    if sec_open:
        out.append("</section>")
    return "\n".join(out), gold


def main():
    body_html, gold = render_body()
    more = [("The last ferryman of the Severn Sound", "Tamsin Rowe", "A one-man crossing, a 1950s launch and a council that wants to stop paying for both."),
            ("Night shift at the cheese caves", "Aurelio Bassi", "Inside the limestone tunnels where a village ages half the region’s cheddar."),
            ("What the river remembers", "Hana Kowalczyk", "A drowned village resurfaces every dry summer. Its former residents come to visit."),
            ("The bell-ringers of St Ebba’s", "Jonah Whitcombe", "Eight people, eleven bells, and a method that takes three hours to ring."),
            ("Life after the lighthouse", "Sorcha Mulligan", "The last keepers left in 1998. Their children are still working out what it meant.")]
    page = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(TITLE)} &middot; The Longitude</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{esc(DEK)}">
<link rel="canonical" href="{URL}">
<meta property="og:site_name" content="The Longitude">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:description" content="{esc(DEK)}">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://thelongitude.co.uk/content/images/2024/03/hero-viaduct.jpg">
<meta property="article:published_time" content="2024-03-21T07:00:00.000Z">
<meta property="article:modified_time" content="2024-03-22T10:31:44.000Z">
<meta property="article:tag" content="Features">
<meta property="article:tag" content="Heritage">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{words_json({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": "The Longitude", "url": "https://thelongitude.co.uk/"}, "author": {"@type": "Person", "name": "Helena Marsh"}, "headline": TITLE, "url": URL, "datePublished": "2024-03-21T07:00:00.000Z", "image": "https://thelongitude.co.uk/content/images/2024/03/hero-viaduct.jpg", "keywords": "Features, Heritage, Railways", "description": DEK, "wordCount": 2480})}</script>
<meta name="generator" content="Ghost 5.79">
<style>{css_blob(1301, "lg", 170)}.dropcap{{float:left;font-size:5.2em;line-height:.8;padding:.08em .08em 0 0}}.pullquote{{font-size:1.6em;font-style:italic}}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://thelongitude.co.uk/" data-key="a1b2c3d4e5f6a7b8c9d0e1f2a3" data-api="https://thelongitude.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
<script>{js_blob(1302, 40, "lgReader")}</script>
</head>
<body class="post-template tag-features tag-heritage is-head-transparent">
<div class="site">
<header class="site-header site-header--overlay"><div class="site-header__inner"><a class="site-header__logo" href="https://thelongitude.co.uk/">The Longitude</a><nav class="site-nav"><ul><li><a href="/features/">Features</a></li><li><a href="/essays/">Essays</a></li><li><a href="/photography/">Photography</a></li><li><a href="/fiction/">Fiction</a></li><li><a href="/issues/">Print issues</a></li><li><a href="/about/">About</a></li></ul></nav><div class="site-header__actions"><button class="search-btn" aria-label="Search" data-ghost-search>Search</button><a href="#/portal/signin" data-portal="signin">Sign in</a><a href="#/portal/signup" data-portal="signup" class="btn">Subscribe</a></div></div></header>
<main class="site-main">
<article class="longform post">
<header class="longform__hero"><figure class="longform__hero-image"><img src="https://thelongitude.co.uk/content/images/2024/03/hero-viaduct.jpg" alt="A steam train crossing a stone viaduct in mist" width="2400" height="1350"><figcaption>Lady Ursula crosses the Gillside viaduct on the first running day of the season. <span class="credit">Photograph: Idris Penhale for The Longitude</span></figcaption></figure>
<div class="longform__titles"><a class="longform__kicker" href="/features/">Features</a><h1 class="longform__title">{esc(TITLE)}</h1><p class="longform__dek">{esc(DEK)}</p><div class="longform__byline"><span>Words by <a href="/author/helena/">Helena Marsh</a></span> <span>Photographs by <a href="/author/idris/">Idris Penhale</a></span></div><div class="longform__meta"><time datetime="2024-03-21">21 March 2024</time> <span class="reading-time">14 min read</span> <span class="issue">From Issue 31: Spring 2024</span></div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={URL}">Share on Facebook</a> <a href="https://x.com/intent/tweet?url={URL}" title="Click to share on X (Opens in new window)">Share on X</a> <a href="mailto:?subject={esc(TITLE)}&amp;body={URL}">Email</a> <button class="copy">Copy link</button></div></div></header>
<div class="longform__body gh-content">
{body_html}
</div>
<footer class="longform__footer">
<p class="issue-note"><em>This story appears in Issue 31 of The Longitude. <a href="/issues/31/">Buy the print edition</a> or <a href="#/portal/signup">subscribe</a> to get every issue delivered.</em></p>
<div class="post-tags"><a href="/tag/features/">Features</a><a href="/tag/heritage/">Heritage</a><a href="/tag/railways/">Railways</a><a href="/tag/volunteering/">Volunteering</a></div>
<div class="author-cards"><div class="author-card"><img src="/content/images/authors/helena.jpg" alt="" width="64" height="64"><div><h4>Helena Marsh</h4><p>Helena Marsh is a contributing writer at The Longitude. She grew up near a heritage railway and has never once been allowed to drive the train.</p></div></div><div class="author-card"><img src="/content/images/authors/idris.jpg" alt="" width="64" height="64"><div><h4>Idris Penhale</h4><p>Idris Penhale is a documentary photographer based in the north of England.</p></div></div></div>
<div class="support-box"><h3>The Longitude is reader-funded</h3><p>We publish slow, carefully reported stories about places and the people who keep them going. No ads, no clickbait. If you value this kind of journalism, please consider becoming a member from &pound;5 a month.</p><a class="btn" href="#/portal/signup">Become a member</a></div>
</footer>
</article>
<section class="read-more"><h2>Read next</h2><div class="post-feed">{"".join('<article class="post-card"><a class="post-card__image" href="/features/%s/"><img src="/content/images/size/w600/2024/02/%d.jpg" alt="" loading="lazy"></a><div class="post-card__content"><h3 class="post-card__title"><a href="/features/%s/">%s</a></h3><p class="post-card__excerpt">%s</p><span class="post-card__author">%s</span></div></article>' % (re.sub(r"[^a-z]+", "-", t.lower()).strip("-"), i, re.sub(r"[^a-z]+", "-", t.lower()).strip("-"), esc(t), esc(e), esc(a)) for i, (t, a, e) in enumerate(more))}</div></section>
<section class="newsletter-band"><h2>The Longitude Dispatch</h2><p>One long read, hand-picked, every Sunday morning.</p><form data-members-form="subscribe"><input data-members-email type="email" placeholder="Your email address" required><button type="submit">Sign up</button></form></section>
</main>
<footer class="site-footer"><div class="site-footer__inner"><nav><ul>{"".join('<li><a href="/%s/">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in ["About", "Masthead", "Contributors", "Pitch us", "Stockists", "Back issues", "Membership", "Gift a subscription", "Privacy", "Terms", "Contact"])}</ul></nav><p class="copyright">&copy; 2024 The Longitude Ltd. Published with Ghost.</p></div></footer>
</div>
<div class="cookie-notice" role="dialog"><p>We use a small number of cookies to keep you signed in and to understand which stories are read. No advertising trackers, ever.</p><button>OK</button></div>
<script>{js_blob(1303, 45, "lgPortal")}</script>
</body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
