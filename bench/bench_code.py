"""Throughput and peak memory of ``iltis code`` on a JSONL corpus.

    python bench/bench_code.py [--corpus PATH] [--limit N]

Runs the real command in a subprocess (so start-up and model loading count, as they do for
users) and prints articles per second and the child's peak resident memory. The default
corpus is ../shared/data/corpus/10kgnad-test.jsonl; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import absent, corpus_parser, count_articles, first_lines, iltis_command


def main() -> int:
    ap = corpus_parser(__doc__, default_limit=0)
    ap.add_argument("--extra", nargs=argparse.REMAINDER, default=[], help="more arguments for iltis code")
    args = ap.parse_args()
    if absent(args.corpus):
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = first_lines(args.corpus, args.limit, Path(tmp))
        n_articles = count_articles(corpus)
        out = Path(tmp) / "out.jsonl"
        started = time.perf_counter()
        proc = subprocess.run([*iltis_command(), "code", str(corpus), "-o", str(out), "-q", *args.extra],
                              capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        with out.open(encoding="utf-8") as fh:
            coded = sum(1 for _ in fh)
    result = {
        "corpus": str(args.corpus), "articles": n_articles, "coded": coded,
        "exit_status": proc.returncode, "seconds": round(elapsed, 2),
        "articles_per_second": round(n_articles / elapsed, 2), "peak_memory_mib": round(peak_kib / 1024, 1),
        "cpus": os.cpu_count(),
    }
    print(json.dumps(result))
    if proc.returncode not in (0, 1):
        print(proc.stderr[-2000:], file=sys.stderr)
        return proc.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
