"""Runs inside QGIS desktop (qgis.bin --code check_desktop.py), started by test_desktop.sh.

Checks that the C++ plugin is loaded in the desktop (its menu, the 'dementiafriendly' Processing provider exactly
once although the Python bridge is enabled too), that processing.run and processing.runAndLoadResults work and that
the results are styled, takes a screenshot, writes everything to a JSON result file and quits QGIS.

Environment: DF_TESTS_DIR (the folder of dfdesktop.py), DF_RESULT (JSON file to write), DF_SAMPLE (the sample town
GeoPackage), DF_OUT (a scratch directory), DF_SCREENSHOT (PNG of the QGIS window).
"""
import os
import sys

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QPlainTextEdit, QTabWidget, QTextEdit
from qgis.utils import iface

sys.path.insert(0, os.environ["DF_TESTS_DIR"])  # qgis.bin --code runs this text with exec(): no __file__
import dfdesktop  # noqa: E402
from dfdesktop import check, wait  # noqa: E402

SAMPLE = os.environ["DF_SAMPLE"]
OUT = os.environ["DF_OUT"]
SCREENSHOT = os.environ.get("DF_SCREENSHOT", os.path.join(OUT, "desktop-check.png"))
ALG = "dementiafriendly:estimatedementia"
# The checks the run must reach (test_desktop.sh fails when one is missing from the result).
EXPECTED = ["cpp_plugin_menu", "python_bridge_active", "one_provider", "algorithm_registered", "run_total_positive",
            "run_output_graduated", "run_output_sum", "loaded_one_layer", "loaded_layer_graduated",
            "legend_matches_renderer", "loaded_layer_total", "screenshot", "no_log_errors"]

result = dfdesktop.start(os.environ["DF_RESULT"], messages=[], expected=EXPECTED)
LEVELS = {Qgis.Info: "info", Qgis.Warning: "warning", Qgis.Critical: "critical", Qgis.Success: "success"}


def on_message(message, tag, level):
    result["messages"].append({"tag": tag, "level": LEVELS.get(level, str(level)), "message": message})


# From now on every message; those logged before this script ran are read from the log panel below.
QgsApplication.messageLog().messageReceived.connect(on_message)


def earlier_log():
    """The text of the Log Messages panel, which holds what was logged since QGIS started."""
    texts = {}
    for tabs in iface.mainWindow().findChildren(QTabWidget):
        if not any(type(p).__name__ == "QgsMessageLogViewer" for p in _parents(tabs)):
            continue
        for i in range(tabs.count()):
            w = tabs.widget(i)
            edits = [w] if isinstance(w, (QPlainTextEdit, QTextEdit)) else []
            edits += w.findChildren(QPlainTextEdit) + w.findChildren(QTextEdit)
            texts[tabs.tabText(i)] = "\n".join(e.toPlainText() for e in edits)
    return texts


def _parents(w):
    while w is not None:
        yield w
        w = w.parent()


def run_and_load(alg, parameters):
    """processing.runAndLoadResults: its results and the layers it added to the project."""
    import processing

    before = set(QgsProject.instance().mapLayers())
    res = processing.runAndLoadResults(alg, parameters)
    QApplication.processEvents()
    return res, [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]


def plugin_menu():
    for action in iface.pluginMenu().actions():
        if action.text().replace("&", "") == "Dementia-friendly neighbourhoods" and action.menu():
            return action.menu()
    return None


