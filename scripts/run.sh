#!/usr/bin/env bash
# Quick start: install what is missing, build, and start the program on the default database.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel
if [ -x build/app/gui/liaison-ledger ]; then
  exec build/app/gui/liaison-ledger "$@"
fi
# Without the desktop program: create the default database with demo data and show its figures.
cli=build/app/cli/liaison-ledger-cli
"$cli" init --station "示范代表联络站" --street "积玉桥街道" 2>/dev/null || true
"$cli" demo --deputies 30 --appeals 2000 --year "$(date +%Y)" --seed 7 2>/dev/null || true
exec "$cli" stats --year "$(date +%Y)"
