"""Cost of quotation extraction: ``iltis code --pipeline analyse`` vs ``analyse,quotes``.

    python bench/bench_quotes.py [--corpus PATH] [--limit N]

Target (issue 4): quotes add under 20 % to the time of ``iltis code``. Both runs are the real
command in a subprocess on the same articles, timed one after the other; the ratio is
printed with both times. The default corpus is the first 200 articles of
../shared/data/corpus/10kgnad-test.jsonl; without it the script says so and exits 0.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from common import absent, corpus_parser, first_lines, iltis_command, timed

TARGET_RATIO = 1.20


def timed_code(corpus: Path, out: Path, pipeline: str) -> float:
    return timed([*iltis_command(), "code", str(corpus), "-o", str(out), "-q", "--pipeline", pipeline])


def main() -> int:
    ap = corpus_parser(__doc__, default_limit=200)
    args = ap.parse_args()
    if absent(args.corpus):
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = first_lines(args.corpus, args.limit, Path(tmp))
        base = timed_code(corpus, Path(tmp) / "base.jsonl", "analyse")
        with_quotes = timed_code(corpus, Path(tmp) / "quotes.jsonl", "analyse,quotes")
        with (Path(tmp) / "quotes.jsonl").open(encoding="utf-8") as fh:
            n_quotes = sum(len(json.loads(line)["quotes"]) for line in fh)
    ratio = with_quotes / base
    print(json.dumps({"articles": args.limit, "analyse_s": round(base, 2), "analyse_quotes_s": round(with_quotes, 2),
                      "ratio": round(ratio, 3), "target": TARGET_RATIO, "quotes": n_quotes,
                      "ok": ratio < TARGET_RATIO}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
