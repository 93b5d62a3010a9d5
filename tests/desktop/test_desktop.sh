#!/usr/bin/env bash
# The desktop tests: the real QGIS desktop under Xvfb, with the plugin installed into a throw-away profile; a
# script QGIS runs (qgis.bin --code) does the checks inside QGIS and writes them to a JSON file read here.
#
# Usage: test_desktop.sh BUILD_DIR SOURCE_DIR SAMPLE_GPKG [OUTPUT] [CHECK_SCRIPT] [LANGUAGE...]
# CHECK_SCRIPT (default check_desktop.py, next to this file) is the script QGIS runs:
#   check_desktop.py  (desktop.qgis_xvfb)  OUTPUT: the screenshot of the QGIS window with the styled result
#                     (default /tmp/desktop-check.png)
#   check_help.py     (desktop.help_*)     OUTPUT: the folder its pictures go to
#   layout_desktop.py (desktop.layout_nl)  OUTPUT: the screenshot of the layout designer; the layout template
#                     (DF_TEMPLATE, default layouts/dementiafriendly_a3.qpt) is offered in the Layout Manager
#   check_dialogs.py  (desktop.dialogs)    OUTPUT: the folder of the dialogs' and the modeler's screenshots
# Each LANGUAGE (nl, en, or a locale such as en_US) is one run of QGIS in that language, set in the profile as a
# user sets it in Settings > Options > General (nl: nl_NL, en: en_GB); without one QGIS runs as the system says.
# The script lists the checks it must reach in its result ("expected"). Set DF_KEEP_TMP=1 to keep the profile and
# outputs.
set -uo pipefail

BUILD=$(cd "${1:?build dir}" && pwd)
SRC=$(cd "${2:?source dir}" && pwd)
SAMPLE=${3:?sample gpkg}
OUTPUT=${4:-/tmp/desktop-check.png}
HERE=$(cd "$(dirname "$0")" && pwd)
SCRIPT=$HERE/${5:-check_desktop.py}
NAME=$(basename "$SCRIPT" .py)
LANGUAGES=("${@:6}")
[ ${#LANGUAGES[@]} -gt 0 ] || LANGUAGES=("")

die() {
  echo "FAIL: $*" >&2
  exit 1
}
command -v xvfb-run >/dev/null || die "xvfb-run not found (packages xvfb, xauth)"
command -v qgis.bin >/dev/null || die "qgis.bin not found (package qgis)"
[ -f "$SAMPLE" ] || die "sample town $SAMPLE not found: build the target sample_town first"
[ -f "$SCRIPT" ] || die "no such check script: $SCRIPT"

# What differs between the scripts: the screen, QGIS's time limit per run (s), what is done before QGIS starts.
SCREEN=1280x900x24
LIMIT=90
case $NAME in
  check_dialogs) LIMIT=120 ;;
  layout_desktop) SCREEN=1400x1000x24 LIMIT=110 ;;
esac

# shellcheck source=../lib/throwaway_profile.sh
source "$HERE/../lib/throwaway_profile.sh"
throwaway_profile "$NAME" "$BUILD" "$SRC"
PROFILE=$ROOT/profiles/default
mkdir -p "$PROFILE/QGIS"
if [[ $OUTPUT == *.png ]]; then # a screenshot
  mkdir -p "$(dirname "$OUTPUT")"
  rm -f "$OUTPUT"
