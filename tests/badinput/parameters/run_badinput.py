#!/usr/bin/python3
"""badinput.parameters: every algorithm of the plugin fed bad input through qgis_process (issue 11).

Usage: run_badinput.py BUILD_DIR SOURCE_DIR SAMPLE_GPKG [GROUP ...]

Each case runs qgis_process.bin in a throw-away profile (the plugin installed from BUILD_DIR, or with
DF_TEST_INSTALLED=1 the installed Debian package only switched on) and asserts:
  - the exit status: non-zero for input that must be refused, 0 for input that must be used with a warning;
    never a signal (a crash), never a time-out;
  - no input changed: every input lives in a copy in the profile root, hashed (sha256) before and after;
  - no output left behind when the run failed;
  - the message names what it must (the parameter, the layer, the value, what to do), and never a text it
    must not ("18446744071562067968", "nan m", ...).
Cases run three at a time (most of a run is qgis_process starting up). DF_KEEP_TMP=1 keeps the root; DF_BADINPUT_ONLY=regex runs
only the cases whose name matches.
"""

import concurrent.futures
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # Debian's /usr/bin/qgis_process wrapper is broken on 3.22

BUILD, SRC, SAMPLE = (os.path.abspath(a) for a in sys.argv[1:4])
GROUPS = set(sys.argv[4:])
REAL = os.path.join(SRC, "tests", "data", "real")
KEEP = os.environ.get("DF_KEEP_TMP") == "1"
ONLY = os.environ.get("DF_BADINPUT_ONLY")

ROOT = tempfile.mkdtemp(prefix="df-badinput.")
IN = os.path.join(ROOT, "in")
OUT = os.path.join(ROOT, "out")
LOG = os.path.join(ROOT, "log")
for d in (IN, OUT, LOG, os.path.join(ROOT, "xdg"), os.path.join(ROOT, "home")):
    os.makedirs(d)
os.chmod(os.path.join(ROOT, "xdg"), 0o700)


def die(message):
    print("FAIL: " + message, file=sys.stderr)
    print("(kept %s)" % ROOT, file=sys.stderr)
    sys.exit(1)


def sh(*command):
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        die("%s failed:\n%s" % (" ".join(command), result.stdout))


# --- the profile ---------------------------------------------------------------------------------------------
if os.environ.get("DF_TEST_INSTALLED") == "1":
    if not os.path.isfile("/usr/lib/qgis/plugins/libdementiafriendlyplugin.so"):
        die("DF_TEST_INSTALLED=1 but the package is not installed")
    sh("/usr/bin/env", "QT_QPA_PLATFORM=offscreen", "/usr/bin/python3",
       os.path.join(SRC, "scripts", "enable_plugin.py"), os.path.join(ROOT, "profiles/default/QGIS/QGIS3.ini"))
else:
    sh("bash", os.path.join(SRC, "scripts", "install_plugin.sh"), BUILD, ROOT)
    override = os.environ.get("DF_BADINPUT_PLUGIN_SO")  # to show a case fails on an older build
    if override:
        shutil.copy(override, os.path.join(ROOT, "profiles/default/python/plugins/dementiafriendly",
                                           "libdementiafriendlyplugin.so"))

ENV = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=ROOT, QT_QPA_PLATFORM="offscreen",
           XDG_RUNTIME_DIR=os.path.join(ROOT, "xdg"), HOME=os.path.join(ROOT, "home"), LC_ALL="C.UTF-8")

# --- inputs: copies, and fixtures made from them with ogr2ogr ---------------------------------------------------
def settle(path):
    """GDAL, opening a GeoPackage for update as QGIS does for every layer it loads from a path, rewrites triggers
    that older GDAL versions wrote wrongly (rtree_<t>_geom_update3, gpkg_metadata_reference_column_name_update):
    the real extracts change by merely being loaded, and a file in WAL mode (the Ermelo extract) is left in
    rollback-journal mode. That happens before and after the plugin sees the layer, so the copies are brought
    into that state once before they are hashed; what is checked is that the runs change nothing more."""
    try:
        from osgeo import ogr
        ogr.Open(path, 1)
    except ImportError:
        pass
    sh("sqlite3", path, "PRAGMA journal_mode=DELETE;")


