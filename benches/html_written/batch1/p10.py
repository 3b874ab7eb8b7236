# p10: company engineering blog (Hugo-like static site) with syntax-highlighted code blocks, TOC sidebar
from common import *

PID = "p10"
TITLE = "The 300-millisecond mystery: how a connection pool setting hid in plain sight"
URL = "https://ridgeline.io/blog/engineering/300ms-connection-pool-mystery/"

CODE1 = '''import time
import socket

def timed_resolve(host):
    start = time.perf_counter()
    socket.getaddrinfo(host, 5432)
    return (time.perf_counter() - start) * 1000'''
CODE2 = '''engine = create_engine(
    DATABASE_URL,
    pool_size=10,
    max_overflow=5,
    pool_pre_ping=True,
    pool_recycle=3600,
)'''
CODE3 = '''-    pool_recycle=3600,
+    pool_recycle=300,'''
CODE4 = '''[database]
keepalives = 1
keepalives_idle = 60
keepalives_interval = 10
keepalives_count = 3'''

BODY = [
    ("p", "For about three weeks last autumn, roughly one in every two hundred requests to our invoicing API took more than 300 milliseconds longer than it should have. The median latency was fine. The 95th percentile was fine. But the 99.5th percentile had a strange, flat shelf on our dashboards, sitting almost exactly 300 ms above everything else."),
    ("p", "This post walks through how we found the cause, why it took longer than it should have, and what we changed. The short version: it was a single connection-pool setting interacting with a load balancer timeout, and the fix was one line. The long version is more useful."),
    ("h2", "The symptom"),
    ("p", "Our invoicing service is a Python application running on about 40 containers behind an internal load balancer. Each container keeps a pool of connections to a PostgreSQL primary through a connection proxy. Most requests make between two and six queries."),
    ("img", "Latency percentiles for the invoicing API in October. The p99.5 line sits on a flat shelf about 300 ms above p99."),
    ("p", "The latency shelf had three properties that made it confusing:"),
    ("ul", ["It appeared at all hours, not just at peak traffic.", "It did not correlate with slow queries in the database logs.", "The extra time was almost always between 295 and 310 milliseconds."]),
    ("p", "A fixed delay like that usually points to a timeout or a retry somewhere, not to load. So we went looking for anything configured with a value near 300 ms."),
    ("h2", "Ruling things out"),
    ("p", "We first suspected DNS, because our resolver configuration had a 300 ms timeout before falling back to a secondary server. We added timing around name resolution:"),
    ("code", ("python", CODE1)),
    ("p", "Every lookup completed in under 2 ms, thanks to local caching. DNS was not the problem."),
    ("p", "Next we looked at the connection proxy, which retries a failed backend connection after a short delay. Its logs showed no retries during the affected requests."),
    ("h2", "The clue in the pool"),
    ("p", "The breakthrough came when we logged how long each request spent waiting to check out a connection from the pool, separately from how long its queries took. The slow requests were not waiting for a free connection. They were getting a connection immediately, and then the first query on that connection was slow."),
    ("p", "More precisely, the first query was failing and being retried. Our database client was configured with pre-ping enabled, which sends a lightweight check before handing out a connection that has been idle. Here is roughly what our pool configuration looked like:"),
    ("code", ("python", CODE2)),
    ("p", "The problem was the interaction between <code>pool_recycle</code> and the idle timeout on our internal load balancer, which silently dropped TCP connections that had been idle for 350 seconds. Connections that sat idle longer than that were dead, but the pool did not know, because it only recycled connections after an hour."),
    ("p", "When a request picked up one of these dead connections, the pre-ping failed. The client then waited for a retransmission timeout before giving up, discarded the connection, opened a new one and retried. That whole dance took just over 300 ms."),
    ("p", "As Tomasz Wierzbicki from our SRE team put it in the incident channel:"),
    ("quote", "A dead connection that fails fast is an annoyance. A dead connection that fails slowly is a latency bug."),
    ("h2", "The fix"),
    ("p", "We set <code>pool_recycle</code> well below the load balancer&#8217;s idle timeout, so that connections are replaced before they can be silently dropped:"),
    ("code", ("diff", CODE3)),
    ("p", "We also enabled TCP keepalives on the client side, which means idle connections now send a small packet every 60 seconds and the load balancer no longer considers them idle:"),
    ("code", ("ini", CODE4)),
    ("p", "Within an hour of deploying the change, the shelf disappeared from our dashboards. The 99.5th percentile latency dropped from 412 ms to 96 ms."),
    ("h2", "What we learned"),
    ("ol", ["<strong>Measure pool checkout time and first-query time separately.</strong> Averaging them together hid the signal for weeks.",
            "<strong>Write down every timeout in the path of a request</strong>, including the ones owned by other teams. We now keep a single table of them in our service documentation.",
            "<strong>Be suspicious of round numbers.</strong> A flat 300 ms shelf is almost never caused by load."]),
    ("p", "If you have run into something similar, or have a better approach to keeping pools and load balancers in agreement, we would love to hear about it. And if problems like this sound fun, <a href=\"https://ridgeline.io/careers/\">we are hiring</a>."),
]

