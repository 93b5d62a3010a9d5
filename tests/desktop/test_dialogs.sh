#!/usr/bin/env bash
# desktop.dialogs: the real QGIS desktop under Xvfb, in English and in Dutch, with the plugin installed into a
# throw-away profile; tests/desktop/check_dialogs.py opens every algorithm's dialog at its default size and the
# shipped model in the Graphical Modeler, checks them and saves a screenshot of each.
#
# Usage: test_dialogs.sh BUILD_DIR SOURCE_DIR [SCREENSHOT_DIR]
# Screenshots go to SCREENSHOT_DIR (default /tmp/df-dialogs): en_<algorithm>.png, nl_<algorithm>.png,
# en_modeler.png, nl_modeler.png. Set DF_KEEP_TMP=1 to keep the profiles.
set -uo pipefail

BUILD=$(cd "${1:?build dir}" && pwd)
SRC=$(cd "${2:?source dir}" && pwd)
SHOTS=${3:-/tmp/df-dialogs}
HERE=$(cd "$(dirname "$0")" && pwd)

die() {
  echo "FAIL: $*" >&2
  exit 1
}
command -v xvfb-run >/dev/null || die "xvfb-run not found (packages xvfb, xauth)"
command -v qgis.bin >/dev/null || die "qgis.bin not found (package qgis)"

# shellcheck source=../lib/throwaway_profile.sh
source "$HERE/../lib/throwaway_profile.sh"
throwaway_profile dialogs "$BUILD" "$SRC"
mkdir -p "$SHOTS"
rm -f "$SHOTS"/*.png

export XDG_RUNTIME_DIR=$ROOT/xdg HOME=$ROOT/home DF_SHOTS=$SHOTS
export DF_TESTS_DIR=$HERE # check_dialogs.py imports dfdesktop.py from here
export DF_MODEL=$PLUGIN_DIR/models/dementiafriendly_analysis.model3
unset QT_QPA_PLATFORM QGIS_CUSTOM_CONFIG_PATH

cat >"$ROOT/run_qgis.sh" <<'EOS'
qgis.bin --noversioncheck --nologo --profiles-path "$1" --code "$2" &
QGIS_PID=$!
for _ in $(seq 1 $((${3} * 5))); do
  kill -0 "$QGIS_PID" 2>/dev/null || break
  sleep 0.2
done
if kill -0 "$QGIS_PID" 2>/dev/null; then
  kill -KILL "$QGIS_PID" 2>/dev/null
  wait "$QGIS_PID" 2>/dev/null
  exit 124
fi
wait "$QGIS_PID"
EOS

INI=$ROOT/profiles/default/QGIS/QGIS3.ini
FAILED=0
for LANG_CODE in en nl; do
  # The language QGIS runs in: set in the profile as Settings > Options > General > Override system locale does.
  mkdir -p "$(dirname "$INI")"
  /usr/bin/python3 - "$INI" "$LANG_CODE" <<'EOP'
import configparser, sys
path, lang = sys.argv[1], sys.argv[2]
ini = configparser.RawConfigParser()
ini.optionxform = str
ini.read(path)
if not ini.has_section("locale"):
    ini.add_section("locale")
ini.set("locale", "overrideFlag", "true")
ini.set("locale", "userLocale", "nl_NL" if lang == "nl" else "en_US")
ini.set("locale", "globalLocale", "nl_NL" if lang == "nl" else "en_US")
with open(path, "w") as f:
    ini.write(f, space_around_delimiters=False)
EOP
  export DF_RESULT=$ROOT/out/dialogs_$LANG_CODE.json DF_LANG=$LANG_CODE
  timeout -k 10 150 xvfb-run -a -s "-screen 0 1280x900x24" bash "$ROOT/run_qgis.sh" "$ROOT" "$HERE/check_dialogs.py" 120 \
    >"$ROOT/out/qgis_$LANG_CODE.out" 2>"$ROOT/out/qgis_$LANG_CODE.err"
  RC=$?
  echo "[$LANG_CODE] qgis.bin exited with $RC"
  /usr/bin/python3 - "$DF_RESULT" "$RC" "$LANG_CODE" "$ROOT/out/qgis_$LANG_CODE.err" <<'EOF2' || FAILED=1
import json, sys

path, rc, lang, err = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
problems = []
if rc in (124, 137):
    problems.append("QGIS timed out and was killed")
elif rc >= 128:
    problems.append("QGIS crashed (signal %d)" % (rc - 128))
try:
    with open(path) as f:
        r = json.load(f)
except (OSError, ValueError) as e:
    r = None
    problems.append("no result from check_dialogs.py (%s)" % e)
if r is not None:
    print("[%s] QGIS locale %s" % (lang, r.get("locale")))
    if lang == "nl" and not str(r.get("locale", "")).startswith("nl"):
        problems.append("QGIS did not run in Dutch (locale %s)" % r.get("locale"))
    for name, c in sorted(r["checks"].items()):
        print("[%s] %s %s: %s" % (lang, "ok:  " if c["ok"] else "FAIL:", name, c["detail"]))
        if not c["ok"]:
            problems.append("check %s failed" % name)
    for e in r["errors"]:
        problems.append("exception in check_dialogs.py:\n" + e)
    if not r["done"]:
        problems.append("check_dialogs.py did not finish")
    dialogs = [k for k in r["checks"] if k.startswith("dialog_")]
    if len(dialogs) < 8:
        problems.append("only %d dialogs checked" % len(dialogs))
    if "modeler_labels" not in r["checks"]:
        problems.append("the modeler was not checked")
if problems:
    with open(err, errors="replace") as f:
        print("".join(f.readlines()[-20:]), file=sys.stderr)
    for p in problems:
        print("FAIL [%s]: %s" % (lang, p), file=sys.stderr)
    sys.exit(1)
EOF2
done
ls "$SHOTS"
[ "$FAILED" = 0 ] && echo "all dialog checks passed; screenshots in $SHOTS"
exit $FAILED
