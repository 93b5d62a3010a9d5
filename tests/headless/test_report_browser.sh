#!/usr/bin/env bash
# headless.report_browser: the neighbourhood score's HTML report as a reader sees it, in a real browser.
#
# Usage: test_report_browser.sh BUILD_DIR SOURCE_DIR SAMPLE_GPKG [SHOT_DIR]
#   Runs dementiafriendly:neighbourhoodscore with qgis_process on the sample town in English and in Dutch (the
#   report follows QGIS's locale), opens each report in headless Chromium, saves a screenshot
#   (SHOT_DIR/report-en.png, report-nl.png; default /tmp/df-report) and checks the rendered page against the
#   output layer and the profile file (tests/headless/check_report.py).
# Exits 77 (ctest: skipped) only when Chromium is not installed.
set -uo pipefail

BUILD=$(cd "${1:?build dir}" && pwd)
SRC=$(cd "${2:?source dir}" && pwd)
SAMPLE=${3:?sample gpkg}
SHOTS=${4:-/tmp/df-report}
QGIS_PROCESS=/usr/bin/qgis_process.bin # not /usr/bin/qgis_process: Debian's wrapper passes --noversioncheck

CHROMIUM=""
for c in chromium chromium-browser; do
  if command -v "$c" >/dev/null 2>&1; then
    CHROMIUM=$(command -v "$c")
    break
  fi
done
if [ -z "$CHROMIUM" ]; then
  echo "SKIP: Chromium is not installed (apt-get install chromium); the report is not checked in a browser."
  exit 77
fi

die() {
  echo "FAIL: $*" >&2
  exit 1
}
[ -x "$QGIS_PROCESS" ] || die "$QGIS_PROCESS not found (package qgis)"
[ -f "$SAMPLE" ] || die "sample town $SAMPLE not found: build the target sample_town first"

# shellcheck source=../lib/throwaway_profile.sh
source "$(dirname "$0")/../lib/throwaway_profile.sh"
throwaway_profile report "$BUILD" "$SRC"
OUT=$ROOT/out
mkdir -p "$SHOTS"
export QGIS_CUSTOM_CONFIG_PATH=$ROOT
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$ROOT/xdg
export HOME=$ROOT/home

# A profile of the municipality's own: the default with two weights changed (one with decimals, which Dutch
# writes with a comma), so the report's table is checked against this file rather than against the defaults.
PROFILE=$OUT/onze_gemeente.dfprofile
awk '
  /^\[indicator access.supermarket_500m\]/ { s = 1 }
  /^\[indicator comfort.benches_per_km\]/ { b = 1 }
  s && /^weight = / { print "weight = 40"; s = 0; next }
  b && /^weight = / { print "weight = 2.5"; b = 0; next }
  { print }' "$SRC/profiles/default.dfprofile" >"$PROFILE"
grep -q "^weight = 2.5" "$PROFILE" || die "could not write the test profile"

run_score() { # LANGUAGE
  local lang=$1 locale
  [ "$lang" = nl ] && locale=nl_NL.UTF-8 || locale=en_GB.UTF-8
  # QGIS's own locale setting, as the Settings dialog writes it; LANG/LC_ALL for Qt's QLocale.
  mkdir -p "$ROOT/profiles/default/QGIS"
  /usr/bin/python3 - "$ROOT/profiles/default/QGIS/QGIS3.ini" "$lang" <<'EOF'
import configparser, sys
path, lang = sys.argv[1], sys.argv[2]
ini = configparser.RawConfigParser()
ini.optionxform = str
ini.read(path)
if not ini.has_section("locale"):
    ini.add_section("locale")
ini.set("locale", "overrideFlag", "true")
ini.set("locale", "userLocale", "nl_NL" if lang == "nl" else "en_GB")
ini.set("locale", "globalLocale", "nl_NL" if lang == "nl" else "en_GB")
with open(path, "w") as f:
    ini.write(f, space_around_delimiters=False)
EOF
  LANG=$locale LC_ALL=$locale LANGUAGE=$lang timeout 120 "$QGIS_PROCESS" run dementiafriendly:neighbourhoodscore -- \
    "AREAS=$SAMPLE|layername=buurten" "NETWORK=$SAMPLE|layername=wegen" \
    "ADDRESSES=$SAMPLE|layername=adressen" "FACILITIES=$SAMPLE|layername=voorzieningen" \
    CATEGORY_FIELD=category "PROFILE=$PROFILE" \
    "REPORT=$OUT/report-$lang.html" "OUTPUT=$OUT/score-$lang.gpkg" >"$OUT/run-$lang.out" 2>"$OUT/run-$lang.err"
  local rc=$?
  if [ "$rc" -ne 0 ] || [ ! -f "$OUT/report-$lang.html" ]; then
    tail -n 30 "$OUT/run-$lang.out" "$OUT/run-$lang.err" >&2
    die "qgis_process neighbourhoodscore ($lang) exited with $rc or wrote no report"
  fi
  echo "ok: report written ($lang)"
}

browser() { # URL-FILE, then chromium's own arguments
  local page=$1
  shift
  timeout 90 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$(mktemp -d "$ROOT/chromium.XXXXXX")" "$@" "file://$page"
}

FAILED=0
for lang in en nl; do
  run_score "$lang"
  # The report as it is, photographed; and a copy with a script that measures the laid-out page (where each
  # label and value stands, whether the map decoded), whose DOM is dumped for the checker.
  browser "$OUT/report-$lang.html" --screenshot="$SHOTS/report-$lang.png" --window-size=1280,2000 \
    >"$OUT/shot-$lang.log" 2>&1
  [ -s "$SHOTS/report-$lang.png" ] || die "Chromium wrote no screenshot for $lang ($(tail -n 5 "$OUT/shot-$lang.log"))"
  echo "ok: screenshot $SHOTS/report-$lang.png"
  for width in 1280 760; do
    sed 's#</body>#<script src="measure.js"></script></body>#' "$OUT/report-$lang.html" \
      >"$OUT/measure-$lang-$width.html"
    cp "$(dirname "$0")/report_measure.js" "$OUT/measure.js"
    browser "$OUT/measure-$lang-$width.html" --dump-dom --window-size="$width,2000" \
      --virtual-time-budget=5000 >"$OUT/dom-$lang-$width.html" 2>"$OUT/dom-$lang-$width.log"
    [ -s "$OUT/dom-$lang-$width.html" ] || die "Chromium dumped no DOM for $lang at $width px"
    if ! /usr/bin/python3 "$(dirname "$0")/check_report.py" "$OUT/dom-$lang-$width.html" "$OUT/score-$lang.gpkg" \
      "$PROFILE" "$SRC/styles/urgency_polygon.qml" "$lang" "$width"; then
      FAILED=1
    fi
  done
done
# As in the desktop, where Processing runs the algorithm in a background task: the map is drawn there too.
if ! timeout 180 /usr/bin/python3 "$(dirname "$0")/report_in_task.py" "$ROOT" "$SAMPLE" "$OUT" \
  >"$OUT/task.out" 2>&1 || ! grep -q '^TASK OK' "$OUT/task.out"; then
  tail -n 30 "$OUT/task.out" >&2
  echo "FAIL: the report written in a background task (tests/headless/report_in_task.py)" >&2
  FAILED=1
else
  echo "ok: $(grep '^TASK OK' "$OUT/task.out")"
fi
[ "$FAILED" = 0 ] || die "the report does not read right in the browser (see above)"
echo "ok: the report reads right in Chromium, in English and Dutch"
