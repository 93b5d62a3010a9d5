#!/usr/bin/env bash
# The plugin on another QGIS release, in a Debian root made with mmdebstrap (as root: chroot and mounts).
#
#   scripts/test-qgis.sh 3.40         build in a Debian 13 (trixie) root, run the whole test suite there, build
#   scripts/test-qgis.sh 3.44         the .deb, install it, test the installed package, remove it (sid for 3.44)
#   scripts/test-qgis.sh 3.22 BUILD   package the system build BUILD (QGIS 3.22 on this Debian 12 machine) and
#                                     test that package installed in a clean Debian 12 root
#   scripts/test-qgis.sh --prepare V  only make (or check) the root for version V
#
# The roots are kept in $DF_ROOTS_DIR (default /var/cache/dementiafriendly-roots) and rebuilt when the package
# list below changes; a fresh machine makes them from nothing (about 5 minutes each, mostly download). The
# packages land in build/packages/ of the source tree. Set DF_KEEP_TMP=1 to keep the tests' profiles.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
PREPARE_ONLY=0
if [ "${1:-}" = --prepare ]; then
  PREPARE_ONLY=1
  shift
fi
VERSION=${1:?usage: test-qgis.sh 3.22 BUILD_DIR | 3.40 | 3.44}
case "$VERSION" in
3.22) SUITE=bookworm ;;
3.40) SUITE=trixie ;;
3.44) SUITE=sid ;;
*)
  echo "unknown QGIS version $VERSION (3.22, 3.40 or 3.44)" >&2
  exit 2
  ;;
esac
[ "$(id -u)" = 0 ] || exec sudo --preserve-env=DF_ROOTS_DIR,DF_KEEP_TMP "$0" "$@"

ROOTS=${DF_ROOTS_DIR:-/var/cache/dementiafriendly-roots}
ROOT=$ROOTS/$SUITE
MIRROR=http://deb.debian.org/debian
# To run the plugin: QGIS, its Python bindings, an X server for the desktop test, sqlite3 for the checks,
# Chromium for the report's browser test (headless.report_browser),
# nl_NL.UTF-8 for the kernels' decimal-comma test. To build and run the whole suite as well: the rest.
# (python3-markdown: the HTML documentation is generated at build time, docs/build_html.py.)
RUNTIME=qgis,qgis-providers,python3-qgis,python3-gdal,xvfb,xauth,fonts-dejavu-core,sqlite3,locales,bc,chromium
BUILD_TOOLS=libqgis-dev,qttools5-dev,qttools5-dev-tools,libgdal-dev,cmake,g++,make,libgtest-dev,grass-core,dpkg-dev,file,python3-markdown
if [ "$VERSION" = 3.22 ]; then PACKAGES=$RUNTIME; else PACKAGES=$RUNTIME,$BUILD_TOOLS; fi
APTOPT=()
# The archive served here is a snapshot: sid's Release file has expired.
[ "$SUITE" = sid ] && APTOPT=(--aptopt='Acquire::Check-Valid-Until "false"')

step() { echo "== [QGIS $VERSION] $*"; }

# --- the root ----------------------------------------------------------------------------------------------
make_root() {
  command -v mmdebstrap >/dev/null || {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
  }
  step "making the $SUITE root in $ROOT (mmdebstrap; a few minutes)"
  rm -rf "$ROOT.tmp"
  mkdir -p "$ROOTS"
  mmdebstrap --quiet --variant=apt "${APTOPT[@]}" --include="$PACKAGES" \
    --customize-hook='chroot "$1" localedef -i nl_NL -f UTF-8 nl_NL.UTF-8' \
    "$SUITE" "$ROOT.tmp" "$MIRROR"
  echo "$PACKAGES" >"$ROOT.tmp/.df-packages"
  rm -rf "$ROOT"
  mv "$ROOT.tmp" "$ROOT"
}
if [ ! -f "$ROOT/.df-packages" ] || [ "$(cat "$ROOT/.df-packages")" != "$PACKAGES" ]; then
  make_root
fi
[ "$PREPARE_ONLY" = 1 ] && exit 0

MOUNTS=()
cleanup() {
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
mount_in_root() { # TYPE-OR-SOURCE TARGET [read-only]
  mkdir -p "$2"
  if [ "$1" = proc ] || [ "$1" = tmpfs ] || [ "$1" = devpts ]; then
    mount -t "$1" "$1" "$2"
  else
    mount --bind "$1" "$2"
    [ "${3:-}" = ro ] && mount -o remount,bind,ro "$2"
  fi
  MOUNTS+=("$2")
}
mount_in_root proc "$ROOT/proc"
mount_in_root tmpfs "$ROOT/dev/shm" # Xvfb and Qt's shared memory
mount_in_root devpts "$ROOT/dev/pts" # apt's log of dpkg's output
mount_in_root "$SRC" "$ROOT/src" ro # the tests never write into the source tree
in_root() {
  chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 TERM=dumb \
    DF_KEEP_TMP="${DF_KEEP_TMP:-0}" "$@"
}
QGIS_FOUND=$(in_root dpkg-query -W -f='${Version}' qgis)
installed() { in_root dpkg-query -W -f='${db:Status-Abbrev} ${Version}\n' "$1" 2>/dev/null | sed -n 's/^ii *//p' | head -n 1; }
step "$SUITE root: QGIS $QGIS_FOUND, Qt $(installed 'libqt5core5*'), GDAL $(installed 'libgdal3*')"
case "$QGIS_FOUND" in
"$VERSION".*) ;;
*) echo "note: $SUITE now has QGIS $QGIS_FOUND, not $VERSION: testing what it has" ;;
esac

