#!/usr/bin/env bash
# Windows portability check of the kernels: cross-compiles algorithms/kernels and tests/kernels with Debian's
# mingw-w64 (GoogleTest built from /usr/src/googletest with the same toolchain) into build-mingw/, and runs
# test_kernels.exe under wine in a throwaway, headless wine prefix. Exits non-zero if a test fails.
# Installs the Debian packages that are missing (mingw-w64 g++ with POSIX threads, wine, googletest sources).
# See docs/windows.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(g++-mingw-w64-x86-64-posix wine wine64 googletest cmake make)
# shellcheck source=scripts/lib/ensure_packages.sh
source scripts/lib/ensure_packages.sh # the script runs from the repository root
ensure_packages "${PACKAGES[@]}"

echo "== cross-building the kernels for Windows (build-mingw/)"
# -O2 -DNDEBUG as in the native RelWithDebInfo build, without its -g: debug info doubles the time of a static
# mingw build and nobody debugs these .exe files.
cmake -S . -B build-mingw -DCMAKE_TOOLCHAIN_FILE="$PWD/cmake/mingw-w64-x86_64.cmake" -DDF_WITH_QGIS=OFF \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" >/dev/null
cmake --build build-mingw --target test_kernels -j"$(nproc)" >/dev/null

echo "== kernel tests under wine"
WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/df-wine.XXXXXX")
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$WINEPREFIX"' EXIT
export WINEPREFIX WINEDEBUG=-all WINEARCH=win64
# Headless: no X display (a console program needs none), and no dialogs offering to download Mono or Gecko.
unset DISPLAY WAYLAND_DISPLAY
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
WINE=$(command -v wine || command -v wine64)
log=build-mingw/test_kernels.log
if "$WINE" build-mingw/tests/kernels/test_kernels.exe --gtest_brief=1 >"$log" 2>&1; then
  grep -E '^\[  PASSED  \]' "$log"
else
  cat "$log"
  echo "== kernel tests failed under wine (log: $log)" >&2
  exit 1
fi
