#!/usr/bin/python3
"""Writes the print layout template dementiafriendly_a3.qpt with the QGIS API, so it is valid for the QGIS that
writes it (like styles/make_styles.py for the styles).

Run with Debian's python3 after changing the layout: /usr/bin/python3 layouts/make_layout.py
The .qpt is committed; the plugin installs it into <plugin folder>/layouts/, and scripts/main_job.py exports every map
through it. Scripts find the items by their ids (ITEM_IDS); see docs/layout.md.
"""
import os
import re
import sys
import uuid

# A fixed hash seed keeps Qt's XML attribute order, and so the file, the same from run to run.
os.environ.setdefault("QT_HASH_SEED", "0")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutMeasurement,
                       QgsLayoutPoint, QgsLayoutSize, QgsLegendStyle, QgsPrintLayout, QgsProject, QgsReadWriteContext,
                       QgsRectangle, QgsScaleBarSettings, QgsTextFormat, QgsUnitTypes)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join(HERE, "dementiafriendly_a3.qpt")
ITEM_IDS = ("title", "subtitle", "map", "legend", "scalebar", "north", "source")

FONT = "DejaVu Sans"
NORTH_ARROW = "arrows/NorthArrow_02.svg"  # one of QGIS's bundled SVGs; stored by this name, found on any install
SOURCE = ("Source: CBS, BAG, OpenStreetMap; computed with the QGIS plugin Dementia-friendly neighbourhoods. "
          "Date: [% format_date(now(), 'd MMMM yyyy') %]")
MM = QgsUnitTypes.LayoutMillimeters

# The page (mm): A3 landscape, 10 mm margins. The map takes the left 305 mm under the title; the right column
# (x 322-410) holds, from top to bottom, the legend, the north arrow, the scale bar and the source.
PAGE_W, PAGE_H, MARGIN = 420, 297, 10
MAP_X, MAP_Y, MAP_W = MARGIN, 34, 305
MAP_H = PAGE_H - MARGIN - MAP_Y
COL_X = MAP_X + MAP_W + 7
COL_W = PAGE_W - MARGIN - COL_X


def place(item, x, y, w=None, h=None):
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    if w is not None:
        item.attemptResize(QgsLayoutSize(w, h, MM))


def fit(extent, width, height):
    """The extent grown around its centre to the aspect ratio width:height of a map item, so setExtent() keeps the
    item's size (setExtent() resizes the item to the extent's aspect ratio otherwise)."""
    grown = QgsRectangle(extent)
    if extent.width() * height > extent.height() * width:
        half = extent.width() * height / width / 2
        grown.setYMinimum(extent.center().y() - half)
        grown.setYMaximum(extent.center().y() + half)
    else:
        half = extent.height() * width / height / 2
        grown.setXMinimum(extent.center().x() - half)
        grown.setXMaximum(extent.center().x() + half)
    return grown


def label(layout, item_id, text, font, colour="#000000"):
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(text)
    item.setFont(font)
    item.setFontColor(QColor(colour))
    item.setHAlign(Qt.AlignLeft)
    item.setVAlign(Qt.AlignTop)
    layout.addLayoutItem(item)
    return item


