"""What geoparsing adds to ``iltis code``: the time ratio of ``--pipeline analyse,places`` to
``--pipeline analyse`` (target: under 1.20), plus the gazetteer's build and load times.

    python bench/bench_places.py [--corpus PATH] [--limit 200]

Both runs are the real command in a subprocess. The index is built first (and timed) in a
temporary cache directory, so the places run measures geoparsing, not the first-use build.
Without the corpus (../shared/data/corpus/10kgnad-test.jsonl) the script says so and exits 0.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from common import absent, corpus_parser, first_lines, iltis_command, timed


def main() -> int:
    ap = corpus_parser(__doc__, default_limit=200)
    args = ap.parse_args()
    if absent(args.corpus):
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, ILTIS_CACHE_DIR=str(Path(tmp) / "cache"))
        build_s = timed([*iltis_command(), "gazetteer", "build"], env)
        load = ("import time; t = time.perf_counter(); from iltis.places.gazetteer import get_gazetteer; "
                "g = get_gazetteer(); g.lookup(['moskau']); print(time.perf_counter() - t)")
        load_s = float(subprocess.run([sys.executable, "-c", load], capture_output=True, text=True, env=env,
                                      check=True).stdout)
        corpus = first_lines(args.corpus, args.limit, Path(tmp))
        base = [*iltis_command(), "code", str(corpus), "-q", "-o", str(Path(tmp) / "out.jsonl"), "--pipeline"]
        analyse_s = timed([*base, "analyse"], env)
        places_s = timed([*base, "analyse,places"], env)
    print(json.dumps({
        "corpus": str(args.corpus), "articles": args.limit or "all",
        "index_build_seconds": round(build_s, 2), "index_load_seconds": round(load_s, 3),
        "analyse_seconds": round(analyse_s, 2), "analyse_places_seconds": round(places_s, 2),
        "ratio": round(places_s / analyse_s, 3),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
