#!/usr/bin/env bash
# desktop.layout_nl: the print layout template in the real QGIS desktop in Dutch, under Xvfb, created from the
# Layout Manager as a user does (tests/desktop/layout_desktop.py): Dutch texts, the map on the layer, a screenshot.
#
# Usage: test_layout_desktop.sh BUILD_DIR SOURCE_DIR SAMPLE_GPKG [SCREENSHOT_PNG]
# SCREENSHOT_PNG defaults to /tmp/df-maps/layout_designer_nl.png. DF_KEEP_TMP=1 keeps the profile; DF_TEMPLATE=file.qpt
# tries another template (e.g. an older one) under the same name.
set -uo pipefail

BUILD=$(cd "${1:?build dir}" && pwd)
SRC=$(cd "${2:?source dir}" && pwd)
SAMPLE=${3:?sample gpkg}
SCREENSHOT=${4:-/tmp/df-maps/layout_designer_nl.png}
HERE=$(cd "$(dirname "$0")" && pwd)

command -v xvfb-run >/dev/null || { echo "FAIL: xvfb-run not found (packages xvfb, xauth)" >&2; exit 1; }
[ -f "$SAMPLE" ] || { echo "FAIL: sample town $SAMPLE not found: build the target sample_town first" >&2; exit 1; }

# shellcheck source=../lib/throwaway_profile.sh
source "$HERE/../lib/throwaway_profile.sh"
throwaway_profile layout-nl "$BUILD" "$SRC"
mkdir -p "$(dirname "$SCREENSHOT")"
rm -f "$SCREENSHOT"
PROFILE=$ROOT/profiles/default
# A Dutch QGIS, and the template offered in the Layout Manager (docs/layout.md).
mkdir -p "$PROFILE/QGIS" "$PROFILE/composer_templates"
cp "${DF_TEMPLATE:-$SRC/layouts/dementiafriendly_a3.qpt}" "$PROFILE/composer_templates/dementiafriendly_a3.qpt"
cat >>"$PROFILE/QGIS/QGIS3.ini" <<'INI'

[locale]
overrideFlag=true
userLocale=nl_NL
globalLocale=nl_NL
INI

export DF_RESULT=$ROOT/out/result.json DF_SAMPLE=$SAMPLE DF_SCREENSHOT=$SCREENSHOT
export DF_TESTS_DIR=$HERE # layout_desktop.py imports dfdesktop.py from here
export XDG_RUNTIME_DIR=$ROOT/xdg HOME=$ROOT/home
unset QT_QPA_PLATFORM QGIS_CUSTOM_CONFIG_PATH
timeout -k 10 120 xvfb-run -a -s "-screen 0 1400x1000x24" \
  qgis.bin --noversioncheck --nologo --profiles-path "$ROOT" --code "$HERE/layout_desktop.py" \
  >"$ROOT/out/qgis.out" 2>"$ROOT/out/qgis.err"
RC=$?
echo "qgis.bin exited with $RC"

python3 - "$DF_RESULT" "$SCREENSHOT" <<'PY'
import json, os, sys
path, shot = sys.argv[1:3]
problems = []
try:
    with open(path) as f:
        r = json.load(f)
except (OSError, ValueError) as e:
    sys.exit("FAIL: no result from layout_desktop.py (%s)" % e)
for name, c in r["checks"].items():
    print("%s %s: %s" % ("ok:  " if c["ok"] else "FAIL:", name, c["detail"]))
    if not c["ok"]:
        problems.append(name)
problems += ["exception:\n" + e for e in r["errors"]]
expected = {"locale_dutch", "layout_manager_open", "template_listed", "create_button", "layout_created",
            "title_dutch", "legend_title_dutch", "source_dutch", "map_on_layer", "designer_open", "screenshot"}
if expected - set(r["checks"]):
    problems.append("checks not reached: %s" % sorted(expected - set(r["checks"])))
if not r["done"]:
    problems.append("layout_desktop.py did not finish")
if problems:
    for p in problems:
        print("FAIL: " + p, file=sys.stderr)
    sys.exit(1)
print("all layout desktop checks passed; screenshot %s" % shot)
PY
