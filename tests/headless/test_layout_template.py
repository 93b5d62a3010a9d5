#!/usr/bin/python3
"""headless.layout_template: the print layout template layouts/dementiafriendly_a3.qpt in standalone PyQGIS.

Usage: test_layout_template.py TEMPLATE.qpt
Loads the template as scripts/main_job.py does and checks: the page is A3 landscape; every item id scripts use is
there with the right kind of item, linked to the map; the north arrow's SVG resolves to a file QGIS has; the "source"
label's date expression is evaluated (the current year, no "[%"); no item in the right column overlaps the map; a PDF
and a PNG of a small memory layer export, non-empty, the PNG with A3's aspect ratio and the north arrow drawn.
Then the language and the extent (docs/layout.md): in an English QGIS the texts are English; in a Dutch one (QGIS's
locale setting and Qt's default locale set to nl_NL, as QGIS desktop does at start) the title, subtitle, legend title
and source are Dutch and the date's month is Dutch; @df_language overrides the locale. Loaded into a project with a
layer, as the Layout Manager does, the map shows the layer (from a layer in RD New and one in WGS 84): the layer's
extent inside the map's and the map's inside the layer's grown by 5 % and to the frame's shape (plus 1 %), not the
whole Netherlands; with df_zoom_to_layers = 0 the extent a script sets stays. The Dutch export is saved as PNG.
Runs in a throw-away QGIS profile and temp dir (kept with DF_KEEP_TMP=1).
"""
import datetime
import os
import sys

import dfheadless
from dfheadless import FAILURES, check

TMP = dfheadless.begin("df-layout.", "layout template")
dfheadless.isolate(os.path.join(TMP, "profile"), home=False)

from qgis.core import (QgsApplication, QgsCoordinateTransform, QgsExpressionContextUtils, QgsFeature, QgsFillSymbol, QgsGeometry, QgsLayoutExporter,  # noqa: E402
                       QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap, QgsLayoutItemPicture,
                       QgsLayoutItemScaleBar, QgsPrintLayout, QgsProject, QgsReadWriteContext, QgsRectangle,
                       QgsSettings, QgsSingleSymbolRenderer, QgsUnitTypes, QgsVectorLayer)
from qgis.PyQt.QtCore import QLocale  # noqa: E402
from qgis.PyQt.QtGui import QImage, qGray  # noqa: E402
from qgis.PyQt.QtXml import QDomDocument  # noqa: E402

ITEMS = {"title": QgsLayoutItemLabel, "subtitle": QgsLayoutItemLabel, "map": QgsLayoutItemMap,
         "legendtitle": QgsLayoutItemLabel, "legend": QgsLayoutItemLegend, "scalebar": QgsLayoutItemScaleBar, "north": QgsLayoutItemPicture,
         "source": QgsLayoutItemLabel}


