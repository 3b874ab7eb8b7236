"""Check that every gold line occurs, in order, in the visible text of its page."""
import html.parser, os, re, sys, glob
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIP = {"script", "style", "template", "head", "title", "svg"}
BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "table", "section",
         "article", "aside", "header", "footer", "nav", "figure", "figcaption", "blockquote", "dd", "dt", "form", "hr",
         "main", "pre", "body", "html", "center", "address", "details", "summary"}
VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "param", "track"}

class V(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []; self.skip = 0; self.out = []
    def handle_starttag(self, tag, attrs):
        if tag in BLOCK: self.out.append("\n")
        if tag in VOID: return
        if tag in SKIP: self.skip += 1
        self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK: self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in BLOCK: self.out.append("\n")
        if tag in VOID or tag not in self.stack: return
        while self.stack:
            t = self.stack.pop()
            if t in SKIP: self.skip -= 1
            if t == tag: break
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def norm(s): return re.sub(r"\s+", " ", s).strip()

def charset(raw):
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:2048])
    return m.group(1).decode() if m else "utf-8"

def check(pid):
    raw = open(os.path.join(BASE, "html", pid + ".html"), "rb").read()
    text = raw.decode(charset(raw))
    p = V(); p.feed(text); p.close()
    vis = norm("".join(p.out))
    gold = [norm(l) for l in open(os.path.join(BASE, "gold", pid + ".txt"), encoding="utf-8") if l.strip()]
    pos, bad = 0, []
    for i, g in enumerate(gold):
        j = vis.find(g, pos)
        if j < 0:
            anywhere = vis.find(g) >= 0
            bad.append((i + 1, "out of order" if anywhere else "NOT FOUND", g[:90]))
        else:
            pos = j + len(g)
    return len(raw), len(gold), bad

if __name__ == "__main__":
    ids = sys.argv[1:] or sorted(os.path.basename(f)[:-5] for f in glob.glob(os.path.join(BASE, "html", "*.html")))
    allok = True
    for pid in ids:
        size, n, bad = check(pid)
        print("%s  %7d bytes  %3d gold lines  %s" % (pid, size, n, "OK" if not bad else "%d FAIL" % len(bad)))
        for b in bad: print("     line %d %s: %s" % b)
        allok &= not bad
    sys.exit(0 if allok else 1)
