#!/usr/bin/env python3
"""Checks the neighbourhood score's HTML report as Chromium rendered it (see test_report_browser.sh).

Usage: check_report.py DOM_HTML OUTPUT_GPKG PROFILE URGENCY_QML LANG WIDTH

DOM_HTML is Chromium's --dump-dom of the report with report_measure.js, whose measurements are in
<pre id="df-measure">. Every expectation comes from elsewhere: the numbers from the output layer (read with
PyQGIS), the indicators and weights from the profile file, the colours from the style file.
"""
import base64
import html.parser
import json
import os
import re
import struct
import sys
import xml.etree.ElementTree as ET

import dfheadless

DOM, GPKG, PROFILE, QML, LANG, WIDTH = sys.argv[1:7]
WIDTH = int(WIDTH)
FAILURES = []


def fail(message):
    FAILURES.append(message)
    print(f"FAIL ({LANG}, {WIDTH} px): {message}", file=sys.stderr)


def ok(message):
    print(f"ok ({LANG}, {WIDTH} px): {message}")


class Page(html.parser.HTMLParser):
    """The parts of the report the checks need: title, h1, tables (rows of cells with their text, class and
    links), images and the measurement."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.h1 = ""
        self.tables = []  # [{"class": str, "rows": [{"class": str, "cells": [(tag, text, href)]}]}]
        self.images = []
        self.summaries = []  # (href id of details, text)
        self._stack = []
        self._cell = None
        self._details_id = None
        self._summary = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self._stack.append(tag)
        if tag == "table":
            self.tables.append({"class": a.get("class", ""), "rows": []})
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append({"class": a.get("class", ""), "cells": []})
        elif tag in ("td", "th") and self.tables and self.tables[-1]["rows"]:
            self._cell = [tag, "", None]
        elif tag == "a" and self._cell is not None:
            self._cell[2] = a.get("href")
        elif tag == "img":
            self.images.append(a)
        elif tag == "details":
            self._details_id = a.get("id")
        elif tag == "summary":
            self._summary = ""

    def handle_endtag(self, tag):
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1]["rows"][-1]["cells"].append(tuple(self._cell))
            self._cell = None
        elif tag == "summary" and self._summary is not None:
            self.summaries.append((self._details_id, self._summary))
            self._summary = None

    def handle_data(self, data):
        where = self._stack[-1] if self._stack else ""
        if where == "title":
            self.title += data
        if "h1" in self._stack:
            self.h1 += data
        if self._cell is not None:
            self._cell[1] += data
        if self._summary is not None:
            self._summary += data


with open(DOM, encoding="utf-8") as f:
    dom = f.read()
page = Page()
page.feed(dom)
m = re.search(r'<pre id="df-measure">(.*?)</pre>', dom, re.S)
if not m:
    fail("the page has no measurement: did report_measure.js run?")
    sys.exit(1)
measure = json.loads(html.unescape(m.group(1)))


def number(text):
    """The first number in a cell's text ("42 Moderate", "80,9"), or None for "–"."""
    found = re.search(r"-?\d+(?:[.,]\d+)?", text.replace("\u2212", "-"))
    return float(found.group(0).replace(",", ".")) if found else None


# --- The layer ----------------------------------------------------------------------------------------------
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsVectorLayer  # noqa: E402
from qgis.PyQt.QtGui import QImage, QColor  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(GPKG, "score", "ogr")
if not layer.isValid():
    fail(f"cannot open the output {GPKG}")
    sys.exit(1)
names = layer.fields().names()
name_field = next((n for n in ("buurtnaam", "BU_NAAM", "wijknaam", "naam", "name", "buurtcode") if n in names), None)
if name_field is None:
    fail(f"the output has no name field among {names}")
    sys.exit(1)


def value(f, field):
    v = f[field]
    return None if v is None or (hasattr(v, "isNull") and v.isNull()) or str(v) == "NULL" else v


areas = {}
for f in layer.getFeatures():
    areas[str(f[name_field])] = {
        "rank": value(f, "urgency_rank"),
        "urgency": value(f, "urgency"),
        "need": value(f, "need"),
        "friendly": value(f, "friendly"),
        "no_homes": value(f, "missing") == "no homes",
    }
