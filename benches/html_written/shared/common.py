"""Shared helpers for the page generators of batches 2 to 4 (batch 1 keeps its own).

Each page script builds its own markup; these helpers only cover
text stripping, saving, and deterministic "furniture" (CSS, JS, SVG)
so pages reach realistic sizes.
"""
import html as _html
import json
import os
import random
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HTML_DIR = os.path.join(BASE, "html")
GOLD_DIR = os.path.join(BASE, "gold")

_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")


def strip(fragment):
    """Visible text of an inline HTML fragment (tags removed, entities decoded)."""
    t = _TAG.sub("", fragment)
    t = _html.unescape(t)
    return _WS.sub(" ", t).strip()


def esc(s):
    return _html.escape(s, quote=True)


def render(body, tpl):
    """Render a body spec with per-site templates.

    body: list of (kind, payload).  kinds:
      p, h2, h3, h4  -> payload is inline HTML; gold line
      ul, ol         -> payload is list of inline HTML items; one gold line each
      quote          -> payload is list of paragraphs inside a blockquote; gold lines
      raw            -> payload is HTML furniture; NOT gold
      rawgold        -> (html, [gold lines]) custom markup that IS gold
    tpl: dict kind -> format string with {} (for ul/ol/quote: 'wrap' uses {items},
         item template '{}' under key kind+'_item').
    Returns (html, gold_lines).
    """
    out, gold = [], []
    for kind, payload in body:
        if kind == "raw":
            out.append(payload)
        elif kind == "rawgold":
            h, g = payload
            out.append(h)
            gold.extend(g)
        elif kind in ("ul", "ol", "quote"):
            item_t = tpl.get(kind + "_item", "<li>{}</li>" if kind != "quote" else "<p>{}</p>")
            items = "".join(item_t.format(x) for x in payload)
            out.append(tpl.get(kind, "<%s>{items}</%s>" % (kind if kind != "quote" else "blockquote",
                                                            kind if kind != "quote" else "blockquote")).format(items=items))
            gold.extend(strip(x) for x in payload)
        else:
            out.append(tpl.get(kind, "<%s>{}</%s>" % (kind, kind)).format(payload))
            gold.append(strip(payload))
    return "\n".join(out), gold


