#!/usr/bin/env bash
# Runs inside `grass --tmp-location EPSG:xxxx --exec`: the network distance from every origin to its nearest
# facility with v.net.distance, written as CSV (cat,tcat,dist) to $DF_GRASS_OUT; step timings to
# $DF_GRASS_OUT.times.
#   DF_GRASS_IN    GeoPackage from prepare_inputs.py (layers segments and grasspoints)
#   DF_GRASS_SNAP  the snap distance in metres (v.net connect threshold)
#   DF_GRASS_OUT   the CSV to write
set -euo pipefail
: "${DF_GRASS_IN:?}" "${DF_GRASS_SNAP:?}" "${DF_GRASS_OUT:?}"

now() { date +%s%N; }
# seconds between two now() readings, to a tenth
seconds() {
  local ds=$((($2 - $1) / 100000000))
  printf '%d.%d' $((ds / 10)) $((ds % 10))
}
t0=$(now)
# -t: the segments need no attribute table; GRASS would otherwise write a row per segment
v.in.ogr -t input="$DF_GRASS_IN" layer=segments output=net --quiet
v.in.ogr input="$DF_GRASS_IN" layer=grasspoints output=pts key=gcat --quiet
t1=$(now)
# Origins and facilities in one call: connected in two, the second set can attach to the first set's connectors.
v.net input=net points=pts output=netc operation=connect threshold="$DF_GRASS_SNAP" --quiet
v.net.distance input=netc output=dist from_layer=2 to_layer=2 \
  from_cats=1-999999 to_cats=1000000-1999999 --quiet
t2=$(now)
v.db.select map=dist columns=cat,tcat,dist separator=comma >"$DF_GRASS_OUT"
echo "v.in.ogr $(seconds "$t0" "$t1") s, v.net connect + v.net.distance $(seconds "$t1" "$t2") s" >"$DF_GRASS_OUT.times"
