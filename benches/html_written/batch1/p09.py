# p09: football match report with score box, tabs, stats table, line-ups, league table
from common import *

PID = "p09"
TITLE = "Ashworth Rovers 2-1 Kelham Athletic: Late Lindqvist header keeps Rovers' promotion push alive"
URL = "https://www.touchlinesports.com/football/report/ashworth-rovers-vs-kelham-athletic/481122"

BODY = [
    ("p", "Tom Lindqvist's header four minutes from time gave Ashworth Rovers a dramatic victory over Kelham Athletic at Millbrook Park and moved them to within two points of the automatic promotion places."),
    ("p", "Kelham had looked set to take a deserved point after Jordan Mwangi cancelled out Callum Reddy's opener, but Lindqvist rose highest to meet Danny Faulds' corner in the 86th minute and send the home crowd of 14,212 into raptures."),
    ("p", "It was a cruel end for the visitors, who had the better of the second half and struck the woodwork twice."),
    ("h3", "Reddy breaks the deadlock"),
    ("p", "Rovers started brightly and went ahead in the 19th minute when Reddy collected a loose ball on the edge of the area, shifted it onto his left foot and curled a shot beyond the dive of Kelham goalkeeper Sam Ibbotson."),
    ("p", "It was the striker's 14th goal of the season and his fifth in his last six matches, continuing a run of form that has attracted interest from clubs in the division above."),
    ("p", "Kelham, without captain Lewis Hartigan through suspension, struggled to create anything of note before the break, their best effort a Mwangi header that drifted wide from a free-kick."),
    ("video", None),
    ("h3", "Kelham respond after the break"),
    ("p", "Whatever was said in the visitors' dressing room at half-time had an immediate effect. Within three minutes of the restart, Rhys Penhallow's low cross was turned in at the near post by Mwangi to level the scores."),
    ("p", "Kelham pressed for a winner. Penhallow hit the post from 20 yards on the hour, and substitute Ade Bamgbose saw a header cleared off the line by Rovers defender Kieran Stott. Minutes later Bamgbose found space again, only for his volley to crash against the crossbar."),
    ("p", "Rovers, by contrast, looked tired, and manager Gary Linton made a triple substitution in the 70th minute in an attempt to regain control of midfield."),
    ("h3", "Lindqvist the hero"),
    ("p", "The changes eventually paid off. Faulds, one of the substitutes, won a corner on the right with a driving run and then whipped in a delivery that Lindqvist, who had not scored since September, met with a firm header into the top corner."),
    ("p", "Kelham threw bodies forward in five minutes of stoppage time but could not find a way through, and Rovers goalkeeper Marcus Pell was booked for time-wasting as the clock ticked down."),
    ("h3", "What the managers said"),
    ("p", "<strong>Ashworth Rovers manager Gary Linton:</strong> \"We weren't at our best second half, I'll be honest. Kelham were the better side for 25 minutes. But the lads kept going, and the subs made a real difference. That's what a promotion push looks like sometimes.\""),
    ("p", "<strong>Kelham Athletic manager Neil Furnival:</strong> \"I thought we deserved at least a point. Hitting the woodwork twice and then conceding from a set piece at the end is hard to take. But if we play like that every week we'll be fine.\""),
    ("h3", "What's next?"),
    ("p", "Rovers travel to Duncaster Town on Saturday, while Kelham host Pellbridge United on Tuesday night."),
]

STATS = [("Possession", "46%", "54%"), ("Shots", "11", "15"), ("Shots on target", "5", "4"), ("Corners", "7", "6"), ("Fouls", "13", "9"), ("Offsides", "2", "3"), ("Yellow cards", "3", "1"), ("Red cards", "0", "0")]
HOME_XI = [("1", "Marcus Pell"), ("2", "Jamie Corcoran"), ("5", "Kieran Stott"), ("6", "Tom Lindqvist"), ("3", "Ellis Barraclough"), ("8", "Ryan Tennant"), ("4", "Aled Pryce"), ("11", "Nathan Oduya"), ("10", "Billy Sherwin"), ("7", "Sean McAlinden"), ("9", "Callum Reddy")]
AWAY_XI = [("1", "Sam Ibbotson"), ("2", "Connor Blyth"), ("4", "Femi Adeyemi"), ("5", "Luke Harrop"), ("3", "Rhys Penhallow"), ("6", "Josh Entwistle"), ("8", "Matty Greaves"), ("10", "Kasper Holm"), ("7", "Dylan Royce"), ("11", "Owen Kitching"), ("9", "Jordan Mwangi")]
TABLE = [(1, "Halstead City", 38, 41, 80), (2, "Pellbridge United", 38, 29, 76), (3, "Ashworth Rovers", 38, 22, 74), (4, "Brackenford", 38, 17, 69), (5, "Kelham Athletic", 38, 12, 66), (6, "Duncaster Town", 38, 9, 63), (7, "Wyvern Park", 38, 3, 58)]


