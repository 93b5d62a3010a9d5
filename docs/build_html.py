#!/usr/bin/python3
"""Converts the Markdown documentation (docs/*.md, the Dutch pages docs/nl/*.md) to the HTML installed with the
plugin, with Debian's python3-markdown. Run by CMake (target docs_html) at build time.

Usage: build_html.py DOCS_DIR OUT_DIR

- tables, fenced code and heading anchors as GitHub makes them, so "page.md#a-heading" works in both;
- links between pages are rewritten from .md to .html; a link to a file outside docs/ (not installed) becomes
  its text with the path in the source tree;
- every page gets a header that leads back to the index and to the page in the other language, and the CSS;
- docs/img/ (the screenshots) is copied along.
The result is checked by tests/headless/check_docs.py (every link resolves, no .md link left).
"""
import html
import os
import re
import shutil
import sys
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.extensions.toc import TocExtension
from markdown.treeprocessors import Treeprocessor

TEXT = {
    "en": {"home": "Dementia-friendly neighbourhoods — documentation", "other": "Nederlands",
           "source": "in the plugin's source code"},
    "nl": {"home": "Dementievriendelijke buurten — handleiding", "other": "English",
           "source": "in de broncode van de plugin"},
}


def github_slug(value, separator="-"):
    """The anchor GitHub gives a heading: lower case, punctuation dropped, each space a hyphen."""
    value = re.sub(r"[^\w\- ]", "", value.strip().lower(), flags=re.UNICODE)
    return value.replace(" ", separator)


class LinkRewriter(Treeprocessor):
    def __init__(self, md, page, docs_dir, lang):
        super().__init__(md)
        self.page, self.docs_dir, self.lang = page, docs_dir, lang

    def run(self, root):
        parents = {c: p for p in root.iter() for c in p}
        for a in list(root.iter("a")):
            href = a.get("href", "")
            if not href or re.match(r"^[a-z][a-z0-9+.-]*:", href) or href.startswith("#"):
                continue
            path, _, anchor = href.partition("#")
            target = os.path.normpath(os.path.join(os.path.dirname(self.page), path))
            inside = not os.path.relpath(target, self.docs_dir).startswith("..")
            if path.endswith(".md") and inside and os.path.exists(target):
                a.set("href", path[:-3] + ".html" + ("#" + anchor if anchor else ""))
            elif path.endswith(".md") or not inside:
                # Not installed with the plugin: say where it is instead of a link that leads nowhere.
                code = etree.Element("code")
                code.text = os.path.relpath(target, os.path.dirname(self.docs_dir))
                span = etree.Element("span")
                span.text = "".join(a.itertext()) + " ("
                span.append(code)
                after = etree.SubElement(span, "span")
                after.text = " " + TEXT[self.lang]["source"] + ")"
                span.tail, code.tail = a.tail, None
                parent = parents[a]
                parent.insert(list(parent).index(a), span)
                parent.remove(a)


class Rewrite(Extension):
    def __init__(self, page, docs_dir, lang):
        super().__init__()
        self.page, self.docs_dir, self.lang = page, docs_dir, lang

    def extendMarkdown(self, md):
        md.treeprocessors.register(LinkRewriter(md, self.page, self.docs_dir, self.lang), "df_links", 1)


def convert(source, docs_dir, out_dir):
    rel = os.path.relpath(source, docs_dir)
    lang = "nl" if rel.split(os.sep)[0] == "nl" else "en"
    up = "../" if lang == "nl" else ""
    with open(source, encoding="utf-8") as f:
        text = f.read()
    md = markdown.Markdown(extensions=["tables", "fenced_code", "sane_lists",
                                       TocExtension(slugify=github_slug),
                                       Rewrite(source, docs_dir, lang)])
    body = md.convert(text)
    title = re.sub(r"<[^>]+>", "", md.toc_tokens[0]["name"]) if md.toc_tokens else rel
    name = os.path.basename(rel)[:-3]
    other = os.path.join(docs_dir, name + ".md") if lang == "nl" else os.path.join(docs_dir, "nl", name + ".md")
    nav = '<a href="index.html">%s</a>' % TEXT[lang]["home"]
    if os.path.exists(other):
        href = ("../" if lang == "nl" else "nl/") + name + ".html"
        nav += ' · <a href="%s" hreflang="%s">%s</a>' % (href, "en" if lang == "nl" else "nl", TEXT[lang]["other"])
    page = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{title}</title><link rel="stylesheet" href="{up}style.css"></head>
<body><header class="df-header">{nav}</header>
<main>
{body}
</main></body></html>
""".format(lang=lang, title=html.escape(html.unescape(title)), up=up, nav=nav, body=body)
    out = os.path.join(out_dir, rel[:-3] + ".html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(page)
    return out


def main(docs_dir, out_dir):
    docs_dir, out_dir = os.path.abspath(docs_dir), os.path.abspath(out_dir)
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)  # no page left over from a Markdown file that is gone
    os.makedirs(out_dir)
    sources = [os.path.join(docs_dir, f) for f in sorted(os.listdir(docs_dir)) if f.endswith(".md")]
    nl = os.path.join(docs_dir, "nl")
    if os.path.isdir(nl):
        sources += [os.path.join(nl, f) for f in sorted(os.listdir(nl)) if f.endswith(".md")]
    for source in sources:
        convert(source, docs_dir, out_dir)
    shutil.copy(os.path.join(docs_dir, "style.css"), os.path.join(out_dir, "style.css"))
    img = os.path.join(docs_dir, "img")
    if os.path.isdir(img):
        shutil.copytree(img, os.path.join(out_dir, "img"))
    print("docs: %d pages in %s" % (len(sources), out_dir))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
