#!/usr/bin/python3
"""The main job on the sample municipality: every algorithm of the plugin, styled outputs and PNG maps.

Usage: main_job.py --town build/sample/voorbeeldstad.gpkg --plugins PROFILE/python/plugins --out output
Runs headless with standalone PyQGIS; the provider comes from the installed plugin through its Python bridge,
exactly as qgis_process gets it.
"""
import argparse
import os
import sys

from qgis.core import (QgsApplication, QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLegendStyle, QgsLayoutItemMap,
                       QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout, QgsProject,
                       QgsUnitTypes, QgsVectorLayer, QgsCoordinateReferenceSystem, QgsLineSymbol, QgsMarkerSymbol, QgsSingleSymbolRenderer, QgsProcessingFeedback)
from qgis.PyQt.QtGui import QFont


def run(alg_id, params):
    import processing
    feedback = QgsProcessingFeedback()
    result = processing.run(alg_id, params, feedback=feedback)
    return result


def streets(town):
    layer = QgsVectorLayer(town + "|layername=wegen", "Streets", "ogr")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"color": "#9a9a9a", "width": "0.15"})))
    return layer


def export_map(project, layers, title, subtitle, path):
    """An A4 landscape page with title, map, legend, scale bar and source, exported to PNG by QGIS's layout."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", page.Landscape)

    heading = QgsLayoutItemLabel(layout)
    heading.setText(title)
    heading.setFont(QFont("DejaVu Sans", 18, QFont.Bold))
    heading.attemptMove(QgsLayoutPoint(10, 6, QgsUnitTypes.LayoutMillimeters))
    heading.attemptResize(QgsLayoutSize(270, 12, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(heading)

    frame = QgsLayoutItemMap(layout)
    frame.attemptMove(QgsLayoutPoint(10, 20, QgsUnitTypes.LayoutMillimeters))
    frame.attemptResize(QgsLayoutSize(185, 180, QgsUnitTypes.LayoutMillimeters))
    # The streets draw over the areas; the legend lists the areas first.
    frame.setLayers(list(reversed(layers)))
    frame.setCrs(layers[0].crs())
    extent = layers[0].extent()
    extent.scale(1.05)
    frame.setExtent(extent)  # zoomToExtent() leaves an empty extent on 3.22 in a standalone script
    frame.setFrameEnabled(True)
    layout.addLayoutItem(frame)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(frame)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        root.addLayer(layer)
    legend.setTitle("")
    legend.setWrapString("|")
    legend.setColumnSpace(2)
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(4)
    for style in (QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel):
        legend.setStyleFont(style, QFont("DejaVu Sans", 9))
    legend.attemptMove(QgsLayoutPoint(200, 20, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(legend)

    bar = QgsLayoutItemScaleBar(layout)
    bar.setLinkedMap(frame)
    bar.applyDefaultSize()
    bar.setUnits(QgsUnitTypes.DistanceMeters)
    bar.setNumberOfSegments(2)
    bar.setUnitsPerSegment(500)
    bar.setUnitLabel("m")
    bar.attemptMove(QgsLayoutPoint(200, 150, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(bar)

    source = QgsLayoutItemLabel(layout)
    source.setText(subtitle)
    source.setFont(QFont("DejaVu Sans", 7))
    source.attemptMove(QgsLayoutPoint(200, 170, QgsUnitTypes.LayoutMillimeters))
    source.attemptResize(QgsLayoutSize(75, 20, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(source)

    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 120
    settings.exportMetadata = False
    settings.generateWorldFile = False
    result = QgsLayoutExporter(layout).exportToImage(path, settings)
    if result != QgsLayoutExporter.Success:
        sys.exit("could not export the map {} (code {})".format(path, result))
    print("map:", path)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--town", required=True)
    parser.add_argument("--plugins", required=True, help="the profile's python/plugins folder")
    parser.add_argument("--out", default="output")
    args = parser.parse_args()
    town = os.path.abspath(args.town)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    sys.path.insert(0, args.plugins)
    from processing.core.Processing import Processing
    Processing.initialize()
    import dementiafriendly
    dementiafriendly.register()

    # 1. People with dementia per buurt (CBS wijk- en buurtkaart) and per 100 m cell (vierkantstatistieken).
    outputs = {}
    for layer_name, label in (("buurten", "buurt"), ("vierkant100m", "cel"), ("bevolking_register", "register")):
        target = fresh(os.path.join(out, "dementia_per_{}.gpkg".format(label)))
        result = run("dementiafriendly:estimatedementia", {"INPUT": town + "|layername=" + layer_name, "OUTPUT": target})
        print("{:>20}: {:8.1f} people with dementia expected, {:.0f} features without an estimate ({})".format(
            layer_name, result["TOTAL_DEMENTIA"], result["FEATURES_MISSING"], result["LAYOUT"]))
        outputs[label] = result["OUTPUT"]

    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    per_buurt = QgsVectorLayer(outputs["buurt"], "People with dementia|per buurt (expected)", "ogr")
    if per_buurt.renderer() is None or per_buurt.renderer().type() != "graduatedSymbol":
        sys.exit("the output did not open with its stored style")
    roads = streets(town)
    project.addMapLayers([per_buurt, roads])
    export_map(project, [per_buurt, roads], "Voorbeeldstad: expected people with dementia per buurt",
               "Alzheimer Europe 2019 rates on CBS-style age groups; sample data generated by the plugin. "
               "Hatched: no estimate (CBS secrecy).", os.path.join(out, "dementia_per_buurt.png"))
    per_cell = QgsVectorLayer(outputs["cel"], "People with dementia|per 100 m cell (expected)", "ogr")
    project.addMapLayer(per_cell)
    export_map(project, [per_cell, roads], "Voorbeeldstad: expected people with dementia per 100 m cell",
               "Alzheimer Europe 2019 rates on CBS vierkantstatistieken-style counts; hatched: secret (-99997).",
               os.path.join(out, "dementia_per_cell.png"))

    # 2. Walking: every address and every buurt to the nearest facility of each kind; catchments of the
    #    meeting places; coverage of people with dementia living at home per buurt.
    layer = lambda name: town + "|layername=" + name
    meeting_places = layer("voorzieningen") + "|subset=\"category\" = 'meeting_place'"
    walking = {}
    for name, origins in (("walking_per_address", "adressen"), ("walking_per_buurt", "buurten")):
        target = fresh(os.path.join(out, name + ".gpkg"))
        result = run("dementiafriendly:walkingaccess", {
            "NETWORK": layer("wegen"), "ORIGINS": layer(origins), "ADDRESSES": layer("adressen"),
            "FACILITIES": layer("voorzieningen"), "CATEGORY_FIELD": "category", "FACILITY_ID_FIELD": "poi_id",
            "OUTPUT": target})
        walking[name] = result["OUTPUT"]
        print("{:>20}: {:.0f} with every kind of facility within 2 km, {:.0f} without".format(
            origins, result["ORIGINS_REACHED"], result["ORIGINS_UNREACHED"]))
    target = fresh(os.path.join(out, "meeting_place_catchments.gpkg"))
    result = run("dementiafriendly:catchments", {
        "NETWORK": layer("wegen"), "FACILITIES": meeting_places, "FACILITY_ID_FIELD": "poi_id",
        "CATEGORY_FIELD": "category", "TIMES": "5, 10, 15", "OUTPUT": target})
    catchments = result["OUTPUT"]
    print("{:>20}: {:.0f} catchments".format("meeting places", result["CATCHMENTS"]))
    target = fresh(os.path.join(out, "coverage_per_buurt.gpkg"))
    result = run("dementiafriendly:coverage", {
        "AREAS": outputs["buurt"], "NETWORK": layer("wegen"), "ORIGINS": outputs["buurt"], "WEIGHT_FIELD": "dem_home",
        "ADDRESSES": layer("adressen"), "FACILITIES": layer("voorzieningen"), "CATEGORY_FIELD": "category",
        "CATEGORY": "meeting_place", "MAX_TIME": 10, "OUTPUT": target})
    coverage = result["OUTPUT"]
    print("{:>20}: {:.1f} % of {:.1f} people with dementia living at home within 10 minutes' walk of a meeting "
          "place (target 80 %: {})".format("coverage", result["SHARE"], result["WEIGHT_TOTAL"],
                                            "met" if result["TARGET_MET"] else "not met"))

    places = QgsVectorLayer(meeting_places, "Meeting places", "ogr")
    places.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "star", "color": "#6a3d9a", "size": "4.5", "outline_color": "white", "outline_width": "0.3"})))
    per_address = QgsVectorLayer(walking["walking_per_address"], "Walk to the nearest meeting place|per address", "ogr")
    areas = QgsVectorLayer(catchments, "Walking catchments of meeting places", "ogr")
    covered = QgsVectorLayer(coverage, "People with dementia at home|within 10 min of a meeting place", "ogr")
    for checked in (per_address, areas, covered):
        if checked.renderer() is None or checked.renderer().type() != "graduatedSymbol":
            sys.exit("{} did not open with its stored style".format(checked.source()))
    project.addMapLayers([places, per_address, areas, covered])
    export_map(project, [places, per_address, roads], "Voorbeeldstad: walking time to the nearest meeting place",
               "Over the street network at 0.8 m/s, from every address; sample data generated by the plugin.",
               os.path.join(out, "walking_to_meeting_place.png"))
    export_map(project, [places, areas, roads], "Voorbeeldstad: 5, 10 and 15 minutes' walk from a meeting place",
               "Streets within the walking time at 0.8 m/s, widened by 40 m; sample data generated by the plugin.",
               os.path.join(out, "meeting_place_catchments.png"))
    export_map(project, [places, covered, roads],
               "Voorbeeldstad: people with dementia near a meeting place",
               "Share of people with dementia living at home within 10 minutes (480 m) of a meeting place, per buurt; national target 80 %. Estimated people spread over the addresses.",
               os.path.join(out, "coverage_per_buurt.png"))
    project.clear()
    del per_buurt, per_cell, roads, places, per_address, areas, covered
    app.exitQgis()


def fresh(target):
    """Removes an earlier run's output and its sidecar files, so a rerun never appends to them."""
    for stale in (target, target[:-5] + ".qml", target[:-5] + ".qmd"):
        if os.path.exists(stale):
            os.remove(stale)
    return target


if __name__ == "__main__":
    main()
