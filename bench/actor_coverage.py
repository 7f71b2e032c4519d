"""How many gold event actors and recipients the actor mentions cover.

    python bench/actor_coverage.py [--gold PATH] [--misses N]

For every actor and recipient of every gold event, a mention covers it when it has the same
country and sector and lies inside the event's evidence (the sentence that states the event);
the looser numbers ask only for the same country, or for a match anywhere in the article.
The default gold is ../shared/data/events/dev.jsonl; the seed gold works too. Without the
file the script says so and exits 0. Articles run through `analyse`, `places` (when that stage
is registered: the actors stage uses its countries as a weak signal) and `actors`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from common import SHARED_DATA

from iltis.model import Article
from iltis.pipeline import Pipeline, component_names

DEFAULT_GOLD = SHARED_DATA / "events" / "dev.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--misses", type=int, default=0, help="print this many uncovered gold actors")
    args = ap.parse_args()
    if not args.gold.exists():
        print(f"{args.gold} is absent; nothing to measure")
        return 0
    stages = [c for c in ("analyse", "places", "actors") if c in component_names()]
    print(f"pipeline: {','.join(stages)}")
    pipeline = Pipeline(stages)
    n = Counter()
    misses: list[str] = []
    for line in args.gold.open(encoding="utf-8"):
        rec = json.loads(line)
        doc = pipeline(Article(id=rec["id"], text=rec["text"], title=rec.get("title"),
                               date=rec.get("date"), lang="de"))
        for event in rec.get("events") or []:
            ev = event["evidence"]
            near = [m for m in doc.actors if m.start < ev["end"] and m.end > ev["start"]]
            for gold in (event.get("actor") or []) + (event.get("recipient") or []):
                key = (gold.get("country"), gold.get("sector"))
                n["gold"] += 1
                hit = any((m.country, m.sector) == key for m in near)
                n["sentence"] += hit
                n["sentence_country"] += any(m.country == key[0] for m in near)
                n["article"] += any((m.country, m.sector) == key for m in doc.actors)
                if not hit and len(misses) < args.misses:
                    found = "; ".join(f"{m.text}={m.country}/{m.sector}" for m in near)
                    misses.append(f"{rec['id']}: {gold.get('text')!r} {key[0]}/{key[1]}  <- {found}")
    total = n["gold"] or 1
    print(f"gold actors+recipients: {n['gold']}")
    print(f"covered in the evidence sentence (country+sector): {n['sentence']} ({n['sentence'] / total:.1%})")
    print(f"covered in the evidence sentence (country only):   {n['sentence_country']} ({n['sentence_country'] / total:.1%})")
    print(f"covered anywhere in the article (country+sector):  {n['article']} ({n['article'] / total:.1%})")
    for miss in misses:
        print("  miss", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
