#!/usr/bin/python3
"""Prints the benchmark's table from the logs bench/run_bench.sh left in RUNS_DIR.

Usage: report.py RUNS_DIR SIZE...

Reads, per size, RUNS_DIR/SIZE/:
  size.info                    counts written by run_bench.sh
  ours.N.log / ours.N.time     qgis_process runs of the algorithm: its "Timing (s): ..." line; GNU time -v
  ours_nocutoff.log / .time    (medium) the same with MAX_DISTANCE beyond any distance, as GRASS computes
  floor.N.log / floor.N.time   the I/O floor: "Floor (s): read=... write=... total=..."
  grass.log / grass.time       (medium) "Grass (s): import=... prepare=... connect=... distance=..."
  qgis.log / qgis.time         (medium) "Qgis (s): one_facility=... facilities=N"
Of repeated runs the fastest (by total) counts: the others were slowed down by something else on the machine.
Peak memory is the largest of all runs. Also writes RUNS_DIR/summary.json with every figure.
"""
import json
import os
import re
import sqlite3
import sys

TARGET_CORE_S = 0.2        # medium: graph + snap + search
TARGET_FLOOR_RATIO = 1.5   # medium: whole algorithm / I/O floor
TARGET_GRASS_RATIO = 40    # medium: GRASS analysis / our whole algorithm ("about 40x")
TARGET_NATIONAL_S = 60     # national: whole algorithm
TARGET_NATIONAL_KB = 4 * 1024 * 1024  # national: peak resident memory, 4 GiB


def read_info(path):
    info = {}
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                if "=" in line:
                    key, value = line.rstrip("\n").split("=", 1)
                    info[key] = value
    return info


def figures(path, prefix):
    """The key=value numbers of the first line starting with prefix, e.g. 'Timing (s):'."""
    if not os.path.exists(path):
        return None
    with open(path, errors="replace") as f:
        for line in f:
            line = line.strip()
            if line.startswith(prefix):
                return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", line[len(prefix):])}
    return None


def gnu_time(path):
    """Wall seconds, peak RSS in KB and exit status from a GNU time -v file."""
    out = {}
    if not os.path.exists(path):
        return out
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("Elapsed (wall clock) time"):
                parts = line.rsplit(" ", 1)[1].split(":")
                seconds = 0.0
                for p in parts:
                    seconds = seconds * 60 + float(p)
                out["wall"] = seconds
            elif line.startswith("Maximum resident set size"):
                out["peak_kb"] = int(line.rsplit(" ", 1)[1])
            elif line.startswith("Exit status"):
                out["status"] = int(line.rsplit(" ", 1)[1])
    return out


def best_run(directory, name, prefix):
    """The fastest successful run NAME.1, NAME.2, ... (or NAME), with the peak memory of all of them."""
    runs = []
    candidates = sorted(f[:-4] for f in os.listdir(directory) if f.endswith(".log") and
                        (f[:-4] == name or re.fullmatch(re.escape(name) + r"\.\d+", f[:-4])))
    for stem in candidates:
        numbers = figures(os.path.join(directory, stem + ".log"), prefix)
        timing = gnu_time(os.path.join(directory, stem + ".time"))
        if numbers and timing.get("status", 1) == 0:
            runs.append(dict(numbers, **timing))
    if not runs:
        return None
    best = dict(min(runs, key=lambda r: r["total"]))
    best["peak_kb"] = max(r.get("peak_kb", 0) for r in runs)
    best["runs"] = len(runs)
    best["totals"] = [r["total"] for r in runs]
    return best


def gb(kb):
    return kb / 1024 / 1024


def mb(kb):
    return kb / 1024


def fmt(value, digits=3):
    return "—" if value is None else "{:.{}f}".format(value, digits)


def output_table(path):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]


