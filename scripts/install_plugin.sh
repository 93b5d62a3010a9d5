#!/usr/bin/env bash
# Installs the built plugin into a QGIS profile root and enables it for QGIS desktop (C++ plugin) and for
# qgis_process and PyQGIS (the Python bridge). Usage: install_plugin.sh BUILD_DIR PROFILE_ROOT [PROFILE]
set -euo pipefail
BUILD=$1
ROOT=$2
PROFILE=${3:-default}
PLUGIN_DIR="$ROOT/profiles/$PROFILE/python/plugins/dementiafriendly"
mkdir -p "$PLUGIN_DIR"
cmake --install "$BUILD" --prefix "$PLUGIN_DIR" --component profile >/dev/null
QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$(dirname "$0")/enable_plugin.py" "$ROOT/profiles/$PROFILE/QGIS/QGIS3.ini" "$PLUGIN_DIR"
