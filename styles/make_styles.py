#!/usr/bin/python3
"""Writes the QML styles in this folder with the QGIS API, so they are valid for the QGIS that writes them.

Run with Debian's python3 after changing a colour or a class: /usr/bin/python3 styles/make_styles.py
The plugin compiles the QML files into its library and refits the class bounds to each output's values;
only the look (colours, outlines, the "no estimate" class, labels) comes from here.
"""
import os
import sys

from qgis.core import (QgsApplication, QgsFillSymbol, QgsGraduatedSymbolRenderer, QgsLineSymbol, QgsMarkerSymbol,
                       QgsPalLayerSettings, QgsRendererRange, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtGui import QColor, QFont

HERE = os.path.dirname(os.path.abspath(__file__))

# ColorBrewer YlOrRd, 5 classes: sequential and safe for the common forms of colour blindness.
YL_OR_RD = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]
NO_DATA = "#d9d9d9"


def symbol(geometry, colour, no_data=False):
    if geometry == "polygon":
        s = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#6e6e6e", "outline_width": "0.2",
                                        "style": "b_diagonal" if no_data else "solid"})
        if no_data:
            # Hatched grey over a light fill: reads as "unknown", not as a low value.
            background = QgsFillSymbol.createSimple({"color": "#f2f2f2", "outline_style": "no"})
            s.insertSymbolLayer(0, background.symbolLayer(0).clone())
        return s
    if geometry == "point":
        return QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": "3",
                                             "outline_color": "#4d4d4d", "outline_width": "0.2"})
    return QgsLineSymbol.createSimple({"color": colour, "width": "0.8"})


def graduated(field, geometry, bounds):
    ranges = [QgsRendererRange(-1, -1, symbol(geometry, NO_DATA, True), "No estimate (secret or missing data)")]
    for i, colour in enumerate(YL_OR_RD):
        ranges.append(QgsRendererRange(bounds[i], bounds[i + 1], symbol(geometry, colour),
                                       "{} – {}".format(bounds[i], bounds[i + 1])))
    r = QgsGraduatedSymbolRenderer('coalesce("{}", -1)'.format(field), ranges)
    return r


def labels(field):
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    fmt.setBuffer(buffer)
    s = QgsPalLayerSettings()
    s.isExpression = True
    # One decimal below 10, so a 100 m cell with 0.3 expected cases does not read as "0".
    s.fieldName = 'if("{0}" IS NULL, \'\', if("{0}" < 10, format_number("{0}", 1), format_number("{0}", 0)))'.format(field)
    s.setFormat(fmt)
    # Only when zoomed in far enough to read one label per area, not on a whole-country grid.
    s.scaleVisibility = True
    s.maximumScale = 1
    s.minimumScale = 40000
    return QgsVectorLayerSimpleLabeling(s)


def write(name, field, bounds):
    for geometry, uri in (("polygon", "Polygon"), ("point", "Point"), ("line", "LineString")):
        layer = QgsVectorLayer("{}?crs=EPSG:28992&field={}:double".format(uri, field), name, "memory")
        layer.setRenderer(graduated(field, geometry, bounds))
        if geometry == "polygon":
            layer.setLabeling(labels(field))
            layer.setLabelsEnabled(True)
        path = os.path.join(HERE, "{}_{}.qml".format(name, geometry))
        message, ok = layer.saveNamedStyle(path)
        if not ok:
            sys.exit("could not write {}: {}".format(path, message))
        print("wrote", path)


# Walking time: near is light, far is dark red; the bounds are the norms (5, 10, 15 minutes), never refitted.
# YlOrRd without its palest yellow, which small address points on white would not show.
MINUTES = [0, 5, 10, 15, 20, 30]
WALK = ["#fed976", "#feb24c", "#fd8d3c", "#e31a1c", "#800026"]
# Catchments: the shortest walk darkest, drawn on top; ColorBrewer Blues, translucent so overlaps show.
BLUES = ["#08519c", "#3182bd", "#6baed6", "#9ecae1", "#c6dbef"]
# Coverage: low shares are the problem, so they get the dark red end of YlOrRd.
SHARES = [0, 20, 40, 60, 80, 100]


def walking_classes(field, geometry, no_data_label):
    ranges = [QgsRendererRange(-1, -1, symbol(geometry, NO_DATA, True), no_data_label)]
    for i, colour in enumerate(WALK):
        upper = MINUTES[i + 1] if i + 1 < len(WALK) else 1e9
        label = "{} – {} min".format(MINUTES[i], MINUTES[i + 1]) if i + 1 < len(WALK) else "{}+ min".format(MINUTES[i])
        ranges.append(QgsRendererRange(MINUTES[i], upper, symbol(geometry, colour), label))
    return QgsGraduatedSymbolRenderer('coalesce("{}", -1)'.format(field), ranges)


def save(layer, name, geometry):
    path = os.path.join(HERE, "{}_{}.qml".format(name, geometry))
    message, ok = layer.saveNamedStyle(path)
    if not ok:
        sys.exit("could not write {}: {}".format(path, message))
    print("wrote", path)


