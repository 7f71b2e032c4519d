#!/usr/bin/env bash
# Set up, then code the bundled example articles into an event store (out/examples.duckdb),
# export it as JSON Lines (out/examples.jsonl) and print what the store holds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.venv/bin/iltis run examples/ --db out/examples.duckdb
.venv/bin/iltis export --db out/examples.duckdb -o out/examples.jsonl
.venv/bin/iltis stats --db out/examples.duckdb
echo "records: out/examples.jsonl   store: out/examples.duckdb"