def agreement(run_dir, inputs_gpkg, ours_gpkg, cutoff=None):
    """Compares our distances with GRASS's per origin: same reached set, and |difference| within
    max(0.5 m, 0.02 %) (GRASS sums whole-millimetre arc costs)."""
    grass_csv = os.path.join(run_dir, "grass", "grass_distances.csv")
    if not (os.path.exists(grass_csv) and os.path.exists(ours_gpkg)):
        return None
    grass = {}
    with open(grass_csv) as f:
        for line in f:
            cat, _tcat, dist = line.strip().split("|")
            grass[int(cat)] = float(dist)
    db = sqlite3.connect(ours_gpkg)
    db.execute("ATTACH DATABASE ? AS inputs", (inputs_gpkg,))
    table = output_table(ours_gpkg)
    # GRASS's category of an origin is its FID in the homes layer; match on the BAG id, which both carry.
    rows = db.execute('SELECT h.fid, o.dist_m FROM "{}" o JOIN inputs.homes h ON h.identificatie = o.identificatie'
                      .format(table)).fetchall()
    db.close()
    both = within = only_ours = only_grass = boundary = 0
    worst = 0.0
    for cat, ours in rows:
        theirs = grass.get(cat)
        if theirs is not None and cutoff is not None and theirs > cutoff:
            theirs = None  # beyond our cut-off: we rightly report nothing
        if ours is None and theirs is None:
            continue
        if cutoff is not None and ours is None and theirs > cutoff - max(0.5, 0.0002 * cutoff):
            boundary += 1  # at the cut-off within the tolerance: either answer is right
            continue
        if ours is None:
            only_grass += 1
        elif theirs is None:
            only_ours += 1
        else:
            both += 1
            diff = abs(ours - theirs)
            worst = max(worst, diff)
            if diff <= max(0.5, 0.0002 * theirs):
                within += 1
    return {"origins": len(rows), "both": both, "within": within, "only_ours": only_ours,
            "only_grass": only_grass, "at_cutoff": boundary, "worst_m": worst}


