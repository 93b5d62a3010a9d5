#!/usr/bin/python3
"""Inputs for the GRASS oracle test: one GeoPackage per network that both tools read.

Usage:
  prepare_inputs.py osm    SOURCE.osm.pbf  EPSG OUT.gpkg SEED
  prepare_inputs.py lines  SOURCE.gpkg     EPSG OUT.gpkg SEED
  prepare_inputs.py sample SAMPLE.gpkg     EPSG OUT.gpkg SEED

Layers written:
  lines        the walkable lines in the target CRS, as they come (for our algorithm; OSM ways keep their
               shared nodes in the middle)
  segments     the same coordinates cut into 2-vertex lines (for GRASS: v.in.ogr makes a node only at line
               ends, so every vertex has to be an end for GRASS to build the graph our algorithm builds)
  origins      points with gcat = 1..n and kind = near / address / inside / far
  facilities   points with gcat = 1000001..
  grasspoints  origins and facilities together: GRASS must connect both in one v.net call

Coordinates are transformed once here, so both tools see bit-identical vertices. Everything is drawn from a
seeded generator: the same seed gives the same file on every machine.
"""
import bisect
import math
import random
import re
import sys

from osgeo import gdal, ogr, osr

gdal.UseExceptions()

FACILITY_CAT_BASE = 1000000
NEAR_ORIGINS = 2500
INSIDE_ORIGINS = 400
FAR_ORIGINS = 100
FACILITIES = 6

# Written from the rule in the walking issue, not from the plugin's code, so the oracle does not inherit a
# mistake from it.
EXCLUDED_HIGHWAYS = {"motorway", "trunk", "construction", "proposed", "raceway", "bus_guideway"}
FOOT_NO = re.compile(r'"foot"=>"no"')


def osm_walkable(highway, other_tags):
    if not highway:
        return False
    if highway in EXCLUDED_HIGHWAYS or highway.endswith("_link"):
        return False
    return not FOOT_NO.search(other_tags or "")


