#!/usr/bin/env bash
# headless.qgis_process: the installed plugin in qgis_process and in a standalone PyQGIS script.
#
# Usage: test_qgis_process.sh BUILD_DIR SOURCE_DIR SAMPLE_GPKG
#   BUILD_DIR   a build tree with the plugin built (installed from it with scripts/install_plugin.sh)
#   SOURCE_DIR  the source tree (for scripts/install_plugin.sh)
#   SAMPLE_GPKG the sample town: layer buurten (CBS 2019+ fields) and wegen (no population fields)
#
# Everything happens in a throw-away profile root; set DF_KEEP_TMP=1 to keep it for inspection.
set -uo pipefail

BUILD=$(cd "${1:?build dir}" && pwd)
SRC=$(cd "${2:?source dir}" && pwd)
SAMPLE=${3:?sample gpkg}
QGIS_PROCESS=/usr/bin/qgis_process.bin # not /usr/bin/qgis_process: Debian's wrapper passes --noversioncheck
ALG=dementiafriendly:estimatedementia

FAILURES=0
fail() {
  echo "FAIL: $*" >&2
  FAILURES=$((FAILURES + 1))
}
die() {
  echo "FAIL: $*" >&2
  exit 1
}
pass() { echo "ok: $*"; }

[ -x "$QGIS_PROCESS" ] || die "$QGIS_PROCESS not found (package qgis)"
[ -f "$SAMPLE" ] || die "sample town $SAMPLE not found: build the target sample_town first"
command -v sqlite3 >/dev/null || die "sqlite3 not found"

# shellcheck source=../lib/throwaway_profile.sh
source "$(dirname "$0")/../lib/throwaway_profile.sh"
throwaway_profile headless "$BUILD" "$SRC"
OUT=$ROOT/out
for f in libdementiafriendlyplugin.so __init__.py metadata.txt layouts/dementiafriendly_a3.qpt; do
  [ -f "$PLUGIN_DIR/$f" ] || die "install did not put $f into $PLUGIN_DIR"
done
pass "installed into $ROOT"

export QGIS_CUSTOM_CONFIG_PATH=$ROOT
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$ROOT/xdg
export HOME=$ROOT/home # nothing may leak into or out of the real home's QGIS settings

# runs qgis_process with a time limit; stdout and stderr to $OUT/<name>.out / .err, exit code in RC
qp() {
  local name=$1
  shift
  timeout 60 "$QGIS_PROCESS" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
  RC=$?
  if [ "$RC" -eq 124 ]; then
    fail "qgis_process $* timed out"
  fi
}
show() { # the output of a failed step, for the ctest log
  echo "--- stdout of $1:" >&2
  tail -n 40 "$OUT/$1.out" >&2
  echo "--- stderr of $1:" >&2
  tail -n 40 "$OUT/$1.err" >&2
}

# --- plugins ---------------------------------------------------------------------------------------------
qp plugins plugins
if [ "$RC" -ne 0 ]; then
  fail "qgis_process plugins exited with $RC"
  show plugins
elif ! grep -qE '^\* dementiafriendly$' "$OUT/plugins.out"; then
  fail "qgis_process plugins does not list dementiafriendly as loaded ('* dementiafriendly')"
  show plugins
else
  pass "plugins: dementiafriendly loaded"
fi

# --- list ------------------------------------------------------------------------------------------------
qp list list
if [ "$RC" -ne 0 ]; then
  fail "qgis_process list exited with $RC"
  show list
elif ! grep -qE "^[[:space:]]*$ALG([[:space:]]|$)" "$OUT/list.out"; then
  fail "qgis_process list does not list $ALG"
  show list
else
  pass "list: $ALG"
fi

# --- help ------------------------------------------------------------------------------------------------
qp help help "$ALG"
if [ "$RC" -ne 0 ]; then
  fail "qgis_process help $ALG exited with $RC"
  show help
else
  for word in "($ALG)" "INPUT:" "OUTPUT:" "TOTAL_DEMENTIA:" "FEATURES_MISSING:" "LAYOUT:" "dem_est"; do
    grep -qF -- "$word" "$OUT/help.out" || {
      fail "help $ALG does not mention $word"
      show help
    }
  done
  pass "help"
fi

# --- run -------------------------------------------------------------------------------------------------
GPKG=$OUT/estimate.gpkg
qp run run "$ALG" -- "INPUT=$SAMPLE|layername=buurten" "OUTPUT=$GPKG"
TOTAL=
if [ "$RC" -ne 0 ]; then
  fail "qgis_process run $ALG on buurten exited with $RC"
  show run
elif [ ! -s "$GPKG" ]; then
  fail "run exited 0 but $GPKG does not exist"
  show run
