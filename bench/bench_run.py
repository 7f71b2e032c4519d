"""Throughput, peak memory and multi-core speed-up of ``iltis run``.

    python bench/bench_run.py [--limit N] [CORPUS.jsonl ...]

Codes the corpora into a fresh DuckDB store once with one worker and once with all cores,
and prints articles per second for both, the speed-up, and each run's peak resident memory
(parent and workers together). Default corpora: ../shared/data/corpus/10kgnad-test.jsonl and
../shared/data/quotes/train.jsonl; absent ones are skipped with a message.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import GNAD, SHARED_DATA, count_articles, first_lines, iltis_command

DEFAULT_CORPORA = [GNAD, SHARED_DATA / "quotes" / "train.jsonl"]


def tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and its descendants, from /proc."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                total += next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo.extend(int(c) for c in fh.read().split())
        except (OSError, StopIteration):
            continue
    return total


def timed_run(corpora: list[Path], workers: int, tmp: Path) -> dict[str, float]:
    db = tmp / f"bench-{workers}.duckdb"
    cmd = [*iltis_command(), "run", *map(str, corpora), "--db", str(db), "-q", "-j", str(workers)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, tree_rss_kib(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    elapsed = time.perf_counter() - started
    sampler.join()
    if proc.returncode not in (0, 1):
        sys.exit(f"iltis run failed ({proc.returncode}): {stderr[-2000:]}")
    return {"seconds": round(elapsed, 2), "peak_memory_mib": round(peak / 1024, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles of each corpus")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    present = [c for c in args.corpora if c.exists()]
    for c in args.corpora:
        if not c.exists():
            print(f"skipped: corpus {c} is absent")
    if not present:
        return 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpora = [first_lines(c, args.limit, tmp) for c in present]
        n = sum(count_articles(c) for c in corpora)
        one = timed_run(corpora, 1, tmp)
        many = timed_run(corpora, args.workers, tmp)
    print(json.dumps({
        "corpora": [str(c) for c in present], "articles": n, "workers": args.workers,
        "one_worker": {**one, "articles_per_second": round(n / one["seconds"], 2)},
        "all_workers": {**many, "articles_per_second": round(n / many["seconds"], 2)},
        "speedup": round(one["seconds"] / many["seconds"], 2),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
