#!/usr/bin/env bash
# Output identity guard for refactoring (docs/architecture.md, "Refactoring safely"): every algorithm's outputs on
# the sample town, built from git revision REV and from this working tree, compared field by field.
#
# Usage: scripts/compare_outputs.sh [--rel-tol X] [--keep] [--no-build] REV [BUILD_DIR]
#   REV        the revision to compare with (e.g. main, HEAD~1); built in a temporary git worktree with its own
#              build directory (ccache makes the rebuild cheap)
#   BUILD_DIR  this working tree's build directory (default: build); its plugin and sample town are built first
#   --rel-tol  compare numbers with this relative tolerance (default: exactly, bit for bit)
#   --keep     keep the temporary worktree, its build and the outputs (their path is printed); a later run
#              with the same REV reuses its build
#   --no-build use this working tree's plugin as it is built (e.g. to compare a build of an earlier state)
# Exit status 0 when every output is identical, 1 on any difference, 2 when a build or a run fails.
# Not part of ctest: it builds another revision.
set -euo pipefail

REL_TOL=0
KEEP=0
NO_BUILD=0
while [ $# -gt 0 ]; do
  case $1 in
  --rel-tol) REL_TOL=$2; shift 2 ;;
  --keep) KEEP=1; shift ;;
  --no-build) NO_BUILD=1; shift ;;
  -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
  *) break ;;
  esac
done
REV=${1:?usage: compare_outputs.sh [--rel-tol X] [--keep] [--no-build] REV [BUILD_DIR]}
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(mkdir -p "${2:-$SRC/build}" && cd "${2:-$SRC/build}" && pwd)
SHA=$(git -C "$SRC" rev-parse --verify "$REV^{commit}") || { echo "unknown revision $REV" >&2; exit 2; }
JOBS=${DF_JOBS:-2}

# The other revision's worktree lives inside this build directory: under ccache's base_dir like the sources, so
# its compilations hit the cache that builds of the same files elsewhere filled.
WORK=$BUILD/compare-outputs
OTHER=$WORK/rev-${SHA:0:12}
mkdir -p "$WORK"
cleanup() {
  local status=$?
  if [ "$KEEP" = 1 ] || [ "$status" -eq 2 ]; then
    echo "(kept $WORK)"
  else
    git -C "$SRC" worktree remove --force "$OTHER" 2>/dev/null || true
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 2; }

build() { # NAME SOURCE_DIR BUILD_DIR: configures if needed, builds the plugin and the sample town
  local log=$WORK/$1 src=$2 build=$3
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
      >"$log.configure.log" 2>&1 || { tail -n 30 "$log.configure.log" >&2; fail "configure $src"; }
  fi
  CCACHE_NOHASHDIR=1 nice cmake --build "$build" -j"$JOBS" --target dementiafriendlyplugin sample_town \
    >"$log.build.log" 2>&1 || { tail -n 30 "$log.build.log" >&2; fail "build $src (log $log.build.log)"; }
}

plugin_dir() { # SOURCE_DIR BUILD_DIR TARGET: a plugin folder with the bridge and the library of that build
  local src=$1 build=$2 dir=$3/dementiafriendly lib=$2/plugin/libdementiafriendlyplugin.so
  [ -f "$lib" ] || fail "no $lib"
  mkdir -p "$dir"
  cp "$src/python/__init__.py" "$lib" "$dir/"
}

run() { # NAME PLUGINS: runs every algorithm with that plugin, in a throw-away QGIS profile
  local name=$1 plugins=$2 root=$WORK/$1
  mkdir -p "$root/profile" "$root/home" "$root/xdg" && chmod 700 "$root/xdg"
  echo "running every algorithm with the plugin of $name"
  QGIS_CUSTOM_CONFIG_PATH=$root/profile HOME=$root/home XDG_RUNTIME_DIR=$root/xdg QT_QPA_PLATFORM=offscreen \
    LC_ALL=C.UTF-8 LANG=C.UTF-8 /usr/bin/python3 "$SRC/scripts/compare_outputs.py" run --plugins "$plugins" \
    --town "$TOWN" --out "$root/out" >"$root/run.log" 2>&1 || { tail -n 30 "$root/run.log" >&2; fail "run with $name"; }
}

if [ "$NO_BUILD" = 1 ]; then
  echo "using this working tree's build in $BUILD as it is"
else
  echo "building this working tree in $BUILD"
  build tree "$SRC" "$BUILD"
fi
TOWN=$BUILD/sample/voorbeeldstad.gpkg
[ -f "$TOWN" ] || fail "no sample town $TOWN"
# One town for both: the comparison is about the algorithms, not the generator.
cp "$TOWN" "$WORK/town.gpkg"
TOWN=$WORK/town.gpkg

echo "building $REV ($SHA) in $OTHER"
if [ ! -d "$OTHER" ]; then
  git -C "$SRC" worktree add --detach "$OTHER" "$SHA" >/dev/null 2>&1 || fail "git worktree add $OTHER $SHA"
fi
build rev "$OTHER" "$OTHER/build"

plugin_dir "$OTHER" "$OTHER/build" "$WORK/plugins-rev"
plugin_dir "$SRC" "$BUILD" "$WORK/plugins-tree"
run rev "$WORK/plugins-rev"
run tree "$WORK/plugins-tree"
echo "comparing (A: $REV, B: this working tree)"
python3 "$SRC/scripts/compare_outputs.py" compare "$WORK/rev/out/dump.json" "$WORK/tree/out/dump.json" \
  --rel-tol "$REL_TOL"
