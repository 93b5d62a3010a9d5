#!/usr/bin/env bash
# Benchmark of dementiafriendly:walkingaccess ("walking distance to the nearest facility"), from one run:
# phase times and peak memory of the algorithm on three generated towns, the I/O floor (the same reading and
# writing with no analysis), and GRASS v.net.distance and QGIS native:shortestpathpointtolayer on the medium
# town. See bench/README.md; the figures are recorded in docs/performance.md.
#
# Usage: bench/run_bench.sh [--sizes small,medium,national] [--skip-peers] [--repeat N] [--work DIR]
#                           [--regenerate] BUILD_DIR
#   BUILD_DIR      a build tree of this repository (Release recommended) with df_gentown and the plugin built
#   --sizes        which towns (default: all three; national takes several minutes and ~10 GB of disk)
#   --skip-peers   leave out GRASS and QGIS (they take minutes on the medium town)
#   --repeat N     runs of the algorithm and of the floor on small and medium; the fastest counts (default 3).
#                  The national town runs once.
#   --work DIR     cache and output directory (default /tmp/df-bench, or $DF_BENCH_WORK)
#   --regenerate   generate the towns again even when the cache has them
#
# Not a test: nothing here is run by ctest or CI. Run it on a quiet machine (see `uptime`).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(dirname "$HERE")
# The "Timing (s):" lines are read in English: keep QGIS and the plugin from speaking the user's language.
export LC_ALL=C.UTF-8 LANGUAGE=en
SIZES=small,medium,national
PEERS=1
REPEAT=3
WORK=${DF_BENCH_WORK:-/tmp/df-bench}
REGENERATE=0
BUILD=

while [ $# -gt 0 ]; do
  case $1 in
  --sizes) SIZES=$2; shift 2 ;;
  --skip-peers) PEERS=0; shift ;;
  --repeat) REPEAT=$2; shift 2 ;;
  --work) WORK=$2; shift 2 ;;
  --regenerate) REGENERATE=1; shift ;;
  -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
  -*) echo "run_bench.sh: unknown option $1" >&2; exit 2 ;;
  *) BUILD=$1; shift ;;
  esac
done
[ -n "$BUILD" ] || { echo "usage: run_bench.sh [options] BUILD_DIR (see --help)" >&2; exit 2; }
BUILD=$(cd "$BUILD" && pwd)
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

QGIS_PROCESS=/usr/bin/qgis_process.bin # not /usr/bin/qgis_process: Debian's wrapper passes --noversioncheck
GENTOWN=$BUILD/tools/gentown/df_gentown
ALG=dementiafriendly:walkingaccess
# The five kinds of facility of the national (and small) run, filtered into their own layer.
FIVE_KINDS="'meeting_place','gp','pharmacy','supermarket','bus_stop'"
# The medium run's facilities: 40 meeting places, as in the figure the issue quotes.
MEDIUM_FACILITIES=40
# Walkable streets per the OpenStreetMap rule (algorithms/kernels/walkability.h), for the peers, which have
# no walkability filter of their own. The generator writes no other_tags, so foot=no cannot occur.
WALKABLE_SQL="highway IS NOT NULL AND highway NOT IN ('motorway','trunk','construction','proposed','raceway','bus_guideway') AND highway NOT LIKE '%\\_link' ESCAPE '\\'"

say() { echo "== $*"; }
die() { echo "run_bench.sh: $*" >&2; exit 1; }

for tool in "$QGIS_PROCESS" /usr/bin/time ogr2ogr sqlite3 grass bc cmake; do
  command -v "$tool" >/dev/null || die "$tool not found"
done
[ -x "$GENTOWN" ] || die "$GENTOWN not found: build the repository in $BUILD first"

