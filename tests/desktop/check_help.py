"""Runs inside QGIS desktop (qgis.bin --code check_help.py), started by test_desktop.sh with this script as its
fifth argument (ctest desktop.help_en and desktop.help_nl).

Checks what a user sees of the plugin's help, in the language QGIS was started in (DF_LANG, "en" or "nl"):
- the Plugins menu: the plugin's submenu and each of its actions have an icon;
- Help in that menu opens the installed HTML index (nl/index.html in Dutch);
- About: a window with the plugin's own icon (not QGIS's), the version from the installed metadata.txt, every
  algorithm by its display name, and links that open when clicked (a real mouse click, caught below);
- the Processing Toolbox shows each algorithm with its own icon, not the generic gear;
- the Help button of an algorithm's dialog opens that algorithm's installed page and anchor.
QDesktopServices.setUrlHandler catches the URLs QGIS would open in a browser. Screenshots of the toolbox, the About
window and the dialog go to DF_IMG_DIR as toolbox_<lang>.png, about_<lang>.png, dialog_<lang>.png (docs/img/ has
the committed ones).

Environment: DF_TESTS_DIR (the folder of dfdesktop.py), DF_RESULT (JSON file), DF_LANG, DF_IMG_DIR, DF_PLUGIN_DIR
(the installed plugin folder).
"""
import os
import sys
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject, QPoint, Qt, QTimer, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices, QImage
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QDockWidget, QLabel, QTextBrowser,
                                 QTreeView)
from qgis.utils import iface

sys.path.insert(0, os.environ["DF_TESTS_DIR"])  # qgis.bin --code runs this text with exec(): no __file__
import dfdesktop  # noqa: E402
from dfdesktop import check, wait  # noqa: E402

LANG = os.environ.get("DF_LANG", "en")
IMG = os.environ["DF_IMG_DIR"]
PLUGIN_DIR = os.environ["DF_PLUGIN_DIR"]
DIALOG_ALG = "dementiafriendly:coverage"
EXPECTED = ["language", "menu_icons", "menu_help_opens_index", "about_dialog", "about_icon", "about_version",
            "about_algorithms", "about_link_click", "toolbox_icons", "dialog_help_url", "screenshots"]

result = dfdesktop.start(os.environ["DF_RESULT"], messages=[], expected=EXPECTED)


class UrlCatcher(QObject):
    """Stands in for the browser: records every file:// and https:// URL QGIS asks the desktop to open."""

    def __init__(self):
        super().__init__()
        self.urls = []

    @pyqtSlot(QUrl)
    def open(self, url):
        self.urls.append(url)

    def take(self):
        urls, self.urls = self.urls, []
        return urls


catcher = UrlCatcher()
for scheme in ("file", "http", "https"):
    QDesktopServices.setUrlHandler(scheme, catcher, "open")


def save(widget, name):
    path = os.path.join(IMG, "%s_%s.png" % (name, LANG))
    image = widget.grab().toImage().convertToFormat(QImage.Format_RGB888)
    ok = image.save(path, "PNG", 0)  # 0: the most compressed
    result.setdefault("screenshots", []).append((path, image.width(), image.height(), ok))
    return ok


def installed_page(url):
    """The installed file a URL points to, if it is one in the plugin's docs."""
    path = os.path.realpath(url.toLocalFile()) if url.isLocalFile() else ""
    docs = os.path.realpath(os.path.join(PLUGIN_DIR, "docs"))
    return path if path.startswith(docs + os.sep) and os.path.isfile(path) else None


