#!/usr/bin/python3
"""headless.model: the shipped Processing model models/dementiafriendly_analysis.model3 in standalone PyQGIS.

Usage: test_model.py BUILD_DIR SOURCE_DIR SAMPLE_GPKG
Installs the built plugin into a throw-away profile (scripts/install_plugin.sh, as tests/lib/throwaway_profile.sh
does) and checks: the install put the model into <plugin folder>/models/, identical to the source tree's; the file is
what models/make_model.py writes now (not stale); it loads with QgsProcessingModelAlgorithm.fromFile, has the inputs
and outputs docs/model.md lists, chains estimate -> access -> score -> overlays and is valid; copied into the
profile's processing/models folder it appears in QGIS's Models provider. Then it runs the model with processing.run on
the sample town (woningbouwlocaties as candidate meeting-place sites and as housing sites), every output to a
temporary folder, and checks every output: it exists, is not empty, the score has friendly and urgency, the housing
sites rank and explanation, the gap areas and new sites have features, the HTML report is HTML. Prints the run time.
Runs in a throw-away QGIS profile and temp dir (kept after a failure or with DF_KEEP_TMP=1).
"""
import filecmp
import json
import os
import shutil
import subprocess
import sys
import time

import dfheadless
from dfheadless import FAILURES, check

MODEL = "dementiafriendly_analysis.model3"
MODEL_NAME = "Dementia-friendly neighbourhood analysis"
MODEL_GROUP = "Dementia-friendly neighbourhoods"
# model input -> (parameter type, sample layer or value)
INPUTS = {
    "buurten": ("source", "buurten"),
    "street_network": ("source", "wegen"),
    "addresses": ("source", "adressen"),
    "facilities": ("source", "voorzieningen"),
    "facility_kind_field": ("field", "category"),
    "candidate_sites": ("source", "woningbouwlocaties"),
    "housing_sites": ("source", "woningbouwlocaties"),
    "new_meeting_places": ("number", 3),
}
# model output -> (parameter type, file name, fields it must have, must have features)
OUTPUTS = {
    "estimatedementia:People with dementia per buurt": ("sink", "dementia_per_buurt.gpkg", ("dem_est", "dem_home")),
    "walkingaccess:Walking access per address": ("sink", "walking_per_address.gpkg",
                                                 ("meeting_place_m", "meeting_place_min")),
    "neighbourhoodscore:Neighbourhood score": ("sink", "neighbourhood_score.gpkg", ("friendly", "urgency")),
    "neighbourhoodscore:HTML report": ("fileDestination", "neighbourhood_score.html", ()),
    "meetingplacegaps:Gap points": ("sink", "gap_points.gpkg", ("gap_weight",)),
    "meetingplacegaps:Gap areas": ("sink", "gap_areas.gpkg", ("gap_id", "gap_weight")),
    "sitemeetingplaces:New meeting-place sites": ("sink", "new_meeting_places.gpkg", ()),
    "housingopportunities:Housing opportunity sites": ("sink", "housing_opportunities.gpkg", ("rank", "explanation")),
}
# child -> the children it must run after
ORDER = {
    "estimatedementia": set(),
    "walkingaccess": {"estimatedementia"},
    "neighbourhoodscore": {"estimatedementia", "walkingaccess"},
    "meetingplacegaps": {"estimatedementia", "walkingaccess", "neighbourhoodscore"},
    "sitemeetingplaces": {"estimatedementia", "walkingaccess", "neighbourhoodscore"},
    "housingopportunities": {"estimatedementia", "walkingaccess", "neighbourhoodscore"},
}

if len(sys.argv) != 4:
    sys.exit(__doc__)
BUILD, SRC, SAMPLE = (os.path.abspath(a) for a in sys.argv[1:4])
TMP = dfheadless.begin("df-model.", "model")
ROOT = os.path.join(TMP, "profile")
OUT = os.path.join(TMP, "out")
PLUGINS = dfheadless.plugins_dir(ROOT)


# --- install into the throw-away profile (before QGIS starts: it reads the profile at start) ----------------------
dfheadless.require_sample(SAMPLE)
os.makedirs(OUT)
dfheadless.install_plugin(BUILD, SRC, ROOT)
SOURCE_MODEL = os.path.join(SRC, "models", MODEL)
INSTALLED_MODEL = os.path.join(PLUGINS, "dementiafriendly", "models", MODEL)
if check(os.path.isfile(INSTALLED_MODEL), "the install put the model into " + os.path.dirname(INSTALLED_MODEL)):
    check(filecmp.cmp(INSTALLED_MODEL, SOURCE_MODEL, shallow=False), "the installed model is the source tree's")
# Where QGIS desktop looks for the user's models (docs/model.md): the profile's processing/models folder.
USER_MODELS = os.path.join(ROOT, "profiles", "default", "processing", "models")
os.makedirs(USER_MODELS)
shutil.copy(SOURCE_MODEL, USER_MODELS)

