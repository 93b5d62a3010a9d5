"""Runs inside QGIS desktop (qgis.bin --code check_dialogs.py), started by test_desktop.sh, once in English and
once with QGIS in Dutch.

Opens the dialog of every algorithm of the 'dementiafriendly' provider at its default size, as a user does from the
Processing Toolbox, and checks:
  * dialog_<alg>: the parameters panel shows no horizontal scrollbar (no label or option wider than the dialog);
  * units_<alg>: no distance parameter shows the unit "<unknown>" (QGIS's text for it, in the language QGIS runs
    in) before a layer is chosen, and every parameter whose name ends in DISTANCE, TOLERANCE or FRONTAGE says
    its unit in its label;
and saves a screenshot of each dialog. Then it opens the shipped model in the Graphical Modeler and checks that
every box is wide enough for its label (modeler_labels): QGIS cuts a label that is not narrower than the box
less 25 px for the icon and the 16 px of the buttons (QgsModelComponentGraphicItem::truncatedTextForItem), in the
modeler's own font; and saves a screenshot of the model.

Environment: DF_TESTS_DIR (the folder of dfdesktop.py), DF_RESULT (JSON file to write), DF_SHOTS (folder for the
screenshots), DF_LANG (en or nl: the prefix of the screenshot names), DF_MODEL (the model file installed with the
plugin).
"""
import os
import re
import sys
import traceback

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsUnitTypes
from qgis.PyQt.QtGui import QFontMetricsF
from qgis.PyQt.QtWidgets import QApplication, QGraphicsView, QLabel, QScrollArea, QWidget

sys.path.insert(0, os.environ["DF_TESTS_DIR"])  # qgis.bin --code runs this text with exec(): no __file__
import dfdesktop  # noqa: E402
from dfdesktop import check, wait  # noqa: E402

SHOTS = os.environ["DF_SHOTS"]
LANG = os.environ.get("DF_LANG", "en")
MODEL = os.environ.get("DF_MODEL", "")
# QgsModelComponentGraphicItem: a label is cut unless narrower than the box width - 25 - the button width (16).
MODELER_LABEL_MARGIN = 25 + 16

# The checks the run must reach (test_desktop.sh fails when one is missing from the result).
EXPECTED = ["language", "provider", "algorithms", "dialogs_checked", "modeler_labels"]

result = dfdesktop.start(os.environ["DF_RESULT"], dialogs={}, locale=QgsApplication.locale(), expected=EXPECTED)


def visible(widget):
    return widget.isVisibleTo(widget.window())


def check_dialog(alg):
    import processing

    name = alg.name()
    dialog = processing.createAlgorithmDialog(alg.id(), {})
    dialog.show()
    for _ in range(10):
        QApplication.processEvents()
        wait(50)
    size = (dialog.width(), dialog.height())
    # The parameters panel is the scroll area that holds the parameter labels.
    panels = [a for a in dialog.findChildren(QScrollArea) if visible(a) and a.widget() is not None
              and a.widget().findChildren(QLabel)]
    scrolling = []
    for area in panels:
        bar = area.horizontalScrollBar()
        if bar.isVisible():
            content = area.widget()
            # The widest widgets that sit straight in the panel's layout (labels, parameter widgets).
            rows = [w for w in content.findChildren(QWidget) if visible(w) and w.parentWidget() is content]
            widest = sorted(((w.minimumSizeHint().width(), type(w).__name__,
                              getattr(w, "text", lambda: "")() if isinstance(w, QLabel) else w.objectName())
                             for w in rows), reverse=True)[:3]
            scrolling.append("panel %d px wide, content needs %d px; widest widgets %s"
                             % (area.viewport().width(), content.minimumSizeHint().width(), widest))
    check("dialog_" + name, panels and not scrolling,
          "dialog %dx%d; %s" % (size[0], size[1], "; ".join(scrolling) if scrolling else
                                "%d parameter panel(s) without a horizontal scrollbar" % len(panels)))

    unknown_unit = getattr(QgsUnitTypes, "DistanceUnknownUnit", None)  # Qgis.DistanceUnit.Unknown from 3.30
    if unknown_unit is None:
        from qgis.core import Qgis
        unknown_unit = Qgis.DistanceUnit.Unknown
    unknown = QgsUnitTypes.toString(unknown_unit)
    labels = [l.text() for l in dialog.findChildren(QLabel) if visible(l)]
    shown_unknown = [t for t in labels if t.strip() == unknown.strip()]
    unit_less = []
    for definition in alg.parameterDefinitions():
        if re.search(r"(DISTANCE|TOLERANCE|FRONTAGE)$", definition.name()):
            if definition.type() == "distance" or "(m)" not in definition.description():
                unit_less.append("%s (%s, %r)" % (definition.name(), definition.type(), definition.description()))
    check("units_" + name, not shown_unknown and not unit_less,
          "labels showing %r: %d; distance parameters without a unit in their label: %s"
          % (unknown, len(shown_unknown), unit_less or "none"))

    shot = os.path.join(SHOTS, "%s_%s.png" % (LANG, name))
    dialog.grab().save(shot, "PNG")
    result["dialogs"][name] = {"size": size, "screenshot": shot}
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()