PY_KW = {"import", "def", "return", "True", "False", "None", "for", "in", "if"}


def hl_python(line):
    out = []
    for tok in re.findall(r"\s+|[A-Za-z_][A-Za-z_0-9]*|\d+|\"[^\"]*\"|.", line):
        e = esc(tok)
        if tok in PY_KW:
            out.append('<span class="k">%s</span>' % e)
        elif tok.isdigit():
            out.append('<span class="mi">%s</span>' % e)
        elif re.match(r"[A-Za-z_]", tok) and tok[0].isupper():
            out.append('<span class="n">%s</span>' % e)
        elif tok in "()=*-,.":
            out.append('<span class="o">%s</span>' % e)
        else:
            out.append(e)
    return "".join(out)


def hl(lang, line):
    if lang == "python":
        return hl_python(line)
    if lang == "diff":
        return '<span class="%s">%s</span>' % ("gd" if line.startswith("-") else "gi", esc(line))
    if lang == "ini":
        if line.startswith("["):
            return '<span class="k">%s</span>' % esc(line)
        k, v = line.split(" = ")
        return '<span class="na">%s</span> <span class="o">=</span> <span class="s">%s</span>' % (esc(k), esc(v))
    return esc(line)


def render_body():
    out, gold = [], []
    for kind, val in BODY:
        if kind == "p":
            out.append("<p>%s</p>" % val); gold.append(val)
        elif kind == "h2":
            slug = re.sub(r"[^a-z]+", "-", val.lower()).strip("-")
            out.append('<h2 id="%s">%s<a class="heading-anchor" href="#%s" aria-label="Anchor">#</a></h2>' % (slug, esc(val), slug)); gold.append(val)
        elif kind == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in val)); gold.extend(val)
        elif kind == "ol":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in val)); gold.extend(val)
        elif kind == "quote":
            out.append("<blockquote><p>%s</p></blockquote>" % esc(val)); gold.append(val)
        elif kind == "img":
            out.append('<figure class="post-figure"><img src="/blog/engineering/300ms-connection-pool-mystery/latency-shelf.png" alt="Latency chart" width="1200" height="560" loading="lazy"><figcaption>%s</figcaption></figure>' % esc(val))
        elif kind == "code":
            lang, code = val
            lines = code.split("\n")
            out.append('<div class="code-block" data-lang="%s"><div class="code-block__header"><span class="code-block__lang">%s</span><button class="code-block__copy" type="button" data-clipboard-target="#code-%d">Copy</button></div><div class="highlight"><pre tabindex="0" class="chroma" id="code-%d"><code class="language-%s" data-lang="%s">%s</code></pre></div></div>'
                       % (lang, lang, len(out), len(out), lang, lang, "".join('<span class="line"><span class="cl">%s\n</span></span>' % hl(lang, l) for l in lines)))
            gold.extend(("raw", l) for l in lines)
    return "\n".join(out), gold


