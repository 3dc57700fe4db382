#!/usr/bin/env bash
# Builds the Debian package: build-pkg/liaison-ledger_<version>_<arch>.deb
#
#   scripts/package.sh                  Release build without tests in build-pkg/, then cpack -G DEB
#   scripts/package.sh --reuse DIR      package an existing build folder instead (CI reuses its test
#                                       build); cpack strips the programs either way
#
# Install the result with: sudo apt install ./build-pkg/liaison-ledger_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
out="$PWD/build-pkg"
if [ "${1:-}" = "--reuse" ]; then
  [ $# -eq 2 ] || { echo "usage: scripts/package.sh [--reuse BUILD_DIR]" >&2; exit 2; }
  build="$2"
  cmake --build "$build" --parallel
else
  build=build-pkg
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLL_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" --parallel
fi
mkdir -p "$out"
rm -f "$out"/liaison-ledger_*.deb
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
ls "$out"/liaison-ledger_*.deb
