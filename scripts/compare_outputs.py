#!/usr/bin/python3
"""Output identity guard for refactoring: the helper of scripts/compare_outputs.sh (see docs/architecture.md).

  compare_outputs.py run --plugins DIR --town GPKG --out DIR
      standalone PyQGIS: loads the plugin found in DIR/dementiafriendly (its Python bridge and library), runs every
      algorithm on the sample town with the cases of sampleTownCases() in tests/qgis/testsupport.cpp (and the three
      runs those cases read: the estimate per buurt and per cell, the neighbourhood score) and writes each output,
      made canonical, to OUT/dump.json.
  compare_outputs.py compare A/dump.json B/dump.json [--rel-tol X] [--max N]
      compares two dumps field by field and prints the first N differences; exit status 1 on any.

Canonical form: per vector output every layer of the GeoPackage (except QGIS's layer_styles), its fields (name,
type), CRS, feature count and per feature (in fid order) every attribute and the geometry as WKT with 6 decimals
(micrometres in the metric CRS of the sample town). Numbers are compared exactly (bit for bit, NaN equal to NaN)
unless --rel-tol is given. HTML and other file outputs, the style (.qml) and metadata (.qmd) written beside a GeoPackage
and the algorithms' result values (totals, counts) are compared line by line; the output folder's path is
replaced by a placeholder first, and
so are timestamps; XML is put in canonical form (Qt writes attributes in hash order).
"""
import argparse
import json
import math
import os
import re
import sys
from xml.etree import ElementTree


def cases(town, out, run):
    """The cases of sampleTownCases() (tests/qgis/testsupport.cpp); keep the two in step."""

    def layer(name):
        return town + "|layername=" + name

    buurten = run("estimatedementia", "buurt", {"INPUT": layer("buurten"), "OUTPUT": os.path.join(out, "buurt.gpkg")})
    cells = run("estimatedementia", "cel", {"INPUT": layer("vierkant100m"), "OUTPUT": os.path.join(out, "cel.gpkg")})
    facilities = {"NETWORK": layer("wegen"), "FACILITIES": layer("voorzieningen"), "CATEGORY_FIELD": "category",
                  "FACILITY_ID_FIELD": "poi_id"}
    demand = dict(facilities, DEMAND=cells["OUTPUT"], WEIGHT_FIELD="dem_home", ADDRESSES=layer("adressen"))
    score = dict(facilities, AREAS=buurten["OUTPUT"], ADDRESSES=layer("adressen"))
    scored = run("neighbourhoodscore", "score", dict(score, OUTPUT=os.path.join(out, "score.gpkg")))
    return {
        "estimatedementia": {"INPUT": layer("buurten")},
        "walkingaccess": dict(facilities, ORIGINS=layer("adressen")),
        "catchments": dict(facilities, TIMES="2", CATEGORY="pharmacy"),
        "coverage": dict(facilities, AREAS=buurten["OUTPUT"], ORIGINS=buurten["OUTPUT"], WEIGHT_FIELD="dem_home",
                         ADDRESSES=layer("adressen"), CATEGORY="meeting_place"),
        "neighbourhoodscore": score,
        "meetingplacegaps": dict(demand, LINK_DISTANCE=250),
        "sitemeetingplaces": dict(demand, CANDIDATES=layer("woningbouwlocaties"), CANDIDATE_ID_FIELD="name", K=3),
        "housingopportunities": dict(demand, SITES=layer("woningbouwlocaties"), SITE_ID_FIELD="name",
                                     URGENCY_AREAS=scored["OUTPUT"]),
    }


def plain(value):
    """An attribute or result value as JSON: numbers stay numbers (repr round-trips a double exactly)."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if isinstance(value, bool) or isinstance(value, int):
        return value
    if isinstance(value, float):
        return {"nan": True} if math.isnan(value) else value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in sorted(value.items())}
    if hasattr(value, "toString"):
        return value.toString()
    return str(value)


def dump_vector(path):
    from osgeo import ogr
    from qgis.core import QgsVectorLayer
    ds = ogr.Open(path)
    if ds is None:
        return {"error": "cannot open " + path}
    names = sorted(ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount()))
    ds = None
    layers = {}
    for name in names:
        if name == "layer_styles":
            continue
        layer = QgsVectorLayer(path + "|layername=" + name, name, "ogr")
        if not layer.isValid():
            layers[name] = {"error": "invalid layer"}
            continue
        fields = layer.fields()
        features = []
        for f in sorted(layer.getFeatures(), key=lambda f: f.id()):
            g = f.geometry()
            features.append({"fid": f.id(),
                             "attributes": {fields.at(i).name(): plain(f.attribute(i)) for i in range(fields.count())},
                             "geometry": None if g.isNull() else g.asWkt(6)})
        layers[name] = {"crs": layer.crs().authid(), "wkb_type": layer.wkbType(),
                        "fields": [[fd.name(), fd.typeName()] for fd in fields],
                        "count": layer.featureCount(), "features": features}
    return {"layers": layers}


TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?")


def canonical_xml(text):
    """C14N 2.0 (attributes sorted), also of XML held in attribute values (QGIS stores symbols that way)."""
    root = ElementTree.fromstring(text)
    for element in root.iter():
        for key, value in element.attrib.items():
            if value.startswith("<"):
                try:
                    element.set(key, canonical_xml(value))
                except ElementTree.ParseError:
                    pass
    return ElementTree.canonicalize(ElementTree.tostring(root, encoding="unicode"), strip_text=True)


def dump_text(path, out):
    """A text output's lines. XML (.qml, .qmd) in canonical form first: Qt writes attributes in hash order, which
    changes from run to run. The output folder's path and timestamps (the metadata's "made on") are replaced."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError as e:
        return {"error": str(e)}
    if path.endswith((".qml", ".qmd")):
        try:
            text = canonical_xml(text).replace("><", ">\n<")
        except ElementTree.ParseError as e:
            return {"error": "not XML: {}".format(e)}
    return {"lines": TIMESTAMP.sub("<TIME>", text.replace(out, "<OUT>")).splitlines()}


