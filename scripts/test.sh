#!/usr/bin/env bash
# Set up, then run the test suite (tests that need ../shared skip when it is absent).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest -q "$@"
