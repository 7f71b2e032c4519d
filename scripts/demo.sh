#!/usr/bin/env bash
# Set up, then code the bundled example articles into out/examples.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.venv/bin/iltis code examples/ -o out/examples.jsonl
.venv/bin/python - <<'PY'
import json
for line in open("out/examples.jsonl", encoding="utf-8"):
    rec = json.loads(line)
    print(f"{rec['id']:<28} {rec['date'] or '-':<10}  events={len(rec['events'])} places={len(rec['places'])} "
          f"quotes={len(rec['quotes'])} actors={len(rec['actors'])} removed={len(rec['removed'])}")
print("records written to out/examples.jsonl")
PY