def main():
    runs_dir, sizes = sys.argv[1], sys.argv[2:]
    machine = read_info(os.path.join(runs_dir, "machine.info"))
    summary = {"machine": machine, "sizes": {}}
    print("Benchmark of dementiafriendly:walkingaccess  ({date})".format(**{"date": machine.get("date", "?")}))
    print("Machine: {} x {} ({} GB RAM); load before {}, after {}".format(
        machine.get("cores", "?"), machine.get("cpu", "?"), machine.get("memory_gb", "?"),
        machine.get("load_before", "?"), machine.get("load_after", "?")))
    print("QGIS {}, GRASS {}, GDAL {}; plugin build {}; commit {}".format(
        machine.get("qgis", "?"), machine.get("grass", "?"), machine.get("gdal", "?"), machine.get("build", "?"),
        machine.get("commit", "?")))
    print()

    print("Towns (df_gentown)")
    print("  {:<9} {:<44} {:>10} {:>22} {:>11} {:>6}".format("size", "generator", "segments", "origins",
                                                               "facilities", "kinds"))
    for size in sizes:
        info = read_info(os.path.join(runs_dir, size, "size.info"))
        summary["sizes"][size] = {"info": info}
        print("  {:<9} {:<44} {:>10} {:>22} {:>11} {:>6}".format(
            size, info.get("generator", "?"), info.get("segments", "?"), info.get("origins", "?"),
            info.get("facilities", "?"), info.get("kinds", "?")))
    print()

    print("Our algorithm through qgis_process (fastest of the runs; seconds from its Timing line)")
    print("  {:<18} {:>7} {:>7} {:>7} {:>7} {:>7} {:>8} | {:>9} | {:>8} {:>9} | {}".format(
        "size", "read", "graph", "snap", "search", "write", "total", "g+s+s", "process", "peak MB", "runs (totals)"))
    rows = []
    for size in sizes:
        rows.append((size, size, "ours", "Timing (s):"))
        if size == "medium":
            rows.append((size, "medium, no cut-off", "ours_nocutoff", "Timing (s):"))
    results = {}
    for size, label, name, prefix in rows:
        directory = os.path.join(runs_dir, size)
        r = best_run(directory, name, prefix) if os.path.isdir(directory) else None
        results[(size, name)] = r
        summary["sizes"][size][name] = r
        if r is None:
            print("  {:<18} (no successful run)".format(label))
            continue
        r["core"] = r["graph"] + r["snap"] + r["search"]
        print("  {:<18} {:>7} {:>7} {:>7} {:>7} {:>7} {:>8} | {:>9} | {:>8} {:>9} | {} ({})".format(
            label, fmt(r["read"]), fmt(r["graph"]), fmt(r["snap"]), fmt(r["search"]), fmt(r["write"]),
            fmt(r["total"]), fmt(r["core"]), fmt(r.get("wall"), 1), fmt(mb(r.get("peak_kb", 0)), 0), r["runs"],
            ", ".join(fmt(t) for t in r["totals"])))
    print("  (g+s+s = graph + snap + search; process = wall time of qgis_process, start-up included)")
    print()

    print("I/O floor: the same inputs read and the same output written through the same QGIS providers, no analysis")
    print("  {:<18} {:>7} {:>7} {:>8} | {:>8} {:>9} | {:>12}".format("size", "read", "write", "total", "process",
                                                                      "peak MB", "ours / floor"))
    for size in sizes:
        directory = os.path.join(runs_dir, size)
        floor = best_run(directory, "floor", "Floor (s):") if os.path.isdir(directory) else None
        results[(size, "floor")] = floor
        summary["sizes"][size]["floor"] = floor
        if floor is None:
            print("  {:<18} (no successful run)".format(size))
            continue
        ours = results.get((size, "ours"))
        ratio = ours["total"] / floor["total"] if ours else None
        summary["sizes"][size]["ours_over_floor"] = ratio
        print("  {:<18} {:>7} {:>7} {:>8} | {:>8} {:>9} | {:>12}".format(
            size, fmt(floor["read"]), fmt(floor["write"]), fmt(floor["total"]), fmt(floor.get("wall"), 1),
            fmt(mb(floor.get("peak_kb", 0)), 0), fmt(ratio, 2)))
    print()

    grass = qgis = None
    if "medium" in sizes:
        directory = os.path.join(runs_dir, "medium")
        grass = figures(os.path.join(directory, "grass.log"), "Grass (s):")
        qgis = figures(os.path.join(directory, "qgis.log"), "Qgis (s):")
        ours = results.get(("medium", "ours"))
        nocut = results.get(("medium", "ours_nocutoff"))
        if grass or qgis:
            print("Peers on the medium town")
        if grass:
            grass.update(gnu_time(os.path.join(directory, "grass.time")))
            summary["grass"] = grass
            print("  GRASS {}: import {} + prepare (v.split, v.clean snap) {} + connect (v.net) {} + "
                  "v.net.distance {} + export {} = {} s; peak {} MB".format(
                      machine.get("grass", ""), fmt(grass["import"], 1), fmt(grass["prepare"], 1),
                      fmt(grass["connect"], 1), fmt(grass["distance"], 1), fmt(grass["export"], 1),
                      fmt(grass["total"], 1), fmt(mb(grass.get("peak_kb", 0)), 0)))
            print("    analysis (prepare + connect + distance) {} s".format(fmt(grass["analysis"], 1)))
            for label, r in (("ours", ours), ("ours, no cut-off", nocut)):
                if r:
                    print("    {:<17} GRASS analysis / our total {:>6.1f}x   GRASS total / our total {:>6.1f}x   "
                          "v.net.distance alone / our total {:>5.1f}x   GRASS analysis / our g+s+s {:>5.0f}x".format(
                              label, grass["analysis"] / r["total"], grass["total"] / r["total"],
                              grass["distance"] / r["total"], grass["analysis"] / r["core"]))
            for label, name, cutoff in (("ours", "ours.gpkg", 2000.0), ("ours, no cut-off", "ours_nocutoff.gpkg", None)):
                a = agreement(directory, os.path.join(os.path.dirname(runs_dir), "towns", "medium-inputs.gpkg"),
                              os.path.join(directory, name), cutoff)
                if a:
                    summary.setdefault("agreement", {})[label] = a
                    print("    agreement ({}): {} of {} origins reached by both within max(0.5 m, 0.02 %), worst "
                          "{:.2f} m; reached only by ours {}, only by GRASS {}{}".format(
                              label, a["within"], a["both"], a["worst_m"], a["only_ours"], a["only_grass"],
                              "; {} at the cut-off".format(a["at_cutoff"]) if cutoff else ""))
        if qgis:
            qgis.update(gnu_time(os.path.join(directory, "qgis.time")))
            n = int(qgis["facilities"])
            qgis["extrapolated"] = qgis["one_facility"] * n
            summary["qgis"] = qgis
            print("  QGIS native:shortestpathpointtolayer (tolerance 0.1 m): {} s for ONE facility (measured); "
                  "x {} facilities = {} s (EXTRAPOLATED, not measured); peak {} MB".format(
                      fmt(qgis["one_facility"], 1), n, fmt(qgis["extrapolated"], 0),
                      fmt(mb(qgis.get("peak_kb", 0)), 0)))
            for label, r in (("ours", ours), ("ours, no cut-off", nocut)):
                if r:
                    print("    {:<17} QGIS one facility / our total {:>7.1f}x   QGIS x{} (extrapolated) / our total "
                          "{:>7.0f}x".format(label, qgis["one_facility"] / r["total"], n,
                                             qgis["extrapolated"] / r["total"]))
        if grass or qgis:
            print()

    print("Targets")
    checks = []
    medium = results.get(("medium", "ours"))
    medium_floor = results.get(("medium", "floor"))
    national = results.get(("national", "ours"))
    if "medium" in sizes:
        checks.append(("medium: graph + snap + search <= {} s".format(TARGET_CORE_S),
                       medium and medium["core"] <= TARGET_CORE_S,
                       medium and "{:.3f} s (graph {:.3f}, snap {:.3f}, search {:.3f})".format(
                           medium["core"], medium["graph"], medium["snap"], medium["search"])))
        checks.append(("medium: whole algorithm <= {} x I/O floor".format(TARGET_FLOOR_RATIO),
                       medium and medium_floor and medium["total"] <= TARGET_FLOOR_RATIO * medium_floor["total"],
                       medium and medium_floor and "{:.3f} s vs floor {:.3f} s = {:.2f}x (limit {:.3f} s)".format(
                           medium["total"], medium_floor["total"], medium["total"] / medium_floor["total"],
                           TARGET_FLOOR_RATIO * medium_floor["total"])))
        if grass:
            checks.append(("medium: about {}x faster than GRASS, our reading and writing included".format(
                TARGET_GRASS_RATIO), medium and grass["analysis"] / medium["total"] >= TARGET_GRASS_RATIO,
                medium and "GRASS analysis {:.1f} s / our total {:.3f} s = {:.1f}x".format(
                    grass["analysis"], medium["total"], grass["analysis"] / medium["total"])))
    if "national" in sizes:
        checks.append(("national: whole algorithm <= {} s".format(TARGET_NATIONAL_S),
                       national and national["total"] <= TARGET_NATIONAL_S,
                       national and "{:.1f} s (read {:.1f}, graph {:.1f}, snap {:.1f}, search {:.1f}, write {:.1f}); "
                       "qgis_process wall {:.1f} s".format(national["total"], national["read"], national["graph"],
                                                          national["snap"], national["search"], national["write"],
                                                          national.get("wall", 0))))
        checks.append(("national: peak memory <= 4 GB",
                       national and national.get("peak_kb", 0) <= TARGET_NATIONAL_KB,
                       national and "{:.2f} GB peak resident (qgis_process)".format(gb(national["peak_kb"]))))
    summary["targets"] = []
    for name, ok, detail in checks:
        state = "n/a   " if detail is None or detail is False else ("MET   " if ok else "MISSED")
        summary["targets"].append({"target": name, "state": state.strip(), "detail": detail or None})
        print("  [{}] {:<66} {}".format(state, name, detail or "(no measurement)"))

    with open(os.path.join(runs_dir, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1, default=str)


if __name__ == "__main__":
    main()
