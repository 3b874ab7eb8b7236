# q13: opinion column on an Arc-like metro paper; italic editor's note at top (EXCLUDED: publisher annotation),
# in-body blockquote (kept), disclaimer + letters box (excluded), long reader comments.
import random
from common import *
rnd = random.Random(1313)
SITE = "The Riverton Post-Ledger"
HEAD = "Opinion: Closing Eastgate library on Sundays is a false economy"

note = "<em>Editor’s note: This column was updated on March 14 to correct the number of weekly visitors to the Eastgate branch. An earlier version said 4,000; the library’s figure is 3,100. It has also been updated to include a response from the library board.</em>"
body = [
    ('p', "On Sunday afternoons, the Eastgate branch of the Riverton Public Library is the busiest room in my neighbourhood. Teenagers crowd around the long table by the window with their laptops. Two retired men argue amiably over the chess set. A young mother reads picture books aloud in the children’s corner while her toddler tries to eat one. And at the computers by the front desk, there is almost always somebody filling out a job application, a benefits form or a court document they do not fully understand."),
    ('p', "Starting in April, that room will be dark. The library board voted last month to close Eastgate and two other branches on Sundays to save about $310,000 a year, roughly 1.2 percent of the library’s budget. I understand the pressure the board is under. I think it has made the wrong call."),
    ('h3', "Who uses the library on Sundays"),
    ('p', "According to the library’s own figures, the Eastgate branch sees about 3,100 visitors a week, and Sunday is its second-busiest day after Saturday. That should not surprise anyone. Sunday is when people who work two jobs, or work weekdays and Saturdays, finally have a few free hours. It is when students cram for Monday tests. It is when the public computers matter most, because many of the offices that might otherwise help are closed."),
    ('p', "Close the library on Sundays, and the people who lose the most are the ones with the fewest alternatives. Families with fast internet and a quiet study at home will be fine. The teenager sharing a two-bedroom apartment with five relatives will not."),
    ('p', "A reader who works as a home health aide put it to me more clearly than I could in an email last week:"),
    ('quote', ["“I work Monday through Saturday. Sunday is the only day I can go to the library with my son and help him with his reading. If they close it, I don’t know when we’ll go.”"]),
    ('h3', "The savings are smaller than they look"),
    ('p', "Cuts to opening hours are tempting because they are easy to explain and quick to implement. But the savings are often overstated. Buildings still have to be heated, cleaned and secured whether or not the doors are open. Much of the $310,000 the board expects to save comes from reduced staff hours, which means fewer shifts for part-time workers, many of whom live in the neighbourhoods their branches serve."),
    ('p', "Meanwhile, the costs of closing are real but harder to count. When a teenager has nowhere to go on a Sunday afternoon, that cost shows up somewhere else in the city budget, perhaps in a police call or a missed assignment that becomes a failed class. When a job seeker cannot get online to submit an application, the cost shows up in another month of unemployment."),
    ('p', "In a statement after this column was first published, the library board said it had considered other options, including reducing hours at all branches equally, and concluded that Sunday closures at lower-traffic branches would “minimise disruption.” But Eastgate is not a low-traffic branch on Sundays. If the numbers do not support the decision for Eastgate, the board should revisit it."),
    ('h3', "What the city can do instead"),
    ('p', "There are alternatives. The City Council could restore the $310,000 from its contingency reserve, which held more than $9 million at the end of last year. The library could stagger closures so that at least one branch on each side of the river stays open on Sundays. It could partner with the school district, whose buildings sit empty on weekends, to offer Sunday study halls."),
    ('p', "None of these is perfect. All of them are better than locking the door on the people who need it most."),
    ('p', "The board meets again on March 28. If you use the library on Sundays, or you know somebody who does, go and tell them. It is still a public library. The public should get a say."),
]
tpl = {'p': '<p class="c-paragraph">{}</p>', 'h3': '<h3 class="c-heading">{}</h3>', 'quote': '<blockquote class="c-blockquote">{items}</blockquote>', 'quote_item': '<p>{}</p>'}
body_html, gold = render(body, tpl)