def srs_for(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def line_parts(geom):
    """Vertex lists of a (multi)line, 2D."""
    geom = geom.Clone()
    geom.FlattenTo2D()
    if geom.GetGeometryType() == ogr.wkbMultiLineString:
        parts = [geom.GetGeometryRef(i) for i in range(geom.GetGeometryCount())]
    else:
        parts = [geom]
    return [[(p.GetX(i), p.GetY(i)) for i in range(p.GetPointCount())] for p in parts]


def read_lines(path, layer_name, keep, target):
    ds = ogr.Open(path)
    layer = ds.GetLayerByName(layer_name)
    source = layer.GetSpatialRef().Clone()
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = None if source.IsSame(target) else osr.CoordinateTransformation(source, target)
    lines = []
    for feature in layer:
        if not keep(feature):
            continue
        geom = feature.GetGeometryRef()
        if geom is None:
            continue
        if transform is not None:
            geom = geom.Clone()
            geom.Transform(transform)
        for part in line_parts(geom):
            if len(part) >= 2:
                lines.append(part)
    return lines


def segments_of(lines):
    return [(a, b) for line in lines for a, b in zip(line, line[1:]) if a != b]


class SegmentSampler:
    """Random points on the network, weighted by length, so long streets get their share."""

    def __init__(self, segments, rng):
        self.segments = segments
        self.rng = rng
        self.cumulative = []
        total = 0.0
        for a, b in segments:
            total += math.hypot(b[0] - a[0], b[1] - a[1])
            self.cumulative.append(total)
        self.total = total

    def point(self, max_offset):
        i = bisect.bisect_left(self.cumulative, self.rng.uniform(0, self.total))
        a, b = self.segments[min(i, len(self.segments) - 1)]
        t = self.rng.random()
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = math.hypot(dx, dy)
        offset = self.rng.uniform(-max_offset, max_offset)
        return (a[0] + t * dx - offset * dy / length, a[1] + t * dy + offset * dx / length)


def extent(segments):
    xs = [c[0] for s in segments for c in s]
    ys = [c[1] for s in segments for c in s]
    return min(xs), min(ys), max(xs), max(ys)


def inside_and_far(rng, box, inside, far):
    """Points anywhere in the network's bounding box (some of them beyond the snap distance in empty parts)
    and points well outside it (more than 300 m from every edge, so beyond any snap distance we use)."""
    x0, y0, x1, y1 = box
    points = [(rng.uniform(x0, x1), rng.uniform(y0, y1), "inside") for _ in range(inside)]
    for _ in range(far):
        side = rng.randrange(4)
        gap = rng.uniform(300, 1500)
        if side == 0:
            points.append((x0 - gap, rng.uniform(y0, y1), "far"))
        elif side == 1:
            points.append((x1 + gap, rng.uniform(y0, y1), "far"))
        elif side == 2:
            points.append((rng.uniform(x0, x1), y0 - gap, "far"))
        else:
            points.append((rng.uniform(x0, x1), y1 + gap, "far"))
    return points


def write(out, target, lines, segments, origins, facilities):
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(out)

    def line_layer(name, rows):
        layer = ds.CreateLayer(name, target, ogr.wkbLineString)
        layer.StartTransaction()
        for row in rows:
            geom = ogr.Geometry(ogr.wkbLineString)
            for x, y in row:
                geom.AddPoint_2D(x, y)
            f = ogr.Feature(layer.GetLayerDefn())
            f.SetGeometry(geom)
            layer.CreateFeature(f)
        layer.CommitTransaction()

    def point_layer(name, rows):
        layer = ds.CreateLayer(name, target, ogr.wkbPoint)
        layer.CreateField(ogr.FieldDefn("gcat", ogr.OFTInteger))
        layer.CreateField(ogr.FieldDefn("kind", ogr.OFTString))
        layer.StartTransaction()
        for gcat, x, y, kind in rows:
            geom = ogr.Geometry(ogr.wkbPoint)
            geom.AddPoint_2D(x, y)
            f = ogr.Feature(layer.GetLayerDefn())
            f.SetGeometry(geom)
            f["gcat"] = gcat
            f["kind"] = kind
            layer.CreateFeature(f)
        layer.CommitTransaction()

    if lines is not None:
        line_layer("lines", lines)
    line_layer("segments", segments)
    point_layer("origins", origins)
    point_layer("facilities", facilities)
    point_layer("grasspoints", origins + facilities)
    ds = None


def main():
    mode, source, epsg, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
    rng = random.Random(seed)
    target = srs_for(epsg)

    if mode == "osm":
        lines = read_lines(source, "lines", lambda f: osm_walkable(f["highway"], f["other_tags"]), target)
    elif mode == "lines":
        ds = ogr.Open(source)
        lines = read_lines(source, ds.GetLayer(0).GetName(), lambda f: True, target)
        ds = None
    elif mode == "sample":
        # The sample town's roads are read by our algorithm itself, with its OpenStreetMap filter; GRASS gets
        # the lines this script's own filter keeps.
        lines = read_lines(source, "wegen", lambda f: osm_walkable(f["highway"], None), target)
    else:
        sys.exit("unknown mode " + mode)

    segments = segments_of(lines)
    box = extent(segments)
    sampler = SegmentSampler(segments, rng)

    if mode == "sample":
        ds = ogr.Open(source)
        addresses = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY())
                     for f in ds.GetLayerByName("adressen")]
        step = max(1, -(-len(addresses) // NEAR_ORIGINS))
        near = [(x, y, "address") for x, y in addresses[::step]]
        layer = ds.GetLayerByName("voorzieningen")
        layer.SetAttributeFilter("category = 'meeting_place'")
        facility_points = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY()) for f in layer]
        ds = None
    else:
        near = [sampler.point(80.0) + ("near",) for _ in range(NEAR_ORIGINS)]
        facility_points = [sampler.point(15.0) for _ in range(FACILITIES)]

    origin_points = near + inside_and_far(rng, box, INSIDE_ORIGINS, FAR_ORIGINS)
    origins = [(i + 1, x, y, kind) for i, (x, y, kind) in enumerate(origin_points)]
    facilities = [(FACILITY_CAT_BASE + i + 1, x, y, "facility") for i, (x, y) in enumerate(facility_points)]
    write(out, target, None if mode == "sample" else lines, segments, origins, facilities)
    print("%s: %d lines, %d segments, %d origins, %d facilities" %
          (out, len(lines), len(segments), len(origins), len(facilities)))


if __name__ == "__main__":
    main()
