#!/usr/bin/env bash
# desktop.qgis_xvfb: the real QGIS desktop under Xvfb, with the plugin installed into a throw-away profile;
# tests/desktop/check_desktop.py does the checks inside QGIS and writes them to a JSON file read here.
#
# Usage: test_desktop.sh BUILD_DIR SOURCE_DIR SAMPLE_GPKG [SCREENSHOT_PNG] [CHECK_SCRIPT] [LANGUAGE]
# The screenshot of the QGIS window with the styled result goes to SCREENSHOT_PNG (default
# /tmp/desktop-check.png). CHECK_SCRIPT (default check_desktop.py, next to this file) is the script QGIS runs;
# another script lists the checks it must reach in its result ("expected"), and for check_help.py
# SCREENSHOT_PNG is the folder its pictures go to. LANGUAGE (e.g. nl) starts QGIS in that language, set in the
# profile as a user sets it in Settings > Options > General. Set DF_KEEP_TMP=1 to keep the profile and outputs.
set -uo pipefail

BUILD=$(cd "${1:?build dir}" && pwd)
SRC=$(cd "${2:?source dir}" && pwd)
SAMPLE=${3:?sample gpkg}
SCREENSHOT=${4:-/tmp/desktop-check.png}
HERE=$(cd "$(dirname "$0")" && pwd)
SCRIPT=$HERE/${5:-check_desktop.py}
LANGUAGE=${6:-}

die() {
  echo "FAIL: $*" >&2
  exit 1
}
command -v xvfb-run >/dev/null || die "xvfb-run not found (packages xvfb, xauth)"
command -v qgis.bin >/dev/null || die "qgis.bin not found (package qgis)"
[ -f "$SAMPLE" ] || die "sample town $SAMPLE not found: build the target sample_town first"

# shellcheck source=../lib/throwaway_profile.sh
source "$HERE/../lib/throwaway_profile.sh"
throwaway_profile desktop "$BUILD" "$SRC"
if [ "$(basename "$SCRIPT")" = check_desktop.py ]; then
  rm -f "$SCREENSHOT"
else
  mkdir -p "$SCREENSHOT"
fi
if [ -n "$LANGUAGE" ]; then
  QT_QPA_PLATFORM=offscreen /usr/bin/python3 - "$ROOT/profiles/default/QGIS/QGIS3.ini" "$LANGUAGE" <<'EOP' || die "could not set the language"
import sys
from qgis.PyQt.QtCore import QSettings
s = QSettings(sys.argv[1], QSettings.IniFormat)
s.setValue("locale/overrideFlag", True)
s.setValue("locale/userLocale", {"nl": "nl_NL", "en": "en_GB"}.get(sys.argv[2], sys.argv[2]))
s.sync()
EOP
fi

export DF_RESULT=$ROOT/out/result.json DF_SAMPLE=$SAMPLE DF_OUT=$ROOT/out DF_SCREENSHOT=$SCREENSHOT
export DF_IMG_DIR=$SCREENSHOT DF_LANG=${LANGUAGE:-en} DF_PLUGIN_DIR=$PLUGIN_DIR
export DF_TESTS_DIR=$HERE # the scripts import dfdesktop.py from here
export XDG_RUNTIME_DIR=$ROOT/xdg HOME=$ROOT/home
unset QT_QPA_PLATFORM QGIS_CUSTOM_CONFIG_PATH # QGIS desktop refuses offscreen; the profile comes from --profiles-path

# Inside the X server: QGIS with a time limit; should it hang, a picture of the screen shows why (a dialog?).
cat >"$ROOT/run_qgis.sh" <<'EOS'
qgis.bin --noversioncheck --nologo --profiles-path "$1" --code "$2" &
QGIS_PID=$!
for _ in $(seq 1 $((${3} * 5))); do
  kill -0 "$QGIS_PID" 2>/dev/null || break
  sleep 0.2
done
if kill -0 "$QGIS_PID" 2>/dev/null; then
  QT_QPA_PLATFORM=xcb timeout 20 /usr/bin/python3 -c '
import sys
from qgis.PyQt.QtWidgets import QApplication
app = QApplication([])
app.primaryScreen().grabWindow(0).save(sys.argv[1], "PNG")' "$1/out/hang.png" 2>/dev/null
  kill -ABRT "$QGIS_PID" 2>/dev/null # a core/backtrace if the system keeps them
  sleep 2
  kill -KILL "$QGIS_PID" 2>/dev/null
  wait "$QGIS_PID" 2>/dev/null
  exit 124
fi
wait "$QGIS_PID"
EOS
START=$(date +%s.%N)
timeout -k 10 150 xvfb-run -a -s "-screen 0 1280x900x24" bash "$ROOT/run_qgis.sh" "$ROOT" "$SCRIPT" 90 \
  >"$ROOT/out/qgis.out" 2>"$ROOT/out/qgis.err"
RC=$?
ELAPSED=$(echo "$(date +%s.%N) - $START" | bc 2>/dev/null || echo "?")
echo "qgis.bin exited with $RC after ${ELAPSED}s"

python3 - "$DF_RESULT" "$RC" "$SCREENSHOT" "$ROOT/out/qgis.err" "$(basename "$SCRIPT")" <<'EOF'
import json, os, sys

path, rc, shot, err, script = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
problems = []
if rc == 124 or rc == 137:
    problems.append("QGIS timed out (90 s) and was killed; screen at the time: %s" % os.path.join(os.path.dirname(path), "hang.png"))
elif rc >= 128:
    problems.append("QGIS crashed (signal %d)" % (rc - 128))
elif rc != 0:
    problems.append("QGIS exited with %d" % rc)
try:
    with open(path) as f:
        r = json.load(f)
except (OSError, ValueError) as e:
    r = None
    problems.append("no result from check_desktop.py (%s): QGIS did not run the script or died first" % e)
if r is not None:
    for name, c in r["checks"].items():
        print("%s %s: %s" % ("ok:  " if c["ok"] else "FAIL:", name, c["detail"]))
        if not c["ok"]:
            problems.append("check %s failed: %s" % (name, c["detail"]))
    for e in r["errors"]:
        problems.append("exception in check_desktop.py:\n" + e)
    if not r["done"]:
        problems.append("check_desktop.py did not finish")
    expected = set(r.get("expected", [])) if script != "check_desktop.py" else {"cpp_plugin_menu", "python_bridge_active", "one_provider", "algorithm_registered",
                "run_total_positive", "run_output_graduated", "run_output_sum", "loaded_one_layer",
                "loaded_layer_graduated", "legend_matches_renderer", "loaded_layer_total", "screenshot", "no_log_errors"}
    if not expected:
        problems.append("%s lists no checks it must reach" % script)
    missing = expected - set(r["checks"])
    if missing:
        problems.append("checks not reached: %s" % sorted(missing))
    for m in r["messages"]:
        if m["level"] in ("warning", "critical"):
            print("log %s [%s]: %s" % (m["level"], m["tag"], m["message"][:300]))
if script == "check_desktop.py" and not (os.path.isfile(shot) and os.path.getsize(shot) > 0):
    problems.append("no screenshot at %s" % shot)
if problems:
    print("--- stderr of qgis.bin (last lines):", file=sys.stderr)
    with open(err, errors="replace") as f:
        print("".join(f.readlines()[-30:]), file=sys.stderr)
    for p in problems:
        print("FAIL: " + p, file=sys.stderr)
    sys.exit(1)
print("all desktop checks passed; screenshot %s" % shot)
EOF
exit $?