def write_walking():
    for geometry, uri in (("polygon", "Polygon"), ("point", "Point"), ("line", "LineString")):
        layer = QgsVectorLayer("{}?crs=EPSG:28992&field=walk_min:double".format(uri), "walking", "memory")
        renderer = walking_classes("walk_min", geometry, "Not within reach")
        if geometry == "point":
            # Thousands of address points: small markers without outlines. ranges() hands out copies, so
            # the symbols are changed through updateRangeSymbol().
            for i, r in enumerate(renderer.ranges()):
                small = r.symbol().clone()
                small.setSize(1.4)
                small.symbolLayer(0).setStrokeStyle(0)
                renderer.updateRangeSymbol(i, small)
        layer.setRenderer(renderer)
        save(layer, "walkingaccess", geometry)


def write_catchments():
    ranges = []
    steps = MINUTES[:4]  # 0, 5, 10, 15: the walking times the plugin asks for by default, and one class beyond
    for i, colour in enumerate(BLUES[:4]):
        upper = steps[i + 1] if i + 1 < len(steps) else 1e9
        s = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#08306b", "outline_width": "0.15"})
        s.setOpacity(0.45)
        label = "≤ {} min".format(steps[i + 1]) if i + 1 < len(steps) else "> {} min".format(steps[i])
        ranges.append(QgsRendererRange(steps[i], upper, s, label))
    for geometry, uri in (("polygon", "Polygon"),):
        layer = QgsVectorLayer("{}?crs=EPSG:28992&field=minutes:double".format(uri), "catchments", "memory")
        renderer = QgsGraduatedSymbolRenderer('coalesce("minutes", -1)', ranges)
        layer.setRenderer(renderer)
        save(layer, "catchments", geometry)


def write_coverage():
    colours = list(reversed(YL_OR_RD))
    for geometry, uri in (("polygon", "Polygon"), ("point", "Point")):
        ranges = [QgsRendererRange(-1, -1, symbol(geometry, NO_DATA, True), "No homes in this area")]
        for i, colour in enumerate(colours):
            ranges.append(QgsRendererRange(SHARES[i], SHARES[i + 1], symbol(geometry, colour),
                                           "{} – {} %".format(SHARES[i], SHARES[i + 1])))
        layer = QgsVectorLayer("{}?crs=EPSG:28992&field=cov_share:double".format(uri), "coverage", "memory")
        layer.setRenderer(QgsGraduatedSymbolRenderer('coalesce("cov_share", -1)', ranges))
        if geometry == "polygon":
            layer.setLabeling(name_share_labels("cov_share"))
            layer.setLabelsEnabled(True)
        save(layer, "coverage", geometry)


# The neighbourhood score: friendly (and the access, comfort and housing scores) in five fixed classes of 20
# points, the friendly_class bounds; ColorBrewer RdYlBu, colour-blind safe, low friendliness red. Urgency, need
# and the social (need) score in the same five classes of YlOrRd, high urgency dark red. The plugin sets the
# field and translates the class labels.
RD_YL_BU = ["#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6"]
CLASSES = [0, 20, 40, 60, 80, 100.0001]  # 100 itself falls in the top class


def write_score():
    for name, colours, labels_ in (
            ("neighbourhoodscore", RD_YL_BU, ["Very low", "Low", "Moderate", "High", "Very high"]),
            ("urgency", YL_OR_RD, ["0 – 20", "20 – 40", "40 – 60", "60 – 80", "80 – 100"])):
        ranges = [QgsRendererRange(-1, -1, symbol("polygon", NO_DATA, True), "No data")]
        for i, colour in enumerate(colours):
            ranges.append(QgsRendererRange(CLASSES[i], CLASSES[i + 1], symbol("polygon", colour), labels_[i]))
        layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=friendly:double", name, "memory")
        layer.setRenderer(QgsGraduatedSymbolRenderer('coalesce("friendly", -1)', ranges))
        layer.setLabeling(rank_name_labels("urgency_rank") if name == "urgency" else name_labels())
        layer.setLabelsEnabled(True)
        save(layer, name, "polygon")


# Fills of the new-site stars, first to last: white to a light purple, every one light enough for a WCAG contrast
# of 3 or more against the darkest class of the gap areas.
STAR_FILLS = ["#ffffff", "#f2f0f7", "#dadaeb", "#cbc9e2", "#bcbddc"]


