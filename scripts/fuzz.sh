#!/usr/bin/env bash
# Fuzzes the kernels' user-input surfaces with libFuzzer (tests/fuzz, docs/robustness.md "Fuzzing").
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     default 30; the environment variable DF_FUZZ_SECONDS, when set,
#                                            overrides both the argument and the default
# - installs clang-14 and libclang-rt-14-dev when they are missing (apt-get; sudo when not root)
# - builds the targets with clang in build-fuzz/ (kernels only, -DDF_FUZZ=ON; the gcc build is untouched)
# - runs each target for that long from its committed seed corpus (tests/fuzz/corpus/<target>, read only;
#   new inputs go to build-fuzz/corpus/<target>) and prints its executions and libFuzzer's final coverage
# - exits non-zero when any target crashes, breaks a contract, hits a sanitizer or times out; the input that
#   did it is kept in build-fuzz/artifacts/ with the command to reproduce it.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET="${DF_FUZZ_SECONDS:-${1:-30}}"
if ! [[ "$SECONDS_PER_TARGET" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] (a whole number above 0; got '$SECONDS_PER_TARGET')" >&2
  exit 2
fi
TARGETS=(scoreprofile siteprofile censusvalue agelayout prevalence network maxcover clusters)
BUILD=build-fuzz

PACKAGES=(clang-14 libclang-rt-14-dev cmake make libgtest-dev)
# shellcheck source=scripts/lib/ensure_packages.sh
source scripts/lib/ensure_packages.sh # the script runs from the repository root
ensure_packages "${PACKAGES[@]}"

echo "== building the fuzz targets in $BUILD/ (clang-14, ASan + UBSan + libFuzzer)"
CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD" -DDF_WITH_QGIS=OFF -DDF_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" --target fuzz_all -j"$(nproc)" >/dev/null

echo "== fuzzing ${#TARGETS[@]} targets, ${SECONDS_PER_TARGET} s each"
mkdir -p "$BUILD/artifacts" "$BUILD/logs"
failed=()
printf '%-14s %12s %8s %8s  %s\n' target executions cov ft result
for t in "${TARGETS[@]}"; do
  mkdir -p "$BUILD/corpus/$t"
  log="$BUILD/logs/$t.log"
  rc=0
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$BUILD/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_PER_TARGET" -timeout=30 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/$t-" \
    "$BUILD/corpus/$t" "tests/fuzz/corpus/$t" >"$log" 2>&1 || rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  [ -n "$execs" ] || execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#' || true)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  if [ "$rc" -eq 0 ]; then
    result=ok
  else
    result="FAILED (exit $rc, log $log)"
    failed+=("$t")
  fi
  printf '%-14s %12s %8s %8s  %s\n' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$result"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "== FAILED: ${failed[*]}"
  for t in "${failed[@]}"; do
    grep -E 'contract broken|ERROR: |runtime error|SUMMARY' "$BUILD/logs/$t.log" | head -5 | sed "s/^/   $t: /"
    for a in "$BUILD"/artifacts/"$t"-*; do
      [ -e "$a" ] && echo "   reproduce: $BUILD/tests/fuzz/fuzz_$t $a"
    done
  done
  echo "   Make each input a unit test in tests/kernels/ and fix the kernel (docs/robustness.md)."
  exit 1
fi
echo "== fuzzing: all ${#TARGETS[@]} targets ok"