def build(project):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Dementia-friendly neighbourhoods A3")
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))

    title = label(layout, "title", "Municipality: dementia-friendly neighbourhoods", QFont(FONT, 22, QFont.Bold))
    place(title, MARGIN, 8, PAGE_W - 2 * MARGIN, 12)
    subtitle = label(layout, "subtitle", "What the map shows, for the Volkshuisvestingsprogramma",
                     QFont(FONT, 11), "#404040")
    place(subtitle, MARGIN, 21, PAGE_W - 2 * MARGIN, 11)

    frame = QgsLayoutItemMap(layout)
    frame.setId("map")
    frame.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))  # RD New: the Dutch grid, in metres
    place(frame, MAP_X, MAP_Y, MAP_W, MAP_H)
    # The Netherlands, until a script or the user sets the municipality's extent.
    frame.setExtent(fit(QgsRectangle(0, 300000, 290000, 625000), MAP_W, MAP_H))
    frame.setFrameEnabled(True)
    frame.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    frame.setFrameStrokeColor(QColor("#404040"))
    layout.addLayoutItem(frame)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setLinkedMap(frame)
    legend.setTitle("Legend")
    legend.setColumnSpace(2)
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(4)
    legend.setStyleFont(QgsLegendStyle.Title, QFont(FONT, 12, QFont.Bold))
    legend.setStyleFont(QgsLegendStyle.Group, QFont(FONT, 10, QFont.Bold))
    legend.setStyleFont(QgsLegendStyle.Subgroup, QFont(FONT, 10, QFont.Bold))
    legend.setStyleFont(QgsLegendStyle.Symbol, QFont(FONT, 9))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, QFont(FONT, 9))
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)
    place(legend, COL_X, MAP_Y)

    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    north.setMode(QgsLayoutItemPicture.FormatSVG)
    north.setPicturePath(os.path.join(QgsApplication.pkgDataPath(), "svg", NORTH_ARROW))
    north.setSvgFillColor(QColor("#000000"))
    north.setSvgStrokeColor(QColor("#000000"))
    north.setResizeMode(QgsLayoutItemPicture.Zoom)
    north.setLinkedMap(frame)  # turns with the map
    north.setNorthMode(QgsLayoutItemPicture.GridNorth)
    layout.addLayoutItem(north)
    place(north, COL_X, 200, 14, 22)

    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setStyle("Single Box")
    bar.setLinkedMap(frame)
    bar.setUnits(QgsUnitTypes.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(2)
    # Round segment lengths at any scale, as the user pans and zooms: the bar stays 30-80 mm wide with segments of
    # a multiple of a power of ten (QgsLayoutUtils::calculatePrettySize: 200 m, 300 m, ..., 1000 m, 2000 m).
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(30)
    bar.setMaximumBarWidth(80)
    bar.setUnitsPerSegment(500)
    bar.setHeight(3)
    text = QgsTextFormat()
    text.setFont(QFont(FONT))
    text.setSize(8)
    bar.setTextFormat(text)
    layout.addLayoutItem(bar)
    place(bar, COL_X, 228)
    bar.update()

    source = label(layout, "source", SOURCE, QFont(FONT, 8), "#404040")
    source.setVAlign(Qt.AlignBottom)  # the last line level with the bottom of the map
    place(source, COL_X, PAGE_H - MARGIN - 22, COL_W, 22)
    return layout


def stable_uuids(path):
    """Replaces the random item uuids (and the links between items that use them) by ones derived from the order
    of the items, so running this script again without a change gives the same file."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    found = []
    for u in re.findall(r"\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}", text):
        if u not in found:
            found.append(u)
    for n, u in enumerate(found):
        text = text.replace(u, "{{{}}}".format(uuid.uuid5(uuid.NAMESPACE_URL, "dementiafriendly_a3.qpt#{}".format(n))))
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject()
    layout = build(project)
    ids = [item.id() for item in layout.items() if hasattr(item, "id") and item.id()]
    missing = [i for i in ITEM_IDS if i not in ids]
    if missing:
        sys.exit("items missing from the layout: {}".format(", ".join(missing)))
    doc = QDomDocument()
    if not layout.saveAsTemplate(TEMPLATE, QgsReadWriteContext()):
        sys.exit("could not write " + TEMPLATE)
    stable_uuids(TEMPLATE)
    # Read it back: the template must load and keep every item and the arrow's SVG.
    with open(TEMPLATE, encoding="utf-8") as f:
        doc.setContent(f.read())
    check = QgsPrintLayout(project)
    items, ok = check.loadFromTemplate(doc, QgsReadWriteContext())
    if not ok or sorted(i.id() for i in items if i.id()) != sorted(ITEM_IDS):
        sys.exit("{} does not load back with its items".format(TEMPLATE))
    print("wrote", TEMPLATE)
    del layout, check
    app.exitQgis()


if __name__ == "__main__":
    main()
