#!/usr/bin/python3
"""headless.help: the installed documentation and the algorithms' Help and icons, in standalone PyQGIS.

Usage: test_help.py BUILD_DIR SOURCE_DIR
Installs the built plugin into a throw-away profile (scripts/install_plugin.sh) and checks:
- the docs installed are the HTML generated from docs/*.md (no Markdown), with the Dutch pages in docs/nl/;
- every link in every installed page resolves: the file exists, the anchor is an id in it, no link to a .md file;
- with QGIS in English and in Dutch (locale/overrideFlag + locale/userLocale, as QGIS's options dialog sets them),
  every algorithm's helpUrl() is a file:// URL of an installed HTML page (in nl/ in Dutch, not in English), its
  fragment is the algorithm's name and an id in that page, and the page names every parameter of the algorithm;
- every algorithm's icon() is not null, is not the provider's or the generic algorithm icon, and all eight icons
  look different (their 24 px pictures differ).
Runs in a throw-away QGIS profile and temp dir (kept after a failure or with DF_KEEP_TMP=1).
"""
import os
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import dfheadless
from dfheadless import check, finish

if len(sys.argv) != 3:
    sys.exit(__doc__)
BUILD, SRC = (os.path.abspath(a) for a in sys.argv[1:3])
TMP = dfheadless.begin("df-help.", "help")
ROOT = os.path.join(TMP, "profile")
PLUGIN = os.path.join(dfheadless.plugins_dir(ROOT), "dementiafriendly")
DOCS = os.path.join(PLUGIN, "docs")
ALGORITHMS = ["estimatedementia", "walkingaccess", "catchments", "coverage", "neighbourhoodscore",
              "meetingplacegaps", "sitemeetingplaces", "housingopportunities"]


class Page(HTMLParser):
    """The ids and the links (href, src) of an HTML page."""

    def __init__(self, path):
        super().__init__()
        self.ids, self.links = set(), []
        with open(path, encoding="utf-8") as f:
            self.text = f.read()
        self.feed(self.text)

    def handle_starttag(self, tag, attrs):
        for key, value in attrs:
            if key == "id" or (tag == "a" and key == "name"):
                self.ids.add(value)
            elif key in ("href", "src") and value is not None:
                self.links.append(value)


_pages = {}


def page(path):
    path = os.path.normpath(path)
    if path not in _pages:
        _pages[path] = Page(path)
    return _pages[path]


def check_links():
    """Every link of every installed page leads to an installed file, and to an id in it."""
    htmls = sorted(os.path.join(d, f) for d, _, fs in os.walk(DOCS) for f in fs if f.endswith(".html"))
    markdown = sorted(os.path.join(d, f) for d, _, fs in os.walk(DOCS) for f in fs if f.endswith(".md"))
    check(len(htmls) >= 10 and os.path.isfile(os.path.join(DOCS, "index.html"))
          and os.path.isfile(os.path.join(DOCS, "nl", "index.html")),
          "{} HTML pages installed in {}, index.html and nl/index.html among them".format(len(htmls), DOCS))
    check(not markdown, "no Markdown installed: {}".format(markdown))
    sources = [f[:-3] for f in os.listdir(os.path.join(SRC, "docs")) if f.endswith(".md")]
    nl = os.path.join(SRC, "docs", "nl")
    sources += ["nl/" + f[:-3] for f in (os.listdir(nl) if os.path.isdir(nl) else []) if f.endswith(".md")]
    missing = [s for s in sources if not os.path.isfile(os.path.join(DOCS, s + ".html"))]
    check(not missing, "every docs/*.md and docs/nl/*.md is installed as HTML (missing: {})".format(missing))
    bad, count = [], 0
    for path in htmls:
        for link in page(path).links:
            parts = urlsplit(link)
            if parts.scheme in ("http", "https", "mailto"):
                continue
            count += 1
            where = "{}: {}".format(os.path.relpath(path, DOCS), link)
            if parts.scheme or parts.netloc:
                bad.append(where + " (not a relative link)")
                continue
            if parts.path.endswith(".md"):
                bad.append(where + " (a Markdown file)")
                continue
            target = os.path.normpath(os.path.join(os.path.dirname(path), unquote(parts.path))) if parts.path else path
            if not target.startswith(DOCS + os.sep) or not os.path.isfile(target):
                bad.append(where + " (no such installed file)")
            elif parts.fragment and target.endswith(".html") and parts.fragment not in page(target).ids:
                bad.append(where + " (no id {!r} in {})".format(parts.fragment, os.path.relpath(target, DOCS)))
    check(count > 100 and not bad, "{} links between the installed pages resolve; broken: {}".format(count, bad))
    # Each page leads back to the index and to its page in the other language.
    no_home = [os.path.relpath(p, DOCS) for p in htmls if 'href="index.html"' not in page(p).text]
    check(not no_home, "every page links to its index (not: {})".format(no_home))