# A package or files left by an interrupted earlier run would be loaded beside the build under test.
in_root apt-get remove -y -qq qgis-plugin-dementiafriendly >/dev/null 2>&1 || true
rm -rf "$ROOT/usr/share/qgis/python/plugins/dementiafriendly" "$ROOT/usr/lib/qgis/plugins/libdementiafriendlyplugin.so"

# --- build and the whole suite (3.40, 3.44), or the system build's package (3.22) --------------------------
mkdir -p "$SRC/build/packages"
if [ "$VERSION" = 3.22 ]; then
  HOST_BUILD=$(cd "${2:?test-qgis.sh 3.22 needs the system build directory}" && pwd)
  step "packaging the system build $HOST_BUILD"
  (cd "$HOST_BUILD" && cpack -G DEB >/dev/null)
  DEB=$(ls -t "$HOST_BUILD"/packages/qgis-plugin-dementiafriendly_*+qgis3.22_amd64.deb | head -n 1)
  TEST_BUILD=/work/build
  mount_in_root "$HOST_BUILD" "$ROOT$TEST_BUILD" ro
else
  BUILD=/work/build-$VERSION
  step "building in $ROOT$BUILD"
  # The 200-round soak runs on the system QGIS; here 30 rounds show the same code is sound on this release.
  in_root cmake -S /src -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DDF_SOAK_ROUNDS=30 >/dev/null
  in_root cmake --build "$BUILD" -j"$(nproc)" >"$ROOT/work/build-$VERSION.log" 2>&1 || {
    tail -n 60 "$ROOT/work/build-$VERSION.log"
    exit 1
  }
  step "the whole test suite (ctest)"
  in_root bash -c "cd $BUILD && ctest --output-on-failure -j$(nproc)"
  step "packaging"
  in_root bash -c "cd $BUILD && cpack -G DEB >/dev/null"
  DEB=$(ls -t "$ROOT$BUILD"/packages/qgis-plugin-dementiafriendly_*+qgis"$VERSION"_amd64.deb | head -n 1)
  TEST_BUILD=$BUILD
fi
[ "$(dirname "$DEB")" -ef "$SRC/build/packages" ] || cp "$DEB" "$SRC/build/packages/"
step "package $(basename "$DEB"): $(dpkg-deb -f "$DEB" Depends)"

# --- the installed package -----------------------------------------------------------------------------------
cp "$DEB" "$ROOT/tmp/"
PKG=$(dpkg-deb -f "$DEB" Package)
in_root apt-get remove -y -qq "$PKG" >/dev/null 2>&1 || true
step "apt-get install ./$(basename "$DEB")"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$DEB")" >/dev/null
SAMPLE=$TEST_BUILD/sample/voorbeeldstad.gpkg
step "qgis_process and PyQGIS with the installed package"
in_root env DF_TEST_INSTALLED=1 bash /src/tests/headless/test_qgis_process.sh "$TEST_BUILD" /src "$SAMPLE"
step "QGIS desktop (Xvfb) with the installed package"
in_root env DF_TEST_INSTALLED=1 bash /src/tests/desktop/test_desktop.sh "$TEST_BUILD" /src "$SAMPLE" \
  "/tmp/desktop-installed-$VERSION.png"
cp "$ROOT/tmp/desktop-installed-$VERSION.png" "$SRC/build/packages/" 2>/dev/null || true
step "Help, About and icons in QGIS desktop in Dutch (Xvfb) with the installed package"
in_root env DF_TEST_INSTALLED=1 bash /src/tests/desktop/test_desktop.sh "$TEST_BUILD" /src "$SAMPLE" \
  "/tmp/help-installed-$VERSION" check_help.py nl

step "apt-get remove: QGIS still starts cleanly"
in_root apt-get remove -y -qq "$PKG" >/dev/null
for left in /usr/lib/qgis/plugins/libdementiafriendlyplugin.so /usr/share/qgis/python/plugins/dementiafriendly; do
  if [ -e "$ROOT$left" ]; then
    echo "FAIL: $left is still there after apt-get remove" >&2
    exit 1
  fi
done
in_root bash /src/tests/headless/test_after_remove.sh
step "passed"