def render_body():
    out, gold = [], []
    for kind, val in BODY:
        if kind == "p":
            out.append('<p class="sdc-article-body__p">%s</p>' % val); gold.append(val)
        elif kind == "h3":
            out.append('<h3 class="sdc-article-body__subheading">%s</h3>' % esc(val)); gold.append(val)
        elif kind == "video":
            out.append('<div class="sdc-article-video" data-component-name="video-player"><div class="sdc-article-video__media"><div class="sdc-site-video" data-account-id="6058004172001" data-video-id="6349221004112"><button class="sdc-site-video__play">Play Video</button></div></div><div class="sdc-article-video__details"><h4 class="sdc-article-video__headline">Highlights: Ashworth Rovers 2-1 Kelham Athletic</h4><p class="sdc-article-video__caption">Free highlights of the National League One match. <span class="sdc-article-video__duration">3:12</span></p><p class="sdc-article-video__note">Please use Chrome browser for a more accessible video player</p></div></div>')
            out.append('<div class="sdc-article-widget sdc-article-related"><h4>Also read:</h4><ul><li><a href="/football/news/11095/13110233/">Reddy hat-trick sinks Wyvern Park as Rovers climb to third</a></li><li><a href="/football/news/11095/13110871/">Kelham&#39;s Hartigan handed three-match ban after red card</a></li></ul></div>')
    return "\n".join(out), gold