# A private profile and home, so nothing reads or changes the user's QGIS settings, and the plugin run is the
# one just built.
PROFILE=$WORK/profile
export QGIS_CUSTOM_CONFIG_PATH=$PROFILE
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$WORK/xdg
export HOME=$WORK/home
mkdir -p "$XDG_RUNTIME_DIR" "$HOME" "$WORK/towns" "$WORK/runs"
chmod 700 "$XDG_RUNTIME_DIR"

# --- tools ----------------------------------------------------------------------------------------------------
say "building the I/O floor program (bench/iofloor) in $WORK/build-iofloor"
cmake -S "$HERE/iofloor" -B "$WORK/build-iofloor" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$WORK/build-iofloor" >/dev/null
IOFLOOR=$WORK/build-iofloor/df_iofloor

say "installing the plugin from $BUILD into $PROFILE"
rm -rf "$PROFILE"
bash "$SRC/scripts/install_plugin.sh" "$BUILD" "$PROFILE"
HAVE_ALG=0
if "$QGIS_PROCESS" list 2>/dev/null | grep -qE "^[[:space:]]*$ALG([[:space:]]|$)"; then
  HAVE_ALG=1
else
  echo "   NOTE: $ALG is not in this build; its runs are skipped (floor and peers still run)"
fi

# --- towns -----------------------------------------------------------------------------------------------------
gen_args() {
  case $1 in
  small) echo "--seed 1 --scale 1" ;;
  medium) echo "--seed 1 --scale 5 --homes-per-segment 0.8" ;;
  national) echo "--seed 1 --scale 25 --homes-per-segment 6" ;;
  *) die "unknown size $1 (small, medium, national)" ;;
  esac
}

free_gb() { df --output=avail -k "$WORK" | tail -n 1 | awk '{ printf "%d", $1 / 1048576 }'; }

# Generates a town unless the cache holds one made with the same arguments.
town() {
  local size=$1 args file stamp
  args=$(gen_args "$size")
  file=$WORK/towns/$size.gpkg
  stamp=$WORK/towns/$size.args
  if [ "$REGENERATE" = 0 ] && [ -s "$file" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$args" ]; then
    echo "   $size town cached: $file"
    return
  fi
  if [ "$size" = national ] && [ "$(free_gb)" -lt 12 ]; then
    die "the national town needs about 12 GB free in $WORK (town 2.2 GB, two outputs of ~3 GB); $(free_gb) GB free"
  fi
  rm -f "$file" "$stamp"
  say "generating the $size town: df_gentown $args (national: about 3-4 minutes)"
  # shellcheck disable=SC2086 # the arguments are words
  /usr/bin/time -f "   generated in %e s, peak %M KB" "$GENTOWN" --out "$file" $args
  echo "$args" >"$stamp"
}

# The layers each run reads besides the town itself, in $size-inputs.gpkg (rebuilt when the town is newer):
#   facilities  small, national: the POIs of five kinds; medium: 40 meeting places spread over the towns
#               (every n/40-th by poi_id, n = 150), so every part of the area has one within reach
#   homes       medium: the dwellings (gebruiksdoel woonfunctie...), ~53,000, as "50,000 homes" in the issue
#   walkable    medium: the walkable streets, for GRASS and QGIS
inputs() {
  local size=$1 file=$WORK/towns/$1.gpkg in=$WORK/towns/$1-inputs.gpkg
  if [ -s "$in" ] && [ "$in" -nt "$file" ]; then
    return
  fi
  rm -f "$in"
  if [ "$size" = medium ]; then
    # -unsetFid: fresh FIDs 1..n, so an origin's FID is also its category number in GRASS.
    ogr2ogr -f GPKG -unsetFid "$in" "$file" -nln facilities -sql \
      "SELECT poi_id, category, name, subtype, geom FROM (
         SELECT v.*, row_number() OVER (ORDER BY poi_id) - 1 AS rn, count(*) OVER () AS n
         FROM voorzieningen v WHERE category = 'meeting_place')
       WHERE rn = 0 OR (rn * $MEDIUM_FACILITIES) / n <> ((rn - 1) * $MEDIUM_FACILITIES) / n ORDER BY poi_id"
    ogr2ogr -f GPKG -update -unsetFid "$in" "$file" -nln homes -sql \
      "SELECT * FROM adressen WHERE gebruiksdoel LIKE 'woonfunctie%' ORDER BY fid"
    ogr2ogr -f GPKG -update -unsetFid "$in" "$file" -nln walkable -sql \
      "SELECT * FROM wegen WHERE $WALKABLE_SQL ORDER BY fid"
  else
    ogr2ogr -f GPKG -unsetFid "$in" "$file" -nln facilities -sql \
      "SELECT poi_id, category, name, subtype, geom FROM voorzieningen WHERE category IN ($FIVE_KINDS) ORDER BY poi_id"
  fi
}