def metadata_version():
    with open(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("version="):
                return line.split("=", 1)[1].strip()
    return None


def plugin_menu():
    # The submenu is the one holding the plugin's actions; its title is translated, so find it by the actions.
    for action in iface.pluginMenu().actions():
        menu = action.menu()
        if menu and any(a.text().replace("&", "") in ("Help", "About…", "Over…") for a in menu.actions()) \
                and "ementi" in action.text():
            return action, menu
    return None, None


def algorithms():
    provider = QgsApplication.processingRegistry().providerById("dementiafriendly")
    return provider, (provider.algorithms() if provider else [])


def check_menu():
    entry, menu = plugin_menu()
    actions = menu.actions() if menu else []
    check("menu_icons", entry is not None and not entry.icon().isNull() and len(actions) >= 2
          and all(not a.icon().isNull() for a in actions),
          "submenu %r icon %s; actions %s" % (entry.text() if entry else None,
                                                "set" if entry and not entry.icon().isNull() else "none",
                                                [(a.text(), not a.icon().isNull()) for a in actions]))
    return actions


def check_help_action(actions):
    help_action = actions[0] if actions else None
    catcher.take()
    if help_action:
        help_action.trigger()
    wait(300)
    urls = catcher.take()
    path = installed_page(urls[0]) if len(urls) == 1 else None
    expected = os.path.join("nl", "index.html") if LANG == "nl" else "index.html"
    check("menu_help_opens_index", path is not None and path.endswith(os.sep + expected)
          and (LANG == "nl") == (os.sep + "nl" + os.sep in path),
          "%r opened %s (expected docs/%s)" % (help_action.text() if help_action else None,
                                              [u.toString() for u in urls], expected))


def check_about(actions):
    about_action = actions[-1] if actions else None
    seen = {}

    def inspect():
        try:
            dialog = QApplication.activeModalWidget()
            seen["dialog"] = dialog is not None and dialog.objectName() == "dfAboutDialog"
            if not seen["dialog"]:
                seen["detail"] = "active modal widget: %r" % (dialog.objectName() if dialog else None)
                if dialog:
                    dialog.close()
                return
            wait(200)
            icon_label = dialog.findChild(QLabel, "dfAboutIcon")
            pixmap = icon_label.pixmap() if icon_label else None
            got = pixmap.toImage().convertToFormat(QImage.Format_ARGB32) if pixmap else QImage()
            from qgis.PyQt.QtGui import QIcon
            own = QIcon(os.path.join(PLUGIN_DIR, "icon.svg")).pixmap(got.width() or 64, got.height() or 64)
            qgis_icon = QgsApplication.getThemeIcon("/mActionHelpAbout.svg").pixmap(got.width() or 64)
            app_icon = QApplication.windowIcon().pixmap(got.width() or 64)
            seen["icon"] = (not got.isNull() and got == own.toImage().convertToFormat(QImage.Format_ARGB32)
                            and got != app_icon.toImage().convertToFormat(QImage.Format_ARGB32)
                            and got != qgis_icon.toImage().convertToFormat(QImage.Format_ARGB32))
            seen["icon_detail"] = "label pixmap %dx%d, the installed icon.svg: %s" % (
                got.width(), got.height(), got == own.toImage().convertToFormat(QImage.Format_ARGB32))
            browser = dialog.findChild(QTextBrowser, "dfAboutText")
            seen["text"] = browser.toPlainText() if browser else ""
            seen["html"] = browser.toHtml() if browser else ""
            save(dialog, "about")
            # Click the first algorithm's link with the mouse, as a user does.
            _, algs = algorithms()
            name = algs[0].displayName() if algs else ""
            cursor = browser.document().find(name) if browser and name else None
            if cursor is not None and not cursor.isNull():
                rect = browser.cursorRect(cursor)
                catcher.take()
                point = QPoint(rect.left() - 3, rect.center().y())
                QTest.mouseClick(browser.viewport(), Qt.LeftButton, Qt.NoModifier, point)
                wait(300)
                seen["clicked"] = [u.toString() for u in catcher.take()]
                seen["click_target"] = algs[0].helpUrl()
            dialog.reject()
        except Exception:
            result["errors"].append(traceback.format_exc())
            dfdesktop.write()

    QTimer.singleShot(1000, inspect)
    if about_action:
        about_action.trigger()  # exec(): returns when inspect() closed it
    check("about_dialog", seen.get("dialog"), seen.get("detail", "dfAboutDialog shown"))
    check("about_icon", seen.get("icon"), seen.get("icon_detail"))
    version = metadata_version()
    check("about_version", version and version in seen.get("text", ""),
          "version %r (metadata.txt) in %r" % (version, seen.get("text", "")[:200]))
    _, algs = algorithms()
    names = [a.displayName() for a in algs]
    missing = [n for n in names if n not in seen.get("text", "")]
    check("about_algorithms", len(names) == 8 and not missing, "display names %s; missing %s" % (names, missing))
    clicked = seen.get("clicked", [])
    target = seen.get("click_target")
    check("about_link_click", len(clicked) == 1 and clicked[0] == target and installed_page(QUrl(target)),
          "a click on the first algorithm opened %s (its helpUrl %s)" % (clicked, target))


def toolbox_view():
    import qgis.utils
    processing = qgis.utils.plugins.get("processing")
    toolbox = getattr(processing, "toolbox", None)
    if toolbox is None:
        toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    return toolbox


def check_toolbox():
    toolbox = toolbox_view()
    if toolbox is None:
        return check("toolbox_icons", False, "no Processing Toolbox")
    toolbox.setVisible(True)
    toolbox.raise_()
    wait(300)
    view = toolbox.findChild(QTreeView)
    model = view.model()
    provider, algs = algorithms()
    own = {a.displayName(): a.icon().pixmap(16, 16).toImage() for a in algs}
    gear = QgsApplication.getThemeIcon("/processingAlgorithm.svg").pixmap(16, 16).toImage()
    shown = {}

    def walk(parent, in_provider):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            text = index.data(Qt.DisplayRole)
            mine = in_provider or text == provider.name()
            if mine:
                view.expand(index)
            if in_provider and text in own:
                icon = index.data(Qt.DecorationRole)
                shown[text] = icon.pixmap(16, 16).toImage() if icon is not None else QImage()
            walk(index, mine)

    walk(view.rootIndex(), False)
    wait(300)
    bad = [n for n in own if n not in shown or shown[n] == gear or shown[n] != own[n]]
    check("toolbox_icons", len(shown) == 8 and not bad,
          "%d algorithms in the toolbox under %r; gear or other icon: %s" % (len(shown), provider.name(), bad))
    # The toolbox scrolled to the plugin's algorithms, for the picture.
    toolbox.setFloating(True)
    toolbox.resize(380, 330)
    wait(300)
    for row in range(model.rowCount(view.rootIndex())):
        index = model.index(row, 0, view.rootIndex())
        if index.data(Qt.DisplayRole) == provider.name():
            view.scrollTo(index, QTreeView.PositionAtTop)
    wait(500)
    save(toolbox, "toolbox")
    toolbox.setFloating(False)


def check_dialog():
    import processing
    dialog = processing.createAlgorithmDialog(DIALOG_ALG)
    dialog.resize(960, 640)
    dialog.show()
    wait(1000)
    save(dialog, "dialog")
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.Help) if box else None
    catcher.take()
    if button is not None:
        QTest.mouseClick(button, Qt.LeftButton)
    wait(300)
    urls = catcher.take()
    url = urls[0] if len(urls) == 1 else QUrl()
    path = installed_page(url)
    page = ""
    if path:
        with open(path, encoding="utf-8") as f:
            page = f.read()
    name = DIALOG_ALG.split(":")[1]
    check("dialog_help_url", path is not None and url.fragment() == name and 'id="%s"' % name in page
          and (os.sep + "nl" + os.sep in path) == (LANG == "nl") and 'lang="%s"' % LANG in page,
          "Help of %s opened %s" % (DIALOG_ALG, [u.toString() for u in urls]))
    dialog.close()
    dialog.deleteLater()


def run_checks():
    # QGIS speaks the language the test asked for (its own menus translated).
    settings = iface.settingsMenu().title().replace("&", "")
    dutch = settings != "Settings" and QgsApplication.locale().startswith("nl")  # "Extra" in QGIS 3.22
    check("language", dutch if LANG == "nl" else settings == "Settings",
          "QGIS's Settings menu: %r (language %s, QgsApplication.locale() %s)" % (
              settings, LANG, QgsApplication.locale()))
    actions = check_menu()
    check_help_action(actions)
    check_about(actions)
    check_toolbox()
    check_dialog()
    shots = result.get("screenshots", [])
    check("screenshots", len(shots) == 3 and all(s[3] and os.path.getsize(s[0]) > 0 for s in shots), shots)


dfdesktop.run_when_ready(run_checks)
