#!/usr/bin/python3
"""Writes the Processing graphical model dementiafriendly_analysis.model3 with the QGIS API, so it is valid for the
QGIS that writes it (like layouts/make_layout.py for the print layout template).

Usage: /usr/bin/python3 models/make_model.py [--plugins PROFILE/python/plugins] [--output FILE.model3]
  --plugins  the folder holding the installed plugin (dementiafriendly/), default the default profile's; the model
             is checked against the provider's algorithms before it is written
  --output   default: dementiafriendly_analysis.model3 beside this script
The .model3 is committed; the plugin installs it into <plugin folder>/models/ (see docs/model.md).
The file is the same on every run: no paths, no designer values, a fixed hash seed for Qt's XML attribute order.

The model chains estimate -> access -> score -> overlays:
  estimatedementia (buurten) -> walkingaccess (addresses to facilities by kind) -> neighbourhoodscore (on the
  estimate) -> meetingplacegaps, sitemeetingplaces and housingopportunities (demand: dem_home of the estimate;
  housing also takes the urgency of the score).
tests/headless/test_model.py imports build_model() and checks that the committed file is what it writes.
"""
import argparse
import os
import sys

# A fixed hash seed keeps Qt's XML attribute order, and so the file, the same from run to run.
os.environ.setdefault("QT_HASH_SEED", "0")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (QgsApplication, QgsProcessing, QgsProcessingModelAlgorithm,  # noqa: E402
                       QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency,
                       QgsProcessingModelChildParameterSource, QgsProcessingModelOutput, QgsProcessingModelParameter,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber)
from qgis.PyQt.QtCore import QPointF, QSizeF  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL_FILE = os.path.join(HERE, "dementiafriendly_analysis.model3")
MODEL_NAME = "Dementia-friendly neighbourhood analysis"
MODEL_GROUP = "Dementia-friendly neighbourhoods"
PROVIDER = "dementiafriendly"

# Model inputs: (name, description, help). The names are what processing.run() and qgis_process take.
BUURTEN = "buurten"
NETWORK = "street_network"
ADDRESSES = "addresses"
FACILITIES = "facilities"
KIND_FIELD = "facility_kind_field"
CANDIDATES = "candidate_sites"
HOUSING_SITES = "housing_sites"
K = "new_meeting_places"

# Child algorithms: child id -> algorithm. The ids appear in the output parameter names ("<child id>:<output>").
ESTIMATE = "estimatedementia"
ACCESS = "walkingaccess"
SCORE = "neighbourhoodscore"
GAPS = "meetingplacegaps"
SITES = "sitemeetingplaces"
HOUSING = "housingopportunities"

# Model outputs: (child id, child output, name). The model's destination parameter and result is "<child>:<name>".
OUTPUTS = (
    (ESTIMATE, "OUTPUT", "People with dementia per buurt"),
    (ACCESS, "OUTPUT", "Walking access per address"),
    (SCORE, "OUTPUT", "Neighbourhood score"),
    (SCORE, "REPORT", "HTML report"),
    (GAPS, "OUTPUT", "Gap points"),
    (GAPS, "GAP_AREAS", "Gap areas"),
    (SITES, "OUTPUT", "New meeting-place sites"),
    (HOUSING, "OUTPUT", "Housing opportunity sites"),
)

# The boxes in the Graphical Modeler: x of the centre and width. QGIS cuts a label at the box width less 41 px (the
# icon and the buttons); at the modeler's default font (about 7 px a character) these hold the longest labels below
# (tests/desktop/check_dialogs.py measures them in the real modeler).
INPUT_X, INPUT_WIDTH = 170, 300
CHILD_X, CHILD_WIDTH = 600, 280
OUTPUT_X, OUTPUT_WIDTH = 960, 300

DEMAND_WEIGHT = "dem_home"  # estimatedementia's people with dementia living at home

