#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, in build-fuzz) and runs each for SECONDS seconds
# (default 60) from the committed seed corpus in tests/fuzz/corpus/. New inputs libFuzzer finds are kept
# in build-fuzz/corpus/, crashes in build-fuzz/crashes/. Usage: scripts/fuzz.sh [SECONDS [TARGET...]]
# See docs/HARDENING.md for running longer and turning a crash into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(csvreader import)
scripts/install-deps.sh
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -G Ninja "${launcher[@]}" -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLL_FUZZ=ON -DLL_BUILD_TESTS=OFF -DLL_BUILD_GUI=OFF >/dev/null
build_targets=()
for t in "${targets[@]}"; do build_targets+=("fuzz_$t"); done
cmake --build build-fuzz --parallel "$(nproc)" --target "${build_targets[@]}"
export ASAN_OPTIONS="detect_leaks=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
passed=0
failed=0
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t" build-fuzz/crashes
  echo "Fuzzing $t for ${seconds}s"
  # -max_len: the shapes that matter fit in 64 KiB (huge cells and rows are covered by the limits'
  # own tests); -timeout: one input may not take longer than 20 s; -rss_limit_mb: memory bound.
  if ! "build-fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$t-" \
      "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t"; then
    echo "fuzz_$t found a problem: see build-fuzz/crashes/ and docs/HARDENING.md" >&2
    status=1
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
exit $status
