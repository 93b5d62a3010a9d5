#!/usr/bin/env bash
# badinput.outputs: see CMakeLists.txt. Usage: test_outputs.sh BUILD_DIR SOURCE_DIR SAMPLE_GPKG [CASE_REGEX]
# DF_KEEP_TMP=1 keeps the throw-away profile and every case's folder.
set -uo pipefail
BUILD=$(cd "${1:?build dir}" && pwd)
SRC=$(cd "${2:?source dir}" && pwd)
SAMPLE=${3:?sample gpkg}
[ -x /usr/bin/qgis_process.bin ] || { echo "FAIL: /usr/bin/qgis_process.bin not found (package qgis)" >&2; exit 1; }
[ -f "$SAMPLE" ] || { echo "FAIL: sample town $SAMPLE not found: build the target sample_town first" >&2; exit 1; }
# shellcheck source=../../lib/throwaway_profile.sh
source "$SRC/tests/lib/throwaway_profile.sh"
throwaway_profile badinput-outputs "$BUILD" "$SRC"
export QGIS_CUSTOM_CONFIG_PATH=$ROOT QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$ROOT/xdg HOME=$ROOT/home
export DF_PLUGIN_PARENT
DF_PLUGIN_PARENT=$(dirname "$PLUGIN_DIR")
/usr/bin/python3 "$(dirname "$0")/test_outputs.py" "$ROOT/out" "$SAMPLE" "${4:-}"
