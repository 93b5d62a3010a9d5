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
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsExpressionContextUtils, QgsLayoutItemLabel, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutMeasurement, QgsLayoutObject, QgsProperty,
                       QgsLayoutPoint, QgsLayoutSize, QgsLegendStyle, QgsPrintLayout, QgsProject, QgsReadWriteContext,
                       QgsRectangle, QgsScaleBarSettings, QgsTextFormat, QgsUnitTypes)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = os.path.join(HERE, "dementiafriendly_a3.qpt")
ITEM_IDS = ("title", "subtitle", "map", "legendtitle", "legend", "scalebar", "north", "source")

FONT = "DejaVu Sans"
NORTH_ARROW = "arrows/NorthArrow_02.svg"  # one of QGIS's bundled SVGs; stored by this name, found on any install


# The texts follow the language of QGIS: each is an expression that picks the Dutch or the English text by
# @qgis_locale (the language QGIS runs in; the date of format_date() follows it too). A layout, project or global
# variable df_language ("nl" or "en") overrides it, e.g. for an English map from a Dutch QGIS. The legend's own
# title cannot hold an expression (QGIS 3.22 prints it as typed), so the label "legendtitle" above the legend
# carries it and the legend has none.
LANGUAGE = "left(lower(coalesce(@df_language, @qgis_locale, 'en')), 2) = 'nl'"


def quoted(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def bilingual(english, dutch):
    """An expression text: the Dutch text in a Dutch QGIS (or with @df_language 'nl'), else the English one."""
    return "[% if({}, {}, {}) %]".format(LANGUAGE, quoted(dutch), quoted(english))


TITLE = bilingual("Municipality: dementia-friendly neighbourhoods", "Gemeente: dementievriendelijke buurten")
SUBTITLE = bilingual("What the map shows, for the Volkshuisvestingsprogramma",
                     "Wat de kaart laat zien, voor het Volkshuisvestingsprogramma")
LEGEND = bilingual("Legend", "Legenda")
SOURCE = (bilingual("Source: CBS, BAG, OpenStreetMap; computed with the QGIS plugin Dementia-friendly neighbourhoods. "
                    "Date: ",
                    "Bron: CBS, BAG, OpenStreetMap; berekend met de QGIS-plugin Dementievriendelijke buurten. "
                    "Datum: ")
          + "[% format_date(now(), 'd MMMM yyyy') %]")

# The map opens on the extent of its layers (those set for the map, else the visible layers of the project), 5 %
# wider, instead of on a fixed place: data-defined extents. Only vector layers with features count (a background
# of web tiles would span the world); each layer's extent is brought into the map's CRS. Set the variable
# df_zoom_to_layers to 0 (Layout > Layout Properties > Variables) to pan and zoom the map freely; scripts such as
# scripts/main_job.py do so when they set the extent themselves. Without any layer the map keeps the extent below.
LAYERS_EXTENT = ("if(coalesce(@df_zoom_to_layers, 1) = 0, NULL, bounds(collect_geometries(array_foreach("
                 "array_filter(@map_layer_ids, coalesce(layer_property(@element, 'feature_count'), 0) > 0), "
                 "transform(layer_property(@element, 'extent'), layer_property(@element, 'crs'), @map_crs)))))")
MARGIN_SHARE = 0.05


def extent_expression(side):
    """xmin, ymin, xmax or ymax of the layers' extent, widened by MARGIN_SHARE; NULL (keep the item's own extent)
    when the variable turns it off or there is no layer."""
    axis, low = side[0], side.endswith("min")
    size = "({0}_max(@df_extent) - {0}_min(@df_extent))".format(axis)
    return "with_variable('df_extent', {}, if(@df_extent IS NULL, NULL, {}_{}(@df_extent) {} {} * {}))".format(
        LAYERS_EXTENT, axis, "min" if low else "max", "-" if low else "+", MARGIN_SHARE, size)

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
    QgsExpressionContextUtils.setLayoutVariable(layout, "df_zoom_to_layers", 1)
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))

    title = label(layout, "title", TITLE, QFont(FONT, 22, QFont.Bold))
    place(title, MARGIN, 8, PAGE_W - 2 * MARGIN, 12)
    subtitle = label(layout, "subtitle", SUBTITLE, QFont(FONT, 11), "#404040")
    place(subtitle, MARGIN, 21, PAGE_W - 2 * MARGIN, 11)

    frame = QgsLayoutItemMap(layout)
    frame.setId("map")
    frame.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))  # RD New: the Dutch grid, in metres
    place(frame, MAP_X, MAP_Y, MAP_W, MAP_H)
    # The Netherlands while the map has no layers; with layers, the data-defined extent (LAYERS_EXTENT) takes over.
    frame.setExtent(fit(QgsRectangle(0, 300000, 290000, 625000), MAP_W, MAP_H))
    properties = frame.dataDefinedProperties()
    for side, key in (("xmin", QgsLayoutObject.MapXMin), ("ymin", QgsLayoutObject.MapYMin),
                      ("xmax", QgsLayoutObject.MapXMax), ("ymax", QgsLayoutObject.MapYMax)):
        properties.setProperty(key, QgsProperty.fromExpression(extent_expression(side)))
    frame.setDataDefinedProperties(properties)
    frame.setFrameEnabled(True)
    frame.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    frame.setFrameStrokeColor(QColor("#404040"))
    layout.addLayoutItem(frame)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setLinkedMap(frame)
    legend.setTitle("")  # the label "legendtitle" above it holds the title, in the language of QGIS
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
    legend_title = label(layout, "legendtitle", LEGEND, QFont(FONT, 12, QFont.Bold))
    place(legend_title, COL_X, MAP_Y, COL_W, 7)
    place(legend, COL_X, MAP_Y + 7)

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
