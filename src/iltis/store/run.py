"""Corpus runs: code many articles on all cores into the event store, resumably.

The parent process reads inputs, skips articles already stored (same content, same iltis
version), hands the rest to worker processes (:mod:`iltis.parallel`) and writes their records
in batches, one transaction each.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from iltis.ingest import IngestSettings, Skipped, ingest
from iltis.model import Article
from iltis.parallel import Coded, code_tasks
from iltis.pipeline import DEFAULT_PIPELINE
from iltis.store.database import EventStore, article_key

DEFAULT_BATCH = 64


@dataclass(slots=True)
class RunSummary:
    coded: int = 0
    already_stored: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    events_by_type: Counter[str] = field(default_factory=Counter)
    rows: Counter[str] = field(default_factory=Counter)


def _tasks(items: Iterable[Article | Skipped], known: set[str],
           summary: RunSummary) -> Iterator[tuple[str, Article] | Skipped]:
    """Articles still to code, and skipped inputs; articles already stored are only counted."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Skipped):
            yield item
            continue
        key = article_key(item)
        if key in known or key in seen:
            summary.already_stored += 1
            continue
        seen.add(key)
        yield key, item


def run_corpus(paths: Sequence[str], store: EventStore, settings: IngestSettings = IngestSettings(),
               workers: int | None = None, batch_size: int = DEFAULT_BATCH,
               components: Sequence[str] = DEFAULT_PIPELINE,
               on_result: Callable[[Coded | Skipped], None] | None = None) -> RunSummary:
    """Code every article under ``paths`` that the store does not hold yet."""
    started = datetime.now(UTC).replace(tzinfo=None)
    workers = workers or os.cpu_count() or 1
    summary = RunSummary()
    coded: list[Coded] = []
    skipped: list[Skipped] = []

    def flush() -> None:
        summary.rows.update(store.write_batch(coded, skipped).rows)
        coded.clear()
        skipped.clear()

    tasks = _tasks(ingest(paths, settings), store.coded_keys(), summary)
    for result in code_tasks(tasks, components, workers):
        if on_result:
            on_result(result)
        if isinstance(result, Skipped):
            skipped.append(result)
            summary.skipped.append(result)
        else:
            coded.append(result)
            summary.coded += 1
            summary.events_by_type.update(e["type"] for e in result.record["events"])
        if len(coded) + len(skipped) >= batch_size:
            flush()
    flush()
    store.record_run(started, paths, summary.coded, summary.already_stored, len(summary.skipped), workers)
    return summary