else
  TOTAL=$(sed -n 's/^TOTAL_DEMENTIA:[[:space:]]*//p' "$OUT/run.out")
  ESTIMATED=$(sed -n 's/^FEATURES_ESTIMATED:[[:space:]]*//p' "$OUT/run.out")
  MISSING=$(sed -n 's/^FEATURES_MISSING:[[:space:]]*//p' "$OUT/run.out")
  LAYOUT=$(sed -n 's/^LAYOUT:[[:space:]]*//p' "$OUT/run.out")
  TABLE=$(sqlite3 "$GPKG" "SELECT table_name FROM gpkg_contents WHERE data_type='features';")
  if [ -z "$TABLE" ] || [ "$(echo "$TABLE" | wc -l)" -ne 1 ]; then
    fail "expected one feature table in $GPKG, found: '$TABLE'"
  else
    READ=$(sqlite3 "$GPKG" "SELECT printf('%.17g', sum(dem_est)), count(dem_est), count(*) FROM \"$TABLE\";")
    IFS='|' read -r SUM NEST NALL <<<"$READ"
    STYLE=$(sqlite3 "$GPKG" "SELECT count(*) FROM layer_styles WHERE f_table_name='$TABLE' AND useAsDefault AND styleQML LIKE '%graduatedSymbol%' AND styleQML LIKE '%dem_est%';" 2>/dev/null)
    echo "   TOTAL_DEMENTIA=$TOTAL; table $TABLE: sum(dem_est)=$SUM, $NEST of $NALL features with dem_est; layout: $LAYOUT"
    if ! python3 - "$TOTAL" "$SUM" <<'EOF'; then
import math, sys
try:
    total, read = float(sys.argv[1]), float(sys.argv[2])
except ValueError:
    sys.exit("TOTAL_DEMENTIA '%s' or sum(dem_est) '%s' is not a number" % (sys.argv[1], sys.argv[2]))
if not (math.isfinite(total) and total > 0):
    sys.exit("TOTAL_DEMENTIA %r is not positive" % total)
if abs(total - read) > 1e-6 * abs(total):
    sys.exit("TOTAL_DEMENTIA %r differs from sum(dem_est) %r read back from the file" % (total, read))
EOF
      fail "TOTAL_DEMENTIA check (see above)"
      show run
    else
      pass "run: TOTAL_DEMENTIA $TOTAL > 0 = sum(dem_est) in the file"
    fi
    [ "${NEST:-0}" -gt 0 ] || fail "no dem_est values in $GPKG"
    [ "$ESTIMATED" = "$NEST" ] || fail "FEATURES_ESTIMATED=$ESTIMATED but $NEST features have dem_est"
    [ "$((ESTIMATED + MISSING))" = "$NALL" ] ||
      fail "FEATURES_ESTIMATED+FEATURES_MISSING=$ESTIMATED+$MISSING but the file has $NALL features"
    [ "${STYLE:-0}" -ge 1 ] || fail "no default graduated style on dem_est in layer_styles of $GPKG"
    case "$LAYOUT" in
    *"2019 or later"*) ;;
    *) fail "LAYOUT '$LAYOUT' is not the CBS 2019+ layout of the sample's buurten" ;;
    esac
  fi
fi

# --- a second run into the same GeoPackage layer -----------------------------------------------------------
# Before 3.24, QgsMapLayer::saveStyleToDatabase asked "overwrite the style?" in a modal dialog when the style
# existed: the second run hung forever. It must finish, replace the layer and keep one default style.
SAME="ogr:dbname='$OUT/same.gpkg' table=\"dem\" (geom)"
qp same1 run "$ALG" -- "INPUT=$SAMPLE|layername=buurten" "OUTPUT=$SAME"
qp same2 run "$ALG" -- "INPUT=$SAMPLE|layername=buurten" "OUTPUT=$SAME"
if [ "$RC" -ne 0 ]; then
  fail "second run into the same GeoPackage layer exited with $RC"
  show same2
else
  STYLES=$(sqlite3 "$OUT/same.gpkg" "SELECT count(*) FROM layer_styles WHERE f_table_name='dem' AND useAsDefault;")
  ROWS=$(sqlite3 "$OUT/same.gpkg" "SELECT count(*) FROM dem;")
  ORIG=$(sqlite3 "$SAMPLE" "SELECT count(*) FROM buurten;")
  if [ "$STYLES" != 1 ] || [ "$ROWS" != "$ORIG" ]; then
    fail "after two runs into $SAME: $STYLES default styles (want 1), $ROWS features (want $ORIG)"
  else
    pass "second run into the same layer: finished, $ROWS features, one default style"
  fi
fi

# --- run --json ------------------------------------------------------------------------------------------
qp json --json run "$ALG" -- "INPUT=$SAMPLE|layername=buurten" "OUTPUT=$OUT/estimate_json.gpkg"
if [ "$RC" -ne 0 ]; then
  fail "qgis_process --json run exited with $RC"
  show json
elif ! python3 - "$OUT/json.out" "$TOTAL" <<'EOF'; then
import json, sys
with open(sys.argv[1]) as f:
    d = json.load(f)  # stdout must be JSON and nothing else