def main():
    body_html, gold = render_body()
    heads = pick(HEADLINES, 20, 909)
    football_news = ["Halstead City extend lead at the top with win at Brackenford", "Pellbridge boss hits out at fixture pile-up", "Wyvern Park sack manager after winless run",
                     "Duncaster Town complete loan signing of winger", "Transfer Centre: the latest rumours", "Women's League One: Ashworth Ladies into cup semis",
                     "Goalkeeper Pell signs two-year extension with Rovers", "Who will go up? The run-in analysed", "Podcast: promotion race special"]
    stats = "".join('<tr class="sdc-site-match-stats__row"><td class="sdc-site-match-stats__val sdc-site-match-stats__val--home">%s</td><th scope="row" class="sdc-site-match-stats__name">%s</th><td class="sdc-site-match-stats__val sdc-site-match-stats__val--away">%s</td></tr>' % (h, n, a) for n, h, a in STATS)
    lineup = lambda xi, side: '<ul class="sdc-site-team-lineup__list sdc-site-team-lineup__list--%s">%s</ul>' % (side, "".join('<li class="sdc-site-team-lineup__item"><span class="sdc-site-team-lineup__player-number">%s</span><span class="sdc-site-team-lineup__player-name">%s</span></li>' % p for p in xi))
    table = "".join('<tr class="standing-table__row%s"><td class="standing-table__cell">%d</td><td class="standing-table__cell standing-table__cell--name"><a href="/%s">%s</a></td><td class="standing-table__cell">%d</td><td class="standing-table__cell">%+d</td><td class="standing-table__cell">%d</td></tr>' % (" is-highlight" if t[1] in ("Ashworth Rovers", "Kelham Athletic") else "", t[0], re.sub(r"[^a-z]+", "-", t[1].lower()), t[1], t[2], t[3], t[4]) for t in TABLE)
    page = f'''<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Ashworth Rovers 2-1 Kelham Athletic: Late Lindqvist header keeps promotion push alive | Football News | Touchline Sports</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Match report as Tom Lindqvist's 86th-minute header gives Ashworth Rovers victory over Kelham Athletic in National League One.">
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://e0.touchlinesports.com/images/2024/04/lindqvist-header.jpg">
<meta property="article:published_time" content="2024-04-09T21:58:00+01:00">
<meta property="article:section" content="Football">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{URL}">
<script type="application/ld+json">{words_json([{"@context": "http://schema.org", "@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-04-09T21:58:00+01:00", "author": {"@type": "Person", "name": "Rob Ellerby"}, "publisher": {"@type": "Organization", "name": "Touchline Sports"}}, {"@context": "http://schema.org", "@type": "SportsEvent", "name": "Ashworth Rovers vs Kelham Athletic", "startDate": "2024-04-09T19:45:00+01:00", "location": {"@type": "Place", "name": "Millbrook Park"}, "homeTeam": {"@type": "SportsTeam", "name": "Ashworth Rovers"}, "awayTeam": {"@type": "SportsTeam", "name": "Kelham Athletic"}}])}</script>
<style>{css_blob(9091, "sdc-site", 190)}</style>
<script>var sdc = sdc || {{}};sdc.matchId = 481122;sdc.competition = "national-league-one";sdc.pageType = "match-report";sdc.ads = {ad_config(9092, ["top", "mpu1", "mpu2", "sponsor"])};</script>
<script>{js_blob(9093, 45, "sdcScores")}</script>
</head>
<body class="sdc-site-page">
<div class="sdc-site-cookie-notice" role="dialog"><p>We and our partners use cookies and other technologies to personalise content and ads, provide social media features and analyse our traffic. Click 'Accept all' or 'Settings' to manage your preferences.</p><button>Accept all</button><button>Settings</button></div>
<header class="sdc-site-header"><div class="sdc-site-header__inner"><a href="/" class="sdc-site-header__logo">Touchline Sports</a><nav class="sdc-site-header__nav"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (x.lower().replace(" ", "-"), x) for x in ["Home", "Scores", "Watch", "Football", "Cricket", "F1", "Golf", "Boxing", "Rugby Union", "Rugby League", "Tennis", "Darts", "Racing", "More Sports"])}</ul></nav><div class="sdc-site-header__search"><form action="/search"><input type="text" name="q" placeholder="Type to search"><button type="submit">Search</button></form></div><a class="sdc-site-header__account" href="/login">Sign in</a></div>
<nav class="sdc-site-localnav"><ul>{"".join('<li><a href="/football/%s">%s</a></li>' % (x.lower().replace(" ", "-"), x) for x in ["Football Home", "Scores", "Fixtures", "Tables", "Transfer Centre", "Teams", "Competitions", "Super 6", "Fantasy Football"])}</ul></nav></header>
<div class="sdc-site-ad sdc-site-ad--top"><span>Advertisement</span></div>
<main class="sdc-site-layout">
<section class="sdc-site-match-header" data-match-id="481122"><div class="sdc-site-match-header__detail"><p class="sdc-site-match-header__detail-title">National League One</p><p class="sdc-site-match-header__detail-time">Tuesday 9th April 2024</p><p class="sdc-site-match-header__detail-venue">Millbrook Park</p><p class="sdc-site-match-header__detail-attendance">Attendance 14,212.</p><p class="sdc-site-match-header__detail-ref">Referee: Paul Ingleby</p></div>
<div class="sdc-site-match-header__body"><div class="sdc-site-match-header__team sdc-site-match-header__team--home"><h4 class="sdc-site-match-header__team-name"><span class="sdc-site-match-header__team-name-block-target">Ashworth Rovers</span></h4><ul class="sdc-site-match-header__team-synopsis"><li class="sdc-site-match-header__team-synopsis-line">Reddy (19)</li><li class="sdc-site-match-header__team-synopsis-line">Lindqvist (86)</li></ul></div><div class="sdc-site-match-header__score"><span class="sdc-site-match-header__team-score-block" data-update="score-home">2</span><span class="sdc-site-match-header__separator">-</span><span class="sdc-site-match-header__team-score-block" data-update="score-away">1</span><span class="sdc-site-match-header__match-status">FT</span><span class="sdc-site-match-header__match-status-ht">HT: 1-0</span></div><div class="sdc-site-match-header__team sdc-site-match-header__team--away"><h4 class="sdc-site-match-header__team-name"><span class="sdc-site-match-header__team-name-block-target">Kelham Athletic</span></h4><ul class="sdc-site-match-header__team-synopsis"><li class="sdc-site-match-header__team-synopsis-line">Mwangi (48)</li></ul></div></div>
<nav class="sdc-site-match-header__tabs"><ul><li><a href="/football/ashworth-rovers-vs-kelham-athletic/preview/481122">Preview</a></li><li><a href="/football/ashworth-rovers-vs-kelham-athletic/live/481122">Live</a></li><li class="is-active"><a href="{URL}">Report</a></li><li><a href="/football/ashworth-rovers-vs-kelham-athletic/stats/481122">Stats</a></li><li><a href="/football/ashworth-rovers-vs-kelham-athletic/teams/481122">Line-ups</a></li><li><a href="/football/ashworth-rovers-vs-kelham-athletic/table/481122">Table</a></li><li><a href="/football/ashworth-rovers-vs-kelham-athletic/video/481122">Video</a></li></ul></nav></section>
<div class="sdc-site-layout__col1">
<article class="sdc-article-body sdc-article-body--story sdc-article-body--lead" data-component-name="article-body">
<div class="sdc-article-header"><h1 class="sdc-article-header__title"><span class="sdc-article-header__long-title">{esc(TITLE)}</span></h1><p class="sdc-article-header__sub-title">Match report as Tom Lindqvist's 86th-minute header gives Ashworth Rovers a 2-1 win over Kelham Athletic in National League One; Callum Reddy had opened the scoring before Jordan Mwangi equalised; Kelham hit the woodwork twice</p><div class="sdc-article-author"><p class="sdc-article-author__byline">By Rob Ellerby at Millbrook Park</p></div><p class="sdc-article-date__date-time">Tuesday 9 April 2024 21:58, UK</p></div>
<div class="sdc-article-image"><figure class="sdc-article-image__figure"><img class="sdc-article-image__item" src="https://e0.touchlinesports.com/images/2024/04/lindqvist-header.jpg" alt="Tom Lindqvist celebrates his winner" width="768" height="432"><figcaption class="sdc-article-image__caption"><p class="sdc-article-image__caption-text">Tom Lindqvist celebrates after heading Ashworth Rovers' late winner</p></figcaption></figure></div>
<div class="sdc-article-strapline"><ul class="sdc-site-share-bar"><li><a href="https://www.facebook.com/sharer/sharer.php?u={URL}" class="sdc-site-share-bar__item">Share on Facebook</a></li><li><a href="https://x.com/intent/tweet?url={URL}" class="sdc-site-share-bar__item" title="Click to share on X (Opens in new window)">Share on X</a></li><li><a href="whatsapp://send?text={URL}">Share on WhatsApp</a></li></ul></div>
<div class="sdc-article-body__content">
{body_html}
</div>
<div class="sdc-article-tags"><span>Tags:</span><a href="/football/teams/ashworth-rovers">Ashworth Rovers</a><a href="/football/teams/kelham-athletic">Kelham Athletic</a><a href="/football/competitions/national-league-one">National League One</a></div>
</article>
<section class="sdc-site-match-stats"><h2 class="sdc-site-match-stats__title">Match Stats</h2><table class="sdc-site-match-stats__table"><caption class="sdc-site-match-stats__caption">Ashworth Rovers v Kelham Athletic, match statistics</caption><thead><tr><th>Ashworth Rovers</th><th></th><th>Kelham Athletic</th></tr></thead><tbody>{stats}</tbody></table></section>
<section class="sdc-site-team-lineup"><h2>Line-ups</h2><div class="sdc-site-team-lineup__col"><h3>Ashworth Rovers</h3>{lineup(HOME_XI, "home")}<p class="sdc-site-team-lineup__subs">Subs: Faulds (for Sherwin 70), Gittens (for McAlinden 70), Haworth (for Tennant 70), Mould, Adair.</p></div><div class="sdc-site-team-lineup__col"><h3>Kelham Athletic</h3>{lineup(AWAY_XI, "away")}<p class="sdc-site-team-lineup__subs">Subs: Bamgbose (for Kitching 55), Lowery (for Greaves 77), Fenwick, Ogden, Pearce.</p></div></section>
<section class="sdc-site-man-of-match"><h2>Man of the Match</h2><p>Tom Lindqvist, Ashworth Rovers</p></section>
</div>
<aside class="sdc-site-layout__col2">
<div class="sdc-site-ad sdc-site-ad--mpu"><span>Advertisement</span></div>
<section class="standing-table"><h2 class="standing-table__heading">National League One Table</h2><table class="standing-table__table"><thead><tr><th>#</th><th>Team</th><th>Pl</th><th>GD</th><th>Pts</th></tr></thead><tbody>{table}</tbody></table><a href="/football/national-league-one-table">Full Table</a></section>
<section class="sdc-site-news-list"><h2>Latest Football News</h2><ul>{"".join('<li><a href="/football/news/%d">%s</a></li>' % (13110000 + i, esc(t)) for i, t in enumerate(football_news))}</ul></section>
<section class="sdc-site-news-list"><h2>Elsewhere on Touchline</h2><ul>{"".join('<li><a href="/news/%d">%s</a></li>' % (i, esc(t)) for i, t in enumerate(heads[:6]))}</ul></section>
<section class="sdc-site-promo"><h3>Touchline Bet</h3><p>Get your free bets now. 18+ Begambleaware.org. T&amp;Cs apply.</p></section>
</aside>
</main>
<section class="sdc-site-comments"><h2>Join the debate</h2><p>Sign in to comment. <a href="/login">Sign in</a> | <a href="/register">Register</a></p></section>
<footer class="sdc-site-footer"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in ["Touchline Sports Home", "About us", "Contact us", "Accessibility", "Terms & conditions", "Privacy & cookies", "Privacy options", "Advertise with us", "Careers", "Site map", "Touchline Go", "Gambling support"])}</ul><p>&copy; 2024 Touchline Sports Media Ltd. All rights reserved.</p></footer>
<script>{js_blob(9094, 60, "sdcVideo")}</script>
</body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