T = os.path.join(IN, "voorbeeldstad.gpkg")
shutil.copy(SAMPLE, T)
DRACHTEN = os.path.join(IN, "fietstelweek-2016-drachten-edges.gpkg")
shutil.copy(os.path.join(REAL, "fietstelweek-2016-drachten-edges.gpkg"), DRACHTEN)
ERMELO = os.path.join(IN, "cbs-vierkant-100m-ermelo-wrong-crs-label.gpkg")
shutil.copy(os.path.join(REAL, "cbs-vierkant-100m-ermelo-wrong-crs-label.gpkg"), ERMELO)
F = os.path.join(IN, "fixtures.gpkg")
LONG_LAYER = "wegen_" + "x" * 200
LONG_FIELD = "bewoners_" + "y" * 120


def fixture(name, sql, *extra, source=T, target=F):
    command = ["ogr2ogr", "-f", "GPKG", target, source, "-nln", name, "-dialect", "sqlite", "-sql", sql]
    if os.path.exists(target):
        command.insert(1, "-update")
    sh(*command, *extra)


def make_fixtures():
    cases = "CASE WHEN fid = 1 THEN {a} WHEN fid = 2 THEN {b} WHEN fid = 3 THEN {c} ELSE {d} END"
    # Demand weights: text a broken export writes, numbers that add up to infinity, every CBS code.
    fixture("demand_text", "SELECT geom, " + cases.format(a="'inf'", b="'1e308'", c="'nan'", d="'1'") +
            " AS w FROM adressen")
    fixture("demand_huge", "SELECT geom, CAST(" + cases.format(a="1e308", b="1e308", c="1e308", d="1") +
            " AS REAL) AS w FROM adressen")
    fixture("demand_sum", "SELECT geom, CAST(1e12 AS REAL) AS w FROM adressen")
    codes = "CASE fid % 8 WHEN 1 THEN -99995 WHEN 2 THEN -99996 WHEN 3 THEN -99997 WHEN 4 THEN -99998 " \
            "WHEN 5 THEN -99999999 WHEN 6 THEN -1 ELSE 1 END"
    fixture("demand_secret", "SELECT geom, CAST(" + codes + " AS INTEGER) AS w FROM adressen")
    # Buurten whose 65+ share is text: inf, 1e308, nan.
    fixture("buurten_text", "SELECT *, " + cases.format(a="'inf'", b="'1e308'", c="'nan'", d="'20'") +
            " AS pct65 FROM buurten")
    fixture("buurten_inf", "SELECT geom, buurtcode, buurtnaam, " +
            cases.format(a="'1e308'", b="'inf'", c="'-99997'", d="CAST(aantal_inwoners AS TEXT)") +
            " AS aantal_inwoners, percentage_personen_65_jaar_en_ouder FROM buurten")
    fixture("buurten_dem", "SELECT *, " + cases.format(a="'1e308'", b="'inf'", c="'nan'", d="'12'") +
            " AS dem_home FROM buurten")
    # Empty, geometry-less, invalid, curved and Z/M layers.
    fixture("voorzieningen_empty", "SELECT * FROM voorzieningen WHERE 0")
    fixture("wegen_empty", "SELECT * FROM wegen WHERE 0")
    fixture("buurten_nogeom", "SELECT buurtcode, aantal_inwoners FROM buurten", "-nlt", "NONE")
    fixture("buurten_bowtie", "SELECT buurtcode, aantal_inwoners, percentage_personen_65_jaar_en_ouder, "
            "ST_GeomFromText('POLYGON((150000 460000, 151000 461000, "
            "151000 460000, 150000 461000, 150000 460000))', 28992) AS geom FROM buurten",
            "-nlt", "POLYGON", "-a_srs", "EPSG:28992")
    fixture("wegen_curved", "SELECT geom FROM wegen", "-nlt", "CONVERT_TO_CURVE")
    fixture("wegen_zm", "SELECT geom FROM wegen", "-dim", "XYZM")
    # CRS: RD New labelled Web Mercator and UTM 31N; unicode and very long names.
    fixture("wegen_3857_label", "SELECT * FROM wegen", "-a_srs", "EPSG:3857")
    fixture("adressen_32631_label", "SELECT * FROM adressen", "-a_srs", "EPSG:32631")
    fixture("wegen_ünïcødé_街道", "SELECT * FROM wegen")
    fixture(LONG_LAYER, "SELECT * FROM wegen")
    fixture("adressen_long_field", "SELECT geom, bewoners AS " + LONG_FIELD + " FROM adressen")
    # A network without any CRS: a Shapefile without .prj.
    sh("ogr2ogr", "-f", "ESRI Shapefile", os.path.join(IN, "wegen_nocrs.shp"), T, "wegen")
    os.remove(os.path.join(IN, "wegen_nocrs.prj"))