# --- runners ---------------------------------------------------------------------------------------------------
# run_timed NAME DIR COMMAND...: DIR/NAME.log (stdout and stderr) and DIR/NAME.time (GNU time -v: wall time and
# "Maximum resident set size", the peak of the largest process of the command).
run_timed() {
  local name=$1 dir=$2
  shift 2
  local rc=0
  /usr/bin/time -v -o "$dir/$name.time" "$@" >"$dir/$name.log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "   FAILED ($rc): $name; last lines of $dir/$name.log:" >&2
    tail -n 15 "$dir/$name.log" >&2
  fi
  return 0 # one failed run must not lose the others' figures; the report marks it as missing
}

# Reads the whole file once so every run finds it in the page cache: otherwise the first run alone would pay
# for the disk.
warm() { cat "$@" >/dev/null; }

bench_size() {
  local size=$1 town_file=$WORK/towns/$1.gpkg in=$WORK/towns/$1-inputs.gpkg run=$WORK/runs/$1
  local network="$town_file|layername=wegen" facilities="$in|layername=facilities" origins category=()
  local floor_category=() repeat=$REPEAT
  rm -rf "$run"
  mkdir -p "$run"
  if [ "$size" = national ] && [ "$(free_gb)" -lt 8 ]; then
    die "the national outputs (the algorithm's and the floor's) need about 8 GB free in $WORK; $(free_gb) GB free"
  fi
  if [ "$size" = medium ]; then
    origins="$in|layername=homes"
  else
    origins="$town_file|layername=adressen"
    category=("CATEGORY_FIELD=category")
    floor_category=(--category-field category)
  fi
  [ "$size" = national ] && repeat=1
  {
    echo "size=$size"
    echo "generator=$(gen_args "$size")"
    echo "segments=$(sqlite3 "$town_file" 'SELECT count(*) FROM wegen')"
    echo "addresses=$(sqlite3 "$town_file" 'SELECT count(*) FROM adressen')"
    if [ "$size" = medium ]; then
      echo "origins=$(sqlite3 "$in" 'SELECT count(*) FROM homes') homes"
    else
      echo "origins=$(sqlite3 "$town_file" 'SELECT count(*) FROM adressen') addresses"
    fi
    echo "facilities=$(sqlite3 "$in" 'SELECT count(*) FROM facilities')"
    echo "kinds=$(sqlite3 "$in" 'SELECT count(DISTINCT category) FROM facilities')"
    echo "repeat=$repeat"
  } >"$run/size.info"
  warm "$town_file" "$in"

  local i
  for i in $(seq 1 "$repeat"); do
    if [ "$HAVE_ALG" = 1 ]; then
      say "$size: $ALG, run $i of $repeat"
      rm -f "$run/ours.gpkg"
      run_timed "ours.$i" "$run" "$QGIS_PROCESS" run "$ALG" -- "NETWORK=$network" NETWORK_FILTER=0 \
        "ORIGINS=$origins" "FACILITIES=$facilities" FACILITY_ID_FIELD=poi_id "${category[@]}" \
        "OUTPUT=$run/ours.gpkg"
      grep -h '^Timing (s):' "$run/ours.$i.log" | sed 's/^/   /' || true
    fi
    say "$size: I/O floor, run $i of $repeat"
    rm -f "$run/floor.gpkg"
    run_timed "floor.$i" "$run" "$IOFLOOR" --network "$network" --origins "$origins" --facilities "$facilities" \
      --id-field poi_id "${floor_category[@]}" --output "$run/floor.gpkg"
    grep -h '^Floor (s):' "$run/floor.$i.log" | sed 's/^/   /' || true
  done

  if [ "$size" = medium ] && [ "$HAVE_ALG" = 1 ]; then
    # GRASS knows no cut-off: the same job for our algorithm is MAX_DISTANCE beyond any distance in the town.
    say "$size: $ALG without a cut-off (MAX_DISTANCE=1000000), as GRASS computes"
    rm -f "$run/ours_nocutoff.gpkg"
    run_timed ours_nocutoff "$run" "$QGIS_PROCESS" run "$ALG" -- "NETWORK=$network" NETWORK_FILTER=0 \
      "ORIGINS=$origins" "FACILITIES=$facilities" FACILITY_ID_FIELD=poi_id MAX_DISTANCE=1000000 \
      "OUTPUT=$run/ours_nocutoff.gpkg"
    grep -h '^Timing (s):' "$run/ours_nocutoff.log" | sed 's/^/   /' || true
  fi

  if [ "$size" = medium ] && [ "$PEERS" = 1 ]; then
    say "$size: GRASS v.net connect + v.net.distance (several minutes)"
    mkdir -p "$run/grass"
    # --tmp-location: a throw-away location in EPSG:28992, removed when the script ends.
    (cd "$run/grass" && run_timed grass "$run" grass --tmp-location EPSG:28992 --exec bash "$HERE/grass_distance.sh" \
      "$in" walkable "$in" homes "$in" facilities 250 0.1 "$run/grass")
    grep -h '^Grass (s):' "$run/grass.log" | sed 's/^/   /' || true

    say "$size: QGIS native:shortestpathpointtolayer for ONE facility (a minute or more)"
    rm -f "$run/qgis.gpkg"
    run_timed qgis "$run" /usr/bin/python3 "$HERE/qgis_shortestpath.py" "$in|layername=walkable" \
      "$in|layername=homes" "$in|layername=facilities" "$run/qgis.gpkg" 0.1
    grep -h '^Qgis (s):' "$run/qgis.log" | sed 's/^/   /' || true
  fi
}

