#!/usr/bin/env bash
# README command 2: the whole test suite.
#  1. build/ (set up by scripts/setup.sh, or here if it is missing): kernel tests, the sample-town generator,
#     the algorithms through QGIS's processing registry on sample and real data, qgis_process, and the real
#     QGIS desktop under Xvfb — all under ctest;
#  2. build-sanitize/: the kernels again, built with AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --build-only
echo "== tests (build/)"
(cd build && ctest --output-on-failure)

echo "== kernel tests with AddressSanitizer and UndefinedBehaviorSanitizer (build-sanitize/)"
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DDF_WITH_QGIS=OFF -DDF_SANITIZE=ON >/dev/null
cmake --build build-sanitize -j"$(nproc)" >/dev/null
(cd build-sanitize && ctest --output-on-failure)