def write_sites():
    """New meeting-place sites by the order they were chosen, labelled 1, 2, 3: the first largest. Light fills with a
    dark outline, so a star stands out over the darkest gap areas (YlOrRd's #bd0026: WCAG contrast 3.4 or more) as
    well as on white (the outline); the existing meeting places are the dark purple stars of the maps."""
    order = [(1, 1, STAR_FILLS[0], 7.0), (2, 2, STAR_FILLS[1], 6.4), (3, 3, STAR_FILLS[2], 5.8),
             (4, 5, STAR_FILLS[3], 5.2), (6, 1e9, STAR_FILLS[4], 4.6)]
    for geometry, uri in (("point", "Point"), ("polygon", "Polygon")):
        ranges = []  # every chosen site has an order: no "no data" class
        for lower, upper, colour, size in order:
            if geometry == "point":
                s = QgsMarkerSymbol.createSimple({"name": "star", "color": colour, "size": str(size),
                                                  "outline_color": "#252525", "outline_width": "0.6"})
            else:
                s = symbol(geometry, colour)
            label = str(lower) if lower == upper else ("{} – {}".format(lower, int(upper)) if upper < 1e9
                                                       else "{}+".format(lower))
            ranges.append(QgsRendererRange(lower - 0.5, upper + 0.5, s, label))
        layer = QgsVectorLayer("{}?crs=EPSG:28992&field=site_order:integer".format(uri), "sites", "memory")
        layer.setRenderer(QgsGraduatedSymbolRenderer('coalesce("site_order", -1)', ranges))
        labeling = labels("site_order")
        settings = labeling.settings()
        settings.fieldName = '"site_order"'
        settings.isExpression = True
        labeling.setSettings(settings)
        layer.setLabeling(labeling)
        layer.setLabelsEnabled(True)
        save(layer, "sites", geometry)


# Housing sites: the score per concept in five fixed classes, the best sites darkest. Viridis (yellow-green to dark
# purple), made to stay apart under the common forms of colour blindness; sites a concept cannot use are a very
# light grey. YlGn, used before, put its light yellow-greens within a CIEDE2000 of 18 of the grey under
# deuteranopia (tests/headless/test_maps.py checks 20 or more, and 10 between neighbouring classes).
HOUSING = ["#90d743", "#35b779", "#21918c", "#31688e", "#440154"]
NOT_ELIGIBLE = "#f0f0f0"


def write_housing():
    for geometry, uri in (("point", "Point"), ("polygon", "Polygon")):
        ranges = [QgsRendererRange(-1, -1, symbol(geometry, NOT_ELIGIBLE if geometry == "point" else NO_DATA, True),
                                   "Not eligible")]
        for i, colour in enumerate(HOUSING):
            s = symbol(geometry, colour)
            if geometry == "point":
                s.setSize(4.5)
            ranges.append(QgsRendererRange(CLASSES[i], CLASSES[i + 1], s, "{} – {}".format(CLASSES[i], int(CLASSES[i + 1]))))
        layer = QgsVectorLayer("{}?crs=EPSG:28992&field=score:double&field=rank:integer".format(uri), "housing", "memory")
        layer.setRenderer(QgsGraduatedSymbolRenderer('coalesce("score", -1)', ranges))
        labeling = labels("rank")
        settings = labeling.settings()
        settings.fieldName = '"rank"'
        settings.isExpression = True
        labeling.setSettings(settings)
        layer.setLabeling(labeling)
        layer.setLabelsEnabled(True)
        save(layer, "housing", geometry)


def name_share_labels(field):
    """The buurt's name and, on a second line, its share."""
    return buurt_labels("concat(coalesce({1}, ''), if(\"{0}\" IS NULL, '', '\\n' || format_number(\"{0}\", 0) || ' %'))"
                        .format(field, NAME))


# Buurt names on the score, urgency and coverage maps, so a reader finds "1 Kerkebuurt" from the report on the map.
# The outputs keep the input's fields, so the name is in whichever field the buurten layer had: the CBS wijk- en
# buurtkaart's buurtnaam, BU_NAAM of older years, or naam/name. attribute() gives NULL for a field the layer lacks
# (a plain "field" reference would make the whole expression fail), so one expression serves every input.
NAME_FIELDS = ("buurtnaam", "BU_NAAM", "wijknaam", "naam", "name")
NAME = "coalesce({})".format(", ".join("attribute('{}')".format(f) for f in NAME_FIELDS))


def buurt_labels(expression):
    """Labels with the expression, every one drawn (a buurt whose label collides with another's still gets it: the
    reader looks for a name), horizontal inside the area; from 1:40,000 in, as labels()."""
    labeling = labels("unused")
    settings = labeling.settings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.Horizontal
    settings.centroidInside = True
    settings.displayAll = True
    fmt = settings.format()
    fmt.setSize(8)
    settings.setFormat(fmt)
    labeling.setSettings(settings)
    return labeling


def name_labels():
    """The buurt's name."""
    return buurt_labels(NAME)


def rank_name_labels(rank_field):
    """"<rank> <name>" where the area has a rank (1 = most urgent), else the name."""
    return buurt_labels("trim(coalesce(to_string(attribute('{}')) || ' ', '') || coalesce({}, ''))".format(
        rank_field, NAME))


def main():
    app = QgsApplication([], False)
    app.initQgis()
    write("estimatedementia", "dem_est", [0, 5, 10, 25, 50, 100])
    write_walking()
    write_catchments()
    write_coverage()
    write_score()
    # Gaps: more people out of reach is darker; the classes are refitted to the data.
    write("gaps", "gap_weight", [0, 1, 2, 5, 10, 20])
    write_sites()
    write_housing()
    app.exitQgis()


if __name__ == "__main__":
    main()