# --- machine ---------------------------------------------------------------------------------------------------
{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
  echo "cores=$(nproc)"
  echo "memory_gb=$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)"
  echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "qgis=$("$QGIS_PROCESS" --version 2>/dev/null | sed -n 's/^QGIS \([0-9.]*\).*/\1/p' | head -n 1)"
  echo "grass=$(grass --version 2>&1 | sed -n 's/^GRASS GIS //p' | head -n 1)"
  echo "gdal=$(gdal-config --version 2>/dev/null || ogr2ogr --version | sed 's/GDAL \([^,]*\).*/\1/')"
  echo "build=$BUILD ($(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt"))"
  echo "commit=$(git -C "$SRC" rev-parse --short HEAD 2>/dev/null)$(git -C "$SRC" diff --quiet HEAD 2>/dev/null || echo '+changes')"
} >"$WORK/runs/machine.info"
uptime | sed 's/^/   machine load: /'

IFS=, read -r -a SIZE_LIST <<<"$SIZES"
for size in "${SIZE_LIST[@]}"; do
  gen_args "$size" >/dev/null
  town "$size"
  inputs "$size"
  bench_size "$size"
done
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$WORK/runs/machine.info"

echo
/usr/bin/python3 "$HERE/report.py" "$WORK/runs" "${SIZE_LIST[@]}"