def memory_layer():
    """Two RD New squares (a 'buurt' of 1 km and one of 500 m) in a memory layer."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=name:string", "Test areas", "memory")
    features = []
    for name, (x, y, size) in (("a", (155000, 463000, 1000)), ("b", (156200, 463300, 500))):
        f = QgsFeature(layer.fields())
        f.setAttributes([name])
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + size, y + size)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "#fd8d3c"})))
    return layer


def run(template):
    project = QgsProject.instance()
    layout = QgsPrintLayout(project)
    doc = QDomDocument()
    with open(template, encoding="utf-8") as f:
        check(doc.setContent(f.read())[0], "{} is XML".format(template))
    _, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not check(ok, "the template loads"):
        return

    pages = layout.pageCollection()
    size = pages.page(0).pageSize()
    mm = layout.convertToLayoutUnits(size)
    check(pages.pageCount() == 1, "one page (found {})".format(pages.pageCount()))
    check(abs(mm.width() - 420) < 0.01 and abs(mm.height() - 297) < 0.01,
          "page is A3 landscape, 420 x 297 mm (found {:.1f} x {:.1f})".format(mm.width(), mm.height()))

    items = {}
    for item_id, kind in ITEMS.items():
        item = layout.itemById(item_id)
        if check(isinstance(item, kind), "item '{}' is a {}".format(item_id, kind.__name__)):
            items[item_id] = item
    if len(items) != len(ITEMS):
        return
    frame = items["map"]
    for item_id in ("legend", "scalebar", "north"):
        check(items[item_id].linkedMap() is frame, "'{}' is linked to the map".format(item_id))
    check(items["scalebar"].units() == QgsUnitTypes.DistanceMeters, "the scale bar is in metres")
    check(items["north"].northMode() == QgsLayoutItemPicture.GridNorth, "the north arrow follows the map's rotation")

    north = items["north"]
    path = north.evaluatedPath() if hasattr(north, "evaluatedPath") else north.picturePath()
    check(path.startswith(QgsApplication.pkgDataPath()) and path.endswith(".svg") and os.path.isfile(path),
          "the north arrow resolves to one of QGIS's SVGs: {}".format(path))
    check(not north.isMissingImage(), "the north arrow's picture is found")

    year = str(datetime.date.today().year)
    source = items["source"].currentText()
    check(year in source and "[%" not in source, "the source label's date is evaluated: {!r}".format(source))

    # A small layer, as a script would set it.
    layer = memory_layer()
    project.addMapLayer(layer)
    frame.setLayers([layer])
    frame.setCrs(layer.crs())
    frame.zoomToExtent(layer.extent())
    if frame.extent().isEmpty():  # QGIS 3.22 in a standalone script; see scripts/main_job.py
        extent = layer.extent()
        extent.scale(1.1)
        frame.setExtent(extent)
    legend = items["legend"]
    legend.setAutoUpdateModel(False)
    legend.model().rootGroup().clear()
    legend.model().rootGroup().addLayer(layer)
    legend.adjustBoxSize()

    exporter = QgsLayoutExporter(layout)
    pdf = os.path.join(TMP, "layout.pdf")
    png = os.path.join(TMP, "layout.png")
    pdf_settings = QgsLayoutExporter.PdfExportSettings()
    result = exporter.exportToPdf(pdf, pdf_settings)
    check(result == QgsLayoutExporter.Success, "PDF export (code {})".format(result))
    if check(os.path.isfile(pdf) and os.path.getsize(pdf) > 1000, "the PDF is not empty"):
        with open(pdf, "rb") as f:
            check(f.read(5) == b"%PDF-", "the PDF starts with %PDF-")
    png_settings = QgsLayoutExporter.ImageExportSettings()
    png_settings.dpi = 60
    png_settings.generateWorldFile = False
    png_settings.exportMetadata = False
    result = exporter.exportToImage(png, png_settings)
    check(result == QgsLayoutExporter.Success, "PNG export (code {})".format(result))
    image = QImage(png)
    if check(os.path.isfile(png) and os.path.getsize(png) > 1000 and not image.isNull(), "the PNG is not empty"):
        ratio = image.width() / image.height()
        check(abs(ratio - 420 / 297) < 0.01, "the PNG has A3's aspect ratio ({} x {} px)".format(
            image.width(), image.height()))
        # The north arrow is drawn: dark pixels where the item is.
        rect = north.sceneBoundingRect()
        scale = image.width() / 420.0
        dark = sum(1 for x in range(int(rect.left() * scale), int(rect.right() * scale))
                   for y in range(int(rect.top() * scale), int(rect.bottom() * scale))
                   if qGray(image.pixel(x, y)) < 128)
        check(dark > 20, "the north arrow is drawn ({} dark pixels)".format(dark))

    # After the export the legend has its real size: nothing in the right column may cover the map, and
    # everything stays on the page.
    page = pages.page(0).sceneBoundingRect()
    map_rect = frame.sceneBoundingRect()
    for item_id, item in items.items():
        rect = item.sceneBoundingRect()
        check(page.contains(rect), "'{}' is on the page".format(item_id))
        if item_id in ("legendtitle", "legend", "scalebar", "north", "source"):
            check(not rect.intersects(map_rect), "'{}' does not overlap the map".format(item_id))
    project.removeAllMapLayers()


ENGLISH = {"title": "Municipality: dementia-friendly neighbourhoods", "legendtitle": "Legend",
           "subtitle": "What the map shows", "source": "Source: CBS, BAG, OpenStreetMap"}
DUTCH = {"title": "Gemeente: dementievriendelijke buurten", "legendtitle": "Legenda",
         "subtitle": "Wat de kaart laat zien", "source": "Bron: CBS, BAG, OpenStreetMap"}
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december")


def load(template, project):
    layout = QgsPrintLayout(project)
    doc = QDomDocument()
    with open(template, encoding="utf-8") as f:
        doc.setContent(f.read())
    layout.loadFromTemplate(doc, QgsReadWriteContext())
    return layout


def texts(layout):
    return {item_id: layout.itemById(item_id).currentText() if layout.itemById(item_id) else "(no such item)"
            for item_id in ENGLISH}


def check_language(template, language, expected):
    project = QgsProject.instance()
    layout = load(template, project)
    found = texts(layout)
    for item_id, text in expected.items():
        check(found[item_id].startswith(text), "{}: '{}' reads {!r}".format(language, item_id, found[item_id]))
    check(layout.itemById("legend").title() == "", "{}: the legend itself has no (untranslatable) title".format(
        language))
    return layout


def fitted(extent, width, height):
    """The extent grown around its centre to the shape width:height (as a map item shows it)."""
    grown = QgsRectangle(extent)
    centre = extent.center()
    if extent.width() * height > extent.height() * width:
        half = extent.width() * height / width / 2
        grown.setYMinimum(centre.y() - half)
        grown.setYMaximum(centre.y() + half)
    else:
        half = extent.height() * width / height / 2
        grown.setXMinimum(centre.x() - half)
        grown.setXMaximum(centre.x() + half)
    return grown


def check_extent(template, layer, what):
    """Loaded into a project holding the layer, the map opens on the layer."""
    project = QgsProject.instance()
    project.addMapLayer(layer)
    layout = load(template, project)
    frame = layout.itemById("map")
    layout.refresh()
    extent = frame.extent()
    bounds = layer.extent()
    if layer.crs() != frame.crs():
        bounds = QgsCoordinateTransform(layer.crs(), frame.crs(), project).transformBoundingBox(bounds)
    grown = QgsRectangle(bounds)
    grown.scale(1.1)  # 5 % on each side
    allowed = fitted(grown, frame.rect().width(), frame.rect().height())
    allowed.scale(1.01)
    check(extent.contains(bounds), "{}: the map shows all of the layer (map {}, layer {})".format(
        what, extent.toString(0), bounds.toString(0)))
    check(allowed.contains(extent), "{}: the map is zoomed to the layer, within {} (map {}; the whole Netherlands "
          "would be 290 km wide)".format(what, allowed.toString(0), extent.toString(0)))
    project.removeMapLayer(layer.id())
    return layout


def run_language_and_extent(template):
    check_language(template, "English QGIS", ENGLISH)
    # A Dutch QGIS: its locale setting (@qgis_locale) and Qt's default locale (the date's month names).
    QgsSettings().setValue("locale/overrideFlag", True)
    QgsSettings().setValue("locale/userLocale", "nl_NL")
    QLocale.setDefault(QLocale("nl_NL"))
    layout = check_language(template, "Dutch QGIS", DUTCH)
    source = layout.itemById("source").currentText()
    check(any(month + " " + str(datetime.date.today().year) in source for month in DUTCH_MONTHS),
          "Dutch QGIS: the date is Dutch: {!r}".format(source))
    QgsExpressionContextUtils.setLayoutVariable(layout, "df_language", "en")
    check(texts(layout)["title"] == ENGLISH["title"], "@df_language 'en' gives English in a Dutch QGIS")

    areas = memory_layer()
    layout = check_extent(template, areas, "RD New layer")
    wgs84 = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "WGS 84 areas", "memory")
    f = QgsFeature(wgs84.fields())
    f.setAttributes(["Utrecht"])
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(5.08, 52.06, 5.14, 52.11)))
    wgs84.dataProvider().addFeatures([f])
    wgs84.updateExtents()
    check_extent(template, wgs84, "WGS 84 layer")

    # A script that sets the extent itself switches the zoom to the layers off.
    project = QgsProject.instance()
    project.addMapLayer(memory_layer())
    layout = load(template, project)
    QgsExpressionContextUtils.setLayoutVariable(layout, "df_zoom_to_layers", 0)
    frame = layout.itemById("map")
    chosen = fitted(QgsRectangle(150000, 460000, 151000, 461000), frame.rect().width(), frame.rect().height())
    frame.setExtent(chosen)
    layout.refresh()
    check(abs(frame.extent().width() - chosen.width()) < 1 and abs(frame.extent().xMinimum() - chosen.xMinimum()) < 1,
          "with df_zoom_to_layers = 0 the script's extent stays ({})".format(frame.extent().toString(0)))

    # The Dutch layout on the layer, exported for a look.
    layout = load(template, project)
    layout.refresh()
    png = os.path.join(os.environ.get("DF_MAPS_DIR", TMP), "layout_nl.png")
    os.makedirs(os.path.dirname(png), exist_ok=True)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 60
    settings.generateWorldFile = False
    check(QgsLayoutExporter(layout).exportToImage(png, settings) == QgsLayoutExporter.Success,
          "the Dutch layout exports: " + png)
    project.removeAllMapLayers()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        run(os.path.abspath(sys.argv[1]))
        run_language_and_extent(os.path.abspath(sys.argv[1]))
    except Exception:  # reported as a failure; exitQgis() still runs
        import traceback
        traceback.print_exc()
        FAILURES.append("exception")
    finally:
        QgsProject.instance().clear()
        app.exitQgis()
    dfheadless.finish()


if __name__ == "__main__":
    main()
