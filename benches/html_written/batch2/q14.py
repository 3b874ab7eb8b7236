# q14: high-school sports roundup on a chain-newspaper (Gannett-like) template: many short h3 sections,
# stat lines as paragraphs (gold), scoreboard ticker + "Story continues below" ads + galleries (not gold).
import random
from common import *
rnd = random.Random(1414)
SITE = "Tri-County Courier-Press"
HEAD = "Prep roundup: Ashford softball rallies in seventh, Pine Hollow clinches league title"

games = [
    ("Softball: Ashford 5, Millbrook 4", [
        "Down 4-2 entering the seventh inning, Ashford strung together four straight hits to stun Millbrook on the road and keep its Valley League title hopes alive.",
        "Senior Kayla Brandt tied the game with a two-run double into the left-centre gap, and freshman Noor Haddad followed with a bloop single that scored Brandt from second.",
        "Ashford pitcher Jess Lindgren (9-3) retired the final six batters she faced, striking out the side in the bottom of the seventh.",
        "Stats: Brandt 3-4, 2B, 2 RBI; Haddad 2-3, RBI; Lindgren 7 IP, 6 H, 4 R, 9 K. Millbrook: Ava Pruitt 2-3, HR, 3 RBI."]),
    ("Baseball: Pine Hollow 8, Cedar Flats 1", [
        "Pine Hollow clinched at least a share of its first league championship since 2011 behind a complete-game three-hitter from junior Marcus Oyelaran.",
        "The Hawks broke the game open with a five-run third inning, highlighted by a bases-clearing triple from catcher Danny Voss.",
        "“This group has been talking about a title since they were freshmen,” Pine Hollow coach Rich Delgado said. “It’s nice to see them get it done at home.”",
        "Stats: Oyelaran 7 IP, 3 H, 1 R, 11 K; Voss 2-4, 3B, 4 RBI; Eli Tran 3-4, 2 R."]),
    ("Baseball: Westbrook 3, St. Anselm 2 (9 inn.)", [
        "Luis Carrasco’s walk-off single in the bottom of the ninth lifted Westbrook in a game that featured a combined 24 strikeouts.",
        "St. Anselm starter Owen Pike struck out 13 in seven innings but did not factor in the decision."]),
    ("Boys volleyball: Millbrook def. Ashford 25-21, 23-25, 25-18, 25-22", [
        "Millbrook won its sixth straight match as senior outside hitter Theo Marsh finished with 19 kills and 11 digs.",
        "Setter Jonah Abiola added 41 assists for the Mustangs (14-4, 7-1), who moved into sole possession of first place in the Valley League."]),
    ("Boys volleyball: Cedar Flats def. Westbrook 25-16, 25-19, 25-20", [
        "Sophomore Caleb Nunes had 12 kills and four aces in a sweep that snapped a three-match skid for Cedar Flats."]),
    ("Girls lacrosse: St. Anselm 14, Pine Hollow 9", [
        "Riley Costa scored six goals, including four in the second half, as St. Anselm pulled away after a tight first 25 minutes.",
        "Pine Hollow led 5-4 midway through the first half before St. Anselm scored five unanswered goals to take control.",
        "Goalkeeper Mia Feld made 11 saves for the Saints, who improved to 10-2."]),
    ("Boys track and field", [
        "Ashford’s Jamal Whitaker won the 100 and 200 metres and anchored the winning 4x100 relay at the Tri-County Invitational, earning the meet’s outstanding athlete award.",
        "Whitaker’s winning time of 10.71 seconds in the 100 is the fastest in the county this season.",
        "Millbrook won the team title with 142 points, ahead of Ashford (118) and Cedar Flats (97)."]),
    ("Girls track and field", [
        "Westbrook junior Sofia Marchetti cleared 5 feet, 6 inches to win the high jump and set a meet record, breaking a mark that had stood since 2006.",
        "Pine Hollow won the team title for the third straight year, led by distance runner Harper Quinn, who won the 1,600 and 3,200."]),
    ("Up next", [
        "Ashford hosts Pine Hollow in a softball doubleheader Saturday at 11 a.m. A sweep would give Ashford a share of the Valley League title.",
        "The Valley League boys volleyball tournament begins Tuesday at Millbrook High School."]),
]
parts, gold = [], []
for i, (h3, ps) in enumerate(games):
    parts.append(f'<h3 class="gnt_ar_b_h3">{esc(h3)}</h3>'); gold.append(h3)
    for p in ps:
        parts.append(f'<p class="gnt_ar_b_p">{esc(p)}</p>'); gold.append(p)
    if i in (1, 4):
        parts.append('<aside class="gnt_em gnt_em__el" aria-label="advertisement"><div class="gnt_em_ad"><span class="gnt_em_ad_lbl">Story continues below advertisement</span></div></aside>')
    if i == 2:
        parts.append('<aside class="gnt_em gnt_em_gl" aria-label="Gallery"><a href="/picture-gallery/sports/high-school/2024/05/09/ashford-millbrook-softball-photos/" class="gnt_em_gl_a"><span class="gnt_em_gl_t">Photos: Ashford rallies past Millbrook in Valley League softball</span><span class="gnt_em_gl_c">32 Photos</span></a></aside>')
    if i == 5:
        parts.append('<aside class="gnt_em gnt_em_pr"><p class="gnt_em_pr_h">Nominate an athlete</p><p>Vote for the Courier-Press Athlete of the Week by noon Monday. <a href="/vote">Cast your vote</a></p></aside>')