HELP = {
    "ALG_DESC": (
        "<p>The whole analysis of the plugin in one run, on a municipality's CBS buurten, its street network, its "
        "addresses and its facilities:</p><ol>"
        "<li>Estimate people with dementia per buurt (Alzheimer Europe 2019 rates; <i>dem_home</i>: living at "
        "home).</li>"
        "<li>Walking distance and time from every address to the nearest facility of each kind.</li>"
        "<li>The dementia-friendly neighbourhood score, need and urgency per buurt, with the HTML report (default "
        "profile).</li>"
        "<li>The overlays, all weighted by the people with dementia living at home (<i>dem_home</i>), spread over "
        "the addresses: where they live beyond 10 minutes' walk of a meeting place (gap points and gap areas), the K "
        "best candidate sites for new meeting places, and the housing sites ranked per housing concept, with the "
        "urgency of the score.</li></ol>"
        "<p>Every step runs with its algorithm's defaults (walking speed 0.8 m/s, walkable streets recognised from "
        "the fields, facility kind <i>meeting_place</i>); edit the model to change them. The steps are also in the "
        "Processing Toolbox under <i>Dementia-friendly neighbourhoods</i>.</p>"),
    "SHORT_DESCRIPTION": "Estimate -> walking access -> neighbourhood score -> meeting-place gaps, new meeting-place "
                         "sites and housing opportunities, in one run.",
    "ALG_CREATOR": "Dementia-friendly neighbourhoods (QGIS plugin)",
    "ALG_HELP_CREATOR": "Dementia-friendly neighbourhoods (QGIS plugin)",
    BUURTEN: "Polygons with population by age, e.g. the CBS wijk- en buurtkaart (layer buurten, 2019 or later); "
             "the fields are recognised by the estimate.",
    NETWORK: "Lines: OpenStreetMap (highway tag) or NWB Wegen, in a projected CRS in metres (EPSG:28992).",
    ADDRESSES: "Points: the homes (BAG verblijfsobjecten with a residential use). The origins of the walking access "
               "and the points over which each buurt's people with dementia are spread.",
    FACILITIES: "Points: meeting places, GPs, pharmacies, supermarkets, benches, toilets, ..., one layer with a "
                "field that says which kind each one is.",
    KIND_FIELD: "The facilities' field with the kind (meeting_place, gp, pharmacy, supermarket, ...).",
    CANDIDATES: "Points where a new meeting place could open (community buildings, vacant premises, ...).",
    HOUSING_SITES: "Points or polygons: buildings, complexes and plots to assess for housing for people with "
                   "dementia (fields site_type, homes, storeys, lift, corporation_owned, ...).",
    K: "How many new meeting places to choose among the candidate sites.",
}
OUTPUT_HELP = {
    "People with dementia per buurt": "The buurten with dem_est (expected people with dementia), its low and high "
                                      "band, dem_home (living at home) and more.",
    "Walking access per address": "Every address with the walk to the nearest facility of each kind: "
                                  "<kind>_m, <kind>_min, <kind>_id.",
    "Neighbourhood score": "Per buurt: friendly, need and urgency (0-100) with the domain scores and the reasons.",
    "HTML report": "The buurten by urgency, with every number behind the score.",
    "Gap points": "The addresses with people with dementia at home beyond 10 minutes' walk of a meeting place.",
    "Gap areas": "Clusters of gap points with their demand, largest first (gap_id 1).",
    "New meeting-place sites": "The K candidate sites chosen for new meeting places: site_order, the demand each "
                               "adds (gain, gain_share) and the demand within reach with it (covered, "
                               "covered_share).",
    "Housing opportunity sites": "One feature per site and housing concept: eligible, score, rank and an "
                                 "explanation.",
}


def model_input(name):
    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def child_output(child_id, output="OUTPUT"):
    return QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)


def static(value):
    return QgsProcessingModelChildParameterSource.fromStaticValue(value)


def add_inputs(model):
    point, line, polygon = (QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorLine,
                            QgsProcessing.TypeVectorPolygon)
    inputs = [
        QgsProcessingParameterFeatureSource(BUURTEN, "Buurten (CBS wijk- en buurtkaart)", [polygon]),
        QgsProcessingParameterFeatureSource(NETWORK, "Street network", [line]),
        QgsProcessingParameterFeatureSource(ADDRESSES, "Addresses", [point]),
        QgsProcessingParameterFeatureSource(FACILITIES, "Facilities", [point]),
        QgsProcessingParameterField(KIND_FIELD, "Facility kind field", "category", FACILITIES,
                                    QgsProcessingParameterField.Any, False, False),
        QgsProcessingParameterFeatureSource(CANDIDATES, "Candidate meeting-place sites", [point]),
        QgsProcessingParameterFeatureSource(HOUSING_SITES, "Housing sites", [point, polygon]),
        QgsProcessingParameterNumber(K, "Number of new meeting places (K)", QgsProcessingParameterNumber.Integer,
                                     3, False, 1, 1000),
    ]
    for row, definition in enumerate(inputs):
        definition.setHelp(HELP[definition.name()])
        component = QgsProcessingModelParameter(definition.name())
        component.setDescription(definition.description())
        component.setPosition(QPointF(INPUT_X, 60 + 85 * row))
        component.setSize(QSizeF(INPUT_WIDTH, 30))
        model.addModelParameter(definition, component)
    model.setParameterOrder([definition.name() for definition in inputs])