r = d["results"]
assert d["algorithm_details"]["id"] == "dementiafriendly:estimatedementia", d["algorithm_details"]
assert d["provider_details"]["name"] == "Dementia-friendly neighbourhoods", d["provider_details"]
for key in ("OUTPUT", "TOTAL_DEMENTIA", "TOTAL_AT_HOME", "TOTAL_POP65", "FEATURES_ESTIMATED", "FEATURES_MISSING", "LAYOUT"):
    assert key in r, "results lack " + key
assert isinstance(r["TOTAL_DEMENTIA"], (int, float)) and r["TOTAL_DEMENTIA"] > 0, r["TOTAL_DEMENTIA"]
if sys.argv[2]:
    t = float(sys.argv[2])
    assert abs(r["TOTAL_DEMENTIA"] - t) <= 1e-6 * t, (r["TOTAL_DEMENTIA"], t)
EOF
  fail "--json output does not parse or lacks results"
  show json
else
  pass "--json run parses"
fi

# --- failure: a layer without population fields ----------------------------------------------------------
BAD=$OUT/bad.gpkg
qp bad run "$ALG" -- "INPUT=$SAMPLE|layername=wegen" "OUTPUT=$BAD"
if [ "$RC" -eq 0 ]; then
  fail "run on layer wegen (no population fields) exited 0"
  show bad
elif [ "$RC" -eq 124 ]; then
  : # reported by qp
elif ! grep -q 'has no population fields' "$OUT/bad.out" "$OUT/bad.err"; then
  fail "run on wegen: exit $RC but no 'has no population fields' message"
  show bad
elif ! grep -q '"wegen"' "$OUT/bad.out" "$OUT/bad.err"; then
  fail "run on wegen: the error does not name the layer \"wegen\": $(grep -ho 'Layer "[^"]*" has no population fields' "$OUT/bad.err" "$OUT/bad.out" | head -n 1)"
else
  pass "run on wegen fails (exit $RC) naming the layer"
fi
[ ! -e "$BAD" ] || fail "the failed run left $BAD behind"

# --- standalone PyQGIS -----------------------------------------------------------------------------------
timeout 60 /usr/bin/python3 - "$ROOT" "$SAMPLE" "$OUT/pyqgis.gpkg" "$TOTAL" >"$OUT/pyqgis.out" 2>"$OUT/pyqgis.err" <<'EOF'
import sys

root, sample, output, expected = sys.argv[1:5]
from qgis.core import QgsApplication, QgsVectorLayer

app = QgsApplication([], False)
app.initQgis()
code = 1
try:
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    sys.path.insert(0, root + "/profiles/default/python/plugins")
    import dementiafriendly

    registry = QgsApplication.processingRegistry()

    def check_output(path, total):
        # in a function: the layer is gone before exitQgis(), whatever happens
        layer = QgsVectorLayer(path, "estimate", "ogr")
        assert layer.isValid(), "output %s does not open" % path
        idx = layer.fields().lookupField("dem_est")
        assert idx >= 0, "no dem_est field"
        values = [f.attribute(idx) for f in layer.getFeatures()]
        read = sum(v for v in values if isinstance(v, (int, float)))
        assert abs(read - total) <= 1e-6 * total, (read, total)
        # the default style stored in the GeoPackage is applied when the layer is opened
        assert layer.renderer().type() == "graduatedSymbol", layer.renderer().type()

    def providers():
        return [p for p in registry.providers() if p.id() == "dementiafriendly"]

    dementiafriendly.register()
    dementiafriendly.register()  # harmless: counted, not duplicated
    assert len(providers()) == 1, "expected one provider, found %d" % len(providers())
    assert registry.algorithmById("dementiafriendly:estimatedementia") is not None, "algorithm not registered"

    result = processing.run("dementiafriendly:estimatedementia",
                            {"INPUT": sample + "|layername=buurten", "OUTPUT": output})
    total = result["TOTAL_DEMENTIA"]
    assert total > 0, result
    if expected:
        assert abs(total - float(expected)) <= 1e-6 * float(expected), (total, expected)
    check_output(result["OUTPUT"], total)

    dementiafriendly.unregister()  # one holder left
    assert len(providers()) == 1, "provider gone after the first of two unregister() calls"
    dementiafriendly.unregister()
    assert len(providers()) == 0, "provider still there after the last unregister()"
    dementiafriendly.register()  # and back
    assert len(providers()) == 1, "register() after unregister() failed"
    dementiafriendly.unregister()
    print("PYQGIS OK total=%r" % total)
    code = 0
except Exception:
    import traceback

    traceback.print_exc()
finally:
    app.exitQgis()
sys.exit(code)
EOF
RC=$?
if [ "$RC" -ne 0 ] || ! grep -q '^PYQGIS OK' "$OUT/pyqgis.out"; then
  fail "standalone PyQGIS script exited with $RC"
  show pyqgis
else
  pass "standalone PyQGIS: $(cat "$OUT/pyqgis.out")"
fi

if [ "$FAILURES" -gt 0 ]; then
  echo "$FAILURES check(s) failed" >&2
  exit 1
fi
echo "all headless checks passed"