comments_data = [
    ("RivertonReader55", "6 days ago", 64, ["I volunteer at the Eastgate homework help table on Sundays, and I can confirm every word of this. Last Sunday we had eleven kids at a table meant for six. Two of them told me they come because it is the only quiet place they have all weekend. One girl does her chemistry homework there every week because her family does not have internet at home and her phone plan runs out by the middle of the month.",
                                             "I understand budgets are tight. But the library is one of the very few places left in this city where you can walk in, sit down and stay for hours without anyone expecting you to buy something. That is worth more than 1.2 percent of a budget. I will be at the March 28 meeting."]),
    ("D. Halvorsen", "6 days ago", 12, ["With respect, every department is being asked to cut. Why should the library be exempt? The columnist does not mention that the board also looked at cutting the materials budget, which would have meant fewer new books for everyone. Sunday closures at three branches seems like a reasonable compromise to me. People can go to the main library downtown, which stays open."]),
    ("mkeller_eastside", "5 days ago", 31, ["@D. Halvorsen The main library is two bus transfers and more than an hour each way from Eastgate on a Sunday schedule. That is not a realistic option for a parent with small kids. ‘Go downtown’ is easy to say if you have a car.",
                                           "Also, the contingency reserve point is important. The council found money for the new parking structure by the arena within a week. It is a question of priorities, not of whether the money exists."]),
    ("Grace_T", "4 days ago", 8, ["Thank you for writing this. I used the Eastgate computers to apply for the job I have now. I would never have finished the application without the librarian who sat with me for forty minutes on a Sunday, helping me attach my documents because the website kept timing out. I think about her every time I walk past that building."]),
]
def c(u, t, likes, ps):
    body = "".join(f"<p>{esc(p)}</p>" for p in ps)
    return f'<div class="comment-item" data-comment-id="{rnd.randint(10**7,10**8)}"><div class="comment-header"><span class="comment-user">{esc(u)}</span> <span class="comment-time">{t}</span></div><div class="comment-text">{body}</div><div class="comment-actions"><button>Like ({likes})</button><button>Reply</button><button>Report</button></div></div>'
comments = "".join(c(*x) for x in comments_data)

op_more = ["Editorial: Riverton needs a real plan for its empty downtown offices", "Guest column: Our bus system is failing the people who need it most",
           "Letters: Readers weigh in on the school start time debate", "Opinion: The council’s parking garage is a monument to the past",
           "Opinion: Let’s talk honestly about property taxes", "Editorial: Keep the river trail open year-round", "Opinion: What my grandmother taught me about voting",
           "Letters: Library cuts, potholes and a thank-you to snowplow drivers"]
op_html = "".join(f'<li class="c-list-item"><a href="/opinion/{slug(t)}/"><h4 class="c-heading">{esc(t)}</h4></a></li>' for t in op_more)
news_more = make_headlines(rnd, ["Riverton", "County", "School board", "Police", "State lawmakers", "Transit agency"], ["approves", "debates", "delays", "funds"],
                           ["new bus routes", "bridge repairs", "teacher raises", "downtown housing plan", "body cameras", "snow budget"], 15)
news_html = "".join(f'<div class="c-stack"><a href="/news/{slug(t)}/"><img src="/resizer/{i}.jpg" alt=""><h4>{esc(t)}</h4></a><span class="c-date">{rnd.randint(1,20)} hours ago</span></div>' for i, t in enumerate(news_more))

fusion = {"globalContent": {"_id": "3KQ7ZP2", "type": "story", "headlines": {"basic": HEAD}, "subtype": "opinion",
          "credits": {"by": [{"name": "Marguerite Osei", "additional_properties": {"original": {"bio": "Columnist"}}}]},
          "taxonomy": {"primary_section": {"_id": "/opinion/columnists"}}, "content_elements_count": len(body) + 1},
          "deployment": 4211, "arcSite": "postledger", "outputType": "default"}