def add_child(model, child_id, description, row, sources, after=()):
    child = QgsProcessingModelChildAlgorithm("{}:{}".format(PROVIDER, child_id))
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(QPointF(CHILD_X, 90 + 120 * row))
    child.setSize(QSizeF(CHILD_WIDTH, 30))
    child.setLinksCollapsed(False, False)
    for name, source in sources.items():
        child.addParameterSources(name, [source])
    # The rest at the algorithm's defaults, written into the model as the Model Designer does (QGIS 3.22 takes a
    # mandatory parameter without a value as an invalid model, even when it has a default).
    algorithm = QgsApplication.processingRegistry().algorithmById(child.algorithmId())
    if algorithm is None:
        raise RuntimeError("the algorithm {} is not registered".format(child.algorithmId()))
    unknown = set(sources) - {definition.name() for definition in algorithm.parameterDefinitions()}
    if unknown:
        raise RuntimeError("{} has no parameter {}".format(child.algorithmId(), ", ".join(sorted(unknown))))
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or definition.name() in sources or definition.defaultValue() is None:
            continue
        child.addParameterSources(definition.name(), [static(definition.defaultValue())])
    child.setDependencies([QgsProcessingModelChildDependency(other) for other in after])

    outputs = {}
    for index, (owner, child_output_name, name) in enumerate(o for o in OUTPUTS if o[0] == child_id):
        output = QgsProcessingModelOutput(name, name)
        output.setChildId(child_id)
        output.setChildOutputName(child_output_name)
        output.setDefaultValue(QgsProcessing.TEMPORARY_OUTPUT)
        output.setMandatory(False)
        output.setPosition(QPointF(OUTPUT_X, 75 + 120 * row + 38 * index))
        output.setSize(QSizeF(OUTPUT_WIDTH, 30))
        outputs[name] = output
    child.setModelOutputs(outputs)
    model.addChildAlgorithm(child)


def build_model():
    """The model, built against the registered 'dementiafriendly' provider. Raises if it is not valid."""
    registry = QgsApplication.processingRegistry()
    if registry.providerById(PROVIDER) is None:
        raise RuntimeError("the Processing provider '{}' is not registered".format(PROVIDER))

    model = QgsProcessingModelAlgorithm(MODEL_NAME, MODEL_GROUP)
    add_inputs(model)

    # The network and facilities as every walking step takes them.
    network = {"NETWORK": model_input(NETWORK)}
    facilities = {"FACILITIES": model_input(FACILITIES), "CATEGORY_FIELD": model_input(KIND_FIELD)}
    # People with dementia living at home, per buurt, spread over the addresses.
    demand = {"DEMAND": child_output(ESTIMATE), "WEIGHT_FIELD": static(DEMAND_WEIGHT),
              "ADDRESSES": model_input(ADDRESSES)}

    add_child(model, ESTIMATE, "Estimate dementia per buurt", 0,
              {"INPUT": model_input(BUURTEN)})
    add_child(model, ACCESS, "Walking access per address", 1,
              dict(network, ORIGINS=model_input(ADDRESSES), **facilities), after=[ESTIMATE])
    add_child(model, SCORE, "Neighbourhood score", 2,
              dict(network, AREAS=child_output(ESTIMATE), ADDRESSES=model_input(ADDRESSES), **facilities),
              after=[ACCESS])
    add_child(model, GAPS, "Meeting-place coverage gaps", 3,
              dict(network, **demand, **facilities), after=[SCORE])
    add_child(model, SITES, "New meeting-place sites", 4,
              dict(network, **demand, **facilities, CANDIDATES=model_input(CANDIDATES), K=model_input(K)),
              after=[SCORE])
    add_child(model, HOUSING, "Housing opportunity sites", 5,
              dict(network, **demand, **facilities, SITES=model_input(HOUSING_SITES),
                   URGENCY_AREAS=child_output(SCORE)),
              after=[SCORE])

    help_content = dict(HELP)
    for child_id, _, name in OUTPUTS:
        help_content["{}:{}".format(child_id, name)] = OUTPUT_HELP[name]
    model.setHelpContent(help_content)

    ok, issues = model.validate()
    if not ok:
        raise RuntimeError("the model is not valid:\n" + "\n".join(issues))
    return model


def write(model, path):
    if not model.toFile(path):
        raise RuntimeError("could not write " + path)
    # QGIS writes the XML without a final newline; add one, so the committed file is a clean text file.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.endswith("\n"):
        with open(path, "w", encoding="utf-8") as f:
            f.write(text + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plugins", default=os.path.expanduser(
        "~/.local/share/QGIS/QGIS3/profiles/default/python/plugins"),
                        help="the profile's python/plugins folder with the installed plugin")
    parser.add_argument("--output", default=MODEL_FILE)
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    code = 0
    try:
        sys.path.insert(0, "/usr/share/qgis/python/plugins")
        from processing.core.Processing import Processing
        Processing.initialize()
        sys.path.insert(0, os.path.abspath(args.plugins))
        import dementiafriendly
        dementiafriendly.register()
        write(build_model(), args.output)
        print("wrote", args.output)
    except Exception as error:  # reported; exitQgis() still runs
        print("make_model.py:", error, file=sys.stderr)
        code = 1
    finally:
        app.exitQgis()
    sys.exit(code)


if __name__ == "__main__":
    main()
