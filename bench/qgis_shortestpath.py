#!/usr/bin/python3
"""QGIS peer: native:shortestpathpointtolayer from ONE facility to every origin, in standalone PyQGIS.

Usage: qgis_shortestpath.py NETWORK_URI ORIGINS_URI FACILITIES_URI OUTPUT_GPKG [TOLERANCE]

QGIS's own algorithm answers "how far is every origin from this one point"; the nearest of 40 facilities
needs 40 such runs (and a minimum per origin afterwards). One run is measured; the harness multiplies it by
the number of facilities and labels that figure as an extrapolation.

Standalone PyQGIS rather than qgis_process: the algorithm needs a project (qgis_process would need
--PROJECT_PATH), and processing.run() here uses QgsProject.instance().
Prints one line:  Qgis (s): one_facility=... facilities=N
"""
import sys
import time


def main():
    network, origins, facilities, output = sys.argv[1:5]
    tolerance = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0

    from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsProcessingFeedback, QgsProject,
                           QgsVectorLayer)
    app = QgsApplication([], False)
    app.initQgis()
    code = 1
    try:
        sys.path.insert(0, "/usr/share/qgis/python/plugins")
        import processing
        from processing.core.Processing import Processing
        Processing.initialize()

        QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
        # The start point: the first facility in FID order (the same one every run).
        layer = QgsVectorLayer(facilities, "facilities", "ogr")
        if not layer.isValid():
            raise RuntimeError("cannot open " + facilities)
        count = layer.featureCount()
        first = next(layer.getFeatures())
        point = first.geometry().asPoint()
        start = "{},{} [{}]".format(point.x(), point.y(), layer.crs().authid())
        del layer

        feedback = QgsProcessingFeedback()
        begin = time.perf_counter()
        processing.run("native:shortestpathpointtolayer", {
            "INPUT": network,
            "STRATEGY": 0,            # shortest, by length
            "DEFAULT_DIRECTION": 2,   # both directions: walkers ignore one-way streets
            "START_POINT": start,
            "END_POINTS": origins,
            "TOLERANCE": tolerance,
            "OUTPUT": output,
        }, feedback=feedback)
        seconds = time.perf_counter() - begin
        print("Qgis (s): one_facility={:.3f} facilities={}".format(seconds, count))
        code = 0
    finally:
        QgsProject.instance().clear()
        app.exitQgis()
    return code


if __name__ == "__main__":
    sys.exit(main())