make_fixtures()
for name in os.listdir(IN):
    if name.endswith(".gpkg"):
        settle(os.path.join(IN, name))


def layer(name, path=F):
    return "%s|layername=%s" % (path, name)


NET = "NETWORK=" + layer("wegen", T)
FAC = ["FACILITIES=" + layer("voorzieningen", T), "CATEGORY_FIELD=category", "FACILITY_ID_FIELD=poi_id"]
ADDR = "ADDRESSES=" + layer("adressen", T)
BUURT = layer("buurten", T)


def sites(*extra, demand=None, weight="bewoners"):
    return ["dementiafriendly:sitemeetingplaces", NET, *FAC,
            "DEMAND=" + (demand or layer("adressen", T)), "WEIGHT_FIELD=" + weight,
            "CANDIDATES=" + layer("woningbouwlocaties", T), *extra]


def walking(*extra, network=NET, origins=None):
    return ["dementiafriendly:walkingaccess", network, "ORIGINS=" + (origins or layer("adressen", T)),
            *FAC, *extra]


def catchments(*extra, network=NET):
    return ["dementiafriendly:catchments", network, *FAC, *extra]


def coverage(*extra, origins=None, weight=None):
    return ["dementiafriendly:coverage", NET, "AREAS=" + BUURT, "ORIGINS=" + (origins or layer("adressen", T)),
            *(["WEIGHT_FIELD=" + weight] if weight else []), *FAC, "CATEGORY=meeting_place", *extra]


def gaps(*extra, demand=None, weight="bewoners"):
    return ["dementiafriendly:meetingplacegaps", NET, "DEMAND=" + (demand or layer("adressen", T)),
            "WEIGHT_FIELD=" + weight, *FAC, *extra]


def estimate(*extra, source=BUURT):
    return ["dementiafriendly:estimatedementia", "INPUT=" + source, *extra]


def score(*extra):
    return ["dementiafriendly:neighbourhoodscore", "AREAS=" + BUURT, NET, ADDR, *FAC, *extra]


def housing(*extra, demand=None, weight="bewoners"):
    return ["dementiafriendly:housingopportunities", NET, *FAC, "SITES=" + layer("woningbouwlocaties", T),
            "DEMAND=" + (demand or layer("adressen", T)), "WEIGHT_FIELD=" + weight, *extra]


FAILS, WORKS = "fails", "works"