def main():
    body_html, gold = render_body()
    toc = "".join('<li><a href="#%s">%s</a></li>' % (re.sub(r"[^a-z]+", "-", v.lower()).strip("-"), esc(v)) for k, v in BODY if k == "h2")
    related = [("Engineering", "Zero-downtime Postgres major upgrades with logical replication", "Nov 14, 2023", "How we moved 4 TB between major versions with under a second of write unavailability."),
               ("Engineering", "Why we rewrote our PDF renderer (and then un-rewrote half of it)", "Sep 28, 2023", "A story about fonts, kerning and the limits of ambition."),
               ("Culture", "Our on-call handbook, published in full", "Aug 3, 2023", "Everything we expect from on-call engineers, and everything they can expect from us.")]
    rel_html = "".join('<article class="post-card"><a href="/blog/%s/"><span class="post-card__category">%s</span><h3 class="post-card__title">%s</h3><p class="post-card__excerpt">%s</p><time class="post-card__date">%s</time></a></article>' % (re.sub(r"[^a-z]+", "-", t.lower()).strip("-"), c, esc(t), esc(ex), d) for c, t, d, ex in related)
    foot_cols = {"Product": ["Invoicing", "Payments", "Subscriptions", "Revenue recognition", "Integrations", "Changelog"], "Developers": ["API reference", "SDKs", "Webhooks", "Status", "Engineering blog"],
                 "Company": ["About", "Customers", "Careers", "Press", "Contact"], "Legal": ["Terms of service", "Privacy", "Security", "DPA", "Cookie settings"]}
    page = f'''<!DOCTYPE html>
<html lang="en-us" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Hugo 0.121.1">
<title>{esc(TITLE)} | Ridgeline Engineering</title>
<meta name="description" content="A flat 300 ms shelf in our p99.5 latency turned out to be a pool recycle setting fighting a load balancer idle timeout.">
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:description" content="A flat 300 ms shelf in our p99.5 latency turned out to be a pool recycle setting fighting a load balancer idle timeout.">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://ridgeline.io/blog/engineering/300ms-connection-pool-mystery/cover.png">
<meta property="article:section" content="Engineering">
<meta property="article:published_time" content="2024-02-20T09:00:00+00:00">
<meta property="article:modified_time" content="2024-02-21T16:12:00+00:00">
<meta property="article:tag" content="postgres">
<meta property="article:tag" content="performance">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{URL}">
<link rel="alternate" type="application/rss+xml" href="https://ridgeline.io/blog/index.xml" title="Ridgeline Blog">
<style>{css_blob(1001, "rl", 160)}.chroma{{background-color:#f8f8f8}}.chroma .k{{color:#00f}}.chroma .s{{color:#a31515}}.chroma .mi{{color:#099}}.chroma .gd{{color:#a00;background:#fdd}}.chroma .gi{{color:#0a0;background:#dfd}}.chroma .na{{color:#7d9029}}</style>
<script>{js_blob(1002, 35, "rlConsent")}</script>
<script defer data-domain="ridgeline.io" src="https://plausible.io/js/script.js"></script>
</head>
<body class="page-post section-blog">
<div id="consent" class="consent-banner" role="dialog" aria-live="polite"><p>We use cookies to understand how our site is used and to improve it. Essential cookies are always on.</p><div class="consent-banner__actions"><button class="btn btn--primary" data-consent="all">Accept all</button><button class="btn" data-consent="essential">Essential only</button><a href="/legal/cookies/">Learn more</a></div></div>
<header class="site-header"><div class="container"><a href="/" class="site-header__logo" aria-label="Ridgeline home"><svg width="120" height="28"><path d="M0 28L14 0l14 28z"/></svg><span>Ridgeline</span></a>
<nav class="site-nav" aria-label="Primary"><ul><li class="has-dropdown"><a href="/product/">Product</a><ul class="dropdown"><li><a href="/product/invoicing/">Invoicing</a></li><li><a href="/product/payments/">Payments</a></li><li><a href="/product/subscriptions/">Subscriptions</a></li></ul></li><li><a href="/pricing/">Pricing</a></li><li><a href="/customers/">Customers</a></li><li><a href="https://docs.ridgeline.io/">Docs</a></li><li class="is-active"><a href="/blog/">Blog</a></li><li><a href="/careers/">Careers</a></li></ul></nav>
<div class="site-header__cta"><a href="https://app.ridgeline.io/login" class="btn btn--ghost">Sign in</a><a href="https://app.ridgeline.io/signup" class="btn btn--primary">Start free trial</a></div></div></header>
<div class="blog-subnav"><div class="container"><ul><li><a href="/blog/">All posts</a></li><li class="is-active"><a href="/blog/engineering/">Engineering</a></li><li><a href="/blog/product/">Product</a></li><li><a href="/blog/culture/">Culture</a></li><li><a href="/blog/customers/">Customer stories</a></li></ul><form class="blog-search" action="/blog/search/"><input type="search" name="q" placeholder="Type to search" aria-label="Search the blog"></form></div></div>
<main id="main" class="container post-layout">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/blog/">Blog</a></li><li><a href="/blog/engineering/">Engineering</a></li><li aria-current="page">The 300-millisecond mystery</li></ol></nav>
<article class="post" itemscope itemtype="https://schema.org/BlogPosting">
<header class="post__header"><span class="post__category">Engineering</span><h1 class="post__title" itemprop="headline">{esc(TITLE)}</h1><p class="post__lede">A flat shelf in our tail latency turned out to be a pool recycle setting fighting a load balancer idle timeout. Here is how we found it.</p>
<div class="post__meta"><div class="author-chip"><img src="/images/team/priyanka-desai.jpg" alt="" width="40" height="40"><div><span class="author-chip__name" itemprop="author">Priyanka Desai</span><span class="author-chip__role">Staff Engineer, Platform</span></div></div><time datetime="2024-02-20" itemprop="datePublished">February 20, 2024</time><span class="post__reading-time">9 min read</span></div>
<div class="share-links"><a href="https://x.com/intent/tweet?url={URL}" title="Click to share on X (Opens in new window)">Share on X</a><a href="https://www.linkedin.com/sharing/share-offsite/?url={URL}">Share on LinkedIn</a><a href="https://news.ycombinator.com/submitlink?u={URL}">Submit to Hacker News</a><button class="copy-link">Copy link</button></div></header>
<div class="post__grid">
<aside class="post__toc"><div class="toc"><p class="toc__title">On this page</p><ul>{toc}</ul></div></aside>
<div class="post__content prose" itemprop="articleBody">
{body_html}
</div>
</div>
<footer class="post__footer"><div class="post__tags"><a href="/blog/tags/postgres/">postgres</a><a href="/blog/tags/performance/">performance</a><a href="/blog/tags/python/">python</a><a href="/blog/tags/incidents/">incidents</a></div>
<div class="author-card"><img src="/images/team/priyanka-desai.jpg" alt="" width="72" height="72"><div><p class="author-card__name">Priyanka Desai</p><p class="author-card__bio">Priyanka is a staff engineer on Ridgeline&#8217;s platform team, where she works on databases, networking and the occasional mystery. Before Ridgeline she built trading infrastructure and spent too long debugging clocks.</p><a href="https://github.com/pdesai-dev">GitHub</a> &middot; <a href="https://x.com/pdesai_dev">X</a></div></div>
<div class="newsletter-cta"><h3>Get the engineering newsletter</h3><p>One email a month with new posts from the Ridgeline engineering team. No marketing, we promise.</p><form action="https://ridgeline.io/newsletter/engineering" method="post"><input type="email" name="email" placeholder="you@company.com" required><button type="submit">Subscribe</button></form></div></footer>
</article>
<section class="related-posts"><h2>Related posts</h2><div class="post-grid">{rel_html}</div><a href="/blog/engineering/" class="btn">More from Engineering</a></section>
</main>
<section class="cta-band"><div class="container"><h2>Invoicing that scales with you</h2><p>Join 4,000 finance teams who send their invoices with Ridgeline.</p><a href="https://app.ridgeline.io/signup" class="btn btn--primary">Start free trial</a><a href="/contact-sales/" class="btn">Talk to sales</a></div></section>
<footer class="site-footer"><div class="container"><div class="site-footer__cols">{"".join('<div class="site-footer__col"><h4>%s</h4><ul>%s</ul></div>' % (k, "".join('<li><a href="/%s/">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in v)) for k, v in foot_cols.items())}</div><p class="site-footer__copy">&copy; 2024 Ridgeline Software, Inc. All rights reserved.</p></div></footer>
<script src="/js/clipboard.min.js" defer></script>
<script>{js_blob(1003, 55, "rlSite")}</script>
</body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