# Areas without homes are not in the ranking but listed apart (section id "without-homes").
without_homes = {n for n, a in areas.items() if a["no_homes"]}
areas = {n: a for n, a in areas.items() if not a["no_homes"]}
apart = dom.split('id="without-homes"', 1)
listed_apart = set(re.findall(r"<li>([^<]*)</li>", apart[1].split("</ul>", 1)[0])) if len(apart) == 2 else set()
if listed_apart != without_homes:
    fail(f"areas without homes listed apart: {sorted(listed_apart)}, the layer's: {sorted(without_homes)}")
else:
    ok(f"areas without homes listed apart: {sorted(without_homes)}")

# --- The title: the layer's name, not a data source ----------------------------------------------------------
for what, text in (("<title>", page.title), ("<h1>", page.h1)):
    if "|" in text or "layername" in text:
        fail(f"the {what} shows a data source: {text!r}")
    elif not text.strip().endswith("buurten"):
        fail(f"the {what} does not end with the layer's name 'buurten': {text!r}")
    else:
        ok(f"{what} {text.strip()!r}")

# --- The municipality: each label beside its own value, whatever wraps --------------------------------------------
totals = measure["totals"]
if len(totals) < 5:
    fail(f"the municipality's section has {len(totals)} labels, expected at least 5")
wrapped = 0
for t in totals:
    if not t["value"] or not t["value"].strip():
        fail(f"the label {t['label']!r} has no value beside it")
        continue
    lb, vb = t["labelBox"], t["valueBox"]
    wrapped += t["labelLines"] > 1
    if abs(lb["top"] - vb["top"]) > 2 or vb["left"] < lb["right"] - 1:
        fail(
            f"the value {t['value']!r} does not stand beside its label {t['label']!r} "
            f"(label top {lb['top']:.0f} px, value top {vb['top']:.0f} px)"
        )
ok(f"{len(totals)} labels of the municipality, {wrapped} wrapped over more lines, each beside its value")

# --- The profile: one row per indicator of the file, with the file's weights --------------------------------------
expected = []
with open(PROFILE, encoding="utf-8") as f:
    current = None
    for line in f:
        line = line.split("#", 1)[0].strip()
        sec = re.match(r"\[indicator\s+([^\]]+)\]", line, re.I)
        if sec:
            current = sec.group(1).strip().lower()
            expected.append([current, None])
        elif line.startswith("["):
            current = None
        elif current and re.match(r"weight\s*=", line, re.I):
            expected[-1][1] = float(line.split("=", 1)[1].strip().replace(",", "."))
profile_tables = [t for t in page.tables if "profile" in t["class"].split()]
if len(profile_tables) != 1:
    fail(f"expected one profile table, found {len(profile_tables)}")
else:
    rows = [r for r in profile_tables[0]["rows"] if "indicator" in r["class"].split()]
    shown = [[r["cells"][0][1].strip(), float(r["cells"][2][1].strip().replace(",", "."))] for r in rows]
    if shown != expected:
        fail(f"the profile table shows {shown}, the file has {expected}")
    elif any(not r["cells"][5][1].strip() for r in rows):
        fail("an indicator of the profile table has no source")
    else:
        ok(f"profile table: {len(rows)} indicators with the file's weights and a source each")
    if "#" in "".join(c[1] for r in profile_tables[0]["rows"] for c in r["cells"]):
        fail("the profile table shows a '#' comment")

# --- The map: a PNG that the browser decoded, in the style's colours ---------------------------------------------
maps = [i for i in page.images if i.get("src", "").startswith("data:image/png;base64,")]
if len(maps) != 1:
    fail(f"expected one embedded PNG map, found {len(maps)}")
