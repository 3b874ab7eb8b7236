#!/usr/bin/env python3
"""Turn HTML pages into the "naive text" the cleaning benchmark feeds the
text cleaner (../shared/data/cleaning-dev/README.md, "How it was built"):
the <title> as the first line, then all body text with a line break at every
block element and <br>; <script>, <style>, <svg>, <iframe> and the rest of
<head> dropped; <noscript> text and hidden elements kept; no alt or title
attribute text.

    python3 benches/naive_text.py HTML_DIR OUT_DIR

Reads every *.html (or *.html.gz) in HTML_DIR and writes OUT_DIR/<stem>.txt.
Standard library only; written by this team from the README's description.
"""
import gzip
import html.parser
import os
import sys

# Elements whose text is dropped with everything inside them.
DROPPED = {"script", "style", "svg", "iframe", "template", "object", "canvas", "math"}
# Elements that start and end a line of their own.
BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center",
    "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "noscript",
    "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul", "select", "textarea", "button",
}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}


class NaiveText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title = []
        self.lines = []
        self.current = []
        self.in_title = False
        self.in_head = False
        self.dropped = 0

    def _break(self):
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        if tag == "title":
            self.in_title = True
            return
        if tag in DROPPED and tag not in VOID:
            self.dropped += 1
            return
        if tag == "br" or tag in BLOCKS:
            self._break()

    def handle_startendtag(self, tag, attrs):
        if tag == "br" or tag in BLOCKS:
            self._break()

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
            return
        if tag == "head":
            self.in_head = False
            return
        if tag in DROPPED:
            self.dropped = max(0, self.dropped - 1)
            return
        if tag in BLOCKS:
            self._break()

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif self.dropped == 0 and not self.in_head:
            self.current.append(data)

    def text(self):
        self._break()
        title = " ".join("".join(self.title).split())
        return "\n".join(([title] if title else []) + self.lines) + "\n"


def declared_charset(raw):
    """The charset a page declares in its first 4 KB (UTF-8 when none, or
    when Python does not know the name)."""
    import codecs
    import re
    head = raw[:4096].decode("ascii", errors="replace")
    m = re.search(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", head, re.I)
    if m:
        try:
            return codecs.lookup(m.group(1)).name
        except LookupError:
            pass
    return "utf-8"


def convert(markup):
    parser = NaiveText()
    parser.feed(markup)
    parser.close()
    return parser.text()


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: naive_text.py HTML_DIR OUT_DIR")
    src, out = sys.argv[1:]
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(src)):
        path = os.path.join(src, name)
        if name.endswith(".html.gz"):
            raw = gzip.open(path).read()
            stem = name[: -len(".html.gz")]
        elif name.endswith(".html"):
            raw = open(path, "rb").read()
            stem = name[: -len(".html")]
        else:
            continue
        markup = raw.decode(declared_charset(raw), errors="replace")
        with open(os.path.join(out, stem + ".txt"), "w", encoding="utf-8") as f:
            f.write(convert(markup))


if __name__ == "__main__":
    main()