dfheadless.isolate(ROOT)
os.environ["QT_HASH_SEED"] = "0"  # as models/make_model.py: the model file's XML attribute order

from qgis.core import (Qgis, QgsApplication, QgsProcessingContext, QgsProcessingFeedback,  # noqa: E402
                       QgsProcessingModelAlgorithm, QgsVectorLayer)


def model_summary(model):
    """What a model does, independent of the QGIS release that wrote its file: as JSON text per part."""
    parts = {"name": model.name(), "group": model.group(), "help": model.helpContent()}
    for child_id in model.childAlgorithms():
        parts["child " + child_id] = model.childAlgorithm(child_id).toVariant()
    for definition in model.parameterDefinitions():
        if not definition.isDestination():  # 3.22 files list the outputs as parameters too
            parts["input " + definition.name()] = definition.toVariantMap()
    return {key: json.dumps(value, sort_keys=True, default=str) for key, value in parts.items()}


def check_file():
    """The committed file is the one models/make_model.py writes now."""
    sys.path.insert(0, os.path.join(SRC, "models"))
    sys.dont_write_bytecode = True  # nothing written into the source tree
    import make_model
    fresh = os.path.join(TMP, "fresh.model3")
    try:
        make_model.write(make_model.build_model(), fresh)
    except Exception as error:
        check(False, "models/make_model.py builds the model: {}".format(error))
        return
    # The committed file is written by QGIS 3.22 (the system QGIS of the README's set-up); later releases write
    # the same model with other keys and keep a 3.22 file's format when they read it. There both models are
    # compared as this QGIS reads them: every child step, every input, the name, group and help.
    if Qgis.QGIS_VERSION_INT // 100 == 322:
        if not check(filecmp.cmp(fresh, SOURCE_MODEL, shallow=False),
                     "models/{} is what models/make_model.py writes (else run it and commit the file)".format(MODEL)):
            sys.stdout.flush()
            subprocess.run(["diff", "-u", SOURCE_MODEL, fresh])
    else:
        committed, rebuilt = QgsProcessingModelAlgorithm(), QgsProcessingModelAlgorithm()
        check(committed.fromFile(SOURCE_MODEL) and rebuilt.fromFile(fresh),
              "QGIS {} reads models/{} and the one make_model.py writes".format(Qgis.QGIS_VERSION, MODEL))
        a, b = model_summary(committed), model_summary(rebuilt)
        if not check(a == b, "models/{} is what models/make_model.py builds, read by QGIS {} (else run it with "
                             "QGIS 3.22 and commit the file)".format(MODEL, Qgis.QGIS_VERSION)):
            for key in sorted(set(a) | set(b)):
                if a.get(key) != b.get(key):
                    print("  differs: {}\n    committed: {}\n    built:     {}".format(key, a.get(key), b.get(key)))
    with open(SOURCE_MODEL, encoding="utf-8") as f:
        text = f.read()
    for private in ("/tmp/", "/home/", "/work/", "/root/", BUILD, SRC):
        check(private not in text, "the model holds no path like {}".format(private))


def check_definition(model):
    check(model.name() == MODEL_NAME, "model name {!r}".format(model.name()))
    check(model.group() == MODEL_GROUP, "model group {!r}".format(model.group()))
    check(len(model.shortHelpString()) > 200 and "dem_home" in model.shortHelpString(), "the model has a help text")
    ok, issues = model.validate()
    check(ok, "model.validate(): {}".format("; ".join(issues) or "valid"))

    inputs = {d.name(): d for d in model.parameterDefinitions() if not d.isDestination()}
    check(sorted(inputs) == sorted(INPUTS), "inputs {}".format(sorted(inputs)))
    for name, (kind, _) in INPUTS.items():
        if name in inputs:
            check(inputs[name].type() == kind, "input {} is a {} (found {})".format(name, kind, inputs[name].type()))
    if "facility_kind_field" in inputs:
        field = inputs["facility_kind_field"]
        check(field.defaultValue() == "category" and field.parentLayerParameterName() == "facilities",
              "Facility kind field: a field of facilities, default 'category'")
    if "new_meeting_places" in inputs:
        check(inputs["new_meeting_places"].defaultValue() == 3, "K defaults to 3")
    outputs = {d.name(): d for d in model.destinationParameterDefinitions()}
    check(sorted(outputs) == sorted(OUTPUTS), "outputs {}".format(sorted(outputs)))
    for name, (kind, _, _) in OUTPUTS.items():
        if name in outputs:
            check(outputs[name].type() == kind, "output {} is a {}".format(name, kind))

    children = model.childAlgorithms()
    check(sorted(children) == sorted(ORDER), "child algorithms {}".format(sorted(children)))
    for child_id, before in ORDER.items():
        if child_id in children:
            check(children[child_id].algorithmId() == "dementiafriendly:" + child_id,
                  "{} runs {}".format(child_id, children[child_id].algorithmId()))
            after = set(model.dependsOnChildAlgorithms(child_id))
            check(before <= after, "{} runs after {} (depends on {})".format(child_id, sorted(before) or "nothing",
                                                                             sorted(after)))


