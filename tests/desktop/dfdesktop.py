"""What the scripts that run inside QGIS desktop share (check_desktop.py, check_help.py, check_dialogs.py,
layout_desktop.py): the result file the runner (test_desktop.sh) reads, a check, a wait that keeps QGIS's event
loop running, and the run itself: begin once QGIS is up, record an exception, mark the result done and quit QGIS.

QGIS runs a script given with `qgis.bin --code FILE` by exec() of its text, so the script has no __file__ to find
this module by: the runner exports DF_TESTS_DIR (this folder) and the script puts it first on sys.path.

The result file (JSON): {"checks": {name: {"ok": bool, "detail": str}}, "errors": [traceback, ...], "done": bool,
and what the script adds (e.g. "expected": the checks it must reach)}. It is rewritten after every check, so the
runner reads how far a script got should QGIS hang or crash.
"""
import json
import os
import traceback

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QEventLoop, QTimer
from qgis.utils import iface

result = {"checks": {}, "errors": [], "done": False}
_path = None


def start(path, **fields):
    """The result file to write, and the script's own fields of the result; writes it once. Returns the result."""
    global _path
    _path = path
    result.update(fields)
    write()
    return result


def write():
    with open(_path + ".part", "w") as f:
        json.dump(result, f, indent=2, default=str)
    os.replace(_path + ".part", _path)


def check(name, ok, detail=""):
    result["checks"][name] = {"ok": bool(ok), "detail": str(detail)}
    write()
    return ok


def wait(ms):
    """Waits ms milliseconds while QGIS goes on (paints, runs its timers)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec_()


def quit_qgis():
    """Quits the way a user does (plugins are unloaded). No questions: the project is not to be saved and there is
    no temporary layer or layout to lose."""
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layoutManager().clear()
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(0, iface.actionExit().trigger)
    QTimer.singleShot(15000, lambda: QgsApplication.exit(3))  # should the exit be refused


def _run(checks):
    try:
        checks()
    except Exception:
        result["errors"].append(traceback.format_exc())
    result["done"] = True
    write()
    quit_qgis()


def run_when_ready(checks):
    """--code runs while QGIS is still starting up: checks() begins once the event loop runs and the window is
    shown; then the result is done and QGIS quits."""
    QTimer.singleShot(1500, lambda: _run(checks))
