#!/usr/bin/python3
"""Compares dementiafriendly:walkingaccess with GRASS v.net.distance for one network; prints a summary and
exits 1 when they disagree beyond what the walking issue allows.

Usage: compare.py NAME OURS.gpkg GRASS.csv INPUTS.gpkg RELATIVE WALK_SPEED RUNTIMES
  RELATIVE  0 on the generated town (0.5 m everywhere); 0.0002 on real networks, where the allowed difference
            is 0.5 m or 0.02 % of the distance, whichever is larger
  WALK_SPEED the speed our algorithm was given, in m/s (walk_min must be dist_m at that speed)
  RUNTIMES  text for the summary line

Why a relative term: v.net.distance adds up integer costs of a millimetre per arc, each truncated, so on a
long path over many short OpenStreetMap segments GRASS comes out up to a millimetre per arc short.
"""
import csv
import sqlite3
import struct
import sys

ABSOLUTE = 0.5
REQUIRED_SHARE = 0.999
FACILITY_CAT_BASE = 1000000


NAME = "?"


def fail(message):
    """Stops with a FAIL line on stdout, where the test's summary collects it."""
    print("FAIL: %s: %s" % (NAME, message))
    sys.exit(1)


def point_xy(blob):
    """x, y of a GeoPackage point blob, to name where a disagreeing origin is."""
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get((flags >> 1) & 7, 0)
    wkb = blob[8 + envelope:]
    order = "<" if wkb[0] == 1 else ">"
    return struct.unpack(order + "dd", wkb[5:21])


def feature_table(db):
    tables = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")]
    if len(tables) != 1:
        fail("expected one feature table in our output, found %r" % tables)
    return tables[0]


def main():
    global NAME
    name, ours_path, grass_path, inputs_path, relative, speed, runtimes = sys.argv[1:8]
    NAME = name
    relative = float(relative)
    speed = float(speed)

    db = sqlite3.connect(inputs_path)
    origins = {gcat: (kind,) + point_xy(geom) for gcat, kind, geom in db.execute("SELECT gcat, kind, geom FROM origins")}
    db.close()

    db = sqlite3.connect(ours_path)
    table = feature_table(db)
    columns = [r[1] for r in db.execute('PRAGMA table_info("%s")' % table)]
    for needed in ("gcat", "dist_m", "walk_min", "nearest_id"):
        if needed not in columns:
            fail("our output %s has no field %s (fields: %s)" % (table, needed, ", ".join(columns)))
    ours = {}
    inconsistent = []
    for gcat, dist, minutes, nearest in db.execute('SELECT gcat, dist_m, walk_min, nearest_id FROM "%s"' % table):
        if gcat in ours:
            fail("origin %d appears twice in our output" % gcat)
        ours[gcat] = (dist, nearest)
        if dist is None:
            if minutes is not None or nearest is not None:
                inconsistent.append(gcat)
        elif minutes is None or nearest is None or abs(minutes - dist / speed / 60.0) > 1e-6 * (1.0 + minutes):
            inconsistent.append(gcat)
    db.close()

    grass = {}
    with open(grass_path, newline="") as f:
        for row in csv.DictReader(f):
            grass[int(row["cat"])] = (float(row["dist"]), int(row["tcat"]))

    problems = []
    if inconsistent:
        problems.append("%d origins where walk_min is not dist_m at %g m/s or nearest_id does not go with dist_m "
                        "(e.g. %s)" % (len(inconsistent), speed, inconsistent[:5]))
    missing = sorted(set(origins) - set(ours))
    extra = sorted(set(ours) - set(origins))
    if missing or extra:
        problems.append("our output lacks %d origins (e.g. %s) and has %d unknown ones (e.g. %s)" %
                        (len(missing), missing[:5], len(extra), extra[:5]))

    compared = within = same_nearest = 0
    max_diff, max_at = 0.0, None
    signed = []
    only_ours, only_grass, outside = [], [], []
    for gcat in sorted(origins):
        if gcat not in ours:
            continue
        dist, nearest = ours[gcat]
        if gcat not in grass:
            if dist is not None:
                only_ours.append(gcat)
            continue
        g_dist, g_fac = grass[gcat]
        if dist is None:
            only_grass.append(gcat)
            continue
        compared += 1
        diff = dist - g_dist
        signed.append(diff)
        allowed = max(ABSOLUTE, relative * g_dist)
        if abs(diff) <= allowed:
            within += 1
        else:
            outside.append((abs(diff), gcat))
        if abs(diff) > max_diff:
            max_diff, max_at = abs(diff), gcat
        if str(nearest) == str(g_fac):
            same_nearest += 1

    share = within / compared if compared else 0.0
    print("%s: %d origins, %d reachable in both, %d unreachable in both; reachability disagreements: %d "
          "(reached only by ours %d, only by GRASS %d)" %
          (name, len(origins), compared, len(origins) - compared - len(only_ours) - len(only_grass),
           len(only_ours) + len(only_grass), len(only_ours), len(only_grass)))
    if compared:
        print("%s: within tolerance %d/%d (%.3f %%); max |diff| %.4f m at origin %s (GRASS %.3f m); "
              "ours - GRASS: min %.4f, mean %.4f, max %.4f m; same nearest facility %.2f %%" %
              (name, within, compared, 100.0 * share, max_diff, max_at, grass[max_at][0] if max_at else 0.0,
               min(signed), sum(signed) / len(signed), max(signed), 100.0 * same_nearest / compared))
    print("%s: runtime %s" % (name, runtimes))

    def describe(gcat):
        kind, x, y = origins[gcat]
        o = ours.get(gcat, (None, None))
        g = grass.get(gcat)
        return "origin %d (%s, at %.3f %.3f): ours %s m to %s, GRASS %s" % (
            gcat, kind, x, y, "null" if o[0] is None else "%.3f" % o[0], o[1],
            "no path" if g is None else "%.3f m to %d" % g)

    if only_ours or only_grass:
        problems.append("unreachable verdicts differ for %d origins" % (len(only_ours) + len(only_grass)))
        for gcat in (only_ours + only_grass)[:10]:
            print("  " + describe(gcat))
    if compared == 0:
        problems.append("no origin reached a facility in both: the comparison proves nothing")
    elif share < REQUIRED_SHARE:
        problems.append("only %.3f %% of the origins within tolerance (need %.1f %%)" %
                        (100.0 * share, 100.0 * REQUIRED_SHARE))
    for _, gcat in sorted(outside, reverse=True)[:10]:
        print("  beyond tolerance: " + describe(gcat))

    if problems:
        for p in problems:
            print("FAIL: %s: %s" % (name, p))
        return 1
    print("ok: %s agrees with GRASS" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
