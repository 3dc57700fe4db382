#!/usr/bin/env bash
# The whole test suite (GUI tests included, offscreen) built with AddressSanitizer and
# UndefinedBehaviorSanitizer in its own build folder, build-sanitize. Any memory error, leak or undefined
# behaviour fails the test that met it. CI runs this after the normal suite; see docs/HARDENING.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Debug keeps Q_ASSERT on; -O1 -g1 keeps the build and the run fast enough for CI while giving stack
# traces with file and line.
cmake -S . -B build-sanitize -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DLL_SANITIZE=ON -DLL_BUILD_TESTS=ON >/dev/null
cmake --build build-sanitize --parallel "$(nproc)"
suppressions="$PWD/tests/sanitizers/lsan.supp"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$suppressions:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd build-sanitize
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600
