#!/usr/bin/env bash
# GRASS peer: network distance from every origin to its nearest facility with v.net + v.net.distance.
# Runs inside a throw-away GRASS location (bench/run_bench.sh starts it):
#
#   grass --tmp-location EPSG:28992 --exec bash grass_distance.sh \
#         NETWORK_GPKG NETWORK_LAYER ORIGINS_GPKG ORIGINS_LAYER FACILITIES_GPKG FACILITIES_LAYER \
#         SNAP TOLERANCE OUT_DIR
#
# The network layer must already hold the walkable streets only (GRASS has no walkability filter).
# GRASS makes a network node only where lines end, while the algorithm (like OpenStreetMap) also joins lines at
# a shared vertex in their middle, and joins vertices closer than TOLERANCE. So that GRASS solves the same
# problem, the streets are first cut into one line per segment (v.split vertices=2) and snapped together
# within the tolerance (v.clean tool=snap); that step is timed on its own as "prepare".
# Writes OUT_DIR/grass_distances.csv: origin cat|facility cat|distance, one line per origin that reaches a
# facility (origin cat = position of the origin in FID order, from 1). Prints one line per step as it ends
#   Grass step: import=12.345
# and at the end
#   Grass (s): import=… prepare=… connect=… distance=… export=… analysis=… total=…
# where analysis = prepare + connect + distance (what compares with the algorithm's graph + snap + search).
#
# "export" is the distance table written as text with v.db.select. Exporting the result map as a GeoPackage
# with v.out.ogr (the paths, with their attributes) ran for more than ten minutes on the medium town without
# finishing, so it would measure v.out.ogr's per-feature attribute queries, not the analysis.
set -euo pipefail

NETWORK_GPKG=$1 NETWORK_LAYER=$2 ORIGINS_GPKG=$3 ORIGINS_LAYER=$4 FACILITIES_GPKG=$5 FACILITIES_LAYER=$6
SNAP=$7 TOLERANCE=$8 OUT=$9

# Facility categories are shifted by this much so origins and facilities can share one point map (and one
# v.net connect call): connected in two calls, the second set could attach to the first set's connectors.
OFFSET=100000000

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }
# Prints a step's time at once, so a run stopped half-way still tells where the time went.
step() { printf 'Grass step: %s=%.3f\n' "$1" "$(elapsed "$2" "$3")"; }

export GRASS_VERBOSE=0 # GRASS_VERBOSE=0 is --quiet for every module

t0=$(now)
# -t: no attribute tables (nothing here needs them; creating them would only slow the import down).
# Without key=, v.in.ogr numbers the features 1..n in FID order.
v.in.ogr -t input="$NETWORK_GPKG" layer="$NETWORK_LAYER" output=streets_raw type=line
v.in.ogr -t input="$ORIGINS_GPKG" layer="$ORIGINS_LAYER" output=origins
v.in.ogr -t input="$FACILITIES_GPKG" layer="$FACILITIES_LAYER" output=facilities_raw
t1=$(now)
step import "$t0" "$t1"

v.split input=streets_raw output=streets_split vertices=2
v.clean input=streets_split output=streets tool=snap threshold="$TOLERANCE"
tp=$(now)
step prepare "$t1" "$tp"

v.category input=facilities_raw output=facilities option=sum cat="$OFFSET"
v.patch input=origins,facilities output=points
# One connect call for both sets; connectors are straight lines to the nearest point of the nearest street.
v.net input=streets points=points output=network operation=connect threshold="$SNAP"
t2=$(now)
step connect "$tp" "$t2"

ORIGIN_COUNT=$(v.info -t origins | sed -n 's/^points=//p')
FACILITY_COUNT=$(v.info -t facilities | sed -n 's/^points=//p')
v.net.distance input=network output=distances from_layer=2 to_layer=2 \
  from_cats="1-$ORIGIN_COUNT" to_cats="$((OFFSET + 1))-$((OFFSET + FACILITY_COUNT))"
t3=$(now)
step distance "$t2" "$t3"

v.db.select map=distances columns=cat,tcat,dist separator=pipe -c >"$OUT/grass_distances.csv"
t4=$(now)
step export "$t3" "$t4"

echo "Grass counts: origins=$ORIGIN_COUNT facilities=$FACILITY_COUNT reached=$(wc -l <"$OUT/grass_distances.csv")"
printf 'Grass (s): import=%.3f prepare=%.3f connect=%.3f distance=%.3f export=%.3f analysis=%.3f total=%.3f\n' \
  "$(elapsed "$t0" "$t1")" "$(elapsed "$t1" "$tp")" "$(elapsed "$tp" "$t2")" "$(elapsed "$t2" "$t3")" "$(elapsed "$t3" "$t4")" \
  "$(elapsed "$t1" "$t3")" "$(elapsed "$t0" "$t4")"
