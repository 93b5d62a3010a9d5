#!/usr/bin/env bash
# README command 2: the whole test suite, on every QGIS release the plugin supports.
#  1. build/ (set up by scripts/setup.sh, or here if it is missing), system QGIS 3.22: kernel tests, the
#     sample-town generator, the algorithms through QGIS's processing registry on sample and real data,
#     qgis_process, the model, and the real QGIS desktop under Xvfb — all under ctest;
#  2. build-sanitize/: the kernels again, built with AddressSanitizer and UndefinedBehaviorSanitizer, and
#     build-asan/: the glue's registry tests with the plugin built the same way (QGIS unsanitized);
#  3. the kernels' user-input surfaces fuzzed with libFuzzer (scripts/fuzz.sh, 30 s per target), and the
#     kernels cross-compiled for Windows (mingw-w64) and run under wine;
#  4. QGIS 3.22: the Debian package of build/, installed into a clean Debian 12 root and tested there;
#  5. QGIS 3.40 LTR and 3.44 LTR: each in its own Debian root (trixie, sid): build, the whole ctest suite,
#     the package built, installed, tested and removed (scripts/test-qgis.sh).
# The roots are made in the background while 1-3 run. DF_QGIS_VERSIONS="3.40" (say) limits step 5.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
VERSIONS=${DF_QGIS_VERSIONS:-3.40 3.44}
LOGS=build/test-logs
PASSED=0
FAILED=0
SUMMARY=()

scripts/setup.sh --build-only
mkdir -p "$LOGS"
# mmdebstrap before the roots are prepared in parallel: three apt-get installs at once would fight over the lock.
# shellcheck source=scripts/lib/ensure_packages.sh
source scripts/lib/ensure_packages.sh
ensure_packages mmdebstrap

# The version roots take minutes to download and unpack: start them now, next to the CPU-bound steps.
declare -A PREPARE
for v in 3.22 $VERSIONS; do
  $SUDO bash scripts/test-qgis.sh --prepare "$v" >"$LOGS/prepare-$v.log" 2>&1 &
  PREPARE[$v]=$!
done

# nl_NL.UTF-8 lets the kernels' decimal-comma test run instead of skipping.
if ! locale -a 2>/dev/null | grep -qi '^nl_NL\.utf'; then
  $SUDO localedef -i nl_NL -f UTF-8 nl_NL.UTF-8 || echo "note: could not generate nl_NL.UTF-8"
fi

section() { # NAME COMMAND...: runs one part of the suite, times it, and goes on after a failure
  local name=$1 start rc
  shift
  echo
  echo "== $name"
  start=$(date +%s)
  set +e
  "$@"
  rc=$?
  set -e
  if [ "$rc" = 0 ]; then
    PASSED=$((PASSED + 1))
    SUMMARY+=("ok    $(printf '%5d' $(($(date +%s) - start))) s  $name")
  else
    FAILED=$((FAILED + 1))
    SUMMARY+=("FAIL  $(printf '%5d' $(($(date +%s) - start))) s  $name (exit $rc)")
  fi
}

section "QGIS $(dpkg-query -W -f='${Version}' qgis 2>/dev/null) (system): ctest in build/" \
  bash -c 'cd build && ctest --output-on-failure'

sanitized_kernels() {
  cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DDF_WITH_QGIS=OFF -DDF_SANITIZE=ON >/dev/null &&
    cmake --build build-sanitize -j"$(nproc)" >/dev/null &&
    (cd build-sanitize && ctest --output-on-failure)
}
section "kernels with AddressSanitizer and UndefinedBehaviorSanitizer (build-sanitize/)" sanitized_kernels

# The glue too: the plugin's own code built with ASan and UBSan, QGIS itself as Debian ships it. The test
# programs are ours, so the sanitizer runtime starts with them; leaks kept by QGIS and the libraries below it
# are suppressed (tests/sanitizers/lsan.supp), the plugin's own are not. The soak runs in step 1 instead.
sanitized_glue() {
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DDF_SANITIZE=ON >/dev/null &&
    cmake --build build-asan -j"$(nproc)" --target sample_town \
      $(sed -n 's/^foreach(name \(.*\))$/\1/p' tests/qgis/CMakeLists.txt | sed 's/\([a-z]*\)/test_\1/g') >/dev/null &&
    (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
      LSAN_OPTIONS=suppressions="$PWD/../tests/sanitizers/lsan.supp" \
      ctest --output-on-failure -j"$(nproc)" -R '^qgis\.' -E '^qgis\.soak\.')
}
section "glue with AddressSanitizer and UndefinedBehaviorSanitizer: the registry tests (build-asan/)" sanitized_glue
section "kernels fuzzed with libFuzzer (${DF_FUZZ_SECONDS:-30} s per target)" scripts/fuzz.sh
section "kernels for Windows (mingw-w64, under wine)" scripts/test-windows-kernels.sh

for v in 3.22 $VERSIONS; do
  wait "${PREPARE[$v]}" || true # a failed preparation shows again, with its message, in the step itself
  if [ "$v" = 3.22 ]; then
    section "QGIS 3.22: the package of build/ installed in a Debian 12 root" $SUDO bash scripts/test-qgis.sh 3.22 build
  else
    section "QGIS $v: Debian root, whole suite, package" $SUDO bash scripts/test-qgis.sh "$v"
  fi
done

echo
echo "== summary (packages in build/packages/)"
printf '%s\n' "${SUMMARY[@]}"
echo "sections: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
