"""Where gold events go missing: a breakdown of every gold event the coder does not find.

    python bench/event_misses.py [--gold PATH] [--texts PATH] [--show REASON]

Every gold event falls into one bucket, checked in this order:

  found            a coded event of the same type shares its evidence sentence
  other type       a coded event of another type shares the sentence
  dropped: RULE    the coder matched a predicate at the gold trigger but dropped it (the rule
                   is one of docs/explanations.md, "Why a match was not coded")
  merged into another sentence
                   coded, but merged into an event of the same type stated elsewhere (a
                   merge.*-at offset in its explanation points into the gold sentence)
  off topic        the article was judged not to be about politics
  lexicon word     the trigger is a lexicon word in context (lemma, separable particle joined,
                   light-verb noun) but no match was made there: a sense filter, a noun in a
                   prepositional phrase, a clause the syntax split wrongly
  not in lexicon   the trigger is no lexicon word: the vocabulary does not reach it

The default gold is ../shared/data/events/dev.jsonl; a gold file without article texts (as
annotators' files often are) takes them from --texts. Without the gold file the script says so
and exits 0. `--show REASON` prints the triggers and sentences of one bucket (a prefix is
enough: `--show dropped`).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from common import SHARED_DATA

from iltis.events.lexicon import Lexicon, load_lexicon
from iltis.model import Article, Doc, Sentence, Token
from iltis.pipeline import DEFAULT_PIPELINE, Pipeline

DEFAULT_GOLD = SHARED_DATA / "events" / "dev.jsonl"
PARTICLE_TAGS = {"PTKVZ"}


def in_lexicon(lex: Lexicon, tok: Token, sent: Sentence) -> bool:
    """Whether a token is a lexicon word where it stands ("wies ... zurück" is "zurückweisen")."""
    lemma = tok.lemma.lower()
    particles = [t.lemma.lower() for t in sent.tokens if t.pos in PARTICLE_TAGS]
    forms = {lemma, tok.text.lower(), *(p + lemma for p in particles)}
    return any(f in lex.verbs or f in lex.modals or any(lex.for_noun(f)) for f in forms)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def bucket(doc: Doc, gold: dict, lex: Lexicon, off_topic: bool) -> str:
    ev = (gold["evidence"]["start"], gold["evidence"]["end"])
    same_sentence = [e for e in doc.events if overlaps(ev, (e.evidence.start, e.evidence.end))]
    if any(e.type == gold["type"] for e in same_sentence):
        return "found"
    if same_sentence:
        return "other type"
    trigger = gold.get("trigger") or {}
    if trigger.get("start") is None:
        return "no trigger in gold"
    trig = (trigger["start"], trigger["end"])
    dropped = [c for c in doc.dropped if overlaps(trig, (c.trigger.start, c.trigger.end))]
    if dropped:
        return f"dropped: {dropped[0].reason}"
    merged = [e for e in doc.events if gold["type"] == e.type and any(
        x.startswith("merge.") and x.rsplit(":", 1)[-1].isdigit() and ev[0] <= int(x.rsplit(":", 1)[-1]) < ev[1]
        for x in e.explanation)]
    if merged:
        return "merged into another sentence"
    if off_topic:
        return "off topic"
    for sent in doc.sentences:
        if any(overlaps(trig, (t.start, t.end)) and in_lexicon(lex, t, sent) for t in sent.tokens):
            return "lexicon word"
    return "not in lexicon"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--texts", type=Path, help="JSONL with id, text, date where the gold has no text")
    ap.add_argument("--show", metavar="REASON", help="print the gold events of the buckets starting so")
    args = ap.parse_args()
    if not args.gold.exists():
        print(f"skipped: gold {args.gold} is absent")
        return 0
    from iltis.events.coder import off_topic

    gold = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
    texts = {}
    if args.texts:
        texts = {r["id"]: r for r in map(json.loads, args.texts.open(encoding="utf-8")) if r}
    lex = load_lexicon("de")
    pipeline = Pipeline(DEFAULT_PIPELINE)
    counts: Counter[str] = Counter()
    for rec in gold:
        if not rec.get("events"):
            continue
        src = rec if rec.get("text") else texts[rec["id"]]
        doc = pipeline(Article(rec["id"], src["text"], title=src.get("title"), date=src.get("date"), lang="de"))
        topic = off_topic(doc) is not None
        for ev in rec["events"]:
            why = bucket(doc, ev, lex, topic)
            counts[why] += 1
            if args.show and why.startswith(args.show):
                trig = (ev.get("trigger") or {}).get("text")
                print(f"{why:28} {ev['type']:9} {trig!r:22} {ev['evidence']['text'][:110]}")
    total = sum(counts.values())
    print(f"gold events: {total}")
    for why, n in counts.most_common():
        print(f"  {why:32} {n:4}  {n / total:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