def run_checks():
    import processing
    import qgis.utils

    registry = QgsApplication.processingRegistry()

    # --- the C++ plugin is loaded: its menu under Plugins, with Help and About ---------------------------
    menu = plugin_menu()
    entries = [a.text() for a in menu.actions()] if menu else []
    check("cpp_plugin_menu", menu is not None and len(entries) >= 2,
          "Plugins > Dementia-friendly neighbourhoods: %s" % entries)

    # --- the Python bridge is active too (install_plugin.sh enables both) ---------------------------------
    check("python_bridge_active", "dementiafriendly" in qgis.utils.active_plugins,
          "active Python plugins: %s" % sorted(qgis.utils.active_plugins))

    # --- exactly one provider, with the algorithm ---------------------------------------------------------
    providers = [p for p in registry.providers() if p.id() == "dementiafriendly"]
    check("one_provider", len(providers) == 1, "%d provider(s) with id dementiafriendly" % len(providers))
    alg = registry.algorithmById(ALG)
    check("algorithm_registered", alg is not None, alg.displayName() if alg else "not found")

    # --- processing.run to a GeoPackage; the file opens with the stored graduated style -------------------
    out = os.path.join(OUT, "desktop_estimate.gpkg")
    res = processing.run(ALG, {"INPUT": SAMPLE + "|layername=buurten", "OUTPUT": out})
    total = res.get("TOTAL_DEMENTIA")
    check("run_total_positive", isinstance(total, (int, float)) and total > 0, "TOTAL_DEMENTIA=%r" % total)
    layer = QgsVectorLayer(res["OUTPUT"], "estimate", "ogr")
    renderer = layer.renderer().type() if layer.isValid() and layer.renderer() else None
    values = [f["dem_est"] for f in layer.getFeatures()] if layer.isValid() else []
    read = sum(v for v in values if isinstance(v, (int, float)))
    check("run_output_graduated", renderer == "graduatedSymbol", "renderer of %s: %s" % (res["OUTPUT"], renderer))
    check("run_output_sum", total and abs(read - total) <= 1e-6 * total,
          "sum(dem_est)=%r, TOTAL_DEMENTIA=%r" % (read, total))
    del layer

    # --- processing.runAndLoadResults to a memory layer: only the post-processor can style it ------------
    res2, added = run_and_load(ALG, {"INPUT": SAMPLE + "|layername=buurten", "OUTPUT": "TEMPORARY_OUTPUT"})
    added = [l for l in added if isinstance(l, QgsVectorLayer)]
    loaded = added[0] if len(added) == 1 else None
    check("loaded_one_layer", loaded is not None,
          "layers added to the project: %s" % [(l.name(), l.providerType()) for l in added])
    if loaded is not None:
        r = loaded.renderer()
        ranges = [(x.lowerValue(), x.upperValue(), x.label()) for x in r.ranges()] if r.type() == "graduatedSymbol" else []
        check("loaded_layer_graduated", r.type() == "graduatedSymbol" and "dem_est" in r.classAttribute() and ranges,
              "layer %r (%s): renderer %s on %s, classes %s" % (loaded.name(), loaded.providerType(), r.type(),
                                                                  getattr(r, "classAttribute", lambda: "")(), ranges))
        # the legend in the Layers panel shows the classes the map is drawn with
        QApplication.processEvents()
        model = iface.layerTreeView().layerTreeModel()
        node = QgsProject.instance().layerTreeRoot().findLayer(loaded.id())
        legend = [n.data(Qt.DisplayRole) for n in model.layerLegendNodes(node)] if node else []
        check("legend_matches_renderer", node is not None and legend == [x[2] for x in ranges],
              "legend %s, renderer classes %s" % (legend, [x[2] for x in ranges]))
        check("loaded_layer_total", abs(res2.get("TOTAL_DEMENTIA", 0) - total) <= 1e-6 * total,
              "runAndLoadResults TOTAL_DEMENTIA=%r" % res2.get("TOTAL_DEMENTIA"))

        # --- screenshot of the styled map -----------------------------------------------------------------
        canvas = iface.mapCanvas()
        iface.setActiveLayer(loaded)
        canvas.setExtent(loaded.extent().buffered(loaded.extent().width() * 0.05))
        canvas.refreshAllLayers()
        for _ in range(50):  # up to 5 s for rendering
            wait(100)
            if not canvas.isDrawing():
                break
        wait(300)
        canvas.saveAsImage(os.path.join(OUT, "desktop-canvas.png"))
        window = iface.mainWindow()
        screen = window.screen() if hasattr(window, "screen") else QApplication.primaryScreen()
        shot = screen.grabWindow(window.winId())
        if shot.isNull():
            shot = window.grab()
        check("screenshot", shot.save(SCREENSHOT, "PNG") and os.path.getsize(SCREENSHOT) > 0,
              "%s %dx%d" % (SCREENSHOT, shot.width(), shot.height()))

    # --- the walking algorithms in the toolbox, and a walking result loaded in the desktop -----------------
    for other in ("walkingaccess", "catchments", "coverage", "meetingplacegaps", "sitemeetingplaces",
                  "housingopportunities"):
        check("registered_" + other, registry.algorithmById("dementiafriendly:" + other) is not None, other)
    _, added = run_and_load("dementiafriendly:walkingaccess", {
        "NETWORK": SAMPLE + "|layername=wegen", "ORIGINS": SAMPLE + "|layername=buurten",
        "ADDRESSES": SAMPLE + "|layername=adressen", "FACILITIES": SAMPLE + "|layername=voorzieningen",
        "CATEGORY_FIELD": "category", "OUTPUT": "TEMPORARY_OUTPUT"})
    walked = added[0] if len(added) == 1 else None
    r = walked.renderer() if walked else None
    check("walking_layer_styled", r is not None and r.type() == "graduatedSymbol"
          and "meeting_place_min" in r.classAttribute(),
          "renderer %s on %s" % (r.type() if r else None, getattr(r, "classAttribute", lambda: "")()))

    # --- the neighbourhood score loaded in the desktop: friendly by default, urgency and domains to switch to --
    check("registered_neighbourhoodscore",
          registry.algorithmById("dementiafriendly:neighbourhoodscore") is not None, "neighbourhoodscore")
    _, added = run_and_load("dementiafriendly:neighbourhoodscore", {
        "AREAS": SAMPLE + "|layername=buurten", "NETWORK": SAMPLE + "|layername=wegen",
        "ADDRESSES": SAMPLE + "|layername=adressen", "FACILITIES": SAMPLE + "|layername=voorzieningen",
        "CATEGORY_FIELD": "category", "OUTPUT": "TEMPORARY_OUTPUT"})
    scored = added[0] if len(added) == 1 else None
    r = scored.renderer() if scored else None
    styles = scored.styleManager().styles() if scored else []
    check("score_layer_styled", r is not None and r.type() == "graduatedSymbol" and "friendly" in r.classAttribute()
          and "dementiafriendly_urgency" in styles and "dementiafriendly_dom_access" in styles,
          "renderer %s on %s, styles %s" % (r.type() if r else None, getattr(r, "classAttribute", lambda: "")(), styles))
    if scored and "dementiafriendly_urgency" in styles:
        scored.styleManager().setCurrentStyle("dementiafriendly_urgency")
        check("score_switches_to_urgency", "urgency" in scored.renderer().classAttribute(),
              scored.renderer().classAttribute())

    # --- nothing went wrong in the message log -----------------------------------------------------------
    result["earlier_log"] = earlier_log()
    bad = [m for m in result["messages"] if m["level"] == "critical" or m["tag"] == "Python error"]
    bad += [{"tag": tab, "message": text} for tab, text in result["earlier_log"].items()
            if tab == "Python error" or ("dementia" in text.lower() and ("error" in text.lower() or "fail" in text.lower()))]
    check("no_log_errors", not bad, bad)


dfdesktop.run_when_ready(run_checks)