# name, item, expectation, qgis_process arguments, texts that must appear (regex, case-insensitive),
# texts that must not.
CASES = [
    # Item 1: FRONTAGE=nan reached the GEOS buffer and crashed.
    ("catchments_frontage_nan", "1", FAILS, catchments("FRONTAGE=nan"), [r"FRONTAGE", r"\bnan\b"], []),
    ("catchments_frontage_inf", "9", FAILS, catchments("FRONTAGE=inf"), [r"FRONTAGE", r"\binf\b"], []),
    # Item 2: demand weights that add up to infinity crashed the max-cover kernel.
    ("sites_weights_text_inf_1e308", "2/10", WORKS, sites(demand=layer("demand_text"), weight="w"),
     [r"left out: not a number \(field \"w\"\)", r"left out: impossible value \(field \"w\"\)"], [r"\binf\b %"]),
    ("sites_weights_three_1e308", "2/10", WORKS, sites(demand=layer("demand_huge"), weight="w"),
     [r"3 origin\(s\) in \"demand_huge\" left out: impossible value \(field \"w\"\)"], []),
    ("sites_weights_sum_overflow", "2", FAILS, sites(demand=layer("demand_sum"), weight="w"),
     [r"demand_sum", r"field \"w\"", r"add up to more than 1e\+15", r"WEIGHT_FIELD"], []),
    ("housing_weights_sum_overflow", "2/14", FAILS, housing(demand=layer("demand_sum"), weight="w"),
     [r"demand_sum", r"field \"w\"", r"add up to more than"], [r"Could not write feature into OUTPUT$"]),
    ("gaps_weights_text", "10", WORKS, gaps(demand=layer("demand_text"), weight="w"),
     [r"not a number", r"impossible value"], [r"\bnan\b %"]),
    ("score_need_text_inf_1e308", "10", WORKS,
     ["dementiafriendly:neighbourhoodscore", "AREAS=" + layer("buurten_dem"), NET, ADDR, *FAC,
      "DEMENTIA_FIELD=dem_home"],
     [r"need value\(s\) in \"buurten_dem\" left out: impossible value \(field \"dem_home\"\)",
      r"left out: not a number \(field \"dem_home\"\)"], [r"MEAN_FRIENDLY:\s*(nan|inf)"]),
    ("coverage_weights_text", "10", WORKS, coverage(origins=layer("demand_text"), weight="w"),
     [r"left out: not a number", r"left out: impossible value"], [r"SHARE:\s*nan", r"\bnan\b %"]),
    ("housing_weights_text", "10", WORKS, housing(demand=layer("demand_text"), weight="w"),
     [r"left out: not a number \(field \"w\"\)", r"left out: impossible value \(field \"w\"\)"],
     [r"Criteria left out[^\n]*need_(?!alone)"]),
    # CBS secrecy and absence codes: counted, never population.
    ("sites_cbs_codes", "10", WORKS, sites(demand=layer("demand_secret"), weight="w"),
     [r"left out: secret \(CBS secrecy code\) \(field \"w\"\)", r"left out: not published \(CBS\) \(field \"w\"\)",
      r"left out: negative \(field \"w\"\)"], []),
    ("coverage_cbs_codes", "10", WORKS, coverage(origins=layer("demand_secret"), weight="w"),
     [r"left out: secret", r"left out: not published"], []),
    ("estimate_text_inf_counts", "10", WORKS,
     estimate(source=layer("buurten_inf")), [r"impossible value", r"not a number", r"secret"],
     [r"TOTAL_DEMENTIA:\s*(inf|nan)"]),
    # Item 8: Web Mercator without EPSG code; RD New labelled Web Mercator.
    ("catchments_drachten_mercator_no_code", "8", FAILS,
     catchments(network="NETWORK=" + DRACHTEN + "|layername=edges"),
     [r"\"edges\" \(NETWORK\)", r"\+proj=merc", r"EPSG:28992", r"Reproject"], []),
    ("walking_rd_labelled_3857", "8/11", FAILS, walking(network="NETWORK=" + layer("wegen_3857_label")),
     [r"wegen_3857_label", r"EPSG:3857", r"EPSG:28992", r"set the layer's CRS"], []),
    # Item 11: RD New origins labelled UTM 31N: a warning that names the layer, its CRS and EPSG:28992.
    ("walking_origins_labelled_32631", "11", WORKS, walking(origins=layer("adressen_32631_label")),
     [r"adressen_32631_label", r"EPSG:32631", r"EPSG:28992"], []),
    ("estimate_ermelo_wrong_label", "11", WORKS, estimate(source=ERMELO + "|layername=CBS_statistiek"),
     [r"EPSG:3857", r"EPSG:28992", r"probably wrong"], []),
    # Item 9: NaN, infinity, huge and negative numbers for every kind of numeric parameter.
    ("walking_speed_nan", "9", FAILS, walking("WALK_SPEED=nan"), [r"WALK_SPEED", r"\bnan\b", r"0\.1 to 3"], []),
    ("walking_speed_huge", "9", FAILS, walking("WALK_SPEED=1e308"), [r"WALK_SPEED"], []),
    ("walking_max_distance_nan", "9", FAILS, walking("MAX_DISTANCE=nan"), [r"MAX_DISTANCE", r"\bnan\b"], []),
    ("walking_snap_nan", "9", FAILS, walking("SNAP_DISTANCE=nan"), [r"SNAP_DISTANCE", r"\bnan\b"],
     [r"more than nan m"]),
    ("walking_snap_inf", "9", FAILS, walking("SNAP_DISTANCE=inf"), [r"SNAP_DISTANCE", r"\binf\b"], []),
    ("walking_snap_negative", "9", FAILS, walking("SNAP_DISTANCE=-5"), [r"SNAP_DISTANCE"], []),
    ("walking_tolerance_minus_inf", "9", FAILS, walking("TOLERANCE=-inf"), [r"TOLERANCE"], []),
    ("coverage_max_time_nan", "9", FAILS, coverage("MAX_TIME=nan"), [r"MAX_TIME", r"\bnan\b"], []),
    ("coverage_target_nan", "9/14", FAILS, coverage("TARGET=nan"), [r"TARGET", r"%", r"\bnan\b"], []),
    ("sites_target_150", "14", FAILS, sites("TARGET=150"), [r"TARGET"], [r"between 0 and 1"]),
    ("sites_k_nan", "9", FAILS, sites("K=nan"), [r"\bK\b", r"\bnan\b"], [r"18446744071562067968"]),
    ("sites_k_fraction", "9", FAILS, sites("K=2.5"), [r"\bK\b", r"2\.5"], []),
    ("gaps_link_distance_nan", "9/14", FAILS, gaps("LINK_DISTANCE=nan"), [r"LINK_DISTANCE", r"\bnan\b"], []),
    ("gaps_min_gap_weight_inf", "9/14", FAILS, gaps("MIN_GAP_WEIGHT=inf"), [r"MIN_GAP_WEIGHT", r"\binf\b"], []),
    ("estimate_home_share_nan", "9", FAILS, estimate("HOME_SHARE=nan"), [r"HOME_SHARE", r"\bnan\b"], []),
    ("estimate_projection_factor_inf", "9", FAILS, estimate("PROJECTION_FACTOR=inf"),
     [r"PROJECTION_FACTOR", r"\binf\b"], []),
    ("estimate_trend_minus_inf", "9", FAILS, estimate("TREND_PER_DECADE=-inf"), [r"TREND_PER_DECADE"], []),
    ("score_walk_speed_nan", "9", FAILS, score("WALK_SPEED=nan"), [r"WALK_SPEED", r"\bnan\b"], []),
    ("housing_snap_nan", "9", FAILS, housing("SNAP_DISTANCE=nan"), [r"SNAP_DISTANCE", r"\bnan\b"], []),
    # Item 14: messages that name the parameter or layer, the value and what to do.
    ("catchments_times_decimal_comma", "14", FAILS, catchments("TIMES=7,5"),
     [r"TIMES", r"7,5", r"7\.5"], []),
    ("walking_point_layer_as_network", "14", FAILS, walking(network="NETWORK=" + layer("adressen", T)),
     [r"adressen", r"point layer", r"line"], [r"7,403 line\(s\)"]),
    ("walking_network_without_crs", "14", WORKS,
     walking(network="NETWORK=" + os.path.join(IN, "wegen_nocrs.shp")), [r"wegen_nocrs", r"no CRS", r"assign"],
     [r"Reproject the street"]),
    # Empty and geometry-less layers, broken geometries.
    ("catchments_facilities_empty", "-", FAILS,
     ["dementiafriendly:catchments", NET, "FACILITIES=" + layer("voorzieningen_empty")],
     [r"voorzieningen_empty"], []),
    ("walking_network_empty", "-", FAILS, walking(network="NETWORK=" + layer("wegen_empty")),
     [r"wegen_empty"], []),
    ("coverage_areas_without_geometry", "-", FAILS,
     ["dementiafriendly:coverage", NET, "AREAS=" + layer("buurten_nogeom"), "ORIGINS=" + layer("adressen", T),
      *FAC], [r"buurten_nogeom"], []),
    ("estimate_bowtie_areas", "-", WORKS, estimate(source=layer("buurten_bowtie")), [], []),
    ("walking_curved_network", "-", WORKS, walking(network="NETWORK=" + layer("wegen_curved")), [], []),
    ("walking_zm_network", "-", WORKS, walking(network="NETWORK=" + layer("wegen_zm")), [], []),
    # Unicode and very long layer and field names.
    ("walking_unicode_network_name", "-", WORKS, walking(network="NETWORK=" + layer("wegen_ünïcødé_街道")),
     [r"wegen_ünïcødé_街道"], []),
    ("walking_long_network_name", "-", FAILS, walking("WALK_SPEED=nan", network="NETWORK=" + layer(LONG_LAYER)),
     [r"WALK_SPEED"], []),
    ("sites_long_weight_field", "-", WORKS, sites(demand=layer("adressen_long_field"), weight=LONG_FIELD), [], []),
]


def digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def input_hashes():
    return {name: digest(os.path.join(IN, name)) for name in sorted(os.listdir(IN))}


def run_case(case):
    name, item, expect, args, must, must_not = case
    out = os.path.join(OUT, name)
    os.makedirs(out)
    alg, params = args[0], list(args[1:])
    destinations = ["OUTPUT=" + os.path.join(out, "output.gpkg")]
    if alg.endswith("meetingplacegaps"):
        destinations.append("GAP_AREAS=" + os.path.join(out, "gap_areas.gpkg"))
    if alg.endswith("neighbourhoodscore"):
        destinations.append("REPORT=" + os.path.join(out, "report.html"))
    command = [QGIS_PROCESS, "run", alg, "--", *params, *destinations]
    started = time.monotonic()
    try:
        result = subprocess.run(command, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        rc, text = result.returncode, result.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        rc, text = None, (e.stdout or b"").decode("utf-8", "replace")
    seconds = time.monotonic() - started
    with open(os.path.join(LOG, name + ".log"), "w") as f:
        f.write(" ".join(command) + "\n\n" + text)
    problems = []
    if rc is None:
        problems.append("timed out after 120 s")
    elif rc < 0:
        problems.append("killed by signal %d (a crash)" % -rc)
    elif expect == FAILS and rc == 0:
        problems.append("exit status 0, expected a refusal")
    elif expect == WORKS and rc != 0:
        problems.append("exit status %d, expected it to run (with warnings)" % rc)
    if rc != 0:
        left = [f for f in os.listdir(out)]
        if left:
            problems.append("output left behind after the failure: %s" % ", ".join(left))
    # The message itself, without the command line qgis_process echoes in its inputs section.
    message = re.sub(r"(?m)^Inputs\n(.*\n)*?\n", "", text)
    for pattern in must:
        if not re.search(pattern, message, re.IGNORECASE):
            problems.append("the message does not say /%s/" % pattern)
    for pattern in must_not:
        if re.search(pattern, message, re.IGNORECASE | re.MULTILINE):
            problems.append("the message says /%s/" % pattern)
    return name, item, rc, seconds, problems, text


def main():
    cases = [c for c in CASES if (not ONLY or re.search(ONLY, c[0])) and (not GROUPS or c[1] in GROUPS)]
    before = input_hashes()
    started = time.monotonic()
    failures = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        for name, item, rc, seconds, problems, text in pool.map(run_case, cases):
            if problems:
                failures += 1
                print("FAIL: %s (item %s, exit %s, %.1f s): %s" % (name, item, rc, seconds, "; ".join(problems)))
                tail = [l for l in text.splitlines() if l.strip()][-12:]
                print("      " + "\n      ".join(tail))
            else:
                print("ok: %s (item %s, exit %s, %.1f s)" % (name, item, rc, seconds))
    after = input_hashes()
    changed = [n for n in before if before[n] != after.get(n)]
    if changed:
        failures += 1
        print("FAIL: inputs changed by the runs: %s" % ", ".join(changed))
    print("%d case(s), %d failed, %.0f s" % (len(cases), failures, time.monotonic() - started))
    if failures or KEEP:
        print("(kept %s)" % ROOT)
    else:
        shutil.rmtree(ROOT)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
