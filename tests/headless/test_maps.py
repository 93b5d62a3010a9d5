#!/usr/bin/python3
"""headless.maps: the styled outputs as maps, rendered by QGIS (issue 12, item 10).

Usage: test_maps.py BUILD_DIR SOURCE_DIR SAMPLE_GPKG
Installs the built plugin into a throw-away profile, runs the algorithms on the sample town as scripts/main_job.py
does, opens each output with the style the plugin stored in it and renders it with QgsMapRendererSequentialJob at
1:15,000 (about the main job's A3 maps). Checks:
- names: the score, urgency and coverage maps label every buurt, and the labels QGIS placed (its labeling results)
  read as the layer's own attributes say: the buurtnaam; "<urgency_rank> <buurtnaam>" on the urgency map (so
  "rank 1 Kerkebuurt" of the report is found on the map); the buurtnaam and the rounded share on the coverage map.
  The housing map's buurten (the score output under the sites, as the main job draws them) carry their names too.
  With labels switched off the rendering differs (the labels are drawn, not only placed).
- colour vision: the housing sites (a point per site) rendered without labels, the image simulated for
  deuteranopia (Machado, Oliveira and Fernandes 2009, severity 1.0, on linear RGB); the colours that fill at least
  MIN_PIXELS pixels are the classes present; under the simulation the grey "not eligible" is at least
  MIN_DE_GREY (CIEDE2000) from every eligible class present and the classes present are MIN_DE_CLASSES apart. The
  same on the stored style's class colours, all of them.
- stars: the new meeting-place sites over the gap areas: the star's fill where it is drawn (its centre) against the
  gap-area colour under it (rendered without the stars), and against the darkest gap class in the rendering and in
  the gap style: WCAG contrast ratio at least 3; the stars' outline against the lightest gap class too.
The PNGs (with and without labels, the deuteranopia simulation) go to DF_MAPS_DIR (default /tmp/df-maps).
Runs in a throw-away QGIS profile and temp dir (kept after a failure or with DF_KEEP_TMP=1).
"""
import itertools
import math
import os
import sys

import dfheadless
from dfheadless import check

if len(sys.argv) != 4:
    sys.exit(__doc__)
BUILD, SRC, SAMPLE = (os.path.abspath(a) for a in sys.argv[1:4])
TMP = dfheadless.begin("df-maps.", "map")
ROOT = os.path.join(TMP, "profile")
OUT = os.path.join(TMP, "out")
PNG = os.environ.get("DF_MAPS_DIR", "/tmp/df-maps")
PLUGINS = dfheadless.plugins_dir(ROOT)
SCALE = 15000
MIN_PIXELS = 20
MIN_DE_GREY = 20.0
MIN_DE_CLASSES = 10.0
MIN_CONTRAST = 3.0

dfheadless.require_sample(SAMPLE)
os.makedirs(OUT)
os.makedirs(PNG, exist_ok=True)
dfheadless.install_plugin(BUILD, SRC, ROOT)
dfheadless.isolate(ROOT, home=False)

import numpy  # noqa: E402
from qgis.core import (NULL, QgsMapRendererSequentialJob,  # noqa: E402
                       QgsMapSettings, QgsPointXY, QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor, QImage  # noqa: E402


# --- colour science, independent of the styles -------------------------------------------------------------------
# Machado, Oliveira and Fernandes (2009), deuteranomaly of severity 1.0 (deuteranopia), for linear RGB.
MACHADO_DEUTERANOPIA = numpy.array([[0.367322, 0.860646, -0.227968],
                                    [0.280085, 0.672501, 0.047413],
                                    [-0.011820, 0.042940, 0.968881]])


def to_linear(srgb):
    c = numpy.asarray(srgb, dtype=float) / 255.0
    return numpy.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def to_srgb(linear):
    c = numpy.clip(linear, 0.0, 1.0)
    return numpy.round(255.0 * numpy.where(c <= 0.0031308, 12.92 * c, 1.055 * c ** (1 / 2.4) - 0.055))


def deuteranopia(rgb):
    """sRGB (0-255, any shape ending in 3) as a deuteranope sees it, in sRGB 0-255."""
    return to_srgb(to_linear(rgb) @ MACHADO_DEUTERANOPIA.T)


def lab(rgb):
    r, g, b = to_linear(rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = [t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def delta_e2000(rgb1, rgb2):
    """CIEDE2000 between two sRGB colours (Sharma, Wu and Dalal 2005)."""
    l1, a1, b1 = lab(rgb1)
    l2, a2, b2 = lab(rgb2)
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    dh = 0.0
    if c1p * c2p:
        dh = h2p - h1p
        dh = dh - 360 if dh > 180 else dh + 360 if dh < -180 else dh
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if not c1p * c2p:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6)) - 0.20 * math.cos(math.radians(4 * h_mean - 63)))
    d_theta = 30 * math.exp(-((h_mean - 275) / 25) ** 2)
    rc = 2 * math.sqrt(cp_mean ** 7 / (cp_mean ** 7 + 25 ** 7))
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc, sh = 1 + 0.045 * cp_mean, 1 + 0.015 * cp_mean * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh))