def check_help_urls(registry, language):
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QUrl

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "nl_NL" if language == "nl" else "en_GB")
    for name in ALGORITHMS:
        alg = registry.algorithmById("dementiafriendly:" + name)
        if not check(alg is not None, "algorithm {} registered".format(name)):
            continue
        url = QUrl(alg.helpUrl())
        path = url.toLocalFile()
        label = "{} ({}): helpUrl {}".format(name, language, alg.helpUrl())
        if not check(url.scheme() == "file" and path.endswith(".html") and os.path.isfile(path), label + " is an installed HTML file"):
            continue
        check(os.path.realpath(path).startswith(os.path.realpath(DOCS) + os.sep), label + " is in the plugin's docs")
        in_dutch = os.path.basename(os.path.dirname(path)) == "nl"
        check(in_dutch == (language == "nl"), label + (" is a Dutch page" if language == "nl" else " is an English page"))
        p = page(path)
        check(url.fragment() == name and name in p.ids, label + ": the anchor #{} is in the page".format(name))
        check('lang="{}"'.format(language) in p.text, label + ": the page says lang=" + language)
        params = [d.name() for d in alg.parameterDefinitions()]
        absent = [n for n in params if "<code>{}</code>".format(n) not in p.text]
        check(not absent, label + ": the page names every parameter ({} of {} absent: {})".format(
            len(absent), len(params), absent))


def check_icons(registry, provider):
    from qgis.core import QgsApplication

    generic = QgsApplication.getThemeIcon("/processingAlgorithm.svg").pixmap(24, 24).toImage()
    own = provider.icon().pixmap(24, 24).toImage()
    pictures, paths = {}, {}
    for name in ALGORITHMS:
        alg = registry.algorithmById("dementiafriendly:" + name)
        if alg is None:
            continue
        icon = alg.icon()
        image = icon.pixmap(24, 24).toImage()
        check(not icon.isNull() and not image.isNull() and image.width() == 24,
              "{}: icon() is not null and draws at 24 px ({})".format(name, alg.svgIconPath()))
        check(image != generic and image != own, "{}: its icon is neither the generic gear nor the plugin's".format(name))
        # not a blank picture: a good part of its pixels is drawn
        drawn = sum(1 for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 128)
        check(drawn > 24 * 24 // 8, "{}: {} of 576 pixels drawn at 24 px".format(name, drawn))
        pictures[name] = image
        paths[name] = alg.svgIconPath()
    same = [(a, b) for i, a in enumerate(pictures) for b in list(pictures)[i + 1:] if pictures[a] == pictures[b]]
    check(len(pictures) == len(ALGORITHMS) and not same, "the {} icons all differ (alike: {})".format(len(pictures), same))
    check(len(set(paths.values())) == len(paths), "each algorithm has its own svgIconPath: {}".format(paths))


# --- install into the throw-away profile -------------------------------------------------------------------------
dfheadless.install_plugin(BUILD, SRC, ROOT)
dfheadless.isolate(ROOT)

from qgis.core import QgsApplication  # noqa: E402

try:
    app = dfheadless.start_qgis(os.path.dirname(PLUGIN), gui=True, processing=False)
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("dementiafriendly")
    check(provider is not None and len(provider.algorithms()) == len(ALGORITHMS),
          "the provider with {} algorithms".format(len(provider.algorithms()) if provider else 0))
    check_links()
    for language in ("en", "nl"):
        check_help_urls(registry, language)
    check_icons(registry, provider)
except Exception:
    import traceback

    check(False, "exception:\n" + traceback.format_exc())
finish()
