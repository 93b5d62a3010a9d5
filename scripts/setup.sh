#!/usr/bin/env bash
# README command 1: from a fresh Debian 12 machine to styled maps of the sample municipality.
#  - installs the Debian packages that are missing (QGIS 3.22, its development files, GRASS, CMake, GoogleTest, Xvfb)
#  - builds the plugin and the sample-town generator (build/)
#  - installs and enables the plugin in the user's QGIS profile, for QGIS desktop and qgis_process
#  - runs the main job on the sample municipality: styled GeoPackages and PNG maps in output/
# With --build-only it stops after the build (scripts/test.sh uses that on a machine that has not run it yet).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_ONLY=0
[ "${1:-}" = "--build-only" ] && BUILD_ONLY=1

PACKAGES=(libqgis-dev qgis qgis-providers python3-qgis python3-gdal qttools5-dev qttools5-dev-tools libgdal-dev grass-core
          xvfb xauth cmake g++ make libgtest-dev fonts-dejavu-core sqlite3 dpkg-dev locales bc python3-markdown chromium)
# shellcheck source=scripts/lib/ensure_packages.sh
source scripts/lib/ensure_packages.sh # the script runs from the repository root
ensure_packages "${PACKAGES[@]}"

echo "== building"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
[ "$BUILD_ONLY" = 1 ] && exit 0

PROFILE_ROOT=${QGIS_CUSTOM_CONFIG_PATH:-$HOME/.local/share/QGIS/QGIS3}
PLUGIN_DIR="$PROFILE_ROOT/profiles/default/python/plugins/dementiafriendly"
echo "== installing the plugin in $PLUGIN_DIR"
scripts/install_plugin.sh build "$PROFILE_ROOT"

echo "== main job on the sample municipality"
QGIS_CUSTOM_CONFIG_PATH="$PROFILE_ROOT" QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/main_job.py \
  --town build/sample/voorbeeldstad.gpkg --plugins "$PROFILE_ROOT/profiles/default/python/plugins" --out output
echo "== done: open output/*.gpkg in QGIS, or look at output/*.png"