intro = ["Thursday was a busy night across the Tri-County area, with league races tightening in softball and boys volleyball and a title decided on the baseball diamond.",
         "Here’s a look at the results. Coaches can report scores and stats to preps@tricountycp.example by 10 p.m. for inclusion in the next day’s roundup."]
body_html = "\n".join([f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in intro] + parts)
gold = intro + gold

scores = [("SB", "Ashford", 5, "Millbrook", 4), ("BSB", "Pine Hollow", 8, "Cedar Flats", 1), ("BSB", "Westbrook", 3, "St. Anselm", 2), ("GLAX", "St. Anselm", 14, "Pine Hollow", 9),
          ("SB", "Cedar Flats", 10, "Westbrook", 0), ("BSB", "Millbrook", 6, "Ashford", 5), ("SB", "St. Anselm", 7, "Pine Hollow", 3)]
ticker = "".join(f'<li class="gnt_sb_g"><span class="gnt_sb_sp">{s}</span><span class="gnt_sb_t">{a}</span><span class="gnt_sb_s">{x}</span><span class="gnt_sb_t">{b}</span><span class="gnt_sb_s">{y}</span><span class="gnt_sb_st">Final</span></li>' for s, a, x, b, y in scores)
more = make_headlines(rnd, ["Ashford", "Pine Hollow", "Millbrook", "Cedar Flats", "Westbrook", "St. Anselm", "Valley League", "Tri-County"],
                      ["names", "hires", "honors", "edges", "tops", "falls to", "announces"],
                      ["new football coach", "all-league team", "rival in extra innings", "state-bound relay", "Athlete of the Week", "signing day class", "playoff bracket"], 18)
more_html = "".join(f'<a class="gnt_m_flm_a" href="/story/sports/high-school/2024/05/{rnd.randint(1,9):02d}/{slug(t)}/{73000000+i}/"><div class="gnt_m_flm_i"><img src="https://www.tricountycp.example/gcdn/presto/{i}.jpg" alt=""></div><div class="gnt_m_flm_t">{esc(t)}</div></a>' for i, t in enumerate(more))

