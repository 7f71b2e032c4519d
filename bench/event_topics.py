"""How often the coder finds events in each newspaper section: a proxy for false events.

    python bench/event_topics.py [--corpus PATH] [--limit N] [-j N]

10kGNAD gives every DER STANDARD article its section. Sport, Kultur, Wissenschaft, Web and
Etat (media) rarely report political events, so the share of their articles that get any
event is an upper bound on how often the coder invents events in non-political news (some
of those articles do report politics: a doping ban, a censored website). International and
Inland show the other side. The corpus is unlabelled for events, so this is no precision
figure. Without the corpus the script says so and exits 0.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from common import corpus_parser, first_lines, iltis_command

NON_POLITICAL = ("Sport", "Kultur", "Wissenschaft", "Web", "Etat")


def main() -> int:
    ap = corpus_parser(__doc__, default_limit=0)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus} is absent; nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = first_lines(args.corpus, args.limit, Path(tmp))
        out = Path(tmp) / "events.jsonl"
        proc = subprocess.run([*iltis_command(), "code", str(corpus), "-q", "-j", str(args.jobs), "-o", str(out)],
                              capture_output=True, text=True)
        if proc.returncode not in (0, 1):
            sys.exit(proc.stderr[-2000:])
        section = {}
        with corpus.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    art = json.loads(line)
                    section[art["id"]] = art.get("category") or "?"
        articles, with_events, events = Counter(), Counter(), Counter()
        with out.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                cat = section.get(rec["id"], "?")
                n = len(rec.get("events") or [])
                articles[cat] += 1
                with_events[cat] += n > 0
                events[cat] += n
    print(f"{'section':14} {'articles':>8} {'with events':>12} {'share':>6} {'events':>7}")
    for cat in sorted(articles, key=lambda c: (c in NON_POLITICAL, c)):
        print(f"{cat:14} {articles[cat]:8d} {with_events[cat]:12d} {with_events[cat] / articles[cat]:6.2f} "
              f"{events[cat]:7d}")
    quiet = [c for c in articles if c in NON_POLITICAL]
    total = sum(articles[c] for c in quiet)
    if total:
        share = sum(with_events[c] for c in quiet) / total
        print(f"non-political sections ({', '.join(sorted(quiet))}): {share:.2f} of {total} articles get an event")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
