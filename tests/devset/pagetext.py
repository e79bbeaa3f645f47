#!/usr/bin/env python3
"""pagetext.py PAGE.html: print a saved news page's article text, one
paragraph a line (best effort, standard library only; used by gather.sh).

The page is decoded as its <meta charset> says, else as UTF-8, else as
GB18030.  The headline (<h1>, else <title> up to the site name) comes
first; then the text of the element whose paragraph blocks hold the most
characters outside links.  Scripts, styles, forms, nav, aside, header and
footer never count.  Exit status 1 when the page has no text.
"""
import html.parser
import re
import sys

SKIP = {"script", "style", "noscript", "form", "nav", "aside", "header",
        "footer", "select", "button", "iframe", "svg"}
BLOCK = {"p", "div", "br", "li", "tr", "td", "h1", "h2", "h3", "h4",
         "section", "article", "table", "ul", "ol", "center", "font"}
VOID = {"br", "img", "meta", "link", "input", "hr", "col", "area", "base",
        "embed", "source", "wbr"}


def decode(raw):
    m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', raw[:4096])
    names = [m.group(1).decode("ascii")] if m else []
    for name in names + ["utf-8", "gb18030"]:
        try:
            return raw.decode("gb18030" if name.lower() in
                              ("gb2312", "gbk") else name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


class Node:
    def __init__(self, tag, parent):
        self.tag, self.parent, self.parts, self.score = tag, parent, [], 0


class Page(html.parser.HTMLParser):
    """Builds a light tree: each element keeps its text and child blocks in
    order; text outside links adds to the score of every element above."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("root", None)
        self.cur, self.skip, self.link = self.root, 0, 0
        self.title, self.h1, self.in_title, self.in_h1 = "", "", 0, 0

    def handle_starttag(self, tag, attrs):
        if self.skip or tag in SKIP:
            self.skip += tag not in VOID
            return
        self.in_title += tag == "title"
        self.in_h1 += tag == "h1"
        self.link += tag == "a"
        if tag in VOID:
            if tag == "br":
                self.cur.parts.append("\n")
            return
        node = Node(tag, self.cur)
        self.cur.parts.append(node)
        self.cur = node

    def handle_endtag(self, tag):
        if self.skip:
            self.skip -= tag in SKIP or tag not in VOID
            return
        self.in_title -= self.in_title > 0 and tag == "title"
        self.in_h1 -= self.in_h1 > 0 and tag == "h1"
        self.link -= self.link > 0 and tag == "a"
        node = self.cur
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.cur = node.parent

    def handle_data(self, data):
        if self.skip:
            return
        if self.in_title:
            self.title += data
        if self.in_h1:
            self.h1 += data
        self.cur.parts.append(data)
        if not self.link and self.cur.tag in BLOCK | {"span", "strong", "b"}:
            n, gain = self.cur, len(data.strip())
            while n is not None:
                n.score += gain
                n = n.parent


def lines(node):
    out, buf = [], []
    for part in node.parts:
        if isinstance(part, Node):
            if part.tag in BLOCK:
                out.append("".join(buf)); buf = []
                out.extend(lines(part))
            else:
                inner = lines(part)
                buf.append(inner[0] if len(inner) == 1 else "")
                if len(inner) > 1:
                    out.append("".join(buf)); buf = []
                    out.extend(inner)
        else:
            buf.extend(part.split("\n")[:1])
            for more in part.split("\n")[1:]:
                out.append("".join(buf)); buf = [more]
    out.append("".join(buf))
    return [re.sub(r"\s+", " ", s).strip() for s in out if s.strip()]


def best(node):
    """The deepest element that still holds most of its parent's text."""
    kids = [p for p in node.parts if isinstance(p, Node)]
    top = max(kids, key=lambda k: k.score, default=None)
    if top is not None and top.score >= 0.6 * node.score:
        return best(top)
    return node


def main():
    page = Page()
    page.feed(decode(open(sys.argv[1], "rb").read()))
    body = lines(best(page.root))
    head = page.h1.strip() or re.split(r"[_|]| - ", page.title.strip())[0]
    text = ([head] if head and head not in body[:3] else []) + body
    if not any(len(s) > 20 for s in text):
        sys.exit(1)
    sys.stdout.write("\n".join(text) + "\n")


if __name__ == "__main__":
    main()
