#!/usr/bin/python3
"""badinput.outputs driver: one qgis_process run per case on a fresh copy of the sample town.

Usage: test_outputs.py WORK_DIR SAMPLE_GPKG [CASE_REGEX]; the environment holds the throw-away profile
(test_outputs.sh). Each case asserts the exit status, that no input file changed (sha256 of every file in the
case folder that is not one of its outputs), that no half-written output ("*.incomplete") is left, that a
refused output does not exist afterwards (or is unchanged when it existed), and that the message names the
parameters and files it must.
"""
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

WORK, SAMPLE = sys.argv[1], sys.argv[2]
ONLY = re.compile(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] else None
QP = "/usr/bin/qgis_process.bin"
NET = {"NETWORK": "{town}|layername=wegen", "FACILITIES": "{town}|layername=voorzieningen",
       "CATEGORY_FIELD": "category", "FACILITY_ID_FIELD": "poi_id"}
LONG = "x" * 230


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def snapshot(folder, skip):
    out = {}
    for base, _, files in os.walk(folder):
        for name in files:
            p = os.path.join(base, name)
            if not any(p == s or p.startswith(s + "-") or os.path.splitext(p)[0] == os.path.splitext(s)[0] for s in skip):
                out[p] = sha(p)
    return out


def tables(path):
    with sqlite3.connect("file:{}?mode=ro".format(path), uri=True) as db:
        return {r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")}


def count(path, table):
    with sqlite3.connect("file:{}?mode=ro".format(path), uri=True) as db:
        return db.execute('SELECT count(*) FROM "{}"'.format(table)).fetchone()[0]


def journal(path):
    with sqlite3.connect("file:{}?mode=ro".format(path), uri=True) as db:
        return db.execute("PRAGMA journal_mode").fetchone()[0]


CASES = []


def case(name, alg, params, ok, mention=(), outputs=(), setup=None, check=None, runs=1):
    CASES.append(dict(name=name, alg=alg, params=params, ok=ok, mention=mention, outputs=outputs, setup=setup,
                      check=check, runs=runs))


def run_case(c):
    d = os.path.join(WORK, c["name"])
    os.makedirs(d)
    town = os.path.join(d, "town.gpkg")
    shutil.copy(SAMPLE, town)
    fmt = lambda v: v.format(town=town, d=d) if isinstance(v, str) else v
    params = {k: fmt(v) for k, v in c["params"].items()}
    outputs = [fmt(o) for o in c["outputs"]]
    if c["setup"]:
        c["setup"](d, town)
    before = snapshot(d, outputs)
    existed = {o: sha(o) for o in outputs if os.path.isfile(o)}
    problems = []
    for i in range(c["runs"]):
        args = [QP, "run", c["alg"], "--"] + ["{}={}".format(k, v) for k, v in params.items()]
        try:
            p = subprocess.run(args, capture_output=True, text=True, timeout=120)
            rc, text = p.returncode, p.stdout + p.stderr
        except subprocess.TimeoutExpired:
            rc, text = "timeout", ""
    if (rc == 0) != c["ok"]:
        problems.append("exit status {} (want {})".format(rc, "0" if c["ok"] else "an error"))
    for m in c["mention"]:
        if fmt(m) not in text:
            problems.append("message does not name {!r}".format(fmt(m)))
    after = snapshot(d, outputs)
    for p_, h in before.items():
        if after.get(p_) != h:
            problems.append("input changed: " + os.path.relpath(p_, d))
    left = [os.path.relpath(os.path.join(b, n), d) for b, dirs, files in os.walk(d) for n in dirs + files
            if "incomplete" in n]
    if left:
        problems.append("half-written output left: " + ", ".join(left))
    if not c["ok"]:
        for o in outputs:
            if o in existed and (not os.path.isfile(o) or sha(o) != existed[o]):
                problems.append("refused run changed the existing " + os.path.relpath(o, d))
            if o not in existed and os.path.exists(o):
                problems.append("refused run left " + os.path.relpath(o, d))
    elif c["check"] and not problems:
        try:
            c["check"](d, town)
        except AssertionError as e:
            problems.append("check: {}".format(e))
    return c["name"], problems, text


def gpkg_clean(path, want_tables=None):
    assert os.path.isfile(path), "no " + path
    for suffix in ("-wal", "-shm", "-journal"):
        assert not os.path.exists(path + suffix), "left " + os.path.basename(path) + suffix
    assert journal(path) == "delete", "journal_mode {} (native:savefeatures leaves delete)".format(journal(path))
    if want_tables:
        assert want_tables <= tables(path), "tables {} lack {}".format(tables(path), want_tables)


def untouched_layers(town):
    sample = tables(SAMPLE)
    assert sample <= tables(town), "layers lost: {}".format(sample - tables(town))
    for t in sample:
        assert count(town, t) == count(SAMPLE, t), "layer {} changed".format(t)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


EST = "dementiafriendly:estimatedementia"
BUURTEN = "{town}|layername=buurten"
GAPS = dict(NET, DEMAND="{town}|layername=adressen", LINK_DISTANCE=250)
SCORE = dict(NET, AREAS=BUURTEN, ADDRESSES="{town}|layername=adressen")
WALK = dict(NET, ORIGINS=BUURTEN)

# Item 5: an output over the GeoPackage or layer an input is read from.
case("estimate_output_is_input_file", EST, {"INPUT": BUURTEN, "OUTPUT": "{town}"}, False, ["OUTPUT", "INPUT", "{town}"], ["{town}"])
case("walking_output_is_input_file", "dementiafriendly:walkingaccess", dict(WALK, OUTPUT="{town}"), False, ["OUTPUT", "{town}"], ["{town}"])
case("gaps_areas_is_input_file", "dementiafriendly:meetingplacegaps", dict(GAPS, OUTPUT="{d}/gaps.gpkg", GAP_AREAS="{town}"), False, ["GAP_AREAS", "{town}"], ["{d}/gaps.gpkg"])
case("estimate_table_is_input_layer", EST, {"INPUT": BUURTEN, "OUTPUT": "ogr:dbname='{town}' table=\"buurten\" (geom)"}, False, ["OUTPUT", "INPUT", "buurten"])
case("estimate_table_is_input_other_case", EST, {"INPUT": BUURTEN, "OUTPUT": "ogr:dbname='{town}' table=\"BUURTEN\" (geom)"}, False, ["OUTPUT", "buurten"])
case("estimate_symlink_to_input", EST, {"INPUT": BUURTEN, "OUTPUT": "{d}/link.gpkg"}, False, ["OUTPUT", "INPUT"],
     setup=lambda d, town: os.symlink(town, os.path.join(d, "link.gpkg")))
case("estimate_new_layer_in_input_file", EST, {"INPUT": BUURTEN, "OUTPUT": "ogr:dbname='{town}' table=\"dementie\" (geom)"}, True,
     outputs=["{town}"], check=lambda d, town: (untouched_layers(town), gpkg_clean(town, {"dementie"})))
case("walking_new_layer_in_input_file", "dementiafriendly:walkingaccess", dict(WALK, OUTPUT="ogr:dbname='{town}' table=\"lopen\" (geom)"), True,
     outputs=["{town}"], check=lambda d, town: (untouched_layers(town), gpkg_clean(town, {"lopen"})))
# Item 6: the report over a GeoPackage.
case("score_report_is_areas_file", "dementiafriendly:neighbourhoodscore", dict(SCORE, OUTPUT="{d}/score.gpkg", REPORT="{town}"), False,
     ["REPORT", "AREAS", "{town}"], ["{d}/score.gpkg"])
case("score_report_is_other_gpkg", "dementiafriendly:neighbourhoodscore", dict(SCORE, OUTPUT="{d}/score.gpkg", REPORT="{d}/other.gpkg"), False,
     ["REPORT", "{d}/other.gpkg", "buurten"], ["{d}/score.gpkg"], setup=lambda d, town: shutil.copy(town, os.path.join(d, "other.gpkg")))
case("score_report_is_output", "dementiafriendly:neighbourhoodscore", dict(SCORE, OUTPUT="{d}/score.gpkg", REPORT="{d}/score.gpkg"), False,
     ["REPORT", "OUTPUT", "{d}/score.gpkg"], ["{d}/score.gpkg"])
# Item 7: two outputs of one run in one place.
case("gaps_output_is_gap_areas", "dementiafriendly:meetingplacegaps", dict(GAPS, OUTPUT="{d}/gaps.gpkg", GAP_AREAS="{d}/gaps.gpkg"), False,
     ["OUTPUT", "GAP_AREAS", "{d}/gaps.gpkg"], ["{d}/gaps.gpkg"])
case("gaps_same_table", "dementiafriendly:meetingplacegaps", dict(GAPS, OUTPUT="ogr:dbname='{d}/g.gpkg' table=\"gaps\" (geom)", GAP_AREAS="ogr:dbname='{d}/g.gpkg' table=\"gaps\" (geom)"), False,
     ["OUTPUT", "GAP_AREAS", "gaps"], ["{d}/g.gpkg"])
case("gaps_two_tables_one_file", "dementiafriendly:meetingplacegaps", dict(GAPS, OUTPUT="ogr:dbname='{d}/g.gpkg' table=\"points\" (geom)", GAP_AREAS="ogr:dbname='{d}/g.gpkg' table=\"areas\" (geom)"), True,
     outputs=["{d}/g.gpkg"], check=lambda d, town: gpkg_clean(os.path.join(d, "g.gpkg"), {"points", "areas"}))
case("gaps_areas_shapefile_short_names", "dementiafriendly:meetingplacegaps", dict(GAPS, OUTPUT="{d}/gaps.gpkg", GAP_AREAS="{d}/areas.shp"), True,
     outputs=["{d}/gaps.gpkg", "{d}/areas.shp"], check=lambda d, town: (gpkg_clean(os.path.join(d, "gaps.gpkg")), os.path.isfile(os.path.join(d, "areas.dbf")) or (_ for _ in ()).throw(AssertionError("no areas.dbf"))))
# Item 3: a second run into the same layer, and into the same file.
case("estimate_twice_same_layer", EST, {"INPUT": BUURTEN, "OUTPUT": "ogr:dbname='{d}/same.gpkg' table=\"dem\" (geom)"}, True, outputs=["{d}/same.gpkg"], runs=2,
     check=lambda d, town: (gpkg_clean(os.path.join(d, "same.gpkg"), {"dem"}), count(os.path.join(d, "same.gpkg"), "dem") == count(SAMPLE, "buurten") or (_ for _ in ()).throw(AssertionError("feature count"))))
case("estimate_twice_same_file", EST, {"INPUT": BUURTEN, "OUTPUT": "{d}/same.gpkg"}, True, outputs=["{d}/same.gpkg"], runs=2,
     check=lambda d, town: gpkg_clean(os.path.join(d, "same.gpkg"), {"same"}))
case("catchments_twice_same_file", "dementiafriendly:catchments", dict(NET, TIMES="5", DISSOLVE="true", OUTPUT="{d}/c.gpkg"), True, outputs=["{d}/c.gpkg"], runs=2,
     check=lambda d, town: gpkg_clean(os.path.join(d, "c.gpkg"), {"c"}))
# Replacing a whole GeoPackage that holds other data.
case("estimate_over_foreign_gpkg", EST, {"INPUT": BUURTEN, "OUTPUT": "{d}/other.gpkg"}, False, ["OUTPUT", "{d}/other.gpkg", "wegen", "layername"],
     ["{d}/other.gpkg"], setup=lambda d, town: shutil.copy(town, os.path.join(d, "other.gpkg")))
case("estimate_over_corrupt_gpkg", EST, {"INPUT": BUURTEN, "OUTPUT": "{d}/bad.gpkg"}, False, ["OUTPUT", "{d}/bad.gpkg"],
     ["{d}/bad.gpkg"], setup=lambda d, town: write(os.path.join(d, "bad.gpkg"), b"SQLite format 3\x00" + b"\x13" * 5000))
# Item 4: TIMES bounded.
case("catchments_500_times", "dementiafriendly:catchments", dict(NET, TIMES=",".join(str(i + 1) for i in range(500)), OUTPUT="{d}/c.gpkg"), False,
     ["TIMES", "12"], ["{d}/c.gpkg"])
case("catchments_13_times", "dementiafriendly:catchments", dict(NET, TIMES=",".join(str(i + 1) for i in range(13)), OUTPUT="{d}/c.gpkg"), False,
     ["TIMES", "12"], ["{d}/c.gpkg"])
# Item 12: formats that cut field names.
case("estimate_shapefile", EST, {"INPUT": BUURTEN, "OUTPUT": "{d}/dem.shp"}, False, ["OUTPUT", "{d}/dem.shp", "10", "GeoPackage"], ["{d}/dem.shp"])
case("score_shapefile", "dementiafriendly:neighbourhoodscore", dict(SCORE, OUTPUT="{d}/score.shp"), False, ["OUTPUT", "GeoPackage"], ["{d}/score.shp"])
case("walking_dbf", "dementiafriendly:walkingaccess", dict(WALK, OUTPUT="{d}/walk.dbf"), False, ["OUTPUT", "GeoPackage"], ["{d}/walk.dbf"])
case("gaps_points_shapefile", "dementiafriendly:meetingplacegaps", dict(GAPS, OUTPUT="{d}/gaps.shp", GAP_AREAS="{d}/areas.gpkg"), False,
     ["OUTPUT", "GeoPackage"], ["{d}/gaps.shp", "{d}/areas.gpkg"])
# Other formats and places.
case("estimate_geojson", EST, {"INPUT": BUURTEN, "OUTPUT": "{d}/dem.geojson"}, True, outputs=["{d}/dem.geojson"],
     check=lambda d, town: os.path.getsize(os.path.join(d, "dem.geojson")) > 1000 or (_ for _ in ()).throw(AssertionError("empty geojson")))
case("estimate_temporary_output", EST, {"INPUT": BUURTEN, "OUTPUT": "TEMPORARY_OUTPUT"}, True)
case("estimate_missing_folder", EST, {"INPUT": BUURTEN, "OUTPUT": "{d}/nowhere/dem.gpkg"}, False, ["OUTPUT", "{d}/nowhere"], ["{d}/nowhere/dem.gpkg"])
case("estimate_output_is_folder", EST, {"INPUT": BUURTEN, "OUTPUT": "{d}/folder.gpkg"}, False, ["OUTPUT", "{d}/folder.gpkg"],
     setup=lambda d, town: os.mkdir(os.path.join(d, "folder.gpkg")))
case("estimate_readonly_file", EST, {"INPUT": BUURTEN, "OUTPUT": "{d}/ro.gpkg"}, False, ["OUTPUT", "{d}/ro.gpkg"], ["{d}/ro.gpkg"],
     setup=lambda d, town: (open(os.path.join(d, "ro.gpkg"), "w").close(), os.chmod(os.path.join(d, "ro.gpkg"), 0o444)))
case("estimate_readonly_folder", EST, {"INPUT": BUURTEN, "OUTPUT": "{d}/ro/dem.gpkg"}, False, ["OUTPUT", "{d}/ro"], ["{d}/ro/dem.gpkg"],
     setup=lambda d, town: (os.mkdir(os.path.join(d, "ro")), os.chmod(os.path.join(d, "ro"), 0o555)))
case("estimate_corrupt_input_is_output", EST, {"INPUT": "{d}/bad.gpkg|layername=buurten", "OUTPUT": "{d}/bad.gpkg"}, False, ["OUTPUT", "{d}/bad.gpkg"],
     ["{d}/bad.gpkg"], setup=lambda d, town: write(os.path.join(d, "bad.gpkg"), b"SQLite format 3\x00" + b"\x13" * 5000))
case("estimate_corrupt_input", EST, {"INPUT": "{d}/bad.gpkg|layername=buurten", "OUTPUT": "{d}/dem.gpkg"}, False, ["INPUT"],
     ["{d}/dem.gpkg"], setup=lambda d, town: write(os.path.join(d, "bad.gpkg"), b"SQLite format 3\x00" + b"\x13" * 5000))
case("estimate_unicode_name", EST, {"INPUT": BUURTEN, "OUTPUT": "{d}/dementie_ëü_城市 ß.gpkg"}, True, outputs=["{d}/dementie_ëü_城市 ß.gpkg"],
     check=lambda d, town: gpkg_clean(os.path.join(d, "dementie_ëü_城市 ß.gpkg")))
case("estimate_long_name", EST, {"INPUT": BUURTEN, "OUTPUT": "{d}/" + LONG + ".gpkg"}, True, outputs=["{d}/" + LONG + ".gpkg"],
     check=lambda d, town: gpkg_clean(os.path.join(d, LONG + ".gpkg")))
case("estimate_name_too_long", EST, {"INPUT": BUURTEN, "OUTPUT": "{d}/" + "y" * 300 + ".gpkg"}, False, ["OUTPUT"], [])
case("score_with_report", "dementiafriendly:neighbourhoodscore", dict(SCORE, OUTPUT="{d}/score.gpkg", REPORT="{d}/score.html"), True,
     outputs=["{d}/score.gpkg", "{d}/score.html"], check=lambda d, town: gpkg_clean(os.path.join(d, "score.gpkg")))


def killed_run():
    """A run killed while it writes leaves only a folder named *.incomplete; the next run replaces it."""
    d = os.path.join(WORK, "catchments_killed")
    os.makedirs(d)
    town = os.path.join(d, "town.gpkg")
    shutil.copy(SAMPLE, town)
    target = os.path.join(d, "c.gpkg")
    args = [QP, "run", "dementiafriendly:catchments", "--", "NETWORK={}|layername=wegen".format(town),
            "FACILITIES={}|layername=voorzieningen".format(town), "TIMES=5,10,15,20,25,30", "OUTPUT=" + target]
    p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    staged = os.path.join(d, "c.gpkg.OUTPUT.incomplete")
    deadline = time.time() + 60
    while time.time() < deadline and not os.path.isdir(staged) and p.poll() is None:
        time.sleep(0.05)
    time.sleep(0.3)
    p.kill()
    p.wait()
    problems = []
    if p.returncode == 0:
        return "catchments_killed", ["finished before it could be killed"], ""
    if os.path.exists(target):
        problems.append("a killed run left c.gpkg, which looks complete")
    if not os.path.isdir(staged):
        problems.append("a killed run left no recognisable {}".format(os.path.basename(staged)))
    return "catchments_killed", problems, ""


def main():
    cases = [c for c in CASES if not ONLY or ONLY.search(c["name"])]
    start = time.time()
    failures = 0
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [pool.submit(run_case, c) for c in cases]
        if not ONLY or ONLY.search("catchments_killed"):
            jobs.append(pool.submit(killed_run))
        for job in jobs:
            name, problems, text = job.result()
            if problems:
                failures += 1
                print("FAIL: {}: {}".format(name, "; ".join(problems)))
                print("      " + "\n      ".join(text.strip().splitlines()[-6:]))
            else:
                print("ok: " + name)
    print("{} case(s), {} failed, {:.0f} s".format(len(jobs), failures, time.time() - start))
    return 1 if failures else 0


sys.exit(main())