def check_provider():
    """As in QGIS desktop: a model in the profile's processing/models folder is in Processing Toolbox > Models."""
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("model")
    if not check(provider is not None, "QGIS's Models provider is there"):
        return
    provider.refreshAlgorithms()
    algorithm = registry.algorithmById("model:" + MODEL_NAME)
    check(algorithm is not None and algorithm.group() == MODEL_GROUP,
          "the model copied into processing/models is model:{} in the group {}".format(MODEL_NAME, MODEL_GROUP))


def check_output(name, value):
    kind, file_name, fields = OUTPUTS[name]
    path = os.path.join(OUT, file_name)
    check(value == path, "{}: the result is the path asked for ({})".format(name, value))
    if not check(os.path.isfile(path) and os.path.getsize(path) > 0, "{}: {} exists, not empty".format(name, path)):
        return
    if kind == "fileDestination":
        with open(path, encoding="utf-8") as f:
            html = f.read()
        check("<html" in html.lower() and "urgency" in html.lower() and len(html) > 1000,
              "{}: an HTML report ({} characters)".format(name, len(html)))
        return
    layer = QgsVectorLayer(path, name, "ogr")
    if not check(layer.isValid(), "{}: opens".format(name)):
        return
    count = layer.featureCount()
    check(count > 0, "{}: {} feature(s)".format(name, count))
    names = layer.fields().names()
    for field in fields:
        check(field in names, "{}: has the field {}".format(name, field))
    if "explanation" in fields and "explanation" in names:
        explained = [f["explanation"] for f in layer.getFeatures() if f["explanation"]]
        check(len(explained) == count, "{}: every site has an explanation, e.g. {!r}".format(
            name, explained[0] if explained else None))
    if "urgency" in fields and "urgency" in names:
        urgency = [f["urgency"] for f in layer.getFeatures() if isinstance(f["urgency"], (int, float))]
        check(len(urgency) > 0 and all(0 <= u <= 100 for u in urgency),
              "{}: urgency 0-100 in {} area(s)".format(name, len(urgency)))


def run(model):
    town = lambda layer: SAMPLE + "|layername=" + layer  # noqa: E731
    parameters = {name: (town(value) if kind == "source" else value) for name, (kind, value) in INPUTS.items()}
    for name, (_, file_name, _) in OUTPUTS.items():
        parameters[name] = os.path.join(OUT, file_name)
    ok, message = model.checkParameterValues(parameters, QgsProcessingContext())
    if not check(ok, "checkParameterValues on the sample town {}".format(message)):
        return

    import processing
    started = time.monotonic()
    try:
        result = processing.run(model, parameters, feedback=QgsProcessingFeedback())
    except Exception as error:
        check(False, "processing.run of the model on the sample town: {}".format(error))
        return
    seconds = time.monotonic() - started
    print("run time of the model on the sample town: {:.1f} s".format(seconds))
    for name in OUTPUTS:
        check_output(name, result.get(name))
    children = result.get("CHILD_RESULTS", {})
    check(sorted(children) == sorted(ORDER), "every child ran: {}".format(sorted(children)))
    estimate = children.get("estimatedementia", {})
    gaps = children.get("meetingplacegaps", {})
    sites = children.get("sitemeetingplaces", {})
    check(sites.get("SITES_CHOSEN") == 3, "3 new meeting-place sites chosen (K)")
    nan = float("nan")
    print("   {:.1f} people with dementia ({:.1f} at home); {:.1f} % out of reach of a meeting place in {} gap "
          "area(s); with {} new sites {:.1f} % within reach (now {:.1f} %); most urgent buurt: {}; best housing "
          "sites: {}".format(estimate.get("TOTAL_DEMENTIA", nan), estimate.get("TOTAL_AT_HOME", nan),
                             gaps.get("GAP_SHARE", nan), gaps.get("GAP_AREAS_COUNT"), sites.get("SITES_CHOSEN"),
                             sites.get("COVERED_AFTER", nan), sites.get("COVERED_BEFORE", nan),
                             children.get("neighbourhoodscore", {}).get("MOST_URGENT"),
                             children.get("housingopportunities", {}).get("BEST_SITES")))


def checks():
    model = QgsProcessingModelAlgorithm()
    if check(model.fromFile(SOURCE_MODEL), "QgsProcessingModelAlgorithm.fromFile(models/{})".format(MODEL)):
        check_definition(model)
        check_file()
        check_provider()
        if not FAILURES:  # a broken model would only add noise
            run(model)


def main():
    dfheadless.run_checks(checks, PLUGINS)


if __name__ == "__main__":
    main()
