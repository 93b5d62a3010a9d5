#!/usr/bin/env bash
# oracle.grass_walkingaccess: dementiafriendly:walkingaccess against GRASS v.net.distance, on the generated
# sample town and on three real street networks (Porto and Liechtenstein from OpenStreetMap, Drachten from
# the Fietstelweek). The walking issue asks for at least 99.9 % of the origins within 0.5 m of GRASS (on the
# real networks 0.5 m or 0.02 %, whichever is larger) and for the same unreachable verdicts.
#
# Usage: test_grassoracle.sh BUILD_DIR SOURCE_DIR SAMPLE_GPKG
#   the real networks are read from SOURCE_DIR/tests/data/real, else from $DF_SHARED_REAL_DATA
#   (default /work/shared/data/real); a network whose file is in neither is skipped, and so is the whole test
#   (exit 77) when GRASS is not installed.
# Everything happens in a throw-away profile root; set DF_KEEP_TMP=1 to keep it for inspection.
set -uo pipefail

BUILD=$(cd "${1:?build dir}" && pwd)
SRC=$(cd "${2:?source dir}" && pwd)
SAMPLE=${3:?sample gpkg}
HERE=$(cd "$(dirname "$0")" && pwd)
QGIS_PROCESS=/usr/bin/qgis_process.bin # not /usr/bin/qgis_process: Debian's wrapper passes --noversioncheck
PYTHON=/usr/bin/python3                 # QGIS's and GDAL's Python bindings are for Debian's Python only
ALG=dementiafriendly:walkingaccess
SHARED_REAL=${DF_SHARED_REAL_DATA:-/work/shared/data/real}
SNAP=250
# Far beyond the longest path in these networks (about 13 km), so that only connectivity decides reachability.
MAX_DISTANCE=100000
WALK_SPEED=0.8

die() {
  echo "FAIL: $*" >&2
  exit 1
}
skip() {
  echo "SKIP: $*"
  exit 77
}

command -v grass >/dev/null || skip "GRASS GIS (grass-core) is not installed: nothing to compare with"
[ -x "$QGIS_PROCESS" ] || die "$QGIS_PROCESS not found (package qgis)"
"$PYTHON" -c 'import osgeo.ogr' 2>/dev/null || die "$PYTHON cannot import osgeo (package python3-gdal)"
[ -f "$SAMPLE" ] || die "sample town $SAMPLE not found: build the target sample_town first"

# shellcheck source=../lib/throwaway_profile.sh
source "$HERE/../lib/throwaway_profile.sh"
throwaway_profile grassoracle "$BUILD" "$SRC"
OUT=$ROOT/out

export QGIS_CUSTOM_CONFIG_PATH=$ROOT
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$ROOT/xdg
export HOME=$ROOT/home # GRASS keeps its settings under HOME too; nothing may leak into the real home
export TMPDIR=$ROOT    # GRASS's temporary location goes here and with the profile root

now() { date +%s%N; }
# seconds since a now() reading, to a tenth
elapsed() {
  local ds=$((($(now) - $1) / 100000000))
  printf '%d.%d' $((ds / 10)) $((ds % 10))
}

real_file() {
  local f
  for f in "$SRC/tests/data/real/$1" "$SHARED_REAL/$1"; do
    if [ -f "$f" ]; then
      echo "$f"
      return 0
    fi
  done
  return 1
}

FAILURES=0
SKIPPED=0
SUMMARY=$OUT/summary.txt
: >"$SUMMARY"