def check_modeler():
    model = QgsProcessingModelAlgorithm()
    if not check("model_loads", MODEL and model.fromFile(MODEL), MODEL):
        return
    from processing.modeler.ModelerDialog import ModelerDialog
    from qgis.gui import QgsModelComponentGraphicItem

    dialog = ModelerDialog.create(model) if hasattr(ModelerDialog, "create") else ModelerDialog(model)
    dialog.resize(1260, 880)  # the Xvfb screen is 1280x900: the whole model at a readable scale
    dialog.show()
    for _ in range(10):
        QApplication.processEvents()
        wait(50)
    views = [v for v in dialog.findChildren(QGraphicsView) if v.scene() is not None]
    items = [i for v in views for i in v.scene().items() if isinstance(i, QgsModelComponentGraphicItem)]
    cut = []
    for item in items:
        label = item.label()
        width = item.component().size().width()
        needed = QFontMetricsF(item.font()).boundingRect(label).width()
        try:  # QGIS's own cut, where Python may call it
            shown = item.truncatedTextForItem(label)
        except Exception:
            shown = label
        if not needed < width - MODELER_LABEL_MARGIN or shown != label:
            cut.append("%r needs %.0f px, box %.0f px" % (label, needed + MODELER_LABEL_MARGIN, width))
    check("modeler_labels", items and not cut,
          "%d boxes; cut: %s" % (len(items), cut or "none"))
    if views:
        view = views[0]
        view.fitInView(view.scene().itemsBoundingRect())
        QApplication.processEvents()
    dialog.grab().save(os.path.join(SHOTS, "%s_modeler.png" % LANG), "PNG")
    dialog.setDirty(False) if hasattr(dialog, "setDirty") else None
    dialog.close()


def run_checks():
    check("language", LANG != "nl" or QgsApplication.locale().startswith("nl"),
          "QGIS runs in %s (asked for %s)" % (QgsApplication.locale(), LANG))
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("dementiafriendly")
    if not check("provider", provider is not None, "dementiafriendly provider"):
        return
    algorithms = provider.algorithms()
    check("algorithms", len(algorithms) >= 8, [a.id() for a in algorithms])
    for alg in algorithms:
        try:
            check_dialog(alg)
        except Exception:
            result["errors"].append("%s: %s" % (alg.id(), traceback.format_exc()))
    dialogs = [k for k in result["checks"] if k.startswith("dialog_")]
    check("dialogs_checked", len(dialogs) >= 8, "%d dialogs checked" % len(dialogs))
    check_modeler()


os.makedirs(SHOTS, exist_ok=True)
dfdesktop.run_when_ready(run_checks)