css = css_blob(["c-paragraph", "c-heading", "b-article", "b-header", "c-link", "c-stack", "b-right-rail", "c-byline", "c-attribution"], 480, 1313)
js = js_blob(13131, 110, "Fusion")
doc = f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>
<title>{esc(HEAD)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="description" content="The library board's plan saves 1.2% of the budget and costs the neighbourhood its busiest public room."/>
<meta property="og:title" content="{esc(HEAD)}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="{SITE}"/>
<meta property="article:published_time" content="2024-03-11T10:00:00Z"/><meta property="article:modified_time" content="2024-03-14T16:35:00Z"/><meta property="article:section" content="Opinion"/><meta property="article:opinion" content="true"/>
<script type="application/ld+json">{json_state({"@context": "https://schema.org", "@type": "OpinionNewsArticle", "headline": HEAD, "author": {"@type": "Person", "name": "Marguerite Osei"}, "datePublished": "2024-03-11T10:00:00Z", "dateModified": "2024-03-14T16:35:00Z"})}</script>
<style>{css}</style>
</head><body><div id="fusion-app" class="layout-section">
<div class="b-top-ad"><div class="arcad-feature"><div class="ad-label">ADVERTISEMENT</div><div id="arcad_top"></div></div></div>
<header class="b-header-nav"><nav><button class="c-button">Sections</button><a href="/" class="c-link logo">{SITE}</a><ul class="c-nav">{"".join(f'<li><a class="c-link" href="/{slug(s)}/">{s}</a></li>' for s in ["News", "Sports", "Business", "Opinion", "Entertainment", "Food", "Obituaries", "Puzzles", "e-Edition"])}</ul>
<div class="c-search"><input type="text" placeholder="Search" aria-label="Search"/></div><a class="c-button subscribe" href="/subscribe/">Subscribe</a><a class="c-link" href="/account/login/">Log in</a></nav></header>
<main class="b-main">
<article class="b-article">
<div class="b-overline"><a class="c-overline" href="/opinion/columnists/">Opinion</a> · <span>Columnist</span></div>
<h1 class="b-headline c-heading">{esc(HEAD)}</h1>
<h2 class="b-subheadline">The library board’s plan saves 1.2% of the budget and costs the neighbourhood its busiest public room.</h2>
<div class="b-byline"><img class="c-image headshot" src="/authors/mosei.jpg" alt="Marguerite Osei"/><div><span class="c-byline">By <a class="c-link" href="/people/marguerite-osei/">Marguerite Osei</a></span><span class="c-attribution">Post-Ledger columnist</span></div></div>
<div class="b-date"><time datetime="2024-03-11T10:00:00Z">Published March 11, 2024 at 6:00 a.m. EDT</time> · <span>Updated March 14, 2024 at 12:35 p.m. EDT</span></div>
<div class="b-share"><button class="c-button" aria-label="Share on Facebook">Facebook</button><button class="c-button">X</button><button class="c-button">Email</button><button class="c-button">Gift article</button><a href="#comments" class="c-link">Comments (47)</a></div>
<figure class="c-media-item"><img src="/resizer/eastgate-branch.jpg" alt="Eastgate library branch" width="1440" height="960"/><figcaption class="c-media-item__caption">Students work at the Eastgate branch of the Riverton Public Library on a Sunday afternoon in February. <span class="c-credit">(Photo: Jun Park / Post-Ledger)</span></figcaption></figure>
<div class="b-article-body" data-qa="article-body">
<p class="c-paragraph c-editor-note">{note}</p>
{body_html}
<div class="b-disclaimer"><p class="c-paragraph"><em>Marguerite Osei is a Post-Ledger columnist. The views expressed are her own. Reach her at mosei@postledger.example.</em></p></div>
</div>
<div class="b-letters-box"><h4>Submit a letter to the editor</h4><p>Have a view on this column? Letters of up to 200 words may be sent to letters@postledger.example. Include your full name and city.</p></div>
<div class="b-tags"><a class="c-link" href="/topics/libraries/">Libraries</a><a class="c-link" href="/topics/city-budget/">City budget</a><a class="c-link" href="/topics/eastgate/">Eastgate</a></div>
</article>
<section id="comments" class="b-comments"><h3>Comments</h3><p class="c-paragraph">Comments are moderated and subject to our community guidelines. Subscribers can comment.</p><div class="comment-sort">Sort by: Best · Newest · Oldest</div>{comments}<button class="c-button">Show more comments</button></section>
<aside class="b-right-rail"><div class="ad-label">ADVERTISEMENT</div><div id="arcad_rail"></div><section><h3>More Opinion</h3><ul>{op_html}</ul></section><section><h3>Latest News</h3>{news_html}</section></aside>
</main>
<footer class="b-footer"><ul><li><a href="/contact/">Contact us</a></li><li><a href="/about/">About us</a></li><li><a href="/ethics/">Ethics policy</a></li><li><a href="/corrections/">Corrections</a></li><li><a href="/privacy/">Privacy policy</a></li><li><a href="/terms/">Terms of service</a></li><li><a href="/do-not-sell/">Do not sell my personal information</a></li></ul><p>© 2024 The Riverton Post-Ledger. All rights reserved.</p></footer>
</div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="postledger";Fusion.globalContent={json_state(fusion["globalContent"])};Fusion.deployment="4211";</script>
<script>{js}</script>
</body></html>
'''
save("q13", doc, gold)