# compare_network NAME MODE SOURCE EPSG SEED RELATIVE
#   MODE osm, lines or sample (see prepare_inputs.py)
compare_network() {
  local name=$1 mode=$2 source=$3 epsg=$4 seed=$5 relative=$6
  local dir=$OUT/$name
  mkdir -p "$dir"
  echo "--- $name ($source, EPSG:$epsg)"

  if ! timeout 120 "$PYTHON" "$HERE/prepare_inputs.py" "$mode" "$source" "$epsg" "$dir/inputs.gpkg" "$seed" \
    >"$dir/prepare.out" 2>&1; then
    cat "$dir/prepare.out" >&2
    echo "FAIL: $name: preparing the inputs failed" | tee -a "$SUMMARY"
    FAILURES=$((FAILURES + 1))
    return
  fi
  cat "$dir/prepare.out"

  local t0 grass_s ours_s ours_alg network
  t0=$(now)
  DF_GRASS_IN=$dir/inputs.gpkg DF_GRASS_SNAP=$SNAP DF_GRASS_OUT=$dir/grass.csv \
    timeout 180 grass --tmp-location "EPSG:$epsg" --exec bash "$HERE/grass_distance.sh" >"$dir/grass.log" 2>&1
  local rc=$?
  grass_s=$(elapsed "$t0")
  if [ "$rc" -ne 0 ] || [ ! -s "$dir/grass.csv" ]; then
    tail -n 30 "$dir/grass.log" >&2
    echo "FAIL: $name: GRASS exited with $rc" | tee -a "$SUMMARY"
    FAILURES=$((FAILURES + 1))
    return
  fi

  if [ "$mode" = sample ]; then
    # the sample town's own road layer through our OpenStreetMap filter; GRASS has prepare_inputs.py's
    network=("NETWORK=$source|layername=wegen" "NETWORK_FILTER=2")
  else
    network=("NETWORK=$dir/inputs.gpkg|layername=lines" "NETWORK_FILTER=1")
  fi
  t0=$(now)
  # TOLERANCE=0: GRASS joins identical vertices only
  timeout 180 "$QGIS_PROCESS" run "$ALG" -- "${network[@]}" \
    "ORIGINS=$dir/inputs.gpkg|layername=origins" \
    "FACILITIES=$dir/inputs.gpkg|layername=facilities" "FACILITY_ID_FIELD=gcat" \
    "MAX_DISTANCE=$MAX_DISTANCE" "SNAP_DISTANCE=$SNAP" "TOLERANCE=0" "WALK_SPEED=$WALK_SPEED" \
    "OUTPUT=$dir/ours.gpkg" >"$dir/ours.out" 2>"$dir/ours.err"
  rc=$?
  ours_s=$(elapsed "$t0")
  if [ "$rc" -ne 0 ] || [ ! -s "$dir/ours.gpkg" ]; then
    tail -n 30 "$dir/ours.out" "$dir/ours.err" >&2
    echo "FAIL: $name: qgis_process run $ALG exited with $rc" | tee -a "$SUMMARY"
    FAILURES=$((FAILURES + 1))
    return
  fi
  # the algorithm's own clock, without qgis_process's start-up
  ours_alg=$(sed -n 's/^Timing (s):.* total=\([0-9.]*\).*/\1/p' "$dir/ours.out" | tail -n 1)

  local runtimes="ours ${ours_s} s in qgis_process (algorithm ${ours_alg:-?} s), GRASS ${grass_s} s in grass"
  runtimes+=" ($(cat "$dir/grass.csv.times"))"
  "$PYTHON" "$HERE/compare.py" "$name" "$dir/ours.gpkg" "$dir/grass.csv" "$dir/inputs.gpkg" "$relative" \
    "$WALK_SPEED" "$runtimes" | tee -a "$SUMMARY"
  [ "${PIPESTATUS[0]}" -eq 0 ] || FAILURES=$((FAILURES + 1))
}

real_network() {
  local name=$1 mode=$2 file=$3 epsg=$4 seed=$5
  local path
  if ! path=$(real_file "$file"); then
    echo "SKIP: $name: $file is neither in $SRC/tests/data/real nor in $SHARED_REAL" | tee -a "$SUMMARY"
    SKIPPED=$((SKIPPED + 1))
    return
  fi
  # a copy, so that no tool can ever touch the file in the source tree
  mkdir -p "$OUT/real"
  cp "$path" "$OUT/real/$file"
  compare_network "$name" "$mode" "$OUT/real/$file" "$epsg" "$seed" 0.0002
}

START=$(now)
compare_network voorbeeldstad sample "$SAMPLE" 28992 1 0
real_network porto osm osm-porto.osm.pbf 3763 2
real_network liechtenstein osm osm-liechtenstein.osm.pbf 2056 3
real_network drachten lines fietstelweek-2016-drachten-edges.gpkg 28992 4

echo
echo "=== summary (whole test $(elapsed "$START") s)"
cat "$SUMMARY"
if [ "$FAILURES" -gt 0 ]; then
  echo "$FAILURES network(s) failed" >&2
  exit 1
fi
if [ "$SKIPPED" -gt 0 ]; then
  echo "SKIP: $SKIPPED network(s) had no data; the others agree with GRASS"
  # the profile helper keeps its directory after any non-zero exit; a skip has nothing to inspect
  if [ "${DF_KEEP_TMP:-0}" != 1 ]; then
    trap - EXIT
    rm -rf "$ROOT"
  fi
  exit 77
fi
echo "all networks agree with GRASS"