def luminance(rgb):
    r, g, b = to_linear(rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(rgb1, rgb2):
    """WCAG 2 contrast ratio."""
    high, low = sorted((luminance(rgb1), luminance(rgb2)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def rgb(colour):
    return (colour.red(), colour.green(), colour.blue())


def hexed(c):
    return "#{:02x}{:02x}{:02x}".format(*(int(v) for v in c))


# --- rendering ---------------------------------------------------------------------------------------------------
def pixels(image):
    """A QImage as an array (height, width, 3) of sRGB values."""
    image = image.convertToFormat(QImage.Format_RGB32)
    data = image.constBits()
    data.setsize(image.byteCount())
    bgra = numpy.frombuffer(data, numpy.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return bgra[:, :image.width(), 2::-1].astype(int)


def from_pixels(array):
    height, width = array.shape[:2]
    bgra = numpy.zeros((height, width, 4), numpy.uint8)
    bgra[:, :, :3] = array[:, :, ::-1]
    bgra[:, :, 3] = 255
    return QImage(bgra.tobytes(), width, height, 4 * width, QImage.Format_RGB32).copy()


def render(layers, extent, name, labels=True):
    """The layers (top first) at 1:SCALE on white, saved as DF_MAPS_DIR/<name>.png; the image, the labeling results
    and the map settings."""
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[-1].crs())
    settings.setOutputDpi(96)
    width = int(extent.width() / SCALE * 1000 / 25.4 * 96)
    settings.setOutputSize(QSize(width, int(width * extent.height() / extent.width())))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("white"))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    settings.setFlag(QgsMapSettings.DrawLabeling, labels)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    path = os.path.join(PNG, name + ".png")
    image.save(path)
    print("     rendered {} ({} x {} px, 1:{:.0f})".format(path, image.width(), image.height(),
                                                           job.mapSettings().scale()))
    return image, job.takeLabelingResults(), job.mapSettings()


def opened(path, name):
    layer = QgsVectorLayer(path, name, "ogr")
    check(layer.isValid() and layer.featureCount() > 0, "{} opens with features".format(name))
    return layer


def run(alg_id, params):
    import processing
    return processing.run(alg_id, params)


def town(name):
    return SAMPLE + "|layername=" + name


# --- the checks --------------------------------------------------------------------------------------------------
def placed_labels(results, layer, extent):
    texts = {}
    for position in results.labelsWithinRect(extent):
        if position.layerID == layer.id() and not getattr(position, "isUnplaced", False):
            texts.setdefault(position.featureId, []).append(position.labelText)
    return texts


def check_names(layer, name, expected, extent, over=()):
    """The layer's labels: switched on in the stored style, every buurt's label placed and reading as `expected`
    (feature -> text, or a function of the text returning an error message or None), and drawn; `over`: layers
    drawn on top."""
    if not check(layer.labelsEnabled() and layer.labeling() is not None, "{}: the stored style labels".format(name)):
        return
    image, results, _ = render([*over, layer], extent, name)
    placed = placed_labels(results, layer, extent)
    wrong = []
    found = 0
    for feature in layer.getFeatures():
        want = expected(feature)
        if want is None:
            continue
        found += 1
        got = placed.get(feature.id(), [])
        if callable(want):
            problem = want(got[0]) if len(got) == 1 else "{} labels".format(len(got))
        else:
            problem = None if got == [want] else "{!r} instead of {!r}".format(got, want)
        if problem:
            wrong.append("feature {}: {}".format(feature.id(), problem))
    check(found > 0 and not wrong, "{}: all {} buurten labelled as their attributes say{}".format(
        name, found, "" if not wrong else ": " + "; ".join(wrong[:5])))
    plain, _, _ = render([*over, layer], extent, name + "_nolabels",
                         labels=False)
    changed = int(numpy.any(pixels(image) != pixels(plain), axis=2).sum())
    check(changed > 20 * found, "{}: the labels are drawn ({} pixels differ with labels off)".format(name, changed))
    return placed


def value(feature, field):
    """The attribute, None for NULL (PyQGIS gives a null QVariant)."""
    v = feature[field]
    return None if v is None or v == NULL else v


def name_of(feature):
    return value(feature, "buurtnaam")


def check_labels(areas, score_path, coverage_path):
    extent = QgsRectangle(areas.extent())
    extent.scale(1.05)

    friendly = opened(score_path, "score")
    check_names(friendly, "score_labels", name_of, extent)

    urgency = opened(score_path, "urgency")
    with open(score_path[:-5] + "_urgency.qml", encoding="utf-8") as f:
        from qgis.PyQt.QtXml import QDomDocument
        document = QDomDocument()
        document.setContent(f.read())
    urgency.importNamedStyle(document)

    def rank_and_name(feature):
        rank = value(feature, "urgency_rank")
        return name_of(feature) if rank is None else "{} {}".format(rank, name_of(feature))
    placed = check_names(urgency, "urgency_labels", rank_and_name, extent)
    first = [f for f in urgency.getFeatures() if f["urgency_rank"] == 1]
    if check(len(first) == 1, "one buurt has urgency rank 1") and placed is not None:
        want = "1 " + name_of(first[0])
        check(placed.get(first[0].id()) == [want], "the most urgent buurt reads {!r} on the urgency map".format(want))

    coverage = opened(coverage_path, "coverage")

    def name_and_share(feature):
        share = value(feature, "cov_share")

        def judge(text):
            lines = text.split("\n")
            if lines[0] != name_of(feature):
                return "{!r}: not the name {!r}".format(text, name_of(feature))
            if share is None:
                return None if len(lines) == 1 else "{!r}: a share without one".format(text)
            if len(lines) != 2 or not lines[1].endswith(" %") or abs(float(lines[1][:-2]) - share) > 0.5001:
                return "{!r}: not the share {:.2f} %".format(text, share)
            return None
        return judge
    check_names(coverage, "coverage_labels", name_and_share, extent)
    return friendly


def present_colours(array, ignore):
    """The colours filling at least MIN_PIXELS pixels, without the ones in `ignore`: colour -> pixel count."""
    colours, counts = numpy.unique(array.reshape(-1, 3), axis=0, return_counts=True)
    return {tuple(int(v) for v in c): int(n) for c, n in zip(colours, counts)
            if n >= MIN_PIXELS and tuple(int(v) for v in c) not in ignore}


def present_fills(array, style_colours):
    """The style's fill colours the rendering shows (at least MIN_PIXELS pixels within CIEDE2000 1 of the colour;
    edges blended with outlines or the background do not count): colour -> pixel count."""
    shown = present_colours(array, {(255, 255, 255)})
    print("     colours in the rendering ({} or more pixels): {}".format(MIN_PIXELS, ", ".join(
        "{} x{}".format(hexed(c), n) for c, n in sorted(shown.items(), key=lambda x: -x[1])[:12])))
    fills = {}
    for colour, count in shown.items():
        nearest = min(style_colours, key=lambda s: delta_e2000(colour, s))
        if delta_e2000(colour, nearest) < 1.0:
            fills[nearest] = fills.get(nearest, 0) + count
    return fills


def check_colour_vision(housing_path, extent):
    sites = QgsVectorLayer(housing_path + "|subset=\"concept\" = 'thuisplusflat'", "housing", "ogr")
    if not check(sites.isValid() and sites.featureCount() > 0, "the Thuisplusflat sites open"):
        return
    renderer = sites.renderer()
    classes = [(r.lowerValue(), r.upperValue(), rgb(r.symbol().color())) for r in renderer.ranges()]
    grey = [c for lower, upper, c in classes if upper < 0]
    eligible = [c for lower, upper, c in classes if upper >= 0]
    if not check(renderer.type() == "graduatedSymbol" and len(grey) == 1 and len(eligible) >= 3,
                 "the housing style has a 'not eligible' class and eligible classes"):
        return
    grey = grey[0]

    # The style's classes, all of them.
    simulated = {c: tuple(deuteranopia(c)) for c in eligible + [grey]}
    to_grey = min(delta_e2000(simulated[c], simulated[grey]) for c in eligible)
    apart = min(delta_e2000(simulated[a], simulated[b]) for a, b in zip(eligible, eligible[1:]))
    print("     style under deuteranopia: " + ", ".join("{} -> {}".format(hexed(c), hexed(simulated[c]))
                                                         for c in eligible + [grey]))
    check(to_grey >= MIN_DE_GREY, "style: 'not eligible' {} is CIEDE2000 {:.1f} (>= {}) from the nearest eligible "
          "class under deuteranopia".format(hexed(grey), to_grey, MIN_DE_GREY))
    check(apart >= MIN_DE_CLASSES, "style: neighbouring eligible classes are CIEDE2000 {:.1f} (>= {}) apart under "
          "deuteranopia".format(apart, MIN_DE_CLASSES))

    # The rendering: which classes it shows, simulated as a whole image.
    image, _, _ = render([sites], extent, "housing_colours", labels=False)
    array = pixels(image)
    seen = deuteranopia(array)
    from_pixels(seen.astype(numpy.uint8)).save(os.path.join(PNG, "housing_colours_deuteranopia.png"))
    fills = present_fills(array, eligible + [grey])
    present = sorted(fills, key=lambda c: (c != grey, eligible.index(c) if c in eligible else -1))
    if not check(grey in present and len(present) >= 3,
                 "the rendering shows 'not eligible' and at least two eligible classes ({})".format(
                     ", ".join(hexed(c) for c in present))):
        return
    # The simulated image's own pixels where the classes are (their most frequent simulated colour).
    simulated_shown = {}
    for colour in present:
        mask = numpy.all(numpy.abs(array - numpy.array(colour)) <= 2, axis=2)
        values, counts = numpy.unique(seen[mask].reshape(-1, 3), axis=0, return_counts=True)
        simulated_shown[colour] = tuple(values[numpy.argmax(counts)])
    others = [c for c in present if c != grey]
    to_grey = min(delta_e2000(simulated_shown[c], simulated_shown[grey]) for c in others)
    pairs = min(delta_e2000(simulated_shown[a], simulated_shown[b]) for a, b in itertools.combinations(others, 2))
    check(to_grey >= MIN_DE_GREY, "rendering under deuteranopia: 'not eligible' is CIEDE2000 {:.1f} (>= {}) from "
          "the nearest eligible class shown".format(to_grey, MIN_DE_GREY))
    check(pairs >= MIN_DE_CLASSES, "rendering under deuteranopia: the eligible classes shown are CIEDE2000 {:.1f} "
          "(>= {}) apart".format(pairs, MIN_DE_CLASSES))


def check_stars(gap_path, sites_path):
    gaps = opened(gap_path, "gap areas")
    stars = opened(sites_path, "new sites")
    gap_classes = [rgb(r.symbol().color()) for r in gaps.renderer().ranges() if r.upperValue() >= 0]
    star_fills = [rgb(r.symbol().color()) for r in stars.renderer().ranges()]
    star_outlines = [rgb(r.symbol().symbolLayer(0).strokeColor()) for r in stars.renderer().ranges()]
    darkest = min(gap_classes, key=luminance)
    lightest = max(gap_classes, key=luminance)
    worst = min(contrast(f, darkest) for f in star_fills)
    check(worst >= MIN_CONTRAST, "style: every star fill against the darkest gap class {}: contrast {:.2f} "
          "(>= {})".format(hexed(darkest), worst, MIN_CONTRAST))
    worst = min(contrast(o, lightest) for o in star_outlines)
    check(worst >= MIN_CONTRAST, "style: the star outline against the lightest gap class {}: contrast {:.2f} "
          "(>= {})".format(hexed(lightest), worst, MIN_CONTRAST))

    extent = QgsRectangle(gaps.extent())
    extent.combineExtentWith(stars.extent())
    extent.scale(1.1)
    with_stars, _, settings = render([stars, gaps], extent, "gaps_stars", labels=False)
    without, _, _ = render([gaps], extent, "gaps_only", labels=False)
    over, under = pixels(with_stars), pixels(without)
    shown = present_fills(under, gap_classes)
    if not check(len(shown) > 0, "the rendering shows gap areas"):
        return
    dark = min(shown, key=luminance)
    print("     darkest gap colour in the rendering: {} ({} pixels)".format(hexed(dark), shown[dark]))
    results = []
    for feature in stars.getFeatures():
        point = settings.mapToPixel().transform(QgsPointXY(feature.geometry().asPoint()))
        x, y = int(round(point.x())), int(round(point.y()))
        fill, ground = tuple(over[y, x]), tuple(under[y, x])
        results.append((feature["site_order"], fill, ground, contrast(fill, ground), contrast(fill, dark)))
    for order, fill, ground, local, versus_dark in sorted(results):
        print("     site {}: star {} over {}: contrast {:.2f}, against the darkest gap colour {:.2f}".format(
            order, hexed(fill), hexed(ground), local, versus_dark))
    on_gaps = [r for r in results if r[2] != (255, 255, 255)]
    check(len(results) > 0 and all(r[4] >= MIN_CONTRAST for r in results),
          "rendering: every star's fill against the darkest gap colour shown: contrast {:.2f} (>= {})".format(
              min((r[4] for r in results), default=0), MIN_CONTRAST))
    check(all(r[3] >= MIN_CONTRAST for r in on_gaps),
          "rendering: the {} star(s) drawn on a gap area stand out from it: contrast {:.2f} (>= {})".format(
              len(on_gaps), min((r[3] for r in on_gaps), default=float("inf")), MIN_CONTRAST))


def checks():
    out = lambda name: os.path.join(OUT, name)  # noqa: E731
    buurt = run("dementiafriendly:estimatedementia", {"INPUT": town("buurten"), "OUTPUT": out("buurt.gpkg")})["OUTPUT"]
    cells = run("dementiafriendly:estimatedementia", {"INPUT": town("vierkant100m"),
                                                      "OUTPUT": out("cel.gpkg")})["OUTPUT"]
    coverage = run("dementiafriendly:coverage", {
        "AREAS": buurt, "NETWORK": town("wegen"), "ORIGINS": buurt, "WEIGHT_FIELD": "dem_home",
        "ADDRESSES": town("adressen"), "FACILITIES": town("voorzieningen"), "CATEGORY_FIELD": "category",
        "CATEGORY": "meeting_place", "MAX_TIME": 10, "OUTPUT": out("coverage.gpkg")})["OUTPUT"]
    score = run("dementiafriendly:neighbourhoodscore", {
        "AREAS": buurt, "NETWORK": town("wegen"), "ADDRESSES": town("adressen"),
        "FACILITIES": town("voorzieningen"), "CATEGORY_FIELD": "category", "FACILITY_ID_FIELD": "poi_id",
        "OUTPUT": out("score.gpkg")})["OUTPUT"]
    demand = {"DEMAND": cells, "WEIGHT_FIELD": "dem_home", "ADDRESSES": town("adressen"), "NETWORK": town("wegen"),
              "FACILITIES": town("voorzieningen"), "CATEGORY_FIELD": "category", "FACILITY_ID_FIELD": "poi_id"}
    gaps = run("dementiafriendly:meetingplacegaps", dict(demand, LINK_DISTANCE=250, OUTPUT=out("gap_points.gpkg"),
                                                         GAP_AREAS=out("gap_areas.gpkg")))["GAP_AREAS"]
    sites = run("dementiafriendly:sitemeetingplaces", dict(demand, CANDIDATES=town("woningbouwlocaties"),
                                                            CANDIDATE_ID_FIELD="name", K=3,
                                                            OUTPUT=out("sites.gpkg")))["OUTPUT"]
    housing = run("dementiafriendly:housingopportunities", dict(demand, SITES=town("woningbouwlocaties"),
                                                                 SITE_ID_FIELD="name", URGENCY_AREAS=score,
                                                                 OUTPUT=out("housing.gpkg")))["OUTPUT"]
    areas = opened(buurt, "buurten")
    friendly = check_labels(areas, score, coverage)
    extent = QgsRectangle(areas.extent())
    extent.scale(1.05)
    # The housing map: the sites over the buurten, which carry their names (the score output with its stored
    # style, as scripts/main_job.py draws them).
    sites_layer = QgsVectorLayer(housing + "|subset=\"concept\" = 'thuisplusflat'", "housing", "ogr")
    if friendly is not None:
        check_names(friendly, "housing_labels", name_of, extent, over=(sites_layer,))
    check_colour_vision(housing, extent)
    check_stars(gaps, sites)


def main():
    dfheadless.run_checks(checks, PLUGINS)


if __name__ == "__main__":
    main()