else:
    png = base64.b64decode(maps[0]["src"].split(",", 1)[1])
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        fail("the map is not a PNG")
    else:
        w, h = struct.unpack(">II", png[16:24])
        mm = measure["map"] or {}
        if not (800 <= w <= 4000 and 300 <= h <= 3000):
            fail(f"the map is {w} x {h} px")
        elif not mm.get("complete") or mm.get("naturalWidth") != w or mm.get("naturalHeight") != h:
            fail(f"Chromium did not decode the map: {mm}")
        elif mm["shown"]["right"] - mm["shown"]["left"] < min(WIDTH, w) * 0.5:
            fail(f"the map is shown only {mm['shown']['right'] - mm['shown']['left']:.0f} px wide")
        else:
            ok(f"map: PNG of {w} x {h} px ({len(png) // 1024} KiB), decoded by Chromium")
        # The colour of the most urgent area's class, as the style file gives it, covers part of the map.
        style = ET.parse(QML).getroot()
        colours = {}
        for sym in style.iter("symbol"):
            for opt in sym.iter("Option"):
                if opt.get("name") == "color":
                    colours.setdefault(sym.get("name"), opt.get("value"))
                    break
        ranges = [
            (float(r.get("lower")), float(r.get("upper")), colours.get(r.get("symbol")))
            for r in style.iter("range")
        ]
        legend_colours = set(re.findall(r'class="swatch" style="background:\s*(#[0-9a-fA-F]{6})', dom))
        style_colours = {"#%02x%02x%02x" % tuple(int(c) for c in v.split(",")[:3]) for v in colours.values()}
        if not legend_colours or not legend_colours <= style_colours:
            fail(f"the map's legend colours {legend_colours} are not the style's {style_colours}")
        first = [a for a in areas.values() if a["rank"] == 1]
        if first:
            u = first[0]["urgency"]
            colour = next((c for lo, hi, c in ranges if lo <= u <= hi and hi >= 0), None)
            image = QImage.fromData(png, "PNG")
            r, g, b = (int(x) for x in colour.split(",")[:3])
            target = QColor(r, g, b).rgb()
            hits = sum(
                1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2) if image.pixel(x, y) == target
            )
            if hits < 50:
                fail(f"the map has almost no pixels ({hits}) of rank 1's urgency colour {colour}")
            else:
                ok(f"map: {hits} sampled pixels in rank 1's urgency colour rgb({colour})")

# --- The numbers: the table of areas equals the layer -----------------------------------------------------------
area_tables = [t for t in page.tables if any(c[2] and c[2].startswith("#area") for r in t["rows"] for c in r["cells"])]
if len(area_tables) != 1:
    fail(f"expected one table of areas, found {len(area_tables)}")
else:
    rows = [r["cells"] for r in area_tables[0]["rows"] if r["cells"] and r["cells"][0][0] == "td"]
    seen = set()
    ranks = []
    for cells in rows:
        name = cells[1][1].strip()
        seen.add(name)
        if name not in areas:
            fail(f"the report lists {name!r}, which is not in the layer")
            continue
        a = areas[name]
        rank = None if cells[0][1].strip() in ("–", "") else int(cells[0][1])
        ranks.append(rank)
        if rank != a["rank"]:
            fail(f"{name}: rank {rank} in the report, {a['rank']} in the layer")
        for col, field in ((2, "urgency"), (3, "need"), (4, "friendly")):
            shown, truth = number(cells[col][1]), a[field]
            if (shown is None) != (truth is None) or (truth is not None and abs(shown - truth) > 0.5 + 1e-6):
                fail(f"{name}: {field} {cells[col][1].strip()!r} in the report, {truth} in the layer")
    if seen != set(areas):
        fail(f"the report's areas {sorted(seen)} are not the layer's {sorted(areas)}")
    ranked = [r for r in ranks if r is not None]
    # Ties share a rank and the next rank skips (1, 2, 2, 4): each rank is 1 + the rows above it.
    if not ranked or any(r != ranked.index(r) + 1 for r in ranked) or ranked != sorted(ranked):
        fail(f"the ranks do not run 1, 2, 3, … down the table: {ranks}")
    # Per area, friendly, need and urgency to one decimal, in this order.
    by_anchor = {cells[1][2][1:]: cells[1][1].strip() for cells in rows if cells[1][2]}
    checked = 0
    for anchor, text in page.summaries:
        name = by_anchor.get(anchor)
        if name is None:
            continue
        nums = re.findall(r"(?<![\w])(\d+(?:[.,]\d)?|–)(?=[,;\s]|$)", text.split("—", 1)[-1])
        for field, shown in zip(("friendly", "need", "urgency"), nums):
            truth = areas[name][field]
            shown_value = None if shown == "–" else float(shown.replace(",", "."))
            if (shown_value is None) != (truth is None) or (
                truth is not None and abs(shown_value - truth) > 0.05 + 1e-6
            ):
                fail(f"{name}: {field} {shown} in the details, {truth} in the layer")
        checked += 1
    if checked != len(areas):
        fail(f"{checked} areas have details, the layer has {len(areas)}")
    ok(f"table of areas: {len(rows)} rows, ranks, urgency, need and friendly equal the layer's")

del layer
dfheadless.hard_exit(1 if FAILURES else 0)  # not exitQgis(): PyQGIS's teardown may crash, which is not the report's fault