else # a folder of pictures
  mkdir -p "$OUTPUT"
  [ "$NAME" != check_dialogs ] || rm -f "$OUTPUT"/*.png
fi
if [ "$NAME" = layout_desktop ]; then
  # The template offered in the Layout Manager (docs/layout.md).
  mkdir -p "$PROFILE/composer_templates"
  cp "${DF_TEMPLATE:-$SRC/layouts/dementiafriendly_a3.qpt}" "$PROFILE/composer_templates/dementiafriendly_a3.qpt"
fi

export DF_SAMPLE=$SAMPLE DF_OUT=$ROOT/out DF_SCREENSHOT=$OUTPUT DF_IMG_DIR=$OUTPUT DF_SHOTS=$OUTPUT
export DF_PLUGIN_DIR=$PLUGIN_DIR DF_MODEL=$PLUGIN_DIR/models/dementiafriendly_analysis.model3
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
app.primaryScreen().grabWindow(0).save(sys.argv[1], "PNG")' "$4" 2>/dev/null
  kill -ABRT "$QGIS_PID" 2>/dev/null # a core/backtrace if the system keeps them
  sleep 2
  kill -KILL "$QGIS_PID" 2>/dev/null
  wait "$QGIS_PID" 2>/dev/null
  exit 124
fi
wait "$QGIS_PID"
EOS

FAILED=0
for LANGUAGE in "${LANGUAGES[@]}"; do
  TAG=${LANGUAGE:+_$LANGUAGE}
  if [ -n "$LANGUAGE" ]; then
    LOCALE=$LANGUAGE
    case $LANGUAGE in nl) LOCALE=nl_NL ;; en) LOCALE=en_GB ;; esac
    # QGIS's language and, as QGIS does without a locale/globalLocale of its own, its number and date formats.
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 - "$PROFILE/QGIS/QGIS3.ini" "$LOCALE" <<'EOP' || die "could not set the language"
import sys
from qgis.PyQt.QtCore import QSettings
s = QSettings(sys.argv[1], QSettings.IniFormat)
s.setValue("locale/overrideFlag", True)
s.setValue("locale/userLocale", sys.argv[2])
s.setValue("locale/globalLocale", sys.argv[2])
s.sync()
EOP
  fi
  export DF_RESULT=$ROOT/out/result$TAG.json DF_LANG=${LANGUAGE%%_*}
  DF_LANG=${DF_LANG:-en}
  START=$(date +%s.%N)
  timeout -k 10 150 xvfb-run -a -s "-screen 0 $SCREEN" bash "$ROOT/run_qgis.sh" "$ROOT" "$SCRIPT" "$LIMIT" \
    "$ROOT/out/hang$TAG.png" >"$ROOT/out/qgis$TAG.out" 2>"$ROOT/out/qgis$TAG.err"
  RC=$?
  ELAPSED=$(echo "$(date +%s.%N) - $START" | bc 2>/dev/null || echo "?")
  echo "${LANGUAGE:+[$LANGUAGE] }qgis.bin exited with $RC after ${ELAPSED}s"

  /usr/bin/python3 - "$DF_RESULT" "$RC" "$OUTPUT" "$ROOT/out/qgis$TAG.err" "$(basename "$SCRIPT")" "$LIMIT" \
    "$ROOT/out/hang$TAG.png" "$LANGUAGE" <<'EOF' || FAILED=1
import json, os, sys

path, rc, output, err, script, limit, hang, language = sys.argv[1:9]
rc = int(rc)
tag = "[%s] " % language if language else ""
problems = []
if rc == 124 or rc == 137:
    problems.append("QGIS timed out (%s s) and was killed; screen at the time: %s" % (limit, hang))
elif rc >= 128:
    problems.append("QGIS crashed (signal %d)" % (rc - 128))
elif rc != 0:
    problems.append("QGIS exited with %d" % rc)
try:
    with open(path) as f:
        r = json.load(f)
except (OSError, ValueError) as e:
    r = None
    problems.append("no result from %s (%s): QGIS did not run the script or died first" % (script, e))
if r is not None:
    if "locale" in r:
        print("%sQGIS locale %s" % (tag, r["locale"]))
    for name, c in r["checks"].items():
        print("%s%s %s: %s" % (tag, "ok:  " if c["ok"] else "FAIL:", name, c["detail"]))
        if not c["ok"]:
            problems.append("check %s failed: %s" % (name, c["detail"]))
    for e in r["errors"]:
        problems.append("exception in %s:\n%s" % (script, e))
    if not r["done"]:
        problems.append("%s did not finish" % script)
    expected = set(r.get("expected", []))
    if not expected:
        problems.append("%s lists no checks it must reach" % script)
    missing = expected - set(r["checks"])
    if missing:
        problems.append("checks not reached: %s" % sorted(missing))
    for m in r.get("messages", []):
        if m["level"] in ("warning", "critical"):
            print("%slog %s [%s]: %s" % (tag, m["level"], m["tag"], m["message"][:300]))
if output.endswith(".png") and not (os.path.isfile(output) and os.path.getsize(output) > 0):
    problems.append("no screenshot at %s" % output)
if problems:
    print("--- stderr of qgis.bin (last lines):", file=sys.stderr)
    with open(err, errors="replace") as f:
        print("".join(f.readlines()[-30:]), file=sys.stderr)
    for p in problems:
        print("FAIL: %s%s" % (tag, p), file=sys.stderr)
    sys.exit(1)
EOF
done
[ "$FAILED" = 0 ] && echo "all desktop checks of $(basename "$SCRIPT") passed; pictures: $OUTPUT"
exit $FAILED
