#!/usr/bin/env bash
# Builds everything and runs the whole test suite (offscreen; no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLL_BUILD_TESTS=ON >/dev/null
cmake --build build-tests --parallel
cd build-tests
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
