#!/usr/bin/env python3
"""The score's report map is drawn in the algorithm's own thread, as in the desktop, where Processing runs an
algorithm in a background task: runs dementiafriendly:neighbourhoodscore through a QgsProcessingAlgRunnerTask in
QGIS's task manager and checks that the report it writes carries the map (a PNG) and no "No map" note.

Usage: report_in_task.py PROFILE_ROOT SAMPLE_GPKG OUTPUT_DIR   (run by test_report_browser.sh)
"""
import base64
import re
import sys
import time

import dfheadless

root, sample, out = sys.argv[1:4]
from qgis.core import (QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext,  # noqa: E402
                       QgsProcessingFeedback)

code = 1
try:
    app = dfheadless.start_qgis(dfheadless.plugins_dir(root))
    alg = QgsApplication.processingRegistry().createAlgorithmById("dementiafriendly:neighbourhoodscore")
    assert alg is not None, "neighbourhoodscore is not registered"
    params = {"AREAS": sample + "|layername=buurten", "NETWORK": sample + "|layername=wegen",
              "ADDRESSES": sample + "|layername=adressen", "FACILITIES": sample + "|layername=voorzieningen",
              "CATEGORY_FIELD": "category", "REPORT": out + "/task.html", "OUTPUT": out + "/task.gpkg"}
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
    done = []
    task.executed.connect(lambda ok, results: done.append((ok, results)))
    QgsApplication.taskManager().addTask(task)
    deadline = time.time() + 120
    while not done and time.time() < deadline:
        app.processEvents()
        time.sleep(0.05)
    assert done, "the task did not finish within 120 s"
    ok, results = done[0]
    assert ok, "the task failed: %s" % results
    with open(out + "/task.html", encoding="utf-8") as f:
        html = f.read()
    m = re.search(r'src="data:image/png;base64,([^"]+)"', html)
    assert m, "the report written in a background task has no map"
    png = base64.b64decode(m.group(1))
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "the map is not a PNG"
    assert "No map" not in html, "the report says it has no map"
    print("TASK OK: report with a %d-byte map, written by a task of the task manager" % len(png))
    code = 0
except Exception:
    import traceback

    traceback.print_exc()
dfheadless.hard_exit(code)  # not exitQgis(): PyQGIS's teardown may crash, which is not the report's fault
