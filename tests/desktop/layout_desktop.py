"""Runs inside QGIS desktop in Dutch (qgis.bin --code layout_desktop.py), started by test_desktop.sh.

As a user would: the sample town's buurten in the project, then Project > Layout Manager, the plugin's A3 template
(copied into the profile's composer_templates folder, as docs/layout.md says) chosen from the template list,
Create..., a name typed; the layout designer opens. Checks that the layout's texts are Dutch (title, legend title,
source with a Dutch date), that its map shows the buurten (their extent inside the map's, the map no wider than the
buurten grown by 5 % and to the frame's shape, plus 1 %) rather than the Netherlands, and saves a screenshot of the
designer window. Writes the checks to DF_RESULT (JSON) and quits QGIS.

Environment: DF_TESTS_DIR (the folder of dfdesktop.py), DF_RESULT, DF_SAMPLE (the sample town), DF_SCREENSHOT (PNG
of the layout designer).
"""
import datetime
import os
import sys

from qgis.core import QgsApplication, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QPushButton
from qgis.utils import iface

sys.path.insert(0, os.environ["DF_TESTS_DIR"])  # qgis.bin --code runs this text with exec(): no __file__
import dfdesktop  # noqa: E402
from dfdesktop import check, wait  # noqa: E402

SAMPLE = os.environ["DF_SAMPLE"]
SCREENSHOT = os.environ["DF_SCREENSHOT"]
NAME = "Kaart voor de raad"
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
# The checks the run must reach (test_desktop.sh fails when one is missing from the result).
EXPECTED = ["locale_dutch", "layout_manager_open", "template_listed", "create_button", "layout_created",
            "title_dutch", "legend_title_dutch", "source_dutch", "map_on_layer", "designer_open", "screenshot"]
dfdesktop.start(os.environ["DF_RESULT"], expected=EXPECTED)


def type_name():
    """The Create... button asks for the layout's name in a modal dialog: type it and accept."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and widget.isModal():
            edits = widget.findChildren(QLineEdit)
            if edits:
                edits[0].setText(NAME)
                widget.accept()
                return
    QTimer.singleShot(200, type_name)


def create_from_manager():
    """Project > Layout Manager: the template from the list, Create..., a name. The dialog (QgsLayoutManagerDialog)
    lists the templates of the profile's composer_templates folder in its template combo box."""
    iface.showLayoutManager()
    wait(500)
    manager = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "QgsLayoutManagerDialog" or
               w.objectName() == "QgsLayoutManagerBase"]
    if not check("layout_manager_open", manager, [w.objectName() for w in manager]):
        return False
    dialog = manager[0]
    combo = [c for c in dialog.findChildren(QComboBox) if c.findText("dementiafriendly_a3") >= 0]
    if not check("template_listed", combo, [dialog.findChildren(QComboBox)[i].itemText(j)
                                             for i in range(len(dialog.findChildren(QComboBox)))
                                             for j in range(dialog.findChildren(QComboBox)[i].count())]):
        return False
    combo[0].setCurrentIndex(combo[0].findText("dementiafriendly_a3"))
    create = [b for b in dialog.findChildren(QPushButton) if b.objectName() == "mAddButton"]
    if not check("create_button", create and create[0].isEnabled(), [b.objectName() for b in
                                                                     dialog.findChildren(QPushButton)]):
        return False
    QTimer.singleShot(300, type_name)
    create[0].click()
    wait(2000)
    dialog.close()
    return True


def run_checks():
    layer = QgsVectorLayer(SAMPLE + "|layername=buurten", "buurten", "ogr")
    QgsProject.instance().addMapLayer(layer)
    iface.mapCanvas().setExtent(QgsRectangle(0, 300000, 290000, 625000))  # the canvas far out: not used
    check("locale_dutch", QgsApplication.locale().startswith("nl"), QgsApplication.locale())
    if create_from_manager():
        layout = QgsProject.instance().layoutManager().layoutByName(NAME)
        if check("layout_created", layout is not None,
                 [lay.name() for lay in QgsProject.instance().layoutManager().layouts()]):
            layout.refresh()
            wait(1000)
            texts = {i: layout.itemById(i).currentText() if layout.itemById(i) else "(no such item)"
                     for i in ("title", "legendtitle", "source")}
            check("title_dutch", texts["title"] == "Gemeente: dementievriendelijke buurten", texts["title"])
            check("legend_title_dutch", texts["legendtitle"] == "Legenda", texts["legendtitle"])
            year = str(datetime.date.today().year)
            check("source_dutch", texts["source"].startswith("Bron:") and
                  any("{} {}".format(m, year) in texts["source"] for m in MONTHS), texts["source"])
            frame = layout.itemById("map")
            extent, bounds = frame.extent(), layer.extent()
            allowed = QgsRectangle(bounds)
            allowed.scale(1.1)
            w, h = frame.rect().width(), frame.rect().height()
            c = allowed.center()
            if allowed.width() * h > allowed.height() * w:
                half = allowed.width() * h / w / 2
                allowed = QgsRectangle(allowed.xMinimum(), c.y() - half, allowed.xMaximum(), c.y() + half)
            else:
                half = allowed.height() * w / h / 2
                allowed = QgsRectangle(c.x() - half, allowed.yMinimum(), c.x() + half, allowed.yMaximum())
            allowed.scale(1.01)
            check("map_on_layer", extent.contains(bounds) and allowed.contains(extent),
                  "map {} buurten {} allowed {}".format(extent.toString(0), bounds.toString(0),
                                                        allowed.toString(0)))
            designers = [d.window() for d in iface.openLayoutDesigners() if d.layout() == layout]
            if check("designer_open", designers, len(designers)):
                designers[0].resize(1280, 900)
                designers[0].raise_()
                wait(3000)
                pixmap = designers[0].grab()
                check("screenshot", pixmap.save(SCREENSHOT, "PNG"), SCREENSHOT)
                designers[0].close()


dfdesktop.run_when_ready(run_checks)