css = css_blob(["gnt_ar", "gnt_m", "gnt_n", "gnt_em", "gnt_sb", "gnt_pr", "gnt_x", "gnt_ft"], 600, 1414)
js = js_blob(14141, 140, "gnt")
doc = f'''<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Prep roundup: Ashford softball rallies in seventh, Pine Hollow clinches league title</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Ashford softball rallied in the seventh to beat Millbrook, and Pine Hollow baseball clinched a share of the Valley League title.">
<meta property="og:title" content="{esc(HEAD)}"><meta property="og:type" content="article"><meta property="og:site_name" content="{SITE}">
<meta property="article:published_time" content="2024-05-10T02:47:00Z"><meta property="article:section" content="High School Sports">
<script type="application/ld+json">{json_state({"@context": "http://schema.org", "@type": "NewsArticle", "headline": HEAD, "author": [{"@type": "Person", "name": "Trey Hollis"}], "datePublished": "2024-05-10T02:47:00Z", "articleSection": "sports/high-school"})}</script>
<style>{css}</style>
<script>window.gnt={{"pageType":"story","ssts":"sports/high-school","taxonomy":"sports","cst":"sports/high-school/softball","asset":73011442}};</script>
<script>{js}</script>
</head><body class="gnt_pr">
<a class="gnt_x_skip" href="#mainContentSection">Skip to main content</a>
<header class="gnt_n"><div class="gnt_n_mn"><a class="gnt_n_logo" href="/" aria-label="{SITE} logo">{SITE}</a>
<nav class="gnt_n_mn_nv"><a class="gnt_n_mn_l" href="/news/">News</a><a class="gnt_n_mn_l" href="/sports/">Sports</a><a class="gnt_n_mn_l" href="/sports/high-school/">High School</a><a class="gnt_n_mn_l" href="/entertainment/">Entertainment</a><a class="gnt_n_mn_l" href="/opinion/">Opinion</a><a class="gnt_n_mn_l" href="/obituaries/">Obituaries</a><a class="gnt_n_mn_l" href="/eedition/">eNewspaper</a><a class="gnt_n_mn_l" href="/legals/">Legals</a></nav>
<div class="gnt_n_us"><a class="gnt_n_us_l" href="/search/">Search</a><a class="gnt_n_us_l gnt_n_us_sub" href="/subscribe/">Subscribe</a><a class="gnt_n_us_l" href="/signin/">Sign In</a></div></div>
<div class="gnt_sb"><span class="gnt_sb_h">Scores</span><ul class="gnt_sb_ul">{ticker}</ul><a href="/sports/high-school/scores/">All scores</a></div></header>
<main class="gnt_cw" id="mainContentSection">
<article class="gnt_pr">
<h1 class="gnt_ar_hl" elementtiming="ar-headline">{esc(HEAD)}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__si" href="/staff/4411/trey-hollis/">Trey Hollis</a><div class="gnt_ar_by_j">Tri-County Courier-Press</div></div>
<div class="gnt_ar_dt" aria-label="Published: May 9, 2024 at 10:47 p.m. ET">Published 10:47 p.m. ET May 9, 2024</div>
<div class="gnt_ss"><a class="gnt_ss_fb" href="#">Facebook</a><a class="gnt_ss_tw" href="#">Twitter</a><a class="gnt_ss_em" href="#">Email</a></div>
<figure class="gnt_em gnt_em_img"><img class="gnt_em_img_i" src="https://www.tricountycp.example/gcdn/presto/2024/05/09/softball.jpg?width=660&amp;height=440&amp;fit=crop" alt="Ashford's Kayla Brandt slides home" width="660" height="440"><figcaption class="gnt_em_cp" data-c-caption="Ashford's Kayla Brandt slides home with the go-ahead run against Millbrook on Thursday."><span class="gnt_em_cp_w">Ashford's Kayla Brandt slides home with the go-ahead run against Millbrook on Thursday.</span> <span class="gnt_em_cp_c">Leah Vance/Special to the Courier-Press</span></figcaption></figure>
<div class="gnt_ar_b" aria-label="Article">
{body_html}
</div>
<div class="gnt_ar_tr"><p>Contact Trey Hollis at thollis@tricountycp.example. Follow him on X @TreyHollisPreps.</p></div>
</article>
<section class="gnt_m_flm"><h2 class="gnt_m_flm_h">More high school sports</h2>{more_html}</section>
<aside class="gnt_rr"><div class="gnt_em_ad"><span class="gnt_em_ad_lbl">Advertisement</span></div><section><h3>Subscribe for unlimited access to local sports</h3><p>Get the latest scores, stories and photos from every Tri-County team. $1 for 6 months.</p><a href="/subscribe/">Subscribe now</a></section></aside>
</main>
<footer class="gnt_ft"><nav><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/contact/">Contact Us</a> <a href="/terms/">Terms of Service</a> <a href="/privacy/">Privacy Notice</a> <a href="/accessibility/">Accessibility</a> <a href="/your-privacy-choices/">Your Privacy Choices</a></nav><p>© 2024 www.tricountycp.example. All rights reserved.</p></footer>
</body></html>
'''
save("q14", doc, gold)
