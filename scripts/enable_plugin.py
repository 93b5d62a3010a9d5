#!/usr/bin/python3
"""Enables the plugin in a QGIS profile's QGIS3.ini, written with QSettings exactly as QGIS writes it.

Usage: enable_plugin.py PATH/TO/QGIS3.ini [PLUGIN_DIR]
PLUGIN_DIR is the folder that holds the installed plugin; without it (the Debian package, which puts the library
where QGIS looks anyway) only the two switches below are set.
- [Plugins] libdementiafriendlyplugin=true: QGIS desktop loads the C++ plugin ...
- [plugins] searchPathsForPlugins: ... from the plugin folder (kept alongside other paths already there);
- [PythonPlugins] dementiafriendly=true: qgis_process and PyQGIS load the bridge, which registers the provider.
"""
import os
import sys

from qgis.PyQt.QtCore import QSettings


def main(ini, plugin_dir=None):
    os.makedirs(os.path.dirname(ini), exist_ok=True)
    s = QSettings(ini, QSettings.IniFormat)
    s.setValue("Plugins/libdementiafriendlyplugin", True)
    s.setValue("PythonPlugins/dementiafriendly", True)
    if plugin_dir:
        add_search_path(s, plugin_dir)
    s.sync()
    if s.status() != QSettings.NoError:
        sys.exit("could not write {}".format(ini))


def add_search_path(s, plugin_dir):
    # QGIS 3.22 reads this as one string split on '|' (QgsSettings::value().toString()); a list would be
    # written as @Variant(QVariantList), which reads back as an empty string: the C++ plugin is not found.
    paths = s.value("plugins/searchPathsForPlugins", "") or ""
    if isinstance(paths, str):
        paths = [p for p in paths.split("|") if p]
    else:
        paths = [p for item in paths for p in str(item).split("|") if p]
    if plugin_dir not in paths:
        paths.append(plugin_dir)
    s.setValue("plugins/searchPathsForPlugins", "|".join(paths))


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    main(*sys.argv[1:])
