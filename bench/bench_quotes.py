"""Cost of quotation extraction: ``iltis code --pipeline analyse`` vs ``analyse,quotes``.

    python bench/bench_quotes.py [--corpus PATH] [--limit N]

Target (issue 4): quotes add under 20 % to the time of ``iltis code``. Both runs are the real
command in a subprocess on the same articles, timed one after the other; the ratio is
printed with both times. The default corpus is the first 200 articles of
../shared/data/corpus/10kgnad-test.jsonl; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "corpus" / "10kgnad-test.jsonl"
TARGET_RATIO = 1.20


def iltis_command() -> list[str]:
    local = REPO / ".venv" / "bin" / "iltis"
    return [str(local)] if local.exists() else [sys.executable, "-m", "iltis.cli"]


def timed(corpus: Path, out: Path, pipeline: str) -> float:
    started = time.perf_counter()
    subprocess.run([*iltis_command(), "code", str(corpus), "-o", str(out), "-q", "--pipeline", pipeline],
                   check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=200, help="only the first N articles (0: all)")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"skipped: corpus {args.corpus} is absent")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with args.corpus.open(encoding="utf-8") as src, corpus.open("w", encoding="utf-8") as dst:
            dst.writelines(itertools.islice(src, args.limit or None))
        base = timed(corpus, Path(tmp) / "base.jsonl", "analyse")
        with_quotes = timed(corpus, Path(tmp) / "quotes.jsonl", "analyse,quotes")
        with (Path(tmp) / "quotes.jsonl").open(encoding="utf-8") as fh:
            n_quotes = sum(len(json.loads(line)["quotes"]) for line in fh)
    ratio = with_quotes / base
    print(json.dumps({"articles": args.limit, "analyse_s": round(base, 2), "analyse_quotes_s": round(with_quotes, 2),
                      "ratio": round(ratio, 3), "target": TARGET_RATIO, "quotes": n_quotes,
                      "ok": ratio < TARGET_RATIO}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