def save(page_id, html_text, gold_lines, encoding="utf-8"):
    os.makedirs(HTML_DIR, exist_ok=True)
    os.makedirs(GOLD_DIR, exist_ok=True)
    data = html_text.encode(encoding)  # strict: fail loudly on unencodable chars
    with open(os.path.join(HTML_DIR, page_id + ".html"), "wb") as f:
        f.write(data)
    lines = [l for l in (strip(g) if "<" in g or "&" in g else _WS.sub(" ", g).strip() for g in gold_lines) if l]
    with open(os.path.join(GOLD_DIR, page_id + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("%s: %d bytes html, %d gold lines, %d gold words" % (
        page_id, len(data), len(lines), sum(len(l.split()) for l in lines)))


# ---------------------------------------------------------------- furniture

_PROPS = [
    ("display", ["block", "flex", "inline-block", "none", "grid", "inline-flex"]),
    ("margin", ["0", "0 auto", "8px 0", "0 0 16px", "12px 0 24px", "0 4px"]),
    ("padding", ["0", "4px 8px", "12px", "16px 20px", "0 0 8px", "24px 0"]),
    ("font-size", ["12px", "13px", "14px", "1rem", "1.125rem", "1.5rem", "2rem", ".875rem"]),
    ("line-height", ["1.2", "1.4", "1.5", "1.65", "24px", "28px"]),
    ("color", ["#111", "#333", "#555", "#767676", "#fff", "#c00", "#0a58ca", "#1d1d1b"]),
    ("background", ["#fff", "#f4f4f4", "#111", "transparent", "#fafafa", "#ececec"]),
    ("border-bottom", ["1px solid #ddd", "2px solid #000", "0", "1px dotted #ccc"]),
    ("font-weight", ["400", "600", "700", "bold", "normal"]),
    ("position", ["relative", "absolute", "sticky", "static"]),
    ("width", ["100%", "auto", "300px", "50%", "calc(100% - 32px)", "728px"]),
    ("max-width", ["1200px", "640px", "100%", "980px", "none"]),
    ("text-transform", ["uppercase", "none"]),
    ("letter-spacing", [".02em", "0", ".08em"]),
    ("gap", ["8px", "16px", "24px"]),
    ("z-index", ["1", "10", "100", "9999"]),
    ("overflow", ["hidden", "auto", "visible"]),
    ("transition", ["opacity .2s ease", "all .3s", "none"]),
]
_SUFFIX = ["", "__title", "__link", "__img", "__meta", "--active", "__wrap", "__inner", "__list",
           "__item", "--lg", "--sm", ":hover", " a", " > li", "__label", "__icon", "--dark"]


def css_blob(prefixes, n_rules, seed, media=True):
    rnd = random.Random(seed)
    rules = []
    for i in range(n_rules):
        sel = ".%s%s" % (rnd.choice(prefixes), rnd.choice(_SUFFIX))
        if rnd.random() < 0.3:
            sel += ",.%s%s" % (rnd.choice(prefixes), rnd.choice(_SUFFIX))
        decl = ";".join("%s:%s" % (p, rnd.choice(v)) for p, v in rnd.sample(_PROPS, rnd.randint(2, 6)))
        rules.append("%s{%s}" % (sel, decl))
        if media and i % 40 == 39:
            inner = "".join(rules[-3:])
            rules.append("@media (max-width:%dpx){%s}" % (rnd.choice([480, 640, 768, 1024]), inner))
    return "".join(rules)


def _rword(rnd, k=None):
    syl = ["ka", "lo", "mi", "nu", "ter", "va", "ro", "sel", "pa", "di", "qu", "ex", "zo", "ran", "bel"]
    return "".join(rnd.choice(syl) for _ in range(k or rnd.randint(1, 3)))


def js_blob(seed, n_funcs, ns="app"):
    """Minified-looking JS bundle text (never executed, just bytes)."""
    rnd = random.Random(seed)
    parts = ["!function(e,t){\"use strict\";var n=e.%s=e.%s||{};" % (ns, ns)]
    for i in range(n_funcs):
        a, b, c = _rword(rnd), _rword(rnd), _rword(rnd)
        body = rnd.choice([
            "var r=t.querySelectorAll('[data-%s]');for(var o=0;o<r.length;o++){r[o].classList.add('is-%s')}" % (a, b),
            "return fetch('/api/%s/'+encodeURIComponent(%s)).then(function(r){return r.json()})" % (a, b),
            "if(!%s||!%s.length)return null;var o=%s.split('.');return o.reduce(function(x,y){return x&&x[y]},n)" % (b, b, b),
            "n.q=n.q||[];n.q.push({ev:'%s',ts:Date.now(),v:%d})" % (a, rnd.randint(1, 999)),
            "var o=t.createElement('script');o.async=!0;o.src='https://cdn.%s.net/%s.js?v=%d';t.head.appendChild(o)" % (a, b, rnd.randint(100, 999)),
            "try{localStorage.setItem('%s',JSON.stringify(%s))}catch(x){}" % (a, b),
            "return %s>%d?'%s':%s<%d?'%s':'%s'" % (b, rnd.randint(600, 1200), a, b, rnd.randint(300, 599), c, b),
        ])
        parts.append("n.%s=function(%s,%s){%s};" % (a + str(i), b, c, body))
    parts.append("}(window,document);")
    return "".join(parts)


def svg_sprite(names, seed):
    rnd = random.Random(seed)
    syms = []
    for n in names:
        pts = " ".join("%s%d %d" % (rnd.choice("MLLLC"), rnd.randint(0, 24), rnd.randint(0, 24)) for _ in range(rnd.randint(6, 18)))
        syms.append('<symbol id="icon-%s" viewBox="0 0 24 24"><path d="%sZ"/></symbol>' % (n, pts))
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">%s</svg>' % "".join(syms)


def json_state(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def make_headlines(rnd, subjects, verbs, objects, n):
    """Combinatorial teaser headlines from invented parts (deterministic)."""
    seen, out = set(), []
    while len(out) < n:
        h = "%s %s %s" % (rnd.choice(subjects), rnd.choice(verbs), rnd.choice(objects))
        if h not in seen:
            seen.add(h)
            out.append(h)
    return out


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


# ---------------------------------------------------------------- batch 3 additions

def paras(text):
    """Split a triple-quoted block into paragraphs (blank-line separated)."""
    return [_WS.sub(" ", b).strip() for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]


def body_from(text, kind="p"):
    """Body spec from a text block (blank-line separated blocks).

    '## x' -> h2, '### x' -> h3, '> x' -> one-paragraph quote,
    a block whose lines all start with '- ' -> ul (one item per line),
    '1. ' lines -> ol; anything else -> kind (default p).
    """
    spec = []
    for raw in re.split(r"\n\s*\n", text.strip()):
        lines = [l.strip() for l in raw.strip().splitlines() if l.strip()]
        if not lines:
            continue
        if all(l.startswith("- ") for l in lines):
            spec.append(("ul", [l[2:].strip() for l in lines]))
            continue
        if all(re.match(r"\d+\. ", l) for l in lines):
            spec.append(("ol", [l.split(". ", 1)[1].strip() for l in lines]))
            continue
        b = _WS.sub(" ", " ".join(lines)).strip()
        if b.startswith("### "):
            spec.append(("h3", b[4:]))
        elif b.startswith("## "):
            spec.append(("h2", b[3:]))
        elif b.startswith("> "):
            spec.append(("quote", [b[2:]]))
        else:
            spec.append((kind, b))
    return spec


# ---------------------------------------------------------------- batch 4 additions

def link_items(labels, item='<li><a href="{href}">{text}</a></li>', prefix="/"):
    """List items (or any repeated markup) for a list of link labels."""
    return "".join(item.format(href=esc(prefix + slug(t) + ("/" if prefix.endswith("/") else "")),
                               text=esc(t)) for t in labels)


def teaser_items(rnd, titles, item, prefix="/news/", start=100000):
    """Teaser markup with deterministic ids/urls; item gets {href},{text},{n},{img}."""
    out = []
    for t in titles:
        n = rnd.randint(start, start * 9)
        out.append(item.format(href=esc("%s%s-%d" % (prefix, slug(t), n)), text=esc(t), n=n,
                               img="https://img.example-cdn.net/%d/%s.jpg" % (n, slug(t)[:24])))
    return "".join(out)


def ld_article(headline, author, date, publisher, body_text=None, section=None, lang=None):
    """JSON-LD NewsArticle script element (body_text optional)."""
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
         "datePublished": date, "dateModified": date,
         "author": {"@type": "Person", "name": author},
         "publisher": {"@type": "Organization", "name": publisher}}
    if section:
        d["articleSection"] = section
    if lang:
        d["inLanguage"] = lang
    if body_text:
        d["articleBody"] = body_text
    return '<script type="application/ld+json">%s</script>' % json_state(d)