def do_run(args):
    os.makedirs(args.out, exist_ok=True)
    out = os.path.abspath(args.out)
    town = os.path.abspath(args.town)
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    sys.path.insert(0, os.path.abspath(args.plugins))
    from processing.core.Processing import Processing
    Processing.initialize()
    import dementiafriendly
    dementiafriendly.register()
    print("plugin:", os.path.abspath(dementiafriendly.__file__))
    import processing
    registry = QgsApplication.processingRegistry()
    dump = {}

    def run(name, tag, params):
        alg = registry.algorithmById("dementiafriendly:" + name)
        if alg is None:
            sys.exit("no algorithm dementiafriendly:" + name)
        params = dict(params)
        files = {}
        for d in alg.destinationParameterDefinitions():
            if d.name() not in params:
                ext = "html" if d.type() == "fileDestination" else "gpkg"
                params[d.name()] = os.path.join(out, "out_{}_{}_{}.{}".format(name, d.name(), tag, ext))
            files[d.name()] = (d.type(), params[d.name()])
        feedback = QgsProcessingFeedback()
        context = QgsProcessingContext()
        result = processing.run("dementiafriendly:" + name, params, feedback=feedback, context=context)
        entry = {"results": {k: (v.replace(out, "<OUT>") if isinstance(v, str) else plain(v))
                             for k, v in sorted(result.items())}}
        for pname, (ptype, path) in sorted(files.items()):
            if ptype == "fileDestination":
                entry[pname] = dump_text(path, out)
            else:
                entry[pname] = dump_vector(path)
                # The style and metadata the plugin writes beside the GeoPackage.
                for side in (".qml", ".qmd"):
                    if os.path.exists(os.path.splitext(path)[0] + side):
                        entry[pname + side] = dump_text(os.path.splitext(path)[0] + side, out)
        dump["{}[{}]".format(name, tag)] = entry
        print("ran", name, tag)
        return result

    for name, params in sorted(cases(town, out, run).items()):
        run(name, "case", params)
    with open(os.path.join(out, "dump.json"), "w", encoding="utf-8") as f:
        json.dump(dump, f, indent=0, sort_keys=True)
    app.exitQgis()


def equal(a, b, rel_tol):
    if isinstance(a, float) and isinstance(b, float) and rel_tol:
        return math.isclose(a, b, rel_tol=rel_tol, abs_tol=1e-300)
    if type(a) is not type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float))
                                       and not isinstance(a, bool) and not isinstance(b, bool)):
        return False
    return a == b


def walk(a, b, where, rel_tol, diffs):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b), key=str):
            if k not in a or k not in b:
                diffs.append("{}/{}: only in {}".format(where, k, "A" if k in a else "B"))
            else:
                walk(a[k], b[k], "{}/{}".format(where, k), rel_tol, diffs)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            diffs.append("{}: {} items in A, {} in B".format(where, len(a), len(b)))
        for i, (x, y) in enumerate(zip(a, b)):
            walk(x, y, "{}[{}]".format(where, i), rel_tol, diffs)
    elif not equal(a, b, rel_tol):
        diffs.append("{}: A {!r} != B {!r}".format(where, a, b))


def do_compare(args):
    with open(args.a, encoding="utf-8") as f:
        a = json.load(f)
    with open(args.b, encoding="utf-8") as f:
        b = json.load(f)
    diffs = []
    walk(a, b, "", args.rel_tol, diffs)
    runs = len(set(a) | set(b))
    values = sum(1 for _ in _leaves(a))
    if diffs:
        print("DIFFERENT: {} differences in {} runs ({} values in A); the first {}:".format(
            len(diffs), runs, values, min(len(diffs), args.max)))
        for d in diffs[:args.max]:
            print("  " + (d if len(d) <= 400 else d[:400] + " ..."))
        return 1
    print("IDENTICAL: {} runs, {} values compared ({})".format(
        runs, values, "relative tolerance {}".format(args.rel_tol) if args.rel_tol else "numbers exactly"))
    return 0


def _leaves(x):
    if isinstance(x, dict):
        for v in x.values():
            yield from _leaves(v)
    elif isinstance(x, list):
        for v in x:
            yield from _leaves(v)
    else:
        yield x


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("--plugins", required=True, help="folder holding dementiafriendly/ (bridge and library)")
    r.add_argument("--town", required=True)
    r.add_argument("--out", required=True)
    c = sub.add_parser("compare")
    c.add_argument("a")
    c.add_argument("b")
    c.add_argument("--rel-tol", type=float, default=0.0, help="relative tolerance for numbers (default: exact)")
    c.add_argument("--max", type=int, default=20, help="how many differences to print")
    args = parser.parse_args()
    if args.command == "run":
        do_run(args)
        return 0
    return do_compare(args)


if __name__ == "__main__":
    sys.exit(main())
