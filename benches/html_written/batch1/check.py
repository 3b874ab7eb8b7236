"""Check that every gold line occurs (in order) in its page's visible text."""
import os
import re
import sys
from html.parser import HTMLParser

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SKIP = {"script", "style", "template", "head", "svg", "iframe"}
VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "col", "embed", "param", "track"}
BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
         "aside", "header", "footer", "nav", "blockquote", "figure", "figcaption", "table", "tr",
         "td", "th", "pre", "main", "form", "dl", "dt", "dd", "br", "hr", "button", "label"}


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP and tag not in VOID:
            self.skip += 1
        if tag in BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def charset(raw):
    m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw[:4000], re.I)
    return m.group(1).decode() if m else "utf-8"


def main():
    ids = sorted(f[:-5] for f in os.listdir(os.path.join(BASE, "html")) if f.endswith(".html"))
    bad_total = 0
    for pid in ids:
        raw = open(os.path.join(BASE, "html", pid + ".html"), "rb").read()
        cs = charset(raw)
        doc = raw.decode(cs)  # strict: must decode cleanly in declared charset
        p = Vis()
        p.feed(doc)
        vis = "".join(p.out)
        blocks = [norm(b) for b in vis.split("\n")]
        flat = " ".join(b for b in blocks if b)
        gold = [norm(l) for l in open(os.path.join(BASE, "gold", pid + ".txt"), encoding="utf-8") if l.strip()]
        pos, bad, ooo = 0, [], []
        for g in gold:
            i = flat.find(g, pos)
            if i < 0:
                j = flat.find(g)
                if j < 0:
                    bad.append(g)
                else:
                    ooo.append(g)
                continue
            pos = i + len(g)
        gw = sum(len(g.split()) for g in gold)
        vw = len(flat.split())
        status = "OK" if not bad and not ooo else "FAIL"
        print("%s %-8s charset=%-12s html=%6.1fKB gold_lines=%3d gold_words=%5d visible_words=%5d ratio=%.2f"
              % (status, pid, cs, len(raw) / 1024, len(gold), gw, vw, gw / max(vw, 1)))
        for g in bad:
            print("   MISSING:", g[:120])
        for g in ooo:
            print("   OUT OF ORDER:", g[:120])
        bad_total += len(bad) + len(ooo)
    print("problems:", bad_total)
    return 1 if bad_total else 0


if __name__ == "__main__":
    sys.exit(main())
