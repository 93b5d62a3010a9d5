# Sourced by the end-to-end tests: a throw-away QGIS profile root with the built plugin installed in it, so a
# test never reads or changes the user's own QGIS settings.
#
#   throwaway_profile NAME BUILD_DIR SOURCE_DIR
# sets ROOT (the profile root, with out/, xdg/ and home/ in it) and PLUGIN_DIR (the plugin folder QGIS uses), and
# removes ROOT when the script exits with 0; after a failure, or with DF_KEEP_TMP=1, it is kept for inspection
# and its path printed.
# With DF_TEST_INSTALLED=1 nothing is installed from the build: the plugin comes from the Debian package
# (scripts/package.sh) installed on the system, and the profile only switches it on, as a user would once.

throwaway_profile() {
  local name=$1 build=$2 src=$3
  ROOT=$(mktemp -d "${TMPDIR:-/tmp}/df-$name.XXXXXX")
  trap '_df_status=$?; if [ "${DF_KEEP_TMP:-0}" = 1 ] || [ "$_df_status" -ne 0 ]; then echo "(kept $ROOT)"; else rm -rf "$ROOT"; fi' EXIT
  mkdir -p "$ROOT/out" "$ROOT/xdg" "$ROOT/home"
  chmod 700 "$ROOT/xdg"
  if [ "${DF_TEST_INSTALLED:-0}" = 1 ]; then
    PLUGIN_DIR=/usr/share/qgis/python/plugins/dementiafriendly
    [ -f /usr/lib/qgis/plugins/libdementiafriendlyplugin.so ] || {
      echo "FAIL: DF_TEST_INSTALLED=1 but the package is not installed (no /usr/lib/qgis/plugins/libdementiafriendlyplugin.so)" >&2
      exit 1
    }
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$src/scripts/enable_plugin.py" "$ROOT/profiles/default/QGIS/QGIS3.ini"
    return
  fi
  PLUGIN_DIR=$ROOT/profiles/default/python/plugins/dementiafriendly
  if ! bash "$src/scripts/install_plugin.sh" "$build" "$ROOT"; then
    echo "FAIL: scripts/install_plugin.sh $build $ROOT failed" >&2
    exit 1
  fi
}
