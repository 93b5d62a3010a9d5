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


def main():
    app = QgsApplication([], False)
    app.initQgis()
    write("estimatedementia", "dem_est", [0, 5, 10, 25, 50, 100])
    app.exitQgis()


if __name__ == "__main__":
    main()
